//! #/guidelines/incident: the 付録C incident-record fields with hints; official fields and
//! Shindan's additions are marked apart by text.

use yew::prelude::*;

use super::common::{badge_official, src, src_p, table_wrap};
use crate::components::said::{official_name, own, said};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, FieldKind};

fn kind(lang: Lang, k: FieldKind) -> &'static str {
    t(
        lang,
        match k {
            FieldKind::Text => Msg::GlFieldText,
            FieldKind::LongText => Msg::GlFieldLongText,
            FieldKind::Date => Msg::GlFieldDate,
            FieldKind::DateTime => Msg::GlFieldDateTime,
            FieldKind::Choice => Msg::GlFieldChoice,
            FieldKind::MultiChoice => Msg::GlFieldMultiChoice,
        },
    )
}

#[component]
pub fn Incident() -> Html {
    let lang = use_lang();
    let m = model();
    let inc = &m.incident;
    let app = &inc.appendix_v2;
    let v3c = m.meti_v3.appendices.iter().find(|a| a.letter == "C");
    let caption = t(lang, Msg::GlIncidentFields);

    html! {
        <>
            <h1>{ t(lang, Msg::GlIncidentTitle) }</h1>
            <p class="lead">
                { official_name(lang, &app.title) }
            </p>
            if let Some(n) = &app.note { <p class="note">{ own(lang, n) }</p> }
            { src_p(lang, &app.sources, app.confidence) }
            <p>{ own(lang, &inc.purpose) }</p>
            if let Some(c) = v3c {
                <section>
                    <h2 id="inc-v3">{ t(lang, Msg::GlV3AppC) }</h2>
                    <p>{ official_name(lang, &c.title) }</p>
                    if let Some(n) = &c.note { <p class="note">{ own(lang, n) }</p> }
                    { src_p(lang, &c.sources, c.confidence) }
                </section>
            }

            <section>
                <h2 id="inc-tables">{ t(lang, Msg::GlIncidentTables) }</h2>
                <ol class="gl-list">
                    { for inc.tables.iter().map(|tb| html! {
                        <li key={tb.id.as_str()} data-testid="incident-table">
                            { official_name(lang, &tb.title) }
                            { " " }{ src(lang, &tb.sources, tb.confidence) }
                        </li>
                    }) }
                </ol>
            </section>

            <section>
                <h2 id="inc-fields">{ caption }</h2>
                <p>{ t(lang, Msg::GlIncidentLegend) }</p>
                { table_wrap(caption, html! {
                    <table class="wide">
                        <caption>{ caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, Msg::GlColNo) }</th>
                                <th scope="col">{ t(lang, Msg::GlColField) }</th>
                                <th scope="col">{ t(lang, Msg::GlColOrigin) }</th>
                                <th scope="col">{ t(lang, Msg::GlColHint) }</th>
                                <th scope="col">{ t(lang, Msg::GlColKind) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for m.incident_fields().iter().map(|f| html! {
                                <tr key={f.id.as_str()} data-testid="incident-field" data-id={f.id.to_string()}
                                    data-official={f.official().to_string()}>
                                    <td>{ f.number.map(|n| n.to_string()).unwrap_or_else(|| "—".to_owned()) }</td>
                                    <th scope="row">{ said(lang, &f.label) }</th>
                                    <td>
                                        if f.official() {
                                            { badge_official(lang) }
                                        } else {
                                            <span class="badge badge-unofficial">{ t(lang, Msg::GlShindanAddition) }</span>
                                        }
                                    </td>
                                    <td>{ own(lang, &f.hint) }<br />{ src(lang, &f.sources, f.confidence) }</td>
                                    <td>
                                        { kind(lang, f.kind) }
                                        if !f.options.is_empty() {
                                            <ul class="plain">
                                                { for f.options.iter().map(|o| html! { <li key={o.value.clone()}>{ said(lang, &o.label) }</li> }) }
                                            </ul>
                                        }
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }) }
            </section>
        </>
    }
}

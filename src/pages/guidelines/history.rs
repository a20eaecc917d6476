//! #/guidelines/history: the Ver1.1 → Ver2.0 → Ver3.0 correspondence, each change kind as a
//! text badge, and every version's principles and 10 items.

use yew::prelude::*;

use super::common::{
    badge_kind, badge_short_label, badge_unofficial, kind_key, src, src_p, table_wrap, tn,
};
use crate::components::said::{official_name, own, wording_note};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Id, LineageStep};

/// The items a lineage cell names: "指示5 (5) リスク対応策… [略称]" or the full title.
fn items_cell(lang: Lang, ids: &[Id]) -> Html {
    let m = model();
    if ids.is_empty() {
        return html! { { "—" } };
    }
    html! {
        <ul class="plain">
            { for ids.iter().map(|id| {
                let version = id.as_str().split('.').next().unwrap_or("");
                let ver = m.meti_version(version).map(|v| format!("Ver{}", v.version)).unwrap_or_default();
                match m.direction(id.as_str()) {
                    Some(d) => html! {
                        <li key={id.as_str()} data-id={id.to_string()}>
                            <strong>{ format!("{ver} {}", d.label.get(lang)) }</strong>{ " " }
                            if let Some(s) = &d.short_label {
                                { own(lang, s) }{ " " }{ badge_short_label(lang) }
                            } else {
                                { d.title.get(lang) }
                            }
                        </li>
                    },
                    None => html! { <li key={id.as_str()}><code>{ id.as_str() }</code></li> },
                }
            }) }
        </ul>
    }
}

fn lineage_table(lang: Lang, step: LineageStep, id: &'static str, caption: Msg) -> Html {
    let m = model();
    let step_key = match step {
        LineageStep::V11ToV2 => "v11_to_v2",
        LineageStep::V2ToV3 => "v2_to_v3",
    };
    html! {
        <section>
            <h3 id={id}>{ t(lang, caption) }</h3>
            { table_wrap(t(lang, caption), html! {
                <table class="wide" data-testid="lineage" data-step={step_key}>
                    <caption>{ t(lang, caption) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::GlColFrom) }</th>
                            <th scope="col">{ t(lang, Msg::GlColTo) }</th>
                            <th scope="col">{ t(lang, Msg::GlColChange) }</th>
                            <th scope="col">{ t(lang, Msg::GlColNote) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for m.lineage(step).map(|r| {
                            let kinds = r.kinds.iter().map(|k| kind_key(*k)).collect::<Vec<_>>().join(" ");
                            html! {
                                <tr key={r.id.as_str()} data-testid="lineage-row" data-id={r.id.to_string()}
                                    data-kinds={kinds}>
                                    <td>{ items_cell(lang, &r.from) }</td>
                                    <td>{ items_cell(lang, &r.to) }</td>
                                    <td>
                                        { for r.kinds.iter().map(|k| html! { <>{ badge_kind(lang, *k) }{ " " }</> }) }
                                    </td>
                                    <td>{ own(lang, &r.note) }<br />{ src(lang, &r.sources, r.confidence) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }) }
        </section>
    }
}

#[component]
pub fn History() -> Html {
    let lang = use_lang();
    let m = model();
    html! {
        <>
            <h1>{ t(lang, Msg::GlHistoryTitle) }</h1>
            <p class="lead">{ t(lang, Msg::GlHistoryIntro) }</p>
            { wording_note(lang, m.meti_versions().flat_map(|v| {
                std::iter::once(&v.title).chain(v.directions.iter().map(|d| &d.title))
            })) }
            <section>
                <h2 id="hist-lineage">{ t(lang, Msg::GlNavHistory) }{ " " }{ badge_unofficial(lang) }</h2>
                <p data-testid="lineage-is-shindans">{ t(lang, Msg::GlLineageIsShindans) }</p>
                { lineage_table(lang, LineageStep::V11ToV2, "hist-a", Msg::GlLineageV11V2) }
                { lineage_table(lang, LineageStep::V2ToV3, "hist-b", Msg::GlLineageV2V3) }
            </section>
            <section>
                <h2 id="hist-versions">{ t(lang, Msg::GlVersionsHeading) }</h2>
                { for m.meti_versions().map(|v| {
                    let hid = format!("hist-{}", v.id);
                    html! {
                        <section key={v.id.as_str()} data-testid="version"
                                 data-id={v.id.to_string()} class="gl-version">
                            <h3 id={hid}>
                                { official_name(lang, &v.title) }
                            </h3>
                            <p class="meta">{ format!("{}: {}", t(lang, Msg::GlPublished), v.date) }</p>
                            { src_p(lang, &v.sources, v.confidence) }
                            <h4>{ v.principles_heading.get(lang) }</h4>
                            <ol class="gl-list">
                                { for v.principles.iter().map(|p| html! {
                                    <li key={p.id.as_str()} data-testid="version-principle" data-id={p.id.to_string()}>
                                        <strong>{ tn(lang, Msg::GlPrincipleN, p.number) }</strong>{ " " }
                                        { official_name(lang, &p.title) }
                                        { src_p(lang, &p.sources, p.confidence) }
                                    </li>
                                }) }
                            </ol>
                            <h4>{ t(lang, Msg::GlTenItems) }</h4>
                            <ol class="gl-list">
                                { for v.directions.iter().map(|d| html! {
                                    <li key={d.id.as_str()} data-testid="version-direction" data-id={d.id.to_string()}>
                                        <strong>{ d.label.get(lang) }</strong>{ " " }{ official_name(lang, &d.title) }
                                        if let Some(s) = &d.short_label {
                                            <br />
                                            <span class="meta">{ badge_short_label(lang) }{ " " }{ own(lang, s) }</span>
                                        }
                                        { src_p(lang, &d.sources, d.confidence) }
                                    </li>
                                }) }
                            </ol>
                        </section>
                    }
                }) }
            </section>
        </>
    }
}

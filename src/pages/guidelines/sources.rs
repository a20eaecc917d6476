//! #/guidelines/sources: what remains unconfirmed, in plain words (the gaps: every unconfirmed
//! wording is listed here instead of badged on every item), then every source (id, title,
//! edition/date, kind, languages, location as text). Locations are text, not links: the page
//! must not invite requests elsewhere.

use yew::prelude::*;

use super::common::{src_codes, table_wrap};
use crate::components::said::own;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, GapStatus, SourceKind, SourceLang};

fn kind(lang: Lang, k: SourceKind) -> &'static str {
    t(
        lang,
        match k {
            SourceKind::Official => Msg::GlSkOfficial,
            SourceKind::OfficialTranslation => Msg::GlSkOfficialTranslation,
            SourceKind::GovernmentSecondary => Msg::GlSkGovernmentSecondary,
            SourceKind::Mirror => Msg::GlSkMirror,
            SourceKind::Secondary => Msg::GlSkSecondary,
            SourceKind::Weak => Msg::GlSkWeak,
            SourceKind::Seed => Msg::GlSkSeed,
            SourceKind::Project => Msg::GlSkProject,
        },
    )
}

#[component]
pub fn Sources() -> Html {
    let lang = use_lang();
    let m = model();
    let caption = t(lang, Msg::GlSourcesList);

    html! {
        <>
            <h1>{ t(lang, Msg::GlSourcesTitle) }</h1>
            <p class="meta">{ &m.sources.edition }</p>
            <p class="meta">{ t(lang, Msg::GlConfidenceLegend) }</p>

            <section data-testid="unconfirmed">
                <h2 id="src-gaps">{ t(lang, Msg::GlGaps) }</h2>
                <p>{ t(lang, Msg::GlGapsIntro) }</p>
                <ul class="gl-list">
                    { for m.gaps().iter().map(|g| html! {
                        <li key={g.id.as_str()} data-testid="gap" data-id={g.id.to_string()}>
                            <span class="badge badge-unconfirmed">
                                { t(lang, match g.status { GapStatus::Open => Msg::GlGapOpen, GapStatus::Partial => Msg::GlGapPartial }) }
                            </span>
                            { " " }{ own(lang, &g.topic) }
                            { src_codes(lang, &g.sources, g.confidence) }
                        </li>
                    }) }
                </ul>
            </section>

            <section>
                <h2 id="src-list">{ caption }</h2>
                <p class="note">{ t(lang, Msg::GlLocationNote) }</p>
                { table_wrap(caption, html! {
                    <table class="wide">
                        <caption>{ caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, Msg::GlColId) }</th>
                                <th scope="col">{ t(lang, Msg::GlColTitle) }</th>
                                <th scope="col">{ t(lang, Msg::GlColEdition) }</th>
                                <th scope="col">{ t(lang, Msg::GlColSrcKind) }</th>
                                <th scope="col">{ t(lang, Msg::GlColSrcLanguages) }</th>
                                <th scope="col">{ t(lang, Msg::GlColLocation) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for m.sources.sources.iter().map(|s| {
                                let edition = [s.edition.as_deref(), s.date.as_deref()]
                                    .into_iter()
                                    .flatten()
                                    .collect::<Vec<_>>()
                                    .join(" · ");
                                html! {
                                    <tr key={s.id.as_str()} data-testid="source" data-id={s.id.to_string()}>
                                        <th scope="row"><code>{ s.id.as_str() }</code></th>
                                        <td>{ s.title.get(lang) }</td>
                                        <td>{ if edition.is_empty() { "—".to_owned() } else { edition } }</td>
                                        <td>{ kind(lang, s.kind) }</td>
                                        <td>{ s.languages.iter().map(|l| match l { SourceLang::Ja => "日本語", SourceLang::En => "English" }).collect::<Vec<_>>().join(" · ") }</td>
                                        <td class="loc">{ &s.location }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }) }
            </section>

            <section data-testid="interpretations">
                <h2 id="src-interpretations">{ t(lang, Msg::GlInterpretations) }</h2>
                <p>{ t(lang, Msg::GlInterpretationsIntro) }</p>
                <ul class="gl-list">
                    { for m.sources.interpretations.iter().map(|i| html! {
                        <li key={i.id.as_str()} data-testid="interpretation" data-id={i.id.to_string()}>
                            <strong>{ own(lang, &i.topic) }</strong>
                            <br />{ i.reason.unmarked(lang) }
                        </li>
                    }) }
                </ul>
            </section>

        </>
    }
}

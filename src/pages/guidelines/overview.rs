//! #/guidelines: the frameworks covered, with edition/date and a link to each page, and the
//! context fact from the seed deck.

use yew::prelude::*;

use super::common::src_p;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::model::{model, CsfVersionTag};
use shindan_core::route::Route;

/// The SME edition Shindan's content follows (see `sme.json`).
const SME_EDITION: &str = "sme.ed3.1";

#[component]
pub fn Overview() -> Html {
    let lang = use_lang();
    let m = model();
    let v3 = m.meti_v3();
    let older = m
        .meti_versions()
        .skip(1)
        .map(|v| format!("Ver{} ({})", v.version, v.date))
        .collect::<Vec<_>>()
        .join(" · ");
    let csf = [CsfVersionTag::V1_1, CsfVersionTag::V2_0]
        .iter()
        .filter_map(|tag| m.csf(*tag))
        .map(|c| format!("{} ({})", c.title.get(lang), c.released))
        .collect::<Vec<_>>()
        .join(" · ");
    let sme_ed = m
        .sme
        .editions
        .iter()
        .find(|e| e.id == SME_EDITION)
        .or_else(|| m.sme.editions.last())
        .map(|e| match &e.date {
            Some(d) => format!("{} ({d})", e.name.get(lang)),
            None => e.name.get(lang).to_owned(),
        })
        .unwrap_or_default();
    let app_c = &m.incident.appendix_v2;

    // (id, title, edition line, description, route)
    let cards: Vec<(&str, String, String, Msg, Route)> = vec![
        (
            "meti",
            v3.title.get(lang).to_owned(),
            v3.date.clone(),
            Msg::GlCardMeti,
            Route::GuidelinesMeti,
        ),
        (
            "history",
            t(lang, Msg::GlNavHistory).to_owned(),
            older,
            Msg::GlCardHistory,
            Route::GuidelinesHistory,
        ),
        (
            "csf",
            t(lang, Msg::GlNavCsf).to_owned(),
            csf,
            Msg::GlCardCsf,
            Route::GuidelinesCsf,
        ),
        (
            "sme",
            m.sme.title.get(lang).to_owned(),
            sme_ed,
            Msg::GlCardSme,
            Route::GuidelinesSme,
        ),
        (
            "incident",
            app_c.title.get(lang).to_owned(),
            "Ver2.0 / Ver3.0".to_owned(),
            Msg::GlCardIncident,
            Route::GuidelinesIncident,
        ),
        (
            "sources",
            t(lang, Msg::GlNavSources).to_owned(),
            m.sources.edition.clone(),
            Msg::GlCardSources,
            Route::GuidelinesSources,
        ),
    ];

    html! {
        <>
            <h1>{ t(lang, Msg::GlOverviewTitle) }</h1>
            <p class="lead">{ t(lang, Msg::GlIntro) }</p>
            <section>
                <h2 id="gl-frameworks">{ t(lang, Msg::GlFrameworks) }</h2>
                <ul class="gl-cards">
                    { for cards.into_iter().map(|(id, title, edition, desc, route)| html! {
                        <li key={id} data-testid="framework" data-id={id}>
                            <h3><a href={route.to_hash()}>{ title }</a></h3>
                            <p class="meta">{ edition }</p>
                            <p>{ t(lang, desc) }</p>
                        </li>
                    }) }
                </ul>
            </section>
            <section>
                <h2 id="gl-background">{ t(lang, Msg::GlBackground) }</h2>
                { for m.context().iter().map(|c| html! {
                    <div key={c.id.as_str()} class="gl-fact" data-testid="context-fact"
                         data-id={c.id.to_string()}>
                        <h3>{ c.title.get(lang) }</h3>
                        <p>{ c.text.get(lang) }</p>
                        { src_p(lang, &c.sources, c.confidence) }
                    </div>
                }) }
            </section>
            <p class="meta">{ t(lang, Msg::GlConfidenceLegend) }</p>
        </>
    }
}

//! #/guidelines/meti/N: one Ver3.0 指示 — summary, scenarios if neglected, example measures,
//! first steps, the 付録A-2 check points with their printed CSF 1.1 IDs (and Shindan's
//! corrections), the official 付録D mapping, Shindan's CSF 2.0 crosswalk, previous/next links.

use yew::prelude::*;

use super::common::{
    badge_official, badge_unofficial, joined, other_lang, shared_src, shared_src_p, src, src_p,
    table_wrap,
};
use crate::components::said::own;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, CsfRef, CsfVersionTag, Direction, IsoRef, Official};
use shindan_core::route::Route;

#[derive(Properties, PartialEq)]
pub struct DirectionPageProps {
    /// 1–10.
    pub number: u8,
}

/// A paraphrase list, or "not recorded" when the model has none.
fn text_list(lang: Lang, testid: &'static str, items: &[Official]) -> Html {
    if items.is_empty() {
        return html! { <p class="note">{ t(lang, Msg::GlNotRecorded) }</p> };
    }
    html! {
        <ul class="gl-list">
            { for items.iter().enumerate().map(|(i, x)| html! {
                <li key={i} data-testid={testid}>{ x.get(lang) }</li>
            }) }
        </ul>
    }
}

/// CSF 2.0 categories with their names: "GV.OC 組織の状況".
fn csf20_list(lang: Lang, codes: &[CsfRef]) -> Html {
    let m = model();
    if codes.is_empty() {
        return html! { { t(lang, Msg::GlNone) } };
    }
    html! {
        <ul class="codes">
            { for codes.iter().map(|c| {
                let name = m
                    .csf_category(CsfVersionTag::V2_0, c.as_str())
                    .map(|cat| cat.name.get(lang).to_owned())
                    .unwrap_or_default();
                html! { <li key={c.as_str()}><code>{ c.as_str() }</code>{ " " }{ name }</li> }
            }) }
        </ul>
    }
}

fn iso27002(lang: Lang, refs: &[IsoRef]) -> String {
    if refs.is_empty() {
        return t(lang, Msg::GlNone).to_owned();
    }
    refs.iter()
        .map(|r| {
            if r.as_str().contains('.') {
                r.to_string()
            } else {
                format!("{r} ({})", t(lang, Msg::GlWholeTheme))
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn body(lang: Lang, d: &Direction) -> Html {
    let m = model();
    let a2: Vec<_> = m.a2_items(d.id.as_str()).collect();
    let appd = m.appendix_d(d.id.as_str());
    let cw = m.crosswalk(d.id.as_str());
    let group = m.group(d.group.as_str());
    let n = d.number;
    let count = m.directions().len() as u8;
    let prev = (n > 1)
        .then(|| m.directions().iter().find(|x| x.number == n - 1))
        .flatten();
    let next = (n < count)
        .then(|| m.directions().iter().find(|x| x.number == n + 1))
        .flatten();
    let a2_shared = shared_src(a2.iter().map(|i| (i.sources.as_slice(), i.confidence)));
    let a2_caption = format!("{} — {}", t(lang, Msg::GlA2Heading), d.label.get(lang));

    html! {
        <>
            <h1 data-testid="direction-title">
                { d.label.get(lang) }{ t(lang, Msg::Colon) }{ d.title.get(lang) }
            </h1>
            // The official Japanese title under the English one, for a reader who will quote
            // it; a Japanese reader gets no English subtitle.
            if lang == Lang::En {
                <p class="meta">{ other_lang(lang, &d.title) }</p>
            }
            if let Some(g) = group {
                <p class="meta">{ t(lang, Msg::GlGroup) }{ ": " }{ g.title.get(lang) }</p>
            }
            { src_p(lang, &d.sources, d.confidence) }

            <section>
                <h2 id="dir-summary">{ t(lang, Msg::GlDirSummary) }</h2>
                if let Some(s) = &d.summary {
                    <p data-testid="summary">{ s.get(lang) }</p>
                } else {
                    <p class="note">{ t(lang, Msg::GlNotRecorded) }</p>
                }
            </section>
            <section>
                <h2 id="dir-scenarios">{ t(lang, Msg::GlDirScenarios) }</h2>
                { text_list(lang, "scenario", &d.scenarios) }
            </section>
            <section>
                <h2 id="dir-examples">{ t(lang, Msg::GlDirExamples) }</h2>
                { text_list(lang, "example", &d.examples) }
            </section>
            <section>
                <h2 id="dir-first-steps">{ t(lang, Msg::GlDirFirstSteps) }</h2>
                { text_list(lang, "first-step", &d.first_steps) }
            </section>

            <section>
                <h2 id="dir-a2">{ t(lang, Msg::GlA2Heading) }</h2>
                { table_wrap(&a2_caption, html! {
                    <table class="wide" data-testid="a2-table">
                        <caption>{ a2_caption.clone() }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, Msg::GlColNo) }</th>
                                <th scope="col">{ t(lang, Msg::GlColItem) }</th>
                                <th scope="col">{ t(lang, Msg::GlColCsf11Printed) }</th>
                                <th scope="col">{ t(lang, Msg::GlColCsf20Shindan) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for a2.iter().map(|i| {
                                let cw_i = m.crosswalk(i.id.as_str());
                                html! {
                                    <tr key={i.id.as_str()} data-testid="a2-item" data-id={i.id.to_string()}>
                                        <th scope="row">{ format!("{}-{}", n, i.number) }</th>
                                        <td>
                                            { i.text.get(lang) }
                                            if a2_shared.is_none() { <br />{ src(lang, &i.sources, i.confidence) } }
                                        </td>
                                        <td>
                                            <code data-testid="csf11-printed">{ &i.csf11_printed }</code>
                                            { for i.csf11_corrections.iter().map(|c| html! {
                                                <p class="note" data-testid="csf11-correction">
                                                    { t(lang, Msg::GlPrinted) }{ " " }<code>{ &c.printed }</code>
                                                    { " → " }{ t(lang, Msg::GlReadAs) }{ " " }<code>{ c.corrected.as_str() }</code>
                                                    { ": " }{ own(lang, &c.note) }
                                                </p>
                                            }) }
                                        </td>
                                        <td>
                                            if let Some(e) = cw_i {
                                                { csf20_list(lang, &e.csf20) }
                                                { badge_unofficial(lang) }
                                            } else {
                                                { t(lang, Msg::GlNone) }
                                            }
                                        </td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }) }
                { shared_src_p(lang, a2_shared) }
            </section>

            <section data-testid="appendix-d">
                <h2 id="dir-appd">{ t(lang, Msg::GlAppDHeading) }{ " " }{ badge_official(lang) }</h2>
                if let Some(r) = appd {
                    <dl class="gl-dl">
                        <dt>{ t(lang, Msg::GlCsf11Categories) }</dt>
                        <dd>{ joined(lang, &r.csf11) }</dd>
                        <dt>{ t(lang, Msg::GlCis) }</dt>
                        <dd>{ joined(lang, &r.cis_v8) }</dd>
                        <dt>{ t(lang, Msg::GlIso27001) }</dt>
                        <dd>{ joined(lang, &r.iso27001) }</dd>
                        <dt>{ t(lang, Msg::GlIso27002) }</dt>
                        <dd>{ iso27002(lang, &r.iso27002) }</dd>
                    </dl>
                    if let Some(note) = &r.note { <p class="note">{ own(lang, note) }</p> }
                    { src_p(lang, &r.sources, r.confidence) }
                } else {
                    <p class="note">{ t(lang, Msg::GlNotRecorded) }</p>
                }
            </section>

            <section data-testid="crosswalk">
                <h2 id="dir-cw">{ t(lang, Msg::GlCrosswalkHeading) }</h2>
                <p data-testid="crosswalk-label">
                    { badge_unofficial(lang) }{ " " }<strong>{ t(lang, Msg::GlShindanMapping) }</strong>
                </p>
                if let Some(e) = cw {
                    { csf20_list(lang, &e.csf20) }
                    if let Some(note) = &e.note { <p class="note">{ own(lang, note) }</p> }
                    { src_p(lang, &e.sources, e.confidence) }
                } else {
                    <p class="note">{ t(lang, Msg::GlNotRecorded) }</p>
                }
                <p class="note">{ own(lang, &m.crosswalk.method) }</p>
            </section>

            <div class="gl-pager" role="navigation" aria-label={t(lang, Msg::GlDirNavLabel)}>
                if let Some(p) = prev {
                    <a href={Route::GuidelinesDirection(p.number).to_hash()} rel="prev" data-testid="dir-prev">
                        { "← " }{ t(lang, Msg::GlPrev) }{ ": " }{ p.label.get(lang) }
                    </a>
                }
                <a href={Route::GuidelinesMeti.to_hash()}>{ t(lang, Msg::GlBackToMeti) }</a>
                if let Some(x) = next {
                    <a href={Route::GuidelinesDirection(x.number).to_hash()} rel="next" data-testid="dir-next">
                        { t(lang, Msg::GlNext) }{ ": " }{ x.label.get(lang) }{ " →" }
                    </a>
                }
            </div>
        </>
    }
}

#[component]
pub fn DirectionPage(props: &DirectionPageProps) -> Html {
    let lang = use_lang();
    match model()
        .directions()
        .iter()
        .find(|d| d.number == props.number)
    {
        Some(d) => body(lang, d),
        None => html! {
            <>
                <h1>{ t(lang, Msg::NotFoundTitle) }</h1>
                <p>{ t(lang, Msg::GlDirectionMissing) }</p>
                <p><a href={Route::GuidelinesMeti.to_hash()}>{ t(lang, Msg::GlBackToMeti) }</a></p>
            </>
        },
    }
}

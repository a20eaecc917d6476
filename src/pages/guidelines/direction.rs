//! #/guidelines/meti/N: one Ver3.0 指示 — summary, scenarios if neglected, example measures,
//! first steps, the 付録A-2 check points with their printed CSF 1.1 IDs (and Shindan's
//! corrections), the official 付録D mapping, Shindan's CSF 2.0 crosswalk, previous/next links.

use yew::prelude::*;

use super::common::{
    badge_official, badge_unofficial, other_lang, shared_src_p, src, src_p, table_wrap,
};
use crate::components::said::own;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Official};
use shindan_core::route::Route;
use shindan_core::vm::guide_direction::{direction_guide, A2Row, CsfName, DirectionGuide};

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
fn csf20_list(lang: Lang, names: &[CsfName]) -> Html {
    if names.is_empty() {
        return html! { { t(lang, Msg::GlNone) } };
    }
    html! {
        <ul class="codes">
            { for names.iter().map(|c| html! {
                <li key={c.code}><code>{ c.code }</code>{ " " }{ &c.name }</li>
            }) }
        </ul>
    }
}

fn heading_and_texts(lang: Lang, vm: &DirectionGuide) -> Html {
    let d = vm.direction;
    html! {
        <>
            <h1 data-testid="direction-title">
                { d.label.get(lang) }{ t(lang, Msg::Colon) }{ d.title.get(lang) }
            </h1>
            if vm.other_lang_title {
                <p class="meta">{ other_lang(lang, &d.title) }</p>
            }
            if let Some(g) = vm.group {
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
        </>
    }
}

fn a2_row(lang: Lang, vm: &DirectionGuide, row: &A2Row) -> Html {
    let i = row.item;
    html! {
        <tr key={i.id.as_str()} data-testid="a2-item" data-id={i.id.to_string()}>
            <th scope="row">{ &row.number }</th>
            <td>
                { i.text.get(lang) }
                if vm.a2_cite.is_none() { <br />{ src(lang, &i.sources, i.confidence) } }
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
                if let Some(names) = &row.csf20 {
                    { csf20_list(lang, names) }
                    { badge_unofficial(lang) }
                } else {
                    { t(lang, Msg::GlNone) }
                }
            </td>
        </tr>
    }
}

fn a2_table(lang: Lang, vm: &DirectionGuide) -> Html {
    let caption = &vm.a2_caption;
    html! {
        <section>
            <h2 id="dir-a2">{ t(lang, Msg::GlA2Heading) }</h2>
            { table_wrap(caption, html! {
                <table class="wide" data-testid="a2-table">
                    <caption>{ caption.clone() }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::GlColNo) }</th>
                            <th scope="col">{ t(lang, Msg::GlColItem) }</th>
                            <th scope="col">{ t(lang, Msg::GlColCsf11Printed) }</th>
                            <th scope="col">{ t(lang, Msg::GlColCsf20Shindan) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for vm.a2.iter().map(|row| a2_row(lang, vm, row)) }
                    </tbody>
                </table>
            }) }
            { shared_src_p(lang, vm.a2_cite) }
        </section>
    }
}

fn mappings(lang: Lang, vm: &DirectionGuide) -> Html {
    html! {
        <>
            <section data-testid="appendix-d">
                <h2 id="dir-appd">{ t(lang, Msg::GlAppDHeading) }{ " " }{ badge_official(lang) }</h2>
                if let Some((r, c)) = &vm.appd {
                    <dl class="gl-dl">
                        <dt>{ t(lang, Msg::GlCsf11Categories) }</dt>
                        <dd>{ &c.csf11 }</dd>
                        <dt>{ t(lang, Msg::GlCis) }</dt>
                        <dd>{ &c.cis }</dd>
                        <dt>{ t(lang, Msg::GlIso27001) }</dt>
                        <dd>{ &c.iso27001 }</dd>
                        <dt>{ t(lang, Msg::GlIso27002) }</dt>
                        <dd>{ &c.iso27002 }</dd>
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
                if let Some((e, names)) = &vm.crosswalk {
                    { csf20_list(lang, names) }
                    if let Some(note) = &e.note { <p class="note">{ own(lang, note) }</p> }
                    { src_p(lang, &e.sources, e.confidence) }
                } else {
                    <p class="note">{ t(lang, Msg::GlNotRecorded) }</p>
                }
                <p class="note">{ own(lang, vm.crosswalk_method) }</p>
            </section>
        </>
    }
}

fn pager(lang: Lang, vm: &DirectionGuide) -> Html {
    html! {
        <div class="gl-pager" role="navigation" aria-label={t(lang, Msg::GlDirNavLabel)}>
            if let Some(p) = vm.prev {
                <a href={Route::GuidelinesDirection(p.number).to_hash()} rel="prev" data-testid="dir-prev">
                    { "← " }{ t(lang, Msg::GlPrev) }{ ": " }{ p.label.get(lang) }
                </a>
            }
            <a href={Route::GuidelinesMeti.to_hash()}>{ t(lang, Msg::GlBackToMeti) }</a>
            if let Some(x) = vm.next {
                <a href={Route::GuidelinesDirection(x.number).to_hash()} rel="next" data-testid="dir-next">
                    { t(lang, Msg::GlNext) }{ ": " }{ x.label.get(lang) }{ " →" }
                </a>
            }
        </div>
    }
}

#[component]
pub fn DirectionPage(props: &DirectionPageProps) -> Html {
    let lang = use_lang();
    match direction_guide(model(), lang, props.number) {
        Some(vm) => html! {
            <>
                { heading_and_texts(lang, &vm) }
                { a2_table(lang, &vm) }
                { mappings(lang, &vm) }
                { pager(lang, &vm) }
            </>
        },
        None => html! {
            <>
                <h1>{ t(lang, Msg::NotFoundTitle) }</h1>
                <p>{ t(lang, Msg::GlDirectionMissing) }</p>
                <p><a href={Route::GuidelinesMeti.to_hash()}>{ t(lang, Msg::GlBackToMeti) }</a></p>
            </>
        },
    }
}

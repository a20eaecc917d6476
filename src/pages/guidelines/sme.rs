//! #/guidelines/sme: the IPA SME guideline 第3.1版 — editions, 3 principles, the Seven Key
//! Initiatives with their Part 2 sections (表2), the four stages (Part 2 chapters 2–5 and their
//! sections), the 5 articles, the 25-item self-check (parts, items, answers with points, score
//! bands), the basic-policy headings, and SECURITY ACTION ★/★★ (a self-declaration).

use yew::prelude::*;

use super::common::{
    badge_official, badge_unofficial, section_ref, shared_src_p, src, src_p, table_wrap, tn,
};
use crate::components::said::{official_name, own, own_mark, own_p, said, wording_note_p};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Said};
use shindan_core::vm::guide_sme::{sme_guide, PartRow, SmeGuide, StageRow};

fn examples(lang: Lang, items: &[Said]) -> Html {
    html! {
        <ul class="gl-list">
            { for items.iter().enumerate().map(|(i, x)| html! { <li key={i}>{ said(lang, x) }</li> }) }
        </ul>
    }
}

fn scale_table(lang: Lang, vm: &SmeGuide) -> Html {
    let caption = vm.scale.name.unmarked(lang);
    table_wrap(
        caption,
        html! {
            <table>
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, Msg::GlColAnswer) }</th>
                        <th scope="col">{ t(lang, Msg::GlColPoints) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for vm.scale.options.iter().zip(&vm.scale_points).enumerate().map(|(i, (o, pts))| html! {
                        <tr key={i} data-testid="sc-option">
                            <th scope="row">{ said(lang, &o.label) }</th>
                            <td>{ pts }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
    )
}

fn editions(lang: Lang, vm: &SmeGuide) -> Html {
    let caption = t(lang, Msg::GlSmeEditions);
    html! {
        <section>
            <h2 id="sme-editions">{ caption }</h2>
            { table_wrap(caption, html! {
                <table class="wide">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::GlColEdition) }</th>
                            <th scope="col">{ t(lang, Msg::GlColDate) }</th>
                            <th scope="col">{ t(lang, Msg::GlColNote) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for vm.editions.iter().map(|e| html! {
                            <tr key={e.id.as_str()} data-testid="sme-edition" data-id={e.id.to_string()}>
                                <th scope="row">{ official_name(lang, &e.name) }</th>
                                <td>
                                    if let Some(d) = &e.date { { d } } else { { t(lang, Msg::GlUnconfirmed) } }
                                </td>
                                <td>{ own(lang, &e.notes) }<br />{ src(lang, &e.sources, e.confidence) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }) }
        </section>
    }
}

fn principles_and_actions(lang: Lang, vm: &SmeGuide) -> Html {
    html! {
        <>
            <section>
                <h2 id="sme-principles">{ t(lang, Msg::GlSmePrinciples) }</h2>
                <ol class="gl-list">
                    { for vm.principles.iter().map(|p| html! {
                        <li key={p.id.as_str()} data-testid="sme-principle" data-id={p.id.to_string()}>
                            { official_name(lang, &p.title) }
                            { src_p(lang, &p.sources, p.confidence) }
                        </li>
                    }) }
                </ol>
            </section>

            <section>
                <h2 id="sme-actions">{ t(lang, Msg::GlSmeActions) }</h2>
                <ol class="gl-list">
                    { for vm.actions.iter().map(|row| {
                        let a = row.action;
                        html! {
                            <li key={a.id.as_str()} data-testid="action" data-id={a.id.to_string()}>
                                <p class="item-title">{ official_name(lang, &a.title) }</p>
                                <p>{ a.summary.get(lang) }</p>
                                <p class="sub">{ t(lang, Msg::GlActionSections) }</p>
                                <ul class="plain" data-testid="action-sections">
                                    { for row.sections.iter().map(|s| html! {
                                        <li key={s.id.as_str()} data-section={s.id.to_string()}>{ section_ref(lang, s) }</li>
                                    }) }
                                </ul>
                                { src_p(lang, &a.sources, a.confidence) }
                            </li>
                        }
                    }) }
                </ol>
            </section>
        </>
    }
}

fn stage(lang: Lang, row: &StageRow) -> Html {
    let st = row.stage;
    html! {
        <li key={st.id.as_str()} data-testid="stage" data-id={st.id.to_string()}>
            <h3>{ tn(lang, Msg::GlStageN, st.number) }{ t(lang, Msg::Colon) }{ official_name(lang, &st.title) }</h3>
            <p class="meta" data-testid="stage-chapter">
                { tn(lang, Msg::GlChapterN, st.chapter) }{ " " }{ official_name(lang, &st.chapter_title) }
            </p>
            <p>{ st.asks.get(lang) }</p>
            <ul class="plain" data-testid="stage-sections">
                { for row.sections.iter().map(|s| html! {
                    <li key={s.section.id.as_str()} data-section={s.section.id.to_string()}>
                        { section_ref(lang, s.section) }
                        <span class="meta">
                            { " — " }{ t(lang, Msg::GlSectionInitiatives) }{ ": " }
                            { &s.initiatives }
                        </span>
                    </li>
                }) }
            </ul>
            if let Some(l) = row.star {
                <p data-testid="stage-star">{ t(lang, Msg::GlStageStar) }{ " " }<strong>{ l.glyph() }{ " " }{ l.label.get(lang) }</strong></p>
            }
            { src_p(lang, &st.sources, st.confidence) }
        </li>
    }
}

fn stages_and_articles(lang: Lang, vm: &SmeGuide) -> Html {
    html! {
        <>
            <section>
                <h2 id="sme-steps">{ t(lang, Msg::GlSmeSteps) }</h2>
                <p>{ t(lang, Msg::GlStageIntro) }</p>
                <ol class="gl-steps">
                    { for vm.stages.iter().map(|row| stage(lang, row)) }
                </ol>
            </section>

            <section>
                <h2 id="sme-articles">{ t(lang, Msg::GlSmeArticles) }</h2>
                <ol class="gl-list">
                    { for vm.articles.iter().map(|a| html! {
                        <li key={a.id.as_str()} data-testid="article" data-id={a.id.to_string()}>
                            <h3>{ tn(lang, Msg::GlArticleN, a.number) }{ t(lang, Msg::Colon) }{ official_name(lang, &a.title) }</h3>
                            <h4>{ t(lang, Msg::GlExamples) }</h4>
                            { examples(lang, &a.examples) }
                            { src_p(lang, &a.sources, a.confidence) }
                        </li>
                    }) }
                </ol>
            </section>
        </>
    }
}

fn part(lang: Lang, vm: &SmeGuide, row: &PartRow) -> Html {
    let p = row.part;
    html! {
        <section key={p.id.as_str()} data-testid="sc-part"
                 data-id={p.id.to_string()} class="gl-part">
            <h3 id={row.anchor.clone()}>{ tn(lang, Msg::GlPartN, p.number) }{ t(lang, Msg::Colon) }{ official_name(lang, &p.title) }</h3>
            <p class="note">{ p.note.get(lang) }</p>
            <ol class="gl-list">
                { for row.items.iter().map(|i| html! {
                    <li key={i.id.as_str()} value={i.number.to_string()} data-testid="sc-item" data-id={i.id.to_string()}>
                        <p class="item-title">{ i.question.get(lang) }</p>
                        <p>{ own_mark(lang) }{ " " }<strong>{ t(lang, Msg::GlWhy) }{ ": " }</strong>{ i.why.unmarked(lang) }</p>
                        <p class="sub">{ own_mark(lang) }{ " " }{ t(lang, Msg::GlExamples) }</p>
                        <ul class="gl-list">
                            { for i.examples.iter().enumerate().map(|(k, x)| html! { <li key={k}>{ x.unmarked(lang) }</li> }) }
                        </ul>
                        if vm.items_cite.is_none() { { src_p(lang, &i.sources, i.confidence) } }
                    </li>
                }) }
            </ol>
        </section>
    }
}

fn bands(lang: Lang, vm: &SmeGuide) -> Html {
    let caption = t(lang, Msg::GlBandsHeading);
    html! {
        <>
            <h3>{ caption }</h3>
            { table_wrap(caption, html! {
                <table class="wide">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::GlColRange) }</th>
                            <th scope="col">{ t(lang, Msg::GlColStatus) }</th>
                            <th scope="col">{ t(lang, Msg::GlColNextStep) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for vm.bands.iter().map(|row| {
                            let b = row.band;
                            html! {
                                <tr key={b.id.as_str()} data-testid="band" data-id={b.id.to_string()}>
                                    <th scope="row">{ &row.range }</th>
                                    <td>{ official_name(lang, &b.status) }</td>
                                    <td>
                                        { official_name(lang, &b.next_step) }
                                        <br />{ own(lang, &b.advice) }
                                        if vm.bands_cite.is_none() { <br />{ src(lang, &b.sources, b.confidence) } }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }) }
            { shared_src_p(lang, vm.bands_cite) }
        </>
    }
}

fn self_check(lang: Lang, vm: &SmeGuide) -> Html {
    let sc = vm.self_check;
    html! {
        <section data-testid="self-check">
            <h2 id="sme-sc">{ official_name(lang, &sc.title) }</h2>
            { src_p(lang, &sc.sources, sc.confidence) }
            <p><strong>{ t(lang, Msg::GlRespondent) }{ ": " }</strong>{ sc.respondent.get(lang) }</p>
            { shared_src_p(lang, vm.items_cite) }
            { for vm.parts.iter().map(|row| part(lang, vm, row)) }

            <h3>{ t(lang, Msg::GlScaleHeading) }{ " " }
                if vm.scale.official { { badge_official(lang) } } else { { badge_unofficial(lang) } }
            </h3>
            <p class="note">{ own(lang, &vm.scale.note) }</p>
            { scale_table(lang, vm) }
            { src_p(lang, &vm.scale.sources, vm.scale.confidence) }

            { bands(lang, vm) }
            <h3>{ t(lang, Msg::GlNaHeading) }</h3>
            { own_p(lang, &sc.not_applicable) }
        </section>
    }
}

fn policy(lang: Lang, vm: &SmeGuide) -> Html {
    html! {
        <section>
            <h2 id="sme-policy">{ t(lang, Msg::GlPolicyHeadings) }</h2>
            <ol class="gl-list">
                { for vm.policy_headings.iter().map(|p| html! {
                    <li key={p.id.as_str()} data-testid="policy-heading" data-id={p.id.to_string()}>
                        <p class="item-title">{ official_name(lang, &p.title) }</p>
                        { own_p(lang, &p.hint) }
                        { src_p(lang, &p.sources, p.confidence) }
                    </li>
                }) }
            </ol>
        </section>
    }
}

fn security_action(lang: Lang, vm: &SmeGuide) -> Html {
    let sa = vm.security_action;
    html! {
        <section data-testid="security-action">
            <h2 id="sme-sa">{ sa.name.get(lang) }</h2>
            <p class="callout" data-testid="sa-not-cert"><strong>{ t(lang, Msg::GlSaNotCert) }</strong></p>
            <p>{ sa.nature.get(lang) }</p>
            { for vm.sa_levels.iter().map(|row| {
                let l = row.level;
                html! {
                    <section key={l.id.as_str()} data-testid="sa-level"
                             data-id={l.id.to_string()}>
                        <h3 id={row.anchor.clone()}>{ l.glyph() }{ " " }{ official_name(lang, &l.label) }</h3>
                        <p>{ l.summary.get(lang) }</p>
                        { src_p(lang, &l.sources, l.confidence) }
                        <h4>{ t(lang, Msg::GlSaCriteria) }</h4>
                        <ul class="gl-list">
                            { for row.criteria.iter().map(|c| html! {
                                <li key={c.id.as_str()} data-testid="sa-criterion" data-level={l.stars.to_string()}
                                    data-id={c.id.to_string()}>
                                    { c.text.get(lang) }
                                    { src_p(lang, &c.sources, c.confidence) }
                                </li>
                            }) }
                        </ul>
                    </section>
                }
            }) }
            <h3>{ t(lang, Msg::GlSaFacts) }</h3>
            <ul class="gl-list">
                { for sa.facts.iter().map(|f| html! {
                    <li key={f.id.as_str()} data-testid="sa-fact">
                        { f.text.get(lang) }
                        { src_p(lang, &f.sources, f.confidence) }
                    </li>
                }) }
            </ul>
        </section>
    }
}

#[component]
pub fn Sme() -> Html {
    let lang = use_lang();
    let vm = sme_guide(model(), lang);
    html! {
        <>
            <h1>{ official_name(lang, vm.title) }</h1>
            <p class="lead" data-testid="sme-edition-note">{ t(lang, Msg::SmeEditionNote) }</p>
            { wording_note_p(lang, vm.wording_note) }
            { editions(lang, &vm) }
            { principles_and_actions(lang, &vm) }
            { stages_and_articles(lang, &vm) }
            { self_check(lang, &vm) }
            { policy(lang, &vm) }
            { security_action(lang, &vm) }
        </>
    }
}

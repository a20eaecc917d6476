//! #/guidelines/sme: the IPA SME guideline 第3.1版 — editions, 3 principles, the Seven Key
//! Initiatives with their Part 2 sections (表2), the four stages (Part 2 chapters 2–5 and their
//! sections), the 5 articles, the 25-item self-check (parts, items, answers with points, score
//! bands), the basic-policy headings, and SECURITY ACTION ★/★★ (a self-declaration).

use yew::prelude::*;

use super::common::{
    badge_official, badge_unofficial, section_ref, shared_src, shared_src_p, src, src_p,
    table_wrap, tn,
};
use crate::components::said::{official_name, own, own_mark, own_p, said, wording_note};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, AnswerScale, Said};

fn points(p: i32) -> String {
    // A true minus sign reads better than a hyphen.
    p.to_string().replace('-', "−")
}

fn examples(lang: Lang, items: &[Said]) -> Html {
    html! {
        <ul class="gl-list">
            { for items.iter().enumerate().map(|(i, x)| html! { <li key={i}>{ said(lang, x) }</li> }) }
        </ul>
    }
}

fn scale_table(lang: Lang, scale: &AnswerScale) -> Html {
    let caption = scale.name.unmarked(lang);
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
                    { for scale.options.iter().enumerate().map(|(i, o)| html! {
                        <tr key={i} data-testid="sc-option">
                            <th scope="row">{ said(lang, &o.label) }</th>
                            <td>{ o.points.map(points).unwrap_or_else(|| t(lang, Msg::GlExcluded).to_owned()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
    )
}

#[component]
pub fn Sme() -> Html {
    let lang = use_lang();
    let m = model();
    let sme = &m.sme;
    let sc = &sme.self_check;
    let sa = &m.security_action;
    let ed_caption = t(lang, Msg::GlSmeEditions);
    let band_caption = t(lang, Msg::GlBandsHeading);
    let items_shared = shared_src(
        sc.items
            .iter()
            .map(|i| (i.sources.as_slice(), i.confidence)),
    );
    let band_shared = shared_src(
        sc.bands
            .iter()
            .map(|b| (b.sources.as_slice(), b.confidence)),
    );

    html! {
        <>
            <h1>{ official_name(lang, &sme.title) }</h1>
            <p class="lead" data-testid="sme-edition-note">{ t(lang, Msg::SmeEditionNote) }</p>
            { wording_note(lang, std::iter::once(&sme.title)
                .chain(sme.editions.iter().map(|e| &e.name))
                .chain(sme.stages.iter().flat_map(|s| [&s.title, &s.chapter_title]))
                .chain(sme.sections.iter().map(|s| &s.title))
                .chain(sme.principles.iter().map(|p| &p.title))
                .chain(sme.actions.iter().map(|a| &a.title))
                .chain(sc.items.iter().map(|i| &i.question))) }

            <section>
                <h2 id="sme-editions">{ ed_caption }</h2>
                { table_wrap(ed_caption, html! {
                    <table class="wide">
                        <caption>{ ed_caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, Msg::GlColEdition) }</th>
                                <th scope="col">{ t(lang, Msg::GlColDate) }</th>
                                <th scope="col">{ t(lang, Msg::GlColNote) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for sme.editions.iter().map(|e| html! {
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

            <section>
                <h2 id="sme-principles">{ t(lang, Msg::GlSmePrinciples) }</h2>
                <ol class="gl-list">
                    { for sme.principles.iter().map(|p| html! {
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
                    { for m.actions().iter().map(|a| html! {
                        <li key={a.id.as_str()} data-testid="action" data-id={a.id.to_string()}>
                            <p class="item-title">{ official_name(lang, &a.title) }</p>
                            <p>{ a.summary.get(lang) }</p>
                            <p class="sub">{ t(lang, Msg::GlActionSections) }</p>
                            <ul class="plain" data-testid="action-sections">
                                { for a.sections.iter().filter_map(|id| m.section(id.as_str())).map(|s| html! {
                                    <li key={s.id.as_str()} data-section={s.id.to_string()}>{ section_ref(lang, s) }</li>
                                }) }
                            </ul>
                            { src_p(lang, &a.sources, a.confidence) }
                        </li>
                    }) }
                </ol>
            </section>

            <section>
                <h2 id="sme-steps">{ t(lang, Msg::GlSmeSteps) }</h2>
                <p>{ t(lang, Msg::GlStageIntro) }</p>
                <ol class="gl-steps">
                    { for m.stages().iter().map(|st| {
                        let level = st.star.as_ref().and_then(|l| m.sa_levels().iter().find(|x| &x.id == l));
                        html! {
                            <li key={st.id.as_str()} data-testid="stage" data-id={st.id.to_string()}>
                                <h3>{ tn(lang, Msg::GlStageN, st.number) }{ t(lang, Msg::Colon) }{ official_name(lang, &st.title) }</h3>
                                <p class="meta" data-testid="stage-chapter">
                                    { tn(lang, Msg::GlChapterN, st.chapter) }{ " " }{ official_name(lang, &st.chapter_title) }
                                </p>
                                <p>{ st.asks.get(lang) }</p>
                                <ul class="plain" data-testid="stage-sections">
                                    { for m.stage_sections(st).map(|s| html! {
                                        <li key={s.id.as_str()} data-section={s.id.to_string()}>
                                            { section_ref(lang, s) }
                                            <span class="meta">
                                                { " — " }{ t(lang, Msg::GlSectionInitiatives) }{ ": " }
                                                { m.actions_for_section(s.id.as_str()).map(|a| a.number.to_string()).collect::<Vec<_>>().join(", ") }
                                            </span>
                                        </li>
                                    }) }
                                </ul>
                                if let Some(l) = level {
                                    <p data-testid="stage-star">{ t(lang, Msg::GlStageStar) }{ " " }<strong>{ l.glyph() }{ " " }{ l.label.get(lang) }</strong></p>
                                }
                                { src_p(lang, &st.sources, st.confidence) }
                            </li>
                        }
                    }) }
                </ol>
            </section>

            <section>
                <h2 id="sme-articles">{ t(lang, Msg::GlSmeArticles) }</h2>
                <ol class="gl-list">
                    { for m.articles().iter().map(|a| html! {
                        <li key={a.id.as_str()} data-testid="article" data-id={a.id.to_string()}>
                            <h3>{ tn(lang, Msg::GlArticleN, a.number) }{ t(lang, Msg::Colon) }{ official_name(lang, &a.title) }</h3>
                            <h4>{ t(lang, Msg::GlExamples) }</h4>
                            { examples(lang, &a.examples) }
                            { src_p(lang, &a.sources, a.confidence) }
                        </li>
                    }) }
                </ol>
            </section>

            <section data-testid="self-check">
                <h2 id="sme-sc">{ official_name(lang, &sc.title) }</h2>
                { src_p(lang, &sc.sources, sc.confidence) }
                <p><strong>{ t(lang, Msg::GlRespondent) }{ ": " }</strong>{ sc.respondent.get(lang) }</p>
                { shared_src_p(lang, items_shared) }
                { for m.self_check_parts().into_iter().map(|(p, items)| {
                    let hid = format!("sme-{}", p.id.as_str().replace('.', "-"));
                    html! {
                        <section key={p.id.as_str()} data-testid="sc-part"
                                 data-id={p.id.to_string()} class="gl-part">
                            <h3 id={hid}>{ tn(lang, Msg::GlPartN, p.number) }{ t(lang, Msg::Colon) }{ official_name(lang, &p.title) }</h3>
                            <p class="note">{ p.note.get(lang) }</p>
                            <ol class="gl-list">
                                { for items.into_iter().map(|i| html! {
                                    <li key={i.id.as_str()} value={i.number.to_string()} data-testid="sc-item" data-id={i.id.to_string()}>
                                        <p class="item-title">{ i.question.get(lang) }</p>
                                        <p>{ own_mark(lang) }{ " " }<strong>{ t(lang, Msg::GlWhy) }{ ": " }</strong>{ i.why.unmarked(lang) }</p>
                                        <p class="sub">{ own_mark(lang) }{ " " }{ t(lang, Msg::GlExamples) }</p>
                                        <ul class="gl-list">
                                            { for i.examples.iter().enumerate().map(|(k, x)| html! { <li key={k}>{ x.unmarked(lang) }</li> }) }
                                        </ul>
                                        if items_shared.is_none() { { src_p(lang, &i.sources, i.confidence) } }
                                    </li>
                                }) }
                            </ol>
                        </section>
                    }
                }) }

                <h3>{ t(lang, Msg::GlScaleHeading) }{ " " }
                    if sc.scale.official { { badge_official(lang) } } else { { badge_unofficial(lang) } }
                </h3>
                <p class="note">{ own(lang, &sc.scale.note) }</p>
                { scale_table(lang, &sc.scale) }
                { src_p(lang, &sc.scale.sources, sc.scale.confidence) }

                <h3>{ band_caption }</h3>
                { table_wrap(band_caption, html! {
                    <table class="wide">
                        <caption>{ band_caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, Msg::GlColRange) }</th>
                                <th scope="col">{ t(lang, Msg::GlColStatus) }</th>
                                <th scope="col">{ t(lang, Msg::GlColNextStep) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for sc.bands.iter().map(|b| html! {
                                <tr key={b.id.as_str()} data-testid="band" data-id={b.id.to_string()}>
                                    <th scope="row">
                                        if b.min == b.max { { points(b.min) } } else { { format!("{}–{}", points(b.min), points(b.max)) } }
                                    </th>
                                    <td>{ official_name(lang, &b.status) }</td>
                                    <td>
                                        { official_name(lang, &b.next_step) }
                                        <br />{ own(lang, &b.advice) }
                                        if band_shared.is_none() { <br />{ src(lang, &b.sources, b.confidence) } }
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }) }
                { shared_src_p(lang, band_shared) }
                <h3>{ t(lang, Msg::GlNaHeading) }</h3>
                { own_p(lang, &sc.not_applicable) }
            </section>

            <section>
                <h2 id="sme-policy">{ t(lang, Msg::GlPolicyHeadings) }</h2>
                <ol class="gl-list">
                    { for m.policy_headings().iter().map(|p| html! {
                        <li key={p.id.as_str()} data-testid="policy-heading" data-id={p.id.to_string()}>
                            <p class="item-title">{ official_name(lang, &p.title) }</p>
                            { own_p(lang, &p.hint) }
                            { src_p(lang, &p.sources, p.confidence) }
                        </li>
                    }) }
                </ol>
            </section>

            <section data-testid="security-action">
                <h2 id="sme-sa">{ sa.name.get(lang) }</h2>
                <p class="callout" data-testid="sa-not-cert"><strong>{ t(lang, Msg::GlSaNotCert) }</strong></p>
                <p>{ sa.nature.get(lang) }</p>
                { for m.sa_levels().iter().map(|l| {
                    let hid = format!("sme-{}", l.id.as_str().replace('.', "-"));
                    html! {
                        <section key={l.id.as_str()} data-testid="sa-level"
                                 data-id={l.id.to_string()}>
                            <h3 id={hid}>{ l.glyph() }{ " " }{ official_name(lang, &l.label) }</h3>
                            <p>{ l.summary.get(lang) }</p>
                            { src_p(lang, &l.sources, l.confidence) }
                            <h4>{ t(lang, Msg::GlSaCriteria) }</h4>
                            <ul class="gl-list">
                                { for m.sa_criteria(l.id.as_str()).map(|c| html! {
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
        </>
    }
}

//! `#/report/detail`: the detailed report of the open assessment — per 指示 every A-2 item with
//! its answer, the maturity, the note and the suggested actions; the A-1 items; the SME
//! articles, self-diagnosis items and 7 actions with their answers; the CSF profiles (official
//! 1.1 view and Shindan's 2.0 view); the unknowns list; the action plan. Print CSS keeps rows
//! and cards whole across pages.

use yew::prelude::*;

use crate::components::csf_heatmap::CsfHeatmap;
use crate::hooks::store::use_assessment;
use crate::hooks::use_lang;
use crate::pages::results::score_text;
use shindan_core::assessment::{
    csf11_view, csf20_view, direction_scores, principle_scores, self_check, unknowns, ArticleStatus,
};
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, AnswerKind, AnswerScale, Id};
use shindan_core::route::Route;

use super::{direction_title, meta_block, report_nav, suggested_actions, PrintButton};

fn answer_label(lang: Lang, scale: &AnswerScale, k: Option<AnswerKind>) -> String {
    match k {
        None => t(lang, Msg::ReportUnanswered).to_string(),
        Some(k) => scale
            .options
            .iter()
            .find(|o| o.kind == k)
            .map(|o| o.label.unmarked(lang).to_string())
            .unwrap_or_default(),
    }
}

fn answer_code(k: Option<AnswerKind>) -> &'static str {
    k.map_or("none", AnswerKind::code)
}

fn article_label(lang: Lang, s: Option<ArticleStatus>) -> &'static str {
    match s {
        None => t(lang, Msg::ReportUnanswered),
        Some(ArticleStatus::Done) => t(lang, Msg::ArticleDone),
        Some(ArticleStatus::Committed) => t(lang, Msg::ArticleCommitted),
        Some(ArticleStatus::NotYet) => t(lang, Msg::ArticleNotYet),
    }
}

#[component]
pub fn ReportDetailPage() -> Html {
    let lang = use_lang();
    let a = use_assessment();
    let m = model();
    let cur = &*a.current;
    let dirs = direction_scores(m, cur);
    let principles = principle_scores(m, cur);
    let unknown = unknowns(m, cur);
    let sc = self_check(m, cur);
    let exec = m.exec_scale();
    let sme = m.sme_scale();
    // Frameworks with nothing answered are left out (a SME-only user gets no 56 「未回答」 rows).
    let begun = shindan_core::assessment::started(m, cur);
    let (any_exec, any_sme) = (begun.exec, begun.sme);
    let mut omitted = Vec::new();
    if !any_exec {
        omitted.push(t(lang, Msg::KeyExecTitle));
    }
    if !any_sme {
        omitted.push(t(lang, Msg::KeySmeTitle));
    }

    let item_row = |id: &Id, no: String, text: String, scale: &AnswerScale| {
        let k = cur.answer(id);
        html! {
            <tr key={id.to_string()} data-item={id.to_string()}>
                <td class="num col-no">{ no }</td>
                <td>{ text }</td>
                <td class="answer" data-answer={answer_code(k)}>{ answer_label(lang, scale, k) }</td>
            </tr>
        }
    };
    let head = html! {
        <thead><tr>
            <th scope="col" class="col-no">{ t(lang, Msg::ReportColNo) }</th>
            <th scope="col">{ t(lang, Msg::PlanColItem) }</th>
            <th scope="col" class="col-answer">{ t(lang, Msg::CsvColAnswer) }</th>
        </tr></thead>
    };

    html! {
        <article class="report report-detail" data-testid="report-detail">
            { report_nav(lang, Route::ReportDetail) }
            <header class="report-head">
                <h1>{ t(lang, Msg::ReportDetailTitle) }</h1>
            </header>
            { meta_block(lang, cur) }
            <div class="report-actions no-print">
                <PrintButton id="report-detail-print" />
                <p class="note">{ t(lang, Msg::ReportPrintHint) }</p>
            </div>
            <p class="disclaimer">{ t(lang, Msg::SelfAssessmentNotCertification) }</p>

            if !omitted.is_empty() {
                <p class="note" data-testid="report-omitted">{ t(lang, Msg::ReportOmitted) }{ omitted.join("、") }</p>
            }
            if any_exec {
            <section class="report-section" aria-labelledby="rd-exec-title">
                <h2 id="rd-exec-title">{ t(lang, Msg::ReportDetailExec) }</h2>
                { for dirs.iter().map(|d| {
                    let actions = suggested_actions(lang, m, cur, &d.direction);
                    let note = cur.notes.get(&d.direction).cloned().unwrap_or_default();
                    let title_id = format!("rd-{}", d.direction);
                    html! {
                        <section key={d.direction.to_string()} class="report-card" data-direction={d.number.to_string()} aria-labelledby={title_id.clone()}>
                            <h3 id={title_id}>{ direction_title(lang, m, &d.direction) }</h3>
                            <p class="gap-figures">
                                { format!("{}: {} · {}: {} → {}",
                                    t(lang, Msg::LegendScore), score_text(lang, &d.score),
                                    t(lang, Msg::Maturity),
                                    d.tiers.current.map(|x| x.to_string()).unwrap_or_else(|| "–".into()),
                                    d.tiers.target.map(|x| x.to_string()).unwrap_or_else(|| "–".into())) }
                            </p>
                            <table class="report-items">
                                <caption class="visually-hidden">{ direction_title(lang, m, &d.direction) }</caption>
                                { head.clone() }
                                <tbody>
                                    { for m.a2_items(d.direction.as_str()).map(|i| item_row(&i.id, format!("{}-{}", d.number, i.number), i.text.get(lang).to_string(), exec)) }
                                </tbody>
                            </table>
                            <p class="label">{ t(lang, Msg::ReportNote) }</p>
                            <p class="report-note">{ if note.is_empty() { "–".to_string() } else { note } }</p>
                            if !actions.is_empty() {
                                <p class="label">{ t(lang, Msg::SuggestedActions) }</p>
                                <ul class="gap-actions">
                                    { for actions.iter().map(|(text, owner, due, status)| {
                                        let extra: Vec<&str> = [owner.as_str(), due.as_str(), status.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
                                        html! { <li>{ text.clone() }
                                            if !extra.is_empty() { <span class="gap-owner">{ format!(" ({})", extra.join(" · ")) }</span> }
                                        </li> }
                                    }) }
                                </ul>
                            }
                        </section>
                    }
                }) }
            </section>

            <section class="report-section" aria-labelledby="rd-a1-title">
                <h2 id="rd-a1-title">{ t(lang, Msg::A1Short) }</h2>
                { for m.principles_with_a1().into_iter().map(|(p, items)| {
                    let score = principles.iter().find(|s| s.principle == p.id).map(|s| score_text(lang, &s.score)).unwrap_or_default();
                    html! {
                        <table class="report-items" key={p.id.to_string()}>
                            <caption>{ format!("{} — {}", p.title.get(lang), score) }</caption>
                            { head.clone() }
                            <tbody>
                                { for items.iter().map(|i| item_row(&i.id, format!("{}-{}", p.number, i.number), i.text.get(lang).to_string(), exec)) }
                            </tbody>
                        </table>
                    }
                }) }
            </section>
            }

            if any_sme {
            <section class="report-section" aria-labelledby="rd-sme-title">
                <h2 id="rd-sme-title">{ t(lang, Msg::SmeResultsTitle) }</h2>
                <p class="gap-figures">{ format!("{}: {} / {}{}", t(lang, Msg::SelfCheckTotal), sc.total, sc.max,
                    sc.band(m).map(|b| format!(" · {}", b.status.get(lang))).unwrap_or_default()) }</p>
                <table class="report-items">
                    <caption>{ t(lang, Msg::ReportArticles) }</caption>
                    { head.clone() }
                    <tbody>
                        { for m.articles().iter().map(|ar| html! {
                            <tr key={ar.id.to_string()} data-item={ar.id.to_string()}>
                                <td class="num col-no">{ ar.number }</td>
                                <td>{ ar.title.get(lang) }</td>
                                <td class="answer">{ article_label(lang, cur.articles.get(&ar.id).copied()) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                { for m.self_check_parts().into_iter().map(|(part, items)| html! {
                    <table class="report-items" key={part.id.to_string()}>
                        <caption>{ part.title.get(lang) }</caption>
                        { head.clone() }
                        <tbody>
                            { for items.iter().map(|i| item_row(&i.id, format!("No.{}", i.number), i.question.get(lang).to_string(), sme)) }
                        </tbody>
                    </table>
                }) }
                <table class="report-items">
                    <caption>{ t(lang, Msg::SmeActionsTitle) }</caption>
                    { head.clone() }
                    <tbody>
                        { for m.actions().iter().map(|x| item_row(&x.id, x.number.to_string(), x.title.get(lang).to_string(), exec)) }
                    </tbody>
                </table>
            </section>
            }

            if any_exec {
            <section class="report-section report-csf" aria-labelledby="rd-csf-title">
                <h2 id="rd-csf-title">{ t(lang, Msg::CsfProfile) }</h2>
                <CsfHeatmap view={csf11_view(m, cur)} id="rd-csf11" />
                <CsfHeatmap view={csf20_view(m, cur)} id="rd-csf20" />
            </section>
            }

            <section class="report-section" aria-labelledby="rd-unknowns-title">
                <h2 id="rd-unknowns-title">{ t(lang, Msg::UnknownsTitle) }</h2>
                if unknown.is_empty() {
                    <p>{ t(lang, Msg::NoUnknowns) }</p>
                } else {
                    <ul data-testid="report-unknowns">
                        { for unknown.iter().map(|u| html! {
                            <li key={u.item.to_string()}>{ format!("[{}] {}", t(lang, crate::pages::results::section_label(&u.section)), crate::pages::results::item_text(lang, &u.item)) }</li>
                        }) }
                    </ul>
                }
            </section>

            <section class="report-section" aria-labelledby="rd-plan-title">
                <h2 id="rd-plan-title">{ t(lang, Msg::PlanTitle) }</h2>
                if cur.plan.is_empty() {
                    <p>{ t(lang, Msg::PlanEmpty) }<a class="no-print" href={Route::Plan.to_hash()}>{ t(lang, Msg::PlanTitle) }</a></p>
                } else {
                    { crate::pages::plan::plan_table(lang, m, cur) }
                }
            </section>
        </article>
    }
}

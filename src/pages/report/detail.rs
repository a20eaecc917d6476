//! `#/report/detail`: the detailed report of the open assessment — per 指示 every A-2 item with
//! its answer, the maturity, the note and the suggested actions; the A-1 items; the SME
//! articles, self-diagnosis items and 7 actions with their answers; the CSF profiles (official
//! 1.1 view and Shindan's 2.0 view); the unknowns list; the action plan. Print CSS keeps rows
//! and cards whole across pages.

use yew::prelude::*;

use crate::components::csf_heatmap::CsfHeatmap;
use crate::hooks::store::use_assessment;
use crate::hooks::use_lang;
use crate::pages::results::{item_text, score_text, section_label};
use shindan_core::assessment::{csf11_view, csf20_view, Assessment};
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Model};
use shindan_core::route::Route;
use shindan_core::vm::report_detail::{
    report_detail, DirectionCard, ItemRow, ItemTable, ReportDetail,
};

use super::{action_item, meta_block, report_nav, PrintButton};

fn head(lang: Lang) -> Html {
    html! {
        <thead><tr>
            <th scope="col" class="col-no">{ t(lang, Msg::ReportColNo) }</th>
            <th scope="col">{ t(lang, Msg::PlanColItem) }</th>
            <th scope="col" class="col-answer">{ t(lang, Msg::CsvColAnswer) }</th>
        </tr></thead>
    }
}

fn item_row(r: &ItemRow) -> Html {
    html! {
        <tr key={r.id.to_string()} data-item={r.id.to_string()}>
            <td class="num col-no">{ &r.no }</td>
            <td>{ &r.text }</td>
            <td class="answer" data-answer={r.code}>{ &r.answer }</td>
        </tr>
    }
}

/// A table's caption, head and rows (the caller puts the `<table>` around, keyed or not).
fn item_table(lang: Lang, table: &ItemTable) -> Html {
    html! {
        <>
            <caption>{ &table.caption }</caption>
            { head(lang) }
            <tbody>{ for table.rows.iter().map(item_row) }</tbody>
        </>
    }
}

fn direction_card(lang: Lang, d: &DirectionCard) -> Html {
    html! {
        <section key={d.id.to_string()} class="report-card" data-direction={d.number.to_string()} aria-labelledby={d.anchor.clone()}>
            <h3 id={d.anchor.clone()}>{ &d.title }</h3>
            <p class="gap-figures">
                { format!("{}: {} · {}: {} → {}",
                    t(lang, Msg::LegendScore), score_text(lang, &d.score),
                    t(lang, Msg::Maturity), d.current, d.target) }
            </p>
            <table class="report-items">
                <caption class="visually-hidden">{ &d.title }</caption>
                { head(lang) }
                <tbody>{ for d.items.iter().map(item_row) }</tbody>
            </table>
            <p class="label">{ t(lang, Msg::ReportNote) }</p>
            <p class="report-note">{ &d.note }</p>
            if !d.actions.is_empty() {
                <p class="label">{ t(lang, Msg::SuggestedActions) }</p>
                <ul class="gap-actions">{ for d.actions.iter().map(action_item) }</ul>
            }
        </section>
    }
}

fn exec_sections(lang: Lang, vm: &ReportDetail) -> Html {
    html! {
        <>
            <section class="report-section" aria-labelledby="rd-exec-title">
                <h2 id="rd-exec-title">{ t(lang, Msg::ReportDetailExec) }</h2>
                { for vm.directions.iter().map(|d| direction_card(lang, d)) }
            </section>

            <section class="report-section" aria-labelledby="rd-a1-title">
                <h2 id="rd-a1-title">{ t(lang, Msg::A1Short) }</h2>
                { for vm.principles.iter().map(|p| {
                    let score = p.score.as_ref().map(|s| score_text(lang, s)).unwrap_or_default();
                    html! {
                        <table class="report-items" key={p.id.to_string()}>
                            <caption>{ format!("{} — {}", p.title, score) }</caption>
                            { head(lang) }
                            <tbody>{ for p.items.iter().map(item_row) }</tbody>
                        </table>
                    }
                }) }
            </section>
        </>
    }
}

fn sme_section(lang: Lang, vm: &ReportDetail) -> Html {
    html! {
        <section class="report-section" aria-labelledby="rd-sme-title">
            <h2 id="rd-sme-title">{ t(lang, Msg::SmeResultsTitle) }</h2>
            <p class="gap-figures">{ &vm.sme_total }</p>
            <table class="report-items">{ item_table(lang, &vm.articles) }</table>
            { for vm.parts.iter().map(|p| html! {
                <table class="report-items" key={p.id.clone()}>{ item_table(lang, p) }</table>
            }) }
            <table class="report-items">{ item_table(lang, &vm.actions) }</table>
        </section>
    }
}

fn unknowns_and_plan(lang: Lang, m: &Model, cur: &Assessment, vm: &ReportDetail) -> Html {
    html! {
        <>
            <section class="report-section" aria-labelledby="rd-unknowns-title">
                <h2 id="rd-unknowns-title">{ t(lang, Msg::UnknownsTitle) }</h2>
                if vm.unknowns.is_empty() {
                    <p>{ t(lang, Msg::NoUnknowns) }</p>
                } else {
                    <ul data-testid="report-unknowns">
                        { for vm.unknowns.iter().map(|u| html! {
                            <li key={u.item.to_string()}>{ format!("[{}] {}", t(lang, section_label(&u.section)), item_text(lang, &u.item)) }</li>
                        }) }
                    </ul>
                }
            </section>

            <section class="report-section" aria-labelledby="rd-plan-title">
                <h2 id="rd-plan-title">{ t(lang, Msg::PlanTitle) }</h2>
                if vm.plan_empty {
                    <p>{ t(lang, Msg::PlanEmpty) }<a class="no-print" href={Route::Plan.to_hash()}>{ t(lang, Msg::PlanTitle) }</a></p>
                } else {
                    { crate::pages::plan::plan_table(lang, m, cur) }
                }
            </section>
        </>
    }
}

#[component]
pub fn ReportDetailPage() -> Html {
    let lang = use_lang();
    let a = use_assessment();
    let m = model();
    let cur = &*a.current;
    let vm = report_detail(m, cur, lang);

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

            if let Some(omitted) = &vm.omitted {
                <p class="note" data-testid="report-omitted">{ t(lang, Msg::ReportOmitted) }{ omitted }</p>
            }
            if vm.any_exec {
                { exec_sections(lang, &vm) }
            }
            if vm.any_sme {
                { sme_section(lang, &vm) }
            }
            if vm.any_exec {
            <section class="report-section report-csf" aria-labelledby="rd-csf-title">
                <h2 id="rd-csf-title">{ t(lang, Msg::CsfProfile) }</h2>
                <CsfHeatmap view={csf11_view(m, cur)} id="rd-csf11" />
                <CsfHeatmap view={csf20_view(m, cur)} id="rd-csf20" />
            </section>
            }
            { unknowns_and_plan(lang, m, cur, &vm) }
        </article>
    }
}

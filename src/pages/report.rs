//! The board-ready reports of the open assessment, made for print / "Save as PDF" (A4 portrait,
//! rules in `style/main.css`, block `reports`):
//!
//! * [`ReportPage`] (`#/report`): a one-page executive summary — organisation, date, model
//!   edition, the radar with per-指示 scores and maturity, A-1 principle scores, the SME total
//!   and band, ★/★★ readiness, the top 5 gaps with their suggested actions (the plan's entries
//!   when there are any, else the model's 対策例) and the QR code of the share link.
//! * [`detail::ReportDetailPage`] (`#/report/detail`): every item with its answer, maturity,
//!   note and suggested action; the CSF profiles; the unknowns list; the action plan.
//!
//! What each report shows is decided in `shindan_core::vm::report` and `vm::report_detail`,
//! whose figures come from `shindan_core::assessment`; nothing here computes a score.

use yew::prelude::*;

use crate::components::key_answers::{overall_figure, weakest_list};
use crate::components::radar::Radar;
use crate::components::sme_summary::{item_label, parts_table};
use crate::hooks::store::use_assessment;
use crate::hooks::use_lang;
use crate::pages::results::score_text;
use shindan_core::assessment::{radar_rows, Assessment};
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Model};
use shindan_core::route::Route;
use shindan_core::vm::report::{report_summary, star_text, ReportSummary, SuggestedAction};

pub use shindan_core::vm::report::direction_title;

pub mod detail;

/// Opens the browser's print dialog ("Save as PDF" is one of its destinations).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The "Print / Save as PDF" button.
#[derive(Properties, PartialEq)]
pub struct PrintButtonProps {
    #[prop_or_default]
    pub id: AttrValue,
}

#[component]
pub fn PrintButton(props: &PrintButtonProps) -> Html {
    let lang = use_lang();
    html! {
        <button type="button" class="print-button" id={props.id.clone()} onclick={Callback::from(|_| print())}>
            { t(lang, Msg::ReportPrint) }
        </button>
    }
}

/// Today as `YYYY-MM-DD` (local time of the browser).
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The organisation / date / assessor / edition block at the top of each report.
pub fn meta_block(lang: Lang, a: &Assessment) -> Html {
    let dash = |s: &str| {
        if s.trim().is_empty() {
            "–".to_string()
        } else {
            s.to_string()
        }
    };
    html! {
        <dl class="report-meta" data-testid="report-meta">
            <div><dt>{ t(lang, Msg::MetaName) }</dt><dd data-testid="report-org">{ dash(&a.name) }</dd></div>
            <div><dt>{ t(lang, Msg::MetaDate) }</dt><dd>{ dash(&shindan_core::format::date(lang, &a.date)) }</dd></div>
            <div><dt>{ t(lang, Msg::MetaAssessor) }</dt><dd>{ dash(&a.assessor) }</dd></div>
            <div><dt>{ t(lang, Msg::ReportEdition) }</dt><dd>{ t(lang, Msg::ModelEditionsText) }</dd></div>
            <div><dt>{ t(lang, Msg::ReportGenerated) }</dt><dd>{ shindan_core::format::date(lang, &today_iso()) }</dd></div>
        </dl>
    }
}

/// The page address without its fragment.
fn base_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The QR code of the share link of `a` (`vm::report::share_qr`), or a note saying why there
/// is none.
fn share_qr(lang: Lang, m: &Model, a: &Assessment) -> Html {
    match shindan_core::vm::report::share_qr(m, a, &base_url()) {
        Some(q) => {
            let n = q.size_with_quiet_zone();
            html! {
                <figure class="report-qr" data-testid="report-qr">
                    <svg class="qr" viewBox={format!("0 0 {n} {n}")} role="img" aria-labelledby="report-qr-title"
                         data-modules={q.width().to_string()}
                         xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
                        <title id="report-qr-title">{ t(lang, Msg::ReportQrTitle) }</title>
                        <rect class="qr-light" x="0" y="0" width={n.to_string()} height={n.to_string()} />
                        <path class="qr-dark" d={q.path_data()} />
                    </svg>
                    <figcaption>{ t(lang, Msg::ReportQrCaption) }</figcaption>
                </figure>
            }
        }
        None => html! {
            <p class="note report-qr-none" data-testid="report-qr-none">{ t(lang, Msg::ReportQrNone) }</p>
        },
    }
}

/// A suggested action with its owner, due date and status when set.
pub fn action_item(a: &SuggestedAction) -> Html {
    html! {
        <li>{ a.text.clone() }
            if let Some(extra) = a.extra() {
                <span class="gap-owner">{ extra }</span>
            }
        </li>
    }
}

/// Links between the report pages, the plan and the results (screen only).
pub fn report_nav(lang: Lang, here: Route) -> Html {
    let links = [
        (Route::Results, Msg::NavResults),
        (Route::Report, Msg::ReportSummaryTitle),
        (Route::ReportDetail, Msg::ReportDetailTitle),
        (Route::Plan, Msg::PlanTitle),
        (Route::Incidents, Msg::IncidentsTitle),
    ];
    html! {
        <nav class="report-nav no-print" aria-label={t(lang, Msg::ReportNavLabel)}>
            <ul>
                { for links.into_iter().map(|(r, msg)| {
                    let current = (r == here).then_some("page");
                    html! { <li><a href={r.to_hash()} aria-current={current}>{ t(lang, msg) }</a></li> }
                }) }
            </ul>
        </nav>
    }
}

/// The headline figures: the results' overall figure and weakest 指示, the A-1 principles,
/// the SME total, band and ★/★★.
fn key_figures(lang: Lang, vm: &ReportSummary) -> Html {
    let sme = &vm.sme;
    html! {
        <section class="report-figures" aria-labelledby="report-figures-title">
            <h2 id="report-figures-title">{ t(lang, Msg::ReportKeyFigures) }</h2>
            if vm.any_exec {
                <div class="report-lead">
                    <div class="report-lead-figure">
                        { overall_figure(lang, &vm.figures.overall, "report-overall") }
                    </div>
                    <div class="report-weakest" data-testid="report-weakest-section">
                        { weakest_list(lang, &vm.figures.weakest, "report-weakest", "report-weakest-title", false) }
                    </div>
                </div>
            }
            <dl class="figure-grid">
                { for vm.principles.iter().map(|p| html! {
                    <div class="figure" data-principle={p.number.to_string()}>
                        <dt title={p.title.clone()}>{ &p.label }</dt>
                        <dd class="num">{ score_text(lang, &p.score) }</dd>
                    </div>
                }) }
                if vm.any_sme {
                <div class="figure" data-testid="report-sc-total">
                    <dt>{ t(lang, Msg::SelfCheckTotal) }</dt>
                    <dd class="num">{ &sme.total }</dd>
                    if let Some(b) = &sme.band {
                        <dd class="band-text" data-testid="report-band">{ b }</dd>
                    }
                </div>
                <div class="figure" data-testid="report-star1" data-ready={sme.star_one.to_string()}>
                    <dt>{ t(lang, Msg::ReportStarOne) }</dt>
                    <dd>{ star_text(lang, sme.star_one) }</dd>
                </div>
                <div class="figure" data-testid="report-star2" data-ready={sme.star_two.to_string()}>
                    <dt>{ t(lang, Msg::ReportStarTwo) }</dt>
                    <dd>{ star_text(lang, sme.star_two) }</dd>
                </div>
                }
            </dl>
        </section>
    }
}

/// The SME-only page: the parts, the first actions and what to confirm.
fn sme_page(lang: Lang, vm: &ReportSummary) -> Html {
    let sc = &vm.self_check;
    html! {
        <section class="report-sme" data-testid="report-sme" aria-labelledby="report-sme-title">
            <h2 id="report-sme-title">{ t(lang, Msg::SmeResultsTitle) }</h2>
            { parts_table(lang, sc, "scores compact", "report-parts") }
            if !vm.first_actions.is_empty() {
                <h3>{ t(lang, Msg::KeyFirstActions) }</h3>
                <ol class="report-sme-actions" data-testid="report-sme-actions">
                    { for vm.first_actions.iter().map(|id| html! { <li key={id.to_string()}>{ item_label(lang, id) }</li> }) }
                </ol>
            }
            if !sc.dont_know.is_empty() {
                <h3>{ t(lang, Msg::DontKnowTodo) }</h3>
                <ul data-testid="report-sme-dont-know">
                    { for sc.dont_know.iter().map(|id| html! { <li key={id.to_string()}>{ item_label(lang, id) }</li> }) }
                </ul>
            }
        </section>
    }
}

/// The executive check: the radar beside the per-指示 table, then the top gaps.
fn exec_sections(lang: Lang, m: &Model, cur: &Assessment, vm: &ReportSummary) -> Html {
    html! {
        <>
            <section class="report-exec" aria-labelledby="report-exec-title">
                <h2 id="report-exec-title">{ t(lang, Msg::ExecResultsTitle) }</h2>
                <div class="report-exec-grid">
                    <Radar rows={radar_rows(m, cur)} id="report-radar" table={false} />
                    <table class="scores compact" data-testid="report-directions">
                        <caption>{ t(lang, Msg::DirectionScores) }</caption>
                        <thead><tr>
                            <th scope="col">{ t(lang, Msg::Direction) }</th>
                            <th scope="col">{ t(lang, Msg::LegendScore) }</th>
                            <th scope="col">{ t(lang, Msg::Maturity) }</th>
                        </tr></thead>
                        <tbody>
                            { for vm.directions.iter().map(|d| html! {
                                <tr key={d.id.to_string()} data-direction={d.number.to_string()}>
                                    <th scope="row">{ &d.title }</th>
                                    <td class="num" data-col="score">{ score_text(lang, &d.score) }</td>
                                    <td class="num">{ &d.maturity }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>

            <section class="report-gaps" aria-labelledby="report-gaps-title">
                <h2 id="report-gaps-title">{ t(lang, Msg::ReportTopGaps) }</h2>
                <p class="note order-note">{ t(lang, Msg::FigPriorityOrder) }</p>
                if vm.figures.gaps.is_empty() {
                    <p>{ t(lang, Msg::NoGaps) }</p>
                }
                <ol class="report-gap-list" data-testid="report-gaps">
                    { for vm.gaps.iter().map(|g| html! {
                        <li key={g.id.to_string()} data-direction={g.number.to_string()}>
                            <p class="gap-head"><strong>{ &g.title }</strong></p>
                            <p class="gap-figures">{ &g.figures }</p>
                            <ul class="gap-actions">
                                { for g.actions.iter().map(action_item) }
                            </ul>
                        </li>
                    }) }
                </ol>
            </section>
        </>
    }
}

/// `#/report`: the one-page executive summary.
#[component]
pub fn ReportPage() -> Html {
    let lang = use_lang();
    let a = use_assessment();
    let with_qr = use_state(|| true);
    let m = model();
    let cur = &*a.current;
    let vm = report_summary(m, cur, lang);
    let toggle_qr = {
        let with_qr = with_qr.clone();
        Callback::from(move |_| with_qr.set(!*with_qr))
    };

    html! {
        <article class="report report-summary" data-testid="report-summary">
            { report_nav(lang, Route::Report) }
            <div class="report-top">
                <div class="report-top-main">
                    <header class="report-head">
                        <h1>{ t(lang, Msg::ReportSummaryTitle) }</h1>
                        <p class="report-sub">{ t(lang, Msg::ReportSummarySub) }</p>
                    </header>
                    { meta_block(lang, cur) }
                </div>
                if vm.shows_qr(*with_qr) {
                    { share_qr(lang, m, cur) }
                }
            </div>
            <div class="report-actions no-print">
                <PrintButton id="report-print" />
                <label class="report-qr-toggle">
                    <input type="checkbox" id="report-qr-toggle" checked={*with_qr} onchange={toggle_qr} />
                    { t(lang, Msg::ReportQrToggle) }
                </label>
                <p class="note">{ t(lang, Msg::ReportPrintHint) }</p>
            </div>
            if vm.is_empty() {
                <p data-testid="report-empty">{ t(lang, Msg::ReportNothingYet) }
                    <a href={Route::Executive.to_hash()}>{ t(lang, Msg::NavExecutive) }</a>{ " · " }
                    <a href={Route::Sme.to_hash()}>{ t(lang, Msg::NavSme) }</a>
                </p>
            } else {
                { key_figures(lang, &vm) }
                if vm.sme_page() {
                    { sme_page(lang, &vm) }
                }
                if vm.any_exec {
                    { exec_sections(lang, m, cur, &vm) }
                }
                <footer class="report-foot">
                    <p class="disclaimer">{ t(lang, Msg::SelfAssessmentNotCertification) }</p>
                    <p class="note">{ t(lang, Msg::ReportFootNote) }</p>
                </footer>
            }
        </article>
    }
}

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
//! Every number comes from `shindan_core::assessment`; nothing here computes a score.

use yew::prelude::*;

use crate::components::key_answers::{overall_figure, weakest_list};
use crate::components::radar::Radar;
use crate::hooks::store::use_assessment;
use crate::hooks::use_lang;
use crate::pages::results::score_text;
use shindan_core::assessment::{
    exec_figures, principle_scores, radar_rows, self_check, star_one, star_two, Assessment, GapRow,
    PlanItem,
};
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Id, Model};
use shindan_core::route::Route;
use shindan_core::share::{self, qr::QrMatrix, ShareOptions, MAX_LINK_CHARS};

pub mod detail;

/// How many suggested actions the summary shows per gap (the detailed report shows all).
const ACTIONS_PER_GAP: usize = 2;

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

/// `指示3 …title…`.
pub fn direction_title(lang: Lang, m: &Model, id: &Id) -> String {
    // A 指示, or the self-diagnosis part an SME plan entry belongs to.
    format!(
        "{} {}",
        shindan_core::assessment::plan::direction_label(m, id, lang),
        shindan_core::assessment::plan::direction_title(m, id, lang)
    )
}

fn tier(v: Option<u8>) -> String {
    v.map(|x| x.to_string()).unwrap_or_else(|| "–".into())
}

/// The suggested actions for a 指示: its plan entries when the plan has any, else the model's
/// 対策例. Returns `(text, owner, due, status)`; owner/due/status empty for model examples.
pub fn suggested_actions(
    lang: Lang,
    m: &Model,
    a: &Assessment,
    direction: &Id,
) -> Vec<(String, String, String, String)> {
    let planned: Vec<&PlanItem> = a
        .plan
        .iter()
        .filter(|p| &p.direction == direction)
        .collect();
    if !planned.is_empty() {
        return planned
            .into_iter()
            .map(|p| {
                (
                    p.text(m, lang),
                    p.owner.clone(),
                    p.due.clone(),
                    p.status.label(lang).to_string(),
                )
            })
            .collect();
    }
    m.direction(direction.as_str())
        .map(|d| {
            d.examples
                .iter()
                .map(|e| {
                    (
                        e.get(lang).to_string(),
                        String::new(),
                        String::new(),
                        String::new(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// One line of gap figures: maturity current → target (gap), score.
pub fn gap_figures(lang: Lang, g: &GapRow) -> String {
    format!(
        "{}: {} → {} ({}: {}) · {}: {}",
        t(lang, Msg::Maturity),
        tier(g.current),
        tier(g.target),
        t(lang, Msg::Gap),
        g.gap.map(|x| x.to_string()).unwrap_or_else(|| "–".into()),
        t(lang, Msg::LegendScore),
        g.score
            .map(|s| shindan_core::format::percent(lang, s))
            .unwrap_or_else(|| "–".into())
    )
}

/// The page address without its fragment.
fn base_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The QR code of the share link of `a` (answers with name and date, never notes), or a note
/// saying why there is none.
fn share_qr(lang: Lang, m: &Model, a: &Assessment) -> Html {
    let opts = ShareOptions {
        include_name: true,
        include_notes: false,
    };
    let link = share::encode(m, a, &opts)
        .ok()
        .map(|e| format!("{}{}", base_url(), share::fragment(&e.payload)))
        .filter(|l| l.chars().count() <= MAX_LINK_CHARS);
    let matrix = link.as_deref().and_then(|l| QrMatrix::new(l).ok());
    match matrix {
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

/// `#/report`: the one-page executive summary.
#[component]
pub fn ReportPage() -> Html {
    let lang = use_lang();
    let a = use_assessment();
    let with_qr = use_state(|| true);
    let m = model();
    let cur = &*a.current;
    // The results page reads the same figures (`assessment::figures`): the overall figure, the
    // weakest 指示 and the ranked gaps are one value in both.
    let figures = exec_figures(m, cur);
    let dirs = &figures.directions;
    let principles = principle_scores(m, cur);
    let sc = self_check(m, cur);
    let one = star_one(m, cur);
    let two = star_two(m, cur);
    let begun = shindan_core::assessment::started(m, cur);
    let (any_exec, any_sme) = (begun.exec, begun.sme);
    let any = any_exec || any_sme;
    let toggle_qr = {
        let with_qr = with_qr.clone();
        Callback::from(move |_| with_qr.set(!*with_qr))
    };

    let band = sc.band(m).map(|b| b.status.get(lang).to_string());
    let sc_line = if sc.answered == 0 {
        "–".to_string()
    } else {
        crate::components::sme_summary::total_text(lang, &sc)
    };
    let star = |ready: bool| {
        if ready {
            t(lang, Msg::ReportStarReady)
        } else {
            t(lang, Msg::ReportStarNotYet)
        }
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
                if any && *with_qr {
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
            if !any {
                <p data-testid="report-empty">{ t(lang, Msg::ReportNothingYet) }
                    <a href={Route::Executive.to_hash()}>{ t(lang, Msg::NavExecutive) }</a>{ " · " }
                    <a href={Route::Sme.to_hash()}>{ t(lang, Msg::NavSme) }</a>
                </p>
            } else {
                <section class="report-figures" aria-labelledby="report-figures-title">
                    <h2 id="report-figures-title">{ t(lang, Msg::ReportKeyFigures) }</h2>
                    // The headline: the results' overall figure and their weakest 指示, side by side.
                    if any_exec {
                        <div class="report-lead">
                            <div class="report-lead-figure">
                                { overall_figure(lang, &figures.overall, "report-overall") }
                            </div>
                            <div class="report-weakest" data-testid="report-weakest-section">
                                { weakest_list(lang, &figures.weakest, "report-weakest", "report-weakest-title", false) }
                            </div>
                        </div>
                    }
                    <dl class="figure-grid">
                        { for principles.iter().filter(|_| any_exec).map(|p| html! {
                            <div class="figure" data-principle={p.number.to_string()}>
                                <dt title={m.meti_v3().principles.iter().find(|x| x.id == p.principle).map(|x| x.title.get(lang).to_string()).unwrap_or_default()}>
                                    { format!("{} {}", t(lang, Msg::A1Short), t(lang, Msg::FigPrincipleN).replace("{n}", &p.number.to_string())) }
                                </dt>
                                <dd class="num">{ score_text(lang, &p.score) }</dd>
                            </div>
                        }) }
                        if any_sme {
                        <div class="figure" data-testid="report-sc-total">
                            <dt>{ t(lang, Msg::SelfCheckTotal) }</dt>
                            <dd class="num">{ sc_line }</dd>
                            if let Some(b) = band {
                                <dd class="band-text" data-testid="report-band">{ b }</dd>
                            }
                        </div>
                        <div class="figure" data-testid="report-star1" data-ready={one.ready.to_string()}>
                            <dt>{ t(lang, Msg::ReportStarOne) }</dt>
                            <dd>{ star(one.ready) }</dd>
                        </div>
                        <div class="figure" data-testid="report-star2" data-ready={two.ready.to_string()}>
                            <dt>{ t(lang, Msg::ReportStarTwo) }</dt>
                            <dd>{ star(two.ready) }</dd>
                        </div>
                        }
                    </dl>
                </section>

                // The SME-only page: what the executive layout would leave blank. With the
                // executive check answered too, the page stays as it was (one A4 page).
                if any_sme && !any_exec {
                    <section class="report-sme" data-testid="report-sme" aria-labelledby="report-sme-title">
                        <h2 id="report-sme-title">{ t(lang, Msg::SmeResultsTitle) }</h2>
                        { crate::components::sme_summary::parts_table(lang, &sc, "scores compact", "report-parts") }
                        if !sc.weakest.is_empty() {
                            <h3>{ t(lang, Msg::KeyFirstActions) }</h3>
                            <ol class="report-sme-actions" data-testid="report-sme-actions">
                                { for sc.weakest.iter().take(5).map(|w| html! { <li key={w.item.to_string()}>{ crate::components::sme_summary::item_label(lang, &w.item) }</li> }) }
                            </ol>
                        }
                        if !sc.dont_know.is_empty() {
                            <h3>{ t(lang, Msg::DontKnowTodo) }</h3>
                            <ul data-testid="report-sme-dont-know">
                                { for sc.dont_know.iter().map(|id| html! { <li key={id.to_string()}>{ crate::components::sme_summary::item_label(lang, id) }</li> }) }
                            </ul>
                        }
                    </section>
                }

                if any_exec {
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
                                    { for dirs.iter().map(|d| html! {
                                        <tr key={d.direction.to_string()} data-direction={d.number.to_string()}>
                                            <th scope="row">{ direction_title(lang, m, &d.direction) }</th>
                                            <td class="num" data-col="score">{ score_text(lang, &d.score) }</td>
                                            <td class="num">{ format!("{} → {}", tier(d.tiers.current), tier(d.tiers.target)) }</td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    </section>

                    <section class="report-gaps" aria-labelledby="report-gaps-title">
                        <h2 id="report-gaps-title">{ t(lang, Msg::ReportTopGaps) }</h2>
                        <p class="note order-note">{ t(lang, Msg::FigPriorityOrder) }</p>
                        if figures.gaps.is_empty() {
                            <p>{ t(lang, Msg::NoGaps) }</p>
                        }
                        <ol class="report-gap-list" data-testid="report-gaps">
                            { for figures.priority().iter().map(|g| {
                                let actions = suggested_actions(lang, m, cur, &g.direction);
                                html! {
                                    <li key={g.direction.to_string()} data-direction={g.number.to_string()}>
                                        <p class="gap-head"><strong>{ direction_title(lang, m, &g.direction) }</strong></p>
                                        <p class="gap-figures">{ gap_figures(lang, g) }</p>
                                        <ul class="gap-actions">
                                            { for actions.iter().take(ACTIONS_PER_GAP).map(|(text, owner, due, status)| {
                                                let extra: Vec<&str> = [owner.as_str(), due.as_str(), status.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
                                                html! {
                                                    <li>{ text.clone() }
                                                        if !extra.is_empty() {
                                                            <span class="gap-owner">{ format!(" ({})", extra.join(" · ")) }</span>
                                                        }
                                                    </li>
                                                }
                                            }) }
                                        </ul>
                                    </li>
                                }
                            }) }
                        </ol>
                    </section>
                }

                <footer class="report-foot">
                    <p class="disclaimer">{ t(lang, Msg::SelfAssessmentNotCertification) }</p>
                    <p class="note">{ t(lang, Msg::ReportFootNote) }</p>
                </footer>
            }
        </article>
    }
}

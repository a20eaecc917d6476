//! Results of the current assessment, the answer first: the key answers (`KeyAnswers`: SME
//! total, band, ★/★★ with tasks, first actions; executive overall figure, weakest 指示, board
//! summary), then the details of what was assessed — one 指示 table with the radar as its
//! visual, CSF heat maps (official 1.1 view and Shindan's 2.0 view), the ranked gap list, the
//! わからない list once, and the SME results. An assessment not started is one line, not an empty
//! section. Every number comes from `shindan_core::assessment`.

use yew::prelude::*;

use crate::components::csf_heatmap::CsfHeatmap;
use crate::components::key_answers::KeyAnswers;
use crate::components::radar::Radar;
use crate::components::share_dialog::ShareDialog;
use crate::components::sme_summary::SmeSummary;
use crate::hooks::store::use_assessment;
use crate::hooks::use_lang;
use shindan_core::assessment::{
    csf11_view, csf20_view, exec_figures, principle_scores, radar_rows, unknowns, Score, Section,
};
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Id};
use shindan_core::route::Route;

/// "72 %", "n/a" or "–", with "(provisional)" while items are unanswered.
pub fn score_text(lang: Lang, s: &Score) -> String {
    if s.is_not_applicable() {
        return t(lang, Msg::NotApplicableShort).into();
    }
    match s.percent {
        None => "–".into(),
        Some(p) if s.is_complete() => shindan_core::format::percent(lang, p),
        Some(p) => format!(
            "{} ({})",
            shindan_core::format::percent(lang, p),
            t(lang, Msg::ProvisionalShort)
        ),
    }
}

fn direction_title(lang: Lang, id: &Id) -> String {
    model()
        .direction(id.as_str())
        .map(|d| format!("{} {}", d.label.get(lang), d.title.get(lang)))
        .unwrap_or_else(|| id.to_string())
}

/// One answered item as a short line (code + text), for the unknowns lists.
pub(crate) fn item_text(lang: Lang, id: &Id) -> String {
    let m = model();
    if let Some(i) = m.meti_v3.a2.iter().find(|i| &i.id == id) {
        return format!(
            "{}-{} {}",
            m.direction(i.direction.as_str())
                .map(|d| d.number)
                .unwrap_or(0),
            i.number,
            i.text.get(lang)
        );
    }
    if let Some(i) = m.meti_v3.a1.iter().find(|i| &i.id == id) {
        return i.text.get(lang).to_string();
    }
    if let Some(i) = m.self_check_item(id.as_str()) {
        return format!("No.{} {}", i.number, i.question.get(lang));
    }
    if let Some(a) = m.actions().iter().find(|a| &a.id == id) {
        return format!("{}. {}", a.number, a.title.get(lang));
    }
    id.to_string()
}

/// The label of the section an unknown item belongs to.
pub(crate) fn section_label(s: &Section) -> Msg {
    match s {
        Section::A1 => Msg::A1Short,
        Section::A2 => Msg::A2Short,
        Section::SelfCheck => Msg::SelfCheckShort,
        Section::Actions => Msg::SmeActionsTitle,
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultsPageProps {
    /// Rendered inside the shared-result view: that page owns the `h1`, and there is nothing
    /// to share or to continue answering.
    #[prop_or_default]
    pub shared: bool,
}

#[component]
pub fn ResultsPage(props: &ResultsPageProps) -> Html {
    let lang = use_lang();
    let a = use_assessment();
    let m = model();
    let cur = &a.current;
    // The one set of executive figures the key answers and the board summary also read.
    let figures = exec_figures(m, cur);
    let (dirs, gaps) = (&figures.directions, &figures.gaps);
    let principles = principle_scores(m, cur);
    let unknown = unknowns(m, cur);
    let begun = a.open.started();
    let (any_exec, any_sme) = (begun.exec, begun.sme);
    let on_print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let tier = |v: Option<u8>| v.map(|x| x.to_string()).unwrap_or_else(|| "–".into());

    html! {
        <div class="results-page">
            if !props.shared {
                <h1>{ t(lang, Msg::ResultsTitle) }</h1>
            }
            if !cur.name.is_empty() || !cur.date.is_empty() {
                <p class="who" data-testid="results-who">{ format!("{} {}", cur.name, shindan_core::format::date(lang, &cur.date)) }</p>
            }
            <KeyAnswers shared={props.shared} />
            if !props.shared {
                <div class="share-line no-print">
                    <ShareDialog />
                    <button type="button" class="secondary" onclick={on_print}>{ t(lang, Msg::Print) }</button>
                </div>
            }
            <p class="disclaimer">{ t(lang, Msg::SelfAssessmentNotCertification) }</p>

            if any_exec {
            <section id="exec-results" aria-labelledby="exec-results-title">
                <h2 id="exec-results-title">{ t(lang, Msg::ExecResultsTitle) }</h2>
                <p class="progress-line" data-testid="exec-progress">{ format!("{} {}", t(lang, Msg::Answered), figures.progress.text()) }</p>
                <>
                    <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::PrincipleScores)}>
                        <table class="scores">
                            <caption>{ t(lang, Msg::PrincipleScores) }</caption>
                            <thead><tr><th scope="col">{ t(lang, Msg::Principle) }</th><th scope="col">{ t(lang, Msg::LegendScore) }</th><th scope="col">{ t(lang, Msg::Answered) }</th></tr></thead>
                            <tbody>
                                { for principles.iter().map(|p| html! {
                                    <tr key={p.principle.to_string()} data-principle={p.number.to_string()}>
                                        <th scope="row">{ m.meti_v3().principles.iter().find(|x| x.id == p.principle).map(|x| x.title.get(lang).to_string()).unwrap_or_default() }</th>
                                        <td class="num">{ score_text(lang, &p.score) }</td>
                                        <td class="num">{ format!("{} / {}", p.score.answered, p.score.total) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                    <Radar rows={radar_rows(m, cur)} id="exec-radar" table={false} />
                    <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::DirectionScores)}>
                        <table class="scores" data-testid="direction-scores">
                            <caption>{ t(lang, Msg::DirectionScores) }</caption>
                            <thead><tr>
                                <th scope="col">{ t(lang, Msg::Direction) }</th>
                                <th scope="col">{ t(lang, Msg::LegendScore) }</th>
                                <th scope="col">{ t(lang, Msg::MaturityCurrentTarget) }</th>
                                <th scope="col">{ t(lang, Msg::Answered) }</th>
                            </tr></thead>
                            <tbody>
                                { for dirs.iter().map(|d| html! {
                                    <tr key={d.direction.to_string()} data-direction={d.number.to_string()}>
                                        <th scope="row">{ direction_title(lang, &d.direction) }</th>
                                        <td class="num" data-col="score">{ score_text(lang, &d.score) }</td>
                                        <td class="num" data-col="maturity">{ format!("{} → {}", tier(d.tiers.current), tier(d.tiers.target)) }</td>
                                        <td class="num">{ format!("{} / {}", d.score.answered, d.score.total) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>

                    <section aria-labelledby="gaps-title">
                        <h3 id="gaps-title">{ t(lang, Msg::GapsTitle) }</h3>
                        <p class="note">{ t(lang, Msg::GapsIntro) }</p>
                        if gaps.is_empty() {
                            <p>{ t(lang, Msg::NoGaps) }</p>
                        }
                        <ol class="gaps" data-testid="gap-list">
                            { for gaps.iter().map(|g| {
                                let d = m.direction(g.direction.as_str());
                                let tier = |v: Option<u8>| v.map(|x| x.to_string()).unwrap_or_else(|| "–".into());
                                html! {
                                    <li key={g.direction.to_string()} data-direction={g.number.to_string()}>
                                        <h4>{ direction_title(lang, &g.direction) }</h4>
                                        <p class="gap-figures">
                                            { format!("{}: {} → {} ({}: {})", t(lang, Msg::Maturity), tier(g.current), tier(g.target), t(lang, Msg::Gap), g.gap.map(|x| x.to_string()).unwrap_or_else(|| "–".into())) }
                                            { " · " }
                                            { format!("{}: {}", t(lang, Msg::LegendScore), g.score.map(|s| shindan_core::format::percent(lang, s)).unwrap_or_else(|| "–".into())) }
                                        </p>
                                        if let Some(d) = d {
                                            if !d.scenarios.is_empty() {
                                                <p class="label">{ t(lang, Msg::ScenarioIfNeglected) }</p>
                                                <ul>{ for d.scenarios.iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }</ul>
                                            }
                                            if !d.examples.is_empty() {
                                                <p class="label">{ t(lang, Msg::SuggestedActions) }</p>
                                                <ul>{ for d.examples.iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }</ul>
                                            }
                                        }
                                    </li>
                                }
                            }) }
                        </ol>
                    </section>

                    <section aria-labelledby="csf-title">
                        <h3 id="csf-title" class="visually-hidden">{ t(lang, Msg::CsfProfile) }</h3>
                        <CsfHeatmap view={csf11_view(m, cur)} id="csf11" />
                        <CsfHeatmap view={csf20_view(m, cur)} id="csf20" />
                    </section>
                </>
            </section>
            }

            <section id="unknowns" aria-labelledby="unknowns-title">
                <h2 id="unknowns-title">{ t(lang, Msg::UnknownsTitle) }</h2>
                if unknown.is_empty() {
                    <p>{ t(lang, Msg::NoUnknowns) }</p>
                } else {
                    <ul data-testid="unknowns">
                        { for unknown.iter().map(|u| html! {
                            <li key={u.item.to_string()}>{ format!("[{}] {}", t(lang, section_label(&u.section)), item_text(lang, &u.item)) }</li>
                        }) }
                    </ul>
                }
            </section>

            if any_sme {
                <SmeSummary id="sme-results" in_results=true />
            }
            // Only on the user's own results (not inside a shared result): the reports are of the open assessment.
            if web_sys::window().and_then(|w| w.location().hash().ok()).is_some_and(|h| Route::parse(&h) == Route::Results) {
                <p class="report-links no-print" data-testid="report-links">
                    <a class="button" href={Route::Report.to_hash()}>{ t(lang, Msg::ReportSummaryTitle) }</a>
                    <a class="button secondary" href={Route::ReportDetail.to_hash()}>{ t(lang, Msg::ReportDetailTitle) }</a>
                    <a class="button secondary" href={Route::Plan.to_hash()}>{ t(lang, Msg::PlanTitle) }</a>
                    <a class="button secondary" href={Route::Incidents.to_hash()}>{ t(lang, Msg::IncidentsTitle) }</a>
                </p>
            }
        </div>
    }
}

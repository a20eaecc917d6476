//! The answer first: what each user came for, at the top of the results. For the SME path the
//! self-diagnosis total and band (IPA's words), how the points are counted, ★ / ★★ with each
//! missing step as a task linked to where it is done, and the first three things to improve;
//! for the executive check one overall figure, the three weakest 指示 with a scenario, and the
//! board summary. An assessment not started is one line with a link to start it.

use yew::prelude::*;

use crate::components::sme_summary::item_label;
use crate::hooks::store::use_assessment;
use crate::hooks::use_lang;
use shindan_core::assessment::{exec_figures, DirectionScore, Missing, Score};
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::model;
use shindan_core::route::Route;

/// A task line: the imperative, linked to the place where it is done.
fn task(text: String, route: Route, testid: &'static str) -> Html {
    html! {
        <li data-testid={testid}><a href={route.to_hash()}>{ text }</a></li>
    }
}

fn print() -> Callback<MouseEvent> {
    Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    })
}

/// "4・2・0・−1" from the model's scale: how the self-diagnosis counts, next to the total.
fn how_points(lang: Lang) -> String {
    let m = model();
    let parts: Vec<String> = m
        .sme_scale()
        .options
        .iter()
        .map(|o| {
            let p = o.points.unwrap_or(0);
            let pts = p.to_string().replace('-', "−");
            format!(
                "{} {}",
                o.label.unmarked(lang),
                t(lang, Msg::PointsN).replace("{n}", &pts)
            )
        })
        .collect();
    let sep = if lang == Lang::Ja { "・" } else { ", " };
    t(lang, Msg::HowPointsCount)
        .replace("{options}", &parts.join(sep))
        .replace("{items}", &m.sme.self_check.items.len().to_string())
}

/// The executive check's overall figure (`assessment::figures::overall`) with its progress: the
/// one rendering of it, on the results and in the board summary.
pub fn overall_figure(lang: Lang, overall: &Score, testid: &'static str) -> Html {
    html! {
        <p class="key-total" data-testid={testid}>
            <span class="big">{ overall.percent.map(|v| shindan_core::format::percent(lang, v)).unwrap_or_else(|| "–".into()) }</span>
            { " " }{ t(lang, Msg::KeyExecOverall) }
            { format!(" ({} {} / {})", t(lang, Msg::Answered), overall.answered, overall.total) }
        </p>
    }
}

/// The weakest 指示 (`assessment::figures::weakest`) under a heading that says its ordering,
/// each by its official label and title with its score (and, on the results, the first
/// scenario if neglected): the one rendering, on the results and in the board summary.
pub fn weakest_list(
    lang: Lang,
    weakest: &[DirectionScore],
    testid: &'static str,
    title_id: &'static str,
    scenario: bool,
) -> Html {
    if weakest.is_empty() {
        return Html::default();
    }
    let m = model();
    html! {
        <>
            <h3 id={title_id}>{ t(lang, Msg::KeyWeakest) }</h3>
            <p class="note order-note">{ t(lang, Msg::FigWeakestOrder) }</p>
            <ol class="key-weakest" data-testid={testid} aria-labelledby={title_id}>
                { for weakest.iter().map(|d| {
                    let dir = m.direction(d.direction.as_str());
                    html! {
                        <li key={d.direction.to_string()} data-direction={d.number.to_string()}>
                            <strong class="weak-title">{ dir.map(|x| format!("{} {}", x.label.get(lang), x.title.get(lang))).unwrap_or_default() }</strong>
                            { " " }<span class="weak-score">{ d.score.percent.map(|p| shindan_core::format::percent(lang, p)).unwrap_or_default() }</span>
                            if let Some(s) = dir.and_then(|x| x.scenarios.first()).filter(|_| scenario) {
                                <br /><span class="scenario">{ t(lang, Msg::ScenarioIfNeglected) }{ ": " }{ s.get(lang) }</span>
                            }
                        </li>
                    }
                }) }
            </ol>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct KeyAnswersProps {
    /// The view of a shared result: no links into the questionnaires (nothing to answer there).
    #[prop_or_default]
    pub shared: bool,
}

/// The key answers of the open assessment, SME first (the most common user), then executive.
#[component]
pub fn KeyAnswers(props: &KeyAnswersProps) -> Html {
    let lang = use_lang();
    let a = use_assessment();
    let m = model();
    let cur = &a.current;
    let sc = a.open.self_check();
    let one = a.open.star_one();
    let two = a.open.star_two();
    let begun = a.open.started();
    let sme_started = begun.sme;
    let figures = exec_figures(m, cur);
    let shared = props.shared;

    let sme = if sme_started {
        let band = sc.band(m);
        let total = if sc.complete {
            html! { <><span class="big">{ sc.total }</span>{ format!(" / {}", sc.max) }</> }
        } else {
            html! {
                <>
                    <span class="big">{ sc.total }</span>{ format!(" / {} ", sc.max) }
                    <span class="provisional">{ format!("({} {} / {})", t(lang, Msg::Provisional), sc.answered, sc.items) }</span>
                </>
            }
        };
        let mut star1_tasks = Vec::new();
        if !one.ready && !shared {
            star1_tasks.push(task(
                tn(lang, Msg::TaskArticles, one.missing.len()),
                Route::SmeAt("stage1"),
                "task-articles",
            ));
        }
        let mut star2_tasks = Vec::new();
        if !shared {
            for u in &two.unmet {
                match &u.missing {
                    Missing::UnansweredItems(n) => star2_tasks.push(task(
                        tn(lang, Msg::TaskAnswerItems, n),
                        Route::SmeAt("self-check"),
                        "task-items",
                    )),
                    Missing::PolicyNotEstablished => star2_tasks.push(task(
                        t(lang, Msg::TaskPolicyEstablish).into(),
                        Route::SmeAt("policy"),
                        "task-policy-established",
                    )),
                    Missing::PolicyNotPublished => star2_tasks.push(task(
                        t(lang, Msg::TaskPolicyPublish).into(),
                        Route::SmeAt("policy"),
                        "task-policy-published",
                    )),
                    _ => {}
                }
            }
        }
        html! {
            <section class="key-answer key-sme" data-testid="key-sme" aria-labelledby="key-sme-title">
                <h2 id="key-sme-title">{ t(lang, Msg::KeySmeTitle) }</h2>
                <p class="key-total" data-testid="key-sc-total" data-complete={sc.complete.to_string()}>
                    { total }
                    if let Some(b) = band {
                        { " " }<strong class="key-band" data-testid="key-band" data-band={b.id.to_string()}>{ b.status.get(lang) }</strong>
                    }
                </p>
                if let Some(b) = band {
                    <p class="key-next">{ t(lang, Msg::NextStep) }{ b.next_step.get(lang) }</p>
                }
                <p class="key-how" data-testid="key-how">{ how_points(lang) }</p>
                <ul class="key-stars">
                    <li data-testid="key-star1" data-ready={one.ready.to_string()}>
                        <strong>{ "★ " }</strong>{ t(lang, if one.ready { Msg::KeyStarOneReady } else { Msg::KeyStarOneNotYet }) }
                        if !star1_tasks.is_empty() { <ul class="tasks">{ for star1_tasks }</ul> }
                    </li>
                    <li data-testid="key-star2" data-ready={two.ready.to_string()}>
                        <strong>{ "★★ " }</strong>{ t(lang, if two.ready { Msg::KeyStarTwoReady } else { Msg::KeyStarTwoNotYet }) }
                        if !star2_tasks.is_empty() { <ul class="tasks">{ for star2_tasks }</ul> }
                    </li>
                </ul>
                if !sc.weakest.is_empty() {
                    <h3>{ t(lang, Msg::KeyFirstActions) }</h3>
                    <ol class="key-actions" data-testid="key-actions">
                        { for sc.weakest.iter().take(3).map(|w| html! { <li key={w.item.to_string()}>{ item_label(lang, &w.item) }</li> }) }
                    </ol>
                }
                <p class="key-buttons no-print">
                    <button type="button" class="secondary" onclick={print()}>{ t(lang, Msg::Print) }</button>
                </p>
            </section>
        }
    } else {
        html! {
            <p class="not-started" data-testid="key-sme-not-started">
                { t(lang, Msg::KeySmeNotStarted) }
                // The dash only before the link (a shared result has none to follow it).
                if !shared { { " — " }<a href={Route::Sme.to_hash()}>{ t(lang, Msg::StartHere) }</a> }
            </p>
        }
    };

    let exec = if begun.exec {
        html! {
            <section class="key-answer key-exec" data-testid="key-exec" aria-labelledby="key-exec-title">
                <h2 id="key-exec-title">{ t(lang, Msg::KeyExecTitle) }</h2>
                { overall_figure(lang, &figures.overall, "key-exec-overall") }
                { weakest_list(lang, &figures.weakest, "key-weakest", "key-weakest-title", true) }
                if !shared {
                    <p class="key-buttons no-print">
                        <a class="button" href={Route::Report.to_hash()} data-testid="board-summary">{ t(lang, Msg::KeyBoardSummary) }</a>
                    </p>
                }
            </section>
        }
    } else {
        html! {
            <p class="not-started" data-testid="key-exec-not-started">
                { t(lang, Msg::KeyExecNotStarted) }
                // The dash only before the link (a shared result has none to follow it).
                if !shared { { " — " }<a href={Route::Executive.to_hash()}>{ t(lang, Msg::StartHere) }</a> }
            </p>
        }
    };

    // What was assessed comes first; a not-started line after it.
    let exec_first = begun.exec && !sme_started;
    html! {
        <div class="key-answers" data-testid="key-answers">
            if exec_first {
                { exec }
                { sme }
            } else {
                { sme }
                { exec }
            }
        </div>
    }
}

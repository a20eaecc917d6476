//! SME results: self-diagnosis total, band and next step, part subtotals, SECURITY ACTION ★/★★
//! readiness with exactly what is missing, the わからない to-do list and the weakest items with
//! their example measures. Every number comes from `shindan_core::assessment`.

use yew::prelude::*;

use crate::components::bar_chart::{BarChart, BarDatum};
use crate::components::said::{own, own_block, own_mark};
use crate::hooks::store::use_assessment;
use crate::hooks::use_lang;
use shindan_core::assessment::Missing;
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Id};
use shindan_core::route::Route;

/// "No.7 <the question>" for a self-check item, "1. <title>" for an article: the guideline's
/// numbering and text, never Shindan's short labels.
pub fn item_label(lang: Lang, id: &Id) -> String {
    let m = model();
    if let Some(it) = m.self_check_item(id.as_str()) {
        return format!("No.{} {}", it.number, it.question.get(lang));
    }
    if let Some(a) = m.articles().iter().find(|a| &a.id == id) {
        return format!("{}. {}", a.number, a.title.get(lang));
    }
    id.to_string()
}

/// A self-check item's label as a link to the item on the SME path (`#/sme/item/7`), to
/// change its answer; an article's as text.
fn item_link(lang: Lang, id: &Id) -> Html {
    let label = item_label(lang, id);
    match model().self_check_item(id.as_str()) {
        Some(it) => html! { <a href={Route::SmeItem(it.number).to_hash()}>{ label }</a> },
        None => html! { { label } },
    }
}

/// The part subtotals as a table (the SME results and the one-page summary).
pub fn parts_table(
    lang: Lang,
    sc: &shindan_core::assessment::SelfCheckResult,
    class: &'static str,
    testid: &'static str,
) -> Html {
    let m = model();
    let title = |id: &Id| {
        m.sme
            .self_check
            .parts
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.title.get(lang).to_string())
            .unwrap_or_default()
    };
    html! {
        <table class={class} data-testid={testid}>
            <caption>{ t(lang, Msg::PartSubtotals) }</caption>
            <thead><tr>
                <th scope="col">{ t(lang, Msg::Part) }</th>
                <th scope="col">{ t(lang, Msg::Points) }</th>
                <th scope="col">{ t(lang, Msg::Answered) }</th>
            </tr></thead>
            <tbody>
                { for sc.parts.iter().map(|p| html! {
                    <tr key={p.part.to_string()} data-part={p.number.to_string()}>
                        <th scope="row">{ format!("{} {}", p.number, title(&p.part)) }</th>
                        <td class="num">{ format!("{} / {}", p.points, p.max) }</td>
                        <td class="num">{ format!("{} / {}", p.answered, p.total) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// "55 / 100", or "12 / 100 (provisional, answered 7 / 25)" before every item is answered.
pub fn total_text(lang: Lang, sc: &shindan_core::assessment::SelfCheckResult) -> String {
    shindan_core::vm::report::self_check_total(lang, sc)
}

#[derive(Properties, PartialEq)]
pub struct SmeSummaryProps {
    /// Heading level 2 on the SME page, 2 on the results page too; the id keeps anchors unique.
    #[prop_or(AttrValue::Static("sme-summary"))]
    pub id: AttrValue,
    /// On the results page: the disclaimer and the わからない list are shown once there already.
    #[prop_or_default]
    pub in_results: bool,
}

#[component]
pub fn SmeSummary(props: &SmeSummaryProps) -> Html {
    let lang = use_lang();
    let a = use_assessment();
    let m = model();
    let sc = a.open.self_check();
    let one = a.open.star_one();
    let two = a.open.star_two();
    let actions = a.open.actions_score();
    let sid = props.id.clone();
    let total_line = total_text(lang, sc);

    html! {
        <section id={sid.clone()} class="summary-box sme-summary" aria-labelledby={format!("{sid}-title")}>
            <h2 id={format!("{sid}-title")}>{ t(lang, Msg::SmeResultsTitle) }</h2>
            if !props.in_results {
                <p class="disclaimer">{ t(lang, Msg::SelfAssessmentNotCertification) }</p>
            }

            // On the results page the total, the band and ★/★★ lead the page (`KeyAnswers`); here
            // only what they do not show: Shindan's advice, the parts, the weakest items.
            if props.in_results {
                if let Some(band) = sc.band(m) {
                    <p class="band-advice" data-testid="sc-band-advice">{ own(lang, &band.advice) }</p>
                }
            } else {
            <h3>{ t(lang, Msg::SelfCheckTotal) }</h3>
            <p class="big-number" data-testid="sc-total" data-complete={sc.complete.to_string()}>{ total_line }</p>
            if let Some(band) = sc.band(m) {
                <div class="band" data-testid="sc-band" data-band={band.id.to_string()}>
                    <p><strong>{ band.status.get(lang) }</strong></p>
                    <p>{ t(lang, Msg::NextStep) }{ band.next_step.get(lang) }</p>
                    <p class="band-advice" data-testid="sc-band-advice">{ own(lang, &band.advice) }</p>
                </div>
            } else {
                <p class="note" data-testid="sc-band-pending">{ t(lang, Msg::BandAfterAll) }</p>
            }
            }
            <BarChart id={format!("{sid}-bars")} title={t(lang, Msg::PartSubtotals)}
                bars={sc.parts.iter().map(|p| BarDatum {
                    label: AttrValue::from(format!("{} {}", t(lang, Msg::Part), p.number)),
                    value: f64::from(p.points),
                    max: f64::from(p.max),
                    text: AttrValue::from(format!("{} / {}", p.points, p.max)),
                }).collect::<Vec<_>>()} />
            <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::PartSubtotals)}>
                { parts_table(lang, sc, "parts", "sc-parts") }
            </div>

            if !props.in_results {
            <h3>{ "SECURITY ACTION" }</h3>
            <p class="note">{ m.security_action.nature.get(lang) }</p>
            <div class="star" data-testid="star1" data-ready={one.ready.to_string()}>
                <h4>{ "★ " }{ t(lang, Msg::StarOne) }</h4>
                if one.ready {
                    <p><strong>{ t(lang, Msg::StarOneReady) }</strong></p>
                    if !one.committed.is_empty() {
                        <p>{ t(lang, Msg::StillCommitments) }</p>
                        <ul data-testid="star1-committed">
                            { for one.committed.iter().map(|id| html! { <li key={id.to_string()}>{ item_label(lang, id) }</li> }) }
                        </ul>
                    }
                    <p>{ t(lang, Msg::HowToDeclare) }</p>
                } else {
                    <p>{ t(lang, Msg::StarOneNotYet) }</p>
                    <ul data-testid="star1-missing">
                        { for one.missing.iter().map(|ma| html! { <li key={ma.article.to_string()}>{ item_label(lang, &ma.article) }</li> }) }
                    </ul>
                }
            </div>
            <div class="star" data-testid="star2" data-ready={two.ready.to_string()}>
                <h4>{ "★★ " }{ t(lang, Msg::StarTwo) }</h4>
                if two.ready {
                    <p><strong>{ t(lang, Msg::StarTwoReady) }</strong></p>
                    <p>{ t(lang, Msg::HowToDeclare) }</p>
                } else {
                    <p>{ t(lang, Msg::KeyStarTwoNotYet) }</p>
                    <ul data-testid="star2-missing">
                        { for two.unmet.iter().map(|u| {
                            // What to do, linked to the step where it is done (not the criterion
                            // in the past tense).
                            let (text, step) = match &u.missing {
                                Missing::UnansweredItems(n) => (tn(lang, Msg::TaskAnswerItems, n), Some("self-check")),
                                Missing::PolicyNotEstablished => (t(lang, Msg::TaskPolicyEstablish).to_string(), Some("policy")),
                                Missing::PolicyNotPublished => (t(lang, Msg::TaskPolicyPublish).to_string(), Some("policy")),
                                Missing::Articles(ids) => (tn(lang, Msg::TaskArticles, ids.len()), Some("stage1")),
                                Missing::Unchecked => (criterion_text(lang, &u.criterion), None),
                            };
                            html! {
                                <li key={u.criterion.to_string()} data-criterion={u.criterion.to_string()}>
                                    if let Some(step) = step {
                                        <a href={Route::SmeAt(step).to_hash()}>{ text }</a>
                                    } else {
                                        { text }
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                }
            </div>

            }

            if !sc.dont_know.is_empty() && !props.in_results {
                <h3>{ t(lang, Msg::DontKnowTodo) }</h3>
                <ul data-testid="sc-dont-know">
                    { for sc.dont_know.iter().map(|id| html! { <li key={id.to_string()}>{ item_link(lang, id) }</li> }) }
                </ul>
            }
            if !sc.weakest.is_empty() {
                <h3>{ t(lang, Msg::WeakestItems) }</h3>
                <ol data-testid="sc-weakest">
                    { for sc.weakest.iter().take(5).map(|w| {
                        let examples = m.self_check_item(w.item.as_str()).map(|it| it.examples.clone()).unwrap_or_default();
                        html! {
                            <li key={w.item.to_string()}>
                                <strong>{ item_link(lang, &w.item) }</strong>
                                { own_block(lang, html! {
                                    <ul>{ for examples.iter().map(|e| html! { <li>{ e.unmarked(lang) }</li> }) }</ul>
                                }) }
                            </li>
                        }
                    }) }
                </ol>
            }

            <h3>{ t(lang, Msg::SmeActionsTitle) }</h3>
            <p data-testid="actions-score">{ own_mark(lang) }{ " " }{ t(lang, Msg::ActionsScoreIsShindans) }{ " " }{
                match actions.percent {
                    Some(p) => format!("{} ({} {} / {})", shindan_core::format::percent(lang, p), t(lang, Msg::Answered), actions.answered, actions.total),
                    None => format!("{} ({} {} / {})", t(lang, Msg::ActionsNoneAnswered), t(lang, Msg::Answered), actions.answered, actions.total),
                }
            }</p>
            <p class="no-print"><a href={Route::Results.to_hash()}>{ t(lang, Msg::SeeResults) }</a></p>
        </section>
    }
}

fn criterion_text(lang: Lang, id: &Id) -> String {
    model()
        .security_action
        .criteria
        .iter()
        .find(|c| &c.id == id)
        .map(|c| c.text.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

//! The answer first: the whole supply chain on one page — how many partners answered, who is
//! overdue or out of date, the spread of totals, ★/★★ readiness, the measures weakest across
//! partners and who needs attention. Printing the partners page prints this section alone, as
//! a one-page summary (A4) in the current language.

use yew::prelude::*;

use super::charts::{weakest_items, Spread};
use super::{band_text, status_text, Rows};
use crate::components::said::{own_block, own_mark};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::model::model;
use shindan_core::supply::{heat_map, summary_order, OverviewRow, RowKey, Status};

/// How many entries each "needs attention" list and the weak-measure list show.
const TOP: usize = 5;
/// How many partners the summary lists by name (the printed page is one A4; the list and the
/// CSV hold every one).
const LISTED: usize = 5;

#[derive(Properties, PartialEq)]
pub(super) struct SummaryProps {
    pub rows: Rows,
    /// The requesting organisations (`supply::requesters`), joined.
    pub requester: AttrValue,
}

/// The separator of a run-in list: the ideographic comma in Japanese (punctuation, not a
/// message).
fn list_sep(lang: shindan_core::lang::Lang) -> &'static str {
    match lang {
        shindan_core::lang::Lang::Ja => "、",
        shindan_core::lang::Lang::En => ", ",
    }
}

fn names(lang: shindan_core::lang::Lang, rows: &[&OverviewRow]) -> String {
    let mut v: Vec<String> = rows.iter().take(TOP).map(|r| r.name.clone()).collect();
    if rows.len() > TOP {
        v.push(format!("… (+{})", rows.len() - TOP));
    }
    v.join(list_sep(lang))
}

/// The summary section.
#[component]
pub(super) fn Summary(props: &SummaryProps) -> Html {
    let lang = use_lang();
    let rows = &props.rows.0;
    let m = model();
    if rows.is_empty() {
        return html! {
            <section class="supply-summary" aria-labelledby="summary-title">
                <h2 id="summary-title">{ t(lang, Msg::PartnersSummary) }</h2>
                <p data-testid="summary-empty">{ t(lang, Msg::PartnersSummaryEmpty) }</p>
            </section>
        };
    }
    let scs = shindan_core::supply::shows_scs(rows);
    let partners: Vec<&OverviewRow> = rows
        .iter()
        .filter(|r| matches!(r.key, RowKey::Partner(_)))
        .collect();
    let with = |s: Status| rows.iter().filter(|r| r.status == s).collect::<Vec<_>>();
    let (requested, overdue, stale) = (
        with(Status::Requested),
        with(Status::Overdue),
        with(Status::Stale),
    );
    let plain: Vec<&OverviewRow> = partners.iter().copied().filter(|r| !r.e2e).collect();
    let star_one = partners.iter().filter(|r| r.star_one).count();
    let star_two = partners.iter().filter(|r| r.star_two).count();
    let mut lowest: Vec<&OverviewRow> = partners
        .iter()
        .copied()
        .filter(|r| r.sme_complete)
        .collect();
    lowest.sort_by_key(|r| r.sme_total);
    let h = heat_map(m, partners.iter().copied());
    let weak = weakest_items(&h);
    let items = &m.sme.self_check.items;
    let order = summary_order(rows);
    let figure = |label: Msg, value: String, id: &'static str| {
        html! {
            <div class="figure" data-testid={id}>
                <dt>{ t(lang, label) }</dt>
                <dd class="num">{ value }</dd>
            </div>
        }
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <section class="supply-summary" aria-labelledby="summary-title" data-testid="supply-summary">
            <h2 id="summary-title">{ t(lang, Msg::PartnersSummary) }</h2>
            if !props.requester.is_empty() {
                <p data-testid="summary-requester">{ format!("{}: {}", t(lang, Msg::PartnersSummaryRequester), props.requester) }</p>
            }
            <p class="print-only">{ format!("{}: {}", t(lang, Msg::PartnersSummaryDate), crate::door::files::today()) }</p>
            <dl class="figure-grid">
                { figure(Msg::PartnersFigAnswered, partners.len().to_string(), "fig-answered") }
                { figure(Msg::PartnersStatusRequested, requested.len().to_string(), "fig-requested") }
                { figure(Msg::PartnersStatusOverdue, overdue.len().to_string(), "fig-overdue") }
                { figure(Msg::PartnersStatusStale, stale.len().to_string(), "fig-stale") }
                { figure(Msg::PartnersFigStarOne, format!("{star_one} / {}", partners.len()), "fig-star-one") }
                { figure(Msg::PartnersFigStarTwo, format!("{star_two} / {}", partners.len()), "fig-star-two") }
            </dl>
            if !partners.is_empty() {
                <div class="summary-grid">
                    <div>
                        <h3>{ t(lang, Msg::PartnersDistTitle) }</h3>
                        <Spread rows={props.rows.clone()} />
                    </div>
                    <div>
                        <h3>{ t(lang, Msg::PartnersWeakTitle) }</h3>
                        { own_block(lang, html! {
                            <ol class="summary-weak" data-testid="summary-weak">
                                { for weak.iter().take(TOP).map(|&(i, pct)| html! {
                                    <li data-item={items[i].id.to_string()}>
                                        { format!("No.{} ", items[i].number) }{ items[i].label.unmarked(lang) }
                                        { " — " }{ tn(lang, Msg::PartnersWeakShare, pct) }
                                    </li>
                                }) }
                            </ol>
                        }) }
                        <p class="source">{ t(lang, Msg::PartnersWeakShareNote) }</p>
                    </div>
                </div>
            }
            <h3>{ t(lang, Msg::PartnersSummaryList) }</h3>
            <table class="report-items summary-partners" data-testid="summary-partners">
                <thead><tr>
                    <th scope="col">{ t(lang, Msg::PartnersColName) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColStatus) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColTotal) }</th>
                    if scs {
                        <th scope="col">{ t(lang, Msg::PartnersScsHead) }</th>
                    }
                    <th scope="col">{ t(lang, Msg::PartnersColBand) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColWeak) }</th>
                </tr></thead>
                <tbody>
                    { for order.iter().take(LISTED).filter_map(|&i| rows.get(i)).map(|r| html! {
                        <tr data-partner={r.name.clone()}>
                            <th scope="row">{ r.name.clone() }</th>
                            <td data-status={r.status.code()}>{ status_text(lang, r.status) }</td>
                            <td class="num">{ r.sme_total.map(|v| if r.sme_complete { v.to_string() } else { format!("{v}*") }).unwrap_or_else(|| "—".into()) }</td>
                            if scs {
                                <td data-testid="summary-scs">{ super::overview::scs_cell(lang, r) }</td>
                            }
                            <td>{ band_text(lang, r.band.as_ref()) }</td>
                            <td data-items={r.weakest.iter().map(|w| w.item.to_string()).collect::<Vec<_>>().join(" ")}>
                                { r.weakest.iter().map(|w| format!("No.{}", w.number)).collect::<Vec<_>>().join(", ") }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if order.len() > LISTED {
                <p data-testid="summary-more">{ tn(lang, Msg::PartnersSummaryMore, order.len() - LISTED) }</p>
            }
            <h3>{ t(lang, Msg::PartnersAttention) }</h3>
            <ul class="summary-attention" data-testid="summary-attention">
                if !overdue.is_empty() {
                    <li data-why="overdue">{ t(lang, Msg::PartnersStatusOverdue) }{ ": " }{ names(lang, &overdue) }</li>
                }
                if !stale.is_empty() {
                    <li data-why="stale">{ t(lang, Msg::PartnersStatusStale) }{ ": " }{ names(lang, &stale) }</li>
                }
                if !plain.is_empty() {
                    <li data-why="plain">{ t(lang, Msg::PartnersAttentionPlain) }{ ": " }{ names(lang, &plain) }</li>
                }
                if !lowest.is_empty() {
                    <li data-why="lowest">{ t(lang, Msg::PartnersAttentionLowest) }{ ": " }
                        { lowest.iter().take(3).map(|r| format!("{} {} ({})", r.name, r.sme_total.unwrap_or_default(), band_text(lang, r.band.as_ref()))).collect::<Vec<_>>().join(list_sep(lang)) }
                    </li>
                }
                if overdue.is_empty() && stale.is_empty() && plain.is_empty() && lowest.is_empty() {
                    <li data-why="none">{ t(lang, Msg::PartnersAttentionNone) }</li>
                }
            </ul>
            <p class="source">{ own_mark(lang) }{ " " }{ t(lang, Msg::PartnersSummaryNote) }</p>
            <p class="no-print">
                <button type="button" class="secondary" id="summary-print" onclick={on_print}>{ t(lang, Msg::PartnersPrint) }</button>
            </p>
        </section>
    }
}

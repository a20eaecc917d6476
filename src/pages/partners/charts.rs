//! The supply chain drawn: which self-diagnosis measures are weak across partners (a heat map
//! of items, and partners × items), and how the totals are spread (bands and 10-point bins).
//! Every figure is also text (counts in cells, symbols with a legend): colour is never the only
//! carrier.

use yew::prelude::*;

use super::Rows;
use crate::components::said::own_mark;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, AnswerKind};
use shindan_core::supply::{distribution, heat_map, HeatMap, OverviewRow, RowKey};

/// How many partners the partners × items grid draws (the filters narrow it).
pub(super) const GRID_ROWS: usize = 100;

/// Share of the partners that answered an item who answered 実施していない or わからない, in
/// percent (Shindan's measure of "weak across the supply chain"; 一部実施 is counted apart).
pub(super) fn weak_percent(h: &HeatMap, i: usize) -> Option<u32> {
    let answered = *h.answered.get(i)?;
    (answered > 0).then(|| {
        let weak = h.not_implemented[i] + h.dont_know[i];
        ((weak * 100 + answered / 2) / answered) as u32
    })
}

/// The heat class of a weak share: more red the more partners are weak.
fn heat_class(pct: Option<u32>) -> &'static str {
    match pct {
        None => "nodata",
        Some(p) if p >= 50 => "h1",
        Some(p) if p >= 25 => "h2",
        Some(p) if p >= 10 => "h3",
        Some(_) => "h4",
    }
}

/// The items ordered weakest first (ties in model order), with their weak share.
pub(super) fn weakest_items(h: &HeatMap) -> Vec<(usize, u32)> {
    let mut v: Vec<(usize, u32)> = (0..h.items.len())
        .filter_map(|i| weak_percent(h, i).map(|p| (i, p)))
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

/// A number with a real minus sign (U+2212), so "−25–−1" reads as a range.
fn signed(n: i32) -> String {
    if n < 0 {
        format!("\u{2212}{}", -n)
    } else {
        n.to_string()
    }
}

fn symbol(a: Option<AnswerKind>) -> (&'static str, &'static str) {
    match a {
        Some(AnswerKind::Implemented) => ("○", "ok"),
        Some(AnswerKind::Partial) => ("△", "partial"),
        Some(AnswerKind::NotImplemented) => ("×", "no"),
        Some(AnswerKind::DontKnow) => ("?", "unknown"),
        Some(AnswerKind::NotApplicable) => ("－", "na"),
        None => ("", "none"),
    }
}

fn legend(lang: Lang) -> Html {
    html! {
        <p class="grid-legend">
            { t(lang, Msg::PartnersLegend) }{ " " }
            <span class="cell-ok">{ "○" }</span>{ t(lang, Msg::PartnersLegendOk) }{ " " }
            <span class="cell-partial">{ "△" }</span>{ t(lang, Msg::PartnersLegendPartial) }{ " " }
            <span class="cell-no">{ "×" }</span>{ t(lang, Msg::PartnersLegendNo) }{ " " }
            <span class="cell-unknown">{ "?" }</span>{ t(lang, Msg::PartnersLegendUnknown) }{ " " }
            <span class="cell-na">{ "－" }</span>{ t(lang, Msg::PartnersLegendNa) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct HeatProps {
    pub rows: Rows,
    /// The rows the filters keep, in display order.
    pub shown: Vec<usize>,
}

/// The heat map: per item, how many of the shown partners are weak on it; then the shown
/// partners × items.
#[component]
pub(super) fn Heat(props: &HeatProps) -> Html {
    let lang = use_lang();
    // The partners × items grid is drawn on demand: 100 rows × 25 cells laid out again on every
    // search and sort cost more than the whole overview (README "Performance").
    let grid_open = use_state(|| false);
    let m = model();
    let partners: Vec<&OverviewRow> = props
        .shown
        .iter()
        .filter_map(|&i| props.rows.0.get(i))
        .filter(|r| matches!(r.key, RowKey::Partner(_)))
        .collect();
    if partners.is_empty() {
        return html! {};
    }
    let h = heat_map(m, partners.iter().copied());
    let items = &m.sme.self_check.items;
    html! {
        <section aria-labelledby="heat-title" class="partners-heat">
            <h3 id="heat-title">{ t(lang, Msg::PartnersHeatTitle) }</h3>
            <p>{ tn(lang, Msg::PartnersHeatIntro, partners.len()) }</p>
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby="heat-items-caption">
                <table class="heatmap report-items" data-testid="heat-items">
                    <caption id="heat-items-caption">{ t(lang, Msg::PartnersHeatItems) }</caption>
                    <thead><tr>
                        // One marker for the column: every short item name in it is Shindan's.
                        <th scope="col">{ t(lang, Msg::PartnersColItem) }{ " " }{ own_mark(lang) }</th>
                        <th scope="col">{ t(lang, Msg::PartnersColWeakShare) }</th>
                        <th scope="col">{ t(lang, Msg::PartnersLegendNo) }</th>
                        <th scope="col">{ t(lang, Msg::PartnersLegendUnknown) }</th>
                        <th scope="col">{ t(lang, Msg::PartnersLegendPartial) }</th>
                        <th scope="col">{ t(lang, Msg::PartnersColAnswered) }</th>
                    </tr></thead>
                    <tbody>
                        { for weakest_items(&h).into_iter().map(|(i, pct)| {
                            let item = &items[i];
                            html! {
                                <tr data-item={item.id.to_string()}>
                                    <th scope="row">{ format!("No.{} ", item.number) }{ item.label.unmarked(lang) }</th>
                                    <td class={classes!("cell", heat_class(Some(pct)))} data-weak={pct.to_string()}>{ format!("{pct}%") }</td>
                                    <td class="num">{ h.not_implemented[i] }</td>
                                    <td class="num">{ h.dont_know[i] }</td>
                                    <td class="num">{ h.partial[i] }</td>
                                    <td class="num">{ h.answered[i] }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="source">{ t(lang, Msg::PartnersWeakShareNote) }</p>
            <h3 id="grid-title">{ t(lang, Msg::PartnersGridTitle) }</h3>
            <p>
                <button type="button" class="secondary" id="heat-grid-toggle" aria-expanded={grid_open.to_string()}
                    aria-controls="heat-grid-region" onclick={{
                        let grid_open = grid_open.clone();
                        Callback::from(move |_: MouseEvent| grid_open.set(!*grid_open))
                    }}>
                    { t(lang, if *grid_open { Msg::PartnersGridHide } else { Msg::PartnersGridShow }) }
                </button>
            </p>
            if *grid_open {
            <div id="heat-grid-region">
            if partners.len() > GRID_ROWS {
                <p>{ t(lang, Msg::PartnersGridFirst).replace("{n}", &GRID_ROWS.to_string()).replace("{total}", &partners.len().to_string()) }</p>
            }
            { legend(lang) }
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby="grid-title">
                <table class="answer-grid" data-testid="heat-grid">
                    <thead><tr>
                        <th scope="col">{ t(lang, Msg::PartnersColName) }</th>
                        { for items.iter().map(|i| html! {
                            <th scope="col">{ i.number }</th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for partners.iter().take(GRID_ROWS).map(|r| html! {
                            <tr data-grid-partner={r.name.clone()}>
                                <th scope="row">{ r.name.clone() }</th>
                                { for r.self_check.iter().map(|a| {
                                    let (s, class) = symbol(*a);
                                    html! { <td class={format!("cell-{class}")}>{ s }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct SpreadProps {
    pub rows: Rows,
}

/// How the partners' final totals are spread: per IPA band and per 10 points.
#[component]
pub(super) fn Spread(props: &SpreadProps) -> Html {
    let lang = use_lang();
    let m = model();
    let d = distribution(m, &props.rows.0);
    let most = d
        .bins
        .iter()
        .map(|b| b.2)
        .chain(d.bands.iter().map(|b| b.1))
        .max()
        .unwrap_or(0)
        .max(1);
    let bar = |n: usize| {
        html! {
            // SVG geometry, not a style attribute: the CSP allows no inline style.
            <svg class="dist-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect x="0" y="0" height="10" width={(n * 100 / most).to_string()} />
            </svg>
        }
    };
    html! {
        <div class="supply-spread">
            <table class="dist" data-testid="dist-bands">
                <caption>{ t(lang, Msg::PartnersDistBands) }</caption>
                <tbody>
                    { for d.bands.iter().map(|(id, n)| {
                        let label = super::band_text(lang, Some(id));
                        html! {
                            <tr data-band={id.to_string()}>
                                <th scope="row">{ label }</th>
                                <td class="num">{ *n }</td>
                                <td class="dist-cell">{ bar(*n) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <table class="dist" data-testid="dist-bins">
                <caption>{ t(lang, Msg::PartnersDistBins) }</caption>
                <tbody>
                    { for d.bins.iter().map(|(lo, hi, n)| html! {
                        <tr>
                            <th scope="row" class="num">{ format!("{}–{}", signed(*lo), signed(*hi)) }</th>
                            <td class="num">{ *n }</td>
                            <td class="dist-cell">{ bar(*n) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if d.incomplete > 0 {
                <p>{ tn(lang, Msg::PartnersDistIncomplete, d.incomplete) }</p>
            }
        </div>
    }
}

//! Comparison of two assessments of the same kind, made to hand over: columns named by
//! organisation and date, the net change per self-diagnosis part and per 指示 with both radars
//! overlaid and the part subtotals as bars, every item answered differently under its official
//! number with a text mark (改善 / 悪化 / 変化なし), a print button (print rules in
//! `style/main.css`, block `compare`) and a CSV export. Rows come from `assessment::compare`.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::compare_bars::CompareBars;
use crate::components::compare_radar::CompareRadar;
use crate::door::files::today;
use crate::hooks::download::{use_download, Export};
use crate::hooks::store::use_assessments;
use crate::hooks::use_lang;
use crate::pages::report::print;
use shindan_core::assessment::compare::{
    choice_names, compare, comparison_file_name, item_rows, kinds, net_rows, pair_names,
    to_csv_named, Mark, NetRow,
};
use shindan_core::i18n::{t, Msg};
use shindan_core::model::model;
use shindan_core::storage::record::{ComparePick, RecordId};

fn select_value(e: &Event) -> Option<RecordId> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .and_then(|s| RecordId::parse(&s.value()))
}

/// The mark as text, with an arrow as an extra cue (hidden from assistive technology).
fn mark(m: Mark, lang: shindan_core::lang::Lang) -> Html {
    let arrow = match m {
        Mark::Improved => "▲ ",
        Mark::Worse => "▼ ",
        Mark::Unchanged => "＝ ",
        Mark::NotComparable => "",
    };
    html! {
        <span class={classes!("cmp-mark", m.code())} data-mark={m.code()}>
            <span aria-hidden="true">{ arrow }</span>{ m.label(lang) }
        </span>
    }
}

#[component]
pub fn ComparePanel() -> Html {
    let lang = use_lang();
    let lib = use_assessments();
    // The choice lives in the UI state (`shindan.v2.ui`), so it survives a reload.
    let pick = lib.library.compare.clone();
    let downloader = use_download();
    let export_failed = use_state(|| false);
    let m = model();

    let candidates: Vec<_> = lib
        .library
        .list("")
        .into_iter()
        .filter(|r| kinds(m, &r.assessment).any())
        .collect();
    // Every assessment named apart (a duplicate by the day it was made, or 「（2）」): the
    // menus and the columns read the same names.
    let names = choice_names(
        &candidates
            .iter()
            .map(|r| (&*r.assessment, r.created))
            .collect::<Vec<_>>(),
        lang,
    );
    let name_of = |id: &RecordId| {
        candidates
            .iter()
            .position(|r| &r.id == id)
            .and_then(|i| names.get(i).cloned())
    };
    let on_a = {
        let lib = lib.clone();
        let pick = pick.clone();
        Callback::from(move |e: Event| {
            lib.choose_compare(ComparePick {
                a: select_value(&e),
                b: pick.b.clone(),
            })
        })
    };
    let on_b = {
        let lib = lib.clone();
        let pick = pick.clone();
        Callback::from(move |e: Event| {
            lib.choose_compare(ComparePick {
                a: pick.a.clone(),
                b: select_value(&e),
            })
        })
    };
    let options = |selected: &Option<RecordId>| {
        html! {
            <>
                <option value="" selected={selected.is_none()}>{ t(lang, Msg::ChooseAssessment) }</option>
                { for candidates.iter().zip(&names).map(|(r, name)| html! {
                    <option key={r.id.to_string()} value={r.id.to_string()} selected={selected.as_ref() == Some(&r.id)}>
                        { name.clone() }
                    </option>
                }) }
            </>
        }
    };

    // A chosen assessment that is gone (deleted, or no longer comparable) reads as not chosen.
    let chosen = |id: &Option<RecordId>| {
        id.as_ref()
            .filter(|id| candidates.iter().any(|r| &r.id == *id))
            .and_then(|id| lib.library.records.get(id))
    };
    let (ra, rb) = (chosen(&pick.a), chosen(&pick.b));
    let body = match (ra, rb) {
        (Some(ra), Some(rb)) => {
            let c = compare(m, &ra.assessment, &rb.assessment);
            let (name_a, name_b) = pair_names(
                name_of(&ra.id).unwrap_or_default(),
                name_of(&rb.id).unwrap_or_default(),
                lang,
            );
            if !c.kinds.any() {
                html! { <p id="compare-mismatch" role="status">{ t(lang, Msg::CompareNotSameKind) }</p> }
            } else {
                let items = item_rows(m, &c, lang);
                let net = net_rows(m, &c, &items, lang);
                let on_csv = {
                    let (a, b) = (ra.assessment.clone(), rb.assessment.clone());
                    let downloader = downloader.clone();
                    let export_failed = export_failed.clone();
                    let names = (name_a.clone(), name_b.clone());
                    let file = comparison_file_name(&a, &b, &today());
                    Callback::from(move |_: MouseEvent| {
                        let text = to_csv_named(model(), &a, &b, names.clone(), downloader.lang);
                        export_failed.set(
                            downloader
                                .save(
                                    Export::ComparisonCsv,
                                    &file,
                                    "text/csv;charset=utf-8",
                                    &text,
                                )
                                .is_err(),
                        );
                    })
                };
                let head = |first: &'static str| {
                    html! {
                        <thead><tr>
                            <th scope="col">{ first }</th>
                            <th scope="col" class="cmp-col" data-col="a">{ name_a.clone() }</th>
                            <th scope="col" class="cmp-col" data-col="b">{ name_b.clone() }</th>
                            <th scope="col">{ t(lang, Msg::CmpColDelta) }</th>
                            <th scope="col">{ t(lang, Msg::CmpColMark) }</th>
                        </tr></thead>
                    }
                };
                let net_row = |r: &NetRow| {
                    html! {
                        <tr key={r.key.clone()} data-row={r.key.clone()} class={classes!((r.key == "sme" || r.key == "exec").then_some("cmp-total"))}>
                            <th scope="row">{ r.label.clone() }
                                if !r.title.is_empty() { <span class="cmp-title">{ " " }{ r.title.clone() }</span> }
                            </th>
                            <td class="num" data-col="a">{ r.value_text(r.a, r.provisional.0) }</td>
                            <td class="num" data-col="b">{ r.value_text(r.b, r.provisional.1) }</td>
                            <td class="num" data-col="delta">{ r.delta_text() }</td>
                            <td data-col="mark">{ mark(r.mark(), lang) }
                                if r.improved + r.worse > 0 {
                                    <span class="cmp-counts">{ format!(" ({} {} · {} {})",
                                        t(lang, Msg::CmpImproved), r.improved, t(lang, Msg::CmpWorse), r.worse) }</span>
                                }
                            </td>
                        </tr>
                    }
                };
                html! {
                    <div id="compare-result">
                        <div class="report-actions no-print compare-actions">
                            <button type="button" id="compare-print" class="print-button" onclick={Callback::from(|_| print())}>
                                { t(lang, Msg::CmpPrint) }
                            </button>
                            <button type="button" id="compare-csv" class="secondary" onclick={on_csv}>
                                { t(lang, Msg::CmpExportCsv) }
                            </button>
                        </div>
                        if *export_failed {
                            <p class="banner warn" role="alert">{ t(lang, Msg::ExportFailed) }</p>
                        }
                        <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::CmpNetTitle)}>
                            <table class="compare-table" id="compare-overall">
                                <caption>{ t(lang, Msg::CmpNetTitle) }</caption>
                                { head(t(lang, Msg::CsvColSection)) }
                                <tbody>{ for net.iter().map(net_row) }</tbody>
                            </table>
                        </div>
                        <p class="hint">{ t(lang, Msg::CmpNetNote) }</p>
                        if c.kinds.exec {
                            <CompareRadar rows={c.directions.clone()} name_a={name_a.clone()} name_b={name_b.clone()} />
                        }
                        if c.kinds.sme {
                            <CompareBars parts={c.parts.clone()} name_a={name_a.clone()} name_b={name_b.clone()} />
                        }
                        <h3>{ t(lang, Msg::CompareItems) }{ format!(" ({})", items.len()) }</h3>
                        if items.is_empty() {
                            <p>{ t(lang, Msg::CompareNoItemChanges) }</p>
                        } else {
                            <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::CompareItems)}>
                                <table class="compare-table" id="compare-items">
                                    <caption class="visually-hidden">{ t(lang, Msg::CompareItems) }</caption>
                                    { head(t(lang, Msg::CsvColItem)) }
                                    <tbody>
                                        { for items.iter().map(|i| html! {
                                            <tr key={i.id.to_string()} data-item={i.id.to_string()} data-mark={i.mark.code()}>
                                                <th scope="row">
                                                    <span class="cmp-no">{ i.number.clone() }</span>
                                                    <span class="cmp-section">{ format!(" [{}] ", t(lang, i.section)) }</span>
                                                    { i.text.clone() }
                                                </th>
                                                <td data-col="a">{ i.a.clone() }</td>
                                                <td data-col="b">{ i.b.clone() }</td>
                                                <td class="num" data-col="delta">{ i.delta.map(|d| if d > 0 { format!("+{d}") } else { d.to_string() }).unwrap_or_else(|| "–".into()) }</td>
                                                <td data-col="mark">{ mark(i.mark, lang) }</td>
                                            </tr>
                                        }) }
                                    </tbody>
                                </table>
                            </div>
                        }
                    </div>
                }
            }
        }
        _ => html! { <p class="hint">{ t(lang, Msg::CompareHint) }</p> },
    };

    html! {
        <section aria-labelledby="compare-title" class="compare">
            <h2 id="compare-title">{ t(lang, Msg::CompareTitle) }</h2>
            <div class="compare-pickers">
                <label for="compare-a">{ t(lang, Msg::CompareA) }</label>
                <select id="compare-a" onchange={on_a}>{ options(&pick.a) }</select>
                <label for="compare-b">{ t(lang, Msg::CompareB) }</label>
                <select id="compare-b" onchange={on_b}>{ options(&pick.b) }</select>
            </div>
            { body }
        </section>
    }
}

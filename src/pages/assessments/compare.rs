//! Comparison of two assessments of the same kind, made to hand over: columns named by
//! organisation and date, the net change per self-diagnosis part and per 指示 with both radars
//! overlaid and the part subtotals as bars, every item answered differently under its official
//! number with a text mark (改善 / 悪化 / 変化なし), a print button (print rules in
//! `style/main.css`, block `compare`) and a CSV export. The choice and what it shows are the
//! view-model's (`shindan_core::vm::compare`), its rows `assessment::compare`'s.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::compare_bars::CompareBars;
use crate::components::compare_radar::CompareRadar;
use crate::door::files::today;
use crate::hooks::download::{use_download, Export};
use crate::hooks::store::use_assessments;
use crate::hooks::use_lang;
use crate::hooks::vm::use_vm;
use crate::pages::report::print;
use shindan_core::assessment::compare::{ItemRow, Mark, NetRow};
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::model;
use shindan_core::storage::record::RecordId;
use shindan_core::vm::compare::{
    arrow, candidates, counts_text, is_total, item_delta_text, shown, valid, Candidate,
    CompareCommand, CompareEvent, CompareResult, CompareState, Shown, Side,
};

fn select_value(e: &Event) -> Option<RecordId> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .and_then(|s| RecordId::parse(&s.value()))
}

/// The mark as text, with an arrow as an extra cue (hidden from assistive technology).
fn mark(m: Mark, lang: Lang) -> Html {
    html! {
        <span class={classes!("cmp-mark", m.code())} data-mark={m.code()}>
            <span aria-hidden="true">{ arrow(m) }</span>{ m.label(lang) }
        </span>
    }
}

#[component]
pub fn ComparePanel() -> Html {
    let lang = use_lang();
    let lib = use_assessments();
    let downloader = use_download();
    let vm = use_vm(CompareState::default);
    let m = model();
    // The choice lives in the UI state (`shindan.v2.ui`), so it survives a reload.
    let pick = lib.library.compare.clone();
    let offered = candidates(m, &lib.library, lang);
    let shown = shown(m, &pick, &offered, lang);

    let send = {
        let (vm, lib) = (vm.clone(), lib.clone());
        let result = match &shown {
            Shown::Result(r) => Some(r.clone()),
            _ => None,
        };
        Callback::from(move |e: CompareEvent| match vm.send(e) {
            Some(CompareCommand::Choose(p)) => lib.choose_compare(p),
            Some(CompareCommand::Print) => print(),
            Some(CompareCommand::ExportCsv) => {
                let Some(r) = &result else { return };
                let text = r.csv(model(), downloader.lang);
                let file = r.file_name(&today());
                let ok = downloader
                    .save(
                        Export::ComparisonCsv,
                        &file,
                        "text/csv;charset=utf-8",
                        &text,
                    )
                    .is_ok();
                vm.dispatcher().dispatch(CompareEvent::Exported(ok));
            }
            None => {}
        })
    };
    let menu = |side: Side| {
        let pick = pick.clone();
        send.reform(move |e: Event| CompareEvent::Choose {
            pick: pick.clone(),
            side,
            id: select_value(&e),
        })
    };
    let chosen = valid(&pick, &offered);
    let body = match &shown {
        Shown::Hint => html! { <p class="hint">{ t(lang, Msg::CompareHint) }</p> },
        Shown::NotSameKind => {
            html! { <p id="compare-mismatch" role="status">{ t(lang, Msg::CompareNotSameKind) }</p> }
        }
        Shown::Result(r) => result_view(lang, r, vm.export_failed, &send),
    };

    html! {
        <section aria-labelledby="compare-title" class="compare">
            <h2 id="compare-title">{ t(lang, Msg::CompareTitle) }</h2>
            <div class="compare-pickers">
                <label for="compare-a">{ t(lang, Msg::CompareA) }</label>
                <select id="compare-a" onchange={menu(Side::A)}>{ options(lang, &offered, &chosen.a) }</select>
                <label for="compare-b">{ t(lang, Msg::CompareB) }</label>
                <select id="compare-b" onchange={menu(Side::B)}>{ options(lang, &offered, &chosen.b) }</select>
            </div>
            { body }
        </section>
    }
}

/// A menu's options: 「選んでください」, then every candidate.
fn options(lang: Lang, offered: &[Candidate], selected: &Option<RecordId>) -> Html {
    html! {
        <>
            <option value="" selected={selected.is_none()}>{ t(lang, Msg::ChooseAssessment) }</option>
            { for offered.iter().map(|c| html! {
                <option key={c.id.to_string()} value={c.id.to_string()} selected={selected.as_ref() == Some(&c.id)}>
                    { c.name.clone() }
                </option>
            }) }
        </>
    }
}

/// A table head: the first column's title, the two assessments, the difference and the mark.
fn head(lang: Lang, first: &'static str, r: &CompareResult) -> Html {
    html! {
        <thead><tr>
            <th scope="col">{ first }</th>
            <th scope="col" class="cmp-col" data-col="a">{ r.name_a.clone() }</th>
            <th scope="col" class="cmp-col" data-col="b">{ r.name_b.clone() }</th>
            <th scope="col">{ t(lang, Msg::CmpColDelta) }</th>
            <th scope="col">{ t(lang, Msg::CmpColMark) }</th>
        </tr></thead>
    }
}

fn net_row(lang: Lang, r: &NetRow) -> Html {
    html! {
        <tr key={r.key.clone()} data-row={r.key.clone()} class={classes!(is_total(r).then_some("cmp-total"))}>
            <th scope="row">{ r.label.clone() }
                if !r.title.is_empty() { <span class="cmp-title">{ " " }{ r.title.clone() }</span> }
            </th>
            <td class="num" data-col="a">{ r.value_text(r.a, r.provisional.0) }</td>
            <td class="num" data-col="b">{ r.value_text(r.b, r.provisional.1) }</td>
            <td class="num" data-col="delta">{ r.delta_text() }</td>
            <td data-col="mark">{ mark(r.mark(), lang) }
                if let Some(counts) = counts_text(r, lang) {
                    <span class="cmp-counts">{ counts }</span>
                }
            </td>
        </tr>
    }
}

fn item_row(lang: Lang, i: &ItemRow) -> Html {
    html! {
        <tr key={i.id.to_string()} data-item={i.id.to_string()} data-mark={i.mark.code()}>
            <th scope="row">
                <span class="cmp-no">{ i.number.clone() }</span>
                <span class="cmp-section">{ format!(" [{}] ", t(lang, i.section)) }</span>
                { i.text.clone() }
            </th>
            <td data-col="a">{ i.a.clone() }</td>
            <td data-col="b">{ i.b.clone() }</td>
            <td class="num" data-col="delta">{ item_delta_text(i.delta) }</td>
            <td data-col="mark">{ mark(i.mark, lang) }</td>
        </tr>
    }
}

/// The comparison: print and CSV, the net changes, the charts, the items answered differently.
fn result_view(
    lang: Lang,
    r: &CompareResult,
    export_failed: bool,
    send: &Callback<CompareEvent>,
) -> Html {
    let c = &r.comparison;
    html! {
        <div id="compare-result">
            <div class="report-actions no-print compare-actions">
                <button type="button" id="compare-print" class="print-button" onclick={send.reform(|_: MouseEvent| CompareEvent::Print)}>
                    { t(lang, Msg::CmpPrint) }
                </button>
                <button type="button" id="compare-csv" class="secondary" onclick={send.reform(|_: MouseEvent| CompareEvent::ExportCsv)}>
                    { t(lang, Msg::CmpExportCsv) }
                </button>
            </div>
            if export_failed {
                <p class="banner warn" role="alert">{ t(lang, Msg::ExportFailed) }</p>
            }
            <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::CmpNetTitle)}>
                <table class="compare-table" id="compare-overall">
                    <caption>{ t(lang, Msg::CmpNetTitle) }</caption>
                    { head(lang, t(lang, Msg::CsvColSection), r) }
                    <tbody>{ for r.net.iter().map(|n| net_row(lang, n)) }</tbody>
                </table>
            </div>
            <p class="hint">{ t(lang, Msg::CmpNetNote) }</p>
            if c.kinds.exec {
                <CompareRadar rows={c.directions.clone()} name_a={r.name_a.clone()} name_b={r.name_b.clone()} />
            }
            if c.kinds.sme {
                <CompareBars parts={c.parts.clone()} name_a={r.name_a.clone()} name_b={r.name_b.clone()} />
            }
            <h3>{ t(lang, Msg::CompareItems) }{ format!(" ({})", r.items.len()) }</h3>
            if r.items.is_empty() {
                <p>{ t(lang, Msg::CompareNoItemChanges) }</p>
            } else {
                <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::CompareItems)}>
                    <table class="compare-table" id="compare-items">
                        <caption class="visually-hidden">{ t(lang, Msg::CompareItems) }</caption>
                        { head(lang, t(lang, Msg::CsvColItem), r) }
                        <tbody>{ for r.items.iter().map(|i| item_row(lang, i)) }</tbody>
                    </table>
                </div>
            }
        </div>
    }
}

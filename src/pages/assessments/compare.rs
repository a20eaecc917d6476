//! Comparison of two assessments of the same kind: overall and per-指示 deltas with both radars
//! overlaid, self-diagnosis totals and part subtotals as bars, and every item answered
//! differently.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::use_app;
use crate::components::bar_chart::{BarChart, BarDatum};
use crate::components::compare_radar::CompareRadar;
use crate::components::storage_banners::display_name;
use crate::hooks::assessment::use_assessments;
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::{model, AnswerKind, Id};
use crate::persist::compare::{compare, kinds};
use crate::persist::record::RecordId;

fn select_value(e: &Event) -> Option<RecordId> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .and_then(|s| RecordId::parse(&s.value()))
}

fn pct(v: Option<f64>) -> String {
    v.map(|v| format!("{}%", crate::format::fixed(v, 0)))
        .unwrap_or_else(|| "–".into())
}

fn delta_f(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b - a > 0.0 => format!("+{}", crate::format::fixed(b - a, 0)),
        (Some(a), Some(b)) => crate::format::fixed(b - a, 0),
        _ => "–".into(),
    }
}

fn delta_i(a: i32, b: i32) -> String {
    if b > a {
        format!("+{}", b - a)
    } else {
        (b - a).to_string()
    }
}

/// The text of an answerable item and the label of an answer, from the model.
fn item_text(id: &Id, lang: Lang) -> String {
    let m = model();
    m.meti_v3
        .a1
        .iter()
        .find(|i| i.id == *id)
        .map(|i| i.text.get(lang))
        .or_else(|| {
            m.meti_v3
                .a2
                .iter()
                .find(|i| i.id == *id)
                .map(|i| i.text.get(lang))
        })
        .or_else(|| m.self_check_item(id.as_str()).map(|i| i.question.get(lang)))
        .or_else(|| {
            m.actions()
                .iter()
                .find(|i| i.id == *id)
                .map(|i| i.title.get(lang))
        })
        .unwrap_or("")
        .to_string()
}

fn answer_label(k: Option<AnswerKind>, lang: Lang) -> String {
    let Some(k) = k else {
        return "–".into();
    };
    let m = model();
    m.exec_scale()
        .options
        .iter()
        .chain(&m.sme_scale().options)
        .find(|o| o.kind == k)
        .map(|o| o.label.unmarked(lang).to_string())
        .unwrap_or_default()
}

#[component]
pub fn ComparePanel() -> Html {
    let lang = use_app().lang;
    let lib = use_assessments();
    let a_id = use_state(|| None::<RecordId>);
    let b_id = use_state(|| None::<RecordId>);
    let m = model();

    let candidates: Vec<_> = lib
        .library
        .list("")
        .into_iter()
        .filter(|r| kinds(m, &r.assessment).any())
        .collect();
    let on_a = {
        let a_id = a_id.clone();
        Callback::from(move |e: Event| a_id.set(select_value(&e)))
    };
    let on_b = {
        let b_id = b_id.clone();
        Callback::from(move |e: Event| b_id.set(select_value(&e)))
    };
    let options = |selected: &Option<RecordId>| {
        html! {
            <>
                <option value="" selected={selected.is_none()}>{ t(lang, Msg::ChooseAssessment) }</option>
                { for candidates.iter().map(|r| html! {
                    <option key={r.id.to_string()} value={r.id.to_string()} selected={selected.as_ref() == Some(&r.id)}>
                        { format!("{} {}", display_name(&r.assessment.name, lang), r.assessment.date) }
                    </option>
                }) }
            </>
        }
    };

    let ra = a_id.as_ref().and_then(|id| lib.library.records.get(id));
    let rb = b_id.as_ref().and_then(|id| lib.library.records.get(id));
    let body = match (ra, rb) {
        (Some(ra), Some(rb)) => {
            let c = compare(m, &ra.assessment, &rb.assessment);
            let (name_a, name_b) = (
                display_name(&ra.assessment.name, lang),
                display_name(&rb.assessment.name, lang),
            );
            if !c.kinds.any() {
                html! { <p id="compare-mismatch" role="status">{ t(lang, Msg::CompareNotSameKind) }</p> }
            } else {
                let ((ta, ca), (tb, cb)) = c.sc_total;
                let bars: Vec<BarDatum> = c
                    .parts
                    .iter()
                    .flat_map(|p| {
                        [("A", p.a), ("B", p.b)].map(|(w, v)| BarDatum {
                            label: format!("{} {} {w}", t(lang, Msg::Part), p.number).into(),
                            value: f64::from(v),
                            max: f64::from(p.max),
                            text: format!("{v} / {}", p.max).into(),
                        })
                    })
                    .collect();
                html! {
                    <div id="compare-result">
                        <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::CompareOverall)}>
                            <table class="compare-table" id="compare-overall">
                                <caption>{ t(lang, Msg::CompareOverall) }</caption>
                                <thead><tr>
                                    <th scope="col">{ t(lang, Msg::CsvColSection) }</th>
                                    <th scope="col">{ format!("A: {name_a}") }</th>
                                    <th scope="col">{ format!("B: {name_b}") }</th>
                                    <th scope="col">{ t(lang, Msg::CompareDelta) }</th>
                                </tr></thead>
                                <tbody>
                                    if c.kinds.exec {
                                        <tr data-row="exec">
                                            <th scope="row">{ t(lang, Msg::A2Short) }</th>
                                            <td class="num">{ pct(c.exec_overall.0) }</td>
                                            <td class="num">{ pct(c.exec_overall.1) }</td>
                                            <td class="num" data-col="delta">{ delta_f(c.exec_overall.0, c.exec_overall.1) }</td>
                                        </tr>
                                    }
                                    if c.kinds.sme {
                                        <tr data-row="sme">
                                            <th scope="row">{ t(lang, Msg::SelfCheckTotal) }</th>
                                            <td class="num">{ format!("{ta}{}", if ca { "" } else { "*" }) }</td>
                                            <td class="num">{ format!("{tb}{}", if cb { "" } else { "*" }) }</td>
                                            <td class="num" data-col="delta">{ delta_i(ta, tb) }</td>
                                        </tr>
                                    }
                                </tbody>
                            </table>
                        </div>
                        if c.kinds.sme && !(ca && cb) {
                            <p class="hint">{ "* " }{ t(lang, Msg::ProvisionalShort) }</p>
                        }
                        if c.kinds.exec {
                            <CompareRadar rows={c.directions.clone()} name_a={name_a.clone()} name_b={name_b.clone()} />
                        }
                        if c.kinds.sme {
                            <BarChart id="compare-parts" title={t(lang, Msg::PartSubtotals)} bars={bars} />
                        }
                        <h3>{ t(lang, Msg::CompareItems) }{ format!(" ({})", c.items.len()) }</h3>
                        if c.items.is_empty() {
                            <p>{ t(lang, Msg::CompareNoItemChanges) }</p>
                        } else {
                            <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::CompareItems)}>
                                <table class="compare-table" id="compare-items">
                                    <thead><tr>
                                        <th scope="col">{ t(lang, Msg::CsvColItem) }</th>
                                        <th scope="col">{ "A" }</th>
                                        <th scope="col">{ "B" }</th>
                                    </tr></thead>
                                    <tbody>
                                        { for c.items.iter().map(|i| html! {
                                            <tr key={i.id.to_string()} data-item={i.id.to_string()}>
                                                <th scope="row"><code>{ i.id.to_string() }</code>{ " " }{ item_text(&i.id, lang) }</th>
                                                <td>{ answer_label(i.a, lang) }</td>
                                                <td>{ answer_label(i.b, lang) }</td>
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
                <select id="compare-a" onchange={on_a}>{ options(&a_id) }</select>
                <label for="compare-b">{ t(lang, Msg::CompareB) }</label>
                <select id="compare-b" onchange={on_b}>{ options(&b_id) }</select>
            </div>
            { body }
        </section>
    }
}

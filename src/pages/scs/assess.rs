//! Assessing one level's criteria (`#/scs/star3`: the 81 ★3 criteria; `#/scs/star4`: the 72 ★4
//! adds), grouped by category, with the progress and a filter (not yet answered, △, ✖). Each
//! criterion shows IPA's text exactly as read from the user's file, with its cell, marked as
//! IPA's; the mark is the workbook's own (○ / △ / ✖ / not answered), and the reason, evidence
//! and supplement are the workbook's columns P–R. What is shown is `vm::scs::groups`.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{level_code, level_msg, mark_msg, storage_notes};
use crate::hooks::scs::{use_scs, ScsHandle};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::route::Route;
use shindan_core::scs::{Answer, Criterion, Level, Mark};
use shindan_core::store::scs::ScsAction;
use shindan_core::vm::scs::{groups, progress, Filter};

#[derive(Properties, PartialEq)]
pub struct ScsAssessProps {
    pub level: Level,
}

fn filter_msg(f: Filter) -> Msg {
    match f {
        Filter::All => Msg::ScsSelfFilterAll,
        Filter::Unanswered => Msg::ScsSelfFilterUnanswered,
        Filter::Partly => Msg::ScsSelfFilterPartly,
        Filter::NotMet => Msg::ScsSelfFilterNotMet,
    }
}

#[component]
pub fn ScsAssessPage(props: &ScsAssessProps) -> Html {
    let lang = use_lang();
    let scs = use_scs();
    let filter = use_state(Filter::default);
    let level = props.level;
    let f = &scs.kept.value;
    let back = html! { <p class="no-print"><a href={Route::Scs.to_hash()}>{ "← " }{ t(lang, Msg::ScsSelfBack) }</a></p> };
    if f.workbook.is_none() {
        return html! {
            <div class="scs-page">
                <h1>{ t(lang, level_msg(level)) }</h1>
                { storage_notes(lang, &scs) }
                <p data-testid="scs-no-workbook">{ t(lang, Msg::ScsSelfNoWorkbook) }</p>
                { back }
            </div>
        };
    }
    let p = progress(f, level);
    let shown = groups(f, level, *filter);
    let filters = Filter::ALL.iter().map(|&fl| {
        let id = format!("scs-filter-{}", fl.code());
        let onchange = {
            let filter = filter.clone();
            Callback::from(move |_: Event| filter.set(fl))
        };
        html! {
            <label class="choice" for={id.clone()} key={fl.code()}>
                <input type="radio" name="scs-filter" id={id} checked={*filter == fl} {onchange} />
                { t(lang, filter_msg(fl)) }
            </label>
        }
    });
    html! {
        <div class="scs-page" data-testid={format!("scs-assess{}", level_code(level))}>
            <h1>{ t(lang, level_msg(level)) }</h1>
            { back }
            { storage_notes(lang, &scs) }
            if f.workbook.as_ref().is_some_and(|w| w.synthetic) {
                <p class="warn" data-testid="scs-synthetic">{ t(lang, Msg::ScsSelfSynthetic) }</p>
            }
            <p role="status" data-testid="scs-progress">
                { t(lang, Msg::ScsSelfAnswered) }{ format!(" {} / {}", p.answered, p.total) }
                { format!(" · ○ {} · △ {} · ✖ {}", p.met, p.partly, p.not_met) }
            </p>
            <progress class="scs-progress" max={p.total.to_string()} value={p.answered.to_string()} aria-label={t(lang, Msg::ScsSelfAnswered)}></progress>
            <fieldset class="choices scs-filter">
                <legend>{ t(lang, Msg::ScsSelfFilter) }</legend>
                { for filters }
            </fieldset>
            if shown.is_empty() {
                <p data-testid="scs-none-shown">{ t(lang, Msg::ScsSelfNoneShown) }</p>
            }
            { for shown.iter().map(|g| html! {
                <section key={g.category} aria-labelledby={format!("scs-g{}", g.category)} data-testid={format!("scs-group{}", g.category)}>
                    <h2 id={format!("scs-g{}", g.category)}>
                        <span lang="ja">{ format!("{} {}", g.category, g.name) }</span>
                        { format!(" — ○ {} / {}", g.met, g.total) }
                    </h2>
                    { for g.criteria.iter().map(|c| criterion(lang, &scs, c)) }
                </section>
            }) }
        </div>
    }
}

/// One criterion: IPA's text with its cell, the mark, the three texts.
fn criterion(lang: Lang, scs: &ScsHandle, c: &Criterion) -> Html {
    let a: Answer = scs
        .kept
        .value
        .answers
        .get(&c.id)
        .cloned()
        .unwrap_or_default();
    let read_only = scs.kept.read_only;
    let key = c.id.clone();
    let marks = Mark::ALL.iter().map(|&m| {
        let id = format!("scs-{}-{}", c.id, m.code());
        let onchange = {
            let (scs, cid) = (scs.clone(), c.id.clone());
            Callback::from(move |_: Event| scs.edit(ScsAction::Mark(cid.clone(), m)))
        };
        html! {
            <label class="choice" for={id.clone()} key={m.code()}>
                <input type="radio" name={format!("scs-mark-{}", c.id)} id={id} value={m.code()}
                    checked={a.mark == m} disabled={read_only} {onchange} />
                { t(lang, mark_msg(m)) }
            </label>
        }
    });
    let text = |field: &'static str,
                msg: Msg,
                value: &str,
                make: fn(String, String) -> ScsAction| {
        let id = format!("scs-{}-{}", c.id, field);
        let onchange = {
            let (scs, cid) = (scs.clone(), c.id.clone());
            Callback::from(move |e: Event| {
                let v = e
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
                    .map(|t| t.value())
                    .or_else(|| {
                        e.target()
                            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                            .map(|i| i.value())
                    });
                if let Some(v) = v {
                    scs.edit(make(cid.clone(), v));
                }
            })
        };
        html! {
            <div class="field">
                <label for={id.clone()}>{ t(lang, msg) }</label>
                <textarea id={id} rows="2" value={value.to_owned()} disabled={read_only} {onchange} />
            </div>
        }
    };
    let has_text = !(a.note.is_empty() && a.evidence.is_empty() && a.supplement.is_empty());
    html! {
        <article class="scs-criterion" key={key} id={format!("c-{}", c.id)} data-testid={format!("scs-c-{}", c.id)} data-mark={a.mark.code()}>
            <h3>{ &c.id }</h3>
            <figure class="scs-official">
                <figcaption class="badge badge-official">{ tn(lang, Msg::ScsSelfOfficial, c.text_cell()) }</figcaption>
                <blockquote lang="ja" data-testid="scs-text">{ c.text() }</blockquote>
                <p class="small">{ t(lang, Msg::ScsSelfRequirement) }{ " " }<span lang="ja">{ c.requirement_id() }{ " " }{ c.requirement_name() }</span></p>
            </figure>
            <fieldset class="choices scs-marks">
                <legend>{ t(lang, Msg::ScsSelfMark) }</legend>
                { for marks }
            </fieldset>
            <details open={has_text}>
                <summary>{ t(lang, Msg::ScsSelfNote) }{ " · " }{ t(lang, Msg::ScsSelfEvidence) }</summary>
                { text("note", Msg::ScsSelfNote, &a.note, ScsAction::Note) }
                { text("evidence", Msg::ScsSelfEvidence, &a.evidence, ScsAction::Evidence) }
                { text("supplement", Msg::ScsSelfSupplement, &a.supplement, ScsAction::Supplement) }
            </details>
        </article>
    }
}

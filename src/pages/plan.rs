//! `#/plan`: the action plan of the open assessment — seeded from the ranked gap list and the
//! model's 対策例 (`shindan_core::assessment::plan`), each action with owner, due date, status and the
//! 指示 / A-2 item it addresses. Saved with the assessment (it is part of `Assessment`), exported
//! as CSV (UTF-8 with BOM) and printable as a table.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::door::files::today;
use crate::hooks::download::{use_download, Export};
use crate::hooks::store::{use_assessment, use_edit};
use crate::hooks::use_lang;
use shindan_core::assessment::plan::{own_item, seed, status_counts, to_csv};
use shindan_core::assessment::{Action, Assessment, PlanAction, PlanField, PlanItem, PlanStatus};
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Id, Model};
use shindan_core::route::Route;

use super::report::{direction_title, meta_block, report_nav, PrintButton};

/// Sends a plan action to the open assessment (through the store, so it is saved).
#[hook]
fn use_plan_dispatch() -> Callback<PlanAction> {
    use_edit(|p: PlanAction| Some(Action::Plan(p)))
}

fn item_label(m: &Model, id: &Id, lang: Lang) -> String {
    format!(
        "{} {}",
        shindan_core::assessment::plan::item_label(m, id),
        shindan_core::assessment::plan::item_text(m, id, lang)
    )
}

/// The plan as a read-only table (print, and the detailed report).
pub fn plan_table(lang: Lang, m: &Model, a: &Assessment) -> Html {
    html! {
        <table class="report-items plan-table" data-testid="plan-table">
            <caption>{ t(lang, Msg::PlanTitle) }</caption>
            <thead><tr>
                <th scope="col">{ t(lang, Msg::Direction) }</th>
                <th scope="col">{ t(lang, Msg::PlanColAction) }</th>
                <th scope="col">{ t(lang, Msg::PlanColOwner) }</th>
                <th scope="col">{ t(lang, Msg::PlanColDue) }</th>
                <th scope="col">{ t(lang, Msg::PlanColStatus) }</th>
            </tr></thead>
            <tbody>
                { for a.plan.iter().map(|p| html! {
                    <tr key={p.id.clone()} data-plan={p.id.clone()}>
                        <td>{ shindan_core::assessment::plan::direction_label(m, &p.direction, lang) }
                            if let Some(i) = &p.item { { format!(" ({})", shindan_core::assessment::plan::item_label(m, i)) } }
                        </td>
                        <td>{ p.text(m, lang) }</td>
                        <td>{ p.owner.clone() }</td>
                        <td class="num">{ shindan_core::format::date(lang, &p.due) }</td>
                        <td data-status={p.status.code()}>{ p.status.label(lang) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
struct PlanEntryProps {
    item: PlanItem,
    index: usize,
    on_action: Callback<PlanAction>,
}

#[component]
fn PlanEntry(props: &PlanEntryProps) -> Html {
    let lang = use_lang();
    let m = model();
    let p = &props.item;
    let base = format!("plan-{}", p.id);
    let set = |field: PlanField| {
        let on = props.on_action.clone();
        let id = p.id.clone();
        move |value: String| on.emit(PlanAction::Set(id.clone(), field, value))
    };
    let on_text = {
        let f = set(PlanField::Action);
        Callback::from(move |e: Event| f(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let on_owner = {
        let f = set(PlanField::Owner);
        Callback::from(move |e: Event| f(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_due = {
        let f = set(PlanField::Due);
        Callback::from(move |e: Event| f(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_item = {
        let f = set(PlanField::Item);
        Callback::from(move |e: Event| f(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_direction = {
        let f = set(PlanField::Direction);
        Callback::from(move |e: Event| f(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_status = {
        let on = props.on_action.clone();
        let id = p.id.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(s) = PlanStatus::from_code(&v) {
                on.emit(PlanAction::Status(id.clone(), s));
            }
        })
    };
    let on_remove = {
        let on = props.on_action.clone();
        let id = p.id.clone();
        Callback::from(move |_| on.emit(PlanAction::Remove(id.clone())))
    };
    let heading_id = format!("{base}-title");
    let seeded = p.seeded();
    let from_self_check = p
        .item
        .as_ref()
        .is_some_and(|i| m.self_check_item(i.as_str()).is_some());
    let text = p.text(m, lang);
    html! {
        <li class="plan-item" data-plan={p.id.clone()} data-status={p.status.code()}>
            <h3 id={heading_id}>{ format!("{}. {}", props.index + 1, direction_title(lang, m, &p.direction)) }</h3>
            <div class="plan-grid">
                <div class="field wide">
                    <label for={format!("{base}-action")}>{ t(lang, Msg::PlanColAction) }
                        if seeded && p.action.is_empty() { <span class="note">{ format!(" ({})", t(lang, Msg::PlanFromModel)) }</span> }
                    </label>
                    <textarea id={format!("{base}-action")} rows="2" value={text} onchange={on_text} />
                </div>
                if !seeded {
                    <div class="field">
                        <label for={format!("{base}-direction")}>{ t(lang, Msg::Direction) }</label>
                        <select id={format!("{base}-direction")} onchange={on_direction}>
                            { for m.directions().iter().map(|d| html! {
                                <option value={d.id.to_string()} selected={d.id == p.direction}>{ format!("{} {}", d.label.get(lang), d.title.get(lang)) }</option>
                            }) }
                        </select>
                    </div>
                }
                if from_self_check {
                    <p class="field" data-testid="plan-sc-item">{ p.item.as_ref().map(|i| item_label(m, i, lang)).unwrap_or_default() }</p>
                } else {
                <div class="field">
                    <label for={format!("{base}-item")}>{ t(lang, Msg::PlanColItem) }</label>
                    <select id={format!("{base}-item")} onchange={on_item}>
                        <option value="" selected={p.item.is_none()}>{ t(lang, Msg::PlanNoItem) }</option>
                        { for m.a2_items(p.direction.as_str()).map(|i| html! {
                            <option value={i.id.to_string()} selected={p.item.as_ref() == Some(&i.id)}>{ item_label(m, &i.id, lang) }</option>
                        }) }
                    </select>
                </div>
                }
                <div class="field">
                    <label for={format!("{base}-owner")}>{ t(lang, Msg::PlanColOwner) }</label>
                    <input type="text" id={format!("{base}-owner")} value={p.owner.clone()} onchange={on_owner} autocomplete="off" />
                </div>
                <div class="field">
                    <label for={format!("{base}-due")}>{ t(lang, Msg::PlanColDue) }</label>
                    <input type="date" id={format!("{base}-due")} value={p.due.clone()} onchange={on_due} />
                </div>
                <div class="field">
                    <label for={format!("{base}-status")}>{ t(lang, Msg::PlanColStatus) }</label>
                    <select id={format!("{base}-status")} onchange={on_status}>
                        { for PlanStatus::ALL.iter().map(|s| html! {
                            <option value={s.code()} selected={*s == p.status}>{ s.label(lang) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <p class="plan-remove"><button type="button" class="secondary" onclick={on_remove}>{ t(lang, Msg::PlanRemove) }</button></p>
        </li>
    }
}

/// `#/plan`.
#[component]
pub fn PlanPage() -> Html {
    let lang = use_lang();
    let a = use_assessment();
    let dispatch = use_plan_dispatch();
    let export_error = use_state(|| None::<String>);
    let downloader = use_download();
    let m = model();
    let cur = &*a.current;
    let offer = seed(m, cur);
    let counts = status_counts(&cur.plan);

    let on_seed = {
        let dispatch = dispatch.clone();
        let offer = offer.clone();
        Callback::from(move |_| dispatch.emit(PlanAction::Add(offer.clone())))
    };
    let on_own = {
        let dispatch = dispatch.clone();
        let plan = cur.plan.clone();
        let first = shindan_core::assessment::ranked_gaps(m, cur)
            .first()
            .map(|g| g.direction.clone())
            .or_else(|| m.directions().first().map(|d| d.id.clone()))
            .unwrap_or_else(|| Id::from("v3.d1"));
        Callback::from(move |_| {
            dispatch.emit(PlanAction::Add(vec![own_item(&plan, first.clone())]))
        })
    };
    let on_csv = {
        let current = a.current.clone();
        let export_error = export_error.clone();
        let downloader = downloader.clone();
        Callback::from(move |_| {
            let text = to_csv(model(), &current, lang);
            export_error.set(
                downloader
                    .save(
                        Export::PlanCsv,
                        &shindan_core::assessment::file_name("plan", &current, &today(), "csv"),
                        "text/csv;charset=utf-8",
                        &text,
                    )
                    .err(),
            );
        })
    };

    html! {
        <div class="report plan-page">
            { report_nav(lang, Route::Plan) }
            <h1>{ t(lang, Msg::PlanTitle) }</h1>
            { meta_block(lang, cur) }
            <p class="no-print">{ t(lang, Msg::PlanIntro) }</p>
            <p class="plan-counts" data-testid="plan-counts">
                { for PlanStatus::ALL.iter().zip(counts).map(|(s, n)| html! {
                    <span class="plan-count" data-status={s.code()}>{ format!("{}: {n}", s.label(lang)) }</span>
                }) }
            </p>
            <div class="report-actions no-print">
                <button type="button" id="plan-seed" onclick={on_seed} disabled={offer.is_empty()}>
                    { format!("{} ({})", t(lang, Msg::PlanSeed), offer.len()) }
                </button>
                <button type="button" id="plan-add" class="secondary" onclick={on_own}>{ t(lang, Msg::PlanAddOwn) }</button>
                <button type="button" id="plan-csv" class="secondary" onclick={on_csv} disabled={cur.plan.is_empty()}>{ t(lang, Msg::PlanExportCsv) }</button>
                <PrintButton id="plan-print" />
            </div>
            if offer.is_empty() && cur.plan.is_empty() {
                <p class="note" data-testid="plan-nothing">{ t(lang, Msg::PlanNothingToSeed) }
                    <a href={Route::Executive.to_hash()}>{ t(lang, Msg::NavExecutive) }</a>
                </p>
            }
            if let Some(e) = &*export_error {
                <p class="warn" role="alert">{ format!("{} {e}", t(lang, Msg::ReportExportFailed)) }</p>
            }
            <p class="note no-print">{ t(lang, Msg::PlanSavedWithAssessment) }</p>
            if !cur.plan.is_empty() {
                <h2 class="no-print">{ t(lang, Msg::PlanListTitle) }</h2>
                <ol class="plan-list no-print" data-testid="plan-list">
                    { for cur.plan.iter().enumerate().map(|(i, p)| html! {
                        <PlanEntry key={p.id.clone()} item={p.clone()} index={i} on_action={dispatch.clone()} />
                    }) }
                </ol>
                <div class="print-only">{ plan_table(lang, m, cur) }</div>
            }
        </div>
    }
}

//! "My assessments": every stored assessment — list, filter by organisation, open, rename,
//! duplicate, delete with undo — plus comparison of two, backup files (export / import / CSV)
//! and the storage status. Deleting is undone in the page (never `window.confirm`). What the
//! list shows and sends is decided by its view-model (`shindan_core::vm::assessments`).

use yew::prelude::*;

use crate::hooks::download;
use crate::hooks::store::{use_assessments, use_storage_status, AssessmentsHandle};
use crate::hooks::use_lang;
use crate::hooks::vm::use_vm;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::model;
use shindan_core::store::library::Library;
use shindan_core::store::StorageStatus;
use shindan_core::vm::assessments::{
    persistence, storage_summary, undo_name, ListCommand, ListEvent, ListState, Row,
};

mod backup;
mod compare;

/// Local date and time of `ms` (YYYY-MM-DD HH:MM).
fn when(ms: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

fn input_value(e: &Event) -> String {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Carries out what the list asks for.
fn run(cmd: ListCommand, lib: &AssessmentsHandle, downloader: &download::Downloader) {
    match cmd {
        ListCommand::New => {
            lib.create();
        }
        ListCommand::Open(id) => lib.open(id),
        ListCommand::Rename(id, name) => lib.rename(id, name),
        ListCommand::Duplicate(id) => {
            lib.duplicate(id);
        }
        ListCommand::ExportBackup(id) => {
            let _ = download::export_backup(lib, Some(std::slice::from_ref(&id)), None, downloader);
        }
        ListCommand::ExportCsv(id) => {
            let _ = download::export_csv(lib, Some(std::slice::from_ref(&id)), downloader);
        }
        ListCommand::Delete(id) => lib.delete(id),
        ListCommand::Undo => lib.undo_delete(),
    }
}

/// The page: the list with its toolbar (new, filter) and the undo bar, the comparison, the
/// backup files and the storage status.
#[component]
pub fn AssessmentsPage() -> Html {
    let lang = use_lang();
    let lib = use_assessments();
    let status = use_storage_status();
    let vm = use_vm(ListState::default);
    let downloader = download::use_download();
    let send = {
        let (vm, lib) = (vm.clone(), lib.clone());
        Callback::from(move |e: ListEvent| {
            if let Some(cmd) = vm.send(e) {
                run(cmd, &lib, &downloader);
            }
        })
    };
    let on = |e: ListEvent| send.reform(move |_: MouseEvent| e.clone());
    let rows = vm.rows(model(), &lib.library, lang);
    let orgs = lib.library.organisations();

    html! {
        <>
        <h1>{ t(lang, Msg::NavAssessments) }</h1>
        <p>{ t(lang, Msg::AssessmentsIntro) }</p>
        <p><a href={shindan_core::route::Route::Partners.to_hash()} id="to-partners">{ t(lang, Msg::PartnersLink) }{ " →" }</a></p>
        <p><a href={shindan_core::route::Route::Scs.to_hash()} id="to-scs">{ t(lang, Msg::ScsLinkFromPages) }{ " →" }</a></p>
        <section aria-labelledby="list-title" class="assessment-list-section">
            <h2 id="list-title">{ t(lang, Msg::AssessmentsList) }</h2>
            <div class="toolbar">
                <button type="button" id="new-assessment" onclick={on(ListEvent::New)}>{ t(lang, Msg::NewAssessment) }</button>
                <label for="assessment-filter">{ t(lang, Msg::FilterByOrganisation) }</label>
                <input id="assessment-filter" type="search" list="organisations" value={vm.filter.clone()}
                    oninput={send.reform(|e: InputEvent| ListEvent::Filter(input_value(&e)))} />
                <datalist id="organisations">
                    { for orgs.iter().map(|o| html! { <option value={o.clone()} /> }) }
                </datalist>
            </div>
            <p role="status" id="undo-bar" class="undo-bar">
                if let Some(name) = undo_name(&lib.library, lang) {
                    { t(lang, Msg::Deleted) }{ name }{ " " }
                    <button type="button" id="undo-delete" onclick={on(ListEvent::Undo)}>{ t(lang, Msg::Undo) }</button>
                }
            </p>
            <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::AssessmentsTable)}>
                <table class="assessment-list" id="assessment-list">
                    <thead><tr>
                        <th scope="col">{ t(lang, Msg::MetaName) }</th>
                        <th scope="col">{ t(lang, Msg::MetaDate) }</th>
                        <th scope="col">{ t(lang, Msg::MetaAssessor) }</th>
                        <th scope="col">{ t(lang, Msg::Answered) }</th>
                        <th scope="col">{ t(lang, Msg::LastChanged) }</th>
                        <th scope="col">{ t(lang, Msg::Actions) }</th>
                    </tr></thead>
                    <tbody>{ for rows.iter().map(|r| row_view(lang, r, &send)) }</tbody>
                </table>
            </div>
            <p class="hint">{ t(lang, Msg::OpenHint) }</p>
        </section>
        <compare::ComparePanel />
        <backup::BackupPanel />
        { storage_view(lang, &lib.library, &status) }
        </>
    }
}

/// One assessment's row: name with its badges (and the rename form when open), date,
/// assessor, progress, last change, and its actions.
fn row_view(lang: Lang, r: &Row, send: &Callback<ListEvent>) -> Html {
    let on = |e: ListEvent| send.reform(move |_: MouseEvent| e.clone());
    let id = r.id.clone();
    let name = &r.name;
    let label = |m: Msg| format!("{}: {name}", t(lang, m));
    html! {
        <tr key={r.id.to_string()} data-id={r.id.to_string()} class={classes!(r.open.then_some("is-open"))}>
            <th scope="row">
                <span class="assessment-name">{ name.clone() }</span>
                if r.open { { " " }<span class="badge">{ t(lang, Msg::OpenNow) }</span> }
                if r.conflict_copy { { " " }<span class="badge warn">{ t(lang, Msg::ConflictCopy) }</span> }
                if r.not_saved { { " " }<span class="badge">{ t(lang, Msg::NotSavedYet) }</span> }
                if let Some(value) = r.renaming.clone() { { rename_form(lang, value, send) } }
            </th>
            // data-label: the column's name, shown before the value when the row is a card
            // (narrow screens, style/main.css).
            <td data-label={t(lang, Msg::MetaDate)}>{ r.date.clone() }</td>
            <td data-label={t(lang, Msg::MetaAssessor)}>{ r.assessor.clone() }</td>
            <td class="num progress" data-label={t(lang, Msg::Answered)}>{ r.progress.clone() }</td>
            <td data-label={t(lang, Msg::LastChanged)}>{ when(r.updated) }</td>
            <td class="actions">
                <button type="button" class="act-open" disabled={r.open} onclick={on(ListEvent::Open(id.clone()))}
                    aria-label={label(Msg::Open)}>{ t(lang, Msg::Open) }</button>
                <button type="button" class="secondary act-rename" onclick={on(ListEvent::StartRename(id.clone(), r.raw_name.clone()))}
                    aria-label={label(Msg::Rename)}>{ t(lang, Msg::Rename) }</button>
                <button type="button" class="secondary act-duplicate" onclick={on(ListEvent::Duplicate(id.clone()))}
                    aria-label={label(Msg::Duplicate)}>{ t(lang, Msg::Duplicate) }</button>
                <button type="button" class="secondary act-export" onclick={on(ListEvent::ExportOne(id.clone()))}
                    aria-label={label(Msg::ExportOne)}>{ t(lang, Msg::ExportOne) }</button>
                <button type="button" class="secondary act-csv" onclick={on(ListEvent::ExportCsv(id.clone()))}
                    aria-label={format!("CSV: {name}")}>{ "CSV" }</button>
                <button type="button" class="danger act-delete" onclick={on(ListEvent::Delete(id))}
                    aria-label={label(Msg::Delete)}>{ t(lang, Msg::Delete) }</button>
            </td>
        </tr>
    }
}

fn rename_form(lang: Lang, value: String, send: &Callback<ListEvent>) -> Html {
    let on_submit = send.reform(|e: SubmitEvent| {
        e.prevent_default();
        ListEvent::SaveName
    });
    html! {
        <form class="rename-form" onsubmit={on_submit}>
            <label for="rename-input">{ t(lang, Msg::MetaName) }</label>
            <input id="rename-input" type="text" value={value}
                oninput={send.reform(|e: InputEvent| ListEvent::EditName(input_value(&e)))} />
            <button type="submit" id="rename-save">{ t(lang, Msg::Save) }</button>
            <button type="button" class="secondary" onclick={send.reform(|_: MouseEvent| ListEvent::CancelRename)}>{ t(lang, Msg::DeleteCancel) }</button>
        </form>
    }
}

/// How much is stored, and whether the browser keeps it when space runs short.
fn storage_view(lang: Lang, library: &Library, status: &StorageStatus) -> Html {
    let summary = storage_summary(library);
    html! {
        <section aria-labelledby="storage-title">
            <h2 id="storage-title">{ t(lang, Msg::StorageStatusTitle) }</h2>
            if status.available {
                <p id="storage-summary">
                    { t(lang, Msg::StorageSummary) }{ summary.stored.to_string() }{ " / " }{ summary.size }
                </p>
                <p id="persistence-status">{ t(lang, persistence(status.persistent)) }</p>
            } else {
                <p>{ t(lang, Msg::StorageUnavailable) }</p>
            }
        </section>
    }
}

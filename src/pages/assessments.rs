//! "My assessments": every stored assessment — list, filter by organisation, open, rename,
//! duplicate, delete with undo — plus comparison of two, backup files (export / import / CSV)
//! and the storage status. Deleting is undone in the page (never `window.confirm`).

use yew::prelude::*;

use crate::components::storage_banners::display_name;
use crate::hooks::download;
use crate::hooks::store::use_assessments;
use crate::hooks::store::use_storage_status;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::storage::record::RecordId;

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

/// 「中小企業 30 / 37 · 経営者 12 / 49」: each started part's progress with its total
/// (`assessment::figures`), both when nothing is started.
fn progress_text(
    lang: shindan_core::lang::Lang,
    a: &shindan_core::assessment::Assessment,
) -> String {
    let m = shindan_core::model::model();
    let parts = [
        (
            Msg::ProgressSme,
            shindan_core::assessment::sme_progress(m, a),
        ),
        (
            Msg::ProgressExec,
            shindan_core::assessment::exec_progress(m, a),
        ),
    ];
    let any = parts.iter().any(|(_, p)| p.started());
    parts
        .iter()
        .filter(|(_, p)| !any || p.started())
        .map(|(label, p)| format!("{} {}", t(lang, *label), p.text()))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn input_value(e: &Event) -> String {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

#[component]
pub fn AssessmentsPage() -> Html {
    let lang = use_lang();
    let lib = use_assessments();
    let status = use_storage_status();
    let filter = use_state(String::new);
    let renaming = use_state(|| None::<(RecordId, String)>);
    let downloader = download::use_download();

    let library = lib.library.clone();
    let rows = library.list(&filter);
    let orgs = library.organisations();

    let on_new = {
        let lib = lib.clone();
        Callback::from(move |_: MouseEvent| {
            lib.create();
        })
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| filter.set(input_value(&e)))
    };
    let on_undo = {
        let lib = lib.clone();
        Callback::from(move |_: MouseEvent| lib.undo_delete())
    };

    let row = |r: &shindan_core::storage::record::Record| {
        let id = r.id.clone();
        let name = display_name(&r.assessment.name, lang);
        let is_open = library.open == r.id;
        let answered = progress_text(lang, &r.assessment);
        let act = |f: fn(&crate::hooks::store::AssessmentsHandle, RecordId)| {
            let lib = lib.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| f(&lib, id.clone()))
        };
        let on_open = act(|l, id| l.open(id));
        let on_dup = act(|l, id| {
            l.duplicate(id);
        });
        let on_delete = act(|l, id| l.delete(id));
        let on_export = {
            let lib = lib.clone();
            let id = id.clone();
            let downloader = downloader.clone();
            Callback::from(move |_: MouseEvent| {
                let _ = download::export_backup(
                    &lib,
                    Some(std::slice::from_ref(&id)),
                    None,
                    &downloader,
                );
            })
        };
        let on_csv = {
            let lib = lib.clone();
            let id = id.clone();
            let downloader = downloader.clone();
            Callback::from(move |_: MouseEvent| {
                let _ = download::export_csv(&lib, Some(std::slice::from_ref(&id)), &downloader);
            })
        };
        let on_rename = {
            let renaming = renaming.clone();
            let id = id.clone();
            let current = r.assessment.name.clone();
            Callback::from(move |_: MouseEvent| renaming.set(Some((id.clone(), current.clone()))))
        };
        let editing = renaming
            .as_ref()
            .filter(|(rid, _)| *rid == r.id)
            .map(|(_, v)| v.clone());
        let rename_form = editing.map(|value| {
            let on_input = {
                let renaming = renaming.clone();
                let id = id.clone();
                Callback::from(move |e: InputEvent| renaming.set(Some((id.clone(), input_value(&e)))))
            };
            let on_submit = {
                let renaming = renaming.clone();
                let lib = lib.clone();
                let id = id.clone();
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    if let Some((_, v)) = &*renaming {
                        lib.rename(id.clone(), v.clone());
                    }
                    renaming.set(None);
                })
            };
            let on_cancel = {
                let renaming = renaming.clone();
                Callback::from(move |_: MouseEvent| renaming.set(None))
            };
            html! {
                <form class="rename-form" onsubmit={on_submit}>
                    <label for="rename-input">{ t(lang, Msg::MetaName) }</label>
                    <input id="rename-input" type="text" value={value} oninput={on_input} />
                    <button type="submit" id="rename-save">{ t(lang, Msg::Save) }</button>
                    <button type="button" class="secondary" onclick={on_cancel}>{ t(lang, Msg::DeleteCancel) }</button>
                </form>
            }
        });
        html! {
            <tr key={r.id.to_string()} data-id={r.id.to_string()} class={classes!(is_open.then_some("is-open"))}>
                <th scope="row">
                    <span class="assessment-name">{ name.clone() }</span>
                    if is_open { { " " }<span class="badge">{ t(lang, Msg::OpenNow) }</span> }
                    if r.conflict_of.is_some() { { " " }<span class="badge warn">{ t(lang, Msg::ConflictCopy) }</span> }
                    if r.revision == 0 { { " " }<span class="badge">{ t(lang, Msg::NotSavedYet) }</span> }
                    { rename_form.unwrap_or_default() }
                </th>
                // data-label: the column's name, shown before the value when the row is a card
                // (narrow screens, style/main.css).
                <td data-label={t(lang, Msg::MetaDate)}>{ r.assessment.date.clone() }</td>
                <td data-label={t(lang, Msg::MetaAssessor)}>{ r.assessment.assessor.clone() }</td>
                <td class="num progress" data-label={t(lang, Msg::Answered)}>{ answered }</td>
                <td data-label={t(lang, Msg::LastChanged)}>{ when(r.updated) }</td>
                <td class="actions">
                    <button type="button" class="act-open" disabled={is_open} onclick={on_open}
                        aria-label={format!("{}: {name}", t(lang, Msg::Open))}>{ t(lang, Msg::Open) }</button>
                    <button type="button" class="secondary act-rename" onclick={on_rename}
                        aria-label={format!("{}: {name}", t(lang, Msg::Rename))}>{ t(lang, Msg::Rename) }</button>
                    <button type="button" class="secondary act-duplicate" onclick={on_dup}
                        aria-label={format!("{}: {name}", t(lang, Msg::Duplicate))}>{ t(lang, Msg::Duplicate) }</button>
                    <button type="button" class="secondary act-export" onclick={on_export}
                        aria-label={format!("{}: {name}", t(lang, Msg::ExportOne))}>{ t(lang, Msg::ExportOne) }</button>
                    <button type="button" class="secondary act-csv" onclick={on_csv}
                        aria-label={format!("CSV: {name}")}>{ "CSV" }</button>
                    <button type="button" class="danger act-delete" onclick={on_delete}
                        aria-label={format!("{}: {name}", t(lang, Msg::Delete))}>{ t(lang, Msg::Delete) }</button>
                </td>
            </tr>
        }
    };

    let stored = library.records.values().filter(|r| r.revision > 0).count();
    let bytes: usize = library
        .records
        .values()
        .filter(|r| r.revision > 0)
        .map(|r| r.to_json().len())
        .sum();

    html! {
        <>
            <h1>{ t(lang, Msg::NavAssessments) }</h1>
            <p>{ t(lang, Msg::AssessmentsIntro) }</p>
            <p><a href={shindan_core::route::Route::Partners.to_hash()} id="to-partners">{ t(lang, Msg::PartnersLink) }{ " →" }</a></p>

            <section aria-labelledby="list-title" class="assessment-list-section">
                <h2 id="list-title">{ t(lang, Msg::AssessmentsList) }</h2>
                <div class="toolbar">
                    <button type="button" id="new-assessment" onclick={on_new}>{ t(lang, Msg::NewAssessment) }</button>
                    <label for="assessment-filter">{ t(lang, Msg::FilterByOrganisation) }</label>
                    <input id="assessment-filter" type="search" list="organisations" value={(*filter).clone()} oninput={on_filter} />
                    <datalist id="organisations">
                        { for orgs.iter().map(|o| html! { <option value={o.clone()} /> }) }
                    </datalist>
                </div>
                <p role="status" id="undo-bar" class="undo-bar">
                    if let Some(r) = &library.trash {
                        { t(lang, Msg::Deleted) }{ display_name(&r.assessment.name, lang) }{ " " }
                        <button type="button" id="undo-delete" onclick={on_undo}>{ t(lang, Msg::Undo) }</button>
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
                        <tbody>{ for rows.iter().map(|r| row(r)) }</tbody>
                    </table>
                </div>
                <p class="hint">{ t(lang, Msg::OpenHint) }</p>
            </section>

            <compare::ComparePanel />

            <backup::BackupPanel />

            <section aria-labelledby="storage-title">
                <h2 id="storage-title">{ t(lang, Msg::StorageStatusTitle) }</h2>
                if status.available {
                    <p id="storage-summary">
                        { t(lang, Msg::StorageSummary) }{ stored.to_string() }{ " / " }
                        { format!("{} kB", shindan_core::format::fixed(bytes as f64 / 1000.0, 1)) }
                    </p>
                    <p id="persistence-status">
                        { match status.persistent {
                            Some(true) => t(lang, Msg::PersistGranted),
                            Some(false) => t(lang, Msg::PersistDenied),
                            None => t(lang, Msg::PersistUnknown),
                        } }
                    </p>
                } else {
                    <p>{ t(lang, Msg::StorageUnavailable) }</p>
                }
            </section>
        </>
    }
}

//! The storage banners under the header: unreadable data set aside (with a download of the
//! original bytes), data of a newer version (read-only), a migration that could not be
//! written yet, a refused save (with an export), two-tab conflicts, and the backup reminder.

use yew::prelude::*;

use crate::hooks::download;
use crate::hooks::store::use_storage_status;
use crate::hooks::store::{self, StoredMigration as Migration};
use crate::hooks::store::{now, use_assessments, use_partner_side, use_supply};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};

fn name_or_untitled(name: &str, lang: shindan_core::lang::Lang) -> String {
    if name.trim().is_empty() {
        t(lang, Msg::Untitled).to_string()
    } else {
        name.to_string()
    }
}

#[component]
pub fn StorageBanners() -> Html {
    let lang = use_lang();
    let status = use_storage_status();
    let lib = use_assessments();
    let supply = use_supply().supply;
    let responder = use_partner_side().side.responder;
    let export_error = use_state(|| false);
    let downloader = download::use_download();

    let on_export = {
        let lib = lib.clone();
        let export_error = export_error.clone();
        let downloader = downloader.clone();
        Callback::from(move |_: MouseEvent| {
            let part = download::SupplyPart {
                register: &supply.value,
                responder,
                with_workbook: false,
            };
            export_error.set(download::export_backup(&lib, None, Some(part), &downloader).is_err());
        })
    };
    let download_raw = |key: String| {
        let downloader = downloader.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(raw) = store::raw(&key) {
                let _ = downloader.save(
                    download::Export::Unreadable,
                    &format!("{key}.txt"),
                    "text/plain",
                    &raw,
                );
            }
        })
    };
    let reminder =
        status.available && !status.save_failed && !lib.library.needs_backup(now()).is_empty();

    html! {
        <>
            if !status.quarantined.is_empty() {
                <div class="banner warn" role="alert" id="quarantine-notice">
                    <p>{ t(lang, Msg::StoredDataUnreadable) }</p>
                    <ul>
                        { for status.quarantined.iter().map(|k| html! {
                            <li key={k.clone()}>
                                <code>{ k.clone() }</code>{ " " }
                                <button type="button" class="secondary quarantine-download" data-key={k.clone()}
                                    onclick={download_raw(k.clone())}>
                                    { t(lang, Msg::DownloadUnreadable) }
                                </button>
                            </li>
                        }) }
                    </ul>
                </div>
            }
            if !status.stuck.is_empty() {
                <p class="banner warn" role="alert" id="stuck-notice">
                    { t(lang, Msg::StoredDataStuck) }
                    { for status.stuck.iter().map(|k| html! { <><code>{ k.clone() }</code>{ " " }</> }) }
                </p>
            }
            if !status.newer.is_empty() {
                <div class="banner warn" role="alert" id="newer-notice">
                    <p>{ t(lang, Msg::NewerData) }</p>
                    <ul>
                        { for status.newer.iter().map(|n| html! {
                            <li key={n.key.clone()}>
                                if let Some(name) = &n.name { { format!("{name} ") } }
                                <code>{ n.key.clone() }</code>
                            </li>
                        }) }
                    </ul>
                </div>
            }
            if status.migration == Some(Migration::Pending) {
                <p class="banner warn" role="alert" id="migration-pending">{ t(lang, Msg::MigrationPending) }</p>
            }
            if status.save_failed {
                <div class="banner warn" role="alert" id="save-error">
                    <p>{ t(lang, Msg::SaveFailed) }</p>
                    <button type="button" id="save-error-export" onclick={on_export.clone()}>
                        { t(lang, Msg::ExportBackupNow) }
                    </button>
                </div>
            }
            if !status.conflicts.is_empty() {
                <div class="banner warn" role="alert" id="conflict-notice">
                    <p>{ t(lang, Msg::ConflictKeptBoth) }</p>
                    <ul>
                        { for status.conflicts.iter().map(|(orig, copy)| {
                            let name = lib.library.records.get(copy).or_else(|| lib.library.records.get(orig))
                                .map(|r| name_or_untitled(&r.assessment.name, lang))
                                .unwrap_or_default();
                            html! { <li key={copy.to_string()}>{ name }</li> }
                        }) }
                    </ul>
                    <p><a href="#/assessments">{ t(lang, Msg::NavAssessments) }</a></p>
                </div>
            }
            if reminder {
                <div class="banner info" role="status" id="backup-reminder">
                    <p>{ t(lang, Msg::BackupReminder) }</p>
                    <button type="button" id="backup-reminder-export" onclick={on_export}>
                        { t(lang, Msg::ExportBackupNow) }
                    </button>
                </div>
            }
            if *export_error {
                <p class="banner warn" role="alert">{ t(lang, Msg::ExportFailed) }</p>
            }
        </>
    }
}

/// The display name of an assessment (or "untitled").
pub fn display_name(name: &str, lang: shindan_core::lang::Lang) -> String {
    name_or_untitled(name, lang)
}

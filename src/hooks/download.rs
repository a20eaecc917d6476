//! Every download the app offers goes through [`Downloader::save`] (from [`use_download`]), which
//! writes the file through the door (`door::files::download`) and confirms it in the one polite
//! live region of the shell (`components::export_notice`):
//! 「バックアップを書き出しました（ファイル名）」. Also what a backup or CSV export holds.

use std::cell::Cell;

use yew::prelude::*;

use crate::door::files::{download, today};
use crate::hooks::store::{now, AssessmentsHandle};
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::storage::backup::Backup;
use shindan_core::storage::record::{Record, RecordId};
use shindan_core::supply::{Register, ResponderId};

/// The stored records `ids` names (all changed ones when `None`), newest first.
fn chosen<'a>(h: &'a AssessmentsHandle, ids: Option<&[RecordId]>) -> Vec<&'a Record> {
    h.library
        .list("")
        .into_iter()
        .filter(|r| match ids {
            Some(ids) => ids.contains(&r.id),
            None => r.revision > 0,
        })
        .collect()
}

/// What a download holds, for its confirmation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Backup,
    AnswersCsv,
    ComparisonCsv,
    PlanCsv,
    IncidentsJson,
    IncidentsCsv,
    PartnersCsv,
    Unreadable,
    /// A partner's sealed response link, as a `.txt` file (`pages::ask`).
    ResponseLink,
}

impl Export {
    fn msg(self) -> Msg {
        match self {
            Export::Backup => Msg::ExportedBackup,
            Export::AnswersCsv => Msg::ExportedAnswersCsv,
            Export::ComparisonCsv => Msg::ExportedComparisonCsv,
            Export::PlanCsv => Msg::ExportedPlanCsv,
            Export::IncidentsJson => Msg::ExportedIncidentsJson,
            Export::IncidentsCsv => Msg::ExportedIncidentsCsv,
            Export::PartnersCsv => Msg::ExportedPartnersCsv,
            Export::Unreadable => Msg::ExportedUnreadable,
            Export::ResponseLink => Msg::ExportedResponseLink,
        }
    }

    /// 「バックアップを書き出しました（shindan-backup-2026-01-31.json）」.
    pub fn confirmation(self, lang: Lang, filename: &str) -> String {
        let done = t(lang, self.msg());
        match lang {
            Lang::Ja => format!("{done}（{filename}）"),
            Lang::En => format!("{done} ({filename})"),
        }
    }
}

pub use crate::hooks::app::{Notice, NoticeDispatch};

/// Offers files and confirms each in the shell's live region.
#[derive(Clone, PartialEq)]
pub struct Downloader {
    pub lang: Lang,
    notify: Option<NoticeDispatch>,
}

impl Downloader {
    /// [`download`], then the confirmation naming the file.
    pub fn save(&self, what: Export, filename: &str, mime: &str, text: &str) -> Result<(), String> {
        download(filename, mime, text)?;
        if let Some(n) = &self.notify {
            n.dispatch(what.confirmation(self.lang, filename).into());
        }
        Ok(())
    }
}

impl Downloader {
    /// Confirms a download made by `done`'s page (the SCS pages: their CSV, and the answered
    /// workbook the SCS worker wrote, `door::scs::save`), naming the file.
    pub fn confirm(&self, done: Msg, filename: &str) {
        if let Some(n) = &self.notify {
            let done = t(self.lang, done);
            let text = match self.lang {
                Lang::Ja => format!("{done}（{filename}）"),
                Lang::En => format!("{done} ({filename})"),
            };
            n.dispatch(text.into());
        }
    }

    /// [`download`] of a text file, confirmed with `done`.
    pub fn save_text(
        &self,
        done: Msg,
        filename: &str,
        mime: &str,
        text: &str,
    ) -> Result<(), String> {
        download(filename, mime, text)?;
        self.confirm(done, filename);
        Ok(())
    }
}

/// Facade hook: a [`Downloader`] in the current language.
#[hook]
pub fn use_download() -> Downloader {
    let lang = crate::hooks::use_lang();
    let notify = crate::hooks::app::use_notify();
    Downloader { lang, notify }
}

/// What the backup of everything holds besides the assessments: the supply-chain register
/// (the requests' private keys among it) and this browser's responder id; and, written by the
/// whole app ([`install_scs`]), the SCS assessment, with IPA's workbook text only when
/// `with_workbook` (the user ticked it).
#[derive(Clone, Copy)]
pub struct SupplyPart<'a> {
    pub register: &'a Register,
    pub responder: Option<ResponderId>,
    pub with_workbook: bool,
}

/// Writes the backup of everything with the SCS assessment (IPA's text when `true`): the text.
pub type ScsWriter = fn(Backup, bool) -> String;

thread_local! {
    /// How the whole app adds the SCS assessment to the backup of everything. Set by the whole
    /// app's start only: the first screen, which offers this backup too (storage full),
    /// never links the SCS types, and its file leaves the SCS part out.
    static SCS_PART: Cell<Option<ScsWriter>> = const { Cell::new(None) };
}

/// The whole app's way to write the backup of everything with the SCS assessment (the file's
/// text).
pub fn install_scs(add: ScsWriter) {
    SCS_PART.with(|p| p.set(Some(add)));
}

/// Downloads a backup file of `ids` (all when `None`) and notes the export. `supply` goes in
/// the backup of everything only: a file of one assessment is often handed on, and the
/// request keys must not travel with it.
pub fn export_backup(
    h: &AssessmentsHandle,
    ids: Option<&[RecordId]>,
    supply: Option<SupplyPart<'_>>,
    d: &Downloader,
) -> Result<(), String> {
    let records = chosen(h, ids);
    let mut backup = Backup::new(records.iter().copied(), now(), env!("CARGO_PKG_VERSION"));
    let mut with_scs = None;
    if let (None, Some(s)) = (ids, supply) {
        backup = backup.with_supply(s.register, s.responder);
        with_scs = SCS_PART.with(Cell::get).map(|add| (add, s.with_workbook));
    }
    // Named after what it holds: one assessment by its organisation and date.
    let name = match (ids, records.first()) {
        (Some([_]), Some(r)) => {
            shindan_core::assessment::file_name("", &r.assessment, &today(), "json")
        }
        _ => shindan_core::format::file_name("backup", "", &today(), "json"),
    };
    let text = match with_scs {
        Some((add, with_workbook)) => add(backup, with_workbook),
        None => backup.to_json(),
    };
    d.save(Export::Backup, &name, "application/json", &text)?;
    h.exported(records.iter().map(|r| r.id.clone()).collect());
    Ok(())
}

/// Downloads the answers of `ids` (all when `None`) as CSV (UTF-8 with BOM).
pub fn export_csv(
    h: &AssessmentsHandle,
    ids: Option<&[RecordId]>,
    d: &Downloader,
) -> Result<(), String> {
    let records = chosen(h, ids);
    let text = shindan_core::storage::csv::export(
        shindan_core::model::model(),
        records.iter().copied(),
        d.lang,
    );
    let name = match (ids, records.first()) {
        (Some([_]), Some(r)) => {
            shindan_core::assessment::file_name("", &r.assessment, &today(), "csv")
        }
        _ => shindan_core::format::file_name("answers", "", &today(), "csv"),
    };
    d.save(Export::AnswersCsv, &name, "text/csv;charset=utf-8", &text)
}

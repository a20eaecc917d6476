//! "My assessments" (`#/assessments`): the list of stored assessments — filtered by
//! organisation, newest change first ([`Library::list`]) — what each row shows (its progress
//! from `assessment::figures`), the rename form of one row, the undo of the last delete, the
//! storage summary, and which library action each button sends. Deleting never asks: it is
//! undone from the undo bar, so the only confirm state is the rename form's save / cancel.

use crate::assessment::{exec_progress, sme_progress, Assessment};
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::Model;
use crate::storage::record::{Record, RecordId};
use crate::store::library::Library;

use super::Update;

/// The page's own state (the records themselves are the store's).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListState {
    /// What the organisation filter holds, as typed.
    pub filter: String,
    /// The row whose rename form is open, with the name being typed.
    pub renaming: Option<Renaming>,
}

/// An open rename form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renaming {
    pub id: RecordId,
    pub name: String,
}

/// What the user did on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListEvent {
    Filter(String),
    New,
    Open(RecordId),
    /// 「名前を変更」 on a row, with the name it has now.
    StartRename(RecordId, String),
    /// Typing in the open rename form.
    EditName(String),
    /// The rename form submitted.
    SaveName,
    CancelRename,
    Duplicate(RecordId),
    ExportOne(RecordId),
    ExportCsv(RecordId),
    Delete(RecordId),
    Undo,
}

/// What the page sends to the library (or the download door).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListCommand {
    New,
    Open(RecordId),
    Rename(RecordId, String),
    Duplicate(RecordId),
    /// A backup file of this one assessment.
    ExportBackup(RecordId),
    /// The answers of this one assessment as CSV.
    ExportCsv(RecordId),
    /// Deleted at once; kept for undo ([`undo_name`]).
    Delete(RecordId),
    Undo,
}

impl Update for ListState {
    type Event = ListEvent;
    type Command = ListCommand;

    fn update(&mut self, event: ListEvent) -> Option<ListCommand> {
        match event {
            ListEvent::Filter(f) => {
                self.filter = f;
                None
            }
            ListEvent::StartRename(id, name) => {
                self.renaming = Some(Renaming { id, name });
                None
            }
            ListEvent::EditName(name) => {
                if let Some(r) = &mut self.renaming {
                    r.name = name;
                }
                None
            }
            ListEvent::SaveName => self
                .renaming
                .take()
                .map(|r| ListCommand::Rename(r.id, r.name)),
            ListEvent::CancelRename => {
                self.renaming = None;
                None
            }
            ListEvent::New => Some(ListCommand::New),
            ListEvent::Open(id) => Some(ListCommand::Open(id)),
            ListEvent::Duplicate(id) => Some(ListCommand::Duplicate(id)),
            ListEvent::ExportOne(id) => Some(ListCommand::ExportBackup(id)),
            ListEvent::ExportCsv(id) => Some(ListCommand::ExportCsv(id)),
            ListEvent::Delete(id) => Some(ListCommand::Delete(id)),
            ListEvent::Undo => Some(ListCommand::Undo),
        }
    }
}

/// An organisation name as shown: 「（無題）」 when it is blank.
pub fn display_name(name: &str, lang: Lang) -> String {
    if name.trim().is_empty() {
        t(lang, Msg::Untitled).to_string()
    } else {
        name.to_string()
    }
}

/// 「中小企業 30 / 37 · 経営者 12 / 49」: each started part's progress with its total
/// (`assessment::figures`), both when nothing is started.
pub fn progress_text(model: &Model, lang: Lang, a: &Assessment) -> String {
    let parts = [
        (Msg::ProgressSme, sme_progress(model, a)),
        (Msg::ProgressExec, exec_progress(model, a)),
    ];
    let any = parts.iter().any(|(_, p)| p.started());
    parts
        .iter()
        .filter(|(_, p)| !any || p.started())
        .map(|(label, p)| format!("{} {}", t(lang, *label), p.text()))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// One row of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: RecordId,
    /// [`display_name`].
    pub name: String,
    /// The name as stored (blank when untitled): what the rename form starts from.
    pub raw_name: String,
    /// The open assessment: badged 「開いています」, its 「開く」 disabled.
    pub open: bool,
    /// A copy kept because two tabs changed the same assessment (badge).
    pub conflict_copy: bool,
    /// Never changed, so not stored yet (badge).
    pub not_saved: bool,
    pub date: String,
    pub assessor: String,
    /// [`progress_text`].
    pub progress: String,
    /// Last change (ms), shown in local time by the view.
    pub updated: u64,
    /// The rename form's value when this row's form is open.
    pub renaming: Option<String>,
}

impl ListState {
    /// The rows the filter lets through, newest change first.
    pub fn rows(&self, model: &Model, lib: &Library, lang: Lang) -> Vec<Row> {
        lib.list(&self.filter)
            .into_iter()
            .map(|r| self.row(model, lib, r, lang))
            .collect()
    }

    fn row(&self, model: &Model, lib: &Library, r: &Record, lang: Lang) -> Row {
        Row {
            id: r.id.clone(),
            name: display_name(&r.assessment.name, lang),
            raw_name: r.assessment.name.clone(),
            open: lib.open == r.id,
            conflict_copy: r.conflict_of.is_some(),
            not_saved: r.revision == 0,
            date: r.assessment.date.clone(),
            assessor: r.assessment.assessor.clone(),
            progress: progress_text(model, lang, &r.assessment),
            updated: r.updated,
            renaming: self
                .renaming
                .as_ref()
                .filter(|x| x.id == r.id)
                .map(|x| x.name.clone()),
        }
    }
}

/// The name of the deleted assessment the undo bar offers back (`None`: no undo bar text).
pub fn undo_name(lib: &Library, lang: Lang) -> Option<String> {
    lib.trash
        .as_ref()
        .map(|r| display_name(&r.assessment.name, lang))
}

/// What the storage section says: the stored assessments (never-changed ones are not
/// stored) and their size as `12.3 kB`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageSummary {
    pub stored: usize,
    pub size: String,
}

pub fn storage_summary(lib: &Library) -> StorageSummary {
    let stored: Vec<&Record> = lib.records.values().filter(|r| r.revision > 0).collect();
    let bytes: usize = stored.iter().map(|r| r.to_json().len()).sum();
    StorageSummary {
        stored: stored.len(),
        size: format!("{} kB", crate::format::fixed(bytes as f64 / 1000.0, 1)),
    }
}

/// Whether the browser keeps the data when space runs short (`None`: it did not say).
pub fn persistence(persistent: Option<bool>) -> Msg {
    match persistent {
        Some(true) => Msg::PersistGranted,
        Some(false) => Msg::PersistDenied,
        None => Msg::PersistUnknown,
    }
}

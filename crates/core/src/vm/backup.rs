//! The backup panel of `#/assessments`: exporting (every assessment with the supply-chain
//! register as JSON, or every answer as CSV) and the import's state machine — a file picked
//! (too large: refused before reading), read (unreadable, not a backup, damaged, from a newer
//! version, a damaged register: refused, nothing changed), the preview of what restoring it
//! changes (new / same / conflicting assessments, what the register would gain, "keep both" or
//! "merge" per conflict), confirmed (restored, with what was stored), or cancelled.
//!
//! The page reads the file and downloads through the door; it feeds the outcomes back here
//! as events ([`BackupEvent::Read`], [`BackupEvent::Exported`]).

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::i18n::{t, tn, Msg};
use crate::lang::Lang;
use crate::storage::backup::{
    Backup, BackupError, ImportChoice, ImportPlan, SupplySummary, MAX_BACKUP_BYTES,
};
use crate::storage::record::RecordId;
use crate::store::library::Library;
use crate::store::Supply;

use super::assessments::display_name;
use super::Update;

/// Where the import stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Import {
    #[default]
    Idle,
    /// A file was picked and is being read.
    Reading,
    /// Refused, nothing changed.
    Rejected(BackupError),
    /// The browser could not read the file.
    ReadFailed,
    /// The plan shown before anything changes, with the user's choices per conflict and what
    /// the file's register would add (`None`: the file has none).
    Review {
        plan: ImportPlan,
        choices: BTreeMap<RecordId, ImportChoice>,
        supply: Option<SupplySummary>,
    },
    /// Restored: how many assessments were stored and what the register gained (`None`: the
    /// file had no register, or the stored one is read-only).
    Done {
        stored: usize,
        added: Option<SupplySummary>,
    },
}

/// The panel's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BackupState {
    pub import: Import,
    /// The last export could not be offered as a download.
    pub export_failed: bool,
}

/// What happened on the panel.
#[derive(Clone, Debug)]
pub enum BackupEvent {
    /// 「すべてを書き出す」.
    ExportAll,
    /// 「CSV で書き出す」.
    ExportCsv,
    /// Whether the download was offered.
    Exported(bool),
    /// A file was picked (its size in bytes).
    Picked(usize),
    /// The picked file's text (or why it could not be read), with the library and the
    /// register it is compared with.
    Read {
        text: Result<String, String>,
        library: Rc<Library>,
        supply: Rc<Supply>,
    },
    /// The choice for one conflicting assessment (by its stored id).
    Choose(RecordId, ImportChoice),
    /// 「取り込む」, against the register as it is now.
    Apply(Rc<Supply>),
    Cancel,
}

/// What the page must do.
#[derive(Clone, Debug, PartialEq)]
pub enum BackupCommand {
    /// Download the backup of everything (the register and responder id included).
    ExportAll,
    /// Download every answer as CSV.
    ExportCsv,
    /// Read the picked file as text, then send [`BackupEvent::Read`].
    Read,
    /// Restore the plan with these choices (`ImportPlan::restore`, stamped with the time and
    /// fresh ids at the edge).
    Restore {
        plan: ImportPlan,
        choices: BTreeMap<RecordId, ImportChoice>,
    },
}

impl Update for BackupState {
    type Event = BackupEvent;
    type Command = BackupCommand;

    fn update(&mut self, event: BackupEvent) -> Option<BackupCommand> {
        match event {
            BackupEvent::ExportAll => Some(BackupCommand::ExportAll),
            BackupEvent::ExportCsv => Some(BackupCommand::ExportCsv),
            BackupEvent::Exported(ok) => {
                self.export_failed = !ok;
                None
            }
            BackupEvent::Picked(size) if size > MAX_BACKUP_BYTES => {
                self.import = Import::Rejected(BackupError::TooLarge(size));
                None
            }
            BackupEvent::Picked(_) => {
                self.import = Import::Reading;
                Some(BackupCommand::Read)
            }
            BackupEvent::Read {
                text,
                library,
                supply,
            } => {
                // A read that finishes after the user moved on (another file refused) is stale.
                if self.import == Import::Reading {
                    self.import = read(text, &library, &supply);
                }
                None
            }
            BackupEvent::Choose(id, c) => {
                if let Import::Review { choices, .. } = &mut self.import {
                    choices.insert(id, c);
                }
                None
            }
            BackupEvent::Apply(supply) => {
                let Import::Review { plan, choices, .. } = &self.import else {
                    return None;
                };
                let command = BackupCommand::Restore {
                    plan: plan.clone(),
                    choices: choices.clone(),
                };
                // Every new assessment is stored, and every conflict stores one (a copy or
                // the merge); the same ones are skipped. What the register gains is counted
                // against the register as it is now.
                let stored = plan.count_new() + plan.conflicts().count();
                let added = plan
                    .supply_summary(&supply.value)
                    .filter(|_| !supply.read_only);
                self.import = Import::Done { stored, added };
                Some(command)
            }
            BackupEvent::Cancel => {
                self.import = Import::Idle;
                None
            }
        }
    }
}

/// The state a file's text leads to.
fn read(text: Result<String, String>, library: &Library, supply: &Supply) -> Import {
    let Ok(text) = text else {
        return Import::ReadFailed;
    };
    match Backup::parse(&text) {
        Err(e) => Import::Rejected(e),
        Ok(b) => {
            let plan = ImportPlan::new(&library.records, b);
            let supply = plan.supply_summary(&supply.value);
            Import::Review {
                plan,
                choices: BTreeMap::new(),
                supply,
            }
        }
    }
}

/// Why a file was refused, as the user reads it.
pub fn rejection(e: &BackupError) -> Msg {
    match e {
        BackupError::TooLarge(_) => Msg::ImportTooLarge,
        BackupError::NotOurs => Msg::ImportNotOurs,
        BackupError::Malformed(_) => Msg::ImportMalformed,
        BackupError::Newer(_) => Msg::ImportNewer,
        BackupError::Supply(_) => Msg::ImportSupplyDamaged,
    }
}

/// Why a file was refused, as a stable code (the message's `data-reason`).
pub fn reason(e: &BackupError) -> &'static str {
    match e {
        BackupError::TooLarge(_) => "TooLarge",
        BackupError::NotOurs => "NotOurs",
        BackupError::Malformed(_) => "Malformed",
        BackupError::Newer(_) => "Newer",
        BackupError::Supply(_) => "Supply",
    }
}

/// The message under the panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Refused ([`rejection`], [`reason`]); followed by 「何も変更していません」.
    Refused { msg: Msg, reason: &'static str },
    /// The file could not be read.
    ReadFailed,
    /// Restored: how many assessments, and what the register gained (its sentence).
    Done {
        stored: usize,
        supply: Option<String>,
    },
}

/// The preview of a restore.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    /// Assessments the file adds.
    pub new: usize,
    /// Assessments already stored as they are.
    pub same: usize,
    pub conflicts: Vec<ConflictRow>,
    /// What the file's register holds (`None`: it has none).
    pub supply: Option<SupplyLines>,
}

/// One assessment stored with different content: the user's choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictRow {
    /// The stored id.
    pub id: RecordId,
    pub existing: String,
    pub incoming: String,
    pub choice: ImportChoice,
}

/// The register's lines of the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupplyLines {
    /// 「依頼（秘密鍵を含む）：3 件（うち新規 1 件）」.
    pub requests: String,
    pub new_requests: usize,
    /// The partners' line (new partners, results added to known ones).
    pub partners: String,
    pub new_partners: usize,
    /// The stored register is read-only (a newer build wrote it): the file's register cannot
    /// be joined, a warning replaces the note.
    pub read_only: bool,
}

impl BackupState {
    /// The preview, while one is shown; `read_only`: the stored register is read-only.
    pub fn review(&self, lang: Lang, read_only: bool) -> Option<Review> {
        let Import::Review {
            plan,
            choices,
            supply,
        } = &self.import
        else {
            return None;
        };
        let conflicts = plan
            .conflicts()
            .map(|(existing, incoming)| ConflictRow {
                id: existing.id.clone(),
                existing: display_name(&existing.assessment.name, lang),
                incoming: display_name(&incoming.assessment.name, lang),
                choice: choices.get(&existing.id).copied().unwrap_or_default(),
            })
            .collect();
        let supply = supply.as_ref().map(|s| SupplyLines {
            requests: tn(lang, Msg::ImportRequests, s.requests)
                .replace("{m}", &s.added.requests.to_string()),
            new_requests: s.added.requests,
            partners: tn(lang, Msg::ImportPartners, s.partners)
                .replace("{m}", &s.added.partners.to_string())
                .replace("{r}", &s.added.results.to_string()),
            new_partners: s.added.partners,
            read_only,
        });
        Some(Review {
            new: plan.count_new(),
            same: plan.count_same(),
            conflicts,
            supply,
        })
    }

    /// The message under the panel, if any.
    pub fn notice(&self, lang: Lang) -> Option<Notice> {
        match &self.import {
            Import::Rejected(e) => Some(Notice::Refused {
                msg: rejection(e),
                reason: reason(e),
            }),
            Import::ReadFailed => Some(Notice::ReadFailed),
            Import::Done { stored, added } => Some(Notice::Done {
                stored: *stored,
                supply: added.map(|s| {
                    tn(lang, Msg::ImportDoneSupply, s.added.requests)
                        .replace("{m}", &s.added.partners.to_string())
                        .replace("{r}", &s.added.results.to_string())
                }),
            }),
            Import::Idle | Import::Reading | Import::Review { .. } => None,
        }
    }
}

/// The text of a refusal: why, then that nothing changed.
pub fn refused_text(lang: Lang, msg: Msg) -> String {
    format!("{} {}", t(lang, msg), t(lang, Msg::ImportNothingChanged))
}

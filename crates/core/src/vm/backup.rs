//! The backup panel of `#/assessments`: exporting (every assessment with the supply-chain
//! register as JSON, or every answer as CSV) and the import's state machine — a file picked
//! (too large: refused before reading), read (unreadable, not a backup, damaged, from a newer
//! version, a damaged register: refused, nothing changed), the preview of what restoring it
//! changes (new / same / conflicting assessments, what the register would gain, "keep both" or
//! "merge" per conflict, the SCS answers it would fill), confirmed (restored, with what was
//! stored), or cancelled. The backup of everything carries IPA's workbook text only when the
//! user ticks it ([`BackupEvent::WithWorkbook`]).
//!
//! The page reads the file and downloads through the door; it feeds the outcomes back here
//! as events ([`BackupEvent::Read`], [`BackupEvent::Exported`]).

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::i18n::{t, tn, Msg};
use crate::lang::Lang;
use crate::scs::WorkbookRef;
use crate::storage::backup::{
    Backup, BackupError, ImportChoice, ImportPlan, SupplySummary, MAX_BACKUP_BYTES,
};
use crate::storage::record::RecordId;
use crate::storage::scs::{Filled, ScsFile};
use crate::store::library::Library;
use crate::store::scs::Scs;
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
        /// What the file's SCS answers would fill here (`None`: the file has none).
        scs: Option<Box<ScsOutcome>>,
    },
    /// Restored: how many assessments were stored and what the register gained (`None`: the
    /// file had no register, or the stored one is read-only), and what the SCS assessment
    /// gained.
    Done {
        stored: usize,
        added: Option<SupplySummary>,
        scs: Option<Box<ScsOutcome>>,
    },
}

/// What a backup's SCS section does to the SCS assessment kept here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScsOutcome {
    /// Filled (or, in a preview, would fill) as said; `answers`: how many the file holds,
    /// `with_text`: it carries the workbook's text, `copy`: the copy they were made against.
    Filled {
        filled: Filled,
        answers: usize,
        with_text: bool,
        copy: Option<WorkbookRef>,
    },
    /// The one kept here was written by a newer build: left as it is, nothing taken.
    ReadOnly,
}

impl ScsOutcome {
    /// Restoring `file` into the assessment as `kept` is now.
    fn of(file: &ScsFile, kept: &Scs) -> Box<ScsOutcome> {
        if kept.read_only {
            return Box::new(ScsOutcome::ReadOnly);
        }
        let filled = kept.value.clone().fill(file);
        Box::new(ScsOutcome::Filled {
            filled,
            answers: file.answers.values().filter(|a| !a.is_empty()).count(),
            with_text: file.workbook.is_some(),
            copy: file.copy(),
        })
    }
}

/// The panel's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BackupState {
    pub import: Import,
    /// The last export could not be offered as a download.
    pub export_failed: bool,
    /// The backup of everything carries the SCS workbook's text (IPA's criteria): only when
    /// the user ticks it.
    pub with_workbook: bool,
}

/// What happened on the panel.
#[derive(Clone, Debug)]
pub enum BackupEvent {
    /// 「すべてを書き出す」.
    ExportAll,
    /// The tick "include the workbook's text".
    WithWorkbook(bool),
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
        scs: Rc<Scs>,
    },
    /// The choice for one conflicting assessment (by its stored id).
    Choose(RecordId, ImportChoice),
    /// 「取り込む」, against the register and the SCS assessment as they are now.
    Apply {
        supply: Rc<Supply>,
        scs: Rc<Scs>,
    },
    Cancel,
}

/// What the page must do.
#[derive(Clone, Debug, PartialEq)]
pub enum BackupCommand {
    /// Download the backup of everything (the register, the responder id and the SCS
    /// assessment included; the workbook's text only `with_workbook`).
    ExportAll { with_workbook: bool },
    /// Download every answer as CSV.
    ExportCsv,
    /// Read the picked file as text, then send [`BackupEvent::Read`].
    Read,
    /// Restore the plan with these choices (`ImportPlan::restore`, stamped with the time and
    /// fresh ids at the edge).
    Restore {
        plan: ImportPlan,
        choices: BTreeMap<RecordId, ImportChoice>,
        /// The file's SCS assessment to fill in (`store::scs::ScsAction::Fill`); `None`: the
        /// file has none, or the one kept here is read-only.
        scs: Option<Box<ScsFile>>,
    },
}

impl Update for BackupState {
    type Event = BackupEvent;
    type Command = BackupCommand;

    fn update(&mut self, event: BackupEvent) -> Option<BackupCommand> {
        match event {
            BackupEvent::ExportAll => Some(BackupCommand::ExportAll {
                with_workbook: self.with_workbook,
            }),
            BackupEvent::WithWorkbook(on) => {
                self.with_workbook = on;
                None
            }
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
                scs,
            } => {
                // A read that finishes after the user moved on (another file refused) is stale.
                if self.import == Import::Reading {
                    self.import = read(text, &library, &supply, &scs);
                }
                None
            }
            BackupEvent::Choose(id, c) => {
                if let Import::Review { choices, .. } = &mut self.import {
                    choices.insert(id, c);
                }
                None
            }
            BackupEvent::Apply { supply, scs } => {
                let Import::Review { plan, choices, .. } = &self.import else {
                    return None;
                };
                let command = BackupCommand::Restore {
                    plan: plan.clone(),
                    choices: choices.clone(),
                    scs: plan.scs.clone().filter(|_| !scs.read_only),
                };
                // What the SCS assessment gains, against it as it is now (another tab may
                // have answered since the preview).
                let scs = plan.scs.as_ref().map(|f| ScsOutcome::of(f, &scs));
                // Every new assessment is stored, and every conflict stores one (a copy or
                // the merge); the same ones are skipped. What the register gains is counted
                // against the register as it is now.
                let stored = plan.count_new() + plan.conflicts().count();
                let added = plan
                    .supply_summary(&supply.value)
                    .filter(|_| !supply.read_only);
                self.import = Import::Done { stored, added, scs };
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
fn read(text: Result<String, String>, library: &Library, supply: &Supply, scs: &Scs) -> Import {
    let Ok(text) = text else {
        return Import::ReadFailed;
    };
    match Backup::parse_with_scs(&text) {
        Err(e) => Import::Rejected(e),
        Ok((b, file_scs)) => {
            let plan = ImportPlan::new(&library.records, b).with_scs(file_scs);
            let supply = plan.supply_summary(&supply.value);
            let scs = plan.scs.as_ref().map(|f| ScsOutcome::of(f, scs));
            Import::Review {
                plan,
                choices: BTreeMap::new(),
                supply,
                scs,
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
        BackupError::Scs(_) => Msg::ImportScsDamaged,
        BackupError::ScsNewer(_) => Msg::ImportScsNewer,
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
        BackupError::Scs(_) => "Scs",
        BackupError::ScsNewer(_) => "ScsNewer",
    }
}

/// The message under the panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Refused ([`rejection`], [`reason`]); followed by 「何も変更していません」.
    Refused { msg: Msg, reason: &'static str },
    /// The file could not be read.
    ReadFailed,
    /// Restored: how many assessments, what the register gained (its sentence), and what the
    /// SCS assessment gained (its sentences).
    Done {
        stored: usize,
        supply: Option<String>,
        scs: Option<String>,
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
    /// What the file's SCS assessment holds (`None`: it has none).
    pub scs: Option<ScsLines>,
}

/// The SCS lines of the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScsLines {
    /// 「SCS 自己評価の回答：12 件（うちこの端末で未回答の 10 件を取り込み）」.
    pub answers: String,
    /// How many would be taken.
    pub taken: usize,
    /// Whether the workbook's text is in the file, and which copy the answers belong to.
    pub copy: String,
    pub with_text: bool,
    /// The SCS assessment kept here is read-only: a warning replaces the note.
    pub read_only: bool,
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
            scs,
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
        let scs = match (scs.as_deref(), plan.scs.as_deref()) {
            (
                Some(ScsOutcome::Filled {
                    filled,
                    answers,
                    with_text,
                    copy,
                }),
                _,
            ) => Some(ScsLines {
                answers: tn(lang, Msg::ImportScs, answers)
                    .replace("{m}", &filled.taken.to_string()),
                taken: filled.taken,
                copy: copy_line(lang, *with_text, copy.as_ref()),
                with_text: *with_text,
                read_only: false,
            }),
            (Some(ScsOutcome::ReadOnly), Some(f)) => Some(ScsLines {
                answers: tn(lang, Msg::ImportScs, f.answers.len()).replace("{m}", "0"),
                taken: 0,
                copy: copy_line(lang, f.workbook.is_some(), f.copy().as_ref()),
                with_text: f.workbook.is_some(),
                read_only: true,
            }),
            _ => None,
        };
        Some(Review {
            new: plan.count_new(),
            same: plan.count_same(),
            conflicts,
            supply,
            scs,
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
            Import::Done { stored, added, scs } => Some(Notice::Done {
                stored: *stored,
                supply: added.map(|s| {
                    tn(lang, Msg::ImportDoneSupply, s.added.requests)
                        .replace("{m}", &s.added.partners.to_string())
                        .replace("{r}", &s.added.results.to_string())
                }),
                scs: scs.as_ref().map(|o| scs_done(lang, o)),
            }),
            Import::Idle | Import::Reading | Import::Review { .. } => None,
        }
    }
}

/// The text of a refusal: why, then that nothing changed.
pub fn refused_text(lang: Lang, msg: Msg) -> String {
    format!("{} {}", t(lang, msg), t(lang, Msg::ImportNothingChanged))
}

/// The file's copy of the workbook, as the preview says it: its text included, or the copy its
/// answers were made against.
fn copy_line(lang: Lang, with_text: bool, copy: Option<&WorkbookRef>) -> String {
    match (with_text, copy) {
        (true, _) => t(lang, Msg::ImportScsText).to_owned(),
        (false, Some(c)) => named(t(lang, Msg::ImportScsCopy), c),
        (false, None) => t(lang, Msg::ImportScsNoCopy).to_owned(),
    }
}

/// `{file}`, `{edition}` and `{sha}` (its first 12 hex digits) of `text` filled with `c`'s.
fn named(text: &str, c: &WorkbookRef) -> String {
    let sha: String = c.sha256.chars().take(12).collect();
    text.replace("{file}", &c.file_name)
        .replace("{edition}", &c.edition)
        .replace("{sha}", &sha)
}

/// What a restore did to the SCS assessment, in sentences.
fn scs_done(lang: Lang, o: &ScsOutcome) -> String {
    let ScsOutcome::Filled { filled, .. } = o else {
        return t(lang, Msg::ImportScsReadOnly).to_owned();
    };
    let mut out = vec![tn(lang, Msg::ImportDoneScs, filled.taken)
        .replace("{m}", &filled.kept.to_string())
        .replace("{d}", &filled.different.to_string())];
    if filled.workbook_taken {
        out.push(t(lang, Msg::ImportDoneScsWorkbook).to_owned());
    }
    if filled.other_copy {
        out.push(tn(lang, Msg::ImportDoneScsOther, filled.left_out));
    }
    if let Some(c) = &filled.open_copy {
        out.push(named(t(lang, Msg::ImportDoneScsOpen), c));
    }
    out.join(" ")
}

//! The in-memory library of assessments: every record, which one is open, export marks and
//! the last deleted record (for undo). The store's library part (`crate::store`); the Yew adapter is
//! `crate::hooks::store` and the writes happen at the edge after each change.
//!
//! Invariant: `open` always names a record in `records` (a blank, unstored one when there is
//! nothing else), so the SME / Executive / Results pages always have an assessment to show.

use std::collections::BTreeMap;

use crate::assessment::{Action, Assessment};
use crate::storage::record::{ComparePick, Record, RecordId};

/// How long unexported work may wait before the backup reminder shows (7 days).
pub const BACKUP_REMINDER_MS: u64 = 7 * 24 * 60 * 60 * 1000;

/// The library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Library {
    pub records: BTreeMap<RecordId, Record>,
    pub open: RecordId,
    /// When each record was last written to a backup file (ms).
    pub exported: BTreeMap<RecordId, u64>,
    /// The last deleted record, until it is restored or another is deleted.
    pub trash: Option<Record>,
    /// The assessments chosen for the comparison (kept with the UI state).
    pub compare: ComparePick,
}

/// Everything that changes the library. Time and a fresh id come with every action (see
/// [`Library::apply`]) so the reducer stays pure.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryAction {
    /// Change one assessment (`None`: the open one).
    Edit(Option<RecordId>, Action),
    /// A new blank assessment, opened.
    New,
    Open(RecordId),
    /// A copy of `from` ("start next year's from this one"): answers kept, date cleared, opened.
    Duplicate(RecordId),
    /// Remove one; kept in `trash` for undo.
    Delete(RecordId),
    /// Restore the last deleted one.
    Undo,
    /// Add (or, for an id already present, replace by the user's explicit choice) a record as
    /// given — imports, shared links, conflict copies. `open`: open it.
    Put(Box<Record>, bool),
    /// Add an assessment under a fresh id (non-destructive import of a single assessment).
    AddAssessment(Box<Assessment>),
    /// Another tab stored this record.
    External(Box<Record>),
    /// Another tab removed this record.
    ExternalRemoved(RecordId),
    /// Two tabs changed one assessment at once: `theirs` is what is stored now (or `None`
    /// when the other tab deleted it) and ours moves to a copy under the fresh id.
    Conflict(RecordId, Option<Box<Record>>),
    /// These records were written to a backup file now.
    Exported(Vec<RecordId>),
    /// The assessments chosen as A and B in the comparison.
    Compare(ComparePick),
    /// Everything was deleted ("delete all my data").
    Clear,
}

/// What [`Library::apply`] did, for the facade (e.g. the id an import got).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Applied {
    Nothing,
    Changed,
    /// A record was created under this id.
    Created(RecordId),
}

impl Library {
    /// A library holding `records`, opening `open` when it exists, else the most recently
    /// changed record, else a blank one under `fresh`.
    pub fn new(
        records: Vec<Record>,
        open: Option<RecordId>,
        exported: BTreeMap<RecordId, u64>,
        now: u64,
        fresh: RecordId,
    ) -> Library {
        let records: BTreeMap<RecordId, Record> =
            records.into_iter().map(|r| (r.id.clone(), r)).collect();
        let mut lib = Library {
            records,
            open: fresh.clone(),
            exported,
            trash: None,
            compare: ComparePick::default(),
        };
        match open.filter(|id| lib.records.contains_key(id)) {
            Some(id) => lib.open = id,
            None => lib.ensure_open(now, fresh),
        }
        lib
    }

    /// The open record.
    pub fn current(&self) -> Option<&Record> {
        self.records.get(&self.open)
    }

    /// Records, most recently changed first, whose organisation name contains `filter`
    /// (case-insensitive; empty matches all).
    pub fn list(&self, filter: &str) -> Vec<&Record> {
        let needle = filter.trim().to_lowercase();
        let mut v: Vec<&Record> = self
            .records
            .values()
            .filter(|r| needle.is_empty() || r.assessment.name.to_lowercase().contains(&needle))
            .collect();
        v.sort_by(|a, b| {
            b.updated
                .cmp(&a.updated)
                .then_with(|| a.assessment.name.cmp(&b.assessment.name))
                .then_with(|| a.id.cmp(&b.id))
        });
        v
    }

    /// The distinct organisation names, sorted.
    pub fn organisations(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .records
            .values()
            .map(|r| r.assessment.name.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// Records whose unexported changes are older than [`BACKUP_REMINDER_MS`].
    pub fn needs_backup(&self, now: u64) -> Vec<&Record> {
        self.records
            .values()
            .filter(|r| {
                r.revision > 0
                    && r.unexported_since.is_some_and(|since| {
                        let exported_after = self.exported.get(&r.id).is_some_and(|&e| e >= since);
                        !exported_after && now.saturating_sub(since) >= BACKUP_REMINDER_MS
                    })
            })
            .collect()
    }

    fn ensure_open(&mut self, now: u64, fresh: RecordId) {
        if self.records.contains_key(&self.open) {
            return;
        }
        let newest = self
            .records
            .values()
            .max_by_key(|r| (r.updated, r.id.clone()))
            .map(|r| r.id.clone());
        match newest {
            Some(id) => self.open = id,
            None => {
                self.records
                    .insert(fresh.clone(), Record::blank(fresh.clone(), now));
                self.open = fresh;
            }
        }
    }

    /// Marks `r` changed at `now`.
    fn touch(r: &mut Record, exported: &BTreeMap<RecordId, u64>, now: u64) {
        r.revision += 1;
        r.updated = now.max(r.updated);
        let clean = match r.unexported_since {
            None => true,
            Some(since) => exported.get(&r.id).is_some_and(|&e| e >= since),
        };
        if clean {
            r.unexported_since = Some(now);
        }
    }

    /// Applies one action at time `now`; `fresh` is an unused id for anything created.
    pub fn apply(&mut self, action: LibraryAction, now: u64, fresh: RecordId) -> Applied {
        let spare = fresh.clone();
        let applied = match action {
            LibraryAction::Edit(id, action) => {
                let id = id.unwrap_or_else(|| self.open.clone());
                let exported = &self.exported;
                match self.records.get_mut(&id) {
                    Some(r) => {
                        // One assessment is copied (records share theirs), never the library.
                        let mut next = (*r.assessment).clone();
                        next.apply(action);
                        if next == *r.assessment {
                            Applied::Nothing
                        } else {
                            r.assessment = std::rc::Rc::new(next);
                            Self::touch(r, exported, now);
                            Applied::Changed
                        }
                    }
                    None => Applied::Nothing,
                }
            }
            LibraryAction::New => {
                self.records
                    .insert(fresh.clone(), Record::blank(fresh.clone(), now));
                self.open = fresh.clone();
                Applied::Created(fresh)
            }
            LibraryAction::Open(id) => {
                if self.records.contains_key(&id) && self.open != id {
                    self.open = id;
                    Applied::Changed
                } else {
                    Applied::Nothing
                }
            }
            LibraryAction::Duplicate(from) => match self.records.get(&from) {
                Some(src) => {
                    let mut a = (*src.assessment).clone();
                    a.date.clear();
                    let r = Record::with(fresh.clone(), now, a, 1);
                    self.records.insert(fresh.clone(), r);
                    self.open = fresh.clone();
                    Applied::Created(fresh)
                }
                None => Applied::Nothing,
            },
            LibraryAction::Delete(id) => match self.records.remove(&id) {
                Some(r) => {
                    self.trash = Some(r);
                    Applied::Changed
                }
                None => Applied::Nothing,
            },
            LibraryAction::Undo => match self.trash.take() {
                Some(r) => {
                    let id = r.id.clone();
                    // An id cannot come back while taken (ids are unique), but never overwrite.
                    if self.records.contains_key(&id) {
                        let mut copy = r;
                        copy.id = fresh.clone();
                        self.records.insert(fresh.clone(), copy);
                        self.open = fresh;
                    } else {
                        self.records.insert(id.clone(), r);
                        self.open = id;
                    }
                    Applied::Changed
                }
                None => Applied::Nothing,
            },
            LibraryAction::Put(record, open) => {
                let id = record.id.clone();
                self.records.insert(id.clone(), *record);
                if open {
                    self.open = id.clone();
                }
                Applied::Created(id)
            }
            LibraryAction::AddAssessment(a) => {
                let r = Record::with(fresh.clone(), now, *a, 1);
                self.records.insert(fresh.clone(), r);
                self.open = fresh.clone();
                Applied::Created(fresh)
            }
            LibraryAction::External(record) => {
                if self.records.get(&record.id) == Some(&record) {
                    Applied::Nothing
                } else {
                    self.records.insert(record.id.clone(), *record);
                    Applied::Changed
                }
            }
            LibraryAction::ExternalRemoved(id) => {
                if self.records.remove(&id).is_some() {
                    Applied::Changed
                } else {
                    Applied::Nothing
                }
            }
            LibraryAction::Conflict(id, theirs) => {
                let Some(mut ours) = self.records.remove(&id) else {
                    return Applied::Nothing;
                };
                ours.id = fresh.clone();
                ours.conflict_of = Some(id.clone());
                if let Some(theirs) = theirs {
                    self.records.insert(id.clone(), *theirs);
                }
                if self.open == id {
                    self.open = fresh.clone();
                }
                self.records.insert(fresh.clone(), ours);
                Applied::Created(fresh)
            }
            LibraryAction::Exported(ids) => {
                for id in ids {
                    self.exported.insert(id, now);
                }
                Applied::Changed
            }
            LibraryAction::Compare(pick) => {
                if self.compare == pick {
                    Applied::Nothing
                } else {
                    self.compare = pick;
                    Applied::Changed
                }
            }
            LibraryAction::Clear => {
                self.records.clear();
                self.exported.clear();
                self.compare = ComparePick::default();
                self.trash = None;
                Applied::Changed
            }
        };
        self.ensure_open(now, spare);
        applied
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::MetaField;
    use crate::model::{AnswerKind, Id};

    fn id(n: u32) -> RecordId {
        RecordId::fresh(1, n)
    }

    fn lib() -> Library {
        Library::new(Vec::new(), None, BTreeMap::new(), 10, id(0))
    }

    #[test]
    fn always_something_open_and_blank_is_unstored() {
        let l = lib();
        assert_eq!(l.current().map(|r| r.revision), Some(0));
    }

    #[test]
    fn edits_bump_revision_and_noops_do_not() {
        let mut l = lib();
        let a = Action::Answer(Id::from("sc.01"), Some(AnswerKind::Implemented));
        l.apply(LibraryAction::Edit(None, a.clone()), 20, id(1));
        l.apply(LibraryAction::Edit(None, a), 30, id(2));
        let r = l.current().expect("open");
        assert_eq!(
            (r.revision, r.updated, r.unexported_since),
            (1, 20, Some(20))
        );
    }

    #[test]
    fn duplicate_delete_undo() {
        let mut l = lib();
        l.apply(
            LibraryAction::Edit(None, Action::Meta(MetaField::Date, "2025-04-01".into())),
            20,
            id(1),
        );
        let first = l.open.clone();
        l.apply(LibraryAction::Duplicate(first.clone()), 30, id(2));
        assert_eq!(l.open, id(2));
        assert_eq!(l.records[&id(2)].assessment.date, "");
        l.apply(LibraryAction::Delete(id(2)), 40, id(3));
        assert_eq!(l.open, first, "the other one opens");
        l.apply(LibraryAction::Undo, 50, id(4));
        assert_eq!(l.records.len(), 2);
        assert_eq!(l.open, id(2));
    }

    #[test]
    fn deleting_the_last_opens_a_blank_one() {
        let mut l = lib();
        let only = l.open.clone();
        l.apply(LibraryAction::Delete(only), 20, id(9));
        assert_eq!(l.open, id(9));
        assert_eq!(l.records.len(), 1);
    }

    #[test]
    fn conflict_keeps_both() {
        let mut l = lib();
        l.apply(
            LibraryAction::Edit(None, Action::Meta(MetaField::Name, "ours".into())),
            20,
            id(1),
        );
        let orig = l.open.clone();
        let mut theirs = l.records[&orig].clone();
        std::rc::Rc::make_mut(&mut theirs.assessment).name = "theirs".into();
        theirs.revision = 5;
        l.apply(
            LibraryAction::Conflict(orig.clone(), Some(Box::new(theirs))),
            30,
            id(7),
        );
        assert_eq!(l.records[&orig].assessment.name, "theirs");
        assert_eq!(l.records[&id(7)].assessment.name, "ours");
        assert_eq!(l.records[&id(7)].conflict_of, Some(orig));
        assert_eq!(l.open, id(7));
    }

    #[test]
    fn backup_reminder_after_a_week_until_exported() {
        let mut l = lib();
        l.apply(
            LibraryAction::Edit(None, Action::Meta(MetaField::Name, "x".into())),
            1_000,
            id(1),
        );
        assert!(l.needs_backup(1_000 + BACKUP_REMINDER_MS - 1).is_empty());
        assert_eq!(l.needs_backup(1_000 + BACKUP_REMINDER_MS).len(), 1);
        let open = l.open.clone();
        l.apply(LibraryAction::Exported(vec![open]), 2_000, id(2));
        assert!(l.needs_backup(2_000 + 2 * BACKUP_REMINDER_MS).is_empty());
        // A change after the export starts a new clock.
        l.apply(
            LibraryAction::Edit(None, Action::Meta(MetaField::Name, "y".into())),
            3_000,
            id(3),
        );
        assert!(l.needs_backup(3_000 + BACKUP_REMINDER_MS - 1).is_empty());
        assert_eq!(l.needs_backup(3_000 + BACKUP_REMINDER_MS).len(), 1);
    }

    #[test]
    fn filter_by_organisation() {
        let mut l = lib();
        l.apply(
            LibraryAction::Edit(None, Action::Meta(MetaField::Name, "Acme 本社".into())),
            20,
            id(1),
        );
        l.apply(LibraryAction::New, 30, id(2));
        l.apply(
            LibraryAction::Edit(None, Action::Meta(MetaField::Name, "Beta".into())),
            40,
            id(3),
        );
        assert_eq!(l.list("acme").len(), 1);
        assert_eq!(l.list("").len(), 2);
        assert_eq!(l.list("")[0].assessment.name, "Beta", "newest first");
        assert_eq!(l.organisations(), vec!["Acme 本社", "Beta"]);
    }
}

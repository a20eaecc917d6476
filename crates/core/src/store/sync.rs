//! PURE: the two-tab rules — given what is in memory, what this tab knows is stored, and a
//! change (ours or another tab's), what to write and which state action follows. The storage
//! hook only carries the result out; every rule is unit-tested here, case by case.
//!
//! Each record carries a revision. This tab remembers, per record, the revision it last read or
//! wrote ([`Persisted`]). It writes a record only over that same revision; when another tab got
//! there first, this tab's version moves to a copy and both are kept. A record this tab has
//! changed but not yet written is *unsaved*; an outside change to an unsaved record never
//! overwrites it, nor does one that collided with this tab's last write ([`collided`]).
//!
//! Imports no yew / web_sys / gloo / wasm_bindgen.

use std::collections::HashMap;

use super::library::Library;
use super::Kept;
use crate::incident::{merge, IncidentFile};
use crate::storage::record::{Record, RecordId};
use crate::storage::report::{KeptOutcome, WriteError};
use crate::storage::supply::Responder;
use crate::storage::Stored;
use crate::supply::Register;

/// The revision this tab last read or wrote, per record.
pub type Persisted = HashMap<RecordId, u64>;

/// One write the edge must attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    /// Store this record, expecting the stored one to be at `expected` (`None`: absent).
    Put { id: RecordId, expected: Option<u64> },
    /// Remove this record, expecting it at revision `expected`.
    Remove { id: RecordId, expected: u64 },
}

/// What the edge reports back for one write.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Done,
    /// Refused (quota) or storage unavailable: nothing written, retried on the next change.
    Failed,
    /// Another tab changed the record meanwhile: what is stored now (`None`: removed or
    /// unreadable). Nothing was written.
    Conflict(Option<Box<Record>>),
}

/// The edge's answer as the sync rules read it.
pub fn outcome(r: Result<(), WriteError>) -> Outcome {
    match r {
        Ok(()) => Outcome::Done,
        Err(WriteError::Refused | WriteError::Unavailable) => Outcome::Failed,
        Err(WriteError::Conflict(theirs)) => Outcome::Conflict(theirs),
    }
}

/// What to do after a write or an outside change: the new knowledge and the state action.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Nothing changes.
    Nothing,
    /// This tab now knows `id` is stored at `revision` (written or read).
    Known { id: RecordId, revision: u64 },
    /// This tab no longer knows a stored copy of `id`.
    Forget(RecordId),
    /// Take the stored record as it is (another tab's newer version, nothing unsaved here).
    Adopt(Box<Record>),
    /// Another tab removed it and nothing is unsaved here: remove it here too.
    AdoptRemoval(RecordId),
    /// Both changed it: keep theirs (`None`: they removed it) under the id, ours under a copy.
    KeepBoth(RecordId, Option<Box<Record>>),
    /// A write failed: keep everything in memory and say so.
    SaveFailed,
}

/// The writes the library needs now: every record changed since this tab last wrote or read it
/// (never one that was only opened, revision 0), then every record this tab stored that is gone
/// from the library. Records are in id order, so the result is deterministic.
pub fn pending_writes(lib: &Library, persisted: &Persisted) -> Vec<Write> {
    let mut out: Vec<Write> = lib
        .records
        .values()
        .filter(|r| r.revision > 0)
        .filter(|r| persisted.get(&r.id) != Some(&r.revision))
        .map(|r| Write::Put {
            id: r.id.clone(),
            expected: persisted.get(&r.id).copied(),
        })
        .collect();
    let mut gone: Vec<(&RecordId, &u64)> = persisted
        .iter()
        .filter(|(id, _)| !lib.records.contains_key(*id))
        .collect();
    gone.sort();
    out.extend(gone.into_iter().map(|(id, rev)| Write::Remove {
        id: id.clone(),
        expected: *rev,
    }));
    out
}

/// What follows a write attempt. `written` is the revision put (for a `Put`).
pub fn after_write(write: &Write, written: u64, outcome: Outcome) -> Step {
    match (write, outcome) {
        (_, Outcome::Failed) => Step::SaveFailed,
        (Write::Put { id, .. }, Outcome::Done) => Step::Known {
            id: id.clone(),
            revision: written,
        },
        (Write::Remove { id, .. }, Outcome::Done) => Step::Forget(id.clone()),
        // Ours was changed here while theirs changed there: keep both.
        (Write::Put { id, .. }, Outcome::Conflict(theirs)) => Step::KeepBoth(id.clone(), theirs),
        // Deleted here, changed there: theirs comes back, nothing lost.
        (Write::Remove { .. }, Outcome::Conflict(Some(theirs))) => Step::Adopt(theirs),
        // Deleted here, gone there too (or unreadable there): nothing more to do.
        (Write::Remove { id, .. }, Outcome::Conflict(None)) => Step::Forget(id.clone()),
    }
}

/// Whether `id` has changes here that are not yet stored.
pub fn unsaved(lib: &Library, persisted: &Persisted, id: &RecordId) -> bool {
    lib.records
        .get(id)
        .is_some_and(|r| r.revision > 0 && Some(r.revision) != persisted.get(id).copied())
}

/// Whether `theirs`, just written by another tab, collided with what this tab wrote: it is at a
/// revision this tab has already stored (or past it), yet says something else. Each tab checks
/// the stored revision before it writes, but a tab's view of localStorage catches up with
/// another tab's write only after a moment: two tabs writing the same record within that moment
/// both see the revision they knew, both write, and the later write wins in storage. Taking the
/// other version then would lose this tab's change silently; both are kept instead (ours under a
/// copy), as when the check before writing finds the conflict.
pub fn collided(lib: &Library, persisted: &Persisted, theirs: &Record) -> bool {
    let (Some(ours), Some(&stored)) = (lib.records.get(&theirs.id), persisted.get(&theirs.id))
    else {
        return false;
    };
    ours.revision == stored && theirs.revision <= stored && ours.assessment != theirs.assessment
}

/// Another tab changed the key `key` to `new_value` (`None`: removed).
pub fn on_outside_change(
    lib: &Library,
    persisted: &Persisted,
    key: &str,
    new_value: Option<&str>,
) -> Step {
    let Some(id) = RecordId::from_key(key) else {
        return Step::Nothing; // not a record key
    };
    let ours_unsaved = unsaved(lib, persisted, &id);
    match new_value {
        // With unsaved changes here, ours is written again on the next write: nothing lost.
        None if ours_unsaved => Step::Forget(id),
        None => Step::AdoptRemoval(id),
        Some(raw) => match Record::from_json(raw) {
            // Newer format or damaged: left alone (the start-up read reports it).
            Err(_) => Step::Nothing,
            Ok(r) if r.id != id => Step::Nothing,
            Ok(r) if ours_unsaved || collided(lib, persisted, &r) => {
                Step::KeepBoth(id, Some(Box::new(r)))
            }
            Ok(r) => Step::Adopt(Box::new(r)),
        },
    }
}

/// Whether [`learn`] would change `persisted` (so an unchanged map is not copied).
pub fn teaches(persisted: &Persisted, step: &Step) -> bool {
    match step {
        Step::Known { id, revision } => persisted.get(id) != Some(revision),
        Step::Forget(id) | Step::AdoptRemoval(id) => persisted.contains_key(id),
        Step::Adopt(r) => persisted.get(&r.id) != Some(&r.revision),
        Step::KeepBoth(id, theirs) => match theirs {
            Some(t) => persisted.get(id) != Some(&t.revision),
            None => persisted.contains_key(id),
        },
        Step::Nothing | Step::SaveFailed => false,
    }
}

/// Applies a step's knowledge to `persisted` (the state action is the caller's).
pub fn learn(persisted: &mut Persisted, step: &Step) {
    match step {
        Step::Known { id, revision } => {
            persisted.insert(id.clone(), *revision);
        }
        Step::Forget(id) | Step::AdoptRemoval(id) => {
            persisted.remove(id);
        }
        Step::Adopt(r) => {
            persisted.insert(r.id.clone(), r.revision);
        }
        Step::KeepBoth(id, theirs) => match theirs {
            Some(t) => {
                persisted.insert(id.clone(), t.revision);
            }
            None => {
                persisted.remove(id);
            }
        },
        Step::Nothing | Step::SaveFailed => {}
    }
}

// ------------------------------------------------------------------ values kept whole

/// A value kept whole under one key that two tabs may change at once (the incident records,
/// the supply register): how theirs and ours are merged over what both last read.
pub trait Mergeable: Stored + Clone + PartialEq + Default {
    /// The merge, and the ids of entries both sides changed (both versions kept).
    fn merge3(base: &Self, ours: &Self, theirs: &Self) -> (Self, Vec<String>);
}

impl Mergeable for IncidentFile {
    fn merge3(base: &Self, ours: &Self, theirs: &Self) -> (Self, Vec<String>) {
        let m = merge(base, ours, theirs);
        (m.file, m.kept_both)
    }
}

impl Mergeable for Register {
    fn merge3(base: &Self, ours: &Self, theirs: &Self) -> (Self, Vec<String>) {
        (Register::merge3(base, ours, theirs), Vec::new())
    }
}

impl Mergeable for Responder {
    /// The id chosen first is kept: a partner's id must never change once sent.
    fn merge3(_base: &Self, ours: &Self, theirs: &Self) -> (Self, Vec<String>) {
        let id = theirs.id.or(ours.id);
        (
            Responder {
                id,
                // The request this tab is answering, else the other tab's.
                asked: ours.asked.clone().or_else(|| theirs.asked.clone()),
                ..theirs.clone()
            },
            Vec::new(),
        )
    }
}

/// The value after a write attempt. A conflict merges theirs in (both tabs' changes kept); the
/// merge is written on the next pass, over theirs.
pub fn kept_after_write<T: Mergeable>(k: &Kept<T>, outcome: KeptOutcome<T>) -> Kept<T> {
    let mut next = k.clone();
    match outcome {
        KeptOutcome::Done(written) => {
            next.base = written;
            next.save_error = None;
        }
        KeptOutcome::Conflict(theirs) => merge_in(&mut next, theirs),
        KeptOutcome::Failed(why) => next.save_error = Some(why),
    }
    next
}

/// Another tab changed the value to `raw` (`None`: removed). `None` back when there is nothing
/// to do (read-only here, or their value is newer or damaged: left alone).
pub fn kept_outside<T: Mergeable>(k: &Kept<T>, raw: Option<&str>) -> Option<Kept<T>> {
    if k.read_only {
        return None;
    }
    let theirs = match raw {
        None => T::default(),
        Some(raw) => T::read(raw).ok()?,
    };
    let mut next = k.clone();
    merge_in(&mut next, theirs);
    Some(next)
}

fn merge_in<T: Mergeable>(k: &mut Kept<T>, theirs: T) {
    let (merged, kept_both) = T::merge3(&k.base, &k.value, &theirs);
    if !kept_both.is_empty() {
        k.kept_both = kept_both;
    }
    k.value = merged;
    k.base = theirs;
}

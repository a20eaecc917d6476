//! Keeps the library and localStorage in step: writes every changed record after each change
//! (no save button), removes deleted ones, follows other tabs (the `storage` event), forgets
//! everything after "delete all my data", and asks for persistent storage.
//!
//! Two tabs: the rules (what to write, what follows a write, what another tab's change does)
//! are the pure `persist::sync` module, unit-tested case by case; this hook carries its steps
//! out — the storage calls, the state actions, the status.

use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::assessment::{fresh_id, AssessmentContext, StateAction};
use crate::persist::library::LibraryAction;
use crate::persist::record::{RecordId, UiState};
use crate::persist::sync::{self, Outcome, Step, Write};
use crate::storage::{self, Migration, NewerValue, WriteError};

// ------------------------------------------------------------------ the one door
// Every view reaches `crate::storage` (the browser edge) through this module only; CI fails if
// another module calls the edge. The functions below are the door's plain verbs; the hook
// further down carries out the two-tab rules of `persist::sync`.

pub use crate::storage::{
    Cleared, IncidentsLoad, LoadReport, Migration as StoredMigration, StorageError,
};

/// The display language stored last time, if any.
pub fn load_lang() -> Option<crate::lang::Lang> {
    storage::load_lang()
}

/// Remembers the display language (nothing else is stored until something changes).
pub fn save_lang(lang: crate::lang::Lang) -> Result<(), StorageError> {
    storage::save_lang(lang)
}

/// Everything stored, read once at start-up (migrations and quarantine included).
pub fn load_all(now: u64) -> LoadReport {
    storage::load_all(now)
}

/// Whether localStorage can be used at all.
pub fn readable() -> bool {
    storage::readable()
}

/// A stored value as it is (for offering a quarantined value as a download).
pub fn raw(key: &str) -> Option<String> {
    storage::raw(key)
}

/// "Delete all my data": every `shindan.` key.
pub fn clear_all() -> Result<Cleared, StorageError> {
    storage::clear_all()
}

/// The incident records (quarantine and newer-format rules as for assessments).
pub fn load_incidents() -> IncidentsLoad {
    storage::load_incidents()
}

/// Writes the incident records (never over a newer or unreadable value).
pub fn save_incidents(file: &crate::incident::IncidentFile) -> Result<(), StorageError> {
    storage::save_incidents(file)
}

/// What the banners and the assessments page show about storage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PersistStatus {
    /// localStorage can be reached.
    pub available: bool,
    /// Unreadable values set aside this time (keys).
    pub quarantined: Vec<String>,
    /// Unreadable values that could not be set aside (left in place, never written).
    pub stuck: Vec<String>,
    /// Values of a newer format (read-only).
    pub newer: Vec<NewerValue>,
    pub migration: Option<Migration>,
    /// The last write was refused (quota exceeded or similar).
    pub save_failed: bool,
    /// Copies made because another tab changed the same assessment: (original, copy).
    pub conflicts: Vec<(RecordId, RecordId)>,
    /// The browser's answer to `navigator.storage.persist()`.
    pub persistent: Option<bool>,
}

/// Changes to [`PersistStatus`] (a reducer, so listeners never write a stale copy).
pub enum StatusAction {
    SaveFailed(bool),
    Conflict(RecordId, RecordId),
    Persistent(bool),
    Cleared,
}

impl Reducible for PersistStatus {
    type Action = StatusAction;
    fn reduce(self: Rc<Self>, action: StatusAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            StatusAction::SaveFailed(v) => next.save_failed = v,
            StatusAction::Conflict(a, b) => next.conflicts.push((a, b)),
            StatusAction::Persistent(v) => next.persistent = Some(v),
            StatusAction::Cleared => {
                next.quarantined.clear();
                next.stuck.clear();
                next.newer.clear();
                next.conflicts.clear();
                next.save_failed = false;
                next.migration = None;
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The context value: the status.
pub type PersistContext = Rc<PersistStatus>;

/// The storage status, for views.
#[hook]
pub fn use_persist_status() -> PersistContext {
    use_context::<PersistContext>().unwrap_or_default()
}

type Persisted = Rc<std::cell::RefCell<HashMap<RecordId, u64>>>;

/// The edge's answer as the sync rules read it.
fn outcome(r: Result<(), WriteError>) -> Outcome {
    match r {
        Ok(()) => Outcome::Done,
        Err(WriteError::Refused | WriteError::Unavailable) => Outcome::Failed,
        Err(WriteError::Conflict(theirs)) => Outcome::Conflict(theirs),
    }
}

/// Carries out a step's state action; `true` when a write failed.
fn carry(step: Step, lib: &dyn Fn(StateAction), status: &dyn Fn(StatusAction)) -> bool {
    match step {
        Step::Nothing | Step::Known { .. } | Step::Forget(_) => {}
        Step::SaveFailed => return true,
        Step::Adopt(r) => lib(StateAction::now(LibraryAction::External(r))),
        Step::AdoptRemoval(id) => lib(StateAction::now(LibraryAction::ExternalRemoved(id))),
        Step::KeepBoth(id, theirs) => {
            let copy = fresh_id();
            status(StatusAction::Conflict(id.clone(), copy.clone()));
            lib(StateAction::Lib(
                LibraryAction::Conflict(id, theirs),
                crate::hooks::assessment::now(),
                copy,
            ));
        }
    }
    false
}

/// Runs in `App`: wires `state` to storage. `report` is what was loaded at start-up;
/// `route` the current fragment (remembered so a reopened app shows the same screen).
#[hook]
pub fn use_persistence(
    state: &AssessmentContext,
    report: Rc<LoadReport>,
    route: String,
) -> PersistContext {
    let status = {
        let report = report.clone();
        use_reducer(move || PersistStatus {
            available: storage::readable(),
            quarantined: report.quarantined.clone(),
            stuck: report.stuck.clone(),
            newer: report.newer.clone(),
            migration: report.migration,
            ..PersistStatus::default()
        })
    };
    let available = status.available;
    // The revision this tab last read or wrote, per record.
    let persisted: Persisted = {
        let report = report.clone();
        use_mut_ref(move || {
            let pending = report.migration == Some(Migration::Pending);
            report
                .records
                .iter()
                .filter(|r| !(pending && r.id.as_str() == crate::persist::migrate::V1_ID))
                .map(|r| (r.id.clone(), r.revision))
                .collect::<HashMap<_, _>>()
        })
    };
    let latest = use_mut_ref(|| state.library.clone());
    *latest.borrow_mut() = state.library.clone();

    // Write what changed.
    {
        let persisted = persisted.clone();
        let dispatch = state.dispatcher();
        let status_dispatch = status.dispatcher();
        use_effect_with(state.library.clone(), move |lib| {
            if !available {
                return;
            }
            let to_lib = |a: StateAction| dispatch.dispatch(a);
            let to_status = |a: StatusAction| status_dispatch.dispatch(a);
            let mut failed = false;
            let writes = sync::pending_writes(lib, &persisted.borrow());
            for w in writes {
                let (result, written) = match &w {
                    Write::Put { id, expected } => {
                        let Some(r) = lib.records.get(id) else {
                            continue;
                        };
                        (storage::write_record(r, *expected), r.revision)
                    }
                    Write::Remove { id, expected } => (storage::remove_record(id, *expected), 0),
                };
                let step = sync::after_write(&w, written, outcome(result));
                sync::learn(&mut persisted.borrow_mut(), &step);
                failed |= carry(step, &to_lib, &to_status);
            }
            status_dispatch.dispatch(StatusAction::SaveFailed(failed));
        });
    }

    // Remember the open assessment, the screen and the export marks (only once something is
    // stored, so a visit that changes nothing leaves nothing behind).
    {
        let persisted = persisted.clone();
        let ui_read_only = report.ui_read_only;
        let lib = state.library.clone();
        let any_stored = lib.records.values().any(|r| r.revision > 0);
        use_effect_with(
            (lib.open.clone(), route, lib.exported.clone(), any_stored),
            move |(open, route, exported, _)| {
                if available && !ui_read_only && !persisted.borrow().is_empty() {
                    let _ = storage::save_ui(&UiState {
                        format: 0,
                        open: Some(open.clone()),
                        route: Some(route.clone()),
                        exported: exported.clone(),
                    });
                }
            },
        );
    }

    // Other tabs, "delete all my data", and persistent storage.
    {
        let persisted = persisted.clone();
        let dispatch = state.dispatcher();
        let status_dispatch = status.dispatcher();
        use_effect_with((), move |_| {
            let on_storage = {
                let persisted = persisted.clone();
                let dispatch = dispatch.clone();
                let status_dispatch = status_dispatch.clone();
                Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
                    let key = e.key().unwrap_or_default();
                    let step = sync::on_outside_change(
                        &latest.borrow(),
                        &persisted.borrow(),
                        &key,
                        e.new_value().as_deref(),
                    );
                    sync::learn(&mut persisted.borrow_mut(), &step);
                    carry(step, &|a| dispatch.dispatch(a), &|a| {
                        status_dispatch.dispatch(a)
                    });
                })
            };
            let on_cleared = {
                let persisted = persisted.clone();
                let dispatch = dispatch.clone();
                let status_dispatch = status_dispatch.clone();
                Closure::<dyn Fn()>::new(move || {
                    persisted.borrow_mut().clear();
                    status_dispatch.dispatch(StatusAction::Cleared);
                    dispatch.dispatch(StateAction::now(LibraryAction::Clear));
                })
            };
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "storage",
                    on_storage.as_ref().unchecked_ref(),
                );
                let _ = w.add_event_listener_with_callback(
                    storage::CLEARED_EVENT,
                    on_cleared.as_ref().unchecked_ref(),
                );
            }
            if available {
                let status_dispatch = status_dispatch.clone();
                storage::request_persistence(move |ok| {
                    status_dispatch.dispatch(StatusAction::Persistent(ok))
                });
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "storage",
                        on_storage.as_ref().unchecked_ref(),
                    );
                    let _ = w.remove_event_listener_with_callback(
                        storage::CLEARED_EVENT,
                        on_cleared.as_ref().unchecked_ref(),
                    );
                }
                drop(on_storage);
                drop(on_cleared);
            }
        });
    }

    Rc::new((*status).clone())
}

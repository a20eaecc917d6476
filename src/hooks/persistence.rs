//! Keeps the library and localStorage in step: writes every changed record after each change
//! (no save button), removes deleted ones, follows other tabs (the `storage` event), forgets
//! everything after "delete all my data", and asks for persistent storage.
//!
//! Two tabs: each record carries a revision. This tab remembers the revision it last read or
//! wrote per record (`persisted`) and writes only over that same revision; when another tab
//! got there first, this tab's version moves to a copy and both are kept
//! (`LibraryAction::Conflict`), and the user is told.

use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::assessment::{fresh_id, AssessmentContext, StateAction};
use crate::persist::library::LibraryAction;
use crate::persist::record::{Record, RecordId, UiState};
use crate::storage::{self, LoadReport, Migration, NewerValue, WriteError};

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
            let mut failed = false;
            for r in lib.records.values().filter(|r| r.revision > 0) {
                let known = persisted.borrow().get(&r.id).copied();
                if known == Some(r.revision) {
                    continue;
                }
                match storage::write_record(r, known) {
                    Ok(()) => {
                        persisted.borrow_mut().insert(r.id.clone(), r.revision);
                    }
                    Err(WriteError::Refused) | Err(WriteError::Unavailable) => failed = true,
                    Err(WriteError::Conflict(theirs)) => {
                        match &theirs {
                            Some(t) => persisted.borrow_mut().insert(r.id.clone(), t.revision),
                            None => persisted.borrow_mut().remove(&r.id),
                        };
                        let copy = fresh_id();
                        status_dispatch
                            .dispatch(StatusAction::Conflict(r.id.clone(), copy.clone()));
                        dispatch.dispatch(StateAction::Lib(
                            LibraryAction::Conflict(r.id.clone(), theirs),
                            crate::hooks::assessment::now(),
                            copy,
                        ));
                    }
                }
            }
            let gone: Vec<(RecordId, u64)> = persisted
                .borrow()
                .iter()
                .filter(|(id, _)| !lib.records.contains_key(*id))
                .map(|(id, rev)| (id.clone(), *rev))
                .collect();
            for (id, rev) in gone {
                match storage::remove_record(&id, rev) {
                    Ok(()) => {
                        persisted.borrow_mut().remove(&id);
                    }
                    // Another tab changed it meanwhile: its version comes back, not lost.
                    Err(WriteError::Conflict(Some(theirs))) => {
                        persisted.borrow_mut().insert(id.clone(), theirs.revision);
                        dispatch.dispatch(StateAction::now(LibraryAction::External(theirs)));
                    }
                    Err(_) => failed = true,
                }
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
                    let Some(id) = e.key().as_deref().and_then(RecordId::from_key) else {
                        return;
                    };
                    let lib = latest.borrow().clone();
                    let known = persisted.borrow().get(&id).copied();
                    let unsaved = lib
                        .records
                        .get(&id)
                        .is_some_and(|r| r.revision > 0 && Some(r.revision) != known);
                    match e.new_value() {
                        None => {
                            persisted.borrow_mut().remove(&id);
                            // With unsaved changes here, ours is written again: nothing lost.
                            if !unsaved {
                                dispatch
                                    .dispatch(StateAction::now(LibraryAction::ExternalRemoved(id)));
                            }
                        }
                        Some(raw) => {
                            let Ok(r) = Record::from_json(&raw) else {
                                return; // newer or damaged: left alone
                            };
                            if r.id != id {
                                return;
                            }
                            persisted.borrow_mut().insert(id.clone(), r.revision);
                            if unsaved {
                                let copy = fresh_id();
                                status_dispatch
                                    .dispatch(StatusAction::Conflict(id.clone(), copy.clone()));
                                dispatch.dispatch(StateAction::Lib(
                                    LibraryAction::Conflict(id, Some(Box::new(r))),
                                    crate::hooks::assessment::now(),
                                    copy,
                                ));
                            } else {
                                dispatch.dispatch(StateAction::now(LibraryAction::External(
                                    Box::new(r),
                                )));
                            }
                        }
                    }
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

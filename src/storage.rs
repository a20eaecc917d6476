//! EDGE: the only module that touches the browser's localStorage (through gloo-storage).
//!
//! gloo-storage's `LocalStorage` aborts when `window.localStorage` throws (disabled storage,
//! some private modes), so availability is probed through web-sys first and every function
//! returns a typed error instead of panicking. Keys carry a version so a later format can live
//! beside an older one.

use gloo_storage::{LocalStorage, Storage};

use crate::lang::Lang;

/// Key of the persisted display language.
pub const KEY_LANG: &str = "shindan.v1.lang";
/// Every key this build writes; "delete all my data" removes exactly these plus anything
/// under the `shindan.` prefix.
pub const PREFIX: &str = "shindan.";

/// Why a storage operation could not be done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is missing, disabled or throws on access.
    Unavailable,
    /// The browser refused the write (quota exceeded or similar).
    WriteFailed(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable => write!(f, "localStorage is not available"),
            StorageError::WriteFailed(e) => write!(f, "the browser refused to save: {e}"),
        }
    }
}

/// True when localStorage exists and accepts a write (probed once per call; cheap).
pub fn available() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(Some(store)) = window.local_storage() else {
        return false;
    };
    let probe = "shindan.probe";
    if store.set_item(probe, "1").is_err() {
        return false;
    }
    store.remove_item(probe).is_ok()
}

/// The stored language, if any and valid.
pub fn load_lang() -> Option<Lang> {
    if !available() {
        return None;
    }
    let raw: String = LocalStorage::get(KEY_LANG).ok()?;
    Lang::from_code(&raw)
}

/// Persists the language.
pub fn save_lang(lang: Lang) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::set(KEY_LANG, lang.code()).map_err(|e| StorageError::WriteFailed(e.to_string()))
}

// ------------------------------------------------------------------ assessments

use crate::persist::migrate::{self, V1_KEY};
use crate::persist::record::{is_newer_layout_key, ReadError, Record, RecordId, UiState, UI_KEY};

/// Prefix of quarantined (unreadable) values, kept byte for byte, never overwritten.
pub const QUARANTINE_PREFIX: &str = "shindan.quarantine.";

/// The Storage object, without the write probe: a full storage can still be read.
fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// True when localStorage can be reached and read (it may still refuse writes when full).
pub fn readable() -> bool {
    store().is_some_and(|s| s.length().is_ok())
}

/// A value kept read-only because a newer version of Shindan wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewerValue {
    pub key: String,
    /// Its organisation name, when it can be read.
    pub name: Option<String>,
}

/// What happened to the format-1 value at start-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Migration {
    /// Written as format 2, read back, and the old value removed.
    Done,
    /// The new value could not be written: the old value is still in place, the assessment is
    /// in memory and will be written with the next change.
    Pending,
}

/// Everything found in storage at start-up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadReport {
    pub records: Vec<Record>,
    pub ui: UiState,
    /// The UI state was written by a newer build: never overwrite it.
    pub ui_read_only: bool,
    /// Keys the unreadable values were copied to this time.
    pub quarantined: Vec<String>,
    /// Unreadable values that could not be copied aside (left where they are, never written).
    pub stuck: Vec<String>,
    pub newer: Vec<NewerValue>,
    pub migration: Option<Migration>,
}

fn all_keys(store: &web_sys::Storage) -> Vec<String> {
    let len = store.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| store.key(i).ok().flatten())
        .collect()
}

/// Copies `raw` to a fresh quarantine key (never an existing one) and removes `key`.
/// Returns the quarantine key, or `None` when the copy failed (then `key` is left alone).
fn quarantine(store: &web_sys::Storage, key: &str, raw: &str) -> Option<String> {
    let base = format!("{QUARANTINE_PREFIX}{}", js_sys::Date::now() as u64);
    let mut q = base.clone();
    let mut n = 1;
    while store.get_item(&q).ok().flatten().is_some() {
        q = format!("{base}-{n}");
        n += 1;
    }
    store.set_item(&q, raw).ok()?;
    // Only drop the original once the copy reads back identical.
    if store.get_item(&q).ok().flatten().as_deref() != Some(raw) {
        return None;
    }
    let _ = store.remove_item(key);
    Some(q)
}

/// Loads every assessment: format-2 records, the format-1 value (migrated forward), the UI
/// state. Unreadable values are quarantined; values of a newer format are left untouched.
pub fn load_all(now: u64) -> LoadReport {
    let mut report = LoadReport::default();
    let Some(store) = store() else {
        return report;
    };
    for key in all_keys(&store) {
        let Ok(Some(raw)) = store.get_item(&key) else {
            continue;
        };
        if let Some(id) = RecordId::from_key(&key) {
            match Record::from_json(&raw) {
                Ok(r) if r.id == id => report.records.push(r),
                Ok(_) | Err(ReadError::Corrupt(_)) => match quarantine(&store, &key, &raw) {
                    Some(q) => report.quarantined.push(q),
                    None => report.stuck.push(key),
                },
                Err(ReadError::Newer(_)) => report.newer.push(NewerValue {
                    name: crate::persist::record::peek_name(&raw),
                    key,
                }),
            }
        } else if key == UI_KEY {
            match UiState::from_json(&raw) {
                Ok(ui) => report.ui = ui,
                Err(ReadError::Newer(_)) => report.ui_read_only = true,
                Err(ReadError::Corrupt(_)) => {}
            }
        } else if is_newer_layout_key(&key) {
            report.newer.push(NewerValue { key, name: None });
        }
    }
    // Format 1 → 2.
    if let Ok(Some(raw)) = store.get_item(V1_KEY) {
        match migrate::from_v1(&raw, now) {
            Ok(record) => {
                if report.records.iter().any(|r| r.id == record.id) {
                    // Migrated before (the new value was written); the old one can go.
                    let _ = store.remove_item(V1_KEY);
                    report.migration = Some(Migration::Done);
                } else {
                    let key = record.id.key();
                    let json = record.to_json();
                    let written = store.set_item(&key, &json).is_ok()
                        && store.get_item(&key).ok().flatten().as_deref() == Some(json.as_str());
                    if written {
                        let _ = store.remove_item(V1_KEY);
                        report.migration = Some(Migration::Done);
                    } else {
                        report.migration = Some(Migration::Pending);
                    }
                    report.records.push(record);
                }
            }
            Err(ReadError::Newer(_)) => report.newer.push(NewerValue {
                name: crate::persist::record::peek_name(&raw),
                key: V1_KEY.to_string(),
            }),
            Err(ReadError::Corrupt(_)) => match quarantine(&store, V1_KEY, &raw) {
                Some(q) => report.quarantined.push(q),
                None => report.stuck.push(V1_KEY.to_string()),
            },
        }
    }
    report
}

/// Why a record could not be written.
#[derive(Clone, Debug, PartialEq)]
pub enum WriteError {
    Unavailable,
    /// The browser refused (quota exceeded or similar).
    Refused,
    /// Another tab changed (or removed) this record since this tab last saw it: what is
    /// stored now (`None`: removed or unreadable). Nothing was written.
    Conflict(Option<Box<Record>>),
}

thread_local! {
    /// Per record key, the exact value this tab last wrote and its revision. When the stored
    /// value is still byte for byte that string, its revision is known without parsing it again
    /// (the check before every write would otherwise parse the whole record each time).
    static WRITTEN: std::cell::RefCell<std::collections::HashMap<String, (String, u64)>> =
        Default::default();
}

/// The stored revision of `id` as this tab expects it: `None` = not stored.
fn stored_matches(
    store: &web_sys::Storage,
    key: &str,
    expected: Option<u64>,
) -> Result<(), WriteError> {
    let raw = store.get_item(key).map_err(|_| WriteError::Unavailable)?;
    match (raw, expected) {
        (None, None) => Ok(()),
        (None, Some(_)) => Err(WriteError::Conflict(None)),
        (Some(raw), expected) => {
            let ours = WRITTEN.with(|w| {
                w.borrow()
                    .get(key)
                    .is_some_and(|(s, rev)| Some(*rev) == expected && *s == raw)
            });
            if ours {
                return Ok(());
            }
            match Record::from_json(&raw) {
                Ok(r) if Some(r.revision) == expected => Ok(()),
                Ok(r) => Err(WriteError::Conflict(Some(Box::new(r)))),
                Err(_) => Err(WriteError::Conflict(None)),
            }
        }
    }
}

/// Writes `record` if what is stored is still the revision this tab last saw (`expected`).
pub fn write_record(record: &Record, expected: Option<u64>) -> Result<(), WriteError> {
    let store = store().ok_or(WriteError::Unavailable)?;
    let key = record.id.key();
    stored_matches(&store, &key, expected)?;
    let json = record.to_json();
    store
        .set_item(&key, &json)
        .map_err(|_| WriteError::Refused)?;
    WRITTEN.with(|w| w.borrow_mut().insert(key, (json, record.revision)));
    Ok(())
}

/// Removes a record if it is still the revision this tab last saw; otherwise leaves it (another
/// tab changed it: its change is kept) and returns the conflict.
pub fn remove_record(id: &RecordId, expected: u64) -> Result<(), WriteError> {
    let store = store().ok_or(WriteError::Unavailable)?;
    let key = id.key();
    WRITTEN.with(|w| w.borrow_mut().remove(&key));
    match stored_matches(&store, &key, Some(expected)) {
        Ok(()) => store.remove_item(&key).map_err(|_| WriteError::Refused),
        Err(WriteError::Conflict(None)) => Ok(()), // already gone
        Err(e) => Err(e),
    }
}

/// Saves the UI state (best effort: it only says where the user was).
pub fn save_ui(ui: &UiState) -> Result<(), StorageError> {
    let store = store().ok_or(StorageError::Unavailable)?;
    store
        .set_item(UI_KEY, &ui.to_json())
        .map_err(|_| StorageError::WriteFailed("refused".into()))
}

/// The raw text stored under `key` (for downloading a value that cannot be read).
pub fn raw(key: &str) -> Option<String> {
    store()?.get_item(key).ok()?
}

/// Asks the browser to keep this site's storage under pressure (`navigator.storage.persist()`);
/// `done` gets the answer. Unsupported browsers answer `false`.
pub fn request_persistence(done: impl FnOnce(bool) + 'static) {
    use wasm_bindgen::{closure::Closure, JsValue};
    let promise = web_sys::window()
        .map(|w| w.navigator().storage())
        .and_then(|s| s.persist().ok());
    let Some(promise) = promise else {
        done(false);
        return;
    };
    let ok = Closure::once(move |v: JsValue| done(v.as_bool().unwrap_or(false)));
    let err = Closure::once(|_: JsValue| {});
    let _ = promise.then2(&ok, &err);
    // The promise settles once; leaking the two closures is bounded (one call per start).
    ok.forget();
    err.forget();
}

// ------------------------------------------------------------------ delete all my data

/// Name of the `window` event sent after [`clear_all`] succeeded. Anything that keeps a copy of
/// stored data in memory listens for it and drops that copy, so it is not written back.
pub const CLEARED_EVENT: &str = "shindan:data-cleared";

/// What "delete all my data" removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cleared {
    /// How many `shindan.`-prefixed keys were removed.
    pub removed: usize,
}

/// Removes every localStorage key that starts with [`PREFIX`] and nothing else, then checks
/// that none is left and sends [`CLEARED_EVENT`].
///
/// It does not go through [`available`]: a full storage refuses the probe write, and a full
/// storage is exactly when a user must still be able to delete.
pub fn clear_all() -> Result<Cleared, StorageError> {
    let store = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)?;
    let keys = prefixed_keys(&store)?;
    for key in &keys {
        // A failure is noticed by the re-scan below.
        let _ = store.remove_item(key);
    }
    let left = prefixed_keys(&store)?;
    if !left.is_empty() {
        return Err(StorageError::WriteFailed(format!(
            "could not remove {}",
            left.join(", ")
        )));
    }
    if let Some(w) = web_sys::window() {
        if let Ok(event) = web_sys::Event::new(CLEARED_EVENT) {
            let _ = w.dispatch_event(&event);
        }
    }
    Ok(Cleared {
        removed: keys.len(),
    })
}

/// Every key under [`PREFIX`], collected before anything is removed (removal renumbers keys).
fn prefixed_keys(store: &web_sys::Storage) -> Result<Vec<String>, StorageError> {
    let len = store.length().map_err(|_| StorageError::Unavailable)?;
    Ok((0..len)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect())
}

// ------------------------------------------------------------------ incident records
// Reports feature (issue 7). Incident records (付録C) are kept apart from assessments, under
// their own key, as one versioned value whose format and edits live in the pure
// `crate::incident`. Same rules as above: unreadable → quarantined (never lost), a newer
// format → read-only (never overwritten), no storage → typed error, never a panic.

use crate::incident::{IncidentFile, KEY as INCIDENTS_KEY};

/// What was found under the incident-records key.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IncidentsLoad {
    pub file: IncidentFile,
    /// A newer build wrote the value: show nothing editable and never write.
    pub read_only: bool,
    /// The unreadable value was copied to this key (and removed from the records key).
    pub quarantined: Option<String>,
    /// The unreadable value could not be copied aside: it is left where it is, and writes are
    /// refused so it is not overwritten.
    pub stuck: bool,
}

/// Loads the incident records (an empty list when none are stored or storage is missing).
pub fn load_incidents() -> IncidentsLoad {
    let mut out = IncidentsLoad {
        file: IncidentFile::new(),
        ..IncidentsLoad::default()
    };
    let Some(store) = store() else {
        return out;
    };
    let Ok(Some(raw)) = store.get_item(INCIDENTS_KEY) else {
        return out;
    };
    match IncidentFile::from_json(&raw) {
        Ok(file) => out.file = file,
        Err(ReadError::Newer(_)) => out.read_only = true,
        Err(ReadError::Corrupt(_)) => match quarantine(&store, INCIDENTS_KEY, &raw) {
            Some(q) => out.quarantined = Some(q),
            None => out.stuck = true,
        },
    }
    out
}

/// Writes the incident records, unless what is stored now is a newer format or unreadable
/// (those are never overwritten; the caller shows the error).
pub fn save_incidents(file: &IncidentFile) -> Result<(), StorageError> {
    let store = store().ok_or(StorageError::Unavailable)?;
    if let Ok(Some(raw)) = store.get_item(INCIDENTS_KEY) {
        if let Err(e) = IncidentFile::from_json(&raw) {
            return Err(StorageError::WriteFailed(e.to_string()));
        }
    }
    store
        .set_item(INCIDENTS_KEY, &file.to_json())
        .map_err(|_| StorageError::WriteFailed("refused".into()))
}

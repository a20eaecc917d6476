//! EDGE: the only module that touches the browser's localStorage (through gloo-storage).
//!
//! gloo-storage's `LocalStorage` aborts when `window.localStorage` throws (disabled storage,
//! some private modes), so availability is probed through web-sys first and every function
//! returns a typed error instead of panicking. Keys carry a version so a later format can live
//! beside an older one.

use gloo_storage::{LocalStorage, Storage};

use shindan_core::lang::Lang;

pub use shindan_core::storage::report::{
    Cleared, KeptLoad, KeptOutcome, LoadReport, Migration, NewerValue, StorageError, WriteError,
};
use shindan_core::storage::Stored;

/// Key of the persisted display language.
pub const KEY_LANG: &str = "shindan.v1.lang";
/// Every key this build writes; "delete all my data" removes exactly these plus anything
/// under the `shindan.` prefix.
pub const PREFIX: &str = "shindan.";

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

use shindan_core::storage::migrate::{self, V1_KEY};
use shindan_core::storage::record::{
    is_newer_layout_key, ReadError, Record, RecordId, UiState, UI_KEY,
};

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
                    name: shindan_core::storage::record::peek_name(&raw),
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
                name: shindan_core::storage::record::peek_name(&raw),
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
            // The common case (this tab wrote it last) without reading the whole record.
            if expected.is_some() && Record::peek_revision(&raw) == expected {
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
    Ok(())
}

/// Removes a record if it is still the revision this tab last saw; otherwise leaves it (another
/// tab changed it: its change is kept) and returns the conflict.
pub fn remove_record(id: &RecordId, expected: u64) -> Result<(), WriteError> {
    let store = store().ok_or(WriteError::Unavailable)?;
    let key = id.key();
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

// ------------------------------------------------------------------ values kept whole
// The incident records and the supply register are each one versioned value under their own
// key (their formats: `storage::incidents`, `storage::supply`). Same rules as above: unreadable
// → quarantined (never lost), a newer format → read-only (never overwritten), no storage →
// typed error, never a panic.

/// Loads a value kept whole under its key (its default when none is stored or storage is
/// missing): newer → read-only, unreadable → quarantined byte for byte (or, if that fails,
/// left in place and never written).
pub fn load_kept<T: Stored + Default>() -> KeptLoad<T> {
    let mut out = KeptLoad::<T>::default();
    let Some(store) = store() else {
        return out;
    };
    let Ok(Some(raw)) = store.get_item(T::KEY) else {
        return out;
    };
    match T::read(&raw) {
        Ok(v) => out.value = v,
        Err(ReadError::Newer(_)) => out.read_only = true,
        Err(ReadError::Corrupt(_)) => match quarantine(&store, T::KEY, &raw) {
            Some(q) => out.quarantined = Some(q),
            None => out.stuck = true,
        },
    }
    out
}

/// Writes `value` if what is stored is still `base` (what this tab last read or wrote);
/// otherwise writes nothing and returns what is stored now. A newer format or an unreadable
/// value is never overwritten.
pub fn save_kept_over<T: Stored + Default + PartialEq + Clone>(
    value: &T,
    base: &T,
) -> KeptOutcome<T> {
    let Some(store) = store() else {
        return KeptOutcome::Failed(StorageError::Unavailable.to_string());
    };
    let stored = match store.get_item(T::KEY) {
        Err(_) => return KeptOutcome::Failed(StorageError::Unavailable.to_string()),
        Ok(None) => T::default(),
        Ok(Some(raw)) => match T::read(&raw) {
            Ok(v) => v,
            Err(e) => return KeptOutcome::Failed(e.to_string()),
        },
    };
    if stored != *base {
        return KeptOutcome::Conflict(stored);
    }
    match store.set_item(T::KEY, &value.write()) {
        Ok(()) => KeptOutcome::Done(value.clone()),
        Err(_) => KeptOutcome::Failed(StorageError::WriteFailed("refused".into()).to_string()),
    }
}

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

// ------------------------------------------------------------------ the current assessment

use serde::{Deserialize, Serialize};

use crate::assessment::Assessment;

/// Key of the assessment being worked on.
pub const KEY_CURRENT: &str = "shindan.v1.current";
/// Prefix of quarantined (unreadable) values, kept byte for byte, never overwritten.
pub const QUARANTINE_PREFIX: &str = "shindan.quarantine.";
/// The stored format of [`KEY_CURRENT`].
pub const CURRENT_FORMAT: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredCurrent {
    format: u32,
    assessment: Assessment,
}

#[derive(Serialize)]
struct StoredCurrentRef<'a> {
    format: u32,
    assessment: &'a Assessment,
}

/// What loading the current assessment found.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored (or storage unavailable).
    Empty,
    Ok(Assessment),
    /// The stored value could not be read; it was copied to this quarantine key first.
    Quarantined(String),
}

fn raw_store() -> Option<web_sys::Storage> {
    if !available() {
        return None;
    }
    web_sys::window()?.local_storage().ok()?
}

/// Loads the current assessment. An unreadable value is copied, byte for byte, to a
/// quarantine key before anything else can overwrite it.
pub fn load_current() -> Loaded {
    let Some(store) = raw_store() else {
        return Loaded::Empty;
    };
    let Ok(Some(raw)) = store.get_item(KEY_CURRENT) else {
        return Loaded::Empty;
    };
    match serde_json::from_str::<StoredCurrent>(&raw) {
        Ok(s) if s.format == CURRENT_FORMAT => Loaded::Ok(s.assessment),
        _ => {
            let key = format!("{QUARANTINE_PREFIX}{}", js_sys::Date::now() as u64);
            match store.set_item(&key, &raw) {
                Ok(()) => {
                    let _ = store.remove_item(KEY_CURRENT);
                    Loaded::Quarantined(key)
                }
                // Could not copy it: leave the original where it is and start empty in memory.
                Err(_) => Loaded::Quarantined(KEY_CURRENT.to_string()),
            }
        }
    }
}

/// Saves the current assessment.
pub fn save_current(a: &Assessment) -> Result<(), StorageError> {
    let store = raw_store().ok_or(StorageError::Unavailable)?;
    let json = serde_json::to_string(&StoredCurrentRef {
        format: CURRENT_FORMAT,
        assessment: a,
    })
    .map_err(|e| StorageError::WriteFailed(e.to_string()))?;
    store
        .set_item(KEY_CURRENT, &json)
        .map_err(|_| StorageError::WriteFailed("quota exceeded or storage refused".into()))
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

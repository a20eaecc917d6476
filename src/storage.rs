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

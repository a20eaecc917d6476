//! PURE: what the storage edge reports — errors, what start-up found, what a write did. The
//! edge (`edge`, wasm only) fills these in; the store (`crate::store`) keeps and acts on them,
//! so every rule that reads them is tested natively.

use super::record::{Record, UiState};
use crate::incident::IncidentFile;

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

/// What "delete all my data" removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cleared {
    /// How many `shindan.`-prefixed keys were removed.
    pub removed: usize,
}

/// What was found under the key of a value kept whole ([`super::Stored`]: the incident
/// records, the supply register).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeptLoad<T> {
    pub value: T,
    /// A newer build wrote the value: show nothing editable and never write.
    pub read_only: bool,
    /// The unreadable value was copied to this key (and removed from its own key).
    pub quarantined: Option<String>,
    /// The unreadable value could not be copied aside: it is left where it is, and writes are
    /// refused so it is not overwritten.
    pub stuck: bool,
}

/// The incident records as found at start-up.
pub type IncidentsLoad = KeptLoad<IncidentFile>;

/// What the edge reports after trying to store a value kept whole over the value this tab last
/// saw (`store::Kept::base`).
#[derive(Clone, Debug, PartialEq)]
pub enum KeptOutcome<T> {
    /// Written: this is now what is stored.
    Done(T),
    /// Another tab stored something meanwhile: what is stored now. Nothing was written.
    Conflict(T),
    /// Not written (quota, no storage, or a newer / unreadable value is there): why.
    Failed(String),
}

//! PURE: how assessments are kept — the stored record format and its versions, the migration
//! from older formats, the in-memory library of many assessments (the reducer's core),
//! comparison of two assessments, the backup file and the CSV export.
//!
//! Storage layout (the edge, `crate::storage`, reads and writes these strings; nothing here
//! touches the browser):
//!
//! | key | value |
//! |---|---|
//! | `shindan.v2.a.<id>` | one [`Record`] per assessment: `{"format":2,"id",…,"revision",…,"assessment":{…}}` |
//! | `shindan.v2.ui` | [`UiState`]: the open assessment, the last screen, export marks |
//! | `shindan.v1.current` | format 1 (the first release): one assessment; migrated by [`migrate::from_v1`] |
//! | `shindan.quarantine.<ms>` | an unreadable value, byte for byte, never overwritten |
//!
//! One key per assessment with a revision counter lets two tabs edit different assessments
//! freely and detect a concurrent change to the same one (see [`library::Library`]).
//!
//! Imports no yew / web_sys / gloo / wasm_bindgen.

pub mod backup;
pub mod compare;
pub mod csv;
pub mod library;
pub mod migrate;
pub mod pretty;
pub mod record;
pub mod sync;

pub use backup::{Backup, BackupError, ImportChoice, ImportItem, ImportPlan};
pub use library::{Library, LibraryAction};
pub use record::{ReadError, Record, RecordId, UiState};

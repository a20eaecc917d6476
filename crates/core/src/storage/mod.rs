//! STORAGE: how Shindan's records are kept in the browser — the stored formats and their
//! versions (pure, tested natively), the migration from older formats, the backup file and the
//! CSV export, and the one browser edge (`edge`, wasm only) that reads and writes localStorage.
//!
//! Storage layout (the edge reads and writes these strings; everything else here is pure):
//!
//! | key | value |
//! |---|---|
//! | `shindan.v2.a.<id>` | one [`Record`] per assessment: `{"format":2,"id",…,"revision",…,"assessment":{…}}` |
//! | `shindan.v2.ui` | [`UiState`]: the open assessment, the last screen, export marks, the comparison's A and B |
//! | `shindan.v1.current` | format 1 (the first release): one assessment; migrated by [`migrate::from_v1`] |
//! | `shindan.v1.incidents` | the incident records ([`incidents`]) |
//! | `shindan.v1.responder` | this browser's responder id (the partner's side; [`supply::Responder`]) |
//! | `shindan.v1.scs` | the SCS ★3/★4 self-assessment: the workbook as read from the user's file, the answers ([`scs`]) |
//! | `shindan.v1.supply` | the supply-chain register: requests with their private keys, partners' results ([`supply`]) |
//! | `shindan.v1.lang` | the display language |
//! | `shindan.quarantine.<ms>` | an unreadable value, byte for byte, never overwritten |
//!
//! One key per assessment with a revision counter lets two tabs edit different assessments
//! freely and detect a concurrent change to the same one (the rules: `crate::store::sync`).
//!
//! Layering: this module knows the domain (`assessment`, `incident`) and nothing above it; the
//! store (`crate::store`) decides what to write, and only the store's hook
//! (`crate::hooks::store`) calls [`edge`] — CI fails on any other caller.

pub mod backup;
pub mod csv;
pub mod incidents;
pub mod migrate;
pub mod pretty;
pub mod record;
pub mod report;
pub mod scs;
pub mod supply;

/// A value stored whole under one key (the incident records, the supply register): how it is
/// read and written. Reading tells a newer format ([`ReadError::Newer`]: kept, never
/// overwritten) from damage ([`ReadError::Corrupt`]: quarantined by the edge).
pub trait Stored: Sized {
    /// Its localStorage key.
    const KEY: &'static str;
    fn read(raw: &str) -> Result<Self, ReadError>;
    fn write(&self) -> String;
}

pub use backup::{
    Backup, BackupError, ImportChoice, ImportItem, ImportPlan, Restore, SupplySummary,
};
pub use record::{ReadError, Record, RecordId, UiState};

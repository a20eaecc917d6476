//! Shindan's reader and writer of the SCS ★3/★4 requirements and criteria workbook
//! (サプライチェーン強化に向けたセキュリティ対策評価制度, IPA's `.xlsx`), in pure Rust.
//!
//! - [`read`] opens the user's own copy: the archive checked against zip bombs and damage, the
//!   criteria sheet found by its headers, every ★3 and ★4 criterion read with its ID, category,
//!   level, official text (and the cell it came from) and the answers already in the file; the
//!   edition recognised by its counts; the file's SHA-256.
//! - [`compare_official`] tells whether a later file's official content (B–N) is the one read
//!   first.
//! - [`export`] writes answers into the answer columns (O–R) of that same file and leaves every
//!   other byte of it as it was.
//!
//! It owns no storage and no UI: the criteria text it returns is IPA's, from the user's file, and
//! must be shown as such. What it expects of the layout, and how sure each expectation is:
//! [`layout`] and `LAYOUT.md`. No browser crate may enter this crate.

pub mod error;
pub mod layout;
pub mod model;
mod read;
mod write;
mod xml;
mod zip;

pub use error::{Bomb, ExportError, ReadError};
pub use layout::{Edition, Layout, Limits, CATEGORY_NAMES, EDITIONS, LAYOUT, LIMITS};
pub use model::{
    compare_official, Answer, Answers, CellRef, Criterion, CriterionId, Level, Mark,
    OfficialChange, Workbook,
};
pub use read::read;
pub use write::export;

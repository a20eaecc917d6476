//! The stored record of one assessment (format 2) and the small UI-state value.
//!
//! A record wraps the [`Assessment`] (whose fields the share codec also encodes) with the
//! metadata storage needs: a stable id, creation and change times, a revision counter bumped on
//! every change, and when the first change not yet in a backup file was made.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use std::rc::Rc;

use crate::assessment::Assessment;

/// The record format this build reads and writes.
pub const RECORD_FORMAT: u64 = 2;
/// Prefix of the per-assessment keys (the `v2` names the key layout).
pub const RECORD_PREFIX: &str = "shindan.v2.a.";
/// Key of [`UiState`].
pub const UI_KEY: &str = "shindan.v2.ui";
/// Longest id accepted (ids become key names).
pub const MAX_ID: usize = 64;

/// A stable assessment id: lowercase ASCII letters, digits and `-`, 1–64 characters. Shared
/// text (`Rc<str>`): the store copies its maps of records on a change, and copying an id is then
/// a count, not an allocation (what keeps a 300-assessment library cheap per answer).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RecordId(Rc<str>);

impl RecordId {
    /// Checks the id's alphabet and length.
    pub fn parse(s: &str) -> Option<RecordId> {
        let ok = !s.is_empty()
            && s.len() <= MAX_ID
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        ok.then(|| RecordId(Rc::from(s)))
    }

    /// A fresh id from the time (ms) and a random number the edge supplies.
    pub fn fresh(now_ms: u64, random: u32) -> RecordId {
        RecordId(Rc::from(format!("a{now_ms:x}-{random:08x}")))
    }

    /// Another unused id made from this fresh one (the `n`th of several created at once).
    pub fn derived(&self, n: usize) -> RecordId {
        let mut s = format!("{}-{n}", self.0);
        s.truncate(MAX_ID);
        RecordId(Rc::from(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The localStorage key of this record.
    pub fn key(&self) -> String {
        format!("{RECORD_PREFIX}{}", self.0)
    }

    /// The id named by a record key, if `key` is one.
    pub fn from_key(key: &str) -> Option<RecordId> {
        RecordId::parse(key.strip_prefix(RECORD_PREFIX)?)
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for RecordId {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        RecordId::parse(&s).ok_or_else(|| format!("invalid assessment id {s:?}"))
    }
}

impl From<RecordId> for String {
    fn from(id: RecordId) -> String {
        id.0.to_string()
    }
}

/// One stored assessment (format 2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Always [`RECORD_FORMAT`] when written by this build.
    pub format: u64,
    pub id: RecordId,
    /// Creation time, ms since the epoch.
    pub created: u64,
    /// Last change, ms since the epoch.
    pub updated: u64,
    /// Bumped on every change; 0 = never changed (and never stored).
    pub revision: u64,
    /// Time of the first change not yet written to a backup file (for the backup reminder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unexported_since: Option<u64>,
    /// Set on a copy made because two tabs changed the same assessment at once: the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict_of: Option<RecordId>,
    /// Shared, so a copy of the record (the store's next state) does not copy the answers
    /// and notes; an edit clones the one assessment it changes (`Rc::make_mut`).
    pub assessment: Rc<Assessment>,
}

impl Record {
    /// A new, never-changed record (revision 0: not stored until something changes).
    pub fn blank(id: RecordId, now: u64) -> Record {
        Record::with(id, now, Assessment::new(), 0)
    }

    /// A record holding `assessment`.
    pub fn with(id: RecordId, now: u64, assessment: Assessment, revision: u64) -> Record {
        Record {
            format: RECORD_FORMAT,
            id,
            created: now,
            updated: now,
            revision,
            unexported_since: (revision > 0).then_some(now),
            conflict_of: None,
            assessment: Rc::new(assessment),
        }
    }

    /// The stored JSON.
    pub fn to_json(&self) -> String {
        // A struct of strings, numbers and maps with string keys: serialisation cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The revision of a stored record of this build's format, without building its
    /// assessment (serde skips the rest); `None` for anything else. The edge's check before
    /// each write.
    pub fn peek_revision(raw: &str) -> Option<u64> {
        #[derive(Deserialize)]
        struct Peek {
            format: u64,
            revision: u64,
        }
        let p: Peek = serde_json::from_str(raw).ok()?;
        (p.format == RECORD_FORMAT).then_some(p.revision)
    }

    /// Parses a stored record, telling a newer format from damage.
    pub fn from_json(raw: &str) -> Result<Record, ReadError> {
        let format = peek_format(raw)?;
        if format > RECORD_FORMAT {
            return Err(ReadError::Newer(format));
        }
        if format < RECORD_FORMAT {
            return Err(ReadError::Corrupt(format!(
                "format {format} is not a record format"
            )));
        }
        serde_json::from_str::<Record>(raw).map_err(|e| ReadError::Corrupt(e.to_string()))
    }
}

/// Why a stored or imported value could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not valid JSON, truncated, or not the expected shape.
    Corrupt(String),
    /// Written by a newer build (this format number); kept untouched.
    Newer(u64),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Corrupt(e) => write!(f, "unreadable: {e}"),
            ReadError::Newer(v) => write!(f, "written by a newer version (format {v})"),
        }
    }
}

/// Reads the top-level `"format"` number of a JSON object without trusting the rest.
pub fn peek_format(raw: &str) -> Result<u64, ReadError> {
    #[derive(Deserialize)]
    struct Peek {
        format: Option<serde_json::Value>,
    }
    let peek: Peek = serde_json::from_str(raw).map_err(|e| ReadError::Corrupt(e.to_string()))?;
    match peek.format {
        Some(serde_json::Value::Number(n)) => n
            .as_u64()
            .ok_or_else(|| ReadError::Corrupt("format is not a whole number".into())),
        _ => Err(ReadError::Corrupt("no format number".into())),
    }
}

/// The organisation name of a value we cannot fully read, for the read-only notice.
pub fn peek_name(raw: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(raw).ok()?;
    v.get("assessment")?
        .get("name")?
        .as_str()
        .map(|s| s.chars().take(200).collect())
}

/// Where the user was, stored under [`UI_KEY`]. Per browser (the last tab to write wins).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UiState {
    pub format: u64,
    /// The open assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open: Option<RecordId>,
    /// The last screen (`#/…`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<String>,
    /// When each assessment was last written to a backup file (ms).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub exported: BTreeMap<RecordId, u64>,
    /// The assessments chosen as A and B in the comparison.
    #[serde(default, skip_serializing_if = "ComparePick::is_empty")]
    pub compare: ComparePick,
}

/// The two assessments chosen for the comparison (A the reference, B the one compared).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComparePick {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<RecordId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b: Option<RecordId>,
}

impl ComparePick {
    pub fn is_empty(&self) -> bool {
        self.a.is_none() && self.b.is_none()
    }
}

impl UiState {
    pub fn to_json(&self) -> String {
        let mut s = self.clone();
        s.format = RECORD_FORMAT;
        serde_json::to_string(&s).unwrap_or_default()
    }

    /// Reads the UI state; anything unreadable or newer is treated as absent (it holds nothing
    /// that cannot be recreated, and it is only overwritten when it was readable).
    pub fn from_json(raw: &str) -> Result<UiState, ReadError> {
        let format = peek_format(raw)?;
        if format > RECORD_FORMAT {
            return Err(ReadError::Newer(format));
        }
        serde_json::from_str(raw).map_err(|e| ReadError::Corrupt(e.to_string()))
    }
}

/// Is this a key of a newer build's layout (`shindan.v<N>.…` with N above 2)?
pub fn is_newer_layout_key(key: &str) -> bool {
    key.strip_prefix("shindan.v")
        .and_then(|rest| rest.split('.').next())
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|n| n > 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_checked() {
        assert!(RecordId::parse("a18c-00ff").is_some());
        assert!(RecordId::parse("").is_none());
        assert!(RecordId::parse("A").is_none());
        assert!(RecordId::parse("a/b").is_none());
        assert!(RecordId::parse(&"a".repeat(65)).is_none());
        let id = RecordId::fresh(1_700_000_000_000, 0xdead_beef);
        assert_eq!(RecordId::from_key(&id.key()), Some(id));
    }

    #[test]
    fn newer_and_corrupt_are_told_apart() {
        assert_eq!(
            Record::from_json(r#"{"format":3,"whatever":true}"#),
            Err(ReadError::Newer(3))
        );
        assert!(matches!(
            Record::from_json(r#"{"format":2,"id":"x""#),
            Err(ReadError::Corrupt(_))
        ));
        assert!(matches!(
            Record::from_json("[1,2]"),
            Err(ReadError::Corrupt(_))
        ));
    }

    #[test]
    fn newer_layout_keys() {
        assert!(is_newer_layout_key("shindan.v9.future-thing"));
        assert!(is_newer_layout_key("shindan.v3.a.x"));
        assert!(!is_newer_layout_key("shindan.v2.a.x"));
        assert!(!is_newer_layout_key("shindan.v1.lang"));
        assert!(!is_newer_layout_key("shindan.quarantine.1"));
    }
}

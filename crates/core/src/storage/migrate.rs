//! Migrations from every released storage format to the current one.
//!
//! Released formats:
//! * **1** (first release): one assessment under `shindan.v1.current` as
//!   `{"format":1,"assessment":{…}}`.
//! * **2** (this build): one [`Record`] per assessment under `shindan.v2.a.<id>`.
//!
//! The edge writes the migrated record, reads it back, and only then removes the old value
//! (so a failed write leaves the old value where it was). The migrated record always gets the
//! id [`V1_ID`], so a migration interrupted after the write and retried later cannot create a
//! duplicate: the record that is already there wins and the old value is dropped.

use serde::Deserialize;

use super::record::{peek_format, ReadError, Record, RecordId};
use crate::assessment::Assessment;

/// Key of format 1.
pub const V1_KEY: &str = "shindan.v1.current";
/// The format number of [`V1_KEY`].
pub const V1_FORMAT: u64 = 1;
/// The id given to the assessment migrated from format 1.
pub const V1_ID: &str = "v1-current";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1 {
    #[allow(dead_code)]
    format: u64,
    assessment: Assessment,
}

/// Reads a format-1 value.
pub fn read_v1(raw: &str) -> Result<Assessment, ReadError> {
    let format = peek_format(raw)?;
    if format > V1_FORMAT {
        return Err(ReadError::Newer(format));
    }
    if format < V1_FORMAT {
        return Err(ReadError::Corrupt(format!("unknown format {format}")));
    }
    serde_json::from_str::<V1>(raw)
        .map(|v| v.assessment)
        .map_err(|e| ReadError::Corrupt(e.to_string()))
}

/// Format 1 → a format-2 record (revision 1, so it is stored), created at `now`.
pub fn from_v1(raw: &str, now: u64) -> Result<Record, ReadError> {
    let assessment = read_v1(raw)?;
    let id = RecordId::parse(V1_ID).ok_or_else(|| ReadError::Corrupt("bad id".into()))?;
    Ok(Record::with(id, now, assessment, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_newer_and_truncated() {
        assert_eq!(
            read_v1(r#"{"format":2,"assessment":{}}"#),
            Err(ReadError::Newer(2))
        );
        assert!(matches!(
            read_v1(r#"{"format":1,"assessment":{"name":"trunc"#),
            Err(ReadError::Corrupt(_))
        ));
        let r = from_v1(r#"{"format":1,"assessment":{"name":"株式会社"}}"#, 5).expect("reads");
        assert_eq!(r.assessment.name, "株式会社");
        assert_eq!(r.revision, 1);
        assert_eq!(r.id.as_str(), V1_ID);
    }
}

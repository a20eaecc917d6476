//! PURE: the stored and exported form of the incident records (`crate::incident` owns the
//! records and their edits): one versioned JSON value under [`KEY`], read with the same rules
//! as assessments — a newer format is kept and never overwritten, anything unreadable is
//! quarantined by the edge.

use super::record::{peek_format, ReadError};
use crate::incident::{IncidentFile, FORMAT};

/// localStorage key of the records (the `v1` is the key layout; the value carries [`FORMAT`]).
pub const KEY: &str = "shindan.v1.incidents";
impl super::Stored for IncidentFile {
    const KEY: &'static str = KEY;
    fn read(raw: &str) -> Result<Self, ReadError> {
        IncidentFile::from_json(raw)
    }
    fn write(&self) -> String {
        self.to_json()
    }
}

impl IncidentFile {
    /// Reads a stored value. A newer format is [`ReadError::Newer`] (keep it, never
    /// overwrite); anything unreadable is [`ReadError::Corrupt`] (quarantine it).
    pub fn from_json(raw: &str) -> Result<IncidentFile, ReadError> {
        let format = peek_format(raw)?;
        if format > FORMAT {
            return Err(ReadError::Newer(format));
        }
        if format < FORMAT {
            return Err(ReadError::Corrupt(format!("unknown format {format}")));
        }
        let file: IncidentFile =
            serde_json::from_str(raw).map_err(|e| ReadError::Corrupt(e.to_string()))?;
        let mut seen = std::collections::BTreeSet::new();
        if let Some(dup) = file.records.iter().find(|r| !seen.insert(r.id.as_str())) {
            return Err(ReadError::Corrupt(format!(
                "duplicate record id {}",
                dup.id
            )));
        }
        Ok(file)
    }

    /// The stored form (compact).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The export file (indented, same format).
    pub fn to_json_pretty(&self) -> String {
        super::pretty::pretty(&serde_json::to_string(self).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::{record_id, IncidentAction};
    use crate::model::Id;

    fn sample() -> IncidentFile {
        let mut f = IncidentFile::new();
        let rid = record_id(1_700_000_000_000, 0xdead_beef);
        f.apply(IncidentAction::New {
            id: rid.clone(),
            now: 1_700_000_000_000,
        });
        f.apply(IncidentAction::Set {
            id: rid.clone(),
            field: Id::from("ic.f03"),
            value: "株式会社サンプル, 本社".into(),
            now: 1_700_000_100_000,
        });
        for o in ["data_leak", "malware"] {
            f.apply(IncidentAction::Toggle {
                id: rid.clone(),
                field: Id::from("ic.f01"),
                option: o.into(),
                on: true,
                now: 1_700_000_200_000,
            });
        }
        f
    }

    #[test]
    fn round_trip_and_versioning() {
        let f = sample();
        let json = f.to_json();
        assert!(
            json.starts_with(r#"{"format":1,"records":[{"id":"ir-"#),
            "{json}"
        );
        assert!(
            json.contains(r#""ic.f01":["data_leak","malware"]"#),
            "{json}"
        );
        assert_eq!(IncidentFile::from_json(&json), Ok(f.clone()));
        assert_eq!(IncidentFile::from_json(&f.to_json_pretty()), Ok(f));
        assert_eq!(
            IncidentFile::from_json(r#"{"format":2,"records":[],"x":1}"#),
            Err(ReadError::Newer(2))
        );
        for bad in [
            "",
            "{",
            r#"{"format":1}"#,
            r#"{"format":0,"records":[]}"#,
            r#"{"format":1,"records":[{"id":"a"}]}"#,
            r#"{"format":1,"records":[],"extra":true}"#,
            r#"{"format":1,"records":[{"id":"a","created":1,"updated":1},{"id":"a","created":1,"updated":1}]}"#,
        ] {
            assert!(
                matches!(IncidentFile::from_json(bad), Err(ReadError::Corrupt(_))),
                "{bad}"
            );
        }
    }
}

//! PURE: the SCS ★3/★4 self-assessment (`crate::scs`) as it is stored — one versioned JSON value
//! under [`KEY`]: the workbook as read from the user's file (IPA's text, kept in this browser
//! only) and the answers. A newer format is kept read-only and never overwritten; anything
//! unreadable is quarantined by the edge, like every value kept whole.

use serde::{Deserialize, Serialize};

use super::record::ReadError;
use super::Stored;
use crate::scs::{Answers, Workbook};

/// localStorage key of the SCS assessment.
pub const KEY: &str = "shindan.v1.scs";

/// The format this build writes.
pub const FORMAT: u32 = 1;

/// The SCS assessment as kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScsFile {
    pub format: u32,
    /// The workbook last opened (none yet: the pages ask for the user's copy).
    pub workbook: Option<Workbook>,
    /// By criterion ID; an empty answer is never kept.
    #[serde(default)]
    pub answers: Answers,
}

impl Default for ScsFile {
    fn default() -> Self {
        ScsFile {
            format: FORMAT,
            workbook: None,
            answers: Answers::new(),
        }
    }
}

impl Stored for ScsFile {
    const KEY: &'static str = KEY;
    fn read(raw: &str) -> Result<Self, ReadError> {
        let format = super::record::peek_format(raw)?;
        if format > u64::from(FORMAT) {
            return Err(ReadError::Newer(format));
        }
        let f: ScsFile =
            serde_json::from_str(raw).map_err(|e| ReadError::Corrupt(e.to_string()))?;
        if f.format != FORMAT {
            return Err(ReadError::Corrupt(format!("format {}", f.format)));
        }
        Ok(f)
    }
    fn write(&self) -> String {
        // Strings, numbers, maps and lists only: serialisation cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

//! PURE: the SCS ★3/★4 self-assessment (`crate::scs`) as it is stored — one versioned JSON value
//! under [`KEY`]: the workbook as read from the user's file (IPA's text, kept in this browser
//! only) and the answers. A newer format is kept read-only and never overwritten; anything
//! unreadable is quarantined by the edge, like every value kept whole.
//!
//! The same value is the `scs` section of the backup of everything (`storage::backup`, version
//! 3), made by [`ScsFile::for_backup`]: without IPA's text unless the user asks for it, in which
//! case `workbook` is `null` and `answered_with` says which copy the answers were made against
//! (the store never keeps `answered_with`: a restore leaves it out, [`ScsFile::fill`]):
//!
//! ```json
//! { "format": 1, "workbook": null,
//!   "answers": { "1-2-1-1": { "mark": "met", "note": "規程あり" }, "1-2-1-2": { "mark": "partly" } },
//!   "answered_with": { "edition": "scs-2026-03-27", "sha256": "9f2c…", "file_name": "scs.xlsx" } }
//! ```

use serde::{Deserialize, Serialize};

use super::record::ReadError;
use super::Stored;
use crate::scs::{Answers, Workbook, WorkbookRef};

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
    /// In a backup made without the workbook's text only: the copy the answers were made
    /// against. Never kept in this browser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_with: Option<Box<WorkbookRef>>,
}

impl Default for ScsFile {
    fn default() -> Self {
        ScsFile {
            format: FORMAT,
            workbook: None,
            answers: Answers::new(),
            answered_with: None,
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

/// What restoring a backup's SCS section did to the assessment kept here ([`ScsFile::fill`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filled {
    /// Answers taken from the file: criteria not answered here.
    pub taken: usize,
    /// Criteria answered both here and in the file: ours kept.
    pub kept: usize,
    /// Of those kept, how many the file answers differently.
    pub different: usize,
    /// The file's answers to criteria the workbook kept here does not have: left out.
    pub left_out: usize,
    /// The file's workbook (with IPA's text) was taken: none was kept here.
    pub workbook_taken: bool,
    /// The file's answers were made against another copy than the one kept here (another
    /// edition or other bytes).
    pub other_copy: bool,
    /// The copy the answers were made against, when neither this browser nor the file holds
    /// its text: the user opens it on the SCS pages to see them.
    pub open_copy: Option<WorkbookRef>,
}

impl ScsFile {
    /// Nothing kept: no workbook and no answer.
    pub fn is_empty(&self) -> bool {
        self.workbook.is_none() && self.answers.is_empty()
    }

    /// The `scs` section of a backup (`None`: nothing to carry). IPA's text only when
    /// `with_text`; without it, what identifies the copy instead.
    pub fn for_backup(&self, with_text: bool) -> Option<ScsFile> {
        if self.is_empty() {
            return None;
        }
        let mut s = self.clone();
        if !with_text {
            s.answered_with = s.workbook.take().map(|w| Box::new(w.identity()));
        }
        Some(s)
    }

    /// The copy the answers belong to: the workbook's identity, or the one a backup named.
    pub fn copy(&self) -> Option<WorkbookRef> {
        self.workbook
            .as_ref()
            .map(Workbook::identity)
            .or_else(|| self.answered_with.as_deref().cloned())
    }

    /// What is inconsistent in a value read from outside (a backup's section), each named:
    /// an answer's ID that is not a criterion ID, or not a criterion of its own workbook; a
    /// criterion twice; a workbook and the copy it would replace both given.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.workbook.is_some() && self.answered_with.is_some() {
            out.push("both a workbook and answered_with".to_owned());
        }
        if let Some(w) = &self.workbook {
            let mut seen = std::collections::BTreeSet::new();
            for c in &w.criteria {
                if !seen.insert(c.id.as_str()) {
                    out.push(format!("criterion {} twice", c.id));
                }
            }
        }
        for id in self.answers.keys() {
            if id.parse::<shindan_scs::CriterionId>().is_err() {
                out.push(format!("{id:?} is not a criterion ID"));
            } else if self
                .workbook
                .as_ref()
                .is_some_and(|w| w.criterion(id).is_none())
            {
                out.push(format!("{id} is not in the workbook"));
            }
        }
        out
    }

    /// Restores a backup's section into this one without overwriting anything: the file's
    /// workbook is taken only when none is kept here; an answer only for a criterion not
    /// answered here and, when a workbook is kept, one of its criteria.
    pub fn fill(&mut self, file: &ScsFile) -> Filled {
        let mut done = Filled::default();
        let here = self.workbook.as_ref().map(Workbook::identity);
        if let (Some(here), Some(theirs)) = (&here, file.copy()) {
            done.other_copy = !here.same_copy(&theirs);
        }
        if self.workbook.is_none() && file.workbook.is_some() {
            self.workbook = file.workbook.clone();
            done.workbook_taken = true;
        }
        for (id, a) in file.answers.iter().filter(|(_, a)| !a.is_empty()) {
            let known = self
                .workbook
                .as_ref()
                .is_none_or(|w| w.criterion(id).is_some());
            match self.answers.get(id) {
                _ if !known => done.left_out += 1,
                Some(ours) => {
                    done.kept += 1;
                    done.different += usize::from(ours != a);
                }
                None => {
                    self.answers.insert(id.clone(), a.clone());
                    done.taken += 1;
                }
            }
        }
        if self.workbook.is_none() && !self.answers.is_empty() {
            done.open_copy = file.answered_with.as_deref().cloned();
        }
        self.answered_with = None;
        done
    }
}

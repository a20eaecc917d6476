//! PURE: the changes made to the SCS ★3/★4 self-assessment (`storage::scs::ScsFile`), and how
//! two tabs' changes to it are merged (`store::sync::Mergeable`). The SCS pages hold it as a
//! `Kept` value of their own (the first screen never loads it), written through the same door
//! and sync rules as the other values kept whole.

use crate::scs::{Answer, Answers, Mark, Workbook};
use crate::storage::scs::ScsFile;

use super::sync::Mergeable;
use super::Kept;

/// The SCS assessment as a tab holds it.
pub type Scs = Kept<ScsFile>;

/// A change to the SCS assessment.
#[derive(Clone, Debug, PartialEq)]
pub enum ScsAction {
    /// A workbook opened and accepted: it replaces the one kept; `answers` replace ours when
    /// given (the file's, on a first open), else ours are kept.
    Open {
        workbook: Box<Workbook>,
        answers: Option<Answers>,
    },
    Mark(String, Mark),
    Note(String, String),
    Evidence(String, String),
    Supplement(String, String),
    /// The answers found in a file, taken over ours for those criteria.
    Take(Answers),
    /// A backup's SCS section restored, never overwriting (`ScsFile::fill`): its workbook if
    /// none is kept, its answers to criteria not answered here.
    Fill(Box<ScsFile>),
    /// Forgets the workbook and every answer.
    Forget,
}

impl ScsAction {
    /// Applies the change; `true` when anything changed.
    pub fn apply_to(self, f: &mut ScsFile) -> bool {
        let before = f.clone();
        match self {
            ScsAction::Open { workbook, answers } => {
                f.workbook = Some(*workbook);
                if let Some(a) = answers {
                    f.answers = a.into_iter().filter(|(_, a)| !a.is_empty()).collect();
                }
            }
            ScsAction::Mark(id, m) => edit(f, id, |a| a.mark = m),
            ScsAction::Note(id, t) => edit(f, id, |a| a.note = t),
            ScsAction::Evidence(id, t) => edit(f, id, |a| a.evidence = t),
            ScsAction::Supplement(id, t) => edit(f, id, |a| a.supplement = t),
            ScsAction::Take(answers) => {
                for (id, a) in answers {
                    edit(f, id, |x| *x = a);
                }
            }
            ScsAction::Fill(file) => {
                f.fill(&file);
            }
            ScsAction::Forget => *f = ScsFile::default(),
        }
        *f != before
    }
}

/// Edits one answer; an answer left empty is removed (never kept as a blank entry). Only
/// criteria of the kept workbook can be answered.
fn edit(f: &mut ScsFile, id: String, change: impl FnOnce(&mut Answer)) {
    let known = f
        .workbook
        .as_ref()
        .is_some_and(|w| w.criterion(&id).is_some());
    if !known {
        return;
    }
    let mut a = f.answers.get(&id).cloned().unwrap_or_default();
    change(&mut a);
    if a.is_empty() {
        f.answers.remove(&id);
    } else {
        f.answers.insert(id, a);
    }
}

impl Mergeable for ScsFile {
    /// Per criterion: the side that changed it since both last read wins (ours when both did:
    /// this tab's user is the one looking); the workbook likewise.
    fn merge3(base: &Self, ours: &Self, theirs: &Self) -> (Self, Vec<String>) {
        let workbook = if ours.workbook != base.workbook {
            ours.workbook.clone()
        } else {
            theirs.workbook.clone()
        };
        let mut answers = Answers::new();
        let ids = base
            .answers
            .keys()
            .chain(ours.answers.keys())
            .chain(theirs.answers.keys());
        for id in ids {
            if answers.contains_key(id) {
                continue;
            }
            let b = base.answers.get(id);
            let o = ours.answers.get(id);
            let pick = if o != b { o } else { theirs.answers.get(id) };
            if let Some(a) = pick.filter(|a| !a.is_empty()) {
                answers.insert(id.clone(), a.clone());
            }
        }
        (
            ScsFile {
                workbook,
                answers,
                ..ours.clone()
            },
            Vec::new(),
        )
    }
}

/// What changes the SCS assessment a tab holds: the user's edits and the door's reports.
#[derive(Clone, Debug, PartialEq)]
pub enum ScsMsg {
    Edit(ScsAction),
    /// The door tried to store it.
    Wrote(crate::storage::report::KeptOutcome<ScsFile>),
    /// Another tab changed it to this (`None`: removed).
    Outside(Option<String>),
    /// "Delete all my data" succeeded.
    Cleared,
}

/// The assessment after `m`, or `None` when `m` changes nothing. A read-only value (a newer
/// build's, or an unreadable one left in place) is never edited.
pub fn next(k: &Scs, m: ScsMsg) -> Option<Scs> {
    let next = match m {
        ScsMsg::Edit(a) => {
            if k.read_only {
                return None;
            }
            let mut value = k.value.clone();
            if !a.apply_to(&mut value) {
                return None;
            }
            Scs { value, ..k.clone() }
        }
        ScsMsg::Wrote(outcome) => super::sync::kept_after_write(k, outcome),
        ScsMsg::Outside(raw) => super::sync::kept_outside(k, raw.as_deref())?,
        ScsMsg::Cleared => Scs::default(),
    };
    (next != *k).then_some(next)
}

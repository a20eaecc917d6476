//! PURE: progress through the SME guideline's four stages (第3.1版, "How to Use This
//! Guideline"; Part 2 chapters 2–5), judged from the answers Shindan asks for.
//!
//! * Stage 1 (chapter 2, the 5 articles) is done when ★ can be declared: every article is done
//!   or committed to (T8 Part 1 column, p.12).
//! * Stage 2 (chapter 3) holds three sections: 3(1) the basic policy, set and communicated —
//!   done when it is marked established and published; 3(2) the current status assessed with
//!   the 25-item self-diagnosis — done when every item is answered; 3(3) the measures decided
//!   and communicated to employees. Shindan has no question of its own for 3(3): it reads
//!   self-diagnosis No.25 (rules for the measures set and made clear to employees) answered
//!   実施している as done. That reading is Shindan's ([`SectionBasis::ShindanReading`]).
//!   ★★ declares stage 2 (T8 Part 2 column, p.19); its readiness is SECURITY ACTION's own
//!   criteria (`stars.rs`), which are 3(1) and 3(2).
//! * Stages 3 and 4 (chapters 4 and 5) are not assessed section by section: Shindan shows which
//!   of the Seven Key Initiatives correspond to each section (表2) and their answers.

use crate::model::{AnswerKind, Id, Model};

use super::sme::self_check;
use super::stars::{star_one, star_two};
use super::state::Assessment;

/// The self-diagnosis item Shindan reads for section 3(3) (No.25).
pub const MEASURES_SHARED_ITEM: &str = "sc.25";

/// Section 3(3) as Shindan reads it: self-diagnosis No.25 answered 実施している.
pub fn measures_shared(a: &Assessment) -> bool {
    a.answer(&Id::from(MEASURES_SHARED_ITEM)) == Some(AnswerKind::Implemented)
}

/// Where a section's state comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionBasis {
    /// A SECURITY ACTION criterion or a count of answers: what the guideline itself asks.
    Guideline,
    /// Shindan's reading of an answer (3(3) from No.25).
    ShindanReading,
    /// Not assessed (stages 3 and 4).
    NotAssessed,
}

/// One section's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionProgress {
    pub section: Id,
    /// `Some(true)` done, `Some(false)` not yet, `None` not assessed.
    pub done: Option<bool>,
    pub basis: SectionBasis,
}

/// One stage's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageProgress {
    pub stage: Id,
    pub number: u8,
    /// Every assessed section done (never true for a stage Shindan does not assess).
    pub complete: bool,
    /// Whether Shindan assesses this stage at all.
    pub assessed: bool,
    pub sections: Vec<SectionProgress>,
    /// The SECURITY ACTION level declaring the stage and whether it can be declared.
    pub star: Option<(Id, bool)>,
}

/// Progress through every stage, in order.
pub fn stage_progress(model: &Model, a: &Assessment) -> Vec<StageProgress> {
    let one = star_one(model, a);
    let two = star_two(model, a);
    let sc = self_check(model, a);
    model
        .stages()
        .iter()
        .map(|st| {
            let sections: Vec<SectionProgress> = st
                .sections
                .iter()
                .map(|sec| {
                    let (done, basis) = match sec.as_str() {
                        "sme.s2.1" => (Some(one.ready), SectionBasis::Guideline),
                        "sme.s3.1" => (
                            Some(a.policy.established && a.policy.published),
                            SectionBasis::Guideline,
                        ),
                        "sme.s3.2" => (
                            Some(sc.items > 0 && sc.answered == sc.items),
                            SectionBasis::Guideline,
                        ),
                        "sme.s3.3" => (Some(measures_shared(a)), SectionBasis::ShindanReading),
                        _ => (None, SectionBasis::NotAssessed),
                    };
                    SectionProgress {
                        section: sec.clone(),
                        done,
                        basis,
                    }
                })
                .collect();
            let assessed = sections.iter().any(|s| s.done.is_some());
            let complete = assessed && sections.iter().all(|s| s.done == Some(true));
            let star = st.star.as_ref().map(|l| {
                let ready = match l.as_str() {
                    "sa.star1" => one.ready,
                    "sa.star2" => two.ready,
                    _ => false,
                };
                (l.clone(), ready)
            });
            StageProgress {
                stage: st.id.clone(),
                number: st.number,
                complete,
                assessed,
                sections,
                star,
            }
        })
        .collect()
}

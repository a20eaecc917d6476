//! PURE: the shared arithmetic of every per-section score: points from the model's answer
//! scale over the maximum of the applicable answered items.
//!
//! Points always come from the model's scale (`AnswerOption::points`): an option whose points
//! are `None` (該当しない) is left out of both the total and the maximum; an answer of a kind the
//! scale does not offer is treated as unanswered (it cannot be entered through the UI).

use crate::model::{AnswerKind, AnswerScale};

/// A percentage score of a group of items (one 指示, one 原則, the 7 SME actions).
///
/// Unanswered items (documented decision): the score is computed over the *answered*
/// applicable items only, and `answered`/`total` say how far the group is filled in, so the
/// view can show progress and mark the score provisional until [`Score::is_complete`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Score {
    /// 0–100; `None` when no answered item is applicable (nothing answered, or every answered
    /// item is 該当しない — see [`Score::is_not_applicable`]).
    pub percent: Option<f64>,
    /// Points of the applicable answered items.
    pub points: i32,
    /// Maximum points of the applicable answered items (best option × count).
    pub max: i32,
    /// Items answered (any option the scale offers, 該当しない included).
    pub answered: usize,
    /// Items in the group.
    pub total: usize,
    /// Answered 該当しない (excluded from the score).
    pub not_applicable: usize,
    /// Answered わからない (scored per the scale and listed as unknowns).
    pub dont_know: usize,
}

impl Score {
    /// Every item is answered, so the score is final (not provisional).
    pub fn is_complete(&self) -> bool {
        self.answered == self.total
    }

    /// Something is answered but every answered item is 該当しない: show "n/a".
    pub fn is_not_applicable(&self) -> bool {
        self.answered > 0 && self.not_applicable == self.answered
    }
}

/// The best points the scale offers (4 on both Shindan scales); 0 for an empty scale.
pub(crate) fn best_points(scale: &AnswerScale) -> i32 {
    scale
        .options
        .iter()
        .filter_map(|o| o.points)
        .max()
        .unwrap_or(0)
}

/// Accumulates a [`Score`] item by item.
#[derive(Clone, Debug)]
pub(crate) struct Tally<'m> {
    scale: &'m AnswerScale,
    best: i32,
    score: Score,
}

impl<'m> Tally<'m> {
    pub(crate) fn new(scale: &'m AnswerScale) -> Self {
        Tally {
            scale,
            best: best_points(scale),
            score: Score::default(),
        }
    }

    /// Adds one item with its answer (if any). Returns whether the answer counted as answered.
    pub(crate) fn add(&mut self, answer: Option<AnswerKind>) -> bool {
        self.score.total += 1;
        let Some(kind) = answer else { return false };
        let Some(option) = self.scale.option(kind) else {
            return false;
        };
        self.score.answered += 1;
        if kind == AnswerKind::DontKnow {
            self.score.dont_know += 1;
        }
        match option.points {
            Some(p) => {
                self.score.points += p;
                self.score.max += self.best;
            }
            None => self.score.not_applicable += 1,
        }
        true
    }

    pub(crate) fn finish(mut self) -> Score {
        self.score.percent = (self.score.max > 0)
            .then(|| f64::from(self.score.points) * 100.0 / f64::from(self.score.max));
        self.score
    }
}

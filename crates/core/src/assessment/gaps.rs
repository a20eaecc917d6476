//! PURE: the ranked gap list of the executive check — which 指示 to work on first.
//!
//! Ranking (Ver3.0 指示1–10; maturity on Shindan's 0–4 scale):
//! 1. maturity gap `target − current` descending — only when BOTH are set; a 指示 with either
//!    tier unset has gap `None` and sorts after every `Some` (an unknown gap is not a big one);
//! 2. then A-2 score ascending — `None` (nothing answered, or all 該当しない) after every `Some`;
//! 3. then 指示 number ascending.
//!
//! A 指示 is listed when its gap is positive, or its score is below 100, or it has わからない
//! answers. A 指示 with nothing answered and no tiers set is not listed (nothing is known about
//! it yet; the view shows progress instead). Each row carries the direction ID so the view can
//! show the model's 対策を怠った場合のシナリオ and 対策例 for it.

use std::cmp::Ordering;

use crate::model::{Id, Model};

use super::exec::direction_scores;
use super::state::Assessment;

/// One row of the gap list.
#[derive(Clone, Debug, PartialEq)]
pub struct GapRow {
    /// `v3.d<n>`: look up scenarios / examples / first steps with `model.direction(id)`.
    pub direction: Id,
    pub number: u8,
    pub current: Option<u8>,
    pub target: Option<u8>,
    /// `target − current` when both are set (negative when above target).
    pub gap: Option<i8>,
    /// A-2 score %, provisional while `answered < total`.
    pub score: Option<f64>,
    pub answered: usize,
    pub total: usize,
    /// Its A-2 items answered わからない, in model order.
    pub unknowns: Vec<Id>,
}

/// `Some` before `None`; among `Some`, by `f`.
fn some_first<T>(a: Option<T>, b: Option<T>, f: impl Fn(T, T) -> Ordering) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => f(a, b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// The 指示 needing attention, most urgent first (rules in the module docs).
pub fn ranked_gaps(model: &Model, a: &Assessment) -> Vec<GapRow> {
    let mut rows: Vec<GapRow> = direction_scores(model, a)
        .into_iter()
        .map(|d| {
            let gap = match (d.tiers.current, d.tiers.target) {
                // Both are clamped to 0..=4, so the difference fits an i8.
                (Some(c), Some(t)) => {
                    Some(i8::try_from(t).unwrap_or(0) - i8::try_from(c).unwrap_or(0))
                }
                _ => None,
            };
            GapRow {
                direction: d.direction,
                number: d.number,
                current: d.tiers.current,
                target: d.tiers.target,
                gap,
                score: d.score.percent,
                answered: d.score.answered,
                total: d.score.total,
                unknowns: d.unknowns,
            }
        })
        .filter(|r| {
            r.gap.is_some_and(|g| g > 0)
                || r.score.is_some_and(|s| s < 100.0)
                || !r.unknowns.is_empty()
        })
        .collect();
    rows.sort_by(|x, y| {
        some_first(x.gap, y.gap, |a, b| b.cmp(&a))
            .then_with(|| some_first(x.score, y.score, |a, b| a.total_cmp(&b)))
            .then_with(|| x.number.cmp(&y.number))
    });
    rows
}

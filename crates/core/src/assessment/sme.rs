//! PURE: the IPA SME step-up path's numbers — stage 2's 25-item self-diagnosis
//! (5分でできる！情報セキュリティ自社診断) and the score of the executives' 7 actions
//! (経営者が実施すべき重要7項目の取組).
//!
//! Official scoring (IPA 中小企業の情報セキュリティ対策ガイドライン 第3.1版, 付録3 自社診断 — Appendix 2
//! in the English edition):
//! 実施している 4 / 一部実施している 2 / 実施していない 0 / わからない −1 per item, summed over
//! the 25 items (max 100, min −25), judged against the bands printed on the sheet. The points
//! and bands are read from the model (`Model::sme_scale`, `Model::band_for`), never hard-coded.

use crate::model::{AnswerKind, Band, Id, Model};

use super::score::{best_points, Score, Tally};
use super::state::Assessment;

/// The subtotal of one self-check part (part 1: items 1–5, part 2: 6–18, part 3: 19–25).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartSubtotal {
    /// `sc.part<n>`.
    pub part: Id,
    pub number: u8,
    /// Points of the answered items of the part (may be negative).
    pub points: i32,
    /// Best possible points of the part (4 × items).
    pub max: i32,
    pub answered: usize,
    pub total: usize,
}

/// A self-check item worth showing example measures for, with how it was answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeakItem {
    /// `sc.<nn>`.
    pub item: Id,
    pub number: u8,
    pub answer: AnswerKind,
}

/// The self-diagnosis result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelfCheckResult {
    /// Sum of the points of the answered items. Final only when `complete`; before that it is
    /// provisional (the sheet's bands assume all 25 items are answered).
    pub total: i32,
    /// Highest possible total (100).
    pub max: i32,
    /// Lowest possible total (−25).
    pub min: i32,
    /// Items answered with an option of the official scale.
    pub answered: usize,
    /// Items on the sheet (25).
    pub items: usize,
    /// All items answered: `total` is final and `band` is set.
    pub complete: bool,
    /// The band (`sc.band.*`) of `total` — ONLY when `complete`; look it up with
    /// [`SelfCheckResult::band`] for its status and next step.
    pub band: Option<Id>,
    /// Subtotals per part, in model order.
    pub parts: Vec<PartSubtotal>,
    /// Items answered わからない, in model order: the to-do list ("confirm these").
    pub dont_know: Vec<Id>,
    /// Items to show example measures for, weakest first (see [`self_check`]).
    pub weakest: Vec<WeakItem>,
}

impl SelfCheckResult {
    /// The band entry (status text and next step), when the total is final.
    pub fn band<'m>(&self, model: &'m Model) -> Option<&'m Band> {
        let id = self.band.as_ref()?;
        model.sme.self_check.bands.iter().find(|b| &b.id == id)
    }
}

/// Rank for [`SelfCheckResult::weakest`]: a confirmed missing measure first, then a partial one,
/// then わからない last. わからない scores lowest (−1) but is first a question to settle (it is on
/// the to-do list and may turn out to be implemented), whereas 実施していない is a certain gap
/// whose example measures apply as they stand.
fn weakness_rank(kind: AnswerKind) -> Option<u8> {
    match kind {
        AnswerKind::NotImplemented => Some(0),
        AnswerKind::Partial => Some(1),
        AnswerKind::DontKnow => Some(2),
        AnswerKind::Implemented | AnswerKind::NotApplicable => None,
    }
}

/// Scores the 25-item self-diagnosis (Step 2).
///
/// * Points per item from `model.sme_scale()`; an answer the official scale does not offer
///   (該当しない: the current sheet has no such option) counts as unanswered.
/// * `band` only when all items are answered; before that `total` is provisional.
/// * `weakest`: every item answered 実施していない, then 一部実施している, then わからない, each in
///   model order (implemented and unanswered items are not listed).
pub fn self_check(model: &Model, a: &Assessment) -> SelfCheckResult {
    let scale = model.sme_scale();
    let best = best_points(scale);
    let worst = scale
        .options
        .iter()
        .filter_map(|o| o.points)
        .min()
        .unwrap_or(0);
    let sc = &model.sme.self_check;
    let mut parts: Vec<PartSubtotal> = sc
        .parts
        .iter()
        .map(|p| PartSubtotal {
            part: p.id.clone(),
            number: p.number,
            points: 0,
            max: 0,
            answered: 0,
            total: 0,
        })
        .collect();
    let mut total = 0;
    let mut answered = 0;
    let mut dont_know = Vec::new();
    let mut weakest = Vec::new();
    for item in &sc.items {
        let part = parts.iter_mut().find(|p| p.part == item.part);
        let points = a
            .answer(&item.id)
            .and_then(|k| scale.option(k).map(|o| (k, o.points)));
        if let Some(part) = part {
            part.total += 1;
            part.max += best;
            if let Some((_, Some(p))) = points {
                part.points += p;
            }
            if points.is_some() {
                part.answered += 1;
            }
        }
        let Some((kind, p)) = points else { continue };
        answered += 1;
        total += p.unwrap_or(0);
        if kind == AnswerKind::DontKnow {
            dont_know.push(item.id.clone());
        }
        if let Some(rank) = weakness_rank(kind) {
            weakest.push((
                rank,
                WeakItem {
                    item: item.id.clone(),
                    number: item.number,
                    answer: kind,
                },
            ));
        }
    }
    // Stable sort keeps model order within a rank.
    weakest.sort_by_key(|(rank, _)| *rank);
    let items = sc.items.len();
    let complete = items > 0 && answered == items;
    let band = if complete {
        model.band_for(total).map(|b| b.id.clone())
    } else {
        None
    };
    let count = i32::try_from(items).unwrap_or(i32::MAX);
    SelfCheckResult {
        total,
        max: best.saturating_mul(count),
        min: worst.saturating_mul(count),
        answered,
        items,
        complete,
        band,
        parts,
        dont_know,
        weakest: weakest.into_iter().map(|(_, w)| w).collect(),
    }
}

/// One score for the executives' 7 actions (Shindan's executive scale, `model.exec_scale()`:
/// 4 / 2 / 0 / 0, 該当しない left out), over the answered applicable actions.
pub fn actions_score(model: &Model, a: &Assessment) -> Score {
    let mut tally = Tally::new(model.exec_scale());
    for action in model.actions() {
        tally.add(a.answer(&action.id));
    }
    tally.finish()
}

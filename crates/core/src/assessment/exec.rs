//! PURE: the executive check's numbers — per-指示 scores from 付録A-2, per-原則 scores from
//! 付録A-1, per-指示 maturity, and the radar rows.
//!
//! METI/IPA サイバーセキュリティ経営ガイドライン Ver3.0: 付録A-1 (経営者向けチェック, 3 items per
//! 原則) and 付録A-2 (実践者向けチェック, 40 items grouped by 指示1–10). The guideline prints the
//! check items but no scoring; Shindan's scale (`model.exec_scale()`, official: false) gives
//! 実施している 4 / 一部実施している 2 / 実施していない 0 / わからない 0, and 該当しない is left out
//! of both points and maximum. A score is `points / (4 × applicable answered items)` in percent.
//!
//! Unanswered items (documented decision): a score covers the answered items only; `answered`
//! and `total` travel with it so the view shows progress and marks the score provisional until
//! every item is answered. All answered items 該当しない (or none answered) → `percent: None`.

use crate::model::{Id, Model};

use super::score::{Score, Tally};
use super::state::{Assessment, TierPair};

/// Highest maturity level (Shindan's 0–4 scale; 1–4 borrow the NIST CSF Implementation Tiers).
pub const MAX_TIER: u8 = 4;

/// One 指示's result.
#[derive(Clone, Debug, PartialEq)]
pub struct DirectionScore {
    /// `v3.d<n>`.
    pub direction: Id,
    /// 指示 number (1–10).
    pub number: u8,
    /// Score over its A-2 items.
    pub score: Score,
    /// Current / target maturity 0–4 (values above 4 in stored data are read as 4).
    pub tiers: TierPair,
    /// Its A-2 items answered わからない, in model order.
    pub unknowns: Vec<Id>,
}

/// One 原則's result (付録A-1).
#[derive(Clone, Debug, PartialEq)]
pub struct PrincipleScore {
    /// `v3.p<n>`.
    pub principle: Id,
    pub number: u8,
    pub score: Score,
    /// Its A-1 items answered わからない, in model order.
    pub unknowns: Vec<Id>,
}

/// The stored tier pair of a direction, clamped to 0–4 (stored data may be hand-edited).
pub fn tiers(a: &Assessment, direction: &Id) -> TierPair {
    let pair = a.tiers.get(direction).copied().unwrap_or_default();
    TierPair {
        current: pair.current.map(|t| t.min(MAX_TIER)),
        target: pair.target.map(|t| t.min(MAX_TIER)),
    }
}

/// The 10 指示 in order, each scored over its A-2 items, with maturity and unknowns.
pub fn direction_scores(model: &Model, a: &Assessment) -> Vec<DirectionScore> {
    let scale = model.exec_scale();
    let mut tallies: Vec<(Tally<'_>, Vec<Id>)> = model
        .directions()
        .iter()
        .map(|_| (Tally::new(scale), Vec::new()))
        .collect();
    // One pass over the 40 items; each finds its direction among the 10.
    for item in &model.meti_v3.a2 {
        let Some(i) = model
            .directions()
            .iter()
            .position(|d| d.id == item.direction)
        else {
            continue;
        };
        let answer = a.answer(&item.id);
        if let Some((tally, unknowns)) = tallies.get_mut(i) {
            tally.add(answer);
            if answer == Some(crate::model::AnswerKind::DontKnow) {
                unknowns.push(item.id.clone());
            }
        }
    }
    model
        .directions()
        .iter()
        .zip(tallies)
        .map(|(d, (tally, unknowns))| DirectionScore {
            direction: d.id.clone(),
            number: d.number,
            score: tally.finish(),
            tiers: tiers(a, &d.id),
            unknowns,
        })
        .collect()
}

/// The 3 原則 in order, each scored over its A-1 items.
pub fn principle_scores(model: &Model, a: &Assessment) -> Vec<PrincipleScore> {
    let scale = model.exec_scale();
    let principles = &model.meti_v3().principles;
    let mut tallies: Vec<(Tally<'_>, Vec<Id>)> = principles
        .iter()
        .map(|_| (Tally::new(scale), Vec::new()))
        .collect();
    for item in &model.meti_v3.a1 {
        let Some(i) = principles.iter().position(|p| p.id == item.principle) else {
            continue;
        };
        let answer = a.answer(&item.id);
        if let Some((tally, unknowns)) = tallies.get_mut(i) {
            tally.add(answer);
            if answer == Some(crate::model::AnswerKind::DontKnow) {
                unknowns.push(item.id.clone());
            }
        }
    }
    principles
        .iter()
        .zip(tallies)
        .map(|(p, (tally, unknowns))| PrincipleScore {
            principle: p.id.clone(),
            number: p.number,
            score: tally.finish(),
            unknowns,
        })
        .collect()
}

/// One radar axis: a 指示 with its three series on one 0–100 scale.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarRow {
    pub direction: Id,
    pub number: u8,
    /// A-2 score %, `None` when n/a or nothing answered.
    pub score: Option<f64>,
    /// Current maturity × 25 (tier / 4 × 100), `None` when unset.
    pub current: Option<f64>,
    /// Target maturity × 25, `None` when unset.
    pub target: Option<f64>,
}

fn tier_percent(t: Option<u8>) -> Option<f64> {
    t.map(|t| f64::from(t.min(MAX_TIER)) * 100.0 / f64::from(MAX_TIER))
}

/// The radar data: the 10 指示 in order (feed each series to `chart::radar_series`).
pub fn radar_rows(model: &Model, a: &Assessment) -> Vec<RadarRow> {
    direction_scores(model, a)
        .into_iter()
        .map(|d| RadarRow {
            current: tier_percent(d.tiers.current),
            target: tier_percent(d.tiers.target),
            score: d.score.percent,
            direction: d.direction,
            number: d.number,
        })
        .collect()
}

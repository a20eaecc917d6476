//! Comparison of two assessments (history: last year against this year; or two units): the
//! per-指示 and overall executive scores, the self-diagnosis totals and part subtotals, and
//! every item answered differently. Derived values only; computed with the scoring functions
//! of `crate::assessment`.

use crate::assessment::{direction_scores, self_check, Assessment};
use crate::model::{AnswerKind, Id, Model};

/// Which sections an assessment has data in. Two assessments are "of the same kind" when they
/// share at least one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kinds {
    /// Executive check: any answer or maturity value.
    pub exec: bool,
    /// SME path: any self-diagnosis, article or 7-action answer.
    pub sme: bool,
}

impl Kinds {
    pub fn shared(self, other: Kinds) -> Kinds {
        Kinds {
            exec: self.exec && other.exec,
            sme: self.sme && other.sme,
        }
    }
    pub fn any(self) -> bool {
        self.exec || self.sme
    }
}

/// The sections `a` has data in.
pub fn kinds(model: &Model, a: &Assessment) -> Kinds {
    let layout = model.answerable(model.model_rev());
    let has = |ids: Option<&Vec<Id>>| {
        ids.is_some_and(|ids| ids.iter().any(|i| a.answers.contains_key(i)))
    };
    Kinds {
        exec: has(layout.map(|l| &l.a1)) || has(layout.map(|l| &l.a2)) || !a.tiers.is_empty(),
        sme: has(layout.map(|l| &l.self_check))
            || has(layout.map(|l| &l.actions))
            || !a.articles.is_empty(),
    }
}

/// One 指示 in both assessments (A-2 score %).
#[derive(Clone, Debug, PartialEq)]
pub struct DirectionDelta {
    pub direction: Id,
    pub number: u8,
    pub a: Option<f64>,
    pub b: Option<f64>,
}

impl DirectionDelta {
    /// b − a, when both have a score.
    pub fn delta(&self) -> Option<f64> {
        Some(self.b? - self.a?)
    }
}

/// One self-check part in both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartDelta {
    pub number: u8,
    pub a: i32,
    pub b: i32,
    pub max: i32,
}

/// An item answered differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemDelta {
    pub id: Id,
    pub a: Option<AnswerKind>,
    pub b: Option<AnswerKind>,
}

/// The comparison of `a` (earlier / reference) and `b`.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub kinds: Kinds,
    pub directions: Vec<DirectionDelta>,
    /// Overall A-2 score %: points over maximum of all answered applicable items.
    pub exec_overall: (Option<f64>, Option<f64>),
    /// Self-diagnosis totals and whether each is complete.
    pub sc_total: ((i32, bool), (i32, bool)),
    pub parts: Vec<PartDelta>,
    /// Items (layout order) whose answers differ.
    pub items: Vec<ItemDelta>,
}

fn overall(model: &Model, a: &Assessment) -> Option<f64> {
    let (p, m) = direction_scores(model, a)
        .iter()
        .fold((0i32, 0i32), |(p, m), d| {
            (p + d.score.points, m + d.score.max)
        });
    (m > 0).then(|| f64::from(p) * 100.0 / f64::from(m))
}

/// Compares `a` with `b`.
pub fn compare(model: &Model, a: &Assessment, b: &Assessment) -> Comparison {
    let da = direction_scores(model, a);
    let db = direction_scores(model, b);
    let directions = da
        .iter()
        .zip(&db)
        .map(|(x, y)| DirectionDelta {
            direction: x.direction.clone(),
            number: x.number,
            a: x.score.percent,
            b: y.score.percent,
        })
        .collect();
    let sa = self_check(model, a);
    let sb = self_check(model, b);
    let parts = sa
        .parts
        .iter()
        .zip(&sb.parts)
        .map(|(x, y)| PartDelta {
            number: x.number,
            a: x.points,
            b: y.points,
            max: x.max,
        })
        .collect();
    let items = model
        .answerable(model.model_rev())
        .map(|l| {
            l.all()
                .filter(|id| a.answers.get(*id) != b.answers.get(*id))
                .map(|id| ItemDelta {
                    id: id.clone(),
                    a: a.answers.get(id).copied(),
                    b: b.answers.get(id).copied(),
                })
                .collect()
        })
        .unwrap_or_default();
    Comparison {
        kinds: kinds(model, a).shared(kinds(model, b)),
        directions,
        exec_overall: (overall(model, a), overall(model, b)),
        sc_total: ((sa.total, sa.complete), (sb.total, sb.complete)),
        parts,
        items,
    }
}

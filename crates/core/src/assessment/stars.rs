//! PURE: SECURITY ACTION ★ / ★★ readiness (IPA's self-declaration scheme).
//!
//! Readiness is judged criterion by criterion from the model's `sa_criteria` (security_action.json):
//!
//! * ★ (`sa.1-1`): the company has decided to work on the 5 articles (情報セキュリティ5か条) —
//!   every article is Done or Committed (Step 1 of the SME guideline's step-up path).
//! * ★★ (`sa.2-1`): it has checked its state with the 5-minute self-diagnosis — all 25 items
//!   answered; IPA sets no score threshold, so none is applied.
//! * ★★ (`sa.2-2`): an information security basic policy is established.
//! * ★★ (`sa.2-3`): the policy is published externally.
//!
//! The model's ★★ criteria do not list ★ as a prerequisite, so ★★ readiness does not require ★
//! (the view may still show both). A criterion this code does not recognise is reported as
//! [`Missing::Unchecked`] and counts as not met, so new data can never make a level look ready.

use crate::model::{Id, Model};

use super::sme::self_check;
use super::state::{ArticleStatus, Assessment};

/// ★ level ID.
pub const STAR_ONE: &str = "sa.star1";
/// ★★ level ID.
pub const STAR_TWO: &str = "sa.star2";

/// What is still missing for one criterion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    /// `sa.1-1`: articles neither Done nor Committed (NotYet or unanswered), in model order.
    Articles(Vec<Id>),
    /// `sa.2-1`: this many self-check items are still unanswered.
    UnansweredItems(usize),
    /// `sa.2-2`: the basic policy is not marked established.
    PolicyNotEstablished,
    /// `sa.2-3`: the basic policy is not marked published.
    PolicyNotPublished,
    /// A criterion Shindan cannot check from the answers (never treated as met).
    Unchecked,
}

/// One criterion not yet met; `criterion` is its model ID (show its text from the model).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmet {
    pub criterion: Id,
    pub missing: Missing,
}

/// Readiness for one SECURITY ACTION level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StarReadiness {
    /// `sa.star1` / `sa.star2`.
    pub level: Id,
    /// Every criterion of the level is met (and the level has criteria).
    pub ready: bool,
    /// Criteria met, in model order.
    pub met: Vec<Id>,
    /// Criteria not met, in model order, each with exactly what is missing.
    pub unmet: Vec<Unmet>,
}

/// An article that is not yet Done or Committed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingArticle {
    /// `sme.art<n>`.
    pub article: Id,
    pub number: u8,
    /// `Some(NotYet)` or `None` (not answered).
    pub status: Option<ArticleStatus>,
}

/// Step 1 / ★ in detail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StarOne {
    /// ★ can be declared: every article is Done or Committed.
    pub ready: bool,
    /// Articles Done, in model order.
    pub done: Vec<Id>,
    /// Articles that are still only commitments, in model order.
    pub committed: Vec<Id>,
    /// Articles neither Done nor Committed, in model order.
    pub missing: Vec<MissingArticle>,
}

/// Step 1 of the SME path and ★ readiness: which articles are done, only committed, missing.
pub fn star_one(model: &Model, a: &Assessment) -> StarOne {
    let mut done = Vec::new();
    let mut committed = Vec::new();
    let mut missing = Vec::new();
    for art in model.articles() {
        match a.articles.get(&art.id).copied() {
            Some(ArticleStatus::Done) => done.push(art.id.clone()),
            Some(ArticleStatus::Committed) => committed.push(art.id.clone()),
            status => missing.push(MissingArticle {
                article: art.id.clone(),
                number: art.number,
                status,
            }),
        }
    }
    StarOne {
        ready: star_readiness(model, a, STAR_ONE).ready,
        done,
        committed,
        missing,
    }
}

/// ★★ readiness (see the module docs for the criteria).
pub fn star_two(model: &Model, a: &Assessment) -> StarReadiness {
    star_readiness(model, a, STAR_TWO)
}

/// Readiness for any level by ID, criterion by criterion from the model.
pub fn star_readiness(model: &Model, a: &Assessment, level: &str) -> StarReadiness {
    let mut met = Vec::new();
    let mut unmet = Vec::new();
    for c in model.sa_criteria(level) {
        match check(model, a, c.id.as_str()) {
            None => met.push(c.id.clone()),
            Some(missing) => unmet.push(Unmet {
                criterion: c.id.clone(),
                missing,
            }),
        }
    }
    StarReadiness {
        level: Id::from(level),
        ready: !met.is_empty() && unmet.is_empty(),
        met,
        unmet,
    }
}

/// `None` when the criterion is met, else what is missing.
fn check(model: &Model, a: &Assessment, criterion: &str) -> Option<Missing> {
    match criterion {
        "sa.1-1" => {
            let missing: Vec<Id> = model
                .articles()
                .iter()
                .filter(|art| {
                    !matches!(
                        a.articles.get(&art.id),
                        Some(ArticleStatus::Done | ArticleStatus::Committed)
                    )
                })
                .map(|art| art.id.clone())
                .collect();
            (!missing.is_empty()).then_some(Missing::Articles(missing))
        }
        "sa.2-1" => {
            let r = self_check(model, a);
            let left = r.items.saturating_sub(r.answered);
            (left > 0 || r.items == 0).then_some(Missing::UnansweredItems(left))
        }
        "sa.2-2" => (!a.policy.established).then_some(Missing::PolicyNotEstablished),
        "sa.2-3" => (!a.policy.published).then_some(Missing::PolicyNotPublished),
        _ => Some(Missing::Unchecked),
    }
}

/// The criterion IDs [`star_readiness`] knows how to check (tests assert the model uses no other).
pub const KNOWN_CRITERIA: [&str; 4] = ["sa.1-1", "sa.2-1", "sa.2-2", "sa.2-3"];

//! What a partner's response carries (the respondent's side): the answers of the
//! parts the request asked for, the notes only when the partner opts in, and nothing else.
//!
//! The answers travel as the share codec's plain bytes (`crate::share::encode`, name and date
//! left out: the response carries the organisation itself), so never the assessor, the
//! basic-policy text or the plan. [`reply_answers`] also decodes those bytes again: the
//! preview the partner sees is built from exactly what the requester will read, not from the
//! assessment on screen.

use super::error::SupplyError;
use super::types::Scope;
use crate::assessment::Assessment;
use crate::model::{AnswerLayout, Model};
use crate::share::{self, ShareOptions};

/// The answers of a response, ready to seal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplyAnswers {
    /// The share codec's plain version-1 bytes, CRC included (`ResponseContent::answers`).
    pub bytes: Vec<u8>,
    /// Those bytes decoded again: what the requester will see.
    pub sent: Assessment,
}

/// `a` without the parts `scope` does not ask for. The SME path is the 5 articles, the
/// 25-item self-diagnosis, the policy's decided/published marks and the 7 initiatives; the
/// executive check is 付録A-1, A-2, the maturity per 指示 and the notes per 指示.
pub fn in_scope(layout: &AnswerLayout, a: &Assessment, scope: Scope) -> Assessment {
    let mut out = a.clone();
    if !scope.sme() {
        for id in layout.self_check.iter().chain(&layout.actions) {
            out.answers.remove(id);
        }
        out.articles.clear();
        out.policy.established = false;
        out.policy.published = false;
    }
    if !scope.executive() {
        for id in layout.a1.iter().chain(&layout.a2) {
            out.answers.remove(id);
        }
        out.tiers.clear();
        out.notes.clear();
    }
    out
}

/// The answers a response to a request of `scope` carries, from the partner's assessment `a`;
/// the notes per 指示 only if `include_notes` (and only when the executive check is asked).
pub fn reply_answers(
    model: &Model,
    a: &Assessment,
    scope: Scope,
    include_notes: bool,
) -> Result<ReplyAnswers, SupplyError> {
    let layout = model
        .answerable(a.model_rev)
        .ok_or(SupplyError::Malformed("unknown model revision"))?;
    let scoped = in_scope(layout, a, scope);
    let opts = ShareOptions {
        include_name: false,
        include_notes,
    };
    let encoded = share::encode_with(layout, &scoped, &opts)
        .map_err(|_| SupplyError::Malformed("the answers cannot be encoded"))?;
    let sent = share::decode_bytes(model, &encoded.bytes)?.assessment;
    Ok(ReplyAnswers {
        bytes: encoded.bytes,
        sent,
    })
}

/// How many values of each part an assessment holds (the preview's "answers per part").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PartCounts {
    /// 5か条: articles with a status, of 5.
    pub articles: (usize, usize),
    /// 25-item self-diagnosis: items answered, of 25.
    pub self_check: (usize, usize),
    /// The 7 initiatives: answered, of 7.
    pub actions: (usize, usize),
    /// 付録A-1: answered, of 9.
    pub a1: (usize, usize),
    /// 付録A-2: answered, of 40.
    pub a2: (usize, usize),
    /// Maturity per 指示: 指示 with a current or target level, of 10.
    pub tiers: (usize, usize),
    /// Notes per 指示 (non-empty).
    pub notes: usize,
}

/// Counts what `a` holds, part by part, in `layout`.
pub fn part_counts(layout: &AnswerLayout, a: &Assessment) -> PartCounts {
    let answered = |ids: &[crate::model::Id]| {
        (
            ids.iter().filter(|id| a.answers.contains_key(*id)).count(),
            ids.len(),
        )
    };
    PartCounts {
        articles: (
            layout
                .articles
                .iter()
                .filter(|id| a.articles.contains_key(*id))
                .count(),
            layout.articles.len(),
        ),
        self_check: answered(&layout.self_check),
        actions: answered(&layout.actions),
        a1: answered(&layout.a1),
        a2: answered(&layout.a2),
        tiers: (
            layout
                .directions
                .iter()
                .filter(|id| {
                    a.tiers
                        .get(*id)
                        .is_some_and(|t| t.current.is_some() || t.target.is_some())
                })
                .count(),
            layout.directions.len(),
        ),
        notes: a.notes.values().filter(|n| !n.trim().is_empty()).count(),
    }
}

//! The assessment value and the actions that change it (the reducer's pure core).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{AnswerKind, Id};

use super::plan_item::{PlanAction, PlanItem};

/// Step 1 of the SME path: where the organisation stands on one of the 5 articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArticleStatus {
    /// Already done.
    Done,
    /// Not done yet, but the organisation commits to it (enough to declare ★).
    Committed,
    /// Neither done nor committed.
    NotYet,
}

impl ArticleStatus {
    /// Every status, in the order the questionnaire offers them.
    pub const ALL: [ArticleStatus; 3] = [
        ArticleStatus::Done,
        ArticleStatus::Committed,
        ArticleStatus::NotYet,
    ];

    /// The stable code: serde's spelling, and the one table for form values and CSV cells (a
    /// test holds it equal to serde's).
    pub fn code(self) -> &'static str {
        match self {
            ArticleStatus::Done => "done",
            ArticleStatus::Committed => "committed",
            ArticleStatus::NotYet => "not_yet",
        }
    }

    /// The status a code names, if it names one.
    pub fn from_code(code: &str) -> Option<ArticleStatus> {
        ArticleStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Current and target maturity (0–4, Shindan's adaptation of the NIST CSF tiers) of one 指示.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierPair {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<u8>,
}

/// Step 3 of the SME path: the basic-policy draft and whether it is in force.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyDraft {
    /// Representative who signs the policy (pre-fills the draft).
    #[serde(default)]
    pub representative: String,
    /// Date the policy takes effect, `YYYY-MM-DD` as typed (pre-fills the draft).
    #[serde(default)]
    pub date: String,
    /// The user's edited text per policy heading; a heading absent here shows the pre-filled text.
    #[serde(default)]
    pub sections: BTreeMap<Id, String>,
    /// The policy has been decided by management (★★ criterion).
    #[serde(default)]
    pub established: bool,
    /// The policy has been made public (e.g. on the website or posted) (★★ criterion).
    #[serde(default)]
    pub published: bool,
}

/// One assessment. Every map is keyed by model IDs (unique across the model).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Organisation or unit name.
    #[serde(default)]
    pub name: String,
    /// Date of the assessment, `YYYY-MM-DD` as typed.
    #[serde(default)]
    pub date: String,
    /// Who assessed.
    #[serde(default)]
    pub assessor: String,
    /// The model revision the IDs below belong to.
    #[serde(default = "crate::assessment::state::current_rev")]
    pub model_rev: u32,
    /// Answers to, the 25 self-diagnosis items and the 7 SME actions.
    #[serde(default)]
    pub answers: BTreeMap<Id, AnswerKind>,
    /// The 5 articles (Step 1).
    #[serde(default)]
    pub articles: BTreeMap<Id, ArticleStatus>,
    /// Maturity per Ver3.0 指示.
    #[serde(default)]
    pub tiers: BTreeMap<Id, TierPair>,
    /// Free-text note per 指示 (evidence, owner). Kept locally only.
    #[serde(default)]
    pub notes: BTreeMap<Id, String>,
    /// Basic-policy draft (Step 3).
    #[serde(default)]
    pub policy: PolicyDraft,
    /// The action plan (owner, due date, status per action); see `crate::assessment::plan`.
    /// Omitted from the JSON while empty, so a plan-less assessment is stored exactly as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<PlanItem>,
}

pub(crate) fn current_rev() -> u32 {
    crate::model::model().model_rev()
}

/// Which end of a tier pair an action sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TierEnd {
    Current,
    Target,
}

/// The metadata fields of an assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetaField {
    Name,
    Date,
    Assessor,
    Representative,
    PolicyDate,
}

/// Everything the user can do to an assessment. `None` clears a value.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Answer(Id, Option<AnswerKind>),
    Article(Id, Option<ArticleStatus>),
    Tier(Id, TierEnd, Option<u8>),
    Note(Id, String),
    Meta(MetaField, String),
    PolicySection(Id, Option<String>),
    PolicyEstablished(bool),
    PolicyPublished(bool),
    /// Change the action plan.
    Plan(PlanAction),
    /// Replace everything (load a saved or shared assessment).
    Replace(Box<Assessment>),
    /// Start over (keeps nothing).
    Reset,
}

/// Longest note or policy section kept (characters); longer input is cut, never rejected.
pub const MAX_TEXT: usize = 20_000;
/// Longest name / assessor / representative / date kept (characters).
pub const MAX_SHORT: usize = 200;

fn clip(s: String, max: usize) -> String {
    if s.chars().count() <= max {
        s
    } else {
        s.chars().take(max).collect()
    }
}

impl Assessment {
    /// An empty assessment of the current model revision.
    pub fn new() -> Assessment {
        Assessment {
            model_rev: current_rev(),
            ..Assessment::default()
        }
    }

    /// Applies one action. Tier values above 4 are clamped to 4.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Answer(id, Some(a)) => {
                self.answers.insert(id, a);
            }
            Action::Answer(id, None) => {
                self.answers.remove(&id);
            }
            Action::Article(id, Some(s)) => {
                self.articles.insert(id, s);
            }
            Action::Article(id, None) => {
                self.articles.remove(&id);
            }
            Action::Tier(id, end, value) => {
                let value = value.map(|v| v.min(4));
                let pair = self.tiers.entry(id.clone()).or_default();
                match end {
                    TierEnd::Current => pair.current = value,
                    TierEnd::Target => pair.target = value,
                }
                if *pair == TierPair::default() {
                    self.tiers.remove(&id);
                }
            }
            Action::Note(id, text) => {
                if text.is_empty() {
                    self.notes.remove(&id);
                } else {
                    self.notes.insert(id, clip(text, MAX_TEXT));
                }
            }
            Action::Meta(field, value) => {
                let value = clip(value, MAX_SHORT);
                match field {
                    MetaField::Name => self.name = value,
                    MetaField::Date => self.date = value,
                    MetaField::Assessor => self.assessor = value,
                    MetaField::Representative => self.policy.representative = value,
                    MetaField::PolicyDate => self.policy.date = value,
                }
            }
            Action::PolicySection(id, Some(text)) => {
                self.policy.sections.insert(id, clip(text, MAX_TEXT));
            }
            Action::PolicySection(id, None) => {
                self.policy.sections.remove(&id);
            }
            Action::PolicyEstablished(v) => self.policy.established = v,
            Action::PolicyPublished(v) => self.policy.published = v,
            Action::Plan(p) => super::plan_item::apply(&mut self.plan, p),
            Action::Replace(a) => *self = *a,
            Action::Reset => *self = Assessment::new(),
        }
    }

    /// The answer to `id`, if any.
    pub fn answer(&self, id: &Id) -> Option<AnswerKind> {
        self.answers.get(id).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Id {
        Id::from(s)
    }

    #[test]
    fn answers_set_and_clear() {
        let mut a = Assessment::new();
        a.apply(Action::Answer(id("sc.01"), Some(AnswerKind::Implemented)));
        assert_eq!(a.answer(&id("sc.01")), Some(AnswerKind::Implemented));
        a.apply(Action::Answer(id("sc.01"), None));
        assert_eq!(a.answer(&id("sc.01")), None);
    }

    #[test]
    fn tiers_clamp_and_empty_pairs_vanish() {
        let mut a = Assessment::new();
        a.apply(Action::Tier(id("v3.d1"), TierEnd::Target, Some(9)));
        assert_eq!(a.tiers[&id("v3.d1")].target, Some(4));
        a.apply(Action::Tier(id("v3.d1"), TierEnd::Target, None));
        assert!(a.tiers.is_empty());
    }

    #[test]
    fn text_is_clipped_not_rejected() {
        let mut a = Assessment::new();
        a.apply(Action::Meta(MetaField::Name, "株".repeat(MAX_SHORT + 50)));
        assert_eq!(a.name.chars().count(), MAX_SHORT);
        a.apply(Action::Note(id("v3.d2"), String::new()));
        assert!(a.notes.is_empty());
    }

    #[test]
    fn serde_round_trip_and_reset() {
        let mut a = Assessment::new();
        a.apply(Action::Article(
            id("sme.art1"),
            Some(ArticleStatus::Committed),
        ));
        a.apply(Action::PolicyPublished(true));
        let json = serde_json::to_string(&a).expect("serialises");
        let back: Assessment = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, a);
        a.apply(Action::Reset);
        assert_eq!(a, Assessment::new());
    }
}

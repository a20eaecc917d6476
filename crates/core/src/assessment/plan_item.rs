//! PURE: the plan's stored data — an entry ([`PlanItem`]), its status and the edits a user
//! makes ([`PlanAction`], [`apply`]). The assessment holds these (`state.rs`); deriving a plan
//! from the answers is `plan.rs`, which reads the assessment: kept apart so the two modules do
//! not import each other.

use serde::{Deserialize, Serialize};

use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::Id;

/// How far an action has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    /// 未着手
    #[default]
    NotStarted,
    /// 進行中
    InProgress,
    /// 完了
    Done,
}

impl PlanStatus {
    /// In workflow order.
    pub const ALL: [PlanStatus; 3] = [
        PlanStatus::NotStarted,
        PlanStatus::InProgress,
        PlanStatus::Done,
    ];

    /// The stable code (stored, exported, used in form values).
    pub fn code(self) -> &'static str {
        match self {
            PlanStatus::NotStarted => "not_started",
            PlanStatus::InProgress => "in_progress",
            PlanStatus::Done => "done",
        }
    }

    /// The status for a code, if it is one.
    pub fn from_code(code: &str) -> Option<PlanStatus> {
        PlanStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The UI label.
    pub fn label(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                PlanStatus::NotStarted => Msg::PlanStatusNotStarted,
                PlanStatus::InProgress => Msg::PlanStatusInProgress,
                PlanStatus::Done => Msg::PlanStatusDone,
            },
        )
    }
}

/// One action of the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanItem {
    /// Stable key: `v3.d<n>.ex<k>` when seeded from the model's example `k` of 指示 n,
    /// `own.<n>` for an entry the user added.
    pub id: String,
    /// What the action belongs to: a 指示 (`v3.d<n>`), or a self-diagnosis part
    /// (`sc.part<n>`) for an entry seeded from the 25 items.
    pub direction: Id,
    /// The check item the action addresses, if any: an A-2 item of that 指示, or the
    /// self-diagnosis item (`sc.NN`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Id>,
    /// Index into the 指示's `examples` when seeded from the model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<usize>,
    /// The user's wording; empty shows the model's example in the display language.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub action: String,
    /// Who is responsible.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Due date, `YYYY-MM-DD` as typed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
    #[serde(default)]
    pub status: PlanStatus,
}

/// A text field of a plan entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanField {
    Action,
    Owner,
    Due,
    /// The linked A-2 item ID; empty clears the link.
    Item,
    /// The 指示 ID; ignored unless it names a 指示 of the model (checked by the view).
    Direction,
}

/// A change to the plan (wrapped in `Action::Plan` by the reducer).
#[derive(Clone, Debug, PartialEq)]
pub enum PlanAction {
    /// Append entries whose `id` is not in the plan yet (others are skipped).
    Add(Vec<PlanItem>),
    /// Set one text field of the entry `id`.
    Set(String, PlanField, String),
    Status(String, PlanStatus),
    Remove(String),
}

/// Longest action text kept (characters).
pub const MAX_ACTION: usize = 2_000;
/// Longest owner / due kept (characters).
pub const MAX_FIELD: usize = 200;
/// Most entries a plan keeps (further additions are ignored).
pub const MAX_ITEMS: usize = 500;

fn clip(s: String, max: usize) -> String {
    if s.chars().count() <= max {
        s
    } else {
        s.chars().take(max).collect()
    }
}

/// Applies one plan action. Unknown ids are ignored; nothing panics.
pub fn apply(plan: &mut Vec<PlanItem>, action: PlanAction) {
    match action {
        PlanAction::Add(items) => {
            for item in items {
                if plan.len() >= MAX_ITEMS {
                    break;
                }
                if !plan.iter().any(|p| p.id == item.id) {
                    plan.push(item);
                }
            }
        }
        PlanAction::Set(id, field, value) => {
            if let Some(p) = plan.iter_mut().find(|p| p.id == id) {
                match field {
                    PlanField::Action => p.action = clip(value, MAX_ACTION),
                    PlanField::Owner => p.owner = clip(value, MAX_FIELD),
                    PlanField::Due => p.due = clip(value, MAX_FIELD),
                    PlanField::Item => {
                        p.item = if value.is_empty() {
                            None
                        } else {
                            Some(Id::from(clip(value, MAX_FIELD).as_str()))
                        }
                    }
                    PlanField::Direction => {
                        if !value.is_empty() {
                            p.direction = Id::from(clip(value, MAX_FIELD).as_str());
                        }
                    }
                }
            }
        }
        PlanAction::Status(id, status) => {
            if let Some(p) = plan.iter_mut().find(|p| p.id == id) {
                p.status = status;
            }
        }
        PlanAction::Remove(id) => plan.retain(|p| p.id != id),
    }
}

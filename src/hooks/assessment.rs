//! The current assessment as a Yew reducer + context, and the `use_assessment()` facade.
//!
//! The pure state and its actions live in `crate::assessment`; this file only adapts them to
//! Yew. Persistence happens in `App` (`use_effect_with`), never inside `reduce`.

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::{Action, ArticleStatus, Assessment, MetaField, TierEnd};
use crate::model::{AnswerKind, Id};

/// The reducer state: the current assessment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssessmentState {
    pub current: Rc<Assessment>,
}

impl Reducible for AssessmentState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self.current).clone();
        next.apply(action);
        if next == *self.current {
            return self;
        }
        Rc::new(AssessmentState {
            current: Rc::new(next),
        })
    }
}

/// The context value provided by `App`.
pub type AssessmentContext = UseReducerHandle<AssessmentState>;

/// What views get from [`use_assessment`]: the value and verbs that change it.
#[derive(Clone, PartialEq)]
pub struct AssessmentHandle {
    pub current: Rc<Assessment>,
    dispatch: UseReducerDispatcher<AssessmentState>,
}

impl AssessmentHandle {
    pub fn answer(&self, id: Id, kind: AnswerKind) {
        self.dispatch.dispatch(Action::Answer(id, Some(kind)));
    }
    pub fn clear_answer(&self, id: Id) {
        self.dispatch.dispatch(Action::Answer(id, None));
    }
    pub fn article(&self, id: Id, status: ArticleStatus) {
        self.dispatch.dispatch(Action::Article(id, Some(status)));
    }
    pub fn tier(&self, id: Id, end: TierEnd, value: Option<u8>) {
        self.dispatch.dispatch(Action::Tier(id, end, value));
    }
    pub fn note(&self, id: Id, text: String) {
        self.dispatch.dispatch(Action::Note(id, text));
    }
    pub fn meta(&self, field: MetaField, value: String) {
        self.dispatch.dispatch(Action::Meta(field, value));
    }
    pub fn policy_section(&self, id: Id, text: Option<String>) {
        self.dispatch.dispatch(Action::PolicySection(id, text));
    }
    pub fn policy_established(&self, v: bool) {
        self.dispatch.dispatch(Action::PolicyEstablished(v));
    }
    pub fn policy_published(&self, v: bool) {
        self.dispatch.dispatch(Action::PolicyPublished(v));
    }
    pub fn replace(&self, a: Assessment) {
        self.dispatch.dispatch(Action::Replace(Box::new(a)));
    }
    pub fn reset(&self) {
        self.dispatch.dispatch(Action::Reset);
    }
}

/// Facade over the assessment context.
#[hook]
pub fn use_assessment() -> AssessmentHandle {
    let ctx = use_context::<AssessmentContext>();
    // Outside `App` (isolated component tests) a local reducer stands in.
    let local = use_reducer(AssessmentState::default);
    let handle = ctx.unwrap_or(local);
    AssessmentHandle {
        current: handle.current.clone(),
        dispatch: handle.dispatcher(),
    }
}

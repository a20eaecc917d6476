//! The assessments as a Yew reducer + context, and two facades: [`use_assessment()`] (the
//! open assessment, with the verbs the SME / Executive / Results pages use) and
//! [`use_assessments()`] (the library: list, open, rename, duplicate, delete, import).
//!
//! The pure state and its actions live in `crate::persist::library` and `crate::assessment`;
//! this file only adapts them to Yew and stamps each action with the time and a fresh id.
//! Persistence happens in `crate::hooks::persistence` (`use_effect_with`), never in `reduce`.

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::{Action, Assessment, MetaField};
use crate::model::Id;
use crate::persist::library::{Library, LibraryAction};
use crate::persist::record::{Record, RecordId};

/// Milliseconds since the epoch.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// An id no record has yet (time + 32 random bits).
pub fn fresh_id() -> RecordId {
    RecordId::fresh(now(), (js_sys::Math::random() * f64::from(u32::MAX)) as u32)
}

/// The reducer state: the library and, for convenience, the open assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct AssessmentState {
    pub current: Rc<Assessment>,
    pub library: Rc<Library>,
}

impl AssessmentState {
    pub fn from_library(library: Library) -> AssessmentState {
        // `Assessment::new()` (current model revision), not `Default`.
        let current = match library.current() {
            Some(r) => r.assessment.clone(),
            None => Assessment::new(),
        };
        AssessmentState {
            current: Rc::new(current),
            library: Rc::new(library),
        }
    }
}

impl Default for AssessmentState {
    fn default() -> Self {
        AssessmentState::from_library(Library::new(
            Vec::new(),
            None,
            Default::default(),
            0,
            RecordId::fresh(0, 0),
        ))
    }
}

/// A library action stamped with its time and a fresh id, or a whole new library.
#[derive(Clone, Debug, PartialEq)]
pub enum StateAction {
    Lib(LibraryAction, u64, RecordId),
}

impl StateAction {
    /// Stamps `a` with the current time and a fresh id.
    pub fn now(a: LibraryAction) -> StateAction {
        StateAction::Lib(a, now(), fresh_id())
    }
}

impl Reducible for AssessmentState {
    type Action = StateAction;

    fn reduce(self: Rc<Self>, action: StateAction) -> Rc<Self> {
        let StateAction::Lib(action, now, fresh) = action;
        let mut next = (*self.library).clone();
        next.apply(action, now, fresh);
        if next == *self.library {
            return self;
        }
        Rc::new(AssessmentState::from_library(next))
    }
}

/// The context value provided by `App`.
pub type AssessmentContext = UseReducerHandle<AssessmentState>;

/// What views get from [`use_assessment`]: the open assessment and verbs that change it.
#[derive(Clone, PartialEq)]
pub struct AssessmentHandle {
    pub current: Rc<Assessment>,
    dispatch: UseReducerDispatcher<AssessmentState>,
}

impl AssessmentHandle {
    fn edit(&self, a: Action) {
        self.dispatch
            .dispatch(StateAction::now(LibraryAction::Edit(None, a)));
    }
    // Answers, article statuses, tiers, notes, the meta fields and the policy go through
    // `use_edit` (a stable callback), so the components that show them need not subscribe to
    // every change.
    /// Replaces the content of the OPEN assessment. To add a received assessment without
    /// touching any stored one, use [`AssessmentsHandle::import`].
    pub fn replace(&self, a: Assessment) {
        self.edit(Action::Replace(Box::new(a)));
    }
    /// Clears the open assessment.
    pub fn reset(&self) {
        self.edit(Action::Reset);
    }
}

#[hook]
fn use_state_handle() -> AssessmentContext {
    let ctx = use_context::<AssessmentContext>();
    // Outside `App` (isolated component tests) a local reducer stands in.
    let local = use_reducer(AssessmentState::default);
    ctx.unwrap_or(local)
}

/// The reducer's dispatcher, provided by `App` as a context of its own: it never changes, so
/// reading it does not subscribe a component to the assessment (`use_context` of the reducer
/// handle would re-render the component on every change).
pub type DispatchContext = UseReducerDispatcher<AssessmentState>;

#[hook]
fn use_dispatch() -> DispatchContext {
    let ctx = use_context::<DispatchContext>();
    // Outside `App` (isolated component tests) a local reducer stands in.
    let local = use_reducer(AssessmentState::default);
    ctx.unwrap_or_else(|| local.dispatcher())
}

/// Facade over the open assessment.
#[hook]
pub fn use_assessment() -> AssessmentHandle {
    let handle = use_state_handle();
    AssessmentHandle {
        current: handle.current.clone(),
        dispatch: handle.dispatcher(),
    }
}

/// A callback that turns its input into an edit of the open assessment (`None`: ignored). It
/// keeps its identity across renders (it depends only on the reducer's dispatcher, which never
/// changes), so components that receive it as a prop are not re-rendered because of it: after
/// an answer only the changed question card and the summaries render again.
#[hook]
pub fn use_edit<T: 'static>(to_action: fn(T) -> Option<Action>) -> Callback<T> {
    let dispatch = use_dispatch();
    use_callback(dispatch, move |input: T, dispatch| {
        if let Some(a) = to_action(input) {
            dispatch.dispatch(StateAction::now(LibraryAction::Edit(None, a)));
        }
    })
}

/// The stable callback of a question card: `(item, input value)` becomes that answer.
#[hook]
pub fn use_answer_edit() -> Callback<(Id, &'static str)> {
    use_edit(|(id, v): (Id, &'static str)| {
        crate::components::question_card::answer_from_value(v).map(|k| Action::Answer(id, Some(k)))
    })
}

/// What views get from [`use_assessments`]: every assessment and verbs over the library.
#[derive(Clone, PartialEq)]
pub struct AssessmentsHandle {
    pub library: Rc<Library>,
    dispatch: UseReducerDispatcher<AssessmentState>,
}

impl AssessmentsHandle {
    fn send(&self, a: LibraryAction, fresh: RecordId) {
        self.dispatch.dispatch(StateAction::Lib(a, now(), fresh));
    }

    /// Adds `a` as a NEW assessment (nothing stored is changed), opens it and returns its id.
    /// For share links and any other source of a whole assessment.
    pub fn import(&self, a: Assessment) -> RecordId {
        let id = fresh_id();
        self.send(LibraryAction::AddAssessment(Box::new(a)), id.clone());
        id
    }
    /// A new blank assessment, opened; returns its id.
    pub fn create(&self) -> RecordId {
        let id = fresh_id();
        self.send(LibraryAction::New, id.clone());
        id
    }
    pub fn open(&self, id: RecordId) {
        self.send(LibraryAction::Open(id), fresh_id());
    }
    pub fn rename(&self, id: RecordId, name: String) {
        self.send(
            LibraryAction::Edit(Some(id), Action::Meta(MetaField::Name, name)),
            fresh_id(),
        );
    }
    /// "Start next year's from this one": a copy with the date cleared, opened.
    pub fn duplicate(&self, id: RecordId) -> RecordId {
        let fresh = fresh_id();
        self.send(LibraryAction::Duplicate(id), fresh.clone());
        fresh
    }
    pub fn delete(&self, id: RecordId) {
        self.send(LibraryAction::Delete(id), fresh_id());
    }
    pub fn undo_delete(&self) {
        self.send(LibraryAction::Undo, fresh_id());
    }
    /// Stores records as given (resolved import plan; see `persist::backup`).
    pub fn put(&self, records: Vec<Record>) {
        for r in records {
            self.send(LibraryAction::Put(Box::new(r), false), fresh_id());
        }
    }
    /// Notes that these records were written to a backup file now.
    pub fn exported(&self, ids: Vec<RecordId>) {
        self.send(LibraryAction::Exported(ids), fresh_id());
    }
}

/// Facade over the library of assessments.
#[hook]
pub fn use_assessments() -> AssessmentsHandle {
    let handle = use_state_handle();
    AssessmentsHandle {
        library: handle.library.clone(),
        dispatch: handle.dispatcher(),
    }
}

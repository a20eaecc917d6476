//! The Yew adapter of the view-models (`shindan_core::vm`): one reducer per page part, whose
//! transitions are the view-model's [`Update::update`]. A view sends the user's events through
//! [`VmHandle::send`], which returns the command the view must carry out (through the store's
//! facade hooks or the door); the outcome of that I/O comes back through the dispatcher.

use std::rc::Rc;

use shindan_core::vm::Update;
use yew::prelude::*;

/// A view-model as a Yew reducer.
#[derive(PartialEq)]
pub struct Vm<S>(pub S);

impl<S: Update + 'static> Reducible for Vm<S> {
    type Action = S::Event;

    fn reduce(self: Rc<Self>, event: S::Event) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self).0;
        // The command was taken by `send`, from the state the view showed; a reducer does no I/O.
        let _ = next.update(event);
        Rc::new(Vm(next))
    }
}

impl<S: Clone> Clone for Vm<S> {
    fn clone(&self) -> Self {
        Vm(self.0.clone())
    }
}

/// What a view holds: the state it renders and the way to change it.
pub struct VmHandle<S: Update + 'static>(UseReducerHandle<Vm<S>>);

impl<S: Update + 'static> Clone for VmHandle<S> {
    fn clone(&self) -> Self {
        VmHandle(self.0.clone())
    }
}

impl<S: Update + 'static> std::ops::Deref for VmHandle<S> {
    type Target = S;
    fn deref(&self) -> &S {
        &self.0 .0
    }
}

impl<S: Update + 'static> VmHandle<S>
where
    S::Event: Clone,
{
    /// Applies a user's `event`; returns the command it asks for, decided on the state this
    /// render shows — which is the reducer's too, as Yew renders after each dispatch before the
    /// next browser event is handled.
    pub fn send(&self, event: S::Event) -> Option<S::Command> {
        let command = self.0 .0.clone().update(event.clone());
        self.0.dispatch(event);
        command
    }

    /// For events that arrive later (I/O outcomes): no command comes back.
    pub fn dispatcher(&self) -> UseReducerDispatcher<Vm<S>> {
        self.0.dispatcher()
    }
}

/// A view-model's state for this component, starting at `init`.
#[hook]
pub fn use_vm<S, F>(init: F) -> VmHandle<S>
where
    S: Update + 'static,
    F: FnOnce() -> S,
{
    VmHandle(use_reducer(move || Vm(init())))
}

//! The Yew adapter of the view-models (`shindan_core::vm`): one view-model per page part, held
//! for the component. A view renders the state it was given ([`VmHandle`] derefs to it) and sends
//! the user's events through [`VmHandle::send`], which runs the view-model's `update` once, on
//! the state as it is now, and returns the command the view must carry out (through the store's
//! facade hooks or the door). The outcome of that I/O comes back later through a [`VmSender`],
//! applied to the state as it is then — never to the state the I/O began from.

use std::cell::RefCell;
use std::rc::Rc;

use shindan_core::vm::Update;
use yew::prelude::*;

/// What a view holds: the state it renders and the way to change it.
pub struct VmHandle<S> {
    now: Rc<S>,
    sender: VmSender<S>,
}

/// Applies events to a view-model after the render that made it (an awaited door call's outcome).
pub struct VmSender<S> {
    cell: Rc<RefCell<Rc<S>>>,
    redraw: UseForceUpdateHandle,
}

impl<S> Clone for VmSender<S> {
    fn clone(&self) -> Self {
        VmSender {
            cell: self.cell.clone(),
            redraw: self.redraw.clone(),
        }
    }
}

impl<S> Clone for VmHandle<S> {
    fn clone(&self) -> Self {
        VmHandle {
            now: self.now.clone(),
            sender: self.sender.clone(),
        }
    }
}

/// Equal while it holds the same state (a new state is a new `Rc`), so a part given the handle
/// renders again exactly when the view-model changed.
impl<S> PartialEq for VmHandle<S> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.now, &other.now) && Rc::ptr_eq(&self.sender.cell, &other.sender.cell)
    }
}

impl<S> std::ops::Deref for VmHandle<S> {
    type Target = S;
    fn deref(&self) -> &S {
        &self.now
    }
}

impl<S: Clone> VmSender<S> {
    /// Runs `f` on a copy of the state as it is now, keeps the result and renders again;
    /// returns what `f` returns.
    pub fn update<R>(&self, f: impl FnOnce(&mut S) -> R) -> R {
        let mut next = S::clone(&self.cell.borrow());
        let out = f(&mut next);
        *self.cell.borrow_mut() = Rc::new(next);
        self.redraw.force_update();
        out
    }
}

impl<S: Update> VmSender<S> {
    /// Applies an I/O outcome; a command it would ask for is not carried out (outcomes end a
    /// step, they do not start one).
    pub fn dispatch(&self, event: S::Event) {
        let _ = self.update(|s| s.update(event));
    }
}

impl<S> VmHandle<S> {
    /// The state as it is now (after any update since this render).
    pub fn get(&self) -> Rc<S> {
        self.sender.cell.borrow().clone()
    }
}

impl<S: Clone> VmHandle<S> {
    /// As [`VmSender::update`].
    pub fn update<R>(&self, f: impl FnOnce(&mut S) -> R) -> R {
        self.sender.update(f)
    }

    /// A sender for outcomes that arrive later.
    pub fn dispatcher(&self) -> VmSender<S> {
        self.sender.clone()
    }
}

impl<S: Update> VmHandle<S> {
    /// Applies a user's `event`; returns the command it asks for.
    pub fn send(&self, event: S::Event) -> Option<S::Command> {
        self.sender.update(|s| s.update(event))
    }
}

/// A view-model's state for this component, starting at `init`.
#[hook]
pub fn use_vm<S, F>(init: F) -> VmHandle<S>
where
    S: 'static,
    F: FnOnce() -> S,
{
    let cell = use_mut_ref(|| Rc::new(init()));
    let redraw = use_force_update();
    let now = cell.borrow().clone();
    VmHandle {
        now,
        sender: VmSender { cell, redraw },
    }
}

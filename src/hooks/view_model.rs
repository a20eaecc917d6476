//! One page's view-model (`shindan_core::vm`) held for a component: the view reads a snapshot
//! of it to render and sends it events, each through the view-model's own `update`, whose
//! returned effect (make a key, seal a response) the view then runs at the door.
//!
//! Unlike `use_reducer`, an update hands its effect back to the caller, and an event sent when
//! an awaited door call ends is applied to the state as it is then, not as it was when the
//! call began.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

/// A handle to a component's view-model.
pub struct ViewModel<V> {
    cell: Rc<RefCell<Rc<V>>>,
    redraw: UseForceUpdateHandle,
}

impl<V> Clone for ViewModel<V> {
    fn clone(&self) -> Self {
        ViewModel {
            cell: self.cell.clone(),
            redraw: self.redraw.clone(),
        }
    }
}

impl<V: Clone> ViewModel<V> {
    /// The state now (cheap: shared, never borrowed while an update runs).
    pub fn get(&self) -> Rc<V> {
        self.cell.borrow().clone()
    }

    /// Applies `f` (the view-model's `update` with an event) and redraws; returns what `f`
    /// returns, the effect to run.
    pub fn update<R>(&self, f: impl FnOnce(&mut V) -> R) -> R {
        let mut next = V::clone(&self.get());
        let out = f(&mut next);
        *self.cell.borrow_mut() = Rc::new(next);
        self.redraw.force_update();
        out
    }
}

/// Holds a view-model made by `init` on the first render.
#[hook]
pub fn use_view_model<V: 'static>(init: impl FnOnce() -> V) -> ViewModel<V> {
    let cell = use_mut_ref(|| Rc::new(init()));
    let redraw = use_force_update();
    ViewModel { cell, redraw }
}

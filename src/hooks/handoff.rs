//! What the first screen handed to the whole app, held from the moment the whole app starts
//! (`crate::boot`) until the store reads it (`store::load_store`) and the shell asks whether
//! it was resumed: kept here, below both, so neither reaches up into `boot`.

use std::cell::{Cell, RefCell};

use shindan_core::store::handoff::Handoff;

thread_local! {
    /// What the first screen handed over, until the store is read.
    static HANDED: RefCell<Option<Handoff>> = const { RefCell::new(None) };
    /// This whole app was started by the first screen.
    static RESUMED: Cell<bool> = const { Cell::new(false) };
}

/// The whole app was started by the first screen, which handed over `handed` (`crate::boot`).
pub fn receive(handed: Option<Handoff>) {
    RESUMED.with(|r| r.set(true));
    HANDED.with(|h| *h.borrow_mut() = handed);
}

/// What the first screen handed over, once (the store reads it when it loads).
pub fn handed_over() -> Option<Handoff> {
    HANDED.with(|h| h.borrow_mut().take())
}

/// Whether this whole app was started by the first screen (its first page then came by a
/// navigation, and gets the focus like any other).
pub fn resumed() -> bool {
    RESUMED.with(Cell::get)
}

//! A function carried by a store action that only some pages send.
//!
//! The store's reducer matches every action, so whatever it calls is linked into every build,
//! the first screen's included. An action that only the whole app's pages send (a change to the
//! supply register, an import of partners' responses among them; a backup restored; an
//! incident record edited) carries the function that applies it instead, set by the action's
//! one constructor: a build with no page that makes the action never refers to the function,
//! and the linker leaves it out with all it calls.

/// A function carried by an action (see the module docs). Each kind of action has one
/// constructor, which always sets the same function, so two values of one type are equal.
#[derive(Clone, Copy)]
pub struct Carried<F>(pub(crate) F);

impl<F> std::fmt::Debug for Carried<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Carried")
    }
}

impl<F> PartialEq for Carried<F> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<F> Eq for Carried<F> {}

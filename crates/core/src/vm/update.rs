//! The shape every view-model with a state machine shares: a state, the events the page feeds
//! it (the user's, and the outcomes of the I/O the page did for it), and one transition that
//! says what, if anything, the page must now do. The web app adapts every such view-model to
//! Yew the same way (`hooks::vm::use_vm`), as one reducer per page part.

/// A view-model's state machine.
pub trait Update: Clone {
    /// What happened: a user's action, or the outcome of I/O done for a command.
    type Event;
    /// What the page must do outside the view-model (write to the store, download, read a
    /// file, seal, …); its outcome comes back as an event.
    type Command;

    /// Moves to the next state; returns the command the event asks for, if any.
    fn update(&mut self, event: Self::Event) -> Option<Self::Command>;
}

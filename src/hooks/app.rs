//! The facade hooks every view reads the shell's state through: [`use_lang`], [`use_route`],
//! [`use_storage_ok`], [`use_set_lang`] and [`use_notify`]. The shell (`crate::app`) provides them with
//! [`ShellContext`], one context (each further context is a component of its own in the
//! first-screen wasm), whose value keeps its identity while the language, the route and the
//! storage state are unchanged, so its readers are not rendered again on each answer. No view
//! imports the module that renders the shell.

use std::rc::Rc;

use yew::prelude::*;

use shindan_core::lang::Lang;
use shindan_core::route::Route;

/// The shell's export message (`hooks::download`, `components::export_notice`): its text and
/// a count, so the same text twice is announced twice. An empty text is no message.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notice {
    pub seq: u32,
    pub text: Rc<str>,
}

impl Reducible for Notice {
    /// The new text (empty: dismiss).
    type Action = Rc<str>;
    fn reduce(self: Rc<Self>, text: Rc<str>) -> Rc<Self> {
        Rc::new(Notice {
            seq: self.seq.wrapping_add(1),
            text,
        })
    }
}

/// Sets the export message ([`ShellState::notify`]).
pub type NoticeDispatch = UseReducerDispatcher<Notice>;

/// What the shell provides to every view below it.
#[derive(Clone, PartialEq)]
pub struct ShellState {
    pub lang: Lang,
    pub route: Route,
    pub storage_ok: bool,
    pub set_lang: Callback<Lang>,
    /// The first screenful only: the shell's first render of a page it hydrates from the
    /// build's cut pre-render (`#/sme`), which must be that pre-render exactly. The page leaves
    /// out what follows its questions and the shell what follows `<main>`; a following task
    /// adds them.
    pub first_slice: bool,
    /// Sets the shell's export message (`hooks::download`): in this context rather than one
    /// of its own, as it never changes and every view that downloads reads the language here.
    pub notify: NoticeDispatch,
}

#[hook]
fn use_shell() -> Option<Rc<ShellState>> {
    use_context::<Rc<ShellState>>()
}

/// The language the user reads.
#[hook]
pub fn use_lang() -> Lang {
    use_shell().map(|s| s.lang).unwrap_or_default()
}

/// The page shown.
#[hook]
pub fn use_route() -> Route {
    use_shell().map(|s| s.route.clone()).unwrap_or(Route::Home)
}

/// Whether this browser's storage can be read and written.
#[hook]
pub fn use_storage_ok() -> bool {
    use_shell().is_some_and(|s| s.storage_ok)
}

/// Changes the language (and keeps the choice).
#[hook]
pub fn use_set_lang() -> Callback<Lang> {
    use_shell()
        .map(|s| s.set_lang.clone())
        .unwrap_or_else(Callback::noop)
}

/// Whether this render is the first screenful only (see [`ShellState::first_slice`]).
#[hook]
pub fn use_first_slice() -> bool {
    use_shell().is_some_and(|s| s.first_slice)
}

/// Sets the shell's export message (see [`ShellState::notify`]).
#[hook]
pub fn use_notify() -> Option<NoticeDispatch> {
    use_shell().map(|s| s.notify.clone())
}

/// The provider of the facade hooks' values.
pub type ShellContext = ContextProvider<Rc<ShellState>>;

//! The facade hooks every view reads the shell's state through: [`use_lang`], [`use_route`],
//! [`use_storage_ok`] and [`use_set_lang`]. The shell (`crate::app`) provides them with
//! [`ShellContext`]; each sits in its own context, so a view reading the language is not
//! rendered again when only the route changes, and no view imports the module that renders it.

use yew::prelude::*;

use shindan_core::lang::Lang;
use shindan_core::route::Route;

#[derive(Clone, Copy, PartialEq)]
struct LangCtx(Lang);
#[derive(Clone, PartialEq)]
struct RouteCtx(Route);
#[derive(Clone, Copy, PartialEq)]
struct StorageOkCtx(bool);
#[derive(Clone, PartialEq)]
struct SetLangCtx(Callback<Lang>);

/// The language the user reads.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<LangCtx>().map(|c| c.0).unwrap_or_default()
}

/// The page shown.
#[hook]
pub fn use_route() -> Route {
    use_context::<RouteCtx>()
        .map(|c| c.0)
        .unwrap_or(Route::Home)
}

/// Whether this browser's storage can be read and written.
#[hook]
pub fn use_storage_ok() -> bool {
    use_context::<StorageOkCtx>().is_some_and(|c| c.0)
}

/// Changes the language (and keeps the choice).
#[hook]
pub fn use_set_lang() -> Callback<Lang> {
    use_context::<SetLangCtx>()
        .map(|c| c.0)
        .unwrap_or_else(Callback::noop)
}

/// What the shell provides to every view below it.
#[derive(Properties, PartialEq)]
pub struct ShellContextProps {
    pub lang: Lang,
    pub route: Route,
    pub storage_ok: bool,
    pub set_lang: Callback<Lang>,
    #[prop_or_default]
    pub children: Html,
}

/// Provides the facade hooks' values to `children`.
#[component]
pub fn ShellContext(props: &ShellContextProps) -> Html {
    html! {
        <ContextProvider<LangCtx> context={LangCtx(props.lang)}>
        <ContextProvider<RouteCtx> context={RouteCtx(props.route.clone())}>
        <ContextProvider<StorageOkCtx> context={StorageOkCtx(props.storage_ok)}>
        <ContextProvider<SetLangCtx> context={SetLangCtx(props.set_lang.clone())}>
            { props.children.clone() }
        </ContextProvider<SetLangCtx>>
        </ContextProvider<StorageOkCtx>>
        </ContextProvider<RouteCtx>>
        </ContextProvider<LangCtx>>
    }
}

/// The first screenful only: the shell's first render of a page it hydrates from the build's
/// cut pre-render (`#/sme`), which must be that pre-render exactly. The page leaves out what
/// follows its questions and the shell what follows `<main>`; a following task adds them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FirstSlice(pub bool);

/// Whether this render is the first screenful only (see [`FirstSlice`]).
#[hook]
pub fn use_first_slice() -> bool {
    use_context::<FirstSlice>().is_some_and(|s| s.0)
}

//! The app context every view reads through [`use_app`]: the language, the route, whether
//! storage works and a way to change the language. The shell (`crate::app`) provides it; views
//! read it from here, below the shell, so no view imports the module that renders it.

use std::rc::Rc;

use yew::prelude::*;

use crate::lang::Lang;
use crate::route::Route;

/// What every view may read: the language, the route and a way to change the language.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub lang: Lang,
    pub route: Route,
    pub storage_ok: bool,
    pub set_lang: Callback<Lang>,
}

/// Facade hook over the app context.
#[hook]
pub fn use_app() -> Rc<AppContext> {
    use_context::<Rc<AppContext>>().unwrap_or_else(|| {
        // Only reachable when a component is rendered outside `App` (tests); fall back to
        // defaults rather than panic.
        Rc::new(AppContext {
            lang: Lang::default(),
            route: Route::Home,
            storage_ok: false,
            set_lang: Callback::noop(),
        })
    })
}

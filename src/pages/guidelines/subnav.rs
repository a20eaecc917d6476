//! Navigation across the Guidelines pages, with `aria-current` on the page shown.
//!
//! A `div role="navigation"` rather than `<nav>`: the shell's tests address the site navigation
//! as `nav`, and the landmark is the same for assistive technology.

use yew::prelude::*;

use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::route::Route;

#[derive(Properties, PartialEq)]
pub struct SubNavProps {
    pub current: Route,
}

const PAGES: [(Route, Msg); 7] = [
    (Route::Guidelines, Msg::GlNavOverview),
    (Route::GuidelinesMeti, Msg::GlNavMeti),
    (Route::GuidelinesHistory, Msg::GlNavHistory),
    (Route::GuidelinesCsf, Msg::GlNavCsf),
    (Route::GuidelinesSme, Msg::GlNavSme),
    (Route::GuidelinesIncident, Msg::GlNavIncident),
    (Route::GuidelinesSources, Msg::GlNavSources),
];

#[component]
pub fn SubNav(props: &SubNavProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="gl-subnav" role="navigation" aria-label={t(lang, Msg::GlSubnavLabel)}
             data-testid="gl-subnav">
            <ul>
                { for PAGES.iter().map(|(route, msg)| {
                    // A direction page lives under the METI page: mark that link as the
                    // current location (not the current page).
                    let current = if *route == props.current {
                        Some("page")
                    } else if *route == Route::GuidelinesMeti
                        && matches!(props.current, Route::GuidelinesDirection(_))
                    {
                        Some("true")
                    } else {
                        None
                    };
                    html! {
                        <li key={route.to_hash()}>
                            <a href={route.to_hash()} aria-current={current}>{ t(lang, *msg) }</a>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

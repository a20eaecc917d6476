//! The application root: language and route state, the shell (header, nav, footer) and the
//! page switch. Browser-only.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::export_notice::ExportNotice;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::storage_banners::StorageBanners;
use crate::hooks::assessment::{
    fresh_id, now, AssessmentContext, AssessmentState, DispatchContext,
};
use crate::hooks::files::{Notice, NoticeDispatch};
use crate::hooks::persistence;
use crate::hooks::persistence::{use_persistence, PersistContext};
use crate::lang::Lang;
use crate::pages;
use crate::persist::library::Library;
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

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

#[component]
pub fn App() -> Html {
    let lang = use_state(|| persistence::load_lang().unwrap_or_default());
    // Load once: every stored assessment (format 1 migrated forward, unreadable values
    // quarantined byte for byte, newer formats left untouched), and where the user was.
    let report = use_memo((), |_| persistence::load_all(now()));
    let route = {
        let report = report.clone();
        use_state(move || {
            // A reopened app (no fragment) returns to the screen the user was on.
            if current_hash().is_empty() {
                if let Some(saved) = report.ui.route.as_deref() {
                    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                        let _ = history.replace_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(saved),
                        );
                    }
                }
            }
            Route::parse(&current_hash())
        })
    };
    let storage_ok = use_memo((), |_| persistence::readable());
    let storage_ok_flag = *storage_ok;
    let assessment: AssessmentContext = {
        let report = report.clone();
        use_reducer(move || {
            AssessmentState::from_library(Library::new(
                report.records.clone(),
                report.ui.open.clone(),
                report.ui.exported.clone(),
                now(),
                fresh_id(),
            ))
        })
    };
    let persist_status = use_persistence(&assessment, report.clone(), route.to_hash());
    // The one export confirmation (see `hooks::files::Downloader`).
    let notice = use_reducer(Notice::default);

    // Follow the fragment.
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener =
                Closure::<dyn Fn()>::new(move || route.set(Route::parse(&current_hash())));
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
                drop(listener);
            }
        });
    }

    // <html lang> follows the language; the choice is persisted (best effort: the banner
    // already tells the user when storage is unavailable).
    use_effect_with(*lang, |lang| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", lang.code());
        }
        let _ = persistence::save_lang(*lang);
    });

    // On a route change, move focus to the page heading so screen-reader and keyboard users
    // start at the new content, and set the document title.
    let first_render = use_mut_ref(|| true);
    use_effect_with(((*route).clone(), *lang), move |(route, lang)| {
        let first = std::mem::replace(&mut *first_render.borrow_mut(), false);
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(h1) = doc
                .query_selector("main h1")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let title = h1.text_content().unwrap_or_default();
                let app = crate::i18n::t(*lang, crate::i18n::Msg::AppName);
                doc.set_title(&format!("{title} | {app}"));
                // Not on the first paint: there the skip link must stay the first stop. Not for a
                // link to a step of the SME path either: that page moves focus to the step.
                if !first && !matches!(route, Route::SmeAt(_)) {
                    let _ = h1.set_attribute("tabindex", "-1");
                    let _ = h1.focus();
                }
            }
        }
    });

    // The context keeps its identity while language, route and storage state are unchanged, so
    // its consumers (header, footer, every page) do not re-render on each answer.
    let set_lang = use_callback(lang.setter(), |l: Lang, setter| setter.set(l));
    let ctx = use_memo(
        (*lang, (*route).clone(), storage_ok_flag),
        move |(lang, route, storage_ok)| AppContext {
            lang: *lang,
            route: route.clone(),
            storage_ok: *storage_ok,
            set_lang,
        },
    );

    html! {
        <ContextProvider<Rc<AppContext>> context={ctx}>
            <ContextProvider<DispatchContext> context={assessment.dispatcher()}>
            <ContextProvider<AssessmentContext> context={assessment}>
            <ContextProvider<PersistContext> context={persist_status}>
            <ContextProvider<NoticeDispatch> context={notice.dispatcher()}>
            <Header />
            <StorageBanners />
            <main id="main">
                { pages::view(&route) }
            </main>
            <Footer />
            <ExportNotice notice={(*notice).clone()} dispatch={notice.dispatcher()} />
            </ContextProvider<NoticeDispatch>>
            </ContextProvider<PersistContext>>
            </ContextProvider<AssessmentContext>>
            </ContextProvider<DispatchContext>>
        </ContextProvider<Rc<AppContext>>>
    }
}

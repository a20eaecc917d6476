//! The application root: language and route state, the shell (header, nav, footer) and the
//! page switch. Browser-only.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::hooks::assessment::{AssessmentContext, AssessmentState};
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::pages;
use crate::route::Route;
use crate::storage::{self, Loaded};

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
    let lang = use_state(|| storage::load_lang().unwrap_or_default());
    let route = use_state(|| Route::parse(&current_hash()));
    let storage_ok = use_memo((), |_| storage::available());
    let storage_ok_flag = *storage_ok;
    // Load once; an unreadable stored value is quarantined (kept byte for byte) and reported.
    let loaded = use_memo((), |_| storage::load_current());
    let assessment: AssessmentContext = {
        let loaded = loaded.clone();
        use_reducer(move || AssessmentState {
            current: Rc::new(match &*loaded {
                Loaded::Ok(a) => a.clone(),
                _ => crate::assessment::Assessment::new(),
            }),
        })
    };
    let save_error = use_state(|| false);
    // If the unreadable value could not be set aside, never write over it.
    let read_only = matches!(&*loaded, Loaded::Quarantined(k) if k == storage::KEY_CURRENT);
    {
        let save_error = save_error.clone();
        use_effect_with(assessment.current.clone(), move |current| {
            if *storage_ok && !read_only {
                let failed = storage::save_current(current).is_err();
                if *save_error != failed {
                    save_error.set(failed);
                }
            }
        });
    }

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
        let _ = storage::save_lang(*lang);
    });

    // On a route change, move focus to the page heading so screen-reader and keyboard users
    // start at the new content, and set the document title.
    let first_render = use_mut_ref(|| true);
    use_effect_with(((*route).clone(), *lang), move |(_, lang)| {
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
                // Not on the first paint: there the skip link must stay the first stop.
                if !first {
                    let _ = h1.set_attribute("tabindex", "-1");
                    let _ = h1.focus();
                }
            }
        }
    });

    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| lang.set(l))
    };
    let ctx = Rc::new(AppContext {
        lang: *lang,
        route: (*route).clone(),
        storage_ok: storage_ok_flag,
        set_lang,
    });

    html! {
        <ContextProvider<Rc<AppContext>> context={ctx}>
            <ContextProvider<AssessmentContext> context={assessment}>
            <Header />
            if let Loaded::Quarantined(key) = &*loaded {
                <p class="banner warn" role="alert" id="quarantine-notice">
                    { t(*lang, Msg::StoredDataUnreadable) }<code>{ key.clone() }</code>
                </p>
            }
            if *save_error {
                <p class="banner warn" role="alert" id="save-error">{ t(*lang, Msg::SaveFailed) }</p>
            }
            <main id="main">
                { pages::view(&route) }
            </main>
            <Footer />
            </ContextProvider<AssessmentContext>>
        </ContextProvider<Rc<AppContext>>>
    }
}

//! EDGE, browser-only: how the two builds start (the size of the first load).
//!
//! The app ships as two wasm builds of this crate. The **first screen** (`src/main.rs`, what
//! the loader fetches for those pages) is the shell with the home page, the SME path, the
//! executive check and the not-found page (`shindan_core::route::Route::FIRST_SCREEN`, read by
//! [`shindan_core::route::Route::on_first_screen`]); the linker leaves every other page out. The **whole app** (`src/bin/full.rs`, `shindan-full-<hash>.js` and its wasm,
//! named in the `shindan-full` `<meta>` by `src/web/post_build.mjs`) has every page.
//!
//! Opened at another page's address, the page's loader (`src/web/loader.js`, in place of
//! Trunk's) fetches the whole app alone and starts it, and the page keeps what it shows meanwhile
//! (the pre-rendered page or header). If the first screen is started at such an address anyway
//! (an address the loader does not know, or the whole app failed to load there), it does not
//! render: it starts the whole app at once, or says that it could not. When the running first
//! screen is asked for another page (a link, a typed address, the screen a reopened app returns
//! to), it shows a loading line in that page's place, imports the whole app's JS glue and
//! compiles its wasm (`src/web/full.js`; the service worker has usually cached both). Then it
//! leaves a one-shot function on `window` and starts the whole app, whose `main` calls that
//! function first: the first screen hands over its state as text (`store::handoff`: the
//! language, the open assessment and any record not yet stored) and tears itself down, and
//! the whole app renders in the same task, so nothing blank is ever painted. From then on only
//! the whole app runs; a later visit to the home page or the SME path is its own.
//!
//! If the user comes back to a first-screen page before the whole app is ready, nothing is
//! started (the compiled module is kept for the next time). If loading fails, the page says so
//! and offers to try again; the first screen keeps running and nothing is lost.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::app::{App, Shell};
use crate::hooks::store::{Latest, Same, StoreHandle};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::route::Route;
use shindan_core::store::handoff::Handoff;
use shindan_core::store::Store;

/// The `window` property through which the whole app asks the first screen to hand over.
const EXIT: &str = "__shindanFirstExit";

#[wasm_bindgen(module = "/src/web/full.js")]
extern "C" {
    /// Imports the whole app's JS glue and compiles its wasm (once per page); resolves to a
    /// function that instantiates and starts it.
    #[wasm_bindgen(js_name = loadFull)]
    fn load_full() -> js_sys::Promise;
}

thread_local! {
    /// The first screen's app, to tear down when the whole app takes over.
    static FIRST: RefCell<Option<yew::AppHandle<First>>> = const { RefCell::new(None) };
}

// ------------------------------------------------------------------ the first screen

/// `main` of the first-screen build.
pub fn first() {
    shindan_core::model::use_blob(shindan_core::model::FIRST_SCREEN_COMPACT);
    crate::door::pwa::register();
    if Route::parse(&crate::hooks::store::current_hash()).on_first_screen() {
        // Two tasks, not one: decoding the model (and V8's compiling the decoder's wasm on its
        // first call) here, the first render — the hydration of the pre-render, or the
        // take-over — in the next task, so the page can paint and take input in between. The
        // pre-render stays as it is meanwhile (its controls inert): nothing is shown twice.
        let _ = shindan_core::model::model();
        let later = Closure::once_into_js(mount_first);
        let scheduled = web_sys::window().is_some_and(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 0)
                .is_ok()
        });
        if !scheduled {
            mount_first();
        }
    } else {
        // An address of another page: start the whole app at once, leaving what the page shows
        // (the pre-rendered page or header, src/web/prerender-pick.js) until it renders in its
        // place. Only if that fails does the first screen start, to say so and offer a retry.
        wasm_bindgen_futures::spawn_local(async {
            let started = match JsFuture::from(load_full()).await {
                Ok(start) => match start.dyn_into::<js_sys::Function>() {
                    Ok(start) => start_whole(&start).await,
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            };
            if let Err(e) = started {
                web_sys::console::warn_2(&"Shindan: the page could not be loaded:".into(), &e);
                mount_first();
            }
        });
    }
}

/// Starts the first screen: hydrates the page the picker showed when it was rendered for that
/// (`hydratable_body`), so the nodes painted first are the nodes the app keeps; else renders,
/// replacing whatever <body> holds (the header alone, or nothing).
fn mount_first() {
    let app = match hydratable_body() {
        Some(body) => yew::Renderer::<First>::with_root_and_props(
            body,
            FirstProps {
                initial: None,
                sliced: true,
            },
        )
        .hydrate(),
        None => yew::Renderer::<First>::new().render(),
    };
    FIRST.with(|f| *f.borrow_mut() = Some(app));
}

/// <body>, when it holds a page the build rendered for hydration and the picker showed it
/// (src/web/prerender-pick.js marks <body> `data-hydrate`: a fresh visit, and that page's
/// address). The pre-render's own marks are taken off first (`inert` on the controls,
/// `data-prerender`): from here the nodes are the app's.
fn hydratable_body() -> Option<web_sys::Element> {
    let window = web_sys::window()?;
    let body = window.document()?.body()?;
    if !body.has_attribute("data-hydrate") {
        return None;
    }
    let _ = body.remove_attribute("data-hydrate");
    // The painted nodes must still be exactly what the picker put there: anything that changed
    // them since (a browser extension adding or rewriting nodes) would make the app's first
    // render disagree with them, and a hydration that disagrees stops the app. Then the
    // take-over instead, as for any other page.
    let painted = js_sys::Reflect::get(&window, &"__shindanPainted".into())
        .ok()
        .and_then(|v| v.as_string())?;
    if !body.inner_html().starts_with(&painted) {
        web_sys::console::warn_1(
            &"Shindan: the page changed before it started; rendering it anew".into(),
        );
        return None;
    }
    if let Ok(marked) = body.query_selector_all("[inert], [data-prerender]") {
        for i in 0..marked.length() {
            if let Some(e) = marked
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = e.remove_attribute("inert");
                let _ = e.remove_attribute("data-prerender");
            }
        }
    }
    Some(body.into())
}

/// Runs the whole app's `start` (from [`load_full`]) and waits for its init.
async fn start_whole(start: &js_sys::Function) -> Result<(), JsValue> {
    let p = start.call0(&JsValue::NULL)?.dyn_into::<js_sys::Promise>()?;
    JsFuture::from(p).await.map(|_| ())
}

/// The first screen's page switch: its own pages, and the hand-over for any other.
fn first_view(route: &Route) -> Html {
    crate::pages::first_screen(route).unwrap_or_else(|| html! { <HandOver /> })
}

/// The first screen's root. `initial`: the store to start from instead of storage's (the
/// build's server rendering, `crate::ssr`, which renders this same root so that the client
/// hydrates the very component tree it wrote).
#[derive(Properties, PartialEq, Default)]
pub struct FirstProps {
    #[prop_or_default]
    pub initial: Option<Same<Store>>,
    /// The first render is the first screenful only (`app::ShellProps::sliced`).
    #[prop_or_default]
    pub sliced: bool,
}

#[component]
pub fn First(props: &FirstProps) -> Html {
    html! {
        <Shell view={first_view as fn(&Route) -> Html} initial={props.initial.clone()}
            sliced={props.sliced} />
    }
}

/// In place of a page the first screen does not have: loads and starts the whole app.
#[component]
fn HandOver() -> Html {
    let lang = use_lang();
    let store = use_context::<Latest>().map(|l| l.0);
    let failed = use_state(|| false);
    let attempt = use_state(|| 0u32);
    {
        let failed = failed.setter();
        use_effect_with(*attempt, move |_| {
            let live = Rc::new(Cell::new(true));
            let still = live.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = hand_over(store, still).await {
                    web_sys::console::warn_2(&"Shindan: the page could not be loaded:".into(), &e);
                    failed.set(true);
                }
            });
            move || live.set(false)
        });
    }
    let retry = {
        let failed = failed.setter();
        let attempt = attempt.clone();
        Callback::from(move |_| {
            failed.set(false);
            attempt.set(*attempt + 1);
        })
    };
    if *failed {
        html! {
            <div class="banner warn" role="alert" id="full-load-failed">
                <p>{ t(lang, Msg::FullLoadFailed) }</p>
                <button type="button" onclick={retry}>{ t(lang, Msg::FullRetry) }</button>
            </div>
        }
    } else {
        html! { <p role="status" id="full-loading">{ t(lang, Msg::FullLoading) }</p> }
    }
}

/// Loads the whole app and, unless the user has gone back to a first-screen page meanwhile
/// (`live` false), starts it.
async fn hand_over(store: Option<StoreHandle>, live: Rc<Cell<bool>>) -> Result<(), JsValue> {
    let start: js_sys::Function = JsFuture::from(load_full()).await?.dyn_into()?;
    if !live.get() {
        return Ok(());
    }
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    // Called once by the whole app's `main` (`full`): the state as text; the first screen
    // tears itself down (a microtask of its scheduler, queued before the whole app renders).
    let exit = Closure::once_into_js(move || -> JsValue {
        let text = store.map(|s| s.handoff().encode()).unwrap_or_default();
        if let Some(app) = FIRST.with(|f| f.borrow_mut().take()) {
            app.destroy();
        }
        JsValue::from_str(&text)
    });
    js_sys::Reflect::set(&window, &EXIT.into(), &exit)?;
    let result = start_whole(&start).await;
    if result.is_err() {
        // Not started: the first screen stays, and a retry registers the function again.
        let _ = js_sys::Reflect::delete_property(&window, &EXIT.into());
    }
    result
}

// ------------------------------------------------------------------ the whole app

/// `main` of the whole-app build: takes over from the first screen, then renders every page.
pub fn full() {
    shindan_core::model::use_blob(shindan_core::model::BUILTIN_COMPACT);
    shindan_core::i18n::install_all();
    crate::hooks::download::install_scs(crate::hooks::scs::add_to_backup);
    if let Some(window) = web_sys::window() {
        let exit = js_sys::Reflect::get(&window, &EXIT.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(exit) = exit {
            let _ = js_sys::Reflect::delete_property(&window, &EXIT.into());
            let text = exit.call0(&JsValue::NULL).ok().and_then(|v| v.as_string());
            crate::hooks::handoff::receive(text.as_deref().and_then(Handoff::decode));
        }
    }
    // Loaded directly by src/web/loader.js (the address was another page's), no first screen
    // has run: register the service worker (`register` does nothing if the first screen did).
    crate::door::pwa::register();
    // After the first screen's teardown, which `exit` queued as a microtask: both run before
    // the next paint.
    wasm_bindgen_futures::spawn_local(async {
        yew::Renderer::<App>::new().render();
    });
}

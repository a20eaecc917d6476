//! The application root: the one store (`shindan_core::store`, read from storage once), the shell
//! (header, nav, footer) and the page switch. Rendered in the browser, and at build time by
//! Yew's server renderer (`crate::ssr`), where it starts from a given store.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::ask_return::AskReturn;
use crate::components::export_notice::ExportNotice;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::storage_banners::StorageBanners;
use crate::hooks::download::Notice;
use crate::hooks::store::{
    current_hash, load_store, use_store_sync, Dispatch, Latest, Same, StoreHandle, StoreProvider,
    StoreState,
};
use crate::hooks::{ShellContext, ShellState};
use crate::pages;
use shindan_core::lang::Lang;
use shindan_core::route::Route;
use shindan_core::store::{Store, StoreAction};

/// The whole app: the shell with every page.
#[component]
pub fn App() -> Html {
    html! { <Shell view={pages::view as fn(&Route) -> Html} /> }
}

/// The shell's properties: the page switch (every page, or the first screen's pages) and,
/// for the build's server rendering (`crate::ssr`), the store to start from instead of the one
/// in storage (compared by identity: comparing two stores field by field would link a deep
/// comparison of every part of the store into the first screen for props that never change).
#[derive(Properties)]
pub struct ShellProps {
    pub view: fn(&Route) -> Html,
    #[prop_or_default]
    pub initial: Option<Same<Store>>,
    /// The first render is the first screenful only ([`ShellState::first_slice`]), the rest follows in
    /// the next task: set when the shell hydrates the build's pre-render (`crate::boot`), and
    /// by the build's server rendering of it (`crate::ssr`).
    #[prop_or_default]
    pub sliced: bool,
}

impl PartialEq for ShellProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.view, other.view)
            && self.initial == other.initial
            && self.sliced == other.sliced
    }
}

/// The store, the contexts, header, banners, the page of the route, footer.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    // The one state: read once from storage, then changed only by actions.
    let store: StoreHandle = use_reducer(|| {
        StoreState(match &props.initial {
            Some(s) => Store::clone(&s.0),
            None => load_store(Route::parse(&current_hash())),
        })
    });
    // A page cut after its first screenful (the SME path's first stage, the executive check's
    // first questions) in the first render, whole from the next task on (the executive check
    // then adds its later parts itself, a few per task).
    let sliced = use_state(|| props.sliced);
    {
        let sliced = sliced.clone();
        use_effect_with((), move |_| {
            if *sliced {
                let whole = Closure::once_into_js(move || sliced.set(false));
                if let Some(w) = web_sys::window() {
                    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                        whole.unchecked_ref(),
                        0,
                    );
                }
            }
        });
    }
    // Writes, other tabs, "delete all my data".
    use_store_sync(&store);
    let lang = store.lang;
    let route = store.route.clone();
    let storage_ok_flag = store.status.available;
    // The one export confirmation (see `hooks::files::Downloader`).
    let notice = use_reducer(Notice::default);

    // Follow the fragment.
    {
        let dispatch = Dispatch::of(&store);
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || {
                dispatch.send(StoreAction::Navigate(Route::parse(&current_hash())))
            });
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

    // On a route change, move focus to the page heading so screen-reader and keyboard users
    // start at the new content, and set the document title.
    // The whole app started by the first screen arrives through a navigation: its first page
    // gets the focus like any other.
    let first_render = use_mut_ref(|| !crate::hooks::handoff::resumed());
    use_effect_with((route.clone(), lang), move |(route, lang)| {
        let first = std::mem::replace(&mut *first_render.borrow_mut(), false);
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(h1) = doc
                .query_selector("main h1")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let title = h1.text_content().unwrap_or_default();
                let app = shindan_core::i18n::t(*lang, shindan_core::i18n::Msg::AppName);
                doc.set_title(&format!("{title} | {app}"));
                // Not on the first paint: there the skip link must stay the first stop. Not for a
                // link to a step or an item of the SME path either: that page moves focus there.
                if !first && !matches!(route, Route::SmeAt(_) | Route::SmeItem(_)) {
                    let _ = h1.set_attribute("tabindex", "-1");
                    let _ = h1.focus();
                }
            }
        }
    });

    // The context keeps its identity while language, route and storage state are unchanged, so
    // its readers (header, footer, every page) are not rendered again on each answer.
    let set_lang = use_callback(Dispatch::of(&store), |l: Lang, d| {
        d.send(StoreAction::SetLang(l))
    });
    // A questionnaire the build cut after its first screenful (`Route::FIRST_SCREEN`'s `keep`).
    let cut = *sliced && route.first_page().is_some_and(|p| p.keep.is_some());
    let notify = notice.dispatcher();
    let shell = use_memo(
        (lang, route.clone(), storage_ok_flag, cut),
        move |(lang, route, storage_ok, cut)| ShellState {
            lang: *lang,
            route: route.clone(),
            storage_ok: *storage_ok,
            set_lang,
            first_slice: *cut,
            notify,
        },
    );

    html! {
        <ShellContext context={shell}>
            <StoreProvider store={store.clone()}>
            <ContextProvider<Latest> context={Latest(store.clone())}>
            <Header />
            <StorageBanners />
            <main id="main">
                <AskReturn />
                { (props.view)(&route) }
            </main>
            if !cut {
                <Footer />
                <ExportNotice notice={(*notice).clone()} dispatch={notice.dispatcher()} />
            }
            </ContextProvider<Latest>>
            </StoreProvider>
        </ShellContext>
    }
}

//! Site header: product name, main navigation, language switch, storage banner.

use yew::prelude::*;

use crate::hooks::{use_lang, use_route, use_set_lang, use_storage_ok};
use shindan_core::i18n::{t, Msg};
use shindan_core::route::{Route, Section};

fn section_label(s: Section) -> Msg {
    match s {
        Section::Guidelines => Msg::NavGuidelines,
        Section::Sme => Msg::NavSme,
        Section::Executive => Msg::NavExecutive,
        Section::Results => Msg::NavResults,
        Section::Assessments => Msg::NavAssessments,
        Section::Partners => Msg::NavPartners,
    }
}

#[component]
pub fn Header() -> Html {
    let lang = use_lang();
    let route = use_route();
    let storage_ok = use_storage_ok();
    let set = use_set_lang();
    let current = route.section();
    let other = lang.other();
    let on_switch = { Callback::from(move |_| set.emit(other)) };
    // On a phone the menu is one button that opens the sections' list (style/main.css); it
    // closes again once a section is chosen. Wider screens show the list always.
    let open = use_state_eq(|| false);
    {
        let open = open.setter();
        use_effect_with(route.clone(), move |_| open.set(false));
    }
    let on_menu = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ t(lang, Msg::SkipToContent) }</a>
            <div class="bar">
                <a class="brand" href={Route::Home.to_hash()}>
                    <span class="brand-name">{ t(lang, Msg::AppName) }</span>
                    <span class="brand-tagline">{ t(lang, Msg::AppTagline) }</span>
                </a>
                <button type="button" class="menu-toggle secondary" id="menu-toggle" onclick={on_menu}
                    aria-expanded={open.to_string()} aria-controls="site-nav">
                    { t(lang, Msg::NavMenu) }
                </button>
                <button type="button" class="lang-switch" id="lang-switch" onclick={on_switch}
                    lang={other.code()}
                    aria-label={format!("{}: {}", t(lang, Msg::LangSwitchLabel), t(lang, Msg::LangSwitchTo))}>
                    { t(lang, Msg::LangSwitchTo) }
                </button>
            </div>
            <nav id="site-nav" class={classes!("site-nav", open.then_some("open"))} aria-label={t(lang, Msg::NavLabel)}>
                <ul class="nav">
                    { for Section::ALL.iter().map(|s| {
                        let is_current = current == Some(*s);
                        html! {
                            <li key={s.route().to_hash()}>
                                <a href={s.route().to_hash()}
                                   aria-current={is_current.then_some("page")}>
                                    { t(lang, section_label(*s)) }
                                </a>
                            </li>
                        }
                    }) }
                </ul>
            </nav>
            if !storage_ok {
                <p class="banner warn" role="alert">{ t(lang, Msg::StorageUnavailable) }</p>
            }
        </header>
    }
}

/// The skip link must not change the route (`#main` is not a route): focus `main` instead.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
        {
            use wasm_bindgen::JsCast;
            if let Ok(el) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.set_attribute("tabindex", "-1");
                let _ = el.focus();
            }
        }
    })
}

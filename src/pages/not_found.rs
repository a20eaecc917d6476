//! The friendly page for an unknown fragment. The requested path is shown as text only.

use yew::prelude::*;

use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::route::Route;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    pub path: String,
}

#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    let lang = use_lang();
    // Long or hostile paths are shortened; Yew renders them as text, never as markup.
    let shown: String = props.path.chars().take(120).collect();
    html! {
        <>
            <h1>{ t(lang, Msg::NotFoundTitle) }</h1>
            <p>{ t(lang, Msg::NotFoundBody) }</p>
            <p>{ t(lang, Msg::NotFoundRequested) }<code class="path">{ shown }</code></p>
            <p><a href={Route::Home.to_hash()}>{ t(lang, Msg::BackHome) }</a></p>
        </>
    }
}

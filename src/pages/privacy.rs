//! What is stored where, and what crosses the network.

use yew::prelude::*;

use crate::app::use_app;
use crate::i18n::{t, Msg};

#[component]
pub fn Privacy() -> Html {
    let lang = use_app().lang;
    html! {
        <>
            <h1>{ t(lang, Msg::PrivacyTitle) }</h1>
            <p>{ t(lang, Msg::PrivacyStored) }</p>
            <p>{ t(lang, Msg::PrivacyNetwork) }</p>
            <p>{ t(lang, Msg::PrivacyLinks) }</p>
        </>
    }
}

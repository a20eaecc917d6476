//! Site footer: the privacy promise and the self-assessment disclaimer.

use yew::prelude::*;

use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::route::Route;

#[component]
pub fn Footer() -> Html {
    let lang = use_lang();
    html! {
        <footer class="site-footer">
            <p id="privacy-promise">{ t(lang, Msg::FooterPrivacy) }</p>
            <p>{ t(lang, Msg::FooterSelfAssessment) }</p>
            <p><a href={Route::Privacy.to_hash()}>{ t(lang, Msg::NavPrivacy) }</a>
               { " · " }{ t(lang, Msg::FooterSource) }</p>
        </footer>
    }
}

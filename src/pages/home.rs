//! Start page.

use yew::prelude::*;

use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::route::Route;

#[component]
pub fn Home() -> Html {
    let lang = use_lang();
    html! {
        <>
            <h1>{ t(lang, Msg::HomeTitle) }</h1>
            <p class="lead">{ t(lang, Msg::HomeIntro) }</p>
            <ul class="cards">
                <li><a class="card" data-testid="home-sme" href={Route::Sme.to_hash()}>{ t(lang, Msg::HomeStartSme) }</a></li>
                <li><a class="card" data-testid="home-exec" href={Route::Executive.to_hash()}>{ t(lang, Msg::HomeStartExecutive) }</a></li>
                <li><a class="card" data-testid="home-consultants" href={Route::Assessments.to_hash()}>{ t(lang, Msg::HomeConsultants) }</a></li>
                <li><a class="card" href={Route::Guidelines.to_hash()}>{ t(lang, Msg::HomeReadGuidelines) }</a></li>
                <li><a class="card" data-testid="home-scs" href="#/scs">{ t(lang, Msg::HomeStartScs) }</a></li>
            </ul>
            <section aria-labelledby="home-sa">
                <h2 id="home-sa">{ t(lang, Msg::HomeSaTitle) }</h2>
                <p data-testid="home-sa">{ t(lang, Msg::HomeSaBody) }</p>
            </section>
            <section aria-labelledby="home-privacy">
                <h2 id="home-privacy">{ t(lang, Msg::HomePrivacyTitle) }</h2>
                <p>{ t(lang, Msg::HomePrivacyBody) }</p>
            </section>
        </>
    }
}

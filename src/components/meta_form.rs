//! Who and what is assessed: organisation / unit, date, assessor. Shared by every section.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::use_app;
use crate::assessment::MetaField;
use crate::hooks::assessment::use_assessment;
use crate::i18n::{t, Msg};

/// The value of the input an event came from.
pub fn input_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

#[component]
pub fn MetaForm() -> Html {
    let lang = use_app().lang;
    let a = use_assessment();
    let field = |f: MetaField| {
        let a = a.clone();
        Callback::from(move |e: Event| a.meta(f, input_value(&e)))
    };
    html! {
        <section class="meta-form" aria-labelledby="meta-title">
            <h2 id="meta-title">{ t(lang, Msg::MetaTitle) }</h2>
            <div class="fields">
                <label for="meta-name">{ t(lang, Msg::MetaName) }</label>
                <input id="meta-name" type="text" autocomplete="organization" maxlength="200"
                       value={a.current.name.clone()} onchange={field(MetaField::Name)} />
                <label for="meta-date">{ t(lang, Msg::MetaDate) }</label>
                <input id="meta-date" type="date" value={a.current.date.clone()}
                       onchange={field(MetaField::Date)} />
                <label for="meta-assessor">{ t(lang, Msg::MetaAssessor) }</label>
                <input id="meta-assessor" type="text" autocomplete="name" maxlength="200"
                       value={a.current.assessor.clone()} onchange={field(MetaField::Assessor)} />
            </div>
            <p class="note">{ t(lang, Msg::MetaLocalOnly) }</p>
        </section>
    }
}

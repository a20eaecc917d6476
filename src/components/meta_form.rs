//! Who and what is assessed: organisation / unit, date, assessor. Shared by every section.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::store::{use_assessment, use_edit};
use crate::hooks::use_lang;
use shindan_core::assessment::{Action, MetaField};
use shindan_core::i18n::{t, Msg};

/// The value of the input an event came from.
pub fn input_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Exactly what the form shows, compared by derive: an answer elsewhere in the assessment does
/// not re-render it (nor re-read its inputs).
#[derive(Properties, PartialEq)]
pub struct MetaFormProps {
    pub name: AttrValue,
    pub date: AttrValue,
    pub assessor: AttrValue,
}

#[component]
pub fn MetaForm(props: &MetaFormProps) -> Html {
    let lang = use_lang();
    let on_meta = use_edit(|(f, v): (MetaField, String)| Some(Action::Meta(f, v)));
    let field = |f: MetaField| on_meta.reform(move |e: Event| (f, input_value(&e)));
    html! {
        <section class="meta-form" aria-labelledby="meta-title">
            <h2 id="meta-title">{ t(lang, Msg::MetaTitle) }</h2>
            <div class="fields">
                <label for="meta-name">{ t(lang, Msg::MetaName) }</label>
                <input id="meta-name" type="text" autocomplete="organization" maxlength="200"
                       value={props.name.clone()} onchange={field(MetaField::Name)} />
                <label for="meta-date">{ t(lang, Msg::MetaDate) }</label>
                <input id="meta-date" type="date" value={props.date.clone()}
                       onchange={field(MetaField::Date)} />
                <label for="meta-assessor">{ t(lang, Msg::MetaAssessor) }</label>
                <input id="meta-assessor" type="text" autocomplete="name" maxlength="200"
                       value={props.assessor.clone()} onchange={field(MetaField::Assessor)} />
            </div>
            <p class="note">{ t(lang, Msg::MetaLocalOnly) }</p>
        </section>
    }
}

/// The meta form of the open assessment (re-rendered only when name, date or assessor change).
#[component]
pub fn CurrentMetaForm() -> Html {
    let a = use_assessment();
    let cur = &a.current;
    html! {
        <MetaForm name={AttrValue::from(cur.name.clone())} date={AttrValue::from(cur.date.clone())}
            assessor={AttrValue::from(cur.assessor.clone())} />
    }
}

//! Who and what is assessed: organisation / unit, date, assessor. Shared by every section.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::use_app;
use crate::assessment::{Action, Assessment, MetaField};
use crate::hooks::assessment::{use_assessment, use_edit};
use crate::i18n::{t, Msg};

/// The value of the input an event came from.
pub fn input_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// The open assessment; only its name, date and assessor are compared, so the form does not
/// re-render (and re-read its inputs) when an answer changes.
#[derive(Properties)]
pub struct MetaFormProps {
    pub current: Rc<Assessment>,
}

impl PartialEq for MetaFormProps {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.current, &other.current);
        Rc::ptr_eq(a, b) || (a.name == b.name && a.date == b.date && a.assessor == b.assessor)
    }
}

#[component]
pub fn MetaForm(props: &MetaFormProps) -> Html {
    let lang = use_app().lang;
    let cur = &props.current;
    let on_meta = use_edit(|(f, v): (MetaField, String)| Some(Action::Meta(f, v)));
    let field = |f: MetaField| on_meta.reform(move |e: Event| (f, input_value(&e)));
    html! {
        <section class="meta-form" aria-labelledby="meta-title">
            <h2 id="meta-title">{ t(lang, Msg::MetaTitle) }</h2>
            <div class="fields">
                <label for="meta-name">{ t(lang, Msg::MetaName) }</label>
                <input id="meta-name" type="text" autocomplete="organization" maxlength="200"
                       value={cur.name.clone()} onchange={field(MetaField::Name)} />
                <label for="meta-date">{ t(lang, Msg::MetaDate) }</label>
                <input id="meta-date" type="date" value={cur.date.clone()}
                       onchange={field(MetaField::Date)} />
                <label for="meta-assessor">{ t(lang, Msg::MetaAssessor) }</label>
                <input id="meta-assessor" type="text" autocomplete="name" maxlength="200"
                       value={cur.assessor.clone()} onchange={field(MetaField::Assessor)} />
            </div>
            <p class="note">{ t(lang, Msg::MetaLocalOnly) }</p>
        </section>
    }
}

/// The meta form of the open assessment (re-rendered only when name, date or assessor change).
#[component]
pub fn CurrentMetaForm() -> Html {
    let a = use_assessment();
    html! { <MetaForm current={a.current.clone()} /> }
}

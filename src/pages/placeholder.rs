//! Stand-in for sections that later work fills in; names the section so navigation is real.

use yew::prelude::*;

use crate::app::use_app;
use crate::i18n::{t, Msg};
use crate::route::{Route, Section};

#[derive(Properties, PartialEq)]
pub struct PlaceholderProps {
    pub route: Route,
}

#[component]
pub fn Placeholder(props: &PlaceholderProps) -> Html {
    let lang = use_app().lang;
    let title = match props.route.section() {
        Some(Section::Guidelines) => Msg::NavGuidelines,
        Some(Section::Sme) => Msg::NavSme,
        Some(Section::Executive) => Msg::NavExecutive,
        Some(Section::Results) => Msg::NavResults,
        Some(Section::Assessments) => Msg::NavAssessments,
        None => Msg::AppName,
    };
    html! {
        <>
            <h1>{ t(lang, title) }</h1>
            <p>{ t(lang, Msg::ComingSoon) }</p>
        </>
    }
}

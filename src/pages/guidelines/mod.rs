//! The Guidelines section: read the model. (Being built.)

use yew::prelude::*;

use crate::route::Route;

/// The page for a Guidelines route.
pub fn view(route: &Route) -> Html {
    html! { <super::placeholder::Placeholder route={route.clone()} /> }
}

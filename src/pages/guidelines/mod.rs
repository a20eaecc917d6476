//! The Guidelines section: pages that let the user read the guideline model (METI Ver3.0 and
//! its history, NIST CSF, the IPA SME guideline, SECURITY ACTION, the incident record, sources).
//!
//! Every page renders straight from `shindan_core::model::model()`; nothing here scores or stores.
//! Each entry shows its source and confidence, and Shindan's own (unofficial) content is
//! badged as such.

use yew::prelude::*;

use shindan_core::route::Route;

pub mod common;
pub mod csf;
pub mod direction;
pub mod history;
pub mod incident;
pub mod meti;
pub mod overview;
pub mod sme;
pub mod sources;
pub mod subnav;

/// The page for a Guidelines route.
pub fn view(route: &Route) -> Html {
    let page = match route {
        Route::GuidelinesMeti => html! { <meti::Meti /> },
        Route::GuidelinesDirection(n) => html! { <direction::DirectionPage number={*n} /> },
        Route::GuidelinesHistory => html! { <history::History /> },
        Route::GuidelinesCsf => html! { <csf::Csf /> },
        Route::GuidelinesSme => html! { <sme::Sme /> },
        Route::GuidelinesIncident => html! { <incident::Incident /> },
        Route::GuidelinesSources => html! { <sources::Sources /> },
        // `pages::view` sends only Guidelines routes here; anything else gets the overview.
        _ => html! { <overview::Overview /> },
    };
    html! {
        <div class="gl">
            <subnav::SubNav current={route.clone()} />
            { page }
        </div>
    }
}

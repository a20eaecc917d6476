//! One page per route. `view` is the page switch.

use yew::prelude::*;

use shindan_core::route::Route;

pub mod ask;
pub mod assessments;
pub mod executive;
pub mod guidelines;
pub mod home;
pub mod incidents;
pub mod not_found;
pub mod partners;
pub mod plan;
pub mod privacy;
pub mod report;
pub mod results;
pub mod scs;
pub mod shared_link;
pub mod sme;

/// The page for a route the first screen shows itself ([`Route::on_first_screen`]), as
/// [`view`] renders it; `None` for every other.
pub fn first_screen(route: &Route) -> Option<Html> {
    Some(match route {
        Route::Home => html! { <home::Home /> },
        Route::NotFound(path) => html! { <not_found::NotFound path={path.clone()} /> },
        Route::Sme | Route::SmeAt(_) | Route::SmeItem(_) => {
            html! { <sme::SmePage route={route.clone()} /> }
        }
        Route::Executive => html! { <executive::ExecutivePage /> },
        _ => return None,
    })
}

/// The page for a route.
pub fn view(route: &Route) -> Html {
    if let Some(page) = first_screen(route) {
        return page;
    }
    match route {
        // Rendered by `first_screen` above.
        Route::Home
        | Route::NotFound(_)
        | Route::Sme
        | Route::SmeAt(_)
        | Route::SmeItem(_)
        | Route::Executive => Html::default(),
        Route::Privacy => html! { <privacy::Privacy /> },
        Route::Guidelines
        | Route::GuidelinesMeti
        | Route::GuidelinesDirection(_)
        | Route::GuidelinesHistory
        | Route::GuidelinesCsf
        | Route::GuidelinesSme
        | Route::GuidelinesIncident
        | Route::GuidelinesSources => guidelines::view(route),
        Route::Results => html! { <results::ResultsPage /> },
        Route::Report => html! { <report::ReportPage /> },
        Route::ReportDetail => html! { <report::detail::ReportDetailPage /> },
        Route::Plan => html! { <plan::PlanPage /> },
        Route::Incidents => html! { <incidents::IncidentsPage /> },
        Route::Partners => html! { <partners::PartnersPage /> },
        Route::Shared(p) => {
            html! { <shared_link::SharedPage key={p.to_string()} payload={p.to_string()} /> }
        }
        Route::Ask(p) => html! { <ask::AskPage key={p.to_string()} payload={p.to_string()} /> },
        Route::Assessments => html! { <assessments::AssessmentsPage /> },
        Route::Scs => html! { <scs::ScsPage /> },
        Route::ScsStar3 => {
            html! { <scs::assess::ScsAssessPage key="3" level={shindan_core::scs::Level::Star3} /> }
        }
        Route::ScsStar4 => {
            html! { <scs::assess::ScsAssessPage key="4" level={shindan_core::scs::Level::Star4} /> }
        }
        Route::ScsSummary => html! { <scs::summary::ScsSummaryPage /> },
    }
}

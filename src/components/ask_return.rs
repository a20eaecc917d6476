//! The way back to a supply-chain request: while a partner answers the questionnaire a request
//! sent it to (`#/sme`, `#/executive`, the results), a line names who asked and links back to
//! the request page (`#/ask`, which shows the request the store keeps), so the partner never
//! needs the browser's back button, also after a reload. The partner can close it once done
//! (the request is then forgotten in this browser).
//!
//! The requester's name is untrusted text from the link: rendered as a text node only.

use yew::prelude::*;

use crate::hooks::store::use_partner_side;
use crate::hooks::{use_lang, use_route};
use shindan_core::i18n::{t, Msg};
use shindan_core::route::Route;

/// The pages a request sends the partner to.
fn answering(route: &Route) -> bool {
    matches!(
        route,
        Route::Sme | Route::SmeAt(_) | Route::Executive | Route::Results
    )
}

/// The line back to the request (nothing when no request is being answered or elsewhere).
#[component]
pub fn AskReturn() -> Html {
    let lang = use_lang();
    let route = use_route();
    let side = use_partner_side();
    let Some(r) = side.side.asked.clone() else {
        return html! {};
    };
    if !answering(&route) {
        return html! {};
    }
    let on_forget = Callback::from(move |_: MouseEvent| side.forget());
    html! {
        <aside class="ask-return no-print" data-testid="ask-return" aria-label={t(lang, Msg::AskReturnLabel)}>
            <p>
                { t(lang, Msg::AskReturnAnswering) }{ " " }
                <strong data-testid="ask-return-org">{ r.organisation.clone() }</strong>
                { " " }
                <a id="ask-return" class="button" href={Route::Ask("".into()).to_hash()}>{ t(lang, Msg::AskReturnLink) }</a>
                { " " }
                <button type="button" class="small secondary" id="ask-return-forget" onclick={on_forget}>{ t(lang, Msg::AskReturnForget) }</button>
            </p>
        </aside>
    }
}

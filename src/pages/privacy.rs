//! What is stored where, what crosses the network, and "delete all my data".
//!
//! Deleting asks first with an in-page confirmation (never `window.confirm`: dialogs are
//! blocked by some browsers and break keyboard flow), then calls [`store::clear_all`](crate::hooks::store::clear_all) and
//! reports the outcome in a live region.

use yew::prelude::*;

use crate::hooks::store::{self, StorageError};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};

/// Where the delete flow stands.
#[derive(Clone, Debug, PartialEq)]
enum DeleteState {
    Idle,
    Confirming,
    Done(usize),
    Failed(StorageError),
}

#[component]
pub fn Privacy() -> Html {
    let lang = use_lang();
    let state = use_state(|| DeleteState::Idle);
    let cancel_ref = use_node_ref();
    let start_ref = use_node_ref();
    let was_confirming = use_mut_ref(|| false);

    // Focus follows the flow: onto "cancel" (the safe choice) when the question appears, back
    // onto the start button when it is cancelled. Nothing moves on the first render.
    {
        let (cancel_ref, start_ref) = (cancel_ref.clone(), start_ref.clone());
        use_effect_with((*state).clone(), move |s| {
            let confirming = *s == DeleteState::Confirming;
            let was = std::mem::replace(&mut *was_confirming.borrow_mut(), confirming);
            let target = match s {
                DeleteState::Confirming => cancel_ref.cast::<web_sys::HtmlElement>(),
                DeleteState::Idle if was => start_ref.cast::<web_sys::HtmlElement>(),
                _ => None,
            };
            if let Some(el) = target {
                let _ = el.focus();
            }
        });
    }

    let on_start = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(DeleteState::Confirming))
    };
    let on_cancel = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(DeleteState::Idle))
    };
    let on_confirm = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.set(match store::clear_all() {
                Ok(c) => DeleteState::Done(c.removed),
                Err(e) => DeleteState::Failed(e),
            })
        })
    };

    let confirming = *state == DeleteState::Confirming;
    let status = match &*state {
        DeleteState::Done(n) => html! { <>{ t(lang, Msg::DeleteDone) }{ n.to_string() }</> },
        DeleteState::Failed(StorageError::Unavailable) => html! { t(lang, Msg::DeleteUnavailable) },
        DeleteState::Failed(_) => html! { t(lang, Msg::DeleteFailed) },
        _ => html! {},
    };
    let status_class = match &*state {
        DeleteState::Failed(_) => "delete-status banner warn",
        DeleteState::Done(_) => "delete-status done",
        _ => "delete-status",
    };

    html! {
        <>
            <h1>{ t(lang, Msg::PrivacyTitle) }</h1>

            <h2>{ t(lang, Msg::PrivacyWhereTitle) }</h2>
            <p>{ t(lang, Msg::PrivacyStored) }</p>
            <p>{ t(lang, Msg::PrivacyKeys) }</p>
            <p>{ t(lang, Msg::PrivacyOffline) }</p>

            <h2>{ t(lang, Msg::PrivacyNetworkTitle) }</h2>
            <p>{ t(lang, Msg::PrivacyNetwork) }</p>
            <p>{ t(lang, Msg::PrivacyCsp) }</p>

            <h2>{ t(lang, Msg::PrivacyLinksTitle) }</h2>
            <p>{ t(lang, Msg::PrivacyLinks) }</p>

            <section class="delete-data" aria-labelledby="delete-title">
                <h2 id="delete-title">{ t(lang, Msg::PrivacyDeleteTitle) }</h2>
                <p>{ t(lang, Msg::PrivacyDeleteHow) }</p>
                if confirming {
                    <div class="delete-confirm" role="group" aria-labelledby="delete-question">
                        <p id="delete-question"><strong>{ t(lang, Msg::DeleteConfirmQuestion) }</strong></p>
                        <div class="button-row">
                            <button type="button" id="delete-confirm" class="danger"
                                onclick={on_confirm}>
                                { t(lang, Msg::DeleteConfirm) }
                            </button>
                            <button type="button" id="delete-cancel" class="secondary"
                                ref={cancel_ref} onclick={on_cancel}>
                                { t(lang, Msg::DeleteCancel) }
                            </button>
                        </div>
                    </div>
                } else {
                    <button type="button" id="delete-all" class="danger" ref={start_ref} onclick={on_start}>
                        { t(lang, Msg::DeleteAll) }
                    </button>
                }
                <p id="delete-status" class={status_class} role="status">{ status }</p>
            </section>
        </>
    }
}

//! A result opened from a share link (`#/r/<payload>`): read-only, works with empty storage,
//! shows the same scores, charts and gaps as the sender saw (the results page rendered over a
//! local, never-persisted copy of the shared assessment), the model revision it was made with,
//! and "Save to my assessments" (added as a new assessment; nothing stored is changed).
//!
//! The payload is removed from the address bar as soon as the page has read it
//! (`history.replaceState` to `#/r`). Bad links of every kind end in a friendly error view;
//! nothing from the payload is ever rendered as markup or stored.

use std::rc::Rc;

use yew::prelude::*;

use crate::door::crypto::{self, CryptoError};
use crate::hooks::store::{fresh_id, now, use_assessments, StoreProvider, StoreState};
use crate::hooks::use_lang;
use crate::pages::results::ResultsPage;
use shindan_core::assessment::Assessment;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::model;
use shindan_core::route::Route;
use shindan_core::share::{self, Decoded, Opened, ShareError};
use shindan_core::store::Store;

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    /// The payload after `#/r/` (empty when the address no longer holds one).
    pub payload: AttrValue,
}

/// The message for each class of bad link.
fn error_msg(e: &ShareError) -> Msg {
    match e {
        ShareError::Empty => Msg::SharedNoData,
        ShareError::TooLong { .. } => Msg::ShareErrTooLong,
        ShareError::NotBase64 => Msg::ShareErrNotBase64,
        ShareError::Truncated | ShareError::Checksum => Msg::ShareErrDamaged,
        ShareError::UnknownVersion(_) => Msg::ShareErrUnknownVersion,
        ShareError::UnknownModelRev(_) => Msg::ShareErrUnknownRev,
        ShareError::Malformed(_) => Msg::ShareErrMalformed,
    }
}

/// A short, stable name of the error class (for tests and support).
fn error_class(e: &ShareError) -> &'static str {
    match e {
        ShareError::Empty => "empty",
        ShareError::TooLong { .. } => "too-long",
        ShareError::NotBase64 => "not-base64",
        ShareError::Truncated => "truncated",
        ShareError::Checksum => "checksum",
        ShareError::UnknownVersion(_) => "unknown-version",
        ShareError::UnknownModelRev(_) => "unknown-rev",
        ShareError::Malformed(_) => "malformed",
    }
}

/// Replaces the address's fragment with `#/r`, keeping the page out of history with its data.
fn clear_payload_from_address() {
    if let Some(w) = web_sys::window() {
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&Route::Shared("".into()).to_hash()),
            );
        }
    }
}

fn error_view(lang: Lang, e: &ShareError) -> Html {
    let title = if *e == ShareError::Empty {
        Msg::SharedTitle
    } else {
        Msg::SharedErrorTitle
    };
    html! {
        <div class="shared-page shared-error" data-testid="shared-error" data-error={error_class(e)}>
            <h1>{ t(lang, title) }</h1>
            <p role="alert">{ t(lang, error_msg(e)) }</p>
            <p>{ t(lang, Msg::SharedErrorKeepsWorking) }</p>
            <p><a href={Route::Home.to_hash()}>{ t(lang, Msg::BackHome) }</a></p>
        </div>
    }
}

#[derive(Clone, PartialEq)]
enum Unlock {
    Locked,
    Working,
    Failed(CryptoError),
    Open(Rc<Decoded>),
    Bad(ShareError),
}

#[derive(Properties, PartialEq)]
struct SharedResultsProps {
    assessment: Rc<Assessment>,
}

/// The results page over a store of its own holding only the shared assessment: the results
/// components read it through the nearest store's contexts, and this store is never persisted
/// (no `use_store_sync` runs for it).
#[component]
fn SharedResults(props: &SharedResultsProps) -> Html {
    let local = {
        let a = props.assessment.clone();
        use_reducer(move || StoreState(Store::of((*a).clone(), now(), fresh_id())))
    };
    html! {
        <StoreProvider store={local}>
            <ResultsPage shared=true />
        </StoreProvider>
    }
}

#[derive(Properties, PartialEq)]
struct SaveSharedProps {
    assessment: Rc<Assessment>,
}

/// "Save to my assessments": the library's non-destructive import (a new assessment under a
/// fresh id; nothing stored is overwritten), once.
#[component]
fn SaveShared(props: &SaveSharedProps) -> Html {
    let lang = use_lang();
    let library = use_assessments();
    let saved = use_state(|| false);
    let on_save = {
        let saved = saved.clone();
        let a = props.assessment.clone();
        Callback::from(move |_: MouseEvent| {
            if *saved {
                return;
            }
            library.import((*a).clone());
            saved.set(true);
        })
    };
    html! {
        <>
            <p class="shared-save no-print">
                <button type="button" id="shared-save" class="button" onclick={on_save} disabled={*saved}>{ t(lang, Msg::SharedSave) }</button>
            </p>
            <p role="status" data-testid="shared-save-status">
                if *saved {
                    { t(lang, Msg::SharedSaved) }{ " " }
                    <a href={Route::Assessments.to_hash()}>{ t(lang, Msg::SharedOpenAssessments) }</a>
                }
            </p>
        </>
    }
}

#[component]
pub fn SharedPage(props: &SharedPageProps) -> Html {
    let lang = use_lang();
    let m = model();
    let opened = use_memo(props.payload.clone(), |p| share::open(m, p));
    let unlock = use_state(|| Unlock::Locked);
    let passphrase = use_state(String::new);
    use_effect_with(props.payload.clone(), |p| {
        if !p.is_empty() {
            clear_payload_from_address();
        }
    });

    let decoded: Rc<Decoded> = match (&*opened, &*unlock) {
        (Err(e), _) => return error_view(lang, e),
        (Ok(Opened::Plain(d)), _) => Rc::new((**d).clone()),
        (Ok(Opened::Sealed(_)), Unlock::Open(d)) => d.clone(),
        (Ok(Opened::Sealed(_)), Unlock::Bad(e)) => return error_view(lang, e),
        (Ok(Opened::Sealed(sealed)), state) => {
            let on_pass = {
                let passphrase = passphrase.clone();
                Callback::from(move |e: InputEvent| {
                    if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                        passphrase.set(i.value());
                    }
                })
            };
            let on_submit = {
                let unlock = unlock.clone();
                let passphrase = passphrase.clone();
                let sealed = sealed.clone();
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    if *unlock == Unlock::Working {
                        return;
                    }
                    unlock.set(Unlock::Working);
                    let unlock = unlock.clone();
                    let pass = (*passphrase).clone();
                    let sealed = sealed.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        unlock.set(match crypto::unseal(&pass, &sealed).await {
                            Ok(bytes) => match share::decode_bytes(model(), &bytes) {
                                Ok(d) => Unlock::Open(Rc::new(d)),
                                Err(e) => Unlock::Bad(e),
                            },
                            Err(e) => Unlock::Failed(e),
                        });
                    });
                })
            };
            let status = match state {
                Unlock::Working => t(lang, Msg::SharedUnlocking),
                Unlock::Failed(CryptoError::WrongPassphrase) => t(lang, Msg::SharedWrongPassphrase),
                Unlock::Failed(_) => t(lang, Msg::SharedCryptoUnavailable),
                _ => "",
            };
            return html! {
                <div class="shared-page shared-locked" data-testid="shared-locked">
                    <h1>{ t(lang, Msg::SharedTitle) }</h1>
                    <p>{ t(lang, Msg::SharedLocked) }</p>
                    <form class="share-unlock" onsubmit={on_submit}>
                        <label for="shared-passphrase">{ t(lang, Msg::SharedPassphraseLabel) }</label>
                        <input type="password" id="shared-passphrase" autocomplete="off"
                            value={(*passphrase).clone()} oninput={on_pass} />
                        <button type="submit" id="shared-unlock" class="button"
                            disabled={*state == Unlock::Working || passphrase.is_empty()}>{ t(lang, Msg::SharedUnlock) }</button>
                    </form>
                    <p role="status" data-testid="shared-unlock-status"
                       data-failed={matches!(state, Unlock::Failed(_)).to_string()}>{ status }</p>
                    <p class="note">{ t(lang, Msg::SharedAddressCleared) }</p>
                </div>
            };
        }
    };

    let a = Rc::new(decoded.assessment.clone());
    let rev = a.model_rev;
    html! {
        <div class="shared-page" data-testid="shared-view" data-rev={rev.to_string()}>
            <h1>{ t(lang, Msg::SharedTitle) }</h1>
            <div class="banner info shared-notice" data-testid="shared-notice">
                <p><strong>{ t(lang, Msg::SharedSelfAssessment) }</strong></p>
                <p>{ t(lang, Msg::SharedReadOnly) }{ " " }{ t(lang, Msg::SharedAddressCleared) }</p>
            </div>
            <p class="edition" data-testid="shared-edition">
                { t(lang, Msg::SharedEdition) }
                { t(lang, Msg::ModelEditionsText) }
            </p>
            if rev != m.model_rev() {
                <p class="note" data-testid="shared-other-rev">{
                    t(lang, Msg::SharedOtherRev).replace("{x}", &rev.to_string()).replace("{y}", &m.model_rev().to_string())
                }</p>
            }
            <SaveShared assessment={a.clone()} />
            <SharedResults key={props.payload.to_string()} assessment={a} />
        </div>
    }
}

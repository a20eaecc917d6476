//! The "Share by link" button and its dialog on the results page: options (name/date, notes),
//! an optional passphrase (sealed through `crate::door::crypto`), the link with copy and the native
//! share sheet, its QR code drawn as SVG elements, and the privacy warning.
//!
//! The link is built from the current assessment with the pure codec (`shindan_core::share`); nothing
//! is sent anywhere. A native `<dialog>` opened with `showModal()` gives focus containment and
//! Escape-to-close for free.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::store::use_assessment;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::model;
use shindan_core::share::{self, qr::QrMatrix, ShareOptions, MAX_LINK_CHARS};

/// Shortest passphrase accepted for sealing.
pub const MIN_PASSPHRASE: usize = 8;

/// The page address without its fragment: where a link's `#/r/…` is appended.
fn base_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

#[derive(Clone, PartialEq)]
enum Copy {
    Idle,
    Done,
    Failed,
}

#[derive(Clone, PartialEq)]
enum Sealing {
    Idle,
    Working,
    /// The sealed payload and the plain payload it was made from.
    Done {
        from: String,
        payload: String,
    },
    Failed,
}

/// The QR code of `link` as SVG, or a note when it does not fit.
fn qr_view(lang: Lang, link: &str) -> Html {
    match QrMatrix::new(link) {
        Ok(m) => {
            let n = m.size_with_quiet_zone();
            html! {
                <svg class="qr" viewBox={format!("0 0 {n} {n}")} role="img" aria-labelledby="share-qr-title"
                     data-testid="share-qr" data-modules={m.width().to_string()}
                     xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
                    <title id="share-qr-title">{ t(lang, Msg::ShareQrTitle) }</title>
                    <rect class="qr-light" x="0" y="0" width={n.to_string()} height={n.to_string()} />
                    <path class="qr-dark" d={m.path_data()} />
                </svg>
            }
        }
        Err(_) => html! { <p class="note">{ t(lang, Msg::ShareQrTooLong) }</p> },
    }
}

#[component]
pub fn ShareDialog() -> Html {
    let lang = use_lang();
    let a = use_assessment();
    let dialog = use_node_ref();
    let include_name = use_state(|| false);
    let include_notes = use_state(|| false);
    let protect = use_state(|| false);
    let passphrase = use_state(String::new);
    let sealing = use_state(|| Sealing::Idle);
    let copy = use_state(|| Copy::Idle);
    let native = use_memo((), |_| crate::door::files::can_share());

    let opts = ShareOptions {
        include_name: *include_name,
        include_notes: *include_notes,
    };
    let encoded = share::encode(model(), &a.current, &opts);
    let plain_payload = encoded.as_ref().ok().map(|e| e.payload.clone());
    let payload: Option<String> = match (&plain_payload, *protect, &*sealing) {
        (Some(p), false, _) => Some(p.clone()),
        (Some(p), true, Sealing::Done { from, payload }) if from == p => Some(payload.clone()),
        _ => None,
    };
    let link = payload.map(|p| format!("{}{}", base_url(), share::fragment(&p)));
    let too_long = match (&encoded, &link) {
        (Err(_), _) => true,
        (_, Some(l)) => l.chars().count() > MAX_LINK_CHARS,
        _ => false,
    };

    let open = {
        let dialog = dialog.clone();
        let copy = copy.clone();
        Callback::from(move |_: MouseEvent| {
            copy.set(Copy::Idle);
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                d.close();
            }
        })
    };
    let toggle = |state: UseStateHandle<bool>, copy: UseStateHandle<Copy>| {
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                state.set(i.checked());
                copy.set(Copy::Idle);
            }
        })
    };
    let on_pass = {
        let passphrase = passphrase.clone();
        let sealing = sealing.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                passphrase.set(i.value());
                // A changed passphrase invalidates a link sealed with the old one.
                sealing.set(Sealing::Idle);
            }
        })
    };
    let pass_ok = passphrase.chars().count() >= MIN_PASSPHRASE;
    let on_seal = {
        let sealing = sealing.clone();
        let passphrase = passphrase.clone();
        let encoded = encoded.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Ok(enc) = encoded.clone() else { return };
            if passphrase.chars().count() < MIN_PASSPHRASE {
                return;
            }
            sealing.set(Sealing::Working);
            let sealing = sealing.clone();
            let pass = (*passphrase).clone();
            wasm_bindgen_futures::spawn_local(async move {
                match crate::door::crypto::seal(&pass, &enc.bytes).await {
                    Ok(s) => sealing.set(Sealing::Done {
                        from: enc.payload.clone(),
                        payload: share::seal_payload(&s),
                    }),
                    Err(_) => sealing.set(Sealing::Failed),
                }
            });
        })
    };
    let on_copy = {
        let copy = copy.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(link) = link.clone() else { return };
            let copy = copy.clone();
            crate::door::files::copy_text(&link, move |ok| {
                copy.set(if ok { Copy::Done } else { Copy::Failed })
            });
        })
    };
    let on_native = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(link) = link.clone() else { return };
            crate::door::files::share_link(&link, t(lang, Msg::SharedTitle));
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(i) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            i.select();
        }
    });
    let omitted = encoded.as_ref().map(|e| e.omitted).unwrap_or(0);

    html! {
        <>
            <button type="button" id="share-open" class="button" onclick={open}>{ t(lang, Msg::ShareOpen) }</button>
            <dialog ref={dialog} id="share-dialog" class="share-dialog" aria-labelledby="share-title">
                <h2 id="share-title">{ t(lang, Msg::ShareTitle) }</h2>
                <p>{ t(lang, Msg::ShareIntro) }</p>
                <p class="banner warn" data-testid="share-warning">{ t(lang, Msg::ShareHistoryWarning) }</p>
                <fieldset class="share-options">
                    <legend>{ t(lang, Msg::ShareOptions) }</legend>
                    <p><label><input type="checkbox" id="share-include-name" checked={*include_name}
                        onchange={toggle(include_name.clone(), copy.clone())} />{ " " }{ t(lang, Msg::ShareIncludeName) }</label></p>
                    <p><label><input type="checkbox" id="share-include-notes" checked={*include_notes}
                        onchange={toggle(include_notes.clone(), copy.clone())} />{ " " }{ t(lang, Msg::ShareIncludeNotes) }</label></p>
                    <p><label><input type="checkbox" id="share-protect" checked={*protect}
                        onchange={toggle(protect.clone(), copy.clone())} />{ " " }{ t(lang, Msg::SharePassphraseToggle) }</label></p>
                </fieldset>
                if *protect {
                    <form class="share-seal" onsubmit={on_seal}>
                        <label for="share-passphrase">{ t(lang, Msg::SharePassphraseLabel) }</label>
                        <input type="password" id="share-passphrase" autocomplete="new-password"
                            aria-describedby="share-passphrase-hint" value={(*passphrase).clone()} oninput={on_pass} />
                        <p id="share-passphrase-hint" class="note">{ t(lang, Msg::SharePassphraseHint) }</p>
                        <button type="submit" id="share-seal" class="button" disabled={!pass_ok || *sealing == Sealing::Working || encoded.is_err()}>
                            { t(lang, Msg::ShareEncrypt) }
                        </button>
                        <p role="status" class="note" data-testid="share-seal-status">{
                            match &*sealing {
                                Sealing::Working => t(lang, Msg::ShareEncrypting),
                                Sealing::Failed => t(lang, Msg::ShareEncryptFailed),
                                _ if !passphrase.is_empty() && !pass_ok => t(lang, Msg::SharePassphraseShort),
                                _ => "",
                            }
                        }</p>
                    </form>
                }
                if too_long {
                    <p class="banner warn" role="alert" data-testid="share-too-long">{
                        tn(lang, Msg::ShareTooLong, link.as_ref().map(|l| l.chars().count()).unwrap_or(MAX_LINK_CHARS + 1))
                    }</p>
                } else if let Some(link) = link.clone() {
                    <div class="share-output">
                        <label for="share-link">{ t(lang, Msg::ShareLinkLabel) }</label>
                        <input type="text" id="share-link" readonly=true value={link.clone()} onfocus={select_all}
                            aria-describedby="share-length" spellcheck="false" />
                        <p id="share-length" class="note">{ tn(lang, Msg::ShareLength, link.chars().count()) }</p>
                        <p class="share-actions">
                            <button type="button" id="share-copy" class="button" onclick={on_copy}>{ t(lang, Msg::ShareCopy) }</button>
                            if *native {
                                <button type="button" id="share-native" class="button" onclick={on_native}>{ t(lang, Msg::ShareNative) }</button>
                            }
                        </p>
                        <p role="status" data-testid="share-copy-status">{
                            match &*copy {
                                Copy::Done => t(lang, Msg::ShareCopied),
                                Copy::Failed => t(lang, Msg::ShareCopyFailed),
                                Copy::Idle => "",
                            }
                        }</p>
                        { qr_view(lang, &link) }
                    </div>
                } else {
                    <p class="note" data-testid="share-link-pending">{ t(lang, Msg::ShareLinkPending) }</p>
                }
                if omitted > 0 {
                    <p class="note" data-testid="share-omitted">{ tn(lang, Msg::ShareOmitted, omitted) }</p>
                }
                <p><button type="button" id="share-close" class="button" onclick={close}>{ t(lang, Msg::ShareClose) }</button></p>
            </dialog>
        </>
    }
}

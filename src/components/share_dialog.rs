//! The "Share by link" button and its dialog on the results page: options (name/date, notes),
//! an optional passphrase (sealed through `crate::door::crypto`), the link with copy and the native
//! share sheet, its QR code drawn as SVG elements, and the privacy warning.
//!
//! The link is built from the current assessment with the pure codec (`shindan_core::share`); nothing
//! is sent anywhere. A native `<dialog>` opened with `showModal()` gives focus containment and
//! Escape-to-close for free. What the dialog shows and when it may seal is its view-model's
//! (`shindan_core::vm::share_dialog`).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::store::use_assessment;
use crate::hooks::use_lang;
use crate::hooks::vm::{use_vm, VmHandle};
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::model;
use shindan_core::share::qr::QrMatrix;
use shindan_core::vm::share_dialog::{
    Check, Output, ShareCommand, ShareEvent, ShareState, ShareView,
};

/// The page address without its fragment: where a link's `#/r/…` is appended.
fn base_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
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

/// Seals through the door's WebCrypto; the outcome comes back as [`ShareEvent::Sealed`].
fn run(vm: &VmHandle<ShareState>, cmd: ShareCommand) {
    let ShareCommand::Seal {
        run,
        passphrase,
        bytes,
        from,
    } = cmd;
    let dispatcher = vm.dispatcher();
    wasm_bindgen_futures::spawn_local(async move {
        let result = crate::door::crypto::seal(&passphrase, &bytes)
            .await
            .map(|s| shindan_core::share::seal_payload(&s))
            .map_err(|_| ());
        dispatcher.dispatch(ShareEvent::Sealed { run, from, result });
    });
}

#[component]
pub fn ShareDialog() -> Html {
    let lang = use_lang();
    let a = use_assessment();
    let dialog = use_node_ref();
    let vm = use_vm(ShareState::default);
    let native = use_memo((), |_| crate::door::files::can_share());
    let view = vm.view(model(), &a.current, &base_url());

    let send = {
        let vm = vm.clone();
        Callback::from(move |e: ShareEvent| {
            if let Some(cmd) = vm.send(e) {
                run(&vm, cmd);
            }
        })
    };
    let open = {
        let (dialog, send) = (dialog.clone(), send.clone());
        Callback::from(move |_: MouseEvent| {
            send.emit(ShareEvent::Open);
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
    let checkbox = |id: &'static str, which: Check, on: bool, label: Msg| {
        let onchange = send.reform(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            ShareEvent::Toggle(which, on)
        });
        html! {
            <p><label><input type="checkbox" {id} checked={on} {onchange} />{ " " }{ t(lang, label) }</label></p>
        }
    };

    html! {
        <>
            <button type="button" id="share-open" class="button" onclick={open}>{ t(lang, Msg::ShareOpen) }</button>
            <dialog ref={dialog} id="share-dialog" class="share-dialog" aria-labelledby="share-title">
                <h2 id="share-title">{ t(lang, Msg::ShareTitle) }</h2>
                <p>{ t(lang, Msg::ShareIntro) }</p>
                <p class="banner warn" data-testid="share-warning">{ t(lang, Msg::ShareHistoryWarning) }</p>
                <fieldset class="share-options">
                    <legend>{ t(lang, Msg::ShareOptions) }</legend>
                    { checkbox("share-include-name", Check::Name, vm.include_name, Msg::ShareIncludeName) }
                    { checkbox("share-include-notes", Check::Notes, vm.include_notes, Msg::ShareIncludeNotes) }
                    { checkbox("share-protect", Check::Protect, vm.protect, Msg::SharePassphraseToggle) }
                </fieldset>
                if vm.protect {
                    { seal_form(lang, &vm.passphrase, &view, &send) }
                }
                { output_view(lang, &view, *native, &send) }
                if view.omitted > 0 {
                    <p class="note" data-testid="share-omitted">{ tn(lang, Msg::ShareOmitted, view.omitted) }</p>
                }
                <p><button type="button" id="share-close" class="button" onclick={close}>{ t(lang, Msg::ShareClose) }</button></p>
            </dialog>
        </>
    }
}

/// The passphrase, 「暗号化する」 and the sealing line.
fn seal_form(lang: Lang, passphrase: &str, view: &ShareView, send: &Callback<ShareEvent>) -> Html {
    let on_pass = send.reform(|e: InputEvent| {
        let value = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .unwrap_or_default();
        ShareEvent::Passphrase(value)
    });
    let on_seal = {
        let plain = view.plain.clone();
        send.reform(move |e: SubmitEvent| {
            e.prevent_default();
            ShareEvent::Seal(plain.clone())
        })
    };
    html! {
        <form class="share-seal" onsubmit={on_seal}>
            <label for="share-passphrase">{ t(lang, Msg::SharePassphraseLabel) }</label>
            <input type="password" id="share-passphrase" autocomplete="new-password"
                aria-describedby="share-passphrase-hint" value={passphrase.to_string()} oninput={on_pass} />
            <p id="share-passphrase-hint" class="note">{ t(lang, Msg::SharePassphraseHint) }</p>
            <button type="submit" id="share-seal" class="button" disabled={!view.can_seal}>
                { t(lang, Msg::ShareEncrypt) }
            </button>
            <p role="status" class="note" data-testid="share-seal-status">{
                view.seal_status.map(|m| t(lang, m)).unwrap_or_default()
            }</p>
        </form>
    }
}

/// The link with copy, share and its QR code; or why there is none.
fn output_view(lang: Lang, view: &ShareView, native: bool, send: &Callback<ShareEvent>) -> Html {
    let link = match &view.output {
        Output::TooLong(n) => {
            return html! {
                <p class="banner warn" role="alert" data-testid="share-too-long">{ tn(lang, Msg::ShareTooLong, n) }</p>
            }
        }
        Output::Pending => {
            return html! {
                <p class="note" data-testid="share-link-pending">{ t(lang, Msg::ShareLinkPending) }</p>
            }
        }
        Output::Link(link) => link.clone(),
    };
    let on_copy = {
        let (link, send) = (link.clone(), send.clone());
        Callback::from(move |_: MouseEvent| {
            let send = send.clone();
            crate::door::files::copy_text(&link, move |ok| send.emit(ShareEvent::Copied(ok)));
        })
    };
    let on_native = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
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
    html! {
        <div class="share-output">
            <label for="share-link">{ t(lang, Msg::ShareLinkLabel) }</label>
            <input type="text" id="share-link" readonly=true value={link.clone()} onfocus={select_all}
                aria-describedby="share-length" spellcheck="false" />
            <p id="share-length" class="note">{ tn(lang, Msg::ShareLength, link.chars().count()) }</p>
            <p class="share-actions">
                <button type="button" id="share-copy" class="button" onclick={on_copy}>{ t(lang, Msg::ShareCopy) }</button>
                if native {
                    <button type="button" id="share-native" class="button" onclick={on_native}>{ t(lang, Msg::ShareNative) }</button>
                }
            </p>
            <p role="status" data-testid="share-copy-status">{
                view.copy_status.map(|m| t(lang, m)).unwrap_or_default()
            }</p>
            { qr_view(lang, &link) }
        </div>
    }
}

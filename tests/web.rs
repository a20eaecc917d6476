//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts and the shell works;
//! the app's WebCrypto sealing makes the pinned golden sealed link (`tests/golden/`).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

#[path = "../crates/core/tests/golden/mod.rs"]
mod golden;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Resolves on the next animation frame (no timer: the browser's own render cadence).
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs Yew's pending renders and effects until `done` holds, for at most 120 animation frames
/// (about 2 s); panics naming `what` if it never does. No fixed sleep: a fast machine goes on
/// at once, a slow one gets the frames it needs.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..120 {
        yew::scheduler::flush().await;
        if done() {
            return;
        }
        next_frame().await;
    }
    panic!("still waiting for {what} after 120 frames");
}

fn html_lang() -> Option<String> {
    document().document_element()?.get_attribute("lang")
}

fn mount() -> web_sys::Element {
    // As the whole app's `main` does (`shindan::boot::full`).
    shindan_core::model::use_blob(shindan_core::model::BUILTIN_COMPACT);
    let doc = document();
    let root = doc.create_element("div").expect("div");
    doc.body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<shindan::app::App>::with_root(root.clone()).render();
    root
}

#[wasm_bindgen_test]
async fn the_shell_renders_and_the_language_switch_works() {
    let _ = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear();
    let root = mount();
    until("the shell", || {
        root.query_selector("header.site-header")
            .ok()
            .flatten()
            .is_some()
    })
    .await;

    let header = root
        .query_selector("header.site-header")
        .unwrap()
        .expect("header");
    assert!(header.text_content().unwrap().contains("診断"));
    let nav_links = root.query_selector_all("header nav a").unwrap();
    assert_eq!(nav_links.length(), 6, "six sections in the navigation");
    let footer = root
        .query_selector("footer #privacy-promise")
        .unwrap()
        .expect("footer promise");
    assert!(footer
        .text_content()
        .unwrap()
        .contains("外部に送信されることはありません"));
    assert_eq!(html_lang().as_deref(), Some("ja"));

    let switch: HtmlElement = root
        .query_selector("#lang-switch")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    switch.click();
    until("English", || html_lang().as_deref() == Some("en")).await;
    assert!(root
        .query_selector("nav")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Guidelines"));
    assert_eq!(html_lang().as_deref(), Some("en"));
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("shindan.v1.lang")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("\"en\""));
    root.remove();
}

/// The app's WebCrypto code seals the golden content with the golden passphrase, salt and nonce
/// into exactly the pinned version-2 link that `tests/share_codec.rs` re-derives natively, and
/// opens it again; a wrong passphrase is refused.
#[wasm_bindgen_test]
async fn webcrypto_seals_and_opens_the_pinned_golden_link() {
    use shindan::door::crypto::{seal_with, unseal, CryptoError};
    use shindan_core::model::{model, Id};
    use shindan_core::share::{self, base64url, Opened};
    shindan_core::model::use_blob(shindan_core::model::BUILTIN_COMPACT);

    let plain = base64url::decode(golden::EXEC_PLAIN).unwrap();
    let sealed = seal_with(golden::PASSPHRASE, &plain, golden::SALT, golden::NONCE)
        .await
        .unwrap();
    assert_eq!(share::seal_payload(&sealed), golden::EXEC_SEALED);

    let Opened::Sealed(pinned) = share::open(model(), golden::EXEC_SEALED).unwrap() else {
        panic!("a version-2 link opens as sealed");
    };
    let opened = unseal(golden::PASSPHRASE, &pinned).await.unwrap();
    assert_eq!(opened, plain);
    let back = share::decode_bytes(model(), &opened).unwrap().assessment;
    let want = golden::exec();
    assert_eq!(back.name, want.name);
    assert_eq!(back.date, want.date);
    assert_eq!(back.answers, want.answers);
    assert_eq!(back.tiers, want.tiers);
    assert_eq!(back.notes[&Id::from("v3.d4")], "VPN 更新");

    assert_eq!(
        unseal(&format!("{} ", golden::PASSPHRASE), &pinned).await,
        Err(CryptoError::WrongPassphrase)
    );
}

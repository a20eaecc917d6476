//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts and the shell works.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

async fn tick() {
    yew::scheduler::flush().await;
    yew::platform::time::sleep(std::time::Duration::from_millis(30)).await;
}

fn mount() -> web_sys::Element {
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
    tick().await;

    let header = root
        .query_selector("header.site-header")
        .unwrap()
        .expect("header");
    assert!(header.text_content().unwrap().contains("診断"));
    let nav_links = root.query_selector_all("nav a").unwrap();
    assert_eq!(nav_links.length(), 5, "five sections in the navigation");
    let footer = root
        .query_selector("footer #privacy-promise")
        .unwrap()
        .expect("footer promise");
    assert!(footer
        .text_content()
        .unwrap()
        .contains("外部に送信されることはありません"));
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("ja")
    );

    let switch: HtmlElement = root
        .query_selector("#lang-switch")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    switch.click();
    tick().await;
    assert!(root
        .query_selector("nav")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Guidelines"));
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
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

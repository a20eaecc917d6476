//! EDGE: files in and out of the browser, and the clipboard — a download made from text (Blob +
//! object URL + a temporary `<a download>`), reading a picked file as text, copying a link.
//!
//! The CSP (`index.html`) has no directive that governs a download link's navigation, so
//! `blob:` downloads need no CSP change; the object URL is revoked right after the click.
//!
//! Views do not call [`download`] themselves: every download goes through the hook
//! `hooks::download` (`Downloader::save`), which confirms it in the shell's live region.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file named `filename`.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let err = |e: JsValue| format!("{e:?}");
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let a = document
        .create_element("a")
        .map_err(err)?
        .dyn_into::<web_sys::HtmlElement>()
        .map_err(|_| "not an element".to_string())?;
    a.set_attribute("href", &url).map_err(err)?;
    a.set_attribute("download", filename).map_err(err)?;
    a.set_attribute("hidden", "").map_err(err)?;
    let body = document.body().ok_or("no body")?;
    body.append_child(&a).map_err(err)?;
    a.click();
    a.remove();
    // Revoke after the click has been handled.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1_000);
    Ok(())
}

/// Today's date as `YYYY-MM-DD` (UTC), for file names.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// Puts `text` on the clipboard; `done` learns whether the browser took it (it may refuse
/// without a user gesture or permission). The one clipboard path (share, request and response
/// links).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Reads `file` as UTF-8 text; `done` gets the text or an error message.
pub fn read_text(file: &web_sys::File, done: impl FnOnce(Result<String, String>) + 'static) {
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let (d1, d2) = (done.clone(), done);
    let ok = Closure::once(move |v: JsValue| {
        if let Some(f) = d1.borrow_mut().take() {
            f(v.as_string().ok_or_else(|| "not text".to_string()));
        }
    });
    let fail = Closure::once(move |e: JsValue| {
        if let Some(f) = d2.borrow_mut().take() {
            f(Err(format!("{e:?}")));
        }
    });
    let _ = file.text().then2(&ok, &fail);
    ok.forget();
    fail.forget();
}

/// The text of a picked `file`, awaited: `Err("unreadable")` when the browser cannot read it,
/// `Err("not-text")` when what it read is not text.
pub async fn text_of(file: &web_sys::File) -> Result<String, &'static str> {
    match wasm_bindgen_futures::JsFuture::from(file.text()).await {
        Ok(v) => v.as_string().ok_or("not-text"),
        Err(_) => Err("unreadable"),
    }
}

/// True when the browser has a share sheet (`navigator.share`).
pub fn can_share() -> bool {
    web_sys::window()
        .map(|w| {
            js_sys::Reflect::get(&w.navigator(), &"share".into())
                .map(|f| f.is_function())
                .unwrap_or(false)
        })
        .unwrap_or(false)
}

/// Opens the browser's share sheet with `url` and `title`. The user may cancel the sheet:
/// nothing to report.
pub fn share_link(url: &str, title: &str) {
    let Some(w) = web_sys::window() else { return };
    let data = web_sys::ShareData::new();
    data.set_url(url);
    data.set_title(title);
    let promise = w.navigator().share_with_data(&data);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

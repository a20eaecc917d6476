//! EDGE, browser-only: registers the offline service worker (`sw.js`, generated into the build
//! by `src/web/post_build.mjs`).
//!
//! Registration is best effort. Where service workers do not exist (insecure origins, some
//! private modes, old browsers) or registration fails, the app runs exactly as before, only
//! without offline support; the reason goes to the console as a warning, never as an error,
//! a panic or a message to the user.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

/// The worker script and its scope, relative to the page so the app works from any sub-path.
const SW_URL: &str = "./sw.js";
const SW_SCOPE: &str = "./";

/// The `window` property that marks the worker as registered by this page: the two wasm builds
/// (`crate::boot`) are separate instances, and either may start without the other (a second
/// registration would also ask for the Trusted Types policy again, which the CSP refuses).
const REGISTERED: &str = "__shindanSwRegistered";

/// Registers the service worker if the browser supports it, once per page. Never fails, never
/// blocks.
pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = JsValue::from_str(REGISTERED);
    if js_sys::Reflect::get(&window, &key).is_ok_and(|v| v.is_truthy()) {
        return;
    }
    let _ = js_sys::Reflect::set(&window, &key, &JsValue::TRUE);
    let navigator = window.navigator();
    // `navigator.serviceWorker` is absent outside secure contexts; calling through the binding
    // would then throw, so ask first.
    let supported = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !supported {
        web_sys::console::info_1(&JsValue::from_str(
            "Shindan: service workers are not available here; offline use is off.",
        ));
        return;
    }
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(SW_SCOPE);
    let container = navigator.service_worker();
    let promise = match trusted_sw_url() {
        // Trusted Types enforced (the CSP says `require-trusted-types-for 'script'`):
        // `register` only takes a TrustedScriptURL.
        Some(Ok(url)) => call_register(&container, &url, &options),
        Some(Err(e)) => Err(e),
        // No Trusted Types in this browser: a plain string is accepted.
        None => Ok(container.register_with_options(SW_URL, &options)),
    };
    let on_error = Closure::once(|err: JsValue| warn(&err));
    match promise {
        Ok(p) => {
            // Nothing awaits the result. The handler must outlive this function, so it is
            // handed to the JS side for good: one small closure per page load.
            let _ = p.catch(&on_error);
            on_error.forget();
        }
        Err(e) => warn(&e),
    }
}

/// The Trusted Types policy the CSP allows (`trusted-types shindan-sw`). It turns exactly
/// [`SW_URL`] into a TrustedScriptURL and refuses anything else.
const TT_POLICY: &str = "shindan-sw";

/// `Some` when the browser has Trusted Types: the worker URL as a TrustedScriptURL, or why not.
fn trusted_sw_url() -> Option<Result<JsValue, JsValue>> {
    let global = js_sys::global();
    let factory = js_sys::Reflect::get(&global, &JsValue::from_str("trustedTypes")).ok()?;
    if factory.is_undefined() || factory.is_null() {
        return None;
    }
    Some((|| {
        let only_sw = Closure::<dyn Fn(String) -> Result<String, JsValue>>::new(|url: String| {
            if url == SW_URL {
                Ok(url)
            } else {
                Err(JsValue::from_str("Shindan: this script URL is not allowed"))
            }
        });
        let rules = js_sys::Object::new();
        js_sys::Reflect::set(
            &rules,
            &JsValue::from_str("createScriptURL"),
            only_sw.as_ref(),
        )?;
        // The policy keeps calling the closure; it lives as long as the page.
        only_sw.forget();
        let create: js_sys::Function =
            js_sys::Reflect::get(&factory, &JsValue::from_str("createPolicy"))?.into();
        let policy = create.call2(&factory, &JsValue::from_str(TT_POLICY), &rules)?;
        let create_url: js_sys::Function =
            js_sys::Reflect::get(&policy, &JsValue::from_str("createScriptURL"))?.into();
        create_url.call1(&policy, &JsValue::from_str(SW_URL))
    })())
}

/// `container.register(url, options)` with a TrustedScriptURL (the web-sys binding takes `&str`).
fn call_register(
    container: &web_sys::ServiceWorkerContainer,
    url: &JsValue,
    options: &web_sys::RegistrationOptions,
) -> Result<js_sys::Promise, JsValue> {
    let register: js_sys::Function =
        js_sys::Reflect::get(container, &JsValue::from_str("register"))?.into();
    Ok(register.call2(container, url, options)?.into())
}

fn warn(err: &JsValue) {
    web_sys::console::warn_2(
        &JsValue::from_str("Shindan: offline support could not be enabled:"),
        err,
    );
}

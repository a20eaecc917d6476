//! Mounts the app. On the host this binary does nothing; the app is a browser build.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<shindan::app::App>::new().render();
    shindan::pwa::register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

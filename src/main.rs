//! The first screen: the shell, the home page, the SME path and the executive check (the build
//! Shindan's loader fetches for them; `Route::FIRST_SCREEN`). Any other page loads and starts the whole app (`src/bin/full.rs`); see
//! `shindan::boot`. On the host this binary does nothing; the app is a browser build.
//!
//! The app renders into <body>, which holds the pre-rendered first screen the build put there
//! (rendered by Yew's server renderer at build time, `shindan::ssr`, and shown by
//! src/web/prerender-pick.js). Yew's `render` empties <body>
//! at once and runs the first render in a microtask of this same task, so no frame is painted
//! between the two: the pre-render, identical markup by construction, is replaced without a
//! blank frame or a jump (tests/e2e/prerender.spec.js compares every element's box).

#[cfg(target_arch = "wasm32")]
fn main() {
    shindan::boot::first();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

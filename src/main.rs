//! The first screen: the shell, the home page and the SME path (the build Trunk's loader
//! fetches). Any other page loads and starts the whole app (`src/bin/full.rs`); see
//! `shindan::boot`. On the host this binary does nothing; the app is a browser build.

#[cfg(target_arch = "wasm32")]
fn main() {
    shindan::boot::first();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

//! Shindan (診断): a private, in-browser self-assessment for Japan's cybersecurity
//! management guidelines — the web app.
//!
//! Everything that is not the browser lives in the pure core crate, `shindan_core`
//! (crates/core: the model, scoring, the store, formats, codecs, strings, view-models). This
//! crate renders it and does the I/O. Its layers point down only (docs/architecture.md; the
//! test command checks every import with `.ci/imports.mjs`):
//!
//! ```text
//! views      app, boot (the two builds), pages/, components/
//! hooks      hooks/ — the store as Yew state: contexts, facade hooks, the sync loop
//! door       door/ — localStorage, WebCrypto, files and downloads, clipboard, service worker
//! core       shindan_core (its own crate; no browser crate in its dependency tree)
//! ```
//!
//! Only the browser runs this crate: on the host it is empty and `cargo test` tests the core.

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod boot;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod door;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod pages;

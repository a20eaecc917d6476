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
//! The browser runs this crate. It also compiles on the host, where the build renders the first
//! screens with Yew's server renderer (`src/bin/ssr.rs`, [`ssr`]): there only render-time code
//! runs, and it touches no browser API.

pub mod app;
pub mod boot;
pub mod components;
pub mod door;
pub mod hooks;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod ssr;

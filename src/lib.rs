//! Shindan (診断): a private, in-browser self-assessment for Japan's cybersecurity
//! management guidelines.
//!
//! The crate is layered; imports point down only (CI greps for the breaches):
//!
//! ```text
//! views      app, boot (the two builds), pages/, components/, hooks/store       wasm only
//! edges      storage::edge (localStorage), crypto + supply_crypto (WebCrypto),   wasm only
//!            files, pwa
//! store      store/ — the one state, its actions, the two-tab sync rules        pure
//! storage    storage/ — record formats, migration, backup, CSV, edge reports    pure
//! share      share/ — the link codec; supply/ — partner requests, sealed responses pure
//! domain     assessment/ (scoring, plan, comparison), incident                  pure
//! base       model/ (the guidelines as data), i18n, lang, route, format, csv, chart
//! ```
//!
//! Pure modules import no browser API and are tested natively (`cargo test`); only the views
//! and the edges are compiled for `wasm32` alone.

pub mod assessment;
pub mod chart;
pub mod csv;
pub mod format;
pub mod i18n;
pub mod incident;
pub mod lang;
pub mod model;
pub mod route;
pub mod share;
pub mod storage;
pub mod store;
pub mod supply;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod boot;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod crypto;
#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod pwa;
#[cfg(target_arch = "wasm32")]
pub mod supply_crypto;

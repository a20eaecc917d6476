//! Shindan (診断): a private, in-browser self-assessment for Japan's cybersecurity
//! management guidelines.
//!
//! Pure modules (`lang`, `model`, `assessment`, `route`, `i18n`) import no browser API and are
//! tested natively. The Yew views live behind `cfg(target_arch = "wasm32")`.

pub mod assessment;
pub mod chart;
pub mod format;
pub mod i18n;
pub mod incident;
pub mod lang;
pub mod model;
pub mod persist;
pub mod route;
pub mod share;
pub mod supply;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod crypto;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod pwa;
#[cfg(target_arch = "wasm32")]
pub(crate) mod storage;
#[cfg(target_arch = "wasm32")]
pub mod supply_crypto;

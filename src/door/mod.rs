//! The door: the only modules that touch the browser's storage, WebCrypto, files, the clipboard
//! and the service worker. Views and hooks ask the door; the pure core (`shindan_core`) decides
//! what to store, seal or write, and never sees a browser API.

pub mod crypto;
pub mod files;
pub mod pwa;
pub mod scs;
pub mod storage;
pub mod supply_crypto;

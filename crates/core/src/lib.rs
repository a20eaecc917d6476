//! Shindan's core: everything that is not the browser — the guideline model, the assessments and
//! their scoring, the one store with its sync rules, the stored and shared formats, the
//! supply-chain codecs, every UI string, routes, formats, CSV and chart geometry, and the
//! view-models the pages render.
//!
//! This crate depends on no browser crate (no `yew`, `web-sys`, `js-sys`, `wasm-bindgen` or
//! `gloo`; `cargo tree -p shindan-core -e normal` shows it), so the compiler keeps it pure and
//! it is tested natively in seconds. The web app (`shindan`, the workspace root) renders it and
//! does the I/O. Layers inside it point down only (docs/architecture.md; `.ci/imports.mjs`):
//!
//! ```text
//! vm         vm/ — view-models: each page's state machine, validation and what it shows
//! store      store/ — the one state, its actions, the two-tab sync rules
//! storage    storage/ — record formats, migration, backup, CSV, what the edge reports
//! share      share/ — the link codec; supply/ — partner requests, sealed responses
//! domain     assessment/ (scoring, plan, comparison), incident, scs (the SCS ★3/★4 workbook)
//! base       model/ (the guidelines as data), i18n, lang, route, format, csv, chart
//! ```

pub mod assessment;
pub mod carried;
pub mod chart;
pub mod csv;
pub mod format;
pub mod i18n;
pub mod incident;
pub mod lang;
pub mod model;
pub mod route;
pub mod scs;
pub mod share;
pub mod storage;
pub mod store;
pub mod supply;
pub mod vm;

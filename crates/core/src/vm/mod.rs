//! View-models: what a page shows and may do, decided here, purely, and tested natively case
//! by case (`crates/core/tests/vm_*.rs`); the page in the web app only renders it and forwards
//! the user's events. Each holds a page's state machine (what step it is at, what went wrong),
//! its validation (what the user typed, and why it is refused), what it shows (rows, counts,
//! which messages) and what it may send (the action or payload, only once valid).

pub mod assessments;
pub mod backup;
pub mod compare;
pub mod guide;
pub mod guide_csf;
pub mod guide_direction;
pub mod guide_sme;
pub mod partners_overview;
pub mod report;
pub mod report_detail;
pub mod request_form;
pub mod respond;
pub mod scs;
pub mod share_dialog;
pub mod update;

pub use update::Update;

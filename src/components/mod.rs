//! Reusable Yew components; one public component per file.

pub mod footer;
pub mod header;
pub mod meta_form;
pub mod question_card;
pub mod sme_summary;

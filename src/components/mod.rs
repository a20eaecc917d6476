//! Reusable Yew components; one public component per file.

pub mod footer;
pub mod header;

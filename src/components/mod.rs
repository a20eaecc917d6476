//! Reusable Yew components; one public component per file.

pub mod ask_return;
pub mod bar_chart;
pub mod compare_bars;
pub mod compare_radar;
pub mod csf_heatmap;
pub mod export_notice;
pub mod footer;
pub mod header;
pub mod key_answers;
pub mod meta_form;
pub mod question_card;
pub mod radar;
pub mod said;
pub mod share_dialog;
pub mod sme_summary;
pub mod storage_banners;

//! The Yew adapters of the core: the store's contexts, the facade hooks views use, the one hook
//! that carries the store's writes through the door, downloads, and the view-models' holder.

pub mod app;
pub mod download;
pub mod handoff;
pub mod scs;
pub mod slices;
pub mod store;
pub mod vm;

pub use app::{
    use_first_slice, use_lang, use_route, use_set_lang, use_storage_ok, ShellContext, ShellState,
};

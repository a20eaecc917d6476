//! The Yew adapter of the store (`store`): its contexts, the facade hooks views use, and the
//! one hook that carries the store's writes to the storage edge.

pub mod app;
pub mod download;
pub mod handoff;
pub mod store;

pub use app::{
    use_first_slice, use_lang, use_route, use_set_lang, use_storage_ok, FirstSlice, ShellContext,
};

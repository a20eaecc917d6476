//! Facade hooks over the app's contexts.

pub mod assessment;
pub mod files;
pub mod persistence;

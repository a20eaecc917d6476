//! Facade hooks over the app's contexts.

pub mod assessment;

//! The whole app: every page. Started by the first screen (`src/main.rs`) when a page it does
//! not have is asked for; see `shindan::boot`. On the host this binary does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    shindan::boot::full();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

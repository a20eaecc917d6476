//! The supply-chain register at scale (filled in by the next commit).
fn main() {}

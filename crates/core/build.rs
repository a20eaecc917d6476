//! Compiles `src/model/data/*.json` into the blob the app ships and generates its decoder: the
//! work is the `shindan-modelgen` crate's (crates/modelgen), so its parsers stay build-only.
fn main() {
    shindan_modelgen::run();
}

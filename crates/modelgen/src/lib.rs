//! The model's code generator, run by the core crate's build script (`crates/core/build.rs`):
//! compiles the guideline model data into the blob the app ships, and generates the blob's
//! decoder. A crate of its own so the build-time parsers (serde_json, postcard, syn) never sit
//! in the core's dependency tree; it reads the core's `types.rs` and `lang.rs` by path (it
//! cannot depend on the crate whose build it runs).
//!
//! `src/model/data/*.json` stay the single, reviewer-readable source of truth. Here each file is
//! parsed with the model's own serde types (`deny_unknown_fields` included), so a file that does
//! not match its schema fails the build, naming the file, line and column. The ten files, as a
//! `types::Model`, are written with postcard to `$OUT_DIR/model.bin`, which `src/model/mod.rs`
//! embeds and decodes at start-up: no JSON text, no serde_json and no postcard code ship in the
//! wasm. It also writes `$OUT_DIR/model_decode.rs`: the `compact::Decode` impls of every struct
//! and enum of `types.rs`, generated from its syntax tree by `decodegen.rs`, which refuses (and so
//! fails the build, naming the field) anything whose serialised shape the decoder cannot follow.
//! Validation (references, counts, formats) runs in `cargo test` (`tests/model_data.rs`);
//! `tests/model_compact.rs` proves the decoded blob equals the parsed JSON.

pub mod decodegen;
pub mod first;
#[allow(dead_code)]
#[path = "../../core/src/lang.rs"]
mod lang;
#[allow(dead_code)]
#[path = "../../core/src/model/types.rs"]
mod types;

use std::path::{Path, PathBuf};

/// The build script's work, for the package in `CARGO_MANIFEST_DIR` (the core crate): writes
/// `model.bin`, `model_first.bin` and `model_decode.rs` to `OUT_DIR`, or prints every error
/// and exits 1.
pub fn run() {
    for f in [
        "src/model/types.rs",
        "src/lang.rs",
        "src/route.rs",
        "src/model/data",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let data = manifest.join("src/model/data");
    let mut errors = Vec::new();
    // Every file is read (so every bad file is reported), then the model is assembled.
    let sources = one(&data, "sources.json", &mut errors);
    let meti_v3 = one(&data, "meti_v3.json", &mut errors);
    let meti_history = one(&data, "meti_history.json", &mut errors);
    let incident = one(&data, "incident.json", &mut errors);
    let csf = one(&data, "csf.json", &mut errors);
    let crosswalk = one(&data, "crosswalk.json", &mut errors);
    let scales = one(&data, "scales.json", &mut errors);
    let sme = one(&data, "sme.json", &mut errors);
    let security_action = one(&data, "security_action.json", &mut errors);
    let layouts = one(&data, "layouts.json", &mut errors);
    let model = (|| {
        Some(types::Model {
            sources: sources?,
            meti_v3: meti_v3?,
            meti_history: meti_history?,
            incident: incident?,
            csf: csf?,
            crosswalk: crosswalk?,
            scales: scales?,
            sme: sme?,
            security_action: security_action?,
            layouts: layouts?,
        })
    })();
    // The first screen's model (src/boot.rs): the same, with only the texts its pages show
    // (`Route::FIRST_SCREEN`'s `model_texts`); every other text is left empty, the structure
    // and IDs stay, so every computation is the same.
    let keep = std::fs::read_to_string(manifest.join("src/route.rs"))
        .map_err(|e| format!("src/route.rs: {e}"))
        .and_then(|src| first::model_texts(&src));
    let first = match (model.as_ref(), keep) {
        (Some(m), Ok(keep)) => first::keep_texts(m, &keep).map_err(|e| errors.push(e)).ok(),
        (_, Err(e)) => {
            errors.push(e);
            None
        }
        (None, _) => None,
    };
    let mut encode = |m: Option<types::Model>, what: &str| {
        m.and_then(|m| match postcard::to_allocvec(&m) {
            Ok(bytes) => Some(bytes),
            Err(e) => {
                errors.push(format!("src/model/data: cannot encode the {what}: {e}"));
                None
            }
        })
    };
    let blob = encode(model, "model");
    let first_blob = encode(first, "first screen's model");
    let decoder = match std::fs::read_to_string(manifest.join("src/model/types.rs")) {
        Ok(src) => match decodegen::decoders(&src) {
            Ok(code) => Some(code),
            Err(mut e) => {
                errors.append(&mut e);
                None
            }
        },
        Err(e) => {
            errors.push(format!("src/model/types.rs: {e}"));
            None
        }
    };
    let (Some(blob), Some(first_blob), Some(decoder), true) =
        (blob, first_blob, decoder, errors.is_empty())
    else {
        for e in &errors {
            eprintln!("error: {e}");
        }
        std::process::exit(1);
    };
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    for (name, bytes) in [
        ("model.bin", blob),
        ("model_first.bin", first_blob),
        ("model_decode.rs", decoder.into_bytes()),
    ] {
        let dest = out_dir.join(name);
        if let Err(e) = std::fs::write(&dest, bytes) {
            eprintln!("error: cannot write {}: {e}", dest.display());
            std::process::exit(1);
        }
    }
}

/// One data file parsed with its type, or `None` with the reason in `errors`.
fn one<T: serde::de::DeserializeOwned>(
    dir: &Path,
    name: &str,
    errors: &mut Vec<String>,
) -> Option<T> {
    let text = match std::fs::read_to_string(dir.join(name)) {
        Ok(t) => t,
        Err(e) => {
            errors.push(format!("src/model/data/{name}: cannot read: {e}"));
            return None;
        }
    };
    match serde_json::from_str::<T>(&text) {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(format!("src/model/data/{name}: cannot parse: {e}"));
            None
        }
    }
}

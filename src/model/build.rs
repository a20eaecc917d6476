//! Build script: compiles the guideline model data into the compact form the app ships.
//!
//! `src/model/data/*.json` stay the single, reviewer-readable source of truth. Here each file is
//! parsed with the model's own serde types (`deny_unknown_fields` included), so a file that does
//! not match its schema fails the build, naming the file, line and column. The typed values are
//! written with `src/model/compact.rs` to `$OUT_DIR/model.bin`, which `src/model/mod.rs` embeds
//! and decodes at start-up: no JSON text and no serde_json model code ship in the wasm. It also
//! writes `$OUT_DIR/model_decode.rs`: the `compact::Decode` impls of every struct and enum of
//! `types.rs`, read off its declarations (field and variant names in order).
//! Validation (references, counts, formats) runs in `cargo test` (`tests/model_data.rs`), which
//! also proves the decoded blob equals the parsed JSON (`tests/model_compact.rs`).

#[allow(dead_code)]
#[path = "compact.rs"]
mod compact;
#[path = "decodegen.rs"]
mod decodegen;
#[allow(dead_code)]
#[path = "../lang.rs"]
mod lang;
#[allow(dead_code)]
#[path = "types.rs"]
mod types;

use std::path::{Path, PathBuf};

fn main() {
    for f in [
        "build.rs",
        "src/model/compact.rs",
        "src/model/decodegen.rs",
        "src/model/types.rs",
        "src/lang.rs",
        "src/model/data",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let data = manifest.join("src/model/data");
    let mut out = Vec::new();
    let mut errors = Vec::new();
    // Same files, same order as the fields of `model::Model`.
    one::<types::SourcesFile>(&data, "sources.json", &mut out, &mut errors);
    one::<types::MetiV3File>(&data, "meti_v3.json", &mut out, &mut errors);
    one::<types::MetiHistoryFile>(&data, "meti_history.json", &mut out, &mut errors);
    one::<types::IncidentFile>(&data, "incident.json", &mut out, &mut errors);
    one::<types::CsfFile>(&data, "csf.json", &mut out, &mut errors);
    one::<types::CrosswalkFile>(&data, "crosswalk.json", &mut out, &mut errors);
    one::<types::ScalesFile>(&data, "scales.json", &mut out, &mut errors);
    one::<types::SmeFile>(&data, "sme.json", &mut out, &mut errors);
    one::<types::SecurityActionFile>(&data, "security_action.json", &mut out, &mut errors);
    one::<types::LayoutFile>(&data, "layouts.json", &mut out, &mut errors);
    if !errors.is_empty() {
        for e in &errors {
            eprintln!("error: src/model/data/{e}");
        }
        std::process::exit(1);
    }
    let types = std::fs::read_to_string(manifest.join("src/model/types.rs"))
        .map_err(|e| format!("src/model/types.rs: {e}"))
        .and_then(|src| decodegen::decoders(&src));
    let decode_rs = match types {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    for (name, bytes) in [
        ("model.bin", out),
        ("model_decode.rs", decode_rs.into_bytes()),
    ] {
        let dest = out_dir.join(name);
        if let Err(e) = std::fs::write(&dest, bytes) {
            eprintln!("error: cannot write {}: {e}", dest.display());
            std::process::exit(1);
        }
    }
}

fn one<T: serde::de::DeserializeOwned + serde::Serialize>(
    dir: &Path,
    name: &str,
    out: &mut Vec<u8>,
    errors: &mut Vec<String>,
) {
    let text = match std::fs::read_to_string(dir.join(name)) {
        Ok(t) => t,
        Err(e) => return errors.push(format!("{name}: cannot read: {e}")),
    };
    match serde_json::from_str::<T>(&text) {
        Ok(v) => {
            if let Err(e) = compact::append(out, &v) {
                errors.push(format!("{name}: cannot encode: {e}"));
            }
        }
        Err(e) => errors.push(format!("{name}: cannot parse: {e}")),
    }
}

//! The compact model the app ships (`build.rs` → `model.bin` → `model::model()`) is exactly the
//! model parsed from the reviewer-readable JSON files, file by file, and it decodes only from
//! intact bytes.

use shindan::model::{self, compact, DataFiles, Model};

fn from_json() -> Model {
    match model::parse(&DataFiles::BUILTIN) {
        Ok(m) => m,
        Err(errs) => panic!("built-in JSON does not parse: {errs:?}"),
    }
}

#[test]
fn compact_model_equals_the_json_model() {
    let json = from_json();
    let decoded = model::decode_builtin().expect("compact model decodes");
    // File by file first, so a mismatch names the file.
    assert_eq!(decoded.sources, json.sources, "sources.json");
    assert_eq!(decoded.meti_v3, json.meti_v3, "meti_v3.json");
    assert_eq!(decoded.meti_history, json.meti_history, "meti_history.json");
    assert_eq!(decoded.incident, json.incident, "incident.json");
    assert_eq!(decoded.csf, json.csf, "csf.json");
    assert_eq!(decoded.crosswalk, json.crosswalk, "crosswalk.json");
    assert_eq!(decoded.scales, json.scales, "scales.json");
    assert_eq!(decoded.sme, json.sme, "sme.json");
    assert_eq!(
        decoded.security_action, json.security_action,
        "security_action.json"
    );
    assert_eq!(decoded.layouts, json.layouts, "layouts.json");
    assert_eq!(decoded, json);
    assert_eq!(model::model(), &json, "model() serves the compact model");
}

#[test]
fn compact_bytes_are_the_encoding_of_the_json_model() {
    let bytes = compact::to_bytes(&from_json()).expect("encodes");
    assert!(
        bytes == model::BUILTIN_COMPACT,
        "build.rs output differs from encoding the JSON model ({} vs {} bytes)",
        model::BUILTIN_COMPACT.len(),
        bytes.len()
    );
}

#[test]
fn the_shipped_model_is_the_validated_one() {
    let validated = model::load().expect("built-in data validates (tests/model_data.rs)");
    assert_eq!(model::model(), &validated);
}

#[test]
fn corrupted_compact_bytes_do_not_decode() {
    let bytes = model::BUILTIN_COMPACT;
    assert!(compact::decode::<Model>(&bytes[..bytes.len() - 1]).is_err());
    let mut long = bytes.to_vec();
    long.push(0);
    assert!(compact::decode::<Model>(&long).is_err());
    // The first field is sources.json's format_version (1); make the first string length absurd.
    let mut bad = bytes.to_vec();
    bad[1] = 0xff;
    assert!(compact::decode::<Model>(&bad).is_err());
}

#[test]
fn compact_is_smaller_than_minified_json() {
    let minified: usize = [
        DataFiles::BUILTIN.sources,
        DataFiles::BUILTIN.meti_v3,
        DataFiles::BUILTIN.meti_history,
        DataFiles::BUILTIN.incident,
        DataFiles::BUILTIN.csf,
        DataFiles::BUILTIN.crosswalk,
        DataFiles::BUILTIN.scales,
        DataFiles::BUILTIN.sme,
        DataFiles::BUILTIN.security_action,
        DataFiles::BUILTIN.layouts,
    ]
    .iter()
    .map(|t| {
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(t).expect("JSON"))
            .expect("JSON")
            .len()
    })
    .sum();
    assert!(
        model::BUILTIN_COMPACT.len() < minified,
        "{} >= {minified}",
        model::BUILTIN_COMPACT.len()
    );
}

//! The blob the app ships (`build.rs` → `model.bin` → `model::model()`) against the Rust types:
//! read by the generated decoder it is exactly the model parsed from the reviewer-readable JSON,
//! field for field; read a second, independent way — postcard's own deserialiser driven by
//! serde's derived `Deserialize` — it is the same model again; and the generated decoder agrees
//! with postcard on every type of `types.rs` at values the shipped data never reaches (a `u8`
//! above 127, negative and large integers), where a wrong reading of the wire format would not
//! show in the blob. It decodes only from intact bytes.
//!
//! (The previous version also re-encoded the JSON model with the encoder build.rs used and
//! compared bytes — the same function on the same input, which could not fail on its own — and
//! checked that `model()` equals the validated model, which `tests/model_data.rs` already does.
//! Both are gone.)

#![cfg(not(target_arch = "wasm32"))]

use serde::{de::DeserializeOwned, Serialize};
use shindan_core::model::compact::{self, Decode};
use shindan_core::model::{self, DataFiles, Model};
use std::fmt::Debug;

fn from_json() -> Model {
    match model::parse(&DataFiles::BUILTIN) {
        Ok(m) => m,
        Err(errs) => panic!("built-in JSON does not parse: {errs:?}"),
    }
}

/// File by file first, so a mismatch names the file; then the whole.
fn assert_same(decoded: &Model, json: &Model, how: &str) {
    assert_eq!(decoded.sources, json.sources, "{how}: sources.json");
    assert_eq!(decoded.meti_v3, json.meti_v3, "{how}: meti_v3.json");
    assert_eq!(
        decoded.meti_history, json.meti_history,
        "{how}: meti_history.json"
    );
    assert_eq!(decoded.incident, json.incident, "{how}: incident.json");
    assert_eq!(decoded.csf, json.csf, "{how}: csf.json");
    assert_eq!(decoded.crosswalk, json.crosswalk, "{how}: crosswalk.json");
    assert_eq!(decoded.scales, json.scales, "{how}: scales.json");
    assert_eq!(decoded.sme, json.sme, "{how}: sme.json");
    assert_eq!(
        decoded.security_action, json.security_action,
        "{how}: security_action.json"
    );
    assert_eq!(decoded.layouts, json.layouts, "{how}: layouts.json");
    assert_eq!(decoded, json, "{how}");
}

#[test]
fn the_generated_decoder_reads_the_json_model_from_the_blob() {
    let decoded = model::decode_builtin().expect("the blob decodes");
    assert_same(&decoded, &from_json(), "generated decoder");
    assert_eq!(model::model(), &decoded, "model() serves the blob");
}

#[test]
fn postcard_and_serde_read_the_same_model_from_the_blob() {
    let decoded: Model = postcard::from_bytes(model::BUILTIN_COMPACT).expect("postcard reads it");
    assert_same(&decoded, &from_json(), "postcard + serde Deserialize");
}

/// `value` written by postcard and read by the generated decoder is `value` again, and postcard's
/// serde reading of the same bytes agrees.
fn round_trip<T: Serialize + DeserializeOwned + Decode + PartialEq + Debug>(value: T) {
    let bytes = postcard::to_allocvec(&value).expect("postcard writes it");
    assert_eq!(
        compact::decode::<T>(&bytes).as_ref(),
        Ok(&value),
        "{bytes:?}"
    );
    assert_eq!(
        postcard::from_bytes::<T>(&bytes).expect("postcard reads it"),
        value
    );
}

/// Every struct and enum of types.rs at edge values: each `u8` field at 200 (one byte in postcard,
/// two as a varint), each `u32` and `i32` field far from zero, every `Option` both ways, every
/// enum at its last variant. The shipped data has only small numbers, so the blob alone cannot
/// tell these readings apart.
#[test]
fn the_generated_decoder_agrees_with_postcard_at_edge_values() {
    let mut m = from_json();
    round_trip(m.clone());

    for p in &mut m.meti_v3.guideline.principles {
        p.number = 200;
        p.note = None;
    }
    for d in &mut m.meti_v3.guideline.directions {
        d.number = u8::MAX;
        d.summary = None;
        d.short_label = None;
    }
    for i in &mut m.meti_v3.a2 {
        i.number = 128;
    }
    for c in &mut m.csf.versions[0].categories {
        c.subcategory_count = Some(255);
    }
    for f in &mut m.incident.fields {
        f.number = f.number.map(|_| 129);
    }
    m.sources.format_version = u32::MAX;
    m.layouts.model_rev = 1 << 31;
    for b in &mut m.sme.self_check.bands {
        b.min = i32::MIN;
        b.max = i32::MAX;
    }
    for o in &mut m.sme.self_check.scale.options {
        o.points = Some(-1_000_000);
    }
    for l in &mut m.scales.maturity {
        l.level = 250;
        l.nist_tier = Some(250);
    }
    for s in &mut m.sources.sources {
        s.edition = Some("版 ✓".repeat(50));
        s.kind = model::SourceKind::Project;
    }
    for r in &mut m.meti_history.lineage {
        r.kinds.push(model::ChangeKind::Removed);
    }
    m.csf.versions[0].version = model::CsfVersionTag::V2_0;
    round_trip(m);

    round_trip(model::Confidence::U);
    round_trip(model::Wording::JaUnconfirmed);
    round_trip(model::SourceRef {
        src: "T1".into(),
        at: None,
    });
}

#[test]
fn corrupted_blob_bytes_do_not_decode() {
    let bytes = model::BUILTIN_COMPACT;
    assert!(compact::decode::<Model>(&bytes[..bytes.len() - 1]).is_err());
    let mut long = bytes.to_vec();
    long.push(0);
    assert!(compact::decode::<Model>(&long).is_err());
    // The first field is sources.json's format_version (1, one byte); then the edition string:
    // make its length absurd.
    assert_eq!(bytes[0], 1);
    let mut bad = bytes.to_vec();
    bad[1] = 0xff;
    assert!(compact::decode::<Model>(&bad).is_err());
}

#[test]
fn the_blob_is_smaller_than_minified_json() {
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

/// Walks two JSON values side by side: equal everywhere, except that every string under a `ja`
/// or `en` key of `full` is empty in `first`. Returns how many texts were emptied.
fn same_but_texts(first: &serde_json::Value, full: &serde_json::Value, at: &str) -> usize {
    use serde_json::Value;
    match (first, full) {
        (Value::Object(a), Value::Object(b)) => {
            let keys = |m: &serde_json::Map<String, Value>| m.keys().cloned().collect::<Vec<_>>();
            assert_eq!(keys(a), keys(b), "{at}: the same fields");
            b.iter()
                .map(|(k, vb)| match (k.as_str(), &a[k], vb) {
                    ("ja" | "en", Value::String(sa), Value::String(_)) => {
                        assert_eq!(sa, "", "{at}.{k}: emptied");
                        1
                    }
                    (_, va, vb) => same_but_texts(va, vb, &format!("{at}.{k}")),
                })
                .sum()
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{at}: the same length");
            a.iter()
                .zip(b)
                .enumerate()
                .map(|(i, (va, vb))| same_but_texts(va, vb, &format!("{at}[{i}]")))
                .sum()
        }
        _ => {
            assert_eq!(first, full, "{at}: the same value");
            0
        }
    }
}

/// The first screen's blob (`boot::first`): the parts the first screen shows are the
/// model's, exactly; the parts only other pages show keep every ID, number and field, with their
/// texts (both languages) empty. Structure and IDs of METI's guideline are checked with the
/// rest by tests/first_screen_model.rs.
#[test]
fn the_first_screens_blob_is_the_model_without_the_other_pages_texts() {
    let first: Model = compact::decode(model::FIRST_SCREEN_COMPACT).expect("it decodes");
    let json = from_json();
    assert_eq!(first.sources, json.sources, "sources.json");
    assert_eq!(first.scales, json.scales, "scales.json");
    assert_eq!(first.sme, json.sme, "sme.json");
    assert_eq!(
        first.security_action, json.security_action,
        "security_action.json"
    );
    assert_eq!(first.layouts, json.layouts, "layouts.json");
    let v = |x: &dyn erased::Ser| x.value();
    // METI's guideline: the executive check's questions are kept, the rest emptied (exactly
    // which texts: tests/first_screen_model.rs, from `Route::FIRST_SCREEN`).
    for (name, a, b) in [
        (
            "meti_history",
            v(&first.meti_history),
            v(&json.meti_history),
        ),
        ("incident", v(&first.incident), v(&json.incident)),
        ("csf", v(&first.csf), v(&json.csf)),
        ("crosswalk", v(&first.crosswalk), v(&json.crosswalk)),
    ] {
        assert!(same_but_texts(&a, &b, name) > 0, "{name}: texts emptied");
    }
    assert!(model::FIRST_SCREEN_COMPACT.len() < model::BUILTIN_COMPACT.len());
}

/// `serde_json::to_value` behind a trait object, for the table above.
mod erased {
    pub trait Ser {
        fn value(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Ser for T {
        fn value(&self) -> serde_json::Value {
            serde_json::to_value(self).expect("model types serialise")
        }
    }
}

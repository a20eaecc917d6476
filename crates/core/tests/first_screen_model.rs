//! The first screen's model blob keeps exactly the texts `Route::FIRST_SCREEN` declares its
//! pages show (`model_texts`, read by `crates/modelgen` at build time): every text under a
//! declared path reads as in the whole model, every other is empty. A page that shows a text
//! not declared would read empty on the first screen; a declared path that names nothing is a
//! typo.

use shindan_core::model::{compact, decode_builtin};
use shindan_core::route::Route;

/// Every text (`ja`/`en` string) of `v` with the path of field names leading to it.
fn texts(v: &serde_json::Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, x) in map {
                match x {
                    serde_json::Value::String(s) if k == "ja" || k == "en" => {
                        out.push((path.clone(), s.clone()));
                    }
                    _ => {
                        path.push(k.clone());
                        texts(x, path, out);
                        path.pop();
                    }
                }
            }
        }
        serde_json::Value::Array(xs) => xs.iter().for_each(|x| texts(x, path, out)),
        _ => {}
    }
}

fn all_texts(m: &shindan_core::model::Model) -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    let v = serde_json::to_value(m).unwrap_or_default();
    texts(&v, &mut Vec::new(), &mut out);
    out
}

/// `v` with every text empty.
fn blank(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                match x {
                    serde_json::Value::String(s) if k == "ja" || k == "en" => s.clear(),
                    _ => blank(x),
                }
            }
        }
        serde_json::Value::Array(xs) => xs.iter_mut().for_each(blank),
        _ => {}
    }
}

#[test]
fn the_first_blob_is_the_whole_model_but_texts() {
    let mut whole = serde_json::to_value(decode_builtin().unwrap_or_else(|e| panic!("{e:?}")))
        .unwrap_or_default();
    let mut first = serde_json::to_value(
        compact::decode::<shindan_core::model::Model>(shindan_core::model::FIRST_SCREEN_COMPACT)
            .unwrap_or_else(|e| panic!("{e:?}")),
    )
    .unwrap_or_default();
    blank(&mut whole);
    blank(&mut first);
    assert!(
        whole == first,
        "every ID, number and field is the whole model's"
    );
}

#[test]
fn the_first_blob_keeps_the_declared_texts_and_only_those() {
    let declared: Vec<Vec<String>> = Route::FIRST_SCREEN
        .iter()
        .flat_map(|p| p.model_texts)
        .map(|t| t.split('.').map(str::to_string).collect())
        .collect();
    let whole = all_texts(&decode_builtin().unwrap_or_else(|e| panic!("{e:?}")));
    let first = all_texts(
        &compact::decode::<shindan_core::model::Model>(shindan_core::model::FIRST_SCREEN_COMPACT)
            .unwrap_or_else(|e| panic!("{e:?}")),
    );
    assert_eq!(whole.len(), first.len(), "the same structure");
    let mut wrong = Vec::new();
    for ((path, text), (path2, text2)) in whole.iter().zip(&first) {
        assert_eq!(path, path2);
        let kept = declared.iter().any(|d| path.starts_with(d));
        let expected = if kept { text.as_str() } else { "" };
        if text2 != expected {
            wrong.push(format!("{} (declared: {kept})", path.join(".")));
        }
    }
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "the first screen's blob differs at {wrong:?}"
    );
    for d in &declared {
        assert!(
            whole.iter().any(|(p, t)| p.starts_with(d) && !t.is_empty()),
            "Route::FIRST_SCREEN declares {}, which names no text of the model",
            d.join(".")
        );
    }
}

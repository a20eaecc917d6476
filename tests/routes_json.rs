//! `tests/e2e/routes.json` mirrors `Route::examples()` (from the one page table, `Route::PAGES`),
//! so the e2e suite visits every page.
//! Regenerate with `UPDATE_ROUTES=1 cargo test --test routes_json`.
#![cfg(not(target_arch = "wasm32"))]

use shindan_core::route::Route;

#[test]
fn e2e_route_list_matches_the_code() {
    let hashes: Vec<String> = Route::examples().iter().map(Route::to_hash).collect();
    let expected = serde_json::to_string_pretty(&hashes).expect("strings serialise") + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/routes.json");
    if std::env::var_os("UPDATE_ROUTES").is_some() {
        std::fs::write(path, &expected).expect("write routes.json");
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert_eq!(
        actual, expected,
        "tests/e2e/routes.json is out of date: run `UPDATE_ROUTES=1 cargo test --test routes_json`"
    );
}

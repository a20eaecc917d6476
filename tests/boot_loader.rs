//! `src/web/loader.js` chooses which wasm build to fetch from the address's first segment:
//! the whole app when the segment is in its `WHOLE` list, the first screen's build
//! otherwise. Choosing the first screen is always correct (it starts the whole app itself for a
//! page it lacks) but a first visit then fetches both builds; choosing the whole app is always
//! correct too (it has every page) but costs more bytes for a first-screen page. So the list must
//! hold exactly the first segments of the pages the first screen does not have.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use shindan_core::route::Route;

/// The `WHOLE` array of the loader, as written.
fn loader_list() -> BTreeSet<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/web/loader.js");
    let text = std::fs::read_to_string(path).expect("read src/web/loader.js");
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("var WHOLE = ["))
        .expect("src/web/loader.js has a `var WHOLE = [...]` line");
    let inner = line
        .split_once('[')
        .and_then(|(_, rest)| rest.split_once(']'))
        .map(|(inner, _)| inner)
        .expect("the WHOLE list is on one line");
    inner
        .split(',')
        .map(|s| s.trim().trim_matches('\'').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn first_segment(hash: &str) -> String {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    path.split(['/', '?']).next().unwrap_or("").to_string()
}

#[test]
fn the_loader_names_exactly_the_whole_apps_pages() {
    let listed = loader_list();
    let mut whole = BTreeSet::new();
    let mut first = BTreeSet::new();
    let mut routes: Vec<Route> = Route::ALL_EXAMPLES.to_vec();
    routes.extend((1..=10).map(Route::GuidelinesDirection));
    for r in &routes {
        let seg = first_segment(&r.to_hash());
        if r.on_first_screen() {
            first.insert(seg);
        } else {
            whole.insert(seg);
        }
    }
    assert!(
        whole.is_disjoint(&first),
        "a first segment serves pages of both builds: {:?}",
        whole.intersection(&first).collect::<Vec<_>>()
    );
    assert_eq!(
        listed, whole,
        "src/web/loader.js's WHOLE list must be the first segments of the pages only the whole app has"
    );
    // An address the list does not know goes to the first screen, which renders not-found.
    assert!(Route::parse("#/nowhere").on_first_screen());
    assert!(!listed.contains("nowhere"));
}

//! `src/web/loader.js` chooses which wasm build to fetch from the address's first segment:
//! the first screen's build when the segment is in its `FIRST` list, the whole app otherwise.
//! Choosing the whole app is always correct (it has every page, not-found included) and a new
//! page needs nothing here; choosing the first screen for a page it lacks would be correct too
//! (it starts the whole app itself) but fetches both builds. So the list must hold exactly the
//! first segments of the pages the first screen has (`Route::PAGES`' last column).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use shindan_core::route::Route;

/// The `FIRST` array of the loader, as written.
fn loader_list() -> BTreeSet<String> {
    loader_array("FIRST")
}

/// An array of quoted names in the loader, `var NAME = [...]` on one line.
fn loader_array(name: &str) -> BTreeSet<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/web/loader.js");
    let text = std::fs::read_to_string(path).expect("read src/web/loader.js");
    let start = format!("var {name} = [");
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(&start))
        .unwrap_or_else(|| panic!("src/web/loader.js has a `{start}...]` line"));
    let inner = line
        .split_once('[')
        .and_then(|(_, rest)| rest.split_once(']'))
        .map(|(inner, _)| inner)
        .unwrap_or_else(|| panic!("the {name} list is on one line"));
    inner
        .split(',')
        .map(|s| {
            let s = s.trim();
            s.strip_prefix('\'')
                .and_then(|s| s.strip_suffix('\''))
                .unwrap_or_else(|| panic!("{s:?} is not a quoted name"))
                .to_string()
        })
        .collect()
}

fn first_segment(hash: &str) -> String {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    path.split(['/', '?']).next().unwrap_or("").to_string()
}

#[test]
fn the_loader_names_exactly_the_first_screens_pages() {
    let listed = loader_list();
    let mut whole = BTreeSet::new();
    let mut first = BTreeSet::new();
    let mut routes = Route::examples();
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
        listed, first,
        "src/web/loader.js's FIRST list must be the first segments of the first screen's pages"
    );
    // An address no page has goes to the whole app, which renders not-found.
    assert!(!listed.contains("nowhere"));
}

/// The loader fetches the build at once unless the address may show a pre-rendered page (then it
/// waits for that page's first paint): its `PAINTED` list must be exactly the paths of the pages
/// the build pre-renders, as the picker reads the address (`data-path`). A path missing there
/// would fetch before the page's paint; one too many would wait for a paint of the header alone.
#[test]
fn the_loader_waits_for_the_paint_of_exactly_the_pre_rendered_pages() {
    let listed = loader_array("PAINTED");
    let pages: BTreeSet<String> = Route::FIRST_SCREEN
        .iter()
        .map(|p| {
            p.route
                .to_hash()
                .trim_start_matches('#')
                .trim_matches('/')
                .to_string()
        })
        .collect();
    assert_eq!(
        listed, pages,
        "src/web/loader.js's PAINTED list must be the paths of Route::FIRST_SCREEN's pages"
    );
}

//! Two tabs editing incident records: the three-way merge of `incident::merge`, case by case.
#![cfg(not(target_arch = "wasm32"))]

use shindan_core::incident::{merge, IncidentFile, IncidentRecord};

fn r(id: &str, title: &str, updated: u64) -> IncidentRecord {
    IncidentRecord {
        id: id.into(),
        created: 1,
        updated,
        title: title.into(),
        values: Default::default(),
    }
}

fn file(records: Vec<IncidentRecord>) -> IncidentFile {
    IncidentFile {
        records,
        ..IncidentFile::new()
    }
}

fn titles(f: &IncidentFile) -> Vec<(String, String)> {
    f.records
        .iter()
        .map(|r| (r.id.clone(), r.title.clone()))
        .collect()
}

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_change_on_one_side_is_taken_and_additions_on_both_sides_kept() {
    let base = file(vec![r("a", "A", 1), r("b", "B", 1)]);
    let ours = file(vec![
        r("a", "A here", 2),
        r("b", "B", 1),
        r("n", "new here", 2),
    ]);
    let theirs = file(vec![
        r("a", "A", 1),
        r("b", "B there", 3),
        r("t", "new there", 3),
    ]);
    let m = merge(&base, &ours, &theirs);
    assert_eq!(
        titles(&m.file),
        pairs(&[
            ("a", "A here"),
            ("b", "B there"),
            ("t", "new there"),
            ("n", "new here")
        ])
    );
    assert!(m.kept_both.is_empty());
}

#[test]
fn the_same_record_changed_on_both_sides_keeps_both() {
    let base = file(vec![r("a", "A", 1)]);
    let ours = file(vec![r("a", "ours", 2)]);
    let theirs = file(vec![r("a", "theirs", 3)]);
    let m = merge(&base, &ours, &theirs);
    assert_eq!(
        titles(&m.file),
        pairs(&[("a", "theirs"), ("a-copy", "ours")])
    );
    assert_eq!(m.kept_both, ["a"]);
    // A second conflict on the same record gets the next free copy id.
    let base2 = m.file.clone();
    let mut ours2 = base2.clone();
    ours2.records[0].title = "ours again".into();
    let mut theirs2 = base2.clone();
    theirs2.records[0].title = "theirs again".into();
    let m2 = merge(&base2, &ours2, &theirs2);
    assert_eq!(
        titles(&m2.file),
        pairs(&[
            ("a", "theirs again"),
            ("a-copy", "ours"),
            ("a-copy2", "ours again")
        ])
    );
    // Identical changes on both sides are not a conflict.
    let m3 = merge(&base, &ours, &ours);
    assert_eq!(titles(&m3.file), pairs(&[("a", "ours")]));
    assert!(m3.kept_both.is_empty());
}

#[test]
fn a_removal_wins_only_over_an_unchanged_record() {
    let base = file(vec![r("a", "A", 1), r("b", "B", 1)]);
    // Removed here; unchanged there (a) / changed there (b).
    let ours = file(vec![]);
    let theirs = file(vec![r("a", "A", 1), r("b", "B there", 2)]);
    assert_eq!(
        titles(&merge(&base, &ours, &theirs).file),
        pairs(&[("b", "B there")])
    );
    // Removed there; unchanged here (a) / changed here (b).
    let ours = file(vec![r("a", "A", 1), r("b", "B here", 2)]);
    let theirs = file(vec![]);
    assert_eq!(
        titles(&merge(&base, &ours, &theirs).file),
        pairs(&[("b", "B here")])
    );
}

#[test]
fn nothing_changed_anywhere_is_a_no_op() {
    let f = file(vec![r("a", "A", 1)]);
    let m = merge(&f, &f, &f);
    assert_eq!(m.file, f);
}

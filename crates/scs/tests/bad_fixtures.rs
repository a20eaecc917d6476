//! The bad workbooks the browser tests drop on `#/scs` (tests/e2e/scs-refusals.spec.js), one
//! per kind of refusal that needs the workbook's XML edited and zipped again: built from the
//! synthetic workbook by the same edits as `refuse.rs`, committed under
//! `tests/fixtures/bad/`, and checked here to be exactly what these edits make (the writer is
//! deterministic), so a fixture cannot drift from the generator. Kinds that are a byte patch or
//! a size (a zip bomb's declared size, a file cut short, an oversized one) are made by the
//! browser test itself.
//!
//! After changing the synthetic workbook or an edit here:
//! `SCS_WRITE_BAD_FIXTURES=1 cargo test -p shindan-scs --test bad_fixtures`.
#![allow(clippy::unwrap_used)]

mod support;

use shindan_scs::read;
use support::{contents, inline, replace_cell, synthetic, with_sheet, zip_with};

/// Each fixture: its file name, the refusal code it must get, and how it is made.
fn bad() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    vec![
        (
            "not-xlsx.xlsx",
            "not-xlsx",
            // A zip, but without the workbook's parts.
            zip_with(&[("readme.txt".to_owned(), b"hello".to_vec())], true),
        ),
        (
            "not-the-workbook.xlsx",
            "not-the-workbook",
            with_sheet(|xml| replace_cell(xml, "Q2", &inline("Q2", "備考"))),
        ),
        (
            "different-edition.xlsx",
            "different-edition",
            // Without the last ★3 criterion (row 154).
            with_sheet(|xml| {
                let start = xml.find("<row r=\"154\"").unwrap();
                let end = start + xml[start..].find("</row>").unwrap() + 6;
                format!("{}{}", &xml[..start], &xml[end..])
            }),
        ),
        (
            "duplicate-id.xlsx",
            "duplicate-id",
            with_sheet(|xml| replace_cell(xml, "L7", &inline("L7", "1-2-1-1"))),
        ),
        (
            "unknown-id.xlsx",
            "unknown-id",
            with_sheet(|xml| replace_cell(xml, "L7", &inline("L7", "8-1-1-1"))),
        ),
        (
            "formula-in-answer.xlsx",
            "formula-in-answer",
            with_sheet(|xml| {
                let f = "<c r=\"O6\" s=\"4\" t=\"str\"><f>\"○\"</f><v>○</v></c>";
                replace_cell(xml, "O6", f)
            }),
        ),
    ]
}

#[test]
fn the_committed_bad_fixtures_are_what_the_edits_make_and_each_is_refused() {
    let dir = format!("{}/tests/fixtures/bad", env!("CARGO_MANIFEST_DIR"));
    let write = std::env::var_os("SCS_WRITE_BAD_FIXTURES").is_some();
    if write {
        std::fs::create_dir_all(&dir).unwrap();
    }
    // The edits start from the committed workbook: it still reads.
    assert!(read(&synthetic()).is_ok());
    assert!(!contents(&synthetic()).is_empty());
    for (name, code, bytes) in bad() {
        let path = format!("{dir}/{name}");
        if write {
            std::fs::write(&path, &bytes).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(
            committed == bytes,
            "{name} differs from what its edit makes: SCS_WRITE_BAD_FIXTURES=1 rewrites it"
        );
        let err = read(&committed).unwrap_err();
        assert_eq!(err.code(), code, "{name}: {err:?}");
    }
}

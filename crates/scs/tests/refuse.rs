//! Each kind of bad file, built from the synthetic workbook, refused with its own error — and
//! the message, in Japanese and in English, naming what was wrong.
#![allow(clippy::unwrap_used)]

mod support;

use shindan_scs::{compare_official, read, Bomb, OfficialChange, ReadError, LIMITS};
use support::{
    contents, inline, replace_cell, synthetic, with_part, with_sheet, zip_with, SHEET, STRINGS,
};

/// The error, with both messages checked to name `needle`.
fn refused(bytes: &[u8], code: &str, needle: &str) -> ReadError {
    let err = read(bytes).unwrap_err();
    assert_eq!(err.code(), code, "{err:?}");
    assert!(err.ja().contains(needle), "ja: {} lacks {needle}", err.ja());
    assert!(err.en().contains(needle), "en: {} lacks {needle}", err.en());
    assert_eq!(err.to_string(), err.en());
    err
}

#[test]
fn too_large() {
    let bytes = vec![0u8; LIMITS.file_bytes + 1];
    refused(&bytes, "too-large", &LIMITS.file_bytes.to_string());
}

#[test]
fn not_a_zip() {
    refused(b"%PDF-1.7 not a workbook", "not-zip", ".xlsx");
    refused(b"", "not-zip", ".xlsx");
    // An old binary .xls (OLE compound file) is not a zip either.
    refused(
        &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
        "not-zip",
        ".xlsx",
    );
}

#[test]
fn a_zip_that_is_not_an_xlsx() {
    let files = vec![("readme.txt".to_owned(), b"hello".to_vec())];
    refused(&zip_with(&files, true), "not-xlsx", "[Content_Types].xml");
    let files: Vec<_> = contents(&synthetic())
        .into_iter()
        .filter(|(n, _)| n != "xl/workbook.xml")
        .collect();
    refused(&zip_with(&files, true), "not-xlsx", "xl/workbook.xml");
}

#[test]
fn not_the_workbook() {
    // Another workbook: the criteria sheet's header Q2 differs.
    let bytes = with_sheet(|xml| replace_cell(xml, "Q2", &inline("Q2", "備考")));
    let err = refused(&bytes, "not-the-workbook", "Q2");
    assert!(err.ja().contains("根拠および実施する事") && err.ja().contains("備考"));
    // No sheet with the table at all.
    let bytes = with_sheet(|xml| {
        let start = xml.find("<sheetData>").unwrap();
        let end = xml.find("</sheetData>").unwrap();
        format!("{}<sheetData>{}", &xml[..start], &xml[end..])
    });
    refused(&bytes, "not-the-workbook", "評価基準No.");
}

#[test]
fn a_different_edition() {
    // Without the last ★3 criterion (row 154), the counts are not the edition's.
    let bytes = with_sheet(|xml| {
        let start = xml.find("<row r=\"154\"").unwrap();
        let end = start + xml[start..].find("</row>").unwrap() + 6;
        format!("{}{}", &xml[..start], &xml[end..])
    });
    let err = refused(&bytes, "different-edition", "★3 80");
    assert!(
        err.en().contains("★3 81 (8/4/11/48/3/6/1) + ★4 72"),
        "{err}"
    );
    // A ★4 criterion relabelled ★3 (K3:K5 is merged; its master cell is K3).
    let bytes = with_sheet(|xml| replace_cell(xml, "K3", &inline("K3", "★3")));
    refused(&bytes, "different-edition", "★3 84 (11/");
}

#[test]
fn changed_official_text_against_the_first_read() {
    let first = read(&synthetic()).unwrap();
    let bytes = with_part(STRINGS, |xml| {
        xml.replacen(
            "評価基準 1-2-1-1 の架空の本文",
            "評価基準 1-2-1-1 の書き換えた本文",
            1,
        )
    });
    let later = read(&bytes).unwrap();
    let changes = compare_official(&first, &later);
    assert_eq!(changes.len(), 1, "{changes:?}");
    let OfficialChange::Text { cell, header, .. } = &changes[0] else {
        panic!("{changes:?}")
    };
    assert_eq!((cell.to_string().as_str(), *header), ("M6", "評価基準"));
    assert!(changes[0].ja().contains("M6") && changes[0].en().contains("書き換えた"));
    assert_eq!(changes[0].code(), "official-text-changed");
    // The requirement's text is merged over its rows: each of them reports the change.
    let bytes = with_part(STRINGS, |xml| {
        xml.replacen("要求事項 1-2-1 の架空", "要求事項 1-2-1 の変更", 1)
    });
    let changes = compare_official(&first, &read(&bytes).unwrap());
    assert_eq!(changes.len(), 4, "{changes:?}");
}

#[test]
fn duplicate_and_unknown_ids() {
    let bytes = with_sheet(|xml| replace_cell(xml, "L7", &inline("L7", "1-2-1-1")));
    let err = refused(&bytes, "duplicate-id", "1-2-1-1");
    assert!(err.en().contains("L6") && err.en().contains("L7"), "{err}");
    for bad in ["1-2-1", "8-1-1-1", "1-2-1-1-1", "一-2-1-1", "0-1-1-1"] {
        let bytes = with_sheet(|xml| replace_cell(xml, "L7", &inline("L7", bad)));
        refused(&bytes, "unknown-id", "L7");
    }
    // An ID whose requirement or category disagrees with the official cells of its row.
    let bytes = with_sheet(|xml| replace_cell(xml, "L6", &inline("L6", "1-3-1-1")));
    refused(&bytes, "inconsistent", "F6");
    let bytes = with_sheet(|xml| replace_cell(xml, "C6", &inline("C6", "取引先管理")));
    refused(&bytes, "inconsistent", "ガバナンスの整備");
}

#[test]
fn formulas_where_answers_belong() {
    for col in ["O", "P", "Q", "R"] {
        let r = format!("{col}6");
        let formula = format!("<c r=\"{r}\" s=\"4\" t=\"str\"><f>\"○\"</f><v>○</v></c>");
        let bytes = with_sheet(|xml| replace_cell(xml, &r, &formula));
        refused(&bytes, "formula-in-answer", &r);
    }
    // A shared formula's dependent cell (`<f t="shared" si="0"/>`) is a formula too.
    let formula = "<c r=\"P7\"><f t=\"shared\" si=\"0\"/><v>1</v></c>";
    let bytes = with_sheet(|xml| replace_cell(xml, "P7", formula));
    refused(&bytes, "formula-in-answer", "P7");
}

#[test]
fn an_unknown_mark() {
    let bytes = with_sheet(|xml| replace_cell(xml, "O6", &inline("O6", "はい")));
    let err = refused(&bytes, "unknown-mark", "O6");
    assert!(err.ja().contains("はい"));
    // The look-alikes of the marks are read as the marks.
    for (typed, mark) in [("〇", "○"), ("×", "✖"), (" △ ", "△")] {
        let bytes = with_sheet(|xml| replace_cell(xml, "O6", &inline("O6", typed)));
        let wb = read(&bytes).unwrap();
        assert_eq!(wb.criteria[3].answer.mark.symbol(), mark, "{typed}");
    }
}

/// Rewrites a directory record field (and the local header's, when `local` is given) of the
/// entry named `name`.
fn patch(zip: &mut [u8], name: &str, central: usize, local: Option<usize>, value: u32) {
    let mut pos = 0;
    while pos + 46 < zip.len() {
        if zip[pos..pos + 4] == [0x50, 0x4b, 0x01, 0x02] {
            let len = usize::from(u16::from_le_bytes([zip[pos + 28], zip[pos + 29]]));
            if &zip[pos + 46..pos + 46 + len] == name.as_bytes() {
                zip[pos + central..pos + central + 4].copy_from_slice(&value.to_le_bytes());
                if let Some(offset) = local {
                    let at =
                        u32::from_le_bytes(zip[pos + 42..pos + 46].try_into().unwrap()) as usize;
                    zip[at + offset..at + offset + 4].copy_from_slice(&value.to_le_bytes());
                }
                return;
            }
        }
        pos += 1;
    }
    panic!("no entry {name}");
}

#[test]
fn zip_bombs() {
    // Too many entries.
    let mut files = contents(&synthetic());
    for i in 0..LIMITS.entries {
        files.push((format!("extra/{i}.bin"), Vec::new()));
    }
    let err = refused(
        &zip_with(&files, false),
        "zip-bomb",
        &LIMITS.entries.to_string(),
    );
    assert!(matches!(err, ReadError::ZipBomb(Bomb::Entries { .. })));

    // One entry declaring more than the per-entry cap.
    let mut bytes = synthetic();
    patch(&mut bytes, SHEET, 24, None, (LIMITS.entry_bytes + 1) as u32);
    let err = refused(&bytes, "zip-bomb", SHEET);
    assert!(
        matches!(err, ReadError::ZipBomb(Bomb::Entry { .. })),
        "{err:?}"
    );

    // A highly compressed entry (8 MiB of zeros deflate to a few kilobytes).
    let mut files = contents(&synthetic());
    files.push(("xl/media/zeros.bin".into(), vec![0u8; 8 * 1024 * 1024]));
    let err = refused(&zip_with(&files, true), "zip-bomb", "xl/media/zeros.bin");
    assert!(
        matches!(err, ReadError::ZipBomb(Bomb::Ratio { .. })),
        "{err:?}"
    );

    // Entries that together declare more than the total cap (each one plausible).
    let mut noise = Vec::with_capacity(200_000);
    let mut x: u32 = 12345;
    for _ in 0..200_000 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        noise.push(x as u8);
    }
    let mut files = contents(&synthetic());
    for i in 0..3 {
        files.push((format!("xl/media/noise{i}.bin"), noise.clone()));
    }
    let mut bytes = zip_with(&files, true);
    for i in 0..3 {
        patch(
            &mut bytes,
            &format!("xl/media/noise{i}.bin"),
            24,
            None,
            30 * 1024 * 1024,
        );
    }
    let err = refused(&bytes, "zip-bomb", &LIMITS.total_bytes.to_string());
    assert!(
        matches!(err, ReadError::ZipBomb(Bomb::Total { .. })),
        "{err:?}"
    );

    // The sheet declaring fewer bytes than it inflates to.
    let mut bytes = synthetic();
    patch(&mut bytes, SHEET, 24, Some(22), 1000);
    let err = refused(&bytes, "zip-bomb", SHEET);
    assert!(
        matches!(err, ReadError::ZipBomb(Bomb::Lied { .. })),
        "{err:?}"
    );
}

#[test]
fn damaged_files() {
    let original = synthetic();
    // Cut short: the directory at the end is gone.
    refused(&original[..original.len() - 200], "damaged", "zip");
    // A checksum that does not match the content.
    let mut bytes = original.clone();
    patch(&mut bytes, SHEET, 16, Some(14), 0xDEAD_BEEF);
    refused(&bytes, "damaged", SHEET);
    // XML that does not parse.
    let bytes = with_sheet(|xml| xml.replacen("</row>", "</rowx>", 1));
    refused(&bytes, "damaged", SHEET);
    // A shared string that does not exist.
    let bytes = with_sheet(|xml| replace_cell(xml, "M6", "<c r=\"M6\" t=\"s\"><v>99999</v></c>"));
    refused(&bytes, "damaged", "99999");
    // Merged ranges that together cover more cells than a sheet may have.
    let bytes = with_sheet(|xml| {
        xml.replace(
            "<mergeCell ref=\"B1:R1\"/>",
            &"<mergeCell ref=\"A1:R5000\"/>".repeat(100),
        )
    });
    refused(&bytes, "unsupported", &LIMITS.cells.to_string());
    // Encrypted entries are not supported.
    let mut bytes = original;
    patch(&mut bytes, SHEET, 8, None, 1 | (8 << 16));
    refused(&bytes, "unsupported", SHEET);
}

#[test]
fn a_shared_string_repeated_in_many_cells() {
    // One 1 MiB string (not compressible enough to trip the ratio check) referenced from a
    // hundred cells would hold 100 MiB once read.
    let mut x: u32 = 7;
    let big: String = (0..1024 * 1024)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            char::from(b'a' + (x % 26) as u8)
        })
        .collect();
    let mut files = contents(&synthetic());
    for (name, content) in &mut files {
        if name == STRINGS {
            let xml = String::from_utf8(content.clone()).unwrap();
            *content = xml
                .replace("</sst>", &format!("<si><t>{big}</t></si></sst>"))
                .into_bytes();
        }
        if name == SHEET {
            let xml = String::from_utf8(content.clone()).unwrap();
            let rows: String = (200..300)
                .map(|r| format!("<row r=\"{r}\"><c r=\"P{r}\" t=\"s\"><v>496</v></c></row>"))
                .collect();
            *content = xml
                .replace("</sheetData>", &format!("{rows}</sheetData>"))
                .into_bytes();
        }
    }
    let err = refused(
        &zip_with(&files, true),
        "unsupported",
        &LIMITS.total_bytes.to_string(),
    );
    assert!(err.en().contains("bytes of text"), "{err}");
}

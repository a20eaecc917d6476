//! Writing answers into the user's file: answers round-trip through export → read exactly; the
//! official columns and every other zip entry stay byte for byte as they were; formula-looking
//! text is written as text; each answer cell keeps its style; what cannot be written is refused.
#![allow(clippy::unwrap_used)]

mod support;

use shindan_scs::{
    compare_official, export, read, Answer, Answers, CriterionId, ExportError, Level, Mark, LIMITS,
};
use support::{cells, entries, is_answer_column, synthetic, SHEET};

fn id(s: &str) -> CriterionId {
    s.parse().unwrap()
}

/// Answers for every criterion (★3 and ★4), covering what text can hold.
fn every_kind_of_answer() -> Answers {
    let texts = [
        "=1+1",
        "+81-3-0000-0000",
        "-5",
        "@SUM(A1)",
        "\tタブで始まる",
        "\r\nCRで始まる\r\n",
        "  前後に空白  ",
        "<b>&amp;</b> \"quotes\" 'apos'",
        "_x0041_ はそのまま",
        "制御文字\u{1}\u{1f}も",
        "絵文字 🛡️ と 𠮷",
        "",
    ];
    let marks = [Mark::Met, Mark::Partly, Mark::NotMet, Mark::Unanswered];
    let wb = read(&synthetic()).unwrap();
    wb.criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                c.id,
                Answer {
                    mark: marks[i % 4],
                    reason: texts[i % texts.len()].to_owned(),
                    evidence: format!("{} / {}", texts[(i + 3) % texts.len()], c.id),
                    supplement: texts[(i + 7) % texts.len()].to_owned(),
                },
            )
        })
        .collect()
}

#[test]
fn answers_round_trip_and_the_official_parts_stay_as_they_were() {
    let original = synthetic();
    let answers = every_kind_of_answer();
    let exported = export(&original, &answers).unwrap();
    let first = read(&original).unwrap();
    let again = read(&exported).unwrap();

    // The answers, exactly.
    assert_eq!(again.answers(), answers);
    // The official content, cell for cell.
    assert!(compare_official(&first, &again).is_empty());
    assert_eq!(first.official_digest, again.official_digest);
    for (a, b) in first.criteria.iter().zip(&again.criteria) {
        assert_eq!((a.id, a.row, &a.official), (b.id, b.row, &b.official));
    }

    // Every zip entry but the sheet: stored bytes identical (local header and data).
    let before = entries(&original);
    let after = entries(&exported);
    assert_eq!(
        before.iter().map(|e| &e.name).collect::<Vec<_>>(),
        after.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    for (a, b) in before.iter().zip(&after) {
        if a.name == SHEET {
            continue;
        }
        assert_eq!(a.stored, b.stored, "{}", a.name);
    }

    // In the sheet, every cell outside O–R is byte for byte the same, in the same order; so is
    // everything outside the cells (row attributes, merges, column widths).
    let sheet = |zip: &[u8]| {
        String::from_utf8(
            entries(zip)
                .into_iter()
                .find(|e| e.name == SHEET)
                .unwrap()
                .content,
        )
        .unwrap()
    };
    let (old, new) = (sheet(&original), sheet(&exported));
    let official = |xml: &str| -> Vec<(String, String)> {
        cells(xml)
            .into_iter()
            .filter(|(r, _)| !is_answer_column(r))
            .collect()
    };
    assert_eq!(official(&old), official(&new));
    let strip = |xml: &str| {
        let mut out = xml.to_owned();
        for (_, raw) in cells(xml).into_iter().filter(|(r, _)| is_answer_column(r)) {
            out = out.replacen(&raw, "", 1);
        }
        out
    };
    assert_eq!(strip(&old), strip(&new));

    // Answer cells: text cells, never formulas; the existing ones keep their style; inserted
    // ones (★4 rows had none) sit in column order.
    let new_cells = cells(&new);
    let below_header = |r: &str| shindan_scs::CellRef::parse(r).unwrap().row > 2;
    for (r, raw) in new_cells
        .iter()
        .filter(|(r, _)| is_answer_column(r) && below_header(r))
    {
        assert!(!raw.contains("<f"), "{r}: {raw}");
        assert!(
            raw.ends_with("/>") || raw.contains("t=\"inlineStr\""),
            "{r}: {raw}"
        );
    }
    let style_of = |r: &str| {
        new_cells
            .iter()
            .find(|(x, _)| x == r)
            .map(|(_, raw)| raw.contains(" s=\"4\""))
            .unwrap()
    };
    assert!(style_of("O6") && style_of("R154"));
    assert!(
        new_cells.iter().any(|(r, _)| r == "O3"),
        "a ★4 row gets its answer cells"
    );
    let columns_of_row = |row: &str| -> Vec<u16> {
        new_cells
            .iter()
            .filter(|(r, _)| r.trim_start_matches(char::is_alphabetic) == row)
            .map(|(r, _)| shindan_scs::CellRef::parse(r).unwrap().col)
            .collect()
    };
    for row in ["3", "6", "155"] {
        let cols = columns_of_row(row);
        assert!(cols.windows(2).all(|w| w[0] < w[1]), "row {row}: {cols:?}");
        assert!(cols.ends_with(&[15, 16, 17, 18]), "row {row}: {cols:?}");
    }
    let formula_like = new_cells.iter().find(|(r, _)| r == "P3").unwrap();
    assert!(formula_like.1.contains(">=1+1<"), "{}", formula_like.1);
}

#[test]
fn exporting_again_changes_only_what_changed() {
    let original = synthetic();
    let mut answers = Answers::new();
    answers.insert(
        id("1-2-1-1"),
        Answer {
            mark: Mark::NotMet,
            reason: "まだ".into(),
            evidence: "規程の案".into(),
            supplement: String::new(),
        },
    );
    let once = export(&original, &answers).unwrap();
    // Clearing the answer and answering another criterion.
    let mut next = Answers::new();
    next.insert(id("1-2-1-1"), Answer::default());
    next.insert(
        id("7-1-1-1"),
        Answer {
            mark: Mark::Met,
            ..Answer::default()
        },
    );
    let twice = export(&once, &next).unwrap();
    let wb = read(&twice).unwrap();
    assert_eq!(
        wb.criterion(id("1-2-1-1")).unwrap().answer,
        Answer::default()
    );
    assert_eq!(wb.criterion(id("7-1-1-1")).unwrap().answer.mark, Mark::Met);
    assert_eq!(
        wb.level(Level::Star3)
            .filter(|c| c.answer != Answer::default())
            .count(),
        1
    );
    // Clearing every answer gives back the original's cells (the sheet XML may differ only in
    // how an empty styled cell is written, which it does not).
    let mut clear = Answers::new();
    clear.insert(id("7-1-1-1"), Answer::default());
    let cleared = export(&twice, &clear).unwrap();
    let xml = |zip: &[u8]| {
        entries(zip)
            .into_iter()
            .find(|e| e.name == SHEET)
            .unwrap()
            .content
    };
    assert_eq!(xml(&cleared), xml(&original));
}

#[test]
fn what_cannot_be_written_is_refused() {
    let original = synthetic();
    let mut unknown = Answers::new();
    unknown.insert(id("7-9-9-9"), Answer::default());
    let err = export(&original, &unknown).unwrap_err();
    assert_eq!(err, ExportError::UnknownId(id("7-9-9-9")));
    assert!(err.ja().contains("7-9-9-9") && err.en().contains("7-9-9-9"));

    let mut long = Answers::new();
    long.insert(
        id("1-2-1-1"),
        Answer {
            evidence: "あ".repeat(LIMITS.cell_chars + 1),
            ..Answer::default()
        },
    );
    let err = export(&original, &long).unwrap_err();
    assert!(
        matches!(err, ExportError::TooLong { column: 'Q', .. }),
        "{err:?}"
    );
    assert_eq!(err.code(), "export-too-long");

    // An answer cell merged into the one above cannot show what is written in it.
    let merged = support::with_sheet(|xml| {
        xml.replace("<mergeCells count=\"", "<mergeCells count=\"1")
            .replace(
                "<mergeCell ref=\"B1:R1\"/>",
                "<mergeCell ref=\"B1:R1\"/><mergeCell ref=\"P6:P7\"/>",
            )
    });
    let mut both = Answers::new();
    both.insert(id("1-2-1-2"), Answer::default());
    let err = export(&merged, &both).unwrap_err();
    assert_eq!(err.code(), "export-merged-cell");
    assert!(err.en().contains("P7"), "{err}");

    // A file that does not read is refused with the reader's reason.
    let err = export(b"not a workbook", &Answers::new()).unwrap_err();
    assert_eq!(err.code(), "not-zip");
}

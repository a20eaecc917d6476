//! Reading the synthetic workbook: every ★3 and ★4 criterion with its ID, category, level and
//! the cell its text came from; merged cells resolved; the formula column read as its cached
//! value; the answers of the answered copy as Excel stored them (shared strings, phonetic runs
//! left out); the edition recognised; the layout table checked row by row.
#![allow(clippy::unwrap_used)]

mod support;

use shindan_scs::{
    compare_official, read, CellRef, CriterionId, Level, Mark, CATEGORY_NAMES, EDITIONS, LAYOUT,
};
use support::{fixture, synthetic};

fn id(s: &str) -> CriterionId {
    s.parse().unwrap()
}

#[test]
fn every_criterion_is_read_with_its_ids() {
    let wb = read(&synthetic()).unwrap();
    assert_eq!(wb.criteria.len(), 153);
    assert_eq!(wb.level(Level::Star3).count(), 81);
    assert_eq!(wb.level(Level::Star4).count(), 72);
    assert_eq!(wb.count_by_category(Level::Star3), [8, 4, 11, 48, 3, 6, 1]);
    assert_eq!(wb.count_by_category(Level::Star4), [10, 6, 9, 33, 6, 7, 1]);
    assert_eq!(wb.edition.id, "scs-2026-03-27");
    assert!(wb.synthetic);
    assert!(!wb.pristine);
    assert_eq!(
        wb.official_verified, None,
        "no edition digest is pinned yet"
    );
    assert_eq!(wb.header_row, 2);
    assert_eq!(wb.sheet, "要求事項・評価基準（合成）");

    // Rows as the public sources record them: the first ★3 criterion on row 6, the last on 154.
    let first3 = wb.level(Level::Star3).next().unwrap();
    assert_eq!((first3.id, first3.row), (id("1-2-1-1"), 6));
    let last3 = wb.level(Level::Star3).last().unwrap();
    assert_eq!((last3.id, last3.row), (id("7-1-1-1"), 154));

    // Each criterion: consecutive rows from 3, its ID in L, its text in M of its own row, the
    // requirement and category derived from the ID, the invented text saying it is not IPA's.
    for (i, c) in wb.criteria.iter().enumerate() {
        let row = 3 + i as u32;
        assert_eq!(c.row, row, "{}", c.id);
        assert_eq!(c.text_cell, CellRef::new(13, row), "{}", c.id);
        assert_eq!(c.text_cell.to_string(), format!("M{row}"));
        assert_eq!(c.requirement_id, c.id.requirement_id(), "{}", c.id);
        assert_eq!(
            c.category_name,
            CATEGORY_NAMES[usize::from(c.id.category) - 1]
        );
        assert!(c.text.contains("IPAの文言ではありません"), "{}", c.id);
        assert!(c.text.contains(&c.id.to_string()), "{}", c.id);
        assert!(c.requirement_text.contains(&c.requirement_id), "{}", c.id);
        assert_eq!(c.official.len(), 13);
        assert_eq!(c.official[10], c.id.to_string());
        // Column N holds a formula; its cached value is read as official content.
        assert_eq!(
            c.official[12],
            c.text.chars().count().to_string(),
            "{}",
            c.id
        );
        let level = if c.level == Level::Star3 {
            "★3"
        } else {
            "★4"
        };
        assert_eq!(c.official[9], level);
        assert_eq!(c.answer, Default::default(), "{} is unanswered", c.id);
    }
    // IDs are unique and in order.
    let ids: Vec<_> = wb.criteria.iter().map(|c| c.id).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(ids, sorted);
}

#[test]
fn merged_cells_give_every_row_its_value() {
    let wb = read(&synthetic()).unwrap();
    // K3:K5 is one merged ★4 cell; F/I/J are merged over a requirement's rows.
    for s in ["1-1-1-1", "1-1-1-2", "1-1-1-3"] {
        let c = wb.criterion(id(s)).unwrap();
        assert_eq!(c.level, Level::Star4, "{s}");
        assert_eq!(c.requirement_id, "1-1-1");
        assert!(c.requirement_name.contains("1-1-1"));
    }
    let last = wb.criterion(id("1-2-1-4")).unwrap();
    assert_eq!((last.level, last.row), (Level::Star4, 9));
    assert_eq!(
        last.requirement_text,
        wb.criterion(id("1-2-1-1")).unwrap().requirement_text
    );
}

#[test]
fn answers_already_in_the_file_are_read() {
    let wb = read(&fixture("synthetic-answered.xlsx")).unwrap();
    let marks: Vec<Mark> = wb.level(Level::Star3).map(|c| c.answer.mark).collect();
    let count = |m| marks.iter().filter(|&&x| x == m).count();
    assert_eq!(
        [Mark::Met, Mark::Partly, Mark::NotMet, Mark::Unanswered].map(count),
        [24, 24, 28, 5]
    );
    let first = wb.criterion(id("1-2-1-1")).unwrap();
    assert_eq!(first.answer.reason, "合成の理由 1-2-1-1\n二行目 ");
    assert!(first.answer.evidence.starts_with("=SUM(1,1)"));
    assert_eq!(
        wb.criterion(id("1-2-1-2")).unwrap().answer.supplement,
        "  前後に空白  "
    );
    // A rich-text string with a phonetic guide: runs joined, the guide left out.
    let rich = wb.criterion(id("4-1-1-1")).unwrap();
    assert!(rich.text.ends_with("太字の部分"));
    assert!(!rich.text.contains("ゴウセイ"));
    // ★4 rows of the answered copy carry no answers.
    assert!(wb
        .level(Level::Star4)
        .all(|c| c.answer == Default::default()));
    // Same official content as the blank copy.
    let blank = read(&synthetic()).unwrap();
    assert_eq!(blank.official_digest, wb.official_digest);
    assert!(compare_official(&blank, &wb).is_empty());
    assert_ne!(blank.sha256, wb.sha256);
}

#[test]
fn the_file_hash_is_the_sha256_of_its_bytes() {
    use sha2::{Digest, Sha256};
    let bytes = synthetic();
    let wb = read(&bytes).unwrap();
    let hex: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(wb.sha256, hex);
    assert_eq!(wb.sha256.len(), 64);
}

#[test]
fn a_row_inserted_above_the_table_is_tolerated() {
    // Shift every row down by one: the header is found on row 3, the IDs still read.
    let bytes = support::with_sheet(|xml| {
        let mut out = String::new();
        let mut rest = xml.as_str();
        while let Some(at) = rest.find(" r=\"") {
            out.push_str(&rest[..at + 4]);
            rest = &rest[at + 4..];
            let end = rest.find('"').unwrap();
            let r = &rest[..end];
            let split = r.find(|c: char| c.is_ascii_digit()).unwrap_or(r.len());
            let (letters, digits) = r.split_at(split);
            match digits.parse::<u32>() {
                Ok(n) => out.push_str(&format!("{letters}{}", n + 1)),
                Err(_) => out.push_str(r),
            }
            rest = &rest[end..];
        }
        out.push_str(rest);
        out.replace("<mergeCell ref=\"", "<mergeCell ref=\"#")
            .split("<mergeCell ref=\"#")
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    return part.to_owned();
                }
                let end = part.find('"').unwrap();
                let shifted: Vec<String> = part[..end]
                    .split(':')
                    .map(|r| {
                        let c = CellRef::parse(r).unwrap();
                        CellRef::new(c.col, c.row + 1).to_string()
                    })
                    .collect();
                format!("<mergeCell ref=\"{}{}", shifted.join(":"), &part[end..])
            })
            .collect()
    });
    let wb = read(&bytes).unwrap();
    assert_eq!(wb.header_row, 3);
    assert_eq!(wb.criterion(id("1-2-1-1")).unwrap().row, 7);
    assert_eq!(wb.criteria.len(), 153);
    assert!(compare_official(&read(&synthetic()).unwrap(), &wb).is_empty());
}

/// The layout table, row by row: letters consecutive, the named indexes on the right headers,
/// the checked headers those public sources confirm.
#[test]
fn the_layout_table_is_consistent() {
    for (i, c) in LAYOUT.official.iter().enumerate() {
        assert_eq!(c.letter as u16 - 'A' as u16 + 1, c.number, "{}", c.letter);
        assert_eq!(c.number, 2 + i as u16, "{}", c.letter);
    }
    for (i, c) in LAYOUT.answers.iter().enumerate() {
        assert_eq!(c.number, 15 + i as u16, "{}", c.letter);
        assert!(c.checked, "{}", c.letter);
    }
    let header = |i: usize| LAYOUT.official[i].header;
    assert_eq!(header(LAYOUT.category_name), "大分類");
    assert_eq!(header(LAYOUT.requirement_id), "要求事項No.");
    assert_eq!(header(LAYOUT.requirement_name), "要求事項名");
    assert_eq!(header(LAYOUT.requirement_text), "要求事項");
    assert_eq!(header(LAYOUT.level), "★3/★4");
    assert_eq!(header(LAYOUT.criterion_id), "評価基準No.");
    assert_eq!(header(LAYOUT.criterion_text), "評価基準");
    let checked: Vec<char> = LAYOUT
        .official
        .iter()
        .chain(LAYOUT.answers.iter())
        .filter(|c| c.checked)
        .map(|c| c.letter)
        .collect();
    assert_eq!(checked, ['K', 'L', 'M', 'O', 'P', 'Q', 'R']);
    for e in EDITIONS {
        assert_eq!(e.star3(), 81, "{}", e.id);
        assert_eq!(e.star4_only, 72, "{}", e.id);
        assert_eq!(e.download_sha256.len(), 64, "{}", e.id);
    }
}

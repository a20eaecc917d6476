//! Storage schema, migrations, backup import rules and CSV export, from the committed fixtures
//! in `tests/fixtures/storage/` (one per released format and per kind of bad input).

use std::collections::BTreeMap;

use shindan_core::assessment::compare::{
    column_names, compare, item_rows, kinds, net_rows, to_csv, Mark, Unit,
};
use shindan_core::assessment::{Action, ArticleStatus, Assessment, MetaField, TierEnd};
use shindan_core::lang::Lang;
use shindan_core::model::{model, AnswerKind, Id};
use shindan_core::storage::backup::{
    merge, Backup, BackupError, ImportChoice, ImportItem, ImportPlan,
};
use shindan_core::storage::csv;
use shindan_core::storage::migrate::{from_v1, read_v1, V1_ID};
use shindan_core::storage::record::{ReadError, Record, RecordId, UiState};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../../tests/fixtures/storage/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every released format-1 fixture and the record its migration must give (created at
/// [`MIGRATED_AT`]), committed beside it: `v1-<name>.json` → `v1-<name>.migrated.json`.
const V1_FIXTURES: &[&str] = &["v1-empty", "v1-sme", "v1-executive", "v1-minimal-fields"];
const MIGRATED_AT: u64 = 1_700_000_000_000;

#[test]
fn every_released_v1_fixture_migrates_to_its_committed_record() {
    for name in V1_FIXTURES {
        let raw = fixture(&format!("{name}.json"));
        let want = fixture(&format!("{name}.migrated.json"));
        let record = from_v1(&raw, MIGRATED_AT).unwrap_or_else(|e| panic!("{name}: {e}"));
        // Nothing of the old value is lost or changed: the whole record, byte for byte.
        assert_eq!(record.to_json(), want.trim(), "{name}");
        assert_eq!(record.id.as_str(), V1_ID, "{name}");
        assert_eq!(record.revision, 1, "{name}: migrated records are stored");
        assert_eq!(
            Record::from_json(want.trim()),
            Ok(record),
            "{name}: v2 round trip"
        );
    }
}

/// Format-1 values written with every field keep their `assessment` text verbatim: the
/// migration only re-frames it (answers, articles, tiers, notes, policy byte for byte).
#[test]
fn complete_v1_assessments_are_carried_over_verbatim() {
    for name in ["v1-sme", "v1-executive"] {
        let raw = fixture(&format!("{name}.json"));
        let inner = raw
            .trim()
            .strip_prefix(r#"{"format":1,"assessment":"#)
            .and_then(|s| s.strip_suffix('}'))
            .unwrap_or_else(|| panic!("{name}: not a format-1 value"));
        let json = from_v1(&raw, MIGRATED_AT).expect("migrates").to_json();
        assert!(
            json.ends_with(&format!(r#""assessment":{inner}}}"#)),
            "{name}: {json}"
        );
    }
    // And by value, for the answers of the SME fixture.
    let a = from_v1(&fixture("v1-sme.json"), MIGRATED_AT)
        .expect("migrates")
        .assessment;
    let answers: Vec<(&str, &str)> = a
        .answers
        .iter()
        .map(|(id, k)| (id.as_str(), k.code()))
        .collect();
    assert_eq!(
        answers,
        [
            ("sc.01", "implemented"),
            ("sc.02", "partial"),
            ("sc.03", "dont_know"),
            ("sme.act1", "not_implemented"),
        ]
    );
}

#[test]
fn v1_fixture_values_survive_migration() {
    let r = from_v1(&fixture("v1-executive.json"), 1).expect("migrates");
    let a = &r.assessment;
    assert_eq!(a.name, "Acme, Inc. \"Tokyo\"");
    assert_eq!(a.tiers[&Id::from("v3.d1")].target, Some(4));
    assert!(a.notes[&Id::from("v3.d1")].contains('\n'));
    let r = from_v1(&fixture("v1-minimal-fields.json"), 1).expect("migrates");
    assert_eq!(r.assessment.model_rev, model().model_rev(), "defaulted");
}

#[test]
fn bad_v1_values_are_told_apart() {
    assert!(matches!(
        read_v1(&fixture("v1-truncated.txt")),
        Err(ReadError::Corrupt(_))
    ));
    assert_eq!(read_v1(&fixture("v1-newer.json")), Err(ReadError::Newer(2)));
}

#[test]
fn v2_record_fixture_round_trips_exactly() {
    let raw = fixture("v2-record.json");
    let r = Record::from_json(raw.trim()).expect("reads");
    assert_eq!(r.revision, 7);
    assert_eq!(r.to_json(), raw.trim(), "byte-identical re-serialisation");
    assert_eq!(
        Record::from_json(&fixture("v2-newer-record.json")),
        Err(ReadError::Newer(3))
    );
}

#[test]
fn ui_state_round_trip() {
    let mut ui = UiState {
        open: RecordId::parse("v1-current"),
        route: Some("#/sme".into()),
        ..UiState::default()
    };
    ui.exported
        .insert(RecordId::parse("a1").expect("id"), 1_700_000_000_000);
    let back = UiState::from_json(&ui.to_json()).expect("reads");
    assert_eq!(back.open, ui.open);
    assert_eq!(back.exported, ui.exported);
    assert_eq!(
        UiState::from_json(r#"{"format":9}"#),
        Err(ReadError::Newer(9))
    );
}

#[test]
fn backup_fixture_reads_and_round_trips() {
    let b = Backup::parse(&fixture("backup-v1.json")).expect("reads");
    assert_eq!(b.assessments.len(), 2);
    assert_eq!(Backup::parse(&b.to_json()), Ok(b.clone()));
    // A BOM (files saved by some editors) is accepted.
    assert_eq!(Backup::parse(&format!("\u{feff}{}", b.to_json())), Ok(b));
}

#[test]
fn bad_backups_are_rejected_with_the_reason() {
    assert_eq!(
        Backup::parse(&fixture("backup-not-ours.json")),
        Err(BackupError::NotOurs)
    );
    assert_eq!(Backup::parse("{\"kind\":"), Err(BackupError::NotOurs));
    assert_eq!(Backup::parse("not json at all"), Err(BackupError::NotOurs));
    assert!(matches!(
        Backup::parse(r#"{"kind":"shindan-backup","version":1,"assess"#),
        Err(BackupError::Malformed(_))
    ));
    assert_eq!(
        Backup::parse(&fixture("backup-newer.json")),
        Err(BackupError::Newer(4))
    );
    assert!(matches!(
        Backup::parse(&fixture("backup-malformed.json")),
        Err(BackupError::Malformed(_))
    ));
    let huge = format!(
        "{{\"kind\":\"shindan-backup\",\"pad\":\"{}\"}}",
        "x".repeat(5 * 1024 * 1024)
    );
    assert!(matches!(
        Backup::parse(&huge),
        Err(BackupError::TooLarge(_))
    ));
    // The same id twice is damage, not a merge.
    let b = Backup::parse(&fixture("backup-v1.json")).expect("reads");
    let mut twice = b.clone();
    twice.assessments.push(b.assessments[0].clone());
    assert!(matches!(
        Backup::parse(&twice.to_json()),
        Err(BackupError::Malformed(_))
    ));
}

fn stored(records: &[Record]) -> BTreeMap<RecordId, Record> {
    records.iter().map(|r| (r.id.clone(), r.clone())).collect()
}

#[test]
fn import_adds_new_skips_same_and_never_overwrites() {
    let b = Backup::parse(&fixture("backup-v1.json")).expect("reads");
    let same = b.assessments[0].clone();
    let mut changed = b.assessments[1].clone();
    std::rc::Rc::make_mut(&mut changed.assessment).name = "名前を変更".into();
    changed.updated += 10;
    let existing = stored(&[same.clone(), changed.clone()]);

    // Into empty storage: everything is new and kept exactly as exported.
    let plan = ImportPlan::new(&BTreeMap::new(), b.clone());
    assert_eq!(plan.count_new(), 2);
    let out = plan.resolve(&BTreeMap::new(), 99, || RecordId::fresh(99, 0));
    assert_eq!(out, b.assessments);

    let plan = ImportPlan::new(&existing, b.clone());
    assert_eq!(plan.count_same(), 1);
    assert_eq!(plan.conflicts().count(), 1);
    // Default: keep both. The stored one is not in the output, so it is untouched.
    let out = plan.resolve(&BTreeMap::new(), 99, || RecordId::fresh(99, 1));
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].id, RecordId::fresh(99, 1));
    assert_eq!(out[0].assessment, b.assessments[1].assessment);

    // Merge, by choice: same id, revision bumped, the newer (stored) name wins.
    let choices = BTreeMap::from([(changed.id.clone(), ImportChoice::Merge)]);
    let out = plan.resolve(&choices, 99, || RecordId::fresh(99, 2));
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].id, changed.id);
    assert_eq!(out[0].revision, changed.revision + 1);
    assert_eq!(out[0].assessment.name, "名前を変更");
    assert!(matches!(plan.items[0], ImportItem::Same(_)));
}

#[test]
fn merge_keeps_everything_only_one_has_and_both_notes() {
    let mut a = Assessment::new();
    a.apply(Action::Answer(
        Id::from("sc.01"),
        Some(AnswerKind::Implemented),
    ));
    a.apply(Action::Answer(Id::from("sc.02"), Some(AnswerKind::Partial)));
    a.apply(Action::Tier(Id::from("v3.d1"), TierEnd::Current, Some(1)));
    a.apply(Action::Note(Id::from("v3.d1"), "old evidence".into()));
    let mut b = Assessment::new();
    b.apply(Action::Answer(
        Id::from("sc.02"),
        Some(AnswerKind::Implemented),
    ));
    b.apply(Action::Answer(
        Id::from("sc.03"),
        Some(AnswerKind::DontKnow),
    ));
    b.apply(Action::Tier(Id::from("v3.d1"), TierEnd::Target, Some(3)));
    b.apply(Action::Note(Id::from("v3.d1"), "new evidence".into()));
    b.apply(Action::Meta(MetaField::Name, "B".into()));
    b.apply(Action::Article(
        Id::from("sme.art1"),
        Some(ArticleStatus::Done),
    ));

    let m = merge(&a, &b, true);
    assert_eq!(m.answer(&Id::from("sc.01")), Some(AnswerKind::Implemented));
    assert_eq!(
        m.answer(&Id::from("sc.02")),
        Some(AnswerKind::Implemented),
        "newer wins"
    );
    assert_eq!(m.answer(&Id::from("sc.03")), Some(AnswerKind::DontKnow));
    let t = m.tiers[&Id::from("v3.d1")];
    assert_eq!((t.current, t.target), (Some(1), Some(3)));
    assert_eq!(m.notes[&Id::from("v3.d1")], "new evidence\n\nold evidence");
    assert_eq!(m.name, "B");
    assert_eq!(m.articles.len(), 1);
    let m = merge(&a, &b, false);
    assert_eq!(
        m.answer(&Id::from("sc.02")),
        Some(AnswerKind::Partial),
        "older side newer"
    );
    // Merging with itself changes nothing.
    assert_eq!(merge(&a, &a, true), a);
}

#[test]
fn csv_has_bom_header_and_escapes_japanese_commas_quotes_newlines() {
    let r = from_v1(&fixture("v1-executive.json"), 1).expect("migrates");
    let out = csv::export(model(), [&r], Lang::Ja);
    assert!(out.starts_with('\u{feff}'));
    let mut lines = out.trim_start_matches('\u{feff}').split("\r\n");
    assert_eq!(
        lines.next(),
        Some("診断ID,組織・部署名,診断日,回答者,区分,項目ID,項目,回答,回答コード")
    );
    assert!(out.contains(",\"Acme, Inc. \"\"Tokyo\"\"\",2024-10-01,CISO,"));
    assert!(out.contains("\"根拠：取締役会議事録 2024-09\n担当：情報システム部, 佐藤\""));
    assert!(out.contains(",v3.a2.1-1,"));
    assert!(out.contains(",implemented\r\n"));
    // Tiers: current 2 and target 4 of 指示1; target only of 指示2.
    assert!(out.contains(",現在の成熟度,v3.d1,"));
    assert_eq!(out.matches(",v3.d2,").count(), 1);
    // Answers, tiers, notes: 4 answers + 3 tier values + 1 note, plus the header.
    let rows = csv_rows(&out);
    assert_eq!(rows, 1 + 4 + 3 + 1);
    let en = csv::export(model(), [&r], Lang::En);
    assert!(en.contains("Assessment ID,Organisation or unit"));
}

/// Counts CSV records, honouring quoted line breaks.
fn csv_rows(s: &str) -> usize {
    let mut rows = 0;
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\r' if !quoted && chars.peek() == Some(&'\n') => {
                chars.next();
                rows += 1;
            }
            _ => {}
        }
    }
    rows
}

/// Every answerable item answered, every tier set, a note on every 指示 and the whole policy:
/// the size of one complete assessment in storage.
fn complete() -> Assessment {
    let m = model();
    let layout = m.answerable(m.model_rev()).expect("layout");
    let mut a = Assessment::new();
    a.apply(Action::Meta(
        MetaField::Name,
        "株式会社テスト 本社 情報システム部".into(),
    ));
    a.apply(Action::Meta(MetaField::Date, "2025-04-01".into()));
    a.apply(Action::Meta(MetaField::Assessor, "山田 太郎".into()));
    for id in layout
        .a1
        .iter()
        .chain(&layout.a2)
        .chain(&layout.self_check)
        .chain(&layout.actions)
    {
        a.apply(Action::Answer(id.clone(), Some(AnswerKind::Partial)));
    }
    for id in &layout.articles {
        a.apply(Action::Article(id.clone(), Some(ArticleStatus::Committed)));
    }
    for id in &layout.directions {
        a.apply(Action::Tier(id.clone(), TierEnd::Current, Some(2)));
        a.apply(Action::Tier(id.clone(), TierEnd::Target, Some(4)));
        a.apply(Action::Note(id.clone(), "根拠と担当者のメモ。".repeat(10)));
    }
    for n in 1..=5 {
        a.apply(Action::PolicySection(
            Id::from(format!("sme.policy{n}").as_str()),
            Some("当社は、情報セキュリティを経営の課題と位置付けます。".into()),
        ));
    }
    a
}

/// The figure in docs/formats.md ("about 6 kB") and its CSV: one row per answer, article, maturity value
/// and note, in layout order. (How long writing takes is the benchmark's business, not a test's.)
#[test]
fn one_complete_assessment_is_about_6_kb_and_exports_every_value() {
    let r = Record::with(
        RecordId::fresh(1_767_225_600_000, 1),
        1_767_225_600_000,
        complete(),
        123,
    );
    let json = r.to_json();
    assert!(
        (5_000..7_500).contains(&json.len()),
        "{} bytes: update docs/formats.md's \"about 6 kB\"",
        json.len()
    );

    let m = model();
    let layout = m.answerable(m.model_rev()).expect("layout");
    let out = csv::export(m, [&r], Lang::Ja);
    let body = out
        .trim_start_matches('\u{feff}')
        .split_once("\r\n")
        .expect("a header")
        .1;
    // Every data row split into its 9 fields, in file order (no field here needs quoting).
    let rows: Vec<Vec<&str>> = body
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| l.split(',').collect())
        .collect();
    let answers = layout
        .a1
        .iter()
        .chain(&layout.a2)
        .chain(&layout.self_check)
        .chain(&layout.actions)
        .count();
    let dirs = layout.directions.len();
    assert_eq!(
        rows.len(),
        answers + layout.articles.len() + 3 * dirs,
        "answers + articles + (current, target, note) per 指示; policy text is not exported"
    );
    assert_eq!(csv_rows(&out), 1 + rows.len(), "no quoted line breaks here");
    for row in &rows {
        assert_eq!(row.len(), 9, "{row:?}");
        assert_eq!(
            row[..4],
            [
                r.id.as_str(),
                "株式会社テスト 本社 情報システム部",
                "2025-04-01",
                "山田 太郎"
            ]
        );
    }
    let code = |id: &Id, section: Option<&str>| -> Vec<&str> {
        rows.iter()
            .filter(|row| row[5] == id.as_str() && section.is_none_or(|s| row[4] == s))
            .map(|row| row[8])
            .collect()
    };
    for id in layout
        .a1
        .iter()
        .chain(&layout.a2)
        .chain(&layout.self_check)
        .chain(&layout.actions)
    {
        assert_eq!(code(id, None), ["partial"], "{id}");
    }
    for id in &layout.articles {
        assert_eq!(code(id, None), ["committed"], "{id}");
    }
    for id in &layout.directions {
        assert_eq!(code(id, Some("現在の成熟度")), ["2"], "{id}");
        assert_eq!(code(id, Some("目標の成熟度")), ["4"], "{id}");
        let note: Vec<&str> = rows
            .iter()
            .filter(|row| row[5] == id.as_str() && row[4] == "メモ")
            .map(|row| row[7])
            .collect();
        assert_eq!(note, ["根拠と担当者のメモ。".repeat(10)], "{id}");
    }
    // Layout order: A-1, A-2, self-check, articles, actions, 指示; each item's rows together.
    let mut order: Vec<&str> = rows.iter().map(|row| row[5]).collect();
    order.dedup();
    assert_eq!(order, layout.all().map(Id::as_str).collect::<Vec<_>>());
}

#[test]
fn comparison_deltas_and_kinds() {
    let m = model();
    let mut a = Assessment::new();
    a.apply(Action::Answer(
        Id::from("v3.a2.1-1"),
        Some(AnswerKind::NotImplemented),
    ));
    a.apply(Action::Answer(Id::from("sc.01"), Some(AnswerKind::Partial)));
    let mut b = a.clone();
    b.apply(Action::Answer(
        Id::from("v3.a2.1-1"),
        Some(AnswerKind::Implemented),
    ));
    let c = compare(m, &a, &b);
    assert!(c.kinds.exec && c.kinds.sme);
    assert_eq!(c.items.len(), 1);
    assert_eq!(c.items[0].id, Id::from("v3.a2.1-1"));
    assert_eq!(c.directions[0].delta(), Some(100.0));
    assert_eq!(c.exec_overall, (Some(0.0), Some(100.0)));
    assert_eq!(c.sc_total.0 .0, 2);
    let empty = Assessment::new();
    assert!(!kinds(m, &empty).any());
}

/// Two assessments of one organisation a year apart, with answers moving every way.
fn year_on_year() -> (Assessment, Assessment) {
    let answer = |a: &mut Assessment, id: &str, k: Option<AnswerKind>| {
        a.apply(Action::Answer(Id::from(id), k));
    };
    let mut a = Assessment::new();
    a.apply(Action::Meta(MetaField::Name, "A社".into()));
    a.apply(Action::Meta(MetaField::Date, "2025-02-01".into()));
    answer(&mut a, "sc.01", Some(AnswerKind::Partial));
    answer(&mut a, "sc.02", Some(AnswerKind::Implemented));
    answer(&mut a, "sc.07", Some(AnswerKind::NotImplemented));
    answer(&mut a, "sc.25", Some(AnswerKind::Implemented));
    answer(&mut a, "v3.a2.3-2", Some(AnswerKind::NotImplemented));
    answer(&mut a, "v3.a1.p1-2", Some(AnswerKind::Implemented));
    answer(&mut a, "sme.act3", Some(AnswerKind::NotImplemented));
    let mut b = a.clone();
    b.apply(Action::Meta(MetaField::Date, "2026-02-01".into()));
    answer(&mut b, "sc.01", Some(AnswerKind::Implemented)); // 2 → 4
    answer(&mut b, "sc.02", Some(AnswerKind::Partial)); // 4 → 2
    answer(&mut b, "sc.07", Some(AnswerKind::DontKnow)); // 0 → −1
    answer(&mut b, "sc.03", Some(AnswerKind::Implemented)); // unanswered → 4
    answer(&mut b, "v3.a2.3-2", Some(AnswerKind::Implemented));
    answer(&mut b, "v3.a1.p1-2", Some(AnswerKind::NotApplicable));
    answer(&mut b, "sme.act3", Some(AnswerKind::DontKnow)); // 0 → 0 on the executive scale
    (a, b)
}

#[test]
fn comparison_columns_are_named_by_organisation_and_date() {
    let (a, b) = year_on_year();
    assert_eq!(
        column_names(&a, &b, Lang::Ja),
        ("A社（2025-02-01）".into(), "A社（2026-02-01）".into())
    );
    assert_eq!(
        column_names(&a, &b, Lang::En),
        ("A社 (2025-02-01)".into(), "A社 (2026-02-01)".into())
    );
    // The same name and date twice: told apart, never two identical columns.
    let (x, y) = column_names(&a, &a, Lang::Ja);
    assert_eq!(x, "A社（2025-02-01）（A）");
    assert_eq!(y, "A社（2025-02-01）（B）");
    // No name, no date.
    let e = Assessment::new();
    assert_eq!(column_names(&e, &a, Lang::Ja).0, "（名前なし）");
}

#[test]
fn comparison_marks_follow_the_points() {
    assert_eq!(Mark::of(Some(2), Some(4)), Mark::Improved);
    assert_eq!(Mark::of(Some(4), Some(2)), Mark::Worse);
    assert_eq!(Mark::of(Some(0), Some(0)), Mark::Unchanged);
    assert_eq!(Mark::of(None, Some(4)), Mark::NotComparable);
    assert_eq!(Mark::of::<i32>(Some(4), None), Mark::NotComparable);
    assert_eq!(Mark::of(Some(50.0), Some(75.0)), Mark::Improved);
    for m in [
        Mark::Improved,
        Mark::Worse,
        Mark::Unchanged,
        Mark::NotComparable,
    ] {
        assert!(!m.label(Lang::Ja).is_empty() && !m.label(Lang::En).is_empty());
    }
    assert_eq!(Mark::Improved.label(Lang::Ja), "改善");
    assert_eq!(Mark::Worse.label(Lang::En), "worse");
    assert_eq!(Mark::Unchanged.label(Lang::Ja), "変化なし");
}

#[test]
fn comparison_items_carry_official_numbers_and_marks() {
    let m = model();
    let (a, b) = year_on_year();
    let c = compare(m, &a, &b);
    let rows = item_rows(m, &c, Lang::Ja);
    let got: Vec<(&str, &str, Mark, Option<i32>)> = rows
        .iter()
        .map(|r| (r.id.as_str(), r.number.as_str(), r.mark, r.delta))
        .collect();
    // Official document order: A-1, A-2, self-diagnosis, 取組.
    assert_eq!(
        got,
        vec![
            ("v3.a1.p1-2", "原則1-2", Mark::NotComparable, None),
            ("v3.a2.3-2", "3-2", Mark::Improved, Some(4)),
            ("sc.01", "No.1", Mark::Improved, Some(2)),
            ("sc.02", "No.2", Mark::Worse, Some(-2)),
            ("sc.03", "No.3", Mark::NotComparable, None),
            ("sc.07", "No.7", Mark::Worse, Some(-1)),
            ("sme.act3", "取組3", Mark::Unchanged, Some(0)),
        ]
    );
    let sc01 = &rows[2];
    assert_eq!(
        (sc01.a.as_str(), sc01.b.as_str()),
        ("一部実施している", "実施している")
    );
    assert_eq!(rows[4].a, "–", "unanswered");
    assert!(
        rows.iter().all(|r| !r.text.is_empty()),
        "every item has its text"
    );
    let en = item_rows(m, &c, Lang::En);
    assert_eq!(en[0].number, "Principle 1-2");
    assert_eq!(en[6].number, "Initiative 3");
    // No internal ID as a label.
    assert!(rows
        .iter()
        .all(|r| !r.number.starts_with("sc.") && !r.number.starts_with("v3.")));
}

#[test]
fn comparison_net_change_per_part_and_direction() {
    let m = model();
    let (a, b) = year_on_year();
    let c = compare(m, &a, &b);
    let items = item_rows(m, &c, Lang::Ja);
    let net = net_rows(m, &c, &items, Lang::Ja);
    let row = |key: &str| {
        net.iter()
            .find(|r| r.key == key)
            .unwrap_or_else(|| panic!("no row {key}"))
    };
    // Self-diagnosis: a = 2+4+0+4 = 10; b = 4+2+4−1+4 = 13.
    let sme = row("sme");
    assert_eq!(
        (sme.a, sme.b, sme.unit),
        (Some(10.0), Some(13.0), Unit::Points)
    );
    assert_eq!(sme.delta_text(), "+3");
    assert_eq!(sme.mark(), Mark::Improved);
    assert_eq!(sme.provisional, (true, true));
    assert_eq!(sme.value_text(sme.a, true), "10*");
    assert_eq!((sme.improved, sme.worse), (1, 2));
    // Part 1: 6 → 10 (sc.01 up, sc.02 down, sc.03 new); part 2: 0 → −1; part 3: 4 → 4.
    let p1 = row("sc.part1");
    assert_eq!(p1.label, "パート1");
    assert_eq!(
        (p1.delta_text(), p1.mark(), p1.improved, p1.worse),
        ("+4".into(), Mark::Improved, 1, 1)
    );
    let p2 = row("sc.part2");
    assert_eq!(
        (p2.delta_text(), p2.mark(), p2.worse),
        ("-1".into(), Mark::Worse, 1)
    );
    let p3 = row("sc.part3");
    assert_eq!((p3.delta_text(), p3.mark()), ("0".into(), Mark::Unchanged));
    // 指示3: 0 % → 100 %, in percentage points; the other 指示 have no score on either side.
    let d3 = row("v3.d3");
    assert_eq!(d3.label, "指示3");
    assert_eq!(
        (d3.unit, d3.delta_text(), d3.mark(), d3.improved),
        (Unit::Percent, "+100".into(), Mark::Improved, 1)
    );
    assert_eq!(d3.value_text(d3.b, false), "100%");
    assert_eq!(row("v3.d1").mark(), Mark::NotComparable);
    assert_eq!(row("exec").delta_text(), "+100");
    assert_eq!(net_rows(m, &c, &items, Lang::En)[1].label, "Part 1");
}

#[test]
fn comparison_csv_names_columns_and_marks_every_row() {
    let m = model();
    let (a, b) = year_on_year();
    let out = to_csv(m, &a, &b, Lang::Ja);
    assert!(out.starts_with('\u{feff}'));
    assert!(out.ends_with("\r\n"));
    let lines: Vec<&str> = out.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "区分,番号,項目,A社（2025-02-01）,A社（2026-02-01）,差（右−左）,変化,改善した項目数,悪化した項目数"
    );
    assert_eq!(lines[1], "合計・小計,自社診断の合計点,,10*,13*,+3,改善,1,2");
    assert!(lines
        .iter()
        .any(|l| l.starts_with("合計・小計,パート2,") && l.ends_with(",0,-1,-1,悪化,0,1")));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("合計・小計,指示3,") && l.contains(",0%,100%,+100,改善,1,0")));
    assert!(lines.iter().any(|l| l.starts_with("自社診断,No.1,")
        && l.ends_with(",一部実施している,実施している,+2,改善,,")));
    assert!(lines.iter().any(|l| l.starts_with("付録A-2,3-2,")));
    // 1 header + 1 total + 3 parts + 1 A-2 overall + 10 指示 + 7 items, then the final CRLF.
    assert_eq!(csv_rows(&out), 1 + 1 + 3 + 1 + 10 + 7);
    let en = to_csv(m, &a, &b, Lang::En);
    assert!(en.contains("Section,No.,Item,A社 (2025-02-01),A社 (2026-02-01)"));
    assert!(en.contains(",improved,"));
}

/// The SME path moved from the 2nd edition's Steps 1–4 to 第3.1版's four stages. Stored
/// assessments keep their format (answers are keyed by the same model IDs), so the "migration"
/// is the identity; this proves it on a complete SME assessment written in today's format:
/// every answer, article, policy field and the record's metadata survive byte for byte, and the
/// new stage view reads them.
#[test]
fn a_complete_sme_record_of_todays_format_keeps_every_answer_under_the_stages() {
    use shindan_core::assessment::{stage_progress, star_two};
    let raw = fixture("v2-record-sme-complete.json");
    let r = Record::from_json(raw.trim()).expect("today's format reads");
    assert_eq!(r.to_json(), raw.trim(), "nothing lost, nothing added");
    let a = &r.assessment;
    let m = model();
    for it in &m.sme.self_check.items {
        assert!(a.answer(&it.id).is_some(), "{} kept", it.id);
    }
    for act in m.actions() {
        assert!(a.answer(&act.id).is_some(), "{} kept", act.id);
    }
    assert_eq!(a.articles.len(), 5);
    assert!(a.policy.established && a.policy.published);
    assert_eq!(a.policy.representative, "山田 太郎");

    let stages = stage_progress(m, a);
    assert_eq!(stages.len(), 4);
    assert!(
        stages[0].complete,
        "every article done or committed: stage 1"
    );
    assert_eq!(stages[0].star, Some((Id::from("sa.star1"), true)));
    assert!(
        stages[1].complete,
        "policy set and published, 25 answered, No.25 implemented"
    );
    assert_eq!(stages[1].star, Some((Id::from("sa.star2"), true)));
    assert!(star_two(m, a).ready);
    assert!(!stages[2].assessed && !stages[3].assessed);
}

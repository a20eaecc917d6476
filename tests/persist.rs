//! Storage schema, migrations, backup import rules and CSV export, from the committed fixtures
//! in `tests/fixtures/storage/` (one per released format and per kind of bad input).

use std::collections::BTreeMap;

use shindan::assessment::{Action, ArticleStatus, Assessment, MetaField, TierEnd};
use shindan::lang::Lang;
use shindan::model::{model, AnswerKind, Id};
use shindan::persist::backup::{merge, Backup, BackupError, ImportChoice, ImportItem, ImportPlan};
use shindan::persist::compare::{compare, kinds};
use shindan::persist::csv;
use shindan::persist::migrate::{from_v1, read_v1, V1_ID};
use shindan::persist::record::{ReadError, Record, RecordId, UiState};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/storage/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const V1_FIXTURES: &[&str] = &[
    "v1-empty.json",
    "v1-sme.json",
    "v1-executive.json",
    "v1-minimal-fields.json",
];

#[test]
fn every_released_v1_fixture_migrates_and_round_trips() {
    for name in V1_FIXTURES {
        let raw = fixture(name);
        let record = from_v1(&raw, 1_700_000_000_000).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(record.id.as_str(), V1_ID, "{name}");
        assert_eq!(record.revision, 1, "{name}: migrated records are stored");
        // Nothing of the old value is lost: the assessment is exactly what format 1 held.
        assert_eq!(record.assessment, read_v1(&raw).expect("reads"), "{name}");
        let json = record.to_json();
        assert_eq!(
            Record::from_json(&json),
            Ok(record),
            "{name}: v2 round trip"
        );
    }
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
        Err(BackupError::Newer(2))
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
    changed.assessment.name = "名前を変更".into();
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

#[test]
fn size_of_one_complete_assessment() {
    let r = Record::with(
        RecordId::fresh(1_767_225_600_000, 1),
        1_767_225_600_000,
        complete(),
        123,
    );
    let json = r.to_json();
    let bare = Record::with(
        RecordId::fresh(1, 1),
        1,
        {
            let mut a = complete();
            a.notes.clear();
            a.policy.sections.clear();
            a
        },
        1,
    )
    .to_json();
    println!(
        "complete record: {} bytes (UTF-8), {} UTF-16 units; without notes/policy text: {} bytes",
        json.len(),
        json.encode_utf16().count(),
        bare.len()
    );
    // Far below the ~5 MB localStorage quota: hundreds of assessments fit.
    assert!(json.len() < 20_000);
    let csv_text = csv::export(model(), [&r], Lang::Ja);
    println!("its CSV: {} bytes", csv_text.len());
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

/// The SME path moved from the 2nd edition's Steps 1–4 to 第3.1版's four stages. Stored
/// assessments keep their format (answers are keyed by the same model IDs), so the "migration"
/// is the identity; this proves it on a complete SME assessment written in today's format:
/// every answer, article, policy field and the record's metadata survive byte for byte, and the
/// new stage view reads them.
#[test]
fn a_complete_sme_record_of_todays_format_keeps_every_answer_under_the_stages() {
    use shindan::assessment::{stage_progress, star_two};
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

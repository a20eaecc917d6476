//! The backup panel's view-model (`vm::backup`), case by case: exporting (asked, offered,
//! refused), and the import's every state — idle, a file too large, reading, unreadable, not
//! a backup, damaged, newer, a damaged register, the preview of what restoring changes (new,
//! same and conflicting assessments, what the register gains, read-only register), the
//! choices, confirmed, cancelled — each with the message it shows and the command it sends.
//! The files are the committed fixtures of `tests/fixtures/storage`.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::rc::Rc;

use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::storage::backup::{
    Backup, BackupError, ImportChoice, ImportPlan, MAX_BACKUP_BYTES,
};
use shindan_core::storage::record::{Record, RecordId};
use shindan_core::store::library::Library;
use shindan_core::store::scs::Scs;
use shindan_core::store::Supply;
use shindan_core::vm::backup::*;
use shindan_core::vm::Update;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../tests/fixtures/storage/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn id(s: &str) -> RecordId {
    RecordId::parse(s).unwrap()
}

fn library(records: Vec<Record>) -> Rc<Library> {
    Rc::new(Library::new(
        records,
        None,
        BTreeMap::new(),
        1_000,
        id("fresh"),
    ))
}

fn kept_scs(read_only: bool) -> Rc<Scs> {
    Rc::new(Scs {
        read_only,
        ..Scs::default()
    })
}

fn supply(read_only: bool) -> Rc<Supply> {
    Rc::new(Supply {
        read_only,
        ..Supply::default()
    })
}

/// The panel after `text` was picked and read against `lib` and `sup`.
fn read(text: Result<String, String>, lib: Rc<Library>, sup: Rc<Supply>) -> BackupState {
    let mut s = BackupState::default();
    assert_eq!(
        s.update(BackupEvent::Picked(100)),
        Some(BackupCommand::Read)
    );
    assert_eq!(s.import, Import::Reading);
    assert_eq!(s.notice(Lang::Ja), None);
    assert_eq!(s.review(Lang::Ja, false), None);
    let r = s.update(BackupEvent::Read {
        text,
        library: lib,
        supply: sup,
        scs: kept_scs(false),
    });
    assert_eq!(r, None);
    s
}

/// The refusal shown after reading `text` into an empty library.
fn refusal(text: &str) -> (BackupState, Option<Notice>) {
    let s = read(Ok(text.to_string()), library(vec![]), supply(false));
    let n = s.notice(Lang::Ja);
    assert_eq!(s.review(Lang::Ja, false), None);
    (s, n)
}

/// The v2 fixture's records: one stored as it is, the other stored with other answers.
fn stored_same_and_changed() -> Vec<Record> {
    let b = Backup::parse(&fixture("backup-v2.json")).unwrap();
    let same = b.assessments[0].clone();
    let mut changed = b.assessments[1].clone();
    let mut a = (*changed.assessment).clone();
    a.name = "株式会社テスト（手元）".into();
    changed.assessment = Rc::new(a);
    vec![same, changed]
}

#[test]
fn at_rest_the_panel_shows_no_preview_no_message_and_no_export_failure() {
    let s = BackupState::default();
    assert_eq!(s.import, Import::Idle);
    assert!(!s.export_failed);
    assert_eq!(s.notice(Lang::Ja), None);
    assert_eq!(s.review(Lang::Ja, false), None);
}

#[test]
fn exports_are_asked_for_and_a_refused_download_is_shown_until_one_succeeds() {
    let mut s = BackupState::default();
    assert_eq!(
        s.update(BackupEvent::ExportAll),
        Some(BackupCommand::ExportAll {
            with_workbook: false
        })
    );
    assert_eq!(
        s.update(BackupEvent::ExportCsv),
        Some(BackupCommand::ExportCsv)
    );
    assert_eq!(s, BackupState::default());
    assert_eq!(s.update(BackupEvent::Exported(false)), None);
    assert!(s.export_failed);
    s.update(BackupEvent::Exported(true));
    assert!(!s.export_failed);
}

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_read() {
    let mut s = BackupState::default();
    let size = MAX_BACKUP_BYTES + 1;
    assert_eq!(s.update(BackupEvent::Picked(size)), None);
    assert_eq!(s.import, Import::Rejected(BackupError::TooLarge(size)));
    assert_eq!(
        s.notice(Lang::Ja),
        Some(Notice::Refused {
            msg: Msg::ImportTooLarge,
            reason: "TooLarge"
        })
    );
    // Exactly at the limit is read.
    assert_eq!(
        s.update(BackupEvent::Picked(MAX_BACKUP_BYTES)),
        Some(BackupCommand::Read)
    );
    assert_eq!(s.import, Import::Reading);
}

#[test]
fn a_file_the_browser_cannot_read_says_so() {
    let s = read(
        Err("NotReadableError".into()),
        library(vec![]),
        supply(false),
    );
    assert_eq!(s.import, Import::ReadFailed);
    assert_eq!(s.notice(Lang::En), Some(Notice::ReadFailed));
}

#[test]
fn each_refused_file_names_its_reason_and_says_nothing_changed() {
    let damaged_register = {
        let mut v: serde_json::Value = serde_json::from_str(&fixture("backup-v2.json")).unwrap();
        v["responder"] = serde_json::json!({ "format": 1 });
        v.to_string()
    };
    let cases = [
        (
            fixture("backup-not-ours.json"),
            Msg::ImportNotOurs,
            "NotOurs",
        ),
        (
            "{\"kind\": \"shindan-backup\", \"vers".to_string(),
            Msg::ImportMalformed,
            "Malformed",
        ),
        (
            fixture("backup-malformed.json"),
            Msg::ImportMalformed,
            "Malformed",
        ),
        (fixture("backup-newer.json"), Msg::ImportNewer, "Newer"),
        (damaged_register, Msg::ImportSupplyDamaged, "Supply"),
    ];
    for (text, msg, reason) in cases {
        let (s, n) = refusal(&text);
        assert!(matches!(s.import, Import::Rejected(_)), "{reason}");
        assert_eq!(n, Some(Notice::Refused { msg, reason }), "{reason}");
    }
    assert_eq!(
        refused_text(Lang::Ja, Msg::ImportNewer),
        format!(
            "{} {}",
            t(Lang::Ja, Msg::ImportNewer),
            t(Lang::Ja, Msg::ImportNothingChanged)
        )
    );
    assert!(refused_text(Lang::En, Msg::ImportNotOurs).ends_with("Nothing stored was changed."));
}

#[test]
fn a_version_1_file_into_an_empty_library_previews_new_assessments_and_no_register() {
    let s = read(
        Ok(fixture("backup-v1.json")),
        library(vec![]),
        supply(false),
    );
    let r = s.review(Lang::Ja, false).unwrap();
    assert_eq!((r.new, r.same), (2, 0));
    assert!(r.conflicts.is_empty());
    assert_eq!(r.supply, None);
    assert_eq!(s.notice(Lang::Ja), None);
}

#[test]
fn the_preview_counts_same_and_conflicting_assessments_and_what_the_register_gains() {
    let file = Backup::parse(&fixture("backup-v2.json")).unwrap();
    let mut held = file.supply.clone().unwrap();
    held.requests.truncate(1);
    held.partners.truncate(1);
    let sup = Rc::new(Supply {
        value: held,
        ..Supply::default()
    });
    let s = read(
        Ok(fixture("backup-v2.json")),
        library(stored_same_and_changed()),
        sup,
    );
    let r = s.review(Lang::Ja, false).unwrap();
    assert_eq!((r.new, r.same), (0, 1));
    assert_eq!(
        r.conflicts,
        [ConflictRow {
            id: id("v1-current"),
            existing: "株式会社テスト（手元）".into(),
            incoming: "株式会社テスト".into(),
            choice: ImportChoice::KeepBoth,
        }]
    );
    let lines = r.supply.unwrap();
    assert_eq!((lines.new_requests, lines.new_partners), (1, 1));
    assert_eq!(
        lines.requests,
        "取引先への依頼（秘密鍵を含む）：2 件（うち新規 1 件）"
    );
    assert!(
        lines.partners.starts_with("取引先：2 社（うち新規 1 社、"),
        "{}",
        lines.partners
    );
    assert!(!lines.read_only);
    // A register this build may not write: the warning replaces the note.
    assert!(s.review(Lang::Ja, true).unwrap().supply.unwrap().read_only);
    let en = s.review(Lang::En, false).unwrap().supply.unwrap();
    assert_eq!(
        en.requests,
        "Requests to partners (with their private keys): 2 (1 new)"
    );
}

#[test]
fn choices_are_kept_per_conflict_and_confirming_sends_them_with_the_plan() {
    let lib = library(stored_same_and_changed());
    let mut s = read(Ok(fixture("backup-v2.json")), lib.clone(), supply(false));
    assert_eq!(
        s.update(BackupEvent::Choose(id("v1-current"), ImportChoice::Merge)),
        None
    );
    assert_eq!(
        s.review(Lang::Ja, false).unwrap().conflicts[0].choice,
        ImportChoice::Merge
    );
    let cmd = s
        .update(BackupEvent::Apply {
            supply: supply(false),
            scs: kept_scs(false),
        })
        .unwrap();
    let plan = ImportPlan::new(
        &lib.records,
        Backup::parse(&fixture("backup-v2.json")).unwrap(),
    );
    let choices = BTreeMap::from([(id("v1-current"), ImportChoice::Merge)]);
    assert_eq!(
        cmd,
        BackupCommand::Restore {
            plan: plan.clone(),
            choices: choices.clone(),
            scs: None,
        }
    );
    // One conflict stores one record (the merge); the same one is skipped.
    assert_eq!(plan.restore(&choices, 5, || id("x")).records.len(), 1);
    let Import::Done {
        stored,
        added,
        scs: None,
    } = &s.import
    else {
        panic!("{:?}", s.import)
    };
    assert_eq!(*stored, 1);
    let added = added.unwrap();
    assert_eq!((added.added.requests, added.added.partners), (2, 2));
    assert_eq!(
        s.notice(Lang::En),
        Some(Notice::Done {
            stored: 1,
            supply: Some(format!(
                "Requests added: 2; partners added: 2; responses added: {}.",
                added.added.results
            )),
            scs: None,
        })
    );
    assert_eq!(s.review(Lang::En, false), None);
}

#[test]
fn confirming_counts_every_new_and_conflicting_assessment_and_no_register_when_read_only() {
    let mut s = read(
        Ok(fixture("backup-v2.json")),
        library(vec![]),
        supply(false),
    );
    s.update(BackupEvent::Apply {
        supply: supply(true),
        scs: kept_scs(false),
    });
    assert_eq!(
        s.import,
        Import::Done {
            stored: 2,
            added: None,
            scs: None,
        }
    );
    assert_eq!(
        s.notice(Lang::Ja),
        Some(Notice::Done {
            stored: 2,
            supply: None,
            scs: None,
        })
    );

    let mut v1 = read(
        Ok(fixture("backup-v1.json")),
        library(vec![]),
        supply(false),
    );
    v1.update(BackupEvent::Apply {
        supply: supply(false),
        scs: kept_scs(false),
    });
    assert_eq!(
        v1.import,
        Import::Done {
            stored: 2,
            added: None,
            scs: None,
        }
    );
}

#[test]
fn cancelling_the_preview_changes_nothing_and_clears_it() {
    let mut s = read(
        Ok(fixture("backup-v1.json")),
        library(vec![]),
        supply(false),
    );
    assert_eq!(s.update(BackupEvent::Cancel), None);
    assert_eq!(s.import, Import::Idle);
    assert_eq!(s.notice(Lang::Ja), None);
    assert_eq!(s.review(Lang::Ja, false), None);
}

#[test]
fn choosing_or_confirming_without_a_preview_sends_nothing() {
    let mut s = BackupState::default();
    assert_eq!(
        s.update(BackupEvent::Choose(id("a"), ImportChoice::Merge)),
        None
    );
    assert_eq!(
        s.update(BackupEvent::Apply {
            supply: supply(false),
            scs: kept_scs(false)
        }),
        None
    );
    assert_eq!(s, BackupState::default());

    let mut refused = refusal(&fixture("backup-newer.json")).0;
    let before = refused.clone();
    assert_eq!(
        refused.update(BackupEvent::Apply {
            supply: supply(false),
            scs: kept_scs(false)
        }),
        None
    );
    assert_eq!(refused, before);
}

#[test]
fn a_read_finishing_after_the_user_moved_on_is_dropped() {
    let mut s = BackupState::default();
    s.update(BackupEvent::Picked(10));
    s.update(BackupEvent::Picked(MAX_BACKUP_BYTES + 5));
    s.update(BackupEvent::Read {
        text: Ok(fixture("backup-v1.json")),
        library: library(vec![]),
        supply: supply(false),
        scs: kept_scs(false),
    });
    assert_eq!(
        s.import,
        Import::Rejected(BackupError::TooLarge(MAX_BACKUP_BYTES + 5))
    );
}

#[test]
fn a_new_file_replaces_the_outcome_of_the_last() {
    let mut s = read(
        Ok(fixture("backup-v1.json")),
        library(vec![]),
        supply(false),
    );
    s.update(BackupEvent::Apply {
        supply: supply(false),
        scs: kept_scs(false),
    });
    assert!(matches!(s.import, Import::Done { .. }));
    assert_eq!(s.update(BackupEvent::Picked(10)), Some(BackupCommand::Read));
    assert_eq!(s.import, Import::Reading);
    assert_eq!(s.notice(Lang::Ja), None);
}

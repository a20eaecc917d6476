//! The SCS ★3/★4 self-assessment in the backup of everything (version 3), natively on the
//! synthetic workbook: the section round-trips with and without IPA's text (without it, only
//! what identifies the copy); a file without it stays version 2 and version-2 files still read;
//! a section of a newer format or a damaged one refuses the whole file; restoring never
//! overwrites (only criteria not answered here are filled; a different copy gives only the IDs
//! known here); a file of one assessment never carries it; the panel's preview and summary say
//! what was taken; and answers restored without a workbook survive its first opening.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::rc::Rc;

use shindan_core::lang::Lang;
use shindan_core::scs::{Answer, Level, Mark, Read, WorkbookRef};
use shindan_core::storage::backup::{
    Backup, BackupError, ImportPlan, BACKUP_VERSION, BACKUP_VERSION_PLAIN,
};
use shindan_core::storage::record::{Record, RecordId};
use shindan_core::storage::scs::{Filled, ScsFile};
use shindan_core::store::library::Library;
use shindan_core::store::scs::{Scs, ScsAction};
use shindan_core::store::Supply;
use shindan_core::vm::backup::*;
use shindan_core::vm::scs::{OpenCommand, OpenEvent, OpenState, ScsOpen};
use shindan_core::vm::Update;

const BLANK: &[u8] = include_bytes!("../../scs/tests/fixtures/synthetic.xlsx");
const NOW: u64 = 1_800_000_000_000;

fn read() -> Read {
    let mut r = Read::from_scs(&shindan_scs::read(BLANK).unwrap());
    r.workbook.file_name = "scs-synthetic.xlsx".into();
    r.workbook.read_at = NOW;
    r
}

/// The synthetic workbook opened, with `marks` given.
fn kept(marks: &[(&str, Mark)]) -> ScsFile {
    let r = read();
    let mut f = ScsFile::default();
    ScsAction::Open {
        workbook: Box::new(r.workbook),
        answers: Some(r.answers),
    }
    .apply_to(&mut f);
    for (id, m) in marks {
        assert!(ScsAction::Mark((*id).into(), *m).apply_to(&mut f), "{id}");
    }
    f
}

/// The IDs of the first `n` ★3 and ★4 criteria.
fn ids(level: Level, n: usize) -> Vec<String> {
    read()
        .workbook
        .level(level)
        .take(n)
        .map(|c| c.id.clone())
        .collect()
}

/// An invented criterion text of the synthetic workbook: it must never be in a file made
/// without IPA's text.
fn a_criterion_text() -> String {
    read().workbook.criteria[0].text().to_owned()
}

fn record(id: &str) -> Record {
    Record::with(
        RecordId::parse(id).unwrap(),
        NOW,
        shindan_core::assessment::Assessment::new(),
        1,
    )
}

/// The backup of everything's text, as the whole app writes it.
fn everything(scs: &ScsFile, with_text: bool) -> String {
    Backup::new(&[record("a1")], NOW, "0.1.0").to_json_with_scs(scs.for_backup(with_text).as_ref())
}

fn edited(json: &str, from: &str, to: &str) -> String {
    assert!(json.contains(from), "{from} not in the file");
    json.replacen(from, to, 1)
}

#[test]
fn with_and_without_ipa_s_text_the_section_round_trips_as_version_3() {
    let [a, b] = [&ids(Level::Star3, 2)[0], &ids(Level::Star3, 2)[1]];
    let f = kept(&[(a, Mark::Met), (b, Mark::Partly)]);
    let text = a_criterion_text();
    assert!(text.len() > 8, "{text}");

    // Without the text (the default): the answers, and which copy they were made against.
    let json = everything(&f, false);
    assert!(!json.contains(&text), "IPA's text must not be in the file");
    assert!(json.contains("\"answered_with\"") && json.contains("\"workbook\": null"));
    let (back, s) = Backup::parse_with_scs(&json).unwrap();
    assert_eq!(back.version, BACKUP_VERSION);
    assert_eq!(
        back.to_json_with_scs(s.as_ref()),
        json,
        "written back byte for byte"
    );
    let s = s.unwrap();
    assert_eq!((s.format, &s.workbook, &s.answers), (1, &None, &f.answers));
    let wb = f.workbook.as_ref().unwrap();
    assert_eq!(
        s.answered_with.as_deref(),
        Some(&WorkbookRef {
            edition: wb.edition.clone(),
            sha256: wb.sha256.clone(),
            file_name: "scs-synthetic.xlsx".into(),
        })
    );

    // The writer the first screen links never writes it.
    assert!(!back.to_json().contains("\"scs\""));

    // With it: the SCS assessment exactly as kept.
    let json = everything(&f, true);
    assert!(json.contains(&text));
    let (back, s) = Backup::parse_with_scs(&json).unwrap();
    assert_eq!(s.as_ref(), Some(&f));
    assert_eq!(back.to_json_with_scs(s.as_ref()), json);
}

#[test]
fn without_an_scs_assessment_the_file_stays_version_2_and_version_2_files_still_read() {
    assert_eq!(ScsFile::default().for_backup(true), None);
    let none = Backup::new(&[record("a1")], NOW, "0.1.0").to_json_with_scs(None);
    let (b, s) = Backup::parse_with_scs(&none).unwrap();
    assert_eq!((b.version, s), (BACKUP_VERSION_PLAIN, None));
    assert!(!none.contains("\"scs\""));
    let text = std::fs::read_to_string(format!(
        "{}/../../tests/fixtures/storage/backup-v2.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let (v2, s) = Backup::parse_with_scs(&text).unwrap();
    assert_eq!((v2.version, &s), (2, &None));
    assert_eq!(ImportPlan::new(&BTreeMap::new(), v2).with_scs(s).scs, None);
    // A version-2 file never had the section: one that claims to is not ours as written.
    let mut v3 = everything(&kept(&[]), false);
    v3 = edited(&v3, "\"version\": 3", "\"version\": 2");
    assert!(matches!(Backup::parse(&v3), Err(BackupError::Malformed(_))));
}

#[test]
fn a_file_of_one_assessment_never_carries_it() {
    // The whole app adds the section to the backup of everything only (hooks::download); a
    // file of one assessment is `Backup::new` alone.
    let one = Backup::new(&[record("a1")], NOW, "0.1.0");
    assert_eq!(one.version, BACKUP_VERSION_PLAIN);
    assert!(!one.to_json().contains("scs"));
}

#[test]
fn a_newer_or_damaged_section_refuses_the_whole_file() {
    let id = &ids(Level::Star3, 1)[0];
    let good = everything(&kept(&[(id, Mark::Met)]), false);
    let with_text = everything(&kept(&[(id, Mark::Met)]), true);
    let star4 = &ids(Level::Star4, 1)[0];
    for (what, text, want) in [
        (
            "newer format",
            edited(
                &good,
                "\"format\": 1,\n    \"workbook\"",
                "\"format\": 2,\n    \"workbook\"",
            ),
            Some(BackupError::ScsNewer(2)),
        ),
        (
            "an unknown mark",
            edited(&good, "\"mark\": \"met\"", "\"mark\": \"maybe\""),
            None,
        ),
        (
            "not a criterion ID",
            edited(&good, &format!("\"{id}\""), "\"first\""),
            None,
        ),
        (
            "an unknown field",
            edited(&good, "\"answered_with\"", "\"answered_by\""),
            None,
        ),
        (
            "an answer to a criterion its workbook does not have",
            edited(
                &with_text,
                &format!("\"answers\": {{\n      \"{id}\""),
                &format!("\"answers\": {{\n      \"{star4}9\""),
            ),
            None,
        ),
        (
            "not an object",
            edited(&good, "\"scs\": {", "\"scs\": [{").replacen("\n  }\n}", "\n  }]\n}", 1),
            None,
        ),
    ] {
        let r = Backup::parse(&text);
        match want {
            Some(e) => assert_eq!(r, Err(e), "{what}"),
            None => assert!(matches!(r, Err(BackupError::Scs(_))), "{what}: {r:?}"),
        }
    }
    // In the panel: refused with its own message, and nothing to restore.
    for (text, msg, reason) in [
        (
            edited(&good, "\"mark\": \"met\"", "\"mark\": \"maybe\""),
            shindan_core::i18n::Msg::ImportScsDamaged,
            "Scs",
        ),
        (
            edited(
                &good,
                "\"format\": 1,\n    \"workbook\"",
                "\"format\": 7,\n    \"workbook\"",
            ),
            shindan_core::i18n::Msg::ImportScsNewer,
            "ScsNewer",
        ),
    ] {
        let mut s = panel_read(&text, &kept(&[]));
        assert_eq!(s.notice(Lang::En), Some(Notice::Refused { msg, reason }));
        assert_eq!(s.review(Lang::En, false), None);
        assert_eq!(s.update(apply(&kept(&[]))), None, "nothing is taken");
    }
    // And a file older builds read: a version above theirs is their "newer version".
    assert_eq!(
        Backup::parse(&edited(&good, "\"version\": 3", "\"version\": 4")),
        Err(BackupError::Newer(4))
    );
}

#[test]
fn restoring_fills_only_criteria_not_answered_here() {
    let s3 = ids(Level::Star3, 4);
    let file = kept(&[
        (&s3[0], Mark::Met),
        (&s3[1], Mark::Met),
        (&s3[2], Mark::NotMet),
    ]);
    // Here: the same copy, one criterion answered the same, one differently, one not at all.
    let mut here = kept(&[
        (&s3[0], Mark::Met),
        (&s3[1], Mark::Partly),
        (&s3[3], Mark::Met),
    ]);
    let before = here.clone();
    let done = here.fill(&file.for_backup(false).unwrap());
    assert_eq!(
        done,
        Filled {
            taken: 1,
            kept: 2,
            different: 1,
            ..Filled::default()
        }
    );
    assert_eq!(here.workbook, before.workbook);
    assert_eq!(here.answers[&s3[1]].mark, Mark::Partly, "ours kept");
    assert_eq!(here.answers[&s3[2]].mark, Mark::NotMet, "taken");
    assert_eq!(here.answers[&s3[3]].mark, Mark::Met);
    assert_eq!(here.answered_with, None, "never kept here");
    // Restoring the same file again takes nothing more.
    let again = here.clone().fill(&file.for_backup(true).unwrap());
    assert_eq!((again.taken, again.kept), (0, 3));

    // Nothing kept here: the file's section is taken whole, with its text when it has it…
    let mut empty = ScsFile::default();
    let done = empty.fill(&file.for_backup(true).unwrap());
    assert_eq!(empty, file);
    assert!(done.workbook_taken && done.open_copy.is_none());
    assert_eq!(done.taken, file.answers.len());
    // …and without it the answers are kept, waiting for the copy they were made against.
    let mut empty = ScsFile::default();
    let done = empty.fill(&file.for_backup(false).unwrap());
    assert_eq!((&empty.workbook, &empty.answers), (&None, &file.answers));
    assert_eq!(
        done.open_copy.map(|c| c.file_name),
        Some("scs-synthetic.xlsx".to_owned())
    );

    // Through the SCS assessment's own action (what the panel sends; another tab gets it as
    // any change to the stored value).
    let mut via = before.clone();
    assert!(ScsAction::Fill(Box::new(file.for_backup(false).unwrap())).apply_to(&mut via));
    assert_eq!(via, here);
}

#[test]
fn a_different_copy_gives_only_the_answers_to_criteria_known_here() {
    let s3 = ids(Level::Star3, 2);
    let s4 = ids(Level::Star4, 3);
    let file = kept(&[
        (&s3[0], Mark::Met),
        (&s3[1], Mark::Partly),
        (&s4[0], Mark::Met),
        (&s4[1], Mark::NotMet),
        (&s4[2], Mark::Met),
    ]);
    // This browser holds another edition: other bytes, and without ★4's criteria.
    let mut here = kept(&[]);
    {
        let wb = here.workbook.as_mut().unwrap();
        wb.sha256 = "0".repeat(64);
        wb.edition = "scs-2027-01-01".into();
        wb.criteria.retain(|c| c.level == Level::Star3);
    }
    let mine = here.workbook.clone();
    for section in [
        file.for_backup(true).unwrap(),
        file.for_backup(false).unwrap(),
    ] {
        let mut h = here.clone();
        let done = h.fill(&section);
        assert_eq!(
            (
                done.taken,
                done.left_out,
                done.other_copy,
                done.workbook_taken
            ),
            (2, 3, true, false)
        );
        assert_eq!(h.workbook, mine, "this browser's workbook is kept");
        assert!(h.answers.keys().all(|id| s3.contains(id)));
    }
    // The same copy is not "another".
    let done = kept(&[]).fill(&file.for_backup(false).unwrap());
    assert!(!done.other_copy && done.left_out == 0);
}

fn library() -> Rc<Library> {
    Rc::new(Library::new(
        vec![],
        None,
        BTreeMap::new(),
        1_000,
        RecordId::parse("fresh").unwrap(),
    ))
}

fn as_kept(f: &ScsFile) -> Rc<Scs> {
    Rc::new(Scs {
        value: f.clone(),
        base: f.clone(),
        ..Scs::default()
    })
}

fn panel_read(text: &str, here: &ScsFile) -> BackupState {
    let mut s = BackupState::default();
    s.update(BackupEvent::Picked(text.len()));
    s.update(BackupEvent::Read {
        text: Ok(text.to_owned()),
        library: library(),
        supply: Rc::new(Supply::default()),
        scs: as_kept(here),
    });
    s
}

fn apply(here: &ScsFile) -> BackupEvent {
    BackupEvent::Apply {
        supply: Rc::new(Supply::default()),
        scs: as_kept(here),
    }
}

#[test]
fn the_panel_asks_for_the_text_only_when_ticked_and_says_what_the_restore_did() {
    let mut s = BackupState::default();
    assert_eq!(
        s.update(BackupEvent::ExportAll),
        Some(BackupCommand::ExportAll {
            with_workbook: false
        })
    );
    s.update(BackupEvent::WithWorkbook(true));
    assert_eq!(
        s.update(BackupEvent::ExportAll),
        Some(BackupCommand::ExportAll {
            with_workbook: true
        })
    );

    let s3 = ids(Level::Star3, 3);
    let file = kept(&[
        (&s3[0], Mark::Met),
        (&s3[1], Mark::NotMet),
        (&s3[2], Mark::Met),
    ]);
    let here = kept(&[(&s3[0], Mark::Partly)]);
    let json = everything(&file, false);
    let mut s = panel_read(&json, &here);
    let review = s.review(Lang::En, false).unwrap();
    let lines = review.scs.unwrap();
    assert_eq!(
        lines.answers,
        "SCS self-assessment answers: 3 (2 for criteria not answered here will be taken)"
    );
    assert_eq!(lines.taken, 2);
    assert!(!lines.with_text && !lines.read_only);
    let sha: String = file
        .workbook
        .as_ref()
        .unwrap()
        .sha256
        .chars()
        .take(12)
        .collect();
    assert!(
        lines.copy.contains("scs-synthetic.xlsx") && lines.copy.contains(&sha),
        "{}",
        lines.copy
    );

    // Another tab answered one more meanwhile: the summary counts against what is kept now.
    let now_here = kept(&[(&s3[0], Mark::Partly), (&s3[1], Mark::Met)]);
    let cmd = s.update(apply(&now_here)).unwrap();
    let BackupCommand::Restore {
        scs: Some(sent), ..
    } = cmd
    else {
        panic!("{cmd:?}")
    };
    assert_eq!(sent.answers, file.answers);
    let Some(Notice::Done {
        scs: Some(text), ..
    }) = s.notice(Lang::En)
    else {
        panic!("{:?}", s.notice(Lang::En))
    };
    assert_eq!(
        text,
        "SCS answers: 1 taken; 2 already answered here kept (2 of them differ from the file)."
    );
    let Some(Notice::Done { scs: Some(ja), .. }) = s.notice(Lang::Ja) else {
        panic!()
    };
    assert!(ja.starts_with("SCS の回答：1 件を取り込み"), "{ja}");

    // Into an empty browser without the text: the summary says which copy to open.
    let mut s = panel_read(&json, &ScsFile::default());
    s.update(apply(&ScsFile::default()));
    let Some(Notice::Done {
        scs: Some(text), ..
    }) = s.notice(Lang::En)
    else {
        panic!()
    };
    assert!(
        text.contains("3 taken") && text.contains("open scs-synthetic.xlsx"),
        "{text}"
    );
    // With the text: taken too.
    let mut s = panel_read(&everything(&file, true), &ScsFile::default());
    assert!(s.review(Lang::En, false).unwrap().scs.unwrap().with_text);
    s.update(apply(&ScsFile::default()));
    let Some(Notice::Done {
        scs: Some(text), ..
    }) = s.notice(Lang::En)
    else {
        panic!()
    };
    assert!(
        text.contains("The workbook's text was taken too."),
        "{text}"
    );

    // The SCS assessment kept here was written by a newer build: nothing of it is taken.
    let mut s = panel_read(&json, &here);
    let newer = Rc::new(Scs {
        read_only: true,
        ..Scs::default()
    });
    let cmd = s.update(BackupEvent::Apply {
        supply: Rc::new(Supply::default()),
        scs: newer,
    });
    assert!(matches!(
        cmd,
        Some(BackupCommand::Restore { scs: None, .. })
    ));
    assert_eq!(
        s.import,
        Import::Done {
            stored: 1,
            added: None,
            scs: Some(Box::new(ScsOutcome::ReadOnly))
        }
    );
}

#[test]
fn answers_restored_without_a_workbook_survive_its_first_opening() {
    let id = &ids(Level::Star3, 1)[0];
    let mut here = ScsFile::default();
    here.fill(&kept(&[(id, Mark::NotMet)]).for_backup(false).unwrap());
    assert_eq!(here.workbook, None);

    let mut vm = ScsOpen::default();
    vm.update(OpenEvent::Chosen {
        file: "scs-synthetic.xlsx".into(),
    });
    let cmd = vm.update(OpenEvent::Read {
        outcome: Ok(Box::new(read())),
        kept: Box::new(here.clone()),
        now: NOW,
    });
    let Some(OpenCommand::Store(action)) = cmd else {
        panic!("{cmd:?}")
    };
    assert!(matches!(vm.state, OpenState::Opened { first: true, .. }));
    action.apply_to(&mut here);
    assert!(here.workbook.is_some());
    assert_eq!(
        here.answers.get(id),
        Some(&Answer {
            mark: Mark::NotMet,
            ..Answer::default()
        })
    );
}

/// The committed version-3 file (written by `write_fixture`): it reads, holds the answers and
/// the copy without IPA's text, and is written back byte for byte.
#[test]
fn the_committed_version_3_file_reads_and_writes_back() {
    let path = format!(
        "{}/../../tests/fixtures/storage/backup-v3.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).unwrap();
    let (b, s) = Backup::parse_with_scs(&text).unwrap();
    assert_eq!(b.to_json_with_scs(s.as_ref()), text.trim_end());
    assert_eq!(text.trim_end(), fixture_backup());
    let s = s.unwrap();
    assert_eq!((s.workbook, s.answers.len()), (None, 2));
    assert!(!text.contains(&a_criterion_text()));
}

fn fixture_backup() -> String {
    let s3 = ids(Level::Star3, 2);
    everything(&kept(&[(&s3[0], Mark::Met), (&s3[1], Mark::Partly)]), false)
}

/// Writes `tests/fixtures/storage/backup-v3.json` (run with `--ignored` after a deliberate
/// format change, and say why in the commit).
#[test]
#[ignore]
fn write_fixture() {
    let path = format!(
        "{}/../../tests/fixtures/storage/backup-v3.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::write(path, fixture_backup() + "\n").unwrap();
}

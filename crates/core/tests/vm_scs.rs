//! The SCS ★3/★4 self-assessment, case by case, on the synthetic workbooks
//! (`crates/scs/tests/fixtures`): the reader's result as kept (81 + 72 criteria, answers), the
//! stored format (round trip, newer, damaged), the two-tab merge, the edits, progress, the
//! filters, the result n / 81 per category with the gaps (unanswered = gap, the denominator
//! stays), ★4's 72 the same way, and the open / export state machine (first open, a later copy
//! with the same text keeping our answers and offering the file's, changed text refused, a
//! refused file, export of the answers into the chosen copy and back).
#![allow(clippy::unwrap_used)]

use shindan_core::scs::{self, Answer, Answers, Level, Mark, Read, Refusal};
use shindan_core::storage::record::ReadError;
use shindan_core::storage::scs::ScsFile;
use shindan_core::storage::Stored;
use shindan_core::store::scs::ScsAction;
use shindan_core::store::sync::Mergeable;
use shindan_core::vm::scs::*;
use shindan_core::vm::Update;

const BLANK: &[u8] = include_bytes!("../../scs/tests/fixtures/synthetic.xlsx");
const ANSWERED: &[u8] = include_bytes!("../../scs/tests/fixtures/synthetic-answered.xlsx");

fn read(bytes: &[u8]) -> Read {
    Read::from_scs(&shindan_scs::read(bytes).unwrap())
}

/// The kept file after opening `bytes` first.
fn opened(bytes: &[u8]) -> ScsFile {
    let r = read(bytes);
    let mut f = ScsFile::default();
    ScsAction::Open {
        workbook: Box::new(r.workbook),
        answers: Some(r.answers),
    }
    .apply_to(&mut f);
    f
}

fn mark(f: &mut ScsFile, id: &str, m: Mark) {
    ScsAction::Mark(id.into(), m).apply_to(f);
}

#[test]
fn the_reader_s_result_is_kept_with_every_criterion_and_its_cell() {
    let r = read(BLANK);
    let wb = &r.workbook;
    assert_eq!(wb.edition, "scs-2026-03-27");
    assert!(wb.synthetic);
    assert_eq!(wb.sha256.len(), 64);
    assert_eq!(wb.level(Level::Star3).count(), 81);
    assert_eq!(wb.level(Level::Star4).count(), 72);
    let first = wb.criterion("1-2-1-1").unwrap();
    assert_eq!(first.level, Level::Star3);
    assert_eq!(first.category, 1);
    assert_eq!(first.text_cell(), "M6");
    assert!(!first.text().is_empty());
    assert_eq!(first.category_name(), "ガバナンスの整備");
    assert_eq!(first.official.len(), 13);
    assert!(r.answers.is_empty(), "a blank download has no answers");
    assert_eq!(wb.published(), Some("2026-03-27"));

    let a = read(ANSWERED);
    let marks = |m: Mark| {
        a.workbook
            .level(Level::Star3)
            .filter(|c| a.answers.get(&c.id).map(|x| x.mark).unwrap_or_default() == m)
            .count()
    };
    assert_eq!(
        (
            marks(Mark::Met),
            marks(Mark::Partly),
            marks(Mark::NotMet),
            marks(Mark::Unanswered)
        ),
        (24, 24, 28, 5)
    );
}

#[test]
fn the_stored_format_round_trips_and_tells_newer_from_damage() {
    let f = opened(ANSWERED);
    let raw = f.write();
    assert!(raw.starts_with(r#"{"format":1,"#), "{}", &raw[..40]);
    assert_eq!(ScsFile::read(&raw), Ok(f));
    assert_eq!(
        ScsFile::read(&ScsFile::default().write()),
        Ok(ScsFile::default())
    );
    assert_eq!(
        ScsFile::read(r#"{"format":2,"workbook":null,"answers":{}}"#),
        Err(ReadError::Newer(2))
    );
    for bad in [
        "",
        "{",
        r#"{"workbook":null}"#,
        r#"{"format":1,"workbook":null,"answers":{},"x":1}"#,
        r#"{"format":1,"workbook":null,"answers":{"1-2-1-1":{"mark":"maybe"}}}"#,
        r#"{"format":0,"workbook":null}"#,
    ] {
        assert!(
            matches!(ScsFile::read(bad), Err(ReadError::Corrupt(_))),
            "{bad}"
        );
    }
}

#[test]
fn edits_keep_only_answers_to_the_workbook_s_criteria_and_drop_empty_ones() {
    let mut f = ScsFile::default();
    assert!(
        !ScsAction::Mark("1-2-1-1".into(), Mark::Met).apply_to(&mut f),
        "no workbook yet"
    );
    let mut f = opened(BLANK);
    assert!(ScsAction::Mark("1-2-1-1".into(), Mark::Met).apply_to(&mut f));
    assert!(!ScsAction::Mark("9-9-9-9".into(), Mark::Met).apply_to(&mut f));
    assert!(ScsAction::Note("1-2-1-1".into(), "規程 v2".into()).apply_to(&mut f));
    assert!(ScsAction::Evidence("1-2-1-1".into(), "=SUM(A1)".into()).apply_to(&mut f));
    assert_eq!(f.answers["1-2-1-1"].evidence, "=SUM(A1)");
    ScsAction::Mark("1-2-1-1".into(), Mark::Unanswered).apply_to(&mut f);
    ScsAction::Note("1-2-1-1".into(), String::new()).apply_to(&mut f);
    assert!(
        f.answers.contains_key("1-2-1-1"),
        "the evidence is still there"
    );
    ScsAction::Evidence("1-2-1-1".into(), String::new()).apply_to(&mut f);
    assert!(f.answers.is_empty(), "an emptied answer is removed");
    assert!(ScsAction::Forget.apply_to(&mut f));
    assert_eq!(f, ScsFile::default());
}

#[test]
fn two_tabs_merge_per_criterion() {
    let base = opened(BLANK);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    mark(&mut ours, "1-2-1-1", Mark::Met);
    mark(&mut theirs, "2-1-1-1", Mark::NotMet);
    let (m, _) = ScsFile::merge3(&base, &ours, &theirs);
    assert_eq!(m.answers["1-2-1-1"].mark, Mark::Met);
    assert_eq!(m.answers["2-1-1-1"].mark, Mark::NotMet);
    // Both changed the same criterion: ours wins.
    mark(&mut theirs, "1-2-1-1", Mark::Partly);
    let (m, _) = ScsFile::merge3(&base, &ours, &theirs);
    assert_eq!(m.answers["1-2-1-1"].mark, Mark::Met);
    // They removed one we did not touch: removed.
    let mut base2 = base.clone();
    mark(&mut base2, "3-1-1-1", Mark::Met);
    let ours2 = base2.clone();
    let mut theirs2 = base2.clone();
    mark(&mut theirs2, "3-1-1-1", Mark::Unanswered);
    let (m, _) = ScsFile::merge3(&base2, &ours2, &theirs2);
    assert!(!m.answers.contains_key("3-1-1-1"));
    // They forgot the workbook, we did not change it: forgotten.
    let (m, _) = ScsFile::merge3(&base, &base, &ScsFile::default());
    assert!(m.workbook.is_none());
    // Through the generic two-tab rule as the pages use it.
    let kept = shindan_core::store::scs::Scs {
        value: ours.clone(),
        base: base.clone(),
        ..Default::default()
    };
    let next = shindan_core::store::sync::kept_outside(&kept, Some(&theirs.write())).unwrap();
    assert_eq!(next.value.answers["2-1-1-1"].mark, Mark::NotMet);
    assert_eq!(next.base, theirs);
}

#[test]
fn progress_and_the_result_keep_81_as_the_denominator() {
    let mut f = opened(BLANK);
    let p = progress(&f, Level::Star3);
    assert_eq!((p.answered, p.total), (0, 81));
    let r = result(&f, Level::Star3).unwrap();
    assert_eq!((r.met, r.total), (0, 81));
    let per: Vec<(u8, usize, usize)> = r
        .categories
        .iter()
        .map(|c| (c.category, c.met, c.total))
        .collect();
    assert_eq!(
        per,
        vec![
            (1, 0, 8),
            (2, 0, 4),
            (3, 0, 11),
            (4, 0, 48),
            (5, 0, 3),
            (6, 0, 6),
            (7, 0, 1)
        ]
    );
    assert_eq!(r.categories.iter().map(|c| c.gaps.len()).sum::<usize>(), 81);
    assert!(r.categories[0]
        .gaps
        .iter()
        .all(|g| g.mark == Mark::Unanswered));
    assert!(!r.ready());

    mark(&mut f, "1-2-1-1", Mark::Met);
    mark(&mut f, "7-1-1-1", Mark::Met);
    mark(&mut f, "2-1-1-1", Mark::Partly);
    let p = progress(&f, Level::Star3);
    assert_eq!((p.answered, p.total, p.met, p.partly), (3, 81, 2, 1));
    let r = result(&f, Level::Star3).unwrap();
    assert_eq!((r.met, r.total), (2, 81));
    assert_eq!((r.categories[6].met, r.categories[6].total), (1, 1));
    assert!(r.categories[6].gaps.is_empty());
    assert!(r.categories[0].gaps.iter().all(|g| g.id != "1-2-1-1"));
    assert_eq!(
        r.categories[1].gaps[0],
        Gap {
            id: "2-1-1-1".into(),
            mark: Mark::Partly
        }
    );
    // The gaps in ID order.
    let ids: Vec<Vec<u32>> = r.categories[3]
        .gaps
        .iter()
        .map(|g| scs::id_key(&g.id))
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);

    // The answered copy: ○24 of 81, the rest gaps.
    let f = opened(ANSWERED);
    let r = result(&f, Level::Star3).unwrap();
    assert_eq!((r.met, r.total), (24, 81));
    assert_eq!(r.categories.iter().map(|c| c.gaps.len()).sum::<usize>(), 57);
    // ★4: the additional 72 the same way.
    let r4 = result(&opened(BLANK), Level::Star4).unwrap();
    assert_eq!((r4.met, r4.total), (0, 72));
    assert_eq!(progress(&opened(BLANK), Level::Star4).total, 72);
    assert!(result(&ScsFile::default(), Level::Star3).is_none());
}

#[test]
fn every_criterion_met_is_ready() {
    let mut f = opened(BLANK);
    let ids: Vec<String> = f
        .workbook
        .as_ref()
        .unwrap()
        .level(Level::Star3)
        .map(|c| c.id.clone())
        .collect();
    for id in &ids {
        mark(&mut f, id, Mark::Met);
    }
    let r = result(&f, Level::Star3).unwrap();
    assert!(r.ready());
    assert_eq!((r.met, r.total), (81, 81));
    assert!(!result(&f, Level::Star4).unwrap().ready());
}

#[test]
fn filters_show_unanswered_partly_and_not_met() {
    let f = opened(ANSWERED);
    let count = |flt: Filter| -> usize {
        groups(&f, Level::Star3, flt)
            .iter()
            .map(|g| g.criteria.len())
            .sum()
    };
    assert_eq!(count(Filter::All), 81);
    assert_eq!(count(Filter::Unanswered), 5);
    assert_eq!(count(Filter::Partly), 24);
    assert_eq!(count(Filter::NotMet), 28);
    // A group keeps its whole count whatever the filter.
    for g in groups(&f, Level::Star3, Filter::NotMet) {
        assert!(g.criteria.len() <= g.total);
        assert!(g
            .criteria
            .iter()
            .all(|c| mark_of(&f.answers, c) == Mark::NotMet));
    }
    let all = groups(&f, Level::Star3, Filter::All);
    assert_eq!(all.len(), 7);
    assert_eq!(all[3].total, 48);
    assert_eq!(Filter::from_code("partly"), Filter::Partly);
    assert_eq!(Filter::from_code("nonsense"), Filter::All);
    assert!(groups(&ScsFile::default(), Level::Star3, Filter::All).is_empty());
}

fn read_event(bytes: &[u8], kept: &ScsFile) -> OpenEvent {
    OpenEvent::Read {
        outcome: Ok(Box::new(read(bytes))),
        kept: Box::new(kept.clone()),
        now: 1_800_000_000_000,
    }
}

#[test]
fn opening_first_takes_the_file_and_its_answers() {
    let mut vm = ScsOpen::default();
    assert_eq!(
        vm.update(OpenEvent::Chosen {
            file: "scs.xlsx".into()
        }),
        Some(OpenCommand::Read)
    );
    assert_eq!(
        vm.state,
        OpenState::Reading {
            file: "scs.xlsx".into()
        }
    );
    let cmd = vm.update(read_event(ANSWERED, &ScsFile::default()));
    let Some(OpenCommand::Store(action)) = cmd else {
        panic!("{cmd:?}")
    };
    let mut f = ScsFile::default();
    action.apply_to(&mut f);
    let wb = f.workbook.as_ref().unwrap();
    assert_eq!(wb.file_name, "scs.xlsx");
    assert_eq!(wb.read_at, 1_800_000_000_000);
    // 76 ★3 marks, and text without a mark on the other 5; the ★4 rows are blank.
    assert_eq!(f.answers.len(), 81);
    assert!(matches!(vm.state, OpenState::Opened { first: true, .. }));
    // A late outcome when nothing is being read changes nothing.
    assert_eq!(vm.update(read_event(BLANK, &f)), None);
}

#[test]
fn a_later_copy_with_the_same_text_keeps_our_answers_and_offers_the_file_s() {
    let mut kept = opened(BLANK);
    mark(&mut kept, "1-2-1-1", Mark::NotMet);
    let mut vm = ScsOpen::default();
    vm.update(OpenEvent::Chosen {
        file: "later.xlsx".into(),
    });
    let cmd = vm.update(read_event(ANSWERED, &kept));
    let Some(OpenCommand::Store(action)) = cmd else {
        panic!("{cmd:?}")
    };
    let mut f = kept.clone();
    action.apply_to(&mut f);
    assert_eq!(f.answers, kept.answers, "our answers kept");
    assert_eq!(f.workbook.as_ref().unwrap().file_name, "later.xlsx");
    let OpenState::Opened {
        first: false,
        offer,
        ..
    } = &vm.state
    else {
        panic!("{:?}", vm.state)
    };
    assert_eq!(offer.len(), 81);
    // Taking the offer.
    let Some(OpenCommand::Store(take)) = vm.update(OpenEvent::TakeOffer) else {
        panic!()
    };
    take.apply_to(&mut f);
    assert_eq!(f.answers, read(ANSWERED).answers);
    assert_eq!(vm.update(OpenEvent::TakeOffer), None, "taken once");
    // The same file again: nothing to offer.
    vm.update(OpenEvent::Chosen {
        file: "later.xlsx".into(),
    });
    vm.update(read_event(ANSWERED, &f));
    assert!(matches!(&vm.state, OpenState::Opened { offer, .. } if offer.is_empty()));
}

#[test]
fn changed_official_text_is_refused_and_reported() {
    let kept = opened(BLANK);
    let mut other = read(BLANK);
    let c = other
        .workbook
        .criteria
        .iter_mut()
        .find(|c| c.id == "3-1-1-1")
        .unwrap();
    c.official[11] = "書き換えた文言".into();
    let row = c.row;
    other.workbook.official_digest = "0".repeat(64);
    let mut vm = ScsOpen::default();
    vm.update(OpenEvent::Chosen {
        file: "edited.xlsx".into(),
    });
    let cmd = vm.update(OpenEvent::Read {
        outcome: Ok(Box::new(other)),
        kept: Box::new(kept),
        now: 1,
    });
    assert_eq!(cmd, None, "nothing stored changes");
    let OpenState::Changed { changes, .. } = &vm.state else {
        panic!("{:?}", vm.state)
    };
    assert_eq!(changes.len(), 1);
    assert!(changes[0].en.contains("3-1-1-1"), "{}", changes[0].en);
    assert!(
        changes[0].en.contains(&format!("M{row}")),
        "{}",
        changes[0].en
    );
    assert!(changes[0].ja.contains("書き換えた文言"));
    assert_eq!(vm.update(OpenEvent::Dismiss), None);
    assert_eq!(vm.state, OpenState::Idle);
}

#[test]
fn a_refused_file_changes_nothing_and_says_why() {
    let err = shindan_scs::read(b"not a zip at all").unwrap_err();
    let refusal = Refusal::of(&err);
    assert_eq!(refusal.code, err.code());
    assert!(!refusal.ja.is_empty() && !refusal.en.is_empty());
    let mut vm = ScsOpen::default();
    vm.update(OpenEvent::Chosen {
        file: "a.pdf".into(),
    });
    let cmd = vm.update(OpenEvent::Read {
        outcome: Err(refusal.clone()),
        kept: Box::new(opened(BLANK)),
        now: 1,
    });
    assert_eq!(cmd, None);
    assert_eq!(
        vm.state,
        OpenState::Refused {
            file: "a.pdf".into(),
            refusal
        }
    );
}

#[test]
fn export_writes_our_answers_into_the_chosen_copy_and_they_read_back() {
    let mut f = opened(BLANK);
    mark(&mut f, "1-2-1-1", Mark::Met);
    mark(&mut f, "4-1-1-1", Mark::Partly);
    ScsAction::Note("4-1-1-1".into(), "+81 一部".into()).apply_to(&mut f);
    ScsAction::Evidence("4-1-1-1".into(), "規程集 3.2".into()).apply_to(&mut f);
    let wb = f.workbook.clone().unwrap();
    let out = shindan_scs::export(ANSWERED, &scs::export_answers(&wb, &f.answers)).unwrap();
    let back = read(&out);
    assert!(scs::compare(&wb, &back.workbook).is_empty());
    assert_eq!(
        back.answers, f.answers,
        "only our answers, the file's cleared"
    );

    let mut vm = ScsOpen::default();
    assert_eq!(
        vm.update(OpenEvent::ExportChosen {
            file: "mine.xlsx".into()
        }),
        Some(OpenCommand::Export)
    );
    assert_eq!(
        vm.update(OpenEvent::Exported {
            outcome: Ok(Box::new(back)),
            kept: Box::new(f.clone()),
        }),
        Some(OpenCommand::Save {
            file: "mine-answered.xlsx".into()
        })
    );
    assert_eq!(
        vm.state,
        OpenState::Exported {
            file: "mine-answered.xlsx".into()
        }
    );
    // Another edition's text chosen for export: refused, nothing saved.
    let mut other = read(BLANK);
    other.workbook.criteria[0].official[11] = "別の文言".into();
    other.workbook.official_digest = "1".repeat(64);
    vm.update(OpenEvent::ExportChosen {
        file: "other.xlsx".into(),
    });
    assert_eq!(
        vm.update(OpenEvent::Exported {
            outcome: Ok(Box::new(other)),
            kept: Box::new(f.clone()),
        }),
        None
    );
    assert!(matches!(vm.state, OpenState::Changed { .. }));
    // The worker refused.
    vm.update(OpenEvent::ExportChosen {
        file: "x.xlsx".into(),
    });
    vm.update(OpenEvent::Exported {
        outcome: Err(Refusal {
            code: "not-zip".into(),
            ja: "ja".into(),
            en: "en".into(),
        }),
        kept: Box::new(f),
    });
    assert!(matches!(vm.state, OpenState::ExportFailed { .. }));
    assert_eq!(export_name("a.XLSX"), "a-answered.xlsx");
    assert_eq!(export_name("noext"), "noext-answered.xlsx");
}

#[test]
fn marks_and_answers_have_stable_codes() {
    for m in Mark::ALL {
        assert_eq!(Mark::from_code(m.code()), Some(m));
    }
    assert_eq!(Mark::Met.symbol(), "○");
    assert_eq!(Mark::NotMet.symbol(), "✖");
    let a = Answer {
        mark: Mark::Partly,
        ..Answer::default()
    };
    let mut answers = Answers::new();
    answers.insert("1-2-1-1".into(), a);
    let json = serde_json::to_string(&answers).unwrap();
    assert_eq!(json, r#"{"1-2-1-1":{"mark":"partly"}}"#);
}

#[test]
fn the_tab_s_copy_follows_edits_writes_other_tabs_and_deletion() {
    use shindan_core::storage::report::{KeptLoad, KeptOutcome};
    use shindan_core::store::scs::{next, Scs, ScsMsg};
    let k = Scs::loaded(KeptLoad {
        value: opened(BLANK),
        ..KeptLoad::default()
    });
    assert!(!k.unsaved());
    let edited = next(
        &k,
        ScsMsg::Edit(ScsAction::Mark("1-2-1-1".into(), Mark::Met)),
    )
    .unwrap();
    assert!(edited.unsaved());
    assert_eq!(
        next(
            &edited,
            ScsMsg::Edit(ScsAction::Mark("1-2-1-1".into(), Mark::Met))
        ),
        None,
        "the same mark again changes nothing"
    );
    let saved = next(
        &edited,
        ScsMsg::Wrote(KeptOutcome::Done(edited.value.clone())),
    )
    .unwrap();
    assert!(!saved.unsaved());
    let failed = next(&edited, ScsMsg::Wrote(KeptOutcome::Failed("quota".into()))).unwrap();
    assert_eq!(failed.save_error.as_deref(), Some("quota"));
    assert!(failed.unsaved(), "nothing lost: still to be written");
    // Another tab's change merges in; an unreadable or newer value of theirs is left alone.
    let mut theirs = k.value.clone();
    mark(&mut theirs, "2-1-1-1", Mark::Partly);
    let merged = next(&edited, ScsMsg::Outside(Some(theirs.write()))).unwrap();
    assert_eq!(merged.value.answers.len(), 2);
    assert_eq!(next(&edited, ScsMsg::Outside(Some("{".into()))), None);
    assert_eq!(
        next(&edited, ScsMsg::Outside(Some(r#"{"format":7}"#.into()))),
        None
    );
    // A newer build's value: read-only, never edited.
    let ro = Scs::loaded(KeptLoad {
        read_only: true,
        ..KeptLoad::default()
    });
    assert!(ro.read_only);
    assert_eq!(next(&ro, ScsMsg::Edit(ScsAction::Forget)), None);
    assert!(!ro.unsaved());
    assert_eq!(next(&edited, ScsMsg::Cleared).unwrap(), Scs::default());
}

#[test]
fn the_worker_s_replies_are_parsed_and_anything_else_is_a_refusal() {
    let r = read(BLANK);
    let json = serde_json::json!({ "ok": r }).to_string();
    assert_eq!(scs::parse_reply(&json), Ok(r));
    let refusal = Refusal {
        code: "not-zip".into(),
        ja: "ja".into(),
        en: "en".into(),
    };
    let json = serde_json::json!({ "refused": refusal }).to_string();
    assert_eq!(scs::parse_reply(&json), Err(refusal.clone()));
    assert_eq!(scs::parse_reply("garbage").unwrap_err().code, "worker");
    assert_eq!(
        scs::parse_refusal(&serde_json::to_string(&refusal).unwrap()),
        refusal
    );
    assert_eq!(scs::parse_refusal("boom").code, "worker");
}

#[test]
fn the_csv_has_one_row_per_criterion_with_its_mark_texts_and_cell() {
    use shindan_core::lang::Lang;
    let mut f = opened(BLANK);
    mark(&mut f, "1-2-1-1", Mark::Partly);
    ScsAction::Note("1-2-1-1".into(), "規程, 未承認".into()).apply_to(&mut f);
    let text = csv(&f, Lang::En);
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + 153);
    assert!(lines[0].contains("Self-assessment (column O)"));
    let row = lines.iter().find(|l| l.starts_with("1-2-1-1,")).unwrap();
    assert!(row.contains(",★3,"), "{row}");
    assert!(row.contains(",△,\"規程, 未承認\","), "{row}");
    assert!(row.contains(",M6,"), "{row}");
    assert!(csv(&f, Lang::Ja).contains("自己評価（O列）"));
    assert_eq!(csv(&ScsFile::default(), Lang::Ja).lines().count(), 1);
}

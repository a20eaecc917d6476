//! The one store (`shindan::store`), natively: what an action changes and what it leaves
//! shared, the writes it asks for, what the edge's outcomes and another tab's changes do to it
//! (assessments and incident records alike), and "delete all my data".
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use shindan::assessment::{Action, Assessment, MetaField};
use shindan::incident::{IncidentAction, IncidentFile};
use shindan::lang::Lang;
use shindan::model::{AnswerKind, Id};
use shindan::route::Route;
use shindan::storage::record::{Record, RecordId, UiState};
use shindan::storage::report::{IncidentOutcome, IncidentsLoad, LoadReport, Migration};
use shindan::store::library::LibraryAction;
use shindan::store::sync::{Outcome, Write};
use shindan::store::{Stamped, Store, StoreAction};

fn id(s: &str) -> RecordId {
    RecordId::parse(s).expect("id")
}

fn rec(s: &str, revision: u64, note: &str) -> Record {
    let mut a = Assessment::new();
    a.name = format!("org {s}");
    a.notes.insert(Id::from("v3.d1"), note.to_string());
    Record::with(id(s), 1_000, a, revision)
}

/// A store as loaded from storage holding `records`, `open` open, storage available.
fn loaded(records: Vec<Record>, open: &str) -> Rc<Store> {
    let report = LoadReport {
        records,
        ui: UiState {
            open: Some(id(open)),
            ..UiState::default()
        },
        ..LoadReport::default()
    };
    Rc::new(Store::load(
        &report,
        IncidentsLoad::default(),
        Lang::Ja,
        Route::Home,
        true,
        2_000,
        id("fresh"),
    ))
}

fn send(s: &Rc<Store>, action: StoreAction, now: u64, fresh: &str) -> Rc<Store> {
    s.clone().reduce(Stamped {
        action,
        now,
        fresh: id(fresh),
    })
}

fn answer(n: u8) -> StoreAction {
    StoreAction::answer(
        Id::from(format!("sc.{n:02}").as_str()),
        Some(AnswerKind::Implemented),
    )
}

#[test]
fn an_answer_copies_one_assessment_and_shares_everything_else() {
    // 300 stored assessments with long notes, as in the benchmark's big library.
    let long = "メモ".repeat(4_000);
    let records: Vec<Record> = (0..300)
        .map(|i| rec(&format!("a{i:03}"), 1, &long))
        .collect();
    let s = loaded(records, "a150");
    let next = send(&s, answer(1), 3_000, "f1");
    assert!(!Rc::ptr_eq(&s, &next));
    // The open assessment changed; every other assessment is the same allocation.
    for (rid, r) in &next.library.records {
        let before = &s.library.records[rid];
        if rid.as_str() == "a150" {
            assert!(!Rc::ptr_eq(&before.assessment, &r.assessment));
            assert_eq!(r.revision, 2);
            assert_eq!(
                r.assessment.answer(&Id::from("sc.01")),
                Some(AnswerKind::Implemented)
            );
        } else {
            assert!(
                Rc::ptr_eq(&before.assessment, &r.assessment),
                "{rid:?} was copied"
            );
        }
    }
    // The other parts of the store are not copied at all.
    assert!(Rc::ptr_eq(&s.incidents, &next.incidents));
    assert!(Rc::ptr_eq(&s.status, &next.status));
    assert!(Rc::ptr_eq(&s.persisted, &next.persisted));
    // And the write it asks for is that one record, over the revision stored.
    assert_eq!(
        next.pending_writes(),
        [Write::Put {
            id: id("a150"),
            expected: Some(1)
        }]
    );
}

#[test]
fn an_action_that_changes_nothing_returns_the_same_store() {
    let s = loaded(vec![rec("a", 1, "")], "a");
    let once = send(&s, answer(1), 3_000, "f1");
    // The same answer again, the open assessment opened again, the same language and screen.
    for a in [
        answer(1),
        StoreAction::Library(LibraryAction::Open(id("a"))),
        StoreAction::SetLang(Lang::Ja),
        StoreAction::Navigate(Route::Home),
        StoreAction::Wrote(Vec::new()),
    ] {
        let again = send(&once, a.clone(), 4_000, "f2");
        assert!(Rc::ptr_eq(&once, &again), "{a:?} made a new store");
    }
    // Language and screen are the store's too.
    let en = send(&once, StoreAction::SetLang(Lang::En), 4_000, "f2");
    assert_eq!(en.lang, Lang::En);
    assert!(Rc::ptr_eq(&en.library, &once.library));
    let r = send(&en, StoreAction::Navigate(Route::Results), 4_000, "f3");
    assert_eq!(r.route, Route::Results);
}

#[test]
fn verbs_build_the_actions_views_send() {
    let s = loaded(vec![rec("a", 1, ""), rec("b", 1, "")], "a");
    let s = send(
        &s,
        StoreAction::rename(id("b"), "新しい名前".into()),
        3_000,
        "f1",
    );
    assert_eq!(s.library.records[&id("b")].assessment.name, "新しい名前");
    assert_eq!(s.library.open, id("a"), "renaming does not open it");
    let s = send(
        &s,
        StoreAction::import(Assessment::new()),
        3_000,
        "imported",
    );
    assert_eq!(s.library.open, id("imported"));
    assert_eq!(s.library.records.len(), 3);
    let s = send(
        &s,
        StoreAction::edit(Action::Meta(MetaField::Assessor, "監査 花子".into())),
        3_000,
        "f2",
    );
    assert_eq!(s.assessment().assessor, "監査 花子");
}

#[test]
fn written_records_are_known_and_not_written_again() {
    let s = loaded(vec![rec("a", 1, "")], "a");
    let s = send(&s, answer(1), 3_000, "f1");
    let w = s.pending_writes();
    assert_eq!(w.len(), 1);
    let s = send(
        &s,
        StoreAction::Wrote(vec![(w[0].clone(), 2, Outcome::Done)]),
        3_000,
        "f2",
    );
    assert_eq!(s.persisted.get(&id("a")), Some(&2));
    assert!(s.pending_writes().is_empty());
    assert!(!s.status.save_failed);
}

#[test]
fn quota_refusal_keeps_everything_in_memory_says_so_and_retries() {
    let s = loaded(vec![rec("a", 1, "")], "a");
    let s = send(&s, answer(1), 3_000, "f1");
    let w = s.pending_writes();
    let failed = send(
        &s,
        StoreAction::Wrote(vec![(w[0].clone(), 2, Outcome::Failed)]),
        3_000,
        "f2",
    );
    assert!(failed.status.save_failed);
    assert_eq!(
        failed.assessment().answer(&Id::from("sc.01")),
        Some(AnswerKind::Implemented)
    );
    // Still pending: the next pass tries again, and success clears the message.
    assert_eq!(failed.pending_writes(), w);
    let ok = send(
        &failed,
        StoreAction::Wrote(vec![(w[0].clone(), 2, Outcome::Done)]),
        3_000,
        "f3",
    );
    assert!(!ok.status.save_failed);
}

#[test]
fn a_write_over_another_tabs_newer_revision_keeps_both_and_says_so() {
    let s = loaded(vec![rec("a", 1, "ours")], "a");
    let s = send(&s, answer(1), 3_000, "f1");
    let theirs = rec("a", 5, "theirs");
    let w = s.pending_writes();
    let s = send(
        &s,
        StoreAction::Wrote(vec![(
            w[0].clone(),
            2,
            Outcome::Conflict(Some(Box::new(theirs.clone()))),
        )]),
        3_000,
        "copy",
    );
    assert_eq!(s.library.records[&id("a")], theirs, "theirs under the id");
    let copy = &s.library.records[&id("copy")];
    assert_eq!(
        copy.assessment.answer(&Id::from("sc.01")),
        Some(AnswerKind::Implemented),
        "ours under a copy"
    );
    assert_eq!(s.status.conflicts, [(id("a"), id("copy"))]);
    // The copy is new, so it is written next, expecting nothing stored.
    assert!(s.pending_writes().contains(&Write::Put {
        id: id("copy"),
        expected: None
    }));
}

#[test]
fn another_tabs_change_is_adopted_or_kept_beside_an_unsaved_edit() {
    let s = loaded(vec![rec("a", 1, "ours"), rec("b", 1, "")], "a");
    let theirs_b = rec("b", 2, "from the other tab");
    // Nothing unsaved for b here: theirs is taken, and known as stored.
    let s = send(
        &s,
        StoreAction::Outside {
            key: id("b").key(),
            value: Some(theirs_b.to_json()),
        },
        3_000,
        "f1",
    );
    assert_eq!(s.library.records[&id("b")], theirs_b);
    assert_eq!(s.persisted.get(&id("b")), Some(&2));
    // An unsaved edit of a here and theirs of a arrive together: both kept.
    let s = send(&s, answer(2), 3_000, "f2");
    let theirs_a = rec("a", 7, "theirs");
    let s = send(
        &s,
        StoreAction::Outside {
            key: id("a").key(),
            value: Some(theirs_a.to_json()),
        },
        3_000,
        "copy",
    );
    assert_eq!(s.library.records[&id("a")], theirs_a);
    assert!(s.library.records.contains_key(&id("copy")));
    assert_eq!(s.status.conflicts, [(id("a"), id("copy"))]);
}

#[test]
fn deleted_elsewhere_is_removed_here_unless_edited_here() {
    let s = loaded(vec![rec("a", 1, ""), rec("b", 1, "")], "a");
    let removed = |s: &Rc<Store>, who: &str| {
        send(
            s,
            StoreAction::Outside {
                key: id(who).key(),
                value: None,
            },
            3_000,
            "f9",
        )
    };
    let s = removed(&s, "b");
    assert!(!s.library.records.contains_key(&id("b")));
    // a is edited here and not yet written: it stays and is written again as new.
    let s = send(&s, answer(3), 3_000, "f1");
    let s = removed(&s, "a");
    assert!(s.library.records.contains_key(&id("a")));
    assert_eq!(
        s.pending_writes(),
        [Write::Put {
            id: id("a"),
            expected: None
        }]
    );
}

#[test]
fn newer_damaged_and_foreign_values_from_another_tab_change_nothing() {
    let s = loaded(vec![rec("a", 1, "")], "a");
    for (key, value) in [
        (id("a").key(), r#"{"format":99,"id":"a"}"#.to_string()),
        (id("a").key(), "{damaged".to_string()),
        ("somebody.else".to_string(), "x".to_string()),
        ("shindan.v1.lang".to_string(), "en".to_string()),
    ] {
        let next = send(
            &s,
            StoreAction::Outside {
                key: key.clone(),
                value: Some(value),
            },
            3_000,
            "f1",
        );
        assert!(Rc::ptr_eq(&s, &next), "{key} changed the store");
    }
}

fn incident_store() -> Rc<Store> {
    loaded(vec![rec("a", 1, "")], "a")
}

fn new_incident(rid: &str, now: u64) -> StoreAction {
    StoreAction::Incident(IncidentAction::New {
        id: rid.into(),
        now,
    })
}

#[test]
fn incident_edits_are_written_over_what_this_tab_last_saw() {
    let s = incident_store();
    assert!(s.pending_incidents().is_none());
    let s = send(&s, new_incident("ir-1", 3_000), 3_000, "f1");
    let to_write = s.pending_incidents().cloned().expect("pending");
    assert_eq!(to_write.records.len(), 1);
    let s = send(
        &s,
        StoreAction::IncidentsWrote(IncidentOutcome::Done(to_write.clone())),
        3_000,
        "f2",
    );
    assert!(s.pending_incidents().is_none());
    assert_eq!(s.incidents.base, to_write);
    // A refusal says why and keeps the edit pending.
    let s = send(&s, new_incident("ir-2", 4_000), 4_000, "f3");
    let s = send(
        &s,
        StoreAction::IncidentsWrote(IncidentOutcome::Failed("quota".into())),
        4_000,
        "f4",
    );
    assert_eq!(s.incidents.save_error.as_deref(), Some("quota"));
    assert!(s.pending_incidents().is_some());
}

#[test]
fn incident_writes_that_meet_another_tabs_change_merge_and_keep_both_sides() {
    let s = send(
        &incident_store(),
        new_incident("ir-ours", 3_000),
        3_000,
        "f1",
    );
    // The other tab stored a record of its own meanwhile.
    let mut theirs = IncidentFile::new();
    theirs.apply(IncidentAction::New {
        id: "ir-theirs".into(),
        now: 3_100,
    });
    let s = send(
        &s,
        StoreAction::IncidentsWrote(IncidentOutcome::Conflict(theirs.clone())),
        3_200,
        "f2",
    );
    let ids: Vec<&str> = s
        .incidents
        .file
        .records
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert!(
        ids.contains(&"ir-ours") && ids.contains(&"ir-theirs"),
        "{ids:?}"
    );
    assert_eq!(s.incidents.base, theirs, "the merge is written over theirs");
    assert!(s.pending_incidents().is_some());
}

#[test]
fn another_tabs_incident_records_are_merged_in() {
    let s = send(
        &incident_store(),
        new_incident("ir-ours", 3_000),
        3_000,
        "f1",
    );
    let mut theirs = IncidentFile::new();
    theirs.apply(IncidentAction::New {
        id: "ir-theirs".into(),
        now: 3_100,
    });
    let s = send(
        &s,
        StoreAction::Outside {
            key: shindan::storage::incidents::KEY.into(),
            value: Some(theirs.to_json()),
        },
        3_200,
        "f2",
    );
    assert_eq!(s.incidents.file.records.len(), 2);
    // A newer format from the other tab is left alone.
    let same = send(
        &s,
        StoreAction::Outside {
            key: shindan::storage::incidents::KEY.into(),
            value: Some(r#"{"format":9,"records":[]}"#.into()),
        },
        3_300,
        "f3",
    );
    assert!(Rc::ptr_eq(&s, &same));
}

#[test]
fn read_only_incident_records_are_never_edited_or_written() {
    let report = LoadReport::default();
    let s = Rc::new(Store::load(
        &report,
        IncidentsLoad {
            read_only: true,
            ..IncidentsLoad::default()
        },
        Lang::Ja,
        Route::Home,
        true,
        1,
        id("fresh"),
    ));
    let next = send(&s, new_incident("ir-1", 3_000), 3_000, "f1");
    assert!(Rc::ptr_eq(&s, &next));
    assert!(next.pending_incidents().is_none());
}

#[test]
fn without_storage_nothing_is_written_and_everything_works_in_memory() {
    let s = Rc::new(Store::blank(1, id("fresh")));
    let s = send(&s, answer(1), 3_000, "f1");
    assert!(s.pending_writes().is_empty());
    let s = send(&s, new_incident("ir-1", 3_000), 3_000, "f2");
    assert!(s.pending_incidents().is_none());
    assert_eq!(s.incidents.file.records.len(), 1);
}

#[test]
fn a_pending_migration_is_written_as_new_and_clearing_forgets_everything() {
    let v1 = rec(shindan::storage::migrate::V1_ID, 1, "");
    let report = LoadReport {
        records: vec![v1],
        migration: Some(Migration::Pending),
        ..LoadReport::default()
    };
    let s = Rc::new(Store::load(
        &report,
        IncidentsLoad::default(),
        Lang::Ja,
        Route::Home,
        true,
        1,
        id("fresh"),
    ));
    // Not known as stored in format 2: the next pass writes it, expecting nothing.
    assert!(s.persisted.is_empty());
    assert_eq!(
        s.pending_writes(),
        [Write::Put {
            id: id(shindan::storage::migrate::V1_ID),
            expected: None
        }]
    );
    let s = send(&s, new_incident("ir-1", 3_000), 3_000, "f1");
    let s = send(&s, StoreAction::Cleared, 3_000, "blank");
    assert!(s.persisted.is_empty());
    assert_eq!(
        s.library.records.len(),
        1,
        "one blank assessment stays open"
    );
    assert_eq!(s.library.records[&id("blank")].revision, 0);
    assert!(s.incidents.file.records.is_empty());
    assert_eq!(s.status.migration, None);
    assert!(s.pending_writes().is_empty());
}

#[test]
fn derived_values_of_the_open_assessment_are_computed_once_and_agree_with_the_core() {
    use shindan::assessment::{actions_score, self_check, star_one, star_two, started};
    use shindan::model::model;
    use shindan::store::Opened;
    let s = loaded(vec![rec("a", 1, "")], "a");
    let s = send(&s, answer(1), 3_000, "f1");
    let s = send(&s, answer(2), 3_000, "f2");
    let open = Opened::new(s.assessment());
    let a = s.assessment();
    assert_eq!(*open.self_check(), self_check(model(), &a));
    assert_eq!(*open.actions_score(), actions_score(model(), &a));
    assert_eq!(*open.star_one(), star_one(model(), &a));
    assert_eq!(*open.star_two(), star_two(model(), &a));
    assert_eq!(*open.started(), started(model(), &a));
    // Once: every view asking gets the same value, not a recomputation.
    assert!(std::ptr::eq(open.self_check(), open.self_check()));
    // Equal exactly when it is the same version of the assessment.
    assert!(open == Opened::new(s.assessment()));
    let next = send(&s, answer(3), 3_000, "f3");
    assert!(open != Opened::new(next.assessment()));
}

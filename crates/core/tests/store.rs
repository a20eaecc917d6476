//! The one store (`shindan_core::store`), natively: what an action changes and what it leaves
//! shared, the writes it asks for, what the edge's outcomes and another tab's changes do to it
//! (assessments and incident records alike), and "delete all my data".
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use shindan_core::assessment::{Action, Assessment, MetaField};
use shindan_core::incident::{IncidentAction, IncidentFile};
use shindan_core::lang::Lang;
use shindan_core::model::{AnswerKind, Id};
use shindan_core::route::Route;
use shindan_core::storage::record::{Record, RecordId, UiState};
use shindan_core::storage::report::{IncidentsLoad, KeptOutcome, LoadReport, Migration};
use shindan_core::store::library::LibraryAction;
use shindan_core::store::sync::{Outcome, Write};
use shindan_core::store::{Found, Stamped, Store, StoreAction};

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
        Found {
            report,
            lang: Lang::Ja,
            available: true,
            ..Found::default()
        },
        Route::Home,
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
    StoreAction::incident(IncidentAction::New {
        id: rid.into(),
        now,
    })
}

#[test]
fn incident_edits_are_written_over_what_this_tab_last_saw() {
    let s = incident_store();
    assert!(s.pending(&s.incidents).is_none());
    let s = send(&s, new_incident("ir-1", 3_000), 3_000, "f1");
    let to_write = s.pending(&s.incidents).cloned().expect("pending");
    assert_eq!(to_write.records.len(), 1);
    let s = send(
        &s,
        StoreAction::IncidentsWrote(KeptOutcome::Done(to_write.clone())),
        3_000,
        "f2",
    );
    assert!(s.pending(&s.incidents).is_none());
    assert_eq!(s.incidents.base, to_write);
    // A refusal says why and keeps the edit pending.
    let s = send(&s, new_incident("ir-2", 4_000), 4_000, "f3");
    let s = send(
        &s,
        StoreAction::IncidentsWrote(KeptOutcome::Failed("quota".into())),
        4_000,
        "f4",
    );
    assert_eq!(s.incidents.save_error.as_deref(), Some("quota"));
    assert!(s.pending(&s.incidents).is_some());
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
        StoreAction::IncidentsWrote(KeptOutcome::Conflict(theirs.clone())),
        3_200,
        "f2",
    );
    let ids: Vec<&str> = s
        .incidents
        .value
        .records
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert!(
        ids.contains(&"ir-ours") && ids.contains(&"ir-theirs"),
        "{ids:?}"
    );
    assert_eq!(s.incidents.base, theirs, "the merge is written over theirs");
    assert!(s.pending(&s.incidents).is_some());
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
            key: shindan_core::storage::incidents::KEY.into(),
            value: Some(theirs.to_json()),
        },
        3_200,
        "f2",
    );
    assert_eq!(s.incidents.value.records.len(), 2);
    // A newer format from the other tab is left alone.
    let same = send(
        &s,
        StoreAction::Outside {
            key: shindan_core::storage::incidents::KEY.into(),
            value: Some(r#"{"format":9,"records":[]}"#.into()),
        },
        3_300,
        "f3",
    );
    assert!(Rc::ptr_eq(&s, &same));
}

#[test]
fn read_only_incident_records_are_never_edited_or_written() {
    let s = Rc::new(Store::load(
        Found {
            incidents: IncidentsLoad {
                read_only: true,
                ..IncidentsLoad::default()
            },
            available: true,
            ..Found::default()
        },
        Route::Home,
        1,
        id("fresh"),
    ));
    let next = send(&s, new_incident("ir-1", 3_000), 3_000, "f1");
    assert!(Rc::ptr_eq(&s, &next));
    assert!(next.pending(&next.incidents).is_none());
}

#[test]
fn without_storage_nothing_is_written_and_everything_works_in_memory() {
    let s = Rc::new(Store::blank(1, id("fresh")));
    let s = send(&s, answer(1), 3_000, "f1");
    assert!(s.pending_writes().is_empty());
    let s = send(&s, new_incident("ir-1", 3_000), 3_000, "f2");
    assert!(s.pending(&s.incidents).is_none());
    assert_eq!(s.incidents.value.records.len(), 1);
}

#[test]
fn a_pending_migration_is_written_as_new_and_clearing_forgets_everything() {
    let v1 = rec(shindan_core::storage::migrate::V1_ID, 1, "");
    let report = LoadReport {
        records: vec![v1],
        migration: Some(Migration::Pending),
        ..LoadReport::default()
    };
    let s = Rc::new(Store::load(
        Found {
            report,
            available: true,
            ..Found::default()
        },
        Route::Home,
        1,
        id("fresh"),
    ));
    // Not known as stored in format 2: the next pass writes it, expecting nothing.
    assert!(s.persisted.is_empty());
    assert_eq!(
        s.pending_writes(),
        [Write::Put {
            id: id(shindan_core::storage::migrate::V1_ID),
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
    assert!(s.incidents.value.records.is_empty());
    assert_eq!(s.status.migration, None);
    assert!(s.pending_writes().is_empty());
}

#[test]
fn derived_values_of_the_open_assessment_are_computed_once_and_agree_with_the_core() {
    use shindan_core::assessment::{actions_score, self_check, star_one, star_two, started};
    use shindan_core::model::model;
    use shindan_core::store::Opened;
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

// ------------------------------------------------------------------ the supply register

mod supply {
    use super::*;
    use shindan_core::store::SupplyAction;
    use shindan_core::supply::{
        Day, PartnerKey, PartnerKind, PublicKey, Register, Request, RequestEntry, RequestId, Scope,
    };

    fn entry(n: u8) -> RequestEntry {
        let mut key = [n; 65];
        key[0] = 0x04;
        RequestEntry {
            request: Request {
                id: RequestId([n; 16]),
                requester_key: PublicKey::from_bytes(&key).expect("key"),
                scope: Scope::Sme,
                due: Day::parse("2026-12-31"),
                organisation: "株式会社発注".into(),
                contact: "".into(),
                reason: "委託先の対策確認のため".into(),
                message: "".into(),
                scs: None,
            },
            private_key: format!("{{\"kty\":\"EC\",\"n\":{n}}}"),
            created_ms: 1_000,
            deleted: false,
            sent_to: format!("取引先{n}"),
            kind: None,
            tier: None,
        }
    }

    fn supply(s: &Rc<Store>, a: SupplyAction) -> Rc<Store> {
        send(s, StoreAction::supply(a), 5_000, "f")
    }

    /// A plain share link of an SME self-diagnosis with an organisation name (no crypto needed).
    fn plain_link(name: &str) -> String {
        use shindan_core::share::{encode, ShareOptions};
        let mut a = Assessment::new();
        a.name = name.into();
        a.answers.insert(Id::from("sc.01"), AnswerKind::Implemented);
        let opts = ShareOptions {
            include_name: true,
            ..ShareOptions::default()
        };
        let p = encode(shindan_core::model::model(), &a, &opts)
            .expect("encodes")
            .payload;
        format!("https://example.jp/shindan/#/r/{p}")
    }

    #[test]
    fn requests_are_stored_and_written_like_every_other_record() {
        let s = incident_store();
        assert!(s.pending(&s.supply).is_none());
        let s = supply(&s, SupplyAction::AddRequest(Box::new(entry(1))));
        let reg = s.pending(&s.supply).cloned().expect("pending");
        assert_eq!(reg.requests.len(), 1);
        let s = send(
            &s,
            StoreAction::SupplyWrote(KeptOutcome::Done(reg.clone())),
            5_000,
            "f",
        );
        assert!(s.pending(&s.supply).is_none());
        // Hiding keeps the key (late responses still open).
        let s = supply(&s, SupplyAction::DeleteRequest(RequestId([1; 16])));
        let r = &s.supply.value.requests[0];
        assert!(r.deleted && !r.private_key.is_empty());
    }

    #[test]
    fn an_import_reports_every_line_and_keeps_partners() {
        let s = incident_store();
        let text = format!(
            "{}\n\n  {}  \nnot a link\n{}",
            plain_link("株式会社Ａ"),
            plain_link("株式会社B"),
            plain_link("株式会社Ａ"),
        );
        let s = supply(
            &s,
            SupplyAction::Import {
                text,
                opened: Default::default(),
            },
        );
        let report = s.supply_report.clone().expect("a report");
        assert_eq!(report.len(), 4, "{report:?}");
        assert!(report[0].result.is_ok() && report[1].result.is_ok());
        assert!(report[2].result.is_err(), "not a link");
        assert_eq!(
            report[3].result.as_ref().map(|i| i.outcome),
            Ok(shindan_core::supply::Outcome::AlreadyImported)
        );
        assert_eq!(s.supply.value.partners.len(), 2);
        assert!(s.pending(&s.supply).is_some());
        // The same paste again changes nothing but still reports.
        let again = supply(
            &s,
            SupplyAction::Import {
                text: plain_link("株式会社B"),
                opened: Default::default(),
            },
        );
        assert_eq!(again.supply.value, s.supply.value);
        assert_eq!(again.supply_report.as_ref().map(|r| r.len()), Some(1));
    }

    #[test]
    fn two_tabs_changing_the_register_keep_both_sides() {
        let s = supply(
            &incident_store(),
            SupplyAction::AddRequest(Box::new(entry(1))),
        );
        let written = s.supply.value.clone();
        let s = send(
            &s,
            StoreAction::SupplyWrote(KeptOutcome::Done(written.clone())),
            5_000,
            "f",
        );
        // Here: a second request and a partner. There: a third request.
        let s = supply(&s, SupplyAction::AddRequest(Box::new(entry(2))));
        let s = supply(
            &s,
            SupplyAction::Import {
                text: plain_link("株式会社C"),
                opened: Default::default(),
            },
        );
        let mut theirs = written.clone();
        theirs.add_request(entry(3));
        let s = send(
            &s,
            StoreAction::Outside {
                key: shindan_core::storage::supply::KEY.into(),
                value: Some(theirs.to_json().expect("json")),
            },
            5_000,
            "f",
        );
        let ids: Vec<u8> = s
            .supply
            .value
            .requests
            .iter()
            .map(|r| r.request.id.0[0])
            .collect();
        assert_eq!(ids, [1, 3, 2]);
        assert_eq!(s.supply.value.partners.len(), 1);
        assert_eq!(s.supply.base, theirs);
        assert!(
            s.pending(&s.supply).is_some(),
            "the merge is written over theirs"
        );
    }

    #[test]
    fn the_merge_keeps_removals_and_changes_from_the_side_that_made_them() {
        let mut base = Register::default();
        base.add_request(entry(1));
        base.import_text(
            shindan_core::model::model(),
            &plain_link("株式会社D"),
            1,
            |_, _| Err(shindan_core::supply::SupplyError::CannotOpen),
        );
        base.import_text(
            shindan_core::model::model(),
            &plain_link("株式会社E"),
            1,
            |_, _| Err(shindan_core::supply::SupplyError::CannotOpen),
        );
        let d = base.partners[0].key.clone();
        let e = base.partners[1].key.clone();
        // Ours removes D; theirs sets E's type and hides the request.
        let mut ours = base.clone();
        ours.remove_partner(&d);
        let mut theirs = base.clone();
        theirs.set_partner_kind(&e, Some(PartnerKind::Supplier), Some(2));
        theirs.delete_request(&RequestId([1; 16]));
        let m = Register::merge3(&base, &ours, &theirs);
        let keys: Vec<&PartnerKey> = m.partners.iter().map(|p| &p.key).collect();
        assert_eq!(keys, [&e]);
        assert_eq!(m.partners[0].kind, Some(PartnerKind::Supplier));
        assert!(m.requests[0].deleted);
        // A partner removed there but changed here stays.
        let mut ours = base.clone();
        ours.set_partner_kind(&d, Some(PartnerKind::Subsidiary), None);
        let mut theirs = base.clone();
        theirs.remove_partner(&d);
        let m = Register::merge3(&base, &ours, &theirs);
        assert!(m.partner(&d).is_some());
        // Nothing changed anywhere: the same register.
        assert_eq!(Register::merge3(&base, &base, &base), base);
    }
}

/// The e2e bulk import pastes 200 plain result links of distinct partners: they are generated
/// here from the codec and committed (`tests/fixtures/supply/plain-200.txt`), so the browser
/// test needs no codec of its own. `UPDATE_FIXTURES=1 cargo test --test store` rewrites it.
#[test]
fn the_committed_bulk_import_fixture_is_what_the_codec_writes() {
    use shindan_core::share::{encode, ShareOptions};
    let kinds = [
        AnswerKind::Implemented,
        AnswerKind::Partial,
        AnswerKind::NotImplemented,
        AnswerKind::DontKnow,
    ];
    let mut out = String::new();
    for i in 1..=200u32 {
        let mut a = Assessment::new();
        a.name = format!("取引先{i:03}");
        for n in 1..=25u32 {
            a.answers.insert(
                Id::from(format!("sc.{n:02}").as_str()),
                kinds[((i + n) % 4) as usize],
            );
        }
        let opts = ShareOptions {
            include_name: true,
            ..ShareOptions::default()
        };
        let p = encode(shindan_core::model::model(), &a, &opts)
            .expect("encodes")
            .payload;
        out.push_str(&format!("http://127.0.0.1/#/r/{p}\n"));
    }
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/supply/plain-200.txt"
    );
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::create_dir_all(std::path::Path::new(path).parent().expect("dir")).expect("mkdir");
        std::fs::write(path, &out).expect("write");
    }
    let committed = std::fs::read_to_string(path).expect("committed fixture");
    assert_eq!(committed, out, "regenerate with UPDATE_FIXTURES=1");
    // And the store imports every line as its own partner.
    let s = send(
        &incident_store(),
        StoreAction::supply(shindan_core::store::SupplyAction::Import {
            text: committed,
            opened: Default::default(),
        }),
        5_000,
        "f",
    );
    assert_eq!(s.supply.value.partners.len(), 200);
}

#[test]
fn the_partner_keeps_one_responder_id_across_tabs_and_reloads() {
    use shindan_core::storage::supply::{Responder, RESPONDER_KEY};
    use shindan_core::supply::ResponderId;
    let s = incident_store();
    assert!(s.responder.value.id.is_none() && s.pending(&s.responder).is_none());
    let s = send(
        &s,
        StoreAction::ChooseResponder(ResponderId([1; 16])),
        5_000,
        "f",
    );
    assert_eq!(s.responder.value.id, Some(ResponderId([1; 16])));
    let written = s.pending(&s.responder).cloned().expect("to write");
    // Once chosen it never changes.
    let same = send(
        &s,
        StoreAction::ChooseResponder(ResponderId([2; 16])),
        5_000,
        "f",
    );
    assert!(Rc::ptr_eq(&s, &same));
    let s = send(
        &s,
        StoreAction::ResponderWrote(KeptOutcome::Done(written)),
        5_000,
        "f",
    );
    assert!(s.pending(&s.responder).is_none());
    // Another tab chose first (both started without one): theirs is kept, everywhere.
    let fresh = incident_store();
    let ours = send(
        &fresh,
        StoreAction::ChooseResponder(ResponderId([3; 16])),
        5_000,
        "f",
    );
    let theirs = Responder {
        id: Some(ResponderId([4; 16])),
        ..Responder::default()
    };
    let merged = send(
        &ours,
        StoreAction::Outside {
            key: RESPONDER_KEY.into(),
            value: Some(shindan_core::storage::Stored::write(&theirs)),
        },
        5_000,
        "f",
    );
    assert_eq!(merged.responder.value.id, Some(ResponderId([4; 16])));
    assert!(
        merged.pending(&merged.responder).is_none(),
        "theirs is what is stored"
    );
}

#[test]
fn the_request_being_answered_is_kept_with_the_responder_profile_and_can_be_forgotten() {
    use shindan_core::supply::{Day, PublicKey, Request, RequestId, Scope};
    let mut key = [9u8; 65];
    key[0] = 4;
    let r = Rc::new(Request {
        id: RequestId([9; 16]),
        requester_key: PublicKey::from_bytes(&key).expect("key"),
        scope: Scope::Both,
        due: Day::parse("2027-01-31"),
        organisation: "発注元".into(),
        contact: String::new(),
        reason: "確認のため".into(),
        message: String::new(),
        scs: None,
    });
    let s = send(&incident_store(), StoreAction::asked(r.clone()), 5_000, "f");
    assert_eq!(s.asked.as_deref(), Some(&*r));
    // Kept with the responder profile (its link payload), nothing else written.
    assert!(s.pending_writes().is_empty() && s.pending(&s.supply).is_none());
    let kept = s
        .pending(&s.responder)
        .cloned()
        .expect("responder to write");
    let payload = shindan_core::supply::encode_request(&r).expect("payload");
    assert_eq!(kept.asked.as_deref(), Some(payload.as_str()));
    // After a reload the store reads it back.
    let raw = shindan_core::storage::Stored::write(&kept);
    let again = Rc::new(Store::load(
        Found {
            responder: shindan_core::storage::report::KeptLoad {
                value: <shindan_core::storage::supply::Responder as shindan_core::storage::Stored>::read(
                    &raw,
                )
                .expect("read back"),
                ..Default::default()
            },
            lang: Lang::Ja,
            available: true,
            ..Found::default()
        },
        Route::Sme,
        6_000,
        id("fresh"),
    ));
    assert_eq!(again.asked.as_deref(), Some(&*r));
    // Forgetting it clears both.
    let gone = send(&again, StoreAction::ForgetAsked, 7_000, "g");
    assert!(gone.asked.is_none());
    assert_eq!(
        gone.pending(&gone.responder).map(|r| r.asked.clone()),
        Some(None)
    );
    // The same request again changes nothing.
    assert!(Rc::ptr_eq(
        &s,
        &send(&s, StoreAction::asked(r.clone()), 8_000, "h")
    ));
}

//! The two-tab rules of `store::sync`, case by case, natively: what is written, what follows
//! a write, and what an outside change (another tab) does — unsaved edit vs newer revision,
//! deleted elsewhere, newer format, damage, quota.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use shindan_core::assessment::Assessment;
use shindan_core::storage::record::{Record, RecordId};
use shindan_core::store::library::Library;
use shindan_core::store::sync::{
    after_write, collided, learn, on_outside_change, pending_writes, unsaved, Outcome, Persisted,
    Step, Write,
};

fn id(s: &str) -> RecordId {
    RecordId::parse(s).expect("id")
}

fn rec(s: &str, revision: u64) -> Record {
    let mut a = Assessment::new();
    a.name = format!("{s} r{revision}");
    Record::with(id(s), 1_000, a, revision)
}

fn lib(records: Vec<Record>) -> Library {
    Library::new(records, None, BTreeMap::new(), 1_000, id("fresh"))
}

fn known(pairs: &[(&str, u64)]) -> Persisted {
    pairs.iter().map(|(s, r)| (id(s), *r)).collect()
}

#[test]
fn only_changed_records_are_written_and_gone_ones_removed() {
    let l = lib(vec![rec("a", 3), rec("b", 5), rec("c", 0)]);
    // a is stored at 3 (nothing to do), b at 4 (changed here), c never changed (never stored),
    // d was stored and is gone from memory (deleted here).
    let p = known(&[("a", 3), ("b", 4), ("d", 2)]);
    assert_eq!(
        pending_writes(&l, &p),
        [
            Write::Put {
                id: id("b"),
                expected: Some(4)
            },
            Write::Remove {
                id: id("d"),
                expected: 2
            },
        ]
    );
    // A new record is written expecting nothing stored.
    let l = lib(vec![rec("n", 1)]);
    assert_eq!(
        pending_writes(&l, &Persisted::new()),
        [Write::Put {
            id: id("n"),
            expected: None
        }]
    );
}

#[test]
fn a_done_write_is_known_a_refused_one_keeps_everything() {
    let w = Write::Put {
        id: id("b"),
        expected: Some(4),
    };
    let step = after_write(&w, 5, Outcome::Done);
    assert_eq!(
        step,
        Step::Known {
            id: id("b"),
            revision: 5
        }
    );
    let mut p = known(&[("b", 4)]);
    learn(&mut p, &step);
    assert_eq!(p, known(&[("b", 5)]));
    // Quota: nothing learnt, the write is retried on the next change (still pending).
    let step = after_write(&w, 5, Outcome::Failed);
    assert_eq!(step, Step::SaveFailed);
    let mut p = known(&[("b", 4)]);
    learn(&mut p, &step);
    assert_eq!(p, known(&[("b", 4)]));
    assert_eq!(pending_writes(&lib(vec![rec("b", 5)]), &p).len(), 1);
}

#[test]
fn a_write_over_another_tabs_newer_revision_keeps_both() {
    let w = Write::Put {
        id: id("b"),
        expected: Some(4),
    };
    let theirs = Box::new(rec("b", 6));
    let step = after_write(&w, 5, Outcome::Conflict(Some(theirs.clone())));
    assert_eq!(step, Step::KeepBoth(id("b"), Some(theirs)));
    let mut p = known(&[("b", 4)]);
    learn(&mut p, &step);
    assert_eq!(p, known(&[("b", 6)]), "theirs is what is stored now");
    // The other tab deleted it meanwhile: ours is kept as a copy, theirs is gone.
    let step = after_write(&w, 5, Outcome::Conflict(None));
    assert_eq!(step, Step::KeepBoth(id("b"), None));
    let mut p = known(&[("b", 4)]);
    learn(&mut p, &step);
    assert!(p.is_empty());
}

#[test]
fn deleting_here_what_another_tab_changed_brings_theirs_back() {
    let w = Write::Remove {
        id: id("d"),
        expected: 2,
    };
    let theirs = Box::new(rec("d", 3));
    assert_eq!(
        after_write(&w, 0, Outcome::Conflict(Some(theirs.clone()))),
        Step::Adopt(theirs)
    );
    assert_eq!(
        after_write(&w, 0, Outcome::Conflict(None)),
        Step::Forget(id("d"))
    );
    assert_eq!(after_write(&w, 0, Outcome::Done), Step::Forget(id("d")));
}

#[test]
fn an_outside_change_is_adopted_unless_ours_is_unsaved() {
    let key = id("b").key();
    let theirs = rec("b", 7);
    let raw = theirs.to_json();
    // Nothing unsaved here (stored at 5, in memory at 5): adopt theirs.
    let l = lib(vec![rec("b", 5)]);
    let p = known(&[("b", 5)]);
    assert!(!unsaved(&l, &p, &id("b")));
    assert_eq!(
        on_outside_change(&l, &p, &key, Some(&raw)),
        Step::Adopt(Box::new(theirs.clone()))
    );
    // Unsaved here (in memory 6, stored 5): keep both.
    let l = lib(vec![rec("b", 6)]);
    assert!(unsaved(&l, &p, &id("b")));
    let step = on_outside_change(&l, &p, &key, Some(&raw));
    assert_eq!(step, Step::KeepBoth(id("b"), Some(Box::new(theirs))));
    let mut p2 = p.clone();
    learn(&mut p2, &step);
    assert_eq!(p2, known(&[("b", 7)]));
}

/// Two tabs wrote the same record within the moment one tab's view of storage lags the other's
/// write: both checked the revision they knew, both wrote. The version that arrives from the
/// other tab at a revision this tab has already stored, saying something else, is not taken
/// over ours: both are kept (ours under a copy), and nothing is lost whichever write won in
/// storage.
#[test]
fn a_write_that_collided_with_ours_keeps_both() {
    let key = id("b").key();
    // Here: written at 6 ("ours"). There: also written at 6, over the 5 both knew ("theirs").
    let mut ours = rec("b", 6);
    ours.assessment = std::rc::Rc::new({
        let mut a = Assessment::new();
        a.name = "ours".into();
        a
    });
    let mut theirs = rec("b", 6);
    theirs.assessment = std::rc::Rc::new({
        let mut a = Assessment::new();
        a.name = "theirs".into();
        a
    });
    let l = lib(vec![ours.clone()]);
    let p = known(&[("b", 6)]);
    assert!(
        !unsaved(&l, &p, &id("b")),
        "ours is stored: nothing unsaved"
    );
    assert!(collided(&l, &p, &theirs));
    let step = on_outside_change(&l, &p, &key, Some(&theirs.to_json()));
    assert_eq!(
        step,
        Step::KeepBoth(id("b"), Some(Box::new(theirs.clone())))
    );
    // An older revision that says something else (a tab whose stale write landed after ours
    // at 7): kept beside ours too, never taken as newer.
    let mut older = theirs.clone();
    older.revision = 5;
    let l7 = lib(vec![{
        let mut r = ours.clone();
        r.revision = 7;
        r
    }]);
    let p7 = known(&[("b", 7)]);
    assert!(collided(&l7, &p7, &older));
    assert!(matches!(
        on_outside_change(&l7, &p7, &key, Some(&older.to_json())),
        Step::KeepBoth(..)
    ));
    // The same revision saying the same (our own write seen again): no collision, adopted.
    assert!(!collided(&l, &p, &ours));
    assert_eq!(
        on_outside_change(&l, &p, &key, Some(&ours.to_json())),
        Step::Adopt(Box::new(ours.clone()))
    );
    // A newer revision is the ordinary case: adopted.
    let mut newer = theirs.clone();
    newer.revision = 7;
    assert!(!collided(&l, &p, &newer));
    assert_eq!(
        on_outside_change(&l, &p, &key, Some(&newer.to_json())),
        Step::Adopt(Box::new(newer))
    );
    // A record this tab never stored, or only holds in memory, is not a collision.
    assert!(!collided(&l, &known(&[]), &theirs));
    assert!(!collided(&lib(vec![]), &p, &theirs));
}

#[test]
fn a_removal_elsewhere_removes_here_unless_ours_is_unsaved() {
    let key = id("b").key();
    let p = known(&[("b", 5)]);
    assert_eq!(
        on_outside_change(&lib(vec![rec("b", 5)]), &p, &key, None),
        Step::AdoptRemoval(id("b"))
    );
    // Unsaved here: forget the stored copy; ours is written again as new (nothing lost).
    let l = lib(vec![rec("b", 6)]);
    let step = on_outside_change(&l, &p, &key, None);
    assert_eq!(step, Step::Forget(id("b")));
    let mut p2 = p.clone();
    learn(&mut p2, &step);
    assert_eq!(
        pending_writes(&l, &p2),
        [Write::Put {
            id: id("b"),
            expected: None
        }]
    );
}

#[test]
fn newer_damaged_foreign_and_mismatched_values_are_left_alone() {
    let l = lib(vec![rec("b", 5)]);
    let p = known(&[("b", 5)]);
    let key = id("b").key();
    let newer = rec("b", 9)
        .to_json()
        .replacen("\"format\":2", "\"format\":3", 1);
    assert_eq!(
        on_outside_change(&l, &p, &key, Some(&newer)),
        Step::Nothing,
        "newer format"
    );
    assert_eq!(
        on_outside_change(&l, &p, &key, Some("{\"format\":2,")),
        Step::Nothing,
        "damaged"
    );
    assert_eq!(
        on_outside_change(&l, &p, "shindan.v2.ui", Some("{}")),
        Step::Nothing,
        "not a record"
    );
    assert_eq!(
        on_outside_change(&l, &p, "other.app", None),
        Step::Nothing,
        "not ours"
    );
    let other = rec("c", 2).to_json();
    assert_eq!(
        on_outside_change(&l, &p, &key, Some(&other)),
        Step::Nothing,
        "id does not match its key"
    );
}

#[test]
fn teaches_says_exactly_when_learning_changes_what_is_known() {
    use shindan_core::store::sync::teaches;
    let p = known(&[("a", 3), ("b", 5)]);
    let steps = [
        Step::Nothing,
        Step::SaveFailed,
        Step::Known {
            id: id("a"),
            revision: 3,
        },
        Step::Known {
            id: id("a"),
            revision: 4,
        },
        Step::Known {
            id: id("n"),
            revision: 1,
        },
        Step::Forget(id("a")),
        Step::Forget(id("zz")),
        Step::AdoptRemoval(id("b")),
        Step::Adopt(Box::new(rec("b", 5))),
        Step::Adopt(Box::new(rec("b", 6))),
        Step::KeepBoth(id("a"), Some(Box::new(rec("a", 3)))),
        Step::KeepBoth(id("a"), Some(Box::new(rec("a", 9)))),
        Step::KeepBoth(id("a"), None),
        Step::KeepBoth(id("zz"), None),
    ];
    for s in steps {
        let mut after = p.clone();
        learn(&mut after, &s);
        assert_eq!(teaches(&p, &s), after != p, "{s:?}");
    }
}

//! The comparison panel's view-model (`vm::compare`), case by case: which assessments the
//! menus offer and under which names, the A/B choice and its validity (nothing chosen, one,
//! one that is gone, two of different kinds, two of the same kind, the same one twice), what
//! each shows — the figures taken from `assessment::compare`, not recomputed — and the
//! commands (choose, print, CSV) with the export's outcome.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

use shindan_core::assessment::compare::{
    compare, comparison_file_name, item_rows, net_rows, to_csv_named, Mark, NetRow, Unit,
};
use shindan_core::assessment::{Action, Assessment, MetaField};
use shindan_core::lang::Lang;
use shindan_core::model::{model, AnswerKind, Id};
use shindan_core::storage::record::{ComparePick, Record, RecordId};
use shindan_core::store::library::Library;
use shindan_core::vm::compare::*;
use shindan_core::vm::Update;

use AnswerKind::{Implemented as I, NotImplemented as N, Partial as P};

fn id(s: &str) -> RecordId {
    RecordId::parse(s).unwrap()
}

fn assessment(name: &str, date: &str, answers: &[(&str, AnswerKind)]) -> Assessment {
    let mut a = Assessment::new();
    a.apply(Action::Meta(MetaField::Name, name.into()));
    a.apply(Action::Meta(MetaField::Date, date.into()));
    for (item, k) in answers {
        a.apply(Action::Answer(Id::from(*item), Some(*k)));
    }
    a
}

fn record(s: &str, updated: u64, a: Assessment) -> Record {
    let mut r = Record::with(id(s), updated, a, 1);
    r.updated = updated;
    r
}

/// Two SME assessments of one company a year apart, an executive check, a duplicate of the
/// first (same name and date), and a blank one.
fn library() -> Library {
    let last = assessment(
        "A社",
        "2025-02-01",
        &[("sc.01", N), ("sc.02", P), ("sc.03", I)],
    );
    let this = assessment(
        "A社",
        "2026-02-01",
        &[("sc.01", I), ("sc.02", N), ("sc.03", I)],
    );
    let exec = assessment("B社", "2026-03-01", &[("v3.a2.1-1", P)]);
    let mut dup = record("dup", 1_500, last.clone());
    dup.created = 1_400;
    Library::new(
        vec![
            record("last", 1_000, last),
            record("this", 2_000, this),
            record("exec", 3_000, exec),
            dup,
            record("blank", 4_000, Assessment::new()),
        ],
        Some(id("this")),
        BTreeMap::new(),
        5_000,
        id("fresh"),
    )
}

fn pick(a: Option<&str>, b: Option<&str>) -> ComparePick {
    ComparePick {
        a: a.map(id),
        b: b.map(id),
    }
}

#[test]
fn the_menus_offer_every_assessment_with_answers_newest_first_each_named_apart() {
    let lib = library();
    let c = candidates(model(), &lib, Lang::Ja);
    let ids: Vec<&str> = c.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["exec", "this", "dup", "last"]);
    let names: Vec<&str> = c.iter().map(|c| c.name.as_str()).collect();
    // The duplicate was made later than the original: it is the 「（2）」.
    assert_eq!(
        names,
        [
            "B社（2026-03-01）",
            "A社（2026-02-01）",
            "A社（2025-02-01）（2）",
            "A社（2025-02-01）"
        ]
    );
    let en = candidates(model(), &lib, Lang::En);
    assert_eq!(en[2].name, "A社 (2025-02-01) (2)");
}

#[test]
fn choosing_a_side_sends_the_new_choice_and_keeps_the_other_side() {
    let mut s = CompareState::default();
    let now = pick(Some("last"), Some("this"));
    assert_eq!(
        s.update(CompareEvent::Choose {
            pick: now.clone(),
            side: Side::A,
            id: Some(id("dup"))
        }),
        Some(CompareCommand::Choose(pick(Some("dup"), Some("this"))))
    );
    assert_eq!(
        s.update(CompareEvent::Choose {
            pick: now.clone(),
            side: Side::B,
            id: None
        }),
        Some(CompareCommand::Choose(pick(Some("last"), None)))
    );
    assert_eq!(s, CompareState::default());
}

#[test]
fn print_and_csv_are_commands_and_a_refused_download_is_shown() {
    let mut s = CompareState::default();
    assert_eq!(s.update(CompareEvent::Print), Some(CompareCommand::Print));
    assert_eq!(
        s.update(CompareEvent::ExportCsv),
        Some(CompareCommand::ExportCsv)
    );
    assert!(!s.export_failed);
    assert_eq!(s.update(CompareEvent::Exported(false)), None);
    assert!(s.export_failed);
    s.update(CompareEvent::Exported(true));
    assert!(!s.export_failed);
}

#[test]
fn a_hint_until_both_are_chosen_and_still_there() {
    let lib = library();
    let c = candidates(model(), &lib, Lang::Ja);
    for p in [
        pick(None, None),
        pick(Some("last"), None),
        pick(None, Some("this")),
        // Deleted since it was chosen.
        pick(Some("gone"), Some("this")),
        // Never comparable: nothing answered.
        pick(Some("last"), Some("blank")),
    ] {
        assert_eq!(shown(model(), &p, &c, Lang::Ja), Shown::Hint, "{p:?}");
    }
    assert_eq!(
        valid(&pick(Some("gone"), Some("blank")), &c),
        pick(None, None)
    );
    assert_eq!(
        valid(&pick(Some("last"), Some("this")), &c),
        pick(Some("last"), Some("this"))
    );
}

#[test]
fn two_of_different_kinds_are_not_compared() {
    let lib = library();
    let c = candidates(model(), &lib, Lang::Ja);
    assert_eq!(
        shown(model(), &pick(Some("last"), Some("exec")), &c, Lang::Ja),
        Shown::NotSameKind
    );
}

#[test]
fn two_of_the_same_kind_show_the_comparisons_own_rows_under_the_menus_names() {
    let lib = library();
    let c = candidates(model(), &lib, Lang::Ja);
    let Shown::Result(r) = shown(model(), &pick(Some("last"), Some("this")), &c, Lang::Ja) else {
        panic!("no result")
    };
    assert_eq!(r.name_a, "A社（2025-02-01）");
    assert_eq!(r.name_b, "A社（2026-02-01）");
    let (a, b) = (
        &lib.records[&id("last")].assessment,
        &lib.records[&id("this")].assessment,
    );
    let cmp = compare(model(), a, b);
    let items = item_rows(model(), &cmp, Lang::Ja);
    assert_eq!(r.comparison, cmp);
    assert_eq!(r.items, items);
    assert_eq!(r.net, net_rows(model(), &cmp, &items, Lang::Ja));
    assert!(r.comparison.kinds.sme && !r.comparison.kinds.exec);
    let marks: Vec<Mark> = r.items.iter().map(|i| i.mark).collect();
    assert_eq!(marks, [Mark::Improved, Mark::Worse]);
    // The CSV carries the same names; its file is named by organisation and both dates.
    assert_eq!(
        r.csv(model(), Lang::Ja),
        to_csv_named(
            model(),
            a,
            b,
            ("A社（2025-02-01）".into(), "A社（2026-02-01）".into()),
            Lang::Ja
        )
    );
    assert_eq!(
        r.file_name("2026-12-07"),
        comparison_file_name(a, b, "2026-12-07")
    );
    assert!(r.file_name("2026-12-07").contains("2025-02-01_2026-02-01"));
}

#[test]
fn the_same_assessment_twice_reads_as_a_and_b_with_no_item_changed() {
    let lib = library();
    let c = candidates(model(), &lib, Lang::En);
    let Shown::Result(r) = shown(model(), &pick(Some("this"), Some("this")), &c, Lang::En) else {
        panic!("no result")
    };
    assert_eq!(r.name_a, "A社 (2026-02-01) (A)");
    assert_eq!(r.name_b, "A社 (2026-02-01) (B)");
    assert!(r.items.is_empty());
    assert!(r
        .net
        .iter()
        .all(|n| n.mark() == Mark::Unchanged || n.mark() == Mark::NotComparable));
}

#[test]
fn marks_rows_and_differences_read_as_shown() {
    assert_eq!(arrow(Mark::Improved), "▲ ");
    assert_eq!(arrow(Mark::Worse), "▼ ");
    assert_eq!(arrow(Mark::Unchanged), "＝ ");
    assert_eq!(arrow(Mark::NotComparable), "");

    assert_eq!(item_delta_text(Some(2)), "+2");
    assert_eq!(item_delta_text(Some(-1)), "-1");
    assert_eq!(item_delta_text(Some(0)), "0");
    assert_eq!(item_delta_text(None), "–");

    let row = |key: &str, improved, worse| NetRow {
        key: key.into(),
        label: String::new(),
        title: String::new(),
        unit: Unit::Points,
        a: Some(1.0),
        b: Some(2.0),
        provisional: (false, false),
        improved,
        worse,
    };
    assert!(is_total(&row("sme", 0, 0)) && is_total(&row("exec", 0, 0)));
    assert!(!is_total(&row("sc.part1", 0, 0)) && !is_total(&row("v3.d3", 0, 0)));
    assert_eq!(counts_text(&row("sme", 0, 0), Lang::Ja), None);
    assert_eq!(
        counts_text(&row("sme", 2, 1), Lang::Ja).unwrap(),
        format!(
            " ({} 2 · {} 1)",
            shindan_core::i18n::t(Lang::Ja, shindan_core::i18n::Msg::CmpImproved),
            shindan_core::i18n::t(Lang::Ja, shindan_core::i18n::Msg::CmpWorse)
        )
    );
    assert_eq!(
        counts_text(&row("sme", 0, 3), Lang::En).unwrap(),
        format!(
            " ({} 0 · {} 3)",
            shindan_core::i18n::t(Lang::En, shindan_core::i18n::Msg::CmpImproved),
            shindan_core::i18n::t(Lang::En, shindan_core::i18n::Msg::CmpWorse)
        )
    );
}

//! The "My assessments" list's view-model (`vm::assessments`), case by case: what each row
//! shows (name or 「名前なし」, badges, progress from `assessment::figures`), the filter, the
//! rename form's states (closed, open on one row, typed, saved, cancelled), the command each
//! button sends, the undo bar, and the storage section's summary and persistence line.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

use shindan_core::assessment::{exec_progress, sme_progress, Action, Assessment, MetaField};
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, AnswerKind, Id};
use shindan_core::storage::record::{Record, RecordId};
use shindan_core::store::library::{Library, LibraryAction};
use shindan_core::vm::assessments::*;
use shindan_core::vm::Update;

fn id(s: &str) -> RecordId {
    RecordId::parse(s).unwrap()
}

fn named(name: &str) -> Assessment {
    let mut a = Assessment::new();
    a.apply(Action::Meta(MetaField::Name, name.into()));
    a
}

fn record(s: &str, updated: u64, a: Assessment, revision: u64) -> Record {
    let mut r = Record::with(id(s), 1_000, a, revision);
    r.updated = updated;
    r
}

/// Three stored assessments (b changed last), `a` open.
fn library() -> Library {
    let mut a = named("株式会社アルファ");
    a.apply(Action::Meta(MetaField::Date, "2025-04-01".into()));
    a.apply(Action::Meta(MetaField::Assessor, "佐藤".into()));
    a.apply(Action::Answer(
        Id::from("sc.01"),
        Some(AnswerKind::Implemented),
    ));
    Library::new(
        vec![
            record("a", 2_000, a, 3),
            record("b", 3_000, named("Beta Inc."), 1),
            record("c", 1_000, named("株式会社ガンマ"), 2),
        ],
        Some(id("a")),
        BTreeMap::new(),
        5_000,
        id("fresh"),
    )
}

fn ids(rows: &[Row]) -> Vec<&str> {
    rows.iter().map(|r| r.id.as_str()).collect()
}

#[test]
fn rows_show_every_assessment_newest_change_first_with_its_figures() {
    let lib = library();
    let rows = ListState::default().rows(model(), &lib, Lang::Ja);
    assert_eq!(ids(&rows), ["b", "a", "c"]);
    let a = &rows[1];
    assert_eq!(a.name, "株式会社アルファ");
    assert_eq!(a.raw_name, "株式会社アルファ");
    assert!(a.open);
    assert!(!rows[0].open && !rows[2].open);
    assert_eq!(a.date, "2025-04-01");
    assert_eq!(a.assessor, "佐藤");
    assert_eq!(a.updated, 2_000);
    assert!(!a.not_saved && !a.conflict_copy);
    assert_eq!(a.renaming, None);
    // The progress is the figures' own count, with its total.
    let stored = &lib.records[&id("a")].assessment;
    let sme = sme_progress(model(), stored);
    assert_eq!(sme.answered, 1);
    assert_eq!(a.progress, format!("中小企業 {}", sme.text()));
}

#[test]
fn progress_names_the_parts_started_or_both_when_none_is() {
    let m = model();
    let blank = Assessment::new();
    let (sme, exec) = (sme_progress(m, &blank), exec_progress(m, &blank));
    assert_eq!(
        progress_text(m, Lang::Ja, &blank),
        format!("中小企業 {} · 経営者 {}", sme.text(), exec.text())
    );
    assert_eq!(
        progress_text(m, Lang::En, &blank),
        format!("SME {} · Executive {}", sme.text(), exec.text())
    );
    assert!(sme.total > 0 && exec.total > 0);

    let mut only_exec = Assessment::new();
    only_exec.apply(Action::Answer(
        Id::from("v3.a2.1-1"),
        Some(AnswerKind::Partial),
    ));
    let exec = exec_progress(m, &only_exec);
    assert_eq!(exec.answered, 1);
    assert_eq!(
        progress_text(m, Lang::En, &only_exec),
        format!("Executive {}", exec.text())
    );

    let mut both = only_exec.clone();
    both.apply(Action::Answer(
        Id::from("sc.02"),
        Some(AnswerKind::Implemented),
    ));
    assert_eq!(
        progress_text(m, Lang::En, &both),
        format!(
            "SME {} · Executive {}",
            sme_progress(m, &both).text(),
            exec_progress(m, &both).text()
        )
    );
}

#[test]
fn an_untitled_assessment_reads_as_untitled_in_each_language_and_renames_from_blank() {
    let lib = Library::new(
        vec![record("u", 1_000, named("   "), 1)],
        Some(id("u")),
        BTreeMap::new(),
        1_000,
        id("fresh"),
    );
    for lang in [Lang::Ja, Lang::En] {
        let rows = ListState::default().rows(model(), &lib, lang);
        assert_eq!(rows[0].name, t(lang, Msg::Untitled));
        assert_eq!(rows[0].raw_name, "   ");
    }
    assert_eq!(display_name("", Lang::Ja), "（名前なし）");
    assert_eq!(display_name("A社", Lang::En), "A社");
}

#[test]
fn badges_mark_a_conflict_copy_and_an_assessment_not_stored_yet() {
    let mut copy = record("copy", 1_000, named("A"), 1);
    copy.conflict_of = Some(id("orig"));
    let lib = Library::new(
        vec![copy, record("new", 900, named("B"), 0)],
        Some(id("copy")),
        BTreeMap::new(),
        1_000,
        id("fresh"),
    );
    let rows = ListState::default().rows(model(), &lib, Lang::Ja);
    assert_eq!(ids(&rows), ["copy", "new"]);
    assert!(rows[0].conflict_copy && !rows[0].not_saved);
    assert!(!rows[1].conflict_copy && rows[1].not_saved);
}

#[test]
fn the_filter_matches_the_organisation_case_insensitively() {
    let lib = library();
    let mut s = ListState::default();
    assert_eq!(s.update(ListEvent::Filter("beta".into())), None);
    assert_eq!(s.filter, "beta");
    assert_eq!(ids(&s.rows(model(), &lib, Lang::En)), ["b"]);
    s.update(ListEvent::Filter("株式会社".into()));
    assert_eq!(ids(&s.rows(model(), &lib, Lang::En)), ["a", "c"]);
    s.update(ListEvent::Filter("nobody".into()));
    assert!(s.rows(model(), &lib, Lang::En).is_empty());
    s.update(ListEvent::Filter(String::new()));
    assert_eq!(s.rows(model(), &lib, Lang::En).len(), 3);
}

#[test]
fn the_rename_form_opens_on_one_row_takes_typing_and_saves_the_name_typed() {
    let lib = library();
    let mut s = ListState::default();
    assert_eq!(
        s.update(ListEvent::StartRename(id("c"), "株式会社ガンマ".into())),
        None
    );
    let rows = s.rows(model(), &lib, Lang::Ja);
    let open: Vec<_> = rows.iter().filter_map(|r| r.renaming.clone()).collect();
    assert_eq!(open, ["株式会社ガンマ"]);
    assert_eq!(rows[2].renaming.as_deref(), Some("株式会社ガンマ"));

    assert_eq!(s.update(ListEvent::EditName("ガンマ物産".into())), None);
    assert_eq!(
        s.rows(model(), &lib, Lang::Ja)[2].renaming.as_deref(),
        Some("ガンマ物産")
    );
    assert_eq!(
        s.update(ListEvent::SaveName),
        Some(ListCommand::Rename(id("c"), "ガンマ物産".into()))
    );
    assert_eq!(s.renaming, None);
    assert!(s
        .rows(model(), &lib, Lang::Ja)
        .iter()
        .all(|r| r.renaming.is_none()));
    // Saved once: a second submit sends nothing.
    assert_eq!(s.update(ListEvent::SaveName), None);
}

#[test]
fn a_cancelled_rename_sends_nothing_and_a_second_row_takes_the_form_over() {
    let mut s = ListState::default();
    s.update(ListEvent::StartRename(id("a"), "A".into()));
    s.update(ListEvent::EditName("typed".into()));
    assert_eq!(s.update(ListEvent::CancelRename), None);
    assert_eq!(s.renaming, None);

    s.update(ListEvent::StartRename(id("a"), "A".into()));
    s.update(ListEvent::StartRename(id("b"), "B".into()));
    assert_eq!(
        s.renaming,
        Some(Renaming {
            id: id("b"),
            name: "B".into()
        })
    );
    // Saving an emptied name is the user's choice: the row then reads 「名前なし」.
    s.update(ListEvent::EditName(String::new()));
    assert_eq!(
        s.update(ListEvent::SaveName),
        Some(ListCommand::Rename(id("b"), String::new()))
    );
}

#[test]
fn typing_with_no_form_open_changes_nothing() {
    let mut s = ListState::default();
    assert_eq!(s.update(ListEvent::EditName("x".into())), None);
    assert_eq!(s, ListState::default());
}

#[test]
fn each_button_sends_its_action_and_leaves_the_page_state_alone() {
    let mut s = ListState::default();
    s.update(ListEvent::Filter("a".into()));
    let before = s.clone();
    let cases = [
        (ListEvent::New, ListCommand::New),
        (ListEvent::Open(id("b")), ListCommand::Open(id("b"))),
        (
            ListEvent::Duplicate(id("b")),
            ListCommand::Duplicate(id("b")),
        ),
        (
            ListEvent::ExportOne(id("b")),
            ListCommand::ExportBackup(id("b")),
        ),
        (
            ListEvent::ExportCsv(id("b")),
            ListCommand::ExportCsv(id("b")),
        ),
        (ListEvent::Delete(id("b")), ListCommand::Delete(id("b"))),
        (ListEvent::Undo, ListCommand::Undo),
    ];
    for (event, command) in cases {
        assert_eq!(s.update(event.clone()), Some(command), "{event:?}");
        assert_eq!(s, before, "{event:?}");
    }
}

#[test]
fn the_undo_bar_names_the_last_deleted_assessment() {
    let mut lib = library();
    assert_eq!(undo_name(&lib, Lang::Ja), None);
    lib.apply(LibraryAction::Delete(id("b")), 6_000, id("f1"));
    assert_eq!(undo_name(&lib, Lang::Ja).as_deref(), Some("Beta Inc."));
    let rows = ListState::default().rows(model(), &lib, Lang::Ja);
    assert_eq!(ids(&rows), ["a", "c"]);
    lib.apply(LibraryAction::Undo, 7_000, id("f2"));
    assert_eq!(undo_name(&lib, Lang::Ja), None);
    assert_eq!(
        ids(&ListState::default().rows(model(), &lib, Lang::Ja)).len(),
        3
    );

    let mut untitled = Library::new(
        vec![
            record("u", 1_000, named(""), 1),
            record("v", 900, named("V"), 1),
        ],
        Some(id("v")),
        BTreeMap::new(),
        1_000,
        id("fresh"),
    );
    untitled.apply(LibraryAction::Delete(id("u")), 2_000, id("f3"));
    assert_eq!(
        undo_name(&untitled, Lang::En).as_deref(),
        Some("(untitled)")
    );
}

#[test]
fn the_storage_summary_counts_stored_assessments_and_their_size() {
    let lib = Library::new(
        vec![
            record("a", 1_000, named("A"), 1),
            record("b", 1_000, named("B"), 4),
            record("blank", 1_000, Assessment::new(), 0),
        ],
        Some(id("blank")),
        BTreeMap::new(),
        1_000,
        id("fresh"),
    );
    let s = storage_summary(&lib);
    assert_eq!(s.stored, 2);
    let bytes = lib.records[&id("a")].to_json().len() + lib.records[&id("b")].to_json().len();
    assert_eq!(
        s.size,
        format!(
            "{} kB",
            shindan_core::format::fixed(bytes as f64 / 1000.0, 1)
        )
    );
    assert!(s.size.ends_with(" kB") && s.size.contains('.'));

    let empty = Library::new(vec![], None, BTreeMap::new(), 1_000, id("fresh"));
    assert_eq!(
        storage_summary(&empty),
        StorageSummary {
            stored: 0,
            size: "0.0 kB".into()
        }
    );
}

#[test]
fn the_persistence_line_says_granted_denied_or_unknown() {
    assert_eq!(persistence(Some(true)), Msg::PersistGranted);
    assert_eq!(persistence(Some(false)), Msg::PersistDenied);
    assert_eq!(persistence(None), Msg::PersistUnknown);
}

//! The figures users carry out of the app, each defined once (`assessment::figures`): the
//! overall figure, the weakest 指示, the priority list and progress counts — and every place
//! that shows one (results, board summary, comparison panel and CSV, the list of saved
//! assessments) reading the same value. Also the names of exported files and of the
//! assessments offered for comparison, and the comparison's choice kept in the UI state.
#![allow(clippy::unwrap_used)]

use shindan_core::assessment::compare::{
    choice_names, column_names, compare, comparison_file_name, item_rows, net_rows, pair_names,
    to_csv, to_csv_named,
};
use shindan_core::assessment::figures::{overall, priority, weakest};
use shindan_core::assessment::*;
use shindan_core::lang::Lang;
use shindan_core::model::{model, AnswerKind, Id};

use AnswerKind::{Implemented as I, Partial as P};

#[path = "support/exec_pattern.rs"]
mod exec_pattern;

/// The e2e fixtures' pattern, dated.
fn exec_pattern() -> Assessment {
    let mut a = exec_pattern::exec_pattern();
    a.apply(Action::Meta(MetaField::Date, "2025-04-01".into()));
    a
}

fn numbers<T>(rows: &[T], n: impl Fn(&T) -> u8) -> Vec<u8> {
    rows.iter().map(n).collect()
}

#[test]
fn the_overall_figure_is_one_value_wherever_it_is_shown() {
    let m = model();
    let a = exec_pattern();
    let f = exec_figures(m, &a);
    // By hand: 62 points of 116 over the applicable answered A-2 items (指示5 is all 該当しない).
    assert_eq!((f.overall.points, f.overall.max), (62, 116));
    assert_eq!((f.overall.answered, f.overall.total), (40, 40));
    assert_eq!(
        shindan_core::format::percent_num(f.overall.percent.unwrap()),
        "53"
    );
    // Its own function over the per-指示 scores gives the same.
    assert_eq!(overall(&direction_scores(m, &a)), f.overall);

    // The comparison (panel and CSV) reads the same figure for either side.
    let mut b = a.clone();
    b.apply(Action::Answer(Id::from("v3.a2.3-1"), Some(I)));
    let c = compare(m, &a, &b);
    assert_eq!(c.exec_overall.0, f.overall.percent);
    assert_eq!(c.exec_overall.1, exec_figures(m, &b).overall.percent);
    let items = item_rows(m, &c, Lang::Ja);
    let net = net_rows(m, &c, &items, Lang::Ja);
    let row = net.iter().find(|r| r.key == "exec").unwrap();
    assert_eq!(row.value_text(row.a, false), "53%");
    let csv = to_csv(m, &a, &b, Lang::Ja);
    assert!(csv.contains(",53%,"), "{csv}");

    // Nothing answered: no figure, never 0 %.
    let empty = exec_figures(m, &Assessment::new());
    assert_eq!(empty.overall.percent, None);
    assert_eq!((empty.overall.answered, empty.overall.total), (0, 40));
}

#[test]
fn weakest_and_priority_are_named_orderings_and_both_reach_the_board() {
    let m = model();
    let a = exec_pattern();
    let f = exec_figures(m, &a);
    // Weakest: lowest A-2 score first, ties by number (指示3 and 9 at 0 %, then 2, 4, 6 at 50 %).
    assert_eq!(numbers(&f.weakest, |d| d.number), [3, 9, 2]);
    assert_eq!(weakest(&f.directions), f.weakest);
    // Priority: the ranked gap list's first five — the board summary's list.
    assert_eq!(numbers(f.priority(), |g| g.number), [3, 2, 6, 4, 10]);
    assert_eq!(priority(m, &a), f.priority());
    assert_eq!(f.priority(), &ranked_gaps(m, &a)[..PRIORITY_COUNT]);
    // The reason both are shown: 指示9 is weak (0 %) but has no maturity gap, so priority
    // alone would drop it.
    assert!(!f.priority().iter().any(|g| g.number == 9));
    assert!(f.weakest.iter().any(|d| d.number == 9));
    // A 指示 with nothing applicable is never "weakest".
    assert!(f.weakest.iter().all(|d| d.score.percent.is_some()));
    assert_eq!(f.weakest.len(), WEAKEST_COUNT);
}

#[test]
fn progress_counts_carry_their_totals() {
    let m = model();
    let a = exec_pattern();
    let f = exec_figures(m, &a);
    let a1 = m.meti_v3.a1.len();
    let a2 = m.meti_v3.a2.len();
    assert_eq!(f.progress, exec_progress(m, &a));
    assert_eq!(
        f.progress,
        Progress {
            answered: a1 + a2,
            total: a1 + a2
        }
    );
    assert_eq!(f.progress.text(), format!("{0} / {0}", a1 + a2));
    // The SME path: 5 articles, 25 self-diagnosis items, 7 key initiatives.
    let mut s = Assessment::new();
    s.apply(Action::Answer(Id::from("sc.01"), Some(I)));
    s.apply(Action::Answer(Id::from("sme.act1"), Some(P)));
    s.apply(Action::Article(
        Id::from("sme.art1"),
        Some(ArticleStatus::Done),
    ));
    // An ID the model does not know is not progress.
    s.apply(Action::Answer(Id::from("sc.99"), Some(I)));
    let p = sme_progress(m, &s);
    assert_eq!(
        p,
        Progress {
            answered: 3,
            total: 5 + 25 + 7
        }
    );
    assert_eq!(p.text(), "3 / 37");
    assert!(!exec_progress(m, &s).started());
    // The self-diagnosis count inside it is the one the results show.
    assert_eq!(self_check(m, &s).answered, 1);
}

#[test]
fn a_duplicate_is_told_apart_in_the_menus_and_the_columns() {
    let mut a = Assessment::new();
    a.apply(Action::Meta(MetaField::Name, "製作所".into()));
    a.apply(Action::Meta(MetaField::Date, "2025-12-01".into()));
    // The duplicate (`LibraryAction::Duplicate`) keeps the answers and clears the date.
    let mut dup = a.clone();
    dup.date.clear();
    let day = 1_796_601_600_000; // 2026-12-07
    let names = choice_names(&[(&dup, day), (&a, 1_000)], Lang::Ja);
    assert_eq!(names, ["製作所（2026-12-07 作成）", "製作所（2025-12-01）"]);
    let en = choice_names(&[(&dup, day), (&a, 1_000)], Lang::En);
    assert_eq!(en, ["製作所 (made 2026-12-07)", "製作所 (2025-12-01)"]);
    // Two copies made the same day: numbered in the order they were made.
    let names = choice_names(&[(&dup, day + 5), (&dup, day), (&a, 1)], Lang::Ja);
    assert_eq!(
        names,
        [
            "製作所（2026-12-07 作成）（2）",
            "製作所（2026-12-07 作成）",
            "製作所（2025-12-01）"
        ]
    );
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 3, "every menu entry differs");
    // The same assessment twice: (A) and (B).
    assert_eq!(
        pair_names(names[2].clone(), names[2].clone(), Lang::Ja),
        (
            "製作所（2025-12-01）（A）".into(),
            "製作所（2025-12-01）（B）".into()
        )
    );
    // The CSV's columns carry the names the panel shows.
    let m = model();
    let csv = to_csv_named(
        m,
        &a,
        &dup,
        pair_names(names[2].clone(), names[1].clone(), Lang::Ja),
        Lang::Ja,
    );
    let head = csv.lines().next().unwrap();
    assert!(
        head.contains("製作所（2025-12-01）,製作所（2026-12-07 作成）"),
        "{head}"
    );
    // Without a creation day (a pair of assessments alone), the old names.
    assert_eq!(column_names(&a, &dup, Lang::Ja).1, "製作所");
}

#[test]
fn exported_files_are_named_after_what_they_hold() {
    let a = exec_pattern();
    assert_eq!(
        shindan_core::assessment::file_name("", &a, "2026-12-07", "csv"),
        "shindan-株式会社テスト工業-2025-04-01.csv"
    );
    assert_eq!(
        shindan_core::assessment::file_name("plan", &a, "2026-12-07", "csv"),
        "shindan-plan-株式会社テスト工業-2025-04-01.csv"
    );
    // No name, no date: the kind and today.
    assert_eq!(
        shindan_core::assessment::file_name("", &Assessment::new(), "2026-12-07", "json"),
        "shindan-answers-2026-12-07.json"
    );
    let mut b = a.clone();
    b.date = "2026-04-01".into();
    assert_eq!(
        comparison_file_name(&a, &b, "2026-12-07"),
        "shindan-comparison-株式会社テスト工業-2025-04-01_2026-04-01.csv"
    );
    let mut other = Assessment::new();
    other.name = "B/社".into();
    assert_eq!(
        comparison_file_name(&a, &other, "2026-12-07"),
        "shindan-comparison-株式会社テスト工業_B_社-2025-04-01.csv"
    );
}

#[test]
fn the_comparison_choice_is_kept_in_the_ui_state() {
    use shindan_core::storage::record::{ComparePick, Record, RecordId, UiState};
    use shindan_core::storage::report::LoadReport;
    use shindan_core::store::library::LibraryAction;
    use shindan_core::store::{Found, Stamped, Store, StoreAction};
    let id = |s: &str| RecordId::parse(s).unwrap();
    let pick = ComparePick {
        a: Some(id("r1")),
        b: Some(id("r2")),
    };
    // The stored form round-trips, and an older value without it still reads.
    let ui = UiState {
        compare: pick.clone(),
        ..UiState::default()
    };
    let back = UiState::from_json(&ui.to_json()).unwrap();
    assert_eq!(back.compare, pick);
    assert_eq!(
        UiState::from_json(r#"{"format":2,"open":"r1"}"#)
            .unwrap()
            .compare,
        ComparePick::default()
    );
    // Loaded into the store; changed by one action; cleared with everything.
    let records = vec![
        Record::with(id("r1"), 1, exec_pattern(), 1),
        Record::with(id("r2"), 2, exec_pattern(), 1),
    ];
    let report = LoadReport {
        records,
        ui,
        ..LoadReport::default()
    };
    let found = Found {
        report,
        lang: Lang::Ja,
        available: true,
        ..Found::default()
    };
    let store = std::rc::Rc::new(Store::load(
        found,
        shindan_core::route::Route::Assessments,
        10,
        id("fresh"),
    ));
    assert_eq!(store.library.compare, pick);
    let swapped = ComparePick {
        a: Some(id("r2")),
        b: Some(id("r1")),
    };
    let act = |s: std::rc::Rc<Store>, a: LibraryAction| {
        s.reduce(Stamped {
            action: StoreAction::Library(a),
            now: 20,
            fresh: id("fresh2"),
        })
    };
    let store = act(store, LibraryAction::Compare(swapped.clone()));
    assert_eq!(store.library.compare, swapped);
    let store = act(store, LibraryAction::Clear);
    assert_eq!(store.library.compare, ComparePick::default());
}

//! The partners overview's view-model, case by case: each choice and what it does to the page,
//! the rows kept (through `supply::query`) and the page of them shown at every edge, and each
//! cell it derives.
#![allow(clippy::unwrap_used)]

use shindan_core::assessment::WeakItem;
use shindan_core::lang::Lang;
use shindan_core::model::{model, AnswerKind, Id};
use shindan_core::supply::{
    query, OverviewRow, PartnerKey, PartnerKind, Query, RequestId, RowKey, SortKey, Status,
};
use shindan_core::vm::partners_overview::{
    lowest_direction, opens, sort_of, stars, status_of, total_cell, weak_cell, Event, Overview,
    PAGE_ROWS, SORTS,
};

fn row(name: &str) -> OverviewRow {
    OverviewRow {
        key: RowKey::Partner(PartnerKey(name.to_lowercase())),
        name: name.into(),
        kind: None,
        tier: None,
        status: Status::Received,
        request: None,
        scope: None,
        due: None,
        sent_to: String::new(),
        requested_ms: None,
        e2e: true,
        request_deleted: false,
        when_ms: None,
        history: 1,
        sme_total: None,
        sme_complete: false,
        band: None,
        star_one: false,
        star_two: false,
        directions: None,
        weakest: Vec::new(),
        self_check: Vec::new(),
        scs_asked: None,
        scs: None,
    }
}

fn many(n: usize) -> Vec<OverviewRow> {
    (0..n).map(|i| row(&format!("Partner {i:04}"))).collect()
}

/// A few different rows: 0 Beta (received, supplier), 1 alpha (overdue request),
/// 2 Ｇａｍｍａ (stale, plain link, contractor), 3 Delta (requested, supplier).
fn mixed() -> Vec<OverviewRow> {
    let mut b = row("Beta");
    b.kind = Some(PartnerKind::Supplier);
    b.sme_total = Some(40);
    let mut a = row("alpha");
    a.key = RowKey::Request(RequestId([1; 16]));
    a.status = Status::Overdue;
    let mut g = row("Ｇａｍｍａ");
    g.status = Status::Stale;
    g.e2e = false;
    g.kind = Some(PartnerKind::Contractor);
    g.sme_total = Some(70);
    let mut d = row("Delta");
    d.status = Status::Requested;
    d.kind = Some(PartnerKind::Supplier);
    vec![b, a, g, d]
}

#[test]
fn a_new_overview_keeps_every_row_in_register_order_on_its_first_page() {
    let o = Overview::default();
    assert_eq!(o.query(), Query::default());
    assert_eq!(o.selected, None);
    let rows = mixed();
    let s = o.shown(&rows);
    assert_eq!(s.rows, vec![0, 1, 2, 3]);
    assert_eq!((s.total, s.pages, s.page, s.from, s.to), (4, 1, 0, 0, 4));
    assert_eq!(s.on_page(), &[0, 1, 2, 3]);
    assert_eq!((s.prev(), s.next(), s.range()), (None, None, None));
}

#[test]
fn no_rows_is_one_empty_page() {
    let s = Overview::default().shown(&[]);
    assert_eq!((s.total, s.pages, s.page, s.from, s.to), (0, 1, 0, 0, 0));
    assert!(s.on_page().is_empty());
    assert_eq!((s.prev(), s.next(), s.range()), (None, None, None));
}

#[test]
fn each_choice_is_held_and_handed_to_the_query() {
    let mut o = Overview::default();
    o.update(Event::Search("be".into()));
    o.update(Event::Sort(SortKey::Total));
    o.update(Event::ToggleDescending);
    o.update(Event::Status(Some(Status::Stale)));
    o.update(Event::Kind(Some(PartnerKind::Contractor)));
    o.update(Event::TogglePlainOnly);
    assert_eq!(
        o.query(),
        Query {
            search: "be".into(),
            statuses: vec![Status::Stale],
            kind: Some(PartnerKind::Contractor),
            plain_only: true,
            sort: SortKey::Total,
            descending: true,
        }
    );
    o.update(Event::ToggleDescending);
    o.update(Event::TogglePlainOnly);
    o.update(Event::Status(None));
    o.update(Event::Kind(None));
    let q = o.query();
    assert!(!q.descending && !q.plain_only && q.statuses.is_empty() && q.kind.is_none());
}

#[test]
fn the_rows_kept_are_supply_query_s() {
    let rows = mixed();
    let cases: Vec<(&str, Vec<Event>, Vec<usize>)> = vec![
        (
            "search, width and case blind",
            vec![Event::Search("gamma".into())],
            vec![2],
        ),
        (
            "search matching nothing",
            vec![Event::Search("zeta".into())],
            vec![],
        ),
        (
            "status",
            vec![Event::Status(Some(Status::Overdue))],
            vec![1],
        ),
        (
            "type",
            vec![Event::Kind(Some(PartnerKind::Supplier))],
            vec![0, 3],
        ),
        ("plain links only", vec![Event::TogglePlainOnly], vec![2]),
        (
            "by name",
            vec![Event::Sort(SortKey::Name)],
            vec![1, 0, 3, 2],
        ),
        (
            "by name, descending",
            vec![Event::Sort(SortKey::Name), Event::ToggleDescending],
            vec![2, 3, 0, 1],
        ),
        (
            "by total, none last",
            vec![Event::Sort(SortKey::Total)],
            vec![0, 2, 1, 3],
        ),
        (
            "type and status together",
            vec![
                Event::Kind(Some(PartnerKind::Supplier)),
                Event::Status(Some(Status::Requested)),
            ],
            vec![3],
        ),
    ];
    for (name, events, want) in cases {
        let mut o = Overview::default();
        for e in events {
            o.update(e);
        }
        let s = o.shown(&rows);
        assert_eq!(s.rows, want, "{name}");
        assert_eq!(s.rows, query(&rows, &o.query()), "{name}");
        assert_eq!(s.total, 4, "{name}: the caption's total counts every row");
        let names: Vec<_> = s.picked(&rows).into_iter().map(|r| r.name).collect();
        let want_names: Vec<_> = want.iter().map(|&i| rows[i].name.clone()).collect();
        assert_eq!(
            names, want_names,
            "{name}: the CSV takes the rows shown, in order"
        );
    }
}

#[test]
fn pages_of_a_hundred_rows() {
    let rows = many(250);
    let mut o = Overview::default();
    let s = o.shown(&rows);
    assert_eq!((s.pages, s.page, s.from, s.to), (3, 0, 0, PAGE_ROWS));
    assert_eq!(s.on_page().len(), 100);
    assert_eq!(
        (s.prev(), s.next(), s.range()),
        (None, Some(1), Some((1, 100, 250)))
    );
    o.update(Event::Page(1));
    let s = o.shown(&rows);
    assert_eq!(
        (s.prev(), s.next(), s.range()),
        (Some(0), Some(2), Some((101, 200, 250)))
    );
    assert_eq!(s.on_page()[0], 100);
    o.update(Event::Page(2));
    let s = o.shown(&rows);
    assert_eq!((s.from, s.to), (200, 250));
    assert_eq!(
        (s.prev(), s.next(), s.range()),
        (Some(1), None, Some((201, 250, 250)))
    );
    // Exactly one page's worth is one page.
    let s = Overview::default().shown(&many(100));
    assert_eq!((s.pages, s.next(), s.range()), (1, None, None));
    let s = Overview::default().shown(&many(101));
    assert_eq!((s.pages, s.range()), (2, Some((1, 100, 101))));
}

#[test]
fn a_page_past_the_last_shows_the_last() {
    let mut o = Overview::default();
    o.update(Event::Page(9));
    let s = o.shown(&many(250));
    assert_eq!((s.page, s.from, s.to), (2, 200, 250));
    // Rows went away since: the last page there is.
    let s = o.shown(&many(30));
    assert_eq!((s.page, s.from, s.to, s.pages), (0, 0, 30, 1));
}

#[test]
fn any_change_of_what_is_shown_goes_back_to_the_first_page_and_opening_does_not() {
    let changes = [
        Event::Search("1".into()),
        Event::Sort(SortKey::Name),
        Event::ToggleDescending,
        Event::Status(Some(Status::Received)),
        Event::Kind(None),
        Event::TogglePlainOnly,
    ];
    for ev in changes {
        let mut o = Overview::default();
        o.update(Event::Page(2));
        o.update(ev.clone());
        assert_eq!(o.page, 0, "{ev:?}");
    }
    let mut o = Overview::default();
    o.update(Event::Page(2));
    o.update(Event::Open(PartnerKey("beta".into())));
    assert_eq!(
        (o.page, o.selected.clone()),
        (2, Some(PartnerKey("beta".into())))
    );
    o.update(Event::Close);
    assert_eq!((o.page, o.selected), (2, None));
}

#[test]
fn sort_and_status_values_read_back() {
    for (v, _, k) in SORTS {
        assert_eq!(sort_of(v), k, "{v}");
    }
    let keys = [
        SortKey::Added,
        SortKey::Name,
        SortKey::Total,
        SortKey::Status,
        SortKey::When,
        SortKey::Kind,
    ];
    for k in keys {
        assert_eq!(
            SORTS.iter().filter(|s| s.2 == k).count(),
            1,
            "{k:?} offered once"
        );
    }
    assert_eq!(sort_of(""), SortKey::Added);
    assert_eq!(sort_of("nonsense"), SortKey::Added);
    for s in Status::ALL {
        assert_eq!(status_of(s.code()), Some(s));
    }
    assert_eq!(status_of(""), None);
    assert_eq!(status_of("lost"), None);
}

#[test]
fn a_partner_opens_its_details_and_a_waiting_request_does_not() {
    let rows = mixed();
    assert_eq!(opens(&rows[0]), Some(&PartnerKey("beta".into())));
    assert_eq!(opens(&rows[1]), None);
    let mut r = rows[0].clone();
    r.star_one = true;
    assert_eq!(stars(&r), Some((true, false)));
    assert_eq!(stars(&rows[1]), None, "a request has no ★ cell");
}

#[test]
fn the_total_cell_marks_a_provisional_total() {
    let mut r = row("x");
    assert_eq!(total_cell(&r), "—");
    r.sme_total = Some(40);
    assert_eq!(total_cell(&r), "40*");
    r.sme_complete = true;
    assert_eq!(total_cell(&r), "40");
    r.sme_total = Some(-10);
    assert_eq!(total_cell(&r), "-10");
}

#[test]
fn the_lowest_direction_is_the_first_lowest_answered_one() {
    let m = model();
    let label = |i: usize, lang| m.directions()[i].label.get(lang).to_owned();
    let mut r = row("x");
    assert_eq!(
        lowest_direction(m, Lang::Ja, &r),
        None,
        "executive check not asked"
    );
    r.directions = Some(vec![None; 10]);
    assert_eq!(lowest_direction(m, Lang::Ja, &r), None, "nothing answered");
    let mut d = vec![None; 10];
    d[1] = Some(60.0);
    d[4] = Some(20.4);
    d[7] = Some(20.4);
    d[9] = Some(80.0);
    r.directions = Some(d);
    for lang in [Lang::Ja, Lang::En] {
        assert_eq!(
            lowest_direction(m, lang, &r),
            Some(format!("{} 20%", label(4, lang)))
        );
    }
    r.directions = Some(vec![Some(0.0)]);
    assert_eq!(
        lowest_direction(m, Lang::En, &r),
        Some(format!("{} 0%", label(0, Lang::En)))
    );
}

#[test]
fn the_weak_cell_lists_numbers_and_item_ids() {
    let mut r = row("x");
    assert_eq!(weak_cell(&r), (String::new(), String::new()));
    r.weakest = vec![
        WeakItem {
            item: Id("sc.03".into()),
            number: 3,
            answer: AnswerKind::NotImplemented,
        },
        WeakItem {
            item: Id("sc.17".into()),
            number: 17,
            answer: AnswerKind::DontKnow,
        },
    ];
    assert_eq!(weak_cell(&r), ("No.3, No.17".into(), "sc.03 sc.17".into()));
}

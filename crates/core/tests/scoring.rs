//! Native tests of the assessment rules (scoring, bands, stars, gaps, unknowns, CSF views) and of
//! the chart geometry, against the real built-in model.
#![allow(clippy::unwrap_used)]

use shindan_core::assessment::*;
use shindan_core::model::{model, AnswerKind, Id};

use AnswerKind::{
    DontKnow as D, Implemented as I, NotApplicable as Na, NotImplemented as N, Partial as P,
};

fn id(s: &str) -> Id {
    Id::from(s)
}

fn sc_ids() -> Vec<Id> {
    model()
        .sme
        .self_check
        .items
        .iter()
        .map(|i| i.id.clone())
        .collect()
}

/// An assessment whose self-check answers are `i` 実施, `p` 一部, `n` 未実施, `d` わからない, in
/// item order (the rest unanswered).
fn sc_pattern(i: usize, p: usize, n: usize, d: usize) -> Assessment {
    let kinds = std::iter::repeat_n(I, i)
        .chain(std::iter::repeat_n(P, p))
        .chain(std::iter::repeat_n(N, n))
        .chain(std::iter::repeat_n(D, d));
    let mut a = Assessment::new();
    for (item, k) in sc_ids().into_iter().zip(kinds) {
        a.apply(Action::Answer(item, Some(k)));
    }
    a
}

/// (実施, 一部, 未実施, わからない) counts.
type Pattern = (usize, usize, usize, usize);

fn with_answers(pairs: &[(&str, AnswerKind)]) -> Assessment {
    let mut a = Assessment::new();
    for (item, k) in pairs {
        a.apply(Action::Answer(id(item), Some(*k)));
    }
    a
}

// ------------------------------------------------------------------ self-diagnosis

#[test]
fn sme_scale_is_the_official_one() {
    let s = model().sme_scale();
    let pts: Vec<_> = [I, P, N, D]
        .iter()
        .map(|k| s.option(*k).unwrap().points)
        .collect();
    assert_eq!(pts, [Some(4), Some(2), Some(0), Some(-1)]);
    assert_eq!(sc_ids().len(), 25);
}

#[test]
fn self_check_totals_and_bands_at_every_boundary() {
    // (実施, 一部, 未実施, わからない) → exact total, band.
    let table: [(Pattern, i32, &str); 9] = [
        ((0, 0, 0, 25), -25, "sc.band.low"),
        ((0, 0, 25, 0), 0, "sc.band.low"),
        ((12, 1, 11, 1), 49, "sc.band.low"),
        ((12, 1, 12, 0), 50, "sc.band.50"),
        ((17, 1, 6, 1), 69, "sc.band.50"),
        ((17, 1, 7, 0), 70, "sc.band.70"),
        // 99 is unreachable with 4/2/0/−1 over 25 items (an odd total needs a −1, capping it at
        // 95); 98 is the highest total below 100. The band of 99 is checked on the model below.
        ((24, 1, 0, 0), 98, "sc.band.70"),
        ((23, 0, 0, 2), 90, "sc.band.70"),
        ((25, 0, 0, 0), 100, "sc.band.100"),
    ];
    for ((i, p, n, d), total, band) in table {
        assert_eq!(i + p + n + d, 25);
        let r = self_check(model(), &sc_pattern(i, p, n, d));
        assert_eq!(r.total, total, "pattern {:?}", (i, p, n, d));
        assert!(r.complete);
        assert_eq!(r.answered, 25);
        assert_eq!(r.band, Some(id(band)), "total {total}");
        assert_eq!(r.band(model()).unwrap().id, band);
        assert_eq!((r.max, r.min, r.items), (100, -25, 25));
    }
    for (score, band) in [
        (-25, "sc.band.low"),
        (49, "sc.band.low"),
        (50, "sc.band.50"),
        (69, "sc.band.50"),
        (70, "sc.band.70"),
        (99, "sc.band.70"),
        (100, "sc.band.100"),
    ] {
        assert_eq!(model().band_for(score).unwrap().id, band, "{score}");
    }
}

#[test]
fn all_dont_know_is_minus_25_and_every_item_is_a_todo() {
    let r = self_check(model(), &sc_pattern(0, 0, 0, 25));
    assert_eq!(r.total, -25);
    assert_eq!(r.band, Some(id("sc.band.low")));
    assert_eq!(r.dont_know, sc_ids());
    assert!(r.band(model()).unwrap().max <= 49);
}

#[test]
fn unanswered_items_make_the_total_provisional_without_a_band() {
    let table = [(24, 0usize), (0, 0), (10, 3)];
    for (implemented, dk) in table {
        let r = self_check(model(), &sc_pattern(implemented, 0, 0, dk));
        assert!(!r.complete);
        assert_eq!(r.band, None);
        assert_eq!(r.answered, implemented + dk);
        assert_eq!(r.total, 4 * implemented as i32 - dk as i32);
        assert!(r.band(model()).is_none());
    }
}

#[test]
fn self_check_ignores_not_applicable_and_unknown_ids() {
    let mut a = sc_pattern(25, 0, 0, 0);
    a.apply(Action::Answer(id("sc.03"), Some(Na)));
    a.apply(Action::Answer(id("sc.99"), Some(I)));
    a.apply(Action::Answer(id("nonsense"), Some(D)));
    let r = self_check(model(), &a);
    assert_eq!(
        (r.answered, r.total, r.complete, r.band.clone()),
        (24, 96, false, None)
    );
    assert!(r.dont_know.is_empty());
}

#[test]
fn part_subtotals_follow_the_parts() {
    // Part 1 (items 1–5) all 実施, part 2 (6–18) all 未実施, part 3 (19–25) all わからない.
    let r = self_check(model(), &sc_pattern(5, 0, 13, 7));
    let got: Vec<_> = r
        .parts
        .iter()
        .map(|p| (p.part.as_str(), p.points, p.max, p.answered, p.total))
        .collect();
    assert_eq!(
        got,
        [
            ("sc.part1", 20, 20, 5, 5),
            ("sc.part2", 0, 52, 13, 13),
            ("sc.part3", -7, 28, 7, 7)
        ]
    );
    assert_eq!(r.total, 13);
    let sum: i32 = r.parts.iter().map(|p| p.points).sum();
    assert_eq!(sum, r.total);
}

#[test]
fn weakest_items_not_implemented_then_partial_then_dont_know() {
    let a = with_answers(&[
        ("sc.01", D),
        ("sc.02", P),
        ("sc.03", N),
        ("sc.04", I),
        ("sc.05", P),
        ("sc.06", N),
    ]);
    let r = self_check(model(), &a);
    let got: Vec<_> = r
        .weakest
        .iter()
        .map(|w| (w.item.as_str(), w.answer))
        .collect();
    assert_eq!(
        got,
        [
            ("sc.03", N),
            ("sc.06", N),
            ("sc.02", P),
            ("sc.05", P),
            ("sc.01", D)
        ]
    );
    assert_eq!(r.dont_know, [id("sc.01")]);
    assert_eq!(r.weakest[0].number, 3);
}

#[test]
fn actions_score_uses_the_exec_scale() {
    let a = with_answers(&[
        ("sme.act1", I),
        ("sme.act2", P),
        ("sme.act3", D),
        ("sme.act4", Na),
    ]);
    let s = actions_score(model(), &a);
    assert_eq!(
        (
            s.points,
            s.max,
            s.answered,
            s.total,
            s.dont_know,
            s.not_applicable
        ),
        (6, 12, 4, 7, 1, 1)
    );
    assert_eq!(s.percent, Some(50.0));
    assert!(!s.is_complete());
    let empty = actions_score(model(), &Assessment::new());
    assert_eq!((empty.percent, empty.answered), (None, 0));
    assert!(!empty.is_not_applicable());
}

// ------------------------------------------------------------------ stars

fn articles(statuses: &[Option<ArticleStatus>]) -> Assessment {
    let mut a = Assessment::new();
    for (art, s) in model().articles().iter().zip(statuses) {
        a.apply(Action::Article(art.id.clone(), *s));
    }
    a
}

#[test]
fn star_one_needs_every_article_done_or_committed() {
    use ArticleStatus::{Committed as C, Done as Dn, NotYet as Ny};
    let r = star_one(model(), &articles(&[Some(Dn); 5]));
    assert!(r.ready);
    assert!(r.committed.is_empty() && r.missing.is_empty());

    let r = star_one(
        model(),
        &articles(&[Some(Dn), Some(C), Some(Dn), Some(C), Some(Dn)]),
    );
    assert!(r.ready);
    assert_eq!(r.committed, [id("sme.art2"), id("sme.art4")]);
    assert_eq!(r.done.len(), 3);

    let r = star_one(
        model(),
        &articles(&[Some(Dn), Some(Ny), None, Some(C), Some(Dn)]),
    );
    assert!(!r.ready);
    let missing: Vec<_> = r
        .missing
        .iter()
        .map(|m| (m.article.as_str(), m.number, m.status))
        .collect();
    assert_eq!(missing, [("sme.art2", 2, Some(Ny)), ("sme.art3", 3, None)]);
    let readiness = star_readiness(
        model(),
        &articles(&[Some(Dn), Some(Ny), None, Some(C), Some(Dn)]),
        "sa.star1",
    );
    assert_eq!(
        readiness.unmet,
        [Unmet {
            criterion: id("sa.1-1"),
            missing: Missing::Articles(vec![id("sme.art2"), id("sme.art3")])
        }]
    );
    assert!(!star_one(model(), &Assessment::new()).ready);
}

#[test]
fn star_two_names_each_missing_piece() {
    let full = || {
        let mut a = sc_pattern(0, 0, 20, 5); // low score: no threshold applies
        a.apply(Action::PolicyEstablished(true));
        a.apply(Action::PolicyPublished(true));
        a
    };
    let r = star_two(model(), &full());
    assert!(r.ready, "{r:?}");
    assert_eq!(r.met, [id("sa.2-1"), id("sa.2-2"), id("sa.2-3")]);

    let missing = |a: &Assessment| -> Vec<Missing> {
        star_two(model(), a)
            .unmet
            .into_iter()
            .map(|u| u.missing)
            .collect()
    };
    let mut a = full();
    a.apply(Action::Answer(id("sc.07"), None));
    a.apply(Action::Answer(id("sc.08"), None));
    assert_eq!(missing(&a), [Missing::UnansweredItems(2)]);
    let mut a = full();
    a.apply(Action::PolicyEstablished(false));
    assert_eq!(missing(&a), [Missing::PolicyNotEstablished]);
    let mut a = full();
    a.apply(Action::PolicyPublished(false));
    assert_eq!(missing(&a), [Missing::PolicyNotPublished]);
    assert_eq!(
        missing(&Assessment::new()),
        [
            Missing::UnansweredItems(25),
            Missing::PolicyNotEstablished,
            Missing::PolicyNotPublished
        ]
    );
    assert!(!star_two(model(), &Assessment::new()).ready);
}

#[test]
fn star_two_follows_the_model_criteria_exactly() {
    // ★★ does not list ★ in the model, so articles do not matter for ★★ …
    let star2: Vec<_> = model()
        .sa_criteria("sa.star2")
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(star2, ["sa.2-1", "sa.2-2", "sa.2-3"]);
    assert!(model()
        .sa_criteria("sa.star2")
        .all(|c| !c.links.iter().any(|l| l == "sa.star1")));
    // … and every criterion in the model is one the code can check.
    for c in &model().security_action.criteria {
        assert!(
            shindan_core::assessment::stars::KNOWN_CRITERIA.contains(&c.id.as_str()),
            "unchecked criterion {}",
            c.id
        );
    }
    let r = star_readiness(model(), &Assessment::new(), "sa.star9");
    assert!(!r.ready);
}

// ------------------------------------------------------------------ executive: 指示 and 原則

fn a2_of(d: &str) -> Vec<Id> {
    model().a2_items(d).map(|i| i.id.clone()).collect()
}

/// Answers every A-2 item of direction `d` with `k`.
fn answer_direction(a: &mut Assessment, d: &str, k: AnswerKind) {
    for item in a2_of(d) {
        a.apply(Action::Answer(item, Some(k)));
    }
}

fn set_tiers(a: &mut Assessment, d: &str, current: Option<u8>, target: Option<u8>) {
    a.apply(Action::Tier(id(d), TierEnd::Current, current));
    a.apply(Action::Tier(id(d), TierEnd::Target, target));
}

#[test]
fn exec_scale_is_4_2_0_0_and_not_applicable_is_excluded() {
    let s = model().exec_scale();
    let pts: Vec<_> = [I, P, N, D, Na]
        .iter()
        .map(|k| s.option(*k).unwrap().points)
        .collect();
    assert_eq!(pts, [Some(4), Some(2), Some(0), Some(0), None]);
}

#[test]
fn direction_scores_with_not_applicable_dont_know_and_gaps_in_answers() {
    let mut a = with_answers(&[
        ("v3.a2.1-1", I),
        ("v3.a2.1-2", P),
        ("v3.a2.1-3", Na),
        ("v3.a2.3-1", D),
        ("v3.a2.3-2", I),
        ("v3.a2.99-1", I), // unknown ID: ignored
    ]);
    answer_direction(&mut a, "v3.d2", Na);
    let r = direction_scores(model(), &a);
    assert_eq!(r.len(), 10);
    assert_eq!(
        r.iter().map(|d| d.number).collect::<Vec<_>>(),
        (1..=10).collect::<Vec<u8>>()
    );
    // 指示1: (4 + 2) / (4 × 2 applicable) = 75 %, complete.
    let d1 = &r[0].score;
    assert_eq!(
        (
            d1.percent,
            d1.points,
            d1.max,
            d1.answered,
            d1.total,
            d1.not_applicable
        ),
        (Some(75.0), 6, 8, 3, 3, 1)
    );
    assert!(d1.is_complete());
    // 指示2: all 該当しない → n/a.
    assert_eq!(r[1].score.percent, None);
    assert!(r[1].score.is_not_applicable() && r[1].score.is_complete());
    // 指示3: わからない scores 0 and lands in the unknowns; provisional (2 of 5 answered).
    let d3 = &r[2];
    assert_eq!(
        (
            d3.score.percent,
            d3.score.answered,
            d3.score.total,
            d3.score.dont_know
        ),
        (Some(50.0), 2, 5, 1)
    );
    assert!(!d3.score.is_complete());
    assert_eq!(d3.unknowns, [id("v3.a2.3-1")]);
    // 指示4: nothing answered → None, but not "n/a".
    assert_eq!((r[3].score.percent, r[3].score.answered), (None, 0));
    assert!(!r[3].score.is_not_applicable());
    let totals: usize = r.iter().map(|d| d.score.total).sum();
    assert_eq!(totals, 40);
}

#[test]
fn principle_scores_use_a1_items() {
    let a = with_answers(&[
        ("v3.a1.p1-1", I),
        ("v3.a1.p1-2", N),
        ("v3.a1.p1-3", D),
        ("v3.a1.p3-1", Na),
        ("v3.a2.1-1", N), // A-2 does not feed 原則
    ]);
    let r = principle_scores(model(), &a);
    assert_eq!(
        r.iter()
            .map(|p| (p.principle.as_str(), p.score.total))
            .collect::<Vec<_>>(),
        [("v3.p1", 3), ("v3.p2", 3), ("v3.p3", 3)]
    );
    let p1 = r[0].score.percent.unwrap();
    assert!((p1 - 100.0 / 3.0).abs() < 1e-9, "{p1}");
    assert_eq!(r[0].unknowns, [id("v3.a1.p1-3")]);
    assert_eq!(r[1].score.percent, None);
    assert!(r[2].score.is_not_applicable());
}

#[test]
fn radar_rows_put_scores_and_tiers_on_one_axis() {
    let mut a = with_answers(&[("v3.a2.1-1", P)]);
    set_tiers(&mut a, "v3.d1", Some(2), Some(4));
    set_tiers(&mut a, "v3.d2", None, Some(1));
    // Hand-edited stored data above the scale reads as 4.
    a.tiers.insert(
        id("v3.d3"),
        TierPair {
            current: Some(9),
            target: None,
        },
    );
    let r = radar_rows(model(), &a);
    assert_eq!(r.len(), 10);
    assert_eq!(
        (r[0].score, r[0].current, r[0].target),
        (Some(50.0), Some(50.0), Some(100.0))
    );
    assert_eq!(
        (r[1].score, r[1].current, r[1].target),
        (None, None, Some(25.0))
    );
    assert_eq!(r[2].current, Some(100.0));
    assert_eq!(r[9].direction, id("v3.d10"));
}

// ------------------------------------------------------------------ gaps

#[test]
fn gap_ranking_gap_then_score_then_number() {
    let mut a = Assessment::new();
    set_tiers(&mut a, "v3.d1", Some(1), Some(4)); // gap 3, score 100
    answer_direction(&mut a, "v3.d1", I);
    set_tiers(&mut a, "v3.d2", Some(2), Some(4)); // gap 2, score 50
    answer_direction(&mut a, "v3.d2", P);
    set_tiers(&mut a, "v3.d3", Some(0), Some(2)); // gap 2, score 25
    a.apply(Action::Answer(id("v3.a2.3-1"), Some(P)));
    a.apply(Action::Answer(id("v3.a2.3-2"), Some(N)));
    set_tiers(&mut a, "v3.d4", Some(1), Some(3)); // gap 2, score 25 (tie with 指示3 → number)
    a.apply(Action::Answer(id("v3.a2.4-1"), Some(P)));
    a.apply(Action::Answer(id("v3.a2.4-2"), Some(N)));
    set_tiers(&mut a, "v3.d5", None, Some(3)); // gap None, score 0
    a.apply(Action::Answer(id("v3.a2.5-1"), Some(N)));
    set_tiers(&mut a, "v3.d6", Some(2), Some(2)); // gap 0, score 100: not listed
    answer_direction(&mut a, "v3.d6", I);
    set_tiers(&mut a, "v3.d7", Some(3), Some(2)); // gap −1, score 50
    a.apply(Action::Answer(id("v3.a2.7-1"), Some(P)));
    set_tiers(&mut a, "v3.d8", Some(0), Some(2)); // gap 2, score None (unanswered)
    a.apply(Action::Answer(id("v3.a2.9-1"), Some(D))); // 指示9: gap None, score 0, an unknown
    a.apply(Action::Answer(id("v3.a2.10-1"), Some(P))); // 指示10: gap None, score 50

    let r = ranked_gaps(model(), &a);
    let order: Vec<u8> = r.iter().map(|g| g.number).collect();
    assert_eq!(order, [1, 3, 4, 2, 8, 7, 5, 9, 10]);
    let gaps: Vec<_> = r.iter().map(|g| g.gap).collect();
    assert_eq!(
        gaps,
        [
            Some(3),
            Some(2),
            Some(2),
            Some(2),
            Some(2),
            Some(-1),
            None,
            None,
            None
        ]
    );
    assert_eq!(r[0].direction, id("v3.d1"));
    assert_eq!((r[1].score, r[1].answered, r[1].total), (Some(25.0), 2, 5));
    assert_eq!(r[7].unknowns, [id("v3.a2.9-1")]);
    assert!(model().direction(r[0].direction.as_str()).is_some());
}

#[test]
fn gap_list_leaves_out_complete_unknown_free_and_untouched_directions() {
    assert!(ranked_gaps(model(), &Assessment::new()).is_empty());
    let mut a = Assessment::new();
    answer_direction(&mut a, "v3.d1", Na); // n/a, no tiers
    answer_direction(&mut a, "v3.d2", I); // 100 %, no tiers
    set_tiers(&mut a, "v3.d3", Some(4), Some(4)); // no gap, unanswered
    assert!(ranked_gaps(model(), &a).is_empty());
    a.apply(Action::Answer(id("v3.a2.2-1"), Some(D))); // わからない: listed even at gap None
    let r = ranked_gaps(model(), &a);
    assert_eq!(r.iter().map(|g| g.number).collect::<Vec<_>>(), [2]);
}

// ------------------------------------------------------------------ unknowns

#[test]
fn unknowns_cover_every_section_in_model_order() {
    let a = with_answers(&[
        ("sme.act2", D),
        ("sc.07", D),
        ("v3.a2.5-3", D),
        ("v3.a1.p2-1", D),
        ("v3.a2.1-1", I),
        ("sc.08", N),
        ("v3.a2.1-2", D),
        ("elsewhere", D),
    ]);
    let got: Vec<_> = unknowns(model(), &a)
        .into_iter()
        .map(|u| (u.section, u.item.0, u.parent.map(|p| p.0)))
        .collect();
    let s = |x: &str| x.to_owned();
    assert_eq!(
        got,
        [
            (Section::A1, s("v3.a1.p2-1"), Some(s("v3.p2"))),
            (Section::A2, s("v3.a2.1-2"), Some(s("v3.d1"))),
            (Section::A2, s("v3.a2.5-3"), Some(s("v3.d5"))),
            (Section::SelfCheck, s("sc.07"), Some(s("sc.part2"))),
            (Section::Actions, s("sme.act2"), None),
        ]
    );
}

// ------------------------------------------------------------------ CSF

fn cell<'v>(v: &'v CsfView, code: &str) -> &'v CsfCell {
    v.functions
        .iter()
        .flat_map(|f| &f.categories)
        .find(|c| c.category == code)
        .unwrap()
}

fn all_cells(v: &CsfView) -> Vec<&CsfCell> {
    v.functions.iter().flat_map(|f| &f.categories).collect()
}

#[test]
fn csf_views_list_every_category_grouped_by_function_and_no_data_is_none() {
    let a = Assessment::new();
    for (v, funcs, cats, official) in [
        (
            csf11_view(model(), &a),
            vec!["ID", "PR", "DE", "RS", "RC"],
            23,
            true,
        ),
        (
            csf20_view(model(), &a),
            vec!["GV", "ID", "PR", "DE", "RS", "RC"],
            22,
            false,
        ),
    ] {
        assert_eq!(
            v.functions
                .iter()
                .map(|f| f.function.as_str())
                .collect::<Vec<_>>(),
            funcs
        );
        let cells = all_cells(&v);
        assert_eq!(cells.len(), cats);
        assert_eq!(v.official, official);
        for f in &v.functions {
            for c in &f.categories {
                assert_eq!(c.category.function(), f.function.as_str());
                assert_eq!((c.percent, c.items), (None, 0), "{}", c.category);
            }
        }
        assert!(cells.iter().any(|c| c.mapped > 0));
    }
}

#[test]
fn csf11_view_averages_items_counts_each_item_once_and_keeps_dont_know_as_zero() {
    let a = with_answers(&[
        ("v3.a2.4-1", I),  // ID.AM-1 … ID.AM-5: counts once for ID.AM
        ("v3.a2.3-1", N),  // ID.AM (category ID)
        ("v3.a2.1-2", D),  // ID.GV-1: わからない = 0, which is data
        ("v3.a2.2-2", Na), // ID.GV-2: 該当しない is left out
        ("v3.a2.6-3", P),  // PR.IP-7 and "RP.PT-1" read as PR.PT-1
    ]);
    let v = csf11_view(model(), &a);
    assert_eq!(v.source, CsfSource::MetiA2);
    let am = cell(&v, "ID.AM");
    assert_eq!((am.percent, am.items), (Some(50.0), 2));
    let gv = cell(&v, "ID.GV");
    assert_eq!((gv.percent, gv.items), (Some(0.0), 1));
    assert_eq!(cell(&v, "PR.PT").percent, Some(50.0));
    assert_eq!(cell(&v, "PR.IP").percent, Some(50.0));
    assert_eq!(cell(&v, "DE.CM").percent, None);
    assert_eq!(
        all_cells(&v).iter().filter(|c| c.percent.is_some()).count(),
        4
    );
}

#[test]
fn csf11_view_uses_only_the_official_ids() {
    // v3.a2.1-1 prints no CSF ID ("–") but Shindan's crosswalk maps it to GV.RM/GV.OC; the
    // self-check has no official CSF 1.1 IDs at all.
    assert!(model()
        .crosswalk("v3.a2.1-1")
        .is_some_and(|e| !e.csf20.is_empty()));
    let a = with_answers(&[("v3.a2.1-1", I), ("sc.01", I), ("sc.02", I)]);
    assert!(all_cells(&csf11_view(model(), &a))
        .iter()
        .all(|c| c.percent.is_none()));
    let v20 = csf20_view(model(), &a);
    assert_eq!(cell(&v20, "GV.RM").percent, Some(100.0));
}

#[test]
fn csf20_view_takes_self_check_and_a2_through_the_crosswalk() {
    // sc.01 → PR.PS, ID.RA; sc.02 → DE.CM, PR.PS (Shindan's crosswalk).
    let a = with_answers(&[("sc.01", I), ("sc.02", P), ("v3.d1", I)]);
    let v = csf20_view(model(), &a);
    assert_eq!((v.source, v.official), (CsfSource::ShindanCrosswalk, false));
    let ps = cell(&v, "PR.PS");
    assert_eq!((ps.percent, ps.items), (Some(75.0), 2));
    assert_eq!(cell(&v, "ID.RA").percent, Some(100.0));
    assert_eq!(cell(&v, "DE.CM").percent, Some(50.0));
    // A direction-level crosswalk entry is not an answerable item: v3.d1 (GV.OC …) adds nothing.
    assert_eq!(cell(&v, "GV.OC").percent, None);
    // A self-check わからない is 0 % here (not −1 point → −25 %).
    let v = csf20_view(model(), &with_answers(&[("sc.01", D)]));
    assert_eq!(cell(&v, "PR.PS").percent, Some(0.0));
    let v = csf20_view(model(), &with_answers(&[("v3.a2.5-3", I), ("sc.01", N)]));
    assert_eq!(cell(&v, "PR.PS").percent, Some(50.0));
}

// ------------------------------------------------------------------ charts

use shindan_core::chart::*;

fn close(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
}

#[test]
fn radar_square_axes_rings_and_anchors() {
    let f = radar_frame(4, (100.0, 100.0), 50.0, 10.0).unwrap();
    let ends = [(100.0, 50.0), (150.0, 100.0), (100.0, 150.0), (50.0, 100.0)];
    let labels = [(100.0, 40.0), (160.0, 100.0), (100.0, 160.0), (40.0, 100.0)];
    for (i, ax) in f.axes.iter().enumerate() {
        assert!(close(ax.end, ends[i]), "axis {i}: {:?}", ax.end);
        assert!(close(ax.label, labels[i]), "label {i}: {:?}", ax.label);
    }
    let anchors: Vec<_> = f.axes.iter().map(|a| a.anchor.as_str()).collect();
    assert_eq!(anchors, ["middle", "start", "middle", "end"]);
    assert_eq!(
        f.rings.iter().map(|r| r.level).collect::<Vec<_>>(),
        [0, 25, 50, 75, 100]
    );
    assert_eq!(
        svg_points(&f.rings[2].points),
        "100,75 125,100 100,125 75,100"
    );
    assert_eq!(
        svg_points(&f.rings[0].points),
        "100,100 100,100 100,100 100,100"
    );
    assert!(radar_frame(2, (0.0, 0.0), 1.0, 0.0).is_none());
}

#[test]
fn radar_pentagon_points_go_clockwise_from_the_top() {
    let f = radar_frame(5, (0.0, 0.0), 100.0, 0.0).unwrap();
    assert_eq!(
        svg_points(&f.rings[4].points),
        "0,-100 95.1,-30.9 58.8,80.9 -58.8,80.9 -95.1,-30.9"
    );
    let anchors: Vec<_> = f.axes.iter().map(|a| a.anchor).collect();
    assert_eq!(
        anchors,
        [
            TextAnchor::Middle,
            TextAnchor::Start,
            TextAnchor::Start,
            TextAnchor::End,
            TextAnchor::End
        ]
    );
    assert_eq!(f.axes[1].angle_deg, -18.0);
}

#[test]
fn radar_series_clamps_and_leaves_gaps() {
    let c = (100.0, 100.0);
    let s = radar_series(
        &[Some(150.0), Some(-20.0), Some(50.0), Some(f64::NAN)],
        c,
        50.0,
    )
    .unwrap();
    assert_eq!(s.points[0], Some((100.0, 50.0)));
    assert!(close(s.points[1].unwrap(), c));
    assert!(close(s.points[2].unwrap(), (100.0, 125.0)));
    assert_eq!(s.points[3], None);

    let full = radar_series(&[Some(100.0); 4], c, 50.0).unwrap();
    let RadarShape::Polygon(p) = &full.shape else {
        panic!("{:?}", full.shape)
    };
    assert_eq!(svg_points(p), "100,50 150,100 100,150 50,100");

    // Missing axis 1: one open path 2 → 3 → 0 (wrapping), not a closed polygon.
    let s = radar_series(&[Some(100.0), None, Some(100.0), Some(100.0)], c, 50.0).unwrap();
    let RadarShape::Paths(runs) = &s.shape else {
        panic!("{:?}", s.shape)
    };
    assert_eq!(
        runs.iter().map(|r| svg_points(r)).collect::<Vec<_>>(),
        ["100,150 50,100 100,50"]
    );
    let s = radar_series(&[Some(100.0), None, Some(100.0), None], c, 50.0).unwrap();
    let RadarShape::Paths(runs) = &s.shape else {
        panic!("{:?}", s.shape)
    };
    assert_eq!(runs.len(), 2);
    assert!(runs.iter().all(|r| r.len() == 1));
    assert_eq!(
        radar_series(&[None; 3], c, 50.0).unwrap().shape,
        RadarShape::Empty
    );
    assert!(radar_series(&[Some(1.0); 2], c, 50.0).is_none());
}

#[test]
fn bars_scale_clamp_and_draw_negatives_as_zero_width() {
    let table = [
        // (value, max, full) → (width, negative, overflow)
        ((50.0, 100.0, 200.0), (100.0, false, false)),
        ((100.0, 100.0, 200.0), (200.0, false, false)),
        ((0.0, 100.0, 200.0), (0.0, false, false)),
        ((-3.0, 20.0, 200.0), (0.0, true, false)),
        ((-25.0, 100.0, 200.0), (0.0, true, false)),
        ((150.0, 100.0, 200.0), (200.0, false, true)),
        ((10.0, 0.0, 200.0), (0.0, false, false)),
        ((f64::NAN, 100.0, 200.0), (0.0, false, false)),
        ((13.0, 52.0, 100.0), (25.0, false, false)),
    ];
    for ((v, m, w), (width, negative, overflow)) in table {
        assert_eq!(
            bar(v, m, w),
            Bar {
                width,
                negative,
                overflow
            },
            "{v}/{m}"
        );
    }
}

#[test]
fn svg_numbers_have_at_most_one_decimal() {
    let table = [
        (3.0, "3"),
        (2.449, "2.4"),
        (1.25, "1.3"),
        (-0.04, "0"),
        (-12.345, "-12.3"),
        (f64::NAN, "0"),
        (f64::INFINITY, "0"),
        (1e-12, "0"),
        (99.96, "100"),
    ];
    for (v, s) in table {
        assert_eq!(svg_num(v), s, "{v}");
    }
    assert_eq!(svg_points(&[]), "");
    assert_eq!(svg_points(&[(1.0, 2.55), (-3.0, 0.0)]), "1,2.6 -3,0");
}

// ------------------------------------------------------------ 第3.1版 stages

#[test]
fn stage_two_is_policy_self_check_and_measures_and_star_two_declares_it() {
    use shindan_core::assessment::{stage_progress, SectionBasis};
    let m = model();
    let mut a = sc_pattern(25, 0, 0, 0);
    let stages = stage_progress(m, &a);
    let two = &stages[1];
    let ids: Vec<&str> = two.sections.iter().map(|s| s.section.as_str()).collect();
    assert_eq!(ids, ["sme.s3.1", "sme.s3.2", "sme.s3.3"]);
    // 25 answered, No.25 implemented, but no policy: 3(1) open, so neither stage 2 nor ★★.
    assert_eq!(two.sections[0].done, Some(false));
    assert_eq!(two.sections[1].done, Some(true));
    assert_eq!(two.sections[2].done, Some(true));
    assert_eq!(two.sections[2].basis, SectionBasis::ShindanReading);
    assert!(!two.complete);
    assert_eq!(two.star, Some((id("sa.star2"), false)));

    a.policy.established = true;
    a.policy.published = true;
    let two = &stage_progress(m, &a)[1];
    assert!(two.complete);
    assert_eq!(two.star, Some((id("sa.star2"), true)));

    // No.25 not implemented: ★★'s own criteria are met, the stage's third section is not.
    a.answers.insert(id("sc.25"), AnswerKind::Partial);
    let two = &stage_progress(m, &a)[1];
    assert!(!two.complete);
    assert_eq!(two.sections[2].done, Some(false));
    assert_eq!(two.star, Some((id("sa.star2"), true)));
}

#[test]
fn stage_one_is_star_one_and_stages_three_and_four_are_not_assessed() {
    use shindan_core::assessment::stage_progress;
    let m = model();
    let none = stage_progress(m, &Assessment::default());
    assert!(!none[0].complete);
    assert!(!none.iter().any(|s| s.complete));
    let a = articles(&[
        Some(ArticleStatus::Done),
        Some(ArticleStatus::Committed),
        Some(ArticleStatus::Done),
        Some(ArticleStatus::Committed),
        Some(ArticleStatus::Done),
    ]);
    let s = stage_progress(m, &a);
    assert!(s[0].complete);
    assert_eq!(s[0].star, Some((id("sa.star1"), true)));
    for st in &s[2..] {
        assert!(
            !st.assessed && !st.complete && st.star.is_none(),
            "{}",
            st.stage
        );
        assert!(st.sections.iter().all(|x| x.done.is_none()));
    }
}

// ------------------------------------------------------------ one code table per enum

/// Every closed set the UI and the exports spell out has one code table, held equal to serde's
/// spelling (what storage and backups write), so a form value, a CSV cell and a stored record
/// can never disagree.
#[test]
fn code_tables_match_serdes_spelling() {
    for k in AnswerKind::ALL {
        assert_eq!(
            serde_json::to_string(&k).unwrap(),
            format!("\"{}\"", k.code())
        );
        assert_eq!(AnswerKind::from_code(k.code()), Some(k));
    }
    for s in ArticleStatus::ALL {
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            format!("\"{}\"", s.code())
        );
        assert_eq!(ArticleStatus::from_code(s.code()), Some(s));
    }
    for s in shindan_core::assessment::PlanStatus::ALL {
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            format!("\"{}\"", s.code())
        );
        assert_eq!(
            shindan_core::assessment::PlanStatus::from_code(s.code()),
            Some(s)
        );
    }
    assert_eq!(AnswerKind::from_code("Implemented"), None);
    assert_eq!(ArticleStatus::from_code(""), None);
}

#[test]
fn started_says_which_parts_were_begun() {
    let m = model();
    let none = started(m, &Assessment::new());
    assert!(!none.sme && !none.exec);
    let a1 = with_answers(&[("v3.a1.p1-1", I)]);
    assert_eq!(
        started(m, &a1),
        Started {
            sme: false,
            exec: true
        }
    );
    let sc = with_answers(&[("sc.07", D)]);
    assert_eq!(
        started(m, &sc),
        Started {
            sme: true,
            exec: false
        }
    );
    let mut tiers = Assessment::new();
    tiers.apply(Action::Tier(id("v3.d3"), TierEnd::Target, Some(2)));
    assert!(started(m, &tiers).exec);
    let arts = articles(&[Some(ArticleStatus::NotYet), None, None, None, None]);
    assert!(started(m, &arts).sme);
}

//! The reports' view-models (`vm::report`, `vm::report_detail`): what the one-page summary
//! and the detailed report show for an empty assessment, a partly and a fully answered SME
//! self-diagnosis, a fully answered executive check, and one with a plan — in Japanese and
//! English where text is chosen. Every figure must be the one `assessment` computes.
#![allow(clippy::unwrap_used)]

use shindan_core::assessment::*;
use shindan_core::lang::Lang;
use shindan_core::model::{model, AnswerKind, Id};
use shindan_core::vm::report::{
    gap_figures, report_summary, self_check_total, share_qr, star_text, suggested_actions,
    SuggestedAction, ACTIONS_PER_GAP,
};
use shindan_core::vm::report_detail::report_detail;

use AnswerKind::{DontKnow as D, Implemented as I, NotImplemented as N, Partial as P};

#[path = "support/exec_pattern.rs"]
mod exec_pattern;
use exec_pattern::exec_pattern;

/// The first `n` self-diagnosis items answered in turn 実施 / 一部 / 未実施 / わからない.
fn sme_answered(n: usize) -> Assessment {
    let mut a = Assessment::new();
    for i in 1..=n {
        let k = [I, P, N, D][(i - 1) % 4];
        a.apply(Action::Answer(
            Id::from(format!("sc.{i:02}").as_str()),
            Some(k),
        ));
    }
    a
}

#[test]
fn an_empty_assessment_reports_nothing_and_draws_no_qr() {
    let m = model();
    let a = Assessment::new();
    let s = report_summary(m, &a, Lang::Ja);
    assert!(s.is_empty());
    assert!(!s.sme_page());
    assert!(!s.shows_qr(true));
    assert!(s.principles.is_empty());
    assert_eq!(s.sme.total, "–");
    assert_eq!(s.sme.band, None);
    assert!(s.first_actions.is_empty());

    let d = report_detail(m, &a, Lang::Ja);
    assert!(!d.any_exec && !d.any_sme);
    assert_eq!(
        d.omitted.as_deref(),
        Some("経営者向けチェック（付録A-2）、中小企業の自社診断")
    );
    assert!(d.unknowns.is_empty());
    assert!(d.plan_empty);
    let d_en = report_detail(m, &a, Lang::En);
    assert_eq!(
        d_en.omitted.as_deref(),
        Some("Executive check (Appendix A-2), SME self-diagnosis")
    );
}

#[test]
fn a_partly_answered_self_diagnosis_gets_the_sme_page_with_a_provisional_total() {
    let m = model();
    let a = sme_answered(10);
    let sc = self_check(m, &a);
    let s = report_summary(m, &a, Lang::Ja);
    assert!(!s.is_empty());
    assert!(s.any_sme && !s.any_exec);
    assert!(s.sme_page());
    assert!(s.shows_qr(true));
    assert!(!s.shows_qr(false));
    // No executive figures on an SME-only page.
    assert!(s.principles.is_empty());
    // The total is the assessment's, marked provisional with its progress.
    assert_eq!(
        s.sme.total,
        format!("{} / 100 (暫定・回答済み 10 / 25)", sc.total)
    );
    assert_eq!(s.sme.total, self_check_total(Lang::Ja, &sc));
    assert_eq!(
        report_summary(m, &a, Lang::En).sme.total,
        format!("{} / 100 (provisional, answered 10 / 25)", sc.total)
    );
    // No band before the total is final.
    assert_eq!(s.sme.band, None);
    assert!(!s.sme.star_two);
    let weakest: Vec<Id> = sc.weakest.iter().take(5).map(|w| w.item.clone()).collect();
    assert_eq!(s.first_actions, weakest);
    assert!(!s.first_actions.is_empty() && s.first_actions.len() <= 5);

    let d = report_detail(m, &a, Lang::Ja);
    assert_eq!(d.omitted.as_deref(), Some("経営者向けチェック（付録A-2）"));
    let rows: Vec<_> = d.parts.iter().flat_map(|p| &p.rows).collect();
    assert_eq!(rows.len(), 25);
    assert_eq!(rows[0].no, "No.1");
    assert_eq!(rows[0].code, Some("implemented"));
    assert_eq!(rows[3].code, Some("dont_know"));
    assert_eq!(
        (rows[10].code, rows[10].answer.as_str()),
        (Some("none"), "未回答")
    );
    let en = report_detail(m, &a, Lang::En);
    let en_rows: Vec<_> = en.parts.iter().flat_map(|p| &p.rows).collect();
    assert_eq!(en_rows[10].answer, "Not answered");
    // Items answered わからない are the unknowns (sc.04 and sc.08).
    let unknown: Vec<_> = d.unknowns.iter().map(|u| u.item.as_str()).collect();
    assert_eq!(unknown, ["sc.04", "sc.08"]);
    // Articles are not answers of a scale: no answer code, and 未回答 until set.
    assert_eq!(d.articles.rows.len(), 5);
    assert!(d
        .articles
        .rows
        .iter()
        .all(|r| r.code.is_none() && r.answer == "未回答"));
    assert_eq!(d.sme_total, format!("自社診断の合計点: {} / 100", sc.total));
}

#[test]
fn a_fully_answered_self_diagnosis_shows_its_band() {
    let m = model();
    let mut a = Assessment::new();
    for i in 1..=25 {
        a.apply(Action::Answer(
            Id::from(format!("sc.{i:02}").as_str()),
            Some(I),
        ));
    }
    a.apply(Action::Article(
        Id::from("sme.art1"),
        Some(ArticleStatus::Done),
    ));
    let sc = self_check(m, &a);
    assert!(sc.complete);
    let band = sc.band(m).unwrap();
    let s = report_summary(m, &a, Lang::Ja);
    assert_eq!(s.sme.total, "100 / 100");
    assert_eq!(s.sme.band.as_deref(), Some(band.status.ja.as_str()));
    assert_eq!(
        report_summary(m, &a, Lang::En).sme.band.as_deref(),
        Some(band.status.en.as_str())
    );
    assert_eq!(s.sme.star_one, star_one(m, &a).ready);
    assert_eq!(s.sme.star_two, star_two(m, &a).ready);
    // Nothing weak: no first actions.
    assert!(s.first_actions.is_empty());

    let d = report_detail(m, &a, Lang::Ja);
    assert_eq!(
        d.sme_total,
        format!("自社診断の合計点: 100 / 100 · {}", band.status.ja)
    );
    assert_eq!(d.articles.rows[0].answer, "実施済み");
    assert_eq!(d.articles.rows[1].answer, "未回答");
}

#[test]
fn the_executive_summary_reads_the_results_figures() {
    let m = model();
    let a = exec_pattern();
    let f = exec_figures(m, &a);
    let s = report_summary(m, &a, Lang::Ja);
    assert!(s.any_exec && !s.any_sme);
    assert!(!s.sme_page());
    // One value: the results' overall figure, weakest and ranked gaps.
    assert_eq!(s.figures, f);
    let principles: Vec<_> = s.principles.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(
        principles,
        ["付録A-1 原則1", "付録A-1 原則2", "付録A-1 原則3"]
    );
    let scores = principle_scores(m, &a);
    assert_eq!(s.principles[1].score, scores[1].score);
    assert_eq!(s.principles[0].title, m.meti_v3().principles[0].title.ja);
    let en = report_summary(m, &a, Lang::En);
    assert_eq!(en.principles[2].label, "A-1 Principle 3");

    assert_eq!(s.directions.len(), 10);
    assert_eq!(s.directions[2].maturity, "0 → 3");
    assert_eq!(s.directions[4].maturity, "– → –");
    assert_eq!(s.directions[2].score, f.directions[2].score);
    assert!(s.directions[0].title.starts_with("指示1 "));

    // The top gaps are the priority list, in its order, with its figures line.
    let order: Vec<u8> = s.gaps.iter().map(|g| g.number).collect();
    let priority: Vec<u8> = f.priority().iter().map(|g| g.number).collect();
    assert_eq!(order, priority);
    assert_eq!(order.len(), 5);
    assert_eq!(s.gaps[0].figures, gap_figures(Lang::Ja, &f.priority()[0]));
    assert_eq!(order[0], 3);
    assert_eq!(s.gaps[0].figures, "成熟度: 0 → 3 (差: 3) · 達成度（%）: 0%");
    assert_eq!(
        gap_figures(Lang::En, &f.priority()[0]),
        "Maturity: 0 → 3 (gap: 3) · Score (%): 0 %"
    );
    // Without a plan, each gap suggests the model's 対策例, at most two.
    for g in &s.gaps {
        let d = m.direction(g.id.as_str()).unwrap();
        let want: Vec<_> = d
            .examples
            .iter()
            .take(ACTIONS_PER_GAP)
            .map(|e| e.ja.clone())
            .collect();
        let got: Vec<_> = g.actions.iter().map(|x| x.text.clone()).collect();
        assert_eq!(got, want, "{}", g.id);
        assert!(g.actions.iter().all(|x| x.extra().is_none()));
    }
    assert!(s.first_actions.is_empty());
}

#[test]
fn plan_entries_replace_the_model_examples_with_owner_due_and_status() {
    let m = model();
    let mut a = exec_pattern();
    let dir = Id::from("v3.d3");
    a.apply(Action::Plan(PlanAction::Add(vec![
        PlanItem {
            id: "own.1".into(),
            direction: dir.clone(),
            item: None,
            example: None,
            action: "資産台帳を作る".into(),
            owner: "情報システム部".into(),
            due: "2026-03-31".into(),
            status: PlanStatus::InProgress,
        },
        PlanItem {
            id: "own.2".into(),
            direction: dir.clone(),
            item: None,
            example: None,
            action: "教育計画".into(),
            owner: String::new(),
            due: String::new(),
            status: PlanStatus::NotStarted,
        },
    ])));
    a.apply(Action::Note(dir.clone(), "来期に予算化".into()));
    let actions = suggested_actions(Lang::Ja, m, &a, &dir);
    assert_eq!(
        actions[0],
        SuggestedAction {
            text: "資産台帳を作る".into(),
            owner: "情報システム部".into(),
            due: "2026-03-31".into(),
            status: "進行中".into(),
        }
    );
    assert_eq!(
        actions[0].extra().as_deref(),
        Some(" (情報システム部 · 2026-03-31 · 進行中)")
    );
    // The status is always set on a plan entry, so it alone is shown.
    assert_eq!(actions[1].extra().as_deref(), Some(" (未着手)"));
    assert_eq!(
        suggested_actions(Lang::En, m, &a, &dir)[0].status,
        "In progress"
    );
    let s = report_summary(m, &a, Lang::Ja);
    let g3 = s.gaps.iter().find(|g| g.number == 3).unwrap();
    assert_eq!(g3.actions, actions);

    // The detailed report shows every action and the note; a 指示 without a note shows "–".
    let d = report_detail(m, &a, Lang::Ja);
    let card = d.directions.iter().find(|c| c.number == 3).unwrap();
    assert_eq!(card.actions, actions);
    assert_eq!(card.note, "来期に予算化");
    assert_eq!(card.anchor, "rd-v3.d3");
    assert_eq!((card.current.as_str(), card.target.as_str()), ("0", "3"));
    assert_eq!(d.directions[0].note, "–");
    assert!(!d.plan_empty);
    let no_plan = report_detail(m, &exec_pattern(), Lang::Ja);
    let examples = &m.direction("v3.d3").unwrap().examples;
    assert_eq!(no_plan.directions[2].actions.len(), examples.len());
}

#[test]
fn the_detailed_report_lists_every_executive_item_with_its_answer() {
    let m = model();
    let a = exec_pattern();
    let d = report_detail(m, &a, Lang::Ja);
    assert!(d.any_exec && !d.any_sme);
    assert_eq!(d.omitted.as_deref(), Some("中小企業の自社診断"));
    assert_eq!(d.directions.len(), 10);
    let items: usize = d.directions.iter().map(|c| c.items.len()).sum();
    assert_eq!(items, m.meti_v3.a2.len());
    let d4: Vec<_> = d.directions[3]
        .items
        .iter()
        .map(|r| (r.no.as_str(), r.code.unwrap()))
        .collect();
    assert_eq!(
        d4,
        [
            ("4-1", "implemented"),
            ("4-2", "dont_know"),
            ("4-3", "not_applicable")
        ]
    );
    let scale = m.exec_scale();
    assert_eq!(
        d.directions[3].items[0].answer,
        scale.option(I).unwrap().label.unmarked(Lang::Ja)
    );
    assert_eq!(d.directions[2].score, direction_scores(m, &a)[2].score);
    // three principles, each with its score and its three items.
    assert_eq!(d.principles.len(), 3);
    let scores = principle_scores(m, &a);
    for (t, s) in d.principles.iter().zip(&scores) {
        assert_eq!(t.score.as_ref(), Some(&s.score));
        assert_eq!(t.items.len(), 3);
    }
    assert_eq!(d.principles[1].items[2].no, "2-3");
    // The 7 key initiatives are unanswered here.
    assert_eq!(d.actions.rows.len(), 7);
    assert!(d.actions.rows.iter().all(|r| r.code == Some("none")));
    let unknown: Vec<_> = d.unknowns.iter().map(|u| u.item.as_str()).collect();
    assert_eq!(unknown, ["v3.a2.4-2"]);
    assert!(d.plan_empty);
}

#[test]
fn the_qr_code_carries_the_share_link_while_it_fits() {
    let m = model();
    let a = exec_pattern();
    let q = share_qr(m, &a, "https://example.test/shindan/").unwrap();
    assert!(q.width() >= 21);
    // A link longer than a scan can hold gets no QR code (the page says there is none).
    let long_base = format!("https://example.test/{}/", "x".repeat(2_000));
    assert!(share_qr(m, &a, &long_base).is_none());
    // Its answers change the code.
    let other = share_qr(m, &sme_answered(25), "https://example.test/shindan/").unwrap();
    assert_ne!(q, other);
}

#[test]
fn star_readiness_in_words() {
    assert_eq!(star_text(Lang::Ja, true), "宣言の条件を満たしています");
    assert_eq!(star_text(Lang::En, false), "Not ready yet");
}

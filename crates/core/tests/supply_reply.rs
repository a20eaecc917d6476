//! What a partner's response carries (`supply::reply`): the parts the request asks for and
//! nothing else — never the name, date, assessor, policy text or plan; notes only on request and
//! only with the executive check — and the preview's assessment is exactly what the requester
//! decodes. Every table row names what it checks.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use shindan_core::assessment::{ArticleStatus, Assessment, PlanItem, PlanStatus, TierPair};
use shindan_core::model::{model, AnswerKind};
use shindan_core::share;
use shindan_core::supply::{
    content_bytes, decode_content, part_counts, reply_answers, ResponderId, ResponseContent, Scope,
    ID_LEN,
};

/// Something in every part, plus everything a response must never carry.
fn everything() -> Assessment {
    let m = model();
    let l = m.answerable(m.model_rev()).unwrap();
    let mut a = Assessment::new();
    a.name = "株式会社テスト部品".into();
    a.date = "2026-01-15".into();
    a.assessor = "山田 太郎".into();
    for id in l.self_check.iter().take(3) {
        a.answers.insert(id.clone(), AnswerKind::Implemented);
    }
    for id in l.actions.iter().take(2) {
        a.answers.insert(id.clone(), AnswerKind::Partial);
    }
    for id in l.a1.iter().take(4) {
        a.answers.insert(id.clone(), AnswerKind::Implemented);
    }
    for id in l.a2.iter().take(5) {
        a.answers.insert(id.clone(), AnswerKind::NotImplemented);
    }
    a.articles
        .insert(l.articles[0].clone(), ArticleStatus::Done);
    a.tiers.insert(
        l.directions[1].clone(),
        TierPair {
            current: Some(1),
            target: Some(3),
        },
    );
    a.notes
        .insert(l.directions[1].clone(), "社外秘のメモ".into());
    a.policy.established = true;
    a.policy.published = true;
    a.policy.representative = "代表 花子".into();
    a.policy
        .sections
        .insert(l.directions[0].clone(), "方針の本文".into());
    a.plan.push(PlanItem {
        id: "own.1".into(),
        direction: l.directions[0].clone(),
        item: None,
        example: None,
        action: "計画".into(),
        owner: "担当 次郎".into(),
        due: String::new(),
        status: PlanStatus::default(),
    });
    a
}

#[test]
fn each_scope_carries_its_parts_and_nothing_else() {
    let m = model();
    let l = m.answerable(m.model_rev()).unwrap();
    let a = everything();
    // (scope, notes asked, articles, self-check, actions, A-1, A-2, tiers, notes, policy flags)
    let table = [
        (Scope::Sme, false, 1, 3, 2, 0, 0, 0, 0, true),
        (Scope::Sme, true, 1, 3, 2, 0, 0, 0, 0, true),
        (Scope::Executive, false, 0, 0, 0, 4, 5, 1, 0, false),
        (Scope::Executive, true, 0, 0, 0, 4, 5, 1, 1, false),
        (Scope::Both, false, 1, 3, 2, 4, 5, 1, 0, true),
        (Scope::Both, true, 1, 3, 2, 4, 5, 1, 1, true),
    ];
    for (scope, notes, art, sc, act, a1, a2, tiers, n, policy) in table {
        let row = format!("{scope:?}, notes {notes}");
        let r = reply_answers(m, &a, scope, notes).unwrap();
        let c = part_counts(l, &r.sent);
        assert_eq!(c.articles.0, art, "{row}: articles");
        assert_eq!(c.self_check, (sc, 25), "{row}: self-check");
        assert_eq!(c.actions, (act, 7), "{row}: actions");
        assert_eq!(c.a1.0, a1, "{row}: A-1");
        assert_eq!(c.a2.0, a2, "{row}: A-2");
        assert_eq!(c.tiers.0, tiers, "{row}: tiers");
        assert_eq!(c.notes, n, "{row}: notes");
        assert_eq!(
            r.sent.policy.established, policy,
            "{row}: policy established"
        );
        assert_eq!(r.sent.policy.published, policy, "{row}: policy published");
        // Never carried, whatever is asked.
        assert_eq!(r.sent.name, "", "{row}: name");
        assert_eq!(r.sent.date, "", "{row}: date");
        assert_eq!(r.sent.assessor, "", "{row}: assessor");
        assert_eq!(r.sent.policy.representative, "", "{row}: representative");
        assert!(r.sent.policy.sections.is_empty(), "{row}: policy text");
        assert!(r.sent.plan.is_empty(), "{row}: plan");
        // The preview's assessment is what the requester decodes from the bytes.
        assert_eq!(
            share::decode_bytes(m, &r.bytes).unwrap().assessment,
            r.sent,
            "{row}: preview = decoded"
        );
        let text = String::from_utf8_lossy(&r.bytes);
        for secret in [
            "山田",
            "代表",
            "方針の本文",
            "計画",
            "担当",
            "株式会社テスト部品",
        ] {
            assert!(!text.contains(secret), "{row}: {secret} in the bytes");
        }
        // And a response content accepts them.
        let content = ResponseContent {
            responder: ResponderId([7; ID_LEN]),
            responded_at_ms: 1,
            organisation: "株式会社テスト部品".into(),
            answers: r.bytes.clone(),
            scs: None,
        };
        let opened = decode_content(&content_bytes(&content).unwrap()).unwrap();
        assert_eq!(opened.answers, r.bytes, "{row}: content round trip");
    }
}

#[test]
fn an_empty_assessment_sends_empty_parts() {
    let m = model();
    let l = m.answerable(m.model_rev()).unwrap();
    for scope in Scope::ALL {
        let r = reply_answers(m, &Assessment::new(), scope, true).unwrap();
        let c = part_counts(l, &r.sent);
        assert_eq!(
            c.articles.0 + c.self_check.0 + c.actions.0 + c.a1.0 + c.a2.0 + c.tiers.0 + c.notes,
            0,
            "{scope:?}"
        );
    }
}

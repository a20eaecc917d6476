//! The partner's response view-model, case by case: what may be sent and every reason it may
//! not (each with its message), each step of sealing (ready, sealing, sealed, stale, failed for
//! each reason), what the sealed link is and that it opens to exactly what was previewed, and
//! what the copy and download buttons say. Messages are compared as `Msg`s (with the number
//! they count): their texts are the i18n table's, tested there.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

#[path = "support/supply_native.rs"]
mod native;

use shindan_core::assessment::Assessment;
use shindan_core::i18n::Msg;
use shindan_core::model::{model, AnswerKind};
use shindan_core::supply::{
    content_bytes, decode_content, decode_response, Field, PartCounts, Request, RequestId,
    ResponderId, ResponseContent, Scope, SealedResponse, SupplyError, ID_LEN, MAX_RESPONSE_CHARS,
    NONCE_LEN,
};
use shindan_core::vm::respond::{
    notes_line, notes_note, parts, Answers, Copied, Effect, Event, Problem, Respond, Sending,
    Status, MAX_RESPONDER_CHARS,
};

const REQUESTER_D: [u8; 32] = [0x11; 32];
const EPHEMERAL_D: [u8; 32] = [0x22; 32];
const RESPONDER: ResponderId = ResponderId([0x5a; ID_LEN]);
const NOW: u64 = 1_767_225_600_000;
const BASE: &str = "https://partner.example/shindan/";

/// An assessment named "株式会社テスト部品" with `sc` self-diagnosis items answered and
/// `a1` 付録A-1 items answered.
fn assessment(sc: usize, a1: usize) -> Assessment {
    let m = model();
    let l = m.answerable(m.model_rev()).unwrap();
    let mut a = Assessment::new();
    a.name = "  株式会社テスト部品 ".into();
    for id in l.self_check.iter().take(sc) {
        a.answers.insert(id.clone(), AnswerKind::Implemented);
    }
    for id in l.a1.iter().take(a1) {
        a.answers.insert(id.clone(), AnswerKind::Partial);
    }
    a
}

fn answers(a: &Assessment, scope: Scope) -> Answers {
    Answers::of(model(), a, scope, false)
}

fn request(scope: Scope) -> Request {
    Request {
        id: RequestId([0xa0; ID_LEN]),
        requester_key: native::public_of(&REQUESTER_D),
        scope,
        due: None,
        organisation: "発注元".into(),
        contact: String::new(),
        reason: "管理のため".into(),
        message: String::new(),
        scs: None,
    }
}

fn send(r: &mut Respond, ans: &Answers) -> Effect {
    r.update(Event::Send {
        answers: ans,
        responder: Some(RESPONDER),
        now_ms: NOW,
    })
}

/// A sealed response whose payload has about `ciphertext` bytes of content.
fn sealed(ciphertext: usize) -> SealedResponse {
    SealedResponse {
        request_id: RequestId([0xa0; ID_LEN]),
        ephemeral_key: native::public_of(&EPHEMERAL_D),
        nonce: [0x33; NONCE_LEN],
        ciphertext: vec![0x42; ciphertext],
    }
}

#[test]
fn ready_shows_the_assessment_s_name_and_may_send() {
    let a = assessment(3, 0);
    let ans = answers(&a, Scope::Sme);
    let r = Respond::default();
    assert_eq!(
        r.name(&ans),
        "  株式会社テスト部品 ",
        "the field shows the name as kept"
    );
    assert_eq!(
        r.organisation(&ans),
        "株式会社テスト部品",
        "what is sent is trimmed"
    );
    assert_eq!(r.blocked(&ans), None);
    assert!(r.can_send(&ans));
    assert_eq!(r.status(&ans), Status::None);
    assert_eq!(r.status(&ans).message(), None);
    assert_eq!(r.link(&ans, BASE), None);
    assert_eq!(r.copy_status(), None);
    assert!(!r.working());
}

/// A case: its name, the assessment, the scope asked, the name typed, the problem, its message.
type Blocked<'a> = (
    &'a str,
    &'a Assessment,
    Scope,
    Option<&'a str>,
    Problem,
    Msg,
);

#[test]
fn each_reason_nothing_may_be_sent_disables_the_button_and_says_why() {
    let sme_only = assessment(3, 0);
    let empty = assessment(0, 0);
    let long = "社".repeat(MAX_RESPONDER_CHARS + 1);
    let cases: Vec<Blocked> = vec![
        (
            "no name",
            &sme_only,
            Scope::Sme,
            Some(""),
            Problem::ResponderMissing,
            Msg::AskErrResponderMissing,
        ),
        (
            "a blank name",
            &sme_only,
            Scope::Sme,
            Some(" \t "),
            Problem::ResponderMissing,
            Msg::AskErrResponderMissing,
        ),
        (
            "a control character only",
            &sme_only,
            Scope::Sme,
            Some("\u{7}"),
            Problem::ResponderMissing,
            Msg::AskErrResponderMissing,
        ),
        (
            "a name too long",
            &sme_only,
            Scope::Sme,
            Some(&long),
            Problem::ResponderTooLong,
            Msg::AskErrResponderTooLong,
        ),
        (
            "nothing answered",
            &empty,
            Scope::Both,
            None,
            Problem::NothingToSend,
            Msg::AskErrNothingToSend,
        ),
        (
            "nothing of the part asked",
            &sme_only,
            Scope::Executive,
            None,
            Problem::NothingToSend,
            Msg::AskErrNothingToSend,
        ),
    ];
    for (name, a, scope, typed, problem, msg) in cases {
        let ans = answers(a, scope);
        let mut r = Respond::default();
        if let Some(v) = typed {
            r.update(Event::Name(v.into()));
        }
        assert_eq!(r.blocked(&ans), Some(problem), "{name}");
        assert!(!r.can_send(&ans), "{name}");
        assert_eq!(r.status(&ans), Status::Blocked(problem), "{name}");
        assert_eq!(r.status(&ans).message(), Some((msg, None)), "{name}");
        let before = r.clone();
        assert_eq!(
            send(&mut r, &ans),
            Effect::None,
            "{name}: nothing is sealed"
        );
        assert_eq!(r, before, "{name}");
    }
}

#[test]
fn answers_that_cannot_be_encoded_are_nothing_to_send() {
    let ans = Answers {
        name: "株式会社".into(),
        reply: None,
        counts: PartCounts::default(),
        scs: None,
    };
    let r = Respond::default();
    assert_eq!(r.blocked(&ans), Some(Problem::NothingToSend));
    assert_eq!(r.status(&ans), Status::Blocked(Problem::NothingToSend));
}

#[test]
fn the_longest_name_and_a_policy_mark_alone_may_be_sent() {
    let mut a = assessment(0, 0);
    a.policy.established = true;
    let ans = answers(&a, Scope::Sme);
    let mut r = Respond::default();
    r.update(Event::Name("社".repeat(MAX_RESPONDER_CHARS)));
    assert_eq!(r.blocked(&ans), None);
    assert_eq!(
        r.blocked(&answers(&a, Scope::Executive)),
        Some(Problem::NothingToSend),
        "the policy is not part of the executive check"
    );
}

#[test]
fn sending_asks_to_seal_exactly_the_previewed_answers_once() {
    let a = assessment(3, 2);
    let ans = answers(&a, Scope::Both);
    let mut r = Respond::default();
    r.update(Event::Copied(true));
    r.update(Event::Name("  部品 \n 株式会社 ".into()));
    let Effect::Seal(content) = send(&mut r, &ans) else {
        panic!("a valid response is sealed");
    };
    assert_eq!(
        content,
        ResponseContent {
            responder: RESPONDER,
            responded_at_ms: NOW,
            organisation: "部品   株式会社".into(),
            answers: ans.reply.as_ref().unwrap().bytes.clone(),
            scs: None,
        }
    );
    assert!(r.working());
    assert_eq!(r.copy, Copied::Idle, "a new link starts afresh");
    assert!(!r.can_send(&ans));
    assert_eq!(r.status(&ans), Status::Sending);
    assert_eq!(r.status(&ans).message(), Some((Msg::AskSending, None)));
    assert_eq!(send(&mut r, &ans), Effect::None, "one sealing at a time");
}

#[test]
fn no_responder_id_fails_without_sealing() {
    let a = assessment(3, 0);
    let ans = answers(&a, Scope::Sme);
    let mut r = Respond::default();
    let eff = r.update(Event::Send {
        answers: &ans,
        responder: None,
        now_ms: NOW,
    });
    assert_eq!(eff, Effect::None);
    assert!(matches!(
        r.sending,
        Sending::Failed {
            problem: Problem::SealFailed,
            ..
        }
    ));
    assert_eq!(r.status(&ans), Status::Failed(Problem::SealFailed));
    assert!(r.can_send(&ans), "the partner may try again");
    assert_eq!(r.link(&ans, BASE), None);
}

#[test]
fn a_sealed_response_is_a_link_that_opens_to_what_was_previewed() {
    let a = assessment(5, 1);
    let ans = answers(&a, Scope::Both);
    let mut r = Respond::default();
    let Effect::Seal(content) = send(&mut r, &ans) else {
        panic!("sealed");
    };
    let req = request(Scope::Both);
    let s = native::seal(
        &req,
        &EPHEMERAL_D,
        [0x33; NONCE_LEN],
        &content_bytes(&content).unwrap(),
    );
    assert_eq!(r.update(Event::Sealed(Ok(s.clone()))), Effect::None);
    let link = r.link(&ans, BASE).unwrap();
    let payload = link
        .strip_prefix(BASE)
        .unwrap()
        .strip_prefix("#/reply/")
        .unwrap();
    let back = decode_response(payload).unwrap();
    assert_eq!(back, s);
    let opened = decode_content(&native::open(&REQUESTER_D, &req, &back).unwrap()).unwrap();
    assert_eq!(opened, content);
    assert_eq!(opened.organisation, r.organisation(&ans));
    assert_eq!(opened.answers, ans.reply.as_ref().unwrap().bytes);
    assert_eq!(r.status(&ans), Status::None);
    assert!(r.can_send(&ans), "the partner may make it again");
}

#[test]
fn a_link_too_long_is_refused_with_its_length() {
    let a = assessment(3, 0);
    let ans = answers(&a, Scope::Sme);
    let mut r = Respond::default();
    send(&mut r, &ans);
    r.update(Event::Sealed(Ok(sealed(MAX_RESPONSE_CHARS))));
    let Sending::Failed {
        problem: Problem::TooLong(n),
        ..
    } = r.sending
    else {
        panic!("too long: {:?}", r.sending);
    };
    assert!(n > MAX_RESPONSE_CHARS);
    assert_eq!(r.status(&ans), Status::Failed(Problem::TooLong(n)));
    assert_eq!(
        r.status(&ans).message(),
        Some((Msg::AskErrResponseTooLong, Some(n))),
        "the message counts the link's length"
    );
    assert_eq!(r.link(&ans, BASE), None);
    // Just under the limit is a link.
    let mut r = Respond::default();
    send(&mut r, &ans);
    r.update(Event::Sealed(Ok(sealed(3_000))));
    assert!(r.link(&ans, BASE).is_some());
}

#[test]
fn each_sealing_error_says_what_the_partner_can_do() {
    let cases = [
        (
            SupplyError::InvalidKey,
            Problem::InvalidKey,
            Msg::AskErrInvalidKey,
        ),
        (
            SupplyError::Missing(Field::Responder),
            Problem::ResponderMissing,
            Msg::AskErrResponderMissing,
        ),
        (
            SupplyError::TextTooLong {
                field: Field::Responder,
                max: 100,
            },
            Problem::ResponderTooLong,
            Msg::AskErrResponderTooLong,
        ),
        (
            SupplyError::CannotOpen,
            Problem::SealFailed,
            Msg::AskErrSealFailed,
        ),
        (
            SupplyError::Malformed("x"),
            Problem::SealFailed,
            Msg::AskErrSealFailed,
        ),
    ];
    let a = assessment(3, 0);
    let ans = answers(&a, Scope::Sme);
    for (e, problem, msg) in cases {
        let mut r = Respond::default();
        send(&mut r, &ans);
        r.update(Event::Sealed(Err(e.clone())));
        assert_eq!(r.status(&ans), Status::Failed(problem), "{e:?}");
        assert_eq!(r.status(&ans).message(), Some((msg, None)), "{e:?}");
        assert_eq!(r.link(&ans, BASE), None);
        assert!(r.can_send(&ans), "{e:?}: the partner may try again");
    }
}

#[test]
fn a_link_made_from_other_answers_or_another_name_is_stale() {
    let a = assessment(3, 0);
    let ans = answers(&a, Scope::Sme);
    let mut r = Respond::default();
    send(&mut r, &ans);
    r.update(Event::Sealed(Ok(sealed(200))));
    assert!(r.link(&ans, BASE).is_some());
    // Another name.
    r.update(Event::Name("別の会社".into()));
    assert_eq!(r.link(&ans, BASE), None);
    assert_eq!(r.status(&ans), Status::Stale);
    assert_eq!(r.status(&ans).message(), Some((Msg::AskStale, None)));
    // The same name again, spaces aside: the link is offered again.
    r.update(Event::Name(" 株式会社テスト部品".into()));
    assert!(r.link(&ans, BASE).is_some());
    // Another answer.
    let more = answers(&assessment(4, 0), Scope::Sme);
    assert_eq!(r.link(&more, BASE), None);
    assert_eq!(r.status(&more), Status::Stale);
    // A problem with what is shown now comes first.
    r.update(Event::Name(String::new()));
    assert_eq!(r.status(&ans), Status::Blocked(Problem::ResponderMissing));
}

#[test]
fn a_failure_with_other_answers_is_not_shown() {
    let a = assessment(3, 0);
    let ans = answers(&a, Scope::Sme);
    let mut r = Respond::default();
    send(&mut r, &ans);
    r.update(Event::Sealed(Err(SupplyError::InvalidKey)));
    let more = answers(&assessment(4, 0), Scope::Sme);
    assert_eq!(r.status(&more), Status::None);
    assert_eq!(r.status(&ans), Status::Failed(Problem::InvalidKey));
}

#[test]
fn choosing_another_assessment_forgets_the_link_and_any_late_outcome() {
    let a = assessment(3, 0);
    let ans = answers(&a, Scope::Sme);
    let mut r = Respond::default();
    send(&mut r, &ans);
    r.update(Event::Sealed(Ok(sealed(200))));
    r.update(Event::Chose);
    assert_eq!(r.sending, Sending::Idle);
    assert_eq!(r.link(&ans, BASE), None);
    // Sealing, then another assessment, then the outcome: nothing is offered.
    send(&mut r, &ans);
    r.update(Event::Chose);
    assert_eq!(r.update(Event::Sealed(Ok(sealed(200)))), Effect::None);
    assert_eq!(r.sending, Sending::Idle);
    assert_eq!(r.status(&ans), Status::None);
}

#[test]
fn notes_go_only_when_chosen_and_only_with_the_executive_check() {
    let m = model();
    let l = m.answerable(m.model_rev()).unwrap();
    let mut a = assessment(0, 2);
    a.notes.insert(l.directions[0].clone(), "メモ".into());
    a.notes.insert(l.directions[1].clone(), "メモ2".into());
    let mut r = Respond::default();
    assert!(!r.include_notes);
    r.update(Event::ToggleNotes);
    assert!(r.include_notes);
    let with = Answers::of(m, &a, Scope::Executive, r.include_notes);
    assert_eq!(with.counts.notes, 2);
    assert_eq!(
        notes_line(Scope::Executive, &with.counts),
        Some((Msg::AskNotesIncluded, Some(2)))
    );
    r.update(Event::ToggleNotes);
    let without = Answers::of(m, &a, Scope::Executive, r.include_notes);
    assert_eq!(without.counts.notes, 0);
    assert_eq!(
        notes_line(Scope::Executive, &without.counts),
        Some((Msg::AskNotesNotIncluded, None))
    );
    let sme = Answers::of(m, &a, Scope::Sme, true);
    assert_eq!(sme.counts.notes, 0, "notes are part of the executive check");
    assert_eq!(notes_line(Scope::Sme, &sme.counts), None);
    assert_eq!(notes_note(Scope::Sme), Msg::AskNotesExecOnly);
    assert_eq!(notes_note(Scope::Executive), Msg::AskNotesOnlyIfChosen);
    assert_eq!(notes_note(Scope::Both), Msg::AskNotesOnlyIfChosen);
}

#[test]
fn the_preview_lists_the_parts_asked_with_what_each_holds() {
    let a = assessment(7, 3);
    let codes = |s: Scope| {
        let ans = answers(&a, s);
        parts(s, &ans.counts)
            .into_iter()
            .map(|p| (p.code, p.count.0))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        codes(Scope::Sme),
        [("articles", 0), ("self-check", 7), ("actions", 0)]
    );
    assert_eq!(
        codes(Scope::Executive),
        [("a1", 3), ("a2", 0), ("tiers", 0)]
    );
    assert_eq!(
        codes(Scope::Both),
        [
            ("articles", 0),
            ("self-check", 7),
            ("actions", 0),
            ("a1", 3),
            ("a2", 0),
            ("tiers", 0)
        ]
    );
    let ans = answers(&a, Scope::Both);
    let p = parts(Scope::Both, &ans.counts);
    assert_eq!(p[1].label, Msg::AskPartSelfCheck);
    assert_eq!(p[1].count, (7, 25));
    assert_eq!(p[3].count.1, 9, "付録A-1 has 9 items");
    assert_eq!(ans.sent().unwrap().answers.len(), 10);
}

#[test]
fn the_copy_and_download_lines() {
    let mut r = Respond::default();
    assert_eq!(r.copy_status(), None);
    r.update(Event::Copied(true));
    assert_eq!(r.copy_status(), Some(Msg::ShareCopied));
    r.update(Event::Copied(false));
    assert_eq!(r.copy_status(), Some(Msg::ShareCopyFailed));
    r.update(Event::Downloaded(false));
    assert_eq!(
        r.copy_status(),
        Some(Msg::ExportFailed),
        "a failed download comes first"
    );
    r.update(Event::Downloaded(true));
    assert_eq!(r.copy_status(), Some(Msg::ShareCopyFailed));
    // A new sealing clears the copy line (not a download's).
    r.update(Event::Downloaded(false));
    let a = assessment(3, 0);
    send(&mut r, &answers(&a, Scope::Sme));
    assert_eq!(r.copy, Copied::Idle);
    assert_eq!(r.copy_status(), Some(Msg::ExportFailed));
}

//! The request form's view-model, case by case: every field it holds, every step of making a
//! link (idle, busy, made, refused, failed), each error the format's rules can refuse a
//! request with and the message the form shows for it, and what it adds to the register.
#![allow(clippy::unwrap_used)]

use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::supply::{
    decode_request, Day, Field, PartnerKind, PublicKey, Reading, RequestId, Scope, SupplyError,
};
use shindan_core::vm::request_form::{Draft, Effect, Event, Input, Making, NewKey, RequestForm};

fn key() -> PublicKey {
    let mut b = [7u8; 65];
    b[0] = 4;
    PublicKey::from_bytes(&b).unwrap()
}

fn new_key() -> NewKey {
    NewKey {
        id: RequestId([9; 16]),
        public: key(),
        private_jwk: "{\"kty\":\"EC\"}".into(),
        now_ms: 1_767_225_600_000,
    }
}

fn edit(f: &mut RequestForm, input: Input, v: &str) {
    assert_eq!(f.update(Event::Edit(input, v.into())), Effect::None);
}

/// A form with the two required texts filled in.
fn filled() -> RequestForm {
    let mut f = RequestForm::default();
    edit(&mut f, Input::Reason, "取引先の管理のため");
    edit(&mut f, Input::Organisation, "株式会社発注");
    f
}

/// Submits and hands over a key: what the form then is and asks.
fn make(mut f: RequestForm) -> (RequestForm, Effect) {
    assert_eq!(f.update(Event::Submit), Effect::MakeKey);
    let eff = f.update(Event::KeyMade(new_key()));
    (f, eff)
}

#[test]
fn a_new_form_is_idle_and_empty_with_the_sme_path_chosen() {
    let f = RequestForm::default();
    assert_eq!(f.making, Making::Idle);
    assert_eq!(f.draft, Draft::default());
    assert_eq!(f.draft.scope(), Scope::Sme);
    assert_eq!(f.draft.kind(), None);
    assert_eq!(f.draft.tier(), None);
    assert!(!f.busy());
    assert_eq!(f.link("https://x/"), None);
    assert_eq!(f.invalid_text(Lang::Ja), None);
    assert_eq!((f.copied, f.backed_up), (None, None));
}

/// Reads one field of a draft.
type Getter = fn(&Draft) -> &str;

#[test]
fn each_input_edits_its_own_field() {
    let cases: [(Input, Getter); 8] = [
        (Input::Organisation, |d| &d.organisation),
        (Input::Contact, |d| &d.contact),
        (Input::Reason, |d| &d.reason),
        (Input::Due, |d| &d.due),
        (Input::Message, |d| &d.message),
        (Input::SentTo, |d| &d.sent_to),
        (Input::Kind, |d| &d.kind),
        (Input::Tier, |d| &d.tier),
    ];
    for (input, get) in cases {
        let mut f = RequestForm::default();
        edit(&mut f, input, "v");
        assert_eq!(get(&f.draft), "v", "{input:?}");
        let others = cases.iter().filter(|(i, _)| *i != input);
        for (other, get) in others {
            assert_eq!(get(&f.draft), "", "{input:?} changed {other:?}");
        }
    }
}

#[test]
fn the_scope_kind_and_tier_read_what_the_controls_offer() {
    let mut f = RequestForm::default();
    for s in [Scope::Executive, Scope::Both, Scope::Sme] {
        f.update(Event::Scope(s));
        assert_eq!(f.draft.scope(), s);
    }
    for k in PartnerKind::ALL {
        edit(&mut f, Input::Kind, k.code());
        assert_eq!(f.draft.kind(), Some(k));
    }
    edit(&mut f, Input::Kind, "");
    assert_eq!(f.draft.kind(), None);
    edit(&mut f, Input::Kind, "friend");
    assert_eq!(f.draft.kind(), None);
    edit(&mut f, Input::Tier, "2");
    assert_eq!(f.draft.tier(), Some(2));
    for bad in ["", "0", "99", "x", "-1"] {
        edit(&mut f, Input::Tier, bad);
        assert_eq!(f.draft.tier(), None, "tier {bad:?}");
    }
}

#[test]
fn submitting_asks_for_a_key_once_and_keeps_the_fields_as_they_were() {
    let mut f = filled();
    f.copied = Some(true);
    f.backed_up = Some(false);
    assert_eq!(f.update(Event::Submit), Effect::MakeKey);
    assert!(f.busy());
    assert_eq!(f.making, Making::Busy(f.draft.clone()));
    assert_eq!(
        (f.copied, f.backed_up),
        (None, None),
        "a new link starts afresh"
    );
    // A second press while the key is being made asks nothing.
    assert_eq!(f.update(Event::Submit), Effect::None);
    // Typing while busy does not change the request being made.
    edit(&mut f, Input::Organisation, "別の会社");
    let Effect::Add(entry) = f.update(Event::KeyMade(new_key())) else {
        panic!("a valid request is added");
    };
    assert_eq!(entry.request.organisation, "株式会社発注");
}

#[test]
fn a_valid_request_is_added_with_every_field_and_its_link_reads_back() {
    let mut f = filled();
    edit(&mut f, Input::Contact, "info@example.jp\n");
    edit(&mut f, Input::Due, "2026-03-31");
    edit(&mut f, Input::Message, "よろしく\r\nお願いします");
    edit(&mut f, Input::SentTo, "  山田商事 ");
    edit(&mut f, Input::Kind, "contractor");
    edit(&mut f, Input::Tier, "2");
    f.update(Event::Scope(Scope::Both));
    let (f, eff) = make(f);
    let Effect::Add(entry) = eff else {
        panic!("expected the request to be added, got {eff:?}");
    };
    let r = &entry.request;
    assert_eq!(r.id, RequestId([9; 16]));
    assert_eq!(r.requester_key, key());
    assert_eq!(r.scope, Scope::Both);
    assert_eq!(r.due, Day::from_ymd(2026, 3, 31));
    assert_eq!(
        r.contact, "info@example.jp ",
        "a single-line text loses its newline"
    );
    assert_eq!(r.message, "よろしく\nお願いします");
    assert_eq!(entry.sent_to, "  山田商事 ");
    assert_eq!(entry.kind, Some(PartnerKind::Contractor));
    assert_eq!(entry.tier, Some(2));
    assert_eq!(entry.created_ms, 1_767_225_600_000);
    assert_eq!(entry.private_key, "{\"kty\":\"EC\"}");
    assert!(!entry.deleted);
    let Making::Done(payload) = &f.making else {
        panic!("made");
    };
    assert_eq!(&decode_request(payload).unwrap(), r);
    assert!(!f.busy());
    assert_eq!(
        f.link("https://example.jp/shindan/"),
        Some(format!("https://example.jp/shindan/#/ask/{payload}"))
    );
    assert_eq!(f.invalid_text(Lang::En), None);
}

#[test]
fn an_invalid_or_missing_due_date_is_no_due_date() {
    for due in ["", "2026-02-30", "31/03/2026"] {
        let mut f = filled();
        edit(&mut f, Input::Due, due);
        let (_, eff) = make(f);
        let Effect::Add(entry) = eff else {
            panic!("{due:?} is still a valid request");
        };
        assert_eq!(entry.request.due, None, "{due:?}");
    }
}

#[test]
fn control_characters_are_dropped_not_refused() {
    let mut f = filled();
    edit(&mut f, Input::Organisation, "株式会社\u{202E}発注\u{7}");
    let (_, eff) = make(f);
    let Effect::Add(entry) = eff else {
        panic!("cleaned, the request is valid");
    };
    assert_eq!(entry.request.organisation, "株式会社発注");
}

#[test]
fn each_rule_of_the_format_refuses_the_request_with_its_error_and_adds_nothing() {
    let long = |n: usize| "あ".repeat(n);
    let cases: Vec<(&str, Input, String, SupplyError)> = vec![
        (
            "no reason",
            Input::Reason,
            String::new(),
            SupplyError::Missing(Field::Reason),
        ),
        (
            "a blank reason",
            Input::Reason,
            " \n ".into(),
            SupplyError::Missing(Field::Reason),
        ),
        (
            "no organisation",
            Input::Organisation,
            "   ".into(),
            SupplyError::Missing(Field::Organisation),
        ),
        (
            "an organisation too long",
            Input::Organisation,
            long(101),
            SupplyError::TextTooLong {
                field: Field::Organisation,
                max: 100,
            },
        ),
        (
            "a contact too long",
            Input::Contact,
            long(201),
            SupplyError::TextTooLong {
                field: Field::Contact,
                max: 200,
            },
        ),
        (
            "a reason too long",
            Input::Reason,
            long(501),
            SupplyError::TextTooLong {
                field: Field::Reason,
                max: 500,
            },
        ),
        (
            "a message too long",
            Input::Message,
            long(1_001),
            SupplyError::TextTooLong {
                field: Field::Message,
                max: 1_000,
            },
        ),
    ];
    for (name, input, value, error) in cases {
        let mut f = filled();
        edit(&mut f, input, &value);
        let (f, eff) = make(f);
        assert_eq!(eff, Effect::None, "{name}: nothing is added");
        assert_eq!(f.making, Making::Invalid(error.clone()), "{name}");
        assert_eq!(f.link("https://x/"), None, "{name}");
        for lang in [Lang::Ja, Lang::En] {
            assert_eq!(
                f.invalid_text(lang).unwrap(),
                format!(
                    "{}: {}",
                    t(lang, Msg::PartnersValidation),
                    error.text(Reading::Response, lang)
                ),
                "{name}"
            );
        }
    }
}

#[test]
fn the_longest_texts_allowed_make_a_request() {
    let mut f = filled();
    edit(&mut f, Input::Organisation, &"あ".repeat(100));
    edit(&mut f, Input::Contact, &"a".repeat(200));
    edit(&mut f, Input::Reason, &"い".repeat(500));
    edit(&mut f, Input::Message, &"う".repeat(1_000));
    let (f, eff) = make(f);
    assert!(matches!(eff, Effect::Add(_)), "{:?}", f.making);
}

#[test]
fn a_refused_request_can_be_corrected_and_made() {
    let mut f = RequestForm::default();
    edit(&mut f, Input::Organisation, "株式会社発注");
    let (mut f, _) = make(f);
    assert_eq!(
        f.making,
        Making::Invalid(SupplyError::Missing(Field::Reason))
    );
    edit(&mut f, Input::Reason, "管理のため");
    let (f, eff) = make(f);
    assert!(matches!(eff, Effect::Add(_)));
    assert!(matches!(f.making, Making::Done(_)));
}

#[test]
fn no_key_means_failed_and_nothing_added() {
    let mut f = filled();
    f.update(Event::Submit);
    assert_eq!(f.update(Event::KeyFailed), Effect::None);
    assert_eq!(f.making, Making::Failed);
    assert!(!f.busy());
    assert_eq!(f.link("https://x/"), None);
    // Pressing again asks again.
    assert_eq!(f.update(Event::Submit), Effect::MakeKey);
}

#[test]
fn a_key_or_a_failure_nobody_waits_for_changes_nothing() {
    let mut f = filled();
    let before = f.clone();
    assert_eq!(f.update(Event::KeyMade(new_key())), Effect::None);
    assert_eq!(f.update(Event::KeyFailed), Effect::None);
    assert_eq!(f, before);
    let (mut done, _) = make(filled());
    let made = done.making.clone();
    assert_eq!(done.update(Event::KeyMade(new_key())), Effect::None);
    done.update(Event::KeyFailed);
    assert_eq!(done.making, made, "a made link stays");
}

#[test]
fn the_copy_and_backup_outcomes_are_kept_until_the_next_link() {
    let (mut f, _) = make(filled());
    f.update(Event::Copied(false));
    assert_eq!(f.copied, Some(false));
    f.update(Event::Copied(true));
    assert_eq!(f.copied, Some(true));
    f.update(Event::BackedUp(false));
    assert_eq!(f.backed_up, Some(false));
    f.update(Event::BackedUp(true));
    assert_eq!(f.backed_up, Some(true));
    f.update(Event::Submit);
    assert_eq!((f.copied, f.backed_up), (None, None));
}

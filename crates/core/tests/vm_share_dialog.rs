//! The share dialog's view-model (`vm::share_dialog`), case by case: the options in the link,
//! the passphrase off and on (empty, too short, long enough counted in characters), sealing
//! (asked, refused, working, done, failed, outdated by a changed option or passphrase, a late
//! outcome dropped), the link (plain, sealed, pending, too long for a link, too long to encode),
//! left-out values, and the copy line (copied, refused, cleared).
#![allow(clippy::unwrap_used)]

use shindan_core::assessment::{Action, Assessment, MetaField};
use shindan_core::i18n::Msg;
use shindan_core::model::{model, AnswerKind, Id};
use shindan_core::share::{self, ShareOptions, MAX_LINK_CHARS};
use shindan_core::vm::share_dialog::*;
use shindan_core::vm::Update;

const BASE: &str = "https://example.test/shindan/";

fn answered() -> Assessment {
    let mut a = Assessment::new();
    a.apply(Action::Meta(MetaField::Name, "株式会社テスト".into()));
    a.apply(Action::Answer(
        Id::from("sc.01"),
        Some(AnswerKind::Implemented),
    ));
    a.apply(Action::Note(Id::from("v3.d2"), "来期に見直す".into()));
    a
}

fn plain_link(a: &Assessment, opts: &ShareOptions) -> String {
    let e = share::encode(model(), a, opts).unwrap();
    format!("{BASE}{}", share::fragment(&e.payload))
}

/// A dialog with the passphrase on and `pass` typed.
fn protected(pass: &str) -> ShareState {
    let mut s = ShareState::default();
    s.update(ShareEvent::Toggle(Check::Protect, true));
    s.update(ShareEvent::Passphrase(pass.into()));
    s
}

/// Seals with what the dialog shows now; returns the command.
fn seal(s: &mut ShareState, a: &Assessment) -> Option<ShareCommand> {
    let plain = s.view(model(), a, BASE).plain;
    s.update(ShareEvent::Seal(plain))
}

#[test]
fn at_first_the_link_is_plain_without_name_or_notes() {
    let a = answered();
    let s = ShareState::default();
    let v = s.view(model(), &a, BASE);
    assert_eq!(
        v.output,
        Output::Link(plain_link(&a, &ShareOptions::default()))
    );
    assert_eq!(v.seal_status, None);
    assert_eq!(v.copy_status, None);
    assert_eq!(v.omitted, 0);
    assert!(!v.can_seal);
    let e = share::encode(model(), &a, &ShareOptions::default()).unwrap();
    assert_eq!(v.plain, Some((e.bytes, e.payload)));
}

#[test]
fn each_option_changes_the_link_and_clears_the_copy_line() {
    let a = answered();
    let mut s = ShareState::default();
    s.update(ShareEvent::Copied(true));
    s.update(ShareEvent::Toggle(Check::Name, true));
    assert_eq!(s.copy, Copy::Idle);
    let with_name = ShareOptions {
        include_name: true,
        include_notes: false,
    };
    assert_eq!(s.options(), with_name);
    assert_eq!(
        s.view(model(), &a, BASE).output,
        Output::Link(plain_link(&a, &with_name))
    );
    s.update(ShareEvent::Copied(false));
    s.update(ShareEvent::Toggle(Check::Notes, true));
    assert_eq!(s.copy, Copy::Idle);
    let both = ShareOptions {
        include_name: true,
        include_notes: true,
    };
    assert_eq!(
        s.view(model(), &a, BASE).output,
        Output::Link(plain_link(&a, &both))
    );
    assert_ne!(plain_link(&a, &both), plain_link(&a, &with_name));
    s.update(ShareEvent::Toggle(Check::Name, false));
    assert!(!s.include_name && s.include_notes);
}

#[test]
fn with_the_passphrase_on_the_link_waits_for_sealing() {
    let a = answered();
    let s = protected("");
    let v = s.view(model(), &a, BASE);
    assert_eq!(v.output, Output::Pending);
    // Nothing typed yet is not an error.
    assert_eq!(v.seal_status, None);
    assert!(!v.can_seal);
}

#[test]
fn a_passphrase_under_eight_characters_is_refused_with_its_message() {
    let a = answered();
    for short in ["a", "1234567", "パスワード12"] {
        let mut s = protected(short);
        let v = s.view(model(), &a, BASE);
        assert_eq!(v.seal_status, Some(Msg::SharePassphraseShort), "{short}");
        assert!(!v.can_seal, "{short}");
        assert_eq!(seal(&mut s, &a), None, "{short}");
        assert_eq!(s.sealing, Sealing::Idle);
    }
    // Characters, not bytes: eight kana are enough.
    for ok in ["12345678", "パスワードです。"] {
        let s = protected(ok);
        assert!(s.passphrase_ok(), "{ok}");
        let v = s.view(model(), &a, BASE);
        assert_eq!(v.seal_status, None, "{ok}");
        assert!(v.can_seal, "{ok}");
    }
}

#[test]
fn sealing_asks_the_door_once_and_shows_working() {
    let a = answered();
    let mut s = protected("correct horse");
    let e = share::encode(model(), &a, &ShareOptions::default()).unwrap();
    assert_eq!(
        seal(&mut s, &a),
        Some(ShareCommand::Seal {
            run: 1,
            passphrase: "correct horse".into(),
            bytes: e.bytes.clone(),
            from: e.payload.clone(),
        })
    );
    assert_eq!(s.sealing, Sealing::Working { run: 1 });
    let v = s.view(model(), &a, BASE);
    assert_eq!(v.seal_status, Some(Msg::ShareEncrypting));
    assert!(!v.can_seal);
    assert_eq!(v.output, Output::Pending);
    // Pressed again while working: nothing more is sent.
    assert_eq!(seal(&mut s, &a), None);
    // Nothing to seal when no link can be made.
    let mut t = protected("correct horse");
    assert_eq!(t.update(ShareEvent::Seal(None)), None);
    assert_eq!(t.sealing, Sealing::Idle);
}

#[test]
fn a_sealed_link_is_shown_and_a_failed_sealing_says_so() {
    let a = answered();
    let mut s = protected("correct horse");
    let Some(ShareCommand::Seal { run, from, .. }) = seal(&mut s, &a) else {
        panic!()
    };
    s.update(ShareEvent::Sealed {
        run,
        from: from.clone(),
        result: Ok("SEALEDPAYLOAD".into()),
    });
    let v = s.view(model(), &a, BASE);
    assert_eq!(
        v.output,
        Output::Link(format!("{BASE}{}", share::fragment("SEALEDPAYLOAD")))
    );
    assert_eq!(v.seal_status, None);
    assert!(v.can_seal);

    let mut f = protected("correct horse");
    let Some(ShareCommand::Seal { run, from, .. }) = seal(&mut f, &a) else {
        panic!()
    };
    f.update(ShareEvent::Sealed {
        run,
        from,
        result: Err(()),
    });
    assert_eq!(f.sealing, Sealing::Failed);
    let v = f.view(model(), &a, BASE);
    assert_eq!(v.seal_status, Some(Msg::ShareEncryptFailed));
    assert_eq!(v.output, Output::Pending);
    // It may be tried again.
    assert!(v.can_seal);
    assert!(matches!(
        seal(&mut f, &a),
        Some(ShareCommand::Seal { run: 2, .. })
    ));
}

#[test]
fn a_sealed_link_no_longer_shown_once_an_option_or_the_passphrase_changes() {
    let a = answered();
    let mut s = protected("correct horse");
    let Some(ShareCommand::Seal { run, from, .. }) = seal(&mut s, &a) else {
        panic!()
    };
    s.update(ShareEvent::Sealed {
        run,
        from,
        result: Ok("SEALED".into()),
    });
    // The name now goes in: the sealed payload was made from other bytes.
    s.update(ShareEvent::Toggle(Check::Name, true));
    assert_eq!(s.view(model(), &a, BASE).output, Output::Pending);
    s.update(ShareEvent::Toggle(Check::Name, false));
    assert!(matches!(s.view(model(), &a, BASE).output, Output::Link(_)));
    // A changed passphrase drops the sealing.
    s.update(ShareEvent::Passphrase("another one".into()));
    assert_eq!(s.sealing, Sealing::Idle);
    assert_eq!(s.view(model(), &a, BASE).output, Output::Pending);
    // Turning the passphrase off shows the plain link.
    s.update(ShareEvent::Toggle(Check::Protect, false));
    assert_eq!(
        s.view(model(), &a, BASE).output,
        Output::Link(plain_link(&a, &ShareOptions::default()))
    );
}

#[test]
fn a_sealing_outcome_for_an_older_passphrase_is_dropped() {
    let a = answered();
    let mut s = protected("first passphrase");
    let Some(ShareCommand::Seal { run, from, .. }) = seal(&mut s, &a) else {
        panic!()
    };
    s.update(ShareEvent::Passphrase("second passphrase".into()));
    let Some(ShareCommand::Seal { run: run2, .. }) = seal(&mut s, &a) else {
        panic!()
    };
    assert_ne!(run, run2);
    s.update(ShareEvent::Sealed {
        run,
        from: from.clone(),
        result: Ok("OLD".into()),
    });
    assert_eq!(s.sealing, Sealing::Working { run: run2 });
    // And one arriving after the passphrase changed, with no run going.
    let mut t = protected("first passphrase");
    let Some(ShareCommand::Seal { run, from, .. }) = seal(&mut t, &a) else {
        panic!()
    };
    t.update(ShareEvent::Passphrase("first passphrase!".into()));
    t.update(ShareEvent::Sealed {
        run,
        from,
        result: Ok("OLD".into()),
    });
    assert_eq!(t.sealing, Sealing::Idle);
    assert_eq!(t.view(model(), &a, BASE).output, Output::Pending);
}

#[test]
fn a_link_longer_than_a_link_may_be_is_refused_with_its_length() {
    let a = answered();
    let base = format!("https://example.test/{}/", "x".repeat(MAX_LINK_CHARS));
    let s = ShareState::default();
    let v = s.view(model(), &a, &base);
    let e = share::encode(model(), &a, &ShareOptions::default()).unwrap();
    let len = format!("{base}{}", share::fragment(&e.payload))
        .chars()
        .count();
    assert!(len > MAX_LINK_CHARS);
    assert_eq!(v.output, Output::TooLong(len));
}

#[test]
fn answers_too_long_to_encode_are_refused_and_cannot_be_sealed() {
    let mut a = answered();
    a.apply(Action::Note(Id::from("v3.d1"), "長い覚え書き".repeat(500)));
    let mut s = protected("correct horse");
    s.update(ShareEvent::Toggle(Check::Notes, true));
    let v = s.view(model(), &a, BASE);
    assert_eq!(v.output, Output::TooLong(MAX_LINK_CHARS + 1));
    assert_eq!(v.plain, None);
    assert!(!v.can_seal);
    assert_eq!(seal(&mut s, &a), None);
    // Without the notes the link fits again.
    s.update(ShareEvent::Toggle(Check::Notes, false));
    s.update(ShareEvent::Toggle(Check::Protect, false));
    assert!(matches!(s.view(model(), &a, BASE).output, Output::Link(_)));
}

#[test]
fn values_the_link_cannot_carry_are_counted() {
    let mut a = answered();
    a.answers
        .insert(Id::from("zz.not-in-the-model"), AnswerKind::Implemented);
    let v = ShareState::default().view(model(), &a, BASE);
    assert_eq!(v.omitted, 1);
    assert!(matches!(v.output, Output::Link(_)));
}

#[test]
fn the_copy_line_says_copied_or_refused_and_clears_when_the_dialog_opens() {
    let a = answered();
    let mut s = ShareState::default();
    assert_eq!(s.update(ShareEvent::Copied(true)), None);
    assert_eq!(
        s.view(model(), &a, BASE).copy_status,
        Some(Msg::ShareCopied)
    );
    s.update(ShareEvent::Copied(false));
    assert_eq!(
        s.view(model(), &a, BASE).copy_status,
        Some(Msg::ShareCopyFailed)
    );
    s.update(ShareEvent::Open);
    assert_eq!(s.view(model(), &a, BASE).copy_status, None);
}

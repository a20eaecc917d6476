//! Golden share links shared by the native codec tests (`tests/share_codec.rs`) and the browser
//! tests (`tests/web.rs`): links already sent must open forever, so both link versions are
//! pinned byte for byte — version 1 (plain) and version 2 (sealed with a passphrase).
//!
//! The sealed link was made with a FIXED salt and nonce so that it can be pinned; the app
//! always draws both from `crypto.getRandomValues` (`shindan_core::crypto::seal`). Native tests
//! re-derive it with RustCrypto, the browser test with the app's WebCrypto code, and both must
//! give these exact characters.

use shindan_core::assessment::{Assessment, TierPair};
use shindan_core::model::{AnswerKind, Id};
use shindan_core::share::{NONCE_LEN, SALT_LEN};

/// An executive check with the name, the date and a note (shared with both options on): two
/// A-2 items, one A-1 item, one 指示's tiers. Model revision 1.
pub fn exec() -> Assessment {
    let mut a = Assessment {
        model_rev: 1,
        ..Assessment::default()
    };
    a.answers
        .insert(Id::from("v3.a2.1-1"), AnswerKind::Implemented);
    a.answers
        .insert(Id::from("v3.a2.5-10"), AnswerKind::NotApplicable);
    a.answers
        .insert(Id::from("v3.a1.p3-2"), AnswerKind::DontKnow);
    a.tiers.insert(
        Id::from("v3.d4"),
        TierPair {
            current: Some(1),
            target: Some(3),
        },
    );
    a.name = "株式会社テスト".into();
    a.date = "2026-11-30".into();
    a.notes.insert(Id::from("v3.d4"), "VPN 更新".into());
    a
}

/// [`exec`] as a plain (version 1) link payload, name and notes included.
pub const EXEC_PLAIN: &str =
    "AQGjAwAAAAAHU-m-0SC7B21AZLmXOIUAqtwAHWgqXw9PGnk-MMYwuTDIFDIwMjYtMTEtMzABAxRWUE4g5pu05pawxr7POA";

/// The passphrase of [`EXEC_SEALED`]: ASCII, kana and kanji, taken as typed (UTF-8, not
/// normalised).
pub const PASSPHRASE: &str = "correct horse 電池 ホッチキス";
/// The fixed salt of [`EXEC_SEALED`] (ASCII "shindan-golden-1").
pub const SALT: [u8; SALT_LEN] = *b"shindan-golden-1";
/// The fixed nonce of [`EXEC_SEALED`] (ASCII "sealed-v2-01").
pub const NONCE: [u8; NONCE_LEN] = *b"sealed-v2-01";

/// [`EXEC_PLAIN`]'s bytes sealed (version 2) under [`PASSPHRASE`] with [`SALT`] and [`NONCE`]:
/// PBKDF2-HMAC-SHA-256, 600,000 iterations → AES-256-GCM, additional data = the version byte.
pub const EXEC_SEALED: &str = "AnNoaW5kYW4tZ29sZGVuLTFzZWFsZWQtdjItMDF9tD8WCAJor4DrfIbyVFkYclpke-85hiwH1IgJvafiYGWSOmr1Erv9egEmlf8Rrf-jTFzLeJO8NC1biARtie9KemVHpyKAIi5baBS5eaFQtXvTFiEsUAz99EM";

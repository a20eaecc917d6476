//! The supply-chain core, natively: the request and response link formats against
//! committed golden links, sealing with fixed keys and nonce through RustCrypto (the same key
//! schedule WebCrypto runs in the browser, `tests/web_supply.rs`), a response another key cannot
//! open, every changed byte rejected, the register's import rules, the overview, and the SCS
//! three-question rule. Every table row names what it checks.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

#[path = "support/supply_native.rs"]
mod native;

use shindan_core::assessment::{self, ArticleStatus, Assessment};
use shindan_core::model::{model, AnswerKind};
use shindan_core::share::{self, base64url, crc32::crc32, ShareOptions, EXEC_KINDS, SME_KINDS};
use shindan_core::supply::*;

// ------------------------------------------------------------------ fixtures

/// The requester's private scalar (golden; also in tests/web_supply.rs).
const REQUESTER_D: [u8; 32] = [0x11; 32];
/// The one-time key of the golden response.
const EPHEMERAL_D: [u8; 32] = [0x22; 32];
/// Someone else's key.
const OTHER_D: [u8; 32] = [0x44; 32];
const NONCE: [u8; NONCE_LEN] = [0x33; NONCE_LEN];
const REQUEST_ID: [u8; ID_LEN] = [
    0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
];
const RESPONDER: [u8; ID_LEN] = [0x5a; ID_LEN];
/// 2026-01-15T00:00:00Z.
const RESPONDED_MS: u64 = 1_768_435_200_000;

fn request() -> Request {
    Request {
        id: RequestId(REQUEST_ID),
        requester_key: native::public_of(&REQUESTER_D),
        scope: Scope::Both,
        due: Day::parse("2026-03-31"),
        organisation: "株式会社サンプル製作所".into(),
        contact: "調達部 山田 (yamada@example.jp)".into(),
        reason: "取引基本契約の見直しに伴い、委託先の情報セキュリティ対策を確認するため。\n費用負担は別途協議します。".into(),
        message: "3月末までにご回答ください。".into(),
        scs: None,
    }
}

/// A complete self-diagnosis (cycling the SME scale), every article Done, the policy
/// established and published, and the 付録A-2 items cycling the executive scale.
fn answers() -> Assessment {
    let m = model();
    let l = m.answerable(m.model_rev()).unwrap();
    let mut a = Assessment::new();
    for (i, id) in l.self_check.iter().enumerate() {
        a.answers.insert(id.clone(), SME_KINDS[i % SME_KINDS.len()]);
    }
    for id in &l.articles {
        a.articles.insert(id.clone(), ArticleStatus::Done);
    }
    for (i, id) in l.a2.iter().enumerate() {
        a.answers
            .insert(id.clone(), EXEC_KINDS[i % EXEC_KINDS.len()]);
    }
    a.policy.established = true;
    a.policy.published = true;
    a
}

fn answer_bytes(a: &Assessment) -> Vec<u8> {
    share::encode(model(), a, &ShareOptions::default())
        .unwrap()
        .bytes
}

fn content() -> ResponseContent {
    ResponseContent {
        responder: ResponderId(RESPONDER),
        responded_at_ms: RESPONDED_MS,
        organisation: "有限会社テスト部品".into(),
        answers: answer_bytes(&answers()),
        scs: None,
    }
}

fn golden_sealed() -> SealedResponse {
    native::seal(
        &request(),
        &EPHEMERAL_D,
        NONCE,
        &content_bytes(&content()).unwrap(),
    )
}

/// Prints the golden values (run with `--ignored --nocapture` after a deliberate format
/// change, then update the constants below and say why in the commit).
#[test]
#[ignore]
fn print_goldens() {
    println!("REQUEST {}", encode_request(&request()).unwrap());
    println!("RESPONSE {}", encode_response(&golden_sealed()));
    println!(
        "JWK {}",
        private_jwk(&REQUESTER_D, &native::public_of(&REQUESTER_D))
    );
    println!("MINIMAL {}", encode_request(&minimal_request()).unwrap());
    println!(
        "EPH_JWK {}",
        private_jwk(&EPHEMERAL_D, &native::public_of(&EPHEMERAL_D))
    );
}

fn minimal_request() -> Request {
    Request {
        id: RequestId([0x01; ID_LEN]),
        requester_key: native::public_of(&REQUESTER_D),
        scope: Scope::Sme,
        due: None,
        organisation: "Example Corp".into(),
        contact: String::new(),
        reason: "Annual supplier review".into(),
        message: String::new(),
        scs: None,
    }
}

// ------------------------------------------------------------------ golden links

/// The golden request (Japanese text travels as UTF-16, due date 2026-03-31, both scopes).
const GOLDEN_REQUEST: &str = "AaChoqOkpaanqKmqq6ytrq8EAhfmF_C2RDkoJ4-WmZ5pojpPLBUr321s32bluAKC1O0ZSn3ry5dxLS3aPKhaqHZaVvRfx1hZllLyiXxlMG5XlAPAoAEtaCpfD08aeT4wtTDzMNcw64j9T1xiQEjoqr_pgZTpg6gg5bGx55SwICh5YW1hZGFAZXhhbXBsZS5qcCnJAVPWXxVX-mcsWVF9BDBuiYt29DBXMGtPNDBEMAFZ1IoXUUgwbmDFWDEwuzCtMOUw6jDGMKNb_ntWMJJ4uoqNMFkwizBfMIEwAgAKjLt1KIygYsUwb1IlkBRTVItwMFcwfjBZMAI5ADNnCGcrMH4wZzBrMFRW3ntUME8wYDBVMEQwAs3OhmA";
/// The golden minimal request (SME only, no due date, no contact or message).
const GOLDEN_MINIMAL_REQUEST: &str = "AQEBAQEBAQEBAQEBAQEBAQEEAhfmF_C2RDkoJ4-WmZ5pojpPLBUr321s32bluAKC1O0ZSn3ry5dxLS3aPKhaqHZaVvRfx1hZllLyiXxlMG5XlAEAGEV4YW1wbGUgQ29ycAAsQW5udWFsIHN1cHBsaWVyIHJldmlldwDzCASv";
/// The golden response: [`content`] sealed to [`REQUESTER_D`]'s key with [`EPHEMERAL_D`] and
/// [`NONCE`].
const GOLDEN_RESPONSE: &str = "AaChoqOkpaanqKmqq6ytrq8E1lqTl3yqPRsIGFL_V6eeRl8WYFdzBLrq1QXdOkhYnPNQGF6JU3LfYiHqOhN1V-Rz_dtnVfBb1QfDxTP86ckShTMzMzMzMzMzMzMzM7d52coK6X62fuUDYldwKL5i8zbY_6sltz_UHB-sqGfaxVrRJfgnT-OA6uKUH_qLsdMPtzL5kWZ-COuHksKbUu2ZBgg_cKNaNOYh5NvW_t7-Bhf5xYbNtj0PVo4";
/// The requester's private key as the register stores it (also in tests/web_supply.rs).
const REQUESTER_JWK: &str = r#"{"crv":"P-256","d":"ERERERERERERERERERERERERERERERERERERERERERE","ext":true,"key_ops":["deriveBits"],"kty":"EC","x":"AhfmF_C2RDkoJ4-WmZ5pojpPLBUr321s32bluAKC1O0","y":"GUp968uXcS0t2jyoWqh2Wlb0X8dYWZZS8ol8ZTBuV5Q"}"#;

#[test]
fn golden_requests_encode_to_the_committed_links_and_decode_to_their_content() {
    for (what, req, link) in [
        ("full Japanese request", request(), GOLDEN_REQUEST),
        (
            "minimal ASCII request",
            minimal_request(),
            GOLDEN_MINIMAL_REQUEST,
        ),
    ] {
        assert_eq!(
            encode_request(&req).unwrap(),
            link,
            "{what}: encoder output moved"
        );
        assert_eq!(
            decode_request(link).unwrap(),
            req,
            "{what}: decoded content"
        );
        // Through the whole address, as pasted.
        let url = format!("https://example.org/shindan/{}", request_fragment(link));
        assert_eq!(classify(&url), Ok(Link::Request(link)), "{what}: route");
    }
}

#[test]
fn the_golden_request_has_the_documented_layout() {
    let b = base64url::decode(GOLDEN_REQUEST).unwrap();
    assert_eq!(
        b[0], 1,
        "version byte first: 1 for a request asking no SCS readiness"
    );
    assert_eq!(&b[1..17], &REQUEST_ID, "then the 16-byte request id");
    assert_eq!(
        &b[17..82],
        native::public_of(&REQUESTER_D).as_bytes(),
        "then the 65-byte key"
    );
    assert_eq!(b[82], 3, "then the scope (both)");
    let due = u64::from(Day::parse("2026-03-31").unwrap().days()) + 1;
    assert_eq!(
        b[83..86],
        [
            (due & 0x7f) as u8 | 0x80,
            ((due >> 7) & 0x7f) as u8 | 0x80,
            (due >> 14) as u8
        ],
        "then the due date varint"
    );
    let (body, crc) = b.split_at(b.len() - 4);
    assert_eq!(crc, crc32(body).to_be_bytes(), "CRC-32 last, big-endian");
}

#[test]
fn sealing_with_fixed_keys_gives_the_committed_response() {
    assert_eq!(encode_response(&golden_sealed()), GOLDEN_RESPONSE);
}

#[test]
fn the_golden_response_opens_to_its_exact_content() {
    let sealed = decode_response(GOLDEN_RESPONSE).unwrap();
    assert_eq!(sealed.request_id, RequestId(REQUEST_ID));
    assert_eq!(sealed.ephemeral_key, native::public_of(&EPHEMERAL_D));
    assert_eq!(sealed.nonce, NONCE);
    let plain = native::open(&REQUESTER_D, &request(), &sealed).unwrap();
    let c = decode_content(&plain).unwrap();
    assert_eq!(c, content());
    let decoded = share::decode_bytes(model(), &c.answers).unwrap();
    let sc = assessment::self_check(model(), &decoded.assessment);
    // The SME scale cycled over 25 items: 7 × 4 + 6 × 2 + 6 × 0 + 6 × (−1) = 34.
    assert_eq!((sc.total, sc.complete), (34, true));
}

#[test]
fn the_golden_response_has_the_documented_layout_and_key_schedule_inputs() {
    let b = base64url::decode(GOLDEN_RESPONSE).unwrap();
    let req = request();
    let eph = native::public_of(&EPHEMERAL_D);
    assert_eq!(
        &b[..HEADER_LEN],
        &header(&req.id, &eph),
        "header = version | id | key"
    );
    assert_eq!(b[0], RESPONSE_FORMAT);
    assert_eq!(
        &b[HEADER_LEN..HEADER_LEN + NONCE_LEN],
        &NONCE,
        "then the nonce"
    );
    let plain_len = content_bytes(&content()).unwrap().len();
    assert_eq!(
        b.len(),
        HEADER_LEN + NONCE_LEN + plain_len + TAG_LEN + 4,
        "ciphertext + tag + CRC"
    );
    assert_eq!(hkdf_salt(&req.id), REQUEST_ID, "salt = request id");
    let info = hkdf_info(&req.requester_key, &eph);
    assert_eq!(info.len(), 156);
    assert_eq!(&info[..26], b"shindan/supply/response/v1");
    assert_eq!(&info[26..91], req.requester_key.as_bytes());
    assert_eq!(&info[91..], eph.as_bytes());
}

#[test]
fn a_response_for_another_key_cannot_be_opened() {
    let sealed = decode_response(GOLDEN_RESPONSE).unwrap();
    assert_eq!(
        native::open(&OTHER_D, &request(), &sealed),
        Err(SupplyError::CannotOpen)
    );
    // The same response claimed for a request with another key (id forged to match).
    let mut other = request();
    other.requester_key = native::public_of(&OTHER_D);
    assert_eq!(
        native::open(&OTHER_D, &other, &sealed),
        Err(SupplyError::CannotOpen)
    );
}

#[test]
fn every_changed_byte_of_the_golden_response_is_rejected() {
    let good = base64url::decode(GOLDEN_RESPONSE).unwrap();
    let req = request();
    let mut by_crc = 0;
    let mut by_tag_or_frame = 0;
    for i in 0..good.len() {
        for flip in [0x01u8, 0x80, 0xff] {
            let mut b = good.clone();
            b[i] ^= flip;
            // As it arrives: the CRC catches it.
            assert!(
                decode_response_bytes(&b).is_err(),
                "byte {i} ^ {flip:#x} passed the CRC"
            );
            by_crc += 1;
            if i >= good.len() - 4 {
                continue; // a changed CRC byte: recomputing it restores the original
            }
            // A forger who recomputes the CRC: the frame or the GCM tag catches it.
            let mut forged = b[..b.len() - 4].to_vec();
            forged.extend_from_slice(&crc32(&forged).to_be_bytes());
            let opened =
                decode_response_bytes(&forged).and_then(|s| native::open(&REQUESTER_D, &req, &s));
            assert!(
                opened.is_err(),
                "byte {i} ^ {flip:#x} opened after a recomputed CRC"
            );
            by_tag_or_frame += 1;
        }
    }
    assert_eq!(by_crc, good.len() * 3);
    assert_eq!(by_tag_or_frame, (good.len() - 4) * 3);
    // Every single changed character of the link, too.
    for i in 0..GOLDEN_RESPONSE.len() {
        let mut s = GOLDEN_RESPONSE.as_bytes().to_vec();
        s[i] = if s[i] == b'A' { b'B' } else { b'A' };
        let s = String::from_utf8(s).unwrap();
        assert!(
            decode_response(&s).is_err(),
            "character {i} changed and still read"
        );
    }
}

#[test]
fn seal_then_open_round_trips_for_many_keys_and_contents() {
    for k in 1u8..=20 {
        let mut eph = [k; 32];
        eph[0] = 0x01;
        let mut c = content();
        c.organisation = format!("partner {k} 株式会社");
        c.responded_at_ms = u64::from(k) * 1_000_000_007;
        let sealed = native::seal(
            &request(),
            &eph,
            [k; NONCE_LEN],
            &content_bytes(&c).unwrap(),
        );
        let back = decode_response(&encode_response(&sealed)).unwrap();
        let plain = native::open(&REQUESTER_D, &request(), &back).unwrap();
        assert_eq!(decode_content(&plain).unwrap(), c, "key {k}");
    }
}

// ------------------------------------------------------------------ bad request links

fn varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Request bytes written from the documented layout, bypassing the encoder's checks.
fn raw_request(version: u8, key: &[u8], scope: u8, due: u64, texts: [&str; 4]) -> String {
    let mut b = vec![version];
    b.extend_from_slice(&REQUEST_ID);
    b.extend_from_slice(key);
    b.push(scope);
    varint(&mut b, due);
    for t in texts {
        let u: Vec<u16> = t.encode_utf16().collect();
        if u.len() * 2 < t.len() {
            varint(&mut b, ((u.len() as u64 * 2) << 1) | 1);
            u.iter().for_each(|x| b.extend_from_slice(&x.to_be_bytes()));
        } else {
            varint(&mut b, (t.len() as u64) << 1);
            b.extend_from_slice(t.as_bytes());
        }
    }
    let c = crc32(&b);
    b.extend_from_slice(&c.to_be_bytes());
    base64url::encode(&b)
}

#[test]
fn bad_request_links_each_get_their_typed_error() {
    let key = *native::public_of(&REQUESTER_D).as_bytes();
    let ok = ["Org", "", "Why", ""];
    let mut compressed = key;
    compressed[0] = 0x02;
    let zero = {
        let mut z = [0u8; 65];
        z[0] = 4;
        z
    };
    let long_reason = "r".repeat(501);
    let long_message = "m".repeat(1001);
    let long_org = "o".repeat(101);
    let cut = &GOLDEN_REQUEST[..(GOLDEN_REQUEST.len() - 10) / 4 * 4];
    let mut tampered = GOLDEN_REQUEST.as_bytes().to_vec();
    tampered[120] = if tampered[120] == b'x' { b'y' } else { b'x' };
    let tampered = String::from_utf8(tampered).unwrap();
    let newer = {
        let mut b = vec![3u8, 0, 0];
        b.extend_from_slice(&crc32(&b).to_be_bytes());
        base64url::encode(&b)
    };
    let cases: Vec<(&str, String, SupplyError)> = vec![
        (
            "the raw builder matches the encoder",
            raw_request(
                1,
                &key,
                1,
                0,
                ["Example Corp", "", "Annual supplier review", ""],
            ),
            SupplyError::Empty,
        ),
        (
            "empty reason",
            raw_request(1, &key, 1, 0, ["Org", "", "", ""]),
            SupplyError::Missing(Field::Reason),
        ),
        (
            "whitespace-only reason",
            raw_request(1, &key, 1, 0, ["Org", "", " \n　", ""]),
            SupplyError::Missing(Field::Reason),
        ),
        (
            "empty organisation",
            raw_request(1, &key, 1, 0, ["", "", "Why", ""]),
            SupplyError::Missing(Field::Organisation),
        ),
        (
            "compressed-point prefix 0x02",
            raw_request(1, &compressed, 1, 0, ok),
            SupplyError::InvalidKey,
        ),
        (
            "all-zero point",
            raw_request(1, &zero, 1, 0, ok),
            SupplyError::InvalidKey,
        ),
        ("cut off", cut.to_owned(), SupplyError::Checksum),
        ("one character changed", tampered, SupplyError::Checksum),
        (
            "four bytes only",
            base64url::encode(&[1, 2, 3, 4]),
            SupplyError::Truncated,
        ),
        ("a newer version", newer, SupplyError::NewerVersion(3)),
        (
            "reason over 500 characters",
            raw_request(1, &key, 1, 0, ["Org", "", &long_reason, ""]),
            SupplyError::TextTooLong {
                field: Field::Reason,
                max: 500,
            },
        ),
        (
            "message over 1000 characters",
            raw_request(1, &key, 1, 0, ["Org", "", "Why", &long_message]),
            SupplyError::TextTooLong {
                field: Field::Message,
                max: 1000,
            },
        ),
        (
            "organisation over 100 characters",
            raw_request(1, &key, 1, 0, [&long_org, "", "Why", ""]),
            SupplyError::TextTooLong {
                field: Field::Organisation,
                max: 100,
            },
        ),
        (
            "newline in the organisation",
            raw_request(1, &key, 1, 0, ["Org\nX", "", "Why", ""]),
            SupplyError::ControlCharacter(Field::Organisation),
        ),
        (
            "NUL in the contact",
            raw_request(1, &key, 1, 0, ["Org", "a\0b", "Why", ""]),
            SupplyError::ControlCharacter(Field::Contact),
        ),
        (
            "carriage return in the message",
            raw_request(1, &key, 1, 0, ["Org", "", "Why", "a\r\nb"]),
            SupplyError::ControlCharacter(Field::Message),
        ),
        (
            "escape in the reason",
            raw_request(1, &key, 1, 0, ["Org", "", "Why\u{1b}[31m", ""]),
            SupplyError::ControlCharacter(Field::Reason),
        ),
        (
            "right-to-left override in the organisation",
            raw_request(1, &key, 1, 0, ["Org\u{202e}gpj.exe", "", "Why", ""]),
            SupplyError::ControlCharacter(Field::Organisation),
        ),
        (
            "scope 0",
            raw_request(1, &key, 0, 0, ok),
            SupplyError::InvalidScope(0),
        ),
        (
            "scope 4",
            raw_request(1, &key, 4, 0, ok),
            SupplyError::InvalidScope(4),
        ),
        (
            "due date after 9999",
            raw_request(1, &key, 1, 3_000_000, ok),
            SupplyError::InvalidDate,
        ),
        (
            "version 0",
            raw_request(0, &key, 1, 0, ok),
            SupplyError::Malformed("unknown version"),
        ),
        ("empty payload", String::new(), SupplyError::Empty),
        ("not base64url", "<script>".into(), SupplyError::NotBase64),
        (
            "too long to read",
            "A".repeat(MAX_REQUEST_CHARS + 1),
            SupplyError::TooLong {
                len: MAX_REQUEST_CHARS + 1,
                max: MAX_REQUEST_CHARS,
            },
        ),
    ];
    for (what, payload, want) in cases {
        if what == "the raw builder matches the encoder" {
            let mut m = minimal_request();
            m.id = RequestId(REQUEST_ID);
            assert_eq!(payload, encode_request(&m).unwrap(), "{what}");
            continue;
        }
        assert_eq!(decode_request(&payload), Err(want), "{what}");
    }
    // Newlines are allowed in the reason and message.
    let multi = raw_request(1, &key, 1, 0, ["Org", "", "line 1\nline 2", "a\nb"]);
    assert_eq!(decode_request(&multi).unwrap().reason, "line 1\nline 2");
}

#[test]
fn the_encoder_refuses_what_the_decoder_would_refuse() {
    let mut r = request();
    r.reason = "  ".into();
    assert_eq!(encode_request(&r), Err(SupplyError::Missing(Field::Reason)));
    let mut r = request();
    r.organisation = "A\tB".into();
    assert_eq!(
        encode_request(&r),
        Err(SupplyError::ControlCharacter(Field::Organisation))
    );
    let mut r = request();
    r.message = "x".repeat(1001);
    assert_eq!(
        encode_request(&r),
        Err(SupplyError::TextTooLong {
            field: Field::Message,
            max: 1000
        })
    );
    // The longest valid request in the worst script (astral characters, 4 bytes each) still
    // fits the decoder's limit.
    let mut r = request();
    r.organisation = "😀".repeat(100);
    r.contact = "😀".repeat(200);
    r.reason = "😀".repeat(500);
    r.message = "😀".repeat(1000);
    let link = encode_request(&r).unwrap();
    assert!(link.len() <= MAX_REQUEST_CHARS, "{} characters", link.len());
    assert_eq!(decode_request(&link).unwrap(), r);
}

#[test]
fn clean_text_makes_pasted_text_valid() {
    for (what, input, multiline, want) in [
        ("CRLF becomes LF", "a\r\nb\rc", true, "a\nb\nc"),
        ("newlines become spaces on one line", "a\r\nb", false, "a b"),
        (
            "controls and overrides dropped",
            "a\u{0}\u{1b}\u{202e}b\tc",
            true,
            "abc",
        ),
        (
            "Japanese kept",
            "株式会社　テスト",
            false,
            "株式会社　テスト",
        ),
    ] {
        assert_eq!(clean_text(input, multiline), want, "{what}");
    }
}

#[test]
fn bad_response_links_each_get_their_typed_error() {
    let good = base64url::decode(GOLDEN_RESPONSE).unwrap();
    let reframe = |mut body: Vec<u8>| {
        body.truncate(body.len() - 4);
        body.extend_from_slice(&crc32(&body).to_be_bytes());
        base64url::encode(&body)
    };
    let mut newer = good.clone();
    newer[0] = 2;
    let mut bad_key = good.clone();
    bad_key[17] = 0x03;
    let short = {
        let mut b = good[..HEADER_LEN + NONCE_LEN + 10].to_vec();
        b.extend_from_slice(&[0; 4]);
        b
    };
    for (what, payload, want) in [
        (
            "a newer version",
            reframe(newer),
            SupplyError::NewerVersion(2),
        ),
        (
            "an ephemeral key that is not an uncompressed point",
            reframe(bad_key),
            SupplyError::InvalidKey,
        ),
        (
            "no room for content and tag",
            reframe(short),
            SupplyError::Malformed("sealed content too short"),
        ),
        (
            "cut off",
            GOLDEN_RESPONSE[..200].to_owned(),
            SupplyError::Checksum,
        ),
        ("empty", String::new(), SupplyError::Empty),
    ] {
        assert_eq!(decode_response(&payload), Err(want), "{what}");
    }
}

// ------------------------------------------------------------------ register and imports

const NOW: u64 = 1_770_000_000_000; // 2026-02-02
const DAY_MS: u64 = 86_400_000;

fn entry(req: Request) -> RequestEntry {
    RequestEntry {
        request: req,
        private_key: REQUESTER_JWK.into(),
        created_ms: NOW - 30 * DAY_MS,
        deleted: false,
        sent_to: "テスト部品".into(),
        kind: Some(PartnerKind::Contractor),
        tier: Some(2),
    }
}

fn register() -> Register {
    let mut r = Register::default();
    assert!(r.add_request(entry(request())));
    r
}

fn opener(req: &RequestEntry, s: &SealedResponse) -> Result<Vec<u8>, SupplyError> {
    // The register's key for the golden request is REQUESTER_D; any other request is
    // OTHER_D's in these tests.
    let d = if req.private_key == REQUESTER_JWK {
        REQUESTER_D
    } else {
        OTHER_D
    };
    native::open(&d, &req.request, s)
}

/// A response link from the golden partner with given answers, time and ephemeral key.
fn response_link(a: &Assessment, at_ms: u64, eph: u8, responder: [u8; ID_LEN]) -> String {
    let c = ResponseContent {
        responder: ResponderId(responder),
        responded_at_ms: at_ms,
        organisation: "有限会社テスト部品".into(),
        answers: answer_bytes(a),
        scs: None,
    };
    let mut d = [eph; 32];
    d[0] = 0x01;
    let sealed = native::seal(
        &request(),
        &d,
        [eph; NONCE_LEN],
        &content_bytes(&c).unwrap(),
    );
    format!(
        "https://example.org/{}",
        response_fragment(&encode_response(&sealed))
    )
}

fn import(reg: &mut Register, line: &str) -> Result<Imported, SupplyError> {
    reg.import_line(model(), line, NOW, &mut opener)
}

#[test]
fn a_response_is_matched_to_its_request_and_becomes_a_partner() {
    let mut reg = register();
    let link = format!("  {}  ", response_fragment(GOLDEN_RESPONSE));
    let got = import(&mut reg, &link).unwrap();
    assert_eq!(got.outcome, Outcome::NewPartner);
    assert!(got.e2e && !got.request_deleted);
    assert_eq!(
        got.partner,
        PartnerKey(format!("r:{}", ResponderId(RESPONDER).to_hex()))
    );
    let p = reg.partner(&got.partner).unwrap();
    assert_eq!(p.name, "有限会社テスト部品");
    assert_eq!(
        (p.kind, p.tier),
        (Some(PartnerKind::Contractor), Some(2)),
        "type and tier from the request"
    );
    assert_eq!(p.current.request, Some(RequestId(REQUEST_ID)));
    assert_eq!(p.current.responded_ms, Some(RESPONDED_MS));
}

#[test]
fn import_rules_table() {
    let a = answers();
    let mut b = answers();
    b.answers.insert(
        model().sme.self_check.items[0].id.clone(),
        AnswerKind::NotImplemented,
    );
    let older = response_link(&b, RESPONDED_MS - 100 * DAY_MS, 7, RESPONDER);
    let newer = response_link(&b, RESPONDED_MS + DAY_MS, 8, RESPONDER);
    let golden = response_fragment(GOLDEN_RESPONSE);

    // 1. The same response twice: "already imported", the register unchanged.
    let mut reg = register();
    import(&mut reg, &golden).unwrap();
    let before = reg.clone();
    assert_eq!(
        import(&mut reg, &golden).unwrap().outcome,
        Outcome::AlreadyImported,
        "same response twice"
    );
    assert_eq!(reg, before, "nothing changed by a duplicate");

    // 2. A newer response from the same partner becomes current; the old one goes to history.
    assert_eq!(
        import(&mut reg, &newer).unwrap().outcome,
        Outcome::Updated,
        "newer response"
    );
    let p = &reg.partners[0];
    assert_eq!(p.current.responded_ms, Some(RESPONDED_MS + DAY_MS));
    assert_eq!(p.history.len(), 1);
    assert_eq!(p.history[0].responded_ms, Some(RESPONDED_MS));

    // 3. An older response imported later goes to the history only, newest first.
    assert_eq!(
        import(&mut reg, &older).unwrap().outcome,
        Outcome::History,
        "older response"
    );
    let p = &reg.partners[0];
    assert_eq!(p.current.responded_ms, Some(RESPONDED_MS + DAY_MS));
    let hist: Vec<_> = p.history.iter().map(|h| h.responded_ms).collect();
    assert_eq!(
        hist,
        [Some(RESPONDED_MS), Some(RESPONDED_MS - 100 * DAY_MS)]
    );
    assert_eq!(
        import(&mut reg, &older).unwrap().outcome,
        Outcome::AlreadyImported,
        "a history entry twice"
    );

    // 4. Another partner (other responder id) answering the same request: a second partner.
    let other = response_link(&a, RESPONDED_MS, 9, [0x77; ID_LEN]);
    assert_eq!(
        import(&mut reg, &other).unwrap().outcome,
        Outcome::NewPartner,
        "second partner"
    );
    assert_eq!(reg.partners.len(), 2);

    // 5. A response to a deleted request: importable, marked.
    let mut reg = register();
    assert!(reg.delete_request(&RequestId(REQUEST_ID)));
    let got = import(&mut reg, &golden).unwrap();
    assert!(got.request_deleted, "deleted request marked");
    assert!(reg.partners[0].current.request_deleted);

    // 6. A response for another requester's key: its request is not ours.
    let mut reg = Register::default();
    assert_eq!(
        import(&mut reg, &golden),
        Err(SupplyError::UnknownRequest),
        "another requester's key"
    );
    assert!(reg.partners.is_empty());

    // 7. Our request id but another key (the key was replaced, or the response forged).
    let mut reg = Register::default();
    let mut e = entry(request());
    e.private_key = "other".into();
    reg.add_request(e);
    assert_eq!(
        import(&mut reg, &golden),
        Err(SupplyError::CannotOpen),
        "key does not open it"
    );
    assert!(reg.partners.is_empty());

    // 8. A plain share link: imported, marked not end-to-end encrypted; named by its name.
    let mut reg = register();
    let mut named = answers();
    named.name = "Ｐｌａｉｎ　 Partner".into();
    let enc = share::encode(
        model(),
        &named,
        &ShareOptions {
            include_name: true,
            include_notes: false,
        },
    )
    .unwrap();
    let got = import(&mut reg, &share::fragment(&enc.payload)).unwrap();
    assert_eq!(got.outcome, Outcome::NewPartner);
    assert!(!got.e2e, "plain link marked not e2e");
    assert_eq!(
        got.partner,
        PartnerKey("n:plain partner".into()),
        "normalised name key"
    );
    assert_eq!(
        import(&mut reg, &share::fragment(&enc.payload))
            .unwrap()
            .outcome,
        Outcome::AlreadyImported
    );

    // 9. A plain link without a name: keyed by its checksum.
    let enc = share::encode(model(), &answers(), &ShareOptions::default()).unwrap();
    let got = import(&mut reg, &share::fragment(&enc.payload)).unwrap();
    assert!(got.partner.0.starts_with("u:"), "{:?}", got.partner);

    // 10. A request link pasted among responses, a passphrase link, and noise.
    let sealed = share::seal_payload(&share::Sealed {
        salt: [1; 16],
        nonce: [2; 12],
        ciphertext: vec![3; 40],
    });
    for (what, line, want) in [
        (
            "a request link",
            request_fragment(GOLDEN_REQUEST),
            SupplyError::WrongKind,
        ),
        (
            "a passphrase link",
            share::fragment(&sealed),
            SupplyError::PassphraseLink,
        ),
        (
            "a web address",
            "https://example.org/".to_owned(),
            SupplyError::NotALink,
        ),
        (
            "a damaged response",
            response_fragment(&GOLDEN_RESPONSE[..148]),
            SupplyError::Checksum,
        ),
    ] {
        assert_eq!(import(&mut reg, &line), Err(want), "{what}");
    }
}

#[test]
fn bulk_import_reports_every_line_and_skips_blank_ones() {
    let mut reg = register();
    let mut b = answers();
    b.answers.insert(
        model().sme.self_check.items[1].id.clone(),
        AnswerKind::Partial,
    );
    let text = format!(
        "\n  {}\r\n\n\t{}\nnot a link\n   \n{}\n",
        response_fragment(GOLDEN_RESPONSE),
        response_link(&b, RESPONDED_MS, 5, [0x66; ID_LEN]),
        response_fragment(GOLDEN_RESPONSE),
    );
    let report = reg.import_text(model(), &text, NOW, opener);
    let summary: Vec<(usize, Result<Outcome, SupplyError>)> = report
        .into_iter()
        .map(|r| (r.line, r.result.map(|i| i.outcome)))
        .collect();
    assert_eq!(
        summary,
        [
            (2, Ok(Outcome::NewPartner)),
            (4, Ok(Outcome::NewPartner)),
            (5, Err(SupplyError::NotALink)),
            (7, Ok(Outcome::AlreadyImported)),
        ]
    );
    assert_eq!(reg.partners.len(), 2);
    // What the edge opens first: the sealed lines answering our requests.
    let pending = reg.to_open(&text);
    assert_eq!(pending.len(), 3);
    assert!(pending.iter().all(|t| t.private_key == REQUESTER_JWK));
}

#[test]
fn merging_two_keys_of_one_partner_keeps_the_newest_current() {
    let mut reg = register();
    let a = answers();
    let k1 = import(
        &mut reg,
        &response_link(&a, RESPONDED_MS, 3, [0x01; ID_LEN]),
    )
    .unwrap()
    .partner;
    let k2 = import(
        &mut reg,
        &response_link(&a, RESPONDED_MS + DAY_MS, 4, [0x02; ID_LEN]),
    )
    .unwrap()
    .partner;
    assert!(reg.merge_partners(&k1, &k2));
    assert_eq!(reg.partners.len(), 1);
    let p = reg.partner(&k2).unwrap();
    assert_eq!(p.current.responded_ms, Some(RESPONDED_MS + DAY_MS));
    assert_eq!(p.history.len(), 1);
    assert!(!reg.merge_partners(&k2, &k2), "a partner into itself");
}

#[test]
fn the_register_round_trips_through_json_and_refuses_a_newer_format() {
    let mut reg = register();
    import(&mut reg, &response_fragment(GOLDEN_RESPONSE)).unwrap();
    let json = reg.to_json().unwrap();
    assert_eq!(Register::from_json(&json).unwrap(), reg);
    let newer = json.replacen("\"format\":1", "\"format\":3", 1);
    assert_eq!(
        Register::from_json(&newer),
        Err(RegisterError::NewerFormat(3))
    );
    assert!(matches!(
        Register::from_json("{\"format\":1}"),
        Err(RegisterError::Invalid(_))
    ));
    let extra = json.replacen("\"format\":1", "\"format\":1,\"x\":0", 1);
    assert!(
        matches!(Register::from_json(&extra), Err(RegisterError::Invalid(_))),
        "unknown fields refused"
    );
}

#[test]
fn the_stored_key_is_checked_against_its_request() {
    assert_eq!(
        private_jwk(&REQUESTER_D, &native::public_of(&REQUESTER_D)),
        REQUESTER_JWK
    );
    assert_eq!(
        jwk_public_key(REQUESTER_JWK),
        Some(native::public_of(&REQUESTER_D))
    );
    assert!(entry(request()).key_matches());
    let mut e = entry(request());
    e.request.requester_key = native::public_of(&OTHER_D);
    assert!(!e.key_matches(), "another request's key");
    for bad in ["", "{}", r#"{"kty":"RSA","crv":"P-256","x":"","y":""}"#] {
        assert_eq!(jwk_public_key(bad), None, "{bad}");
    }
}

// ------------------------------------------------------------------ overview

fn clock(day: &str) -> Clock {
    Clock {
        now_ms: u64::from(Day::parse(day).unwrap().days()) * DAY_MS + 12 * 3_600_000,
        offset_minutes: 540,
    }
}

#[test]
fn statuses_follow_due_dates_and_the_age_of_results() {
    // The golden request is due 2026-03-31; the golden response was made 2026-01-15 (JST 09:00).
    let mut reg = register();
    for (what, today, want) in [
        ("before the due date", "2026-03-31", Status::Requested),
        ("the day after the due date", "2026-04-01", Status::Overdue),
    ] {
        let rows = overview(model(), &reg, clock(today));
        assert_eq!(rows.len(), 1, "{what}");
        assert_eq!(rows[0].status, want, "{what}");
        assert_eq!(
            rows[0].key,
            RowKey::Request(RequestId(REQUEST_ID)),
            "{what}"
        );
        assert_eq!(
            rows[0].name, "テスト部品",
            "{what}: named after the addressee"
        );
    }
    import(&mut reg, &response_fragment(GOLDEN_RESPONSE)).unwrap();
    for (what, today, want) in [
        (
            "answered: the request row is gone",
            "2026-04-01",
            Status::Received,
        ),
        ("exactly 12 months old", "2027-01-15", Status::Received),
        ("older than 12 months", "2027-01-16", Status::Stale),
    ] {
        let rows = overview(model(), &reg, clock(today));
        assert_eq!(rows.len(), 1, "{what}");
        assert_eq!(rows[0].status, want, "{what}");
    }
    // A deleted request without a response is not listed.
    let mut reg = register();
    reg.delete_request(&RequestId(REQUEST_ID));
    assert!(overview(model(), &reg, clock("2026-04-01")).is_empty());
}

#[test]
fn an_overview_row_scores_the_partner_like_its_own_results_page() {
    let mut reg = register();
    import(&mut reg, &response_fragment(GOLDEN_RESPONSE)).unwrap();
    let rows = overview(model(), &reg, clock("2026-02-01"));
    let r = &rows[0];
    let a = answers();
    let sc = assessment::self_check(model(), &a);
    assert_eq!(r.sme_total, Some(sc.total), "SME total");
    assert!(r.sme_complete);
    assert_eq!(r.band, sc.band, "IPA band");
    assert!(r.band.is_some());
    assert_eq!(r.star_one, assessment::star_one(model(), &a).ready, "★");
    assert_eq!(r.star_two, assessment::star_two(model(), &a).ready, "★★");
    assert!(
        r.star_one && r.star_two,
        "articles done, 25 answered, policy established and published"
    );
    let dirs: Vec<Option<f64>> = assessment::direction_scores(model(), &a)
        .into_iter()
        .map(|d| d.score.percent)
        .collect();
    assert_eq!(
        r.directions.as_ref(),
        Some(&dirs),
        "per-指示 scores (the executive check was asked)"
    );
    let weakest: Vec<_> = sc.weakest.iter().take(5).cloned().collect();
    assert_eq!(r.weakest, weakest, "weakest items");
    assert_eq!(r.self_check.len(), 25);
    assert!(r.e2e && r.scope == Some(Scope::Both));

    // An SME-only request: no per-指示 scores even though A-2 answers came along.
    let mut reg = Register::default();
    let mut req = request();
    req.scope = Scope::Sme;
    reg.add_request(entry(req));
    import(&mut reg, &response_fragment(GOLDEN_RESPONSE)).unwrap();
    assert_eq!(
        overview(model(), &reg, clock("2026-02-01"))[0].directions,
        None
    );
}

/// A register of `n` partners with totals spread over the scale (plain links, named).
fn spread_register(n: usize) -> Register {
    let mut reg = Register::default();
    let items = &model().sme.self_check.items;
    for p in 0..n {
        let mut a = Assessment::new();
        for (i, item) in items.iter().enumerate() {
            let k = if i < p * 25 / n.max(1) {
                AnswerKind::Implemented
            } else {
                AnswerKind::NotImplemented
            };
            a.answers.insert(item.id.clone(), k);
        }
        a.name = format!("Partner {p:02}");
        let enc = share::encode(
            model(),
            &a,
            &ShareOptions {
                include_name: true,
                include_notes: false,
            },
        )
        .unwrap();
        reg.import_line(
            model(),
            &share::fragment(&enc.payload),
            NOW + p as u64,
            &mut opener,
        )
        .unwrap();
    }
    reg
}

#[test]
fn heat_map_distribution_and_query() {
    let reg = spread_register(5);
    let rows = overview(model(), &reg, clock("2026-02-02"));
    let totals: Vec<_> = rows.iter().map(|r| r.sme_total).collect();
    assert_eq!(
        totals,
        [Some(0), Some(20), Some(40), Some(60), Some(80)],
        "partner p has p×5 items implemented"
    );

    let h = heat_map(model(), &rows);
    assert_eq!(h.items.len(), 25);
    assert_eq!(h.answered, vec![5; 25], "every partner answered every item");
    assert_eq!(h.not_implemented[0], 1, "item 1: only partner 0 lacks it");
    assert_eq!(h.not_implemented[24], 5, "item 25: nobody has it");

    let d = distribution(model(), &rows);
    assert_eq!(d.incomplete, 0);
    assert_eq!(
        d.bands.iter().map(|b| b.1).sum::<usize>(),
        5,
        "each total in one band"
    );
    let bins: Vec<usize> = d.bins.iter().map(|b| b.2).collect();
    assert_eq!(
        bins,
        [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0],
        "bins −25..−1, 0–9, …, 90–100"
    );

    for (what, q, want) in [
        (
            "everything in register order",
            Query::default(),
            vec![0, 1, 2, 3, 4],
        ),
        (
            "total, highest first",
            Query {
                sort: SortKey::Total,
                descending: true,
                ..Query::default()
            },
            vec![4, 3, 2, 1, 0],
        ),
        (
            "search is case- and width-insensitive",
            Query {
                search: "ＰＡＲＴＮＥＲ 03".into(),
                ..Query::default()
            },
            vec![3],
        ),
        (
            "status filter",
            Query {
                statuses: vec![Status::Overdue],
                ..Query::default()
            },
            vec![],
        ),
        (
            "plain links only",
            Query {
                plain_only: true,
                ..Query::default()
            },
            vec![0, 1, 2, 3, 4],
        ),
        (
            "by kind: none set",
            Query {
                kind: Some(PartnerKind::Supplier),
                ..Query::default()
            },
            vec![],
        ),
    ] {
        assert_eq!(query(&rows, &q), want, "{what}");
    }
}

/// The CSV's cells of line `n` (0 = the header), split the way a spreadsheet reads them (RFC
/// 4180 quotes; no quoted line breaks in these fixtures except inside the request texts).
fn csv_cells(csv: &str) -> Vec<Vec<String>> {
    let mut rows = vec![Vec::new()];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = csv.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => rows.last_mut().unwrap().push(std::mem::take(&mut cell)),
            ('\r', false) => {}
            ('\n', false) => {
                rows.last_mut().unwrap().push(std::mem::take(&mut cell));
                rows.push(Vec::new());
            }
            (c, _) => cell.push(c),
        }
    }
    rows.retain(|r| !r.is_empty());
    rows
}

#[test]
fn the_partners_csv_speaks_the_users_language_and_carries_every_request_field() {
    use shindan_core::lang::Lang;
    let mut reg = register();
    import(&mut reg, &response_fragment(GOLDEN_RESPONSE)).unwrap();
    // A second request nobody answered yet: its row carries the request too.
    let mut waiting = request();
    waiting.id = RequestId([0xb0; ID_LEN]);
    waiting.due = Day::parse("2026-12-25");
    let mut e = entry(waiting);
    e.sent_to = "株式会社まだ".into();
    e.kind = Some(PartnerKind::Supplier);
    e.tier = None;
    reg.add_request(e);
    reg.partners[0].name = "=HYPERLINK(\"x\")".into();
    let rows = overview(model(), &reg, clock("2026-02-01"));
    assert_eq!(rows.len(), 2);
    for (lang, head, partner, waiting) in [
        (
            Lang::Ja,
            "取引先,依頼先,種別,階層,状況,暗号化,依頼日,回答期限,依頼元,連絡先,依頼の理由,回答してほしい内容,依頼元からのメッセージ,回答日,自社診断,25項目すべてに回答,評価,SECURITY ACTION ★一つ星,SECURITY ACTION ★★二つ星,指示1,指示2,指示3,指示4,指示5,指示6,指示7,指示8,指示9,指示10,弱い項目（自社診断の項目番号と、Shindan による短い項目名）,SCS の依頼,SCS ★3 満たす / 全体,SCS ★4 追加分 満たす / 全体,SCS ワークブックの版",
            ["'=HYPERLINK(\"x\")", "テスト部品", "委託先", "2次", "回答あり", "暗号化された回答", "2026-01-03", "2026-03-31", "株式会社サンプル製作所"],
            ["株式会社まだ", "株式会社まだ", "取引先", "", "依頼中", "", "2026-01-03", "2026-12-25", "株式会社サンプル製作所"],
        ),
        (
            Lang::En,
            "Partner,Sent to,Type,Tier,Status,Encryption,Requested on,Due date,Requested by,Contact,Why they ask,What to fill in,Message from the requester,Responded,Self-diagnosis,All 25 items answered,Band,SECURITY ACTION ★ One-Star,SECURITY ACTION ★★ Two-Star,Direction 1,Direction 2,Direction 3,Direction 4,Direction 5,Direction 6,Direction 7,Direction 8,Direction 9,Direction 10,Weakest items (self-diagnosis item number and Shindan's short label),SCS asked,SCS ★3 met / all,SCS ★4 additions met / all,SCS workbook edition",
            ["'=HYPERLINK(\"x\")", "テスト部品", "Contractor", "Tier 2", "Received", "end-to-end encrypted", "2026-01-03", "2026-03-31", "株式会社サンプル製作所"],
            ["株式会社まだ", "株式会社まだ", "Supplier", "", "Requested", "", "2026-01-03", "2026-12-25", "株式会社サンプル製作所"],
        ),
    ] {
        let csv = overview_csv(model(), &reg, &rows, lang, 540);
        assert!(csv.starts_with('\u{feff}') && csv.ends_with("\r\n"));
        let cells = csv_cells(&csv);
        assert_eq!(cells[0].join(","), head, "{lang:?} header");
        assert_eq!(cells.len(), 3, "{lang:?}: header and two rows");
        for (row, want) in [(&cells[1], partner), (&cells[2], waiting)] {
            assert_eq!(row.len(), cells[0].len(), "{lang:?}: a cell per column");
            assert_eq!(&row[..want.len()], &want[..], "{lang:?}");
            // Every field the request holds.
            let r = request();
            assert_eq!(row[9], r.contact);
            assert_eq!(row[10], r.reason);
            assert_eq!(row[12], r.message);
        }
        let p = &cells[1];
        assert_eq!(p[13], "2026-01-15", "responded");
        assert_eq!(p[14], "34", "total");
        let sc = assessment::self_check(model(), &answers());
        let band = sc.band(model()).unwrap().status.get(lang).to_owned();
        assert_eq!(p[16], band, "the band in words");
        assert!(p[19].ends_with('%'), "direction scores in percent: {}", p[19]);
        // No internal code anywhere: type, status, scope and band codes, item ids, the
        // request id, 0/1 flags.
        for code in [
            "contractor", "supplier", "received", "requested", "sme", "both", "executive",
            "sc.", "sc.band", "a0a1a2", "b0b0b0", ",1,", ",0,", "d1", "weakest",
        ] {
            assert!(!csv.contains(code), "{lang:?}: {code:?} in the CSV:\n{csv}");
        }
    }
    assert_eq!(
        partners_csv_name("2026-02-01"),
        "shindan-partners-2026-02-01.csv"
    );
}

#[test]
fn one_definition_of_a_partners_weakest_items_for_every_consumer() {
    use shindan_core::lang::Lang;
    use shindan_core::supply::partners_csv::weakest_label;
    // Items answered not implemented, partial and don't know in an order that differs from
    // both model order and "lowest points first", and more than WEAKEST of them.
    let m = model();
    let l = m.answerable(m.model_rev()).unwrap();
    let mut a = answers();
    for (i, id) in l.self_check.iter().enumerate() {
        let kind = match i + 1 {
            2 | 22 => AnswerKind::Partial,
            4 | 10 | 16 => AnswerKind::NotImplemented,
            6 | 18 => AnswerKind::DontKnow,
            _ => AnswerKind::Implemented,
        };
        a.answers.insert(id.clone(), kind);
    }
    let want = partner_weakest(m, &a);
    let numbers: Vec<u8> = want.iter().map(|w| w.number).collect();
    assert_eq!(
        numbers,
        vec![4, 10, 16, 2, 22],
        "not implemented, then partial, then don't know; model order within; at most {WEAKEST}"
    );
    // The partner's result as the requester holds it.
    let mut reg = Register::default();
    reg.add_request(entry(request()));
    import(&mut reg, &response_link(&a, RESPONDED_MS, 0x61, RESPONDER)).unwrap();
    let rows = overview(m, &reg, clock("2026-02-01"));
    // The overview row (and the printed summary, which lists the same rows).
    assert_eq!(rows[0].weakest, want, "overview row");
    // The partner's details decode the current result and ask the same function.
    let current = reg.partners[0].current.decode(m).unwrap();
    assert_eq!(
        partner_weakest(m, &current.assessment),
        want,
        "partner details"
    );
    let order = summary_order(&rows);
    assert_eq!(rows[order[0]].weakest, want, "printed summary");
    // The CSV's last cell.
    for lang in [Lang::Ja, Lang::En] {
        let cells = csv_cells(&overview_csv(m, &reg, &rows, lang, 540));
        // The weakest items, before the four SCS columns.
        let cell = &cells[1][cells[1].len() - 5];
        assert_eq!(cell, &weakest_label(m, lang, &want), "CSV {lang:?}");
        let listed: Vec<&str> = cell
            .split(if lang == Lang::Ja { "、" } else { "; " })
            .map(|s| s.split(' ').next().unwrap())
            .collect();
        assert_eq!(listed, ["No.4", "No.10", "No.16", "No.2", "No.22"]);
    }
}

#[test]
fn a_request_shows_its_fingerprint_its_responses_and_its_link_again() {
    let mut reg = register();
    let base = "https://shindan.example/app/";
    let views = request_views(&reg, clock("2026-02-01"));
    assert_eq!(views.len(), 1);
    let v = &views[0];
    assert_eq!(v.made, Day::parse("2026-01-03").unwrap(), "made, local day");
    assert_eq!((v.responses, v.state), (0, RequestState::Waiting));
    // The link again: the link the form made, byte for byte.
    let made = format!(
        "{base}{}",
        request_fragment(&encode_request(&request()).unwrap())
    );
    let again = request_link(base, v.entry).unwrap();
    assert_eq!(again, made);
    // The partner opens it and is shown the same fingerprint.
    let Link::Request(payload) = classify(&again).unwrap() else {
        panic!("a request link")
    };
    let partner_sees = decode_request(payload).unwrap();
    assert_eq!(partner_sees, request());
    assert_eq!(partner_sees.requester_key.fingerprint(), v.fingerprint);
    assert_eq!(
        v.fingerprint.len(),
        19,
        "four groups of four: {}",
        v.fingerprint
    );
    // Past its due date without a response: overdue.
    let v = &request_views(&reg, clock("2026-04-01"))[0];
    assert_eq!(v.state, RequestState::Overdue);
    // Answered, even past the due date, once a response is in; two responses counted.
    import(&mut reg, &response_fragment(GOLDEN_RESPONSE)).unwrap();
    let v = &request_views(&reg, clock("2026-04-01"))[0];
    assert_eq!((v.responses, v.state), (1, RequestState::Answered));
    assert_eq!(v.last_response_ms, Some(RESPONDED_MS));
    import(
        &mut reg,
        &response_link(&answers(), RESPONDED_MS + DAY_MS, 0x62, RESPONDER),
    )
    .unwrap();
    let v = &request_views(&reg, clock("2026-04-01"))[0];
    assert_eq!((v.responses, v.state), (2, RequestState::Answered));
    assert_eq!(v.last_response_ms, Some(RESPONDED_MS + DAY_MS));
    // The state table on its own.
    let due = Day::parse("2026-03-31");
    for (today, n, want) in [
        ("2026-03-31", 0, RequestState::Waiting),
        ("2026-04-01", 0, RequestState::Overdue),
        ("2026-04-01", 1, RequestState::Answered),
    ] {
        assert_eq!(
            request_state(due, n, Day::parse(today).unwrap()),
            want,
            "{today} {n}"
        );
    }
    assert_eq!(
        request_state(None, 0, Day::parse("2099-01-01").unwrap()),
        RequestState::Waiting
    );
}

#[test]
fn the_summary_names_the_requesters_and_orders_partners_by_need() {
    let mut reg = register();
    let mut other = request();
    other.id = RequestId([0xb1; ID_LEN]);
    other.due = Day::parse("2026-01-10");
    reg.add_request(entry(other.clone()));
    let mut hidden = request();
    hidden.id = RequestId([0xb2; ID_LEN]);
    hidden.organisation = "非表示の依頼元".into();
    reg.add_request(entry(hidden.clone()));
    reg.delete_request(&hidden.id);
    assert_eq!(requesters(&reg), vec!["株式会社サンプル製作所"]);
    import(&mut reg, &response_fragment(GOLDEN_RESPONSE)).unwrap();
    let rows = overview(model(), &reg, clock("2026-02-01"));
    let order: Vec<Status> = summary_order(&rows)
        .iter()
        .map(|&i| rows[i].status)
        .collect();
    assert_eq!(order, vec![Status::Overdue, Status::Received]);
}

#[test]
fn scs_level_is_star4_when_any_answer_is_yes() {
    for bits in 0u8..8 {
        let q = ScsQuestions {
            confidential_information: bits & 1 != 0,
            unacceptable_delay: bits & 2 != 0,
            internal_access: bits & 4 != 0,
        };
        let want = if bits == 0 {
            ScsLevel::Star3
        } else {
            ScsLevel::Star4
        };
        assert_eq!(scs_level(&q), want, "answers {q:?}");
    }
    assert_eq!(ScsLevel::Star4.stars(), 4);
}

#[test]
fn days_parse_print_and_add_months() {
    for (what, s, ok) in [
        ("a plain date", "2026-03-31", true),
        ("a leap day", "2028-02-29", true),
        ("no leap day", "2026-02-29", false),
        ("month 13", "2026-13-01", false),
        ("before 1970", "1969-12-31", false),
        ("the last day", "9999-12-31", true),
        ("a sign", "+026-01-01", false),
        ("short", "2026-1-01", false),
    ] {
        let d = Day::parse(s);
        assert_eq!(d.is_some(), ok, "{what}");
        if let Some(d) = d {
            assert_eq!(d.to_string(), s, "{what}");
        }
    }
    let add = |s: &str, m| Day::parse(s).unwrap().add_months(m).to_string();
    assert_eq!(add("2026-01-31", 1), "2026-02-28", "month end clamps");
    assert_eq!(add("2028-02-29", 12), "2029-02-28", "leap day + 12 months");
    assert_eq!(add("2026-05-15", 12), "2027-05-15");
    assert_eq!(add("9999-06-01", 12), "9999-12-31", "saturates");
    assert_eq!(Day::of_time(0, 540).to_string(), "1970-01-01");
    // 2026-01-14T15:00Z is already the 15th in Japan.
    assert_eq!(
        Day::of_time(RESPONDED_MS - 9 * 3_600_000, 540).to_string(),
        "2026-01-15"
    );
    assert_eq!(
        Day::of_time(RESPONDED_MS - 9 * 3_600_000, 0).to_string(),
        "2026-01-14"
    );
}

/// One table words every error for both sides: the partner reading a request link is told
/// what to ask the requester for, the requester importing a line is told what is wrong with it.
#[test]
fn one_table_words_each_error_for_each_side() {
    use shindan_core::i18n::Msg;
    use shindan_core::lang::Lang;
    use shindan_core::supply::{Field, Reading};
    let cases = [
        (
            SupplyError::Missing(Field::Reason),
            Reading::Request,
            Some(Msg::AskErrNoReason),
        ),
        (
            SupplyError::Checksum,
            Reading::Request,
            Some(Msg::AskErrDamaged),
        ),
        (
            SupplyError::InvalidKey,
            Reading::Request,
            Some(Msg::AskErrInvalidKey),
        ),
        (
            SupplyError::UnknownRequest,
            Reading::Response,
            Some(Msg::PartnersErrUnknownRequest),
        ),
        (
            SupplyError::CannotOpen,
            Reading::Response,
            Some(Msg::PartnersErrCannotOpen),
        ),
        (
            SupplyError::Checksum,
            Reading::Response,
            Some(Msg::PartnersErrDamaged),
        ),
        (
            SupplyError::NewerVersion(9),
            Reading::Response,
            Some(Msg::PartnersErrNewer),
        ),
        (
            SupplyError::PassphraseLink,
            Reading::Response,
            Some(Msg::PartnersErrPassphrase),
        ),
        (
            SupplyError::Missing(Field::Responder),
            Reading::Response,
            None,
        ),
    ];
    for (e, reading, want) in cases {
        assert_eq!(e.message(reading), want, "{e:?} read as {reading:?}");
    }
    // Outside the table: the generic message with the English detail, never an empty text.
    let e = SupplyError::Missing(Field::Responder);
    let ja = e.text(Reading::Response, Lang::Ja);
    assert!(
        ja.contains("読み取れません") && ja.contains("responder"),
        "{ja}"
    );
    // Classes are stable names the views put in data-error.
    assert_eq!(SupplyError::CannotOpen.class(), "cannot-open");
    assert_eq!(
        SupplyError::Missing(Field::Reason).class(),
        "missing-reason"
    );
}

#[test]
fn partner_kinds_read_back_from_their_codes() {
    use shindan_core::supply::PartnerKind;
    for k in PartnerKind::ALL {
        assert_eq!(PartnerKind::from_code(k.code()), Some(k));
    }
    assert_eq!(PartnerKind::from_code(""), None);
    assert_eq!(PartnerKind::from_code("Supplier"), None);
}

// ------------------------------------------------------------------ the e2e sealed bulk fixture

/// The requester of the committed sealed fixture: a fixed private scalar, so the e2e spec can
/// seed its register (the request with this key as JWK) and open what the fixture holds.
const BULK_REQUESTER_D: [u8; 32] = [
    0x01, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b,
    0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b, 0x6b,
];
/// How many sealed responses the fixture holds.
const BULK_N: u32 = 200;
/// 2026-01-05T00:00:00Z: the first fixture response; the others follow an hour apart.
const BULK_FIRST_MS: u64 = 1_767_571_200_000;

fn bulk_request() -> Request {
    Request {
        id: RequestId([0xb1; ID_LEN]),
        requester_key: native::public_of(&BULK_REQUESTER_D),
        scope: Scope::Both,
        due: Day::parse("2026-03-31"),
        organisation: "株式会社一括発注元".into(),
        contact: "購買部 佐藤".into(),
        reason: "取引先各社の情報セキュリティ対策を一括で確認するため。".into(),
        message: String::new(),
        scs: None,
    }
}

/// A fixed 32-byte scalar for test key `i` (first byte 1, so always below the curve order).
fn fixture_scalar(tag: u8, i: u32) -> [u8; 32] {
    let mut d = [tag; 32];
    d[0] = 0x01;
    d[28..].copy_from_slice(&i.to_be_bytes());
    d
}

/// splitmix64: the fixture's answers are "random" but fixed.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Partner `i`'s answers, varied: each partner has its own share of 実施している (0–100 %), the
/// rest spread over the other three options; every 25th leaves three items unanswered (no
/// band); the 5 articles, the policy and the executive items vary with `i`.
fn bulk_answers(i: u32) -> Assessment {
    let m = model();
    let l = m.answerable(m.model_rev()).unwrap();
    let mut a = Assessment::new();
    let level = u64::from(i * 37 % 101);
    for (k, id) in l.self_check.iter().enumerate() {
        if i % 25 == 0 && k % 8 == 3 {
            continue;
        }
        let r = mix(u64::from(i) << 8 | k as u64);
        let kind = if r % 100 < level {
            AnswerKind::Implemented
        } else {
            [
                AnswerKind::Partial,
                AnswerKind::NotImplemented,
                AnswerKind::DontKnow,
            ][(r >> 8) as usize % 3]
        };
        a.answers.insert(id.clone(), kind);
    }
    for (k, id) in l.articles.iter().enumerate() {
        let status = match i % 4 {
            0 | 1 => ArticleStatus::Done,
            2 if k % 2 == 0 => ArticleStatus::Committed,
            2 => ArticleStatus::Done,
            _ if k == 4 => continue,
            _ => ArticleStatus::NotYet,
        };
        a.articles.insert(id.clone(), status);
    }
    a.policy.established = i % 3 != 2;
    a.policy.published = i % 3 == 0;
    if i % 2 == 0 {
        for (k, id) in l.a2.iter().enumerate() {
            let r = mix(u64::from(i) << 16 | k as u64);
            a.answers
                .insert(id.clone(), EXEC_KINDS[r as usize % EXEC_KINDS.len()]);
        }
    }
    a
}

fn bulk_organisation(i: u32) -> String {
    match i % 4 {
        0 => format!("株式会社サプライ{i:03}"),
        1 => format!("有限会社精密部品{i:03}"),
        2 => format!("Sealed Supplier {i:03} Co., Ltd."),
        _ => format!("合同会社物流{i:03}"),
    }
}

fn bulk_link(request: &Request, i: u32, content: &ResponseContent) -> String {
    let mut nonce = [0x5c; NONCE_LEN];
    nonce[8..].copy_from_slice(&i.to_be_bytes());
    let sealed = native::seal(
        request,
        &fixture_scalar(0x3e, i),
        nonce,
        &content_bytes(content).unwrap(),
    );
    format!(
        "http://127.0.0.1/{}",
        response_fragment(&encode_response(&sealed))
    )
}

fn bulk_content(i: u32) -> ResponseContent {
    let mut responder = [0xc0; ID_LEN];
    responder[12..].copy_from_slice(&i.to_be_bytes());
    ResponseContent {
        responder: ResponderId(responder),
        responded_at_ms: BULK_FIRST_MS + u64::from(i) * 3_600_000,
        organisation: bulk_organisation(i),
        answers: answer_bytes(&bulk_answers(i)),
        scs: None,
    }
}

/// The e2e bulk import of sealed responses (`tests/e2e/supply-partners.spec.js`) pastes 200
/// response links of 200 distinct responders, sealed natively with fixed keys and nonces to
/// [`BULK_REQUESTER_D`]'s key (`tests/fixtures/supply/sealed-200.txt`), plus two lines that
/// must fail alone; `sealed-200.json` holds the register the spec seeds (the request with its
/// private key), those two lines, and each partner's total, band and ★/★★ computed here from
/// the answers with `shindan_core::assessment` — not through the import or the overview.
/// `UPDATE_FIXTURES=1 cargo test --test supply` rewrites both files.
#[test]
fn the_committed_sealed_bulk_fixture_is_what_the_native_sealer_writes() {
    let request = bulk_request();
    let mut links = String::new();
    let mut expected = Vec::new();
    for i in 1..=BULK_N {
        let a = bulk_answers(i);
        links.push_str(&bulk_link(&request, i, &bulk_content(i)));
        links.push('\n');
        let sc = assessment::self_check(model(), &a);
        expected.push(serde_json::json!({
            "line": i,
            "organisation": bulk_organisation(i),
            "total": sc.total,
            "complete": sc.complete,
            "band": sc.band.as_ref().map(|b| b.as_str().to_owned()),
            "star_one": assessment::star_one(model(), &a).ready,
            "star_two": assessment::star_two(model(), &a).ready,
        }));
    }
    // A response whose ciphertext was changed by one bit, its checksum recomputed: the framing
    // reads, only the AES-GCM tag can tell.
    let tampered = {
        let link = bulk_link(&request, BULK_N + 1, &bulk_content(BULK_N + 1));
        let payload = link.split(RESPONSE_ROUTE).nth(1).unwrap();
        let mut bytes = base64url::decode(payload).unwrap();
        let body = bytes.len() - 4;
        bytes[HEADER_LEN + NONCE_LEN + 20] ^= 0x01;
        let crc = crc32(&bytes[..body]).to_be_bytes();
        bytes[body..].copy_from_slice(&crc);
        format!(
            "http://127.0.0.1/{}",
            response_fragment(&base64url::encode(&bytes))
        )
    };
    // A response to the same request id, sealed to someone else's key.
    let other_key = {
        let mut r = bulk_request();
        r.requester_key = native::public_of(&OTHER_D);
        bulk_link(&r, BULK_N + 2, &bulk_content(BULK_N + 2))
    };
    let mut seed = Register::default();
    seed.add_request(RequestEntry {
        request: request.clone(),
        private_key: private_jwk(&BULK_REQUESTER_D, &request.requester_key),
        created_ms: BULK_FIRST_MS - 30 * DAY_MS,
        deleted: false,
        sent_to: "取引先 200社".into(),
        kind: Some(PartnerKind::Supplier),
        tier: Some(1),
    });
    let fixture = serde_json::json!({
        "about": "tests/supply.rs the_committed_sealed_bulk_fixture_is_what_the_native_sealer_writes",
        "register": serde_json::to_value(&seed).unwrap(),
        "tampered": tampered,
        "other_key": other_key,
        "expected": expected,
    });
    let json = serde_json::to_string_pretty(&fixture).unwrap() + "\n";

    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/supply/");
    let (txt_path, json_path) = (
        format!("{dir}sealed-200.txt"),
        format!("{dir}sealed-200.json"),
    );
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&txt_path, &links).unwrap();
        std::fs::write(&json_path, &json).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&txt_path).unwrap(),
        links,
        "regenerate with UPDATE_FIXTURES=1"
    );
    assert_eq!(
        std::fs::read_to_string(&json_path).unwrap(),
        json,
        "regenerate with UPDATE_FIXTURES=1"
    );

    // The answers really are varied: totals across the scale, every band, some incomplete,
    // ★ and ★★ both ways.
    let totals: Vec<i64> = expected
        .iter()
        .map(|e| e["total"].as_i64().unwrap())
        .collect();
    assert!(totals.iter().min() < Some(&10) && totals.iter().max() > Some(&80));
    let bands: std::collections::BTreeSet<Option<&str>> =
        expected.iter().map(|e| e["band"].as_str()).collect();
    assert_eq!(
        bands.len(),
        model().sme.self_check.bands.len() + 1,
        "every band and none"
    );
    for k in ["star_one", "star_two"] {
        let yes = expected.iter().filter(|e| e[k] == true).count();
        assert!(yes > 0 && yes < expected.len(), "{k} both ways");
    }

    // Natively, what the browser must do: 200 new end-to-end partners, the two bad lines
    // refused alone, each partner scored as computed above.
    let mut reg =
        Register::from_json(&serde_json::to_string(&fixture["register"]).unwrap()).unwrap();
    let text = format!("{links}{tampered}\n{other_key}\n");
    let open = |_: &RequestEntry, s: &SealedResponse| native::open(&BULK_REQUESTER_D, &request, s);
    let report = reg.import_text(model(), &text, NOW, open);
    assert_eq!(report.len(), BULK_N as usize + 2);
    for r in &report[..BULK_N as usize] {
        let i = r.result.as_ref().unwrap();
        assert!(i.outcome == Outcome::NewPartner && i.e2e, "line {}", r.line);
    }
    assert_eq!(report[BULK_N as usize].result, Err(SupplyError::CannotOpen));
    assert_eq!(
        report[BULK_N as usize + 1].result,
        Err(SupplyError::CannotOpen)
    );
    let rows = overview(model(), &reg, clock("2026-02-01"));
    assert_eq!(rows.len(), BULK_N as usize);
    for (row, e) in rows.iter().zip(&expected) {
        assert_eq!(row.name, e["organisation"].as_str().unwrap());
        assert_eq!(row.sme_total.map(i64::from), e["total"].as_i64());
        assert_eq!(row.band.as_ref().map(|b| b.as_str()), e["band"].as_str());
        assert_eq!(Some(row.star_one), e["star_one"].as_bool());
        assert_eq!(Some(row.star_two), e["star_two"].as_bool());
    }
}

//! SCS readiness in the supply-chain links, natively: a request asking for it (version 2) and
//! the sealed content carrying it (version 2) round-trip; links made before (version 1) still
//! read, with no readiness; every bad or missing field is refused with its typed error; what a
//! partner's SCS assessment sends (counts per category, the edition, notes only if ticked,
//! never the criteria text); the register written in the oldest format that holds it; the
//! overview, its CSV, and the request form and response view-models carrying it.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

#[path = "support/supply_native.rs"]
mod native;

use shindan_core::lang::Lang;
use shindan_core::scs::{Mark, Read};
use shindan_core::share::{self, base64url, crc32::crc32, ShareOptions};
use shindan_core::storage::scs::ScsFile;
use shindan_core::store::scs::ScsAction;
use shindan_core::supply::*;

const BLANK: &[u8] = include_bytes!("../../scs/tests/fixtures/synthetic.xlsx");

fn opened() -> ScsFile {
    let r = Read::from_scs(&shindan_scs::read(BLANK).unwrap());
    let mut f = ScsFile::default();
    ScsAction::Open {
        workbook: Box::new(r.workbook),
        answers: Some(r.answers),
    }
    .apply_to(&mut f);
    f
}

fn request(scs: Option<ScsLevel>) -> Request {
    Request {
        id: RequestId([0x01; ID_LEN]),
        requester_key: native::public_of(&[0x11; 32]),
        scope: Scope::Sme,
        due: None,
        organisation: "Example Corp".into(),
        contact: String::new(),
        reason: "Annual supplier review".into(),
        message: String::new(),
        scs,
    }
}

fn answers_bytes() -> Vec<u8> {
    let m = shindan_core::model::model();
    share::encode(
        m,
        &shindan_core::assessment::Assessment::new(),
        &ShareOptions::default(),
    )
    .unwrap()
    .bytes
}

fn content(scs: Option<ScsReply>) -> ResponseContent {
    ResponseContent {
        responder: ResponderId([0x5a; ID_LEN]),
        responded_at_ms: 1_768_435_200_000,
        organisation: "取引先".into(),
        answers: answers_bytes(),
        scs,
    }
}

fn sample() -> ScsReadiness {
    ScsReadiness {
        edition: "scs-2026-03-27".into(),
        synthetic: true,
        star3: vec![
            CategoryMet {
                category: 1,
                met: 8,
                total: 8,
            },
            CategoryMet {
                category: 4,
                met: 40,
                total: 48,
            },
        ],
        star4: vec![CategoryMet {
            category: 4,
            met: 3,
            total: 30,
        }],
        notes: vec![CriterionNote {
            id: "1-1-1-1".into(),
            note: "規程あり".into(),
            evidence: "情報セキュリティ規程 第3条\n2025年版".into(),
        }],
    }
}

#[test]
fn a_request_asking_for_scs_is_version_2_and_round_trips() {
    for level in [ScsLevel::Star3, ScsLevel::Star4] {
        let r = request(Some(level));
        let link = encode_request(&r).unwrap();
        let b = base64url::decode(&link).unwrap();
        assert_eq!(b[0], 2, "version 2 when SCS is asked");
        assert_eq!(b[b.len() - 5], level.stars(), "the level before the CRC");
        assert_eq!(decode_request(&link).unwrap(), r);
        assert_eq!(
            encode_request(&decode_request(&link).unwrap()).unwrap(),
            link
        );
    }
    // Asking nothing new writes version 1, exactly as before.
    let plain = encode_request(&request(None)).unwrap();
    assert_eq!(base64url::decode(&plain).unwrap()[0], 1);
    assert_eq!(decode_request(&plain).unwrap().scs, None);
}

fn relink(mut body: Vec<u8>) -> String {
    let c = crc32(&body);
    body.extend_from_slice(&c.to_be_bytes());
    base64url::encode(&body)
}

#[test]
fn bad_scs_levels_in_a_request_are_refused_with_typed_errors() {
    let good =
        base64url::decode(&encode_request(&request(Some(ScsLevel::Star3))).unwrap()).unwrap();
    let body = good[..good.len() - 4].to_vec();
    for (what, b, want) in [
        ("level 5", 5u8, SupplyError::InvalidScsLevel(5)),
        ("level 0", 0, SupplyError::InvalidScsLevel(0)),
    ] {
        let mut x = body.clone();
        *x.last_mut().unwrap() = b;
        assert_eq!(decode_request(&relink(x)), Err(want), "{what}");
    }
    // Version 2 without its level byte.
    let mut cut = body.clone();
    cut.pop();
    assert!(
        matches!(decode_request(&relink(cut)), Err(SupplyError::Malformed(_))),
        "missing level"
    );
    // Version 1 with a trailing level is not canonical.
    let mut v1 = body.clone();
    v1[0] = 1;
    assert_eq!(
        decode_request(&relink(v1)),
        Err(SupplyError::Malformed("trailing bytes"))
    );
    assert_eq!(
        SupplyError::InvalidScsLevel(5).message(Reading::Request),
        Some(shindan_core::i18n::Msg::AskErrMalformed)
    );
}

#[test]
fn content_with_scs_is_version_2_and_round_trips() {
    for scs in [
        ScsReply::NotAssessed,
        ScsReply::Assessed(sample()),
        ScsReply::Assessed(ScsReadiness {
            star4: vec![],
            notes: vec![],
            synthetic: false,
            ..sample()
        }),
    ] {
        let c = content(Some(scs));
        let b = content_bytes(&c).unwrap();
        assert_eq!(b[0], 2, "content version 2 with SCS");
        assert_eq!(decode_content(&b).unwrap(), c);
    }
    // Without SCS: version 1, as every response made before.
    let c = content(None);
    let b = content_bytes(&c).unwrap();
    assert_eq!(b[0], 1);
    assert_eq!(decode_content(&b).unwrap(), c);
}

#[test]
fn bad_scs_readiness_is_refused_by_encoder_and_decoder_alike() {
    let bad = |f: fn(&mut ScsReadiness)| {
        let mut s = sample();
        f(&mut s);
        s
    };
    let cases: Vec<(&str, ScsReadiness, SupplyError)> = vec![
        (
            "no edition",
            bad(|s| s.edition.clear()),
            SupplyError::Missing(Field::ScsEdition),
        ),
        (
            "edition with markup",
            bad(|s| s.edition = "<b>x</b>".into()),
            SupplyError::InvalidScs("edition"),
        ),
        (
            "no ★3 counts",
            bad(|s| s.star3.clear()),
            SupplyError::InvalidScs("no ★3 counts"),
        ),
        (
            "category 8",
            bad(|s| s.star3[1].category = 8),
            SupplyError::InvalidScs("category out of order"),
        ),
        (
            "categories out of order",
            bad(|s| s.star3.swap(0, 1)),
            SupplyError::InvalidScs("category out of order"),
        ),
        (
            "more met than criteria",
            bad(|s| s.star3[0].met = 9),
            SupplyError::InvalidScs("count out of range"),
        ),
        (
            "an empty category",
            bad(|s| {
                s.star4[0] = CategoryMet {
                    category: 4,
                    met: 0,
                    total: 0,
                }
            }),
            SupplyError::InvalidScs("count out of range"),
        ),
        (
            "a bad criterion id",
            bad(|s| s.notes[0].id = "1-1-x-1".into()),
            SupplyError::InvalidScs("criterion id"),
        ),
        (
            "an empty note",
            bad(|s| {
                s.notes[0].note.clear();
                s.notes[0].evidence.clear()
            }),
            SupplyError::InvalidScs("empty note"),
        ),
        (
            "a note too long",
            bad(|s| s.notes[0].note = "x".repeat(1001)),
            SupplyError::TextTooLong {
                field: Field::ScsNote,
                max: 1000,
            },
        ),
        (
            "a bidi override in a note",
            bad(|s| s.notes[0].evidence = "a\u{202E}b".into()),
            SupplyError::ControlCharacter(Field::ScsNote),
        ),
    ];
    for (what, s, want) in cases {
        assert_eq!(s.validate(), Err(want.clone()), "{what}: validate");
        let c = content(Some(ScsReply::Assessed(s)));
        assert_eq!(content_bytes(&c), Err(want.clone()), "{what}: encoder");
        assert_eq!(
            SupplyError::InvalidScs("x").message(Reading::Response),
            Some(shindan_core::i18n::Msg::PartnersErrDamaged)
        );
    }
    // The decoder refuses what the encoder would not write: patch valid bytes.
    let good = content_bytes(&content(Some(ScsReply::Assessed(sample())))).unwrap();
    let section = scs_section_bytes(&ScsReply::Assessed(sample())).unwrap();
    assert!(section.len() < 128, "a one-byte length");
    let len_at = 1 + ID_LEN + 6 + 1 + 2 * "取引先".chars().count();
    assert_eq!(
        usize::from(good[len_at]),
        section.len(),
        "the section's length first"
    );
    let org_end = len_at + 1;
    assert_eq!(
        good[org_end], 1,
        "status byte after the organisation and the length"
    );
    assert_eq!(&good[org_end..org_end + section.len()], &section[..]);
    let mut status = good.clone();
    status[org_end] = 2;
    assert_eq!(
        decode_content(&status),
        Err(SupplyError::InvalidScs("status"))
    );
    let mut flags = good.clone();
    flags[org_end + 1] = 7;
    assert_eq!(
        decode_content(&flags),
        Err(SupplyError::InvalidScs("flags"))
    );
    // Cut inside the section (the answers would follow): every cut is refused, never a panic.
    for cut in org_end..good.len() - 1 {
        assert!(decode_content(&good[..cut]).is_err(), "cut at {cut}");
    }
    // Content version 2 with nothing after the organisation.
    assert!(decode_content(&good[..org_end]).is_err());
}

#[test]
fn golden_links_made_before_still_read_without_scs() {
    // The golden request and response of tests/supply.rs, byte for byte (version 1).
    const GOLDEN_MINIMAL_REQUEST: &str = "AQEBAQEBAQEBAQEBAQEBAQEEAhfmF_C2RDkoJ4-WmZ5pojpPLBUr321s32bluAKC1O0ZSn3ry5dxLS3aPKhaqHZaVvRfx1hZllLyiXxlMG5XlAEAGEV4YW1wbGUgQ29ycAAsQW5udWFsIHN1cHBsaWVyIHJldmlldwDzCASv";
    let r = decode_request(GOLDEN_MINIMAL_REQUEST).unwrap();
    assert_eq!(r.scs, None);
    assert_eq!(encode_request(&r).unwrap(), GOLDEN_MINIMAL_REQUEST);
}

#[test]
fn a_partner_sends_counts_per_category_never_the_criteria_text() {
    let mut f = opened();
    assert_eq!(
        readiness(None, &Default::default(), ScsLevel::Star3, true),
        ScsReply::NotAssessed
    );
    let wb = f.workbook.clone().unwrap();
    let star3: Vec<_> = wb.level(shindan_core::scs::Level::Star3).collect();
    for c in star3.iter().take(5) {
        ScsAction::Mark(c.id.clone(), Mark::Met).apply_to(&mut f);
    }
    ScsAction::Mark(star3[5].id.clone(), Mark::Partly).apply_to(&mut f);
    ScsAction::Note(star3[5].id.clone(), "来期に対応".into()).apply_to(&mut f);
    let ScsReply::Assessed(r) = readiness(f.workbook.as_ref(), &f.answers, ScsLevel::Star3, false)
    else {
        panic!("assessed")
    };
    assert_eq!(r.edition, wb.edition);
    let (met, total) = r.star3_met();
    assert_eq!(total, 81, "every ★3 criterion counts, answered or not");
    let met_before = shindan_core::vm::scs::result(&f, shindan_core::scs::Level::Star3)
        .unwrap()
        .met;
    assert_eq!(met, met_before, "the same count as the SCS pages");
    assert!(r.star4.is_empty(), "★4 only when asked");
    assert!(r.notes.is_empty(), "notes only when ticked");
    let ScsReply::Assessed(r4) = readiness(f.workbook.as_ref(), &f.answers, ScsLevel::Star4, true)
    else {
        panic!("assessed")
    };
    assert_eq!(met_of(&r4.star4).1, 72);
    assert_eq!(r4.notes.len(), 1);
    assert_eq!(r4.notes[0].note, "来期に対応");
    // Nothing of the workbook's text travels.
    let bytes = content_bytes(&content(Some(ScsReply::Assessed(r4)))).unwrap();
    let sent = String::from_utf8_lossy(&bytes).to_string();
    for c in &wb.criteria {
        for cell in c.official.iter().filter(|t| t.chars().count() > 8) {
            assert!(!sent.contains(cell.as_str()), "{} travels", c.id);
        }
    }
}

#[test]
fn the_register_is_written_as_format_2_only_when_it_holds_scs() {
    let mut reg = Register::default();
    let entry = |scs| RequestEntry {
        request: request(scs),
        private_key: String::new(),
        created_ms: 1,
        deleted: false,
        sent_to: String::new(),
        kind: None,
        tier: None,
    };
    reg.add_request(entry(None));
    assert!(reg.to_json().unwrap().starts_with("{\"format\":1,"));
    let mut with = entry(Some(ScsLevel::Star3));
    with.request.id = RequestId([2; ID_LEN]);
    reg.add_request(with);
    let json = reg.to_json().unwrap();
    assert!(json.starts_with("{\"format\":2,"), "{json}");
    assert_eq!(Register::from_json(&json).unwrap(), reg);
    // A register of format 1 reads as before.
    let old = json.replacen("\"format\":2", "\"format\":1", 1);
    assert_eq!(Register::from_json(&old).unwrap(), reg);
}

#[test]
fn star3_labels_for_the_overview_summary_and_csv() {
    let s = ScsReply::Assessed(sample());
    assert_eq!(
        star3_label(Lang::En, Some(&s)),
        "★3 48/56 met · scs-2026-03-27 (Shindan's synthetic test workbook)"
    );
    assert_eq!(
        star3_label(Lang::Ja, Some(&ScsReply::NotAssessed)),
        "未評価"
    );
    assert_eq!(star3_label(Lang::Ja, None), "");
}

#[test]
fn the_request_form_asks_for_scs_with_two_ticks() {
    use shindan_core::vm::request_form::{Event, RequestForm};
    let mut f = RequestForm::default();
    f.update(Event::AskScsStar4(true));
    assert_eq!(f.draft.scs, None, "★4 alone does nothing");
    f.update(Event::AskScs(true));
    assert_eq!(f.draft.scs, Some(ScsLevel::Star3));
    f.update(Event::AskScsStar4(true));
    assert_eq!(f.draft.scs, Some(ScsLevel::Star4));
    f.update(Event::AskScs(true));
    assert_eq!(f.draft.scs, Some(ScsLevel::Star4), "kept");
    f.update(Event::AskScsStar4(false));
    assert_eq!(f.draft.scs, Some(ScsLevel::Star3));
    f.update(Event::AskScs(false));
    assert_eq!(f.draft.scs, None);
    f.update(Event::AskScs(true));
    f.draft.organisation = "発注元".into();
    f.draft.reason = "確認のため".into();
    let (r, link) = f
        .draft
        .request(RequestId([9; ID_LEN]), native::public_of(&[0x11; 32]))
        .map_err(|e| e.to_string())
        .unwrap_err_or_ok();
    assert_eq!(r.scs, Some(ScsLevel::Star3));
    assert_eq!(decode_request(&link).unwrap().scs, Some(ScsLevel::Star3));
}

trait UnwrapErrOrOk<T> {
    fn unwrap_err_or_ok(self) -> T;
}
impl<T> UnwrapErrOrOk<T> for Result<T, String> {
    fn unwrap_err_or_ok(self) -> T {
        self.unwrap_or_else(|e| panic!("{e}"))
    }
}

#[test]
fn the_response_seals_the_scs_readiness_and_a_changed_readiness_is_a_new_link() {
    use shindan_core::vm::respond::{Answers, Effect, Event, Respond, Status};
    let m = shindan_core::model::model();
    let mut a = shindan_core::assessment::Assessment::new();
    a.name = "取引先".into();
    let first = m.sme.self_check.items[0].id.clone();
    a.answers
        .insert(first, shindan_core::model::AnswerKind::Implemented);
    let f = opened();
    let scs = readiness(f.workbook.as_ref(), &f.answers, ScsLevel::Star3, false);
    let ans = Answers::of(m, &a, Scope::Sme, false).with_scs(Some(scs.clone()));
    let mut vm = Respond::default();
    let eff = vm.update(Event::Send {
        answers: &ans,
        responder: Some(ResponderId([1; ID_LEN])),
        now_ms: 5,
    });
    let Effect::Seal(content) = eff else {
        panic!("seals")
    };
    assert_eq!(content.scs, Some(scs));
    // Sealed with fixed keys, then opened: the readiness comes back.
    let req = request(Some(ScsLevel::Star3));
    let sealed = native::seal(
        &req,
        &[0x22; 32],
        [0x33; NONCE_LEN],
        &content_bytes(&content).unwrap(),
    );
    let opened = native::open(&[0x11; 32], &req, &sealed).unwrap();
    assert_eq!(decode_content(&opened).unwrap(), content);
    vm.update(Event::Sealed(Ok(sealed)));
    assert!(vm.link(&ans, "https://x/").is_some());
    // "Not assessed" instead: the preview no longer matches the link made.
    let other = Answers::of(m, &a, Scope::Sme, false).with_scs(Some(ScsReply::NotAssessed));
    assert_eq!(vm.status(&other), Status::Stale);
    assert!(vm.link(&other, "https://x/").is_none());
    vm.update(Event::ToggleScsNotes);
    assert!(vm.include_scs_notes);
}

#[test]
fn the_register_keeps_the_section_as_sent_and_the_page_checks_it_first() {
    // What the store imports (first screen): the section kept as bytes, not decoded.
    let c = content(Some(ScsReply::Assessed(sample())));
    let plain = content_bytes(&c).unwrap();
    let (kept, raw) = decode_content_kept(&plain).unwrap();
    assert_eq!(kept.scs, None);
    let raw = raw.unwrap();
    assert_eq!(
        decode_scs_section(&raw).unwrap(),
        ScsReply::Assessed(sample())
    );
    assert_eq!(check_opened(Ok(plain.clone())), Ok(plain.clone()));
    // A damaged section: the page's check refuses it with its typed error before the store.
    let mut bad = plain.clone();
    let at = plain.len() - c.answers.len() - raw.len() + 1;
    bad[at] = 9;
    assert_eq!(check_opened(Ok(bad)), Err(SupplyError::InvalidScs("flags")));
    assert_eq!(
        check_opened(Err(SupplyError::CannotOpen)),
        Err(SupplyError::CannotOpen)
    );
    // A section longer than the content: refused even by the store's reading.
    let mut long = plain[..1 + ID_LEN + 6 + 1 + 6].to_vec();
    long.push(120);
    long.extend_from_slice(&[0; 4]);
    assert!(decode_content_kept(&long).is_err());
}

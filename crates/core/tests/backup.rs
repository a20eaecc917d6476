//! The backup file, version 2: the supply-chain register (requests with their
//! private keys, partners' results) and the responder profile travel in it; a version-1 file
//! still reads; a damaged register refuses the whole file; restoring joins the file's register
//! with the stored one without losing anything (`Register::absorb`) and keeps a stored
//! responder id; a response sealed to a restored request opens. Natively, with RustCrypto for
//! the sealing (`tests/support/supply_native.rs`).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

#[path = "support/supply_native.rs"]
mod native;

use std::collections::BTreeMap;
use std::rc::Rc;

use shindan_core::assessment::Assessment;
use shindan_core::lang::Lang;
use shindan_core::model::model;
use shindan_core::route::Route;
use shindan_core::share::{self, base64url, ShareOptions, SME_KINDS};
use shindan_core::storage::backup::{
    Backup, BackupError, ImportPlan, Restore, BACKUP_VERSION, BACKUP_VERSION_PLAIN,
};
use shindan_core::storage::record::{Record, RecordId};
use shindan_core::storage::report::{KeptLoad, LoadReport};
use shindan_core::storage::supply::Responder;
use shindan_core::store::{Found, Stamped, Store, StoreAction};
use shindan_core::supply::*;

const NOW: u64 = 1_770_000_000_000; // 2026-02-02
const DAY_MS: u64 = 86_400_000;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../tests/fixtures/storage/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// The private scalar of request `n` (a valid P-256 scalar for small `n`).
fn scalar(n: u8) -> [u8; 32] {
    let mut d = [0x10 + n; 32];
    d[0] = 0x01;
    d
}

/// Request `n`, made `20 - n` days before [`NOW`].
fn request(n: u8) -> Request {
    Request {
        id: RequestId([n; ID_LEN]),
        requester_key: native::public_of(&scalar(n)),
        scope: Scope::Sme,
        due: Day::parse("2026-03-31"),
        organisation: "株式会社発注元".into(),
        contact: String::new(),
        reason: "委託先の情報セキュリティ対策を確認するため".into(),
        message: String::new(),
        scs: None,
    }
}

fn entry(n: u8) -> RequestEntry {
    RequestEntry {
        request: request(n),
        private_key: private_jwk(&scalar(n), &native::public_of(&scalar(n))),
        created_ms: NOW - (20 - u64::from(n)) * DAY_MS,
        deleted: false,
        sent_to: String::new(),
        kind: None,
        tier: None,
    }
}

fn answers(shift: usize) -> Assessment {
    let m = model();
    let l = m.answerable(m.model_rev()).unwrap();
    let mut a = Assessment::new();
    for (i, id) in l.self_check.iter().enumerate() {
        a.answers
            .insert(id.clone(), SME_KINDS[(i + shift) % SME_KINDS.len()]);
    }
    a
}

/// A response link to request `n` from responder `who`, made at `at_ms`, with ephemeral key
/// seed `eph`.
fn response(n: u8, who: u8, at_ms: u64, eph: u8, shift: usize) -> String {
    let content = ResponseContent {
        responder: ResponderId([who; ID_LEN]),
        responded_at_ms: at_ms,
        organisation: format!("取引先{who}"),
        answers: share::encode(model(), &answers(shift), &ShareOptions::default())
            .unwrap()
            .bytes,
        scs: None,
    };
    let mut d = [eph; 32];
    d[0] = 0x02;
    let sealed = native::seal(
        &request(n),
        &d,
        [eph; NONCE_LEN],
        &content_bytes(&content).unwrap(),
    );
    response_fragment(&encode_response(&sealed))
}

/// Opens with the scalar inside the stored JWK: a response opens only if the register really
/// holds the request's private key.
fn opener(e: &RequestEntry, s: &SealedResponse) -> Result<Vec<u8>, SupplyError> {
    #[derive(serde::Deserialize)]
    struct Jwk {
        d: String,
    }
    let jwk: Jwk = serde_json::from_str(&e.private_key).map_err(|_| SupplyError::InvalidKey)?;
    let d: [u8; 32] = base64url::decode(&jwk.d)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(SupplyError::InvalidKey)?;
    native::open(&d, &e.request, s)
}

fn import(reg: &mut Register, line: &str) -> Outcome {
    reg.import_line(model(), line, NOW, &mut opener)
        .unwrap()
        .outcome
}

/// Two requests; partner 7 answered request 1 twice, partner 8 once.
fn register() -> Register {
    let mut r = Register::default();
    assert!(r.add_request(entry(1)));
    assert!(r.add_request(entry(2)));
    import(&mut r, &response(1, 7, NOW - 9 * DAY_MS, 0x31, 0));
    import(&mut r, &response(1, 7, NOW - 2 * DAY_MS, 0x32, 1));
    import(&mut r, &response(2, 8, NOW - 5 * DAY_MS, 0x33, 2));
    r
}

fn records() -> Vec<Record> {
    Backup::parse(&fixture("backup-v1.json"))
        .unwrap()
        .assessments
}

fn full_backup() -> Backup {
    Backup::new(&records(), NOW, "0.1.0").with_supply(&register(), Some(ResponderId([0x5a; 16])))
}

// ------------------------------------------------------------------ the file

#[test]
fn a_version_2_file_carries_the_register_and_the_responder_and_round_trips() {
    let b = full_backup();
    // Without the SCS assessment the file stays version 2: builds before it read it.
    assert_eq!(b.version, BACKUP_VERSION_PLAIN);
    assert_eq!((BACKUP_VERSION_PLAIN, BACKUP_VERSION), (2, 3));
    let json = b.to_json();
    let back = Backup::parse(&json).unwrap();
    assert_eq!(back, b);
    let reg = back.supply.as_ref().unwrap();
    assert_eq!(reg, &register());
    assert_eq!((reg.requests.len(), reg.partners.len()), (2, 2));
    assert!(reg.requests.iter().all(RequestEntry::key_matches));
    assert_eq!(
        back.responder.as_ref().and_then(|r| r.id),
        Some(ResponderId([0x5a; 16]))
    );
    // The committed file reads, holds what it was made with, and is written back byte for
    // byte (made by `write_fixture`).
    let text = fixture("backup-v2.json");
    let f = Backup::parse(&text).unwrap();
    assert_eq!(f.to_json(), text.trim_end());
    let reg = f.supply.unwrap();
    assert_eq!((reg.requests.len(), reg.partners.len()), (2, 2));
    assert!(reg.requests.iter().all(RequestEntry::key_matches));
    assert_eq!(reg.partners[0].history.len(), 1);
    assert_eq!(
        f.responder.and_then(|r| r.id),
        Some(ResponderId([0x5a; 16]))
    );
}

/// Writes `tests/fixtures/storage/backup-v2.json` (run with `--ignored` after a deliberate
/// format change, and say why in the commit).
#[test]
#[ignore]
fn write_fixture() {
    let path = format!(
        "{}/../../tests/fixtures/storage/backup-v2.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::write(path, full_backup().to_json() + "\n").unwrap();
}

#[test]
fn empty_parts_and_single_assessment_files_leave_the_register_out() {
    let b = Backup::new(&records(), NOW, "0.1.0").with_supply(&Register::default(), None);
    assert_eq!((&b.supply, &b.responder), (&None, &None));
    let json = b.to_json();
    assert!(!json.contains("\"supply\"") && !json.contains("\"responder\""));
    assert_eq!(Backup::parse(&json).unwrap(), b);
    // A file of one assessment is made without `with_supply` (files::export_backup).
    let one = Backup::new(&records()[..1], NOW, "0.1.0");
    assert!(!one.to_json().contains("private_key"));
}

#[test]
fn a_version_1_file_still_reads_and_simply_has_no_register() {
    let b = Backup::parse(&fixture("backup-v1.json")).unwrap();
    assert_eq!(b.version, 1);
    assert_eq!(b.assessments.len(), 2);
    assert_eq!((b.supply.clone(), b.responder.clone()), (None, None));
    let plan = ImportPlan::new(&BTreeMap::new(), b.clone());
    assert_eq!(plan.supply_summary(&register()), None);
    let r = plan.restore(&BTreeMap::new(), NOW, || RecordId::fresh(NOW, 0));
    assert_eq!(
        r.records, b.assessments,
        "nothing of a version-1 file is lost"
    );
    assert_eq!((r.supply, r.responder), (None, None));
    // A version-1 file never had a register: one that claims to is not ours as written.
    let mut v = serde_json::to_string(&full_backup()).unwrap();
    v = v.replacen("\"version\":2", "\"version\":1", 1);
    assert!(matches!(Backup::parse(&v), Err(BackupError::Malformed(_))));
}

/// The file's text with `from` replaced by `to` once (the change must apply).
fn edited(json: &str, from: &str, to: &str) -> String {
    assert!(json.contains(from), "{from}");
    json.replacen(from, to, 1)
}

#[test]
fn a_damaged_register_refuses_the_whole_file_and_says_why() {
    let good = serde_json::to_string(&full_backup()).unwrap();
    let reg = register();
    let key1 = serde_json::to_string(&reg.requests[0].private_key).unwrap();
    let key2 = serde_json::to_string(&reg.requests[1].private_key).unwrap();
    let id1 = serde_json::to_string(&reg.requests[0].request.id).unwrap();
    let id2 = serde_json::to_string(&reg.requests[1].request.id).unwrap();
    let k7 = serde_json::to_string(&reg.partners[0].key).unwrap();
    let k8 = serde_json::to_string(&reg.partners[1].key).unwrap();
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "a key that belongs to another request",
            edited(&good, &key1, &key2),
            "does not belong",
        ),
        (
            "a key that is not a key",
            edited(&good, &key1, "\"{}\""),
            "does not belong",
        ),
        (
            "the same request twice",
            edited(&good, &id2, &id1),
            "appears twice",
        ),
        (
            "the same partner twice",
            edited(&good, &k8, &k7),
            "appears twice",
        ),
        (
            "a tier out of range",
            edited(&good, "\"tier\":null", "\"tier\":0"),
            "tier",
        ),
        (
            "a format that is not a number",
            edited(
                &good,
                "\"supply\":{\"format\":1",
                "\"supply\":{\"format\":\"1\"",
            ),
            "",
        ),
        (
            "a field missing",
            edited(&good, "\"requests\":[", "\"requestz\":["),
            "",
        ),
        (
            "a wrong type",
            edited(&good, "\"imported_ms\":", "\"imported_ms\":\"x\",\"y\":"),
            "",
        ),
        (
            "a responder profile without an id",
            edited(&good, "\"id\":\"5a5a", "\"idx\":\"5a5a"),
            "",
        ),
    ];
    for (what, text, says) in cases {
        match Backup::parse(&text) {
            Err(BackupError::Supply(why)) => assert!(why.contains(says), "{what}: {why}"),
            other => panic!("{what}: {other:?}"),
        }
    }
    // Damage outside the register is the file's, not the register's.
    let bad_record = edited(&good, "\"revision\":7", "\"revision\":\"7\"");
    assert!(matches!(
        Backup::parse(&bad_record),
        Err(BackupError::Malformed(_))
    ));
    // Newer parts are newer, not damaged; so is a newer file.
    for (what, text) in [
        (
            "register format 3",
            edited(
                &good,
                "\"supply\":{\"format\":1",
                "\"supply\":{\"format\":3",
            ),
        ),
        (
            "responder format 9",
            edited(
                &good,
                "\"responder\":{\"format\":1",
                "\"responder\":{\"format\":9",
            ),
        ),
    ] {
        assert_eq!(Backup::parse(&text), Err(BackupError::Newer(2)), "{what}");
    }
    assert_eq!(
        Backup::parse(&edited(&good, "\"version\":2", "\"version\":4")),
        Err(BackupError::Newer(4))
    );
    assert_eq!(
        Backup::parse(&fixture("backup-newer.json")),
        Err(BackupError::Newer(4))
    );
}

// ------------------------------------------------------------------ the merge rules

#[test]
fn absorbing_a_register_keeps_everything_either_side_holds() {
    let file = register();

    // Into an empty register: all of it, counted.
    let mut empty = Register::default();
    let n = empty.absorb(file.clone());
    assert_eq!(empty, file);
    assert_eq!((n.requests, n.partners, n.results), (2, 2, 0));

    // Into itself, or the same file twice: nothing changes.
    let mut same = file.clone();
    assert_eq!(same.absorb(file.clone()), Absorbed::default());
    assert_eq!(same, file);

    // Ours has a request of its own, partner 7's newest response only, and a new partner;
    // the file has requests 1 and 2, partner 7's two responses and partner 8.
    let mut ours = Register::default();
    assert!(ours.add_request(entry(1)));
    assert!(ours.add_request(entry(3)));
    import(&mut ours, &response(1, 7, NOW - 2 * DAY_MS, 0x32, 1));
    import(&mut ours, &response(1, 9, NOW - DAY_MS, 0x34, 3));
    let n = ours.absorb(file.clone());
    assert_eq!((n.requests, n.partners, n.results), (1, 1, 1));
    let ids: Vec<u8> = ours.requests.iter().map(|r| r.request.id.0[0]).collect();
    assert_eq!(ids, [1, 2, 3], "requests oldest first");
    let keys: Vec<&str> = ours.partners.iter().map(|p| p.key.0.as_str()).collect();
    assert_eq!(keys.len(), 3, "partners 7, 9 and 8: {keys:?}");
    let p7 = ours
        .partner(&PartnerKey(format!("r:{}", ResponderId([7; 16]).to_hex())))
        .unwrap();
    assert_eq!(
        p7.current.responded_ms,
        Some(NOW - 2 * DAY_MS),
        "newest current"
    );
    assert_eq!(
        p7.history.len(),
        1,
        "the older response joins the history once"
    );
    assert_eq!(ours.absorb(file.clone()), Absorbed::default(), "idempotent");
}

#[test]
fn for_a_request_or_partner_both_hold_ours_stays_and_blanks_are_filled() {
    let mut file = register();
    file.requests[0].deleted = true;
    file.requests[0].sent_to = "株式会社テスト部品".into();
    file.requests[1].kind = Some(PartnerKind::Contractor);
    file.partners[0].name = "テスト部品（本社）".into(); // renamed in the file
    file.partners[0].tier = Some(2);
    file.partners[1].tier = Some(3);

    let mut ours = register();
    ours.requests[0].sent_to = "調達部で送付".into();
    ours.requests[1].kind = Some(PartnerKind::Subsidiary);
    ours.requests[1].private_key = "{}".into(); // a key that no longer belongs to it
    ours.partners[1].name = "取引先8（改名）".into(); // renamed here
    ours.partners[1].tier = Some(1);

    let n = ours.absorb(file);
    assert_eq!((n.requests, n.partners, n.results), (0, 0, 0));
    let r1 = &ours.requests[0];
    assert!(
        r1.deleted,
        "hidden on either side stays hidden (its key is kept)"
    );
    assert_eq!(r1.sent_to, "調達部で送付", "our note stays");
    let r2 = &ours.requests[1];
    assert_eq!(r2.kind, Some(PartnerKind::Subsidiary), "our type stays");
    assert!(
        r2.key_matches(),
        "the file's key repairs a key that does not belong"
    );
    assert_eq!(
        ours.partners[0].name, "テスト部品（本社）",
        "a rename there is kept"
    );
    assert_eq!(ours.partners[0].tier, Some(2), "a blank tier is filled");
    assert_eq!(
        ours.partners[1].name, "取引先8（改名）",
        "a rename here wins"
    );
    assert_eq!(ours.partners[1].tier, Some(1), "our tier stays");
}

#[test]
fn a_response_to_a_restored_request_opens() {
    // The file's register, restored into a browser that never made the request.
    let file = Backup::parse(&full_backup().to_json()).unwrap();
    let mut here = Register::default();
    here.absorb(file.supply.unwrap());
    // A partner answers request 2 after the restore.
    let late = response(2, 6, NOW, 0x35, 0);
    assert_eq!(import(&mut here, &late), Outcome::NewPartner);
    // Without the restored key it could not have been opened.
    let mut without = Register::default();
    assert_eq!(
        without.import_line(model(), &late, NOW, &mut opener),
        Err(SupplyError::UnknownRequest)
    );
}

// ------------------------------------------------------------------ through the store

fn store(responder: Option<ResponderId>, register: Register, read_only: bool) -> Rc<Store> {
    Rc::new(Store::load(
        Found {
            report: LoadReport::default(),
            supply: KeptLoad {
                value: register,
                read_only,
                ..KeptLoad::default()
            },
            responder: KeptLoad {
                value: Responder {
                    id: responder,
                    ..Responder::default()
                },
                ..KeptLoad::default()
            },
            lang: Lang::Ja,
            available: true,
            ..Found::default()
        },
        Route::Home,
        NOW,
        RecordId::parse("fresh").unwrap(),
    ))
}

fn restore(s: &Rc<Store>, r: Restore) -> Rc<Store> {
    s.clone().reduce(Stamped {
        action: StoreAction::Restore(Box::new(r)),
        now: NOW,
        fresh: RecordId::parse("fresh2").unwrap(),
    })
}

#[test]
fn a_restore_goes_through_the_store_in_one_action() {
    let file = full_backup();
    let plan = ImportPlan::new(&BTreeMap::new(), file.clone());
    let summary = plan.supply_summary(&Register::default()).unwrap();
    assert_eq!((summary.requests, summary.partners), (2, 2));
    assert_eq!(
        (summary.added.requests, summary.added.partners),
        (2, 2),
        "all new"
    );
    let r = plan.restore(&BTreeMap::new(), NOW, || RecordId::fresh(NOW, 1));

    // A fresh browser: everything comes in, the file's responder id included.
    let s = restore(&store(None, Register::default(), false), r.clone());
    for rec in &file.assessments {
        assert_eq!(s.library.records.get(&rec.id), Some(rec));
    }
    assert_eq!(s.supply.value, register());
    assert_eq!(s.pending(&s.supply), Some(&register()), "then written");
    assert_eq!(s.responder.value.id, Some(ResponderId([0x5a; 16])));

    // A browser that has answered requests keeps its own responder id.
    let mine = ResponderId([0x11; 16]);
    let s = restore(&store(Some(mine), Register::default(), false), r.clone());
    assert_eq!(s.responder.value.id, Some(mine));

    // A register written by a newer build is never touched; the assessments still come in.
    let s = restore(&store(None, Register::default(), true), r.clone());
    assert_eq!(s.supply.value, Register::default());
    assert_eq!(s.pending(&s.supply), None);
    for rec in &file.assessments {
        assert_eq!(s.library.records.get(&rec.id), Some(rec));
    }

    // Restoring what is already there changes nothing (the same store comes back).
    let s = restore(&store(None, register(), false), r.clone());
    let again = restore(
        &s,
        Restore {
            records: Vec::new(),
            ..r
        },
    );
    assert!(Rc::ptr_eq(&s, &again));
}

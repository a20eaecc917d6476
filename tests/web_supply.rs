//! Browser tests of the supply-chain WebCrypto edge (`shindan::door::supply_crypto`) in headless
//! Chromium: WebCrypto opens the response RustCrypto sealed natively (the golden link of
//! `tests/supply.rs`), reproduces it byte for byte from the same fixed ephemeral key and
//! nonce, and a fresh key pair seals and opens a response; another key cannot open it.
//!
//!     cargo test --locked --target wasm32-unknown-unknown --test web_supply
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use shindan::door::supply_crypto::{
    generate_request_key, open_all, open_response, seal_response, seal_response_deterministic,
    SupplyCryptoError,
};
use shindan_core::share;
use shindan_core::supply::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// The same fixtures as tests/supply.rs (private scalars 0x11…, 0x22…; nonce 0x33…).
const GOLDEN_REQUEST: &str = "AaChoqOkpaanqKmqq6ytrq8EAhfmF_C2RDkoJ4-WmZ5pojpPLBUr321s32bluAKC1O0ZSn3ry5dxLS3aPKhaqHZaVvRfx1hZllLyiXxlMG5XlAPAoAEtaCpfD08aeT4wtTDzMNcw64j9T1xiQEjoqr_pgZTpg6gg5bGx55SwICh5YW1hZGFAZXhhbXBsZS5qcCnJAVPWXxVX-mcsWVF9BDBuiYt29DBXMGtPNDBEMAFZ1IoXUUgwbmDFWDEwuzCtMOUw6jDGMKNb_ntWMJJ4uoqNMFkwizBfMIEwAgAKjLt1KIygYsUwb1IlkBRTVItwMFcwfjBZMAI5ADNnCGcrMH4wZzBrMFRW3ntUME8wYDBVMEQwAs3OhmA";
const GOLDEN_RESPONSE: &str = "AaChoqOkpaanqKmqq6ytrq8E1lqTl3yqPRsIGFL_V6eeRl8WYFdzBLrq1QXdOkhYnPNQGF6JU3LfYiHqOhN1V-Rz_dtnVfBb1QfDxTP86ckShTMzMzMzMzMzMzMzM7d52coK6X62fuUDYldwKL5i8zbY_6sltz_UHB-sqGfaxVrRJfgnT-OA6uKUH_qLsdMPtzL5kWZ-COuHksKbUu2ZBgg_cKNaNOYh5NvW_t7-Bhf5xYbNtj0PVo4";
const REQUESTER_JWK: &str = r#"{"crv":"P-256","d":"ERERERERERERERERERERERERERERERERERERERERERE","ext":true,"key_ops":["deriveBits"],"kty":"EC","x":"AhfmF_C2RDkoJ4-WmZ5pojpPLBUr321s32bluAKC1O0","y":"GUp968uXcS0t2jyoWqh2Wlb0X8dYWZZS8ol8ZTBuV5Q"}"#;
const EPHEMERAL_JWK: &str = r#"{"crv":"P-256","d":"IiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiI","ext":true,"key_ops":["deriveBits"],"kty":"EC","x":"1lqTl3yqPRsIGFL_V6eeRl8WYFdzBLrq1QXdOkhYnPM","y":"UBheiVNy32Ih6joTdVfkc_3bZ1XwW9UHw8Uz_OnJEoU"}"#;

/// The whole model, as the whole app's `main` chooses it (`shindan::boot::full`); every test
/// calls it first, since the library code under test reads the model too.
fn model() -> &'static shindan_core::model::Model {
    shindan_core::model::use_blob(shindan_core::model::BUILTIN_COMPACT);
    shindan_core::model::model()
}

fn request() -> Request {
    decode_request(GOLDEN_REQUEST).unwrap()
}

#[wasm_bindgen_test]
async fn webcrypto_opens_the_natively_sealed_golden_response() {
    model();
    let sealed = decode_response(GOLDEN_RESPONSE).unwrap();
    let plain = open_response(REQUESTER_JWK, &request(), &sealed)
        .await
        .unwrap();
    let c = decode_content(&plain).unwrap();
    assert_eq!(c.organisation, "有限会社テスト部品");
    assert_eq!(c.responded_at_ms, 1_768_435_200_000);
    assert_eq!(c.responder, ResponderId([0x5a; ID_LEN]));
    let d = share::decode_bytes(model(), &c.answers).unwrap();
    let sc = shindan_core::assessment::self_check(model(), &d.assessment);
    assert_eq!((sc.total, sc.complete), (34, true));
}

#[wasm_bindgen_test]
async fn webcrypto_reproduces_the_golden_response_from_the_fixed_key_and_nonce() {
    model();
    let sealed = decode_response(GOLDEN_RESPONSE).unwrap();
    let plain = open_response(REQUESTER_JWK, &request(), &sealed)
        .await
        .unwrap();
    let eph = jwk_public_key(EPHEMERAL_JWK).unwrap();
    assert_eq!(eph, sealed.ephemeral_key);
    let again =
        seal_response_deterministic(&request(), EPHEMERAL_JWK, &eph, [0x33; NONCE_LEN], &plain)
            .await
            .unwrap();
    assert_eq!(encode_response(&again), GOLDEN_RESPONSE);
}

#[wasm_bindgen_test]
async fn a_fresh_key_pair_seals_and_opens_and_another_key_cannot_open() {
    model();
    let keys = generate_request_key().await.unwrap();
    assert_eq!(
        jwk_public_key(&keys.private_jwk),
        Some(keys.public),
        "stored JWK matches"
    );
    let mut req = request();
    req.requester_key = keys.public;
    let link = encode_request(&req).unwrap();
    let req = decode_request(&link).unwrap();
    let content = decode_content(
        &open_response(
            REQUESTER_JWK,
            &request(),
            &decode_response(GOLDEN_RESPONSE).unwrap(),
        )
        .await
        .unwrap(),
    )
    .unwrap();
    let sealed = seal_response(&req, &content).await.unwrap();
    assert_ne!(
        sealed.ephemeral_key,
        decode_response(GOLDEN_RESPONSE).unwrap().ephemeral_key
    );
    let back = decode_response(&encode_response(&sealed)).unwrap();
    let plain = open_response(&keys.private_jwk, &req, &back).await.unwrap();
    assert_eq!(decode_content(&plain).unwrap(), content);

    // The golden requester's key does not open a response sealed to the new key.
    assert_eq!(
        open_response(REQUESTER_JWK, &req, &back).await,
        Err(SupplyCryptoError::CannotOpen)
    );
    // A changed ciphertext byte (CRC recomputed by a forger) fails the tag.
    let mut forged = back.clone();
    forged.ciphertext[3] ^= 1;
    assert_eq!(
        open_response(&keys.private_jwk, &req, &forged).await,
        Err(SupplyCryptoError::CannotOpen)
    );
    // Not a key at all.
    assert_eq!(
        open_response("{}", &req, &back).await,
        Err(SupplyCryptoError::InvalidKey)
    );
}

#[wasm_bindgen_test]
async fn a_bulk_paste_is_opened_by_webcrypto_and_imported_by_the_register() {
    model();
    let mut reg = Register::default();
    reg.add_request(RequestEntry {
        request: request(),
        private_key: REQUESTER_JWK.into(),
        created_ms: 0,
        deleted: false,
        sent_to: String::new(),
        kind: None,
        tier: None,
    });
    let text = format!(
        "\n{}\n\n  {}  \n",
        response_fragment(GOLDEN_RESPONSE),
        response_fragment(GOLDEN_RESPONSE)
    );
    let mut opened = open_all(reg.to_open(&text)).await;
    let report = reg.import_text(model(), &text, 1_770_000_000_000, |_, s| {
        opened
            .get(s.ephemeral_key.as_bytes())
            .cloned()
            .unwrap_or(Err(SupplyError::CannotOpen))
    });
    opened.clear();
    let outcomes: Vec<_> = report
        .iter()
        .map(|r| r.result.as_ref().map(|i| i.outcome))
        .collect();
    assert_eq!(
        outcomes,
        [Ok(Outcome::NewPartner), Ok(Outcome::AlreadyImported)]
    );
}

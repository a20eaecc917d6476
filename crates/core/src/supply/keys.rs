//! The requester's private key as stored: a JWK (RFC 7517/7518) string.
//!
//! Why JWK and an extractable key: the private key must live in localStorage and travel in
//! backups, so WebCrypto's `generateKey` is called with `extractable: true` and the key is
//! exported with `exportKey('jwk')` (PKCS#8 would also do, but JWK is JSON like the rest of the
//! store, names its curve, and carries the public half, so a stored key can be checked against
//! its request without any cryptography). The string is otherwise opaque to the pure code:
//! only the edge turns it back into a `CryptoKey` (`importKey('jwk', …, ['deriveBits'])`).
//!
//! Anyone who reads the browser's storage or a backup file can open the responses: the view
//! says so, and that without the key the responses cannot be opened at all.

use serde::Deserialize;

use super::types::PublicKey;
use crate::share::base64url;

/// The JWK of a P-256 ECDH private key from its scalar `d` and public point, in the member
/// order WebCrypto's `exportKey('jwk')` uses. For tests and fixtures; the app stores what
/// WebCrypto exports.
pub fn private_jwk(d: &[u8; 32], public: &PublicKey) -> String {
    format!(
        r#"{{"crv":"P-256","d":"{}","ext":true,"key_ops":["deriveBits"],"kty":"EC","x":"{}","y":"{}"}}"#,
        base64url::encode(d),
        base64url::encode(public.x()),
        base64url::encode(public.y())
    )
}

#[derive(Deserialize)]
struct Jwk {
    kty: String,
    crv: String,
    x: String,
    y: String,
    d: Option<String>,
}

/// The public key a stored private JWK belongs to, if it is a P-256 EC private key: lets the
/// store check that a key restored from a backup matches its request.
pub fn jwk_public_key(jwk: &str) -> Option<PublicKey> {
    let k: Jwk = serde_json::from_str(jwk).ok()?;
    if k.kty != "EC" || k.crv != "P-256" || k.d.as_deref().map(base64url::decode)?.ok()?.len() != 32
    {
        return None;
    }
    let x = base64url::decode(&k.x).ok()?;
    let y = base64url::decode(&k.y).ok()?;
    if x.len() != 32 || y.len() != 32 {
        return None;
    }
    let mut point = vec![0x04];
    point.extend_from_slice(&x);
    point.extend_from_slice(&y);
    PublicKey::from_bytes(&point).ok()
}

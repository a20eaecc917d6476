//! EDGE: the supply-chain cryptography through the browser's WebCrypto — the requester's key
//! pair, sealing a response to it, opening it. The byte layouts, HKDF inputs and all decisions
//! are the pure module's (`shindan_core::supply`); this file only calls `crypto.subtle`.
//!
//! * Requester key: `generateKey({name: 'ECDH', namedCurve: 'P-256'}, extractable: true,
//!   ['deriveBits'])`. Extractable because the private key is kept in localStorage and in
//!   backups as the JWK `exportKey('jwk')` gives (see `shindan_core::supply::keys`); the public key
//!   travels in the request as `exportKey('raw')` (65 bytes).
//! * Sealing: a fresh non-extractable ephemeral ECDH key per response; `deriveBits(256)` with
//!   the requester's public key (imported raw: WebCrypto checks the point is on the curve);
//!   HKDF-SHA-256 with `hkdf_salt` / `hkdf_info` → AES-256-GCM key; a random 12-byte nonce from
//!   `getRandomValues`; the 82 header bytes as additional data; 128-bit tag.
//! * Opening: the stored JWK imported with `['deriveBits']`, the same schedule, `decrypt`.
//!   A wrong key and a changed ciphertext both fail the tag: [`SupplyCryptoError::CannotOpen`].

use std::collections::HashMap;

use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AesDerivedKeyParams, AesGcmParams, Crypto, CryptoKey, EcKeyGenParams, EcKeyImportParams,
    EcdhKeyDeriveParams, HkdfParams, SubtleCrypto,
};

use shindan_core::supply::{
    content_bytes, header, hkdf_info, hkdf_salt, PublicKey, Request, ResponseContent,
    SealedResponse, SupplyError, ToOpen, ID_LEN, NONCE_LEN, PUBLIC_KEY_LEN, TAG_LEN,
};

/// Why the browser could not make a key, seal or open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SupplyCryptoError {
    /// No WebCrypto here (very old browser, or not a secure context).
    Unavailable,
    /// A key WebCrypto refuses: a stored JWK that is not a P-256 private key, or a public key
    /// that is not a point on the curve.
    InvalidKey,
    /// The key does not open this response, or it was changed (the GCM tag fails).
    CannotOpen,
    /// WebCrypto refused for another reason.
    Failed,
}

impl std::fmt::Display for SupplyCryptoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SupplyCryptoError::Unavailable => write!(f, "WebCrypto is not available"),
            SupplyCryptoError::InvalidKey => write!(f, "the key is not a valid P-256 key"),
            SupplyCryptoError::CannotOpen => write!(f, "this key does not open the response"),
            SupplyCryptoError::Failed => write!(f, "the browser could not encrypt or decrypt"),
        }
    }
}

impl From<SupplyCryptoError> for SupplyError {
    fn from(e: SupplyCryptoError) -> SupplyError {
        match e {
            SupplyCryptoError::InvalidKey => SupplyError::InvalidKey,
            _ => SupplyError::CannotOpen,
        }
    }
}

type Result<T> = std::result::Result<T, SupplyCryptoError>;

fn crypto() -> Result<(Crypto, SubtleCrypto)> {
    let c = web_sys::window()
        .ok_or(SupplyCryptoError::Unavailable)?
        .crypto()
        .map_err(|_| SupplyCryptoError::Unavailable)?;
    let subtle = c.subtle();
    if subtle.is_undefined() || subtle.is_null() {
        return Err(SupplyCryptoError::Unavailable);
    }
    Ok((c, subtle))
}

/// `N` random bytes from `crypto.getRandomValues` (request ids, responder ids).
pub fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let (c, _) = crypto()?;
    let mut out = [0u8; N];
    c.get_random_values_with_u8_array(&mut out)
        .map_err(|_| SupplyCryptoError::Unavailable)?;
    Ok(out)
}

async fn wait(
    p: std::result::Result<js_sys::Promise, JsValue>,
    err: SupplyCryptoError,
) -> Result<JsValue> {
    JsFuture::from(p.map_err(|_| err)?).await.map_err(|_| err)
}

fn key_of(v: JsValue) -> Result<CryptoKey> {
    v.dyn_into::<CryptoKey>()
        .map_err(|_| SupplyCryptoError::Failed)
}

fn bytes_of(v: JsValue) -> Result<Vec<u8>> {
    let buf = v
        .dyn_into::<ArrayBuffer>()
        .map_err(|_| SupplyCryptoError::Failed)?;
    Ok(Uint8Array::new(&buf).to_vec())
}

fn usages(list: &[&str]) -> Array {
    list.iter().map(|s| JsValue::from_str(s)).collect()
}

fn ecdh_params() -> EcKeyImportParams {
    let p = EcKeyImportParams::new("ECDH");
    p.set_named_curve("P-256");
    p
}

async fn export_raw(subtle: &SubtleCrypto, key: &CryptoKey) -> Result<PublicKey> {
    let raw = bytes_of(wait(subtle.export_key("raw", key), SupplyCryptoError::Failed).await?)?;
    PublicKey::from_bytes(&raw).map_err(|_| SupplyCryptoError::Failed)
}

async fn import_public(subtle: &SubtleCrypto, key: &PublicKey) -> Result<CryptoKey> {
    let raw = Uint8Array::from(&key.as_bytes()[..]);
    key_of(
        wait(
            subtle.import_key_with_object("raw", &raw, &ecdh_params(), true, &usages(&[])),
            SupplyCryptoError::InvalidKey,
        )
        .await?,
    )
}

async fn import_private_jwk(subtle: &SubtleCrypto, jwk: &str) -> Result<CryptoKey> {
    let obj = JSON::parse(jwk)
        .ok()
        .and_then(|v| v.dyn_into::<Object>().ok())
        .ok_or(SupplyCryptoError::InvalidKey)?;
    key_of(
        wait(
            subtle.import_key_with_object(
                "jwk",
                &obj,
                &ecdh_params(),
                false,
                &usages(&["deriveBits"]),
            ),
            SupplyCryptoError::InvalidKey,
        )
        .await?,
    )
}

/// ECDH → HKDF-SHA-256 → a non-extractable AES-256-GCM key, exactly as
/// `shindan_core::supply::response` documents.
async fn aes_key(
    subtle: &SubtleCrypto,
    private: &CryptoKey,
    peer: &PublicKey,
    salt: &[u8; ID_LEN],
    info: &[u8],
) -> Result<CryptoKey> {
    let peer = import_public(subtle, peer).await?;
    let z = wait(
        subtle.derive_bits_with_object(&EcdhKeyDeriveParams::new("ECDH", &peer), private, 256),
        SupplyCryptoError::InvalidKey,
    )
    .await?;
    let z = Uint8Array::new(&z);
    let base = key_of(
        wait(
            subtle.import_key_with_str("raw", &z, "HKDF", false, &usages(&["deriveKey"])),
            SupplyCryptoError::Failed,
        )
        .await?,
    )?;
    let params = HkdfParams::new_with_str(
        "HKDF",
        "SHA-256",
        &Uint8Array::from(info),
        &Uint8Array::from(&salt[..]),
    );
    key_of(
        wait(
            subtle.derive_key_with_object_and_object(
                &params,
                &base,
                &AesDerivedKeyParams::new("AES-GCM", 256),
                false,
                &usages(&["encrypt", "decrypt"]),
            ),
            SupplyCryptoError::Failed,
        )
        .await?,
    )
}

fn gcm(nonce: &[u8; NONCE_LEN], aad: &[u8]) -> AesGcmParams {
    let p = AesGcmParams::new("AES-GCM", &Uint8Array::from(&nonce[..]));
    p.set_additional_data_u8_array(&Uint8Array::from(aad));
    p.set_tag_length((TAG_LEN * 8) as u8);
    p
}

/// A requester's new key pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestKeys {
    /// What the request link carries.
    pub public: PublicKey,
    /// What the register keeps (`RequestEntry::private_key`): the JWK text.
    pub private_jwk: String,
}

/// A fresh ECDH P-256 key pair (private, public); the private half exportable or not.
async fn ecdh_pair(subtle: &SubtleCrypto, extractable: bool) -> Result<(CryptoKey, CryptoKey)> {
    let pair = wait(
        subtle.generate_key_with_object(
            &EcKeyGenParams::new("ECDH", "P-256"),
            extractable,
            &usages(&["deriveBits"]),
        ),
        SupplyCryptoError::Failed,
    )
    .await?;
    let half = |name: &str| {
        key_of(
            Reflect::get(&pair, &JsValue::from_str(name)).map_err(|_| SupplyCryptoError::Failed)?,
        )
    };
    Ok((half("privateKey")?, half("publicKey")?))
}

/// Makes a requester's ECDH P-256 key pair (extractable, see the module docs).
pub async fn generate_request_key() -> Result<RequestKeys> {
    let (_, subtle) = crypto()?;
    let (private, public) = ecdh_pair(&subtle, true).await?;
    let jwk = wait(
        subtle.export_key("jwk", &private),
        SupplyCryptoError::Failed,
    )
    .await?;
    let private_jwk = JSON::stringify(&jwk)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or(SupplyCryptoError::Failed)?;
    Ok(RequestKeys {
        public: export_raw(&subtle, &public).await?,
        private_jwk,
    })
}

/// Seals a partner's response to the request's key with a fresh ephemeral key and nonce.
pub async fn seal_response(
    request: &Request,
    content: &ResponseContent,
) -> std::result::Result<SealedResponse, SupplyError> {
    let plain = content_bytes(content)?;
    let (c, subtle) = crypto()?;
    let (private, public) = ecdh_pair(&subtle, false).await?;
    let ephemeral = export_raw(&subtle, &public).await?;
    let mut nonce = [0u8; NONCE_LEN];
    c.get_random_values_with_u8_array(&mut nonce)
        .map_err(|_| SupplyCryptoError::Unavailable)?;
    Ok(seal_with_key(&subtle, request, &private, ephemeral, nonce, &plain).await?)
}

/// [`seal_response`] with a given ephemeral private key (JWK) and nonce, so the browser's
/// output can be compared byte for byte with the committed golden response. Never use it for
/// real responses: a reused ephemeral key and nonce break the encryption.
pub async fn seal_response_deterministic(
    request: &Request,
    ephemeral_jwk: &str,
    ephemeral_public: &PublicKey,
    nonce: [u8; NONCE_LEN],
    plaintext: &[u8],
) -> Result<SealedResponse> {
    let (_, subtle) = crypto()?;
    let private = import_private_jwk(&subtle, ephemeral_jwk).await?;
    seal_with_key(
        &subtle,
        request,
        &private,
        *ephemeral_public,
        nonce,
        plaintext,
    )
    .await
}

async fn seal_with_key(
    subtle: &SubtleCrypto,
    request: &Request,
    private: &CryptoKey,
    ephemeral: PublicKey,
    nonce: [u8; NONCE_LEN],
    plain: &[u8],
) -> Result<SealedResponse> {
    let key = aes_key(
        subtle,
        private,
        &request.requester_key,
        &hkdf_salt(&request.id),
        &hkdf_info(&request.requester_key, &ephemeral),
    )
    .await?;
    let aad = header(&request.id, &ephemeral);
    let ct = wait(
        subtle.encrypt_with_object_and_u8_array(&gcm(&nonce, &aad), &key, plain),
        SupplyCryptoError::Failed,
    )
    .await?;
    Ok(SealedResponse {
        request_id: request.id,
        ephemeral_key: ephemeral,
        nonce,
        ciphertext: bytes_of(ct)?,
    })
}

/// Opens a response with the request's stored private key (JWK): the plaintext for
/// `shindan_core::supply::decode_content`.
pub async fn open_response(
    private_jwk: &str,
    request: &Request,
    sealed: &SealedResponse,
) -> Result<Vec<u8>> {
    let (_, subtle) = crypto()?;
    let private = import_private_jwk(&subtle, private_jwk).await?;
    let key = aes_key(
        &subtle,
        &private,
        &sealed.ephemeral_key,
        &hkdf_salt(&sealed.request_id),
        &hkdf_info(&request.requester_key, &sealed.ephemeral_key),
    )
    .await?;
    let pt = wait(
        subtle.decrypt_with_object_and_u8_array(
            &gcm(&sealed.nonce, &sealed.aad()),
            &key,
            &sealed.ciphertext,
        ),
        SupplyCryptoError::CannotOpen,
    )
    .await?;
    bytes_of(pt)
}

/// Opens every pending response of a bulk import (`Register::to_open`), one after another;
/// the map is keyed by ephemeral key, which is what the `open` function given to
/// `Register::import_text` looks up:
/// `|_, s| opened.remove(s.ephemeral_key.as_bytes()).unwrap_or(Err(SupplyError::CannotOpen))`.
pub async fn open_all(
    pending: Vec<ToOpen>,
) -> HashMap<[u8; PUBLIC_KEY_LEN], std::result::Result<Vec<u8>, SupplyError>> {
    let mut out = HashMap::with_capacity(pending.len());
    for t in pending {
        let r = open_response(&t.private_key, &t.request, &t.response)
            .await
            .map_err(SupplyError::from);
        out.insert(*t.response.ephemeral_key.as_bytes(), r);
    }
    out
}

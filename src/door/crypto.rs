//! EDGE: sealing a share link with a passphrase through the browser's WebCrypto.
//!
//! Key: PBKDF2-HMAC-SHA-256 over the passphrase's UTF-8 bytes (as typed, not normalised), a
//! random 16-byte salt and [`PBKDF2_ITERATIONS`] (600,000) iterations → a non-extractable
//! AES-256-GCM key. Cipher: AES-256-GCM with a random 12-byte nonce, a 128-bit tag and the
//! link's version byte as additional data. Salt and nonce come from `crypto.getRandomValues`.
//! The framing of salt, nonce and ciphertext is the pure codec's (`shindan_core::share`).
//!
//! A wrong passphrase and a forged ciphertext both fail the GCM tag and are reported the same
//! way ([`CryptoError::WrongPassphrase`]): nothing else about the content is revealed.

use js_sys::{Array, ArrayBuffer, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, Crypto, CryptoKey, Pbkdf2Params, SubtleCrypto};

use shindan_core::share::{Sealed, NONCE_LEN, PBKDF2_ITERATIONS, SALT_LEN, TAG_LEN};

/// Why sealing or unsealing failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// No WebCrypto here (very old browser, or not a secure context).
    Unavailable,
    /// The passphrase does not open this link (or the ciphertext was forged).
    WrongPassphrase,
    /// WebCrypto refused for another reason.
    Failed,
}

impl std::fmt::Display for CryptoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CryptoError::Unavailable => write!(f, "WebCrypto is not available"),
            CryptoError::WrongPassphrase => write!(f, "wrong passphrase"),
            CryptoError::Failed => write!(f, "the browser could not encrypt or decrypt"),
        }
    }
}

fn crypto() -> Result<(Crypto, SubtleCrypto), CryptoError> {
    let c = web_sys::window()
        .ok_or(CryptoError::Unavailable)?
        .crypto()
        .map_err(|_| CryptoError::Unavailable)?;
    let subtle = c.subtle();
    if subtle.is_undefined() || subtle.is_null() {
        return Err(CryptoError::Unavailable);
    }
    Ok((c, subtle))
}

fn random<const N: usize>(c: &Crypto) -> Result<[u8; N], CryptoError> {
    let mut out = [0u8; N];
    c.get_random_values_with_u8_array(&mut out)
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(out)
}

async fn wait(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, CryptoError> {
    JsFuture::from(p.map_err(|_| CryptoError::Failed)?)
        .await
        .map_err(|_| CryptoError::Failed)
}

async fn derive_key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8; SALT_LEN],
) -> Result<CryptoKey, CryptoError> {
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = wait(subtle.import_key_with_str(
        "raw",
        &raw,
        "PBKDF2",
        false,
        &Array::of1(&JsValue::from_str("deriveKey")),
    ))
    .await?
    .dyn_into::<CryptoKey>()
    .map_err(|_| CryptoError::Failed)?;
    let params = Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        PBKDF2_ITERATIONS,
        &Uint8Array::from(&salt[..]),
    );
    let aes = AesDerivedKeyParams::new("AES-GCM", 256);
    wait(subtle.derive_key_with_object_and_object(
        &params,
        &base,
        &aes,
        false,
        &Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt")),
    ))
    .await?
    .dyn_into::<CryptoKey>()
    .map_err(|_| CryptoError::Failed)
}

fn gcm(nonce: &[u8; NONCE_LEN]) -> AesGcmParams {
    let p = AesGcmParams::new("AES-GCM", &Uint8Array::from(&nonce[..]));
    p.set_additional_data_u8_array(&Uint8Array::from(&Sealed::AAD[..]));
    p.set_tag_length((TAG_LEN * 8) as u8);
    p
}

fn bytes_of(v: JsValue) -> Result<Vec<u8>, CryptoError> {
    let buf = v
        .dyn_into::<ArrayBuffer>()
        .map_err(|_| CryptoError::Failed)?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// Encrypts the plain link bytes under `passphrase` with a fresh salt and nonce.
pub async fn seal(passphrase: &str, plain: &[u8]) -> Result<Sealed, CryptoError> {
    let (c, _) = crypto()?;
    let salt = random::<SALT_LEN>(&c)?;
    let nonce = random::<NONCE_LEN>(&c)?;
    seal_with(passphrase, plain, salt, nonce).await
}

/// [`seal`] with the caller's salt and nonce. Only for the browser test that pins a golden
/// sealed link (`tests/web.rs`): a real link must never reuse a salt and nonce, so the app
/// always calls [`seal`].
#[doc(hidden)]
pub async fn seal_with(
    passphrase: &str,
    plain: &[u8],
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
) -> Result<Sealed, CryptoError> {
    let (_, subtle) = crypto()?;
    let key = derive_key(&subtle, passphrase, &salt).await?;
    let ct = wait(subtle.encrypt_with_object_and_u8_array(&gcm(&nonce), &key, plain)).await?;
    Ok(Sealed {
        salt,
        nonce,
        ciphertext: bytes_of(ct)?,
    })
}

/// Decrypts a sealed link; a wrong passphrase (or any change to the ciphertext) fails the tag.
pub async fn unseal(passphrase: &str, sealed: &Sealed) -> Result<Vec<u8>, CryptoError> {
    let (_, subtle) = crypto()?;
    let key = derive_key(&subtle, passphrase, &sealed.salt).await?;
    let p = subtle
        .decrypt_with_object_and_u8_array(&gcm(&sealed.nonce), &key, &sealed.ciphertext)
        .map_err(|_| CryptoError::Failed)?;
    let pt = JsFuture::from(p)
        .await
        .map_err(|_| CryptoError::WrongPassphrase)?;
    bytes_of(pt)
}

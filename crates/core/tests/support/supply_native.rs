//! Native sealing and opening of supply-chain responses with RustCrypto (p256, hkdf, sha2,
//! aes-gcm): the same key schedule the browser runs through WebCrypto
//! (`shindan_core::supply::response`), so known answers can be pinned without a browser. Shared by
//! `tests/supply.rs` and the benchmark example through `#[path]`.
#![allow(dead_code)]

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use hkdf::Hkdf;
use p256::elliptic_curve::sec1::ToEncodedPoint;
use p256::{ecdh::diffie_hellman, PublicKey as P256Public, SecretKey};
use sha2::Sha256;
use shindan_core::supply::{
    hkdf_info, hkdf_salt, PublicKey, Request, SealedResponse, SupplyError, NONCE_LEN,
};

/// The public key of a private scalar (panics on an invalid scalar: test data only).
pub fn public_of(d: &[u8; 32]) -> PublicKey {
    let sk = SecretKey::from_bytes(d.into()).expect("valid scalar");
    let point = sk.public_key().to_encoded_point(false);
    PublicKey::from_bytes(point.as_bytes()).expect("uncompressed point")
}

fn aes_key(
    d: &[u8; 32],
    peer: &PublicKey,
    salt: &[u8],
    info: &[u8],
) -> Result<Aes256Gcm, SupplyError> {
    let sk = SecretKey::from_bytes(d.into()).map_err(|_| SupplyError::InvalidKey)?;
    let peer = P256Public::from_sec1_bytes(peer.as_bytes()).map_err(|_| SupplyError::InvalidKey)?;
    let z = diffie_hellman(sk.to_nonzero_scalar(), peer.as_affine());
    let mut okm = [0u8; 32];
    Hkdf::<Sha256>::new(Some(salt), z.raw_secret_bytes())
        .expand(info, &mut okm)
        .map_err(|_| SupplyError::InvalidKey)?;
    Aes256Gcm::new_from_slice(&okm).map_err(|_| SupplyError::InvalidKey)
}

/// Seals `plain` to the request's key with a given ephemeral scalar and nonce.
pub fn seal(
    request: &Request,
    ephemeral_d: &[u8; 32],
    nonce: [u8; NONCE_LEN],
    plain: &[u8],
) -> SealedResponse {
    let eph = public_of(ephemeral_d);
    let cipher = aes_key(
        ephemeral_d,
        &request.requester_key,
        &hkdf_salt(&request.id),
        &hkdf_info(&request.requester_key, &eph),
    )
    .expect("requester key on the curve");
    let mut sealed = SealedResponse {
        request_id: request.id,
        ephemeral_key: eph,
        nonce,
        ciphertext: Vec::new(),
    };
    sealed.ciphertext = cipher
        .encrypt(
            &Nonce::from(nonce),
            Payload {
                msg: plain,
                aad: &sealed.aad(),
            },
        )
        .expect("encrypts");
    sealed
}

/// Opens a response with the requester's private scalar: `CannotOpen` when the tag fails,
/// `InvalidKey` when the ephemeral key is not a curve point.
pub fn open(
    requester_d: &[u8; 32],
    request: &Request,
    sealed: &SealedResponse,
) -> Result<Vec<u8>, SupplyError> {
    let cipher = aes_key(
        requester_d,
        &sealed.ephemeral_key,
        &hkdf_salt(&sealed.request_id),
        &hkdf_info(&request.requester_key, &sealed.ephemeral_key),
    )?;
    cipher
        .decrypt(
            &Nonce::from(sealed.nonce),
            Payload {
                msg: &sealed.ciphertext,
                aad: &sealed.aad(),
            },
        )
        .map_err(|_| SupplyError::CannotOpen)
}

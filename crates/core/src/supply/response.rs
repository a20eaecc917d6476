//! The response link (`#/reply/<payload>`): a partner's answers sealed to the requester's key,
//! and the exact key schedule both sides run.
//!
//! ```text
//! response, version 1, before base64url:
//!   u8      version = 1                       ┐
//!   16      request id                        │ header = AES-GCM additional data (82 bytes)
//!   65      ephemeral public key 0x04|X|Y     ┘ a fresh P-256 key per response
//!   12      nonce                             random per response
//!   n + 16  AES-256-GCM ciphertext of the content below, with its 128-bit tag
//!   u32     CRC-32 of all bytes before it     (big-endian)
//!
//! content (the plaintext), version 1:
//!   u8      content version = 1
//!   16      responder id                      random, kept by the partner's browser and
//!                                             reused in every response (see the register)
//!   varint  responded at                      ms since 1970-01-01T00:00Z (minimal LEB128)
//!   text    responder organisation            1–100 characters, one line
//!   ...     the answers: the share codec's plain version-1 bytes, CRC included
//!           (`crate::share::encode(..).bytes`) — one format for answers everywhere
//!
//! content, version 2 (only in answer to a request asking for SCS readiness): version 1's
//! fields with, between the organisation and the answers,
//!   varint  n                                 length of the scs section
//!   n       the scs section of `super::scs`   "not assessed", or per-category counts, the
//!                                             edition, notes only if ticked
//! (length-prefixed so the register can keep the section without decoding it: the store that
//! imports runs on the first screen, which must not carry the section's decoder)
//!
//! key schedule:
//!   Z    = ECDH(ephemeral private, requester public)   32 bytes, the shared point's X
//!          (WebCrypto deriveBits(…, 256))
//!   salt = request id                                   16 bytes
//!   info = "shindan/supply/response/v1"                 26 ASCII bytes
//!          | requester public key                       65 bytes
//!          | ephemeral public key                       65 bytes   (156 bytes in all)
//!   key  = HKDF-SHA-256(ikm = Z, salt, info), 32 bytes → AES-256-GCM
//!   AAD  = the 82 header bytes
//! ```
//!
//! The CRC tells a damaged link from a wrong key before any cryptography runs; the GCM tag
//! is what protects the content: a changed byte anywhere fails one or the other. The request id
//! is bound three times (header, AAD, HKDF salt), both public keys through HKDF info, so a
//! response cannot be replayed against another request or re-targeted to another key.
//!
//! This module frames and parses bytes and builds the HKDF inputs; the cryptography runs in
//! the browser through WebCrypto (`crate::supply_crypto`) and, for the known-answer tests,
//! natively through RustCrypto (`tests/supply.rs`).

use super::error::{Field, SupplyError};
use super::request::ORGANISATION;
use super::scs::{decode_scs_section, scs_section_bytes, ScsReply};
use super::types::{PublicKey, RequestId, ResponderId, ID_LEN, PUBLIC_KEY_LEN};
use super::wire::{check_crc, put_text, put_varint, with_crc, Reader, TextRule};
use crate::share::{self, base64url};

/// Version byte of a response link.
pub const RESPONSE_FORMAT: u8 = 1;
/// Newest version byte of the sealed content (with an SCS section).
pub const CONTENT_FORMAT: u8 = 2;
/// The version byte of content without an SCS section (the request asked for none).
const CONTENT_FORMAT_PLAIN: u8 = 1;
/// What precedes a response payload in the fragment.
pub const RESPONSE_ROUTE: &str = "#/reply/";
/// Longest response payload the decoder looks at (characters).
pub const MAX_RESPONSE_CHARS: usize = 6_000;
/// AES-GCM nonce length.
pub const NONCE_LEN: usize = 12;
/// AES-GCM tag length.
pub const TAG_LEN: usize = 16;
/// Header length: version, request id, ephemeral key (the additional data).
pub const HEADER_LEN: usize = 1 + ID_LEN + PUBLIC_KEY_LEN;
/// The HKDF info label.
pub const HKDF_LABEL: &[u8; 26] = b"shindan/supply/response/v1";

const RESPONDER: TextRule = TextRule {
    field: Field::Responder,
    ..ORGANISATION
};

/// A response as it travels: the header in the clear, the content sealed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedResponse {
    /// The request it answers.
    pub request_id: RequestId,
    /// The responder's one-time public key.
    pub ephemeral_key: PublicKey,
    /// The AES-GCM nonce.
    pub nonce: [u8; NONCE_LEN],
    /// Ciphertext with the 16-byte tag at the end.
    pub ciphertext: Vec<u8>,
}

impl SealedResponse {
    /// The header bytes: the AES-GCM additional data.
    pub fn aad(&self) -> [u8; HEADER_LEN] {
        header(&self.request_id, &self.ephemeral_key)
    }
}

/// The header (additional data) for a request id and an ephemeral key.
pub fn header(request_id: &RequestId, ephemeral_key: &PublicKey) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[0] = RESPONSE_FORMAT;
    h[1..1 + ID_LEN].copy_from_slice(&request_id.0);
    h[1 + ID_LEN..].copy_from_slice(ephemeral_key.as_bytes());
    h
}

/// The HKDF salt: the request id.
pub fn hkdf_salt(request_id: &RequestId) -> [u8; ID_LEN] {
    request_id.0
}

/// The HKDF info: label, requester's key, ephemeral key (156 bytes).
pub fn hkdf_info(requester_key: &PublicKey, ephemeral_key: &PublicKey) -> Vec<u8> {
    let mut info = Vec::with_capacity(HKDF_LABEL.len() + 2 * PUBLIC_KEY_LEN);
    info.extend_from_slice(HKDF_LABEL);
    info.extend_from_slice(requester_key.as_bytes());
    info.extend_from_slice(ephemeral_key.as_bytes());
    info
}

/// Frames a sealed response as its link payload (the part after `#/reply/`).
pub fn encode_response(r: &SealedResponse) -> String {
    base64url::encode(&response_bytes(r))
}

/// The response's bytes (checksum included): what a response file holds as its link.
pub fn response_bytes(r: &SealedResponse) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + NONCE_LEN + r.ciphertext.len() + 4);
    out.extend_from_slice(&r.aad());
    out.extend_from_slice(&r.nonce);
    out.extend_from_slice(&r.ciphertext);
    with_crc(out)
}

/// Shortest content: version, responder id, time, a one-byte name, the share codec's minimum.
const MIN_CONTENT: usize = 1 + ID_LEN + 1 + 2 + 7;

/// Reads a response payload (the part after `#/reply/`). Only the framing and checksum are
/// checked; the key and tag are checked when the content is opened.
pub fn decode_response(payload: &str) -> Result<SealedResponse, SupplyError> {
    if payload.is_empty() {
        return Err(SupplyError::Empty);
    }
    if payload.len() > MAX_RESPONSE_CHARS {
        return Err(SupplyError::TooLong {
            len: payload.len(),
            max: MAX_RESPONSE_CHARS,
        });
    }
    let bytes = base64url::decode(payload).map_err(|_| SupplyError::NotBase64)?;
    decode_response_bytes(&bytes)
}

/// Reads response bytes (checksum included).
pub fn decode_response_bytes(bytes: &[u8]) -> Result<SealedResponse, SupplyError> {
    let body = check_crc(bytes, 1 + 4)?;
    if body[0] > RESPONSE_FORMAT {
        return Err(SupplyError::NewerVersion(body[0]));
    }
    if body[0] != RESPONSE_FORMAT {
        return Err(SupplyError::Malformed("unknown version"));
    }
    let mut r = Reader::new(body, 1);
    let request_id = RequestId(r.array::<ID_LEN>()?);
    let ephemeral_key = PublicKey::from_bytes(r.take(PUBLIC_KEY_LEN)?)?;
    let nonce = r.array::<NONCE_LEN>()?;
    let ciphertext = r.rest().to_vec();
    if ciphertext.len() < TAG_LEN + MIN_CONTENT {
        return Err(SupplyError::Malformed("sealed content too short"));
    }
    Ok(SealedResponse {
        request_id,
        ephemeral_key,
        nonce,
        ciphertext,
    })
}

/// What a partner sends back, once opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseContent {
    /// The partner's stable id (its browser's choice).
    pub responder: ResponderId,
    /// When the partner made the response (its clock), ms since the Unix epoch.
    pub responded_at_ms: u64,
    /// The partner's organisation name (untrusted text).
    pub organisation: String,
    /// The share codec's plain version-1 bytes of the answers, CRC included.
    pub answers: Vec<u8>,
    /// The SCS readiness, when the request asked for it (content version 2).
    pub scs: Option<ScsReply>,
}

/// The plaintext to seal.
pub fn content_bytes(c: &ResponseContent) -> Result<Vec<u8>, SupplyError> {
    super::wire::check_text(&c.organisation, RESPONDER)?;
    if c.answers.first() != Some(&share::FORMAT_PLAIN) {
        return Err(SupplyError::Malformed(
            "answers are not a plain share payload",
        ));
    }
    let mut out = vec![if c.scs.is_some() {
        CONTENT_FORMAT
    } else {
        CONTENT_FORMAT_PLAIN
    }];
    out.extend_from_slice(&c.responder.0);
    put_varint(&mut out, c.responded_at_ms);
    put_text(&mut out, &c.organisation);
    if let Some(scs) = &c.scs {
        let section = scs_section_bytes(scs)?;
        put_varint(&mut out, section.len() as u64);
        out.extend_from_slice(&section);
    }
    out.extend_from_slice(&c.answers);
    Ok(out)
}

/// Reads opened plaintext, the SCS readiness decoded and checked. The answers are checked for
/// the share codec's version and checksum here; decoding them against the model is the
/// import's job.
pub fn decode_content(bytes: &[u8]) -> Result<ResponseContent, SupplyError> {
    let (mut c, scs) = decode_content_kept(bytes)?;
    c.scs = scs.as_deref().map(decode_scs_section).transpose()?;
    Ok(c)
}

/// Reads opened plaintext with its scs section (content version 2) left as bytes, as the
/// register keeps it: `content.scs` is `None`. The section is checked with [`decode_content`]
/// before the import (the partners page), and decoded again wherever it is shown.
pub fn decode_content_kept(
    bytes: &[u8],
) -> Result<(ResponseContent, Option<Vec<u8>>), SupplyError> {
    let mut r = Reader::new(bytes, 0);
    let version = match r.byte()? {
        v @ (CONTENT_FORMAT | CONTENT_FORMAT_PLAIN) => v,
        v if v > CONTENT_FORMAT => return Err(SupplyError::NewerVersion(v)),
        _ => return Err(SupplyError::Malformed("unknown content version")),
    };
    let responder = ResponderId(r.array::<ID_LEN>()?);
    let responded_at_ms = r.varint()?;
    let organisation = r.text(RESPONDER)?;
    let scs = if version == CONTENT_FORMAT {
        let len = usize::try_from(r.varint()?)
            .map_err(|_| SupplyError::Malformed("SCS section length"))?;
        Some(r.take(len)?.to_vec())
    } else {
        None
    };
    let answers = r.rest().to_vec();
    if answers.first() != Some(&share::FORMAT_PLAIN) {
        return Err(SupplyError::Malformed(
            "answers are not a plain share payload",
        ));
    }
    // The share codec's own CRC over its bytes.
    check_crc(&answers, 1 + 4)?;
    Ok((
        ResponseContent {
            responder,
            responded_at_ms,
            organisation,
            answers,
            scs: None,
        },
        scs,
    ))
}

/// What the partners page does with each opened response before handing it to the store:
/// content that does not read in full (its SCS readiness included) becomes its error, so the
/// import refuses it with the typed error and keeps nothing of it.
pub fn check_opened(opened: Result<Vec<u8>, SupplyError>) -> Result<Vec<u8>, SupplyError> {
    let plain = opened?;
    decode_content(&plain)?;
    Ok(plain)
}

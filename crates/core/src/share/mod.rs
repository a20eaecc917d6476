//! PURE: the share-link codec. A result travels in the URL fragment (`#/r/<payload>`), which
//! browsers never send to a server: compact (a complete assessment is under 60 characters),
//! versioned, checksummed and canonical. See [`codec`] for the byte layout.
//!
//! This module encodes and decodes bytes only. Sealing with a passphrase (PBKDF2-SHA-256 →
//! AES-256-GCM) happens at the edge in `crate::crypto` through the browser's WebCrypto; this
//! module frames its output ([`seal_payload`], [`Opened::Sealed`]). The QR code's module matrix
//! comes from [`qr`].
//!
//! Imports no yew / web_sys / gloo / wasm_bindgen. Never panics on any input.

pub mod base64url;
pub mod bigint;
pub mod codec;
pub mod crc32;
pub mod error;
pub mod qr;

pub use codec::{
    decode_bytes, decode_bytes_with, encode, encode_with, flag, open, open_with, seal_payload,
    shareable_part, Decoded, Encoded, Opened, Sealed, ShareOptions, EXEC_KINDS, FORMAT_PLAIN,
    FORMAT_SEALED, MAX_PAYLOAD_CHARS, MAX_PLAIN_CHARS, NONCE_LEN, ROUTE_PREFIX, SALT_LEN,
    SME_KINDS, TAG_LEN,
};
pub use error::{EncodeError, ShareError};

/// PBKDF2-HMAC-SHA-256 iterations for sealed links (OWASP's 2023 figure). Fixed by the format
/// version, so a link cannot ask a recipient's browser for an unbounded amount of work.
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// Longest whole link (address + fragment) the app offers; longer ones (long notes) should
/// travel as a backup file instead. Chat apps and QR codes cope with this much.
pub const MAX_LINK_CHARS: usize = 1_900;

/// The fragment for a payload: `#/r/<payload>`.
pub fn fragment(payload: &str) -> String {
    format!("{ROUTE_PREFIX}{payload}")
}

//! The request link (`#/ask/<payload>`): who asks, why, for what, by when, and the public key
//! the answers are to be sealed to.
//!
//! ```text
//! request, version 1, before base64url:
//!   u8      version = 1
//!   16      request id                      random, chosen by the requester's browser
//!   65      requester's public key          ECDH P-256, uncompressed SEC1 point 0x04|X|Y
//!                                           (WebCrypto exportKey('raw'))
//!   u8      scope                           1 SME (5か条 + 25-item 自社診断),
//!                                           2 executive (付録A-1/A-2), 3 both
//!   varint  due date                        0 = none, else days since 1970-01-01 + 1
//!   text    organisation                    1–100 characters, one line
//!   text    contact                         0–200 characters, one line
//!   text    reason                          1–500 characters, newlines allowed (required)
//!   text    message                         0–1000 characters, newlines allowed
//!   u32     CRC-32 of all bytes before it   (big-endian)
//!
//! request, version 2: version 1's fields, then before the CRC
//!   u8      SCS level asked                 3 ★3 readiness, 4 ★4 (and ★3) readiness
//! A request that asks for no SCS readiness is written as version 1, so links made before
//! (and an older build reading a link that asks nothing new) read as they always did.
//! varint = minimal LEB128; text = varint (byte_len << 1 | utf16), then UTF-8 bytes, or
//! UTF-16BE when that is shorter (the share codec's rule)
//! ```
//!
//! Every text is untrusted: besides the lengths above, no control character (other than `\n`
//! in the reason and message) and no bidirectional override is accepted, by the encoder as by
//! the decoder. The view renders them as text only, never as markup. The key's length and
//! prefix are checked here; whether it is a point on the curve is checked when the partner's
//! WebCrypto imports it to seal the response (`importKey` rejects it).
//!
//! Decoding is canonical: `encode_request(decode_request(x)) == x` for every accepted `x`.

use super::error::{Field, SupplyError};
use super::scs::ScsLevel;
use super::types::{Day, PublicKey, RequestId, Scope, ID_LEN, PUBLIC_KEY_LEN};
use super::wire::{check_crc, check_text, put_text, put_varint, with_crc, Reader, TextRule};
use crate::share::base64url;

/// Newest version byte of a request link (a request asking for SCS readiness).
pub const REQUEST_FORMAT: u8 = 2;
/// The version byte of a request that asks for no SCS readiness.
const REQUEST_FORMAT_PLAIN: u8 = 1;
/// What precedes a request payload in the fragment.
pub const REQUEST_ROUTE: &str = "#/ask/";
/// Longest request payload the decoder looks at (characters); longer is refused unread.
pub const MAX_REQUEST_CHARS: usize = 10_000;

/// The organisation field's rule.
pub(crate) const ORGANISATION: TextRule = TextRule {
    field: Field::Organisation,
    max_chars: 100,
    required: true,
    multiline: false,
};
const CONTACT: TextRule = TextRule {
    field: Field::Contact,
    max_chars: 200,
    required: false,
    multiline: false,
};
const REASON: TextRule = TextRule {
    field: Field::Reason,
    max_chars: 500,
    required: true,
    multiline: true,
};
const MESSAGE: TextRule = TextRule {
    field: Field::Message,
    max_chars: 1_000,
    required: false,
    multiline: true,
};

/// The limits of each request text (for the form's `maxlength`): organisation, contact,
/// reason, message.
pub const REQUEST_TEXT_LIMITS: [(Field, usize); 4] = [
    (Field::Organisation, ORGANISATION.max_chars),
    (Field::Contact, CONTACT.max_chars),
    (Field::Reason, REASON.max_chars),
    (Field::Message, MESSAGE.max_chars),
];

/// Shortest request: version, id, key, scope, due, four empty texts, CRC (capacity hint).
const MIN_REQUEST: usize = 1 + ID_LEN + PUBLIC_KEY_LEN + 1 + 1 + 4 + 4;

/// A request for a partner's self-assessment.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    /// Random, chosen by the requester's browser; binds every response to this request.
    pub id: RequestId,
    /// The key responses are sealed to; its private half stays in the requester's browser.
    pub requester_key: PublicKey,
    /// What to fill in.
    pub scope: Scope,
    /// By when (the requester's calendar day), if set.
    pub due: Option<Day>,
    /// The requester's organisation (required).
    pub organisation: String,
    /// Who to contact with questions.
    pub contact: String,
    /// Why the requester asks (required; shown first to the partner).
    pub reason: String,
    /// A message to the partner.
    pub message: String,
    /// The SCS readiness asked for, if any (request version 2). Kept as the stars (3 or 4), through
    /// the `Option<u8>` code the register already has for tiers: the first screen reads the
    /// register, and a serde enum of its own would add to it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "level_out",
        deserialize_with = "level_in"
    )]
    pub scs: Option<ScsLevel>,
}

fn level_out<S: serde::Serializer>(l: &Option<ScsLevel>, s: S) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&l.map(ScsLevel::byte), s)
}

fn level_in<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<ScsLevel>, D::Error> {
    let b: Option<u8> = serde::Deserialize::deserialize(d)?;
    b.map(|b| ScsLevel::from_byte(b).map_err(|_| serde::de::Error::custom("SCS level 3 or 4")))
        .transpose()
}

impl Request {
    /// Checks every field against the format's rules (what the form should call before
    /// offering the link).
    pub fn validate(&self) -> Result<(), SupplyError> {
        check_text(&self.organisation, ORGANISATION)?;
        check_text(&self.contact, CONTACT)?;
        check_text(&self.reason, REASON)?;
        check_text(&self.message, MESSAGE)?;
        Ok(())
    }
}

/// The request's bytes (checksum included).
pub fn request_bytes(r: &Request) -> Result<Vec<u8>, SupplyError> {
    r.validate()?;
    let mut out = Vec::with_capacity(MIN_REQUEST + r.reason.len() + r.message.len() + 64);
    out.push(if r.scs.is_some() {
        REQUEST_FORMAT
    } else {
        REQUEST_FORMAT_PLAIN
    });
    out.extend_from_slice(&r.id.0);
    out.extend_from_slice(r.requester_key.as_bytes());
    out.push(r.scope.byte());
    put_varint(&mut out, r.due.map_or(0, |d| u64::from(d.days()) + 1));
    put_text(&mut out, &r.organisation);
    put_text(&mut out, &r.contact);
    put_text(&mut out, &r.reason);
    put_text(&mut out, &r.message);
    if let Some(level) = r.scs {
        out.push(level.byte());
    }
    Ok(with_crc(out))
}

/// The request's link payload (the part after `#/ask/`).
pub fn encode_request(r: &Request) -> Result<String, SupplyError> {
    Ok(base64url::encode(&request_bytes(r)?))
}

/// Reads a request payload (the part after `#/ask/`).
pub fn decode_request(payload: &str) -> Result<Request, SupplyError> {
    if payload.is_empty() {
        return Err(SupplyError::Empty);
    }
    if payload.len() > MAX_REQUEST_CHARS {
        return Err(SupplyError::TooLong {
            len: payload.len(),
            max: MAX_REQUEST_CHARS,
        });
    }
    let bytes = base64url::decode(payload).map_err(|_| SupplyError::NotBase64)?;
    decode_request_bytes(&bytes)
}

/// Reads request bytes (checksum included).
pub fn decode_request_bytes(bytes: &[u8]) -> Result<Request, SupplyError> {
    // A newer version may be shorter than ours: tell "newer" from "cut" only once the CRC
    // says the bytes are whole.
    let body = check_crc(bytes, 1 + 4)?;
    if body[0] > REQUEST_FORMAT {
        return Err(SupplyError::NewerVersion(body[0]));
    }
    let version = body[0];
    if version != REQUEST_FORMAT && version != REQUEST_FORMAT_PLAIN {
        return Err(SupplyError::Malformed("unknown version"));
    }
    let mut r = Reader::new(body, 1);
    let id = RequestId(r.array::<ID_LEN>()?);
    let requester_key = PublicKey::from_bytes(r.take(PUBLIC_KEY_LEN)?)?;
    let scope = Scope::from_byte(r.byte()?)?;
    let due = match r.varint()? {
        0 => None,
        n => Some(
            u32::try_from(n - 1)
                .ok()
                .and_then(Day::from_days)
                .ok_or(SupplyError::InvalidDate)?,
        ),
    };
    let organisation = r.text(ORGANISATION)?;
    let contact = r.text(CONTACT)?;
    let reason = r.text(REASON)?;
    let message = r.text(MESSAGE)?;
    let scs = if version == REQUEST_FORMAT {
        Some(ScsLevel::from_byte(r.byte()?)?)
    } else {
        None
    };
    r.done()?;
    Ok(Request {
        id,
        requester_key,
        scope,
        due,
        organisation,
        contact,
        reason,
        message,
        scs,
    })
}

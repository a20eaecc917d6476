//! The link format, version 1 (plain) and 2 (sealed with a passphrase).
//!
//! ```text
//! plain (version 1), before base64url:
//!   u8      version = 1
//!   varint  model_rev                      (LEB128, minimal; 1 byte below 128)
//!   varint  flags                          bit 0 A-1, 1 A-2, 2 self-check, 3 5 articles,
//!                                          4 7 actions, 5 maturity tiers, 6 policy flags,
//!                                          7 name + date, 8 notes (1 byte unless 7 or 8 is set)
//!   bytes   answers                        one mixed-radix integer, big-endian, in the fewest
//!                                          bytes that hold every value of the present sections
//!   [text name, text date]                 if flag 7
//!   [varint n, n × (varint direction index, text note)]   if flag 8, indices increasing
//!   u32     CRC-32 of all bytes before it  (big-endian)
//! text = varint (byte_len << 1 | utf16), then UTF-8 bytes, or UTF-16BE when that is shorter
//!
//! sealed (version 2):
//!   u8 version = 2 | 16 salt | 12 nonce | AES-256-GCM(plain version-1 bytes) with its
//!   16-byte tag, additional data = the version byte | u32 CRC-32 of all bytes before it
//! ```
//!
//! Digits of the answer integer, in layout order (`Model::answerable(rev)`): each A-1, A-2 and
//! 7-action item in base 6 (unanswered, 実施している, 一部, 実施していない, わからない,
//! 該当しない), each self-check item in base 5 (the SME scale has no 該当しない), each article in
//! base 4 (unset, done, committed, not yet), each 指示 twice in base 6 (current, target: unset or
//! 0–4), then the two policy flags in base 2. A section is present only when one of its values
//! is set, so a partial assessment is shorter.
//!
//! Every version ends with the CRC-32 of the bytes before it, so damage is told apart from a
//! version this build does not know. The encoding is canonical: the decoder accepts exactly
//! what the encoder writes (minimal varints, no empty section, no value past the radix
//! product, the shorter text encoding), so `encode(decode(x)) == x` for every accepted `x`.
//!
//! Never carried: the assessor, the basic-policy text (representative, date, sections);
//! the name, date and notes only on request.

use std::collections::BTreeMap;

use super::error::{EncodeError, ShareError};
use super::{base64url, bigint, crc32::crc32};
use crate::assessment::{ArticleStatus, Assessment, TierPair, MAX_SHORT, MAX_TEXT};
use crate::model::{AnswerKind, AnswerLayout, Id, Model};

/// Version byte of a plain link.
pub const FORMAT_PLAIN: u8 = 1;
/// Version byte of a passphrase-sealed link.
pub const FORMAT_SEALED: u8 = 2;
/// What precedes the payload in the fragment.
pub const ROUTE_PREFIX: &str = "#/r/";
/// Longest payload the decoder looks at (characters); anything longer is refused unread.
pub const MAX_PAYLOAD_CHARS: usize = 2_048;
/// Longest plain payload the encoder writes, leaving room for sealing and the page address.
pub const MAX_PLAIN_CHARS: usize = 1_800;
/// Salt length of a sealed link (bytes).
pub const SALT_LEN: usize = 16;
/// AES-GCM nonce length (bytes).
pub const NONCE_LEN: usize = 12;
/// AES-GCM tag length (bytes).
pub const TAG_LEN: usize = 16;
const CRC_LEN: usize = 4;
/// Shortest plain payload: version, rev, flags, CRC.
const MIN_PLAIN: usize = 1 + 1 + 1 + CRC_LEN;

/// Section flags (see the module docs).
pub mod flag {
    pub const A1: u32 = 1 << 0;
    pub const A2: u32 = 1 << 1;
    pub const SELF_CHECK: u32 = 1 << 2;
    pub const ARTICLES: u32 = 1 << 3;
    pub const ACTIONS: u32 = 1 << 4;
    pub const TIERS: u32 = 1 << 5;
    pub const POLICY: u32 = 1 << 6;
    pub const META: u32 = 1 << 7;
    pub const NOTES: u32 = 1 << 8;
    pub const ALL: u32 = (1 << 9) - 1;
}

/// What the sender chose to include beyond the answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ShareOptions {
    /// The organisation name and the assessment date.
    pub include_name: bool,
    /// The free-text notes per 指示.
    pub include_notes: bool,
}

/// A link payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Encoded {
    /// The plain (version 1) bytes, checksum included; what a passphrase seals.
    pub bytes: Vec<u8>,
    /// base64url of `bytes`.
    pub payload: String,
    /// Values the format cannot carry and that were left out (IDs the layout does not know,
    /// answers outside an item's scale). Always 0 for assessments made in the app.
    pub omitted: usize,
}

/// A plain link read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The shared answers (IDs of revision `assessment.model_rev`).
    pub assessment: Assessment,
    /// The flags that were set (which sections, name, notes).
    pub flags: u32,
}

/// A sealed link before its passphrase is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub salt: [u8; SALT_LEN],
    pub nonce: [u8; NONCE_LEN],
    /// Ciphertext with the GCM tag at the end.
    pub ciphertext: Vec<u8>,
}

impl Sealed {
    /// The additional authenticated data the GCM tag covers.
    pub const AAD: [u8; 1] = [FORMAT_SEALED];
}

/// What a link holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    Plain(Box<Decoded>),
    Sealed(Sealed),
}

// ------------------------------------------------------------------ value codes

const EXEC_CODES: [AnswerKind; 5] = [
    AnswerKind::Implemented,
    AnswerKind::Partial,
    AnswerKind::NotImplemented,
    AnswerKind::DontKnow,
    AnswerKind::NotApplicable,
];
/// The official SME scale: no 該当しない.
const SME_CODES: [AnswerKind; 4] = [
    AnswerKind::Implemented,
    AnswerKind::Partial,
    AnswerKind::NotImplemented,
    AnswerKind::DontKnow,
];
const ARTICLE_CODES: [ArticleStatus; 3] = [
    ArticleStatus::Done,
    ArticleStatus::Committed,
    ArticleStatus::NotYet,
];
/// Maturity 0–4.
const TIER_LEVELS: u8 = 5;

/// The answer kinds of the executive scale, in code order (code = index + 1; 0 = unanswered).
pub const EXEC_KINDS: &[AnswerKind] = &EXEC_CODES;
/// The answer kinds of the SME scale, in code order.
pub const SME_KINDS: &[AnswerKind] = &SME_CODES;

fn code_of<T: PartialEq>(codes: &[T], v: &T) -> Option<u8> {
    codes.iter().position(|c| c == v).map(|i| i as u8 + 1)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Exec,
    Sme,
    Article,
    Tier,
    Policy,
}

/// The answer sections in digit order: flag, IDs, kind.
fn sections(layout: &AnswerLayout) -> [(u32, &[Id], Kind); 7] {
    [
        (flag::A1, &layout.a1, Kind::Exec),
        (flag::A2, &layout.a2, Kind::Exec),
        (flag::SELF_CHECK, &layout.self_check, Kind::Sme),
        (flag::ARTICLES, &layout.articles, Kind::Article),
        (flag::ACTIONS, &layout.actions, Kind::Exec),
        (flag::TIERS, &layout.directions, Kind::Tier),
        (flag::POLICY, &[], Kind::Policy),
    ]
}

fn section_radices(ids: &[Id], kind: Kind) -> Vec<u8> {
    match kind {
        Kind::Exec => vec![EXEC_CODES.len() as u8 + 1; ids.len()],
        Kind::Sme => vec![SME_CODES.len() as u8 + 1; ids.len()],
        Kind::Article => vec![ARTICLE_CODES.len() as u8 + 1; ids.len()],
        Kind::Tier => vec![TIER_LEVELS + 1; ids.len() * 2],
        Kind::Policy => vec![2, 2],
    }
}

fn section_digits(ids: &[Id], kind: Kind, a: &Assessment) -> Vec<u8> {
    match kind {
        Kind::Exec | Kind::Sme => {
            let codes: &[AnswerKind] = if kind == Kind::Exec {
                &EXEC_CODES
            } else {
                &SME_CODES
            };
            ids.iter()
                .map(|id| {
                    a.answers
                        .get(id)
                        .and_then(|k| code_of(codes, k))
                        .unwrap_or(0)
                })
                .collect()
        }
        Kind::Article => ids
            .iter()
            .map(|id| {
                a.articles
                    .get(id)
                    .and_then(|s| code_of(&ARTICLE_CODES, s))
                    .unwrap_or(0)
            })
            .collect(),
        Kind::Tier => ids
            .iter()
            .flat_map(|id| {
                let p = a.tiers.get(id).copied().unwrap_or_default();
                let d = |v: Option<u8>| v.filter(|&x| x < TIER_LEVELS).map_or(0, |x| x + 1);
                [d(p.current), d(p.target)]
            })
            .collect(),
        Kind::Policy => vec![u8::from(a.policy.established), u8::from(a.policy.published)],
    }
}

/// How many values of `a` the layout cannot carry (unknown IDs, off-scale answers).
fn count_omitted(layout: &AnswerLayout, a: &Assessment, opts: &ShareOptions) -> usize {
    let known = |list: &[Id], id: &Id| list.contains(id);
    let mut n = 0;
    for (id, kind) in &a.answers {
        let ok = if known(&layout.a1, id) || known(&layout.a2, id) || known(&layout.actions, id) {
            true
        } else if known(&layout.self_check, id) {
            SME_CODES.contains(kind)
        } else {
            false
        };
        n += usize::from(!ok);
    }
    n += a
        .articles
        .keys()
        .filter(|id| !known(&layout.articles, id))
        .count();
    for (id, p) in &a.tiers {
        if !known(&layout.directions, id) {
            n += 1;
        } else {
            n += [p.current, p.target]
                .iter()
                .filter(|v| v.is_some_and(|x| x >= TIER_LEVELS))
                .count();
        }
    }
    if opts.include_notes {
        n += a
            .notes
            .iter()
            .filter(|(id, t)| !t.is_empty() && !known(&layout.directions, id))
            .count();
    }
    n
}

// ------------------------------------------------------------------ bytes

/// Appends `v` as a minimal LEB128 varint (every link format's integers).
pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7F) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn clip(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Appends a text in the link formats' one spelling (see [`text_from_bytes`]).
pub fn put_text(out: &mut Vec<u8>, s: &str) {
    let utf16: Vec<u16> = s.encode_utf16().collect();
    if utf16.len() * 2 < s.len() {
        put_varint(out, ((utf16.len() as u64 * 2) << 1) | 1);
        for u in utf16 {
            out.extend_from_slice(&u.to_be_bytes());
        }
    } else {
        put_varint(out, (s.len() as u64) << 1);
        out.extend_from_slice(s.as_bytes());
    }
}

/// A cursor over untrusted bytes; every read is bounds-checked.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ShareError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or(ShareError::Malformed("runs past the end"))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn byte(&mut self) -> Result<u8, ShareError> {
        Ok(self.take(1)?[0])
    }

    /// A minimal LEB128 value of at most 32 bits.
    fn varint(&mut self) -> Result<u32, ShareError> {
        let mut v: u64 = 0;
        for i in 0..5 {
            let b = self.byte()?;
            v |= u64::from(b & 0x7F) << (7 * i);
            if b & 0x80 == 0 {
                if i > 0 && b == 0 {
                    return Err(ShareError::Malformed("non-minimal number"));
                }
                return u32::try_from(v).map_err(|_| ShareError::Malformed("number too large"));
            }
        }
        Err(ShareError::Malformed("number too long"))
    }

    fn text(&mut self, max_chars: usize) -> Result<String, ShareError> {
        let head = self.varint()?;
        let utf16 = head & 1 == 1;
        let len = (head >> 1) as usize;
        let raw = self.take(len)?;
        let s = text_from_bytes(raw, utf16).map_err(ShareError::Malformed)?;
        if s.chars().count() > max_chars {
            return Err(ShareError::Malformed("text too long"));
        }
        Ok(s)
    }

    fn rest(&self) -> usize {
        self.bytes.len() - self.pos
    }
}

fn with_crc(mut bytes: Vec<u8>) -> Vec<u8> {
    let c = crc32(&bytes);
    bytes.extend_from_slice(&c.to_be_bytes());
    bytes
}

/// Splits off and verifies the trailing CRC-32.
fn check_crc(bytes: &[u8]) -> Result<&[u8], ShareError> {
    if bytes.len() < 1 + CRC_LEN {
        return Err(ShareError::Truncated);
    }
    let (body, tail) = bytes.split_at(bytes.len() - CRC_LEN);
    if crc32(body).to_be_bytes() != tail {
        return Err(ShareError::Checksum);
    }
    Ok(body)
}

// ------------------------------------------------------------------ encode

/// Encodes `a` as a plain link payload (the answers, plus name/date/notes when asked).
pub fn encode(model: &Model, a: &Assessment, opts: &ShareOptions) -> Result<Encoded, EncodeError> {
    let layout = model
        .answerable(a.model_rev)
        .ok_or(EncodeError::UnknownModelRev(a.model_rev))?;
    encode_with(layout, a, opts)
}

/// [`encode`] against an explicit layout (its `rev` is written as the model revision).
pub fn encode_with(
    layout: &AnswerLayout,
    a: &Assessment,
    opts: &ShareOptions,
) -> Result<Encoded, EncodeError> {
    let mut omitted = count_omitted(layout, a, opts);
    let mut flags = 0u32;
    let mut radices = Vec::new();
    let mut digits = Vec::new();
    for (f, ids, kind) in sections(layout) {
        let d = section_digits(ids, kind, a);
        if d.iter().any(|&x| x != 0) {
            flags |= f;
            radices.extend(section_radices(ids, kind));
            digits.extend(d);
        }
    }
    let name = clip(&a.name, MAX_SHORT);
    let date = clip(&a.date, MAX_SHORT);
    if opts.include_name && !(name.is_empty() && date.is_empty()) {
        flags |= flag::META;
        omitted += usize::from(name.len() < a.name.len()) + usize::from(date.len() < a.date.len());
    }
    let notes: Vec<(usize, &str)> = if opts.include_notes {
        layout
            .directions
            .iter()
            .enumerate()
            .filter_map(|(i, id)| a.notes.get(id).map(|t| (i, t.as_str())))
            .filter(|(_, t)| !t.is_empty())
            .map(|(i, t)| {
                let c = clip(t, MAX_TEXT);
                omitted += usize::from(c.len() < t.len());
                (i, c)
            })
            .collect()
    } else {
        Vec::new()
    };
    if !notes.is_empty() {
        flags |= flag::NOTES;
    }

    let mut out = vec![FORMAT_PLAIN];
    put_varint(&mut out, u64::from(layout.rev));
    put_varint(&mut out, u64::from(flags));
    out.extend(bigint::pack(&radices, &digits));
    if flags & flag::META != 0 {
        put_text(&mut out, name);
        put_text(&mut out, date);
    }
    if !notes.is_empty() {
        put_varint(&mut out, notes.len() as u64);
        for (i, t) in &notes {
            put_varint(&mut out, *i as u64);
            put_text(&mut out, t);
        }
    }
    let bytes = with_crc(out);
    let payload = base64url::encode(&bytes);
    if payload.len() > MAX_PLAIN_CHARS {
        return Err(EncodeError::TooLong {
            len: payload.len(),
            max: MAX_PLAIN_CHARS,
        });
    }
    Ok(Encoded {
        bytes,
        payload,
        omitted,
    })
}

/// Wraps a sealed payload (salt, nonce, ciphertext with tag) as a version-2 link payload.
pub fn seal_payload(sealed: &Sealed) -> String {
    let mut out = Vec::with_capacity(1 + SALT_LEN + NONCE_LEN + sealed.ciphertext.len() + 4);
    out.push(FORMAT_SEALED);
    out.extend_from_slice(&sealed.salt);
    out.extend_from_slice(&sealed.nonce);
    out.extend_from_slice(&sealed.ciphertext);
    base64url::encode(&with_crc(out))
}

// ------------------------------------------------------------------ decode

/// Reads a link payload (the part after `#/r/`). Plain links are decoded against the layout
/// of the revision they name; sealed ones are returned for the passphrase step.
pub fn open(model: &Model, payload: &str) -> Result<Opened, ShareError> {
    open_with(payload, |rev| model.answerable(rev))
}

/// [`open`] with an explicit layout lookup.
pub fn open_with<'a, F>(payload: &str, layouts: F) -> Result<Opened, ShareError>
where
    F: Fn(u32) -> Option<&'a AnswerLayout>,
{
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLong {
            len: payload.len(),
            max: MAX_PAYLOAD_CHARS,
        });
    }
    let bytes = base64url::decode(payload).map_err(|_| ShareError::NotBase64)?;
    let body = check_crc(&bytes)?;
    match body[0] {
        FORMAT_PLAIN => decode_body(body, layouts).map(|d| Opened::Plain(Box::new(d))),
        FORMAT_SEALED => {
            let rest = &body[1..];
            if rest.len() < SALT_LEN + NONCE_LEN + TAG_LEN + MIN_PLAIN {
                return Err(ShareError::Malformed("sealed content too short"));
            }
            let (salt, rest) = rest.split_at(SALT_LEN);
            let (nonce, ct) = rest.split_at(NONCE_LEN);
            let mut s = [0u8; SALT_LEN];
            s.copy_from_slice(salt);
            let mut n = [0u8; NONCE_LEN];
            n.copy_from_slice(nonce);
            Ok(Opened::Sealed(Sealed {
                salt: s,
                nonce: n,
                ciphertext: ct.to_vec(),
            }))
        }
        v => Err(ShareError::UnknownVersion(v)),
    }
}

/// Decodes plain version-1 bytes (checksum included), e.g. what a passphrase unsealed.
pub fn decode_bytes(model: &Model, bytes: &[u8]) -> Result<Decoded, ShareError> {
    decode_bytes_with(bytes, |rev| model.answerable(rev))
}

/// [`decode_bytes`] with an explicit layout lookup.
pub fn decode_bytes_with<'a, F>(bytes: &[u8], layouts: F) -> Result<Decoded, ShareError>
where
    F: Fn(u32) -> Option<&'a AnswerLayout>,
{
    let body = check_crc(bytes)?;
    match body[0] {
        FORMAT_PLAIN => decode_body(body, layouts),
        v => Err(ShareError::UnknownVersion(v)),
    }
}

fn decode_body<'a, F>(body: &[u8], layouts: F) -> Result<Decoded, ShareError>
where
    F: Fn(u32) -> Option<&'a AnswerLayout>,
{
    let mut r = Reader {
        bytes: body,
        pos: 1,
    };
    let rev = r.varint()?;
    let flags = r.varint()?;
    let layout = layouts(rev).ok_or(ShareError::UnknownModelRev(rev))?;
    if flags & !flag::ALL != 0 {
        return Err(ShareError::Malformed("unknown section flag"));
    }
    let present: Vec<(&[Id], Kind)> = sections(layout)
        .into_iter()
        .filter(|(f, _, _)| flags & f != 0)
        .map(|(_, ids, kind)| (ids, kind))
        .collect();
    let radices: Vec<u8> = present
        .iter()
        .flat_map(|(ids, kind)| section_radices(ids, *kind))
        .collect();
    let packed = r.take(bigint::packed_len(&radices))?;
    let digits = bigint::unpack(&radices, packed)
        .ok_or(ShareError::Malformed("answer value out of range"))?;

    let mut a = Assessment {
        model_rev: rev,
        ..Assessment::default()
    };
    let mut at = 0;
    for (ids, kind) in present {
        let n = section_radices(ids, kind).len();
        let d = digits.get(at..at + n).unwrap_or(&[]);
        at += n;
        if d.iter().all(|&x| x == 0) {
            return Err(ShareError::Malformed("empty section"));
        }
        apply_section(&mut a, ids, kind, d);
    }

    if flags & flag::META != 0 {
        a.name = r.text(MAX_SHORT)?;
        a.date = r.text(MAX_SHORT)?;
        if a.name.is_empty() && a.date.is_empty() {
            return Err(ShareError::Malformed("empty name and date"));
        }
    }
    if flags & flag::NOTES != 0 {
        let count = r.varint()? as usize;
        if count == 0 || count > layout.directions.len() {
            return Err(ShareError::Malformed("note count"));
        }
        let mut last: Option<usize> = None;
        for _ in 0..count {
            let i = r.varint()? as usize;
            if last.is_some_and(|l| i <= l) {
                return Err(ShareError::Malformed("notes out of order"));
            }
            last = Some(i);
            let id = layout
                .directions
                .get(i)
                .ok_or(ShareError::Malformed("note for an unknown 指示"))?;
            let text = r.text(MAX_TEXT)?;
            if text.is_empty() {
                return Err(ShareError::Malformed("empty note"));
            }
            a.notes.insert(id.clone(), text);
        }
    }
    if r.rest() != 0 {
        return Err(ShareError::Malformed("trailing bytes"));
    }
    Ok(Decoded {
        assessment: a,
        flags,
    })
}

fn apply_section(a: &mut Assessment, ids: &[Id], kind: Kind, d: &[u8]) {
    let pick = |codes: &[AnswerKind], x: u8| {
        (x as usize)
            .checked_sub(1)
            .and_then(|i| codes.get(i))
            .copied()
    };
    match kind {
        Kind::Exec | Kind::Sme => {
            let codes: &[AnswerKind] = if kind == Kind::Exec {
                &EXEC_CODES
            } else {
                &SME_CODES
            };
            for (id, &x) in ids.iter().zip(d) {
                if let Some(k) = pick(codes, x) {
                    a.answers.insert(id.clone(), k);
                }
            }
        }
        Kind::Article => {
            for (id, &x) in ids.iter().zip(d) {
                if let Some(s) = (x as usize)
                    .checked_sub(1)
                    .and_then(|i| ARTICLE_CODES.get(i))
                {
                    a.articles.insert(id.clone(), *s);
                }
            }
        }
        Kind::Tier => {
            for (id, pair) in ids.iter().zip(d.chunks_exact(2)) {
                let v = |x: u8| x.checked_sub(1);
                let p = TierPair {
                    current: v(pair[0]),
                    target: v(pair[1]),
                };
                if p != TierPair::default() {
                    a.tiers.insert(id.clone(), p);
                }
            }
        }
        Kind::Policy => {
            a.policy.established = d.first() == Some(&1);
            a.policy.published = d.get(1) == Some(&1);
        }
    }
}

/// The part of `a` a link with `opts` carries, exactly as [`decode_bytes`] gives it back:
/// the answers on their scales, and the name, date and notes only if asked for.
pub fn shareable_part(layout: &AnswerLayout, a: &Assessment, opts: &ShareOptions) -> Assessment {
    let mut out = Assessment {
        model_rev: layout.rev,
        ..Assessment::default()
    };
    for (_, ids, kind) in sections(layout) {
        let d = section_digits(ids, kind, a);
        if d.iter().any(|&x| x != 0) {
            apply_section(&mut out, ids, kind, &d);
        }
    }
    if opts.include_name {
        out.name = clip(&a.name, MAX_SHORT).to_string();
        out.date = clip(&a.date, MAX_SHORT).to_string();
    }
    if opts.include_notes {
        out.notes = layout
            .directions
            .iter()
            .filter_map(|id| {
                a.notes
                    .get(id)
                    .map(|t| (id.clone(), clip(t, MAX_TEXT).to_string()))
            })
            .filter(|(_, t)| !t.is_empty())
            .collect::<BTreeMap<_, _>>();
    }
    out
}

/// Reads a text as the link formats write it (`text` in the module docs): UTF-8, or UTF-16BE when that is
/// shorter, and only that spelling (the canonical one). Shared by every link format (the share
/// codec, the supply-chain request and response) so they accept exactly the same texts.
pub fn text_from_bytes(raw: &[u8], utf16: bool) -> Result<String, &'static str> {
    let len = raw.len();
    if utf16 {
        if len % 2 != 0 {
            return Err("odd UTF-16 length");
        }
        let units: Vec<u16> = raw
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        let s = String::from_utf16(&units).map_err(|_| "bad text")?;
        if len >= s.len() {
            return Err("non-canonical text");
        }
        Ok(s)
    } else {
        let s = String::from_utf8(raw.to_vec()).map_err(|_| "bad text")?;
        if s.encode_utf16().count() * 2 < len {
            return Err("non-canonical text");
        }
        Ok(s)
    }
}

//! The byte-level pieces the request and response formats share: minimal LEB128 varints,
//! canonical text (the share codec's rule), a bounds-checked reader, the trailing CRC-32, and
//! the untrusted-text rules every text field follows.
//!
//! Text is written exactly as the share link writes it (`crate::share::codec`):
//! `varint (byte_len << 1 | utf16)`, then UTF-8 bytes, or UTF-16BE when that is shorter
//! (Japanese names and messages are about a third shorter that way). Decoding accepts only the
//! shorter spelling, so every text has one encoding.

use super::error::{Field, SupplyError};
use crate::share::crc32::crc32;

/// Length of the trailing checksum.
pub(crate) const CRC_LEN: usize = 4;

pub(crate) use crate::share::codec::{put_text, put_varint};

pub(crate) fn with_crc(mut bytes: Vec<u8>) -> Vec<u8> {
    let c = crc32(&bytes);
    bytes.extend_from_slice(&c.to_be_bytes());
    bytes
}

/// Splits off and verifies the trailing CRC-32; `min` is the shortest valid length.
pub(crate) fn check_crc(bytes: &[u8], min: usize) -> Result<&[u8], SupplyError> {
    if bytes.len() < min.max(1 + CRC_LEN) {
        // A CRC that still matches means the link was cut exactly at a boundary; either way
        // it is incomplete.
        return Err(SupplyError::Truncated);
    }
    let (body, tail) = bytes.split_at(bytes.len() - CRC_LEN);
    if crc32(body).to_be_bytes() != tail {
        return Err(SupplyError::Checksum);
    }
    Ok(body)
}

/// What a text field may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TextRule {
    pub field: Field,
    /// Most characters (Unicode scalar values).
    pub max_chars: usize,
    /// Empty is an error.
    pub required: bool,
    /// `\n` allowed (never `\r`: the UI normalises line ends with [`super::clean_text`]).
    pub multiline: bool,
}

/// A character no text field may hold: C0/C1 controls (except `\n` where allowed) and the
/// bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make an
/// organisation name display as something it is not.
pub(crate) fn forbidden(c: char, multiline: bool) -> bool {
    (c.is_control() && !(multiline && c == '\n'))
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Checks one untrusted text against its rule (the encoder and the decoder both call this, so
/// the encoder never writes what the decoder refuses).
pub(crate) fn check_text(s: &str, rule: TextRule) -> Result<(), SupplyError> {
    if rule.required && s.trim().is_empty() {
        return Err(SupplyError::Missing(rule.field));
    }
    if s.chars().count() > rule.max_chars {
        return Err(SupplyError::TextTooLong {
            field: rule.field,
            max: rule.max_chars,
        });
    }
    if s.chars().any(|c| forbidden(c, rule.multiline)) {
        return Err(SupplyError::ControlCharacter(rule.field));
    }
    Ok(())
}

/// A cursor over untrusted bytes; every read is bounds-checked.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8], pos: usize) -> Reader<'a> {
        Reader { bytes, pos }
    }

    pub fn take(&mut self, n: usize) -> Result<&'a [u8], SupplyError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or(SupplyError::Malformed("runs past the end"))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    pub fn array<const N: usize>(&mut self) -> Result<[u8; N], SupplyError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    pub fn byte(&mut self) -> Result<u8, SupplyError> {
        Ok(self.take(1)?[0])
    }

    /// A minimal LEB128 value of at most 64 bits.
    pub fn varint(&mut self) -> Result<u64, SupplyError> {
        let mut v: u64 = 0;
        for i in 0..10 {
            let b = self.byte()?;
            let part = u64::from(b & 0x7F);
            if i == 9 && part > 1 {
                return Err(SupplyError::Malformed("number too large"));
            }
            v |= part << (7 * i);
            if b & 0x80 == 0 {
                if i > 0 && b == 0 {
                    return Err(SupplyError::Malformed("non-minimal number"));
                }
                return Ok(v);
            }
        }
        Err(SupplyError::Malformed("number too long"))
    }

    /// A canonical text, checked against `rule` (length, required, characters).
    pub fn text(&mut self, rule: TextRule) -> Result<String, SupplyError> {
        let head = self.varint()?;
        let utf16 = head & 1 == 1;
        let len = usize::try_from(head >> 1).map_err(|_| SupplyError::Malformed("text length"))?;
        // Refuse before reading: no field can need more than 4 bytes per character.
        if len > rule.max_chars.saturating_mul(4) {
            return Err(SupplyError::TextTooLong {
                field: rule.field,
                max: rule.max_chars,
            });
        }
        let raw = self.take(len)?;
        let s = crate::share::codec::text_from_bytes(raw, utf16).map_err(SupplyError::Malformed)?;
        check_text(&s, rule)?;
        Ok(s)
    }

    pub fn rest(&self) -> &'a [u8] {
        &self.bytes[self.pos..]
    }

    pub fn done(&self) -> Result<(), SupplyError> {
        if self.pos == self.bytes.len() {
            Ok(())
        } else {
            Err(SupplyError::Malformed("trailing bytes"))
        }
    }
}

/// Lowercase hex of `bytes`.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

/// Bytes of lowercase (or uppercase) hex; `None` unless exactly `N` bytes.
pub(crate) fn unhex<const N: usize>(s: &str) -> Option<[u8; N]> {
    let b = s.as_bytes();
    if b.len() != N * 2 {
        return None;
    }
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = [0u8; N];
    for (i, o) in out.iter_mut().enumerate() {
        *o = (digit(b[2 * i])? << 4) | digit(b[2 * i + 1])?;
    }
    Some(out)
}

//! Strict base64url without padding (RFC 4648 §5): the only alphabet a link payload uses.
//!
//! Decoding is canonical: a character outside the alphabet, a length that cannot come from
//! whole bytes (`len % 4 == 1`) or non-zero unused trailing bits is rejected, so every byte
//! string has exactly one spelling and a one-character change always changes the bytes.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a string is not canonical base64url.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base64Error {
    /// A character outside `A–Z a–z 0–9 - _` at this byte offset.
    BadChar(usize),
    /// The length cannot encode whole bytes.
    BadLength,
    /// The last character carries non-zero unused bits.
    NonCanonical,
}

/// Encodes `bytes` without padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let idx = (n >> (18 - 6 * i)) & 63;
            out.push(char::from(ALPHABET[idx as usize]));
        }
    }
    out
}

fn value(c: u8) -> Option<u32> {
    Some(u32::from(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    }))
}

/// Decodes canonical unpadded base64url.
pub fn decode(s: &str) -> Result<Vec<u8>, Base64Error> {
    let bytes = s.as_bytes();
    if bytes.len() % 4 == 1 {
        return Err(Base64Error::BadLength);
    }
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for (ci, chunk) in bytes.chunks(4).enumerate() {
        let mut n: u32 = 0;
        for (i, &c) in chunk.iter().enumerate() {
            let v = value(c).ok_or(Base64Error::BadChar(ci * 4 + i))?;
            n |= v << (18 - 6 * i);
        }
        let k = chunk.len(); // 2, 3 or 4 characters
        let b = n.to_be_bytes(); // [0, b0, b1, b2]
        out.extend_from_slice(&b[1..k]);
        // 6k bits carry 8(k-1) bits of data; the 8 - 2k spare bits at the end must be zero.
        let spare = 8 - 2 * k as u32;
        if (n >> (24 - 6 * k as u32)) & ((1 << spare) - 1) != 0 {
            return Err(Base64Error::NonCanonical);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn rfc4648_vectors_without_padding() {
        let table = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, enc) in table {
            assert_eq!(encode(plain.as_bytes()), enc);
            assert_eq!(decode(enc).unwrap(), plain.as_bytes());
        }
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn every_byte_string_round_trips_and_spelling_is_unique() {
        for len in 0..6 {
            for seed in 0..200u32 {
                let bytes: Vec<u8> = (0..len)
                    .map(|i| (seed.wrapping_mul(2_654_435_761).rotate_left(i * 7) >> 3) as u8)
                    .collect();
                let s = encode(&bytes);
                assert_eq!(decode(&s).unwrap(), bytes);
            }
        }
        // Non-zero spare bits are a different spelling of the same bytes: rejected.
        assert_eq!(decode("Zh"), Err(Base64Error::NonCanonical));
        assert_eq!(decode("Zm9"), Err(Base64Error::NonCanonical));
        assert_eq!(decode("Z"), Err(Base64Error::BadLength));
        assert_eq!(decode("Zm+v"), Err(Base64Error::BadChar(2)));
        assert_eq!(decode("Zm=v"), Err(Base64Error::BadChar(2)));
        assert_eq!(decode("診断"), Err(Base64Error::BadChar(0)));
    }
}

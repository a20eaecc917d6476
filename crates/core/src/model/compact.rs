//! The decoder of the model blob the app ships: postcard's wire format, for exactly the shapes
//! `types.rs` uses.
//!
//! `build.rs` parses the reviewer-readable `data/*.json` with the model's serde types (so
//! `deny_unknown_fields` still applies) and writes the [`Model`](super::Model) with postcard (a
//! build dependency: the wasm links no postcard and no serde `Deserialize` for the model). The
//! app reads it back with [`decode`] and the [`Decode`] impls that `build.rs` generates from the
//! syntax of `types.rs` (`decodegen.rs`). `tests/model_compact.rs` proves the decoded blob equals
//! the JSON model, and equals what postcard's own serde deserialiser reads from the same bytes.
//!
//! Why not serde's derived `Deserialize`: for ~60 model types its field-name matching, visitors
//! and error paths were the largest part of the wasm; this decoder is plain struct literals with
//! no per-field error path (README, size levers).
//!
//! postcard's wire format, as read here (postcard 1.x, "postcard wire format" spec):
//! * `bool`: one byte 0/1; `u8` / `i8`: one byte, as is (not a varint);
//! * `u16`, `u32`, `u64`: varint (LEB128, 7 bits per byte, low first); `i16`, `i32`, `i64`: the
//!   zig-zag of the value as a varint (0, -1, 1, -2 → 0, 1, 2, 3);
//! * `String`: varint byte length + UTF-8 bytes;
//! * `Option`: byte 0 = none, 1 + value = some;
//! * sequence (`Vec`): varint count + elements; map (`BTreeMap`): varint count + key, value pairs;
//! * struct, tuple, tuple struct: the fields in order, no count; newtype: the inner value;
//! * enum: the variant index (its position, as serde numbers it) as a varint, then its fields.
//!
//! Pure: std only.

use std::collections::BTreeMap;
use std::fmt;

/// A decoding failure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

fn err<T>(msg: &str) -> Result<T, Error> {
    Err(Error(msg.to_owned()))
}

/// A value that can be read back from what postcard wrote for it through serde's `Serialize`.
///
/// Decoding never fails part-way: a malformed input sets a flag on the [`Reader`] and yields
/// placeholder values, and [`decode`] then reports the error. With no error path per field, the
/// decoder of the ~60 model types stays a small, straight sequence of calls. `build.rs` generates
/// the implementations for the structs and enums of `types.rs` (fields/variants in declaration
/// order, exactly what serde's derive writes); `tests/model_compact.rs` proves the result equals
/// the JSON model.
pub trait Decode: Sized {
    fn decode(r: &mut Reader<'_>) -> Self;
}

/// The input of [`Decode`].
pub struct Reader<'a> {
    rest: &'a [u8],
    failed: bool,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader {
            rest: bytes,
            failed: false,
        }
    }

    /// Marks the input as malformed.
    pub fn fail(&mut self) {
        self.failed = true;
        self.rest = &[];
    }

    pub fn byte(&mut self) -> u8 {
        match self.rest.split_first() {
            Some((&b, rest)) => {
                self.rest = rest;
                b
            }
            None => {
                self.fail();
                0
            }
        }
    }

    pub fn varint(&mut self) -> u64 {
        let mut v = 0u64;
        let mut shift = 0u32;
        loop {
            let b = self.byte();
            if shift > 63 {
                self.fail();
                return 0;
            }
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return v;
            }
            shift += 7;
        }
    }

    /// A count or byte length; never more than the bytes left (every encoded element of the
    /// model takes at least one byte: `decodegen.rs` refuses field-less types), so a corrupt
    /// count cannot make us allocate much.
    pub fn count(&mut self) -> usize {
        let n = self.varint();
        match usize::try_from(n) {
            Ok(n) if n <= self.rest.len() => n,
            _ => {
                self.fail();
                0
            }
        }
    }

    /// An enum variant index below `count`.
    pub fn variant(&mut self, count: u32) -> u32 {
        match u32::try_from(self.varint()) {
            Ok(i) if i < count => i,
            _ => {
                self.fail();
                0
            }
        }
    }

    fn take(&mut self, n: usize) -> &'a [u8] {
        let (head, rest) = self.rest.split_at(n.min(self.rest.len()));
        self.rest = rest;
        head
    }
}

/// Decodes a `T` that must use all of `bytes`.
pub fn decode<T: Decode>(bytes: &[u8]) -> Result<T, Error> {
    let mut r = Reader::new(bytes);
    let value = T::decode(&mut r);
    if r.failed {
        err("compact: malformed input")
    } else if !r.rest.is_empty() {
        err("compact: trailing bytes")
    } else {
        Ok(value)
    }
}

impl Decode for bool {
    fn decode(r: &mut Reader<'_>) -> Self {
        match r.byte() {
            0 => false,
            1 => true,
            _ => {
                r.fail();
                false
            }
        }
    }
}

macro_rules! decode_unsigned {
    ($($t:ty),*) => {$(
        impl Decode for $t {
            fn decode(r: &mut Reader<'_>) -> Self {
                let v = r.varint();
                <$t>::try_from(v).unwrap_or_else(|_| {
                    r.fail();
                    0
                })
            }
        }
    )*};
}
decode_unsigned!(u16, u32, u64);

/// postcard writes `u8` as the byte itself, not as a varint.
impl Decode for u8 {
    fn decode(r: &mut Reader<'_>) -> Self {
        r.byte()
    }
}

/// postcard writes `i8` as its one two's-complement byte, not zig-zagged.
impl Decode for i8 {
    fn decode(r: &mut Reader<'_>) -> Self {
        i8::from_le_bytes([r.byte()])
    }
}

macro_rules! decode_signed {
    ($($t:ty),*) => {$(
        impl Decode for $t {
            fn decode(r: &mut Reader<'_>) -> Self {
                let v = r.varint();
                let v = ((v >> 1) as i64) ^ -((v & 1) as i64);
                <$t>::try_from(v).unwrap_or_else(|_| {
                    r.fail();
                    0
                })
            }
        }
    )*};
}
decode_signed!(i16, i32, i64);

impl Decode for String {
    fn decode(r: &mut Reader<'_>) -> Self {
        let n = r.count();
        let bytes = r.take(n);
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_owned(),
            Err(_) => {
                r.fail();
                String::new()
            }
        }
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader<'_>) -> Self {
        match r.byte() {
            0 => None,
            1 => Some(T::decode(r)),
            _ => {
                r.fail();
                None
            }
        }
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(r: &mut Reader<'_>) -> Self {
        let n = r.count();
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(T::decode(r));
        }
        v
    }
}

impl<K: Decode + Ord, V: Decode> Decode for BTreeMap<K, V> {
    fn decode(r: &mut Reader<'_>) -> Self {
        let n = r.count();
        let mut m = BTreeMap::new();
        for _ in 0..n {
            let k = K::decode(r);
            let v = V::decode(r);
            // serde's BTreeMap deserialiser keeps the last of a repeated key; so do we.
            m.insert(k, v);
        }
        m
    }
}

// Tuples of 2 to 4 (`decodegen.rs`'s MAX_TUPLE): the elements in order.
macro_rules! decode_tuple {
    ($(($($t:ident),+)),*) => {$(
        impl<$($t: Decode),+> Decode for ($($t,)+) {
            fn decode(r: &mut Reader<'_>) -> Self {
                // A tuple expression evaluates left to right: the elements are read in order.
                ($($t::decode(r),)+)
            }
        }
    )*};
}
decode_tuple!((A, B), (A, B, C), (A, B, C, D));

// Native only: the encoder these tests hold the decoder to is postcard itself (a dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde::Serialize;

    fn postcard<T: Serialize + ?Sized>(v: &T) -> Vec<u8> {
        postcard::to_allocvec(v).expect("postcard encodes")
    }

    #[derive(Debug, PartialEq, Serialize)]
    enum E {
        A,
        B(u8),
        C { x: i16, y: String },
    }

    impl Decode for E {
        fn decode(r: &mut Reader<'_>) -> Self {
            match r.variant(3) {
                0 => E::A,
                1 => E::B(Decode::decode(r)),
                _ => E::C {
                    x: Decode::decode(r),
                    y: Decode::decode(r),
                },
            }
        }
    }

    #[derive(Debug, PartialEq, Serialize)]
    #[serde(transparent)]
    struct Inner(String);

    impl Decode for Inner {
        fn decode(r: &mut Reader<'_>) -> Self {
            Inner(Decode::decode(r))
        }
    }

    #[derive(Debug, PartialEq, Serialize)]
    struct S {
        a: u32,
        b: i32,
        c: String,
        d: Option<u8>,
        e: Vec<E>,
        f: (bool, u64),
        g: Option<Inner>,
        h: Vec<Vec<i64>>,
        i: (i8, u16, i16),
        j: BTreeMap<String, (u8, Option<bool>, E, Inner)>,
    }

    impl Decode for S {
        fn decode(r: &mut Reader<'_>) -> Self {
            S {
                a: Decode::decode(r),
                b: Decode::decode(r),
                c: Decode::decode(r),
                d: Decode::decode(r),
                e: Decode::decode(r),
                f: Decode::decode(r),
                g: Decode::decode(r),
                h: Decode::decode(r),
                i: Decode::decode(r),
                j: Decode::decode(r),
            }
        }
    }

    fn sample() -> S {
        S {
            a: 300,
            b: i32::MIN,
            c: "診断 ✓".into(),
            d: Some(255),
            e: vec![
                E::A,
                E::C {
                    x: -129,
                    y: "y".into(),
                },
                E::B(200),
            ],
            f: (true, u64::MAX),
            g: Some(Inner(String::new())),
            h: vec![vec![], vec![-1, 0, 1, i64::MAX, i64::MIN]],
            i: (i8::MIN, u16::MAX, i16::MIN),
            j: [
                ("k".to_owned(), (128, None, E::B(0), Inner("v".into()))),
                ("".to_owned(), (0, Some(false), E::A, Inner("診".into()))),
            ]
            .into_iter()
            .collect(),
        }
    }

    /// The wire format written out by hand, byte for byte, for the cases where postcard differs
    /// from a naive "everything is a varint" reading: both the decoder and postcard must agree
    /// with it.
    #[test]
    fn wire_format_by_hand() {
        fn both<T: Decode + Serialize + PartialEq + fmt::Debug>(v: T, bytes: &[u8]) {
            assert_eq!(postcard(&v), bytes, "postcard writes {v:?} so");
            assert_eq!(decode::<T>(bytes), Ok(v), "read {bytes:?}");
        }
        both(200u8, &[200]);
        both(-1i8, &[0xff]);
        both(127u16, &[0x7f]);
        both(300u32, &[0xac, 0x02]);
        both(
            u64::MAX,
            &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
        );
        both(0i32, &[0]);
        both(-1i32, &[1]);
        both(1i32, &[2]);
        both(-25i32, &[49]);
        both(i32::MIN, &[0xff, 0xff, 0xff, 0xff, 0x0f]);
        both(true, &[1]);
        both("é".to_owned(), &[2, 0xc3, 0xa9]);
        both(None::<u8>, &[0]);
        both(Some(7u8), &[1, 7]);
        both(vec![1u32, 128], &[2, 1, 0x80, 0x01]);
        both(
            E::C {
                x: -2,
                y: "".into(),
            },
            &[2, 3, 0],
        );
        both(Inner("a".into()), &[1, b'a']);
        both(
            [(1u8, 2u8)].into_iter().collect::<BTreeMap<_, _>>(),
            &[1, 1, 2],
        );
    }

    #[test]
    fn round_trips_what_postcard_writes() {
        let bytes = postcard(&sample());
        assert_eq!(decode::<S>(&bytes), Ok(sample()));
        let none = S {
            d: None,
            g: None,
            j: BTreeMap::new(),
            ..sample()
        };
        assert_eq!(decode::<S>(&postcard(&none)), Ok(none));
    }

    #[test]
    fn truncated_or_trailing_input_fails() {
        let bytes = postcard(&sample());
        for n in 0..bytes.len() {
            assert!(decode::<S>(&bytes[..n]).is_err(), "prefix {n} accepted");
        }
        let mut long = bytes.clone();
        long.push(0);
        assert!(decode::<S>(&long).is_err());
    }

    #[test]
    fn bad_values_fail() {
        assert!(decode::<bool>(&[2]).is_err());
        assert!(decode::<Option<u8>>(&[2, 0]).is_err());
        assert!(decode::<E>(&[3]).is_err(), "no variant 3");
        assert!(
            decode::<u16>(&[0x80, 0x80, 0x04]).is_err(),
            "65536 is not a u16"
        );
        assert!(
            decode::<i16>(&[0x80, 0x80, 0x04]).is_err(),
            "32768 is not an i16"
        );
        assert!(decode::<String>(&[2, 0xff, 0xfe]).is_err(), "not UTF-8");
        assert!(decode::<u64>(&[0xff; 11]).is_err(), "varint too long");
        assert!(
            decode::<Vec<u8>>(&[100, 1]).is_err(),
            "count beyond the input"
        );
    }
}

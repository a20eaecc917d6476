//! The small value types of the supply-chain formats: ids, the P-256 public key as bytes,
//! what a request asks for, the partner's type, and calendar days.
//!
//! Ids and keys serialise as text (hex / base64url) so the stored register stays readable.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::error::SupplyError;
use super::wire::{hex, unhex};
use crate::share::base64url;

/// Length of an uncompressed SEC1 P-256 point: `0x04 | X (32) | Y (32)`.
pub const PUBLIC_KEY_LEN: usize = 65;
/// Length of a request id and of a responder id.
pub const ID_LEN: usize = 16;

/// A request's id: 16 random bytes chosen by the requester's browser. Serialised as 32 hex
/// digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RequestId(pub [u8; ID_LEN]);

/// The responding partner's id: 16 random bytes its browser picks once and reuses in every
/// response, so a later response from the same partner replaces the earlier one. Serialised
/// as 32 hex digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ResponderId(pub [u8; ID_LEN]);

macro_rules! hex_id {
    ($t:ident, $what:literal) => {
        impl $t {
            /// The 32 lowercase hex digits.
            pub fn to_hex(&self) -> String {
                hex(&self.0)
            }
            /// Reads 32 hex digits.
            pub fn from_hex(s: &str) -> Option<$t> {
                unhex::<ID_LEN>(s).map($t)
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.to_hex())
            }
        }
        impl TryFrom<String> for $t {
            type Error = String;
            fn try_from(s: String) -> Result<Self, String> {
                $t::from_hex(&s).ok_or_else(|| format!(concat!("invalid ", $what, " {:?}"), s))
            }
        }
        impl From<$t> for String {
            fn from(id: $t) -> String {
                id.to_hex()
            }
        }
    };
}
hex_id!(RequestId, "request id");
hex_id!(ResponderId, "responder id");

/// A P-256 public key as WebCrypto's `exportKey('raw')` gives it: the 65-byte uncompressed
/// SEC1 point. [`PublicKey::from_bytes`] checks length and the `0x04` prefix only; the curve
/// equation is checked by WebCrypto's `importKey` (and by RustCrypto in the native tests).
/// Serialised as base64url.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PublicKey([u8; PUBLIC_KEY_LEN]);

impl PublicKey {
    /// Checks the shape of an uncompressed point (length 65, first byte 0x04, not all-zero
    /// coordinates).
    pub fn from_bytes(b: &[u8]) -> Result<PublicKey, SupplyError> {
        if b.len() != PUBLIC_KEY_LEN || b[0] != 0x04 || b[1..].iter().all(|&x| x == 0) {
            return Err(SupplyError::InvalidKey);
        }
        let mut k = [0u8; PUBLIC_KEY_LEN];
        k.copy_from_slice(b);
        Ok(PublicKey(k))
    }

    /// The 65 bytes.
    pub fn as_bytes(&self) -> &[u8; PUBLIC_KEY_LEN] {
        &self.0
    }

    /// The X coordinate (JWK `x`).
    pub fn x(&self) -> &[u8] {
        &self.0[1..33]
    }

    /// The Y coordinate (JWK `y`).
    pub fn y(&self) -> &[u8] {
        &self.0[33..]
    }

    /// A short fingerprint for people to compare (first 8 bytes of X, hex, in pairs).
    pub fn fingerprint(&self) -> String {
        hex(&self.0[1..9])
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join("-")
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", base64url::encode(&self.0))
    }
}

impl TryFrom<String> for PublicKey {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        base64url::decode(&s)
            .ok()
            .and_then(|b| PublicKey::from_bytes(&b).ok())
            .ok_or_else(|| format!("invalid public key {s:?}"))
    }
}

impl From<PublicKey> for String {
    fn from(k: PublicKey) -> String {
        base64url::encode(&k.0)
    }
}

/// What the requester asks the partner to fill in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The SME path: the 5 articles (5か条) and the 25-item self-diagnosis (自社診断).
    Sme,
    /// The executive check: 付録A-1 and A-2 of the METI guideline.
    Executive,
    /// Both.
    Both,
}

impl Scope {
    /// Every scope, in the order the form offers them.
    pub const ALL: [Scope; 3] = [Scope::Sme, Scope::Executive, Scope::Both];

    /// The wire byte: bit 0 SME, bit 1 executive.
    pub fn byte(self) -> u8 {
        match self {
            Scope::Sme => 1,
            Scope::Executive => 2,
            Scope::Both => 3,
        }
    }

    /// The scope a wire byte names.
    pub fn from_byte(b: u8) -> Result<Scope, SupplyError> {
        match b {
            1 => Ok(Scope::Sme),
            2 => Ok(Scope::Executive),
            3 => Ok(Scope::Both),
            _ => Err(SupplyError::InvalidScope(b)),
        }
    }

    /// The SME self-diagnosis is asked for.
    pub fn sme(self) -> bool {
        self != Scope::Executive
    }

    /// The executive check is asked for.
    pub fn executive(self) -> bool {
        self != Scope::Sme
    }
}

/// What the partner is to the requester (set by the requester, kept locally, never sent).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerKind {
    /// A group company (子会社・グループ会社).
    Subsidiary,
    /// A contractor or outsourcee (委託先).
    Contractor,
    /// A supplier (取引先・仕入先).
    Supplier,
}

impl PartnerKind {
    /// Every kind, in the order the form offers them.
    pub const ALL: [PartnerKind; 3] = [
        PartnerKind::Subsidiary,
        PartnerKind::Contractor,
        PartnerKind::Supplier,
    ];

    /// The stable code (serde's spelling; CSV cells).
    pub fn code(self) -> &'static str {
        match self {
            PartnerKind::Subsidiary => "subsidiary",
            PartnerKind::Contractor => "contractor",
            PartnerKind::Supplier => "supplier",
        }
    }

    /// Reads a [`PartnerKind::code`] (anything else, the empty text included, is none).
    pub fn from_code(code: &str) -> Option<PartnerKind> {
        PartnerKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// A calendar day as days since 1970-01-01 (proleptic Gregorian), 1970-01-01 to 9999-12-31.
/// Which day "today" is depends on the user's time zone: the edge supplies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Day(u32);

/// 9999-12-31.
const LAST_DAY: u32 = 2_932_896;
const MS_PER_DAY: i64 = 86_400_000;

impl Day {
    /// The day with this number, if it is in range.
    pub fn from_days(days: u32) -> Option<Day> {
        (days <= LAST_DAY).then_some(Day(days))
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> u32 {
        self.0
    }

    /// The day of a calendar date, if valid and in range.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Day> {
        if !(1970..=9999).contains(&y) || !(1..=12).contains(&m) || d == 0 {
            return None;
        }
        if d > days_in_month(y, m) {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = i64::from(y) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (i64::from(m) + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        u32::try_from(days).ok().and_then(Day::from_days)
    }

    /// Year, month, day.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = i64::from(self.0) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        (y, m, d)
    }

    /// Reads `YYYY-MM-DD` (what `<input type=date>` gives).
    pub fn parse(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        Day::from_ymd(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
    }

    /// The local day of a time: `ms` since the Unix epoch, `offset_minutes` east of UTC
    /// (JST = 540). Times before 1970 give 1970-01-01.
    pub fn of_time(ms: u64, offset_minutes: i32) -> Day {
        let local = i64::try_from(ms)
            .unwrap_or(i64::MAX)
            .saturating_add(i64::from(offset_minutes) * 60_000);
        let days = local.div_euclid(MS_PER_DAY).clamp(0, i64::from(LAST_DAY));
        Day(days as u32)
    }

    /// The same date `months` later (the last day of the month when it has fewer days:
    /// 31 Jan + 1 month = 28/29 Feb); saturates at 9999-12-31.
    pub fn add_months(self, months: u32) -> Day {
        let (y, m, d) = self.ymd();
        let total = i64::from(y) * 12 + i64::from(m - 1) + i64::from(months);
        let ny = (total / 12) as i32;
        let nm = (total % 12) as u32 + 1;
        if ny > 9999 {
            return Day(LAST_DAY);
        }
        Day::from_ymd(ny, nm, d.min(days_in_month(ny, nm))).unwrap_or(Day(LAST_DAY))
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl TryFrom<String> for Day {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Day::parse(&s).ok_or_else(|| format!("invalid date {s:?}"))
    }
}

impl From<Day> for String {
    fn from(d: Day) -> String {
        d.to_string()
    }
}

/// The time the statuses are judged at: now and the user's time-zone offset (the edge reads
/// both from the browser).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    /// ms since the Unix epoch.
    pub now_ms: u64,
    /// Minutes east of UTC (JST = 540).
    pub offset_minutes: i32,
}

impl Clock {
    /// The user's calendar day.
    pub fn today(&self) -> Day {
        Day::of_time(self.now_ms, self.offset_minutes)
    }
}

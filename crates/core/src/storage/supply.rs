//! PURE: the supply-chain register (`crate::supply::register`) as it is stored — one versioned
//! JSON value under [`KEY`], with the rules every stored value follows here: a newer format is
//! kept read-only and never overwritten, anything unreadable is quarantined by the edge.
//!
//! It holds the requester's private keys (JWK): without them no response can be opened, which
//! is why the register is kept like the assessments and not in a cache.

use super::record::ReadError;
use super::Stored;
use crate::supply::{Register, RegisterError, ResponderId};

/// localStorage key of the register (the `v1` is the key layout; the value carries its format).
pub const KEY: &str = "shindan.v1.supply";

impl Stored for Register {
    const KEY: &'static str = KEY;
    fn read(raw: &str) -> Result<Self, ReadError> {
        Register::from_json(raw).map_err(|e| match e {
            RegisterError::NewerFormat(v) => ReadError::Newer(v),
            RegisterError::Invalid(why) => ReadError::Corrupt(why),
        })
    }
    fn write(&self) -> String {
        // Strings, numbers and lists only: serialisation cannot fail.
        self.to_json().unwrap_or_default()
    }
}

/// localStorage key of this browser's responder profile (the partner's side).
pub const RESPONDER_KEY: &str = "shindan.v1.responder";

/// The partner's side of the supply-chain view, kept by this browser: the responder id it
/// chose once and puts in every response, so a requester sees its later responses as the same
/// partner's (`supply::register`'s rule). Made on the first response, never changed after.
/// Also the request this browser is answering (its link payload), so a partner sent from the
/// request to the questionnaire finds its way back after a reload.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Responder {
    pub format: u32,
    pub id: Option<ResponderId>,
    /// The request being answered: its `#/ask/` payload (canonical, read back by
    /// `supply::decode_request`). Format 2 only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked: Option<String>,
}

/// The responder profile format this build writes when no request is being answered: a
/// value an older build reads as before.
pub const RESPONDER_FORMAT: u32 = 1;
/// The format of a profile that holds a request being answered: an older build, which does
/// not know the field, sees a newer format and keeps the value read-only instead of taking it
/// for damage.
pub const RESPONDER_FORMAT_ASKED: u32 = 2;

impl Default for Responder {
    fn default() -> Self {
        Responder {
            format: RESPONDER_FORMAT,
            id: None,
            asked: None,
        }
    }
}

impl Stored for Responder {
    const KEY: &'static str = RESPONDER_KEY;
    fn read(raw: &str) -> Result<Self, ReadError> {
        let format = super::record::peek_format(raw)?;
        if format > u64::from(RESPONDER_FORMAT_ASKED) {
            return Err(ReadError::Newer(format));
        }
        let r: Responder =
            serde_json::from_str(raw).map_err(|e| ReadError::Corrupt(e.to_string()))?;
        // In memory the format is always this build's base one: the stored format follows
        // from the value on each write, so a value read back equals the value written (the
        // write-over-what-we-saw check compares them).
        Ok(Responder {
            format: RESPONDER_FORMAT,
            ..r
        })
    }
    fn write(&self) -> String {
        let format = if self.asked.is_some() {
            RESPONDER_FORMAT_ASKED
        } else {
            RESPONDER_FORMAT
        };
        serde_json::to_string(&Responder {
            format,
            ..self.clone()
        })
        .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_with_a_request_is_format_2_and_one_without_stays_format_1() {
        let plain = Responder {
            id: Some(ResponderId([7; 16])),
            ..Responder::default()
        };
        assert!(
            plain.write().starts_with(r#"{"format":1,"#),
            "{}",
            plain.write()
        );
        assert!(!plain.write().contains("asked"));
        assert_eq!(Responder::read(&plain.write()), Ok(plain.clone()));
        let asking = Responder {
            asked: Some("AQID".into()),
            ..plain
        };
        assert!(
            asking.write().starts_with(r#"{"format":2,"#),
            "{}",
            asking.write()
        );
        // Read back equal to what was written (the write-over-what-we-saw check needs it).
        assert_eq!(Responder::read(&asking.write()), Ok(asking.clone()));
        assert_eq!(
            Responder::read(r#"{"format":3,"id":null}"#),
            Err(ReadError::Newer(3))
        );
    }

    #[test]
    fn newer_and_damaged_registers_are_told_apart() {
        let r = Register::default();
        assert_eq!(Register::read(&r.write()), Ok(r));
        assert_eq!(
            Register::read(r#"{"format":9,"requests":[],"partners":[]}"#),
            Err(ReadError::Newer(9))
        );
        for bad in [
            "",
            "{",
            r#"{"format":1}"#,
            r#"{"format":1,"requests":[],"partners":[],"x":1}"#,
        ] {
            assert!(
                matches!(Register::read(bad), Err(ReadError::Corrupt(_))),
                "{bad}"
            );
        }
    }
}

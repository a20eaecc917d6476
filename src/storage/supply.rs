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
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Responder {
    pub format: u32,
    pub id: Option<ResponderId>,
}

/// The responder profile format this build reads and writes.
pub const RESPONDER_FORMAT: u32 = 1;

impl Default for Responder {
    fn default() -> Self {
        Responder {
            format: RESPONDER_FORMAT,
            id: None,
        }
    }
}

impl Stored for Responder {
    const KEY: &'static str = RESPONDER_KEY;
    fn read(raw: &str) -> Result<Self, ReadError> {
        let format = super::record::peek_format(raw)?;
        if format > u64::from(RESPONDER_FORMAT) {
            return Err(ReadError::Newer(format));
        }
        serde_json::from_str(raw).map_err(|e| ReadError::Corrupt(e.to_string()))
    }
    fn write(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

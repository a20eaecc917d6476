//! Why a link could not be made or read. The view picks a ja/en message per variant
//! (`Display` here is the English one, for logs and tests).

use std::fmt;

/// Why a shared link could not be read. Every input that is not a link this build (or an
/// earlier one) made maps to one of these; none of them panics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// No payload after `#/r/`.
    Empty,
    /// Longer than any link Shindan makes ([`super::MAX_PAYLOAD_CHARS`]): not even decoded.
    TooLong { len: usize, max: usize },
    /// A character that base64url does not use (for example a cut-and-paste artefact or markup).
    NotBase64,
    /// Too short to be a link: cut off.
    Truncated,
    /// The checksum does not match: the link was damaged (changed or cut) on the way.
    Checksum,
    /// A format version this build does not know (made by a newer Shindan, or not a link).
    UnknownVersion(u8),
    /// A model revision whose answer layout this build does not know.
    UnknownModelRev(u32),
    /// The checksum matches but the content does not follow the format (forged or a bug).
    Malformed(&'static str),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => write!(f, "the link carries no result"),
            ShareError::TooLong { len, max } => {
                write!(f, "the link is too long ({len} characters, at most {max})")
            }
            ShareError::NotBase64 => {
                write!(f, "the link contains characters a result link never has")
            }
            ShareError::Truncated => write!(f, "the link is incomplete (cut off)"),
            ShareError::Checksum => write!(f, "the link is damaged (checksum mismatch)"),
            ShareError::UnknownVersion(v) => write!(f, "unknown link format version {v}"),
            ShareError::UnknownModelRev(r) => {
                write!(f, "the link was made with model revision {r}, which this version of Shindan cannot read")
            }
            ShareError::Malformed(why) => write!(f, "the link's content is not valid ({why})"),
        }
    }
}

impl std::error::Error for ShareError {}

/// Why an assessment could not be made into a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// The assessment names a model revision this build has no layout for.
    UnknownModelRev(u32),
    /// The link would be longer than [`super::MAX_PAYLOAD_CHARS`] (long notes): use a backup file.
    TooLong { len: usize, max: usize },
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EncodeError::UnknownModelRev(r) => write!(f, "unknown model revision {r}"),
            EncodeError::TooLong { len, max } => {
                write!(f, "the link would be {len} characters long (at most {max})")
            }
        }
    }
}

impl std::error::Error for EncodeError {}

//! Why a request or response link could not be made, read or imported, and the one table from
//! each error to its ja/en message for both sides ([`SupplyError::message`]); `Display` is the
//! English detail, for logs, tests and the generic message.

use std::fmt;

use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::share::ShareError;

/// A text field of a request or response (named in errors so the form can point at it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The requester's organisation.
    Organisation,
    /// The requester's contact (person, mail address, phone).
    Contact,
    /// Why the requester asks (required).
    Reason,
    /// The requester's message.
    Message,
    /// The responding partner's organisation.
    Responder,
    /// The SCS workbook edition a response names.
    ScsEdition,
    /// An SCS criterion ID a note is for.
    ScsCriterion,
    /// An SCS note or evidence reference.
    ScsNote,
}

impl Field {
    /// A stable code (for logs, CSV and the view's message lookup).
    pub fn code(self) -> &'static str {
        match self {
            Field::Organisation => "organisation",
            Field::Contact => "contact",
            Field::Reason => "reason",
            Field::Message => "message",
            Field::Responder => "responder",
            Field::ScsEdition => "SCS edition",
            Field::ScsCriterion => "SCS criterion ID",
            Field::ScsNote => "SCS note",
        }
    }
}

/// Everything that can go wrong with a supply-chain link or its import. No input panics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SupplyError {
    /// Nothing to read.
    Empty,
    /// Not a Shindan request, response or result link (no `#/ask/`, `#/reply/` or `#/r/`).
    NotALink,
    /// A request link pasted where responses are imported (or the other way round).
    WrongKind,
    /// Longer than any link of this kind Shindan makes: not even decoded.
    TooLong {
        /// Its length in characters.
        len: usize,
        /// The most this kind of link may have.
        max: usize,
    },
    /// A character that base64url does not use.
    NotBase64,
    /// Too short to be a link: cut off.
    Truncated,
    /// The checksum does not match: changed or cut on the way.
    Checksum,
    /// A format version this build does not know (made by a newer Shindan).
    NewerVersion(u8),
    /// The checksum matches but the content does not follow the format (forged or a bug).
    Malformed(&'static str),
    /// A required text is empty (the request's reason, an organisation).
    Missing(Field),
    /// A text is longer than the format allows.
    TextTooLong {
        /// Which text.
        field: Field,
        /// Its limit in characters.
        max: usize,
    },
    /// A text holds a control character (or a newline where none is allowed) or a
    /// bidirectional override.
    ControlCharacter(Field),
    /// The public key is not a 65-byte uncompressed SEC1 point (`0x04 | X | Y`). Only the
    /// length and prefix are checked here; whether the point is on the P-256 curve is checked
    /// when WebCrypto imports it (`importKey` fails for an invalid point).
    InvalidKey,
    /// The request's scope byte names nothing this build knows.
    InvalidScope(u8),
    /// The due date is outside 1970–9999.
    InvalidDate,
    /// A request's SCS level is not ★3 or ★4.
    InvalidScsLevel(u8),
    /// A response's SCS readiness breaks the format's rules (what, in English).
    InvalidScs(&'static str),
    /// The response answers a request this browser did not make: it was sealed to another
    /// requester's key (or the request was removed together with its key).
    UnknownRequest,
    /// The request is ours but its key does not open the response: sealed to another key,
    /// or changed after sealing (the AES-GCM tag fails). The two cannot be told apart.
    CannotOpen,
    /// A passphrase-sealed share link (`#/r/`, version 2): open it on the shared-result page
    /// first; it cannot be imported unread.
    PassphraseLink,
    /// The answers inside could not be read (the share codec's error).
    Answers(ShareError),
}

impl fmt::Display for SupplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SupplyError::Empty => write!(f, "the link is empty"),
            SupplyError::NotALink => write!(f, "not a Shindan request, response or result link"),
            SupplyError::WrongKind => write!(f, "a link of the other kind (request vs response)"),
            SupplyError::TooLong { len, max } => {
                write!(f, "the link is too long ({len} characters, at most {max})")
            }
            SupplyError::NotBase64 => write!(f, "the link contains characters a link never has"),
            SupplyError::Truncated => write!(f, "the link is incomplete (cut off)"),
            SupplyError::Checksum => write!(f, "the link is damaged (checksum mismatch)"),
            SupplyError::NewerVersion(v) => {
                write!(f, "made by a newer version of Shindan (format {v})")
            }
            SupplyError::Malformed(why) => write!(f, "the link's content is not valid ({why})"),
            SupplyError::Missing(field) => write!(f, "the {} is missing", field.code()),
            SupplyError::TextTooLong { field, max } => {
                write!(
                    f,
                    "the {} is too long (at most {max} characters)",
                    field.code()
                )
            }
            SupplyError::ControlCharacter(field) => {
                write!(f, "the {} contains control characters", field.code())
            }
            SupplyError::InvalidKey => write!(f, "the requester's public key is not valid"),
            SupplyError::InvalidScope(s) => write!(f, "unknown request scope {s}"),
            SupplyError::InvalidDate => write!(f, "the due date is not valid"),
            SupplyError::InvalidScsLevel(l) => write!(f, "unknown SCS level {l}"),
            SupplyError::InvalidScs(why) => write!(f, "the SCS readiness is not valid ({why})"),
            SupplyError::UnknownRequest => {
                write!(
                    f,
                    "this response answers a request made elsewhere (another requester's key)"
                )
            }
            SupplyError::CannotOpen => write!(
                f,
                "this response cannot be opened with the request's key (another key, or changed)"
            ),
            SupplyError::PassphraseLink => {
                write!(
                    f,
                    "a passphrase-protected result: open it first, then import"
                )
            }
            SupplyError::Answers(e) => write!(f, "the answers inside: {e}"),
        }
    }
}

impl std::error::Error for SupplyError {}

impl From<ShareError> for SupplyError {
    fn from(e: ShareError) -> Self {
        SupplyError::Answers(e)
    }
}

/// Where a link was met, which decides how an error is worded: a partner opening a request
/// link (`#/ask/…`) is told what to ask the requester for; a requester importing response
/// lines is told what is wrong with that line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// A request link, opened by the partner.
    Request,
    /// A response or result link, pasted or imported by the requester.
    Response,
}

impl SupplyError {
    /// The one table from an error to its ja/en message (`crate::i18n`), for both pages.
    /// `Response` errors outside the table are shown with the generic message and `Display`.
    pub fn message(&self, reading: Reading) -> Option<Msg> {
        use Reading::{Request as Q, Response as R};
        use SupplyError as E;
        Some(match (reading, self) {
            (Q, E::Empty) => Msg::AskNoData,
            (Q, E::TooLong { .. }) => Msg::AskErrTooLong,
            (Q, E::NotBase64) => Msg::AskErrNotBase64,
            (Q, E::Truncated | E::Checksum) => Msg::AskErrDamaged,
            (Q, E::NewerVersion(_)) => Msg::AskErrNewer,
            (Q, E::Missing(Field::Reason)) => Msg::AskErrNoReason,
            (Q, E::Missing(_)) => Msg::AskErrMissingOrg,
            (Q, E::InvalidKey) => Msg::AskErrInvalidKey,
            (Q, _) => Msg::AskErrMalformed,
            (R, E::Empty) => Msg::PartnersErrEmpty,
            (R, E::NotALink) => Msg::PartnersErrNotALink,
            (R, E::WrongKind) => Msg::PartnersErrWrongKind,
            (
                R,
                E::TooLong { .. }
                | E::NotBase64
                | E::Truncated
                | E::Checksum
                | E::Malformed(_)
                | E::InvalidKey
                | E::InvalidScope(_)
                | E::InvalidDate
                | E::InvalidScsLevel(_)
                | E::InvalidScs(_),
            ) => Msg::PartnersErrDamaged,
            (R, E::NewerVersion(_)) => Msg::PartnersErrNewer,
            (R, E::UnknownRequest) => Msg::PartnersErrUnknownRequest,
            (R, E::CannotOpen) => Msg::PartnersErrCannotOpen,
            (R, E::PassphraseLink) => Msg::PartnersErrPassphrase,
            (R, E::Missing(_) | E::TextTooLong { .. } | E::ControlCharacter(_) | E::Answers(_)) => {
                return None
            }
        })
    }

    /// The error's message in `lang`: the table's, or the generic one with the English detail.
    pub fn text(&self, reading: Reading, lang: Lang) -> String {
        match self.message(reading) {
            Some(m) => t(lang, m).to_owned(),
            None => format!("{} ({self})", t(lang, Msg::PartnersErrOther)),
        }
    }

    /// A short, stable name of the error's class (the `data-error` of the views, for tests and
    /// support).
    pub fn class(&self) -> &'static str {
        match self {
            SupplyError::Empty => "empty",
            SupplyError::NotALink => "not-a-link",
            SupplyError::WrongKind => "wrong-kind",
            SupplyError::TooLong { .. } => "too-long",
            SupplyError::NotBase64 => "not-base64",
            SupplyError::Truncated => "truncated",
            SupplyError::Checksum => "checksum",
            SupplyError::NewerVersion(_) => "newer-version",
            SupplyError::Missing(Field::Reason) => "missing-reason",
            SupplyError::Missing(_) => "missing",
            SupplyError::InvalidKey => "invalid-key",
            SupplyError::UnknownRequest => "unknown-request",
            SupplyError::CannotOpen => "cannot-open",
            SupplyError::InvalidScsLevel(_) | SupplyError::InvalidScs(_) => "invalid-scs",
            SupplyError::PassphraseLink => "passphrase",
            _ => "malformed",
        }
    }
}

//! The "Share by link" dialog of the results page: what goes in the link (name and date,
//! notes), the optional passphrase (on or off, too short, being sealed, sealing failed, sealed),
//! the link itself (built, still waiting for its sealing, or too long for a link), and the
//! copy outcome. The link is the pure codec's (`share::encode`, `share::fragment`); the page
//! seals through the door's WebCrypto and copies through its clipboard, feeding each outcome
//! back as an event ([`ShareEvent::Sealed`], [`ShareEvent::Copied`]).
//!
//! There is one passphrase field and no second one to match: a link sealed with a mistyped
//! passphrase is simply sealed again (the answers never leave this browser), so length is the
//! one rule the passphrase is checked against.

use crate::assessment::Assessment;
use crate::i18n::Msg;
use crate::model::Model;
use crate::share::{self, Encoded, ShareOptions, MAX_LINK_CHARS};

use super::Update;

/// Shortest passphrase accepted for sealing.
pub const MIN_PASSPHRASE: usize = 8;

/// The copy button's outcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Copy {
    #[default]
    Idle,
    Done,
    Failed,
}

/// Where sealing with the passphrase stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Sealing {
    #[default]
    Idle,
    /// Sealing; `run` tells this run's outcome from an older one's.
    Working {
        run: u32,
    },
    /// The sealed payload and the plain payload it was made from (a link whose options
    /// changed since is sealed again).
    Done {
        from: String,
        payload: String,
    },
    Failed,
}

/// The dialog's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShareState {
    pub include_name: bool,
    pub include_notes: bool,
    /// 「パスフレーズで保護する」.
    pub protect: bool,
    pub passphrase: String,
    pub sealing: Sealing,
    pub copy: Copy,
    /// Counts sealing runs.
    pub runs: u32,
}

/// One of the dialog's three checkboxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    Name,
    Notes,
    Protect,
}

/// What happened in the dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareEvent {
    /// The dialog opened.
    Open,
    Toggle(Check, bool),
    Passphrase(String),
    /// 「暗号化する」 with the plain link's bytes and payload (`None`: no link can be made).
    Seal(Option<(Vec<u8>, String)>),
    /// The outcome of sealing run `run` (the sealed payload).
    Sealed {
        run: u32,
        from: String,
        result: Result<String, ()>,
    },
    /// Whether the browser took the link onto the clipboard.
    Copied(bool),
}

/// What the page must do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareCommand {
    /// Seal `bytes` with `passphrase` (PBKDF2 → AES-GCM), then send [`ShareEvent::Sealed`]
    /// with `run` and `from`.
    Seal {
        run: u32,
        passphrase: String,
        bytes: Vec<u8>,
        from: String,
    },
}

impl Update for ShareState {
    type Event = ShareEvent;
    type Command = ShareCommand;

    fn update(&mut self, event: ShareEvent) -> Option<ShareCommand> {
        match event {
            ShareEvent::Open => self.copy = Copy::Idle,
            ShareEvent::Toggle(which, on) => {
                match which {
                    Check::Name => self.include_name = on,
                    Check::Notes => self.include_notes = on,
                    Check::Protect => self.protect = on,
                }
                // The link shown may change: "copied" no longer speaks of it.
                self.copy = Copy::Idle;
            }
            ShareEvent::Passphrase(p) => {
                self.passphrase = p;
                // A changed passphrase invalidates a link sealed with the old one.
                self.sealing = Sealing::Idle;
            }
            ShareEvent::Seal(plain) => {
                let (bytes, from) = plain?;
                if !self.passphrase_ok() || matches!(self.sealing, Sealing::Working { .. }) {
                    return None;
                }
                self.runs = self.runs.wrapping_add(1);
                self.sealing = Sealing::Working { run: self.runs };
                return Some(ShareCommand::Seal {
                    run: self.runs,
                    passphrase: self.passphrase.clone(),
                    bytes,
                    from,
                });
            }
            ShareEvent::Sealed { run, from, result } => {
                // A run the passphrase changed under is not this passphrase's link.
                if self.sealing == (Sealing::Working { run }) {
                    self.sealing = match result {
                        Ok(payload) => Sealing::Done { from, payload },
                        Err(()) => Sealing::Failed,
                    };
                }
            }
            ShareEvent::Copied(ok) => self.copy = if ok { Copy::Done } else { Copy::Failed },
        }
        None
    }
}

/// The link area of the dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Output {
    /// The link, ready to copy, share and show as a QR code.
    Link(String),
    /// Longer than [`MAX_LINK_CHARS`] (its length), or the answers cannot be encoded at all.
    TooLong(usize),
    /// The passphrase is on and the link is not sealed (yet).
    Pending,
}

/// What the dialog shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareView {
    /// The plain link's bytes and payload, what 「暗号化する」 seals (`None`: cannot encode).
    pub plain: Option<(Vec<u8>, String)>,
    /// 「暗号化する」 can be pressed.
    pub can_seal: bool,
    /// The sealing line: working, failed, or the passphrase too short.
    pub seal_status: Option<Msg>,
    pub output: Output,
    /// The copy line: copied, or the browser refused.
    pub copy_status: Option<Msg>,
    /// Values the link format cannot carry, left out.
    pub omitted: usize,
}

impl ShareState {
    pub fn options(&self) -> ShareOptions {
        ShareOptions {
            include_name: self.include_name,
            include_notes: self.include_notes,
        }
    }

    /// At least [`MIN_PASSPHRASE`] characters.
    pub fn passphrase_ok(&self) -> bool {
        self.passphrase.chars().count() >= MIN_PASSPHRASE
    }

    /// What the dialog shows for `a`, the link starting with `base` (the page address without
    /// its fragment).
    pub fn view(&self, model: &Model, a: &Assessment, base: &str) -> ShareView {
        let encoded = share::encode(model, a, &self.options());
        let plain: Option<Encoded> = encoded.ok();
        let payload = match (&plain, self.protect, &self.sealing) {
            (Some(p), false, _) => Some(p.payload.clone()),
            (Some(p), true, Sealing::Done { from, payload }) if *from == p.payload => {
                Some(payload.clone())
            }
            _ => None,
        };
        let link = payload.map(|p| format!("{base}{}", share::fragment(&p)));
        let output = match (&plain, link) {
            (None, _) => Output::TooLong(MAX_LINK_CHARS + 1),
            (_, Some(l)) if l.chars().count() > MAX_LINK_CHARS => {
                Output::TooLong(l.chars().count())
            }
            (_, Some(l)) => Output::Link(l),
            (_, None) => Output::Pending,
        };
        let working = matches!(self.sealing, Sealing::Working { .. });
        let seal_status = match &self.sealing {
            Sealing::Working { .. } => Some(Msg::ShareEncrypting),
            Sealing::Failed => Some(Msg::ShareEncryptFailed),
            _ if !self.passphrase.is_empty() && !self.passphrase_ok() => {
                Some(Msg::SharePassphraseShort)
            }
            _ => None,
        };
        let copy_status = match self.copy {
            Copy::Done => Some(Msg::ShareCopied),
            Copy::Failed => Some(Msg::ShareCopyFailed),
            Copy::Idle => None,
        };
        ShareView {
            can_seal: self.passphrase_ok() && !working && plain.is_some(),
            seal_status,
            output,
            copy_status,
            omitted: plain.as_ref().map_or(0, |e| e.omitted),
            plain: plain.map(|e| (e.bytes, e.payload)),
        }
    }
}

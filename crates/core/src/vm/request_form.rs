//! The requester's request form (`#/partners`): what was typed, whether a link is being made,
//! was made, was refused (and why) or could not be made, and what the copy and backup buttons
//! said. The key pair and the random id come from WebCrypto at the door: the form asks for
//! them ([`Effect::MakeKey`]), is handed them back ([`Event::KeyMade`]) and only then builds,
//! checks and encodes the request, from the fields as they were when the user pressed the
//! button. The request is added to the register ([`Effect::Add`]) only once it is valid.

use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::supply::{
    clean_text, encode_request, Day, PartnerKind, PublicKey, Reading, Request, RequestEntry,
    RequestId, Scope, ScsLevel, SupplyError, MAX_TIER,
};

/// What the user typed or chose, as the inputs hold it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub organisation: String,
    pub contact: String,
    pub reason: String,
    /// `None` until chosen: the form shows the SME path chosen.
    pub scope: Option<Scope>,
    /// `YYYY-MM-DD` as `<input type=date>` gives it, or empty.
    pub due: String,
    pub message: String,
    pub sent_to: String,
    /// A [`PartnerKind::code`] or empty.
    pub kind: String,
    /// `1`..=[`MAX_TIER`] or empty.
    pub tier: String,
    /// The SCS readiness asked for (none: not asked).
    pub scs: Option<ScsLevel>,
}

impl Draft {
    /// The scope the radios show.
    pub fn scope(&self) -> Scope {
        self.scope.unwrap_or(Scope::Sme)
    }

    /// The partner's type the select shows.
    pub fn kind(&self) -> Option<PartnerKind> {
        PartnerKind::from_code(&self.kind)
    }

    /// The tier the select shows (and the register keeps), if it is one the form offers.
    pub fn tier(&self) -> Option<u8> {
        self.tier
            .parse()
            .ok()
            .filter(|n| (1..=MAX_TIER).contains(n))
    }

    /// The request these fields make with this id and key, checked against the format's
    /// rules, and its link payload (the part after `#/ask/`).
    pub fn request(&self, id: RequestId, key: PublicKey) -> Result<(Request, String), SupplyError> {
        let request = Request {
            id,
            requester_key: key,
            scope: self.scope(),
            due: Day::parse(&self.due),
            organisation: clean_text(&self.organisation, false),
            contact: clean_text(&self.contact, false),
            reason: clean_text(&self.reason, true),
            message: clean_text(&self.message, true),
            scs: self.scs,
        };
        let payload = request.validate().and_then(|()| encode_request(&request))?;
        Ok((request, payload))
    }
}

/// One input of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Organisation,
    Contact,
    Reason,
    Due,
    Message,
    SentTo,
    Kind,
    Tier,
}

/// Where making the link stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Making {
    /// Nothing asked yet.
    #[default]
    Idle,
    /// Waiting for the key, with the fields as they were when the button was pressed.
    Busy(Draft),
    /// Made and added to the register: the link payload (the part after `#/ask/`).
    Done(String),
    /// The fields break a rule of the format: nothing was added.
    Invalid(SupplyError),
    /// The browser could not make a key or random id: nothing was added.
    Failed,
}

/// A fresh key and id from the door, and the time it was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewKey {
    pub id: RequestId,
    pub public: PublicKey,
    /// The private half as JWK text (`RequestEntry::private_key`).
    pub private_jwk: String,
    pub now_ms: u64,
}

/// What the user or the door did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Edit(Input, String),
    Scope(Scope),
    /// The tick "ask for SCS ★3 readiness" (on: ★3, keeping ★4 if it was chosen; off: none).
    AskScs(bool),
    /// The tick "★4 too" (only while SCS readiness is asked).
    AskScsStar4(bool),
    /// The form was submitted.
    Submit,
    KeyMade(NewKey),
    KeyFailed,
    /// The browser took the link for the clipboard (or refused it).
    Copied(bool),
    /// The backup was saved (or could not be).
    BackedUp(bool),
}

/// What the view must do after an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    None,
    /// Make a key pair and a random id, then send [`Event::KeyMade`] or [`Event::KeyFailed`].
    MakeKey,
    /// Add this request to the register.
    Add(Box<RequestEntry>),
}

/// The form's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestForm {
    pub draft: Draft,
    pub making: Making,
    /// `Some(ok)` once the made link was copied (or copying failed).
    pub copied: Option<bool>,
    /// `Some(ok)` once a backup was tried after the link was made.
    pub backed_up: Option<bool>,
}

impl RequestForm {
    pub fn update(&mut self, ev: Event) -> Effect {
        match ev {
            Event::Edit(input, v) => {
                let d = &mut self.draft;
                let field = match input {
                    Input::Organisation => &mut d.organisation,
                    Input::Contact => &mut d.contact,
                    Input::Reason => &mut d.reason,
                    Input::Due => &mut d.due,
                    Input::Message => &mut d.message,
                    Input::SentTo => &mut d.sent_to,
                    Input::Kind => &mut d.kind,
                    Input::Tier => &mut d.tier,
                };
                *field = v;
            }
            Event::Scope(s) => self.draft.scope = Some(s),
            Event::AskScs(on) => {
                self.draft.scs = match (on, self.draft.scs) {
                    (false, _) => None,
                    (true, Some(l)) => Some(l),
                    (true, None) => Some(ScsLevel::Star3),
                }
            }
            Event::AskScsStar4(on) => {
                if self.draft.scs.is_some() {
                    self.draft.scs = Some(if on { ScsLevel::Star4 } else { ScsLevel::Star3 });
                }
            }
            Event::Submit => {
                if self.busy() {
                    return Effect::None;
                }
                self.copied = None;
                self.backed_up = None;
                self.making = Making::Busy(self.draft.clone());
                return Effect::MakeKey;
            }
            Event::KeyMade(key) => {
                // A key that arrives when nothing waits for it makes nothing.
                let Making::Busy(draft) = &self.making else {
                    return Effect::None;
                };
                return match draft.request(key.id, key.public) {
                    Ok((request, payload)) => {
                        let entry = RequestEntry {
                            request,
                            private_key: key.private_jwk,
                            created_ms: key.now_ms,
                            deleted: false,
                            sent_to: clean_text(&draft.sent_to, false),
                            kind: draft.kind(),
                            tier: draft.tier(),
                        };
                        self.making = Making::Done(payload);
                        Effect::Add(Box::new(entry))
                    }
                    Err(e) => {
                        self.making = Making::Invalid(e);
                        Effect::None
                    }
                };
            }
            Event::KeyFailed => {
                if self.busy() {
                    self.making = Making::Failed;
                }
            }
            Event::Copied(ok) => self.copied = Some(ok),
            Event::BackedUp(ok) => self.backed_up = Some(ok),
        }
        Effect::None
    }

    /// Whether a link is being made (the button is disabled).
    pub fn busy(&self) -> bool {
        matches!(self.making, Making::Busy(_))
    }

    /// The link made, on this app's address `base` (without its fragment).
    pub fn link(&self, base: &str) -> Option<String> {
        match &self.making {
            Making::Done(payload) => Some(format!(
                "{base}{}",
                crate::supply::request_fragment(payload)
            )),
            _ => None,
        }
    }

    /// Why the request was refused, as the form says it.
    pub fn invalid_text(&self, lang: Lang) -> Option<String> {
        match &self.making {
            Making::Invalid(e) => Some(format!(
                "{}: {}",
                t(lang, Msg::PartnersValidation),
                e.text(Reading::Response, lang)
            )),
            _ => None,
        }
    }
}

//! The partner's response to a request (`#/ask`): what the open assessment would send, the
//! organisation name typed, whether notes go too, why nothing can be sent yet, and the sealing
//! sequence — ready, sealing, sealed (the link, as long as it still matches what is previewed),
//! failed (and why) — with what the copy and download buttons said.
//!
//! The sealing itself is WebCrypto at the door: [`Event::Send`] hands back the content to seal
//! ([`Effect::Seal`], only when it may be sent) and the door's outcome comes back as
//! [`Event::Sealed`]. A link remembers what it was made from ([`Made`]): once the answers or
//! the name change, it is no longer offered and the page says it is stale.

use crate::assessment::Assessment;
use crate::i18n::Msg;
use crate::model::Model;
use crate::supply::{
    clean_text, encode_response, part_counts, reply_answers, response_fragment, PartCounts,
    ReplyAnswers, ResponderId, ResponseContent, Scope, ScsReply, SealedResponse, SupplyError,
    MAX_RESPONSE_CHARS,
};

/// A message and the number it counts, if any, which the page renders with `i18n::t` /
/// `i18n::tn`: `tn` is generic, and an instance of it made in this crate would be the one the
/// first screen links too, which changes (and grows) the first screen's code.
pub type Message = (Msg, Option<usize>);

/// The longest organisation name a response carries (the format's rule).
pub const MAX_RESPONDER_CHARS: usize = 100;

/// What the partner's open assessment would send for a request of some scope.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answers {
    /// The assessment's name: the organisation name until one is typed.
    pub name: String,
    /// The answers to seal (none when they cannot be encoded).
    pub reply: Option<ReplyAnswers>,
    /// What they hold, part by part.
    pub counts: PartCounts,
    /// The SCS readiness sent with them, when the request asks for it
    /// ([`crate::supply::readiness`] of the partner's SCS assessment).
    pub scs: Option<ScsReply>,
}

impl Answers {
    /// The parts of `a` a request of `scope` asks for; the notes only if `include_notes`.
    pub fn of(model: &Model, a: &Assessment, scope: Scope, include_notes: bool) -> Answers {
        let reply = reply_answers(model, a, scope, include_notes).ok();
        let counts = reply
            .as_ref()
            .and_then(|r| {
                model
                    .answerable(r.sent.model_rev)
                    .map(|l| part_counts(l, &r.sent))
            })
            .unwrap_or_default();
        Answers {
            name: a.name.clone(),
            reply,
            counts,
            scs: None,
        }
    }

    /// The same, with the SCS readiness the request asked for.
    pub fn with_scs(mut self, scs: Option<ScsReply>) -> Answers {
        self.scs = scs;
        self
    }

    /// What the requester will read (the answers decoded again).
    pub fn sent(&self) -> Option<&Assessment> {
        self.reply.as_ref().map(|r| &r.sent)
    }

    /// Whether any asked part holds an answer (the reply holds only the parts asked for).
    fn anything(&self) -> bool {
        let c = &self.counts;
        c.articles.0 + c.self_check.0 + c.actions.0 > 0
            || self
                .sent()
                .is_some_and(|s| s.policy.established || s.policy.published)
            || c.a1.0 + c.a2.0 + c.tiers.0 > 0
    }
}

/// Why no link can be made (or was not made).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    ResponderMissing,
    ResponderTooLong,
    NothingToSend,
    InvalidKey,
    SealFailed,
    /// The sealed link would have this many characters, over [`MAX_RESPONSE_CHARS`].
    TooLong(usize),
}

impl Problem {
    /// What the page says.
    pub fn message(self) -> Message {
        match self {
            Problem::ResponderMissing => (Msg::AskErrResponderMissing, None),
            Problem::ResponderTooLong => (Msg::AskErrResponderTooLong, None),
            Problem::NothingToSend => (Msg::AskErrNothingToSend, None),
            Problem::InvalidKey => (Msg::AskErrInvalidKey, None),
            Problem::SealFailed => (Msg::AskErrSealFailed, None),
            Problem::TooLong(n) => (Msg::AskErrResponseTooLong, Some(n)),
        }
    }

    /// The problem a sealing error is, as the partner can act on it.
    pub fn of_seal_error(e: &SupplyError) -> Problem {
        match e {
            SupplyError::InvalidKey => Problem::InvalidKey,
            SupplyError::Missing(_) => Problem::ResponderMissing,
            SupplyError::TextTooLong { .. } => Problem::ResponderTooLong,
            _ => Problem::SealFailed,
        }
    }
}

/// What a link was made from: a different one means the link no longer matches the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Made {
    pub answers: Vec<u8>,
    pub organisation: String,
    pub scs: Option<ScsReply>,
}

/// Where sealing stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Sending {
    #[default]
    Idle,
    /// Sealing this.
    Working(Made),
    /// Sealed: the response payload (the part after `#/reply/`).
    Done {
        from: Made,
        payload: String,
    },
    Failed {
        from: Made,
        problem: Problem,
    },
}

/// What the copy button said.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Copied {
    #[default]
    Idle,
    Done,
    Failed,
}

/// The status line under the send button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    None,
    Sending,
    /// Why the button is disabled.
    Blocked(Problem),
    /// Why the last try made no link.
    Failed(Problem),
    /// A link was made, but from other answers or another name than those shown now.
    Stale,
}

impl Status {
    /// What the page says (nothing for [`Status::None`]).
    pub fn message(self) -> Option<Message> {
        match self {
            Status::None => None,
            Status::Sending => Some((Msg::AskSending, None)),
            Status::Blocked(p) | Status::Failed(p) => Some(p.message()),
            Status::Stale => Some((Msg::AskStale, None)),
        }
    }
}

/// What the partner or the door did.
#[derive(Clone, Debug, PartialEq)]
pub enum Event<'a> {
    /// Another assessment was opened (or a new one made): any link is forgotten.
    Chose,
    /// The organisation name as typed.
    Name(String),
    ToggleNotes,
    /// The tick sending the SCS notes and evidence references too.
    ToggleScsNotes,
    /// The send button, with what the open assessment sends, the partner's responder id (none
    /// when the browser could not make one) and the time.
    Send {
        answers: &'a Answers,
        responder: Option<ResponderId>,
        now_ms: u64,
    },
    /// The door's sealing outcome.
    Sealed(Result<SealedResponse, SupplyError>),
    /// The browser took the link for the clipboard (or refused it).
    Copied(bool),
    /// The link file was saved (or could not be).
    Downloaded(bool),
}

/// What the view must do after an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    None,
    /// Seal this to the request's key, then send [`Event::Sealed`].
    Seal(ResponseContent),
}

/// The response form's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Respond {
    pub include_notes: bool,
    /// The partner's SCS notes and evidence references go with the counts.
    pub include_scs_notes: bool,
    /// `None`: the assessment's name.
    pub typed_name: Option<String>,
    pub sending: Sending,
    pub copy: Copied,
    pub download_failed: bool,
}

impl Respond {
    pub fn update(&mut self, ev: Event<'_>) -> Effect {
        match ev {
            Event::Chose => self.sending = Sending::Idle,
            Event::Name(v) => self.typed_name = Some(v),
            Event::ToggleNotes => self.include_notes = !self.include_notes,
            Event::ToggleScsNotes => self.include_scs_notes = !self.include_scs_notes,
            Event::Send {
                answers,
                responder,
                now_ms,
            } => {
                let Some(from) = self.to_seal(answers) else {
                    return Effect::None;
                };
                let Some(responder) = responder else {
                    self.sending = Sending::Failed {
                        from,
                        problem: Problem::SealFailed,
                    };
                    return Effect::None;
                };
                let content = ResponseContent {
                    responder,
                    responded_at_ms: now_ms,
                    organisation: from.organisation.clone(),
                    answers: from.answers.clone(),
                    scs: from.scs.clone(),
                };
                self.copy = Copied::Idle;
                self.sending = Sending::Working(from);
                return Effect::Seal(content);
            }
            Event::Sealed(outcome) => {
                // An outcome nobody waits for (another assessment was chosen meanwhile).
                let Sending::Working(from) = std::mem::take(&mut self.sending) else {
                    return Effect::None;
                };
                self.sending = match outcome.map(|s| encode_response(&s)) {
                    Ok(payload) if payload.len() > MAX_RESPONSE_CHARS => Sending::Failed {
                        from,
                        problem: Problem::TooLong(payload.len()),
                    },
                    Ok(payload) => Sending::Done { from, payload },
                    Err(e) => Sending::Failed {
                        from,
                        problem: Problem::of_seal_error(&e),
                    },
                };
            }
            Event::Copied(ok) => self.copy = if ok { Copied::Done } else { Copied::Failed },
            Event::Downloaded(ok) => self.download_failed = !ok,
        }
        Effect::None
    }

    /// The organisation field's value.
    pub fn name<'a>(&'a self, answers: &'a Answers) -> &'a str {
        self.typed_name.as_deref().unwrap_or(&answers.name)
    }

    /// The organisation name a response carries: the field, cleaned and trimmed.
    pub fn organisation(&self, answers: &Answers) -> String {
        clean_text(self.name(answers), false).trim().to_string()
    }

    /// Why nothing may be sent now.
    pub fn blocked(&self, answers: &Answers) -> Option<Problem> {
        let organisation = self.organisation(answers);
        if organisation.is_empty() {
            Some(Problem::ResponderMissing)
        } else if organisation.chars().count() > MAX_RESPONDER_CHARS {
            Some(Problem::ResponderTooLong)
        } else if answers.reply.is_none() || !answers.anything() {
            Some(Problem::NothingToSend)
        } else {
            None
        }
    }

    pub fn working(&self) -> bool {
        matches!(self.sending, Sending::Working(_))
    }

    /// Whether the send button is enabled.
    pub fn can_send(&self, answers: &Answers) -> bool {
        self.to_seal(answers).is_some()
    }

    /// What would be sealed now, only when it may be sent and nothing is being sealed.
    fn to_seal(&self, answers: &Answers) -> Option<Made> {
        if self.working() || self.blocked(answers).is_some() {
            return None;
        }
        self.current(answers)
    }

    /// What the preview shows now, as a link would be made from it.
    fn current(&self, answers: &Answers) -> Option<Made> {
        answers.reply.as_ref().map(|r| Made {
            answers: r.bytes.clone(),
            organisation: self.organisation(answers),
            scs: answers.scs.clone(),
        })
    }

    /// The response link on this app's address `base` (without its fragment), while it still
    /// matches what the preview shows.
    pub fn link(&self, answers: &Answers, base: &str) -> Option<String> {
        match &self.sending {
            Sending::Done { from, payload } if Some(from) == self.current(answers).as_ref() => {
                Some(format!("{base}{}", response_fragment(payload)))
            }
            _ => None,
        }
    }

    /// The status line.
    pub fn status(&self, answers: &Answers) -> Status {
        if self.working() {
            return Status::Sending;
        }
        if let Some(p) = self.blocked(answers) {
            return Status::Blocked(p);
        }
        let current = self.current(answers);
        match &self.sending {
            Sending::Failed { from, problem } if Some(from) == current.as_ref() => {
                Status::Failed(*problem)
            }
            Sending::Done { from, .. } if Some(from) != current.as_ref() => Status::Stale,
            _ => Status::None,
        }
    }

    /// The line under the copy and download buttons: a failed download first.
    pub fn copy_status(&self) -> Option<Msg> {
        match (self.copy, self.download_failed) {
            (_, true) => Some(Msg::ExportFailed),
            (Copied::Done, _) => Some(Msg::ShareCopied),
            (Copied::Failed, _) => Some(Msg::ShareCopyFailed),
            (Copied::Idle, _) => None,
        }
    }
}

/// One line of the preview's parts: its label, answered of how many, and its `data-part`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    pub label: Msg,
    pub count: (usize, usize),
    pub code: &'static str,
}

/// The parts a request of `scope` asks for, with what `counts` holds of each.
pub fn parts(scope: Scope, counts: &PartCounts) -> Vec<Part> {
    let part = |label, count, code| Part { label, count, code };
    let mut out = Vec::new();
    if scope.sme() {
        out.push(part(Msg::ArticlesShort, counts.articles, "articles"));
        out.push(part(Msg::AskPartSelfCheck, counts.self_check, "self-check"));
        out.push(part(Msg::AskPartActions, counts.actions, "actions"));
    }
    if scope.executive() {
        out.push(part(Msg::AskPartA1, counts.a1, "a1"));
        out.push(part(Msg::AskPartA2, counts.a2, "a2"));
        out.push(part(Msg::AskPartTiers, counts.tiers, "tiers"));
    }
    out
}

/// The preview's line on notes (only when the executive check is asked).
pub fn notes_line(scope: Scope, counts: &PartCounts) -> Option<Message> {
    scope.executive().then_some(if counts.notes == 0 {
        (Msg::AskNotesNotIncluded, None)
    } else {
        (Msg::AskNotesIncluded, Some(counts.notes))
    })
}

/// The one note on notes, true for the request's scope.
pub fn notes_note(scope: Scope) -> Msg {
    if scope.executive() {
        Msg::AskNotesOnlyIfChosen
    } else {
        Msg::AskNotesExecOnly
    }
}

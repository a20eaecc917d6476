//! PURE: the requester's requests as it manages them — each request with whom it went to, its
//! due date, when it was made, its key fingerprint, the responses received and whether it is
//! answered, waiting or overdue, and the link to copy again; and each partner's weakest items,
//! the one definition every view, print and CSV reads.
//!
//! The fingerprint is [`PublicKey::fingerprint`] of the request's key: the partner's page
//! shows the same function of the same key read back from the link, so the two sides can be
//! compared "through a channel you already know". The link is rebuilt from the stored request
//! by the request codec, which is canonical: the same request always gives the same link.

use std::collections::HashMap;

use crate::assessment::{self_check, Assessment, WeakItem};
use crate::model::Model;

use super::error::SupplyError;
use super::register::{Register, RequestEntry};
use super::request::encode_request;
use super::types::{Clock, Day, RequestId};

/// How many weakest items a partner is summed up by.
pub const WEAKEST: usize = 5;

/// A partner's weakest self-diagnosis items, weakest first: every item answered 実施していない,
/// then 一部実施している, then わからない, each in model order (`assessment::self_check`'s
/// ranking), the first [`WEAKEST`]. The overview row, the partner's details, the CSV and the
/// printed summary all show this list.
pub fn partner_weakest(model: &Model, a: &Assessment) -> Vec<WeakItem> {
    self_check(model, a)
        .weakest
        .into_iter()
        .take(WEAKEST)
        .collect()
}

/// Where a request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequestState {
    /// No response yet, not past the due date.
    Waiting,
    /// No response and the due date has passed.
    Overdue,
    /// At least one response to it has been imported.
    Answered,
}

impl RequestState {
    /// A stable code for the page's `data-` attributes (not shown to users).
    pub fn code(self) -> &'static str {
        match self {
            RequestState::Waiting => "waiting",
            RequestState::Overdue => "overdue",
            RequestState::Answered => "answered",
        }
    }
}

/// One request as the requester's list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct RequestView<'a> {
    /// The stored request.
    pub entry: &'a RequestEntry,
    /// The key's fingerprint, as the partner's page shows it.
    pub fingerprint: String,
    /// The day it was made (the user's calendar).
    pub made: Day,
    /// Responses imported for it (current and older results of every partner).
    pub responses: usize,
    /// When the newest of them was made (the partner's clock; a plain link has none).
    pub last_response_ms: Option<u64>,
    /// Answered, waiting or overdue.
    pub state: RequestState,
}

/// The request's state from its due date and the responses received, judged on `today`.
pub fn request_state(due: Option<Day>, responses: usize, today: Day) -> RequestState {
    if responses > 0 {
        RequestState::Answered
    } else if due.is_some_and(|d| d < today) {
        RequestState::Overdue
    } else {
        RequestState::Waiting
    }
}

/// Every request of the register (hidden ones too: the view says they are hidden), oldest
/// first, with what the list shows.
pub fn request_views(reg: &Register, clock: Clock) -> Vec<RequestView<'_>> {
    let today = clock.today();
    let mut got: HashMap<RequestId, (usize, Option<u64>)> = HashMap::new();
    for r in reg
        .partners
        .iter()
        .flat_map(|p| std::iter::once(&p.current).chain(&p.history))
    {
        if let Some(id) = r.request {
            let e = got.entry(id).or_insert((0, None));
            e.0 += 1;
            e.1 = e.1.max(Some(r.when()));
        }
    }
    reg.requests
        .iter()
        .map(|entry| {
            let (responses, last_response_ms) =
                got.get(&entry.request.id).copied().unwrap_or((0, None));
            RequestView {
                entry,
                fingerprint: entry.request.requester_key.fingerprint(),
                made: Day::of_time(entry.created_ms, clock.offset_minutes),
                responses,
                last_response_ms,
                state: request_state(entry.request.due, responses, today),
            }
        })
        .collect()
}

/// The request's link again, from the stored request: `base` (the app's address without its
/// fragment) then `#/ask/<payload>`. The same request always gives the same link.
pub fn request_link(base: &str, entry: &RequestEntry) -> Result<String, SupplyError> {
    Ok(format!(
        "{base}{}",
        super::request_fragment(&encode_request(&entry.request)?)
    ))
}

/// The requesting organisations named by the register's requests (hidden ones left out),
/// each once, in the order first used: who the printed summary says is asking.
pub fn requesters(reg: &Register) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for e in reg.requests.iter().filter(|e| !e.deleted) {
        let o = e.request.organisation.trim();
        if !o.is_empty() && !out.contains(&o) {
            out.push(o);
        }
    }
    out
}

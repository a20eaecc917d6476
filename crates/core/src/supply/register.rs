//! The requester's register: its requests (with their private keys) and the partners' results,
//! and the rules for importing responses into it.
//!
//! **Who is "the same partner"** (documented decision): a sealed response carries the
//! responder id its browser chose once and reuses ([`ResponderId`]), and that id is the
//! partner's key (`r:<hex>`). Organisation names are not used for sealed responses because
//! they are typed freely (株式会社A / (株)A / A社) and two partners may share one; the id is
//! stable across requests and years as long as the partner answers from the same browser or
//! restores its backup. A partner answering from a new browser appears as a new partner, and
//! [`Register::merge_partners`] joins the two. Plain share links carry no id: they are keyed by
//! the normalised organisation name (`n:<name>`, see [`normalise_name`]), or, without a name,
//! by the link's checksum (`u:<crc>`).
//!
//! **Import rules**:
//! * a response is matched to its request by the request id in its header; an id this register
//!   does not hold is [`SupplyError::UnknownRequest`] (made for another requester's key), a
//!   key that does not open it is [`SupplyError::CannotOpen`];
//! * the newer response of a partner (by the partner's response time; a plain link counts
//!   from when it was imported) becomes current, the older one goes to its history; an older
//!   response imported later goes straight to the history;
//! * the same response twice (same ephemeral key; for a plain link, the same answers) is
//!   [`Outcome::AlreadyImported`] and changes nothing;
//! * a response to a deleted request is imported and marked `request_deleted`;
//! * a plain share link (version 1) is imported and marked not end-to-end encrypted
//!   (`e2e: false`); a passphrase-sealed one must be opened first.
//!
//! The decryption itself is the caller's: [`Register::import_text`] takes an `open` function
//! (WebCrypto at the edge, after [`Register::to_open`]; RustCrypto in native tests).

use serde::{Deserialize, Serialize};

use super::error::SupplyError;
use super::keys::jwk_public_key;
use super::links::{classify, lines, Link};
use super::request::Request;
use super::response::{decode_content_kept, decode_response, ResponseContent, SealedResponse};
use super::types::{PartnerKind, RequestId};
use super::wire::hex;
use crate::model::Model;
use crate::share::{self, base64url, Opened as ShareOpened};

/// The newest register format this build reads and writes: 2 holds SCS readiness (asked in a
/// request, or received); a register without any is still written as 1, so an older build
/// keeps reading it (one with SCS it keeps read-only, as any newer format, never lost).
pub const REGISTER_FORMAT: u32 = 2;
/// The format of a register without SCS readiness.
const REGISTER_FORMAT_PLAIN: u32 = 1;
/// Highest supply-chain tier (1 = a direct partner).
pub const MAX_TIER: u8 = 9;

/// One request the requester made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestEntry {
    /// What the link carries.
    pub request: Request,
    /// The private key as WebCrypto's `exportKey('jwk')` gave it: opaque here
    /// (see `crate::supply::keys`). Without it no response to this request can be opened.
    pub private_key: String,
    /// When it was made (ms since the Unix epoch).
    pub created_ms: u64,
    /// Removed from the lists by the user; kept (with its key) so late responses still open.
    #[serde(default)]
    pub deleted: bool,
    /// Who the link was sent to, as the requester noted it (local only, never sent).
    #[serde(default)]
    pub sent_to: String,
    /// The addressee's type, given to the partner its response creates.
    #[serde(default)]
    pub kind: Option<PartnerKind>,
    /// The addressee's tier (1 = direct), given to the partner its response creates.
    #[serde(default)]
    pub tier: Option<u8>,
}

impl RequestEntry {
    /// The stored key belongs to the request's public key (a restored backup is intact).
    pub fn key_matches(&self) -> bool {
        jwk_public_key(&self.private_key) == Some(self.request.requester_key)
    }
}

/// A partner's key in the register: `r:<responder id hex>`, `n:<normalised name>` or
/// `u:<checksum hex>` (see the module docs).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PartnerKey(pub String);

/// One received result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerResult {
    /// The request it answers (`None` for a plain share link).
    #[serde(default)]
    pub request: Option<RequestId>,
    /// The response's identity: base64url of its ephemeral public key (sealed only).
    #[serde(default)]
    pub response_id: Option<String>,
    /// The organisation name as the partner gave it (untrusted text).
    pub organisation: String,
    /// When the partner made it (sealed only; the partner's clock).
    #[serde(default)]
    pub responded_ms: Option<u64>,
    /// When it was imported here.
    pub imported_ms: u64,
    /// Sealed to the requester's key (false: a plain share link anyone on the way could read).
    pub e2e: bool,
    /// It answers a request the user had deleted.
    #[serde(default)]
    pub request_deleted: bool,
    /// The answers: the share codec's plain payload (base64url), decoded on demand.
    pub answers: String,
    /// The SCS readiness the response carried (its request asked for it): the scs section's
    /// bytes as base64url ([`super::scs::scs_section_bytes`]), decoded on demand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scs: Option<String>,
}

impl PartnerResult {
    /// The time that orders a partner's results: the response time, else the import time.
    pub fn when(&self) -> u64 {
        self.responded_ms.unwrap_or(self.imported_ms)
    }

    fn same_as(&self, other: &PartnerResult) -> bool {
        match (&self.response_id, &other.response_id) {
            (Some(a), Some(b)) => a == b,
            (None, None) => self.answers == other.answers,
            _ => false,
        }
    }

    /// The SCS readiness kept with it (`None` when none was asked, or it no longer reads).
    pub fn scs_reply(&self) -> Option<super::scs::ScsReply> {
        let bytes = base64url::decode(self.scs.as_deref()?).ok()?;
        super::scs::decode_scs_section(&bytes).ok()
    }

    /// The answers decoded against the model (`None` if they no longer decode, e.g. a model
    /// revision this build dropped).
    pub fn decode(&self, model: &Model) -> Option<share::Decoded> {
        match share::open(model, &self.answers).ok()? {
            ShareOpened::Plain(d) => Some(*d),
            ShareOpened::Sealed(_) => None,
        }
    }
}

/// A partner and its results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// Its key (see the module docs).
    pub key: PartnerKey,
    /// Display name: the organisation of its current result, unless the requester renamed it.
    pub name: String,
    /// Its type, set by the requester.
    #[serde(default)]
    pub kind: Option<PartnerKind>,
    /// Its tier (1 = direct), set by the requester.
    #[serde(default)]
    pub tier: Option<u8>,
    /// The newest result.
    pub current: PartnerResult,
    /// Older results, newest first.
    #[serde(default)]
    pub history: Vec<PartnerResult>,
}

/// What importing one response did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A partner not seen before.
    NewPartner,
    /// A known partner's newer result: now current, the previous one in its history.
    Updated,
    /// Older than the partner's current result: kept in its history only.
    History,
    /// This very response was imported before: nothing changed.
    AlreadyImported,
}

/// The report of one import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The partner it went to.
    pub partner: PartnerKey,
    /// The organisation name it carries.
    pub organisation: String,
    /// What happened.
    pub outcome: Outcome,
    /// Sealed to our key (false: a plain share link).
    pub e2e: bool,
    /// It answers a deleted request.
    pub request_deleted: bool,
}

/// The report of one line of a bulk import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineReport {
    /// 1-based line number in the pasted text.
    pub line: usize,
    /// What happened to it.
    pub result: Result<Imported, SupplyError>,
}

/// A sealed response waiting for the edge to open it (see [`Register::to_open`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToOpen {
    /// The private key (JWK) of the request it answers.
    pub private_key: String,
    /// The request it answers.
    pub request: Request,
    /// The response.
    pub response: SealedResponse,
}

/// Why a stored register could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegisterError {
    /// Written by a newer Shindan: read-only here.
    NewerFormat(u64),
    /// Not a register (or damaged): the serde message.
    Invalid(String),
}

impl std::fmt::Display for RegisterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RegisterError::NewerFormat(v) => write!(f, "register format {v} is newer"),
            RegisterError::Invalid(e) => write!(f, "not a valid register: {e}"),
        }
    }
}

impl std::error::Error for RegisterError {}

/// Requests and partners (see the module docs). Serialised as one JSON value, its `format` the
/// oldest that holds it ([`Register::written_format`]), wherever it is written (storage, backup).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, from = "RawRegister")]
pub struct Register {
    /// [`REGISTER_FORMAT`].
    pub format: u32,
    /// The requests, oldest first.
    pub requests: Vec<RequestEntry>,
    /// The partners, in the order they were first seen.
    pub partners: Vec<Partner>,
}

/// A register as read, before its format is taken as this build's.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegister {
    format: u32,
    requests: Vec<RequestEntry>,
    partners: Vec<Partner>,
}

impl From<RawRegister> for Register {
    fn from(r: RawRegister) -> Register {
        Register {
            // A format this build reads is held as its own: what is written is decided by the
            // content alone. Any other is kept for `validate` to name.
            format: if (1..=REGISTER_FORMAT).contains(&r.format) {
                REGISTER_FORMAT
            } else {
                r.format
            },
            requests: r.requests,
            partners: r.partners,
        }
    }
}

impl Serialize for Register {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            format: u32,
            requests: &'a [RequestEntry],
            partners: &'a [Partner],
        }
        Out {
            format: self.written_format(),
            requests: &self.requests,
            partners: &self.partners,
        }
        .serialize(s)
    }
}

impl Default for Register {
    fn default() -> Self {
        Register {
            format: REGISTER_FORMAT,
            requests: Vec::new(),
            partners: Vec::new(),
        }
    }
}

/// The key of a name: trimmed, runs of whitespace (the ideographic space included) as one
/// space, full-width ASCII (Ａ–Ｚ, ０–９, …) as ASCII, ASCII lowercased. Enough to match the
/// same name typed twice; not an attempt to match 株式会社A with (株)A.
pub fn normalise_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

impl Register {
    /// Reads a stored register.
    pub fn from_json(s: &str) -> Result<Register, RegisterError> {
        #[derive(Deserialize)]
        struct Head {
            format: u64,
        }
        let head: Head =
            serde_json::from_str(s).map_err(|e| RegisterError::Invalid(e.to_string()))?;
        if head.format > u64::from(REGISTER_FORMAT) {
            return Err(RegisterError::NewerFormat(head.format));
        }
        serde_json::from_str(s).map_err(|e| RegisterError::Invalid(e.to_string()))
    }

    /// The stored form (compact JSON), in the oldest format that holds it.
    pub fn to_json(&self) -> Result<String, RegisterError> {
        serde_json::to_string(self).map_err(|e| RegisterError::Invalid(e.to_string()))
    }

    /// The format the register is written in: 2 only when it holds SCS readiness.
    pub fn written_format(&self) -> u32 {
        let scs = self.requests.iter().any(|e| e.request.scs.is_some())
            || self.partners.iter().any(|p| {
                std::iter::once(&p.current)
                    .chain(&p.history)
                    .any(|r| r.scs.is_some())
            });
        if scs {
            REGISTER_FORMAT
        } else {
            REGISTER_FORMAT_PLAIN
        }
    }

    /// The request with this id (deleted ones included).
    pub fn request(&self, id: &RequestId) -> Option<&RequestEntry> {
        self.requests.iter().find(|r| r.request.id == *id)
    }

    /// The partner with this key.
    pub fn partner(&self, key: &PartnerKey) -> Option<&Partner> {
        self.partners.iter().find(|p| p.key == *key)
    }

    /// Adds a request the user made (its id must be new; `false` otherwise).
    pub fn add_request(&mut self, entry: RequestEntry) -> bool {
        if self.request(&entry.request.id).is_some() {
            return false;
        }
        self.requests.push(entry);
        true
    }

    /// Marks a request deleted (its key is kept so late responses still open); `false` if
    /// there is no such request.
    pub fn delete_request(&mut self, id: &RequestId) -> bool {
        match self.requests.iter_mut().find(|r| r.request.id == *id) {
            Some(r) => {
                r.deleted = true;
                true
            }
            None => false,
        }
    }

    /// Sets a partner's type and tier (tier clamped to 1–[`MAX_TIER`]); `false` if unknown.
    pub fn set_partner_kind(
        &mut self,
        key: &PartnerKey,
        kind: Option<PartnerKind>,
        tier: Option<u8>,
    ) -> bool {
        match self.partners.iter_mut().find(|p| p.key == *key) {
            Some(p) => {
                p.kind = kind;
                p.tier = tier.map(|t| t.clamp(1, MAX_TIER));
                true
            }
            None => false,
        }
    }

    /// Removes a partner and all its results; `false` if unknown.
    pub fn remove_partner(&mut self, key: &PartnerKey) -> bool {
        let before = self.partners.len();
        self.partners.retain(|p| p.key != *key);
        self.partners.len() != before
    }

    /// Moves every result of `from` into `into` (the same organisation seen under two keys):
    /// the newest becomes current, the rest history, duplicates dropped. `false` when either
    /// is unknown or they are the same.
    pub fn merge_partners(&mut self, from: &PartnerKey, into: &PartnerKey) -> bool {
        if from == into || self.partner(into).is_none() {
            return false;
        }
        let Some(pos) = self.partners.iter().position(|p| p.key == *from) else {
            return false;
        };
        let gone = self.partners.remove(pos);
        let Some(target) = self.partners.iter_mut().find(|p| p.key == *into) else {
            return false;
        };
        for r in std::iter::once(gone.current).chain(gone.history) {
            add_result(target, r);
        }
        true
    }

    /// Imports one opened response or plain result (the single-link path: the edge has
    /// already opened it). `now_ms` is the import time.
    pub fn import(
        &mut self,
        model: &Model,
        incoming: Incoming,
        now_ms: u64,
    ) -> Result<Imported, SupplyError> {
        let (key, result, seed) = match incoming {
            Incoming::Sealed {
                response,
                content,
                scs,
            } => {
                let entry = self
                    .request(&response.request_id)
                    .ok_or(SupplyError::UnknownRequest)?;
                share::decode_bytes(model, &content.answers)?;
                let result = PartnerResult {
                    request: Some(response.request_id),
                    response_id: Some(base64url::encode(response.ephemeral_key.as_bytes())),
                    organisation: content.organisation.clone(),
                    responded_ms: Some(content.responded_at_ms),
                    imported_ms: now_ms,
                    e2e: true,
                    request_deleted: entry.deleted,
                    answers: base64url::encode(&content.answers),
                    scs: scs.map(|b| base64url::encode(&b)),
                };
                let key = PartnerKey(format!("r:{}", content.responder.to_hex()));
                (key, result, (entry.kind, entry.tier))
            }
            Incoming::Plain { payload } => {
                let decoded = match share::open(model, &payload)? {
                    ShareOpened::Plain(d) => d,
                    ShareOpened::Sealed(_) => return Err(SupplyError::PassphraseLink),
                };
                let name = decoded.assessment.name.trim().to_owned();
                let key = if name.is_empty() {
                    let crc = base64url::decode(&payload).unwrap_or_default();
                    PartnerKey(format!("u:{}", hex(&crc[crc.len().saturating_sub(4)..])))
                } else {
                    PartnerKey(format!("n:{}", normalise_name(&name)))
                };
                let result = PartnerResult {
                    request: None,
                    response_id: None,
                    organisation: name,
                    responded_ms: None,
                    imported_ms: now_ms,
                    e2e: false,
                    request_deleted: false,
                    answers: payload,
                    scs: None,
                };
                (key, result, (None, None))
            }
        };
        let report = |outcome| Imported {
            partner: key.clone(),
            organisation: result.organisation.clone(),
            outcome,
            e2e: result.e2e,
            request_deleted: result.request_deleted,
        };
        let outcome = match self.partners.iter_mut().find(|p| p.key == key) {
            Some(p) => {
                let outcome = add_result(p, result.clone());
                return Ok(report(outcome));
            }
            None => Outcome::NewPartner,
        };
        let imported = report(outcome);
        self.partners.push(Partner {
            key,
            name: result.organisation.clone(),
            kind: seed.0,
            tier: seed.1,
            current: result,
            history: Vec::new(),
        });
        Ok(imported)
    }

    /// Reads one line (a response link or a plain result link), opens it with `open` when
    /// sealed, and imports it.
    pub fn import_line<F>(
        &mut self,
        model: &Model,
        line: &str,
        now_ms: u64,
        open: &mut F,
    ) -> Result<Imported, SupplyError>
    where
        F: FnMut(&RequestEntry, &SealedResponse) -> Result<Vec<u8>, SupplyError>,
    {
        let incoming = match classify(line)? {
            Link::Request(_) => return Err(SupplyError::WrongKind),
            Link::Result(p) => Incoming::Plain {
                payload: p.to_owned(),
            },
            Link::Response(p) => {
                let response = decode_response(p)?;
                let entry = self
                    .request(&response.request_id)
                    .ok_or(SupplyError::UnknownRequest)?;
                let plain = open(entry, &response)?;
                let (content, scs) = decode_content_kept(&plain)?;
                Incoming::Sealed {
                    response,
                    content,
                    scs,
                }
            }
        };
        self.import(model, incoming, now_ms)
    }

    /// Imports many links, one per line (blank lines and surrounding whitespace ignored), and
    /// reports every line. Lines are independent: a bad one changes nothing and does not stop
    /// the others.
    pub fn import_text<F>(
        &mut self,
        model: &Model,
        text: &str,
        now_ms: u64,
        mut open: F,
    ) -> Vec<LineReport>
    where
        F: FnMut(&RequestEntry, &SealedResponse) -> Result<Vec<u8>, SupplyError>,
    {
        lines(text)
            .map(|(line, l)| LineReport {
                line,
                result: self.import_line(model, l, now_ms, &mut open),
            })
            .collect()
    }

    /// Two tabs changed the register at once: their version merged with ours over what both
    /// last read (`base`), nothing lost. Requests are a union (a request is only ever hidden:
    /// hidden on either side stays hidden); partners are a union by key with their results
    /// joined (the newest current, duplicates dropped); a partner one side removed stays
    /// removed unless the other side changed it meanwhile; type and tier come from the side
    /// that changed them (ours when both did).
    pub fn merge3(base: &Register, ours: &Register, theirs: &Register) -> Register {
        let mut out = theirs.clone();
        for r in &ours.requests {
            match out
                .requests
                .iter_mut()
                .find(|t| t.request.id == r.request.id)
            {
                Some(t) => t.deleted |= r.deleted,
                None => out.requests.push(r.clone()),
            }
        }
        for p in &ours.partners {
            let before = base.partner(&p.key);
            let unchanged_here = before == Some(p);
            match out.partners.iter_mut().find(|t| t.key == p.key) {
                Some(_) if unchanged_here => {}
                Some(t) => {
                    if before.is_none_or(|b| b.kind != p.kind || b.tier != p.tier) {
                        t.kind = p.kind;
                        t.tier = p.tier;
                    }
                    for r in std::iter::once(p.current.clone()).chain(p.history.iter().cloned()) {
                        add_result(t, r);
                    }
                }
                // Removed there and untouched here: stays removed.
                None if unchanged_here => {}
                // New here, or changed here while removed there: kept.
                None => out.partners.push(p.clone()),
            }
        }
        // Removed here and untouched there: removed.
        out.partners
            .retain(|t| !(base.partner(&t.key) == Some(t) && ours.partner(&t.key).is_none()));
        out
    }

    /// Takes in a register restored from a backup file: a two-way union in which nothing
    /// either side holds is lost (unlike [`Register::merge3`] there is no common base, so a
    /// partner present in only one of them is kept, never read as removed).
    ///
    /// * requests by id: a new one is added with its key; for one both hold, ours stays, hidden
    ///   if either hid it, with the file's key only if ours does not belong to the request
    ///   ([`RequestEntry::key_matches`]) and the file's does, and the file's note, type and
    ///   tier only where ours has none;
    /// * partners by key: a new one is added with all its results; for one both hold, the
    ///   results are joined by the import rules (the newest current, the rest history,
    ///   duplicates dropped), type and tier filled in only where ours has none, and the file's
    ///   name kept only when the requester had renamed it there and not here.
    ///
    /// A partner removed or merged into another here since the file was written comes back:
    /// a restore brings back what the file holds. Absorbing the same file twice changes
    /// nothing the second time.
    pub fn absorb(&mut self, other: Register) -> Absorbed {
        let mut n = Absorbed::default();
        for r in other.requests {
            match self
                .requests
                .iter_mut()
                .find(|t| t.request.id == r.request.id)
            {
                None => {
                    self.requests.push(r);
                    n.requests += 1;
                }
                Some(t) => {
                    t.deleted |= r.deleted;
                    if !t.key_matches() && r.key_matches() {
                        t.private_key = r.private_key;
                    }
                    if t.sent_to.is_empty() {
                        t.sent_to = r.sent_to;
                    }
                    t.kind = t.kind.or(r.kind);
                    t.tier = t.tier.or(r.tier);
                }
            }
        }
        if n.requests > 0 {
            // Oldest first, as they were made (stable: equal times keep their order).
            self.requests.sort_by_key(|r| r.created_ms);
        }
        for p in other.partners {
            match self.partners.iter_mut().find(|t| t.key == p.key) {
                None => {
                    self.partners.push(p);
                    n.partners += 1;
                }
                Some(t) => {
                    let renamed_there = p.name != p.current.organisation;
                    t.kind = t.kind.or(p.kind);
                    t.tier = t.tier.or(p.tier);
                    for r in std::iter::once(p.current).chain(p.history) {
                        if add_result(t, r) != Outcome::AlreadyImported {
                            n.results += 1;
                        }
                    }
                    if renamed_there && t.name == t.current.organisation {
                        t.name = p.name;
                    }
                }
            }
        }
        n
    }

    /// What is wrong with a register read from outside (a backup file), every problem at once:
    /// a format this build does not know, a request id or partner key held twice, a private
    /// key that does not belong to its request (such a response could never be opened), a
    /// tier out of range. Empty: it can be taken in.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.format == 0 || self.format > REGISTER_FORMAT {
            out.push(format!("register format {}", self.format));
        }
        let mut ids = std::collections::BTreeSet::new();
        for r in &self.requests {
            let id = r.request.id.to_hex();
            if !ids.insert(r.request.id) {
                out.push(format!("request {id} appears twice"));
            }
            if !r.key_matches() {
                out.push(format!(
                    "the private key of request {id} does not belong to it"
                ));
            }
            if r.tier.is_some_and(|t| !(1..=MAX_TIER).contains(&t)) {
                out.push(format!("request {id}: tier out of range"));
            }
        }
        let mut keys = std::collections::BTreeSet::new();
        for p in &self.partners {
            if !keys.insert(&p.key) {
                out.push(format!("partner {} appears twice", p.key.0));
            }
            if p.tier.is_some_and(|t| !(1..=MAX_TIER).contains(&t)) {
                out.push(format!("partner {}: tier out of range", p.key.0));
            }
        }
        out
    }

    /// The sealed responses in `text` that answer one of our requests, with the key to open
    /// each: what the edge decrypts (asynchronously) before calling [`Register::import_text`]
    /// with an `open` that looks the results up by ephemeral key.
    pub fn to_open(&self, text: &str) -> Vec<ToOpen> {
        lines(text)
            .filter_map(|(_, l)| match classify(l) {
                Ok(Link::Response(p)) => decode_response(p).ok(),
                _ => None,
            })
            .filter_map(|response| {
                let entry = self.request(&response.request_id)?;
                Some(ToOpen {
                    private_key: entry.private_key.clone(),
                    request: entry.request.clone(),
                    response,
                })
            })
            .collect()
    }
}

/// What [`Register::absorb`] added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Absorbed {
    /// Requests (each with its key) the register did not hold.
    pub requests: usize,
    /// Partners it did not hold.
    pub partners: usize,
    /// Results added to partners it already held.
    pub results: usize,
}

/// What [`Register::import`] takes.
#[derive(Clone, Debug, PartialEq, Eq)]
// One at a time, for the length of an import: its size does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Incoming {
    /// A response the edge has opened.
    Sealed {
        /// Its framing.
        response: SealedResponse,
        /// Its opened content.
        content: ResponseContent,
        /// Its scs section as sent (content version 2), kept as bytes: checked before the
        /// import by [`super::check_opened`], decoded where it is shown.
        scs: Option<Vec<u8>>,
    },
    /// A plain share link's payload (the part after `#/r/`).
    Plain {
        /// The base64url payload.
        payload: String,
    },
}

/// Adds a result to a known partner following the import rules.
fn add_result(p: &mut Partner, r: PartnerResult) -> Outcome {
    if p.current.same_as(&r) || p.history.iter().any(|h| h.same_as(&r)) {
        return Outcome::AlreadyImported;
    }
    if r.when() >= p.current.when() {
        if !r.organisation.is_empty() && p.name == p.current.organisation {
            p.name = r.organisation.clone();
        }
        let old = std::mem::replace(&mut p.current, r);
        p.history.insert(0, old);
        Outcome::Updated
    } else {
        let at = p
            .history
            .iter()
            .position(|h| h.when() < r.when())
            .unwrap_or(p.history.len());
        p.history.insert(at, r);
        Outcome::History
    }
}

//! PURE: the supply-chain and group view — asking partners for a self-assessment by
//! link and keeping their end-to-end encrypted answers.
//!
//! * [`request`]: the request link `#/ask/…` (who asks, why, what, by when, the requester's
//!   ECDH P-256 public key) — byte layout in its header;
//! * [`response`]: the response link `#/reply/…` (the partner's answers sealed to that key) and
//!   the exact HKDF-SHA-256 / AES-256-GCM inputs — byte layout and key schedule in its header;
//! * [`register`]: the requester's requests (with private keys) and partners' results, and the
//!   import rules (matching, history, duplicates, deleted requests, plain share links);
//! * [`overview`]: the rows, statuses, heat map, distribution, sorting and filtering the
//!   partners page shows; [`partners_csv`]: the same rows as a CSV in the user's language;
//! * [`manage`]: the requests as the requester manages them (fingerprint, responses, the link
//!   again) and a partner's weakest items, the one definition every view reads;
//! * [`reply`]: what a partner's response carries (the asked parts; notes only on request);
//! * [`scs`]: the SCS ★3/★4 three-question helper, and the SCS readiness a request may ask
//!   for and a response carries;
//! * [`keys`], [`links`], [`types`], [`error`]: stored keys, telling links apart, value types,
//!   typed errors.
//!
//! The cryptography runs at the edge (`crate::supply_crypto`, WebCrypto); this module frames,
//! parses and decides. Imports no yew / web_sys / gloo / wasm_bindgen. Never panics on input.

pub mod error;
pub mod keys;
pub mod links;
pub mod manage;
pub mod overview;
pub mod partners_csv;
pub mod register;
pub mod reply;
pub mod request;
pub mod response;
pub mod scs;
pub mod types;
mod wire;

pub use error::{Field, Reading, SupplyError};
pub use keys::{jwk_public_key, private_jwk};
pub use links::{classify, lines, Link};
pub use manage::{
    partner_weakest, request_link, request_state, request_views, requesters, RequestState,
    RequestView, WEAKEST,
};
pub use overview::{
    distribution, heat_map, overview, query, shows_scs, summary_order, Clock, Distribution,
    HeatMap, OverviewRow, Query, RowKey, SortKey, Status,
};
pub use partners_csv::{overview_csv, partners_csv_name};
pub use register::{
    normalise_name, Absorbed, Imported, Incoming, LineReport, Outcome, Partner, PartnerKey,
    PartnerResult, Register, RegisterError, RequestEntry, ToOpen, MAX_TIER, REGISTER_FORMAT,
};
pub use reply::{in_scope, part_counts, reply_answers, PartCounts, ReplyAnswers};
pub use request::{
    decode_request, decode_request_bytes, encode_request, request_bytes, Request,
    MAX_REQUEST_CHARS, REQUEST_FORMAT, REQUEST_ROUTE, REQUEST_TEXT_LIMITS,
};
pub use response::{
    check_opened, content_bytes, decode_content, decode_content_kept, decode_response,
    decode_response_bytes, encode_response, header, hkdf_info, hkdf_salt, response_bytes,
    ResponseContent, SealedResponse, CONTENT_FORMAT, HEADER_LEN, HKDF_LABEL, MAX_RESPONSE_CHARS,
    NONCE_LEN, RESPONSE_FORMAT, RESPONSE_ROUTE, TAG_LEN,
};
pub use scs::{
    decode_scs_section, met_of, readiness, scs_level, scs_section_bytes, star3_label, CategoryMet,
    CriterionNote, ScsLevel, ScsQuestions, ScsReadiness, ScsReply,
};
pub use types::{
    Day, PartnerKind, PublicKey, RequestId, ResponderId, Scope, ID_LEN, PUBLIC_KEY_LEN,
};

/// Normalises typed text for a request or response field: `\r\n` and `\r` become `\n`, other
/// control characters and bidirectional overrides are dropped, and newlines too unless
/// `multiline`. What the form calls before validating, so pasting never produces an error the
/// user cannot see.
pub fn clean_text(s: &str, multiline: bool) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .map(|c| if c == '\n' && !multiline { ' ' } else { c })
        .filter(|&c| !wire::forbidden(c, multiline))
        .collect()
}

/// The fragment of a request: `#/ask/<payload>`.
pub fn request_fragment(payload: &str) -> String {
    format!("{REQUEST_ROUTE}{payload}")
}

/// The fragment of a response: `#/reply/<payload>`.
pub fn response_fragment(payload: &str) -> String {
    format!("{RESPONSE_ROUTE}{payload}")
}

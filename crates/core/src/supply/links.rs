//! Telling pasted text apart: a request link, a response link, or a plain result link, as a
//! whole address (`https://…/#/reply/…`), a bare fragment, or a line of a response file.

use super::error::SupplyError;
use super::request::{MAX_REQUEST_CHARS, REQUEST_ROUTE};
use super::response::{MAX_RESPONSE_CHARS, RESPONSE_ROUTE};
use crate::share::ROUTE_PREFIX;

/// Which kind of link a text holds, with its payload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link<'a> {
    /// `#/ask/<payload>`.
    Request(&'a str),
    /// `#/reply/<payload>`.
    Response(&'a str),
    /// `#/r/<payload>`: a share link (plain or passphrase-sealed).
    Result(&'a str),
}

/// Finds the route in `text` (surrounding whitespace ignored; anything before the `#`, such as
/// the page address, is ignored too). The payload runs to the end of the trimmed text.
pub fn classify(text: &str) -> Result<Link<'_>, SupplyError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(SupplyError::Empty);
    }
    // Refuse absurd input unread (the longest link of any kind plus an address).
    if t.len() > MAX_REQUEST_CHARS.max(MAX_RESPONSE_CHARS) + 2_048 {
        return Err(SupplyError::TooLong {
            len: t.len(),
            max: MAX_REQUEST_CHARS.max(MAX_RESPONSE_CHARS) + 2_048,
        });
    }
    let hash = t.find('#').ok_or(SupplyError::NotALink)?;
    let frag = &t[hash..];
    if let Some(p) = frag.strip_prefix(REQUEST_ROUTE) {
        Ok(Link::Request(p))
    } else if let Some(p) = frag.strip_prefix(RESPONSE_ROUTE) {
        Ok(Link::Response(p))
    } else if let Some(p) = frag.strip_prefix(ROUTE_PREFIX) {
        Ok(Link::Result(p))
    } else {
        Err(SupplyError::NotALink)
    }
}

/// The non-blank lines of a bulk paste or a response file, numbered from 1, trimmed.
pub fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty())
}

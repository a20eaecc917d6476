//! PURE: the changes the requester makes to its supply-chain register, as store actions. The
//! rules themselves (matching, history, duplicates, deleted requests) are the register's
//! (`crate::supply::register`); decryption happens at the edge before an import is sent, so
//! the reducer stays pure and synchronous.

use std::collections::HashMap;

use crate::model::model;
use crate::supply::{
    LineReport, PartnerKey, PartnerKind, Register, RequestEntry, RequestId, SupplyError,
    PUBLIC_KEY_LEN,
};

/// What the edge opened, by the response's ephemeral public key (`supply_crypto::open_all`).
pub type Opened = HashMap<[u8; PUBLIC_KEY_LEN], Result<Vec<u8>, SupplyError>>;

/// A change to the register.
#[derive(Clone, Debug, PartialEq)]
pub enum SupplyAction {
    /// A request the user made (its link is being shown); its id must be new.
    AddRequest(Box<RequestEntry>),
    /// Hides a request; its key is kept so late responses still open.
    DeleteRequest(RequestId),
    /// A partner's type and tier.
    SetPartnerKind {
        partner: PartnerKey,
        kind: Option<PartnerKind>,
        tier: Option<u8>,
    },
    RemovePartner(PartnerKey),
    /// The same organisation seen under two keys.
    MergePartners {
        from: PartnerKey,
        into: PartnerKey,
    },
    /// Pasted or imported links, one per line, with what the edge could open of them (made by
    /// [`SupplyAction::import`]).
    Import {
        text: String,
        opened: Opened,
        importer: Importer,
    },
}

/// What an import action runs: the register's import of every line, with what the edge
/// opened. The action carries it rather than [`SupplyAction::apply_to`] calling it, so a build
/// that never sends an import (the first screen: no page of it imports) does not link the
/// importer and the decoding of links and responses below it (≈ 6 KB brotli of the first
/// screen's wasm). Only [`SupplyAction::import`] makes one, always with the same function.
#[derive(Clone, Copy)]
pub struct Importer(fn(&mut Register, &str, Opened, u64) -> Vec<LineReport>);

impl std::fmt::Debug for Importer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Importer")
    }
}

/// Every importer is the same function (see [`Importer`]).
impl PartialEq for Importer {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// `Register::import_text` with what the edge opened, by each response's ephemeral key.
fn import_lines(reg: &mut Register, text: &str, mut opened: Opened, now: u64) -> Vec<LineReport> {
    reg.import_text(model(), text, now, |_, s| {
        opened
            .remove(s.ephemeral_key.as_bytes())
            .unwrap_or(Err(SupplyError::CannotOpen))
    })
}

impl SupplyAction {
    /// Imports pasted links, one per line, with what the edge could open of them.
    pub fn import(text: String, opened: Opened) -> SupplyAction {
        SupplyAction::Import {
            text,
            opened,
            importer: Importer(import_lines),
        }
    }

    /// Applies the change at `now` (ms); an import returns its per-line report.
    pub fn apply_to(self, reg: &mut Register, now: u64) -> Option<Vec<LineReport>> {
        match self {
            SupplyAction::AddRequest(e) => {
                reg.add_request(*e);
            }
            SupplyAction::DeleteRequest(id) => {
                reg.delete_request(&id);
            }
            SupplyAction::SetPartnerKind {
                partner,
                kind,
                tier,
            } => {
                reg.set_partner_kind(&partner, kind, tier);
            }
            SupplyAction::RemovePartner(k) => {
                reg.remove_partner(&k);
            }
            SupplyAction::MergePartners { from, into } => {
                reg.merge_partners(&from, &into);
            }
            SupplyAction::Import {
                text,
                opened,
                importer,
            } => return Some((importer.0)(reg, &text, opened, now)),
        }
        None
    }
}

//! PURE: the changes the requester makes to its supply-chain register, as store actions. The
//! rules themselves (matching, history, duplicates, deleted requests) are the register's
//! (`crate::supply::register`); decryption happens at the edge before an import is sent, so
//! the reducer stays pure and synchronous.

use std::collections::HashMap;

use crate::carried::Carried;
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
        /// The import of every line ([`import_lines`]), carried (`crate::carried`): the
        /// first screen, which never imports, does not link the decoding of links and
        /// responses (≈ 6 KB brotli of its wasm).
        importer: Carried<Importer>,
    },
}

/// The import of pasted links into a register at a time, with what the edge opened.
type Importer = fn(&mut Register, &str, Opened, u64) -> Vec<LineReport>;

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
            importer: Carried(import_lines),
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

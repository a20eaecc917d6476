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
    /// Pasted or imported links, one per line, with what the edge could open of them.
    Import {
        text: String,
        opened: Opened,
    },
}

impl SupplyAction {
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
            SupplyAction::Import { text, mut opened } => {
                return Some(reg.import_text(model(), &text, now, |_, s| {
                    opened
                        .remove(s.ephemeral_key.as_bytes())
                        .unwrap_or(Err(SupplyError::CannotOpen))
                }));
            }
        }
        None
    }
}

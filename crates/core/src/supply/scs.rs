//! PURE: which SCS level (サプライチェーン強化に向けたセキュリティ対策評価制度, ★3 / ★4) to ask a
//! partner for.
//!
//! Source: METI, サプライチェーン強化に向けたセキュリティ対策評価制度 中間取りまとめ
//! (2025-04-14), as reproduced by the Tokyo Metropolitan Government's site; recorded with
//! confidence H in `shared/reference/supply-chain-facts.md`. The scheme starts around the end
//! of FY2026 and is operated by IPA. The rule: ask for ★4 if any of three answers is yes,
//! otherwise ★3. The questions are paraphrased in Shindan's own words; no requirement text of
//! the scheme is embedded (its reuse licence is unclear), and a Shindan result is not an SCS
//! evaluation — the view says both.

/// The requester's three answers about one partner.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScsQuestions {
    /// (1) The partner's IT handles the requester's important confidential information.
    pub confidential_information: bool,
    /// (2) A stoppage at the partner would delay the requester's business unacceptably.
    pub unacceptable_delay: bool,
    /// (3) The partner's environment can reach the requester's internal systems.
    pub internal_access: bool,
}

/// An SCS level to ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScsLevel {
    /// ★3: self-assessment checked by a security expert, with a declaration by management.
    Star3,
    /// ★4: third-party evaluation by a designated body, with technical verification.
    Star4,
}

impl ScsLevel {
    /// Number of stars (3 or 4).
    pub fn stars(self) -> u8 {
        match self {
            ScsLevel::Star3 => 3,
            ScsLevel::Star4 => 4,
        }
    }
}

/// The level to ask for: ★4 if any answer is yes, else ★3.
pub fn scs_level(q: &ScsQuestions) -> ScsLevel {
    if q.confidential_information || q.unacceptable_delay || q.internal_access {
        ScsLevel::Star4
    } else {
        ScsLevel::Star3
    }
}

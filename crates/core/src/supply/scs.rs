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

// ── SCS readiness in a request and its sealed response ──────────────────────────────────────
//
// A request may ask for the partner's SCS readiness (request version 2 carries the level); the
// partner's response then carries, sealed with the rest (content version 2), either "not
// assessed" or the partner's own SCS self-assessment as counts: per category, ○ of all the
// level's criteria (an unanswered criterion counts in the total), the workbook's edition, and
// only if the partner ticks it, their own notes and evidence references by criterion ID. Never
// the criteria text (IPA's, from the partner's file), never the requirement names.
//
// ```text
// scs section (content version 2, after the responder organisation):
//   u8      0 not assessed, 1 assessed (nothing else follows 0)
//   u8      flags                 bit 0: Shindan's synthetic workbook, not IPA's file
//   text    edition               1–40 characters of a–z, 0–9, '-'
//   u8      ★3 categories k3      1–7
//   k3 ×    u8 category 1–7 (ascending), varint met, varint total (1–999, met ≤ total)
//   u8      ★4 categories k4      0 (★4 not asked) – 7, the same triples
//   varint  notes n               0 unless the partner ticked them; ≤ 999
//   n ×     text criterion ID (c-g-r-n, ascending, each once), text note (0–1000),
//           text evidence (0–1000; not both empty), newlines allowed
// ```

use super::error::{Field, SupplyError};
use super::wire::{check_text, put_text, put_varint, Reader, TextRule};
use crate::scs::{self as domain, Level};

/// Most notes one response carries (one per criterion at most).
const MAX_NOTES: u64 = 999;
/// Most criteria of a category (far above any edition's).
const MAX_TOTAL: u64 = 999;

const EDITION: TextRule = TextRule {
    field: Field::ScsEdition,
    max_chars: 40,
    required: true,
    multiline: false,
};
const CRITERION: TextRule = TextRule {
    field: Field::ScsCriterion,
    max_chars: 20,
    required: true,
    multiline: false,
};
const NOTE: TextRule = TextRule {
    field: Field::ScsNote,
    max_chars: 1_000,
    required: false,
    multiline: true,
};

impl ScsLevel {
    /// The byte a request carries (the stars).
    pub fn byte(self) -> u8 {
        self.stars()
    }

    /// The level of a request's byte.
    pub fn from_byte(b: u8) -> Result<ScsLevel, SupplyError> {
        match b {
            3 => Ok(ScsLevel::Star3),
            4 => Ok(ScsLevel::Star4),
            b => Err(SupplyError::InvalidScsLevel(b)),
        }
    }
}

/// One category's count: ○ of every criterion of the level in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CategoryMet {
    /// 1–7.
    pub category: u8,
    pub met: u16,
    pub total: u16,
}

/// The partner's own note and evidence reference on one criterion (their words, untrusted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriterionNote {
    /// `c-g-r-n`.
    pub id: String,
    pub note: String,
    pub evidence: String,
}

/// A partner's SCS readiness as sent: counts, the edition, notes only if ticked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScsReadiness {
    /// The workbook edition the partner assessed against (`scs-2026-03-27`).
    pub edition: String,
    /// Assessed against Shindan's synthetic test workbook, not IPA's file.
    pub synthetic: bool,
    /// ★3, per category.
    pub star3: Vec<CategoryMet>,
    /// ★4's additional criteria, per category (empty when ★4 was not asked).
    pub star4: Vec<CategoryMet>,
    /// Only when the partner ticked them.
    pub notes: Vec<CriterionNote>,
}

/// Met of total, summed over the categories.
pub fn met_of(counts: &[CategoryMet]) -> (usize, usize) {
    counts.iter().fold((0, 0), |(m, t), c| {
        (m + usize::from(c.met), t + usize::from(c.total))
    })
}

impl ScsReadiness {
    /// ★3: met of all.
    pub fn star3_met(&self) -> (usize, usize) {
        met_of(&self.star3)
    }
}

/// What a response says about SCS when the request asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScsReply {
    /// The partner has no SCS self-assessment in the browser they answered from.
    NotAssessed,
    Assessed(ScsReadiness),
}

fn counts(wb: &domain::Workbook, answers: &domain::Answers, level: Level) -> Vec<CategoryMet> {
    let n = |x: usize| u16::try_from(x).unwrap_or(u16::MAX);
    wb.met_per_category(answers, level)
        .into_iter()
        .map(|c| CategoryMet {
            category: c.category,
            met: n(c.met),
            total: n(c.total),
        })
        .collect()
}

/// What a response to a request asking for `asked` carries from the partner's SCS assessment:
/// ★3 counts always, ★4's only when asked, notes and evidence (never the criteria text) only
/// if `include_notes` — for the criteria of the levels sent.
pub fn readiness(
    workbook: Option<&domain::Workbook>,
    answers: &domain::Answers,
    asked: ScsLevel,
    include_notes: bool,
) -> ScsReply {
    let Some(wb) = workbook else {
        return ScsReply::NotAssessed;
    };
    let star3 = counts(wb, answers, Level::Star3);
    if star3.is_empty() {
        return ScsReply::NotAssessed;
    }
    let star4 = match asked {
        ScsLevel::Star4 => counts(wb, answers, Level::Star4),
        ScsLevel::Star3 => Vec::new(),
    };
    let mut notes: Vec<CriterionNote> = if include_notes {
        wb.criteria
            .iter()
            .filter(|c| c.level == Level::Star3 || asked == ScsLevel::Star4)
            .filter_map(|c| {
                let a = answers.get(&c.id)?;
                (!a.note.trim().is_empty() || !a.evidence.trim().is_empty()).then(|| {
                    CriterionNote {
                        id: c.id.clone(),
                        note: super::clean_text(&a.note, true),
                        evidence: super::clean_text(&a.evidence, true),
                    }
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    notes.sort_by_key(|n| domain::id_key(&n.id));
    for n in &mut notes {
        n.note = n.note.chars().take(NOTE.max_chars).collect();
        n.evidence = n.evidence.chars().take(NOTE.max_chars).collect();
    }
    ScsReply::Assessed(ScsReadiness {
        edition: wb.edition.clone(),
        synthetic: wb.synthetic,
        star3,
        star4,
        notes,
    })
}

fn edition_ok(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn id_ok(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
}

fn check_counts(c: &[CategoryMet], required: bool) -> Result<(), SupplyError> {
    if required && c.is_empty() {
        return Err(SupplyError::InvalidScs("no ★3 counts"));
    }
    if c.len() > 7 {
        return Err(SupplyError::InvalidScs("too many categories"));
    }
    let mut last = 0;
    for r in c {
        if !(1..=7).contains(&r.category) || r.category <= last {
            return Err(SupplyError::InvalidScs("category out of order"));
        }
        last = r.category;
        if r.total == 0 || u64::from(r.total) > MAX_TOTAL || r.met > r.total {
            return Err(SupplyError::InvalidScs("count out of range"));
        }
    }
    Ok(())
}

impl ScsReadiness {
    /// Checks every field against the format's rules (the encoder and decoder both call this).
    pub fn validate(&self) -> Result<(), SupplyError> {
        check_text(&self.edition, EDITION)?;
        if !edition_ok(&self.edition) {
            return Err(SupplyError::InvalidScs("edition"));
        }
        check_counts(&self.star3, true)?;
        check_counts(&self.star4, false)?;
        if self.notes.len() as u64 > MAX_NOTES {
            return Err(SupplyError::InvalidScs("too many notes"));
        }
        let mut last: Option<Vec<u32>> = None;
        for n in &self.notes {
            check_text(&n.id, CRITERION)?;
            if !id_ok(&n.id) {
                return Err(SupplyError::InvalidScs("criterion id"));
            }
            let key = domain::id_key(&n.id);
            if last.as_ref().is_some_and(|l| *l >= key) {
                return Err(SupplyError::InvalidScs("notes out of order"));
            }
            last = Some(key);
            check_text(&n.note, NOTE)?;
            check_text(&n.evidence, NOTE)?;
            if n.note.is_empty() && n.evidence.is_empty() {
                return Err(SupplyError::InvalidScs("empty note"));
            }
        }
        Ok(())
    }
}

fn put_counts(out: &mut Vec<u8>, c: &[CategoryMet]) {
    out.push(c.len() as u8);
    for r in c {
        out.push(r.category);
        put_varint(out, u64::from(r.met));
        put_varint(out, u64::from(r.total));
    }
}

/// Writes the scs section (after checking it).
pub(crate) fn put_scs(out: &mut Vec<u8>, s: &ScsReply) -> Result<(), SupplyError> {
    match s {
        ScsReply::NotAssessed => out.push(0),
        ScsReply::Assessed(r) => {
            r.validate()?;
            out.push(1);
            out.push(u8::from(r.synthetic));
            put_text(out, &r.edition);
            put_counts(out, &r.star3);
            put_counts(out, &r.star4);
            put_varint(out, r.notes.len() as u64);
            for n in &r.notes {
                put_text(out, &n.id);
                put_text(out, &n.note);
                put_text(out, &n.evidence);
            }
        }
    }
    Ok(())
}

fn read_counts(r: &mut Reader<'_>) -> Result<Vec<CategoryMet>, SupplyError> {
    let k = r.byte()?;
    if k > 7 {
        return Err(SupplyError::InvalidScs("too many categories"));
    }
    let mut out = Vec::with_capacity(usize::from(k));
    for _ in 0..k {
        let category = r.byte()?;
        let met = r.varint()?;
        let total = r.varint()?;
        if met > MAX_TOTAL || total > MAX_TOTAL {
            return Err(SupplyError::InvalidScs("count out of range"));
        }
        out.push(CategoryMet {
            category,
            met: met as u16,
            total: total as u16,
        });
    }
    Ok(out)
}

/// Reads the scs section.
pub(crate) fn read_scs(r: &mut Reader<'_>) -> Result<ScsReply, SupplyError> {
    match r.byte()? {
        0 => return Ok(ScsReply::NotAssessed),
        1 => {}
        _ => return Err(SupplyError::InvalidScs("status")),
    }
    let synthetic = match r.byte()? {
        0 => false,
        1 => true,
        _ => return Err(SupplyError::InvalidScs("flags")),
    };
    let edition = r.text(EDITION)?;
    let star3 = read_counts(r)?;
    let star4 = read_counts(r)?;
    let n = r.varint()?;
    if n > MAX_NOTES {
        return Err(SupplyError::InvalidScs("too many notes"));
    }
    let mut notes = Vec::new();
    for _ in 0..n {
        notes.push(CriterionNote {
            id: r.text(CRITERION)?,
            note: r.text(NOTE)?,
            evidence: r.text(NOTE)?,
        });
    }
    let s = ScsReadiness {
        edition,
        synthetic,
        star3,
        star4,
        notes,
    };
    s.validate()?;
    Ok(ScsReply::Assessed(s))
}

/// A partner's ★3 readiness in words, as the overview, the summary and the CSV show it:
/// "★3 70/81 met · scs-2026-03-27" (with the synthetic workbook named), "not assessed", or
/// empty when the result carries none (not asked).
pub fn star3_label(lang: crate::lang::Lang, scs: Option<&ScsReply>) -> String {
    use crate::i18n::{t, tn, Msg};
    match scs {
        None => String::new(),
        Some(ScsReply::NotAssessed) => t(lang, Msg::ScsNotAssessed).to_owned(),
        Some(ScsReply::Assessed(r)) => {
            let (met, total) = r.star3_met();
            let mut s = format!(
                "{} · {}",
                tn(lang, Msg::PartnersScsMet, format!("{met}/{total}")),
                r.edition
            );
            if r.synthetic {
                s.push_str(&format!(" ({})", t(lang, Msg::ScsSynthetic)));
            }
            s
        }
    }
}

/// The scs section's bytes, as a response carries them and the register keeps them
/// (base64url in `PartnerResult::scs`: decoded on demand, like the answers, so the first screen,
/// which reads the register, never carries the section's decoder).
pub fn scs_section_bytes(s: &ScsReply) -> Result<Vec<u8>, SupplyError> {
    let mut out = Vec::new();
    put_scs(&mut out, s)?;
    Ok(out)
}

/// Reads a kept scs section (all of it, nothing after).
pub fn decode_scs_section(bytes: &[u8]) -> Result<ScsReply, SupplyError> {
    let mut r = Reader::new(bytes, 0);
    let s = read_scs(&mut r)?;
    r.done()?;
    Ok(s)
}

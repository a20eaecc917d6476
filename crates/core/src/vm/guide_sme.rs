//! `#/guidelines/sme`: what the SME guideline page shows — the editions, the 3 principles,
//! the Seven Key Initiatives with their Part 2 sections (表2), the four stages with their
//! sections and ★ level, the 5 articles, the 25-item self-check by part with its scale and
//! score bands, the basic-policy headings and SECURITY ACTION's levels with their criteria.
//!
//! Every text stays the model's (`Official`, `Own`, `Said`), so the page marks Shindan's own
//! words as it renders them; this decides the rows, the lookups, the numbers as printed, where
//! a citation is shown once for a whole table and which wording note the page needs.

use crate::i18n::Msg;
use crate::lang::Lang;
use crate::model::{
    AnswerScale, Article, Band, GuideSection, KeyAction, Model, Official, PolicyHeading, Principle,
    SaCriterion, SaLevel, SecurityActionFile, SelfCheck, SelfCheckItem, SelfCheckPart, SmeEdition,
    Stage,
};

use super::guide::{points, scale_points, shared_cite, wording_note, Cite};

/// An initiative with the Part 2 sections it corresponds to (unknown section IDs left out).
#[derive(Clone, Debug, PartialEq)]
pub struct ActionRow<'a> {
    pub action: &'a KeyAction,
    pub sections: Vec<&'a GuideSection>,
}

/// A section of a stage with the numbers of the initiatives it serves: "1, 3".
#[derive(Clone, Debug, PartialEq)]
pub struct StageSection<'a> {
    pub section: &'a GuideSection,
    pub initiatives: String,
}

/// A stage with its chapter's sections and the SECURITY ACTION level that declares it done.
#[derive(Clone, Debug, PartialEq)]
pub struct StageRow<'a> {
    pub stage: &'a Stage,
    pub sections: Vec<StageSection<'a>>,
    pub star: Option<&'a SaLevel>,
}

/// A part of the self-check with its items and its heading's anchor (`sme-sc-part1`).
#[derive(Clone, Debug, PartialEq)]
pub struct PartRow<'a> {
    pub part: &'a SelfCheckPart,
    pub anchor: String,
    pub items: Vec<&'a SelfCheckItem>,
}

/// A score band with its range as printed: "100" or "60–99" (a true minus sign below zero).
#[derive(Clone, Debug, PartialEq)]
pub struct BandRow<'a> {
    pub band: &'a Band,
    pub range: String,
}

/// A SECURITY ACTION level with its criteria and its heading's anchor (`sme-sa-star1`).
#[derive(Clone, Debug, PartialEq)]
pub struct SaLevelRow<'a> {
    pub level: &'a SaLevel,
    pub anchor: String,
    pub criteria: Vec<&'a SaCriterion>,
}

/// The whole page.
#[derive(Clone, Debug, PartialEq)]
pub struct SmeGuide<'a> {
    /// The guideline's title (the page's heading).
    pub title: &'a Official,
    /// The note on the page's wording, if one is needed in this language.
    pub wording_note: Option<Msg>,
    pub editions: &'a [SmeEdition],
    pub principles: &'a [Principle],
    pub actions: Vec<ActionRow<'a>>,
    pub stages: Vec<StageRow<'a>>,
    pub articles: &'a [Article],
    pub self_check: &'a SelfCheck,
    pub parts: Vec<PartRow<'a>>,
    /// The citation every self-check item shares: shown once above the parts, and then on no
    /// item; `None` when the items cite differently (each shows its own).
    pub items_cite: Option<Cite<'a>>,
    /// The points column of the answer scale, one per option.
    pub scale_points: Vec<String>,
    pub scale: &'a AnswerScale,
    pub bands: Vec<BandRow<'a>>,
    /// As [`SmeGuide::items_cite`], for the bands (shown under the table).
    pub bands_cite: Option<Cite<'a>>,
    pub policy_headings: &'a [PolicyHeading],
    pub sa_levels: Vec<SaLevelRow<'a>>,
    /// SECURITY ACTION: its name, nature and facts (the levels are [`SmeGuide::sa_levels`]).
    pub security_action: &'a SecurityActionFile,
}

/// A heading anchor from a model ID: `sc.part1` → `sme-sc-part1`.
fn anchor(id: &str) -> String {
    format!("sme-{}", id.replace('.', "-"))
}

/// The page in `lang`.
pub fn sme_guide(m: &Model, lang: Lang) -> SmeGuide<'_> {
    let sme = &m.sme;
    let sc = &sme.self_check;
    let wording = std::iter::once(&sme.title)
        .chain(sme.editions.iter().map(|e| &e.name))
        .chain(sme.stages.iter().flat_map(|s| [&s.title, &s.chapter_title]))
        .chain(sme.sections.iter().map(|s| &s.title))
        .chain(sme.principles.iter().map(|p| &p.title))
        .chain(sme.actions.iter().map(|a| &a.title))
        .chain(sc.items.iter().map(|i| &i.question));
    SmeGuide {
        title: &sme.title,
        wording_note: wording_note(lang, wording),
        editions: &sme.editions,
        principles: &sme.principles,
        actions: m
            .actions()
            .iter()
            .map(|a| ActionRow {
                action: a,
                sections: a
                    .sections
                    .iter()
                    .filter_map(|id| m.section(id.as_str()))
                    .collect(),
            })
            .collect(),
        stages: m
            .stages()
            .iter()
            .map(|st| StageRow {
                stage: st,
                sections: m
                    .stage_sections(st)
                    .map(|s| StageSection {
                        section: s,
                        initiatives: m
                            .actions_for_section(s.id.as_str())
                            .map(|a| a.number.to_string())
                            .collect::<Vec<_>>()
                            .join(", "),
                    })
                    .collect(),
                star: st
                    .star
                    .as_ref()
                    .and_then(|l| m.sa_levels().iter().find(|x| &x.id == l)),
            })
            .collect(),
        articles: m.articles(),
        self_check: sc,
        parts: m
            .self_check_parts()
            .into_iter()
            .map(|(p, items)| PartRow {
                part: p,
                anchor: anchor(p.id.as_str()),
                items,
            })
            .collect(),
        items_cite: shared_cite(
            sc.items
                .iter()
                .map(|i| (i.sources.as_slice(), i.confidence)),
        ),
        scale_points: scale_points(lang, &sc.scale, true),
        scale: &sc.scale,
        bands: sc
            .bands
            .iter()
            .map(|b| BandRow {
                band: b,
                range: if b.min == b.max {
                    points(b.min)
                } else {
                    format!("{}–{}", points(b.min), points(b.max))
                },
            })
            .collect(),
        bands_cite: shared_cite(
            sc.bands
                .iter()
                .map(|b| (b.sources.as_slice(), b.confidence)),
        ),
        policy_headings: m.policy_headings(),
        sa_levels: m
            .sa_levels()
            .iter()
            .map(|l| SaLevelRow {
                level: l,
                anchor: anchor(l.id.as_str()),
                criteria: m.sa_criteria(l.id.as_str()).collect(),
            })
            .collect(),
        security_action: &m.security_action,
    }
}

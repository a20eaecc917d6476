//! `#/guidelines/csf`: what the NIST CSF page shows — each CSF version's functions and
//! categories (with each category's function), the official per-指示 mapping (付録D), Shindan's
//! CSF 2.0 crosswalk per 指示, the 1.1→2.0 map, the 0–4 maturity scale and the executive answer
//! scale. Texts stay the model's; this decides the rows, the cells as printed, where a citation
//! is shown once for a whole table, and when the Japanese names need their note.

use crate::i18n::{t, tn, Msg};
use crate::lang::Lang;
use crate::model::{
    AnswerScale, AppendixDRow, CrosswalkEntry, CsfCategory, CsfMapRow, CsfVersion, CsfVersionTag,
    Direction, IsoRef, MaturityLevel, Model, Own,
};

use super::guide::{joined, scale_points, shared_cite, Cite};

/// The version number as printed: "1.1", "2.0".
pub fn tag_str(tag: CsfVersionTag) -> &'static str {
    match tag {
        CsfVersionTag::V1_1 => "1.1",
        CsfVersionTag::V2_0 => "2.0",
    }
}

/// A category with the name of its function in `lang` (empty when the function is unknown).
#[derive(Clone, Debug, PartialEq)]
pub struct CategoryRow<'a> {
    pub category: &'a CsfCategory,
    pub function: String,
}

/// One CSF version's section.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionSection<'a> {
    pub version: &'a CsfVersion,
    /// "1.1" / "2.0".
    pub tag: &'static str,
    /// The heading's anchor: `csf-1-1`.
    pub anchor: String,
    /// The categories table's caption.
    pub caption: String,
    /// In Japanese, whether some names are Shindan's Japanese (the page then says so).
    pub ja_names_note: bool,
    pub categories: Vec<CategoryRow<'a>>,
}

/// The cells of a 付録D row, each joined or "なし".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppdCells {
    pub csf11: String,
    pub cis: String,
    pub iso27001: String,
    pub iso27002: String,
}

impl AppdCells {
    /// The cells of `r`; with `whole_theme`, a bare ISO/IEC 27002 theme number says it means
    /// the whole theme (the 指示 page), else it is printed as 付録D prints it (the CSF table).
    pub fn new(lang: Lang, r: &AppendixDRow, whole_theme: bool) -> AppdCells {
        AppdCells {
            csf11: joined(lang, &r.csf11),
            cis: joined(lang, &r.cis_v8),
            iso27001: joined(lang, &r.iso27001),
            iso27002: if whole_theme {
                iso27002(lang, &r.iso27002)
            } else {
                joined(lang, &r.iso27002)
            },
        }
    }
}

/// ISO/IEC 27002 references, a bare theme number marked as the whole theme: "5.1, 8 (テーマ全体)".
fn iso27002(lang: Lang, refs: &[IsoRef]) -> String {
    if refs.is_empty() {
        return t(lang, Msg::GlNone).to_owned();
    }
    refs.iter()
        .map(|r| {
            if r.as_str().contains('.') {
                r.to_string()
            } else {
                format!("{r} ({})", t(lang, Msg::GlWholeTheme))
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A 指示 in the 付録D table: its cells, or `None` when 付録D has no row for it.
#[derive(Clone, Debug, PartialEq)]
pub struct AppdRow<'a> {
    pub direction: &'a Direction,
    pub cells: Option<AppdCells>,
}

/// A 指示 in the crosswalk table: its CSF 2.0 categories, or `None` when not recorded.
#[derive(Clone, Debug, PartialEq)]
pub struct CrosswalkRow<'a> {
    pub direction: &'a Direction,
    pub entry: Option<&'a CrosswalkEntry>,
    /// The entry's categories joined ("なし" when it maps none).
    pub codes: String,
}

/// A row of the 1.1→2.0 map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapRow<'a> {
    pub row: &'a CsfMapRow,
    pub to: String,
    pub note: Option<&'a Own>,
}

/// A maturity level with its NIST tier as printed ("Tier 2", "—").
#[derive(Clone, Debug, PartialEq)]
pub struct MaturityRow<'a> {
    pub level: &'a MaturityLevel,
    pub tier: String,
}

/// The whole page.
#[derive(Clone, Debug, PartialEq)]
pub struct CsfGuide<'a> {
    pub versions: Vec<VersionSection<'a>>,
    pub appd: Vec<AppdRow<'a>>,
    /// 付録D's citation, shown once under its table (the first row's: the appendix is one source).
    pub appd_cite: Option<Cite<'a>>,
    pub crosswalk: Vec<CrosswalkRow<'a>>,
    /// The citation every crosswalk entry shares (then shown once, under the table).
    pub crosswalk_cite: Option<Cite<'a>>,
    pub crosswalk_caption: String,
    pub crosswalk_method: &'a Own,
    pub map: Vec<MapRow<'a>>,
    /// As [`CsfGuide::crosswalk_cite`]; `None` adds a source column to the map.
    pub map_cite: Option<Cite<'a>>,
    pub maturity: Vec<MaturityRow<'a>>,
    pub maturity_note: &'a Own,
    pub scale: &'a AnswerScale,
    /// The points column of the executive scale, one per option.
    pub scale_points: Vec<String>,
}

fn version_section(lang: Lang, v: &CsfVersion) -> VersionSection<'_> {
    let tag = tag_str(v.version);
    VersionSection {
        version: v,
        tag,
        anchor: format!("csf-{}", tag.replace('.', "-")),
        caption: tn(lang, Msg::GlCsfCategoriesOf, format!("CSF {tag}")),
        ja_names_note: lang == Lang::Ja
            && (v.functions.iter().any(|f| !f.name.ja_confirmed())
                || v.categories.iter().any(|c| !c.name.ja_confirmed())),
        categories: v
            .categories
            .iter()
            .map(|c| CategoryRow {
                category: c,
                function: v
                    .function(c.code.function())
                    .map(|f| f.name.get(lang).to_owned())
                    .unwrap_or_default(),
            })
            .collect(),
    }
}

/// The page in `lang`.
pub fn csf_guide(m: &Model, lang: Lang) -> CsfGuide<'_> {
    let dirs = m.directions();
    CsfGuide {
        versions: [CsfVersionTag::V1_1, CsfVersionTag::V2_0]
            .into_iter()
            .filter_map(|tag| m.csf(tag))
            .map(|v| version_section(lang, v))
            .collect(),
        appd: dirs
            .iter()
            .map(|d| AppdRow {
                direction: d,
                cells: m
                    .appendix_d(d.id.as_str())
                    .map(|r| AppdCells::new(lang, r, false)),
            })
            .collect(),
        appd_cite: m
            .meti_v3
            .appendix_d
            .first()
            .map(|r| (r.sources.as_slice(), r.confidence)),
        crosswalk: dirs
            .iter()
            .map(|d| {
                let entry = m.crosswalk(d.id.as_str());
                CrosswalkRow {
                    direction: d,
                    entry,
                    codes: entry.map(|e| joined(lang, &e.csf20)).unwrap_or_default(),
                }
            })
            .collect(),
        crosswalk_cite: shared_cite(
            dirs.iter()
                .filter_map(|d| m.crosswalk(d.id.as_str()))
                .map(|e| (e.sources.as_slice(), e.confidence)),
        ),
        crosswalk_caption: format!(
            "{} — {}",
            t(lang, Msg::GlCrosswalkHeading),
            t(lang, Msg::GlShindanMapping)
        ),
        crosswalk_method: &m.crosswalk.method,
        map: m
            .csf
            .map_11_to_20
            .iter()
            .map(|r| MapRow {
                row: r,
                to: joined(lang, &r.to),
                note: r.note.as_ref(),
            })
            .collect(),
        map_cite: shared_cite(
            m.csf
                .map_11_to_20
                .iter()
                .map(|r| (r.sources.as_slice(), r.confidence)),
        ),
        maturity: m
            .maturity_levels()
            .iter()
            .map(|l| MaturityRow {
                level: l,
                tier: l
                    .nist_tier
                    .map(|n| format!("Tier {n}"))
                    .unwrap_or_else(|| "—".to_owned()),
            })
            .collect(),
        maturity_note: &m.scales.maturity_note,
        scale: m.exec_scale(),
        scale_points: scale_points(lang, m.exec_scale(), false),
    }
}

//! Serde types of the guideline model: one struct per kind of entry, one file struct per
//! `data/*.json`, and [`Model`], all ten files. Every file struct denies unknown fields so a typo
//! in the data fails the build.
//!
//! This file is also the schema of the blob the app ships: `build.rs` writes the parsed JSON with
//! postcard and generates the wasm-side decoder from this file's syntax tree
//! (`decodegen.rs`): fields and variants in declaration order. Keep it plain declarations —
//! the generator refuses serde attributes that reshape the serialised value, field types it has
//! no decoder for, and macros that declare types, naming the type and field.
//!
//! Conventions shared by every entry (see the `model` module docs for the ID scheme):
//! * `id` — a stable [`Id`]; unique across the whole model.
//! * `sources` — at least one [`SourceRef`] (a source-list ID plus the section/page).
//! * `confidence` — [`Confidence`]: how well the entry is confirmed by the sources.
//! * `official` — `false` on Shindan's own content (crosswalks, scales, maturity, added fields).
//! * Titles are verbatim names; every other sentence is the project's own paraphrase.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::lang::Lang;

// The ID newtypes are declared as plain items (build.rs generates their decoders from this
// file's syntax, and refuses macros that declare types); this macro only adds their methods.
macro_rules! id_methods {
    ($($name:ident),*) => {$(
        impl $name {
            /// The ID as written in the data.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    )*};
}

/// A stable model ID such as `v3.d1`, `v3.a2.5-3`, `sc.07` (scheme in the module docs).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub String);

/// An ID in the source list (`sources.json`), e.g. `T1`, `S0`, `SHINDAN`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SourceId(pub String);

/// A NIST CSF identifier: a function (`ID`), category (`ID.AM`) or subcategory (`ID.AM-1`).
/// Which CSF version it belongs to is given by the field that holds it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CsfRef(pub String);

/// A CIS Controls v8 reference: `CIS 1` … `CIS 18`, or a safeguard such as `CIS 1.1`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CisRef(pub String);

/// An ISO/IEC reference: a 27001:2022 clause (`5.1`, `9`) or a 27002:2022 control
/// (`5.13`) or whole control theme (`6` = all people controls), depending on the field.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IsoRef(pub String);

id_methods!(Id, SourceId, CsfRef, CisRef, IsoRef);

impl CsfRef {
    /// `true` for a subcategory (`ID.AM-1`), `false` for a category or function.
    pub fn is_subcategory(&self) -> bool {
        self.0.contains('-')
    }

    /// The category part: `ID.AM` for `ID.AM-1`; the ID itself for a category.
    pub fn category(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// The function part: `ID` for `ID.AM-1`.
    pub fn function(&self) -> &str {
        self.0.split('.').next().unwrap_or(&self.0)
    }
}

/// A plain string in both languages, with no claim about whose words it is: only the names of
/// the source documents (`sources.json`) use it. Guideline content is [`Official`], Shindan's
/// own words are [`Own`], and a list that mixes both holds [`Said`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

impl Text {
    /// The string in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }
}

/// How an [`Official`] text renders the guideline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Wording {
    /// The official Japanese wording, verbatim (a title, a name, an answer option, a band text).
    Verbatim,
    /// The official content restated in Shindan's words, kept to its meaning (a check item, a
    /// summary of what a section asks). Its English is always Shindan's rendering.
    Meaning,
    /// An official name whose Japanese wording is not confirmed: a slide's short label, or
    /// Shindan's Japanese for a name known only from the official English. The UI says so.
    JaUnconfirmed,
}

/// Whose English an [`Official`] text carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum English {
    /// The publisher's own English edition (METI's English Ver3.0, NIST's CSF).
    Official,
    /// IPA's provisional translation (the English SME guideline 3.1, source `T8`).
    IpaProvisional,
    /// Shindan's English: no official English of this text exists or was found.
    Shindan,
}

/// Text the app shows as the guideline's: its official wording or its meaning, always with
/// where it stands (a source-list ID and the section). `validate` rejects one without both.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Official {
    pub ja: String,
    pub en: String,
    pub wording: Wording,
    pub english: English,
    /// The source-list ID the text comes from (never Shindan's own `SHINDAN`).
    pub src: SourceId,
    /// Where in it: chapter, section, appendix, table or page. Never empty.
    pub at: String,
}

impl Official {
    /// The string in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }

    /// Whether the Japanese is the confirmed official wording or meaning.
    pub fn ja_confirmed(&self) -> bool {
        self.wording != Wording::JaUnconfirmed
    }

    /// Whether the English shown is the publisher's (official edition or IPA's provisional
    /// translation) rather than Shindan's.
    pub fn en_official(&self) -> bool {
        self.english != English::Shindan
    }
}

/// Shindan's own words (hints, reasons, extra examples, interpretations, notes). Never shown as
/// the guideline's: views render it through `components::said`, which adds the Shindan marker.
/// It deliberately has no `get`: the only unmarked access is [`Own::unmarked`], for places that
/// cannot hold a marker (CSV cells, `<option>` text), which must say so themselves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Own {
    pub ja: String,
    pub en: String,
}

impl Own {
    /// The string in `lang` without the marker: only for exports and attribute values, whose
    /// surrounding text must say that it is Shindan's.
    pub fn unmarked(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }
}

/// An entry of a list that mixes the guideline's text and Shindan's (e.g. the example measures
/// of an article: IPA's two and one Shindan added).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Said {
    Official(Official),
    Own(Own),
}

impl Said {
    /// The official text, if it is one.
    pub fn official(&self) -> Option<&Official> {
        match self {
            Said::Official(o) => Some(o),
            Said::Own(_) => None,
        }
    }

    /// The string in `lang` without any marker (exports; see [`Own::unmarked`]).
    pub fn unmarked(&self, lang: Lang) -> &str {
        match self {
            Said::Official(o) => o.get(lang),
            Said::Own(o) => o.unmarked(lang),
        }
    }
}

/// How well an entry is confirmed. H: official document or two independent sources;
/// M: one reasonable secondary source; L: weak or single informal source; U: not confirmed (a gap).
/// On Shindan's own (`official: false`) content it says how firmly the content rests on
/// confirmed facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Confidence {
    H,
    M,
    L,
    U,
}

/// A citation: a source-list ID plus where in it (section, page, table).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub src: SourceId,
    #[serde(default)]
    pub at: Option<String>,
}

// ---------------------------------------------------------------- sources.json

/// What kind of document a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Published by METI, IPA or NIST themselves.
    Official,
    /// An official provisional translation (e.g. IPA's English SME guideline).
    OfficialTranslation,
    /// A government page that reproduces or summarises the official text.
    GovernmentSecondary,
    /// A copy of an official document hosted elsewhere.
    Mirror,
    /// Press, blogs, consultancies, single-author summaries.
    Secondary,
    /// A weak hint (a file in some repository, marketing material).
    Weak,
    /// The METI slide deck the project started from.
    Seed,
    /// Shindan's own content (mappings, scales, added fields).
    Project,
}

/// One entry of the source list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    pub title: Text,
    #[serde(default)]
    pub edition: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    /// URL(s) or repository path where the text was read.
    pub location: String,
    pub kind: SourceKind,
    /// The languages the source holds text in: what it can back. A verbatim Japanese wording
    /// needs a cited source holding Japanese, an official English one holding English.
    pub languages: Vec<SourceLang>,
}

/// A language a source holds text in (see [`Source::languages`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceLang {
    Ja,
    En,
}

/// Whether a recorded gap is still fully open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GapStatus {
    Open,
    Partial,
}

/// Something the model could not confirm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gap {
    pub id: Id,
    pub topic: Own,
    pub status: GapStatus,
    /// Model entries the gap concerns.
    #[serde(default)]
    pub related: Vec<Id>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// A place where Shindan reads, scores or adds something the guidelines do not state: listed
/// on the Sources page with the reason, so no interpretation passes for the guideline's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interpretation {
    pub id: Id,
    /// What Shindan does.
    pub topic: Own,
    /// Why, in one line.
    pub reason: Own,
    /// Model entries it concerns.
    #[serde(default)]
    pub related: Vec<Id>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// `sources.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub format_version: u32,
    pub edition: String,
    pub sources: Vec<Source>,
    pub gaps: Vec<Gap>,
    /// Shindan's own readings, scorings and additions.
    pub interpretations: Vec<Interpretation>,
}

// ---------------------------------------------------------------- METI guideline

/// A principle (原則) of the METI guideline or of the SME guideline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: Id,
    pub number: u8,
    pub title: Official,
    #[serde(default)]
    pub note: Option<Own>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// A heading grouping directions. Top-level groups have no parent; directions hang from leaves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: Id,
    #[serde(default)]
    pub parent: Option<Id>,
    pub title: Official,
    #[serde(default)]
    pub note: Option<Own>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// One of the ten important items (重要10項目); from Ver2.0 on, an instruction (指示) of the
/// executive to the CISO.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Direction {
    pub id: Id,
    pub number: u8,
    /// The leaf group it belongs to.
    pub group: Id,
    /// "指示1" / "Direction 1" (Ver1.1: "(1)").
    pub label: Official,
    pub title: Official,
    /// The short label shown in the seed slide deck (S0), if any.
    #[serde(default)]
    pub short_label: Option<Own>,
    #[serde(default)]
    pub note: Option<Own>,
    /// Paraphrase of what the executive instructs (指示内容).
    #[serde(default)]
    pub summary: Option<Official>,
    /// Paraphrase of the scenarios if neglected (対策を怠った場合のシナリオ), one per point.
    #[serde(default)]
    pub scenarios: Vec<Official>,
    /// Paraphrase of example measures (対策例), partial.
    #[serde(default)]
    pub examples: Vec<Official>,
    /// Paraphrase of IPA's first steps (プラクティス・ナビ), where known.
    #[serde(default)]
    pub first_steps: Vec<Official>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// One version of the METI/IPA Cybersecurity Management Guidelines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetiVersion {
    /// `v3`, `v2` or `v11`.
    pub id: Id,
    /// "3.0", "2.0", "1.1".
    pub version: String,
    /// Publication date, ISO 8601.
    pub date: String,
    pub title: Official,
    /// Heading of the principles chapter.
    pub principles_heading: Official,
    pub principles: Vec<Principle>,
    pub groups: Vec<Group>,
    pub directions: Vec<Direction>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// An appendix (付録) of a guideline version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appendix {
    pub id: Id,
    pub letter: String,
    pub title: Official,
    #[serde(default)]
    pub note: Option<Own>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// A check item of 付録A-1 (for the executive, 3 per principle).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct A1Item {
    pub id: Id,
    pub principle: Id,
    pub number: u8,
    /// Paraphrase of the check item.
    pub text: Official,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// A printed CSF ID that the sheet got wrong, and what Shindan reads it as.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsfCorrection {
    pub printed: String,
    pub corrected: CsfRef,
    pub note: Own,
}

/// A check item of 付録A-2 (checked by practitioners, per direction).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct A2Item {
    pub id: Id,
    pub direction: Id,
    pub number: u8,
    pub text: Official,
    /// The CSF 1.1 IDs exactly as printed beside the item ("–" when none).
    pub csf11_printed: String,
    /// The printed IDs, official, normalised: ranges expanded, typos corrected. Category-only
    /// IDs (`ID.GV`) stay category references.
    pub csf11: Vec<CsfRef>,
    #[serde(default)]
    pub csf11_corrections: Vec<CsfCorrection>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// The official per-direction row of Ver3.0 付録D.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppendixDRow {
    pub id: Id,
    pub direction: Id,
    /// NIST CSF 1.1 categories.
    pub csf11: Vec<CsfRef>,
    pub cis_v8: Vec<CisRef>,
    /// ISO/IEC 27001:2022 clauses (●).
    pub iso27001: Vec<IsoRef>,
    /// ISO/IEC 27002:2022 controls (・); a bare theme number (`6`) means the whole theme.
    pub iso27002: Vec<IsoRef>,
    #[serde(default)]
    pub note: Option<Own>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// `meti_v3.json`: Ver3.0 with its check sheets and standards mapping.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetiV3File {
    pub format_version: u32,
    pub edition: String,
    pub guideline: MetiVersion,
    pub appendices: Vec<Appendix>,
    pub a1: Vec<A1Item>,
    pub a2: Vec<A2Item>,
    pub appendix_d: Vec<AppendixDRow>,
}

/// Which revision step a lineage row describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineageStep {
    /// Ver1.1 (2016) → Ver2.0 (2017).
    V11ToV2,
    /// Ver2.0 (2017) → Ver3.0 (2023).
    V2ToV3,
}

/// What happened to an item between two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Merged,
    Split,
    Renamed,
    Moved,
    Unchanged,
    Removed,
}

/// One row of the Ver1.1 → Ver2.0 → Ver3.0 correspondence table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineageRow {
    pub id: Id,
    pub step: LineageStep,
    /// IDs in the older version (empty for `Added`).
    pub from: Vec<Id>,
    /// IDs in the newer version (empty for `Removed`).
    pub to: Vec<Id>,
    /// Non-empty; e.g. `[Moved, Renamed]`.
    pub kinds: Vec<ChangeKind>,
    pub note: Own,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// A piece of context from the seed deck (e.g. the guideline-use survey).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextFact {
    pub id: Id,
    pub title: Official,
    pub text: Official,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// `meti_history.json`: Ver2.0, Ver1.1, the lineage table and context.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetiHistoryFile {
    pub format_version: u32,
    pub edition: String,
    /// Newest first: Ver2.0, Ver1.1.
    pub versions: Vec<MetiVersion>,
    pub lineage: Vec<LineageRow>,
    pub context: Vec<ContextFact>,
}

// ---------------------------------------------------------------- incident record (付録C)

/// The input widget an incident-record field needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    Text,
    LongText,
    Date,
    DateTime,
    /// One of `options`.
    Choice,
    /// Several of `options`.
    MultiChoice,
}

/// An option of a `Choice`/`MultiChoice` field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    /// Stable key stored in answers, e.g. `malware`.
    pub value: String,
    pub label: Said,
}

/// A table of Ver2.0 付録C (表1 基本項目 …).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentTable {
    pub id: Id,
    pub number: u8,
    pub title: Official,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// A field of the incident record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentField {
    pub id: Id,
    /// Official field number (fields 1–8 of 表1), `None` for Shindan's additions.
    #[serde(default)]
    pub number: Option<u8>,
    pub label: Said,
    /// What to write, in our words.
    pub hint: Own,
    pub kind: FieldKind,
    #[serde(default)]
    pub options: Vec<ChoiceOption>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

impl IncidentField {
    /// Whether the field is one of the appendix's own (its label is official), not Shindan's.
    pub fn official(&self) -> bool {
        matches!(self.label, Said::Official(_))
    }
}

/// `incident.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentFile {
    pub format_version: u32,
    pub edition: String,
    /// Ver2.0 付録C (Ver3.0 付録C is `v3.appC` in `meti_v3.json`).
    pub appendix_v2: Appendix,
    pub purpose: Own,
    pub tables: Vec<IncidentTable>,
    pub fields: Vec<IncidentField>,
}

// ---------------------------------------------------------------- NIST CSF

/// A NIST CSF version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CsfVersionTag {
    #[serde(rename = "1.1")]
    V1_1,
    #[serde(rename = "2.0")]
    V2_0,
}

/// A CSF function.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsfFunction {
    pub code: CsfRef,
    pub name: Official,
}

/// A CSF category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsfCategory {
    pub code: CsfRef,
    pub name: Official,
    /// Number of subcategories, numbered `-1` … `-n` (CSF 1.1); `None` when not recorded.
    #[serde(default)]
    pub subcategory_count: Option<u8>,
}

/// One CSF version with its functions and categories.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsfVersion {
    pub id: Id,
    pub version: CsfVersionTag,
    pub title: Official,
    pub released: String,
    pub functions: Vec<CsfFunction>,
    pub categories: Vec<CsfCategory>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

impl CsfVersion {
    /// The category with `code`.
    pub fn category(&self, code: &str) -> Option<&CsfCategory> {
        self.categories.iter().find(|c| c.code == code)
    }

    /// The function with `code`.
    pub fn function(&self, code: &str) -> Option<&CsfFunction> {
        self.functions.iter().find(|f| f.code == code)
    }

    /// Whether `code` names a function, category or (where recorded) subcategory here.
    pub fn contains(&self, code: &str) -> bool {
        if self.function(code).is_some() || self.category(code).is_some() {
            return true;
        }
        let Some((cat, n)) = code.split_once('-') else {
            return false;
        };
        let Some(count) = self.category(cat).and_then(|c| c.subcategory_count) else {
            return false;
        };
        n.parse::<u8>().is_ok_and(|n| n >= 1 && n <= count) && !n.starts_with('0')
    }

    /// All subcategory IDs of a category, in order (empty when not recorded).
    pub fn subcategories(&self, category: &str) -> Vec<CsfRef> {
        let count = self
            .category(category)
            .and_then(|c| c.subcategory_count)
            .unwrap_or(0);
        (1..=count)
            .map(|n| CsfRef(format!("{category}-{n}")))
            .collect()
    }
}

/// A CSF 1.1 category and the CSF 2.0 categories its subcategories moved to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsfMapRow {
    pub from: CsfRef,
    pub to: Vec<CsfRef>,
    #[serde(default)]
    pub note: Option<Own>,
    pub official: bool,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// `csf.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsfFile {
    pub format_version: u32,
    pub edition: String,
    pub versions: Vec<CsfVersion>,
    /// CSF 1.1 category → CSF 2.0 categories, at category level (Shindan's simplification).
    pub map_11_to_20: Vec<CsfMapRow>,
}

/// Shindan's mapping of one model item to CSF 2.0 categories (never official).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrosswalkEntry {
    /// A Ver3.0 direction, an A-2 item or a self-check item.
    pub item: Id,
    pub csf20: Vec<CsfRef>,
    pub official: bool,
    #[serde(default)]
    pub note: Option<Own>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// `crosswalk.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrosswalkFile {
    pub format_version: u32,
    pub edition: String,
    /// How the mapping was made.
    pub method: Own,
    pub entries: Vec<CrosswalkEntry>,
}

// ---------------------------------------------------------------- answer scales, maturity

/// The closed set of answer meanings shared by the scales.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    /// 実施している
    Implemented,
    /// 一部実施している
    Partial,
    /// 実施していない
    NotImplemented,
    /// わからない
    DontKnow,
    /// 該当しない
    NotApplicable,
}

/// One answer option.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub kind: AnswerKind,
    pub label: Said,
    /// Points; `None` = excluded from the total and the maximum.
    pub points: Option<i32>,
    #[serde(default)]
    pub note: Option<Own>,
}

/// An answer scale (the SME self-check's, or Shindan's executive scale).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerScale {
    pub id: Id,
    pub name: Said,
    pub official: bool,
    pub note: Own,
    pub options: Vec<AnswerOption>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

impl AnswerKind {
    /// Every kind, in scale order.
    pub const ALL: [AnswerKind; 5] = [
        AnswerKind::Implemented,
        AnswerKind::Partial,
        AnswerKind::NotImplemented,
        AnswerKind::DontKnow,
        AnswerKind::NotApplicable,
    ];

    /// The stable code: serde's spelling, and the one table for form values, CSV cells and data
    /// attributes (a test holds it equal to serde's).
    pub fn code(self) -> &'static str {
        match self {
            AnswerKind::Implemented => "implemented",
            AnswerKind::Partial => "partial",
            AnswerKind::NotImplemented => "not_implemented",
            AnswerKind::DontKnow => "dont_know",
            AnswerKind::NotApplicable => "not_applicable",
        }
    }

    /// The kind a code names, if it names one.
    pub fn from_code(code: &str) -> Option<AnswerKind> {
        AnswerKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

impl AnswerScale {
    /// The option of `kind`, if this scale offers it.
    pub fn option(&self, kind: AnswerKind) -> Option<&AnswerOption> {
        self.options.iter().find(|o| o.kind == kind)
    }
}

/// A level of Shindan's 0–4 maturity scale (level 1–4 = NIST CSF Implementation Tier 1–4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaturityLevel {
    pub id: Id,
    pub level: u8,
    pub name: Own,
    /// The NIST CSF Implementation Tier it borrows (1–4); `None` for 0.
    #[serde(default)]
    pub nist_tier: Option<u8>,
    pub description: Own,
    pub official: bool,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// `scales.json`: Shindan's executive answer scale and maturity scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScalesFile {
    pub format_version: u32,
    pub edition: String,
    /// For A-1/A-2 (Shindan's; IPA's 可視化ツール scale is unconfirmed).
    pub exec_scale: AnswerScale,
    pub maturity_note: Own,
    pub maturity: Vec<MaturityLevel>,
}

// ---------------------------------------------------------------- IPA SME guideline

/// An edition of the SME guideline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmeEdition {
    pub id: Id,
    pub name: Official,
    #[serde(default)]
    pub date: Option<String>,
    pub notes: Own,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// An executive action (重要7項目の取組).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyAction {
    pub id: Id,
    pub number: u8,
    pub title: Official,
    /// What it asks, in our words.
    pub summary: Official,
    /// The practical-part sections it corresponds to (第3.1版 Part 2 ch.1 表2 / T8 Table 2).
    pub sections: Vec<Id>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// A numbered section of the SME guideline's practical part (実践編), e.g. 3(1) the basic policy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideSection {
    /// `sme.s<chapter>.<number>`, e.g. `sme.s3.1`.
    pub id: Id,
    /// The chapter of Part 2 (2–5).
    pub chapter: u8,
    /// The section number within the chapter ((1), (2), …).
    pub number: u8,
    pub title: Official,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// A stage of the step-up path as 第3.1版 lays it out ("How to Use This Guideline"): each stage
/// is one chapter of Part 2 and its sections.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// `sme.stage<n>`.
    pub id: Id,
    pub number: u8,
    /// The stage's label in the guideline's overview.
    pub title: Official,
    /// The chapter of Part 2 it points to.
    pub chapter: u8,
    pub chapter_title: Official,
    /// What the guideline asks at this stage (its meaning, in our words).
    pub asks: Official,
    /// The chapter's sections, in order (IDs of [`GuideSection`]s).
    pub sections: Vec<Id>,
    /// The SECURITY ACTION level that declares this stage done (`sa.star1`, `sa.star2`).
    #[serde(default)]
    pub star: Option<Id>,
    /// Entries the user works with at this stage (articles, the self-check, policy headings).
    #[serde(default)]
    pub links: Vec<Id>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// One of the 5 articles (情報セキュリティ5か条).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: Id,
    pub number: u8,
    pub title: Official,
    pub examples: Vec<Said>,
    /// The self-check item that asks the same thing.
    pub self_check: Id,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// A part of the 25-item self-check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfCheckPart {
    pub id: Id,
    pub number: u8,
    pub title: Official,
    pub note: Official,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// One of the 25 self-check items (5分でできる！情報セキュリティ自社診断).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfCheckItem {
    pub id: Id,
    pub number: u8,
    pub part: Id,
    /// Short label (ours).
    pub label: Own,
    /// The question, paraphrased.
    pub question: Official,
    /// Why it matters (ours).
    pub why: Own,
    /// Example measures (ours).
    pub examples: Vec<Own>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// A score band of the self-check: `min..=max` points.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: Id,
    pub min: i32,
    pub max: i32,
    /// IPA's 現在の状況 for the band, verbatim.
    pub status: Official,
    /// IPA's 次の対策 for the band, verbatim.
    pub next_step: Official,
    /// Shindan's advice for the band (never shown as IPA's).
    pub advice: Own,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

impl Band {
    /// Whether `score` falls in this band.
    pub fn contains(&self, score: i32) -> bool {
        (self.min..=self.max).contains(&score)
    }
}

/// The self-check with its parts, items, scale and bands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfCheck {
    pub id: Id,
    pub title: Official,
    pub parts: Vec<SelfCheckPart>,
    pub items: Vec<SelfCheckItem>,
    pub scale: AnswerScale,
    /// Highest band first.
    pub bands: Vec<Band>,
    pub respondent: Official,
    pub not_applicable: Own,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// A heading of IPA's sample basic policy (情報セキュリティ基本方針).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyHeading {
    pub id: Id,
    pub number: u8,
    pub title: Official,
    /// What to write under it (ours).
    pub hint: Own,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// `sme.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmeFile {
    pub format_version: u32,
    pub edition: String,
    pub title: Official,
    /// Where the file's own texts (the title) are read: a Japanese and an English source.
    pub sources: Vec<SourceRef>,
    pub editions: Vec<SmeEdition>,
    pub principles: Vec<Principle>,
    pub actions: Vec<KeyAction>,
    /// Part 2's numbered sections (chapters 2–5).
    pub sections: Vec<GuideSection>,
    /// The four stages of the step-up path.
    pub stages: Vec<Stage>,
    pub articles: Vec<Article>,
    pub self_check: SelfCheck,
    pub policy_headings: Vec<PolicyHeading>,
}

// ---------------------------------------------------------------- SECURITY ACTION

/// ★ or ★★.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaLevel {
    pub id: Id,
    pub stars: u8,
    pub label: Official,
    pub summary: Official,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

impl SaLevel {
    /// The stars IPA's logo marks draw for the level, shown before its name: ★ or ★★.
    pub fn glyph(&self) -> &'static str {
        if self.stars >= 2 {
            "★★"
        } else {
            "★"
        }
    }
}

/// A checkable criterion of a level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaCriterion {
    pub id: Id,
    pub level: Id,
    pub text: Official,
    /// Model entries that help meet it.
    #[serde(default)]
    pub links: Vec<Id>,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// A fact about the scheme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaFact {
    pub id: Id,
    pub text: Official,
    pub sources: Vec<SourceRef>,
    pub confidence: Confidence,
}

/// `security_action.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecurityActionFile {
    pub format_version: u32,
    pub edition: String,
    pub name: Official,
    /// A self-declaration, not a certification.
    pub nature: Official,
    pub levels: Vec<SaLevel>,
    pub criteria: Vec<SaCriterion>,
    pub facts: Vec<SaFact>,
}

// ---------------------------------------------------------------- layouts

/// The ordered answerable IDs of one model revision. Stored results and share links name a
/// revision; this keeps old ones readable after items are added, removed or reordered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerLayout {
    pub rev: u32,
    /// 付録A-1 items (9).
    pub a1: Vec<Id>,
    /// 付録A-2 items (40).
    pub a2: Vec<Id>,
    /// Self-check items (25).
    pub self_check: Vec<Id>,
    /// 5か条 (5).
    pub articles: Vec<Id>,
    /// SME executive actions (7).
    pub actions: Vec<Id>,
    /// Ver3.0 directions (10), rated on the maturity scale.
    pub directions: Vec<Id>,
}

impl AnswerLayout {
    /// All IDs in layout order, self-check, articles, actions, directions.
    pub fn all(&self) -> impl Iterator<Item = &Id> {
        self.a1
            .iter()
            .chain(&self.a2)
            .chain(&self.self_check)
            .chain(&self.articles)
            .chain(&self.actions)
            .chain(&self.directions)
    }
}

/// `layouts.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LayoutFile {
    pub format_version: u32,
    pub edition: String,
    /// The current model revision; bump when an answerable item is added, removed or reordered.
    pub model_rev: u32,
    /// One layout per revision, oldest first.
    pub revisions: Vec<AnswerLayout>,
}

// ---------------------------------------------------------------- the whole model

/// The whole model: one field per data file. Prefer the lookup methods (in the `model` module).
/// `build.rs` writes it to the blob the app embeds; `Deserialize` is for tests that read that
/// blob a second way (postcard + serde) — the app decodes it with the generated decoder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Model {
    pub sources: SourcesFile,
    pub meti_v3: MetiV3File,
    pub meti_history: MetiHistoryFile,
    pub incident: IncidentFile,
    pub csf: CsfFile,
    pub crosswalk: CrosswalkFile,
    pub scales: ScalesFile,
    pub sme: SmeFile,
    pub security_action: SecurityActionFile,
    pub layouts: LayoutFile,
}

//! The guideline model: a typed, validated, bilingual and sourced copy of
//!
//! * METI/IPA サイバーセキュリティ経営ガイドライン Ver3.0 (principles, groups, 指示1–10 with summaries,
//!   scenarios if neglected, example measures, first steps; 付録A-1 (9) and A-2 (40) check items with
//!   their printed NIST CSF 1.1 IDs; 付録D per-direction mapping to CSF 1.1 / CIS v8 / ISO 27001·27002),
//!   and Ver2.0 / Ver1.1 with the Ver1.1 → Ver2.0 → Ver3.0 correspondence (`meti_v3.json`,
//!   `meti_history.json`);
//! * the 付録C incident record (`incident.json`);
//! * NIST CSF 1.1 and 2.0 functions/categories, and Shindan's (unofficial) CSF 2.0 crosswalk
//!   (`csf.json`, `crosswalk.json`);
//! * Shindan's executive answer scale and 0–4 maturity scale (`scales.json`, unofficial);
//! * IPA 中小企業の情報セキュリティ対策ガイドライン: editions, 3 principles, 7 actions, steps, 5か条,
//!   the 25-item 自社診断 with answer points and score bands, basic-policy headings (`sme.json`);
//! * SECURITY ACTION ★/★★ criteria and facts (`security_action.json`);
//! * the source list and open gaps (`sources.json`), and the answerable layout of every model
//!   revision (`layouts.json`).
//!
//! The JSON files are the single source of truth. `build.rs` parses them with these types, writes
//! them with postcard, and generates the decoder of those bytes from the syntax of `types.rs`;
//! [`model`] decodes the embedded blob once at start-up with it ([`compact`]), without validating
//! (validation runs in `cargo test`, which also proves the decoded model equals the parsed JSON).
//! [`DataFiles::BUILTIN`], [`load`] and [`validate`] read the JSON text itself (tests and tools;
//! the app never calls them). Nothing is fetched at run time. This module is
//! PURE: it imports no yew / web_sys / gloo / wasm_bindgen, and it does no scoring beyond
//! [`Model::band_for`] (scoring lives in `crate::assessment`).
//!
//! # ID scheme (stable; never reuse an ID for a different thing)
//!
//! | Entry | ID | Example |
//! |---|---|---|
//! | METI guideline version | `v3`, `v2`, `v11` | |
//! | principle (原則) | `<ver>.p<n>` | `v3.p2` |
//! | group heading | `<ver>.g<n>`; parent heading `<ver>.gA` | `v3.g1` |
//! | direction / important item (指示n, Ver1.1 "(n)") | `<ver>.d<n>` | `v3.d1`, `v11.d10` |
//! | appendix | `<ver>.app<Letter>` | `v3.appC` |
//! | 付録A-1 item (principle p, item n) | `v3.a1.p<p>-<n>` | `v3.a1.p2-1` |
//! | 付録A-2 item (direction d, item n) | `v3.a2.<d>-<n>` | `v3.a2.5-3` |
//! | 付録D row | `v3.appD.d<n>` | `v3.appD.d5` |
//! | lineage row | `ln.a<n>` (1.1→2.0), `ln.b<n>` (2.0→3.0) | |
//! | context fact | `ctx.<name>` | `ctx.survey-h28` |
//! | incident table / official field / added field | `ic.t<n>` / `ic.f<nn>` / `ic.x.<name>` | `ic.f06` |
//! | CSF version | `csf1.1`, `csf2.0` (CSF codes themselves are [`CsfRef`]s, not [`Id`]s) | |
//! | answer scale | `scale.exec`, `scale.sme` | |
//! | maturity level | `mat.<0-4>` | `mat.3` |
//! | SME edition / principle / action / step / article / policy heading | `sme.ed<x>` / `sme.p<n>` / `sme.act<n>` / `sme.step<n>` / `sme.art<n>` / `sme.policy<n>` | `sme.act7` |
//! | self-check, part, item, band | `sc`, `sc.part<n>`, `sc.<nn>`, `sc.band.<100/70/50/low>` | `sc.07` |
//! | SECURITY ACTION level / criterion / fact | `sa.star<n>` / `sa.<stars>-<n>` / `sa.f.<name>` | `sa.2-1` |
//! | gap | `gap.<name>` | |
//! | source | `S<n>`, `T<n>`, `NIST11`, `NIST20`, `SHINDAN` ([`SourceId`]) | |
//!
//! # Revisions
//!
//! `model_rev` (in `layouts.json`) increases whenever an answerable item is added, removed or
//! reordered; the ordered answerable IDs of every revision are kept so that stored results and
//! share links naming an old revision stay readable ([`Model::answerable`]).

pub mod compact;
mod types;
mod validate;

use std::sync::OnceLock;

pub use types::*;
pub use validate::{validate, ModelError};

/// The JSON text of every data file. [`DataFiles::BUILTIN`] is what ships; tests swap in
/// corrupted copies.
#[derive(Clone, Copy, Debug)]
pub struct DataFiles<'a> {
    pub sources: &'a str,
    pub meti_v3: &'a str,
    pub meti_history: &'a str,
    pub incident: &'a str,
    pub csf: &'a str,
    pub crosswalk: &'a str,
    pub scales: &'a str,
    pub sme: &'a str,
    pub security_action: &'a str,
    pub layouts: &'a str,
}

impl DataFiles<'static> {
    /// The data compiled into the binary.
    pub const BUILTIN: DataFiles<'static> = DataFiles {
        sources: include_str!("data/sources.json"),
        meti_v3: include_str!("data/meti_v3.json"),
        meti_history: include_str!("data/meti_history.json"),
        incident: include_str!("data/incident.json"),
        csf: include_str!("data/csf.json"),
        crosswalk: include_str!("data/crosswalk.json"),
        scales: include_str!("data/scales.json"),
        sme: include_str!("data/sme.json"),
        security_action: include_str!("data/security_action.json"),
        layouts: include_str!("data/layouts.json"),
    };
}

/// The data format version this code reads (each file's `format_version`).
pub const FORMAT_VERSION: u32 = 1;

fn parse_one<T: serde::de::DeserializeOwned>(
    file: &'static str,
    text: &str,
    errors: &mut Vec<ModelError>,
) -> Option<T> {
    match serde_json::from_str(text) {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(ModelError::Parse {
                file,
                message: e.to_string(),
            });
            None
        }
    }
}

/// Parses every file (reporting every file that fails), without validating.
pub fn parse(files: &DataFiles<'_>) -> Result<Model, Vec<ModelError>> {
    let mut e = Vec::new();
    let sources = parse_one("sources.json", files.sources, &mut e);
    let meti_v3 = parse_one("meti_v3.json", files.meti_v3, &mut e);
    let meti_history = parse_one("meti_history.json", files.meti_history, &mut e);
    let incident = parse_one("incident.json", files.incident, &mut e);
    let csf = parse_one("csf.json", files.csf, &mut e);
    let crosswalk = parse_one("crosswalk.json", files.crosswalk, &mut e);
    let scales = parse_one("scales.json", files.scales, &mut e);
    let sme = parse_one("sme.json", files.sme, &mut e);
    let security_action = parse_one("security_action.json", files.security_action, &mut e);
    let layouts = parse_one("layouts.json", files.layouts, &mut e);
    match (
        sources,
        meti_v3,
        meti_history,
        incident,
        csf,
        crosswalk,
        scales,
        sme,
        security_action,
        layouts,
    ) {
        (
            Some(sources),
            Some(meti_v3),
            Some(meti_history),
            Some(incident),
            Some(csf),
            Some(crosswalk),
            Some(scales),
            Some(sme),
            Some(security_action),
            Some(layouts),
        ) if e.is_empty() => Ok(Model {
            sources,
            meti_v3,
            meti_history,
            incident,
            csf,
            crosswalk,
            scales,
            sme,
            security_action,
            layouts,
        }),
        _ => Err(e),
    }
}

/// Parses and validates `files`; every problem is reported at once.
pub fn load_from(files: &DataFiles<'_>) -> Result<Model, Vec<ModelError>> {
    let model = parse(files)?;
    let errors = validate(&model);
    if errors.is_empty() {
        Ok(model)
    } else {
        Err(errors)
    }
}

/// Parses and validates the built-in data (used by tests).
pub fn load() -> Result<Model, Vec<ModelError>> {
    load_from(&DataFiles::BUILTIN)
}

/// `compact::Decode` for every type of `types.rs` ([`Model`] included), generated by `build.rs`
/// from its syntax tree (`decodegen.rs`).
mod decode_impls {
    use super::compact::{Decode, Reader};
    use super::types::*;
    include!(concat!(env!("OUT_DIR"), "/model_decode.rs"));
}

/// The built-in data as postcard bytes: the [`Model`] `build.rs` parsed from the same JSON files.
pub const BUILTIN_COMPACT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/model.bin"));

/// The first screen's data (`crate::boot`): the same model with only the texts the first
/// screen's pages show (`Route::FIRST_SCREEN`'s `model_texts`: the SME guideline, the scales,
/// the executive check's questions of METI's guideline…); every other text — the rest of METI's
/// guideline and its history, the incident fields, CSF and the crosswalk — is left empty. The
/// structure and IDs are kept, so every computation the first screen makes (scores, which parts
/// are started, record migration) is the same (`tests/first_screen_model.rs`).
pub const FIRST_SCREEN_COMPACT: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/model_first.bin"));

/// Decodes [`BUILTIN_COMPACT`] without validating (what the app does once, via [`model`]).
pub fn decode_builtin() -> Result<Model, compact::Error> {
    compact::decode(BUILTIN_COMPACT)
}

/// The blob [`model`] decodes, chosen by the build's `main` before anything reads the model
/// (`boot::first`: [`FIRST_SCREEN_COMPACT`]; `boot::full`: [`BUILTIN_COMPACT`]). Only the one
/// chosen is linked into each build. A later choice is ignored.
static BLOB: OnceLock<&'static [u8]> = OnceLock::new();

/// Chooses the blob [`model`] decodes (see [`BLOB`]).
pub fn use_blob(blob: &'static [u8]) {
    let _ = BLOB.set(blob);
}

/// The built-in model, decoded once from the blob the build chose ([`use_blob`]; natively,
/// where nothing chooses, [`BUILTIN_COMPACT`]).
///
/// # Panics
/// Never in practice: `build.rs` only writes data that parsed with these types,
/// `tests/model_data.rs` proves the data validates and `tests/model_compact.rs` that the decoded
/// model equals it, so a bad data file fails the build or `cargo test`, not the user's browser;
/// and both builds' `main` choose a blob first (a wasm build that did not would fail here on its
/// first page, in every e2e test). This is the only panic allowed; it names the error by its
/// `Display`, as `expect` would by its `Debug` and link the string escaper into every build.
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        #[cfg(not(target_arch = "wasm32"))]
        let blob = BLOB.get().copied().unwrap_or(BUILTIN_COMPACT);
        #[cfg(target_arch = "wasm32")]
        let blob = BLOB.get().copied().unwrap_or_default();
        compact::decode(blob).unwrap_or_else(|e| {
            panic!("built-in guideline data decodes (tests/model_compact.rs): {e}")
        })
    })
}

impl Model {
    // ------------------------------------------------------------ METI guideline

    /// Ver3.0.
    pub fn meti_v3(&self) -> &MetiVersion {
        &self.meti_v3.guideline
    }

    /// All METI versions, newest first: Ver3.0, Ver2.0, Ver1.1.
    pub fn meti_versions(&self) -> impl Iterator<Item = &MetiVersion> {
        std::iter::once(&self.meti_v3.guideline).chain(&self.meti_history.versions)
    }

    /// A METI version by ID (`v3`, `v2`, `v11`).
    pub fn meti_version(&self, id: &str) -> Option<&MetiVersion> {
        self.meti_versions().find(|v| v.id == id)
    }

    /// The Ver3.0 directions (指示1–10), in order.
    pub fn directions(&self) -> &[Direction] {
        &self.meti_v3.guideline.directions
    }

    /// A direction of any version by ID (`v3.d1`, `v11.d4`).
    pub fn direction(&self, id: &str) -> Option<&Direction> {
        self.meti_versions()
            .flat_map(|v| &v.directions)
            .find(|d| d.id == id)
    }

    /// The A-2 check items of a Ver3.0 direction, in order.
    pub fn a2_items<'a>(&'a self, direction: &'a str) -> impl Iterator<Item = &'a A2Item> + 'a {
        self.meti_v3
            .a2
            .iter()
            .filter(move |i| i.direction == direction)
    }

    /// The Ver3.0 directions in order, each with its A-2 items.
    pub fn directions_with_a2(&self) -> Vec<(&Direction, Vec<&A2Item>)> {
        self.directions()
            .iter()
            .map(|d| (d, self.a2_items(d.id.as_str()).collect()))
            .collect()
    }

    /// The A-1 items of a Ver3.0 principle, in order.
    pub fn a1_items<'a>(&'a self, principle: &'a str) -> impl Iterator<Item = &'a A1Item> + 'a {
        self.meti_v3
            .a1
            .iter()
            .filter(move |i| i.principle == principle)
    }

    /// The Ver3.0 principles in order, each with its A-1 items.
    pub fn principles_with_a1(&self) -> Vec<(&Principle, Vec<&A1Item>)> {
        self.meti_v3
            .guideline
            .principles
            .iter()
            .map(|p| (p, self.a1_items(p.id.as_str()).collect()))
            .collect()
    }

    /// A Ver3.0 group by ID.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.meti_versions()
            .flat_map(|v| &v.groups)
            .find(|g| g.id == id)
    }

    /// The official 付録D row (CSF 1.1 / CIS v8 / ISO) of a Ver3.0 direction.
    pub fn appendix_d(&self, direction: &str) -> Option<&AppendixDRow> {
        self.meti_v3
            .appendix_d
            .iter()
            .find(|r| r.direction == direction)
    }

    /// Correspondence rows of one revision step, in display order.
    pub fn lineage(&self, step: LineageStep) -> impl Iterator<Item = &LineageRow> {
        self.meti_history
            .lineage
            .iter()
            .filter(move |r| r.step == step)
    }

    /// Context facts from the seed deck (e.g. the guideline-use survey).
    pub fn context(&self) -> &[ContextFact] {
        &self.meti_history.context
    }

    /// The incident-record fields: the official ones (numbered) first, then Shindan's additions.
    pub fn incident_fields(&self) -> &[IncidentField] {
        &self.incident.fields
    }

    // ------------------------------------------------------------ CSF

    /// A CSF version.
    pub fn csf(&self, version: CsfVersionTag) -> Option<&CsfVersion> {
        self.csf.versions.iter().find(|v| v.version == version)
    }

    /// A CSF category (`ID.AM`) of a version.
    pub fn csf_category(&self, version: CsfVersionTag, code: &str) -> Option<&CsfCategory> {
        self.csf(version).and_then(|v| v.category(code))
    }

    /// Whether `code` is a function/category/subcategory of `version`.
    pub fn csf_contains(&self, version: CsfVersionTag, code: &str) -> bool {
        self.csf(version).is_some_and(|v| v.contains(code))
    }

    /// Shindan's (unofficial) CSF 2.0 mapping of a Ver3.0 direction, A-2 item or self-check item.
    pub fn crosswalk(&self, item: &str) -> Option<&CrosswalkEntry> {
        self.crosswalk.entries.iter().find(|e| e.item == item)
    }

    // ------------------------------------------------------------ scales

    /// Shindan's answer scale for A-1/A-2 (official: false).
    pub fn exec_scale(&self) -> &AnswerScale {
        &self.scales.exec_scale
    }

    /// Shindan's 0–4 maturity levels (official: false), in order.
    pub fn maturity_levels(&self) -> &[MaturityLevel] {
        &self.scales.maturity
    }

    // ------------------------------------------------------------ SME guideline

    /// The SME self-check's official answer options with points (4 / 2 / 0 / −1).
    pub fn sme_scale(&self) -> &AnswerScale {
        &self.sme.self_check.scale
    }

    /// The self-check parts in order, each with its items.
    pub fn self_check_parts(&self) -> Vec<(&SelfCheckPart, Vec<&SelfCheckItem>)> {
        let sc = &self.sme.self_check;
        sc.parts
            .iter()
            .map(|p| (p, sc.items.iter().filter(|i| i.part == p.id).collect()))
            .collect()
    }

    /// A self-check item by ID (`sc.07`).
    pub fn self_check_item(&self, id: &str) -> Option<&SelfCheckItem> {
        self.sme.self_check.items.iter().find(|i| i.id == id)
    }

    /// The score band containing `score` (−25..=100); `None` outside that range.
    pub fn band_for(&self, score: i32) -> Option<&Band> {
        self.sme.self_check.bands.iter().find(|b| b.contains(score))
    }

    /// The 5 articles, in order.
    pub fn articles(&self) -> &[Article] {
        &self.sme.articles
    }

    /// The 7 executive actions, in order.
    pub fn actions(&self) -> &[KeyAction] {
        &self.sme.actions
    }

    /// The step-up path as 第3.1版 lays it out: stage 1 to 4 (Part 2 chapters 2 to 5).
    pub fn stages(&self) -> &[Stage] {
        &self.sme.stages
    }

    /// The stage with `id`.
    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.sme.stages.iter().find(|s| s.id == id)
    }

    /// The stage whose completion a SECURITY ACTION level declares (`sa.star2` → stage 2).
    pub fn stage_for_star(&self, level: &str) -> Option<&Stage> {
        self.sme
            .stages
            .iter()
            .find(|s| s.star.as_ref().is_some_and(|l| l == level))
    }

    /// A numbered section of Part 2 (`sme.s3.1`).
    pub fn section(&self, id: &str) -> Option<&GuideSection> {
        self.sme.sections.iter().find(|s| s.id == id)
    }

    /// The sections of a stage, in order.
    pub fn stage_sections<'a>(
        &'a self,
        stage: &'a Stage,
    ) -> impl Iterator<Item = &'a GuideSection> + 'a {
        stage
            .sections
            .iter()
            .filter_map(|id| self.section(id.as_str()))
    }

    /// The 7 initiatives that correspond to a section (T8 Table 2), in order.
    pub fn actions_for_section<'a>(
        &'a self,
        section: &'a str,
    ) -> impl Iterator<Item = &'a KeyAction> + 'a {
        self.sme
            .actions
            .iter()
            .filter(move |a| a.sections.iter().any(|s| s == section))
    }

    /// The 5 headings of IPA's sample basic policy (for the stage 2 policy draft).
    pub fn policy_headings(&self) -> &[PolicyHeading] {
        &self.sme.policy_headings
    }

    // ------------------------------------------------------------ SECURITY ACTION

    /// ★ and ★★.
    pub fn sa_levels(&self) -> &[SaLevel] {
        &self.security_action.levels
    }

    /// The checkable criteria of a level (`sa.star1`, `sa.star2`), in order.
    pub fn sa_criteria<'a>(&'a self, level: &'a str) -> impl Iterator<Item = &'a SaCriterion> + 'a {
        self.security_action
            .criteria
            .iter()
            .filter(move |c| c.level == level)
    }

    // ------------------------------------------------------------ sources, gaps, layouts

    /// A source-list entry.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.sources.iter().find(|s| s.id == id)
    }

    /// What the model could not confirm.
    pub fn gaps(&self) -> &[Gap] {
        &self.sources.gaps
    }

    /// The current model revision.
    pub fn model_rev(&self) -> u32 {
        self.layouts.model_rev
    }

    /// The ordered answerable IDs of revision `rev`, if known.
    pub fn answerable(&self, rev: u32) -> Option<&AnswerLayout> {
        self.layouts.revisions.iter().find(|l| l.rev == rev)
    }

    /// The answerable IDs in the order the data defines them now (what the current revision's
    /// stored layout must equal).
    pub fn actual_layout(&self) -> AnswerLayout {
        let ids = |it: &mut dyn Iterator<Item = &Id>| it.cloned().collect::<Vec<_>>();
        AnswerLayout {
            rev: self.model_rev(),
            a1: ids(&mut self.meti_v3.a1.iter().map(|i| &i.id)),
            a2: ids(&mut self.meti_v3.a2.iter().map(|i| &i.id)),
            self_check: ids(&mut self.sme.self_check.items.iter().map(|i| &i.id)),
            articles: ids(&mut self.sme.articles.iter().map(|i| &i.id)),
            actions: ids(&mut self.sme.actions.iter().map(|i| &i.id)),
            directions: ids(&mut self.directions().iter().map(|i| &i.id)),
        }
    }
}

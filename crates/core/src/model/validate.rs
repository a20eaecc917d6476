//! Validation of the guideline model. [`validate`] reports every problem at once, each naming
//! the offending ID, so a bad data file fails `cargo test` with a complete list.
//!
//! Two layers: a generic walk over the serialised model (unique IDs, both languages non-empty in
//! every `{ja, en}`, a source and confidence on every entry, every cited source exists), then
//! typed checks (counts, references, ID formats, CSF/CIS/ISO formats, bands, layouts).

use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::fmt;

use super::types::*;
use super::Model;
use crate::lang::Lang;

/// One problem in the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// A file is not valid JSON for its schema (includes unknown fields).
    Parse { file: &'static str, message: String },
    /// The same ID is used twice.
    DuplicateId { id: String },
    /// A `{ja, en}` text has an empty language.
    EmptyText {
        id: String,
        field: String,
        lang: Lang,
    },
    /// An entry has no source (or no confidence).
    MissingSource { id: String },
    /// A text shown as the guideline's has no source, no section, or cites Shindan itself.
    OfficialWithoutSource { id: String, field: String },
    /// A reference points at nothing.
    DanglingRef {
        id: String,
        field: String,
        target: String,
    },
    /// A value is malformed (ID scheme, CSF/CIS/ISO format).
    BadFormat {
        id: String,
        field: String,
        value: String,
    },
    /// A count is wrong.
    Count {
        what: String,
        expected: usize,
        found: usize,
    },
    /// Anything else that does not hold together.
    Inconsistent { id: String, message: String },
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::Parse { file, message } => write!(f, "{file}: cannot parse: {message}"),
            ModelError::DuplicateId { id } => write!(f, "{id}: duplicate ID"),
            ModelError::EmptyText { id, field, lang } => {
                write!(f, "{id}: empty {} text in `{field}`", lang.code())
            }
            ModelError::MissingSource { id } => write!(f, "{id}: no source or confidence"),
            ModelError::OfficialWithoutSource { id, field } => write!(
                f,
                "{id}: official text `{field}` needs a source and a section (Shindan's own text is `Own`)"
            ),
            ModelError::DanglingRef { id, field, target } => {
                write!(f, "{id}: `{field}` refers to unknown `{target}`")
            }
            ModelError::BadFormat { id, field, value } => {
                write!(f, "{id}: malformed `{field}`: `{value}`")
            }
            ModelError::Count {
                what,
                expected,
                found,
            } => write!(f, "{what}: expected {expected}, found {found}"),
            ModelError::Inconsistent { id, message } => write!(f, "{id}: {message}"),
        }
    }
}

impl std::error::Error for ModelError {}

/// The source-list ID of Shindan's own content: never the source of an official text.
pub const PROJECT_SOURCE: &str = "SHINDAN";

/// Checks the whole model and returns every problem found (empty = valid).
pub fn validate(model: &Model) -> Vec<ModelError> {
    let mut v = Validator::default();
    v.format_versions(model);
    v.generic(model);
    v.versions(model);
    v.v3(model);
    v.lineage(model);
    v.csf(model);
    v.crosswalk(model);
    v.scales(model);
    v.sme(model);
    v.security_action(model);
    v.incident(model);
    v.refs(model);
    v.layouts(model);
    v.errors
}

#[derive(Default)]
struct Validator {
    errors: Vec<ModelError>,
    /// Every entry ID seen by the generic walk.
    ids: HashSet<String>,
}

fn count(errors: &mut Vec<ModelError>, what: impl Into<String>, expected: usize, found: usize) {
    if expected != found {
        errors.push(ModelError::Count {
            what: what.into(),
            expected,
            found,
        });
    }
}

fn bad(id: &Id, field: &str, value: impl fmt::Display) -> ModelError {
    ModelError::BadFormat {
        id: id.to_string(),
        field: field.to_owned(),
        value: value.to_string(),
    }
}

fn dangling(id: &Id, field: &str, target: impl fmt::Display) -> ModelError {
    ModelError::DanglingRef {
        id: id.to_string(),
        field: field.to_owned(),
        target: target.to_string(),
    }
}

fn inconsistent(id: impl fmt::Display, message: impl Into<String>) -> ModelError {
    ModelError::Inconsistent {
        id: id.to_string(),
        message: message.into(),
    }
}

/// `true` if `s` is `<int>` or `<int>.<int>` with major in `majors` and minor in 1..=max(major).
fn dotted(s: &str, max_minor: impl Fn(u32) -> Option<u32>, allow_bare: bool) -> bool {
    let num = |p: &str| -> Option<u32> {
        if p.is_empty() || p.starts_with('0') || !p.bytes().all(|b| b.is_ascii_digit()) {
            None
        } else {
            p.parse().ok()
        }
    };
    match s.split_once('.') {
        None => allow_bare && num(s).and_then(&max_minor).is_some(),
        Some((a, b)) => match (num(a), num(b)) {
            (Some(a), Some(b)) => max_minor(a).is_some_and(|m| b >= 1 && b <= m),
            _ => false,
        },
    }
}

/// ISO/IEC 27001:2022 clause: 4–10, optionally with a sub-clause that exists.
pub(crate) fn is_iso27001_clause(s: &str) -> bool {
    dotted(
        s,
        |c| match c {
            4 => Some(4),
            5 => Some(3),
            6 => Some(3),
            7 => Some(5),
            8 => Some(3),
            9 => Some(3),
            10 => Some(2),
            _ => None,
        },
        true,
    )
}

/// ISO/IEC 27002:2022 control 5.1–5.37, 6.1–6.8, 7.1–7.14, 8.1–8.34, or a whole theme 5–8.
pub(crate) fn is_iso27002_control(s: &str) -> bool {
    dotted(
        s,
        |t| match t {
            5 => Some(37),
            6 => Some(8),
            7 => Some(14),
            8 => Some(34),
            _ => None,
        },
        true,
    )
}

/// CIS Controls v8: `CIS n` (1–18) or a safeguard `CIS n.m`.
pub(crate) fn is_cis_v8(s: &str) -> bool {
    s.strip_prefix("CIS ").is_some_and(|rest| {
        dotted(
            rest,
            |c| {
                if (1..=18).contains(&c) {
                    Some(20)
                } else {
                    None
                }
            },
            true,
        )
    })
}

impl Validator {
    fn push(&mut self, e: ModelError) {
        self.errors.push(e);
    }

    fn format_versions(&mut self, model: &Model) {
        let files = [
            ("sources.json", model.sources.format_version),
            ("meti_v3.json", model.meti_v3.format_version),
            ("meti_history.json", model.meti_history.format_version),
            ("incident.json", model.incident.format_version),
            ("csf.json", model.csf.format_version),
            ("crosswalk.json", model.crosswalk.format_version),
            ("scales.json", model.scales.format_version),
            ("sme.json", model.sme.format_version),
            ("security_action.json", model.security_action.format_version),
            ("layouts.json", model.layouts.format_version),
        ];
        for (file, v) in files {
            if v != super::FORMAT_VERSION {
                self.push(inconsistent(
                    file,
                    format!(
                        "format_version {v}, this build reads {}",
                        super::FORMAT_VERSION
                    ),
                ));
            }
        }
    }

    // ---------------------------------------------------------------- generic walk

    fn generic(&mut self, model: &Model) {
        let sources: HashMap<&str, &Source> = model
            .sources
            .sources
            .iter()
            .map(|s| (s.id.as_str(), s))
            .collect();
        match serde_json::to_value(model) {
            Ok(value) => self.walk(&value, "model", "", &sources, &[]),
            Err(e) => self.push(inconsistent("model", format!("cannot serialise: {e}"))),
        }
    }

    /// Walks the serialised model. `cited` is the nearest enclosing entry's `sources` list: the
    /// documents that back the entry as a whole, which an official text may draw its other
    /// language from (a METI title's Japanese from a Japanese page, its English from T1).
    fn walk(
        &mut self,
        v: &Value,
        owner: &str,
        path: &str,
        sources: &HashMap<&str, &Source>,
        cited: &[String],
    ) {
        match v {
            Value::Object(obj) => {
                let id = obj.get("id").and_then(Value::as_str);
                let (owner, path) = match id {
                    Some(id) => (id, String::new()),
                    None => (owner, path.to_owned()),
                };
                if let Some(id) = id {
                    if !self.ids.insert(id.to_owned()) {
                        self.push(ModelError::DuplicateId { id: id.to_owned() });
                    }
                    // Source-list entries carry `kind`/`location` instead of a confidence.
                    let is_source = obj.contains_key("location") && obj.contains_key("kind");
                    if !is_source && !obj.contains_key("confidence") {
                        self.push(ModelError::MissingSource { id: id.to_owned() });
                    }
                }
                if obj.contains_key("confidence") {
                    let has = obj
                        .get("sources")
                        .and_then(Value::as_array)
                        .is_some_and(|a| !a.is_empty());
                    if !has {
                        self.push(ModelError::MissingSource {
                            id: format!("{owner}{}", dot(&path)),
                        });
                    }
                }
                if let Some(src) = obj.get("src").and_then(Value::as_str) {
                    if !sources.contains_key(src) {
                        self.push(ModelError::DanglingRef {
                            id: owner.to_owned(),
                            field: format!("{path}.src"),
                            target: src.to_owned(),
                        });
                    }
                }
                if obj.contains_key("wording") && obj.contains_key("english") {
                    self.official_text(obj, owner, &path, sources, cited);
                    return;
                }
                let is_text = obj.len() == 2
                    && obj.get("ja").is_some_and(Value::is_string)
                    && obj.get("en").is_some_and(Value::is_string);
                if is_text {
                    for lang in Lang::ALL {
                        let s = obj.get(lang.code()).and_then(Value::as_str).unwrap_or("");
                        if s.trim().is_empty() {
                            self.push(ModelError::EmptyText {
                                id: owner.to_owned(),
                                field: path.trim_start_matches('.').to_owned(),
                                lang,
                            });
                        }
                    }
                    return;
                }
                let own_cited: Vec<String>;
                let cited = match obj.get("sources").and_then(Value::as_array) {
                    Some(list) => {
                        own_cited = list
                            .iter()
                            .filter_map(|r| r.get("src").and_then(Value::as_str))
                            .map(str::to_owned)
                            .collect();
                        &own_cited[..]
                    }
                    None => cited,
                };
                for (k, child) in obj {
                    self.walk(child, owner, &format!("{path}.{k}"), sources, cited);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    self.walk(child, owner, &format!("{path}[{i}]"), sources, cited);
                }
            }
            _ => {}
        }
    }

    /// An [`Official`] text: both languages non-empty, a known source that is not Shindan's
    /// own and not a weak hint, a non-empty section; a `meaning` text never claims an official
    /// English; a verbatim Japanese wording rests on a cited source that holds Japanese; an
    /// official English on one that holds the publisher's English (for IPA's provisional
    /// translation, that translation itself). Cited means the text's own `src` or its entry's
    /// `sources`.
    fn official_text(
        &mut self,
        obj: &serde_json::Map<String, Value>,
        owner: &str,
        path: &str,
        sources: &HashMap<&str, &Source>,
        cited: &[String],
    ) {
        let field = path.trim_start_matches('.').to_owned();
        for lang in Lang::ALL {
            let s = obj.get(lang.code()).and_then(Value::as_str).unwrap_or("");
            if s.trim().is_empty() {
                self.push(ModelError::EmptyText {
                    id: owner.to_owned(),
                    field: field.clone(),
                    lang,
                });
            }
        }
        let src = obj.get("src").and_then(Value::as_str).unwrap_or("");
        let at = obj.get("at").and_then(Value::as_str).unwrap_or("");
        if src.trim().is_empty() || at.trim().is_empty() || src == PROJECT_SOURCE {
            self.push(ModelError::OfficialWithoutSource {
                id: owner.to_owned(),
                field: field.clone(),
            });
        } else if !sources.contains_key(src) {
            self.push(ModelError::DanglingRef {
                id: owner.to_owned(),
                field: format!("{field}.src"),
                target: src.to_owned(),
            });
        }
        if sources.get(src).is_some_and(|s| s.kind == SourceKind::Weak) {
            self.push(inconsistent(
                owner,
                format!("`{field}` is shown as the guideline's but rests on a weak source ({src})"),
            ));
        }
        let wording = obj.get("wording").and_then(Value::as_str).unwrap_or("");
        let english = obj.get("english").and_then(Value::as_str).unwrap_or("");
        if wording == "meaning" && english != "shindan" {
            self.push(inconsistent(
                owner,
                format!("`{field}` restates the meaning in Shindan's words, so its English is Shindan's"),
            ));
        }
        let backing: Vec<&Source> = std::iter::once(src)
            .chain(cited.iter().map(String::as_str))
            .filter_map(|id| sources.get(id).copied())
            .collect();
        let holds = |lang: SourceLang, kinds: &[SourceKind]| {
            backing
                .iter()
                .any(|s| s.languages.contains(&lang) && kinds.contains(&s.kind))
        };
        let any_kind = [
            SourceKind::Official,
            SourceKind::OfficialTranslation,
            SourceKind::GovernmentSecondary,
            SourceKind::Mirror,
            SourceKind::Secondary,
            SourceKind::Seed,
        ];
        if wording == "verbatim" && !holds(SourceLang::Ja, &any_kind) {
            self.push(inconsistent(
                owner,
                format!("`{field}` claims the Japanese wording verbatim, but no cited source holds Japanese"),
            ));
        }
        let official_en = [
            SourceKind::Official,
            SourceKind::GovernmentSecondary,
            SourceKind::Mirror,
        ];
        if english == "official" && !holds(SourceLang::En, &official_en) {
            self.push(inconsistent(
                owner,
                format!("`{field}` claims the publisher's English, but no cited source holds it"),
            ));
        }
        if english == "ipa_provisional"
            && !holds(SourceLang::En, &[SourceKind::OfficialTranslation])
        {
            self.push(inconsistent(
                owner,
                format!("`{field}` claims IPA's provisional English, but does not cite that translation"),
            ));
        }
    }

    // ---------------------------------------------------------------- METI versions

    fn versions(&mut self, model: &Model) {
        let expected = [("v3", "3.0"), ("v2", "2.0"), ("v11", "1.1")];
        let found: Vec<_> = model.meti_versions().map(|v| v.id.as_str()).collect();
        if found != expected.iter().map(|e| e.0).collect::<Vec<_>>() {
            self.push(inconsistent(
                "meti",
                format!("versions must be v3, v2, v11 in that order; found {found:?}"),
            ));
        }
        for ver in model.meti_versions() {
            let vid = ver.id.as_str();
            count(
                &mut self.errors,
                format!("{vid} principles"),
                3,
                ver.principles.len(),
            );
            count(
                &mut self.errors,
                format!("{vid} directions"),
                10,
                ver.directions.len(),
            );
            for (i, p) in ver.principles.iter().enumerate() {
                if p.id.as_str() != format!("{vid}.p{}", i + 1) || usize::from(p.number) != i + 1 {
                    self.push(bad(&p.id, "id/number", format!("position {}", i + 1)));
                }
            }
            let group_ids: HashSet<&str> = ver.groups.iter().map(|g| g.id.as_str()).collect();
            let parents: HashSet<&str> = ver
                .groups
                .iter()
                .filter_map(|g| g.parent.as_ref().map(Id::as_str))
                .collect();
            for g in &ver.groups {
                if !g.id.as_str().starts_with(&format!("{vid}.g")) {
                    self.push(bad(&g.id, "id", &g.id));
                }
                if let Some(p) = &g.parent {
                    if !group_ids.contains(p.as_str()) {
                        self.push(dangling(&g.id, "parent", p));
                    }
                }
            }
            let mut last_group: Option<usize> = None;
            for (i, d) in ver.directions.iter().enumerate() {
                if d.id.as_str() != format!("{vid}.d{}", i + 1) || usize::from(d.number) != i + 1 {
                    self.push(bad(&d.id, "id/number", format!("position {}", i + 1)));
                }
                if !group_ids.contains(d.group.as_str()) {
                    self.push(dangling(&d.id, "group", &d.group));
                } else if parents.contains(d.group.as_str()) {
                    self.push(inconsistent(
                        &d.id,
                        "hangs from a group that has sub-groups",
                    ));
                }
                // Directions must follow the group order (groups are listed in display order).
                let pos = ver.groups.iter().position(|g| g.id == d.group);
                if let (Some(pos), Some(last)) = (pos, last_group) {
                    if pos < last {
                        self.push(inconsistent(&d.id, "out of group order"));
                    }
                }
                last_group = pos.or(last_group);
            }
        }
    }

    // ---------------------------------------------------------------- Ver3.0 check sheets, 付録D

    fn v3(&mut self, model: &Model) {
        let v3 = &model.meti_v3;
        let principles: HashSet<&str> = v3
            .guideline
            .principles
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        count(&mut self.errors, "v3 A-1 items", 9, v3.a1.len());
        for p in &v3.guideline.principles {
            let items: Vec<_> = v3.a1.iter().filter(|i| i.principle == p.id).collect();
            count(
                &mut self.errors,
                format!("A-1 items of {}", p.id),
                3,
                items.len(),
            );
        }
        for (i, item) in v3.a1.iter().enumerate() {
            if !principles.contains(item.principle.as_str()) {
                self.push(dangling(&item.id, "principle", &item.principle));
            }
            let expected = format!(
                "v3.a1.p{}-{}",
                item.principle.as_str().trim_start_matches("v3.p"),
                item.number
            );
            if item.id.as_str() != expected || usize::from(item.number) != i % 3 + 1 {
                self.push(bad(&item.id, "id/number", expected));
            }
        }

        count(&mut self.errors, "v3 A-2 items", 40, v3.a2.len());
        let split = [3usize, 3, 5, 3, 10, 4, 5, 2, 3, 2];
        let csf11 = model.csf(CsfVersionTag::V1_1);
        for (n, expected) in split.iter().enumerate() {
            let dir = format!("v3.d{}", n + 1);
            let items: Vec<_> = v3
                .a2
                .iter()
                .filter(|i| i.direction == dir.as_str())
                .collect();
            count(
                &mut self.errors,
                format!("A-2 items of {dir}"),
                *expected,
                items.len(),
            );
            for (k, item) in items.iter().enumerate() {
                let want = format!("v3.a2.{}-{}", n + 1, k + 1);
                if item.id.as_str() != want || usize::from(item.number) != k + 1 {
                    self.push(bad(&item.id, "id/number", want));
                }
            }
        }
        let directions: HashSet<&str> = v3
            .guideline
            .directions
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        let mut last_dir = 0usize;
        for item in &v3.a2 {
            if !directions.contains(item.direction.as_str()) {
                self.push(dangling(&item.id, "direction", &item.direction));
            }
            let dn: usize = item
                .direction
                .as_str()
                .trim_start_matches("v3.d")
                .parse()
                .unwrap_or(0);
            if dn < last_dir {
                self.push(inconsistent(&item.id, "A-2 items out of direction order"));
            }
            last_dir = dn;
            for r in &item.csf11 {
                if !csf11.is_some_and(|c| c.contains(r.as_str())) || r.as_str().len() < 5 {
                    self.push(dangling(&item.id, "csf11", r));
                }
            }
            let mut seen = HashSet::new();
            for r in &item.csf11 {
                if !seen.insert(r.as_str()) {
                    self.push(inconsistent(&item.id, format!("csf11 lists {r} twice")));
                }
            }
            for c in &item.csf11_corrections {
                if !item.csf11_printed.contains(&c.printed) {
                    self.push(inconsistent(
                        &item.id,
                        format!("correction of `{}` which is not printed", c.printed),
                    ));
                }
                if !item.csf11.contains(&c.corrected) {
                    self.push(inconsistent(
                        &item.id,
                        format!("corrected ID {} missing from csf11", c.corrected),
                    ));
                }
            }
            let printed_none = item.csf11_printed.trim() == "–";
            if printed_none != item.csf11.is_empty() {
                self.push(inconsistent(
                    &item.id,
                    "csf11 and csf11_printed disagree on whether there are IDs",
                ));
            }
        }

        count(&mut self.errors, "v3 付録D rows", 10, v3.appendix_d.len());
        for d in &v3.guideline.directions {
            let rows = v3.appendix_d.iter().filter(|r| r.direction == d.id).count();
            count(&mut self.errors, format!("付録D rows of {}", d.id), 1, rows);
        }
        for row in &v3.appendix_d {
            if !directions.contains(row.direction.as_str()) {
                self.push(dangling(&row.id, "direction", &row.direction));
            }
            for r in &row.csf11 {
                let is_cat = csf11.is_some_and(|c| c.category(r.as_str()).is_some());
                if !is_cat {
                    self.push(dangling(&row.id, "csf11", r));
                }
            }
            for r in &row.cis_v8 {
                if !is_cis_v8(r.as_str()) {
                    self.push(bad(&row.id, "cis_v8", r));
                }
            }
            for r in &row.iso27001 {
                if !is_iso27001_clause(r.as_str()) {
                    self.push(bad(&row.id, "iso27001", r));
                }
            }
            for r in &row.iso27002 {
                if !is_iso27002_control(r.as_str()) {
                    self.push(bad(&row.id, "iso27002", r));
                }
            }
        }
    }

    // ---------------------------------------------------------------- lineage

    fn lineage(&mut self, model: &Model) {
        let ids_of = |vid: &str| -> HashSet<String> {
            model
                .meti_version(vid)
                .map(|v| v.directions.iter().map(|d| d.id.to_string()).collect())
                .unwrap_or_default()
        };
        let steps = [
            (LineageStep::V11ToV2, ids_of("v11"), ids_of("v2")),
            (LineageStep::V2ToV3, ids_of("v2"), ids_of("v3")),
        ];
        for (step, older, newer) in &steps {
            let mut from_seen = HashSet::new();
            let mut to_seen = HashSet::new();
            for row in model.lineage(*step) {
                for f in &row.from {
                    if !older.contains(f.as_str()) {
                        self.push(dangling(&row.id, "from", f));
                    }
                    from_seen.insert(f.to_string());
                }
                for t in &row.to {
                    if !newer.contains(t.as_str()) {
                        self.push(dangling(&row.id, "to", t));
                    }
                    to_seen.insert(t.to_string());
                }
                let has = |k: ChangeKind| row.kinds.contains(&k);
                let ok = !row.kinds.is_empty()
                    && (has(ChangeKind::Added) == row.from.is_empty())
                    && (has(ChangeKind::Removed) == row.to.is_empty())
                    && (!has(ChangeKind::Merged) || row.from.len() >= 2)
                    && (!has(ChangeKind::Split) || row.to.len() >= 2);
                if !ok {
                    self.push(inconsistent(
                        &row.id,
                        format!("change kinds {:?} do not fit from/to", row.kinds),
                    ));
                }
            }
            for id in older.difference(&from_seen) {
                self.push(inconsistent(id, format!("not covered by lineage {step:?}")));
            }
            for id in newer.difference(&to_seen) {
                self.push(inconsistent(id, format!("not covered by lineage {step:?}")));
            }
        }
    }

    // ---------------------------------------------------------------- CSF

    fn csf(&mut self, model: &Model) {
        let expect = [
            (CsfVersionTag::V1_1, "csf1.1", 5, 23, Some(108)),
            (CsfVersionTag::V2_0, "csf2.0", 6, 22, None),
        ];
        count(
            &mut self.errors,
            "CSF versions",
            2,
            model.csf.versions.len(),
        );
        for (tag, id, funcs, cats, subs) in expect {
            let Some(v) = model.csf(tag) else {
                self.push(inconsistent(id, "missing CSF version"));
                continue;
            };
            if v.id.as_str() != id {
                self.push(bad(&v.id, "id", id));
            }
            count(
                &mut self.errors,
                format!("{id} functions"),
                funcs,
                v.functions.len(),
            );
            count(
                &mut self.errors,
                format!("{id} categories"),
                cats,
                v.categories.len(),
            );
            if let Some(subs) = subs {
                let n: usize = v
                    .categories
                    .iter()
                    .map(|c| usize::from(c.subcategory_count.unwrap_or(0)))
                    .sum();
                count(&mut self.errors, format!("{id} subcategories"), subs, n);
            }
            let mut seen = HashSet::new();
            for f in &v.functions {
                if f.code.as_str().len() != 2 || !seen.insert(f.code.as_str()) {
                    self.push(bad(&v.id, "functions.code", &f.code));
                }
            }
            for c in &v.categories {
                let well_formed = c.code.as_str().len() == 5
                    && v.function(c.code.function()).is_some()
                    && c.code.as_str().as_bytes()[2] == b'.';
                if !well_formed || !seen.insert(c.code.as_str()) {
                    self.push(bad(&v.id, "categories.code", &c.code));
                }
            }
        }
        let mut from_seen = HashSet::new();
        for row in &model.csf.map_11_to_20 {
            let id = Id(format!("csf map {}", row.from));
            if model
                .csf_category(CsfVersionTag::V1_1, row.from.as_str())
                .is_none()
            {
                self.push(dangling(&id, "from", &row.from));
            }
            if !from_seen.insert(row.from.as_str()) {
                self.push(ModelError::DuplicateId { id: id.to_string() });
            }
            for t in &row.to {
                if model
                    .csf_category(CsfVersionTag::V2_0, t.as_str())
                    .is_none()
                {
                    self.push(dangling(&id, "to", t));
                }
            }
            if row.official || row.to.is_empty() {
                self.push(inconsistent(&id, "must be official: false with targets"));
            }
        }
        if let Some(v11) = model.csf(CsfVersionTag::V1_1) {
            count(
                &mut self.errors,
                "CSF 1.1→2.0 map rows",
                v11.categories.len(),
                from_seen.len(),
            );
        }
    }

    // ---------------------------------------------------------------- crosswalk

    fn crosswalk(&mut self, model: &Model) {
        let mut wanted: Vec<String> = model
            .directions()
            .iter()
            .map(|d| d.id.to_string())
            .collect();
        wanted.extend(model.meti_v3.a2.iter().map(|i| i.id.to_string()));
        wanted.extend(model.sme.self_check.items.iter().map(|i| i.id.to_string()));
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for e in &model.crosswalk.entries {
            *seen.entry(e.item.as_str()).or_default() += 1;
            let id = Id(format!("crosswalk {}", e.item));
            if !wanted.iter().any(|w| w == e.item.as_str()) {
                self.push(dangling(&id, "item", &e.item));
            }
            if e.official {
                self.push(inconsistent(
                    &id,
                    "crosswalk entries must be official: false",
                ));
            }
            if e.csf20.is_empty() {
                self.push(inconsistent(&id, "no CSF 2.0 category"));
            }
            for c in &e.csf20 {
                if model
                    .csf_category(CsfVersionTag::V2_0, c.as_str())
                    .is_none()
                {
                    self.push(dangling(&id, "csf20", c));
                }
            }
        }
        for w in &wanted {
            let n = seen.get(w.as_str()).copied().unwrap_or(0);
            if n != 1 {
                self.push(inconsistent(
                    w,
                    format!("has {n} crosswalk entries, expected 1"),
                ));
            }
        }
    }

    // ---------------------------------------------------------------- scales

    fn scales(&mut self, model: &Model) {
        let exec = model.exec_scale();
        if exec.official {
            self.push(inconsistent(
                &exec.id,
                "Shindan's executive scale must be official: false",
            ));
        }
        let got: Vec<_> = exec.options.iter().map(|o| (o.kind, o.points)).collect();
        let want = vec![
            (AnswerKind::Implemented, Some(4)),
            (AnswerKind::Partial, Some(2)),
            (AnswerKind::NotImplemented, Some(0)),
            (AnswerKind::DontKnow, Some(0)),
            (AnswerKind::NotApplicable, None),
        ];
        if got != want {
            self.push(inconsistent(&exec.id, format!("options/points {got:?}")));
        }
        count(
            &mut self.errors,
            "maturity levels",
            5,
            model.maturity_levels().len(),
        );
        for (i, m) in model.maturity_levels().iter().enumerate() {
            if usize::from(m.level) != i || m.id.as_str() != format!("mat.{i}") {
                self.push(bad(&m.id, "id/level", i));
            }
            let tier_ok = match m.level {
                0 => m.nist_tier.is_none(),
                l => m.nist_tier == Some(l),
            };
            if !tier_ok {
                self.push(inconsistent(
                    &m.id,
                    "nist_tier must equal level (none for 0)",
                ));
            }
            if m.official {
                self.push(inconsistent(
                    &m.id,
                    "maturity levels must be official: false",
                ));
            }
        }
    }

    // ---------------------------------------------------------------- SME guideline

    fn sme(&mut self, model: &Model) {
        let sme = &model.sme;
        count(&mut self.errors, "SME principles", 3, sme.principles.len());
        count(&mut self.errors, "SME actions", 7, sme.actions.len());
        count(&mut self.errors, "SME stages", 4, sme.stages.len());
        count(&mut self.errors, "SME articles", 5, sme.articles.len());
        count(
            &mut self.errors,
            "SME policy headings",
            5,
            sme.policy_headings.len(),
        );
        let numbered = |prefix: &str, items: Vec<(&Id, u8)>, errs: &mut Vec<ModelError>| {
            for (i, (id, n)) in items.into_iter().enumerate() {
                if id.as_str() != format!("{prefix}{}", i + 1) || usize::from(n) != i + 1 {
                    errs.push(bad(id, "id/number", format!("{prefix}{}", i + 1)));
                }
            }
        };
        numbered(
            "sme.p",
            sme.principles.iter().map(|x| (&x.id, x.number)).collect(),
            &mut self.errors,
        );
        numbered(
            "sme.act",
            sme.actions.iter().map(|x| (&x.id, x.number)).collect(),
            &mut self.errors,
        );
        numbered(
            "sme.stage",
            sme.stages.iter().map(|x| (&x.id, x.number)).collect(),
            &mut self.errors,
        );
        self.stages(model);
        numbered(
            "sme.art",
            sme.articles.iter().map(|x| (&x.id, x.number)).collect(),
            &mut self.errors,
        );
        numbered(
            "sme.policy",
            sme.policy_headings
                .iter()
                .map(|x| (&x.id, x.number))
                .collect(),
            &mut self.errors,
        );
        numbered(
            "sc.part",
            sme.self_check
                .parts
                .iter()
                .map(|x| (&x.id, x.number))
                .collect(),
            &mut self.errors,
        );

        let sc = &sme.self_check;
        count(&mut self.errors, "self-check parts", 3, sc.parts.len());
        count(&mut self.errors, "self-check items", 25, sc.items.len());
        for (i, item) in sc.items.iter().enumerate() {
            let n = i + 1;
            if item.id.as_str() != format!("sc.{n:02}") || usize::from(item.number) != n {
                self.push(bad(&item.id, "id/number", format!("sc.{n:02}")));
            }
            let part = match n {
                1..=5 => "sc.part1",
                6..=18 => "sc.part2",
                _ => "sc.part3",
            };
            if item.part != part {
                self.push(inconsistent(
                    &item.id,
                    format!("must be in {part}, is in {}", item.part),
                ));
            }
            if item.examples.is_empty() {
                self.push(inconsistent(&item.id, "no example measures"));
            }
        }
        for a in &sme.articles {
            if model.self_check_item(a.self_check.as_str()).is_none() {
                self.push(dangling(&a.id, "self_check", &a.self_check));
            }
            if a.examples.is_empty() {
                self.push(inconsistent(&a.id, "no example measures"));
            }
        }

        let scale = &sc.scale;
        let got: Vec<_> = scale.options.iter().map(|o| (o.kind, o.points)).collect();
        let want = vec![
            (AnswerKind::Implemented, Some(4)),
            (AnswerKind::Partial, Some(2)),
            (AnswerKind::NotImplemented, Some(0)),
            (AnswerKind::DontKnow, Some(-1)),
        ];
        if got != want {
            self.push(inconsistent(&scale.id, format!("options/points {got:?}")));
        }

        // Bands: every score from −25 to 100 in exactly one band, none outside.
        for b in &sc.bands {
            if b.min > b.max || b.min < -25 || b.max > 100 {
                self.push(inconsistent(&b.id, format!("range {}..={}", b.min, b.max)));
            }
        }
        count(&mut self.errors, "self-check bands", 4, sc.bands.len());
        for score in -25..=100 {
            let hits: Vec<_> = sc.bands.iter().filter(|b| b.contains(score)).collect();
            if hits.len() != 1 {
                let id = hits
                    .first()
                    .map_or("sc.bands".to_owned(), |b| b.id.to_string());
                self.push(inconsistent(
                    id,
                    format!("score {score} falls in {} bands", hits.len()),
                ));
            }
        }
    }

    /// The step-up path of 第3.1版: stage n is Part 2 chapter n + 1 and holds exactly that
    /// chapter's sections, in order; ★ declares stage 1 and ★★ stage 2; sections are numbered
    /// 1.. within their chapter; every initiative maps to at least one section (T8 Table 2).
    fn stages(&mut self, model: &Model) {
        let sme = &model.sme;
        for (i, sec) in sme.sections.iter().enumerate() {
            let want = format!("sme.s{}.{}", sec.chapter, sec.number);
            if sec.id.as_str() != want || !(2..=5).contains(&sec.chapter) {
                self.push(bad(&sec.id, "id/chapter/number", want));
            }
            let prev = i.checked_sub(1).map(|j| &sme.sections[j]);
            let expected_number = match prev {
                Some(p) if p.chapter == sec.chapter => p.number + 1,
                _ => 1,
            };
            if sec.number != expected_number {
                self.push(inconsistent(
                    &sec.id,
                    format!("section number {} out of order", sec.number),
                ));
            }
        }
        for st in &sme.stages {
            if st.chapter != st.number + 1 {
                self.push(inconsistent(
                    &st.id,
                    format!("stage {} must be chapter {}", st.number, st.number + 1),
                ));
            }
            let of_chapter: Vec<&Id> = sme
                .sections
                .iter()
                .filter(|s| s.chapter == st.chapter)
                .map(|s| &s.id)
                .collect();
            if st.sections.iter().collect::<Vec<_>>() != of_chapter {
                self.push(inconsistent(
                    &st.id,
                    "sections must be exactly its chapter's, in order",
                ));
            }
            let want_star = match st.number {
                1 => Some("sa.star1"),
                2 => Some("sa.star2"),
                _ => None,
            };
            if st.star.as_ref().map(Id::as_str) != want_star {
                self.push(inconsistent(&st.id, format!("star must be {want_star:?}")));
            }
        }
        for a in &sme.actions {
            if a.sections.is_empty() {
                self.push(inconsistent(&a.id, "no guideline section (T8 Table 2)"));
            }
        }
    }

    // ---------------------------------------------------------------- SECURITY ACTION

    fn security_action(&mut self, model: &Model) {
        let sa = &model.security_action;
        count(
            &mut self.errors,
            "SECURITY ACTION levels",
            2,
            sa.levels.len(),
        );
        for (i, l) in sa.levels.iter().enumerate() {
            if usize::from(l.stars) != i + 1 || l.id.as_str() != format!("sa.star{}", i + 1) {
                self.push(bad(&l.id, "id/stars", i + 1));
            }
        }
        for l in &sa.levels {
            if model.sa_criteria(l.id.as_str()).next().is_none() {
                self.push(inconsistent(&l.id, "level without criteria"));
            }
        }
        for c in &sa.criteria {
            if !sa.levels.iter().any(|l| l.id == c.level) {
                self.push(dangling(&c.id, "level", &c.level));
            }
        }
    }

    // ---------------------------------------------------------------- incident record

    fn incident(&mut self, model: &Model) {
        let mut official_n = 0u8;
        let mut seen_unofficial = false;
        count(
            &mut self.errors,
            "incident tables",
            5,
            model.incident.tables.len(),
        );
        for f in model.incident_fields() {
            let choice = matches!(f.kind, FieldKind::Choice | FieldKind::MultiChoice);
            if choice == f.options.is_empty() {
                self.push(inconsistent(
                    &f.id,
                    "options must be given exactly for choice fields",
                ));
            }
            let mut values = HashSet::new();
            for o in &f.options {
                if o.value.is_empty() || !values.insert(o.value.as_str()) {
                    self.push(bad(&f.id, "options.value", &o.value));
                }
            }
            if f.official() {
                official_n += 1;
                if seen_unofficial || f.number != Some(official_n) {
                    self.push(inconsistent(
                        &f.id,
                        "official fields come first, numbered 1, 2, …",
                    ));
                }
            } else {
                seen_unofficial = true;
                if f.number.is_some() || !f.id.as_str().starts_with("ic.x.") {
                    self.push(inconsistent(
                        &f.id,
                        "Shindan's fields are `ic.x.*` without a number",
                    ));
                }
            }
        }
        count(
            &mut self.errors,
            "official incident fields",
            8,
            usize::from(official_n),
        );
    }

    // ---------------------------------------------------------------- free references

    fn refs(&mut self, model: &Model) {
        let check = |owner: &Id, field: &str, targets: &[Id], errs: &mut Vec<ModelError>| {
            for t in targets {
                if !self.ids.contains(t.as_str()) {
                    errs.push(dangling(owner, field, t));
                }
            }
        };
        let mut errs = Vec::new();
        for s in &model.sme.stages {
            check(&s.id, "links", &s.links, &mut errs);
            check(&s.id, "sections", &s.sections, &mut errs);
        }
        for a in &model.sme.actions {
            check(&a.id, "sections", &a.sections, &mut errs);
        }
        for c in &model.security_action.criteria {
            check(&c.id, "links", &c.links, &mut errs);
        }
        for g in &model.sources.gaps {
            check(&g.id, "related", &g.related, &mut errs);
        }
        for i in &model.sources.interpretations {
            check(&i.id, "related", &i.related, &mut errs);
        }
        self.errors.extend(errs);
    }

    // ---------------------------------------------------------------- layouts

    fn layouts(&mut self, model: &Model) {
        let l = &model.layouts;
        for (i, r) in l.revisions.iter().enumerate() {
            if r.rev as usize != i + 1 {
                self.push(inconsistent(
                    format!("layout rev {}", r.rev),
                    "revisions must be 1, 2, 3, … in order",
                ));
            }
            let mut seen = HashSet::new();
            for id in r.all() {
                if !seen.insert(id.as_str()) {
                    self.push(inconsistent(id, format!("twice in layout rev {}", r.rev)));
                }
            }
        }
        if l.revisions.last().map(|r| r.rev) != Some(l.model_rev) {
            self.push(inconsistent(
                format!("model_rev {}", l.model_rev),
                "must equal the last stored revision",
            ));
        }
        match model.answerable(l.model_rev) {
            Some(stored) => {
                let actual = model.actual_layout();
                let a: Vec<_> = stored.all().collect();
                let b: Vec<_> = actual.all().collect();
                if stored != &actual {
                    let at = a
                        .iter()
                        .zip(&b)
                        .position(|(x, y)| x != y)
                        .unwrap_or(a.len().min(b.len()));
                    let id = b
                        .get(at)
                        .or(a.get(at))
                        .map_or("layout".to_owned(), |i| i.to_string());
                    self.push(inconsistent(
                        id,
                        format!(
                            "layout of rev {} differs from the model's order at position {at}; \
                             bump model_rev and add a new revision",
                            l.model_rev
                        ),
                    ));
                }
            }
            None => self.push(inconsistent(
                format!("model_rev {}", l.model_rev),
                "no stored layout",
            )),
        }
    }
}

fn dot(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(" ({})", path.trim_start_matches('.'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_and_cis_formats() {
        for ok in ["4", "4.4", "5.1", "7.5", "9.3", "10", "10.2"] {
            assert!(is_iso27001_clause(ok), "{ok}");
        }
        for bad in ["3", "11", "5.4", "10.3", "5.", ".1", "05.1", "A.5"] {
            assert!(!is_iso27001_clause(bad), "{bad}");
        }
        for ok in ["5.1", "5.37", "6.8", "7.14", "8.34", "6", "8"] {
            assert!(is_iso27002_control(ok), "{ok}");
        }
        for bad in ["5.38", "6.9", "7.15", "8.35", "4.1", "9", "5.0"] {
            assert!(!is_iso27002_control(bad), "{bad}");
        }
        for ok in ["CIS 1", "CIS 18", "CIS 1.1", "CIS 16.14"] {
            assert!(is_cis_v8(ok), "{ok}");
        }
        for bad in ["CIS 0", "CIS 19", "CIS", "1", "CIS 01", "CIS 3.0"] {
            assert!(!is_cis_v8(bad), "{bad}");
        }
    }
}

//! PURE: incident records (付録C, インシデント発生時に組織内で整理しておくべき事項) — the
//! edits a user makes, the three-way merge of two tabs' edits, and the CSV export.
//!
//! Incident records are separate from assessments: they are kept under their own key
//! (`storage::incidents::KEY`; the format is read and written in `crate::storage::incidents`):
//!
//! ```json
//! {"format":1,"records":[{"id":"ir-…","created":1700000000000,"updated":…,"title":"…",
//!   "values":{"ic.f01":["malware"],"ic.f03":"株式会社…","ic.f06":"2024-05-01T09:30"}}]}
//! ```
//!
//! `values` is keyed by the model's field IDs (`incident_fields()`): a string for text, date
//! and single-choice fields (the option's stable `value` for a choice), a list of option values
//! for multi-choice fields. IDs the model does not know are kept as they are (a newer model
//! may have added them) and exported last.
//!
//! Imports no yew / web_sys / gloo / wasm_bindgen.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::csv;
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::{FieldKind, Id, IncidentField, Model};

/// The format this build reads and writes.
pub const FORMAT: u64 = 1;
/// Longest text kept per field (characters); longer input is cut, never rejected.
pub const MAX_TEXT: usize = 20_000;
/// Most records kept (a new one beyond this is refused).
pub const MAX_RECORDS: usize = 500;

/// The value of one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FieldValue {
    /// Text, date, date-time, or the `value` of the chosen option.
    One(String),
    /// The `value`s of the chosen options, in the model's option order.
    Many(Vec<String>),
}

/// One incident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentRecord {
    /// Stable id (`ir-<hex time>-<hex random>`), unique among the records.
    pub id: String,
    /// Milliseconds since the epoch.
    pub created: u64,
    pub updated: u64,
    /// A short name the user gives the record (for the list).
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub values: BTreeMap<Id, FieldValue>,
}

/// Every record, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentFile {
    pub format: u64,
    pub records: Vec<IncidentRecord>,
}

/// A change to the records.
#[derive(Clone, Debug, PartialEq)]
pub enum IncidentAction {
    /// A new empty record with this id (ignored when the id is taken or the list is full).
    New {
        id: String,
        now: u64,
    },
    Title {
        id: String,
        title: String,
        now: u64,
    },
    /// Set a text / date / single-choice field; empty clears it.
    Set {
        id: String,
        field: Id,
        value: String,
        now: u64,
    },
    /// Turn one option of a multi-choice field on or off.
    Toggle {
        id: String,
        field: Id,
        option: String,
        on: bool,
        now: u64,
    },
    Delete {
        id: String,
    },
    /// Replace everything (another tab stored a newer value).
    Replace(IncidentFile),
}

fn clip(s: String, max: usize) -> String {
    if s.chars().count() <= max {
        s
    } else {
        s.chars().take(max).collect()
    }
}

/// `YYYY-MM-DD` (UTC) of a time in milliseconds since the epoch: [`crate::format::iso_date_of_ms`].
pub fn iso_date_utc(ms: u64) -> String {
    crate::format::iso_date_of_ms(ms)
}

/// A record id from a time and 32 random bits.
pub fn record_id(now: u64, random: u32) -> String {
    format!("ir-{now:x}-{random:08x}")
}

/// No records, current format (never format 0).
impl Default for IncidentFile {
    fn default() -> Self {
        IncidentFile::new()
    }
}

impl IncidentFile {
    /// No records, current format.
    pub fn new() -> IncidentFile {
        IncidentFile {
            format: FORMAT,
            records: Vec::new(),
        }
    }

    pub fn get(&self, id: &str) -> Option<&IncidentRecord> {
        self.records.iter().find(|r| r.id == id)
    }

    fn touch(&mut self, id: &str, now: u64, f: impl FnOnce(&mut IncidentRecord)) {
        if let Some(r) = self.records.iter_mut().find(|r| r.id == id) {
            let before = r.clone();
            f(r);
            if *r != before {
                r.updated = now;
            }
        }
    }

    /// Applies one action; unknown ids are ignored, nothing panics.
    pub fn apply(&mut self, action: IncidentAction) {
        match action {
            IncidentAction::New { id, now } => {
                if self.records.len() < MAX_RECORDS && self.get(&id).is_none() {
                    self.records.push(IncidentRecord {
                        id,
                        created: now,
                        updated: now,
                        title: String::new(),
                        values: BTreeMap::new(),
                    });
                }
            }
            IncidentAction::Title { id, title, now } => {
                self.touch(&id, now, |r| r.title = clip(title, 200));
            }
            IncidentAction::Set {
                id,
                field,
                value,
                now,
            } => self.touch(&id, now, |r| {
                if value.is_empty() {
                    r.values.remove(&field);
                } else {
                    r.values
                        .insert(field, FieldValue::One(clip(value, MAX_TEXT)));
                }
            }),
            IncidentAction::Toggle {
                id,
                field,
                option,
                on,
                now,
            } => self.touch(&id, now, |r| {
                let mut list = match r.values.remove(&field) {
                    Some(FieldValue::Many(v)) => v,
                    Some(FieldValue::One(s)) if !s.is_empty() => vec![s],
                    _ => Vec::new(),
                };
                list.retain(|o| *o != option);
                if on {
                    list.push(clip(option, 200));
                }
                if !list.is_empty() {
                    r.values.insert(field, FieldValue::Many(list));
                }
            }),
            IncidentAction::Delete { id } => self.records.retain(|r| r.id != id),
            IncidentAction::Replace(file) => *self = file,
        }
    }
}

impl IncidentRecord {
    /// The text of a single-valued field (empty when unset).
    pub fn text(&self, field: &Id) -> &str {
        match self.values.get(field) {
            Some(FieldValue::One(s)) => s,
            _ => "",
        }
    }

    /// Whether `option` is chosen in a (multi-)choice field.
    pub fn has(&self, field: &Id, option: &str) -> bool {
        match self.values.get(field) {
            Some(FieldValue::Many(v)) => v.iter().any(|o| o == option),
            Some(FieldValue::One(s)) => s == option,
            None => false,
        }
    }
}

/// The label of option `value` of `field` in `lang` (the value itself when the model lacks it).
fn option_label(field: &IncidentField, value: &str, lang: Lang) -> String {
    field
        .options
        .iter()
        .find(|o| o.value == value)
        .map(|o| o.label.unmarked(lang).to_string())
        .unwrap_or_else(|| value.to_string())
}

/// A field's value as text for reading, print and CSV: option labels for choices (several
/// joined with "; "), the text as typed otherwise.
pub fn display_value(field: &IncidentField, value: Option<&FieldValue>, lang: Lang) -> String {
    let Some(value) = value else {
        return String::new();
    };
    match (field.kind, value) {
        (FieldKind::Choice | FieldKind::MultiChoice, FieldValue::One(v)) => {
            option_label(field, v, lang)
        }
        (FieldKind::Choice | FieldKind::MultiChoice, FieldValue::Many(vs)) => {
            // In the model's option order, then anything unknown as written.
            let mut out: Vec<String> = field
                .options
                .iter()
                .filter(|o| vs.contains(&o.value))
                .map(|o| o.label.unmarked(lang).to_string())
                .collect();
            out.extend(
                vs.iter()
                    .filter(|v| !field.options.iter().any(|o| &o.value == *v))
                    .cloned(),
            );
            out.join("; ")
        }
        (_, FieldValue::One(v)) => v.clone(),
        (_, FieldValue::Many(vs)) => vs.join("; "),
    }
}

/// The column header of a field: `1. インシデントの分類`, additions marked as Shindan's.
pub fn field_header(field: &IncidentField, lang: Lang) -> String {
    match field.number {
        Some(n) if field.official() => format!("{n}. {}", field.label.unmarked(lang)),
        _ => format!(
            "{} ({})",
            field.label.unmarked(lang),
            t(lang, Msg::IncidentShindanAddition)
        ),
    }
}

/// Every record as CSV: UTF-8 with BOM, CRLF, RFC 4180 (the writer of `crate::csv`).
/// One row per record; columns: id, title, created, updated (ISO dates, UTC), then every model
/// field in model order (official first, then Shindan's additions, marked), then any field ID
/// the model does not know as `id=value` in one last column.
pub fn to_csv(model: &Model, file: &IncidentFile, lang: Lang) -> String {
    let fields = model.incident_fields();
    let mut out = String::new();
    out.push(csv::BOM);
    let mut header = vec![
        t(lang, Msg::IncidentColId).to_string(),
        t(lang, Msg::IncidentTitleField).to_string(),
        t(lang, Msg::IncidentCreated).to_string(),
        t(lang, Msg::IncidentUpdated).to_string(),
    ];
    header.extend(fields.iter().map(|f| field_header(f, lang)));
    header.push(t(lang, Msg::CsvSectionOther).to_string());
    out.push_str(&csv::line(&header));
    for r in &file.records {
        let mut row = vec![
            r.id.clone(),
            r.title.clone(),
            iso_date_utc(r.created),
            iso_date_utc(r.updated),
        ];
        row.extend(
            fields
                .iter()
                .map(|f| display_value(f, r.values.get(&f.id), lang)),
        );
        let other: Vec<String> = r
            .values
            .iter()
            .filter(|(k, _)| !fields.iter().any(|f| &f.id == *k))
            .map(|(k, v)| match v {
                FieldValue::One(s) => format!("{k}={s}"),
                FieldValue::Many(vs) => format!("{k}={}", vs.join("|")),
            })
            .collect();
        row.push(other.join("; "));
        out.push_str(&csv::line(&row));
    }
    out
}

// ------------------------------------------------------------------ two tabs

/// The result of merging another tab's records with ours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub file: IncidentFile,
    /// Records both tabs changed at once: theirs kept under the id, ours as a copy.
    pub kept_both: Vec<String>,
}

/// Three-way merge of the incident records, by record id: `base` is what this tab last read or
/// wrote, `ours` what it holds now, `theirs` what another tab stored. A record changed on one
/// side only takes that side; added on either side is kept; removed on one side and unchanged
/// on the other is removed; removed on one side and changed on the other is kept (nothing
/// lost); changed differently on both sides keeps theirs under the id and ours as a copy
/// (`<id>-copy`, `-copy2`, …). Theirs' order first, then what only ours has.
pub fn merge(base: &IncidentFile, ours: &IncidentFile, theirs: &IncidentFile) -> Merged {
    let find = |f: &IncidentFile, id: &str| f.records.iter().find(|r| r.id == id).cloned();
    let mut out = Vec::new();
    let mut kept_both = Vec::new();
    let mut copies = Vec::new();
    for t in &theirs.records {
        let b = find(base, &t.id);
        match (find(ours, &t.id), b) {
            // Added there, or unchanged here: theirs.
            (None, None) => out.push(t.clone()),
            (Some(o), Some(b)) if o == b => out.push(t.clone()),
            // Removed here: gone unless they changed it meanwhile.
            (None, Some(b)) => {
                if *t != b {
                    out.push(t.clone());
                }
            }
            (Some(o), b) => {
                if o == *t || b.as_ref() == Some(t) {
                    out.push(o); // same on both sides, or changed only here
                } else {
                    out.push(t.clone());
                    kept_both.push(t.id.clone());
                    copies.push(o);
                }
            }
        }
    }
    for o in &ours.records {
        if theirs.records.iter().any(|t| t.id == o.id) {
            continue;
        }
        match find(base, &o.id) {
            None => out.push(o.clone()),               // added here
            Some(b) if b != *o => out.push(o.clone()), // removed there, changed here: kept
            Some(_) => {}                              // removed there, unchanged here
        }
    }
    for mut c in copies {
        let mut n = 1;
        let id = loop {
            let candidate = if n == 1 {
                format!("{}-copy", c.id)
            } else {
                format!("{}-copy{n}", c.id)
            };
            if !out.iter().any(|r| r.id == candidate) {
                break candidate;
            }
            n += 1;
        };
        c.id = id;
        out.push(c);
    }
    Merged {
        file: IncidentFile {
            format: FORMAT,
            records: out,
        },
        kept_both,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::model;

    fn id(s: &str) -> Id {
        Id::from(s)
    }

    fn sample() -> IncidentFile {
        let mut f = IncidentFile::new();
        let rid = record_id(1_700_000_000_000, 0xdead_beef);
        f.apply(IncidentAction::New {
            id: rid.clone(),
            now: 1_700_000_000_000,
        });
        let set = |f: &mut IncidentFile, field: &str, v: &str| {
            f.apply(IncidentAction::Set {
                id: rid.clone(),
                field: id(field),
                value: v.into(),
                now: 1_700_000_100_000,
            })
        };
        set(&mut f, "ic.f03", "株式会社サンプル, 本社");
        set(&mut f, "ic.f04", "山田 \"太郎\"");
        set(&mut f, "ic.f06", "2024-05-01T09:30");
        set(&mut f, "ic.f08", "under_consideration");
        set(
            &mut f,
            "ic.x.first_response",
            "ネットワークから切断\n全社に周知",
        );
        for o in ["data_leak", "malware"] {
            f.apply(IncidentAction::Toggle {
                id: rid.clone(),
                field: id("ic.f01"),
                option: o.into(),
                on: true,
                now: 1_700_000_200_000,
            });
        }
        f.apply(IncidentAction::Title {
            id: rid,
            title: "ランサムウェア感染".into(),
            now: 1_700_000_300_000,
        });
        f
    }

    #[test]
    fn dates_are_civil_utc() {
        assert_eq!(iso_date_utc(0), "1970-01-01");
        assert_eq!(iso_date_utc(1_700_000_000_000), "2023-11-14");
        assert_eq!(iso_date_utc(951_782_400_000), "2000-02-29");
        assert_eq!(iso_date_utc(1_709_251_199_000), "2024-02-29");
    }

    #[test]
    fn edits_touch_updated_only_when_something_changed() {
        let mut f = sample();
        let rid = f.records[0].id.clone();
        assert_eq!(f.records[0].updated, 1_700_000_300_000);
        f.apply(IncidentAction::Title {
            id: rid.clone(),
            title: "ランサムウェア感染".into(),
            now: 9,
        });
        assert_eq!(f.records[0].updated, 1_700_000_300_000);
        f.apply(IncidentAction::Toggle {
            id: rid.clone(),
            field: id("ic.f01"),
            option: "malware".into(),
            on: false,
            now: 10,
        });
        assert!(!f.records[0].has(&id("ic.f01"), "malware"));
        assert!(f.records[0].has(&id("ic.f01"), "data_leak"));
        assert_eq!(f.records[0].updated, 10);
        f.apply(IncidentAction::Set {
            id: rid.clone(),
            field: id("ic.f03"),
            value: String::new(),
            now: 11,
        });
        assert_eq!(f.records[0].text(&id("ic.f03")), "");
        // Duplicate ids and unknown ids do nothing.
        f.apply(IncidentAction::New {
            id: rid.clone(),
            now: 12,
        });
        f.apply(IncidentAction::Delete { id: "nope".into() });
        assert_eq!(f.records.len(), 1);
        f.apply(IncidentAction::Delete { id: rid });
        assert!(f.records.is_empty());
    }

    #[test]
    fn csv_escapes_japanese_commas_quotes_and_newlines() {
        let m = model();
        let f = sample();
        let text = to_csv(m, &f, Lang::Ja);
        assert!(text.starts_with('\u{feff}'));
        let body = text.trim_start_matches('\u{feff}');
        let header = body.split("\r\n").next().expect("header");
        assert!(header.starts_with("記録ID,記録の名前,"), "{header}");
        assert!(header.contains("1. インシデントの分類"), "{header}");
        assert!(header.contains("8. 事案の公表"), "{header}");
        assert!(header.contains("原因 (Shindan 独自の追加項目)"), "{header}");
        assert!(
            body.contains(",\"株式会社サンプル, 本社\",\"山田 \"\"太郎\"\"\","),
            "{body}"
        );
        assert!(
            body.contains("\"ネットワークから切断\n全社に周知\""),
            "{body}"
        );
        // Choices as labels, several in the model's order.
        assert!(body.contains(",ウイルス感染; 情報漏えい,"), "{body}");
        assert!(body.contains(",検討中,"), "{body}");
        assert!(body.contains(",2023-11-14,"), "{body}");
        // One header line and one record line (the embedded newline is LF, not CRLF).
        assert_eq!(body.matches("\r\n").count(), 2);
        let en = to_csv(m, &f, Lang::En);
        assert!(en.contains("1. Incident type"), "{en}");
        assert!(en.contains("Malware infection; Data leak"), "{en}");
    }

    #[test]
    fn unknown_field_ids_are_kept_and_exported_last() {
        let raw = r#"{"format":1,"records":[{"id":"ir-1-0","created":0,"updated":0,"values":{"ic.future":"x","ic.f02":"製造業"}}]}"#;
        let f = IncidentFile::from_json(raw).expect("reads");
        assert!(f.to_json().contains(r#""ic.future":"x""#));
        assert_eq!(IncidentFile::from_json(&f.to_json()), Ok(f.clone()));
        let text = to_csv(model(), &f, Lang::En);
        assert!(text.trim_end().ends_with(",ic.future=x"), "{text}");
        assert!(text.contains(",製造業,"), "{text}");
    }

    #[test]
    fn every_model_field_has_a_header_and_additions_are_marked() {
        let m = model();
        let fields = m.incident_fields();
        assert!(fields.iter().filter(|f| f.official()).count() == 8);
        for f in fields {
            let h = field_header(f, Lang::En);
            assert_eq!(
                h.contains("Shindan's addition"),
                !f.official(),
                "{}: {h}",
                f.id
            );
        }
    }
}

//! PURE: the SCS ★3/★4 self-assessment (サプライチェーン強化に向けたセキュリティ対策評価制度) as
//! Shindan keeps it — the user's own copy of IPA's requirements and criteria workbook as read
//! (its identity and every criterion with its official text and cell), and the answers given
//! here (the workbook's mark ○ / △ / ✖ / not answered, and its three free-text columns).
//!
//! The criteria text is IPA's, read from the user's file by `shindan_scs` (in a worker, on the
//! SCS pages only): it is never compiled into the app, only kept in this browser. This module
//! converts between the reader's types and these plain, serialisable ones, so the app's main
//! build never needs the reader itself; [`compare`] runs the reader's own
//! `compare_official` over what was kept.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The level a criterion belongs to (column K of the workbook).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    /// ★3: the 81 criteria (they count for ★4 too).
    #[serde(rename = "3")]
    Star3,
    /// ★4: the criteria ★4 adds (72 in the 2026-03-27 edition).
    #[serde(rename = "4")]
    Star4,
}

/// The workbook's self-assessment mark (column O).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mark {
    /// ○: met.
    #[serde(rename = "met")]
    Met,
    /// △: partly met (a gap).
    #[serde(rename = "partly")]
    Partly,
    /// ✖: not met (a gap).
    #[serde(rename = "not-met")]
    NotMet,
    /// Blank: not answered (a gap; it stays in the denominator).
    #[default]
    #[serde(rename = "none")]
    Unanswered,
}

impl Mark {
    /// Every mark, in the order a page offers them.
    pub const ALL: [Mark; 4] = [Mark::Met, Mark::Partly, Mark::NotMet, Mark::Unanswered];

    /// The workbook's own symbol (empty when not answered), as the reader writes it.
    pub fn symbol(self) -> &'static str {
        self.to_scs().symbol()
    }

    /// A stable token (forms, CSV, e2e selectors).
    pub fn code(self) -> &'static str {
        match self {
            Mark::Met => "met",
            Mark::Partly => "partly",
            Mark::NotMet => "not-met",
            Mark::Unanswered => "none",
        }
    }

    pub fn from_code(s: &str) -> Option<Mark> {
        Mark::ALL.into_iter().find(|m| m.code() == s)
    }

    fn from_scs(m: shindan_scs::Mark) -> Mark {
        match m {
            shindan_scs::Mark::Met => Mark::Met,
            shindan_scs::Mark::Partly => Mark::Partly,
            shindan_scs::Mark::NotMet => Mark::NotMet,
            shindan_scs::Mark::Unanswered => Mark::Unanswered,
        }
    }

    fn to_scs(self) -> shindan_scs::Mark {
        match self {
            Mark::Met => shindan_scs::Mark::Met,
            Mark::Partly => shindan_scs::Mark::Partly,
            Mark::NotMet => shindan_scs::Mark::NotMet,
            Mark::Unanswered => shindan_scs::Mark::Unanswered,
        }
    }
}

/// One criterion's answer: the mark and the workbook's three free-text columns.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default)]
    pub mark: Mark,
    /// P 理由: the note (why this mark).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Q 根拠および実施する事: the evidence reference (and what will be done).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// R 補足情報: anything else.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub supplement: String,
}

impl Answer {
    /// Nothing given: the same as no answer at all.
    pub fn is_empty(&self) -> bool {
        *self == Answer::default()
    }
}

/// Answers by criterion ID (`c-g-r-n`); a criterion not in the map is not answered.
pub type Answers = BTreeMap<String, Answer>;

/// A criterion as read from the user's file. Its texts are IPA's, exactly as read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// `c-g-r-n`.
    pub id: String,
    /// 1–7 (the first number of the ID).
    pub category: u8,
    pub level: Level,
    /// The sheet row.
    pub row: u32,
    /// The official cells B–N of the row as read (merged cells resolved): the criterion's text,
    /// its requirement and category among them ([`Criterion::text`] and friends), and what
    /// [`compare`] compares.
    pub official: Vec<String>,
}

impl Criterion {
    fn cell(&self, i: usize) -> &str {
        self.official.get(i).map(String::as_str).unwrap_or("")
    }
    /// 評価基準 (column M): the criterion's official text.
    pub fn text(&self) -> &str {
        self.cell(shindan_scs::LAYOUT.criterion_text)
    }
    /// The cell the text was read from, e.g. `M6`.
    pub fn text_cell(&self) -> String {
        let col = shindan_scs::LAYOUT.official[shindan_scs::LAYOUT.criterion_text].letter;
        format!("{col}{}", self.row)
    }
    /// 大分類 (column C) as the file spells it.
    pub fn category_name(&self) -> &str {
        self.cell(shindan_scs::LAYOUT.category_name)
    }
    /// 要求事項No. (F).
    pub fn requirement_id(&self) -> &str {
        self.cell(shindan_scs::LAYOUT.requirement_id)
    }
    /// 要求事項名 (I).
    pub fn requirement_name(&self) -> &str {
        self.cell(shindan_scs::LAYOUT.requirement_name)
    }
}

/// The workbook as read: its identity and its criteria (IPA's text, from the user's file).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workbook {
    /// The edition the reader recognised (`scs-2026-03-27`).
    pub edition: String,
    /// SHA-256 of the file read, lowercase hex.
    pub sha256: String,
    /// The file's name as the browser gave it.
    pub file_name: String,
    /// When it was read (ms since the epoch).
    pub read_at: u64,
    /// Shindan's synthetic test workbook, not IPA's file.
    pub synthetic: bool,
    /// The file is byte for byte the edition's download.
    pub pristine: bool,
    pub sheet: String,
    pub header_row: u32,
    /// Over every criterion's official cells: equal digests, same official text.
    pub official_digest: String,
    /// In sheet order.
    pub criteria: Vec<Criterion>,
}

/// What identifies a workbook without its text: a backup made without IPA's text says which copy
/// its answers were made against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkbookRef {
    /// The edition the reader recognised (`scs-2026-03-27`).
    pub edition: String,
    /// SHA-256 of the file read, lowercase hex.
    pub sha256: String,
    /// The file's name as the browser gave it.
    pub file_name: String,
}

impl WorkbookRef {
    /// The same copy: the same bytes, or failing a digest, the same edition.
    pub fn same_copy(&self, other: &WorkbookRef) -> bool {
        self.edition == other.edition && self.sha256 == other.sha256
    }
}

/// One category of a level: how many of its criteria are met (○) of all of them. A criterion not
/// answered counts in `total` as a gap, never dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CategoryCount {
    /// 1–7.
    pub category: u8,
    pub met: usize,
    pub total: usize,
}

/// The mark `answers` give criterion `c` (not answered when they give none).
pub fn mark_of(answers: &Answers, c: &Criterion) -> Mark {
    answers.get(&c.id).map(|a| a.mark).unwrap_or_default()
}

impl Workbook {
    /// Criteria of one level, in sheet order.
    pub fn level(&self, level: Level) -> impl Iterator<Item = &Criterion> {
        self.criteria.iter().filter(move |c| c.level == level)
    }
    /// The level's criteria met per category, categories in order: the one count the SCS pages,
    /// their summary and CSV, and a sealed response to a partner's request all show.
    pub fn met_per_category(&self, answers: &Answers, level: Level) -> Vec<CategoryCount> {
        let mut by: BTreeMap<u8, CategoryCount> = BTreeMap::new();
        for c in self.level(level) {
            let r = by.entry(c.category).or_insert(CategoryCount {
                category: c.category,
                met: 0,
                total: 0,
            });
            r.total += 1;
            if mark_of(answers, c) == Mark::Met {
                r.met += 1;
            }
        }
        by.into_values().collect()
    }
    /// What identifies this copy without its text.
    pub fn identity(&self) -> WorkbookRef {
        WorkbookRef {
            edition: self.edition.clone(),
            sha256: self.sha256.clone(),
            file_name: self.file_name.clone(),
        }
    }
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }
    /// The edition's publication date, when the reader knows the edition.
    pub fn published(&self) -> Option<&'static str> {
        shindan_scs::EDITIONS
            .iter()
            .find(|e| e.id == self.edition)
            .map(|e| e.published)
    }
}

/// What a worker returns for a file it read: the workbook (without the name and date, which the
/// page adds) and the answers found in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Read {
    pub workbook: Workbook,
    /// Only the criteria with something in O–R.
    pub answers: Answers,
}

/// A file refused by the reader: its stable code and both messages, naming what was wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refusal {
    pub code: String,
    pub ja: String,
    pub en: String,
}

impl Refusal {
    pub fn of(e: &shindan_scs::ReadError) -> Refusal {
        Refusal {
            code: e.code().to_owned(),
            ja: e.ja(),
            en: e.en(),
        }
    }
    pub fn text(&self, lang: crate::lang::Lang) -> &str {
        match lang {
            crate::lang::Lang::Ja => &self.ja,
            crate::lang::Lang::En => &self.en,
        }
    }
}

impl Read {
    /// The reader's result as kept here (`file_name` and `read_at` empty: the page knows them).
    pub fn from_scs(wb: &shindan_scs::Workbook) -> Read {
        let criteria = wb
            .criteria
            .iter()
            .map(|c| Criterion {
                id: c.id.to_string(),
                category: c.id.category,
                level: match c.level {
                    shindan_scs::Level::Star3 => Level::Star3,
                    shindan_scs::Level::Star4 => Level::Star4,
                },
                row: c.row,
                official: c.official.clone(),
            })
            .collect();
        let answers = wb
            .criteria
            .iter()
            .map(|c| {
                let a = &c.answer;
                (
                    c.id.to_string(),
                    Answer {
                        mark: Mark::from_scs(a.mark),
                        note: a.reason.clone(),
                        evidence: a.evidence.clone(),
                        supplement: a.supplement.clone(),
                    },
                )
            })
            .filter(|(_, a)| !a.is_empty())
            .collect();
        Read {
            workbook: Workbook {
                edition: wb.edition.id.to_owned(),
                sha256: wb.sha256.clone(),
                file_name: String::new(),
                read_at: 0,
                synthetic: wb.synthetic,
                pristine: wb.pristine,
                sheet: wb.sheet.clone(),
                header_row: wb.header_row,
                official_digest: wb.official_digest.clone(),
                criteria,
            },
            answers,
        }
    }
}

/// The reader's workbook rebuilt from what was kept, so its `compare_official` can be used.
/// `None` when what was kept does not parse back (an ID or edition this build does not know).
fn to_scs(wb: &Workbook) -> Option<shindan_scs::Workbook> {
    let edition = *shindan_scs::EDITIONS.iter().find(|e| e.id == wb.edition)?;
    let layout = shindan_scs::LAYOUT;
    let mut criteria = Vec::with_capacity(wb.criteria.len());
    for c in &wb.criteria {
        let col = layout.official[layout.criterion_text].number;
        criteria.push(shindan_scs::Criterion {
            id: c.id.parse().ok()?,
            level: match c.level {
                Level::Star3 => shindan_scs::Level::Star3,
                Level::Star4 => shindan_scs::Level::Star4,
            },
            category_name: c.category_name().to_owned(),
            requirement_id: c.requirement_id().to_owned(),
            requirement_name: c.requirement_name().to_owned(),
            requirement_text: c
                .official
                .get(layout.requirement_text)
                .cloned()
                .unwrap_or_default(),
            text: c.text().to_owned(),
            text_cell: shindan_scs::CellRef::new(col, c.row),
            row: c.row,
            official: c.official.clone(),
            answer: shindan_scs::Answer::default(),
        });
    }
    Some(shindan_scs::Workbook {
        sha256: wb.sha256.clone(),
        edition,
        pristine: wb.pristine,
        synthetic: wb.synthetic,
        sheet: wb.sheet.clone(),
        header_row: wb.header_row,
        official_digest: wb.official_digest.clone(),
        official_verified: None,
        criteria,
    })
}

/// One difference between the official text kept and a later file's, in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub ja: String,
    pub en: String,
}

/// How a later file's official content (B–N of every criterion) differs from the workbook kept:
/// empty when it is the same (`shindan_scs::compare_official`).
pub fn compare(kept: &Workbook, later: &Workbook) -> Vec<Change> {
    if kept.official_digest == later.official_digest && kept.edition == later.edition {
        return Vec::new();
    }
    match (to_scs(kept), to_scs(later)) {
        (Some(a), Some(b)) => shindan_scs::compare_official(&a, &b)
            .iter()
            .map(|c| Change {
                ja: c.ja(),
                en: c.en(),
            })
            .collect(),
        _ => vec![Change {
            ja: format!(
                "版が異なります（保存済み：{}、このファイル：{}）。",
                kept.edition, later.edition
            ),
            en: format!(
                "The edition differs (kept: {}, this file: {}).",
                kept.edition, later.edition
            ),
        }],
    }
}

/// The answers to write into the workbook's O–R (`shindan_scs::export`): every criterion of the
/// workbook, so a mark cleared here is cleared in the file too. IDs that do not parse are left
/// out (they cannot be in a workbook the reader accepted).
pub fn export_answers(wb: &Workbook, answers: &Answers) -> shindan_scs::Answers {
    wb.criteria
        .iter()
        .filter_map(|c| {
            let id: shindan_scs::CriterionId = c.id.parse().ok()?;
            let a = answers.get(&c.id).cloned().unwrap_or_default();
            Some((
                id,
                shindan_scs::Answer {
                    mark: a.mark.to_scs(),
                    reason: a.note,
                    evidence: a.evidence,
                    supplement: a.supplement,
                },
            ))
        })
        .collect()
}

/// The criteria IDs, in the workbook's (ID) order: `1-2-1-1` before `1-10-1-1`.
pub fn id_key(id: &str) -> Vec<u32> {
    id.split('-').map(|p| p.parse().unwrap_or(0)).collect()
}

/// The worker's answer for a read (`{"ok":Read}` or `{"refused":Refusal}`, see
/// `crates/scs-worker`) as the page's outcome; anything else is a refusal of its own.
pub fn parse_reply(json: &str) -> Result<Read, Refusal> {
    #[derive(Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Reply {
        Ok(Box<Read>),
        Refused(Refusal),
    }
    match serde_json::from_str::<Reply>(json) {
        Ok(Reply::Ok(r)) => Ok(*r),
        Ok(Reply::Refused(r)) => Err(r),
        Err(e) => Err(Refusal {
            code: "worker".into(),
            ja: format!("読み取りの結果を受け取れませんでした（{e}）。"),
            en: format!("The reader's answer could not be understood ({e})."),
        }),
    }
}

/// The worker's refusal of an export (the refusal's JSON).
pub fn parse_refusal(json: &str) -> Refusal {
    serde_json::from_str(json).unwrap_or_else(|_| Refusal {
        code: "worker".into(),
        ja: format!("書き出せませんでした（{json}）。"),
        en: format!("The workbook could not be written ({json})."),
    })
}

/// The answers as the worker takes them for an export (JSON).
pub fn answers_json(answers: &Answers) -> String {
    // Strings and enums only: serialisation cannot fail.
    serde_json::to_string(answers).unwrap_or_default()
}

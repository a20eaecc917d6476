//! What a read workbook is: its criteria with IDs, level, category, official text (with the cell
//! it came from) and answers; and the comparison of two reads' official content.

use crate::layout::{Edition, LAYOUT};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// A cell's address, e.g. `M6`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellRef {
    /// A = 1.
    pub col: u16,
    /// 1-based.
    pub row: u32,
}

impl CellRef {
    pub fn new(col: u16, row: u32) -> CellRef {
        CellRef { col, row }
    }

    /// Parses `A1`-style references (columns up to XFD, rows up to 1,048,576).
    pub fn parse(s: &str) -> Option<CellRef> {
        let split = s.find(|c: char| c.is_ascii_digit())?;
        let (letters, digits) = s.split_at(split);
        if letters.is_empty()
            || letters.len() > 3
            || !letters.bytes().all(|b| b.is_ascii_uppercase())
        {
            return None;
        }
        let col = letters
            .bytes()
            .fold(0u32, |acc, b| acc * 26 + u32::from(b - b'A' + 1));
        let row: u32 = digits.parse().ok()?;
        if col == 0 || col > 16_384 || row == 0 || row > 1_048_576 {
            return None;
        }
        Some(CellRef {
            col: u16::try_from(col).ok()?,
            row,
        })
    }

    pub fn column_letters(col: u16) -> String {
        let mut n = u32::from(col);
        let mut out = Vec::new();
        while n > 0 {
            let rem = (n - 1) % 26;
            out.push(b'A' + rem as u8);
            n = (n - 1) / 26;
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", CellRef::column_letters(self.col), self.row)
    }
}

/// A criterion's number `c-g-r-n`: category (大分類, 1–7), group (中分類), requirement (要求事項)
/// and criterion (評価基準) — the requirement's own ID is `c-g-r`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CriterionId {
    pub category: u8,
    pub group: u8,
    pub requirement: u8,
    pub number: u8,
}

impl CriterionId {
    pub fn requirement_id(&self) -> String {
        format!("{}-{}-{}", self.category, self.group, self.requirement)
    }
}

impl fmt::Display for CriterionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}-{}-{}-{}",
            self.category, self.group, self.requirement, self.number
        )
    }
}

impl FromStr for CriterionId {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        let mut parts = s.split('-');
        let mut next = || -> Result<u8, ()> {
            let p = parts.next().ok_or(())?;
            if p.is_empty() || p.len() > 2 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(());
            }
            match p.parse::<u8>() {
                Ok(0) | Err(_) => Err(()),
                Ok(n) => Ok(n),
            }
        };
        let id = CriterionId {
            category: next()?,
            group: next()?,
            requirement: next()?,
            number: next()?,
        };
        if parts.next().is_some() || !(1..=7).contains(&id.category) {
            return Err(());
        }
        Ok(id)
    }
}

/// The level a criterion belongs to (column K): ★3 criteria count for both levels; ★4 ones are
/// the 72 that ★4 adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Star3,
    Star4,
}

/// The workbook's self-assessment mark (column O).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Mark {
    /// ○
    Met,
    /// △
    Partly,
    /// ✖
    NotMet,
    /// blank
    #[default]
    Unanswered,
}

impl Mark {
    /// The text written into column O.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Met => "○",
            Mark::Partly => "△",
            Mark::NotMet => "✖",
            Mark::Unanswered => "",
        }
    }

    /// Reads column O: the three marks, the look-alikes people type for them, or blank.
    pub fn parse(s: &str) -> Option<Mark> {
        match s.trim_matches(|c: char| c.is_whitespace()) {
            "" => Some(Mark::Unanswered),
            "○" | "〇" | "◯" => Some(Mark::Met),
            "△" => Some(Mark::Partly),
            "✖" | "×" | "✕" | "✗" | "☓" => Some(Mark::NotMet),
            _ => None,
        }
    }
}

/// One criterion's answer: the mark and the three free-text columns.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answer {
    pub mark: Mark,
    /// P: 理由 (the reason for the mark).
    pub reason: String,
    /// Q: 根拠および実施する事 (evidence, and what will be done).
    pub evidence: String,
    /// R: 補足情報 (supplementary information).
    pub supplement: String,
}

impl Answer {
    pub(crate) fn columns(&self) -> [&str; 4] {
        [
            self.mark.symbol(),
            &self.reason,
            &self.evidence,
            &self.supplement,
        ]
    }
}

/// Answers to write, by criterion.
pub type Answers = BTreeMap<CriterionId, Answer>;

/// A criterion as read from the user's file. The texts are IPA's, exactly as in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    pub id: CriterionId,
    pub level: Level,
    /// 大分類 as the file spells it (column C).
    pub category_name: String,
    /// 要求事項No., 要求事項名 and 要求事項 (F, I, J; merged cells resolved).
    pub requirement_id: String,
    pub requirement_name: String,
    pub requirement_text: String,
    /// 評価基準 (column M) and the cell it was read from.
    pub text: String,
    pub text_cell: CellRef,
    pub row: u32,
    /// The official cells B–N of this row as read (merged cells resolved): what
    /// [`compare_official`] compares.
    pub official: Vec<String>,
    pub answer: Answer,
}

/// A workbook read by [`crate::read`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workbook {
    /// SHA-256 of the whole file, lowercase hex.
    pub sha256: String,
    pub edition: Edition,
    /// The file is byte for byte the edition's download (no answers typed in yet).
    pub pristine: bool,
    /// Shindan's synthetic test workbook (row 1 carries its marker), not IPA's file.
    pub synthetic: bool,
    pub sheet: String,
    pub header_row: u32,
    /// SHA-256 over every criterion's official cells (B–N), lowercase hex: equal digests, same
    /// official content.
    pub official_digest: String,
    /// Whether `official_digest` is the edition's pinned one: `None` while the edition has none
    /// pinned ([`crate::Edition::official_digest`]); `Some(false)` means the official text differs
    /// from IPA's as recorded.
    pub official_verified: Option<bool>,
    /// In sheet order.
    pub criteria: Vec<Criterion>,
}

impl Workbook {
    pub fn criterion(&self, id: CriterionId) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// Criteria of one level, in sheet order.
    pub fn level(&self, level: Level) -> impl Iterator<Item = &Criterion> {
        self.criteria.iter().filter(move |c| c.level == level)
    }

    /// Criteria of a level per category 1–7.
    pub fn count_by_category(&self, level: Level) -> [u16; 7] {
        let mut out = [0u16; 7];
        for c in self.level(level) {
            if let Some(slot) = out.get_mut(usize::from(c.id.category) - 1) {
                *slot += 1;
            }
        }
        out
    }

    /// The answers as they are in the file.
    pub fn answers(&self) -> Answers {
        self.criteria
            .iter()
            .map(|c| (c.id, c.answer.clone()))
            .collect()
    }
}

/// How a later file's official content differs from the first one read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfficialChange {
    /// A criterion of one file is missing from the other.
    Missing { id: CriterionId, in_first: bool },
    /// An official cell's text changed.
    Text {
        id: CriterionId,
        header: &'static str,
        cell: CellRef,
        before: String,
        after: String,
    },
}

impl OfficialChange {
    pub fn code(&self) -> &'static str {
        "official-text-changed"
    }

    pub fn en(&self) -> String {
        match self {
            OfficialChange::Missing { id, in_first: true } => {
                format!("Criterion {id} of the first file is missing from this one.")
            }
            OfficialChange::Missing { id, in_first: false } => {
                format!("Criterion {id} is in this file but not in the first one.")
            }
            OfficialChange::Text {
                id,
                header,
                cell,
                before,
                after,
            } => format!(
                "The official text of {id} ({header}, cell {cell}) changed from “{before}” to “{after}”."
            ),
        }
    }

    pub fn ja(&self) -> String {
        match self {
            OfficialChange::Missing { id, in_first: true } => {
                format!("最初に読んだファイルの評価基準{id}がこのファイルにありません。")
            }
            OfficialChange::Missing { id, in_first: false } => {
                format!("評価基準{id}は最初に読んだファイルにありません。")
            }
            OfficialChange::Text {
                id,
                header,
                cell,
                before,
                after,
            } => format!(
                "評価基準{id}の公式の記載（{header}、セル{cell}）が「{before}」から「{after}」に変わっています。"
            ),
        }
    }
}

impl fmt::Display for OfficialChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

/// Compares the official content (B–N of every criterion) of `first`, the copy read first and
/// kept, with `later`: every difference, in `first`'s order; empty when the content is the same.
/// Row positions may differ (a row inserted by the user); the text may not.
pub fn compare_official(first: &Workbook, later: &Workbook) -> Vec<OfficialChange> {
    let mut out = Vec::new();
    if first.official_digest == later.official_digest {
        return out;
    }
    for a in &first.criteria {
        let Some(b) = later.criterion(a.id) else {
            out.push(OfficialChange::Missing {
                id: a.id,
                in_first: true,
            });
            continue;
        };
        for (i, column) in LAYOUT.official.iter().enumerate() {
            let before = a.official.get(i).map(String::as_str).unwrap_or("");
            let after = b.official.get(i).map(String::as_str).unwrap_or("");
            if before != after {
                out.push(OfficialChange::Text {
                    id: a.id,
                    header: if column.header.is_empty() {
                        "N"
                    } else {
                        column.header
                    },
                    cell: CellRef::new(column.number, b.row),
                    before: before.to_owned(),
                    after: after.to_owned(),
                });
            }
        }
    }
    for b in &later.criteria {
        if first.criterion(b.id).is_none() {
            out.push(OfficialChange::Missing {
                id: b.id,
                in_first: false,
            });
        }
    }
    out
}

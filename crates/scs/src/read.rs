//! Reading the workbook: the archive checked and opened, the sheet with the criteria table found
//! by its headers, every criterion row read and checked against its own ID, the edition
//! recognised by its counts.

use crate::error::ReadError;
use crate::layout::{Limits, CATEGORY_NAMES, EDITIONS, LAYOUT, LIMITS};
use crate::model::{Answer, CellRef, Criterion, CriterionId, Level, Mark, Workbook};
use crate::xml::{self, Sheet};
use crate::zip::Archive;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// Merged-away cell (row, column) → the cell that holds the merged range's value.
pub(crate) type Merged = HashMap<(u32, u16), (u32, u16)>;

/// What the writer needs besides the read workbook.
pub(crate) struct Parsed {
    pub archive: Archive,
    pub sheet_part: String,
    pub sheet_xml: Vec<u8>,
    pub merged: Merged,
    pub workbook: Workbook,
}

/// Reads the user's copy of the SCS requirements/criteria workbook. Never panics; every refusal
/// names what was wrong.
pub fn read(bytes: &[u8]) -> Result<Workbook, ReadError> {
    parse(bytes).map(|p| p.workbook)
}

/// Whitespace (ASCII, full-width, line breaks) does not count when a header or an ID-derived
/// value is compared: Excel users re-wrap cells.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn folder(part: &str) -> (&str, &str) {
    part.rsplit_once('/').unwrap_or(("", part))
}

fn must_read(archive: &Archive, bytes: &[u8], part: &str) -> Result<Vec<u8>, ReadError> {
    let entry = archive.find(part).ok_or_else(|| ReadError::NotXlsx {
        missing: part.to_owned(),
    })?;
    archive.read(bytes, entry)
}

pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed, ReadError> {
    let limits = &LIMITS;
    if bytes.len() > limits.file_bytes {
        return Err(ReadError::TooLarge {
            bytes: bytes.len(),
            limit: limits.file_bytes,
        });
    }
    let archive = Archive::parse(bytes, limits)?;
    if archive.find("[Content_Types].xml").is_none() {
        return Err(ReadError::NotXlsx {
            missing: "[Content_Types].xml".into(),
        });
    }
    let main = match archive.find("_rels/.rels") {
        Some(entry) => {
            let xml = archive.read(bytes, entry)?;
            xml::rels("_rels/.rels", &xml)?
                .into_iter()
                .find(|r| r.kind.ends_with("/officeDocument"))
                .map(|r| xml::resolve("", &r.target))
                .unwrap_or_else(|| "xl/workbook.xml".into())
        }
        None => "xl/workbook.xml".into(),
    };
    let workbook_xml = must_read(&archive, bytes, &main)?;
    let sheets = xml::sheets(&main, &workbook_xml)?;
    if sheets.len() > limits.sheets {
        return Err(ReadError::Unsupported {
            what: format!("more than {} sheets", limits.sheets),
        });
    }
    let (dir, file) = folder(&main);
    let rels_part = if dir.is_empty() {
        format!("_rels/{file}.rels")
    } else {
        format!("{dir}/_rels/{file}.rels")
    };
    let rels = match archive.find(&rels_part) {
        Some(entry) => xml::rels(&rels_part, &archive.read(bytes, entry)?)?,
        None => Vec::new(),
    };
    let strings = match rels.iter().find(|r| r.kind.ends_with("/sharedStrings")) {
        Some(rel) => {
            let part = xml::resolve(dir, &rel.target);
            match archive.find(&part) {
                Some(entry) => xml::shared_strings(&part, &archive.read(bytes, entry)?, limits)?,
                None => Vec::new(),
            }
        }
        None => Vec::new(),
    };

    let mut closest: Option<(usize, ReadError)> = None;
    for (name, rid) in &sheets {
        let Some(rel) = rels
            .iter()
            .find(|r| &r.id == rid && r.kind.ends_with("/worksheet"))
        else {
            continue;
        };
        let part = xml::resolve(dir, &rel.target);
        let Some(entry) = archive.find(&part) else {
            continue;
        };
        let sheet_xml = archive.read(bytes, entry)?;
        let sheet = xml::sheet(&part, &sheet_xml, &strings, limits)?;
        let merged = merged_cells(&sheet, limits)?;
        match header_row(&sheet, &merged) {
            Ok(header_row) => {
                let workbook = interpret(bytes, name, header_row, &sheet, &merged, limits)?;
                return Ok(Parsed {
                    archive,
                    sheet_part: part,
                    sheet_xml,
                    merged,
                    workbook,
                });
            }
            Err((matched, cell, expected, found)) => {
                // A sheet with none of the headers is not a near miss worth naming.
                if matched > 0 && closest.as_ref().is_none_or(|(m, _)| matched > *m) {
                    closest = Some((
                        matched,
                        ReadError::NotTheWorkbook {
                            sheet: Some(name.clone()),
                            cell: Some(cell),
                            expected,
                            found,
                        },
                    ));
                }
            }
        }
    }
    Err(match closest {
        Some((_, e)) => e,
        None => ReadError::NotTheWorkbook {
            sheet: None,
            cell: None,
            expected: expected_headers(),
            found: String::new(),
        },
    })
}

fn expected_headers() -> String {
    LAYOUT
        .official
        .iter()
        .chain(LAYOUT.answers.iter())
        .filter(|c| c.checked)
        .map(|c| format!("{}: {}", c.letter, c.header))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every merged-away cell of the table's columns, mapped to the cell holding the value. The
/// cells the ranges cover are counted, overlapping ones too, so that many large or repeated
/// ranges cannot keep the reader busy.
fn merged_cells(sheet: &Sheet, limits: &Limits) -> Result<Merged, ReadError> {
    let mut out = HashMap::new();
    let last_row = sheet.max_row.min(limits.rows);
    let mut covered = 0usize;
    for (a, b) in &sheet.merges {
        let (top, bottom) = (a.row.min(b.row), a.row.max(b.row).min(last_row));
        let (left, right) = (a.col.min(b.col), a.col.max(b.col).min(xml::LAST_COLUMN));
        for row in top..=bottom {
            for col in left..=right {
                covered += 1;
                if covered > limits.cells {
                    return Err(ReadError::Unsupported {
                        what: format!("merged ranges covering more than {} cells", limits.cells),
                    });
                }
                if (row, col) != (top, left) {
                    out.insert((row, col), (top, left));
                }
            }
        }
    }
    Ok(out)
}

fn value<'a>(sheet: &'a Sheet, merged: &Merged, row: u32, col: u16) -> &'a str {
    let at = merged.get(&(row, col)).copied().unwrap_or((row, col));
    sheet.cells.get(&at).map(|c| c.text.as_str()).unwrap_or("")
}

type Mismatch = (usize, CellRef, String, String);

/// The row (within the first few) whose checked headers all match; otherwise how close the best
/// row came and its first mismatch.
fn header_row(sheet: &Sheet, merged: &Merged) -> Result<u32, Mismatch> {
    let checked: Vec<_> = LAYOUT
        .official
        .iter()
        .chain(LAYOUT.answers.iter())
        .filter(|c| c.checked)
        .collect();
    let mut best: Option<Mismatch> = None;
    for row in 1..=LAYOUT.header_search_rows {
        let mut matched = 0;
        let mut first_miss = None;
        for column in &checked {
            let found = value(sheet, merged, row, column.number);
            if squash(found) == squash(column.header) {
                matched += 1;
            } else if first_miss.is_none() {
                first_miss = Some((CellRef::new(column.number, row), column.header, found));
            }
        }
        match first_miss {
            None => return Ok(row),
            Some((cell, expected, found)) => {
                if best.as_ref().is_none_or(|b| matched > b.0) {
                    best = Some((matched, cell, expected.to_owned(), found.to_owned()));
                }
            }
        }
    }
    let fallback = || {
        let c = LAYOUT.answers[0];
        (
            0,
            CellRef::new(c.number, LAYOUT.header_row),
            c.header.to_owned(),
            String::new(),
        )
    };
    Err(best.unwrap_or_else(fallback))
}

fn interpret(
    bytes: &[u8],
    sheet_name: &str,
    header_row: u32,
    sheet: &Sheet,
    merged: &Merged,
    limits: &Limits,
) -> Result<Workbook, ReadError> {
    let official_col = |i: usize| LAYOUT.official[i].number;
    let mut criteria: Vec<Criterion> = Vec::new();
    let mut seen: HashMap<CriterionId, CellRef> = HashMap::new();
    let last_row = sheet.max_row.min(limits.rows);
    for row in header_row + 1..=last_row {
        let id_cell = CellRef::new(official_col(LAYOUT.criterion_id), row);
        let id_text = value(sheet, merged, row, id_cell.col).trim();
        if id_text.is_empty() {
            continue;
        }
        let id: CriterionId = id_text.parse().map_err(|()| ReadError::UnknownId {
            cell: id_cell,
            found: id_text.to_owned(),
        })?;
        if let Some(first) = seen.insert(id, id_cell) {
            return Err(ReadError::DuplicateId {
                id,
                first,
                second: id_cell,
            });
        }
        let official: Vec<String> = LAYOUT
            .official
            .iter()
            .map(|c| value(sheet, merged, row, c.number).to_owned())
            .collect();
        let at = |i: usize| official.get(i).map(String::as_str).unwrap_or("");
        let level_cell = CellRef::new(official_col(LAYOUT.level), row);
        let level = match squash(at(LAYOUT.level)).as_str() {
            "★3" => Level::Star3,
            "★4" => Level::Star4,
            _ => {
                return Err(ReadError::Inconsistent {
                    cell: level_cell,
                    expected: "★3 / ★4".into(),
                    found: at(LAYOUT.level).to_owned(),
                })
            }
        };
        let requirement_id = id.requirement_id();
        if squash(at(LAYOUT.requirement_id)) != requirement_id {
            return Err(ReadError::Inconsistent {
                cell: CellRef::new(official_col(LAYOUT.requirement_id), row),
                expected: requirement_id,
                found: at(LAYOUT.requirement_id).to_owned(),
            });
        }
        let category = CATEGORY_NAMES
            .get(usize::from(id.category) - 1)
            .copied()
            .unwrap_or("");
        if squash(at(LAYOUT.category_name)) != category {
            return Err(ReadError::Inconsistent {
                cell: CellRef::new(official_col(LAYOUT.category_name), row),
                expected: category.to_owned(),
                found: at(LAYOUT.category_name).to_owned(),
            });
        }
        let mut texts: [String; 4] = Default::default();
        for (slot, column) in texts.iter_mut().zip(LAYOUT.answers.iter()) {
            if sheet
                .cells
                .get(&(row, column.number))
                .is_some_and(|c| c.formula)
            {
                return Err(ReadError::FormulaInAnswer {
                    cell: CellRef::new(column.number, row),
                });
            }
            value(sheet, merged, row, column.number).clone_into(slot);
        }
        let [mark, reason, evidence, supplement] = texts;
        let mark = Mark::parse(&mark).ok_or_else(|| ReadError::UnknownMark {
            cell: CellRef::new(LAYOUT.answers[0].number, row),
            found: mark.clone(),
        })?;
        criteria.push(Criterion {
            id,
            level,
            category_name: at(LAYOUT.category_name).to_owned(),
            requirement_id: at(LAYOUT.requirement_id).to_owned(),
            requirement_name: at(LAYOUT.requirement_name).to_owned(),
            requirement_text: at(LAYOUT.requirement_text).to_owned(),
            text: at(LAYOUT.criterion_text).to_owned(),
            text_cell: CellRef::new(official_col(LAYOUT.criterion_text), row),
            row,
            official,
            answer: Answer {
                mark,
                reason,
                evidence,
                supplement,
            },
        });
    }

    let mut star3 = [0u16; 7];
    let mut star4 = 0u16;
    for c in &criteria {
        match c.level {
            Level::Star3 => {
                if let Some(n) = star3.get_mut(usize::from(c.id.category) - 1) {
                    *n += 1;
                }
            }
            Level::Star4 => star4 += 1,
        }
    }
    let describe = |per: &[u16; 7], extra: u16| {
        let list: Vec<String> = per.iter().map(u16::to_string).collect();
        format!(
            "★3 {} ({}) + ★4 {}",
            per.iter().sum::<u16>(),
            list.join("/"),
            extra
        )
    };
    let edition = EDITIONS
        .iter()
        .find(|e| e.star3_per_category == star3 && e.star4_only == star4)
        .copied()
        .ok_or_else(|| ReadError::DifferentEdition {
            found: describe(&star3, star4),
            expected: EDITIONS
                .iter()
                .map(|e| describe(&e.star3_per_category, e.star4_only))
                .collect::<Vec<_>>()
                .join(" / "),
        })?;

    let sha256 = format!("{:x}", Sha256::digest(bytes));
    let mut sorted: Vec<&Criterion> = criteria.iter().collect();
    sorted.sort_by_key(|c| c.id);
    let mut hasher = Sha256::new();
    for c in sorted {
        hasher.update(c.id.to_string().as_bytes());
        for cell in &c.official {
            hasher.update([0x1f]);
            hasher.update(cell.as_bytes());
        }
        hasher.update([0x1e]);
    }
    let synthetic = (1..=header_row).any(|row| {
        (1..=xml::LAST_COLUMN).any(|col| {
            sheet
                .cells
                .get(&(row, col))
                .is_some_and(|c| c.text.contains(LAYOUT.synthetic_marker))
        })
    });
    let official_digest = format!("{:x}", hasher.finalize());
    Ok(Workbook {
        pristine: sha256 == edition.download_sha256,
        official_verified: edition.official_digest.map(|d| d == official_digest),
        sha256,
        edition,
        synthetic,
        sheet: sheet_name.to_owned(),
        header_row,
        official_digest,
        criteria,
    })
}

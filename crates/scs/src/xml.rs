//! The SpreadsheetML parts the reader needs — relationships, the workbook's sheet list, shared
//! strings and a worksheet's cells and merged ranges — pulled with quick-xml, every count capped.

use crate::error::ReadError;
use crate::layout::Limits;
use crate::model::CellRef;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashMap;

pub(crate) fn damaged(part: &str, detail: impl ToString) -> ReadError {
    ReadError::Damaged {
        part: part.to_owned(),
        detail: detail.to_string(),
    }
}

/// The value of the attribute whose local name is `local` (`r:id` matches `id`).
pub(crate) fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| a.unescape_value().ok().map(|v| v.into_owned()))
            .flatten()
    })
}

pub(crate) struct Rel {
    pub id: String,
    pub kind: String,
    pub target: String,
}

pub(crate) fn rels(part: &str, xml: &[u8]) -> Result<Vec<Rel>, ReadError> {
    let mut reader = Reader::from_reader(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event().map_err(|e| damaged(part, e))? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"Relationship" => {
                let external = attr(&e, b"TargetMode").is_some_and(|m| m == "External");
                if let (Some(id), Some(kind), Some(target), false) = (
                    attr(&e, b"Id"),
                    attr(&e, b"Type"),
                    attr(&e, b"Target"),
                    external,
                ) {
                    out.push(Rel { id, kind, target });
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Resolves a relationship target against the folder of the part that holds the relationship.
pub(crate) fn resolve(base_dir: &str, target: &str) -> String {
    let mut parts: Vec<&str> = if let Some(abs) = target.strip_prefix('/') {
        return normalise(abs.split('/').collect());
    } else {
        base_dir.split('/').filter(|p| !p.is_empty()).collect()
    };
    parts.extend(target.split('/'));
    normalise(parts)
}

fn normalise(parts: Vec<&str>) -> String {
    let mut out: Vec<&str> = Vec::new();
    for p in parts {
        match p {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            p => out.push(p),
        }
    }
    out.join("/")
}

/// The sheets of `xl/workbook.xml`: (name, relationship id), in tab order.
pub(crate) fn sheets(part: &str, xml: &[u8]) -> Result<Vec<(String, String)>, ReadError> {
    let mut reader = Reader::from_reader(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event().map_err(|e| damaged(part, e))? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"sheet" => {
                if let (Some(name), Some(id)) = (attr(&e, b"name"), attr(&e, b"id")) {
                    out.push((name, id));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Decodes Excel's `_xHHHH_` escapes in string values (how it stores control characters, and
/// `_x005F_` for a literal underscore before such a sequence).
pub(crate) fn decode_xstring(s: &str) -> String {
    if !s.contains("_x") {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let code = tail
            .get(2..6)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .filter(|_| tail.as_bytes().get(6) == Some(&b'_'))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32);
        match code {
            Some(c) => {
                out.push(c);
                rest = &tail[7..];
            }
            None => {
                out.push_str("_x");
                rest = &tail[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text of a run of events up to the end of the current element, taking `<t>` text and leaving
/// out phonetic guides (`<rPh>`), as Excel shows the cell.
fn string_item(reader: &mut Reader<&[u8]>, part: &str, end: &[u8]) -> Result<String, ReadError> {
    let mut out = String::new();
    let mut in_t = false;
    let mut in_phonetic = 0u32;
    loop {
        match reader.read_event().map_err(|e| damaged(part, e))? {
            Event::Start(e) => match e.local_name().as_ref() {
                b"t" => in_t = true,
                b"rPh" => in_phonetic += 1,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_t = false,
                b"rPh" => in_phonetic = in_phonetic.saturating_sub(1),
                name if name == end => break,
                _ => {}
            },
            Event::Text(t) if in_t && in_phonetic == 0 => {
                out.push_str(&t.unescape().map_err(|e| damaged(part, e))?);
            }
            Event::CData(t) if in_t && in_phonetic == 0 => {
                out.push_str(&String::from_utf8_lossy(&t.into_inner()));
            }
            Event::Eof => return Err(damaged(part, "the XML ends inside a string")),
            _ => {}
        }
    }
    Ok(decode_xstring(&out))
}

pub(crate) fn shared_strings(
    part: &str,
    xml: &[u8],
    limits: &Limits,
) -> Result<Vec<String>, ReadError> {
    let mut reader = Reader::from_reader(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event().map_err(|e| damaged(part, e))? {
            Event::Start(e) if e.local_name().as_ref() == b"si" => {
                if out.len() >= limits.shared_strings {
                    return Err(ReadError::Unsupported {
                        what: format!("more than {} shared strings", limits.shared_strings),
                    });
                }
                out.push(string_item(&mut reader, part, b"si")?);
            }
            Event::Empty(e) if e.local_name().as_ref() == b"si" => out.push(String::new()),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// A cell as the reader needs it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Cell {
    /// The text Excel would show for a string; the stored value for a number, boolean or a
    /// formula's cached result.
    pub text: String,
    pub formula: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Sheet {
    /// Cells of columns A–R (the table's), by (row, column).
    pub cells: HashMap<(u32, u16), Cell>,
    pub merges: Vec<(CellRef, CellRef)>,
    pub max_row: u32,
}

/// The highest column the reader keeps (R).
pub(crate) const LAST_COLUMN: u16 = 18;

pub(crate) fn sheet(
    part: &str,
    xml: &[u8],
    strings: &[String],
    limits: &Limits,
) -> Result<Sheet, ReadError> {
    let mut reader = Reader::from_reader(xml);
    let mut out = Sheet::default();
    let mut row: u32 = 0;
    let mut col: u16 = 0;
    let mut count = 0usize;
    let mut text_bytes = 0u64;
    loop {
        match reader.read_event().map_err(|e| damaged(part, e))? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"row" => {
                row = match attr(&e, b"r") {
                    Some(r) => r
                        .parse()
                        .ok()
                        .filter(|r| (1..=1_048_576).contains(r))
                        .ok_or_else(|| damaged(part, format!("row number “{r}”")))?,
                    None => row.saturating_add(1),
                };
                col = 0;
            }
            Event::Start(e) if e.local_name().as_ref() == b"c" => {
                let cell = read_cell(&mut reader, part, &e, strings, row, &mut col)?;
                count += 1;
                if count > limits.cells {
                    return Err(ReadError::Unsupported {
                        what: format!("a sheet with more than {} cells", limits.cells),
                    });
                }
                // Only the rows a table can have are kept, and the text they hold is capped: a
                // shared string repeated in every cell must not multiply in memory.
                if let Some(cell) = cell.filter(|_| row <= limits.rows) {
                    text_bytes += cell.text.len() as u64;
                    if text_bytes > limits.total_bytes {
                        return Err(ReadError::Unsupported {
                            what: format!(
                                "a sheet holding more than {} bytes of text",
                                limits.total_bytes
                            ),
                        });
                    }
                    out.max_row = out.max_row.max(row);
                    out.cells.insert((row, col), cell);
                }
            }
            Event::Empty(e) if e.local_name().as_ref() == b"c" => {
                position(&e, part, row, &mut col)?;
                count += 1;
                if count > limits.cells {
                    return Err(ReadError::Unsupported {
                        what: format!("a sheet with more than {} cells", limits.cells),
                    });
                }
            }
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"mergeCell" => {
                let Some(range) = attr(&e, b"ref") else {
                    continue;
                };
                let (a, b) = range.split_once(':').unwrap_or((&range, &range));
                let (Some(a), Some(b)) = (CellRef::parse(a), CellRef::parse(b)) else {
                    return Err(damaged(part, format!("merged range “{range}”")));
                };
                if out.merges.len() >= limits.merges {
                    return Err(ReadError::Unsupported {
                        what: format!("more than {} merged ranges", limits.merges),
                    });
                }
                out.merges.push((a, b));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Sets `col` from the cell's `r` (or the next column when it has none) and checks it.
fn position(e: &BytesStart<'_>, part: &str, row: u32, col: &mut u16) -> Result<(), ReadError> {
    match attr(e, b"r") {
        Some(r) => {
            let at = CellRef::parse(&r)
                .filter(|at| at.row == row)
                .ok_or_else(|| damaged(part, format!("cell reference “{r}” in row {row}")))?;
            *col = at.col;
        }
        None => *col = col.saturating_add(1),
    }
    if row == 0 {
        return Err(damaged(part, "a cell outside any row"));
    }
    Ok(())
}

fn read_cell(
    reader: &mut Reader<&[u8]>,
    part: &str,
    e: &BytesStart<'_>,
    strings: &[String],
    row: u32,
    col: &mut u16,
) -> Result<Option<Cell>, ReadError> {
    position(e, part, row, col)?;
    let kind = attr(e, b"t").unwrap_or_default();
    let mut value = String::new();
    let mut inline = None;
    let mut formula = false;
    let mut in_v = false;
    loop {
        match reader.read_event().map_err(|e| damaged(part, e))? {
            Event::Start(x) => match x.local_name().as_ref() {
                b"v" => in_v = true,
                b"f" => formula = true,
                b"is" => inline = Some(string_item(reader, part, b"is")?),
                _ => {}
            },
            Event::Empty(x) if x.local_name().as_ref() == b"f" => formula = true,
            Event::End(x) => match x.local_name().as_ref() {
                b"v" => in_v = false,
                b"c" => break,
                _ => {}
            },
            Event::Text(t) if in_v => {
                value.push_str(&t.unescape().map_err(|e| damaged(part, e))?);
            }
            Event::Eof => return Err(damaged(part, "the XML ends inside a cell")),
            _ => {}
        }
    }
    if *col > LAST_COLUMN {
        return Ok(None);
    }
    let text = match kind.as_str() {
        "s" => {
            let index: usize = value
                .trim()
                .parse()
                .map_err(|_| damaged(part, format!("shared string index “{value}”")))?;
            strings
                .get(index)
                .cloned()
                .ok_or_else(|| damaged(part, format!("shared string {index} does not exist")))?
        }
        "inlineStr" => inline.unwrap_or_default(),
        "str" => decode_xstring(&value),
        _ => value,
    };
    Ok(Some(Cell { text, formula }))
}

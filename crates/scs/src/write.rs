//! Writing answers into the user's own file: only the O–R cells of the answered criteria change
//! in the criteria sheet's XML (spliced in place, each cell keeping its style); every other zip
//! entry is copied byte for byte. Answers are inline text cells, so a text starting with `=`,
//! `+`, `-`, `@`, a tab or CR stays text: nothing the user typed becomes a formula.

use crate::error::ExportError;
use crate::layout::{LAYOUT, LIMITS};
use crate::model::{Answers, CellRef};
use crate::read;
use crate::xml::attr;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::{BTreeMap, HashSet};

/// The original file with the answer columns of every criterion in `answers` written (an empty
/// text clears its cell). Criteria not in `answers` keep their cells as they are.
pub fn export(original: &[u8], answers: &Answers) -> Result<Vec<u8>, ExportError> {
    let parsed = read::parse(original)?;
    let mut targets: BTreeMap<u32, [&str; 4]> = BTreeMap::new();
    for (id, answer) in answers {
        let criterion = parsed
            .workbook
            .criterion(*id)
            .ok_or(ExportError::UnknownId(*id))?;
        let columns = answer.columns();
        for (text, column) in columns.iter().zip(LAYOUT.answers.iter()) {
            let chars = text.chars().count();
            if chars > LIMITS.cell_chars {
                return Err(ExportError::TooLong {
                    id: *id,
                    column: column.letter,
                    chars,
                    limit: LIMITS.cell_chars,
                });
            }
            if parsed.merged.contains_key(&(criterion.row, column.number)) {
                return Err(ExportError::MergedAnswerCell {
                    cell: CellRef::new(column.number, criterion.row),
                });
            }
        }
        targets.insert(criterion.row, columns);
    }
    let sheet = splice(&parsed.sheet_xml, &targets)?;
    parsed
        .archive
        .rebuild(original, &[(parsed.sheet_part.as_str(), sheet.as_slice())])
        .ok_or_else(|| ExportError::Sheet {
            detail: "the archive could not be written".into(),
        })
}

fn sheet_error(detail: impl ToString) -> ExportError {
    ExportError::Sheet {
        detail: detail.to_string(),
    }
}

/// Text for an XML element, with Excel's `_xHHHH_` escape for characters XML cannot carry and
/// for a literal `_x` sequence that would otherwise be read as one; CR as a character reference
/// so that XML's line-end normalisation keeps it.
pub(crate) fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for (at, c) in s.char_indices() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                out.push_str(&format!("_x{:04X}_", c as u32));
            }
            '_' if looks_escaped(&s[at..]) => out.push_str("_x005F_"),
            c => out.push(c),
        }
    }
    out
}

fn looks_escaped(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 7 && b[1] == b'x' && b[2..6].iter().all(u8::is_ascii_hexdigit) && b[6] == b'_'
}

fn cell_xml(prefix: &str, cell: CellRef, style: Option<&str>, text: &str) -> String {
    let style = style
        .map(|s| format!(" s=\"{}\"", escape_text(s).replace('"', "&quot;")))
        .unwrap_or_default();
    if text.is_empty() {
        return format!("<{prefix}c r=\"{cell}\"{style}/>");
    }
    format!(
        "<{prefix}c r=\"{cell}\"{style} t=\"inlineStr\"><{prefix}is><{prefix}t xml:space=\"preserve\">{}</{prefix}t></{prefix}is></{prefix}c>",
        escape_text(text)
    )
}

struct RowCell {
    col: u16,
    start: usize,
    end: usize,
    style: Option<String>,
}

/// The sheet XML with the target rows' answer cells replaced or inserted in column order.
fn splice(xml: &[u8], targets: &BTreeMap<u32, [&str; 4]>) -> Result<Vec<u8>, ExportError> {
    let mut reader = Reader::from_reader(xml);
    // (start, end, replacement); an insertion has start == end.
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut done: HashSet<u32> = HashSet::new();
    let mut row: u32 = 0;
    let mut prefix = String::new();
    let mut cells: Vec<RowCell> = Vec::new();
    let mut col: u16 = 0;
    let mut in_row = false;
    let pos = |r: &Reader<&[u8]>| usize::try_from(r.buffer_position()).unwrap_or(usize::MAX);
    loop {
        let before = pos(&reader);
        let event = reader.read_event().map_err(sheet_error)?;
        let after = pos(&reader);
        match event {
            Event::Start(e) if e.local_name().as_ref() == b"row" => {
                row = attr(&e, b"r")
                    .and_then(|r| r.parse().ok())
                    .unwrap_or(row.saturating_add(1));
                let name = e.name();
                let full = String::from_utf8_lossy(name.as_ref()).into_owned();
                prefix = full.strip_suffix("row").unwrap_or("").to_owned();
                cells.clear();
                col = 0;
                in_row = true;
            }
            Event::Empty(e) if e.local_name().as_ref() == b"row" => {
                row = attr(&e, b"r")
                    .and_then(|r| r.parse().ok())
                    .unwrap_or(row.saturating_add(1));
                if let Some(values) = targets.get(&row) {
                    let name = e.name();
                    let full = String::from_utf8_lossy(name.as_ref()).into_owned();
                    let p = full.strip_suffix("row").unwrap_or("").to_owned();
                    let open = xml
                        .get(before..after.saturating_sub(2))
                        .ok_or_else(|| sheet_error("an empty row"))?;
                    let mut text = String::from_utf8_lossy(open).into_owned();
                    text.push('>');
                    for (value, column) in values.iter().zip(LAYOUT.answers.iter()) {
                        text.push_str(&cell_xml(&p, CellRef::new(column.number, row), None, value));
                    }
                    text.push_str(&format!("</{full}>"));
                    edits.push((before, after, text));
                    done.insert(row);
                }
            }
            Event::Start(e) if in_row && e.local_name().as_ref() == b"c" => {
                col = cell_col(&e, col);
                let style = attr(&e, b"s");
                // The cell's end: its matching end tag (cells do not nest).
                let mut depth = 1u32;
                while depth > 0 {
                    match reader.read_event().map_err(sheet_error)? {
                        Event::Start(x) if x.local_name().as_ref() == b"c" => depth += 1,
                        Event::End(x) if x.local_name().as_ref() == b"c" => depth -= 1,
                        Event::Eof => return Err(sheet_error("the XML ends inside a cell")),
                        _ => {}
                    }
                }
                cells.push(RowCell {
                    col,
                    start: before,
                    end: pos(&reader),
                    style,
                });
            }
            Event::Empty(e) if in_row && e.local_name().as_ref() == b"c" => {
                col = cell_col(&e, col);
                cells.push(RowCell {
                    col,
                    start: before,
                    end: after,
                    style: attr(&e, b"s"),
                });
            }
            Event::End(e) if e.local_name().as_ref() == b"row" => {
                in_row = false;
                if let Some(values) = targets.get(&row) {
                    for (value, column) in values.iter().zip(LAYOUT.answers.iter()) {
                        let at = CellRef::new(column.number, row);
                        if let Some(existing) = cells.iter().find(|c| c.col == column.number) {
                            let xml = cell_xml(&prefix, at, existing.style.as_deref(), value);
                            edits.push((existing.start, existing.end, xml));
                        } else {
                            let place = cells
                                .iter()
                                .find(|c| c.col > column.number)
                                .map_or(before, |c| c.start);
                            edits.push((place, place, cell_xml(&prefix, at, None, value)));
                        }
                    }
                    done.insert(row);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some(missing) = targets.keys().find(|r| !done.contains(r)) {
        return Err(sheet_error(format!("row {missing} was not found")));
    }
    edits.sort_by_key(|e| e.0);
    let mut out = Vec::with_capacity(xml.len() + edits.len() * 64);
    let mut at = 0usize;
    for (start, end, text) in edits {
        if start < at {
            return Err(sheet_error("overlapping cells"));
        }
        out.extend_from_slice(
            xml.get(at..start)
                .ok_or_else(|| sheet_error("a cell position"))?,
        );
        out.extend_from_slice(text.as_bytes());
        at = end;
    }
    out.extend_from_slice(
        xml.get(at..)
            .ok_or_else(|| sheet_error("the end of the sheet"))?,
    );
    Ok(out)
}

fn cell_col(e: &quick_xml::events::BytesStart<'_>, previous: u16) -> u16 {
    attr(e, b"r")
        .and_then(|r| CellRef::parse(&r))
        .map_or(previous.saturating_add(1), |c| c.col)
}

#[cfg(test)]
mod tests {
    use super::escape_text;
    use crate::xml::decode_xstring;

    #[test]
    fn escaped_text_decodes_to_itself() {
        for s in [
            "plain",
            "=SUM(A1)",
            "a\r\nb\tc",
            "_x0041_ literal",
            "ctrl\u{1}\u{1f}",
            "<&>\"'",
            "_x00",
        ] {
            let escaped = escape_text(s);
            let unescaped = quick_xml::escape::unescape(&escaped)
                .map(|c| c.into_owned())
                .unwrap_or_default();
            assert_eq!(decode_xstring(&unescaped), s, "{escaped}");
        }
    }
}

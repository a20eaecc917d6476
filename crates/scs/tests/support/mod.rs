//! Shared by the SCS tests: the fixtures, an independent zip walker and writer (so that the
//! tests do not check the crate's container code with itself), and edits of the synthetic
//! workbook's sheet XML that make each kind of bad file.
#![allow(clippy::unwrap_used, dead_code)]

pub const SHEET: &str = "xl/worksheets/sheet1.xml";
pub const STRINGS: &str = "xl/sharedStrings.xml";

pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn synthetic() -> Vec<u8> {
    fixture("synthetic.xlsx")
}

fn u16_at(b: &[u8], at: usize) -> usize {
    usize::from(u16::from_le_bytes([b[at], b[at + 1]]))
}

fn u32_at(b: &[u8], at: usize) -> usize {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]) as usize
}

/// One entry of a zip: its name, the bytes stored for it (local header and data) and its
/// content.
pub struct ZipEntry {
    pub name: String,
    pub stored: Vec<u8>,
    pub content: Vec<u8>,
}

/// Walks a well-formed zip through its central directory.
pub fn entries(zip: &[u8]) -> Vec<ZipEntry> {
    let eocd = (0..=zip.len() - 22)
        .rev()
        .find(|&p| u32_at(zip, p) == 0x0605_4b50)
        .unwrap();
    let count = u16_at(zip, eocd + 10);
    let mut pos = u32_at(zip, eocd + 16);
    let mut out = Vec::new();
    for _ in 0..count {
        assert_eq!(u32_at(zip, pos), 0x0201_4b50);
        let method = u16_at(zip, pos + 10);
        let csize = u32_at(zip, pos + 20);
        let name_len = u16_at(zip, pos + 28);
        let skip = name_len + u16_at(zip, pos + 30) + u16_at(zip, pos + 32);
        let local = u32_at(zip, pos + 42);
        let name = String::from_utf8(zip[pos + 46..pos + 46 + name_len].to_vec()).unwrap();
        let data_at = local + 30 + u16_at(zip, local + 26) + u16_at(zip, local + 28);
        let data = &zip[data_at..data_at + csize];
        let content = if method == 0 {
            data.to_vec()
        } else {
            miniz_oxide::inflate::decompress_to_vec(data).unwrap()
        };
        out.push(ZipEntry {
            name,
            stored: zip[local..data_at + csize].to_vec(),
            content,
        });
        pos += 46 + skip;
    }
    out
}

pub fn crc32(data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let step = |c: u32| {
            if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            }
        };
        (0..256u32)
            .map(|i| (0..8).fold(i, |c, _| step(c)))
            .collect()
    });
    let mut crc = !0u32;
    for &b in data {
        crc = table[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

/// A zip of the given entries, deflated (or stored when `deflate` is false).
pub fn zip_with(files: &[(String, Vec<u8>)], deflate: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut dir = Vec::new();
    for (name, content) in files {
        let data = if deflate {
            miniz_oxide::deflate::compress_to_vec(content, 6)
        } else {
            content.clone()
        };
        let method: u16 = if deflate { 8 } else { 0 };
        let offset = out.len() as u32;
        let crc = crc32(content);
        let head = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend_from_slice(&sig.to_le_bytes());
            if central {
                h.extend_from_slice(&20u16.to_le_bytes());
            }
            h.extend_from_slice(&20u16.to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes());
            h.extend_from_slice(&method.to_le_bytes());
            h.extend_from_slice(&0u32.to_le_bytes());
            h.extend_from_slice(&crc.to_le_bytes());
            h.extend_from_slice(&(data.len() as u32).to_le_bytes());
            h.extend_from_slice(&(content.len() as u32).to_le_bytes());
            h.extend_from_slice(&(name.len() as u16).to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes());
            if central {
                h.extend_from_slice(&[0u8; 6]);
                h.extend_from_slice(&0u32.to_le_bytes());
                h.extend_from_slice(&offset.to_le_bytes());
            }
            h.extend_from_slice(name.as_bytes());
            h
        };
        out.extend_from_slice(&head(0x0403_4b50, false));
        out.extend_from_slice(&data);
        dir.extend_from_slice(&head(0x0201_4b50, true));
    }
    let dir_at = out.len() as u32;
    out.extend_from_slice(&dir);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(dir.len() as u32).to_le_bytes());
    out.extend_from_slice(&dir_at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

pub fn contents(zip: &[u8]) -> Vec<(String, Vec<u8>)> {
    entries(zip)
        .into_iter()
        .map(|e| (e.name, e.content))
        .collect()
}

/// The synthetic workbook with one part's text changed by `edit`.
pub fn with_part(part: &str, edit: impl Fn(String) -> String) -> Vec<u8> {
    let files: Vec<_> = contents(&synthetic())
        .into_iter()
        .map(|(n, c)| {
            if n == part {
                let text = edit(String::from_utf8(c).unwrap());
                (n, text.into_bytes())
            } else {
                (n, c)
            }
        })
        .collect();
    zip_with(&files, true)
}

pub fn with_sheet(edit: impl Fn(String) -> String) -> Vec<u8> {
    with_part(SHEET, edit)
}

/// The span of cell `r` (`<c r="L7" …>…</c>` or `<c r="L7" …/>`) in sheet XML.
pub fn cell_span(xml: &str, r: &str) -> std::ops::Range<usize> {
    let start = xml
        .find(&format!("<c r=\"{r}\""))
        .unwrap_or_else(|| panic!("no cell {r}"));
    let open_end = start + xml[start..].find('>').unwrap() + 1;
    let end = if xml[..open_end].ends_with("/>") {
        open_end
    } else {
        open_end + xml[open_end..].find("</c>").unwrap() + 4
    };
    start..end
}

pub fn replace_cell(xml: String, r: &str, new: &str) -> String {
    let span = cell_span(&xml, r);
    let mut out = xml;
    out.replace_range(span, new);
    out
}

pub fn inline(r: &str, text: &str) -> String {
    format!("<c r=\"{r}\" t=\"inlineStr\"><is><t>{text}</t></is></c>")
}

/// Every `<c>` of sheet XML as (reference, raw XML), in document order.
pub fn cells(xml: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = xml[at..].find("<c r=\"") {
        let start = at + found;
        let r_end = start + 6 + xml[start + 6..].find('"').unwrap();
        let r = xml[start + 6..r_end].to_owned();
        let span = cell_span(&xml[start..], &r);
        out.push((r, xml[start..start + span.end].to_owned()));
        at = start + span.end;
    }
    out
}

pub fn is_answer_column(r: &str) -> bool {
    matches!(r.as_bytes().first(), Some(b'O' | b'P' | b'Q' | b'R'))
}

//! PURE: the one CSV writer every export uses — UTF-8 with a byte-order mark (so Excel opens
//! Japanese correctly), CRLF line ends, RFC 4180 quoting. What goes into the rows is each
//! export's own business (`storage::csv` for answers, `assessment::plan`, `incident`,
//! `assessment::compare`).

/// UTF-8 byte-order mark.
pub const BOM: char = '\u{feff}';

/// Quotes one field when it holds a comma, a quote, a line break or leading/trailing space.
pub fn field(s: &str) -> String {
    let needs = s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ');
    if needs {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// One CSV line (with CRLF).
pub fn line<S: AsRef<str>>(fields: &[S]) -> String {
    let mut out = fields
        .iter()
        .map(|f| field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

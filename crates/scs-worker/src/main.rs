//! The SCS pages' Web Worker: the only build that carries the workbook reader and writer
//! (`shindan_scs`). The page posts it the bytes of the file the user chose; it answers with the
//! workbook as the app keeps it (`shindan_core::scs::Read`) or the reader's refusal, as JSON,
//! and, for an export, the answered copy's bytes. Parsing here keeps the page responsive on a
//! big file, and keeps the reader out of the app's own wasm.
//!
//! The message loop is a few lines of JavaScript (`src/web/scs-worker.js`, appended to this
//! build's glue by `src/web/post_build.mjs`); it calls the two exports below.

use shindan_core::scs::{export_answers, Answers, Read, Refusal};

/// The file read: `{"ok":Read}` or `{"refused":Refusal}`.
pub fn read_json(bytes: &[u8]) -> String {
    let v = match shindan_scs::read(bytes) {
        Ok(wb) => serde_json::json!({ "ok": Read::from_scs(&wb) }),
        Err(e) => serde_json::json!({ "refused": Refusal::of(&e) }),
    };
    v.to_string()
}

/// The answers (`shindan_core::scs::Answers` as JSON) written into the file's answer columns:
/// the new file's bytes, or the refusal as JSON. Every criterion of the file gets our answer
/// (or a blank), so the copy holds exactly the answers kept in the app.
pub fn export_file(bytes: &[u8], answers_json: &str) -> Result<Vec<u8>, String> {
    let refused = |code: &str, ja: String, en: String| {
        serde_json::json!({ "code": code, "ja": ja, "en": en }).to_string()
    };
    let answers: Answers = serde_json::from_str(answers_json).map_err(|e| {
        refused(
            "answers",
            format!("回答を読めませんでした（{e}）。"),
            format!("The answers could not be read ({e})."),
        )
    })?;
    let wb = shindan_scs::read(bytes)
        .map_err(|e| serde_json::to_string(&Refusal::of(&e)).unwrap_or_default())?;
    let read = Read::from_scs(&wb);
    shindan_scs::export(bytes, &export_answers(&read.workbook, &answers))
        .map_err(|e| refused(e.code(), e.ja(), e.en()))
}

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    /// `read_json` for the message loop.
    #[wasm_bindgen(js_name = readWorkbook)]
    pub fn read_workbook(bytes: &[u8]) -> String {
        super::read_json(bytes)
    }

    /// `export_file` for the message loop: throws the refusal's JSON.
    #[wasm_bindgen(js_name = exportWorkbook)]
    pub fn export_workbook(bytes: &[u8], answers_json: &str) -> Result<Vec<u8>, String> {
        super::export_file(bytes, answers_json)
    }
}

fn main() {}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const BLANK: &[u8] = include_bytes!("../../scs/tests/fixtures/synthetic.xlsx");

    #[test]
    fn reads_exports_and_refuses_in_json() {
        let v: serde_json::Value = serde_json::from_str(&read_json(BLANK)).unwrap();
        let read: Read = serde_json::from_value(v["ok"].clone()).unwrap();
        assert_eq!(read.workbook.criteria.len(), 153);
        let v: serde_json::Value = serde_json::from_str(&read_json(b"nope")).unwrap();
        let r: Refusal = serde_json::from_value(v["refused"].clone()).unwrap();
        assert_eq!(r.code, shindan_scs::read(b"nope").unwrap_err().code());

        let out = export_file(BLANK, r#"{"1-2-1-1":{"mark":"met","note":"=1+1"}}"#).unwrap();
        let back = Read::from_scs(&shindan_scs::read(&out).unwrap());
        assert_eq!(back.answers.len(), 1);
        assert_eq!(back.answers["1-2-1-1"].note, "=1+1");
        let e = export_file(b"nope", "{}").unwrap_err();
        let r: Refusal = serde_json::from_str(&e).unwrap();
        assert!(!r.en.is_empty());
        assert!(export_file(BLANK, "[").unwrap_err().contains("answers"));
    }
}

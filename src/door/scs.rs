//! EDGE: the SCS pages' I/O — the SCS worker that reads the user's workbook and writes the
//! answers into it (`crates/scs-worker`, through `src/web/scs.js`), the answered copy's
//! download, and the SCS assessment's storage (the generic kept-value functions of
//! [`super::storage`], under `shindan.v1.scs`).
//!
//! The file's bytes go from the browser's `File` to the worker without entering this wasm;
//! what comes back is the workbook as the core keeps it (JSON), and the answered copy's bytes
//! as a JS buffer that only [`save`] touches.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use shindan_core::scs::{answers_json, parse_refusal, parse_reply, Answers, Read, Refusal};
use shindan_core::storage::report::{KeptLoad, KeptOutcome};
use shindan_core::storage::scs::ScsFile;

#[wasm_bindgen(module = "/src/web/scs.js")]
extern "C" {
    #[wasm_bindgen(js_name = scsCall)]
    fn scs_call(op: &str, file: &web_sys::File, answers: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = scsSave, catch)]
    fn scs_save(name: &str, bytes: &JsValue) -> Result<(), JsValue>;
}

/// The SCS assessment as stored (newer → read-only, unreadable → quarantined).
pub fn load() -> KeptLoad<ScsFile> {
    super::storage::load_kept::<ScsFile>()
}

/// Writes `value` over `base` (what this tab last read or wrote).
pub fn save_over(value: &ScsFile, base: &ScsFile) -> KeptOutcome<ScsFile> {
    super::storage::save_kept_over(value, base)
}

/// Whether localStorage takes writes now.
pub fn available() -> bool {
    super::storage::available()
}

/// The key of the storage value, for the other tabs' changes.
pub const KEY: &str = shindan_core::storage::scs::KEY;

async fn call(op: &str, file: &web_sys::File, answers: &str) -> Result<JsValue, String> {
    JsFuture::from(scs_call(op, file, answers))
        .await
        .map_err(|e| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| format!("{e:?}"))
        })
}

fn field(v: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Reads `file` in the worker. `Err`: the worker could not be started or failed.
pub async fn read(file: &web_sys::File) -> Result<Result<Read, Refusal>, String> {
    let reply = call("read", file, "").await?;
    let json = field(&reply, "json").as_string().unwrap_or_default();
    Ok(parse_reply(&json))
}

/// An export's outcome: the chosen copy as read (to check its official text) and the answered
/// copy's bytes, or why it could not be written.
pub struct Exported {
    pub read: Result<Read, Refusal>,
    pub bytes: Result<JsValue, Refusal>,
}

/// Writes `answers` into `file` in the worker.
pub async fn export(file: &web_sys::File, answers: &Answers) -> Result<Exported, String> {
    let reply = call("export", file, &answers_json(answers)).await?;
    let read = parse_reply(&field(&reply, "json").as_string().unwrap_or_default());
    let bytes = field(&reply, "bytes");
    let bytes = if bytes.is_undefined() {
        Err(parse_refusal(
            &field(&reply, "refused").as_string().unwrap_or_default(),
        ))
    } else {
        Ok(bytes)
    };
    Ok(Exported { read, bytes })
}

/// Offers the answered copy as the download `name`.
pub fn save(name: &str, bytes: &JsValue) -> Result<(), String> {
    scs_save(name, bytes).map_err(|e| format!("{e:?}"))
}

/// The event "delete all my data" sends (`storage::clear_all`).
pub const CLEARED_EVENT: &str = super::storage::CLEARED_EVENT;

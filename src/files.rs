//! EDGE: files in and out of the browser, and the clipboard — a download made from text (Blob +
//! object URL + a temporary `<a download>`), reading a picked file as text, copying a link.
//!
//! The CSP (`index.html`) has no directive that governs a download link's navigation, so
//! `blob:` downloads need no CSP change; the object URL is revoked right after the click.
//!
//! Every download the app offers goes through [`Downloader::save`] (from [`use_download`]), which
//! confirms it in the one polite live region of the shell (`components::export_notice`):
//! 「バックアップを書き出しました（ファイル名）」.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file named `filename`.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let err = |e: JsValue| format!("{e:?}");
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let a = document
        .create_element("a")
        .map_err(err)?
        .dyn_into::<web_sys::HtmlElement>()
        .map_err(|_| "not an element".to_string())?;
    a.set_attribute("href", &url).map_err(err)?;
    a.set_attribute("download", filename).map_err(err)?;
    a.set_attribute("hidden", "").map_err(err)?;
    let body = document.body().ok_or("no body")?;
    body.append_child(&a).map_err(err)?;
    a.click();
    a.remove();
    // Revoke after the click has been handled.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1_000);
    Ok(())
}

/// Today's date as `YYYY-MM-DD` (UTC), for file names.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// Puts `text` on the clipboard; `done` learns whether the browser took it (it may refuse
/// without a user gesture or permission). The one clipboard path (share, request and response
/// links).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Reads `file` as UTF-8 text; `done` gets the text or an error message.
pub fn read_text(file: &web_sys::File, done: impl FnOnce(Result<String, String>) + 'static) {
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let (d1, d2) = (done.clone(), done);
    let ok = Closure::once(move |v: JsValue| {
        if let Some(f) = d1.borrow_mut().take() {
            f(v.as_string().ok_or_else(|| "not text".to_string()));
        }
    });
    let fail = Closure::once(move |e: JsValue| {
        if let Some(f) = d2.borrow_mut().take() {
            f(Err(format!("{e:?}")));
        }
    });
    let _ = file.text().then2(&ok, &fail);
    ok.forget();
    fail.forget();
}

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::store::{now, AssessmentsHandle};
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::storage::backup::Backup;
use crate::storage::record::{Record, RecordId};
use crate::supply::{Register, ResponderId};

/// The stored records `ids` names (all changed ones when `None`), newest first.
fn chosen<'a>(h: &'a AssessmentsHandle, ids: Option<&[RecordId]>) -> Vec<&'a Record> {
    h.library
        .list("")
        .into_iter()
        .filter(|r| match ids {
            Some(ids) => ids.contains(&r.id),
            None => r.revision > 0,
        })
        .collect()
}

/// What a download holds, for its confirmation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Backup,
    AnswersCsv,
    ComparisonCsv,
    PlanCsv,
    IncidentsJson,
    IncidentsCsv,
    PartnersCsv,
    Unreadable,
    /// A partner's sealed response link, as a `.txt` file (`pages::ask`).
    ResponseLink,
}

impl Export {
    fn msg(self) -> Msg {
        match self {
            Export::Backup => Msg::ExportedBackup,
            Export::AnswersCsv => Msg::ExportedAnswersCsv,
            Export::ComparisonCsv => Msg::ExportedComparisonCsv,
            Export::PlanCsv => Msg::ExportedPlanCsv,
            Export::IncidentsJson => Msg::ExportedIncidentsJson,
            Export::IncidentsCsv => Msg::ExportedIncidentsCsv,
            Export::PartnersCsv => Msg::ExportedPartnersCsv,
            Export::Unreadable => Msg::ExportedUnreadable,
            Export::ResponseLink => Msg::ExportedResponseLink,
        }
    }

    /// 「バックアップを書き出しました（shindan-backup-2026-01-31.json）」.
    pub fn confirmation(self, lang: Lang, filename: &str) -> String {
        let done = t(lang, self.msg());
        match lang {
            Lang::Ja => format!("{done}（{filename}）"),
            Lang::En => format!("{done} ({filename})"),
        }
    }
}

/// The shell's export message: its text and a count, so the same text twice is announced
/// twice. An empty text is no message.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notice {
    pub seq: u32,
    pub text: Rc<str>,
}

impl Reducible for Notice {
    /// The new text (empty: dismiss).
    type Action = Rc<str>;
    fn reduce(self: Rc<Self>, text: Rc<str>) -> Rc<Self> {
        Rc::new(Notice {
            seq: self.seq.wrapping_add(1),
            text,
        })
    }
}

/// The context the shell provides: sets the export message.
pub type NoticeDispatch = UseReducerDispatcher<Notice>;

/// Offers files and confirms each in the shell's live region.
#[derive(Clone, PartialEq)]
pub struct Downloader {
    pub lang: Lang,
    notify: Option<NoticeDispatch>,
}

impl Downloader {
    /// [`download`], then the confirmation naming the file.
    pub fn save(&self, what: Export, filename: &str, mime: &str, text: &str) -> Result<(), String> {
        download(filename, mime, text)?;
        if let Some(n) = &self.notify {
            n.dispatch(what.confirmation(self.lang, filename).into());
        }
        Ok(())
    }
}

/// Facade hook: a [`Downloader`] in the current language.
#[hook]
pub fn use_download() -> Downloader {
    let lang = crate::hooks::use_app().lang;
    let notify = use_context::<NoticeDispatch>();
    Downloader { lang, notify }
}

/// What the backup of everything holds besides the assessments: the supply-chain register
/// (the requests' private keys among it) and this browser's responder id.
#[derive(Clone, Copy)]
pub struct SupplyPart<'a> {
    pub register: &'a Register,
    pub responder: Option<ResponderId>,
}

/// Downloads a backup file of `ids` (all when `None`) and notes the export. `supply` goes in
/// the backup of everything only: a file of one assessment is often handed on, and the
/// request keys must not travel with it.
pub fn export_backup(
    h: &AssessmentsHandle,
    ids: Option<&[RecordId]>,
    supply: Option<SupplyPart<'_>>,
    d: &Downloader,
) -> Result<(), String> {
    let records = chosen(h, ids);
    let mut backup = Backup::new(records.iter().copied(), now(), env!("CARGO_PKG_VERSION"));
    if let (None, Some(s)) = (ids, supply) {
        backup = backup.with_supply(s.register, s.responder);
    }
    // Named after what it holds: one assessment by its organisation and date.
    let name = match (ids, records.first()) {
        (Some([_]), Some(r)) => crate::assessment::file_name("", &r.assessment, &today(), "json"),
        _ => crate::format::file_name("backup", "", &today(), "json"),
    };
    d.save(Export::Backup, &name, "application/json", &backup.to_json())?;
    h.exported(records.iter().map(|r| r.id.clone()).collect());
    Ok(())
}

/// Downloads the answers of `ids` (all when `None`) as CSV (UTF-8 with BOM).
pub fn export_csv(
    h: &AssessmentsHandle,
    ids: Option<&[RecordId]>,
    d: &Downloader,
) -> Result<(), String> {
    let records = chosen(h, ids);
    let text = crate::storage::csv::export(crate::model::model(), records.iter().copied(), d.lang);
    let name = match (ids, records.first()) {
        (Some([_]), Some(r)) => crate::assessment::file_name("", &r.assessment, &today(), "csv"),
        _ => crate::format::file_name("answers", "", &today(), "csv"),
    };
    d.save(Export::AnswersCsv, &name, "text/csv;charset=utf-8", &text)
}

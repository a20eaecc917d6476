//! `#/partners` (取引先・グループ): the requester's side of the supply-chain view.
//!
//! The page opens with the answer — a one-page summary of the whole supply chain (statuses,
//! the spread of totals, ★/★★ readiness, the measures weakest across partners, who needs
//! chasing), which is also what printing the page prints — then: make a request link (reason
//! first; a fresh ECDH key per request, kept in the store), the requests made, import
//! partners' response links or files in bulk (opened through WebCrypto at the edge, then
//! applied by the store's pure import rules), the overview of every partner (filter, sort,
//! search, CSV; a partner's details, type, tier and history; the heat map partners × items),
//! and the SCS helper, which says which level of METI's scheme to ask for.
//!
//! Everything a partner sent is untrusted text: it is rendered as text nodes only.

mod charts;
mod detail;
mod import;
mod overview;
mod request;
mod scs;
mod summary;

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::hooks::store::{now, use_supply, Same};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::model;
use shindan_core::supply::{
    overview as rows_of, requesters, Clock, OverviewRow, PartnerKind, Status,
};

/// The overview rows of one register version, compared by identity: the page computes them
/// once and every section shares them (1,000 rows compared field by field on each render
/// would cost more than the rows themselves).
#[derive(Clone)]
pub(crate) struct Rows(pub Rc<Vec<OverviewRow>>);

impl PartialEq for Rows {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The value of the input, text area or select an event came from.
pub(crate) fn input_value(e: &Event) -> String {
    use wasm_bindgen::JsCast;
    let t = e.target();
    if let Some(i) = t
        .clone()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    {
        return i.value();
    }
    if let Some(a) = t
        .clone()
        .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
    {
        return a.value();
    }
    t.and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

/// The minutes to add to UTC for local time (JavaScript's offset has the other sign).
pub(crate) fn local_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Now, as the statuses are judged.
pub(crate) fn clock() -> Clock {
    Clock {
        now_ms: now(),
        offset_minutes: local_offset_minutes(),
    }
}

pub(crate) fn status_text(lang: Lang, s: Status) -> &'static str {
    shindan_core::supply::partners_csv::status_label(lang, s)
}

pub(crate) fn kind_text(lang: Lang, k: Option<PartnerKind>) -> &'static str {
    shindan_core::supply::partners_csv::kind_label(lang, k)
}

/// The type and tier as one short text ("委託先・2次").
pub(crate) fn kind_tier_text(lang: Lang, k: Option<PartnerKind>, tier: Option<u8>) -> String {
    match tier {
        Some(n) => format!(
            "{}{}",
            kind_text(lang, k),
            shindan_core::i18n::tn(lang, Msg::PartnersTierN, n)
        ),
        None => kind_text(lang, k).to_owned(),
    }
}

/// The IPA band's 現在の状況 (verbatim) of a band id.
pub(crate) fn band_text(lang: Lang, band: Option<&shindan_core::model::Id>) -> String {
    shindan_core::supply::partners_csv::band_label(model(), lang, band)
}

/// `#/partners`.
#[component]
pub fn PartnersPage() -> Html {
    let lang = use_lang();
    let sup = use_supply();
    // Rows once per register version: the summary, the table and the heat map share them.
    let rows = use_memo(Same(sup.supply.clone()), |s| {
        rows_of(model(), &s.0.value, clock())
    });
    let rows = Rows(rows);
    let requester: AttrValue = requesters(&sup.supply.value).join(" / ").into();
    html! {
        <div class="partners-page">
            <h1>{ t(lang, Msg::PartnersTitle) }</h1>
            <p class="no-print">{ t(lang, Msg::PartnersIntro) }</p>
            if sup.supply.read_only {
                <p class="warn" role="alert">{ t(lang, Msg::PartnersReadOnly) }</p>
            }
            if let Some(e) = &sup.supply.save_error {
                <p class="warn" role="alert">{ format!("{} ({e})", t(lang, Msg::SaveFailed)) }</p>
            }
            <summary::Summary rows={rows.clone()} {requester} />
            <request::RequestForm supply={sup.clone()} />
            <request::Requests supply={sup.clone()} />
            <import::ImportBox supply={sup.clone()} />
            <overview::Overview supply={sup.clone()} rows={rows} />
            <scs::ScsHelper />
        </div>
    }
}

//! PURE: the partners CSV — the overview as a spreadsheet in the user's language: headers and
//! values are the words the page shows (statuses, types, bands, ★ readiness, the official
//! 指示 labels, the self-diagnosis items by number and label), never internal codes, and
//! every field the request holds (who asked, the contact, why, what, the due date, the
//! message, when it was made and whom it went to). UTF-8 with BOM, CRLF, RFC 4180 quoting via
//! `crate::csv`.

use std::collections::HashMap;

use crate::assessment::WeakItem;
use crate::csv::{line, BOM};
use crate::i18n::{t, tn, Msg};
use crate::lang::Lang;
use crate::model::{Id, Model};

use super::overview::{OverviewRow, RowKey, Status};
use super::register::{Register, RequestEntry};
use super::scs::{met_of, ScsReply};
use super::types::{Day, PartnerKind, RequestId, Scope};

/// The file name of the partners CSV: it holds the supply-chain register, as of `day`.
pub fn partners_csv_name(day: &str) -> String {
    format!("shindan-partners-{day}.csv")
}

/// A status in words.
pub fn status_label(lang: Lang, s: Status) -> &'static str {
    t(
        lang,
        match s {
            Status::Requested => Msg::PartnersStatusRequested,
            Status::Overdue => Msg::PartnersStatusOverdue,
            Status::Received => Msg::PartnersStatusReceived,
            Status::Stale => Msg::PartnersStatusStale,
        },
    )
}

/// A partner type in words ("未設定" when not set).
pub fn kind_label(lang: Lang, k: Option<PartnerKind>) -> &'static str {
    t(
        lang,
        match k {
            Some(PartnerKind::Subsidiary) => Msg::PartnersKindSubsidiary,
            Some(PartnerKind::Contractor) => Msg::PartnersKindContractor,
            Some(PartnerKind::Supplier) => Msg::PartnersKindSupplier,
            None => Msg::PartnersKindUnset,
        },
    )
}

/// What a request asks for, in words.
pub fn scope_label(lang: Lang, s: Scope) -> &'static str {
    t(
        lang,
        match s {
            Scope::Sme => Msg::PartnersScopeSme,
            Scope::Executive => Msg::PartnersScopeExec,
            Scope::Both => Msg::PartnersScopeBoth,
        },
    )
}

/// The IPA band's 現在の状況 (verbatim) of a band id (empty when none).
pub fn band_label(model: &Model, lang: Lang, band: Option<&Id>) -> String {
    band.and_then(|id| model.sme.self_check.bands.iter().find(|b| &b.id == id))
        .map(|b| b.status.get(lang).to_string())
        .unwrap_or_default()
}

/// Weakest items as "No.4 label" each, joined: the official item number and Shindan's short
/// label, unmarked (the CSV's header says whose the labels are; the page marks them).
pub fn weakest_label(model: &Model, lang: Lang, weakest: &[WeakItem]) -> String {
    let items = &model.sme.self_check.items;
    weakest
        .iter()
        .map(|w| match items.iter().find(|i| i.id == w.item) {
            Some(i) => format!("No.{} {}", w.number, i.label.unmarked(lang)),
            None => format!("No.{}", w.number),
        })
        .collect::<Vec<_>>()
        .join(match lang {
            Lang::Ja => "、",
            Lang::En => "; ",
        })
}

/// Prefixes `'` to text a spreadsheet would read as a formula (untrusted names and texts).
fn defuse(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

/// The partners CSV of `rows` (in their order), the request fields looked up in `reg`, dates
/// in the user's calendar (`offset_minutes` east of UTC).
pub fn overview_csv(
    model: &Model,
    reg: &Register,
    rows: &[OverviewRow],
    lang: Lang,
    offset_minutes: i32,
) -> String {
    let entries: HashMap<RequestId, &RequestEntry> =
        reg.requests.iter().map(|e| (e.request.id, e)).collect();
    let directions = model.directions();
    let mut out = String::new();
    out.push(BOM);
    let mut head: Vec<String> = [
        Msg::PartnersColName,
        Msg::PartnersSentToLabel,
        Msg::PartnersColKind,
        Msg::PartnersCsvTier,
        Msg::PartnersColStatus,
        Msg::PartnersCsvEncryption,
        Msg::PartnersMadeOn,
        Msg::PartnersDueLabel,
        Msg::AskOrganisation,
        Msg::AskContact,
        Msg::AskReason,
        Msg::PartnersScope,
        Msg::AskMessage,
        Msg::PartnersColWhen,
        Msg::PartnersColTotal,
        Msg::PartnersCsvComplete,
        Msg::PartnersColBand,
        Msg::AskStarOne,
        Msg::AskStarTwo,
    ]
    .iter()
    .map(|m| t(lang, *m).to_owned())
    .collect();
    head.extend(directions.iter().map(|d| d.label.get(lang).to_owned()));
    head.push(t(lang, Msg::PartnersCsvWeakHead).to_owned());
    head.extend(
        [
            Msg::PartnersCsvScsAsked,
            Msg::PartnersCsvScsStar3,
            Msg::PartnersCsvScsStar4,
            Msg::PartnersCsvScsEdition,
        ]
        .iter()
        .map(|m| t(lang, *m).to_owned()),
    );
    out.push_str(&line(&head));
    let yes_no = |b: bool| {
        t(
            lang,
            if b {
                Msg::PartnersCsvYes
            } else {
                Msg::PartnersCsvNo
            },
        )
        .to_owned()
    };
    let ready = |b: bool| {
        t(
            lang,
            if b {
                Msg::PartnersStarReady
            } else {
                Msg::PartnersStarNotReady
            },
        )
        .to_owned()
    };
    let day = |ms: u64| Day::of_time(ms, offset_minutes).to_string();
    for r in rows {
        let has_result = matches!(r.key, RowKey::Partner(_));
        let req = r.request.and_then(|id| entries.get(&id).copied());
        let text = |f: fn(&RequestEntry) -> &str| req.map(|e| defuse(f(e))).unwrap_or_default();
        let mut f = vec![
            defuse(&r.name),
            defuse(&r.sent_to),
            kind_label(lang, r.kind).to_owned(),
            r.tier
                .map(|n| tn(lang, Msg::PartnersTierOption, n))
                .unwrap_or_default(),
            status_label(lang, r.status).to_owned(),
            if has_result {
                t(
                    lang,
                    if r.e2e {
                        Msg::PartnersE2e
                    } else {
                        Msg::PartnersNotE2e
                    },
                )
                .to_owned()
            } else {
                String::new()
            },
            r.requested_ms.map(day).unwrap_or_default(),
            r.due.map(|d| d.to_string()).unwrap_or_default(),
            text(|e| &e.request.organisation),
            text(|e| &e.request.contact),
            text(|e| &e.request.reason),
            r.scope
                .map(|s| scope_label(lang, s).to_owned())
                .unwrap_or_default(),
            text(|e| &e.request.message),
            r.when_ms.map(day).unwrap_or_default(),
            r.sme_total.map(|v| v.to_string()).unwrap_or_default(),
            if has_result {
                yes_no(r.sme_complete)
            } else {
                String::new()
            },
            band_label(model, lang, r.band.as_ref()),
            if has_result {
                ready(r.star_one)
            } else {
                String::new()
            },
            if has_result {
                ready(r.star_two)
            } else {
                String::new()
            },
        ];
        for i in 0..directions.len() {
            f.push(
                r.directions
                    .as_ref()
                    .and_then(|d| d.get(i).copied().flatten())
                    .map(|p| format!("{p:.0}%"))
                    .unwrap_or_default(),
            );
        }
        f.push(weakest_label(model, lang, &r.weakest));
        f.extend(scs_cells(lang, r));
        out.push_str(&line(&f));
    }
    out
}

/// The SCS columns: the level asked, ★3 met / all (or "not assessed"), ★4's additions met / all,
/// the workbook edition; empty where nothing was asked or received.
fn scs_cells(lang: Lang, r: &OverviewRow) -> [String; 4] {
    let asked = r
        .scs_asked
        .map(|l| format!("★{}", l.stars()))
        .unwrap_or_default();
    match &r.scs {
        None => [asked, String::new(), String::new(), String::new()],
        Some(ScsReply::NotAssessed) => [
            asked,
            t(lang, Msg::ScsNotAssessed).to_owned(),
            String::new(),
            String::new(),
        ],
        Some(ScsReply::Assessed(s)) => {
            let pair = |(m, n): (usize, usize)| format!("{m}/{n}");
            [
                asked,
                pair(s.star3_met()),
                if s.star4.is_empty() {
                    String::new()
                } else {
                    pair(met_of(&s.star4))
                },
                if s.synthetic {
                    format!("{} ({})", s.edition, t(lang, Msg::ScsSynthetic))
                } else {
                    s.edition.clone()
                },
            ]
        }
    }
}

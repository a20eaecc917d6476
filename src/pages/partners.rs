//! `#/partners` (取引先・グループ): the requester's side of the supply-chain view (issue 17) —
//! make a request link (reason first; a fresh ECDH key per request, kept in the store), import
//! partners' response links in bulk (opened through WebCrypto at the edge, then applied by the
//! store's pure import rules), and the overview of every partner, with CSV. The SCS helper
//! says which level of METI's scheme to ask for, from its three questions.
//!
//! Everything a partner sent is untrusted text: it is rendered as text nodes only.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::use_app;
use crate::components::said::own_mark;
use crate::files::{use_download, Export};
use crate::hooks::store::{now, use_supply, Same, SupplyHandle};
use crate::i18n::{t, tn, Msg};
use crate::lang::Lang;
use crate::model::model;
use crate::store::SupplyAction;
use crate::supply::{
    clean_text, encode_request, overview, overview_csv, query, request_fragment, scs_level, Clock,
    Day, LineReport, Outcome, OverviewRow, PartnerKind, Query, Request, RequestEntry, RequestId,
    Scope, ScsLevel, ScsQuestions, SortKey, Status, SupplyError,
};
use crate::supply_crypto::{generate_request_key, open_all, random_bytes};

fn input_value(e: &Event) -> String {
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

/// The address of this app without its fragment, so a link works wherever it is hosted.
fn app_base() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.find('#') {
        Some(i) => href[..i].to_string(),
        None => href,
    }
}

/// The minutes to add to UTC for local time (JavaScript's offset has the other sign).
fn local_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// What a partner-facing error means, in the user's language.
pub fn supply_error_text(lang: Lang, e: &SupplyError) -> String {
    let msg = match e {
        SupplyError::Empty => Msg::PartnersErrEmpty,
        SupplyError::NotALink => Msg::PartnersErrNotALink,
        SupplyError::WrongKind => Msg::PartnersErrWrongKind,
        SupplyError::TooLong { .. }
        | SupplyError::NotBase64
        | SupplyError::Truncated
        | SupplyError::Checksum
        | SupplyError::Malformed(_)
        | SupplyError::InvalidKey
        | SupplyError::InvalidScope(_)
        | SupplyError::InvalidDate => Msg::PartnersErrDamaged,
        SupplyError::NewerVersion(_) => Msg::PartnersErrNewer,
        SupplyError::UnknownRequest => Msg::PartnersErrUnknownRequest,
        SupplyError::CannotOpen => Msg::PartnersErrCannotOpen,
        SupplyError::PassphraseLink => Msg::PartnersErrPassphrase,
        _ => return format!("{} ({e})", t(lang, Msg::PartnersErrOther)),
    };
    t(lang, msg).to_string()
}

fn status_text(lang: Lang, s: Status) -> &'static str {
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

fn kind_text(lang: Lang, k: Option<PartnerKind>) -> &'static str {
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

// ------------------------------------------------------------------ the request form

#[derive(Clone, Default, PartialEq)]
struct Draft {
    organisation: String,
    contact: String,
    reason: String,
    scope: Option<Scope>,
    due: String,
    message: String,
    sent_to: String,
}

#[derive(Clone, PartialEq)]
enum Making {
    Idle,
    Busy,
    Done(String),
    Invalid(String),
    Failed,
}

#[derive(Properties, PartialEq)]
struct RequestFormProps {
    supply: SupplyHandle,
}

#[component]
fn RequestForm(props: &RequestFormProps) -> Html {
    let lang = use_app().lang;
    let draft = use_state(Draft::default);
    let making = use_state(|| Making::Idle);
    let copied = use_state(|| None::<bool>);
    let field = |f: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let mut d = (*draft).clone();
            f(&mut d, input_value(&e));
            draft.set(d);
        })
    };
    let on_submit = {
        let draft = draft.clone();
        let making = making.clone();
        let copied = copied.clone();
        let sup = props.supply.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *making == Making::Busy {
                return;
            }
            let d = (*draft).clone();
            let making = making.clone();
            let sup = sup.clone();
            copied.set(None);
            making.set(Making::Busy);
            wasm_bindgen_futures::spawn_local(async move {
                let (Ok(keys), Ok(id)) = (generate_request_key().await, random_bytes::<16>())
                else {
                    making.set(Making::Failed);
                    return;
                };
                let request = Request {
                    id: RequestId(id),
                    requester_key: keys.public,
                    scope: d.scope.unwrap_or(Scope::Sme),
                    due: Day::parse(&d.due),
                    organisation: clean_text(&d.organisation, false),
                    contact: clean_text(&d.contact, false),
                    reason: clean_text(&d.reason, true),
                    message: clean_text(&d.message, true),
                };
                let payload = match request.validate().and_then(|()| encode_request(&request)) {
                    Ok(p) => p,
                    Err(e) => {
                        making.set(Making::Invalid(supply_error_text(lang, &e)));
                        return;
                    }
                };
                sup.send(SupplyAction::AddRequest(Box::new(RequestEntry {
                    request,
                    private_key: keys.private_jwk,
                    created_ms: now(),
                    deleted: false,
                    sent_to: clean_text(&d.sent_to, false),
                    kind: None,
                    tier: None,
                })));
                making.set(Making::Done(format!(
                    "{}{}",
                    app_base(),
                    request_fragment(&payload)
                )));
            });
        })
    };
    let on_copy = {
        let copied = copied.clone();
        let making = making.clone();
        Callback::from(move |_: MouseEvent| {
            let Making::Done(link) = &*making else { return };
            let copied = copied.clone();
            crate::files::copy_text(link, move |ok| copied.set(Some(ok)));
        })
    };
    let scope = draft.scope.unwrap_or(Scope::Sme);
    let scope_radio = |s: Scope, msg: Msg, id: &'static str| {
        let draft = draft.clone();
        let onchange = Callback::from(move |_: Event| {
            let mut d = (*draft).clone();
            d.scope = Some(s);
            draft.set(d);
        });
        html! {
            <label class="choice" for={id}>
                <input type="radio" {id} name="req-scope" checked={scope == s} {onchange} />
                { t(lang, msg) }
            </label>
        }
    };
    html! {
        <section class="partners-request" aria-labelledby="req-title">
            <h2 id="req-title">{ t(lang, Msg::PartnersNewRequest) }</h2>
            <form onsubmit={on_submit} novalidate=true>
                <p>
                    <label for="req-reason">{ t(lang, Msg::PartnersReason) }</label>
                    <textarea id="req-reason" required=true rows="3" maxlength="500"
                        aria-describedby="req-reason-why"
                        value={draft.reason.clone()} onchange={field(|d, v| d.reason = v)} />
                    <span class="hint" id="req-reason-why">{ own_mark(lang) }{ " " }{ t(lang, Msg::PartnersReasonWhy) }</span>
                </p>
                <p>
                    <label for="req-org">{ t(lang, Msg::PartnersOrg) }</label>
                    <input id="req-org" type="text" required=true maxlength="100"
                        value={draft.organisation.clone()} onchange={field(|d, v| d.organisation = v)} />
                </p>
                <p>
                    <label for="req-contact">{ t(lang, Msg::PartnersContact) }</label>
                    <input id="req-contact" type="text" maxlength="200"
                        value={draft.contact.clone()} onchange={field(|d, v| d.contact = v)} />
                </p>
                <fieldset>
                    <legend>{ t(lang, Msg::PartnersScope) }</legend>
                    { scope_radio(Scope::Sme, Msg::PartnersScopeSme, "req-scope-sme") }
                    { scope_radio(Scope::Executive, Msg::PartnersScopeExec, "req-scope-exec") }
                    { scope_radio(Scope::Both, Msg::PartnersScopeBoth, "req-scope-both") }
                </fieldset>
                <p>
                    <label for="req-due">{ t(lang, Msg::PartnersDue) }</label>
                    <input id="req-due" type="date" value={draft.due.clone()} onchange={field(|d, v| d.due = v)} />
                </p>
                <p>
                    <label for="req-message">{ t(lang, Msg::PartnersMessage) }</label>
                    <textarea id="req-message" rows="3" maxlength="1000"
                        value={draft.message.clone()} onchange={field(|d, v| d.message = v)} />
                </p>
                <p>
                    <label for="req-sent-to">{ t(lang, Msg::PartnersSentTo) }</label>
                    <input id="req-sent-to" type="text" maxlength="100"
                        value={draft.sent_to.clone()} onchange={field(|d, v| d.sent_to = v)} />
                </p>
                <p class="note">{ t(lang, Msg::PartnersKeyWarning) }</p>
                <button type="submit" id="req-make" disabled={*making == Making::Busy}>{ t(lang, Msg::PartnersMake) }</button>
            </form>
            <div role="status" aria-live="polite" id="req-state">
                { match &*making {
                    Making::Idle => html! {},
                    Making::Busy => html! { <p>{ t(lang, Msg::PartnersMaking) }</p> },
                    Making::Failed => html! { <p class="warn">{ t(lang, Msg::PartnersKeyFailed) }</p> },
                    Making::Invalid(why) => html! { <p class="warn">{ format!("{}: {why}", t(lang, Msg::PartnersValidation)) }</p> },
                    Making::Done(link) => html! {
                        <div class="request-made">
                            <p>{ t(lang, Msg::PartnersMade) }</p>
                            <p><code class="share-link" data-testid="request-link">{ link.clone() }</code></p>
                            <button type="button" class="secondary" onclick={on_copy}>{ t(lang, Msg::PartnersCopy) }</button>
                            { match *copied {
                                Some(true) => html! { <span>{ " " }{ t(lang, Msg::PartnersCopied) }</span> },
                                Some(false) => html! { <span class="warn">{ " " }{ t(lang, Msg::PartnersCopyFailed) }</span> },
                                None => html! {},
                            } }
                        </div>
                    },
                } }
            </div>
        </section>
    }
}

// ------------------------------------------------------------------ requests and import

fn requests_view(lang: Lang, sup: &SupplyHandle) -> Html {
    let reg = &sup.supply.value;
    html! {
        <section aria-labelledby="req-list-title">
            <h2 id="req-list-title">{ t(lang, Msg::PartnersRequests) }</h2>
            if reg.requests.is_empty() {
                <p>{ t(lang, Msg::PartnersNoRequests) }</p>
            } else {
                <ul class="request-list" data-testid="request-list">
                    { for reg.requests.iter().map(|r| {
                        let id = r.request.id;
                        let on_hide = {
                            let sup = sup.clone();
                            Callback::from(move |_: MouseEvent| sup.send(SupplyAction::DeleteRequest(id)))
                        };
                        html! {
                            <li>
                                <strong>{ r.request.organisation.clone() }</strong>
                                if !r.sent_to.is_empty() { { " → " }{ r.sent_to.clone() } }
                                if let Some(d) = r.request.due { { " · " }{ t(lang, Msg::PartnersDue) }{ ": " }{ d.to_string() } }
                                if r.deleted {
                                    { " " }{ t(lang, Msg::PartnersHidden) }
                                } else {
                                    { " " }<button type="button" class="small secondary" onclick={on_hide}>{ t(lang, Msg::PartnersHide) }</button>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

fn report_line(lang: Lang, r: &LineReport) -> Html {
    let what = match &r.result {
        Ok(i) => {
            let mut parts = vec![
                i.organisation.clone(),
                t(
                    lang,
                    match i.outcome {
                        Outcome::NewPartner => Msg::PartnersNewPartner,
                        Outcome::Updated => Msg::PartnersUpdated,
                        Outcome::History => Msg::PartnersHistory,
                        Outcome::AlreadyImported => Msg::PartnersAlready,
                    },
                )
                .to_string(),
            ];
            if !i.e2e {
                parts.push(t(lang, Msg::PartnersNotE2e).to_string());
            }
            if i.request_deleted {
                parts.push(t(lang, Msg::PartnersToDeleted).to_string());
            }
            parts.join(" — ")
        }
        Err(e) => supply_error_text(lang, e),
    };
    html! {
        <li class={classes!(r.result.is_err().then_some("warn"))} data-line={r.line.to_string()}>
            { tn(lang, Msg::PartnersLine, r.line) }{ ": " }{ what }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct ImportBoxProps {
    supply: SupplyHandle,
}

#[component]
fn ImportBox(props: &ImportBoxProps) -> Html {
    let lang = use_app().lang;
    let text = use_state(String::new);
    let busy = use_state(|| false);
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            use wasm_bindgen::JsCast;
            if let Some(a) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                text.set(a.value());
            }
        })
    };
    let on_import = {
        let text = text.clone();
        let busy = busy.clone();
        let sup = props.supply.clone();
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            let pasted = (*text).clone();
            let pending = sup.supply.value.to_open(&pasted);
            let sup = sup.clone();
            let busy = busy.clone();
            let text = text.clone();
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let opened = open_all(pending).await;
                sup.send(SupplyAction::Import {
                    text: pasted,
                    opened,
                });
                text.set(String::new());
                busy.set(false);
            });
        })
    };
    html! {
        <section aria-labelledby="import-title">
            <h2 id="import-title">{ t(lang, Msg::PartnersImport) }</h2>
            <p id="import-help">{ t(lang, Msg::PartnersImportHelp) }</p>
            <textarea id="import-text" rows="6" aria-labelledby="import-title" aria-describedby="import-help"
                value={(*text).clone()} oninput={on_input} />
            <p>
                <button type="button" id="import-go" onclick={on_import} disabled={*busy || text.trim().is_empty()}>
                    { t(lang, if *busy { Msg::PartnersImporting } else { Msg::PartnersImportButton }) }
                </button>
            </p>
            if let Some(report) = &props.supply.report {
                <div role="status" aria-live="polite">
                    <h3>{ t(lang, Msg::PartnersReport) }</h3>
                    <ul class="import-report" data-testid="import-report">
                        { for report.iter().map(|r| report_line(lang, r)) }
                    </ul>
                </div>
            }
        </section>
    }
}

// ------------------------------------------------------------------ the overview

/// Rows in the table at once: at 1,000 partners the whole table took 100–500 ms to build and
/// lay out on every search or sort (README "Performance"). Search, sort and CSV cover every row.
const PAGE_ROWS: usize = 100;

fn row_view(lang: Lang, r: &OverviewRow) -> Html {
    let m = model();
    let band = r
        .band
        .as_ref()
        .and_then(|id| m.sme.self_check.bands.iter().find(|b| &b.id == id))
        .map(|b| b.status.get(lang).to_string())
        .unwrap_or_default();
    let star = |ok: bool| {
        t(
            lang,
            if ok {
                Msg::PartnersStarReady
            } else {
                Msg::PartnersStarNotReady
            },
        )
    };
    let weak = r
        .weakest
        .iter()
        .take(3)
        .map(|w| format!("No.{}", w.number))
        .collect::<Vec<_>>()
        .join(", ");
    let when = r
        .when_ms
        .map(crate::incident::iso_date_utc)
        .unwrap_or_default();
    html! {
        <tr data-partner={r.name.clone()}>
            <th scope="row">{ r.name.clone() }</th>
            <td>{ kind_text(lang, r.kind) }</td>
            <td data-status={r.status.code()}>{ status_text(lang, r.status) }</td>
            <td data-testid="partner-total">{ r.sme_total.map(|v| v.to_string()).unwrap_or_else(|| "—".into()) }</td>
            <td data-band={r.band.as_ref().map(|b| b.to_string())}>{ band }</td>
            <td>{ format!("★ {} / ★★ {}", star(r.star_one), star(r.star_two)) }</td>
            <td>{ when }</td>
            <td>{ weak }</td>
        </tr>
    }
}

#[derive(Properties, PartialEq)]
struct OverviewProps {
    supply: SupplyHandle,
}

#[component]
fn Overview(props: &OverviewProps) -> Html {
    let lang = use_app().lang;
    let search = use_state(String::new);
    let sort = use_state(|| SortKey::Added);
    let page = use_state(|| 0usize);
    let downloader = use_download();
    // Rows once per register version (they are the expensive part, not the filter).
    let rows: Rc<Vec<OverviewRow>> = use_memo(Same(props.supply.supply.clone()), |s| {
        overview(
            model(),
            &s.0.value,
            Clock {
                now_ms: now(),
                offset_minutes: local_offset_minutes(),
            },
        )
    });
    let shown = query(
        &rows,
        &Query {
            search: (*search).clone(),
            sort: *sort,
            ..Query::default()
        },
    );
    // The page: the first after a new search or sort, and never past the last.
    let pages = shown.len().div_ceil(PAGE_ROWS).max(1);
    let current = (*page).min(pages - 1);
    let (from, to) = (
        current * PAGE_ROWS,
        ((current + 1) * PAGE_ROWS).min(shown.len()),
    );
    let go = |to_page: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(to_page))
    };
    let on_search = {
        let search = search.clone();
        let page = page.clone();
        Callback::from(move |e: InputEvent| {
            use wasm_bindgen::JsCast;
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                search.set(i.value());
                page.set(0);
            }
        })
    };
    let on_sort = {
        let sort = sort.clone();
        let page = page.clone();
        Callback::from(move |e: Event| {
            page.set(0);
            sort.set(match input_value(&e).as_str() {
                "name" => SortKey::Name,
                "total" => SortKey::Total,
                "status" => SortKey::Status,
                "when" => SortKey::When,
                _ => SortKey::Added,
            })
        })
    };
    let on_csv = {
        let rows = rows.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = downloader.save(
                Export::PartnersCsv,
                &format!("shindan-partners-{}.csv", crate::files::today()),
                "text/csv;charset=utf-8",
                &overview_csv(&rows, local_offset_minutes()),
            );
        })
    };
    let sort_option = |v: &'static str, msg: Msg, k: SortKey| {
        html! { <option value={v} selected={*sort == k}>{ t(lang, msg) }</option> }
    };
    html! {
        <section aria-labelledby="overview-title">
            <h2 id="overview-title">{ t(lang, Msg::PartnersOverview) }</h2>
            if rows.is_empty() {
                <p>{ t(lang, Msg::PartnersNone) }</p>
            } else {
                <div class="partners-tools no-print">
                    <label for="partners-search">{ t(lang, Msg::PartnersSearch) }</label>
                    <input id="partners-search" type="search" value={(*search).clone()} oninput={on_search} />
                    <label for="partners-sort">{ t(lang, Msg::PartnersSort) }</label>
                    <select id="partners-sort" onchange={on_sort}>
                        { sort_option("added", Msg::PartnersSortAdded, SortKey::Added) }
                        { sort_option("name", Msg::PartnersSortName, SortKey::Name) }
                        { sort_option("total", Msg::PartnersSortTotal, SortKey::Total) }
                        { sort_option("status", Msg::PartnersSortStatus, SortKey::Status) }
                        { sort_option("when", Msg::PartnersSortWhen, SortKey::When) }
                    </select>
                    <button type="button" class="secondary" id="partners-csv" onclick={on_csv}>{ t(lang, Msg::PartnersCsv) }</button>
                </div>
                <div class="table-wrap" role="region" tabindex="0" aria-labelledby="partners-caption">
                    <table class="report-items" data-testid="partners-table">
                        <caption id="partners-caption">{ format!("{} ({} / {})", t(lang, Msg::PartnersOverview), shown.len(), rows.len()) }</caption>
                        <thead><tr>
                            <th scope="col">{ t(lang, Msg::PartnersColName) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColKind) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColStatus) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColTotal) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColBand) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColStars) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColWhen) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColWeak) }</th>
                        </tr></thead>
                        <tbody>
                            { for shown[from..to].iter().filter_map(|&i| rows.get(i)).map(|r| row_view(lang, r)) }
                        </tbody>
                    </table>
                </div>
                if pages > 1 {
                    <nav class="toolbar no-print" aria-label={t(lang, Msg::PartnersPages)}>
                        <button type="button" class="secondary" id="partners-prev" disabled={current == 0}
                            onclick={go(current.saturating_sub(1))}>{ t(lang, Msg::PartnersPrev) }</button>
                        <span id="partners-range" aria-live="polite">
                            { t(lang, Msg::PartnersRange).replace("{from}", &(from + 1).to_string())
                                .replace("{to}", &to.to_string()).replace("{n}", &shown.len().to_string()) }
                        </span>
                        <button type="button" class="secondary" id="partners-next" disabled={current + 1 >= pages}
                            onclick={go(current + 1)}>{ t(lang, Msg::PartnersNext) }</button>
                    </nav>
                }
            }
        </section>
    }
}

// ------------------------------------------------------------------ SCS level helper

#[component]
fn ScsHelper() -> Html {
    let lang = use_app().lang;
    let q = use_state(ScsQuestions::default);
    let check = |id: &'static str,
                 msg: Msg,
                 get: fn(&ScsQuestions) -> bool,
                 set: fn(&mut ScsQuestions, bool)| {
        let q = q.clone();
        let checked = get(&q);
        let onchange = Callback::from(move |_: Event| {
            let mut next = *q;
            set(&mut next, !get(&q));
            q.set(next);
        });
        html! {
            <label class="choice" for={id}>
                <input type="checkbox" {id} {checked} {onchange} />
                { t(lang, msg) }
            </label>
        }
    };
    let level = scs_level(&q);
    html! {
        <section aria-labelledby="scs-title">
            <h2 id="scs-title">{ t(lang, Msg::ScsTitle) }</h2>
            <p>{ own_mark(lang) }{ " " }{ t(lang, Msg::ScsIntro) }</p>
            <fieldset>
                <legend>{ t(lang, Msg::ScsTitle) }</legend>
                { check("scs-q1", Msg::ScsQ1, |q| q.confidential_information, |q, v| q.confidential_information = v) }
                { check("scs-q2", Msg::ScsQ2, |q| q.unacceptable_delay, |q, v| q.unacceptable_delay = v) }
                { check("scs-q3", Msg::ScsQ3, |q| q.internal_access, |q, v| q.internal_access = v) }
            </fieldset>
            <p role="status" data-testid="scs-level" data-level={match level { ScsLevel::Star3 => "3", ScsLevel::Star4 => "4" }}>
                <strong>{ t(lang, match level { ScsLevel::Star3 => Msg::ScsAsk3, ScsLevel::Star4 => Msg::ScsAsk4 }) }</strong>
            </p>
            <p class="note">{ t(lang, Msg::ScsNotEval) }</p>
        </section>
    }
}

/// `#/partners`.
#[component]
pub fn PartnersPage() -> Html {
    let lang = use_app().lang;
    let sup = use_supply();
    html! {
        <div class="partners-page">
            <h1>{ t(lang, Msg::PartnersTitle) }</h1>
            <p>{ t(lang, Msg::PartnersIntro) }</p>
            if sup.supply.read_only {
                <p class="warn" role="alert">{ t(lang, Msg::PartnersReadOnly) }</p>
            }
            if let Some(e) = &sup.supply.save_error {
                <p class="warn" role="alert">{ format!("{} ({e})", t(lang, Msg::SaveFailed)) }</p>
            }
            <RequestForm supply={sup.clone()} />
            { requests_view(lang, &sup) }
            <ImportBox supply={sup.clone()} />
            <Overview supply={sup.clone()} />
            <ScsHelper />
        </div>
    }
}

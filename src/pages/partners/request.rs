//! The request form (reason first; a fresh P-256 key per request) and the list of requests.

use yew::prelude::*;

use super::{input_value, kind_text};
use crate::components::said::own_mark;
use crate::door::files;
use crate::door::supply_crypto::{generate_request_key, random_bytes};
use crate::hooks::download;
use crate::hooks::store::{now, use_assessments, use_partner_side, SupplyHandle};
use crate::hooks::use_lang;
use shindan_core::format;
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::store::SupplyAction;
use shindan_core::supply::{
    clean_text, encode_request, request_fragment, request_link, request_views, Day, PartnerKind,
    Reading, Request, RequestEntry, RequestId, RequestState, RequestView, Scope, MAX_TIER,
};

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

#[derive(Clone, Default, PartialEq)]
struct Draft {
    organisation: String,
    contact: String,
    reason: String,
    scope: Option<Scope>,
    due: String,
    message: String,
    sent_to: String,
    kind: String,
    tier: String,
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
pub(super) struct RequestFormProps {
    pub supply: SupplyHandle,
}

/// The request form.
#[component]
pub(super) fn RequestForm(props: &RequestFormProps) -> Html {
    let lang = use_lang();
    let draft = use_state(Draft::default);
    let making = use_state(|| Making::Idle);
    let copied = use_state(|| None::<bool>);
    let backed_up = use_state(|| None::<bool>);
    let lib = use_assessments();
    let responder = use_partner_side().side.responder;
    let downloader = download::use_download();
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
        let backed_up = backed_up.clone();
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
            backed_up.set(None);
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
                        making.set(Making::Invalid(e.text(Reading::Response, lang)));
                        return;
                    }
                };
                sup.send(SupplyAction::AddRequest(Box::new(RequestEntry {
                    request,
                    private_key: keys.private_jwk,
                    created_ms: now(),
                    deleted: false,
                    sent_to: clean_text(&d.sent_to, false),
                    kind: PartnerKind::from_code(&d.kind),
                    tier: d.tier.parse().ok().filter(|n| (1..=MAX_TIER).contains(n)),
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
            crate::door::files::copy_text(link, move |ok| copied.set(Some(ok)));
        })
    };
    // The new key exists only in this browser until a backup holds it: offer one right away.
    let on_backup = {
        let backed_up = backed_up.clone();
        let register = props.supply.supply.clone();
        Callback::from(move |_: MouseEvent| {
            let part = download::SupplyPart {
                register: &register.value,
                responder,
            };
            backed_up.set(Some(
                download::export_backup(&lib, None, Some(part), &downloader).is_ok(),
            ));
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
                <p>
                    <label for="req-kind">{ t(lang, Msg::PartnersColKind) }</label>
                    <select id="req-kind" onchange={field(|d, v| d.kind = v)}>
                        { kind_options(lang, PartnerKind::from_code(&draft.kind)) }
                    </select>
                    { " " }
                    <label for="req-tier">{ t(lang, Msg::PartnersTier) }</label>
                    <select id="req-tier" onchange={field(|d, v| d.tier = v)}>
                        { tier_options(lang, draft.tier.parse().ok()) }
                    </select>
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
                            <p class="note">{ t(lang, Msg::PartnersBackupNow) }</p>
                            <button type="button" class="secondary" id="req-backup" onclick={on_backup}>{ t(lang, Msg::PartnersBackupButton) }</button>
                            if *backed_up == Some(false) {
                                <span class="warn">{ " " }{ t(lang, Msg::PartnersBackupFailed) }</span>
                            }
                        </div>
                    },
                } }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct RequestsProps {
    pub supply: SupplyHandle,
}

/// How many requests the list shows before "show all".
const REQUESTS_SHOWN: usize = 50;

/// The requests made: whom each went to, when it was made, its due date, its key fingerprint
/// (the one the partner's page shows), the responses received, and its link to copy again.
#[component]
pub(super) fn Requests(props: &RequestsProps) -> Html {
    let lang = use_lang();
    // Which request's link was last copied, and whether the browser took it.
    let copied = use_state(|| None::<(RequestId, bool)>);
    let all = use_state(|| false);
    let sup = &props.supply;
    let reg = &sup.supply.value;
    let views = request_views(reg, super::clock());
    let base = app_base();
    // Newest first; a register of a thousand requests shows the newest [`REQUESTS_SHOWN`]
    // until asked for all (each one is a block of fields and a link).
    let total = views.len();
    let shown = if *all {
        total
    } else {
        total.min(REQUESTS_SHOWN)
    };
    let on_all = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(true))
    };
    html! {
        <section aria-labelledby="req-list-title">
            <h2 id="req-list-title">{ t(lang, Msg::PartnersRequests) }</h2>
            if views.is_empty() {
                <p>{ t(lang, Msg::PartnersNoRequests) }</p>
            } else {
                <p class="note">{ t(lang, Msg::PartnersFingerprintHint) }</p>
                <ul class="request-list" data-testid="request-list">
                    { for views.iter().rev().take(shown).map(|v| request_item(lang, sup, v, &base, &copied)) }
                </ul>
                if shown < total {
                    <p>
                        <button type="button" class="secondary" id="req-list-all" onclick={on_all}>
                            { t(lang, Msg::PartnersReqShowAll).replace("{n}", &total.to_string()) }
                        </button>
                    </p>
                }
            }
        </section>
    }
}

fn request_item(
    lang: Lang,
    sup: &SupplyHandle,
    v: &RequestView<'_>,
    base: &str,
    copied: &UseStateHandle<Option<(RequestId, bool)>>,
) -> Html {
    let r = v.entry;
    let id = r.request.id;
    let hex = id.to_hex();
    let link = request_link(base, r).ok();
    let on_hide = {
        let sup = sup.clone();
        Callback::from(move |_: MouseEvent| sup.send(SupplyAction::DeleteRequest(id)))
    };
    let on_copy = {
        let copied = copied.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(link) = &link else { return };
            let copied = copied.clone();
            files::copy_text(link, move |ok| copied.set(Some((id, ok))));
        })
    };
    let state = match v.state {
        RequestState::Answered => tn(lang, Msg::PartnersReqAnswered, v.responses),
        RequestState::Waiting => t(lang, Msg::PartnersReqWaiting).to_owned(),
        RequestState::Overdue => t(lang, Msg::PartnersReqOverdue).to_owned(),
    };
    let who = if r.sent_to.is_empty() {
        t(lang, Msg::PartnersKindUnset).to_owned()
    } else {
        r.sent_to.clone()
    };
    html! {
        <li key={hex.clone()} data-request={hex} data-state={v.state.code()}>
            <p class="request-head">
                <strong>{ r.request.organisation.clone() }</strong>
                { " → " }<span data-testid="request-sent-to">{ who.clone() }</span>
                if r.deleted {
                    { " " }{ t(lang, Msg::PartnersHidden) }
                }
            </p>
            <dl class="request-fields">
                <dt>{ t(lang, Msg::PartnersMadeOn) }</dt>
                <dd data-testid="request-made">{ format::date(lang, &v.made.to_string()) }</dd>
                <dt>{ t(lang, Msg::PartnersDueLabel) }</dt>
                <dd data-testid="request-due">{ match r.request.due {
                    Some(d) => format::date(lang, &d.to_string()),
                    None => t(lang, Msg::PartnersReqNoDue).to_owned(),
                } }</dd>
                <dt>{ t(lang, Msg::PartnersReqResponses) }</dt>
                <dd data-testid="request-state" class={classes!((v.state == RequestState::Overdue).then_some("warn"))}>{ state }</dd>
                <dt>{ t(lang, Msg::PartnersFingerprint) }</dt>
                <dd><code data-testid="request-fingerprint">{ v.fingerprint.clone() }</code></dd>
                <dt>{ t(lang, Msg::PartnersReqLink) }</dt>
                <dd>
                    if let Some(link) = &link {
                        <code class="share-link" data-testid="request-list-link">{ link.clone() }</code>
                    } else {
                        <span class="warn">{ t(lang, Msg::PartnersReqLinkFailed) }</span>
                    }
                </dd>
            </dl>
            <p class="request-actions">
                if link.is_some() {
                    <button type="button" class="small secondary" data-testid="request-copy" onclick={on_copy}
                        aria-label={format!("{who} {}", t(lang, Msg::PartnersReqCopyLabel))}>{ t(lang, Msg::PartnersCopy) }</button>
                }
                if !r.deleted {
                    { " " }<button type="button" class="small secondary" onclick={on_hide}>{ t(lang, Msg::PartnersHide) }</button>
                }
                <span role="status" data-testid="request-copy-status">{
                    match **copied {
                        Some((c, true)) if c == id => format!(" {}", t(lang, Msg::PartnersCopied)),
                        Some((c, false)) if c == id => format!(" {}", t(lang, Msg::PartnersCopyFailed)),
                        _ => String::new(),
                    }
                }</span>
            </p>
        </li>
    }
}

/// The `<option>`s of a partner-type select ("" = not set).
pub(super) fn kind_options(lang: Lang, current: Option<PartnerKind>) -> Html {
    let opt = |k: Option<PartnerKind>| {
        html! {
            <option value={k.map(|k| k.code()).unwrap_or("")} selected={current == k}>{ kind_text(lang, k) }</option>
        }
    };
    html! {
        <>
            { opt(None) }
            { opt(Some(PartnerKind::Subsidiary)) }
            { opt(Some(PartnerKind::Contractor)) }
            { opt(Some(PartnerKind::Supplier)) }
        </>
    }
}

/// The `<option>`s of a tier select ("" = not set, 1–[`MAX_TIER`]).
pub(super) fn tier_options(lang: Lang, current: Option<u8>) -> Html {
    html! {
        <>
            <option value="" selected={current.is_none()}>{ t(lang, Msg::PartnersKindUnset) }</option>
            { for (1..=MAX_TIER).map(|n| html! {
                <option value={n.to_string()} selected={current == Some(n)}>{ tn(lang, Msg::PartnersTierOption, n) }</option>
            }) }
        </>
    }
}

//! The request form (reason first; a fresh P-256 key per request; its state and validation are
//! the view-model `shindan_core::vm::request_form`) and the list of requests.

use yew::prelude::*;

use super::{input_value, kind_text};
use crate::components::said::own_mark;
use crate::door::files;
use crate::door::supply_crypto::{generate_request_key, random_bytes};
use crate::hooks::download;
use crate::hooks::store::{now, use_assessments, use_partner_side, SupplyHandle};
use crate::hooks::use_lang;
use crate::hooks::vm::{use_vm, VmHandle};
use shindan_core::format;
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::store::SupplyAction;
use shindan_core::supply::{
    request_link, request_views, PartnerKind, RequestId, RequestState, RequestView, Scope,
    ScsLevel, MAX_TIER,
};
use shindan_core::vm::request_form::{
    Draft, Effect, Event as FormEvent, Input, Making, NewKey, RequestForm as Form,
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

#[derive(Properties, PartialEq)]
pub(super) struct RequestFormProps {
    pub supply: SupplyHandle,
}

/// The request form: renders its view-model (`shindan_core::vm::request_form`) and runs the
/// key generation it asks for.
#[component]
pub(super) fn RequestForm(props: &RequestFormProps) -> Html {
    let lang = use_lang();
    let vm = use_vm(Form::default);
    let lib = use_assessments();
    let responder = use_partner_side().side.responder;
    let downloader = download::use_download();
    let state = vm.get();
    let on_submit = {
        let vm = vm.clone();
        let sup = props.supply.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if vm.update(|f| f.update(FormEvent::Submit)) != Effect::MakeKey {
                return;
            }
            let (vm, sup) = (vm.clone(), sup.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ev = match (generate_request_key().await, random_bytes::<16>()) {
                    (Ok(keys), Ok(id)) => FormEvent::KeyMade(NewKey {
                        id: RequestId(id),
                        public: keys.public,
                        private_jwk: keys.private_jwk,
                        now_ms: now(),
                    }),
                    _ => FormEvent::KeyFailed,
                };
                if let Effect::Add(entry) = vm.update(|f| f.update(ev)) {
                    sup.send(SupplyAction::AddRequest(entry));
                }
            });
        })
    };
    let on_copy = {
        let vm = vm.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(link) = vm.get().link(&app_base()) else {
                return;
            };
            let vm = vm.clone();
            files::copy_text(&link, move |ok| {
                vm.update(|f| f.update(FormEvent::Copied(ok)));
            });
        })
    };
    // The new key exists only in this browser until a backup holds it: offer one right away.
    let on_backup = {
        let vm = vm.clone();
        let register = props.supply.supply.clone();
        Callback::from(move |_: MouseEvent| {
            let part = download::SupplyPart {
                register: &register.value,
                responder,
                with_workbook: false,
            };
            let ok = download::export_backup(&lib, None, Some(part), &downloader).is_ok();
            vm.update(|f| f.update(FormEvent::BackedUp(ok)));
        })
    };
    html! {
        <section class="partners-request" aria-labelledby="req-title">
            <h2 id="req-title">{ t(lang, Msg::PartnersNewRequest) }</h2>
            <form onsubmit={on_submit} novalidate=true>
                { request_fields(lang, &state.draft, &vm) }
                <p class="note">{ t(lang, Msg::PartnersKeyWarning) }</p>
                <button type="submit" id="req-make" disabled={state.busy()}>{ t(lang, Msg::PartnersMake) }</button>
            </form>
            <div role="status" aria-live="polite" id="req-state">
                { making_view(lang, &state, on_copy, on_backup) }
            </div>
        </section>
    }
}

/// The form's inputs, each sending its edit to the view-model.
fn request_fields(lang: Lang, draft: &Draft, vm: &VmHandle<Form>) -> Html {
    let field = |input: Input| {
        let vm = vm.clone();
        Callback::from(move |e: Event| {
            let v = input_value(&e);
            vm.update(|f| f.update(FormEvent::Edit(input, v)));
        })
    };
    let scope = draft.scope();
    let scope_radio = |s: Scope, msg: Msg, id: &'static str| {
        let vm = vm.clone();
        let onchange = Callback::from(move |_: Event| {
            vm.update(|f| f.update(FormEvent::Scope(s)));
        });
        html! {
            <label class="choice" for={id}>
                <input type="radio" {id} name="req-scope" checked={scope == s} {onchange} />
                { t(lang, msg) }
            </label>
        }
    };
    html! {
        <>
            <p>
                <label for="req-reason">{ t(lang, Msg::PartnersReason) }</label>
                <textarea id="req-reason" required=true rows="3" maxlength="500"
                    aria-describedby="req-reason-why"
                    value={draft.reason.clone()} onchange={field(Input::Reason)} />
                <span class="hint" id="req-reason-why">{ own_mark(lang) }{ " " }{ t(lang, Msg::PartnersReasonWhy) }</span>
            </p>
            <p>
                <label for="req-org">{ t(lang, Msg::PartnersOrg) }</label>
                <input id="req-org" type="text" required=true maxlength="100"
                    value={draft.organisation.clone()} onchange={field(Input::Organisation)} />
            </p>
            <p>
                <label for="req-contact">{ t(lang, Msg::PartnersContact) }</label>
                <input id="req-contact" type="text" maxlength="200"
                    value={draft.contact.clone()} onchange={field(Input::Contact)} />
            </p>
            <fieldset>
                <legend>{ t(lang, Msg::PartnersScope) }</legend>
                { scope_radio(Scope::Sme, Msg::PartnersScopeSme, "req-scope-sme") }
                { scope_radio(Scope::Executive, Msg::PartnersScopeExec, "req-scope-exec") }
                { scope_radio(Scope::Both, Msg::PartnersScopeBoth, "req-scope-both") }
            </fieldset>
            { scs_ticks(lang, draft, vm) }
            <p>
                <label for="req-due">{ t(lang, Msg::PartnersDue) }</label>
                <input id="req-due" type="date" value={draft.due.clone()} onchange={field(Input::Due)} />
            </p>
            <p>
                <label for="req-message">{ t(lang, Msg::PartnersMessage) }</label>
                <textarea id="req-message" rows="3" maxlength="1000"
                    value={draft.message.clone()} onchange={field(Input::Message)} />
            </p>
            <p>
                <label for="req-sent-to">{ t(lang, Msg::PartnersSentTo) }</label>
                <input id="req-sent-to" type="text" maxlength="100"
                    value={draft.sent_to.clone()} onchange={field(Input::SentTo)} />
            </p>
            <p>
                <label for="req-kind">{ t(lang, Msg::PartnersColKind) }</label>
                <select id="req-kind" onchange={field(Input::Kind)}>
                    { kind_options(lang, draft.kind()) }
                </select>
                { " " }
                <label for="req-tier">{ t(lang, Msg::PartnersTier) }</label>
                <select id="req-tier" onchange={field(Input::Tier)}>
                    { tier_options(lang, draft.tier.parse().ok()) }
                </select>
            </p>
        </>
    }
}

/// The ticks asking for the partner's SCS readiness (★3, and ★4's additional criteria).
fn scs_ticks(lang: Lang, draft: &Draft, vm: &VmHandle<Form>) -> Html {
    let tick = |star4: bool| {
        let vm = vm.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            vm.update(|f| {
                f.update(if star4 {
                    FormEvent::AskScsStar4(on)
                } else {
                    FormEvent::AskScs(on)
                })
            });
        })
    };
    let asked = draft.scs.is_some();
    let star4 = draft.scs == Some(ScsLevel::Star4);
    html! {
        <p class="scs-ask">
            <label class="choice" for="req-scs">
                <input type="checkbox" id="req-scs" checked={asked} onchange={tick(false)} />
                { t(lang, Msg::RequestAskScs) }
            </label>
            <label class="choice" for="req-scs-star4">
                <input type="checkbox" id="req-scs-star4" checked={star4} disabled={!asked}
                    onchange={tick(true)} />
                { t(lang, Msg::RequestAskScsStar4) }
            </label>
        </p>
    }
}

/// Where making the link stands: busy, refused, failed, or the link with copy and backup.
fn making_view(
    lang: Lang,
    state: &Form,
    on_copy: Callback<MouseEvent>,
    on_backup: Callback<MouseEvent>,
) -> Html {
    match &state.making {
        Making::Idle => html! {},
        Making::Busy(_) => html! { <p>{ t(lang, Msg::PartnersMaking) }</p> },
        Making::Failed => html! { <p class="warn">{ t(lang, Msg::PartnersKeyFailed) }</p> },
        Making::Invalid(_) => html! { <p class="warn">{ state.invalid_text(lang) }</p> },
        Making::Done(_) => html! {
            <div class="request-made">
                <p>{ t(lang, Msg::PartnersMade) }</p>
                <p><code class="share-link" data-testid="request-link">{ state.link(&app_base()) }</code></p>
                <button type="button" class="secondary" onclick={on_copy}>{ t(lang, Msg::PartnersCopy) }</button>
                { match state.copied {
                    Some(true) => html! { <span>{ " " }{ t(lang, Msg::PartnersCopied) }</span> },
                    Some(false) => html! { <span class="warn">{ " " }{ t(lang, Msg::PartnersCopyFailed) }</span> },
                    None => html! {},
                } }
                <p class="note">{ t(lang, Msg::PartnersBackupNow) }</p>
                <button type="button" class="secondary" id="req-backup" onclick={on_backup}>{ t(lang, Msg::PartnersBackupButton) }</button>
                if state.backed_up == Some(false) {
                    <span class="warn">{ " " }{ t(lang, Msg::PartnersBackupFailed) }</span>
                }
            </div>
        },
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

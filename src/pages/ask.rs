//! A partner's view of a supply-chain request (`#/ask/<payload>`): who asks and why
//! first, then exactly what is asked; the partner answers in its own assessment, sees a
//! preview of exactly what will be sent back, and makes a response link sealed to the
//! requester's key (`crate::door::supply_crypto::seal_response`) that it sends on itself.
//!
//! * The request is decoded by the pure codec (`shindan_core::supply::decode_request`); every error
//!   gets its message and nothing is stored. Every text in it is untrusted and is rendered as
//!   Yew text nodes only, never as markup.
//! * The payload is removed from the address bar as soon as the page has read it
//!   (`history.replaceState` to `#/ask`). The request is remembered with the responder profile,
//!   so the partner can go and answer on `#/sme` / `#/executive` and come back through the line
//!   `components::ask_return` shows there, also after a reload.
//! * What is sent is built by `shindan_core::supply::reply_answers` (the asked parts; notes only on
//!   request) and previewed from its decoded bytes, so the preview is what the requester reads.
//! * What may be sent, why not, and the sealing sequence are the view-model
//!   `shindan_core::vm::respond`: the page renders it and runs the sealing it asks for.
//!
//! The responder id (16 random bytes a partner reuses in every response, so a later response
//! replaces its earlier one at the requester) is chosen on the first response and kept in the
//! store and its storage (`storage::supply::Responder`); the request being answered is kept
//! there too, through `hooks::store::use_partner_side`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::said::own_p;
use crate::components::sme_summary::total_text;
use crate::components::storage_banners::display_name;
use crate::door::files;
use crate::door::supply_crypto::seal_response;
use crate::hooks::download::{self, Export};
use crate::hooks::store::{
    now, use_assessment, use_assessments, use_partner_side, AssessmentsHandle,
};
use crate::hooks::use_lang;
use crate::hooks::vm::{use_vm, VmHandle};
use shindan_core::assessment::{star_one, star_two, Assessment};
use shindan_core::format;
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Own};
use shindan_core::route::Route;
use shindan_core::storage::record::RecordId;
use shindan_core::supply::{
    decode_request, met_of, readiness, CategoryMet, Reading, Request, Scope, ScsLevel, ScsReply,
    SupplyError,
};
use shindan_core::vm::respond::{
    notes_line, notes_note, parts, Answers, Effect, Event as Ev, Message, Respond as Vm,
    MAX_RESPONDER_CHARS,
};

#[derive(Properties, PartialEq)]
pub struct AskPageProps {
    /// The payload after `#/ask/` (empty when the address no longer holds one).
    pub payload: AttrValue,
}

/// Replaces the address's fragment with `#/ask`, keeping the request's data out of history.
fn clear_payload_from_address() {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&Route::Ask("".into()).to_hash()),
        );
    }
}

/// The page address without its fragment: where a response's `#/reply/…` is appended.
fn base_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// A paragraph of Shindan's own explanation, with its marker.
fn own_msg(lang: Lang, msg: Msg) -> Html {
    own_p(
        lang,
        &Own {
            ja: t(Lang::Ja, msg).into(),
            en: t(Lang::En, msg).into(),
        },
    )
}

fn error_view(lang: Lang, e: &SupplyError) -> Html {
    let title = if *e == SupplyError::Empty {
        Msg::AskTitle
    } else {
        Msg::AskErrorTitle
    };
    html! {
        <div class="ask-page ask-error" data-testid="ask-error" data-error={e.class()}>
            <h1>{ t(lang, title) }</h1>
            <p role="alert">{ e.text(Reading::Request, lang) }</p>
            <p>{ t(lang, Msg::AskErrorKeepsWorking) }</p>
            <p><a href={Route::Home.to_hash()}>{ t(lang, Msg::BackHome) }</a></p>
        </div>
    }
}

#[component]
pub fn AskPage(props: &AskPageProps) -> Html {
    let lang = use_lang();
    let side = use_partner_side();
    let remembered = side.side.asked.clone();
    let decoded = use_memo(props.payload.clone(), move |p| {
        if p.is_empty() {
            remembered.ok_or(SupplyError::Empty)
        } else {
            decode_request(p).map(Rc::new)
        }
    });
    {
        let decoded = decoded.clone();
        use_effect_with(props.payload.clone(), move |p| {
            if !p.is_empty() {
                if let Ok(r) = &*decoded {
                    side.remember(r.clone());
                }
                clear_payload_from_address();
            }
        });
    }
    match &*decoded {
        Err(e) => error_view(lang, e),
        Ok(r) => html! { <AskView request={r.clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct AskViewProps {
    request: Rc<Request>,
}

/// Untrusted text from the link: a text node in an element that wraps and keeps newlines.
fn untrusted(text: &str, testid: &'static str) -> Html {
    html! { <dd class="untrusted" data-testid={testid}>{ text.to_string() }</dd> }
}

#[component]
fn AskView(props: &AskViewProps) -> Html {
    let lang = use_lang();
    let r = &props.request;
    let scope_code = match r.scope {
        Scope::Sme => "sme",
        Scope::Executive => "executive",
        Scope::Both => "both",
    };
    html! {
        <div class="ask-page" data-testid="ask-view">
            <h1>{ t(lang, Msg::AskTitle) }</h1>
            <section class="ask-section" aria-labelledby="ask-who-title">
                <h2 id="ask-who-title">{ t(lang, Msg::AskWhoTitle) }</h2>
                <dl class="ask-fields">
                    <dt>{ t(lang, Msg::AskOrganisation) }</dt>
                    { untrusted(&r.organisation, "ask-org") }
                    <dt>{ t(lang, Msg::AskContact) }</dt>
                    if r.contact.is_empty() {
                        <dd data-testid="ask-contact">{ t(lang, Msg::AskNoContact) }</dd>
                    } else {
                        { untrusted(&r.contact, "ask-contact") }
                    }
                    <dt>{ t(lang, Msg::AskReason) }</dt>
                    { untrusted(&r.reason, "ask-reason") }
                    <dt>{ t(lang, Msg::AskKeyFingerprint) }</dt>
                    <dd><code data-testid="ask-fingerprint">{ r.requester_key.fingerprint() }</code></dd>
                </dl>
                { own_msg(lang, Msg::AskReasonRequired) }
                { own_msg(lang, Msg::AskUntrusted) }
            </section>
            <section class="ask-section" aria-labelledby="ask-what-title">
                <h2 id="ask-what-title">{ t(lang, Msg::AskWhatTitle) }</h2>
                <dl class="ask-fields">
                    <dt>{ t(lang, Msg::AskScope) }</dt>
                    <dd>
                        <ul data-testid="ask-scope" data-scope={scope_code}>
                            if r.scope.sme() { <li>{ t(lang, Msg::AskScopeSme) }</li> }
                            if r.scope.executive() { <li>{ t(lang, Msg::AskScopeExecutive) }</li> }
                        </ul>
                    </dd>
                    <dt>{ t(lang, Msg::AskDue) }</dt>
                    <dd data-testid="ask-due">{
                        match r.due {
                            Some(d) => format::date(lang, &d.to_string()),
                            None => t(lang, Msg::AskNoDue).to_string(),
                        }
                    }</dd>
                    if !r.message.is_empty() {
                        <dt>{ t(lang, Msg::AskMessage) }</dt>
                        { untrusted(&r.message, "ask-message") }
                    }
                </dl>
                <p class="note" data-testid="ask-address-cleared">{ t(lang, Msg::AskAddressCleared) }</p>
            </section>
            <Respond request={r.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RespondProps {
    request: Rc<Request>,
}

fn input_value(e: &InputEvent) -> Option<String> {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
}

/// Choosing the assessment, the preview and the send-back: renders the view-model
/// (`shindan_core::vm::respond`) and runs the sealing it asks for.
#[component]
fn Respond(props: &RespondProps) -> Html {
    let lang = use_lang();
    let lib = use_assessments();
    let open = use_assessment();
    let downloader = download::use_download();
    let vm = use_vm(Vm::default);
    let state = vm.get();
    let scope = props.request.scope;
    let scs_kept = crate::hooks::scs::use_scs();
    let asked = props.request.scs;
    let scs = asked.map(|l| {
        readiness(
            scs_kept.kept.value.workbook.as_ref(),
            &scs_kept.kept.value.answers,
            l,
            state.include_scs_notes,
        )
    });
    let answers = use_memo(
        (
            open.current.clone(),
            scope,
            state.include_notes,
            scs.clone(),
        ),
        |(a, scope, notes, scs)| Answers::of(model(), a, *scope, *notes).with_scs(scs.clone()),
    );
    let link = state.link(&answers, &base_url());

    let on_name = send(&vm, |e: &InputEvent| input_value(e).map(Ev::Name));
    let on_notes = send(&vm, |_: &Event| Some(Ev::ToggleNotes));
    let on_scs_notes = send(&vm, |_: &Event| Some(Ev::ToggleScsNotes));

    // ---- sealing
    let side = use_partner_side();
    let on_send = {
        let vm = vm.clone();
        let answers = answers.clone();
        let request = props.request.clone();
        Callback::from(move |_: MouseEvent| {
            // The responder id is made (and kept) only when something is sent.
            if !vm.get().can_send(&answers) {
                return;
            }
            let responder = side.responder_id();
            let ev = Ev::Send {
                answers: &answers,
                responder,
                now_ms: now(),
            };
            let Effect::Seal(content) = vm.update(|r| r.update(ev)) else {
                return;
            };
            let (vm, request) = (vm.clone(), request.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = seal_response(&request, &content).await;
                vm.update(|r| r.update(Ev::Sealed(outcome)));
            });
        })
    };
    let on_copy = {
        let vm = vm.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(link) = link.clone() else { return };
            let vm = vm.clone();
            files::copy_text(&link, move |ok| {
                vm.update(|r| r.update(Ev::Copied(ok)));
            });
        })
    };
    let on_download = {
        let vm = vm.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(link) = link.clone() else { return };
            let name = format!("shindan-response-{}.txt", files::today());
            let ok = downloader
                .save(
                    Export::ResponseLink,
                    &name,
                    "text/plain;charset=utf-8",
                    &format!("{link}\n"),
                )
                .is_ok();
            vm.update(|r| r.update(Ev::Downloaded(ok)));
        })
    };

    html! {
        <>
            { choose_section(lang, scope, &lib, &vm) }
            <section class="ask-section" aria-labelledby="ask-send-title">
                <h2 id="ask-send-title">{ t(lang, Msg::AskSendTitle) }</h2>
                <p class="ask-responder">
                    <label for="ask-responder">{ t(lang, Msg::AskResponder) }</label>
                    <input type="text" id="ask-responder" value={state.name(&answers).to_string()} oninput={on_name}
                        maxlength={MAX_RESPONDER_CHARS.to_string()} autocomplete="organization" />
                </p>
                if scope.executive() {
                    <p><label><input type="checkbox" id="ask-include-notes" checked={state.include_notes}
                        onchange={on_notes} />{ " " }{ t(lang, Msg::AskIncludeNotes) }</label></p>
                }
                <p class="note" data-testid="ask-notes-note">{ t(lang, notes_note(scope)) }</p>
                { preview(lang, scope, &state.organisation(&answers), &answers) }
                if let (Some(level), Some(scs)) = (asked, &answers.scs) {
                    { scs_preview(lang, level, scs, state.include_scs_notes, on_scs_notes) }
                }
                { own_msg(lang, Msg::AskNeverSent) }
                { own_msg(lang, Msg::AskSealInfo) }
                <p>
                    <button type="button" id="ask-send" class="button" onclick={on_send}
                        disabled={!state.can_send(&answers)}
                        aria-describedby="ask-send-status">{ t(lang, Msg::AskSend) }</button>
                </p>
                <p id="ask-send-status" role="status" data-testid="ask-send-status">{ state.status(&answers).message().map(|m| say(lang, m)).unwrap_or_default() }</p>
                if let Some(link) = link {
                    { link_output(lang, link, state.copy_status(), on_copy, on_download) }
                }
            </section>
        </>
    }
}

/// What the response carries of the partner's SCS self-assessment in this browser, when the
/// request asks: the counts per category and the edition, or "not assessed" with the way to
/// start one; the tick sending notes and evidence references too (never the criteria text).
fn scs_preview(
    lang: Lang,
    level: ScsLevel,
    scs: &ScsReply,
    include_notes: bool,
    on_notes: Callback<Event>,
) -> Html {
    let asked = match level {
        ScsLevel::Star3 => Msg::AskScsAskedStar3,
        ScsLevel::Star4 => Msg::AskScsAskedStar4,
    };
    let rows = |counts: &[CategoryMet]| -> Html {
        counts
            .iter()
            .map(|c| {
                html! {
                    <li data-category={c.category.to_string()}>
                        { tn(lang, Msg::AskScsCategory, c.category) }{ t(lang, Msg::Colon) }
                        { format!("{}/{}", c.met, c.total) }
                    </li>
                }
            })
            .collect()
    };
    let body = match scs {
        ScsReply::NotAssessed => html! {
            <>
                <p data-testid="ask-scs-none">{ t(lang, Msg::AskScsNone) }</p>
                <p><a href={Route::Scs.to_hash()}>{ t(lang, Msg::AskScsMake) }</a></p>
            </>
        },
        ScsReply::Assessed(r) => {
            let (met, total) = r.star3_met();
            html! {
                <>
                    { own_msg(lang, Msg::AskScsWillSend) }
                    <dl class="ask-scs-figures">
                        <dt>{ t(lang, Msg::AskScsEdition) }</dt>
                        <dd data-testid="ask-scs-edition">{ &r.edition }
                            if r.synthetic { { " (" }{ t(lang, Msg::ScsSynthetic) }{ ")" } }
                        </dd>
                        <dt>{ t(lang, Msg::AskScsAsOf) }</dt>
                        <dd>{ files::today() }</dd>
                        <dt>{ t(lang, Msg::AskScsStar3) }</dt>
                        <dd data-testid="ask-scs-star3">{ format!("{met}/{total}") }</dd>
                        if !r.star4.is_empty() {
                            <dt>{ t(lang, Msg::AskScsStar4) }</dt>
                            <dd data-testid="ask-scs-star4">{ {
                                let (m, n) = met_of(&r.star4);
                                format!("{m}/{n}")
                            } }</dd>
                        }
                    </dl>
                    <ul class="ask-scs-categories" data-testid="ask-scs-categories">{ rows(&r.star3) }</ul>
                    <p><label><input type="checkbox" id="ask-scs-notes" checked={include_notes}
                        onchange={on_notes} />{ " " }{ t(lang, Msg::AskScsNotesTick) }</label></p>
                    if include_notes {
                        <p data-testid="ask-scs-notes-count">{ tn(lang, Msg::AskScsNotesCount, r.notes.len()) }</p>
                    }
                </>
            }
        }
    };
    html! {
        <section class="ask-scs" aria-labelledby="ask-scs-title" data-testid="ask-scs">
            <h3 id="ask-scs-title">{ t(lang, Msg::AskScsHead) }</h3>
            <p>{ t(lang, asked) }</p>
            { body }
        </section>
    }
}

/// A callback sending the event `f` makes of a DOM event, if any.
fn send<E: 'static>(
    vm: &VmHandle<Vm>,
    f: impl Fn(&E) -> Option<Ev<'static>> + 'static,
) -> Callback<E> {
    let vm = vm.clone();
    Callback::from(move |e: E| {
        if let Some(ev) = f(&e) {
            vm.update(|r| r.update(ev));
        }
    })
}

/// Which assessment answers, a new one, and the ways to go and answer it.
fn choose_section(lang: Lang, scope: Scope, lib: &AssessmentsHandle, vm: &VmHandle<Vm>) -> Html {
    let on_choose = {
        let (lib, vm) = (lib.clone(), vm.clone());
        Callback::from(move |e: Event| {
            let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                return;
            };
            if let Ok(id) = RecordId::try_from(s.value()) {
                vm.update(|r| r.update(Ev::Chose));
                lib.open(id);
            }
        })
    };
    let on_new = {
        let (lib, vm) = (lib.clone(), vm.clone());
        Callback::from(move |_: MouseEvent| {
            vm.update(|r| r.update(Ev::Chose));
            lib.create();
        })
    };
    let library = lib.library.clone();
    let records = library.list("");
    let open_id = library.open.clone();
    html! {
        <section class="ask-section" aria-labelledby="ask-answer-title">
            <h2 id="ask-answer-title">{ t(lang, Msg::AskAnswerTitle) }</h2>
            { own_msg(lang, Msg::AskAnswerIntro) }
            <p class="ask-choose">
                <label for="ask-assessment">{ t(lang, Msg::AskChoose) }</label>
                <select id="ask-assessment" onchange={on_choose}>
                    { for records.iter().map(|r| html! {
                        <option key={r.id.to_string()} value={r.id.to_string()} selected={r.id == open_id}>
                            { display_name(&r.assessment.name, lang) }
                        </option>
                    }) }
                </select>
            </p>
            <p><button type="button" id="ask-new" class="button" onclick={on_new}>{ t(lang, Msg::AskNew) }</button></p>
            <ul class="ask-links">
                if scope.sme() {
                    <li><a id="ask-go-sme" href={Route::Sme.to_hash()}>{ t(lang, Msg::AskAnswerSme) }</a></li>
                }
                if scope.executive() {
                    <li><a id="ask-go-executive" href={Route::Executive.to_hash()}>{ t(lang, Msg::AskAnswerExecutive) }</a></li>
                }
            </ul>
            <p class="note">{ t(lang, Msg::AskComeBack) }</p>
        </section>
    }
}

/// Exactly what will be sent, read from the answers decoded again.
fn preview(lang: Lang, scope: Scope, organisation: &str, answers: &Answers) -> Html {
    let counts = &answers.counts;
    html! {
        <dl class="ask-fields ask-preview" data-testid="ask-preview">
            <dt>{ t(lang, Msg::AskPreviewOrg) }</dt>
            <dd data-testid="preview-org">{ organisation.to_string() }</dd>
            if let (true, Some(sent)) = (scope.sme(), answers.sent()) {
                { sme_preview(lang, sent) }
            }
            <dt>{ t(lang, Msg::AskPreviewParts) }</dt>
            <dd>
                <ul class="ask-parts" data-testid="preview-parts">
                    { for parts(scope, counts).into_iter().map(|p| part_line(t(lang, p.label), p.count, p.code)) }
                </ul>
            </dd>
            if let Some(notes) = notes_line(scope, counts) {
                <dt>{ t(lang, Msg::AskPreviewNotes) }</dt>
                <dd data-testid="preview-notes" data-count={counts.notes.to_string()}>{ say(lang, notes) }</dd>
            }
        </dl>
    }
}

/// The self-diagnosis total with its band, and ★/★★ readiness, of what is sent.
fn sme_preview(lang: Lang, sent: &Assessment) -> Html {
    let m = model();
    let sc = shindan_core::assessment::self_check(m, sent);
    let one = star_one(m, sent).ready;
    let two = star_two(m, sent).ready;
    let star = |ready: bool| {
        t(
            lang,
            if ready {
                Msg::AskStarReady
            } else {
                Msg::AskStarNotReady
            },
        )
    };
    html! {
        <>
            <dt>{ t(lang, Msg::SelfCheckTotal) }</dt>
            <dd data-testid="preview-total" data-total={sc.total.to_string()}
                data-complete={sc.complete.to_string()}>
                { total_text(lang, &sc) }
                { " — " }
                if let Some(b) = sc.band(m) {
                    <span data-testid="preview-band" data-band={b.id.to_string()}>{ b.status.get(lang) }</span>
                } else {
                    <span data-testid="preview-band">{ t(lang, Msg::AskBandPending) }</span>
                }
            </dd>
            <dt>{ t(lang, Msg::AskStarOne) }</dt>
            <dd data-testid="preview-star1" data-ready={one.to_string()}>{ star(one) }</dd>
            <dt>{ t(lang, Msg::AskStarTwo) }</dt>
            <dd data-testid="preview-star2" data-ready={two.to_string()}>{ star(two) }</dd>
        </>
    }
}

/// The sealed response link, its length, and copy / download with what they said.
fn link_output(
    lang: Lang,
    link: String,
    copy_status: Option<Msg>,
    on_copy: Callback<MouseEvent>,
    on_download: Callback<MouseEvent>,
) -> Html {
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(i) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            i.select();
        }
    });
    let length = tn(lang, Msg::ShareLength, link.chars().count());
    html! {
        <div class="share-output ask-output" data-testid="ask-output">
            <label for="ask-link">{ t(lang, Msg::AskLinkLabel) }</label>
            <input type="text" id="ask-link" readonly=true value={link} onfocus={select_all}
                aria-describedby="ask-link-length" spellcheck="false" />
            <p id="ask-link-length" class="note">{ length }</p>
            <p class="share-actions">
                <button type="button" id="ask-copy" class="button" onclick={on_copy}>{ t(lang, Msg::ShareCopy) }</button>
                <button type="button" id="ask-download" class="button" onclick={on_download}>{ t(lang, Msg::AskDownload) }</button>
            </p>
            <p role="status" data-testid="ask-copy-status">{ copy_status.map(|m| t(lang, m)).unwrap_or("") }</p>
        </div>
    }
}

/// A view-model's message, with its number when it counts one.
fn say(lang: Lang, (msg, n): Message) -> String {
    match n {
        Some(n) => tn(lang, msg, n),
        None => t(lang, msg).to_string(),
    }
}

/// "25-item self-diagnosis: 7 / 25".
fn part_line(label: &str, (n, of): (usize, usize), part: &'static str) -> Html {
    html! {
        <li data-part={part} data-count={n.to_string()}>{ format!("{label}: {n} / {of}") }</li>
    }
}

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
use crate::hooks::store::{now, use_assessment, use_assessments, use_partner_side};
use crate::hooks::use_lang;
use shindan_core::assessment::{star_one, star_two};
use shindan_core::format;
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Own};
use shindan_core::route::Route;
use shindan_core::storage::record::RecordId;
use shindan_core::supply::{
    self, decode_request, encode_response, part_counts, reply_answers, Reading, ReplyAnswers,
    Request, ResponseContent, Scope, SupplyError, MAX_RESPONSE_CHARS,
};

/// The longest organisation name a response carries (the format's rule).
const MAX_RESPONDER_CHARS: usize = 100;

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

#[derive(Clone, PartialEq)]
enum Copy {
    Idle,
    Done,
    Failed,
}

/// Why no link can be made (or was not made).
#[derive(Clone, Copy, PartialEq)]
enum Problem {
    ResponderMissing,
    ResponderTooLong,
    NothingToSend,
    InvalidKey,
    SealFailed,
    TooLong(usize),
}

impl Problem {
    fn text(self, lang: Lang) -> String {
        match self {
            Problem::ResponderMissing => t(lang, Msg::AskErrResponderMissing).into(),
            Problem::ResponderTooLong => t(lang, Msg::AskErrResponderTooLong).into(),
            Problem::NothingToSend => t(lang, Msg::AskErrNothingToSend).into(),
            Problem::InvalidKey => t(lang, Msg::AskErrInvalidKey).into(),
            Problem::SealFailed => t(lang, Msg::AskErrSealFailed).into(),
            Problem::TooLong(n) => tn(lang, Msg::AskErrResponseTooLong, n),
        }
    }
}

/// What a link was made from: a different one means the link no longer matches the preview.
#[derive(Clone, PartialEq)]
struct Made {
    answers: Vec<u8>,
    organisation: String,
}

#[derive(Clone, PartialEq)]
enum Sending {
    Idle,
    Working,
    Done { from: Made, link: String },
    Failed { from: Made, problem: Problem },
}

#[derive(Properties, PartialEq)]
struct RespondProps {
    request: Rc<Request>,
}

fn input_value(e: &InputEvent) -> Option<String> {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
}

/// Choosing the assessment, the preview and the send-back.
#[component]
fn Respond(props: &RespondProps) -> Html {
    let lang = use_lang();
    let lib = use_assessments();
    let open = use_assessment();
    let downloader = download::use_download();
    let include_notes = use_state(|| false);
    // `None`: the chosen assessment's organisation name.
    let typed_name = use_state(|| None::<String>);
    let sending = use_state(|| Sending::Idle);
    let copy = use_state(|| Copy::Idle);
    let download_failed = use_state(|| false);
    let m = model();
    let scope = props.request.scope;

    let a = open.current.clone();
    let reply = use_memo((a.clone(), scope, *include_notes), |(a, scope, notes)| {
        reply_answers(model(), a, *scope, *notes)
    });
    let name = typed_name.as_ref().unwrap_or(&a.name).clone();
    let organisation = supply::clean_text(&name, false).trim().to_string();

    let counts = match &*reply {
        Ok(rep) => m
            .answerable(rep.sent.model_rev)
            .map(|l| part_counts(l, &rep.sent)),
        Err(_) => None,
    }
    .unwrap_or_default();
    let sent = (*reply).as_ref().ok().map(|r| &r.sent);
    // `sent` holds only the parts asked for.
    let anything = counts.articles.0 + counts.self_check.0 + counts.actions.0 > 0
        || sent.is_some_and(|s| s.policy.established || s.policy.published)
        || counts.a1.0 + counts.a2.0 + counts.tiers.0 > 0;
    let blocked = if organisation.is_empty() {
        Some(Problem::ResponderMissing)
    } else if organisation.chars().count() > MAX_RESPONDER_CHARS {
        Some(Problem::ResponderTooLong)
    } else if !anything || reply.is_err() {
        Some(Problem::NothingToSend)
    } else {
        None
    };
    let current = (*reply).as_ref().ok().map(|r| Made {
        answers: r.bytes.clone(),
        organisation: organisation.clone(),
    });

    // ---- choosing the assessment
    let on_choose = {
        let lib = lib.clone();
        let sending = sending.clone();
        Callback::from(move |e: Event| {
            let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                return;
            };
            if let Ok(id) = RecordId::try_from(s.value()) {
                sending.set(Sending::Idle);
                lib.open(id);
            }
        })
    };
    let on_new = {
        let lib = lib.clone();
        let sending = sending.clone();
        Callback::from(move |_: MouseEvent| {
            sending.set(Sending::Idle);
            lib.create();
        })
    };
    let on_name = {
        let typed_name = typed_name.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(v) = input_value(&e) {
                typed_name.set(Some(v));
            }
        })
    };
    let on_notes = {
        let include_notes = include_notes.clone();
        Callback::from(move |_: Event| include_notes.set(!*include_notes))
    };

    // ---- sealing
    let side = use_partner_side();
    let on_send = {
        let sending = sending.clone();
        let copy = copy.clone();
        let reply = reply.clone();
        let request = props.request.clone();
        let organisation = organisation.clone();
        Callback::from(move |_: MouseEvent| {
            if *sending == Sending::Working || blocked.is_some() {
                return;
            }
            let Ok(ReplyAnswers { bytes, .. }) = &*reply else {
                return;
            };
            let from = Made {
                answers: bytes.clone(),
                organisation: organisation.clone(),
            };
            let Some(responder) = side.responder_id() else {
                sending.set(Sending::Failed {
                    from,
                    problem: Problem::SealFailed,
                });
                return;
            };
            let content = ResponseContent {
                responder,
                responded_at_ms: now(),
                organisation: organisation.clone(),
                answers: bytes.clone(),
            };
            copy.set(Copy::Idle);
            sending.set(Sending::Working);
            let sending = sending.clone();
            let request = request.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let next = match seal_response(&request, &content).await {
                    Ok(sealed) => {
                        let payload = encode_response(&sealed);
                        if payload.len() > MAX_RESPONSE_CHARS {
                            Sending::Failed {
                                from,
                                problem: Problem::TooLong(payload.len()),
                            }
                        } else {
                            Sending::Done {
                                from,
                                link: format!(
                                    "{}{}",
                                    base_url(),
                                    supply::response_fragment(&payload)
                                ),
                            }
                        }
                    }
                    Err(e) => Sending::Failed {
                        from,
                        problem: match e {
                            SupplyError::InvalidKey => Problem::InvalidKey,
                            SupplyError::Missing(_) => Problem::ResponderMissing,
                            SupplyError::TextTooLong { .. } => Problem::ResponderTooLong,
                            _ => Problem::SealFailed,
                        },
                    },
                };
                sending.set(next);
            });
        })
    };

    let link = match &*sending {
        Sending::Done { from, link } if Some(from) == current.as_ref() => Some(link.clone()),
        _ => None,
    };
    let stale = matches!(&*sending, Sending::Done { from, .. } if Some(from) != current.as_ref());
    let failed = match &*sending {
        Sending::Failed { from, problem } if Some(from) == current.as_ref() => Some(*problem),
        _ => None,
    };

    let on_copy = {
        let copy = copy.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(link) = link.clone() else { return };
            let copy = copy.clone();
            crate::door::files::copy_text(&link, move |ok| {
                copy.set(if ok { Copy::Done } else { Copy::Failed })
            });
        })
    };
    let on_download = {
        let link = link.clone();
        let download_failed = download_failed.clone();
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
            download_failed.set(!ok);
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(i) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            i.select();
        }
    });

    let library = lib.library.clone();
    let records = library.list("");
    let open_id = library.open.clone();

    let preview = html! {
        <dl class="ask-fields ask-preview" data-testid="ask-preview">
            <dt>{ t(lang, Msg::AskPreviewOrg) }</dt>
            <dd data-testid="preview-org">{ organisation.clone() }</dd>
            if let (true, Some(sent)) = (scope.sme(), sent) {
                {{
                    let sc = shindan_core::assessment::self_check(m, sent);
                    let one = star_one(m, sent).ready;
                    let two = star_two(m, sent).ready;
                    let star = |ready: bool| t(lang, if ready { Msg::AskStarReady } else { Msg::AskStarNotReady });
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
                }}
            }
            <dt>{ t(lang, Msg::AskPreviewParts) }</dt>
            <dd>
                <ul class="ask-parts" data-testid="preview-parts">
                    if scope.sme() {
                        { part_line(t(lang, Msg::ArticlesShort), counts.articles, "articles") }
                        { part_line(t(lang, Msg::AskPartSelfCheck), counts.self_check, "self-check") }
                        { part_line(t(lang, Msg::AskPartActions), counts.actions, "actions") }
                    }
                    if scope.executive() {
                        { part_line(t(lang, Msg::AskPartA1), counts.a1, "a1") }
                        { part_line(t(lang, Msg::AskPartA2), counts.a2, "a2") }
                        { part_line(t(lang, Msg::AskPartTiers), counts.tiers, "tiers") }
                    }
                </ul>
            </dd>
            if scope.executive() {
                <dt>{ t(lang, Msg::AskPreviewNotes) }</dt>
                <dd data-testid="preview-notes" data-count={counts.notes.to_string()}>{
                    if counts.notes == 0 {
                        t(lang, Msg::AskNotesNotIncluded).to_string()
                    } else {
                        tn(lang, Msg::AskNotesIncluded, counts.notes)
                    }
                }</dd>
            }
        </dl>
    };

    let status = match (&*sending, blocked, failed) {
        (Sending::Working, _, _) => t(lang, Msg::AskSending).to_string(),
        (_, Some(p), _) => p.text(lang),
        (_, _, Some(p)) => p.text(lang),
        _ if stale => t(lang, Msg::AskStale).to_string(),
        _ => String::new(),
    };

    html! {
        <>
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
            <section class="ask-section" aria-labelledby="ask-send-title">
                <h2 id="ask-send-title">{ t(lang, Msg::AskSendTitle) }</h2>
                <p class="ask-responder">
                    <label for="ask-responder">{ t(lang, Msg::AskResponder) }</label>
                    <input type="text" id="ask-responder" value={name} oninput={on_name}
                        maxlength={MAX_RESPONDER_CHARS.to_string()} autocomplete="organization" />
                </p>
                if scope.executive() {
                    <p><label><input type="checkbox" id="ask-include-notes" checked={*include_notes}
                        onchange={on_notes} />{ " " }{ t(lang, Msg::AskIncludeNotes) }</label></p>
                }
                // One note on notes, true for this request's scope.
                <p class="note" data-testid="ask-notes-note">{ t(lang, if scope.executive() { Msg::AskNotesOnlyIfChosen } else { Msg::AskNotesExecOnly }) }</p>
                { preview }
                { own_msg(lang, Msg::AskNeverSent) }
                { own_msg(lang, Msg::AskSealInfo) }
                <p>
                    <button type="button" id="ask-send" class="button" onclick={on_send}
                        disabled={blocked.is_some() || *sending == Sending::Working}
                        aria-describedby="ask-send-status">{ t(lang, Msg::AskSend) }</button>
                </p>
                <p id="ask-send-status" role="status" data-testid="ask-send-status">{ status }</p>
                if let Some(link) = link {
                    <div class="share-output ask-output" data-testid="ask-output">
                        <label for="ask-link">{ t(lang, Msg::AskLinkLabel) }</label>
                        <input type="text" id="ask-link" readonly=true value={link.clone()} onfocus={select_all}
                            aria-describedby="ask-link-length" spellcheck="false" />
                        <p id="ask-link-length" class="note">{ tn(lang, Msg::ShareLength, link.chars().count()) }</p>
                        <p class="share-actions">
                            <button type="button" id="ask-copy" class="button" onclick={on_copy}>{ t(lang, Msg::ShareCopy) }</button>
                            <button type="button" id="ask-download" class="button" onclick={on_download}>{ t(lang, Msg::AskDownload) }</button>
                        </p>
                        <p role="status" data-testid="ask-copy-status">{
                            match (&*copy, *download_failed) {
                                (_, true) => t(lang, Msg::ExportFailed),
                                (Copy::Done, _) => t(lang, Msg::ShareCopied),
                                (Copy::Failed, _) => t(lang, Msg::ShareCopyFailed),
                                (Copy::Idle, _) => "",
                            }
                        }</p>
                    </div>
                }
            </section>
        </>
    }
}

/// "25-item self-diagnosis: 7 / 25".
fn part_line(label: &str, (n, of): (usize, usize), part: &'static str) -> Html {
    html! {
        <li data-part={part} data-count={n.to_string()}>{ format!("{label}: {n} / {of}") }</li>
    }
}

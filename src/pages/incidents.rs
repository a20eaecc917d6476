//! `#/incidents`: incident records (付録C) — a short first-response guide in our words, then
//! any number of records, each a form built from the model's `incident_fields()` (the official
//! fields 1–8 first, then Shindan's additions, marked by a text badge). Records are kept apart
//! from assessments (edits in `shindan_core::incident`, the stored format in `shindan_core::storage::incidents`,
//! kept in the store and saved by its sync on every change, two tabs merged), printable and
//! exportable as JSON and CSV.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::said::{own, said};
use crate::door::files::today;
use crate::hooks::download::{use_download, Export};
use crate::hooks::store::use_incidents;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::incident::{display_value, record_id, to_csv, IncidentAction, IncidentRecord};
use shindan_core::lang::Lang;
use shindan_core::model::{model, FieldKind, IncidentField, Said};
use shindan_core::route::Route;

use super::report::{report_nav, PrintButton};

fn now() -> u64 {
    js_sys::Date::now() as u64
}

fn fresh_id() -> String {
    record_id(now(), (js_sys::Math::random() * f64::from(u32::MAX)) as u32)
}

fn record_name(lang: Lang, r: &IncidentRecord, index: usize) -> String {
    if r.title.trim().is_empty() {
        format!("{} {}", t(lang, Msg::IncidentUntitled), index + 1)
    } else {
        r.title.clone()
    }
}

/// The field's label: "1. インシデントの分類" for the appendix's fields; Shindan's additions
/// carry the "Shindan's addition" badge beside the label instead of a number.
fn field_label(lang: Lang, f: &IncidentField) -> String {
    match f.number {
        Some(n) if f.official() => format!("{n}. {}", f.label.unmarked(lang)),
        _ => f.label.unmarked(lang).to_string(),
    }
}

/// An option's text inside a `<select>`, which cannot hold markup: an option Shindan added to
/// one of the appendix's own fields says so in words. (All options of Shindan's own fields
/// are Shindan's; the field's badge says that once.)
fn option_text(lang: Lang, f: &IncidentField, label: &Said) -> String {
    match label {
        Said::Own(o) if f.official() => format!("{} ({})", o.unmarked(lang), t(lang, Msg::OwnMark)),
        other => other.unmarked(lang).to_string(),
    }
}

/// One field of one record as a form control.
fn field_input(
    lang: Lang,
    r: &IncidentRecord,
    f: &IncidentField,
    dispatch: &Callback<IncidentAction>,
) -> Html {
    let base = format!("{}--{}", r.id, f.id);
    let hint_id = format!("{base}-hint");
    let badge = (!f.official()).then(|| {
        html! { <span class="badge shindan-addition">{ t(lang, Msg::IncidentShindanAddition) }</span> }
    });
    let set = {
        let d = dispatch.clone();
        let id = r.id.clone();
        let field = f.id.clone();
        move |value: String| {
            d.emit(IncidentAction::Set {
                id: id.clone(),
                field: field.clone(),
                value,
                now: now(),
            })
        }
    };
    let value = r.text(&f.id).to_string();
    match f.kind {
        FieldKind::MultiChoice => html! {
            <fieldset class="field incident-field" data-field={f.id.to_string()}>
                <legend>{ field_label(lang, f) }{ " " }{ for badge }</legend>
                <p class="hint">{ own(lang, &f.hint) }</p>
                <div class="choices">
                    { for f.options.iter().map(|o| {
                        let oid = format!("{base}-{}", o.value);
                        let d = dispatch.clone();
                        let (id, field, option) = (r.id.clone(), f.id.clone(), o.value.clone());
                        let onchange = Callback::from(move |e: Event| {
                            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                            d.emit(IncidentAction::Toggle { id: id.clone(), field: field.clone(), option: option.clone(), on, now: now() });
                        });
                        html! {
                            <label for={oid.clone()} class="choice">
                                <input type="checkbox" id={oid} value={o.value.clone()} checked={r.has(&f.id, &o.value)} {onchange} />
                                if f.official() { { said(lang, &o.label) } } else { { o.label.unmarked(lang) } }
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
        },
        FieldKind::Choice => {
            let onchange = Callback::from(move |e: Event| {
                set(e.target_unchecked_into::<HtmlSelectElement>().value())
            });
            html! {
                <div class="field incident-field" data-field={f.id.to_string()}>
                    <label for={base.clone()}>{ field_label(lang, f) }{ " " }{ for badge }</label>
                    <p class="hint" id={hint_id.clone()}>{ own(lang, &f.hint) }</p>
                    <select id={base} aria-describedby={hint_id} {onchange}>
                        <option value="" selected={value.is_empty()}>{ t(lang, Msg::IncidentNotSet) }</option>
                        { for f.options.iter().map(|o| html! {
                            <option value={o.value.clone()} selected={value == o.value}>{ option_text(lang, f, &o.label) }</option>
                        }) }
                    </select>
                </div>
            }
        }
        FieldKind::LongText => {
            let oninput = Callback::from(move |e: InputEvent| {
                set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
            });
            html! {
                <div class="field incident-field wide" data-field={f.id.to_string()}>
                    <label for={base.clone()}>{ field_label(lang, f) }{ " " }{ for badge }</label>
                    <p class="hint" id={hint_id.clone()}>{ own(lang, &f.hint) }</p>
                    <textarea id={base} rows="3" aria-describedby={hint_id} value={value} {oninput} />
                </div>
            }
        }
        FieldKind::Text | FieldKind::Date | FieldKind::DateTime => {
            let kind = match f.kind {
                FieldKind::Date => "date",
                FieldKind::DateTime => "datetime-local",
                _ => "text",
            };
            let oninput = Callback::from(move |e: InputEvent| {
                set(e.target_unchecked_into::<HtmlInputElement>().value())
            });
            html! {
                <div class="field incident-field" data-field={f.id.to_string()}>
                    <label for={base.clone()}>{ field_label(lang, f) }{ " " }{ for badge }</label>
                    <p class="hint" id={hint_id.clone()}>{ own(lang, &f.hint) }</p>
                    <input type={kind} id={base} aria-describedby={hint_id} value={value} autocomplete="off" {oninput} />
                </div>
            }
        }
    }
}

/// The first-response guide (our words).
fn guide(lang: Lang) -> Html {
    let steps = [
        (Msg::IncidentStepScope, Msg::IncidentStepScopeText),
        (Msg::IncidentStepFirst, Msg::IncidentStepFirstText),
        (Msg::IncidentStepCause, Msg::IncidentStepCauseText),
        (Msg::IncidentStepPublish, Msg::IncidentStepPublishText),
        (Msg::IncidentStepPrevent, Msg::IncidentStepPreventText),
    ];
    html! {
        <section class="incident-guide" aria-labelledby="incident-guide-title">
            <h2 id="incident-guide-title">{ t(lang, Msg::IncidentGuideTitle) }</h2>
            <ol class="flow" data-testid="incident-flow">
                { for steps.into_iter().map(|(h, body)| html! {
                    <li><strong>{ t(lang, h) }</strong>{ " — " }{ t(lang, body) }</li>
                }) }
            </ol>
            <p class="note">{ t(lang, Msg::IncidentGuideNote) }
                <a href={Route::GuidelinesIncident.to_hash()}>{ t(lang, Msg::IncidentGuideLink) }</a>
            </p>
        </section>
    }
}

/// One record: the form on screen, a read-only list in print.
fn record_view(
    lang: Lang,
    r: &IncidentRecord,
    index: usize,
    dispatch: &Callback<IncidentAction>,
    confirm: &UseStateHandle<Option<String>>,
    read_only: bool,
) -> Html {
    let fields = model().incident_fields();
    let title_id = format!("{}-title", r.id);
    let name_id = format!("{}--title", r.id);
    let on_title = {
        let d = dispatch.clone();
        let id = r.id.clone();
        Callback::from(move |e: InputEvent| {
            d.emit(IncidentAction::Title {
                id: id.clone(),
                title: e.target_unchecked_into::<HtmlInputElement>().value(),
                now: now(),
            })
        })
    };
    let asking = confirm.as_deref() == Some(r.id.as_str());
    let ask = {
        let confirm = confirm.clone();
        let id = r.id.clone();
        Callback::from(move |_| confirm.set(Some(id.clone())))
    };
    let cancel = {
        let confirm = confirm.clone();
        Callback::from(move |_| confirm.set(None))
    };
    let delete = {
        let confirm = confirm.clone();
        let d = dispatch.clone();
        let id = r.id.clone();
        Callback::from(move |_| {
            d.emit(IncidentAction::Delete { id: id.clone() });
            confirm.set(None);
        })
    };
    html! {
        <section class="incident-record" key={r.id.clone()} data-record={r.id.clone()} aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ record_name(lang, r, index) }</h2>
            <p class="note">{ format!("{} {} · {} {}", t(lang, Msg::IncidentCreated), shindan_core::incident::iso_date_utc(r.created), t(lang, Msg::IncidentUpdated), shindan_core::incident::iso_date_utc(r.updated)) }</p>
            if !read_only {
                <div class="incident-form no-print">
                    <div class="field">
                        <label for={name_id.clone()}>{ t(lang, Msg::IncidentTitleField) }</label>
                        <input type="text" id={name_id} value={r.title.clone()} oninput={on_title} autocomplete="off" />
                    </div>
                    <div class="incident-grid">
                        { for fields.iter().map(|f| field_input(lang, r, f, dispatch)) }
                    </div>
                    <p class="incident-delete">
                        if asking {
                            <span role="alert">{ t(lang, Msg::IncidentDeleteConfirm) }</span>{ " " }
                            <button type="button" class="danger" onclick={delete}>{ t(lang, Msg::IncidentDelete) }</button>{ " " }
                            <button type="button" class="secondary" onclick={cancel}>{ t(lang, Msg::IncidentCancel) }</button>
                        } else {
                            <button type="button" class="secondary" onclick={ask}>{ t(lang, Msg::IncidentDelete) }</button>
                        }
                    </p>
                </div>
            }
            <dl class={classes!("incident-print", (!read_only).then_some("print-only"))}>
                { for fields.iter().map(|f| html! {
                    <div>
                        <dt>{ field_label(lang, f) }
                            if !f.official() { { format!(" [{}]", t(lang, Msg::IncidentShindanAddition)) } }
                        </dt>
                        <dd>{ match display_value(f, r.values.get(&f.id), lang) { v if v.is_empty() => "–".to_string(), v => v } }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}

/// `#/incidents`.
#[component]
pub fn IncidentsPage() -> Html {
    let lang = use_lang();
    // The records live in the store (loaded at start-up, written and followed across tabs
    // by the store's sync like the assessments); this page only shows and edits them.
    let inc = use_incidents();
    let confirm = use_state(|| None::<String>);
    let read_only = inc.incidents.read_only;
    let dispatch = {
        let inc = inc.clone();
        Callback::from(move |a: IncidentAction| inc.edit(a))
    };
    let on_new = {
        let d = dispatch.clone();
        Callback::from(move |_| {
            d.emit(IncidentAction::New {
                id: fresh_id(),
                now: now(),
            })
        })
    };
    let export_error = use_state(|| None::<String>);
    let downloader = use_download();
    let on_json = {
        let file = inc.incidents.value.clone();
        let export_error = export_error.clone();
        let downloader = downloader.clone();
        Callback::from(move |_| {
            export_error.set(
                downloader
                    .save(
                        Export::IncidentsJson,
                        &shindan_core::format::file_name("incidents", "", &today(), "json"),
                        "application/json",
                        &file.to_json_pretty(),
                    )
                    .err(),
            )
        })
    };
    let on_csv = {
        let file = inc.incidents.value.clone();
        let export_error = export_error.clone();
        let downloader = downloader.clone();
        Callback::from(move |_| {
            export_error.set(
                downloader
                    .save(
                        Export::IncidentsCsv,
                        &shindan_core::format::file_name("incidents", "", &today(), "csv"),
                        "text/csv;charset=utf-8",
                        &to_csv(model(), &file, lang),
                    )
                    .err(),
            )
        })
    };
    let records = &inc.incidents.value.records;

    html! {
        <div class="report incidents-page">
            { report_nav(lang, Route::Incidents) }
            <h1>{ t(lang, Msg::IncidentsTitle) }</h1>
            <p>{ t(lang, Msg::IncidentsIntro) }</p>
            <p class="note">{ t(lang, Msg::IncidentsLocal) }</p>
            if let Some(q) = &inc.incidents.quarantined {
                <p class="warn" role="alert" id="incident-quarantine">{ t(lang, Msg::StoredDataUnreadable) }<code>{ q.clone() }</code></p>
            }
            if read_only {
                <p class="warn" role="alert" id="incident-read-only">{ t(lang, Msg::IncidentsReadOnly) }</p>
            }
            if !inc.incidents.kept_both.is_empty() {
                <p class="warn" role="status" id="incident-conflict">{ t(lang, Msg::IncidentsKeptBoth) }</p>
            }
            if let Some(e) = &inc.incidents.save_error {
                <p class="warn" role="alert">{ format!("{} ({e})", t(lang, Msg::SaveFailed)) }</p>
            }
            if let Some(e) = &*export_error {
                <p class="warn" role="alert">{ format!("{} {e}", t(lang, Msg::ReportExportFailed)) }</p>
            }
            { guide(lang) }
            <div class="report-actions no-print">
                if !read_only {
                    <button type="button" id="incident-new" onclick={on_new}>{ t(lang, Msg::IncidentNew) }</button>
                }
                <button type="button" id="incident-json" class="secondary" onclick={on_json} disabled={records.is_empty()}>{ t(lang, Msg::IncidentExportJson) }</button>
                <button type="button" id="incident-csv" class="secondary" onclick={on_csv} disabled={records.is_empty()}>{ t(lang, Msg::IncidentExportCsv) }</button>
                <PrintButton id="incident-print" />
            </div>
            if records.is_empty() {
                <p data-testid="incident-none">{ t(lang, Msg::IncidentNone) }</p>
            }
            <div class="incident-records" data-testid="incident-records">
                { for records.iter().enumerate().rev().map(|(i, r)| record_view(lang, r, i, &dispatch, &confirm, read_only)) }
            </div>
        </div>
    }
}

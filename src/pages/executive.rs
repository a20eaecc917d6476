//! The executive assessment (METI/IPA Cybersecurity Management Guidelines Ver3.0): 付録A-1 (the
//! 3 principles, 9 items), then per 指示 the 付録A-2 check points (40), current and target
//! maturity on Shindan's 0–4 scale, and a local note.

use wasm_bindgen::JsCast;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::use_app;
use crate::assessment::{Action, TierEnd};
use crate::components::meta_form::MetaForm;
use crate::components::question_card::{answer_from_value, answer_value, Choice, QuestionCard};
use crate::hooks::assessment::{use_assessment, use_edit, AssessmentHandle};
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::{model, Id};
use crate::route::Route;

/// Shindan's executive scale as radio choices (labels from the model).
pub fn exec_choices(lang: Lang) -> Vec<Choice> {
    model()
        .exec_scale()
        .options
        .iter()
        .map(|o| Choice {
            value: answer_value(o.kind),
            label: AttrValue::from(o.label.get(lang).to_string()),
        })
        .collect()
}

fn tier_select(
    lang: Lang,
    a: &AssessmentHandle,
    dir: &Id,
    end: TierEnd,
    value: Option<u8>,
) -> Html {
    let (label, suffix) = match end {
        TierEnd::Current => (Msg::TierCurrent, "current"),
        TierEnd::Target => (Msg::TierTarget, "target"),
    };
    let sel_id = format!("{dir}--tier-{suffix}");
    let a = a.clone();
    let d = dir.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(s) = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        {
            a.tier(d.clone(), end, s.value().parse::<u8>().ok());
        }
    });
    html! {
        <div class="tier">
            <label for={sel_id.clone()}>{ t(lang, label) }</label>
            <select id={sel_id} {onchange}>
                <option value="" selected={value.is_none()}>{ t(lang, Msg::TierUnset) }</option>
                { for model().maturity_levels().iter().map(|m| html! {
                    <option value={m.level.to_string()} selected={value == Some(m.level)}>
                        { format!("{} – {}", m.level, m.name.get(lang)) }
                    </option>
                }) }
            </select>
        </div>
    }
}

#[component]
pub fn ExecutivePage() -> Html {
    let lang = use_app().lang;
    let a = use_assessment();
    let m = model();
    let choices = exec_choices(lang);
    let on_answer = use_edit(|(id, v): (Id, &'static str)| {
        answer_from_value(v).map(|k| Action::Answer(id, Some(k)))
    });
    let cur = &a.current;
    let layout = m.actual_layout();
    let total = layout.a1.len() + layout.a2.len();
    let answered = layout
        .a1
        .iter()
        .chain(&layout.a2)
        .filter(|id| cur.answers.contains_key(*id))
        .count();

    html! {
        <div class="assessment-page">
            <h1>{ t(lang, Msg::ExecTitle) }</h1>
            <p class="lead">{ t(lang, Msg::ExecIntro) }</p>
            <p class="disclaimer">{ t(lang, Msg::SelfAssessmentNotCertification) }</p>
            <MetaForm />
            <p class="progress-line no-print" id="exec-progress" aria-live="polite">
                <label for="exec-progress-bar">{ t(lang, Msg::Progress) }</label>
                <progress id="exec-progress-bar" max={total.to_string()} value={answered.to_string()} />
                <span>{ format!("{answered} / {total}") }</span>
            </p>
            <p class="note">{ m.exec_scale().note.get(lang) }</p>

            <section id="a1" aria-labelledby="a1-title">
                <h2 id="a1-title">{ t(lang, Msg::A1Title) }</h2>
                <p>{ t(lang, Msg::A1Intro) }</p>
                { for m.principles_with_a1().into_iter().map(|(p, items)| html! {
                    <section key={p.id.to_string()} class="part" aria-labelledby={format!("{}-title", p.id)}>
                        <h3 id={format!("{}-title", p.id)}>{ format!("{} {}", principle_label(lang, p.number), p.title.get(lang)) }</h3>
                        { for items.into_iter().map(|it| html! {
                            <QuestionCard key={it.id.to_string()} id={it.id.clone()}
                                code={format!("{}-{}", p.number, it.number)}
                                legend={it.text.get(lang).to_string()}
                                choices={choices.clone()}
                                selected={cur.answer(&it.id).map(answer_value)}
                                on_choose={on_answer.clone()} />
                        }) }
                    </section>
                }) }
            </section>

            <section id="a2" aria-labelledby="a2-title">
                <h2 id="a2-title">{ t(lang, Msg::A2Title) }</h2>
                <p>{ t(lang, Msg::A2Intro) }</p>
                <details class="maturity-help">
                    <summary>{ t(lang, Msg::MaturityScaleTitle) }</summary>
                    <p class="badge-line"><span class="badge unofficial">{ t(lang, Msg::ShindanOwn) }</span>{ m.scales.maturity_note.get(lang) }</p>
                    <dl>
                        { for m.maturity_levels().iter().map(|lv| html! {
                            <>
                                <dt>{ format!("{} – {}", lv.level, lv.name.get(lang)) }</dt>
                                <dd>{ lv.description.get(lang) }</dd>
                            </>
                        }) }
                    </dl>
                </details>
                { for m.directions_with_a2().into_iter().map(|(d, items)| {
                    let tiers = cur.tiers.get(&d.id).copied().unwrap_or_default();
                    let note_id = format!("{}--note", d.id);
                    let a2 = a.clone();
                    let did = d.id.clone();
                    let on_note = Callback::from(move |e: Event| {
                        if let Some(ta) = e.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) {
                            a2.note(did.clone(), ta.value());
                        }
                    });
                    html! {
                        <section key={d.id.to_string()} class="direction" id={format!("dir-{}", d.number)}
                                 data-direction={d.number.to_string()} aria-labelledby={format!("{}-title", d.id)}>
                            <h3 id={format!("{}-title", d.id)}>{ format!("{} {}", d.label.get(lang), d.title.get(lang)) }</h3>
                            <p class="no-print"><a href={Route::GuidelinesDirection(d.number).to_hash()}>{ t(lang, Msg::ReadDirection) }</a></p>
                            { for items.into_iter().map(|it| html! {
                                <QuestionCard key={it.id.to_string()} id={it.id.clone()}
                                    code={format!("{}-{}", d.number, it.number)}
                                    legend={it.text.get(lang).to_string()}
                                    hint={Some(html!{ <span class="csf-ids">{ format!("NIST CSF 1.1: {}", it.csf11_printed) }</span> })}
                                    choices={choices.clone()}
                                    selected={cur.answer(&it.id).map(answer_value)}
                                    on_choose={on_answer.clone()} />
                            }) }
                            <div class="tiers">
                                { tier_select(lang, &a, &d.id, TierEnd::Current, tiers.current) }
                                { tier_select(lang, &a, &d.id, TierEnd::Target, tiers.target) }
                            </div>
                            <label for={note_id.clone()}>{ t(lang, Msg::NoteLabel) }</label>
                            <textarea id={note_id} rows="2" maxlength="20000"
                                value={cur.notes.get(&d.id).cloned().unwrap_or_default()} onchange={on_note} />
                        </section>
                    }
                }) }
            </section>
            <p class="next-step no-print"><a class="button" href={Route::Results.to_hash()}>{ t(lang, Msg::SeeResults) }</a></p>
        </div>
    }
}

fn principle_label(lang: Lang, n: u8) -> String {
    match lang {
        Lang::Ja => format!("原則{n}"),
        Lang::En => format!("Principle {n}"),
    }
}

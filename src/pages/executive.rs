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
use crate::model::{model, A1Item, A2Item, Direction, Id, Principle};
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

/// One question of the executive assessment, pointing into the (static) model.
#[derive(Clone, Copy)]
pub enum ExecQ {
    /// 付録A-1: an item under one of the 3 principles.
    A1(&'static Principle, &'static A1Item),
    /// 付録A-2: a check point under one of the 10 指示.
    A2(&'static Direction, &'static A2Item),
}

impl PartialEq for ExecQ {
    /// The same model entry (the model is one static value, so identity is enough).
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (ExecQ::A1(_, a), ExecQ::A1(_, b)) => std::ptr::eq(*a, *b),
            (ExecQ::A2(_, a), ExecQ::A2(_, b)) => std::ptr::eq(*a, *b),
            _ => false,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ExecCardProps {
    pub q: ExecQ,
    pub lang: Lang,
    pub selected: Option<&'static str>,
    /// Stable across renders (`use_edit`), so an unchanged card is not rendered again.
    pub on_choose: Callback<(Id, &'static str)>,
}

/// A question card of the executive assessment; like `SmeCard`, only a changed card re-renders.
#[component]
pub fn ExecCard(props: &ExecCardProps) -> Html {
    let lang = props.lang;
    let (id, code, legend, hint) = match props.q {
        ExecQ::A1(p, it) => (
            &it.id,
            format!("{}-{}", p.number, it.number),
            it.text.get(lang),
            None,
        ),
        ExecQ::A2(d, it) => (
            &it.id,
            format!("{}-{}", d.number, it.number),
            it.text.get(lang),
            Some(
                html! { <span class="csf-ids">{ format!("NIST CSF 1.1: {}", it.csf11_printed) }</span> },
            ),
        ),
    };
    html! {
        <QuestionCard id={id.clone()} {code} legend={legend.to_string()} {hint}
            choices={exec_choices(lang)} selected={props.selected} on_choose={props.on_choose.clone()} />
    }
}

#[component]
pub fn ExecutivePage() -> Html {
    let lang = use_app().lang;
    let a = use_assessment();
    let m = model();
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
            <MetaForm current={a.current.clone()} />
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
                            <ExecCard key={it.id.as_str()} q={ExecQ::A1(p, it)} {lang}
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
                                <ExecCard key={it.id.as_str()} q={ExecQ::A2(d, it)} {lang}
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

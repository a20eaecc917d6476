//! The executive assessment (METI/IPA Cybersecurity Management Guidelines Ver3.0): 付録A-1 (the
//! 3 principles, 9 items), then per 指示 the 付録A-2 check points (40), current and target
//! maturity on Shindan's 0–4 scale, and a local note.

use wasm_bindgen::JsCast;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::meta_form::CurrentMetaForm;
use crate::components::question_card::{Choice, QuestionCard};
use crate::components::said::{own_mark, own_p};
use crate::hooks::store::{use_assessment, use_choose, use_edit};
use crate::hooks::use_lang;
use shindan_core::assessment::Chosen;
use shindan_core::assessment::{Action, TierEnd, TierPair};
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, A1Item, A2Item, AnswerKind, Direction, Id, Principle};
use shindan_core::route::Route;

/// Shindan's executive scale as radio choices (labels from the model). The page states once,
/// with the Shindan marker, that the whole scale is Shindan's, so each label is shown plain.
pub fn exec_choices(lang: Lang) -> Vec<Choice> {
    model()
        .exec_scale()
        .options
        .iter()
        .map(|o| Choice {
            value: Chosen::Answer(o.kind),
            label: AttrValue::from(o.label.unmarked(lang).to_string()),
        })
        .collect()
}

fn tier_select(
    lang: Lang,
    edit: &Callback<Option<Action>>,
    dir: &Id,
    end: TierEnd,
    value: Option<u8>,
) -> Html {
    let (label, suffix) = match end {
        TierEnd::Current => (Msg::TierCurrent, "current"),
        TierEnd::Target => (Msg::TierTarget, "target"),
    };
    let sel_id = format!("{dir}--tier-{suffix}");
    let d = dir.clone();
    let onchange = edit.reform(move |e: Event| {
        e.target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            .map(|s| Action::Tier(d.clone(), end, s.value().parse::<u8>().ok()))
    });
    html! {
        <div class="tier">
            <label for={sel_id.clone()}>{ t(lang, label) }</label>
            <select id={sel_id} {onchange}>
                <option value="" selected={value.is_none()}>{ t(lang, Msg::TierUnset) }</option>
                { for model().maturity_levels().iter().map(|m| html! {
                    <option value={m.level.to_string()} selected={value == Some(m.level)}>
                        { format!("{} – {}", m.level, m.name.unmarked(lang)) }
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
    pub selected: Option<Chosen>,
    /// Stable across renders (`use_edit`), so an unchanged card is not rendered again.
    pub on_choose: Callback<(Id, Chosen)>,
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

#[derive(Properties, PartialEq)]
struct ExecA1CardsProps {
    /// Only the first this many questions (the first screenful); all if `None`.
    limit: Option<usize>,
}

/// The A-1 question cards (the page around them does not follow the assessment).
#[component]
fn ExecA1Cards(props: &ExecA1CardsProps) -> Html {
    let lang = use_lang();
    let a = use_assessment();
    let on_choose = use_choose();
    let mut left = props.limit.unwrap_or(usize::MAX);
    let parts: Vec<_> = model()
        .principles_with_a1()
        .into_iter()
        .map_while(|(p, items)| {
            let n = items.len().min(left);
            left -= n;
            (n > 0).then(|| (p, items.into_iter().take(n).collect::<Vec<_>>()))
        })
        .collect();
    html! {
        { for parts.into_iter().map(|(p, items)| html! {
            <section key={p.id.as_str()} class="part" aria-labelledby={format!("{}-title", p.id)}>
                <h3 id={format!("{}-title", p.id)}>{ format!("{} {}", principle_label(lang, p.number), p.title.get(lang)) }</h3>
                // A list of its own (not the section's children after the heading), keyed: when
                // the first screenful's last principle grows, its cards shown first are kept.
                <>
                { for items.into_iter().map(|it| html! {
                    <ExecCard key={it.id.as_str()} q={ExecQ::A1(p, it)} {lang}
                        selected={a.current.answer(&it.id).map(Chosen::Answer)}
                        on_choose={on_choose.clone()} />
                }) }
                </>
            </section>
        }) }
    }
}

/// Answered / total of, sticky at the top while answering, with the way to the
/// results.
#[component]
fn ExecProgress() -> Html {
    let lang = use_lang();
    let a = use_assessment();
    let layout = model().actual_layout();
    let total = layout.a1.len() + layout.a2.len();
    let answered = layout
        .a1
        .iter()
        .chain(&layout.a2)
        .filter(|id| a.current.answers.contains_key(*id))
        .count();
    html! {
        <div class="sticky-progress no-print" data-testid="exec-progress-bar">
            <p class="progress-line" id="exec-progress">
                <label for="exec-progress-bar">{ t(lang, Msg::Progress) }</label>
                <progress id="exec-progress-bar" max={total.to_string()} value={answered.to_string()} />
                <span>{ format!("{answered} / {total}") }</span>
                <a class="button small" href={Route::Results.to_hash()}>{ t(lang, Msg::SeeResults) }</a>
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ExecA2BlocksProps {
    /// Only the first this many 指示.
    shown: usize,
}

/// The ten 指示 blocks of A-2; each re-renders only when its own answers, tiers or note change.
#[component]
fn ExecA2Blocks(props: &ExecA2BlocksProps) -> Html {
    let lang = use_lang();
    let a = use_assessment();
    html! {
        { for model().directions().iter().take(props.shown).map(|d| html! {
            <DirectionBlock key={d.id.as_str()} d={ModelRef(d)} {lang}
                answers={model().a2_items(d.id.as_str()).map(|it| a.current.answer(&it.id)).collect::<Vec<_>>()}
                tiers={a.current.tiers.get(&d.id).copied().unwrap_or_default()}
                note={AttrValue::from(a.current.notes.get(&d.id).cloned().unwrap_or_default())} />
        }) }
    }
}

/// A model entry by identity: the model is one static value, so two references to the same
/// entry are equal without comparing its contents.
#[derive(Clone, Copy)]
pub struct ModelRef<T: 'static>(pub &'static T);

impl<T> PartialEq for ModelRef<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// Exactly what one 指示 block shows, compared by derive: its answers (in item order), its
/// maturity pair and its note; an answer to another 指示 does not re-render it.
#[derive(Properties, PartialEq)]
pub struct DirectionBlockProps {
    pub d: ModelRef<Direction>,
    pub lang: Lang,
    pub answers: Vec<Option<AnswerKind>>,
    pub tiers: TierPair,
    pub note: AttrValue,
}

/// One 指示 of A-2: its check points, current and target maturity, and the note.
#[component]
pub fn DirectionBlock(props: &DirectionBlockProps) -> Html {
    let (d, lang) = (props.d.0, props.lang);
    let on_choose = use_choose();
    let edit = use_edit(|a: Option<Action>| a);
    let tiers = props.tiers;
    let note_id = format!("{}--note", d.id);
    let did = d.id.clone();
    let on_note = edit.reform(move |e: Event| {
        e.target()
            .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            .map(|ta| Action::Note(did.clone(), ta.value()))
    });
    html! {
        <section class="direction" id={format!("dir-{}", d.number)}
                 data-direction={d.number.to_string()} aria-labelledby={format!("{}-title", d.id)}>
            <h3 id={format!("{}-title", d.id)}>{ format!("{} {}", d.label.get(lang), d.title.get(lang)) }</h3>
            <p class="no-print"><a href={Route::GuidelinesDirection(d.number).to_hash()}>{ t(lang, Msg::ReadDirection) }</a></p>
            { for model().a2_items(d.id.as_str()).zip(&props.answers).map(|(it, k)| html! {
                <ExecCard key={it.id.as_str()} q={ExecQ::A2(d, it)} {lang}
                    selected={k.map(Chosen::Answer)}
                    on_choose={on_choose.clone()} />
            }) }
            <div class="tiers">
                { tier_select(lang, &edit, &d.id, TierEnd::Current, tiers.current) }
                { tier_select(lang, &edit, &d.id, TierEnd::Target, tiers.target) }
            </div>
            <label for={note_id.clone()}>{ t(lang, Msg::NoteLabel) }</label>
            <textarea id={note_id} rows="2" maxlength="20000"
                value={props.note.clone()} onchange={on_note} />
        </section>
    }
}

/// How many 指示 blocks each following task adds while the page is rendered in slices: a few
/// dozen radio buttons, well under a long task at 4× CPU.
const DIRECTIONS_PER_SLICE: usize = 2;

/// How much of the page a render shows: the first screenful (`Route::FIRST_SCREEN`'s cut of
/// A-1 and nothing after it: what the build's server render holds and the first screen
/// hydrates), then all of A-1 and the first few 指示 of A-2, and a few more in each following
/// task until the page is whole. Every render of the page goes so, hydrated or not (a returning
/// user's, a navigation's): no one task renders all 49 questions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Slice {
    First,
    Directions(usize),
    Whole,
}

impl Slice {
    fn next(self) -> Slice {
        let total = model().directions().len();
        match self {
            Slice::First => Slice::Directions(DIRECTIONS_PER_SLICE.min(total)),
            Slice::Directions(n) if n + DIRECTIONS_PER_SLICE < total => {
                Slice::Directions(n + DIRECTIONS_PER_SLICE)
            }
            Slice::Directions(_) | Slice::Whole => Slice::Whole,
        }
    }
}

/// Renders the next slice in a following task of the lowest priority
/// (`hooks::slices::later`), so the browser paints and handles input between two slices.
#[hook]
fn use_slices() -> Slice {
    let slice = use_state(|| Slice::First);
    {
        let handle = slice.clone();
        use_effect_with(*slice, move |now| {
            if *now != Slice::Whole {
                let next = now.next();
                crate::hooks::slices::later(move || handle.set(next));
            }
        });
    }
    *slice
}

#[component]
pub fn ExecutivePage() -> Html {
    let lang = use_lang();
    let m = model();
    let slice = use_slices();
    let a1_limit = match slice {
        Slice::First => Route::Executive.first_page().and_then(|p| p.keep),
        _ => None,
    };
    let directions = match slice {
        Slice::First => 0,
        Slice::Directions(n) => n,
        Slice::Whole => m.directions().len(),
    };

    html! {
        // Busy while later slices are still to come: assistive technology (and the e2e suite's
        // `ready`) waits for the whole page.
        <div class="assessment-page" aria-busy={(slice != Slice::Whole).then_some("true")}>
            <h1>{ t(lang, Msg::ExecTitle) }</h1>
            <p class="lead">{ t(lang, Msg::ExecIntro) }</p>
            <p class="disclaimer">{ t(lang, Msg::SelfAssessmentNotCertification) }</p>
            <CurrentMetaForm />
            <ExecProgress />
            <p class="note" data-testid="exec-scale-note">{ own_mark(lang) }{ " " }{ t(lang, Msg::ExecScaleShort) }{ " " }<a href={Route::GuidelinesSources.to_hash()}>{ t(lang, Msg::WhyOnSources) }</a></p>

            <section id="a1" aria-labelledby="a1-title">
                <h2 id="a1-title">{ t(lang, Msg::A1Title) }</h2>
                <p>{ t(lang, Msg::A1Intro) }</p>
                <ExecA1Cards limit={a1_limit} />
            </section>

            if slice != Slice::First {
            <section id="a2" aria-labelledby="a2-title">
                <h2 id="a2-title">{ t(lang, Msg::A2Title) }</h2>
                <p>{ t(lang, Msg::A2Intro) }</p>
                <details class="maturity-help">
                    <summary>{ t(lang, Msg::MaturityScaleTitle) }</summary>
                    { own_p(lang, &m.scales.maturity_note) }
                    <dl>
                        { for m.maturity_levels().iter().map(|lv| html! {
                            <>
                                <dt>{ format!("{} – {}", lv.level, lv.name.unmarked(lang)) }</dt>
                                <dd>{ lv.description.unmarked(lang) }</dd>
                            </>
                        }) }
                    </dl>
                </details>
                <ExecA2Blocks shown={directions} />
            </section>
            }
            if slice == Slice::Whole {
                <p class="next-step no-print"><a class="button" href={Route::Results.to_hash()}>{ t(lang, Msg::SeeResults) }</a></p>
            }
        </div>
    }
}

fn principle_label(lang: Lang, n: u8) -> String {
    match lang {
        Lang::Ja => format!("原則{n}"),
        Lang::En => format!("Principle {n}"),
    }
}

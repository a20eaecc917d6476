//! The SME step-up path (IPA 中小企業の情報セキュリティ対策ガイドライン): Step 1 the 5 articles,
//! Step 2 the 25-item self-diagnosis, Step 3 the basic-policy draft, Step 4 continuing
//! improvement, and the executives' 7 actions. Scoring and readiness come from
//! `crate::assessment`; this view only shows them.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::use_app;
use crate::assessment::{Action, ArticleStatus, Assessment, MetaField};
use crate::components::meta_form::{input_value, CurrentMetaForm};
use crate::components::question_card::{answer_value, Choice, LazyDetails, QuestionCard};
use crate::components::sme_summary::SmeSummary;
use crate::hooks::assessment::{use_answer_edit, use_assessment, use_edit};
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::{model, Article, Id, KeyAction, SelfCheckItem};

fn article_value(s: ArticleStatus) -> &'static str {
    match s {
        ArticleStatus::Done => "done",
        ArticleStatus::Committed => "committed",
        ArticleStatus::NotYet => "not_yet",
    }
}

fn article_from_value(v: &str) -> Option<ArticleStatus> {
    Some(match v {
        "done" => ArticleStatus::Done,
        "committed" => ArticleStatus::Committed,
        "not_yet" => ArticleStatus::NotYet,
        _ => return None,
    })
}

/// The SME scale's options as radio choices (labels from the model).
pub fn sme_choices(lang: Lang) -> Vec<Choice> {
    model()
        .sme_scale()
        .options
        .iter()
        .map(|o| Choice {
            value: answer_value(o.kind),
            label: AttrValue::from(o.label.get(lang).to_string()),
        })
        .collect()
}

fn examples_list(lang: Lang, items: &[crate::model::Text]) -> Html {
    html! {
        <ul class="examples">
            { for items.iter().map(|e| html! { <li>{ e.get(lang) }</li> }) }
        </ul>
    }
}

/// Fills `{org}`, `{rep}` and `{date}` in a draft template; blanks become a visible placeholder.
pub fn fill_template(template: &str, org: &str, rep: &str, date: &str, blank: &str) -> String {
    let or_blank = |s: &str| {
        if s.trim().is_empty() {
            blank.to_string()
        } else {
            s.to_string()
        }
    };
    template
        .replace("{org}", &or_blank(org))
        .replace("{rep}", &or_blank(rep))
        .replace("{date}", &or_blank(date))
}

/// The pre-filled draft of policy heading `n` (1–5).
pub fn policy_template(n: u8) -> Msg {
    match n {
        1 => Msg::PolicyDraft1,
        2 => Msg::PolicyDraft2,
        3 => Msg::PolicyDraft3,
        4 => Msg::PolicyDraft4,
        _ => Msg::PolicyDraft5,
    }
}

/// One question of the SME path, pointing into the (static) model.
#[derive(Clone, Copy)]
pub enum SmeQ {
    /// Step 1: one of the 5 articles.
    Article(&'static Article),
    /// Step 2: one of the 25 self-diagnosis items.
    Item(&'static SelfCheckItem),
    /// One of the executives' 7 actions.
    Action(&'static KeyAction),
}

impl PartialEq for SmeQ {
    /// The same model entry (the model is one static value, so identity is enough).
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (SmeQ::Article(a), SmeQ::Article(b)) => std::ptr::eq(*a, *b),
            (SmeQ::Item(a), SmeQ::Item(b)) => std::ptr::eq(*a, *b),
            (SmeQ::Action(a), SmeQ::Action(b)) => std::ptr::eq(*a, *b),
            _ => false,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SmeCardProps {
    pub q: SmeQ,
    pub lang: Lang,
    pub selected: Option<&'static str>,
    /// Stable across renders (`use_edit`), so an unchanged card is not rendered again.
    pub on_choose: Callback<(Id, &'static str)>,
}

/// A question card of the SME path. Its props compare cheaply (model identity, language,
/// selected value, a stable callback), so answering one question re-renders only that card.
#[component]
pub fn SmeCard(props: &SmeCardProps) -> Html {
    let lang = props.lang;
    let (id, code, legend, hint, choices) = match props.q {
        SmeQ::Article(art) => (
            &art.id,
            art.number.to_string(),
            art.title.get(lang),
            html! { <LazyDetails summary={t(lang, Msg::ExampleMeasures)}>{ examples_list(lang, &art.examples) }</LazyDetails> },
            article_choices(lang),
        ),
        SmeQ::Item(it) => (
            &it.id,
            format!("No.{}", it.number),
            it.question.get(lang),
            html! {
                <LazyDetails summary={t(lang, Msg::WhyAndExamples)}>
                    <p>{ it.why.get(lang) }</p>
                    { examples_list(lang, &it.examples) }
                </LazyDetails>
            },
            sme_choices(lang),
        ),
        SmeQ::Action(act) => (
            &act.id,
            act.number.to_string(),
            act.title.get(lang),
            html! { <p>{ act.summary.get(lang) }</p> },
            sme_choices(lang),
        ),
    };
    html! {
        <QuestionCard id={id.clone()} {code} legend={legend.to_string()} hint={Some(hint)}
            {choices} selected={props.selected} on_choose={props.on_choose.clone()} />
    }
}

fn article_choices(lang: Lang) -> Vec<Choice> {
    [
        ("done", Msg::ArticleDone),
        ("committed", Msg::ArticleCommitted),
        ("not_yet", Msg::ArticleNotYet),
    ]
    .into_iter()
    .map(|(value, msg)| Choice {
        value,
        label: t(lang, msg).into(),
    })
    .collect()
}

/// The open assessment; the policy step compares only the name (it fills the draft) and the
/// policy, so answering a question does not re-render it (and re-read its text areas).
#[derive(Properties)]
pub struct PolicyStepProps {
    pub current: Rc<Assessment>,
}

impl PartialEq for PolicyStepProps {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.current, &other.current);
        Rc::ptr_eq(a, b) || (a.name == b.name && a.policy == b.policy)
    }
}

/// Step 3: the basic-policy draft (pre-filled, editable, printable) and its two ★★ checks.
#[component]
pub fn PolicyStep(props: &PolicyStepProps) -> Html {
    let lang = use_app().lang;
    // Not `use_assessment()`: that would subscribe to every change of the assessment.
    let edit = use_edit(|a: Option<Action>| a);
    let step = model().steps().get(2);
    let step_title = step
        .map(|s| format!("Step {} {}", s.number, s.title.get(lang)))
        .unwrap_or_default();
    let step_asks = step.map(|s| s.asks.get(lang)).unwrap_or_default();
    let m = model();
    let cur = &props.current;
    let blank = t(lang, Msg::PolicyBlank);
    let on_rep =
        edit.reform(|e: Event| Some(Action::Meta(MetaField::Representative, input_value(&e))));
    let on_pdate =
        edit.reform(|e: Event| Some(Action::Meta(MetaField::PolicyDate, input_value(&e))));
    let checkbox = |to_action: fn(bool) -> Action| {
        edit.reform(move |e: Event| {
            e.target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .map(|i| to_action(i.checked()))
        })
    };
    let on_print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    html! {
            <section id="step3" aria-labelledby="step3-title">
                <h2 id="step3-title">{ step_title }</h2>
                <p>{ step_asks }</p>
                <div class="fields no-print">
                    <label for="policy-rep">{ t(lang, Msg::PolicyRepresentative) }</label>
                    <input id="policy-rep" type="text" maxlength="200" value={cur.policy.representative.clone()} onchange={on_rep} />
                    <label for="policy-date">{ t(lang, Msg::PolicyDate) }</label>
                    <input id="policy-date" type="date" value={cur.policy.date.clone()} onchange={on_pdate} />
                </div>
                <article class="policy-draft" aria-labelledby="policy-title">
                    <h3 id="policy-title">{ t(lang, Msg::PolicyDraftTitle) }</h3>
                    { for m.policy_headings().iter().map(|h| {
                        let template = fill_template(policy_template(h.number).text(lang), &cur.name, &cur.policy.representative, &cur.policy.date, blank);
                        let value = cur.policy.sections.get(&h.id).cloned().unwrap_or(template);
                        let area_id = format!("policy-{}", h.number);
                        let hid = h.id.clone();
                        let oninput = edit.reform(move |e: InputEvent| {
                            e.target()
                                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
                                .map(|t| Action::PolicySection(hid.clone(), Some(t.value())))
                        });
                        html! {
                            <div class="policy-section" key={h.id.to_string()}>
                                <h4><label for={area_id.clone()}>{ format!("{}. {}", h.number, h.title.get(lang)) }</label></h4>
                                <p class="hint no-print">{ h.hint.get(lang) }</p>
                                <textarea id={area_id} rows="4" {oninput} value={value.clone()} />
                                <p class="print-only">{ value }</p>
                            </div>
                        }
                    }) }
                    <p class="policy-sign">{ fill_template(t(lang, Msg::PolicySignature), &cur.name, &cur.policy.representative, &crate::format::date(lang, &cur.policy.date), blank) }</p>
                </article>
                <div class="checks no-print">
                    <label class="check"><input type="checkbox" id="policy-established" checked={cur.policy.established}
                        onchange={checkbox(Action::PolicyEstablished)} />{ t(lang, Msg::PolicyEstablished) }</label>
                    <label class="check"><input type="checkbox" id="policy-published" checked={cur.policy.published}
                        onchange={checkbox(Action::PolicyPublished)} />{ t(lang, Msg::PolicyPublished) }</label>
                    <button type="button" class="secondary" onclick={on_print}>{ t(lang, Msg::Print) }</button>
                </div>
            </section>

    }
}

/// Which cards a [`SmeCards`] list shows.
#[derive(Clone, Copy, PartialEq)]
pub enum SmeList {
    /// Step 1: the 5 articles.
    Articles,
    /// Step 2: the 25 self-diagnosis items under their part headings.
    SelfCheck,
    /// The executives' 7 actions.
    Actions,
}

#[derive(Properties, PartialEq)]
pub struct SmeCardsProps {
    pub list: SmeList,
}

/// The question cards of one part of the SME page. These lists (with the summary, the meta form
/// and the policy step) are what follows the open assessment; the page around them does not
/// re-render on an answer, and of the cards only the changed one does.
#[component]
pub fn SmeCards(props: &SmeCardsProps) -> Html {
    let lang = use_app().lang;
    let a = use_assessment();
    let m = model();
    let on_article = use_edit(|(id, v): (Id, &'static str)| {
        article_from_value(v).map(|s| Action::Article(id, Some(s)))
    });
    let on_answer = use_answer_edit();
    let cur = &a.current;
    match props.list {
        SmeList::Articles => html! {
            { for m.articles().iter().map(|art| html! {
                <SmeCard key={art.id.as_str()} q={SmeQ::Article(art)} {lang}
                    selected={cur.articles.get(&art.id).copied().map(article_value)}
                    on_choose={on_article.clone()} />
            }) }
        },
        SmeList::SelfCheck => html! {
            { for m.self_check_parts().into_iter().map(|(part, items)| html! {
                <section key={part.id.as_str()} class="part" aria-labelledby={format!("{}-title", part.id)}>
                    <h3 id={format!("{}-title", part.id)}>{ part.title.get(lang) }</h3>
                    { for items.into_iter().map(|it| html! {
                        <SmeCard key={it.id.as_str()} q={SmeQ::Item(it)} {lang}
                            selected={cur.answer(&it.id).map(answer_value)}
                            on_choose={on_answer.clone()} />
                    }) }
                </section>
            }) }
        },
        SmeList::Actions => html! {
            { for m.actions().iter().map(|act| html! {
                <SmeCard key={act.id.as_str()} q={SmeQ::Action(act)} {lang}
                    selected={cur.answer(&act.id).map(answer_value)}
                    on_choose={on_answer.clone()} />
            }) }
        },
    }
}

/// The policy step of the open assessment (re-rendered only when name or policy change).
#[component]
fn CurrentPolicyStep() -> Html {
    let a = use_assessment();
    html! { <PolicyStep current={a.current.clone()} /> }
}

#[component]
pub fn SmePage() -> Html {
    let lang = use_app().lang;
    let m = model();
    let steps = m.steps();
    let step_title = |i: usize| {
        steps
            .get(i)
            .map(|s| format!("Step {} {}", s.number, s.title.get(lang)))
            .unwrap_or_default()
    };
    let step_asks = |i: usize| {
        steps
            .get(i)
            .map(|s| s.asks.get(lang).to_string())
            .unwrap_or_default()
    };

    html! {
        <div class="assessment-page">
            <h1>{ t(lang, Msg::SmeTitle) }</h1>
            <p class="lead">{ t(lang, Msg::SmeIntro) }</p>
            <p class="disclaimer">{ t(lang, Msg::SelfAssessmentNotCertification) }</p>
            <CurrentMetaForm />
            <nav class="toc no-print" aria-label={t(lang, Msg::OnThisPage)}>
                <ul>
                    <li><a href="#/sme" onclick={jump("step1")}>{ step_title(0) }</a></li>
                    <li><a href="#/sme" onclick={jump("step2")}>{ step_title(1) }</a></li>
                    <li><a href="#/sme" onclick={jump("step3")}>{ step_title(2) }</a></li>
                    <li><a href="#/sme" onclick={jump("step4")}>{ step_title(3) }</a></li>
                    <li><a href="#/sme" onclick={jump("sme-actions")}>{ t(lang, Msg::SmeActionsTitle) }</a></li>
                    <li><a href="#/sme" onclick={jump("sme-summary")}>{ t(lang, Msg::SummaryTitle) }</a></li>
                </ul>
            </nav>

            <section id="step1" aria-labelledby="step1-title">
                <h2 id="step1-title">{ step_title(0) }</h2>
                <p>{ step_asks(0) }</p>
                <p class="note">{ t(lang, Msg::ArticlesHelp) }</p>
                <SmeCards list={SmeList::Articles} />
            </section>

            <section id="step2" aria-labelledby="step2-title">
                <h2 id="step2-title">{ step_title(1) }</h2>
                <p>{ step_asks(1) }</p>
                <p class="note">{ m.sme.self_check.respondent.get(lang) }</p>
                <SmeCards list={SmeList::SelfCheck} />
                <p class="note">{ m.sme.self_check.not_applicable.get(lang) }</p>
            </section>

            <CurrentPolicyStep />

            <section id="step4" aria-labelledby="step4-title">
                <h2 id="step4-title">{ step_title(3) }</h2>
                <p>{ step_asks(3) }</p>
                <p>{ t(lang, Msg::Step4Body) }</p>
            </section>

            <section id="sme-actions" aria-labelledby="sme-actions-title">
                <h2 id="sme-actions-title">{ t(lang, Msg::SmeActionsTitle) }</h2>
                <p>{ t(lang, Msg::SmeActionsIntro) }</p>
                <SmeCards list={SmeList::Actions} />
            </section>

            <SmeSummary />
        </div>
    }
}

/// In-page jump that leaves the route fragment alone (the fragment is the router's).
pub fn jump(target: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(target))
        {
            el.scroll_into_view();
            if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.set_attribute("tabindex", "-1");
                let _ = h.focus();
            }
        }
    })
}

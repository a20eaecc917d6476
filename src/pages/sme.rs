//! The SME step-up path as IPA's 中小企業の情報セキュリティ対策ガイドライン 第3.1版 lays it out:
//! stage 1 the 5 articles (chapter 2, ★); stage 2 the basic-policy draft, the 25-item
//! self-diagnosis and the measures decided and communicated (chapter 3, ★★); stages 3 and 4
//! (chapters 4 and 5) with the Seven Key Initiatives that correspond to their sections (表2).
//! Scoring, readiness and stage progress come from `crate::assessment`; this view only shows
//! them.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::use_app;
use crate::assessment::{Action, ArticleStatus, MetaField, PolicyDraft};
use crate::components::meta_form::{input_value, CurrentMetaForm};
use crate::components::question_card::{Choice, Chosen, LazyDetails, QuestionCard};
use crate::components::said::{official_name, own, own_mark, said};
use crate::components::sme_summary::SmeSummary;
use crate::hooks::store::{use_assessment, use_choose, use_edit};
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::{model, Article, Id, KeyAction, Said, SelfCheckItem, Stage};
use crate::pages::guidelines::common::{section_ref, tn};
use crate::route::Route;

/// The SME scale's options as radio choices (labels from the model).
pub fn sme_choices(lang: Lang) -> Vec<Choice> {
    model()
        .sme_scale()
        .options
        .iter()
        .map(|o| Choice {
            value: Chosen::Answer(o.kind),
            label: AttrValue::from(o.label.unmarked(lang).to_string()),
        })
        .collect()
}

/// An article's example measures: IPA's plain, Shindan's additions marked.
fn examples_list(lang: Lang, items: &[Said]) -> Html {
    html! {
        <ul class="examples">
            { for items.iter().map(|e| html! { <li>{ said(lang, e) }</li> }) }
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
    pub selected: Option<Chosen>,
    /// Stable across renders (`use_edit`), so an unchanged card is not rendered again.
    pub on_choose: Callback<(Id, Chosen)>,
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
                    <div class="own-block">
                        <p>{ own_mark(lang) }{ " " }{ it.why.unmarked(lang) }</p>
                        <ul class="examples">
                            { for it.examples.iter().map(|e| html! { <li>{ e.unmarked(lang) }</li> }) }
                        </ul>
                    </div>
                </LazyDetails>
            },
            sme_choices(lang),
        ),
        SmeQ::Action(act) => (
            &act.id,
            act.number.to_string(),
            act.title.get(lang),
            {
                let m = model();
                html! {
                    <>
                        <p>{ act.summary.get(lang) }</p>
                        <p class="sections" data-testid="action-sections">
                            { t(lang, Msg::GlActionSections) }{ ": " }
                            { for act.sections.iter().filter_map(|id| m.section(id.as_str())).enumerate().map(|(i, sec)| html! {
                                <>{ if i > 0 { "、" } else { "" } }{ section_ref(lang, sec) }</>
                            }) }
                        </p>
                    </>
                }
            },
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
        (ArticleStatus::Done, Msg::ArticleDone),
        (ArticleStatus::Committed, Msg::ArticleCommitted),
        (ArticleStatus::NotYet, Msg::ArticleNotYet),
    ]
    .into_iter()
    .map(|(status, msg)| Choice {
        value: Chosen::Article(status),
        label: t(lang, msg).into(),
    })
    .collect()
}

/// Exactly what the policy step shows — the organisation's name (it fills the draft) and the
/// policy — compared by derive, so answering a question does not re-render it.
#[derive(Properties, PartialEq)]
pub struct PolicyStepProps {
    pub name: AttrValue,
    pub policy: PolicyDraft,
}

/// Stage 2, section 3(1): the basic-policy draft (pre-filled, editable, printable) and its two
/// ★★ checks.
#[component]
pub fn PolicyStep(props: &PolicyStepProps) -> Html {
    let lang = use_app().lang;
    // Not `use_assessment()`: that would subscribe to every change of the assessment.
    let edit = use_edit(|a: Option<Action>| a);
    let m = model();
    let (name, policy) = (props.name.as_str(), &props.policy);
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
            <section id="sec-3-1" class="guide-section" data-section="sme.s3.1" aria-labelledby="sec-3-1-title">
                <h3 id="sec-3-1-title">{ section_heading(lang, "sme.s3.1") }</h3>
                <p>{ t(lang, Msg::PolicySectionIntro) }</p>
                <div class="fields no-print">
                    <label for="policy-rep">{ t(lang, Msg::PolicyRepresentative) }</label>
                    <input id="policy-rep" type="text" maxlength="200" value={policy.representative.clone()} onchange={on_rep} />
                    <label for="policy-date">{ t(lang, Msg::PolicyDate) }</label>
                    <input id="policy-date" type="date" value={policy.date.clone()} onchange={on_pdate} />
                </div>
                <article class="policy-draft" aria-labelledby="policy-title">
                    <h4 id="policy-title">{ t(lang, Msg::PolicyDraftTitle) }</h4>
                    { for m.policy_headings().iter().map(|h| {
                        let template = fill_template(policy_template(h.number).text(lang), name, &policy.representative, &policy.date, blank);
                        let value = policy.sections.get(&h.id).cloned().unwrap_or(template);
                        let area_id = format!("policy-{}", h.number);
                        let hid = h.id.clone();
                        let oninput = edit.reform(move |e: InputEvent| {
                            e.target()
                                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
                                .map(|t| Action::PolicySection(hid.clone(), Some(t.value())))
                        });
                        html! {
                            <div class="policy-section" key={h.id.to_string()}>
                                <h5><label for={area_id.clone()}>{ format!("{}. {}", h.number, h.title.get(lang)) }</label></h5>
                                <p class="hint no-print">{ own(lang, &h.hint) }</p>
                                <textarea id={area_id} rows="4" {oninput} value={value.clone()} />
                                <p class="print-only">{ value }</p>
                            </div>
                        }
                    }) }
                    <p class="policy-sign">{ fill_template(t(lang, Msg::PolicySignature), name, &policy.representative, &crate::format::date(lang, &policy.date), blank) }</p>
                </article>
                <div class="checks no-print">
                    <label class="check"><input type="checkbox" id="policy-established" checked={policy.established}
                        onchange={checkbox(Action::PolicyEstablished)} />{ t(lang, Msg::PolicyEstablished) }</label>
                    <label class="check"><input type="checkbox" id="policy-published" checked={policy.published}
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
    let on_choose = use_choose();
    let cur = &a.current;
    match props.list {
        SmeList::Articles => html! {
            { for m.articles().iter().map(|art| html! {
                <SmeCard key={art.id.as_str()} q={SmeQ::Article(art)} {lang}
                    selected={cur.articles.get(&art.id).copied().map(Chosen::Article)}
                    on_choose={on_choose.clone()} />
            }) }
        },
        SmeList::SelfCheck => html! {
            { for m.self_check_parts().into_iter().map(|(part, items)| html! {
                <section key={part.id.as_str()} class="part" aria-labelledby={format!("{}-title", part.id)}>
                    <h4 id={format!("{}-title", part.id)}>{ part.title.get(lang) }</h4>
                    { for items.into_iter().map(|it| html! {
                        <SmeCard key={it.id.as_str()} q={SmeQ::Item(it)} {lang}
                            selected={cur.answer(&it.id).map(Chosen::Answer)}
                            on_choose={on_choose.clone()} />
                    }) }
                </section>
            }) }
        },
        SmeList::Actions => html! {
            { for m.actions().iter().map(|act| html! {
                <SmeCard key={act.id.as_str()} q={SmeQ::Action(act)} {lang}
                    selected={cur.answer(&act.id).map(Chosen::Answer)}
                    on_choose={on_choose.clone()} />
            }) }
        },
    }
}

/// The policy step of the open assessment (re-rendered only when name or policy change).
#[component]
fn CurrentPolicyStep() -> Html {
    let a = use_assessment();
    html! { <PolicyStep name={AttrValue::from(a.current.name.clone())} policy={a.current.policy.clone()} /> }
}

/// "3(1) 情報セキュリティ基本方針の作成と周知": a Part 2 section by its ID.
fn section_heading(lang: Lang, id: &str) -> Html {
    model()
        .section(id)
        .map(|s| section_ref(lang, s))
        .unwrap_or_default()
}

/// A stage's heading block: "第2段階：…", the chapter it is, the ★ level that declares it,
/// and what the guideline asks there.
fn stage_head(lang: Lang, st: &Stage) -> Html {
    let m = model();
    let level = st
        .star
        .as_ref()
        .and_then(|l| m.sa_levels().iter().find(|x| &x.id == l));
    let hid = format!("stage{}-title", st.number);
    html! {
        <>
            <h2 id={hid}>{ tn(lang, Msg::GlStageN, st.number) }{ "：" }{ official_name(lang, &st.title) }</h2>
            <p class="meta" data-testid="stage-chapter">
                { tn(lang, Msg::GlChapterN, st.chapter) }{ " " }{ st.chapter_title.get(lang) }
                if let Some(l) = level {
                    { " · " }{ t(lang, Msg::GlStageStar) }{ " " }<strong>{ l.glyph() }{ " " }{ l.label.get(lang) }</strong>
                }
            </p>
            <p>{ st.asks.get(lang) }</p>
        </>
    }
}

/// Stages 3 and 4: their sections with the initiatives that correspond (表2); Shindan does not
/// assess these sections one by one.
fn stage_sections_list(lang: Lang, st: &Stage) -> Html {
    let m = model();
    html! {
        <>
            <ul class="stage-sections" data-testid="stage-sections">
                { for m.stage_sections(st).map(|sec| html! {
                    <li key={sec.id.as_str()} data-section={sec.id.to_string()}>
                        { section_ref(lang, sec) }
                        <span class="meta">
                            { " — " }{ t(lang, Msg::GlSectionInitiatives) }{ ": " }
                            { m.actions_for_section(sec.id.as_str()).map(|a| tn(lang, Msg::InitiativeN, a.number)).collect::<Vec<_>>().join("、") }
                        </span>
                    </li>
                }) }
            </ul>
            <p class="note">{ t(lang, Msg::StageNotAssessed) }</p>
        </>
    }
}

/// Section 3(3): the measures decided and made known. Shindan asks nothing of its own here; it
/// reads self-diagnosis No.25 (see `assessment::stages`).
#[component]
fn MeasuresSection() -> Html {
    let lang = use_app().lang;
    let a = use_assessment();
    // Only what this section shows (not the whole stage progress: this runs on every answer).
    let done = crate::assessment::stages::measures_shared(&a.current);
    html! {
        <section id="sec-3-3" class="guide-section" data-section="sme.s3.3" aria-labelledby="sec-3-3-title">
            <h3 id="sec-3-3-title">{ section_heading(lang, "sme.s3.3") }</h3>
            <p>{ own_mark(lang) }{ " " }{ t(lang, Msg::MeasuresSectionBody) }</p>
            <p data-testid="sec-3-3-state" data-done={done.to_string()}>
                <strong>{ t(lang, if done { Msg::MeasuresSectionDone } else { Msg::MeasuresSectionNotYet }) }</strong>
            </p>
        </section>
    }
}

/// The sticky progress bar of the SME path: the 25 items as a progress bar (「12 / 25」), the
/// articles, and the way to the result. It stays visible at every scroll position.
#[component]
fn SmeProgress() -> Html {
    let lang = use_app().lang;
    let a = use_assessment();
    let m = model();
    let sc = a.open.self_check();
    let arts = m
        .articles()
        .iter()
        .filter(|x| a.current.articles.contains_key(&x.id))
        .count();
    html! {
        <div class="sticky-progress no-print" data-testid="sme-progress">
            <p class="progress-line" id="sme-progress">
                <label for="sme-progress-bar">{ t(lang, Msg::SelfCheckShort) }</label>
                <progress id="sme-progress-bar" max={sc.items.to_string()} value={sc.answered.to_string()} />
                <span data-testid="sme-progress-count">{ format!("{} / {}", sc.answered, sc.items) }</span>
                <span class="sep">{ format!("{} {} / {}", t(lang, Msg::ArticlesShort), arts, m.articles().len()) }</span>
                <a class="button small" href={Route::SmeAt("result").to_hash()}>{ t(lang, Msg::SeeResults) }</a>
            </p>
        </div>
    }
}

/// Right after the last self-diagnosis item: the total so far and the way to the result.
#[component]
fn ScoreAfterItems() -> Html {
    let lang = use_app().lang;
    let a = use_assessment();
    let m = model();
    let sc = a.open.self_check();
    html! {
        <p class="after-items" data-testid="score-after-items">
            <strong>{ t(lang, Msg::SelfCheckTotal) }{ ": " }{ crate::components::sme_summary::total_text(lang, sc) }</strong>
            if let Some(b) = sc.band(m) { { " — " }{ b.status.get(lang) } }
            { " " }<a href={Route::SmeAt("result").to_hash()}>{ t(lang, Msg::SeeResults) }</a>
        </p>
    }
}

type StepLink = Option<(&'static str, String)>;

/// 戻る / 次へ between the steps of the path, as links (each step has its own address).
fn step_nav(lang: Lang, here: &str, prev: StepLink, next: StepLink) -> Html {
    html! {
        <nav class="step-nav no-print" aria-label={format!("{}（{here}）", t(lang, Msg::StepNavLabel))}>
            if let Some((step, label)) = prev {
                <a class="prev" href={Route::SmeAt(step).to_hash()}>{ format!("← {}：{label}", t(lang, Msg::StepBack)) }</a>
            }
            if let Some((step, label)) = next {
                <a class="button next" href={Route::SmeAt(step).to_hash()}>{ format!("{}：{label} →", t(lang, Msg::StepNext)) }</a>
            }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct SmePageProps {
    /// The step a link opened (`#/sme/stage2` → `stage2`); the page scrolls there.
    #[prop_or_default]
    pub step: Option<&'static str>,
}

#[component]
pub fn SmePage(props: &SmePageProps) -> Html {
    let lang = use_app().lang;
    let m = model();
    let stages = m.stages();
    use_effect_with(props.step, |step| {
        if let Some(id) = step.and_then(Route::sme_anchor) {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(id))
            {
                el.scroll_into_view();
                if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.set_attribute("tabindex", "-1");
                    let _ = h.focus();
                }
            }
        }
    });
    let stage = |i: usize| stages.get(i);
    let stage_n = |i: usize| {
        stage(i)
            .map(|s| tn(lang, Msg::GlStageN, s.number))
            .unwrap_or_default()
    };
    let stage_link = |i: usize| {
        stage(i)
            .map(|s| {
                format!(
                    "{}：{}",
                    tn(lang, Msg::GlStageN, s.number),
                    s.title.get(lang)
                )
            })
            .unwrap_or_default()
    };
    let to = |name: &'static str, label: String| Some((name, label));

    html! {
        <div class="assessment-page">
            <h1>{ t(lang, Msg::SmeTitle) }</h1>
            <p class="lead">{ t(lang, Msg::SmeIntro) }</p>
            <p class="note" data-testid="sme-edition-note">{ t(lang, Msg::SmeEditionNote) }</p>
            <p class="disclaimer">{ t(lang, Msg::SelfAssessmentNotCertification) }</p>
            <CurrentMetaForm />
            <nav class="toc no-print" aria-label={t(lang, Msg::OnThisPage)}>
                <ul>
                    <li><a href={Route::SmeAt("stage1").to_hash()}>{ stage_link(0) }</a></li>
                    <li><a href={Route::SmeAt("stage2").to_hash()}>{ stage_link(1) }</a></li>
                    <li><a href={Route::SmeAt("stage3").to_hash()}>{ stage_link(2) }</a></li>
                    <li><a href={Route::SmeAt("stage4").to_hash()}>{ stage_link(3) }</a></li>
                    <li><a href={Route::SmeAt("initiatives").to_hash()}>{ t(lang, Msg::SmeActionsTitle) }</a></li>
                    <li><a href={Route::SmeAt("result").to_hash()}>{ t(lang, Msg::SummaryTitle) }</a></li>
                </ul>
            </nav>
            <SmeProgress />

            if let Some(st) = stage(0) {
                <section id="stage1" class="stage" data-testid="stage" data-stage="1" aria-labelledby="stage1-title">
                    { stage_head(lang, st) }
                    <section id="sec-2-1" class="guide-section" data-section="sme.s2.1" aria-labelledby="sec-2-1-title">
                        <h3 id="sec-2-1-title">{ section_heading(lang, "sme.s2.1") }</h3>
                        <p class="note">{ t(lang, Msg::ArticlesHelp) }</p>
                        <SmeCards list={SmeList::Articles} />
                    </section>
                    { step_nav(lang, &stage_n(0), None, to("stage2", stage_n(1))) }
                </section>
            }

            if let Some(st) = stage(1) {
                <section id="stage2" class="stage" data-testid="stage" data-stage="2" aria-labelledby="stage2-title">
                    { stage_head(lang, st) }
                    <p class="note">{ t(lang, Msg::StarTwoIsStageTwo) }</p>
                    <CurrentPolicyStep />
                    <section id="sec-3-2" class="guide-section" data-section="sme.s3.2" aria-labelledby="sec-3-2-title">
                        <h3 id="sec-3-2-title">{ section_heading(lang, "sme.s3.2") }</h3>
                        <p class="note">{ m.sme.self_check.respondent.get(lang) }</p>
                        <SmeCards list={SmeList::SelfCheck} />
                        <ScoreAfterItems />
                    </section>
                    <MeasuresSection />
                    { step_nav(lang, &stage_n(1), to("stage1", stage_n(0)), to("stage3", stage_n(2))) }
                </section>
            }

            if let Some(st) = stage(2) {
                <section id="stage3" class="stage" data-testid="stage" data-stage="3" aria-labelledby="stage3-title">
                    { stage_head(lang, st) }
                    { stage_sections_list(lang, st) }
                    { step_nav(lang, &stage_n(2), to("stage2", stage_n(1)), to("stage4", stage_n(3))) }
                </section>
            }

            if let Some(st) = stage(3) {
                <section id="stage4" class="stage" data-testid="stage" data-stage="4" aria-labelledby="stage4-title">
                    { stage_head(lang, st) }
                    { stage_sections_list(lang, st) }
                    { step_nav(lang, &stage_n(3), to("stage3", stage_n(2)), to("initiatives", t(lang, Msg::SmeActionsTitle).to_string())) }
                </section>
            }

            <section id="sme-actions" aria-labelledby="sme-actions-title">
                <h2 id="sme-actions-title">{ t(lang, Msg::SmeActionsTitle) }</h2>
                <p>{ t(lang, Msg::SmeActionsIntro) }</p>
                <SmeCards list={SmeList::Actions} />
                { step_nav(lang, t(lang, Msg::SmeActionsTitle), to("stage4", stage_n(3)), to("result", t(lang, Msg::SummaryTitle).to_string())) }
            </section>

            <SmeSummary />
        </div>
    }
}

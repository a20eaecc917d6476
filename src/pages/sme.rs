//! The SME step-up path as IPA's 中小企業の情報セキュリティ対策ガイドライン 第3.1版 lays it out:
//! stage 1 the 5 articles (chapter 2, ★); stage 2 the basic-policy draft, the 25-item
//! self-diagnosis and the measures decided and communicated (chapter 3, ★★); stages 3 and 4
//! (chapters 4 and 5) with the Seven Key Initiatives that correspond to their sections (表2).
//! Scoring, readiness and stage progress come from `shindan_core::assessment`; this view only shows
//! them. The path is shown one screen at a time (`Route::SME_SCREENS`): each stage, the
//! initiatives and the result at their own address.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::meta_form::{input_value, CurrentMetaForm};
use crate::components::question_card::{Choice, LazyDetails, QuestionCard};
use crate::components::said::{official_name, own, own_mark, said};
use crate::components::sme_summary::SmeSummary;
use crate::hooks::store::{use_assessment, use_choose, use_edit};
use crate::hooks::use_lang;
use crate::pages::guidelines::common::{section_ref, tn};
use shindan_core::assessment::{Action, ArticleStatus, Chosen, MetaField, PolicyDraft};
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Article, Id, KeyAction, Said, SelfCheckItem, Stage};
use shindan_core::route::Route;

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
                            { t(lang, Msg::GlActionSections) }{ t(lang, Msg::Colon) }
                            { for act.sections.iter().filter_map(|id| m.section(id.as_str())).enumerate().map(|(i, sec)| html! {
                                <>{ if i > 0 { t(lang, Msg::ListSep) } else { "" } }{ section_ref(lang, sec) }</>
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

/// The body class under which printing shows the basic policy alone (style/main.css).
const PRINT_POLICY: &str = "print-policy";

/// Prints the basic policy as a document of its own: the page is printed with a body class
/// that leaves only the policy (style/main.css), taken off again once printing is over.
fn print_policy() {
    let Some(w) = web_sys::window() else {
        return;
    };
    let Some(body) = w.document().and_then(|d| d.body()) else {
        return;
    };
    let classes = |b: &web_sys::HtmlElement, on: bool| {
        let kept: Vec<String> = b
            .class_name()
            .split_whitespace()
            .filter(|c| *c != PRINT_POLICY)
            .map(str::to_string)
            .chain(on.then(|| PRINT_POLICY.to_string()))
            .collect();
        b.set_class_name(&kept.join(" "));
    };
    classes(&body, true);
    let after = body.clone();
    // Replaces any earlier handler, so repeated prints leave one; it runs once and removes
    // itself (a second `afterprint` finds no handler, not a spent one).
    let done = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            w.set_onafterprint(None);
        }
        classes(&after, false);
    });
    w.set_onafterprint(Some(done.unchecked_ref()));
    let _ = w.print();
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
    let lang = use_lang();
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
    let on_print = Callback::from(|_| print_policy());
    let title = t(
        lang,
        if policy.established {
            Msg::PolicyTitleDecided
        } else {
            Msg::PolicyDraftTitle
        },
    );
    // On paper a blank stays a line to write on (an empty date input would print as
    // mm/dd/yyyy); on screen it says what is still to fill in.
    let line = t(lang, Msg::PolicyBlankLine);
    let paper_date = if policy.date.trim().is_empty() {
        t(lang, Msg::PolicyBlankDate).to_string()
    } else {
        shindan_core::format::date(lang, &policy.date)
    };

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
                    <h4 id="policy-title" data-decided={policy.established.to_string()}>{ title }</h4>
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
                    <p class="policy-sign no-print">{ fill_template(t(lang, Msg::PolicySignature), name, &policy.representative, &shindan_core::format::date(lang, &policy.date), blank) }</p>
                    <p class="policy-sign print-only" data-testid="policy-sign-print">{ fill_template(t(lang, Msg::PolicySignature), name, &policy.representative, &paper_date, line) }</p>
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
    /// Only the first this many cards (a slice of the list, `hooks::slices`); all if `None`.
    #[prop_or_default]
    pub shown: Option<usize>,
}

/// The question cards of one part of the SME page. These lists (with the summary, the meta form
/// and the policy step) are what follows the open assessment; the page around them does not
/// re-render on an answer, and of the cards only the changed one does.
#[component]
pub fn SmeCards(props: &SmeCardsProps) -> Html {
    let lang = use_lang();
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
        SmeList::SelfCheck => {
            let mut left = props.shown.unwrap_or(usize::MAX);
            let parts: Vec<_> = m
                .self_check_parts()
                .into_iter()
                .map_while(|(part, items)| {
                    let n = items.len().min(left);
                    left -= n;
                    (n > 0).then(|| (part, items.into_iter().take(n).collect::<Vec<_>>()))
                })
                .collect();
            html! {
                { for parts.into_iter().map(|(part, items)| html! {
                    <section key={part.id.as_str()} class="part" aria-labelledby={format!("{}-title", part.id)}>
                        <h4 id={format!("{}-title", part.id)}>{ part.title.get(lang) }</h4>
                        // A keyed list of its own: when a slice adds to the last part, the
                        // cards already shown are kept.
                        <>
                        { for items.into_iter().map(|it| html! {
                            <SmeCard key={it.id.as_str()} q={SmeQ::Item(it)} {lang}
                                selected={cur.answer(&it.id).map(Chosen::Answer)}
                                on_choose={on_choose.clone()} />
                        }) }
                        </>
                    </section>
                }) }
            }
        }
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
            <h2 id={hid}>{ tn(lang, Msg::GlStageN, st.number) }{ t(lang, Msg::Colon) }{ official_name(lang, &st.title) }</h2>
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
                { for m.stage_sections(st).map(|sec| {
                    let initiatives = m
                        .actions_for_section(sec.id.as_str())
                        .map(|a| tn(lang, Msg::InitiativeN, a.number))
                        .collect::<Vec<_>>()
                        .join(t(lang, Msg::ListSep));
                    html! {
                        <li key={sec.id.as_str()} data-section={sec.id.to_string()}>
                            { section_ref(lang, sec) }
                            // Nothing after the section when no initiative corresponds (no dangling dash).
                            if !initiatives.is_empty() {
                                <span class="meta">
                                    { " — " }{ t(lang, Msg::GlSectionInitiatives) }{ t(lang, Msg::Colon) }{ initiatives }
                                </span>
                            }
                        </li>
                    }
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
    let lang = use_lang();
    let a = use_assessment();
    // Only what this section shows (not the whole stage progress: this runs on every answer).
    let done = shindan_core::assessment::stages::measures_shared(&a.current);
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
    let lang = use_lang();
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
    let lang = use_lang();
    let a = use_assessment();
    let m = model();
    let sc = a.open.self_check();
    html! {
        <p class="after-items" data-testid="score-after-items">
            <strong>{ t(lang, Msg::SelfCheckTotal) }{ t(lang, Msg::Colon) }<span data-testid="sc-total-so-far">{ crate::components::sme_summary::total_text(lang, sc) }</span></strong>
            if let Some(b) = sc.band(m) { { " — " }{ b.status.get(lang) } }
            { " " }<a href={Route::SmeAt("result").to_hash()}>{ t(lang, Msg::SeeResults) }</a>
        </p>
    }
}

/// The short name of a screen of the path, for the step list and 戻る / 次へ.
fn screen_label(lang: Lang, screen: &str) -> String {
    match screen {
        "initiatives" => t(lang, Msg::SmeActionsTitle).to_string(),
        "result" => t(lang, Msg::SmeResultScreen).to_string(),
        s => s
            .strip_prefix("stage")
            .map(|n| tn(lang, Msg::GlStageN, n))
            .unwrap_or_default(),
    }
}

/// 戻る / 次へ between the screens of the path, as links: each screen has its own address, so
/// the browser's back button returns too.
fn step_nav(lang: Lang, screen: &str) -> Html {
    let screens = Route::SME_SCREENS;
    let at = screens.iter().position(|s| *s == screen).unwrap_or(0);
    let prev = at.checked_sub(1).and_then(|i| screens.get(i));
    let next = screens.get(at + 1);
    let colon = t(lang, Msg::Colon);
    html! {
        <nav class="step-nav no-print" aria-label={t(lang, Msg::StepNavLabel)} data-testid="step-nav">
            if let Some(p) = prev {
                <a class="prev" rel="prev" href={Route::SmeAt(p).to_hash()}>{ format!("← {}{colon}{}", t(lang, Msg::StepBack), screen_label(lang, p)) }</a>
            }
            if let Some(n) = next {
                <a class="button next" rel="next" href={Route::SmeAt(n).to_hash()}>{ format!("{}{colon}{} →", t(lang, Msg::StepNext), screen_label(lang, n)) }</a>
            }
        </nav>
    }
}

/// The screens of the path as a list of links, the current one marked: where the user is, and a
/// way to any other screen.
fn stepper(lang: Lang, screen: &str) -> Html {
    html! {
        <nav class="stepper no-print" aria-label={t(lang, Msg::SmeStepsLabel)} data-testid="sme-stepper">
            <ol>
                { for Route::SME_SCREENS.iter().map(|s| html! {
                    <li key={*s}>
                        <a href={Route::SmeAt(s).to_hash()} aria-current={(*s == screen).then_some("step")}>
                            { screen_label(lang, s) }
                        </a>
                    </li>
                }) }
            </ol>
        </nav>
    }
}

/// "No. [18] 移動": goes to a self-diagnosis item by its number (`#/sme/item/18`).
#[component]
fn ItemJump() -> Html {
    let lang = use_lang();
    let input = use_node_ref();
    let onsubmit = {
        let input = input.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(el) = input.cast::<HtmlInputElement>() else {
                return;
            };
            // The input's own range check (1–25) has run; anything else stays where it is.
            match el.value().trim().parse::<u8>() {
                Ok(n) if (1..=Route::SME_ITEMS).contains(&n) => {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().set_hash(&Route::SmeItem(n).to_hash());
                    }
                }
                _ => {
                    let _ = el.focus();
                }
            }
        })
    };
    html! {
        <form class="item-jump no-print" data-testid="item-jump" {onsubmit}>
            <label for="item-jump-no">{ t(lang, Msg::SmeItemJump) }</label>
            <input id="item-jump-no" ref={input} type="number" inputmode="numeric" min="1"
                max={Route::SME_ITEMS.to_string()} required=true />
            <button type="submit" class="secondary">{ t(lang, Msg::SmeItemJumpGo) }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct SmePageProps {
    /// The address on the path (`#/sme`, `#/sme/stage2`, `#/sme/item/18`): which screen shows,
    /// and what it scrolls to and focuses.
    pub route: Route,
}

/// Moves to what an address on the path names: a step's heading, or an item's answer. False
/// while that is not rendered yet (a later slice of stage 2 brings it); true once moved there,
/// or when the address names nothing to move to.
fn focus_target(route: &Route) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return true;
    };
    let (block, focus) = match route {
        Route::SmeAt(step) => {
            let Some(id) = Route::sme_anchor(step) else {
                return true;
            };
            let Some(block) = doc.get_element_by_id(id) else {
                return false;
            };
            let heading = block.query_selector("h2, h3").ok().flatten();
            (block.clone(), heading.unwrap_or(block))
        }
        Route::SmeItem(n) => {
            let Some(item) = model().sme.self_check.items.iter().find(|i| i.number == *n) else {
                return true;
            };
            let Some(block) = doc
                .query_selector(&format!("fieldset[data-item=\"{}\"]", item.id))
                .ok()
                .flatten()
            else {
                return false;
            };
            // The chosen answer if there is one, else the first: arrow keys change it from there.
            let radio = block
                .query_selector("input:checked")
                .ok()
                .flatten()
                .or_else(|| block.query_selector("input").ok().flatten());
            (block.clone(), radio.unwrap_or(block))
        }
        _ => return true,
    };
    block.scroll_into_view();
    if let Ok(h) = focus.dyn_into::<web_sys::HtmlElement>() {
        if h.tab_index() < 0 && h.get_attribute("tabindex").is_none() {
            let _ = h.set_attribute("tabindex", "-1");
        }
        let _ = h.focus();
    }
    true
}

/// How many self-diagnosis items stage 2's first render shows: what follows its heading (the
/// policy draft) fills the first screen on a phone and on a laptop, so a few items start the
/// list and the rest follow.
const ITEMS_FIRST: usize = 2;

/// How many items each following task adds: each is a card of five radio buttons, a few of
/// them well under a long task at 4× CPU.
const ITEMS_PER_SLICE: usize = 4;

/// The SME path, one screen at a time: each stage, the initiatives and the result have their
/// own address, so a phone shows one stage and not the whole path on one long page.
#[component]
pub fn SmePage(props: &SmePageProps) -> Html {
    let screen = props.route.sme_screen().unwrap_or(Route::SME_SCREENS[0]);
    // Keyed by the screen: another screen starts its own render (and its slices) afresh, while
    // an address within the same screen (`#/sme/item/7` after `#/sme/stage2`) keeps it.
    html! { <SmeScreen key={screen} route={props.route.clone()} /> }
}

/// One screen of the path. Stage 2 is rendered in slices on every render (a returning user's,
/// a navigation's): its first screenful with the first items, then a few items per task, and
/// what follows the items (the total after them, section 3(3), 戻る / 次へ) once all are there;
/// `aria-busy` until then. The progress at the top is the store's, right in every slice.
#[component]
fn SmeScreen(props: &SmePageProps) -> Html {
    let lang = use_lang();
    let m = model();
    let stages = m.stages();
    let screen = props.route.sme_screen().unwrap_or(Route::SME_SCREENS[0]);
    let items = if screen == "stage2" {
        m.sme.self_check.items.len()
    } else {
        0
    };
    let shown = crate::hooks::slices::use_slices(ITEMS_FIRST, ITEMS_PER_SLICE, items);
    let whole = shown == items;
    // Tried again with each slice until what the address names is there (an item deep in
    // stage 2 comes in a later slice), then not again for the same address.
    let focused = use_mut_ref(|| None::<Route>);
    use_effect_with((props.route.clone(), shown), move |(route, _)| {
        let mut done = focused.borrow_mut();
        if done.as_ref() != Some(route) && focus_target(route) {
            *done = Some(route.clone());
        }
    });
    let stage = |i: usize| stages.get(i);
    // The first render of a hydrated first stage ends with its questions (`hooks::ShellState::first_slice`).
    let sliced = crate::hooks::use_first_slice();

    html! {
        // Busy while later slices are still to come: assistive technology (and the e2e suite's
        // `ready`) waits for the whole page.
        <div class="assessment-page sme-path" data-screen={screen} aria-busy={(!whole).then_some("true")}>
            <h1>{ t(lang, Msg::SmeTitle) }</h1>
            if screen == "stage1" {
                <p class="lead">{ t(lang, Msg::SmeIntro) }</p>
                <p class="note" data-testid="sme-edition-note">{ t(lang, Msg::SmeEditionNote) }</p>
                <p class="disclaimer">{ t(lang, Msg::SelfAssessmentNotCertification) }</p>
                <CurrentMetaForm />
            }
            { stepper(lang, screen) }
            <SmeProgress />

            if screen == "stage1" {
                if let Some(st) = stage(0) {
                    <section id="stage1" class="stage" data-testid="stage" data-stage="1" aria-labelledby="stage1-title">
                        { stage_head(lang, st) }
                        <section id="sec-2-1" class="guide-section" data-section="sme.s2.1" aria-labelledby="sec-2-1-title">
                            <h3 id="sec-2-1-title">{ section_heading(lang, "sme.s2.1") }</h3>
                            <p class="note">{ t(lang, Msg::ArticlesHelp) }</p>
                            <SmeCards list={SmeList::Articles} />
                        </section>
                    </section>
                }
            }

            if screen == "stage2" {
                if let Some(st) = stage(1) {
                    <section id="stage2" class="stage" data-testid="stage" data-stage="2" aria-labelledby="stage2-title">
                        { stage_head(lang, st) }
                        <p class="note">{ t(lang, Msg::StarTwoIsStageTwo) }</p>
                        <CurrentPolicyStep />
                        <section id="sec-3-2" class="guide-section" data-section="sme.s3.2" aria-labelledby="sec-3-2-title">
                            <h3 id="sec-3-2-title">{ section_heading(lang, "sme.s3.2") }</h3>
                            <p class="note">{ m.sme.self_check.respondent.get(lang) }</p>
                            <ItemJump />
                            <SmeCards list={SmeList::SelfCheck} shown={Some(shown)} />
                            if whole {
                                <ScoreAfterItems />
                            }
                        </section>
                        if whole {
                            <MeasuresSection />
                        }
                    </section>
                }
            }

            if screen == "stage3" || screen == "stage4" {
                if let Some(st) = stage(if screen == "stage3" { 2 } else { 3 }) {
                    <section id={screen} class="stage" data-testid="stage" data-stage={st.number.to_string()}
                        aria-labelledby={format!("{screen}-title")}>
                        { stage_head(lang, st) }
                        { stage_sections_list(lang, st) }
                    </section>
                }
            }

            if screen == "initiatives" {
                <section id="sme-actions" aria-labelledby="sme-actions-title">
                    <h2 id="sme-actions-title">{ t(lang, Msg::SmeActionsTitle) }</h2>
                    <p>{ t(lang, Msg::SmeActionsIntro) }</p>
                    <SmeCards list={SmeList::Actions} />
                </section>
            }

            if screen == "result" {
                <SmeSummary />
            }
            if whole && !sliced {
                { step_nav(lang, screen) }
            }
        </div>
    }
}

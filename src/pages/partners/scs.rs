//! The SCS level helper: from the scheme's three questions, which level of METI's
//! supply-chain security evaluation scheme (★3 or ★4) to ask a partner for. Only the scheme's
//! name, levels and decision rule are used (no requirement text, see the facts file); what each
//! level involves is Shindan's summary and is marked so, with its sources. The answer 「ひとまず★3」
//! is the wording the interim report is reported with by a secondary source (the Tokyo
//! Metropolitan Government's SME site; `shared/reference/scs-facts.md`, confidence S, not read on
//! the official page), so it is shown as Shindan's words with where the wording comes from.

use yew::prelude::*;

use crate::components::said::own_mark;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::supply::{scs_level, ScsLevel, ScsQuestions};

/// The SCS helper.
#[component]
pub(super) fn ScsHelper() -> Html {
    let lang = use_lang();
    let q = use_state(ScsQuestions::default);
    let check = |id: &'static str,
                 msg: Msg,
                 get: fn(&ScsQuestions) -> bool,
                 set: fn(&mut ScsQuestions, bool)| {
        let q = q.clone();
        let checked = get(&q);
        let onchange = Callback::from(move |_: Event| {
            let mut next = *q;
            set(&mut next, !get(&q));
            q.set(next);
        });
        html! {
            <label class="choice" for={id}>
                <input type="checkbox" {id} {checked} {onchange} />
                { t(lang, msg) }
            </label>
        }
    };
    let level = scs_level(&q);
    html! {
        <section aria-labelledby="scs-title" class="no-print">
            <h2 id="scs-title">{ t(lang, Msg::ScsTitle) }</h2>
            <p>{ own_mark(lang) }{ " " }{ t(lang, Msg::ScsIntro) }</p>
            <fieldset>
                <legend>{ t(lang, Msg::ScsTitle) }</legend>
                { check("scs-q1", Msg::ScsQ1, |q| q.confidential_information, |q, v| q.confidential_information = v) }
                { check("scs-q2", Msg::ScsQ2, |q| q.unacceptable_delay, |q, v| q.unacceptable_delay = v) }
                { check("scs-q3", Msg::ScsQ3, |q| q.internal_access, |q, v| q.internal_access = v) }
            </fieldset>
            <p role="status" data-testid="scs-level" data-level={match level { ScsLevel::Star3 => "3", ScsLevel::Star4 => "4" }}>
                if level == ScsLevel::Star3 {
                    { own_mark(lang) }{ " " }
                }
                <strong>{ t(lang, match level { ScsLevel::Star3 => Msg::ScsAsk3, ScsLevel::Star4 => Msg::ScsAsk4 }) }</strong>
            </p>
            if level == ScsLevel::Star3 {
                <p class="source" data-testid="scs-wording-source">{ t(lang, Msg::ScsHelperWording) }</p>
            }
            <p data-testid="scs-means">{ own_mark(lang) }{ " " }{ t(lang, match level { ScsLevel::Star3 => Msg::ScsMeans3, ScsLevel::Star4 => Msg::ScsMeans4 }) }</p>
            <p class="source">{ t(lang, Msg::ScsSource) }</p>
            <p class="note">{ t(lang, Msg::ScsNotEval) }</p>
            <p><a href={shindan_core::route::Route::Scs.to_hash()} data-testid="to-scs">{ t(lang, Msg::ScsSelfLink) }{ " →" }</a></p>
        </section>
    }
}

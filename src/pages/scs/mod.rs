//! The SCS ★3/★4 self-assessment (`#/scs`): open your own copy of IPA's requirements and
//! criteria workbook, see each level's progress and result (n met of all its criteria per
//! category, the gaps listed), and hand it over (the answered workbook, CSV, the one-page ★3
//! summary). The criteria are assessed on [`assess::ScsAssessPage`]; the summary is
//! [`summary::ScsSummaryPage`]. What each shows is decided in `shindan_core::vm::scs`; the
//! reading and writing of the file happen in the SCS worker (`door::scs`).

use yew::prelude::*;

use crate::components::said::own_mark;
use crate::hooks::scs::{use_scs, ScsHandle};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::route::Route;
use shindan_core::scs::{Level, Mark};
use shindan_core::vm::scs::{progress, result, LevelResult};

pub mod assess;
mod files;
pub mod summary;

/// The overview page.
#[component]
pub fn ScsPage() -> Html {
    let lang = use_lang();
    let scs = use_scs();
    let wb = scs.kept.value.workbook.as_ref();
    html! {
        <div class="scs-page">
            <h1>{ t(lang, Msg::ScsSelfTitle) }</h1>
            <p class="own">{ own_mark(lang) }{ " " }{ t(lang, Msg::ScsSelfIntro) }</p>
            <p class="note">{ t(lang, Msg::ScsNotEval) }</p>
            { storage_notes(lang, &scs) }
            <files::OpenWorkbook scs={scs.clone()} />
            if let Some(wb) = wb {
                { identity(lang, wb) }
                { level_section(lang, &scs, Level::Star3) }
                { level_section(lang, &scs, Level::Star4) }
                <files::HandOver scs={scs.clone()} />
                <files::Forget scs={scs.clone()} />
            }
        </div>
    }
}

/// What storage said about the assessment: read-only, set aside, not saved.
pub fn storage_notes(lang: Lang, scs: &ScsHandle) -> Html {
    let k = &scs.kept;
    html! {
        <>
            if k.read_only {
                <p class="warn" data-testid="scs-read-only">{ t(lang, Msg::ScsSelfReadOnly) }</p>
            }
            if let Some(q) = &k.quarantined {
                <p class="warn">{ tn(lang, Msg::ScsSelfQuarantined, q) }</p>
            }
            if let Some(e) = &k.save_error {
                <p class="warn" role="alert">{ t(lang, Msg::ScsSelfSaveFailed) }{ " " }{ e }</p>
            }
        </>
    }
}

/// The workbook kept: its file, edition and SHA-256.
fn identity(lang: Lang, wb: &shindan_core::scs::Workbook) -> Html {
    let edition = match wb.published() {
        Some(p) => format!("{} ({})", wb.edition, p),
        None => wb.edition.clone(),
    };
    let read_on =
        shindan_core::format::date(lang, &shindan_core::format::iso_date_of_ms(wb.read_at));
    html! {
        <section aria-labelledby="scs-wb-title" data-testid="scs-workbook">
            <h2 id="scs-wb-title">{ t(lang, Msg::ScsSelfWorkbook) }</h2>
            <dl class="scs-identity">
                <dt>{ t(lang, Msg::ScsSelfFileName) }</dt>
                <dd data-testid="scs-file-name">{ &wb.file_name }</dd>
                <dt>{ t(lang, Msg::ScsSelfEdition) }</dt>
                <dd>{ edition }</dd>
                <dt>{ "SHA-256" }</dt>
                <dd><code class="scs-sha" data-testid="scs-sha">{ &wb.sha256 }</code></dd>
                <dt>{ t(lang, Msg::ScsSelfReadAt) }</dt>
                <dd>{ read_on }</dd>
            </dl>
            if wb.synthetic {
                <p class="warn" data-testid="scs-synthetic">{ t(lang, Msg::ScsSelfSynthetic) }</p>
            }
        </section>
    }
}

fn level_msg(level: Level) -> Msg {
    match level {
        Level::Star3 => Msg::ScsSelfLevel3,
        Level::Star4 => Msg::ScsSelfLevel4,
    }
}

fn level_code(level: Level) -> &'static str {
    match level {
        Level::Star3 => "3",
        Level::Star4 => "4",
    }
}

/// A level's progress, result and the way to its criteria.
fn level_section(lang: Lang, scs: &ScsHandle, level: Level) -> Html {
    let f = &scs.kept.value;
    let p = progress(f, level);
    let (to, link) = match level {
        Level::Star3 => (Route::ScsStar3, Msg::ScsSelfToStar3),
        Level::Star4 => (Route::ScsStar4, Msg::ScsSelfToStar4),
    };
    let id = format!("scs-level{}", level_code(level));
    html! {
        <section aria-labelledby={format!("{id}-title")} data-testid={id.clone()}>
            <h2 id={format!("{id}-title")}>{ t(lang, level_msg(level)) }</h2>
            <p data-testid="scs-progress">
                { t(lang, Msg::ScsSelfAnswered) }{ format!(" {} / {}", p.answered, p.total) }
            </p>
            <p><a href={to.to_hash()} data-testid={format!("scs-to-star{}", level_code(level))}>{ t(lang, link) }{ " →" }</a></p>
            if let Some(r) = result(f, level) {
                { result_table(lang, &r) }
            }
        </section>
    }
}

/// The mark's name.
pub fn mark_msg(m: Mark) -> Msg {
    match m {
        Mark::Met => Msg::ScsSelfMarkMet,
        Mark::Partly => Msg::ScsSelfMarkPartly,
        Mark::NotMet => Msg::ScsSelfMarkNotMet,
        Mark::Unanswered => Msg::ScsSelfMarkNone,
    }
}

/// n met of all the level's criteria per category, with the gaps (IDs and marks).
pub fn result_table(lang: Lang, r: &LevelResult) -> Html {
    let level = level_code(r.level);
    html! {
        <div class="table-wrap">
            <table class="scs-result" data-testid={format!("scs-result{level}")}>
                <caption>{ t(lang, Msg::ScsSelfResultTitle) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Msg::ScsSelfCategory) }</th>
                    <th scope="col">{ t(lang, Msg::ScsSelfMetOfTotal) }</th>
                    <th scope="col">{ t(lang, Msg::ScsSelfGaps) }</th>
                </tr></thead>
                <tbody>
                    { for r.categories.iter().map(|c| html! {
                        <tr key={c.category} data-testid={format!("scs-cat{}", c.category)}>
                            <th scope="row" lang="ja">{ format!("{} {}", c.category, c.name) }</th>
                            <td class="num" data-testid="scs-met">{ format!("{} / {}", c.met, c.total) }</td>
                            <td class="scs-gaps">
                                if c.gaps.is_empty() {
                                    { t(lang, Msg::ScsSelfNoGaps) }
                                } else {
                                    { for c.gaps.iter().map(|g| html! {
                                        <span class="scs-gap" key={g.id.clone()}>
                                            { &g.id }{ " " }
                                            <span class="scs-gap-mark">{ match g.mark { Mark::Unanswered => t(lang, Msg::ScsSelfMarkNone), m => m.symbol() } }</span>
                                        </span>
                                    }) }
                                }
                            </td>
                        </tr>
                    }) }
                </tbody>
                <tfoot><tr>
                    <th scope="row">{ t(lang, Msg::ScsSelfMetCount) }</th>
                    <td class="num" data-testid="scs-met-total">{ format!("{} / {}", r.met, r.total) }</td>
                    <td>if r.ready() { { t(lang, Msg::ScsSelfAllMet) } }</td>
                </tr></tfoot>
            </table>
            <p class="own small">{ own_mark(lang) }{ " " }{ t(lang, Msg::ScsSelfResultNote) }</p>
        </div>
    }
}

//! The one-page ★3 readiness summary (`#/scs/summary`), for the security expert's check and
//! the executives' self-declaration: the workbook's identity, n met of all the ★3 criteria per
//! category with the gaps, whether every criterion is met, and room to sign. Printed from the
//! browser (A4; the shell is left out in print, as for the other reports).

use yew::prelude::*;

use super::{result_table, storage_notes};
use crate::components::said::own_mark;
use crate::hooks::scs::use_scs;
use crate::hooks::use_lang;
use crate::pages::report::{today_iso, PrintButton};
use shindan_core::i18n::{t, Msg};
use shindan_core::route::Route;
use shindan_core::scs::Level;
use shindan_core::vm::scs::result;

#[component]
pub fn ScsSummaryPage() -> Html {
    let lang = use_lang();
    let scs = use_scs();
    let f = &scs.kept.value;
    let back = html! { <p class="no-print"><a href={Route::Scs.to_hash()}>{ "← " }{ t(lang, Msg::ScsSelfBack) }</a></p> };
    let (Some(wb), Some(r)) = (f.workbook.as_ref(), result(f, Level::Star3)) else {
        return html! {
            <div class="scs-page">
                <h1>{ t(lang, Msg::ScsSelfSummaryTitle) }</h1>
                { storage_notes(lang, &scs) }
                <p data-testid="scs-no-workbook">{ t(lang, Msg::ScsSelfNoWorkbook) }</p>
                { back }
            </div>
        };
    };
    let edition = match wb.published() {
        Some(p) => format!("{} ({})", wb.edition, p),
        None => wb.edition.clone(),
    };
    html! {
        <div class="report scs-summary" data-testid="scs-summary">
            { back }
            <h1>{ t(lang, Msg::ScsSelfSummaryTitle) }</h1>
            <p class="own">{ own_mark(lang) }{ " " }{ t(lang, Msg::ScsSelfSummaryIntro) }</p>
            <dl class="scs-identity">
                <dt>{ t(lang, Msg::ScsSelfFileName) }</dt><dd>{ &wb.file_name }</dd>
                <dt>{ t(lang, Msg::ScsSelfEdition) }</dt><dd>{ edition }</dd>
                <dt>{ "SHA-256" }</dt><dd><code class="scs-sha">{ &wb.sha256 }</code></dd>
                <dt>{ t(lang, Msg::ScsSelfSummaryDate) }</dt><dd>{ shindan_core::format::date(lang, &today_iso()) }</dd>
            </dl>
            if wb.synthetic {
                <p class="warn">{ t(lang, Msg::ScsSelfSynthetic) }</p>
            }
            <p class="scs-overall" data-testid="scs-overall">
                { t(lang, Msg::ScsSelfSummaryOverall) }{ ": " }<strong>{ format!("{} / {}", r.met, r.total) }</strong>
            </p>
            <p class="own">{ own_mark(lang) }{ " " }{ t(lang, if r.ready() { Msg::ScsSelfSummaryReady } else { Msg::ScsSelfSummaryNotReady }) }</p>
            { result_table(lang, &r) }
            <p class="scs-sign">{ t(lang, Msg::ScsSelfSummarySign) }{ ": " }<span class="scs-sign-line"></span></p>
            <p class="note">{ t(lang, Msg::ScsNotEval) }</p>
            <p class="no-print"><PrintButton id="scs-print" /></p>
        </div>
    }
}

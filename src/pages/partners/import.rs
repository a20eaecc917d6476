//! Importing partners' responses: pasted links (one per line, hundreds at once) or response
//! files (the `.txt` the partner's page saves), opened through WebCrypto at the edge and then
//! applied by the store's pure import rules. The report says what happened to every line; for
//! files, which file and which line of it.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::door::supply_crypto::open_all;
use crate::hooks::store::SupplyHandle;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::store::SupplyAction;
use shindan_core::supply::{LineReport, Outcome, Reading};

/// A response file is a link and a few lines of text: anything this big is not one.
const MAX_FILE_BYTES: f64 = 8.0 * 1024.0 * 1024.0;

/// Where the lines of the last import came from, when they came from files: each file's name
/// and the number of its first line in the joined text.
#[derive(Clone, Debug, Default, PartialEq)]
struct Sources(Vec<(String, usize)>);

impl Sources {
    /// The file and the line within it of line `n` of the joined text.
    fn locate(&self, n: usize) -> Option<(&str, usize)> {
        self.0
            .iter()
            .rev()
            .find(|(_, first)| *first <= n)
            .map(|(name, first)| (name.as_str(), n - first + 1))
    }
}

fn report_line(lang: Lang, r: &LineReport, sources: &Sources) -> Html {
    let what = match &r.result {
        Ok(i) => {
            let mut parts = vec![
                i.organisation.clone(),
                t(
                    lang,
                    match i.outcome {
                        Outcome::NewPartner => Msg::PartnersNewPartner,
                        Outcome::Updated => Msg::PartnersUpdated,
                        Outcome::History => Msg::PartnersHistory,
                        Outcome::AlreadyImported => Msg::PartnersAlready,
                    },
                )
                .to_string(),
            ];
            if !i.e2e {
                parts.push(t(lang, Msg::PartnersNotE2e).to_string());
            }
            if i.request_deleted {
                parts.push(t(lang, Msg::PartnersToDeleted).to_string());
            }
            parts.join(" — ")
        }
        Err(e) => e.text(Reading::Response, lang),
    };
    let place = match sources.locate(r.line) {
        Some((file, line)) => format!("{file} {}", tn(lang, Msg::PartnersLine, line)),
        None => tn(lang, Msg::PartnersLine, r.line),
    };
    html! {
        <li class={classes!(r.result.is_err().then_some("warn"))} data-line={r.line.to_string()}
            data-error={r.result.as_ref().err().map(|e| e.class())}>
            { place }{ ": " }{ what }
        </li>
    }
}

/// The counts at the head of a report: lines read, partners added, updated, errors.
fn report_counts(lang: Lang, report: &[LineReport]) -> String {
    let count = |o: Outcome| {
        report
            .iter()
            .filter(|r| matches!(&r.result, Ok(i) if i.outcome == o))
            .count()
    };
    let errors = report.iter().filter(|r| r.result.is_err()).count();
    t(lang, Msg::PartnersReportCounts)
        .replace("{lines}", &report.len().to_string())
        .replace("{new}", &count(Outcome::NewPartner).to_string())
        .replace("{updated}", &count(Outcome::Updated).to_string())
        .replace(
            "{kept}",
            &(count(Outcome::History) + count(Outcome::AlreadyImported)).to_string(),
        )
        .replace("{errors}", &errors.to_string())
}

/// Opens what `text` holds and hands it to the store; `done` runs when the store has it.
fn import(sup: SupplyHandle, text: String, done: impl FnOnce() + 'static) {
    let pending = sup.supply.value.to_open(&text);
    wasm_bindgen_futures::spawn_local(async move {
        // Each opened content read in full before the store imports it (the store keeps the
        // SCS readiness as bytes and never decodes it).
        let opened = open_all(pending)
            .await
            .into_iter()
            .map(|(k, r)| (k, shindan_core::supply::check_opened(r)))
            .collect();
        sup.send(SupplyAction::Import { text, opened });
        done();
    });
}

#[derive(Properties, PartialEq)]
pub(super) struct ImportBoxProps {
    pub supply: SupplyHandle,
}

/// The import box: a text area for pasted links and a file picker for response files.
#[component]
pub(super) fn ImportBox(props: &ImportBoxProps) -> Html {
    let lang = use_lang();
    let text = use_state(String::new);
    let busy = use_state(|| false);
    let sources = use_state(Sources::default);
    // Files that could not be read: (name, why); the others were imported.
    let unread = use_state(Vec::<(String, &'static str)>::new);
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(a) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                text.set(a.value());
            }
        })
    };
    let on_import = {
        let text = text.clone();
        let busy = busy.clone();
        let sources = sources.clone();
        let unread = unread.clone();
        let sup = props.supply.clone();
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            sources.set(Sources::default());
            unread.set(Vec::new());
            let (text, busy) = (text.clone(), busy.clone());
            import(sup.clone(), (*text).clone(), move || {
                text.set(String::new());
                busy.set(false);
            });
        })
    };
    let on_files = {
        let busy = busy.clone();
        let sources = sources.clone();
        let unread = unread.clone();
        let sup = props.supply.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let files: Vec<web_sys::File> = input
                .files()
                .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
                .unwrap_or_default();
            // The same file can be chosen again after this.
            input.set_value("");
            if files.is_empty() || *busy {
                return;
            }
            busy.set(true);
            let (busy, sources, unread, sup) =
                (busy.clone(), sources.clone(), unread.clone(), sup.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let mut joined = String::new();
                let mut from = Vec::new();
                let mut failed = Vec::new();
                for f in files {
                    let name = f.name();
                    if f.size() > MAX_FILE_BYTES {
                        failed.push((name, "too-big"));
                        continue;
                    }
                    match crate::door::files::text_of(&f).await {
                        Ok(s) => {
                            from.push((name, joined.lines().count() + 1));
                            joined.push_str(&s);
                            if !joined.ends_with('\n') {
                                joined.push('\n');
                            }
                        }
                        Err(why) => failed.push((name, why)),
                    }
                }
                unread.set(failed);
                if joined.trim().is_empty() {
                    busy.set(false);
                    return;
                }
                sources.set(Sources(from));
                import(sup, joined, move || busy.set(false));
            });
        })
    };
    let report = props.supply.report.clone();
    html! {
        <section aria-labelledby="import-title" class="no-print">
            <h2 id="import-title">{ t(lang, Msg::PartnersImport) }</h2>
            <p id="import-help">{ t(lang, Msg::PartnersImportHelp) }</p>
            <textarea id="import-text" rows="6" aria-labelledby="import-title" aria-describedby="import-help"
                value={(*text).clone()} oninput={on_input} />
            <p class="import-actions">
                <button type="button" id="import-go" onclick={on_import} disabled={*busy || text.trim().is_empty()}>
                    { t(lang, if *busy { Msg::PartnersImporting } else { Msg::PartnersImportButton }) }
                </button>
                <label for="import-files" class="file-pick">{ t(lang, Msg::PartnersImportFile) }</label>
                <input id="import-files" type="file" multiple=true accept=".txt,text/plain"
                    aria-describedby="import-files-help" onchange={on_files} disabled={*busy} />
                <span class="hint" id="import-files-help">{ t(lang, Msg::PartnersImportFileHelp) }</span>
            </p>
            if !unread.is_empty() {
                <ul class="warn" role="alert" data-testid="import-unread">
                    { for unread.iter().map(|(name, why)| html! {
                        <li data-why={*why}>{ name.clone() }{ ": " }{ t(lang, if *why == "too-big" { Msg::PartnersFileTooBig } else { Msg::PartnersFileUnread }) }</li>
                    }) }
                </ul>
            }
            if let Some(report) = report {
                <ReportView report={report} sources={(*sources).clone()} />
            }
        </section>
    }
}

#[derive(Properties)]
struct ReportViewProps {
    report: Rc<Vec<LineReport>>,
    sources: Sources,
}

impl PartialEq for ReportViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report) && self.sources == other.sources
    }
}

#[component]
fn ReportView(props: &ReportViewProps) -> Html {
    let lang = use_lang();
    html! {
        <div role="status" aria-live="polite">
            <h3>{ t(lang, Msg::PartnersReport) }</h3>
            <p data-testid="import-counts">{ report_counts(lang, &props.report) }</p>
            <ul class="import-report" data-testid="import-report">
                { for props.report.iter().map(|r| report_line(lang, r, &props.sources)) }
            </ul>
        </div>
    }
}

//! The SCS overview's file parts: opening the user's copy of the workbook (chosen or dropped),
//! handing over the answered copy and the CSV, and forgetting the workbook. The state machine
//! is `shindan_core::vm::scs::ScsOpen`; the file goes to the SCS worker through `door::scs`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::door::scs as door;
use crate::hooks::download::Downloader;
use crate::hooks::scs::ScsHandle;
use crate::hooks::store::now;
use crate::hooks::use_lang;
use crate::hooks::vm::{use_vm, VmHandle};
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::store::scs::ScsAction;
use shindan_core::vm::scs::{OpenCommand, OpenEvent, OpenState, ScsOpen};

#[derive(Properties, PartialEq)]
pub struct ScsPartProps {
    pub scs: ScsHandle,
}

/// The file an input or a drop holds.
fn picked(e: &Event) -> Option<web_sys::File> {
    e.target()?
        .dyn_into::<HtmlInputElement>()
        .ok()?
        .files()?
        .get(0)
}

fn dropped(e: &DragEvent) -> Option<web_sys::File> {
    e.data_transfer()?.files()?.get(0)
}

/// Carries out a command of the state machine for `file`.
fn run(
    vm: &VmHandle<ScsOpen>,
    scs: &ScsHandle,
    file: web_sys::File,
    cmd: Option<OpenCommand>,
    d: Option<Downloader>,
) {
    let Some(cmd) = cmd else { return };
    let (vm, scs) = (vm.dispatcher(), scs.clone());
    match cmd {
        OpenCommand::Read => wasm_bindgen_futures::spawn_local(async move {
            let outcome = match door::read(&file).await {
                Ok(r) => r.map(Box::new),
                Err(e) => Err(worker_failed(e)),
            };
            let kept = Box::new(scs.latest().value.clone());
            let event = OpenEvent::Read {
                outcome,
                kept,
                now: now(),
            };
            if let Some(OpenCommand::Store(a)) = vm.update(|s| {
                use shindan_core::vm::Update;
                s.update(event)
            }) {
                scs.edit(a);
            }
        }),
        OpenCommand::Export => wasm_bindgen_futures::spawn_local(async move {
            let kept = scs.latest().value.clone();
            let (outcome, bytes) = match door::export(&file, &kept.answers).await {
                Ok(x) => (x.read.map(Box::new), Some(x.bytes)),
                Err(e) => (Err(worker_failed(e)), None),
            };
            let outcome = match (outcome, &bytes) {
                (Ok(r), Some(Err(refusal))) => {
                    let _ = r;
                    Err(refusal.clone())
                }
                (o, _) => o,
            };
            let event = OpenEvent::Exported {
                outcome,
                kept: Box::new(kept),
            };
            if let Some(OpenCommand::Save { file }) = vm.update(|s| {
                use shindan_core::vm::Update;
                s.update(event)
            }) {
                if let (Some(Ok(bytes)), Some(d)) = (bytes, d) {
                    if door::save(&file, &bytes).is_ok() {
                        d.confirm(Msg::ScsSelfExported, &file);
                    }
                }
            }
        }),
        OpenCommand::Store(a) => scs.edit(a),
        OpenCommand::Save { .. } => {}
    }
}

fn worker_failed(detail: String) -> shindan_core::scs::Refusal {
    shindan_core::scs::Refusal {
        code: "worker".into(),
        ja: format!("{}（{detail}）", t(Lang::Ja, Msg::ScsSelfWorkerFailed)),
        en: format!("{} ({detail})", t(Lang::En, Msg::ScsSelfWorkerFailed)),
    }
}

/// What the state machine says, in a live region.
fn status(
    lang: Lang,
    vm: &VmHandle<ScsOpen>,
    on_take: Callback<MouseEvent>,
    on_dismiss: Callback<MouseEvent>,
) -> Html {
    let dismiss = html! { <button type="button" class="secondary" onclick={on_dismiss}>{ t(lang, Msg::ScsSelfDismiss) }</button> };
    match &vm.state {
        OpenState::Idle => Html::default(),
        OpenState::Reading { .. } => html! { <p>{ t(lang, Msg::ScsSelfReading) }</p> },
        OpenState::Exporting { .. } => html! { <p>{ t(lang, Msg::ScsSelfExporting) }</p> },
        OpenState::Refused { file, refusal } => html! {
            <div class="warn" data-testid="scs-refused" data-code={refusal.code.clone()}>
                <p><strong>{ t(lang, Msg::ScsSelfRefused) }</strong>{ " " }{ file }</p>
                <p>{ refusal.text(lang) }</p>
                { dismiss }
            </div>
        },
        OpenState::ExportFailed { file, refusal } => html! {
            <div class="warn" data-testid="scs-export-failed" data-code={refusal.code.clone()}>
                <p><strong>{ t(lang, Msg::ScsSelfExportFailed) }</strong>{ " " }{ file }</p>
                <p>{ refusal.text(lang) }</p>
                { dismiss }
            </div>
        },
        OpenState::Changed { file, changes } => html! {
            <div class="warn" data-testid="scs-changed">
                <p><strong>{ t(lang, Msg::ScsSelfChanged) }</strong>{ " " }{ file }</p>
                <ul>
                    { for changes.iter().take(5).map(|c| html! { <li>{ match lang { Lang::Ja => &c.ja, Lang::En => &c.en } }</li> }) }
                </ul>
                if changes.len() > 5 {
                    <p>{ tn(lang, Msg::ScsSelfChangedMore, changes.len() - 5) }</p>
                }
                { dismiss }
            </div>
        },
        OpenState::Opened { first, offer, .. } => html! {
            <div data-testid="scs-opened">
                <p>{ t(lang, if *first { Msg::ScsSelfOpenedFirst } else { Msg::ScsSelfOpenedAgain }) }</p>
                if !offer.is_empty() {
                    <p data-testid="scs-offer">{ tn(lang, Msg::ScsSelfOffer, offer.len()) }</p>
                    <button type="button" onclick={on_take} data-testid="scs-take">{ t(lang, Msg::ScsSelfTakeOffer) }</button>{ " " }
                }
                { dismiss }
            </div>
        },
        OpenState::Exported { file } => html! {
            <p data-testid="scs-exported">{ t(lang, Msg::ScsSelfExported) }{ " " }{ file }</p>
        },
    }
}

/// Callbacks shared by the two file parts.
fn callbacks(
    vm: &VmHandle<ScsOpen>,
    scs: &ScsHandle,
) -> (Callback<MouseEvent>, Callback<MouseEvent>) {
    let on_take = {
        let (vm, scs) = (vm.clone(), scs.clone());
        Callback::from(move |_| {
            if let Some(OpenCommand::Store(a)) = vm.send(OpenEvent::TakeOffer) {
                scs.edit(a);
            }
        })
    };
    let on_dismiss = {
        let vm = vm.clone();
        Callback::from(move |_| {
            vm.send(OpenEvent::Dismiss);
        })
    };
    (on_take, on_dismiss)
}

/// Choose or drop the workbook to open.
#[component]
pub fn OpenWorkbook(props: &ScsPartProps) -> Html {
    let lang = use_lang();
    let vm = use_vm(ScsOpen::default);
    let scs = props.scs.clone();
    let start = {
        let (vm, scs) = (vm.clone(), scs.clone());
        Rc::new(move |file: web_sys::File| {
            let cmd = vm.send(OpenEvent::Chosen { file: file.name() });
            run(&vm, &scs, file, cmd, None);
        })
    };
    let onchange = {
        let start = start.clone();
        Callback::from(move |e: Event| {
            if let Some(f) = picked(&e) {
                start(f);
            }
            // The same file chosen again must fire `change` again.
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                i.set_value("");
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        if let Some(f) = dropped(&e) {
            start(f);
        }
    });
    let (on_take, on_dismiss) = callbacks(&vm, &scs);
    let disabled = scs.kept.read_only;
    html! {
        <section aria-labelledby="scs-open-title" class="no-print">
            <h2 id="scs-open-title">{ t(lang, Msg::ScsSelfOpenTitle) }</h2>
            <div class="scs-drop" {ondragover} {ondrop} data-testid="scs-drop">
                <p class="hint">{ t(lang, Msg::ScsSelfOpenHint) }</p>
                <label for="scs-file">{ t(lang, Msg::ScsSelfChoose) }</label>
                <input type="file" id="scs-file" {disabled} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {onchange} />
            </div>
            <div role="status" aria-live="polite" data-testid="scs-open-status">
                { status(lang, &vm, on_take, on_dismiss) }
            </div>
        </section>
    }
}

/// Export the answered workbook (the user's copy chosen again), the CSV, the summary.
#[component]
pub fn HandOver(props: &ScsPartProps) -> Html {
    let lang = use_lang();
    let vm = use_vm(ScsOpen::default);
    let scs = props.scs.clone();
    let d = crate::hooks::download::use_download();
    let onchange = {
        let (vm, scs, d) = (vm.clone(), scs.clone(), d.clone());
        Callback::from(move |e: Event| {
            if let Some(file) = picked(&e) {
                let cmd = vm.send(OpenEvent::ExportChosen { file: file.name() });
                run(&vm, &scs, file, cmd, Some(d.clone()));
            }
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                i.set_value("");
            }
        })
    };
    let on_csv = {
        let (scs, d) = (scs.clone(), d.clone());
        Callback::from(move |_: MouseEvent| {
            let text = shindan_core::vm::scs::csv(&scs.latest().value, d.lang);
            let name = shindan_core::format::file_name(
                "scs",
                "",
                &crate::pages::report::today_iso(),
                "csv",
            );
            let _ = d.save_text(Msg::ScsSelfCsvSaved, &name, "text/csv;charset=utf-8", &text);
        })
    };
    let (on_take, on_dismiss) = callbacks(&vm, &scs);
    html! {
        <section aria-labelledby="scs-hand-title" class="no-print" data-testid="scs-hand-over">
            <h2 id="scs-hand-title">{ t(lang, Msg::ScsSelfHandOver) }</h2>
            <p>{ t(lang, Msg::ScsSelfExportHint) }</p>
            <p>
                <label for="scs-export-file">{ t(lang, Msg::ScsSelfExportChoose) }</label>
                <input type="file" id="scs-export-file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {onchange} />
            </p>
            <div role="status" aria-live="polite" data-testid="scs-export-status">
                { status(lang, &vm, on_take, on_dismiss) }
            </div>
            <p>
                <button type="button" class="secondary" onclick={on_csv} data-testid="scs-csv">{ t(lang, Msg::ScsSelfCsv) }</button>
            </p>
            <p><a href={shindan_core::route::Route::ScsSummary.to_hash()} data-testid="scs-to-summary">{ t(lang, Msg::ScsSelfSummaryLink) }{ " →" }</a></p>
        </section>
    }
}

/// Forget the workbook and the answers (asked twice: a `<details>` holds the real button).
#[component]
pub fn Forget(props: &ScsPartProps) -> Html {
    let lang = use_lang();
    let scs = props.scs.clone();
    if scs.kept.read_only {
        return Html::default();
    }
    let onclick = Callback::from(move |_: MouseEvent| scs.edit(ScsAction::Forget));
    html! {
        <details class="no-print scs-forget">
            <summary>{ t(lang, Msg::ScsSelfForget) }</summary>
            <button type="button" class="danger" {onclick} data-testid="scs-forget">{ t(lang, Msg::ScsSelfForgetConfirm) }</button>
        </details>
    }
}

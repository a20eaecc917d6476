//! Backup files: export every assessment with the supply-chain register (JSON) or every
//! answer (CSV), and import a file without destroying anything — the plan is shown first (the
//! assessments, and how many requests and partners the file holds), and for an assessment that
//! is already stored with different content the user chooses "keep both" or "merge". The
//! register is joined with the stored one; the file's SCS answers fill only criteria not
//! answered here, written through the SCS assessment's own state (`hooks::scs`), so another
//! tab sees them as it sees an answer; nothing stored is lost. The import's states and
//! what each shows are the view-model's (`shindan_core::vm::backup`); this view reads the file
//! and downloads through the door and feeds the outcomes back.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::door::files;
use crate::hooks::download::{self, SupplyPart};
use crate::hooks::scs::use_scs;
use crate::hooks::store::{fresh_id, now, use_assessments, use_partner_side, use_supply};
use crate::hooks::use_lang;
use crate::hooks::vm::use_vm;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::storage::backup::ImportChoice;
use shindan_core::store::scs::ScsAction;
use shindan_core::vm::backup::{
    refused_text, BackupCommand, BackupEvent, BackupState, ConflictRow, Notice, Review,
};

/// The file an `<input type=file>` change picked, the input emptied so the same file can be
/// picked again later.
fn picked(e: &Event) -> Option<web_sys::File> {
    let input = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}

#[component]
pub fn BackupPanel() -> Html {
    let lang = use_lang();
    let lib = use_assessments();
    let supply = use_supply().supply;
    let responder = use_partner_side().side.responder;
    let scs = use_scs();
    let vm = use_vm(BackupState::default);
    let downloader = download::use_download();

    // Carries out a command; `file`: the file just picked, for [`BackupCommand::Read`].
    let run = {
        let (vm, lib, supply, scs) = (vm.clone(), lib.clone(), supply.clone(), scs.clone());
        move |cmd: BackupCommand, file: Option<web_sys::File>| match cmd {
            BackupCommand::ExportAll { with_workbook } => {
                let part = SupplyPart {
                    register: &supply.value,
                    responder,
                    with_workbook,
                };
                let ok = download::export_backup(&lib, None, Some(part), &downloader).is_ok();
                vm.dispatcher().dispatch(BackupEvent::Exported(ok));
            }
            BackupCommand::ExportCsv => {
                let ok = download::export_csv(&lib, None, &downloader).is_ok();
                vm.dispatcher().dispatch(BackupEvent::Exported(ok));
            }
            BackupCommand::Read => {
                let Some(file) = file else { return };
                let (dispatcher, library, supply, scs) = (
                    vm.dispatcher(),
                    lib.library.clone(),
                    supply.clone(),
                    scs.clone(),
                );
                files::read_text(&file, move |text| {
                    dispatcher.dispatch(BackupEvent::Read {
                        text,
                        library,
                        supply,
                        scs: scs.latest(),
                    })
                });
            }
            BackupCommand::Restore {
                plan,
                choices,
                scs: file_scs,
            } => {
                lib.restore(plan.restore(&choices, now(), fresh_id));
                if let Some(f) = file_scs {
                    scs.edit(ScsAction::Fill(f));
                }
            }
        }
    };
    let send = {
        let (vm, run) = (vm.clone(), run.clone());
        Callback::from(move |e: BackupEvent| {
            if let Some(cmd) = vm.send(e) {
                run(cmd, None);
            }
        })
    };
    let on_file = {
        let vm = vm.clone();
        Callback::from(move |e: Event| {
            let Some(file) = picked(&e) else { return };
            if let Some(cmd) = vm.send(BackupEvent::Picked(file.size() as usize)) {
                run(cmd, Some(file));
            }
        })
    };
    let review = vm.review(lang, supply.read_only);
    let on_apply = {
        let (supply, scs) = (supply.clone(), scs.clone());
        send.reform(move |_: MouseEvent| BackupEvent::Apply {
            supply: supply.clone(),
            scs: scs.latest(),
        })
    };
    let on_with_workbook = send.reform(|e: Event| {
        let on = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|i| i.checked());
        BackupEvent::WithWorkbook(on)
    });

    html! {
        <section aria-labelledby="backup-title" class="backup">
            <h2 id="backup-title">{ t(lang, Msg::BackupTitle) }</h2>
            <p>{ t(lang, Msg::BackupIntro) }</p>
            <p class="note" id="backup-keys-warning">{ t(lang, Msg::BackupKeysWarning) }</p>
            <p>
                <label class="check">
                    <input type="checkbox" id="backup-scs-workbook" checked={vm.with_workbook}
                        aria-describedby="backup-scs-workbook-why" onchange={on_with_workbook} />
                    { t(lang, Msg::BackupScsWorkbook) }
                </label>
            </p>
            <p class="note" id="backup-scs-workbook-why">{ t(lang, Msg::BackupScsWorkbookWhy) }</p>
            <div class="button-row">
                <button type="button" id="export-all" onclick={send.reform(|_: MouseEvent| BackupEvent::ExportAll)}>{ t(lang, Msg::ExportAll) }</button>
                <button type="button" id="export-csv" class="secondary" onclick={send.reform(|_: MouseEvent| BackupEvent::ExportCsv)}>{ t(lang, Msg::ExportCsv) }</button>
            </div>
            if vm.export_failed {
                <p class="banner warn" role="alert">{ t(lang, Msg::ExportFailed) }</p>
            }
            <p class="import-row">
                <label for="import-file">{ t(lang, Msg::ImportFile) }</label>
                <input id="import-file" type="file" accept=".json,application/json" onchange={on_file} />
            </p>
            if let Some(review) = review {
                { review_view(lang, &review, &send, on_apply) }
            }
            <div aria-live="polite">{ notice_view(lang, vm.notice(lang)) }</div>
        </section>
    }
}

/// The plan of an import, before anything changes.
fn review_view(
    lang: Lang,
    review: &Review,
    send: &Callback<BackupEvent>,
    on_apply: Callback<MouseEvent>,
) -> Html {
    let supply_items = match &review.supply {
        Some(s) => html! {
            <>
                <li data-count="requests" data-new={s.new_requests.to_string()}>{ s.requests.clone() }</li>
                <li data-count="partners" data-new={s.new_partners.to_string()}>{ s.partners.clone() }</li>
            </>
        },
        None => Html::default(),
    };
    html! {
        <div id="import-plan" class="import-plan" role="group" aria-labelledby="import-plan-title">
            <h3 id="import-plan-title">{ t(lang, Msg::ImportReview) }</h3>
            <ul>
                <li data-count="new">{ t(lang, Msg::ImportNew) }{ review.new.to_string() }</li>
                <li data-count="same">{ t(lang, Msg::ImportSame) }{ review.same.to_string() }</li>
                <li data-count="conflict">{ t(lang, Msg::ImportConflicts) }{ review.conflicts.len().to_string() }</li>
                { supply_items }
                if let Some(s) = &review.scs {
                    <li data-count="scs" data-new={s.taken.to_string()}>{ s.answers.clone() }</li>
                }
            </ul>
            if let Some(s) = &review.scs {
                <p class="note" id="import-scs-copy" data-with-text={s.with_text.to_string()}>{ s.copy.clone() }</p>
                if s.read_only {
                    <p id="import-scs-read-only" class="banner warn">{ t(lang, Msg::ImportScsReadOnly) }</p>
                } else {
                    <p class="note">{ t(lang, Msg::ImportScsNote) }</p>
                }
            }
            if let Some(s) = &review.supply {
                if s.read_only {
                    <p id="import-supply-read-only" class="banner warn">{ t(lang, Msg::ImportSupplyReadOnly) }</p>
                } else {
                    <p class="note">{ t(lang, Msg::ImportSupplyNote) }</p>
                }
            }
            { for review.conflicts.iter().map(|c| conflict_view(lang, c, send)) }
            <div class="button-row">
                <button type="button" id="import-apply" onclick={on_apply}>{ t(lang, Msg::ImportApply) }</button>
                <button type="button" id="import-cancel" class="secondary" onclick={send.reform(|_: MouseEvent| BackupEvent::Cancel)}>{ t(lang, Msg::DeleteCancel) }</button>
            </div>
        </div>
    }
}

/// "Keep both" or "merge" for one assessment stored with different content.
fn conflict_view(lang: Lang, c: &ConflictRow, send: &Callback<BackupEvent>) -> Html {
    let choose = |choice: ImportChoice| {
        let id = c.id.clone();
        send.reform(move |_: Event| BackupEvent::Choose(id.clone(), choice))
    };
    let name = format!("import-choice-{}", c.id);
    html! {
        <fieldset key={c.id.to_string()} class="import-conflict" data-id={c.id.to_string()}>
            <legend>{ c.existing.clone() }{ " ⇔ " }{ c.incoming.clone() }</legend>
            <label>
                <input type="radio" name={name.clone()} value="keep-both"
                    checked={c.choice == ImportChoice::KeepBoth}
                    onchange={choose(ImportChoice::KeepBoth)} />
                { t(lang, Msg::ImportKeepBoth) }
            </label>
            <label>
                <input type="radio" name={name} value="merge"
                    checked={c.choice == ImportChoice::Merge}
                    onchange={choose(ImportChoice::Merge)} />
                { t(lang, Msg::ImportMerge) }
            </label>
        </fieldset>
    }
}

/// Refused, unreadable, or restored.
fn notice_view(lang: Lang, notice: Option<Notice>) -> Html {
    match notice {
        Some(Notice::Refused { msg, reason }) => html! {
            <p id="import-error" class="banner warn" role="alert" data-reason={reason}>
                { refused_text(lang, msg) }
            </p>
        },
        Some(Notice::ReadFailed) => html! {
            <p id="import-error" class="banner warn" role="alert">{ t(lang, Msg::ImportMalformed) }</p>
        },
        Some(Notice::Done {
            stored,
            supply,
            scs,
        }) => html! {
            <p id="import-done" role="status">
                { t(lang, Msg::ImportDone) }{ stored.to_string() }
                if let Some(s) = supply {
                    { " " }
                    <span id="import-done-supply">{ s }</span>
                }
                if let Some(s) = scs {
                    { " " }
                    <span id="import-done-scs">{ s }</span>
                }
            </p>
        },
        None => Html::default(),
    }
}

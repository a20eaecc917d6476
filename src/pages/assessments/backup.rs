//! Backup files: export every assessment with the supply-chain register (JSON) or every
//! answer (CSV), and import a file without destroying anything — the plan is shown first (the
//! assessments, and how many requests and partners the file holds), and for an assessment that
//! is already stored with different content the user chooses "keep both" or "merge". The
//! register is joined with the stored one; nothing stored is lost.

use std::collections::BTreeMap;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::storage_banners::display_name;
use crate::door::files;
use crate::hooks::download::{self, SupplyPart};
use crate::hooks::store::{fresh_id, now, use_assessments, use_partner_side, use_supply};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::storage::backup::{
    Backup, BackupError, ImportChoice, ImportPlan, SupplySummary, MAX_BACKUP_BYTES,
};
use shindan_core::storage::record::RecordId;

/// Where the import stands.
#[derive(Clone, Debug, PartialEq)]
enum Import {
    Idle,
    Reading,
    Rejected(BackupError),
    ReadFailed,
    /// The plan, the user's choices, and what the file's register would add.
    Review(
        ImportPlan,
        BTreeMap<RecordId, ImportChoice>,
        Option<SupplySummary>,
    ),
    /// Assessments stored, and what the register gained.
    Done(usize, Option<SupplySummary>),
}

fn rejection(e: &BackupError) -> Msg {
    match e {
        BackupError::TooLarge(_) => Msg::ImportTooLarge,
        BackupError::NotOurs => Msg::ImportNotOurs,
        BackupError::Malformed(_) => Msg::ImportMalformed,
        BackupError::Newer(_) => Msg::ImportNewer,
        BackupError::Supply(_) => Msg::ImportSupplyDamaged,
    }
}

/// 「依頼（秘密鍵を含む）：3 件（うち新規 1 件）」 and the partners' line.
fn supply_lines(lang: Lang, s: &SupplySummary) -> (String, String) {
    let requests =
        tn(lang, Msg::ImportRequests, s.requests).replace("{m}", &s.added.requests.to_string());
    let partners = tn(lang, Msg::ImportPartners, s.partners)
        .replace("{m}", &s.added.partners.to_string())
        .replace("{r}", &s.added.results.to_string());
    (requests, partners)
}

#[component]
pub fn BackupPanel() -> Html {
    let lang = use_lang();
    let lib = use_assessments();
    let supply = use_supply().supply;
    let responder = use_partner_side().side.responder;
    let state = use_state(|| Import::Idle);
    let export_failed = use_state(|| false);
    let downloader = download::use_download();

    let on_export_all = {
        let lib = lib.clone();
        let supply = supply.clone();
        let export_failed = export_failed.clone();
        let downloader = downloader.clone();
        Callback::from(move |_: MouseEvent| {
            let part = SupplyPart {
                register: &supply.value,
                responder,
            };
            export_failed.set(download::export_backup(&lib, None, Some(part), &downloader).is_err())
        })
    };
    let on_export_csv = {
        let lib = lib.clone();
        let export_failed = export_failed.clone();
        let downloader = downloader.clone();
        Callback::from(move |_: MouseEvent| {
            export_failed.set(download::export_csv(&lib, None, &downloader).is_err())
        })
    };
    let on_file = {
        let state = state.clone();
        let records = lib.library.records.clone();
        let supply = supply.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Let the same file be picked again later.
            input.set_value("");
            let size = file.size();
            if size > MAX_BACKUP_BYTES as f64 {
                state.set(Import::Rejected(BackupError::TooLarge(size as usize)));
                return;
            }
            state.set(Import::Reading);
            let state = state.clone();
            let records = records.clone();
            let supply = supply.clone();
            files::read_text(&file, move |text| {
                state.set(match text {
                    Err(_) => Import::ReadFailed,
                    Ok(text) => match Backup::parse(&text) {
                        Err(e) => Import::Rejected(e),
                        Ok(b) => {
                            let plan = ImportPlan::new(&records, b);
                            let summary = plan.supply_summary(&supply.value);
                            Import::Review(plan, BTreeMap::new(), summary)
                        }
                    },
                })
            });
        })
    };
    let on_cancel = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(Import::Idle))
    };
    let on_apply = {
        let state = state.clone();
        let lib = lib.clone();
        let supply = supply.clone();
        Callback::from(move |_: MouseEvent| {
            if let Import::Review(plan, choices, _) = &*state {
                let restore = plan.restore(choices, now(), fresh_id);
                let n = restore.records.len();
                // What the register gains, against the register as it is now.
                let added = plan
                    .supply_summary(&supply.value)
                    .filter(|_| !supply.read_only);
                lib.restore(restore);
                state.set(Import::Done(n, added));
            }
        })
    };

    let review = match &*state {
        Import::Review(plan, choices, summary) => {
            let choose = |id: RecordId, c: ImportChoice| {
                let state = state.clone();
                Callback::from(move |_: Event| {
                    if let Import::Review(plan, choices, summary) = &*state {
                        let mut choices = choices.clone();
                        choices.insert(id.clone(), c);
                        state.set(Import::Review(plan.clone(), choices, *summary));
                    }
                })
            };
            let supply_items = match summary {
                Some(s) => {
                    let (requests, partners) = supply_lines(lang, s);
                    html! {
                        <>
                            <li data-count="requests" data-new={s.added.requests.to_string()}>{ requests }</li>
                            <li data-count="partners" data-new={s.added.partners.to_string()}>{ partners }</li>
                        </>
                    }
                }
                None => Html::default(),
            };
            html! {
                <div id="import-plan" class="import-plan" role="group" aria-labelledby="import-plan-title">
                    <h3 id="import-plan-title">{ t(lang, Msg::ImportReview) }</h3>
                    <ul>
                        <li data-count="new">{ t(lang, Msg::ImportNew) }{ plan.count_new().to_string() }</li>
                        <li data-count="same">{ t(lang, Msg::ImportSame) }{ plan.count_same().to_string() }</li>
                        <li data-count="conflict">{ t(lang, Msg::ImportConflicts) }{ plan.conflicts().count().to_string() }</li>
                        { supply_items }
                    </ul>
                    if summary.is_some() {
                        if supply.read_only {
                            <p id="import-supply-read-only" class="banner warn">{ t(lang, Msg::ImportSupplyReadOnly) }</p>
                        } else {
                            <p class="note">{ t(lang, Msg::ImportSupplyNote) }</p>
                        }
                    }
                    { for plan.conflicts().map(|(existing, incoming)| {
                        let id = existing.id.clone();
                        let c = choices.get(&id).copied().unwrap_or_default();
                        let name = format!("import-choice-{id}");
                        html! {
                            <fieldset key={id.to_string()} class="import-conflict" data-id={id.to_string()}>
                                <legend>{ display_name(&existing.assessment.name, lang) }
                                    { " ⇔ " }{ display_name(&incoming.assessment.name, lang) }</legend>
                                <label>
                                    <input type="radio" name={name.clone()} value="keep-both"
                                        checked={c == ImportChoice::KeepBoth}
                                        onchange={choose(id.clone(), ImportChoice::KeepBoth)} />
                                    { t(lang, Msg::ImportKeepBoth) }
                                </label>
                                <label>
                                    <input type="radio" name={name} value="merge"
                                        checked={c == ImportChoice::Merge}
                                        onchange={choose(id.clone(), ImportChoice::Merge)} />
                                    { t(lang, Msg::ImportMerge) }
                                </label>
                            </fieldset>
                        }
                    }) }
                    <div class="button-row">
                        <button type="button" id="import-apply" onclick={on_apply}>{ t(lang, Msg::ImportApply) }</button>
                        <button type="button" id="import-cancel" class="secondary" onclick={on_cancel}>{ t(lang, Msg::DeleteCancel) }</button>
                    </div>
                </div>
            }
        }
        _ => Html::default(),
    };
    let message = match &*state {
        Import::Rejected(e) => html! {
            <p id="import-error" class="banner warn" role="alert" data-reason={format!("{e:?}").split('(').next().unwrap_or("").to_string()}>
                { t(lang, rejection(e)) }{ " " }{ t(lang, Msg::ImportNothingChanged) }
            </p>
        },
        Import::ReadFailed => html! {
            <p id="import-error" class="banner warn" role="alert">{ t(lang, Msg::ImportMalformed) }</p>
        },
        Import::Done(n, added) => html! {
            <p id="import-done" role="status">
                { t(lang, Msg::ImportDone) }{ n.to_string() }
                if let Some(s) = added {
                    { " " }
                    <span id="import-done-supply">{
                        tn(lang, Msg::ImportDoneSupply, s.added.requests)
                            .replace("{m}", &s.added.partners.to_string())
                            .replace("{r}", &s.added.results.to_string())
                    }</span>
                }
            </p>
        },
        _ => Html::default(),
    };

    html! {
        <section aria-labelledby="backup-title" class="backup">
            <h2 id="backup-title">{ t(lang, Msg::BackupTitle) }</h2>
            <p>{ t(lang, Msg::BackupIntro) }</p>
            <p class="note" id="backup-keys-warning">{ t(lang, Msg::BackupKeysWarning) }</p>
            <div class="button-row">
                <button type="button" id="export-all" onclick={on_export_all}>{ t(lang, Msg::ExportAll) }</button>
                <button type="button" id="export-csv" class="secondary" onclick={on_export_csv}>{ t(lang, Msg::ExportCsv) }</button>
            </div>
            if *export_failed {
                <p class="banner warn" role="alert">{ t(lang, Msg::ExportFailed) }</p>
            }
            <p class="import-row">
                <label for="import-file">{ t(lang, Msg::ImportFile) }</label>
                <input id="import-file" type="file" accept=".json,application/json" onchange={on_file} />
            </p>
            { review }
            <div aria-live="polite">{ message }</div>
        </section>
    }
}

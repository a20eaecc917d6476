//! The overview of every partner: filters (status, type, plain links only), search, sort, CSV;
//! one row per partner (or waiting request); a partner's details on demand; the heat map of the
//! rows shown. What is chosen and shown is the view-model `shindan_core::vm::partners_overview`.

use yew::prelude::*;

use super::charts::Heat;
use super::detail::PartnerDetail;
use super::{band_text, input_value, kind_tier_text, local_offset_minutes, status_text, Rows};
use crate::hooks::download::{use_download, Export};
use crate::hooks::store::SupplyHandle;
use crate::hooks::use_lang;
use crate::hooks::vm::{use_vm, VmHandle};
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::model;
use shindan_core::supply::{
    overview_csv, partners_csv_name, shows_scs, star3_label, OverviewRow, PartnerKind, Status,
};
use shindan_core::vm::partners_overview::{
    lowest_direction, opens, sort_of, stars, status_of, total_cell, weak_cell, Event as Ev,
    Overview as Vm, Shown, SORTS,
};

fn row_view(lang: Lang, r: &OverviewRow, on_open: Option<Callback<MouseEvent>>, scs: bool) -> Html {
    let star = |ok: bool| {
        t(
            lang,
            if ok {
                Msg::PartnersStarReady
            } else {
                Msg::PartnersStarNotReady
            },
        )
    };
    // The same list as the details, the CSV and the printed summary: numbers only, to fit.
    let (weak, weak_items) = weak_cell(r);
    let when = r
        .when_ms
        .map(shindan_core::incident::iso_date_utc)
        .unwrap_or_default();
    html! {
        <tr data-partner={r.name.clone()} data-e2e={r.e2e.to_string()}>
            <th scope="row">
                if let Some(onclick) = on_open {
                    <button type="button" class="link-button" {onclick}
                        aria-label={format!("{} {}", r.name, t(lang, Msg::PartnersOpenDetail))}>{ r.name.clone() }</button>
                } else {
                    { r.name.clone() }
                }
                if !r.e2e {
                    <span class="tag warn" title={t(lang, Msg::PartnersNotE2e)}>{ t(lang, Msg::PartnersPlainTag) }</span>
                }
            </th>
            <td>{ kind_tier_text(lang, r.kind, r.tier) }</td>
            <td data-status={r.status.code()}>{ status_text(lang, r.status) }</td>
            <td data-testid="partner-total" class="num">{ total_cell(r) }</td>
            if scs {
                <td data-testid="partner-scs">{ scs_cell(lang, r) }</td>
            }
            <td data-band={r.band.as_ref().map(|b| b.to_string())}>{ band_text(lang, r.band.as_ref()) }</td>
            <td>{ stars(r).map_or_else(|| "—".into(), |(one, two)| format!("★ {} / ★★ {}", star(one), star(two))) }</td>
            <td data-testid="partner-direction">{ lowest_direction(model(), lang, r).unwrap_or_else(|| "—".into()) }</td>
            <td>{ when }</td>
            <td data-testid="partner-weak" data-items={weak_items}>{ weak }</td>
        </tr>
    }
}

/// A partner's ★3 readiness as received ("—" while nothing carries it).
pub(super) fn scs_cell(lang: Lang, r: &OverviewRow) -> String {
    let s = star3_label(lang, r.scs.as_ref());
    if s.is_empty() {
        "—".into()
    } else {
        s
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct OverviewProps {
    pub supply: SupplyHandle,
    pub rows: Rows,
}

/// The overview section.
#[component]
pub(super) fn Overview(props: &OverviewProps) -> Html {
    let lang = use_lang();
    let vm = use_vm(Vm::default);
    let downloader = use_download();
    let state = vm.get();
    let rows = &props.rows.0;
    let shown = state.shown(rows);
    let on_csv = {
        let rows = props.rows.0.clone();
        let register = props.supply.supply.clone();
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = downloader.save(
                Export::PartnersCsv,
                &partners_csv_name(&crate::door::files::today()),
                "text/csv;charset=utf-8",
                &overview_csv(
                    model(),
                    &register.value,
                    &shown.picked(&rows),
                    lang,
                    local_offset_minutes(),
                ),
            );
        })
    };
    let on_close = {
        let vm = vm.clone();
        Callback::from(move |()| vm.update(|o| o.update(Ev::Close)))
    };
    html! {
        <section aria-labelledby="overview-title" class="no-print">
            <h2 id="overview-title">{ t(lang, Msg::PartnersOverview) }</h2>
            if rows.is_empty() {
                <p>{ t(lang, Msg::PartnersNone) }</p>
            } else {
                { tools(lang, &state, &vm, on_csv) }
                { table(lang, rows, &shown, &vm) }
                { pager(lang, &shown, &vm) }
                <p class="source">{ t(lang, Msg::PartnersProvisionalNote) }</p>
                if let Some(key) = &state.selected {
                    <PartnerDetail supply={props.supply.clone()} partner={key.clone()} on_close={on_close} />
                }
                <Heat rows={props.rows.clone()} shown={shown.rows.clone()} />
            }
        </section>
    }
}

/// A callback sending the event `f` makes of the control's value.
fn send<E: 'static>(vm: &VmHandle<Vm>, f: impl Fn(&E) -> Ev + 'static) -> Callback<E> {
    let vm = vm.clone();
    Callback::from(move |e: E| {
        let ev = f(&e);
        vm.update(|o| o.update(ev));
    })
}

/// Search, filters, sort and the CSV button.
fn tools(lang: Lang, state: &Vm, vm: &VmHandle<Vm>, on_csv: Callback<MouseEvent>) -> Html {
    let on_search = send(vm, |e: &InputEvent| Ev::Search(input_value(e)));
    html! {
        <div class="partners-tools">
            <p>
                <label for="partners-search">{ t(lang, Msg::PartnersSearch) }</label>
                <input id="partners-search" type="search" value={state.search.clone()} oninput={on_search} />
            </p>
            <p>
                <label for="partners-status">{ t(lang, Msg::PartnersColStatus) }</label>
                <select id="partners-status" onchange={send(vm, |e: &Event| Ev::Status(status_of(&input_value(e))))}>
                    <option value="" selected={state.status.is_none()}>{ t(lang, Msg::PartnersAll) }</option>
                    { for Status::ALL.into_iter().map(|s| html! {
                        <option value={s.code()} selected={state.status == Some(s)}>{ status_text(lang, s) }</option>
                    }) }
                </select>
            </p>
            <p>
                <label for="partners-kind">{ t(lang, Msg::PartnersColKind) }</label>
                <select id="partners-kind" onchange={send(vm, |e: &Event| Ev::Kind(PartnerKind::from_code(&input_value(e))))}>
                    <option value="" selected={state.kind.is_none()}>{ t(lang, Msg::PartnersAll) }</option>
                    { for PartnerKind::ALL.into_iter().map(|k| html! {
                        <option value={k.code()} selected={state.kind == Some(k)}>{ super::kind_text(lang, Some(k)) }</option>
                    }) }
                </select>
            </p>
            <p>
                <label for="partners-sort">{ t(lang, Msg::PartnersSort) }</label>
                <select id="partners-sort" onchange={send(vm, |e: &Event| Ev::Sort(sort_of(&input_value(e))))}>
                    { for SORTS.iter().map(|&(v, msg, k)| html! {
                        <option value={v} selected={state.sort == k}>{ t(lang, msg) }</option>
                    }) }
                </select>
            </p>
            <p>
                <label class="choice" for="partners-desc">
                    <input id="partners-desc" type="checkbox" checked={state.descending}
                        onchange={send(vm, |_: &Event| Ev::ToggleDescending)} />
                    { t(lang, Msg::PartnersDescending) }
                </label>
                <label class="choice" for="partners-plain">
                    <input id="partners-plain" type="checkbox" checked={state.plain_only}
                        onchange={send(vm, |_: &Event| Ev::TogglePlainOnly)} />
                    { t(lang, Msg::PartnersPlainOnly) }
                </label>
            </p>
            <p>
                <button type="button" class="secondary" id="partners-csv" onclick={on_csv}>{ t(lang, Msg::PartnersCsv) }</button>
            </p>
        </div>
    }
}

/// The table of the rows on this page.
fn table(lang: Lang, rows: &[OverviewRow], shown: &Shown, vm: &VmHandle<Vm>) -> Html {
    let open = |r: &OverviewRow| {
        opens(r).map(|k| {
            let k = k.clone();
            send(vm, move |_: &MouseEvent| Ev::Open(k.clone()))
        })
    };
    let scs = shows_scs(rows);
    let caption = format!(
        "{} ({} / {})",
        t(lang, Msg::PartnersOverview),
        shown.rows.len(),
        shown.total
    );
    html! {
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="partners-caption">
            <table class="report-items" data-testid="partners-table">
                <caption id="partners-caption">{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Msg::PartnersColName) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColKind) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColStatus) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColTotal) }</th>
                    if scs {
                        <th scope="col">{ t(lang, Msg::PartnersScsHead) }</th>
                    }
                    <th scope="col">{ t(lang, Msg::PartnersColBand) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColStars) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColDirection) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColWhen) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColWeak) }</th>
                </tr></thead>
                <tbody>
                    { for shown.on_page().iter().filter_map(|&i| rows.get(i)).map(|r| row_view(lang, r, open(r), scs)) }
                </tbody>
            </table>
        </div>
    }
}

/// Previous / next page and the range shown, when there is more than one page.
fn pager(lang: Lang, shown: &Shown, vm: &VmHandle<Vm>) -> Html {
    let Some((from, to, n)) = shown.range() else {
        return html! {};
    };
    let go = |page: Option<usize>| {
        let page = page.unwrap_or(shown.page);
        send(vm, move |_: &MouseEvent| Ev::Page(page))
    };
    html! {
        <nav class="toolbar" aria-label={t(lang, Msg::PartnersPages)}>
            <button type="button" class="secondary" id="partners-prev" disabled={shown.prev().is_none()}
                onclick={go(shown.prev())}>{ t(lang, Msg::PartnersPrev) }</button>
            <span id="partners-range" aria-live="polite">
                { t(lang, Msg::PartnersRange).replace("{from}", &from.to_string())
                    .replace("{to}", &to.to_string()).replace("{n}", &n.to_string()) }
            </span>
            <button type="button" class="secondary" id="partners-next" disabled={shown.next().is_none()}
                onclick={go(shown.next())}>{ t(lang, Msg::PartnersNext) }</button>
        </nav>
    }
}

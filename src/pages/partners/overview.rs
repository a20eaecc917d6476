//! The overview of every partner: filters (status, type, plain links only), search, sort, CSV;
//! one row per partner (or waiting request); a partner's details on demand; the heat map of the
//! rows shown.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::charts::Heat;
use super::detail::PartnerDetail;
use super::{band_text, input_value, kind_tier_text, local_offset_minutes, status_text, Rows};
use crate::hooks::download::{use_download, Export};
use crate::hooks::store::SupplyHandle;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::supply::{
    overview_csv, partners_csv_name, query, OverviewRow, PartnerKey, PartnerKind, Query, RowKey,
    SortKey, Status,
};

/// Rows in the table at once: at 1,000 partners the whole table took 100–500 ms to build and
/// lay out on every search or sort (README "Performance"). Search, filters, sort, CSV and the
/// summary cover every row.
const PAGE_ROWS: usize = 100;

/// The lowest 指示 score of a row, as "指示3 20%" (none when the executive check was not
/// asked or nothing in it is answered).
fn lowest_direction(lang: Lang, r: &OverviewRow) -> Option<String> {
    let (n, p) = r
        .directions
        .as_ref()?
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.map(|p| (i + 1, p)))
        .min_by(|a, b| a.1.total_cmp(&b.1))?;
    let label = shindan_core::model::model()
        .directions()
        .get(n - 1)
        .map(|d| d.label.get(lang).to_owned())
        .unwrap_or_else(|| n.to_string());
    Some(format!("{label} {p:.0}%"))
}

fn row_view(lang: Lang, r: &OverviewRow, on_open: Option<Callback<MouseEvent>>) -> Html {
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
    let weak = r
        .weakest
        .iter()
        .map(|w| format!("No.{}", w.number))
        .collect::<Vec<_>>()
        .join(", ");
    let when = r
        .when_ms
        .map(shindan_core::incident::iso_date_utc)
        .unwrap_or_default();
    let has_result = matches!(r.key, RowKey::Partner(_));
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
            <td data-testid="partner-total" class="num">{ r.sme_total.map(|v| if r.sme_complete { v.to_string() } else { format!("{v}*") }).unwrap_or_else(|| "—".into()) }</td>
            <td data-band={r.band.as_ref().map(|b| b.to_string())}>{ band_text(lang, r.band.as_ref()) }</td>
            <td>{ if has_result { format!("★ {} / ★★ {}", star(r.star_one), star(r.star_two)) } else { "—".into() } }</td>
            <td data-testid="partner-direction">{ lowest_direction(lang, r).unwrap_or_else(|| "—".into()) }</td>
            <td>{ when }</td>
            <td data-testid="partner-weak" data-items={r.weakest.iter().map(|w| w.item.to_string()).collect::<Vec<_>>().join(" ")}>{ weak }</td>
        </tr>
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
    let search = use_state(String::new);
    let sort = use_state(|| SortKey::Added);
    let descending = use_state(|| false);
    let status = use_state(|| None::<Status>);
    let kind = use_state(|| None::<PartnerKind>);
    let plain_only = use_state(|| false);
    let selected = use_state(|| None::<PartnerKey>);
    let page = use_state(|| 0usize);
    let downloader = use_download();
    let rows = &props.rows.0;
    let shown = query(
        rows,
        &Query {
            search: (*search).clone(),
            sort: *sort,
            descending: *descending,
            statuses: status.iter().copied().collect(),
            kind: *kind,
            plain_only: *plain_only,
        },
    );
    // The page: the first after any change of search, filter or sort, never past the last.
    let pages = shown.len().div_ceil(PAGE_ROWS).max(1);
    let current = (*page).min(pages - 1);
    let (from, to) = (
        current * PAGE_ROWS,
        ((current + 1) * PAGE_ROWS).min(shown.len()),
    );
    let go = |to_page: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(to_page))
    };
    let first_page = {
        let page = page.clone();
        move || page.set(0)
    };
    let on_search = {
        let first_page = first_page.clone();
        let search = search.clone();
        Callback::from(move |e: InputEvent| {
            use wasm_bindgen::JsCast;
            first_page();
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                search.set(i.value());
            }
        })
    };
    let on_sort = {
        let first_page = first_page.clone();
        let sort = sort.clone();
        Callback::from(move |e: Event| {
            first_page();
            sort.set(match input_value(&e).as_str() {
                "name" => SortKey::Name,
                "total" => SortKey::Total,
                "status" => SortKey::Status,
                "when" => SortKey::When,
                "kind" => SortKey::Kind,
                _ => SortKey::Added,
            })
        })
    };
    let on_status = {
        let first_page = first_page.clone();
        let status = status.clone();
        Callback::from(move |e: Event| {
            first_page();
            let v = input_value(&e);
            status.set(Status::ALL.into_iter().find(|s| s.code() == v));
        })
    };
    let on_kind = {
        let first_page = first_page.clone();
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            first_page();
            kind.set(PartnerKind::from_code(&input_value(&e)))
        })
    };
    let on_desc = {
        let first_page = first_page.clone();
        let descending = descending.clone();
        Callback::from(move |_: Event| {
            first_page();
            descending.set(!*descending)
        })
    };
    let on_plain = {
        let first_page = first_page.clone();
        let plain_only = plain_only.clone();
        Callback::from(move |_: Event| {
            first_page();
            plain_only.set(!*plain_only)
        })
    };
    let on_csv = {
        let rows = props.rows.0.clone();
        let register = props.supply.supply.clone();
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            // What the filters show, in the order shown.
            let picked: Vec<OverviewRow> =
                shown.iter().filter_map(|&i| rows.get(i)).cloned().collect();
            let _ = downloader.save(
                Export::PartnersCsv,
                &partners_csv_name(&crate::door::files::today()),
                "text/csv;charset=utf-8",
                &overview_csv(
                    shindan_core::model::model(),
                    &register.value,
                    &picked,
                    lang,
                    local_offset_minutes(),
                ),
            );
        })
    };
    let on_close = {
        let selected = selected.clone();
        Callback::from(move |()| selected.set(None))
    };
    let sort_option = |v: &'static str, msg: Msg, k: SortKey| {
        html! { <option value={v} selected={*sort == k}>{ t(lang, msg) }</option> }
    };
    let open = |r: &OverviewRow| match &r.key {
        RowKey::Partner(k) => {
            let (selected, k) = (selected.clone(), k.clone());
            Some(Callback::from(move |_: MouseEvent| {
                selected.set(Some(k.clone()))
            }))
        }
        RowKey::Request(_) => None,
    };
    html! {
        <section aria-labelledby="overview-title" class="no-print">
            <h2 id="overview-title">{ t(lang, Msg::PartnersOverview) }</h2>
            if rows.is_empty() {
                <p>{ t(lang, Msg::PartnersNone) }</p>
            } else {
                <div class="partners-tools">
                    <p>
                        <label for="partners-search">{ t(lang, Msg::PartnersSearch) }</label>
                        <input id="partners-search" type="search" value={(*search).clone()} oninput={on_search} />
                    </p>
                    <p>
                        <label for="partners-status">{ t(lang, Msg::PartnersColStatus) }</label>
                        <select id="partners-status" onchange={on_status}>
                            <option value="" selected={status.is_none()}>{ t(lang, Msg::PartnersAll) }</option>
                            { for Status::ALL.into_iter().map(|s| html! {
                                <option value={s.code()} selected={*status == Some(s)}>{ status_text(lang, s) }</option>
                            }) }
                        </select>
                    </p>
                    <p>
                        <label for="partners-kind">{ t(lang, Msg::PartnersColKind) }</label>
                        <select id="partners-kind" onchange={on_kind}>
                            <option value="" selected={kind.is_none()}>{ t(lang, Msg::PartnersAll) }</option>
                            { for PartnerKind::ALL.into_iter().map(|k| html! {
                                <option value={k.code()} selected={*kind == Some(k)}>{ super::kind_text(lang, Some(k)) }</option>
                            }) }
                        </select>
                    </p>
                    <p>
                        <label for="partners-sort">{ t(lang, Msg::PartnersSort) }</label>
                        <select id="partners-sort" onchange={on_sort}>
                            { sort_option("added", Msg::PartnersSortAdded, SortKey::Added) }
                            { sort_option("name", Msg::PartnersSortName, SortKey::Name) }
                            { sort_option("total", Msg::PartnersSortTotal, SortKey::Total) }
                            { sort_option("status", Msg::PartnersSortStatus, SortKey::Status) }
                            { sort_option("when", Msg::PartnersSortWhen, SortKey::When) }
                            { sort_option("kind", Msg::PartnersSortKind, SortKey::Kind) }
                        </select>
                    </p>
                    <p>
                        <label class="choice" for="partners-desc">
                            <input id="partners-desc" type="checkbox" checked={*descending} onchange={on_desc} />
                            { t(lang, Msg::PartnersDescending) }
                        </label>
                        <label class="choice" for="partners-plain">
                            <input id="partners-plain" type="checkbox" checked={*plain_only} onchange={on_plain} />
                            { t(lang, Msg::PartnersPlainOnly) }
                        </label>
                    </p>
                    <p>
                        <button type="button" class="secondary" id="partners-csv" onclick={on_csv}>{ t(lang, Msg::PartnersCsv) }</button>
                    </p>
                </div>
                <div class="table-wrap" role="region" tabindex="0" aria-labelledby="partners-caption">
                    <table class="report-items" data-testid="partners-table">
                        <caption id="partners-caption">{ format!("{} ({} / {})", t(lang, Msg::PartnersOverview), shown.len(), rows.len()) }</caption>
                        <thead><tr>
                            <th scope="col">{ t(lang, Msg::PartnersColName) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColKind) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColStatus) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColTotal) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColBand) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColStars) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColDirection) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColWhen) }</th>
                            <th scope="col">{ t(lang, Msg::PartnersColWeak) }</th>
                        </tr></thead>
                        <tbody>
                            { for shown[from..to].iter().filter_map(|&i| rows.get(i)).map(|r| row_view(lang, r, open(r))) }
                        </tbody>
                    </table>
                </div>
                if pages > 1 {
                    <nav class="toolbar" aria-label={t(lang, Msg::PartnersPages)}>
                        <button type="button" class="secondary" id="partners-prev" disabled={current == 0}
                            onclick={go(current.saturating_sub(1))}>{ t(lang, Msg::PartnersPrev) }</button>
                        <span id="partners-range" aria-live="polite">
                            { t(lang, Msg::PartnersRange).replace("{from}", &(from + 1).to_string())
                                .replace("{to}", &to.to_string()).replace("{n}", &shown.len().to_string()) }
                        </span>
                        <button type="button" class="secondary" id="partners-next" disabled={current + 1 >= pages}
                            onclick={go(current + 1)}>{ t(lang, Msg::PartnersNext) }</button>
                    </nav>
                }
                <p class="source">{ t(lang, Msg::PartnersProvisionalNote) }</p>
                if let Some(key) = &*selected {
                    <PartnerDetail supply={props.supply.clone()} partner={key.clone()} on_close={on_close} />
                }
                <Heat rows={props.rows.clone()} shown={shown.clone()} />
            }
        </section>
    }
}

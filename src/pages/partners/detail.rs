//! One partner in detail: its type and tier (set by the requester), its per-指示 scores when
//! the executive check was answered, every result received (the current one and its history),
//! and removing it.

use yew::prelude::*;

use super::request::{kind_options, tier_options};
use super::{band_text, input_value};
use crate::components::said::own_mark;
use crate::hooks::store::SupplyHandle;
use crate::hooks::use_lang;
use shindan_core::assessment::{direction_scores, self_check, started};
use shindan_core::i18n::{t, tn, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::model;
use shindan_core::store::SupplyAction;
use shindan_core::supply::{partner_weakest, PartnerKey, PartnerKind, PartnerResult, MAX_TIER};

#[derive(Properties, PartialEq)]
pub(super) struct PartnerDetailProps {
    pub supply: SupplyHandle,
    pub partner: PartnerKey,
    /// Closes the details (also after the partner is removed).
    pub on_close: Callback<()>,
}

fn result_row(lang: Lang, r: &PartnerResult, current: bool) -> Html {
    let m = model();
    let decoded = r.decode(m);
    let sc = decoded.as_ref().map(|d| self_check(m, &d.assessment));
    let total = match &sc {
        Some(sc) if sc.answered > 0 => {
            if sc.complete {
                sc.total.to_string()
            } else {
                format!("{}*", sc.total)
            }
        }
        Some(_) => "—".into(),
        None => t(lang, Msg::PartnersUnreadable).into(),
    };
    let mut notes = Vec::new();
    if current {
        notes.push(t(lang, Msg::PartnersCurrent));
    }
    notes.push(t(
        lang,
        if r.e2e {
            Msg::PartnersE2e
        } else {
            Msg::PartnersNotE2e
        },
    ));
    if r.request_deleted {
        notes.push(t(lang, Msg::PartnersToDeleted));
    }
    html! {
        <tr data-current={current.to_string()}>
            <td>{ shindan_core::incident::iso_date_utc(r.when()) }</td>
            <td>{ r.organisation.clone() }</td>
            <td class="num" data-testid="history-total">{ total }</td>
            <td>{ band_text(lang, sc.as_ref().and_then(|s| s.band.as_ref())) }</td>
            <td>{ notes.join("・") }</td>
        </tr>
    }
}

/// The details of one partner.
#[component]
pub(super) fn PartnerDetail(props: &PartnerDetailProps) -> Html {
    let lang = use_lang();
    let heading = use_node_ref();
    let confirming = use_state(|| false);
    {
        // Opening a partner moves focus to its details (keyboard and screen-reader users land
        // where the content appeared).
        let heading = heading.clone();
        use_effect_with(props.partner.clone(), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let Some(p) = props.supply.supply.value.partner(&props.partner) else {
        return html! {};
    };
    let m = model();
    let key = props.partner.clone();
    let (kind, tier) = (p.kind, p.tier);
    let on_kind = {
        let sup = props.supply.clone();
        let key = key.clone();
        Callback::from(move |e: Event| {
            sup.send(SupplyAction::SetPartnerKind {
                partner: key.clone(),
                kind: PartnerKind::from_code(&input_value(&e)),
                tier,
            })
        })
    };
    let on_tier = {
        let sup = props.supply.clone();
        let key = key.clone();
        Callback::from(move |e: Event| {
            sup.send(SupplyAction::SetPartnerKind {
                partner: key.clone(),
                kind,
                tier: input_value(&e)
                    .parse()
                    .ok()
                    .filter(|n| (1..=MAX_TIER).contains(n)),
            })
        })
    };
    let on_remove = {
        let confirming = confirming.clone();
        let sup = props.supply.clone();
        let key = key.clone();
        let close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| {
            if *confirming {
                sup.send(SupplyAction::RemovePartner(key.clone()));
                close.emit(());
            } else {
                confirming.set(true);
            }
        })
    };
    let on_keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let on_close = {
        let close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| close.emit(()))
    };
    let decoded = p.current.decode(m);
    let directions = decoded.as_ref().and_then(|d| {
        let a = &d.assessment;
        started(m, a).exec.then(|| direction_scores(m, a))
    });
    let weakest = decoded
        .as_ref()
        .map(|d| partner_weakest(m, &d.assessment))
        .unwrap_or_default();
    let items = &m.sme.self_check.items;
    html! {
        <section class="partner-detail" aria-labelledby="partner-detail-title" data-testid="partner-detail">
            <h3 id="partner-detail-title" tabindex="-1" ref={heading}>{ p.name.clone() }</h3>
            <p class="detail-kind">
                <label for="detail-kind">{ t(lang, Msg::PartnersColKind) }</label>
                <select id="detail-kind" onchange={on_kind}>{ kind_options(lang, kind) }</select>
                { " " }
                <label for="detail-tier">{ t(lang, Msg::PartnersTier) }</label>
                <select id="detail-tier" onchange={on_tier}>{ tier_options(lang, tier) }</select>
            </p>
            if let Some(ds) = directions {
                <table class="report-items" data-testid="partner-directions">
                    <caption>{ t(lang, Msg::PartnersDirections) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Msg::PartnersColDirection) }</th>
                        <th scope="col">{ t(lang, Msg::PartnersColScore) }</th>
                    </tr></thead>
                    <tbody>
                        { for ds.iter().zip(m.directions()).map(|(s, d)| html! {
                            <tr data-direction={s.number.to_string()}>
                                <th scope="row">{ format!("{} {}", d.label.get(lang), d.title.get(lang)) }</th>
                                <td class="num">{ s.score.percent.map(|p| format!("{p:.0}%")).unwrap_or_else(|| "—".into()) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            if !weakest.is_empty() {
                <h4>{ t(lang, Msg::PartnersColWeak) }</h4>
                // One marker for the list: every label in it is Shindan's.
                <div class="own">{ own_mark(lang) }
                <ol class="partner-weak" data-testid="partner-detail-weak">
                    { for weakest.iter().map(|w| html! {
                        <li key={w.item.to_string()} data-item={w.item.to_string()}>
                            { format!("No.{} ", w.number) }
                            { items.iter().find(|i| i.id == w.item).map(|i| i.label.unmarked(lang)).unwrap_or_default() }
                        </li>
                    }) }
                </ol>
                </div>
            }
            <table class="report-items" data-testid="partner-history">
                <caption>{ tn(lang, Msg::PartnersResultsN, 1 + p.history.len()) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Msg::PartnersColWhen) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColOrgGiven) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColTotal) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColBand) }</th>
                    <th scope="col">{ t(lang, Msg::PartnersColNotes) }</th>
                </tr></thead>
                <tbody>
                    { result_row(lang, &p.current, true) }
                    { for p.history.iter().map(|r| result_row(lang, r, false)) }
                </tbody>
            </table>
            <p class="detail-actions">
                <button type="button" class="secondary" onclick={on_close}>{ t(lang, Msg::PartnersCloseDetail) }</button>
                { " " }
                <button type="button" class="danger" id="partner-remove" onclick={on_remove}>
                    { t(lang, if *confirming { Msg::PartnersRemoveConfirm } else { Msg::PartnersRemove }) }
                </button>
                if *confirming {
                    { " " }
                    <button type="button" class="secondary" onclick={on_keep}>{ t(lang, Msg::PartnersKeep) }</button>
                    <span role="alert" class="warn">{ " " }{ t(lang, Msg::PartnersRemoveWarn) }</span>
                }
            </p>
        </section>
    }
}

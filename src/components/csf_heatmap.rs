//! A CSF profile as a heat-map table: one row per category, grouped by function, with the
//! percentage printed in each cell (shading is only a second cue) and "no data" where no
//! answered item maps to the category.

use yew::prelude::*;

use crate::hooks::use_lang;
use shindan_core::assessment::{CsfSource, CsfView};
use shindan_core::i18n::{t, Msg};
use shindan_core::model::model;

#[derive(Properties, PartialEq)]
pub struct CsfHeatmapProps {
    pub view: CsfView,
    pub id: AttrValue,
}

fn bucket(p: f64) -> &'static str {
    match p {
        p if p >= 75.0 => "h4",
        p if p >= 50.0 => "h3",
        p if p >= 25.0 => "h2",
        _ => "h1",
    }
}

#[component]
pub fn CsfHeatmap(props: &CsfHeatmapProps) -> Html {
    let lang = use_lang();
    let m = model();
    let v = &props.view;
    let (title, label) = match v.source {
        CsfSource::MetiA2 => (Msg::Csf11ViewTitle, Msg::Csf11ViewLabel),
        CsfSource::ShindanCrosswalk => (Msg::Csf20ViewTitle, Msg::Csf20ViewLabel),
    };
    let title_id = format!("{}-title", props.id);
    html! {
        <div class="csf-view" id={props.id.clone()} data-official={v.official.to_string()}>
            <h3 id={title_id}>{ t(lang, title) }</h3>
            <p class="badge-line">
                if v.official {
                    <span class="badge official">{ t(lang, Msg::OfficialMapping) }</span>
                } else {
                    <span class="badge unofficial">{ t(lang, Msg::ShindanMapping) }</span>
                }
                { t(lang, label) }
            </p>
            <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, title)}>
                <table class="heatmap">
                    <caption>{ t(lang, title) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Msg::CsfCategory) }</th>
                        <th scope="col">{ t(lang, Msg::LegendScore) }</th>
                        <th scope="col">{ t(lang, Msg::ItemsCounted) }</th>
                    </tr></thead>
                    { for v.functions.iter().map(|f| {
                        let fname = m.csf(v.version).and_then(|c| c.function(f.function.as_str())).map(|x| x.name.get(lang).to_string()).unwrap_or_default();
                        html! {
                            <tbody key={f.function.to_string()}>
                                <tr class="fn-row"><th scope="colgroup" colspan="3">{ format!("{} {}", f.function, fname) }</th></tr>
                                { for f.categories.iter().map(|c| {
                                    let cname = m.csf_category(v.version, c.category.as_str()).map(|x| x.name.get(lang).to_string()).unwrap_or_default();
                                    let (cls, text) = match c.percent {
                                        Some(p) => (bucket(p), shindan_core::format::percent(lang, p)),
                                        None => ("nodata", t(lang, Msg::NoData).to_string()),
                                    };
                                    html! {
                                        <tr key={c.category.to_string()} data-category={c.category.to_string()}>
                                            <th scope="row">{ format!("{} {}", c.category, cname) }</th>
                                            <td class={classes!("cell", cls)}>{ text }</td>
                                            <td class="num">{ format!("{} / {}", c.items, c.mapped) }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        }
                    }) }
                </table>
            </div>
        </div>
    }
}

//! #/guidelines/csf: NIST CSF 1.1 and 2.0 functions and categories, the official per-指示
//! mapping (付録D), Shindan's CSF 2.0 crosswalk and 1.1→2.0 map (labelled unofficial), the
//! 0–4 maturity scale and the executive answer scale (both Shindan's).

use yew::prelude::*;

use super::common::{badge_official, badge_unofficial, shared_src_p, src, src_p, table_wrap};
use crate::components::said::own;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::model;
use shindan_core::route::Route;
use shindan_core::vm::guide_csf::{csf_guide, CsfGuide, VersionSection};

fn version_section(lang: Lang, vs: &VersionSection) -> Html {
    let v = vs.version;
    html! {
        <section data-testid="csf-version" data-csf={vs.tag}>
            <h2 id={vs.anchor.clone()}>{ v.title.get(lang) }</h2>
            <p class="meta">{ format!("{}: {}", t(lang, Msg::GlPublished), v.released) }</p>
            { src_p(lang, &v.sources, v.confidence) }
            if vs.ja_names_note {
                <p class="note">{ t(lang, Msg::GlCsfJaNames) }</p>
            }
            <h3>{ t(lang, Msg::GlCsfFunctions) }</h3>
            <ul class="chips">
                { for v.functions.iter().map(|f| html! {
                    <li key={f.code.as_str()} data-testid="csf-function">
                        <code>{ f.code.as_str() }</code>{ " " }{ f.name.get(lang) }
                    </li>
                }) }
            </ul>
            { table_wrap(&vs.caption, html! {
                <table>
                    <caption>{ vs.caption.clone() }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::GlColId) }</th>
                            <th scope="col">{ t(lang, Msg::GlColName) }</th>
                            <th scope="col">{ t(lang, Msg::GlColFunction) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for vs.categories.iter().map(|row| html! {
                            <tr key={row.category.code.as_str()} data-testid="csf-category">
                                <th scope="row"><code>{ row.category.code.as_str() }</code></th>
                                <td>{ row.category.name.get(lang) }</td>
                                <td>{ &row.function }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }) }
        </section>
    }
}

fn appendix_d(lang: Lang, vm: &CsfGuide) -> Html {
    let caption = t(lang, Msg::GlOfficialMapping);
    html! {
        <section data-testid="appd-mapping">
            <h2 id="csf-appd">{ caption }{ " " }{ badge_official(lang) }</h2>
            { table_wrap(caption, html! {
                <table class="wide">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::GlColDirection) }</th>
                            <th scope="col">{ t(lang, Msg::GlCsf11Categories) }</th>
                            <th scope="col">{ t(lang, Msg::GlCis) }</th>
                            <th scope="col">{ t(lang, Msg::GlIso27001) }</th>
                            <th scope="col">{ t(lang, Msg::GlIso27002) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for vm.appd.iter().map(|row| {
                            let d = row.direction;
                            html! {
                                <tr key={d.id.as_str()} data-testid="appd-row" data-id={d.id.to_string()}>
                                    <th scope="row">
                                        <a href={Route::GuidelinesDirection(d.number).to_hash()}>{ d.label.get(lang) }</a>
                                    </th>
                                    if let Some(c) = &row.cells {
                                        <td>{ &c.csf11 }</td>
                                        <td>{ &c.cis }</td>
                                        <td>{ &c.iso27001 }</td>
                                        <td>{ &c.iso27002 }</td>
                                    } else {
                                        <td colspan="4">{ t(lang, Msg::GlNotRecorded) }</td>
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }) }
            { shared_src_p(lang, vm.appd_cite) }
        </section>
    }
}

fn crosswalk(lang: Lang, vm: &CsfGuide) -> Html {
    let caption = &vm.crosswalk_caption;
    html! {
        <section data-testid="crosswalk">
            <h2 id="csf-cw">{ t(lang, Msg::GlCrosswalkHeading) }</h2>
            <p data-testid="crosswalk-label">
                { badge_unofficial(lang) }{ " " }<strong>{ t(lang, Msg::GlShindanMapping) }</strong>
            </p>
            <p class="note">{ own(lang, vm.crosswalk_method) }</p>
            { table_wrap(caption, html! {
                <table>
                    <caption>{ caption.clone() }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::GlColDirection) }</th>
                            <th scope="col">{ t(lang, Msg::GlColCsf20Shindan) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for vm.crosswalk.iter().map(|row| {
                            let d = row.direction;
                            html! {
                                <tr key={d.id.as_str()} data-testid="crosswalk-row" data-id={d.id.to_string()}>
                                    <th scope="row">{ d.label.get(lang) }</th>
                                    <td>
                                        if let Some(e) = row.entry {
                                            { &row.codes }
                                            if vm.crosswalk_cite.is_none() { <br />{ src(lang, &e.sources, e.confidence) } }
                                        } else {
                                            { t(lang, Msg::GlNotRecorded) }
                                        }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }) }
            { shared_src_p(lang, vm.crosswalk_cite) }
        </section>
    }
}

fn map_11_to_20(lang: Lang, vm: &CsfGuide) -> Html {
    let caption = t(lang, Msg::GlMap11to20);
    let per_row = vm.map_cite.is_none();
    html! {
        <section data-testid="csf-map">
            <h2 id="csf-map">{ caption }{ " " }{ badge_unofficial(lang) }</h2>
            { table_wrap(caption, html! {
                <table>
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "CSF 1.1" }</th>
                            <th scope="col">{ "CSF 2.0" }</th>
                            if per_row { <th scope="col">{ t(lang, Msg::GlColSource) }</th> }
                        </tr>
                    </thead>
                    <tbody>
                        { for vm.map.iter().map(|m| html! {
                            <tr key={m.row.from.as_str()} data-testid="csf-map-row">
                                <th scope="row"><code>{ m.row.from.as_str() }</code></th>
                                <td>
                                    { &m.to }
                                    if let Some(n) = m.note { <br />{ own(lang, n) } }
                                </td>
                                if per_row { <td>{ src(lang, &m.row.sources, m.row.confidence) }</td> }
                            </tr>
                        }) }
                    </tbody>
                </table>
            }) }
            { shared_src_p(lang, vm.map_cite) }
        </section>
    }
}

fn maturity(lang: Lang, vm: &CsfGuide) -> Html {
    let caption = t(lang, Msg::GlMaturityHeading);
    html! {
        <section data-testid="maturity">
            <h2 id="csf-maturity">{ caption }{ " " }{ badge_unofficial(lang) }</h2>
            <p><strong>{ t(lang, Msg::GlMaturityNotMeti) }</strong></p>
            <p class="note">{ own(lang, vm.maturity_note) }</p>
            { table_wrap(caption, html! {
                <table class="wide">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::GlColLevel) }</th>
                            <th scope="col">{ t(lang, Msg::GlColName) }</th>
                            <th scope="col">{ t(lang, Msg::GlColDefinition) }</th>
                            <th scope="col">{ t(lang, Msg::GlColTier) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for vm.maturity.iter().map(|row| {
                            let l = row.level;
                            html! {
                                <tr key={l.id.as_str()} data-testid="maturity-level" data-id={l.id.to_string()}>
                                    <th scope="row">{ l.level }</th>
                                    <td>{ l.name.unmarked(lang) }</td>
                                    <td>{ l.description.unmarked(lang) }<br />{ src(lang, &l.sources, l.confidence) }</td>
                                    <td>{ &row.tier }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }) }
        </section>
    }
}

fn exec_scale(lang: Lang, vm: &CsfGuide) -> Html {
    let scale = vm.scale;
    let caption = scale.name.unmarked(lang);
    html! {
        <section data-testid="exec-scale">
            <h2 id="csf-scale">
                { caption }{ " " }
                if scale.official { { badge_official(lang) } } else { { badge_unofficial(lang) } }
            </h2>
            <p class="note">{ own(lang, &scale.note) }</p>
            { table_wrap(caption, html! {
                <table>
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::GlColAnswer) }</th>
                            <th scope="col">{ t(lang, Msg::GlColPoints) }</th>
                            <th scope="col">{ t(lang, Msg::GlColNote) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for scale.options.iter().zip(&vm.scale_points).enumerate().map(|(i, (o, pts))| html! {
                            <tr key={i} data-testid="exec-option">
                                <th scope="row">{ o.label.unmarked(lang) }</th>
                                <td>{ pts }</td>
                                <td>{ o.note.as_ref().map(|n| n.unmarked(lang)).unwrap_or("") }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }) }
            { src_p(lang, &scale.sources, scale.confidence) }
        </section>
    }
}

#[component]
pub fn Csf() -> Html {
    let lang = use_lang();
    let vm = csf_guide(model(), lang);
    html! {
        <>
            <h1>{ t(lang, Msg::GlCsfTitle) }</h1>
            { for vm.versions.iter().map(|v| version_section(lang, v)) }
            { appendix_d(lang, &vm) }
            { crosswalk(lang, &vm) }
            { map_11_to_20(lang, &vm) }
            { maturity(lang, &vm) }
            { exec_scale(lang, &vm) }
        </>
    }
}

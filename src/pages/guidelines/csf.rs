//! #/guidelines/csf: NIST CSF 1.1 and 2.0 functions and categories, the official per-指示
//! mapping (付録D), Shindan's CSF 2.0 crosswalk and 1.1→2.0 map (labelled unofficial), the
//! 0–4 maturity scale and the executive answer scale (both Shindan's).

use yew::prelude::*;

use super::common::{
    badge_official, badge_unofficial, joined, shared_src, shared_src_p, src, src_p, table_wrap, tn,
};
use crate::components::said::own;
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, CsfRef, CsfVersion, CsfVersionTag};
use shindan_core::route::Route;

fn tag_str(tag: CsfVersionTag) -> &'static str {
    match tag {
        CsfVersionTag::V1_1 => "1.1",
        CsfVersionTag::V2_0 => "2.0",
    }
}

fn codes(codes: &[CsfRef], lang: Lang) -> String {
    joined(lang, codes)
}

fn version_section(lang: Lang, v: &CsfVersion) -> Html {
    let tag = tag_str(v.version);
    let hid = format!("csf-{}", tag.replace('.', "-"));
    let caption = tn(lang, Msg::GlCsfCategoriesOf, format!("CSF {tag}"));
    let any_ja_unofficial = v.functions.iter().any(|f| !f.name.ja_confirmed())
        || v.categories.iter().any(|c| !c.name.ja_confirmed());
    html! {
        <section data-testid="csf-version" data-csf={tag}>
            <h2 id={hid}>{ v.title.get(lang) }</h2>
            <p class="meta">{ format!("{}: {}", t(lang, Msg::GlPublished), v.released) }</p>
            { src_p(lang, &v.sources, v.confidence) }
            if lang == Lang::Ja && any_ja_unofficial {
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
            { table_wrap(&caption, html! {
                <table>
                    <caption>{ caption.clone() }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::GlColId) }</th>
                            <th scope="col">{ t(lang, Msg::GlColName) }</th>
                            <th scope="col">{ t(lang, Msg::GlColFunction) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for v.categories.iter().map(|c| {
                            let func = v
                                .function(c.code.function())
                                .map(|f| f.name.get(lang).to_owned())
                                .unwrap_or_default();
                            html! {
                                <tr key={c.code.as_str()} data-testid="csf-category">
                                    <th scope="row"><code>{ c.code.as_str() }</code></th>
                                    <td>{ c.name.get(lang) }</td>
                                    <td>{ func }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }) }
        </section>
    }
}

#[component]
pub fn Csf() -> Html {
    let lang = use_lang();
    let m = model();
    let scale = m.exec_scale();
    let appd_caption = t(lang, Msg::GlOfficialMapping);
    let cw_caption = format!(
        "{} — {}",
        t(lang, Msg::GlCrosswalkHeading),
        t(lang, Msg::GlShindanMapping)
    );
    let map_caption = t(lang, Msg::GlMap11to20);
    let mat_caption = t(lang, Msg::GlMaturityHeading);
    let scale_caption = scale.name.unmarked(lang);
    let cw_shared = shared_src(
        m.directions()
            .iter()
            .filter_map(|d| m.crosswalk(d.id.as_str()))
            .map(|e| (e.sources.as_slice(), e.confidence)),
    );
    let map_shared = shared_src(
        m.csf
            .map_11_to_20
            .iter()
            .map(|r| (r.sources.as_slice(), r.confidence)),
    );

    html! {
        <>
            <h1>{ t(lang, Msg::GlCsfTitle) }</h1>
            { for [CsfVersionTag::V1_1, CsfVersionTag::V2_0].iter().filter_map(|tag| m.csf(*tag)).map(|v| version_section(lang, v)) }

            <section data-testid="appd-mapping">
                <h2 id="csf-appd">{ appd_caption }{ " " }{ badge_official(lang) }</h2>
                { table_wrap(appd_caption, html! {
                    <table class="wide">
                        <caption>{ appd_caption }</caption>
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
                            { for m.directions().iter().map(|d| {
                                let r = m.appendix_d(d.id.as_str());
                                html! {
                                    <tr key={d.id.as_str()} data-testid="appd-row" data-id={d.id.to_string()}>
                                        <th scope="row">
                                            <a href={Route::GuidelinesDirection(d.number).to_hash()}>{ d.label.get(lang) }</a>
                                        </th>
                                        if let Some(r) = r {
                                            <td>{ codes(&r.csf11, lang) }</td>
                                            <td>{ joined(lang, &r.cis_v8) }</td>
                                            <td>{ joined(lang, &r.iso27001) }</td>
                                            <td>{ joined(lang, &r.iso27002) }</td>
                                        } else {
                                            <td colspan="4">{ t(lang, Msg::GlNotRecorded) }</td>
                                        }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }) }
                if let Some(r) = m.meti_v3.appendix_d.first() { { src_p(lang, &r.sources, r.confidence) } }
            </section>

            <section data-testid="crosswalk">
                <h2 id="csf-cw">{ t(lang, Msg::GlCrosswalkHeading) }</h2>
                <p data-testid="crosswalk-label">
                    { badge_unofficial(lang) }{ " " }<strong>{ t(lang, Msg::GlShindanMapping) }</strong>
                </p>
                <p class="note">{ own(lang, &m.crosswalk.method) }</p>
                { table_wrap(&cw_caption, html! {
                    <table>
                        <caption>{ cw_caption.clone() }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, Msg::GlColDirection) }</th>
                                <th scope="col">{ t(lang, Msg::GlColCsf20Shindan) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for m.directions().iter().map(|d| {
                                let e = m.crosswalk(d.id.as_str());
                                html! {
                                    <tr key={d.id.as_str()} data-testid="crosswalk-row" data-id={d.id.to_string()}>
                                        <th scope="row">{ d.label.get(lang) }</th>
                                        <td>
                                            if let Some(e) = e {
                                                { codes(&e.csf20, lang) }
                                                if cw_shared.is_none() { <br />{ src(lang, &e.sources, e.confidence) } }
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
                { shared_src_p(lang, cw_shared) }
            </section>

            <section data-testid="csf-map">
                <h2 id="csf-map">{ map_caption }{ " " }{ badge_unofficial(lang) }</h2>
                { table_wrap(map_caption, html! {
                    <table>
                        <caption>{ map_caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "CSF 1.1" }</th>
                                <th scope="col">{ "CSF 2.0" }</th>
                                if map_shared.is_none() { <th scope="col">{ t(lang, Msg::GlColSource) }</th> }
                            </tr>
                        </thead>
                        <tbody>
                            { for m.csf.map_11_to_20.iter().map(|r| html! {
                                <tr key={r.from.as_str()} data-testid="csf-map-row">
                                    <th scope="row"><code>{ r.from.as_str() }</code></th>
                                    <td>
                                        { codes(&r.to, lang) }
                                        if let Some(n) = &r.note { <br />{ own(lang, n) } }
                                    </td>
                                    if map_shared.is_none() { <td>{ src(lang, &r.sources, r.confidence) }</td> }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }) }
                { shared_src_p(lang, map_shared) }
            </section>

            <section data-testid="maturity">
                <h2 id="csf-maturity">{ mat_caption }{ " " }{ badge_unofficial(lang) }</h2>
                <p><strong>{ t(lang, Msg::GlMaturityNotMeti) }</strong></p>
                <p class="note">{ own(lang, &m.scales.maturity_note) }</p>
                { table_wrap(mat_caption, html! {
                    <table class="wide">
                        <caption>{ mat_caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, Msg::GlColLevel) }</th>
                                <th scope="col">{ t(lang, Msg::GlColName) }</th>
                                <th scope="col">{ t(lang, Msg::GlColDefinition) }</th>
                                <th scope="col">{ t(lang, Msg::GlColTier) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for m.maturity_levels().iter().map(|l| html! {
                                <tr key={l.id.as_str()} data-testid="maturity-level" data-id={l.id.to_string()}>
                                    <th scope="row">{ l.level }</th>
                                    <td>{ l.name.unmarked(lang) }</td>
                                    <td>{ l.description.unmarked(lang) }<br />{ src(lang, &l.sources, l.confidence) }</td>
                                    <td>{ l.nist_tier.map(|n| format!("Tier {n}")).unwrap_or_else(|| "—".to_owned()) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }) }
            </section>

            <section data-testid="exec-scale">
                <h2 id="csf-scale">
                    { scale.name.unmarked(lang) }{ " " }
                    if scale.official { { badge_official(lang) } } else { { badge_unofficial(lang) } }
                </h2>
                <p class="note">{ own(lang, &scale.note) }</p>
                { table_wrap(scale_caption, html! {
                    <table>
                        <caption>{ scale_caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, Msg::GlColAnswer) }</th>
                                <th scope="col">{ t(lang, Msg::GlColPoints) }</th>
                                <th scope="col">{ t(lang, Msg::GlColNote) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for scale.options.iter().enumerate().map(|(i, o)| html! {
                                <tr key={i} data-testid="exec-option">
                                    <th scope="row">{ o.label.unmarked(lang) }</th>
                                    <td>{ o.points.map(|p| p.to_string()).unwrap_or_else(|| t(lang, Msg::GlExcluded).to_owned()) }</td>
                                    <td>{ o.note.as_ref().map(|n| n.unmarked(lang)).unwrap_or("") }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }) }
                { src_p(lang, &scale.sources, scale.confidence) }
            </section>
        </>
    }
}

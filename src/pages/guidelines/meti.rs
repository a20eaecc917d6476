//! #/guidelines/meti: Ver3.0's 3 principles with their 付録A-1 check items, the group
//! headings with their 指示 (official ja and en titles), and the appendices.

use yew::prelude::*;

use super::common::{src_p, tn};
use crate::components::said::{official_badges, official_name, own, wording_note};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, Direction, Group};
use shindan_core::route::Route;

fn direction_item(lang: Lang, d: &Direction) -> Html {
    html! {
        <li key={d.id.as_str()} data-testid="direction" data-id={d.id.to_string()}>
            <p class="item-title">
                <a href={Route::GuidelinesDirection(d.number).to_hash()}>{ d.label.get(lang) }</a>
            </p>
            <dl class="titles">
                <dt>{ t(lang, Msg::GlTitleJa) }</dt>
                <dd lang="ja">
                    { &d.title.ja }
                    { official_badges(Lang::Ja, &d.title) }
                </dd>
                <dt>{ t(lang, Msg::GlTitleEn) }</dt>
                <dd>
                    <span lang="en">{ &d.title.en }</span>
                    { official_badges(Lang::En, &d.title) }
                </dd>
            </dl>
            { src_p(lang, &d.sources, d.confidence) }
        </li>
    }
}

fn group_block(lang: Lang, g: &Group, level: u8, children: Html) -> Html {
    let title = html! {
        <>
            { official_name(lang, &g.title) }
        </>
    };
    html! {
        <section key={g.id.as_str()} class="gl-group" data-testid="group" data-id={g.id.to_string()}>
            if level == 3 { <h3>{ title }</h3> } else { <h4>{ title }</h4> }
            if let Some(note) = &g.note { <p class="note">{ own(lang, note) }</p> }
            { src_p(lang, &g.sources, g.confidence) }
            { children }
        </section>
    }
}

#[component]
pub fn Meti() -> Html {
    let lang = use_lang();
    let m = model();
    let v3 = m.meti_v3();
    let directions_of = |g: &Group| -> Html {
        let ds: Vec<&Direction> = v3.directions.iter().filter(|d| d.group == g.id).collect();
        if ds.is_empty() {
            return html! {};
        }
        html! {
            <ol class="gl-directions">
                { for ds.into_iter().map(|d| direction_item(lang, d)) }
            </ol>
        }
    };
    let top: Vec<&Group> = v3.groups.iter().filter(|g| g.parent.is_none()).collect();

    html! {
        <>
            <h1>
                { official_name(lang, &v3.title) }
            </h1>
            <p class="meta">{ format!("{}: {}", t(lang, Msg::GlPublished), v3.date) }</p>
            <p class="note" data-testid="meti-edition-note">{ t(lang, Msg::MetiEditionNote) }</p>
            { wording_note(lang, m.meti_v3.appendices.iter().map(|a| &a.title)
                .chain(v3.directions.iter().map(|d| &d.title))) }
            { src_p(lang, &v3.sources, v3.confidence) }

            <section>
                <h2 id="meti-principles">{ v3.principles_heading.get(lang) }</h2>
                <ol class="gl-list">
                    { for m.principles_with_a1().into_iter().map(|(p, items)| html! {
                        <li key={p.id.as_str()} data-testid="principle" data-id={p.id.to_string()}>
                            <h3>{ tn(lang, Msg::GlPrincipleN, p.number) }</h3>
                            <p>
                                { official_name(lang, &p.title) }
                            </p>
                            { src_p(lang, &p.sources, p.confidence) }
                            <h4>{ t(lang, Msg::GlA1Heading) }</h4>
                            <ol class="gl-checks">
                                { for items.into_iter().map(|i| html! {
                                    <li key={i.id.as_str()} data-testid="a1-item" data-id={i.id.to_string()}>
                                        { i.text.get(lang) }
                                        { src_p(lang, &i.sources, i.confidence) }
                                    </li>
                                }) }
                            </ol>
                        </li>
                    }) }
                </ol>
            </section>

            <section>
                <h2 id="meti-directions">{ t(lang, Msg::GlDirectionsHeading) }</h2>
                { for top.into_iter().map(|g| {
                    let subgroups: Vec<&Group> = v3
                        .groups
                        .iter()
                        .filter(|c| c.parent.as_ref() == Some(&g.id))
                        .collect();
                    let children = html! {
                        <>
                            { directions_of(g) }
                            { for subgroups.into_iter().map(|c| group_block(lang, c, 4, directions_of(c))) }
                        </>
                    };
                    group_block(lang, g, 3, children)
                }) }
            </section>

            <section>
                <h2 id="meti-appendices">{ t(lang, Msg::GlAppendices) }</h2>
                <ul class="gl-list">
                    { for m.meti_v3.appendices.iter().map(|a| html! {
                        <li key={a.id.as_str()} data-testid="appendix" data-id={a.id.to_string()}>
                            <p class="item-title">
                                { tn(lang, Msg::GlAppendixN, &a.letter) }{ " " }{ official_name(lang, &a.title) }
                            </p>
                            if let Some(note) = &a.note { <p class="note">{ own(lang, note) }</p> }
                            { src_p(lang, &a.sources, a.confidence) }
                        </li>
                    }) }
                </ul>
            </section>
        </>
    }
}

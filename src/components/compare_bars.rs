//! The self-diagnosis part subtotals of two assessments as bars, grouped by part: each group
//! is headed by the part's number and official title on a line of its own (nothing is cut),
//! and its two bars are keyed A and B, with the full names of A and B in the key under the
//! chart and the numbers printed beside each bar (nothing depends on colour or length alone).

use yew::prelude::*;

use crate::hooks::use_lang;
use shindan_core::assessment::compare::PartDelta;
use shindan_core::chart::{bar, svg_num};
use shindan_core::i18n::{t, Msg};
use shindan_core::model::model;

#[derive(Properties, PartialEq)]
pub struct CompareBarsProps {
    pub parts: Vec<PartDelta>,
    /// The names of the two assessments, as the menus and the columns show them.
    pub name_a: AttrValue,
    pub name_b: AttrValue,
}

const WIDTH: f64 = 340.0;
const KEY_W: f64 = 24.0;
const TRACK_W: f64 = 240.0;
const HEAD_H: f64 = 24.0;
const ROW_H: f64 = 24.0;

#[component]
pub fn CompareBars(props: &CompareBarsProps) -> Html {
    let lang = use_lang();
    let m = model();
    let parts = m.self_check_parts();
    let group_h = HEAD_H + 2.0 * ROW_H + 6.0;
    let height = group_h * props.parts.len() as f64;
    let title = |number: u8| {
        let name = parts
            .iter()
            .find(|(p, _)| p.number == number)
            .map(|(p, _)| p.title.get(lang).to_string())
            .unwrap_or_default();
        t(lang, Msg::CmpChartPart)
            .replace("{n}", &number.to_string())
            .replace("{title}", &name)
    };
    let key = |k: Msg, name: &str| t(lang, k).replace("{name}", name);
    html! {
        <figure class="chart compare-bars" id="compare-parts">
            <svg class="bars" viewBox={format!("0 0 {} {}", svg_num(WIDTH), svg_num(height))}
                 role="img" aria-labelledby="compare-parts-title" xmlns="http://www.w3.org/2000/svg">
                <title id="compare-parts-title">{ t(lang, Msg::PartSubtotals) }</title>
                { for props.parts.iter().enumerate().map(|(i, p)| {
                    let top = i as f64 * group_h;
                    let row = |k: usize, key: &'static str, v: i32, class: &'static str| {
                        let y = top + HEAD_H + k as f64 * ROW_H;
                        let g = bar(f64::from(v), f64::from(p.max), TRACK_W);
                        html! {
                            <g data-key={key}>
                                <text class="bar-key" x="4" y={svg_num(y + ROW_H / 2.0)} dominant-baseline="middle">{ key }</text>
                                <rect class="bar-track" x={svg_num(KEY_W)} y={svg_num(y + 4.0)} width={svg_num(TRACK_W)} height={svg_num(ROW_H - 8.0)} />
                                <rect class={classes!("bar-fill", class)} x={svg_num(KEY_W)} y={svg_num(y + 4.0)} width={svg_num(g.width)} height={svg_num(ROW_H - 8.0)} />
                                <text class="bar-value" x={svg_num(KEY_W + TRACK_W + 8.0)} y={svg_num(y + ROW_H / 2.0)} dominant-baseline="middle">{ format!("{v} / {}", p.max) }</text>
                            </g>
                        }
                    };
                    html! {
                        <g class="bar-group" data-part={p.number.to_string()}>
                            <text class="bar-part" x="0" y={svg_num(top + HEAD_H / 2.0 + 2.0)} dominant-baseline="middle">{ title(p.number) }</text>
                            { row(0, "A", p.a, "cmp-a") }
                            { row(1, "B", p.b, "cmp-b") }
                        </g>
                    }
                }) }
            </svg>
            <figcaption>
                <span class="visually-hidden">{ t(lang, Msg::CmpChartLegend) }</span>
                <ul class="legend" data-testid="compare-parts-key">
                    <li><span class="key cmp-a" aria-hidden="true"></span>{ key(Msg::CmpChartKeyA, &props.name_a) }</li>
                    <li><span class="key cmp-b" aria-hidden="true"></span>{ key(Msg::CmpChartKeyB, &props.name_b) }</li>
                </ul>
            </figcaption>
        </figure>
    }
}

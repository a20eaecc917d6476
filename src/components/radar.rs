//! The radar chart of the 10 指示 (score %, current and target maturity on one 0–100 axis).
//! SVG from `shindan_core::chart` geometry; series differ by dash pattern and marker shape, not only
//! colour; `role="img"` with a title, and the same numbers in a table beside it.

use yew::prelude::*;

use crate::hooks::use_lang;
use shindan_core::assessment::RadarRow;
use shindan_core::chart::{radar_frame, radar_series, svg_num, svg_points, Point, RadarShape};
use shindan_core::i18n::{t, Msg};

const SIZE: f64 = 420.0;
const CENTER: Point = (SIZE / 2.0, SIZE / 2.0);
const RADIUS: f64 = 140.0;

#[derive(Properties, PartialEq)]
pub struct RadarProps {
    pub rows: Vec<RadarRow>,
    /// Unique prefix for element ids (several charts may share a page).
    #[prop_or(AttrValue::Static("radar"))]
    pub id: AttrValue,
    /// Its own number table. Off where the page shows the same numbers in one table beside
    /// the chart (the results page), so each number appears once.
    #[prop_or(true)]
    pub table: bool,
}

fn fmt(v: Option<f64>) -> String {
    v.map(shindan_core::format::percent_num)
        .unwrap_or_else(|| "–".into())
}

fn series(values: &[Option<f64>], class: &'static str) -> Html {
    let Some(s) = radar_series(values, CENTER, RADIUS) else {
        return Html::default();
    };
    let shape = match &s.shape {
        RadarShape::Empty => Html::default(),
        RadarShape::Polygon(pts) => {
            html! { <polygon class={classes!("series", class)} points={svg_points(pts)} /> }
        }
        RadarShape::Paths(paths) => html! {
            { for paths.iter().filter(|p| p.len() > 1).map(|p| html! {
                <polyline class={classes!("series", class)} points={svg_points(p)} />
            }) }
        },
    };
    let markers = s.points.iter().flatten().map(|(x, y)| match class {
        "current" => html! { <rect class={classes!("marker", class)} x={svg_num(x - 4.0)} y={svg_num(y - 4.0)} width="8" height="8" /> },
        "target" => html! { <polygon class={classes!("marker", class)} points={svg_points(&[(*x, y - 5.0), (x + 5.0, y + 4.0), (x - 5.0, y + 4.0)])} /> },
        _ => html! { <circle class={classes!("marker", class)} cx={svg_num(*x)} cy={svg_num(*y)} r="4" /> },
    });
    html! { <g>{ shape }{ for markers }</g> }
}

#[component]
pub fn Radar(props: &RadarProps) -> Html {
    let lang = use_lang();
    let n = props.rows.len();
    let Some(frame) = radar_frame(n, CENTER, RADIUS, 18.0) else {
        return Html::default();
    };
    let title_id = format!("{}-title", props.id);
    let scores: Vec<Option<f64>> = props.rows.iter().map(|r| r.score).collect();
    let current: Vec<Option<f64>> = props.rows.iter().map(|r| r.current).collect();
    let target: Vec<Option<f64>> = props.rows.iter().map(|r| r.target).collect();
    let label = |num: u8| match lang {
        shindan_core::lang::Lang::Ja => format!("指示{num}"),
        shindan_core::lang::Lang::En => format!("D{num}"),
    };
    html! {
        <figure class="chart radar" id={props.id.clone()}>
            <svg viewBox={format!("0 0 {0} {0}", SIZE as u32)} role="img" aria-labelledby={title_id.clone()}
                 xmlns="http://www.w3.org/2000/svg">
                <title id={title_id.clone()}>{ t(lang, Msg::RadarTitle) }</title>
                { for frame.rings.iter().filter(|r| r.level > 0).map(|r| html! {
                    <polygon class="ring" points={svg_points(&r.points)} />
                }) }
                { for frame.axes.iter().map(|a| html! {
                    <>
                        <line class="axis" x1={svg_num(CENTER.0)} y1={svg_num(CENTER.1)} x2={svg_num(a.end.0)} y2={svg_num(a.end.1)} />
                        <text class="axis-label" x={svg_num(a.label.0)} y={svg_num(a.label.1)}
                              text-anchor={a.anchor.as_str()} dominant-baseline="middle">
                            { label(props.rows.get(a.index).map(|r| r.number).unwrap_or(0)) }
                        </text>
                    </>
                }) }
                { series(&target, "target") }
                { series(&current, "current") }
                { series(&scores, "score") }
            </svg>
            <figcaption>
                <ul class="legend">
                    <li><span class="key score" aria-hidden="true"></span>{ t(lang, Msg::LegendScore) }</li>
                    <li><span class="key current" aria-hidden="true"></span>{ t(lang, Msg::LegendCurrent) }</li>
                    <li><span class="key target" aria-hidden="true"></span>{ t(lang, Msg::LegendTarget) }</li>
                </ul>
            </figcaption>
            if props.table {
            <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::RadarTable)}>
                <table class="radar-table">
                    <caption>{ t(lang, Msg::RadarTable) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Msg::Direction) }</th>
                        <th scope="col">{ t(lang, Msg::LegendScore) }</th>
                        <th scope="col">{ t(lang, Msg::LegendCurrent) }</th>
                        <th scope="col">{ t(lang, Msg::LegendTarget) }</th>
                    </tr></thead>
                    <tbody>
                        { for props.rows.iter().map(|r| html! {
                            <tr key={r.direction.to_string()} data-direction={r.number.to_string()}>
                                <th scope="row">{ label(r.number) }</th>
                                <td class="num" data-col="score">{ fmt(r.score) }</td>
                                <td class="num" data-col="current">{ fmt(r.current) }</td>
                                <td class="num" data-col="target">{ fmt(r.target) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            }
        </figure>
    }
}

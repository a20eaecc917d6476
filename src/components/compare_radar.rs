//! Two assessments' A-2 scores per 指示 overlaid on one radar (A solid with circles, B dashed
//! with squares: told apart by line and marker, not only colour), with the numbers in a table.

use yew::prelude::*;

use crate::hooks::use_lang;
use shindan_core::assessment::compare::DirectionDelta;
use shindan_core::chart::{radar_frame, radar_series, svg_num, svg_points, Point, RadarShape};
use shindan_core::i18n::{t, Msg};

const SIZE: f64 = 420.0;
const CENTER: Point = (SIZE / 2.0, SIZE / 2.0);
const RADIUS: f64 = 140.0;

#[derive(Properties, PartialEq)]
pub struct CompareRadarProps {
    pub rows: Vec<DirectionDelta>,
    /// Names of the two assessments (organisation and date), for the legend and the columns.
    pub name_a: AttrValue,
    pub name_b: AttrValue,
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
    let markers = s.points.iter().flatten().map(|(x, y)| {
        if class == "cmp-b" {
            html! { <rect class={classes!("marker", class)} x={svg_num(x - 4.0)} y={svg_num(y - 4.0)} width="8" height="8" /> }
        } else {
            html! { <circle class={classes!("marker", class)} cx={svg_num(*x)} cy={svg_num(*y)} r="4" /> }
        }
    });
    html! { <g>{ shape }{ for markers }</g> }
}

fn fmt(v: Option<f64>) -> String {
    v.map(shindan_core::format::percent_num)
        .unwrap_or_else(|| "–".into())
}

/// The change between the two shown numbers (each rounded by the one rule first).
fn fmt_delta(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) => shindan_core::format::percent_delta(a, b),
        _ => "–".into(),
    }
}

#[component]
pub fn CompareRadar(props: &CompareRadarProps) -> Html {
    let lang = use_lang();
    let Some(frame) = radar_frame(props.rows.len(), CENTER, RADIUS, 18.0) else {
        return Html::default();
    };
    let a: Vec<Option<f64>> = props.rows.iter().map(|r| r.a).collect();
    let b: Vec<Option<f64>> = props.rows.iter().map(|r| r.b).collect();
    let label = |num: u8| match lang {
        shindan_core::lang::Lang::Ja => format!("指示{num}"),
        shindan_core::lang::Lang::En => format!("D{num}"),
    };
    html! {
        <figure class="chart radar compare-radar" id="compare-radar">
            <svg viewBox={format!("0 0 {0} {0}", SIZE as u32)} role="img" aria-labelledby="compare-radar-title"
                 xmlns="http://www.w3.org/2000/svg">
                <title id="compare-radar-title">{ t(lang, Msg::CompareRadarTitle) }</title>
                { for frame.rings.iter().filter(|r| r.level > 0).map(|r| html! {
                    <polygon class="ring" points={svg_points(&r.points)} />
                }) }
                { for frame.axes.iter().map(|ax| html! {
                    <>
                        <line class="axis" x1={svg_num(CENTER.0)} y1={svg_num(CENTER.1)} x2={svg_num(ax.end.0)} y2={svg_num(ax.end.1)} />
                        <text class="axis-label" x={svg_num(ax.label.0)} y={svg_num(ax.label.1)}
                              text-anchor={ax.anchor.as_str()} dominant-baseline="middle">
                            { label(props.rows.get(ax.index).map(|r| r.number).unwrap_or(0)) }
                        </text>
                    </>
                }) }
                { series(&a, "cmp-a") }
                { series(&b, "cmp-b") }
            </svg>
            <figcaption>
                <ul class="legend">
                    <li><span class="key cmp-a" aria-hidden="true"></span>{ props.name_a.clone() }</li>
                    <li><span class="key cmp-b" aria-hidden="true"></span>{ props.name_b.clone() }</li>
                </ul>
            </figcaption>
            <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::CompareDirections)}>
                <table class="compare-table" id="compare-directions">
                    <caption>{ t(lang, Msg::CompareDirections) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Msg::Direction) }</th>
                        <th scope="col">{ format!("{} (%)", props.name_a) }</th>
                        <th scope="col">{ format!("{} (%)", props.name_b) }</th>
                        <th scope="col">{ t(lang, Msg::CmpColDelta) }</th>
                    </tr></thead>
                    <tbody>
                        { for props.rows.iter().map(|r| html! {
                            <tr key={r.direction.to_string()} data-direction={r.number.to_string()}>
                                <th scope="row">{ label(r.number) }</th>
                                <td class="num" data-col="a">{ fmt(r.a) }</td>
                                <td class="num" data-col="b">{ fmt(r.b) }</td>
                                <td class="num" data-col="delta">{ fmt_delta(r.a, r.b) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </figure>
    }
}

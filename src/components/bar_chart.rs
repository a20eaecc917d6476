//! Horizontal bar chart (e.g. the self-diagnosis part subtotals), SVG from `shindan_core::chart::bar`,
//! with the numbers printed beside each bar so nothing depends on colour or length alone.

use yew::prelude::*;

use shindan_core::chart::{bar, svg_num};

/// One bar.
#[derive(Clone, PartialEq)]
pub struct BarDatum {
    pub label: AttrValue,
    pub value: f64,
    pub max: f64,
    /// What is printed beside the bar ("30 / 52").
    pub text: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    pub title: AttrValue,
    pub bars: Vec<BarDatum>,
    pub id: AttrValue,
}

const LABEL_W: f64 = 150.0;
const TRACK_W: f64 = 220.0;
const ROW_H: f64 = 30.0;

#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let h = ROW_H * props.bars.len() as f64 + 10.0;
    let w = LABEL_W + TRACK_W + 90.0;
    let title_id = format!("{}-title", props.id);
    html! {
        <svg class="chart bars" id={props.id.clone()} viewBox={format!("0 0 {} {}", svg_num(w), svg_num(h))}
             role="img" aria-labelledby={title_id.clone()} xmlns="http://www.w3.org/2000/svg">
            <title id={title_id}>{ props.title.clone() }</title>
            { for props.bars.iter().enumerate().map(|(i, b)| {
                let y = 5.0 + i as f64 * ROW_H;
                let g = bar(b.value, b.max, TRACK_W);
                html! {
                    <g>
                        <text class="bar-label" x={svg_num(LABEL_W - 8.0)} y={svg_num(y + ROW_H / 2.0)} text-anchor="end" dominant-baseline="middle">{ b.label.clone() }</text>
                        <rect class="bar-track" x={svg_num(LABEL_W)} y={svg_num(y + 5.0)} width={svg_num(TRACK_W)} height={svg_num(ROW_H - 10.0)} />
                        <rect class="bar-fill" x={svg_num(LABEL_W)} y={svg_num(y + 5.0)} width={svg_num(g.width)} height={svg_num(ROW_H - 10.0)} />
                        <text class="bar-value" x={svg_num(LABEL_W + TRACK_W + 8.0)} y={svg_num(y + ROW_H / 2.0)} dominant-baseline="middle">{ b.text.clone() }</text>
                    </g>
                }
            }) }
        </svg>
    }
}

//! PURE: chart geometry as numbers — radar (spider) charts and horizontal bars — plus SVG-ready
//! number formatting. The views turn these into `<polygon>`, `<line>`, `<text>` and `<rect>`
//! elements; colours come from CSS. Nothing here knows about the guidelines, and nothing here
//! imports yew / web_sys / gloo / wasm_bindgen.
//!
//! Coordinates are SVG user units (y grows downwards). Values are percentages 0–100; anything
//! outside is clamped, NaN is treated as missing.

/// A point `(x, y)` in SVG user units.
pub type Point = (f64, f64);

/// The ring levels of a radar chart, in percent.
pub const RING_LEVELS: [u8; 5] = [0, 25, 50, 75, 100];

/// SVG `text-anchor` of an axis label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextAnchor {
    /// Label right of its anchor point (axis on the right half).
    Start,
    /// Centred (axis straight up or down).
    Middle,
    /// Label left of its anchor point (axis on the left half).
    End,
}

impl TextAnchor {
    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            TextAnchor::Start => "start",
            TextAnchor::Middle => "middle",
            TextAnchor::End => "end",
        }
    }
}

/// One radar axis.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarAxis {
    pub index: usize,
    /// Degrees; axis 0 points up (−90°), then clockwise.
    pub angle_deg: f64,
    /// Where the axis line ends (value 100).
    pub end: Point,
    /// Where its label goes (`label_gap` beyond `end`).
    pub label: Point,
    pub anchor: TextAnchor,
}

/// A grid ring (a polygon through every axis at one level).
#[derive(Clone, Debug, PartialEq)]
pub struct Ring {
    /// Percent (one of [`RING_LEVELS`]).
    pub level: u8,
    pub points: Vec<Point>,
}

/// The fixed parts of a radar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarFrame {
    pub center: Point,
    pub radius: f64,
    pub axes: Vec<RadarAxis>,
    /// Rings for 0, 25, 50, 75, 100 % (the 0 ring collapses onto the centre).
    pub rings: Vec<Ring>,
}

/// How to draw one data series.
#[derive(Clone, Debug, PartialEq)]
pub enum RadarShape {
    /// No value at all: draw nothing.
    Empty,
    /// Every value present: one closed polygon.
    Polygon(Vec<Point>),
    /// Some values missing: open polylines through each run of consecutive present values (runs
    /// wrap from the last axis to the first); a run of one point is a lone marker.
    Paths(Vec<Vec<Point>>),
}

/// One data series placed on the axes.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarSeries {
    /// Per axis, the point (`None` = missing, draw no marker).
    pub points: Vec<Option<Point>>,
    pub shape: RadarShape,
}

fn angle_deg(i: usize, n: usize) -> f64 {
    -90.0 + i as f64 * 360.0 / n as f64
}

/// The point of `value` (0–100, clamped) on axis `i` of `n`.
pub fn radar_point(i: usize, n: usize, center: Point, radius: f64, value: f64) -> Point {
    let n = n.max(1);
    let t = angle_deg(i, n).to_radians();
    let r = radius * clamp_percent(value) / 100.0;
    (center.0 + r * t.cos(), center.1 + r * t.sin())
}

/// `value` clamped to 0..=100 (NaN → 0).
pub fn clamp_percent(value: f64) -> f64 {
    if value.is_nan() {
        0.0
    } else {
        value.clamp(0.0, 100.0)
    }
}

/// Axes, label anchors and rings for `n` axes; `None` when `n < 3` (not a radar).
pub fn radar_frame(n: usize, center: Point, radius: f64, label_gap: f64) -> Option<RadarFrame> {
    if n < 3 {
        return None;
    }
    let axes = (0..n)
        .map(|i| {
            let t = angle_deg(i, n).to_radians();
            let (dx, dy) = (t.cos(), t.sin());
            let anchor = if dx.abs() < 1e-6 {
                TextAnchor::Middle
            } else if dx > 0.0 {
                TextAnchor::Start
            } else {
                TextAnchor::End
            };
            RadarAxis {
                index: i,
                angle_deg: angle_deg(i, n),
                end: (center.0 + radius * dx, center.1 + radius * dy),
                label: (
                    center.0 + (radius + label_gap) * dx,
                    center.1 + (radius + label_gap) * dy,
                ),
                anchor,
            }
        })
        .collect();
    let rings = RING_LEVELS
        .iter()
        .map(|&level| Ring {
            level,
            points: (0..n)
                .map(|i| radar_point(i, n, center, radius, f64::from(level)))
                .collect(),
        })
        .collect();
    Some(RadarFrame {
        center,
        radius,
        axes,
        rings,
    })
}

/// Places one series (one value per axis; `None` or NaN = missing). `None` when fewer than 3
/// axes.
pub fn radar_series(values: &[Option<f64>], center: Point, radius: f64) -> Option<RadarSeries> {
    let n = values.len();
    if n < 3 {
        return None;
    }
    let points: Vec<Option<Point>> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            v.filter(|v| !v.is_nan())
                .map(|v| radar_point(i, n, center, radius, v))
        })
        .collect();
    let present = points.iter().filter(|p| p.is_some()).count();
    let shape = if present == 0 {
        RadarShape::Empty
    } else if present == n {
        RadarShape::Polygon(points.iter().flatten().copied().collect())
    } else {
        // Start just after a missing axis so no run is split by the wrap-around.
        let start = points.iter().position(Option::is_none).map_or(0, |i| i + 1);
        let mut runs: Vec<Vec<Point>> = Vec::new();
        let mut run: Vec<Point> = Vec::new();
        for k in 0..n {
            match points.get((start + k) % n).copied().flatten() {
                Some(p) => run.push(p),
                None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
                None => {}
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
        RadarShape::Paths(runs)
    };
    Some(RadarSeries { points, shape })
}

/// A horizontal bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    /// Drawn width, 0..=`full_width`.
    pub width: f64,
    /// The value was below 0: drawn with width 0 (the view shows the number, e.g. "−3", beside
    /// the zero line instead of a bar).
    pub negative: bool,
    /// The value exceeded `max`: drawn at full width.
    pub overflow: bool,
}

/// The bar of `value` out of `max` in a track `full_width` wide.
///
/// Negative values (a self-check total or part can go down to −25 / −n) are drawn with width
/// 0 and `negative: true` rather than leftwards, so every bar shares one zero line and the
/// number carries the sign. `max <= 0` or non-finite input gives width 0.
pub fn bar(value: f64, max: f64, full_width: f64) -> Bar {
    let ok = value.is_finite() && max.is_finite() && max > 0.0 && full_width.is_finite();
    if !ok {
        return Bar {
            width: 0.0,
            negative: value < 0.0,
            overflow: false,
        };
    }
    let full = full_width.max(0.0);
    Bar {
        width: (value / max).clamp(0.0, 1.0) * full,
        negative: value < 0.0,
        overflow: value > max,
    }
}

/// A number as an SVG attribute: at most one decimal, no trailing `.0`, no `-0`; non-finite → `0`.
pub fn svg_num(v: f64) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let r = (v * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r };
    if r.fract() == 0.0 {
        crate::format::fixed(r, 0)
    } else {
        crate::format::fixed(r, 1)
    }
}

/// Points for an SVG `points` attribute: `"x,y x,y …"`.
pub fn svg_points(points: &[Point]) -> String {
    let mut s = String::with_capacity(points.len() * 12);
    for (i, (x, y)) in points.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&svg_num(*x));
        s.push(',');
        s.push_str(&svg_num(*y));
    }
    s
}

//! PURE: NIST CSF heat maps of the answers.
//!
//! * [`csf11_view`] — NIST CSF 1.1, through the CSF IDs printed beside each 付録A-2 item in
//!   METI Ver3.0 (official; label it "METI 付録A-2"). A subcategory (`ID.AM-1`) counts for its
//!   category; a printed category ID (`ID.GV`) counts for that category. Only `A2Item::csf11`
//!   is used — never Shindan's crosswalk.
//! * [`csf20_view`] — NIST CSF 2.0, through Shindan's crosswalk (`model.crosswalk`, official:
//!   false; label it as unofficial). A-2 items and the SME self-check items contribute.
//!
//! Each answered item contributes its percentage — 実施している 100, 一部実施している 50,
//! 実施していない 0, わからない 0, 該当しない left out — once to each category it maps to (an item
//! listing several subcategories of one category counts once there). The percentages come from
//! the executive scale (`model.exec_scale()`, points / best × 100) for every item, so a
//! self-check わからない is 0 here, not −1. A category's value is the unweighted mean of its
//! contributions; a category with none is `None` ("no data"), never 0.

use crate::model::{AnswerKind, CsfRef, CsfVersionTag, Id, Model};

use super::score::best_points;
use super::state::Assessment;

/// Where a view's mapping comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsfSource {
    /// The CSF 1.1 IDs printed in METI Ver3.0 付録A-2 (official).
    MetiA2,
    /// Shindan's CSF 2.0 crosswalk (unofficial).
    ShindanCrosswalk,
}

/// One category cell of the heat map.
#[derive(Clone, Debug, PartialEq)]
pub struct CsfCell {
    /// Category code (`ID.AM`); name via `model.csf_category(version, code)`.
    pub category: CsfRef,
    /// Mean % of the contributing items; `None` = no data.
    pub percent: Option<f64>,
    /// Answered applicable items that contributed.
    pub items: usize,
    /// Items mapped to the category (answered or not).
    pub mapped: usize,
}

/// The categories of one function, in the CSF's order.
#[derive(Clone, Debug, PartialEq)]
pub struct CsfFunctionRow {
    /// Function code (`GV`, `ID`, …); name via `model.csf(version)?.function(code)`.
    pub function: CsfRef,
    pub categories: Vec<CsfCell>,
}

/// A whole heat map: every category of the version, grouped by function.
#[derive(Clone, Debug, PartialEq)]
pub struct CsfView {
    pub version: CsfVersionTag,
    pub source: CsfSource,
    /// Whether the mapping is official (true only for the CSF 1.1 / 付録A-2 view).
    pub official: bool,
    pub functions: Vec<CsfFunctionRow>,
}

#[derive(Clone, Copy, Default)]
struct Acc {
    sum: f64,
    items: usize,
    mapped: usize,
}

/// The item's percentage on the executive scale; `None` for 該当しない or an unscored answer.
fn answer_percent(model: &Model, kind: AnswerKind) -> Option<f64> {
    let scale = model.exec_scale();
    let best = best_points(scale);
    let points = scale.option(kind)?.points?;
    (best > 0).then(|| f64::from(points.clamp(0, best)) * 100.0 / f64::from(best))
}

/// Builds a view from `(answer, refs)` per item.
fn build<'r, I, R>(model: &Model, version: CsfVersionTag, source: CsfSource, items: I) -> CsfView
where
    I: Iterator<Item = (Option<AnswerKind>, R)>,
    R: Iterator<Item = &'r CsfRef>,
{
    let categories: &[crate::model::CsfCategory] =
        model.csf(version).map_or(&[], |v| v.categories.as_slice());
    let mut acc = vec![Acc::default(); categories.len()];
    let mut hit: Vec<usize> = Vec::new();
    for (answer, refs) in items {
        hit.clear();
        for r in refs {
            // Subcategory → its category; a function-only ID or an unknown code is ignored.
            if let Some(i) = categories.iter().position(|c| c.code == r.category()) {
                if !hit.contains(&i) {
                    hit.push(i);
                }
            }
        }
        let pct = answer.and_then(|k| answer_percent(model, k));
        for &i in &hit {
            if let Some(cell) = acc.get_mut(i) {
                cell.mapped += 1;
                if let Some(p) = pct {
                    cell.sum += p;
                    cell.items += 1;
                }
            }
        }
    }
    let functions = model
        .csf(version)
        .map_or(&[][..], |v| v.functions.as_slice());
    let functions = functions
        .iter()
        .map(|f| CsfFunctionRow {
            function: f.code.clone(),
            categories: categories
                .iter()
                .zip(&acc)
                .filter(|(c, _)| c.code.function() == f.code.as_str())
                .map(|(c, a)| CsfCell {
                    category: c.code.clone(),
                    percent: (a.items > 0).then(|| a.sum / a.items as f64),
                    items: a.items,
                    mapped: a.mapped,
                })
                .collect(),
        })
        .collect();
    CsfView {
        version,
        source,
        official: source == CsfSource::MetiA2,
        functions,
    }
}

/// CSF 1.1 heat map through the official 付録A-2 IDs.
pub fn csf11_view(model: &Model, a: &Assessment) -> CsfView {
    let items = model
        .meti_v3
        .a2
        .iter()
        .map(|i| (a.answer(&i.id), i.csf11.iter()));
    build(model, CsfVersionTag::V1_1, CsfSource::MetiA2, items)
}

/// Whether a crosswalk item is an answerable A-2 or self-check item (ID scheme: `v3.a2.<d>-<n>`,
/// `sc.<nn>`); direction-level entries (`v3.d<n>`) are rated by tiers, not answered.
fn answered_kind_of_item(item: &Id) -> bool {
    let s = item.as_str();
    s.starts_with("v3.a2.")
        || s.strip_prefix("sc.")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// CSF 2.0 heat map through Shindan's (unofficial) crosswalk: A-2 and self-check items.
pub fn csf20_view(model: &Model, a: &Assessment) -> CsfView {
    let items = model
        .crosswalk
        .entries
        .iter()
        .filter(|e| answered_kind_of_item(&e.item))
        .map(|e| (a.answer(&e.item), e.csf20.iter()));
    build(
        model,
        CsfVersionTag::V2_0,
        CsfSource::ShindanCrosswalk,
        items,
    )
}

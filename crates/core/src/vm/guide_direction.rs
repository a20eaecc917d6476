//! `#/guidelines/meti/N`: what one Ver3.0 指示's page shows — its group, the 付録A-2 check
//! points numbered as the sheet numbers them with Shindan's CSF 2.0 categories for each, the
//! official 付録D row, Shindan's crosswalk, and the previous and next 指示. Texts stay the
//! model's; this decides the lookups, the cells as printed and where a citation is shown once.

use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::{
    A2Item, AppendixDRow, CrosswalkEntry, CsfRef, CsfVersionTag, Direction, Group, Model, Own,
};

use super::guide::{shared_cite, Cite};
use super::guide_csf::AppdCells;

/// A CSF 2.0 category code with its name in `lang` (empty when the model has no such category).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsfName<'a> {
    pub code: &'a str,
    pub name: String,
}

/// A 付録A-2 check point: "3-2", the item, and Shindan's CSF 2.0 categories for it (`None`
/// when the crosswalk has no entry for the item).
#[derive(Clone, Debug, PartialEq)]
pub struct A2Row<'a> {
    pub item: &'a A2Item,
    pub number: String,
    pub csf20: Option<Vec<CsfName<'a>>>,
}

/// The whole page for one 指示.
#[derive(Clone, Debug, PartialEq)]
pub struct DirectionGuide<'a> {
    pub direction: &'a Direction,
    /// The official Japanese title under the English one, for a reader who will quote it; a
    /// Japanese reader gets no English subtitle.
    pub other_lang_title: bool,
    pub group: Option<&'a Group>,
    pub a2: Vec<A2Row<'a>>,
    /// The citation every A-2 item shares (then shown once, under the table).
    pub a2_cite: Option<Cite<'a>>,
    pub a2_caption: String,
    pub appd: Option<(&'a AppendixDRow, AppdCells)>,
    pub crosswalk: Option<(&'a CrosswalkEntry, Vec<CsfName<'a>>)>,
    pub crosswalk_method: &'a Own,
    pub prev: Option<&'a Direction>,
    pub next: Option<&'a Direction>,
}

/// CSF 2.0 categories with their names: "GV.OC 組織の状況".
pub fn csf20_names<'a>(m: &Model, lang: Lang, codes: &'a [CsfRef]) -> Vec<CsfName<'a>> {
    codes
        .iter()
        .map(|c| CsfName {
            code: c.as_str(),
            name: m
                .csf_category(CsfVersionTag::V2_0, c.as_str())
                .map(|cat| cat.name.get(lang).to_owned())
                .unwrap_or_default(),
        })
        .collect()
}

/// The page of 指示 `number` (1–10) in `lang`, or `None` when there is no such 指示.
pub fn direction_guide(m: &Model, lang: Lang, number: u8) -> Option<DirectionGuide<'_>> {
    let dirs = m.directions();
    let d = dirs.iter().find(|d| d.number == number)?;
    let a2: Vec<&A2Item> = m.a2_items(d.id.as_str()).collect();
    let by_number = |n: u8| dirs.iter().find(|x| x.number == n);
    Some(DirectionGuide {
        direction: d,
        other_lang_title: lang == Lang::En,
        group: m.group(d.group.as_str()),
        a2_cite: shared_cite(a2.iter().map(|i| (i.sources.as_slice(), i.confidence))),
        a2: a2
            .into_iter()
            .map(|i| A2Row {
                item: i,
                number: format!("{}-{}", d.number, i.number),
                csf20: m
                    .crosswalk(i.id.as_str())
                    .map(|e| csf20_names(m, lang, &e.csf20)),
            })
            .collect(),
        a2_caption: format!("{} — {}", t(lang, Msg::GlA2Heading), d.label.get(lang)),
        appd: m
            .appendix_d(d.id.as_str())
            .map(|r| (r, AppdCells::new(lang, r, true))),
        crosswalk: m
            .crosswalk(d.id.as_str())
            .map(|e| (e, csf20_names(m, lang, &e.csf20))),
        crosswalk_method: &m.crosswalk.method,
        prev: number.checked_sub(1).and_then(by_number),
        next: number.checked_add(1).and_then(by_number),
    })
}

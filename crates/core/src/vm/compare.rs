//! The comparison panel of `#/assessments`: which assessments may be chosen as A and B (those
//! with something to compare), the names the menus and columns share, whether the choice is
//! valid (both chosen and still there, and of the same kind), and what the panel shows — a
//! hint, the "not the same kind" note, or the comparison itself, every figure of which comes
//! from `assessment::compare` (net rows, item rows, the CSV).
//!
//! The choice itself is the library's (kept with the UI state, so it survives a reload): a
//! change is sent as [`CompareCommand::Choose`].

use std::rc::Rc;

use crate::assessment::compare::{
    choice_names, compare, comparison_file_name, item_rows, kinds, net_rows, pair_names,
    to_csv_named, Comparison, ItemRow, Mark, NetRow,
};
use crate::assessment::Assessment;
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::Model;
use crate::storage::record::{ComparePick, RecordId};
use crate::store::library::Library;

use super::Update;

/// The panel's own state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompareState {
    /// The last CSV export could not be offered as a download.
    pub export_failed: bool,
}

/// Which menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

/// What happened on the panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareEvent {
    /// A menu changed (`None`: 「選んでください」), with the choice as it is now.
    Choose {
        pick: ComparePick,
        side: Side,
        id: Option<RecordId>,
    },
    Print,
    ExportCsv,
    /// Whether the CSV download was offered.
    Exported(bool),
}

/// What the page must do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareCommand {
    /// Store the new choice in the library.
    Choose(ComparePick),
    Print,
    /// Download [`CompareResult::csv`] as [`CompareResult::file_name`].
    ExportCsv,
}

impl Update for CompareState {
    type Event = CompareEvent;
    type Command = CompareCommand;

    fn update(&mut self, event: CompareEvent) -> Option<CompareCommand> {
        match event {
            CompareEvent::Choose { pick, side, id } => {
                Some(CompareCommand::Choose(choose(pick, side, id)))
            }
            CompareEvent::Print => Some(CompareCommand::Print),
            CompareEvent::ExportCsv => Some(CompareCommand::ExportCsv),
            CompareEvent::Exported(ok) => {
                self.export_failed = !ok;
                None
            }
        }
    }
}

/// The choice with one side changed.
pub fn choose(pick: ComparePick, side: Side, id: Option<RecordId>) -> ComparePick {
    match side {
        Side::A => ComparePick { a: id, b: pick.b },
        Side::B => ComparePick { a: pick.a, b: id },
    }
}

/// An assessment the menus offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub id: RecordId,
    /// Organisation and date, told apart from every other candidate (`choice_names`).
    pub name: String,
    pub assessment: Rc<Assessment>,
}

/// Every assessment with something to compare, newest change first, each named apart (a
/// duplicate by the day it was made, or 「（2）」): the menus and the columns read these names.
pub fn candidates(model: &Model, lib: &Library, lang: Lang) -> Vec<Candidate> {
    let records: Vec<_> = lib
        .list("")
        .into_iter()
        .filter(|r| kinds(model, &r.assessment).any())
        .collect();
    let names = choice_names(
        &records
            .iter()
            .map(|r| (&*r.assessment, r.created))
            .collect::<Vec<_>>(),
        lang,
    );
    records
        .into_iter()
        .zip(names)
        .map(|(r, name)| Candidate {
            id: r.id.clone(),
            name,
            assessment: r.assessment.clone(),
        })
        .collect()
}

/// The choice as it counts: an assessment that is gone (deleted, or no longer comparable)
/// reads as not chosen.
pub fn valid(pick: &ComparePick, candidates: &[Candidate]) -> ComparePick {
    let keep = |id: &Option<RecordId>| {
        id.as_ref()
            .filter(|id| candidates.iter().any(|c| &c.id == *id))
            .cloned()
    };
    ComparePick {
        a: keep(&pick.a),
        b: keep(&pick.b),
    }
}

/// What the panel shows under the menus.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    /// Not both chosen: 「比較する 2 件を選んでください」.
    Hint,
    /// Both chosen, but they share no section (one SME, one executive).
    NotSameKind,
    Result(Rc<CompareResult>),
}

/// A comparison ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareResult {
    /// The column names (the menus' names, told apart by 「（A）」/「（B）」 if alike).
    pub name_a: String,
    pub name_b: String,
    pub comparison: Comparison,
    /// The net change per part and 指示.
    pub net: Vec<NetRow>,
    /// Every item answered differently.
    pub items: Vec<ItemRow>,
    pub a: Rc<Assessment>,
    pub b: Rc<Assessment>,
}

/// What the panel shows for `pick` among `candidates`.
pub fn shown(model: &Model, pick: &ComparePick, candidates: &[Candidate], lang: Lang) -> Shown {
    let pick = valid(pick, candidates);
    let find = |id: &Option<RecordId>| {
        id.as_ref()
            .and_then(|id| candidates.iter().find(|c| &c.id == id))
    };
    let (Some(ca), Some(cb)) = (find(&pick.a), find(&pick.b)) else {
        return Shown::Hint;
    };
    let c = compare(model, &ca.assessment, &cb.assessment);
    if !c.kinds.any() {
        return Shown::NotSameKind;
    }
    let (name_a, name_b) = pair_names(ca.name.clone(), cb.name.clone(), lang);
    let items = item_rows(model, &c, lang);
    let net = net_rows(model, &c, &items, lang);
    Shown::Result(Rc::new(CompareResult {
        name_a,
        name_b,
        comparison: c,
        net,
        items,
        a: ca.assessment.clone(),
        b: cb.assessment.clone(),
    }))
}

impl CompareResult {
    /// The comparison as CSV, its columns named as on screen.
    pub fn csv(&self, model: &Model, lang: Lang) -> String {
        to_csv_named(
            model,
            &self.a,
            &self.b,
            (self.name_a.clone(), self.name_b.clone()),
            lang,
        )
    }

    /// The CSV's file name (`today` when neither assessment has a date).
    pub fn file_name(&self, today: &str) -> String {
        comparison_file_name(&self.a, &self.b, today)
    }
}

/// The arrow beside a mark's text (an extra cue, hidden from assistive technology).
pub fn arrow(m: Mark) -> &'static str {
    match m {
        Mark::Improved => "▲ ",
        Mark::Worse => "▼ ",
        Mark::Unchanged => "＝ ",
        Mark::NotComparable => "",
    }
}

/// The self-diagnosis total and the A-2 overall: the rows set apart as totals.
pub fn is_total(r: &NetRow) -> bool {
    r.key == "sme" || r.key == "exec"
}

/// 「 (改善 2 · 悪化 1)」 after a net row's mark, when any of its items changed.
pub fn counts_text(r: &NetRow, lang: Lang) -> Option<String> {
    (r.improved + r.worse > 0).then(|| {
        format!(
            " ({} {} · {} {})",
            t(lang, Msg::CmpImproved),
            r.improved,
            t(lang, Msg::CmpWorse),
            r.worse
        )
    })
}

/// An item's point difference: 「+2」, 「-1」, 「0」, 「–」 when either answer has no points.
pub fn item_delta_text(delta: Option<i32>) -> String {
    match delta {
        Some(d) if d > 0 => format!("+{d}"),
        Some(d) => d.to_string(),
        None => "–".into(),
    }
}

//! Comparison of two assessments (history: last year against this year; or two units): the
//! per-指示 and overall executive scores, the self-diagnosis totals and part subtotals, and
//! every item answered differently. Derived values only; computed with the scoring functions
//! of `crate::assessment`. Also the comparison as a consultant hands it over — columns named
//! by organisation and date, items by their official number, a text mark per change, the net
//! change per part and 指示 — for the panel and for the CSV alike. Pure.

use crate::assessment::figures::overall;
use crate::assessment::{direction_scores, self_check, Assessment};
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::{AnswerKind, AnswerScale, Id, Model};

/// Which sections an assessment has data in. Two assessments are "of the same kind" when they
/// share at least one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kinds {
    /// Executive check: any answer or maturity value.
    pub exec: bool,
    /// SME path: any self-diagnosis, article or 7-action answer.
    pub sme: bool,
}

impl Kinds {
    pub fn shared(self, other: Kinds) -> Kinds {
        Kinds {
            exec: self.exec && other.exec,
            sme: self.sme && other.sme,
        }
    }
    pub fn any(self) -> bool {
        self.exec || self.sme
    }
}

/// The sections `a` has data in.
pub fn kinds(model: &Model, a: &Assessment) -> Kinds {
    let layout = model.answerable(model.model_rev());
    let has = |ids: Option<&Vec<Id>>| {
        ids.is_some_and(|ids| ids.iter().any(|i| a.answers.contains_key(i)))
    };
    Kinds {
        exec: has(layout.map(|l| &l.a1)) || has(layout.map(|l| &l.a2)) || !a.tiers.is_empty(),
        sme: has(layout.map(|l| &l.self_check))
            || has(layout.map(|l| &l.actions))
            || !a.articles.is_empty(),
    }
}

/// One 指示 in both assessments (A-2 score %).
#[derive(Clone, Debug, PartialEq)]
pub struct DirectionDelta {
    pub direction: Id,
    pub number: u8,
    pub a: Option<f64>,
    pub b: Option<f64>,
}

impl DirectionDelta {
    /// b − a, when both have a score.
    pub fn delta(&self) -> Option<f64> {
        Some(self.b? - self.a?)
    }
}

/// One self-check part in both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartDelta {
    pub number: u8,
    pub a: i32,
    pub b: i32,
    pub max: i32,
}

/// An item answered differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemDelta {
    pub id: Id,
    pub a: Option<AnswerKind>,
    pub b: Option<AnswerKind>,
}

/// The comparison of `a` (earlier / reference) and `b`.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub kinds: Kinds,
    pub directions: Vec<DirectionDelta>,
    /// Overall A-2 score %: points over maximum of all answered applicable items.
    pub exec_overall: (Option<f64>, Option<f64>),
    /// Self-diagnosis totals and whether each is complete.
    pub sc_total: ((i32, bool), (i32, bool)),
    pub parts: Vec<PartDelta>,
    /// Items (layout order) whose answers differ.
    pub items: Vec<ItemDelta>,
}

/// Compares `a` with `b`.
pub fn compare(model: &Model, a: &Assessment, b: &Assessment) -> Comparison {
    let da = direction_scores(model, a);
    let db = direction_scores(model, b);
    let directions = da
        .iter()
        .zip(&db)
        .map(|(x, y)| DirectionDelta {
            direction: x.direction.clone(),
            number: x.number,
            a: x.score.percent,
            b: y.score.percent,
        })
        .collect();
    let sa = self_check(model, a);
    let sb = self_check(model, b);
    let parts = sa
        .parts
        .iter()
        .zip(&sb.parts)
        .map(|(x, y)| PartDelta {
            number: x.number,
            a: x.points,
            b: y.points,
            max: x.max,
        })
        .collect();
    let items = model
        .answerable(model.model_rev())
        .map(|l| {
            l.all()
                .filter(|id| a.answers.get(*id) != b.answers.get(*id))
                .map(|id| ItemDelta {
                    id: id.clone(),
                    a: a.answers.get(id).copied(),
                    b: b.answers.get(id).copied(),
                })
                .collect()
        })
        .unwrap_or_default();
    Comparison {
        kinds: kinds(model, a).shared(kinds(model, b)),
        directions,
        // The one overall figure (`figures::overall`), as the results and the board summary show it.
        exec_overall: (overall(&da).percent, overall(&db).percent),
        sc_total: ((sa.total, sa.complete), (sb.total, sb.complete)),
        parts,
        items,
    }
}

// ------------------------------------------------------------ the comparison as a handover

/// Whether a value moved for the better, text first (colour is only ever an extra).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Improved,
    Worse,
    Unchanged,
    /// One side has no score: not answered, or 該当しない (outside the total and the maximum).
    NotComparable,
}

impl Mark {
    /// From two scores (points or percent): higher is better.
    pub fn of<T: PartialOrd>(a: Option<T>, b: Option<T>) -> Mark {
        match (a, b) {
            (Some(a), Some(b)) if b > a => Mark::Improved,
            (Some(a), Some(b)) if b < a => Mark::Worse,
            (Some(_), Some(_)) => Mark::Unchanged,
            _ => Mark::NotComparable,
        }
    }

    /// A stable code for CSS, tests and the CSV.
    pub fn code(self) -> &'static str {
        match self {
            Mark::Improved => "improved",
            Mark::Worse => "worse",
            Mark::Unchanged => "unchanged",
            Mark::NotComparable => "not_comparable",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                Mark::Improved => Msg::CmpImproved,
                Mark::Worse => Msg::CmpWorse,
                Mark::Unchanged => Msg::CmpUnchanged,
                Mark::NotComparable => Msg::CmpNotComparable,
            },
        )
    }
}

/// The name of one assessment: organisation and date (「A社（2025-02-01）」); one without a date
/// (a duplicate whose date is not set yet) by the day it was made, `created` in ms
/// (「A社（2026-12-07 作成）」).
pub fn assessment_name(x: &Assessment, created: Option<u64>, lang: Lang) -> String {
    let org = if x.name.trim().is_empty() {
        t(lang, Msg::Untitled)
    } else {
        x.name.trim()
    };
    let when = match (x.date.trim(), created) {
        ("", Some(ms)) => {
            t(lang, Msg::CmpMadeOn).replace("{date}", &crate::format::iso_date_of_ms(ms))
        }
        (d, _) => d.to_owned(),
    };
    match (when.as_str(), lang) {
        ("", _) => org.to_owned(),
        (d, Lang::Ja) => format!("{org}（{d}）"),
        (d, Lang::En) => format!("{org} ({d})"),
    }
}

/// The names of the assessments offered in the A/B menus, in the order given — each
/// `(assessment, created ms)` — all different: [`assessment_name`], and those still alike
/// numbered in the order they were made, the first as it is, the next 「（2）」, 「（3）」…
/// The columns of a comparison carry the same names as the menus.
pub fn choice_names(items: &[(&Assessment, u64)], lang: Lang) -> Vec<String> {
    let base: Vec<String> = items
        .iter()
        .map(|(a, created)| assessment_name(a, Some(*created), lang))
        .collect();
    let mut names = base.clone();
    for (i, name) in names.iter_mut().enumerate() {
        let key = |j: usize| (items.get(j).map_or(0, |x| x.1), j);
        let earlier = base
            .iter()
            .enumerate()
            .filter(|(j, b)| *b == &base[i] && key(*j) < key(i))
            .count();
        if earlier > 0 {
            let n = earlier + 1;
            *name = match lang {
                Lang::Ja => format!("{name}（{n}）"),
                Lang::En => format!("{name} ({n})"),
            };
        }
    }
    names
}

/// Two column names told apart by 「（A）」/「（B）」 when they would read the same (the same
/// assessment chosen twice).
pub fn pair_names(na: String, nb: String, lang: Lang) -> (String, String) {
    if na == nb {
        let tag = |x: &str| match lang {
            Lang::Ja => format!("{na}（{x}）"),
            Lang::En => format!("{na} ({x})"),
        };
        (tag("A"), tag("B"))
    } else {
        (na, nb)
    }
}

/// The names of the two columns: organisation and date of each (「A社（2025-02-01）」), told
/// apart by 「（A）」/「（B）」 only when both would read the same.
pub fn column_names(a: &Assessment, b: &Assessment, lang: Lang) -> (String, String) {
    pair_names(
        assessment_name(a, None, lang),
        assessment_name(b, None, lang),
        lang,
    )
}

/// The file name of a comparison (`format::file_name`): the organisation (both, when they
/// differ) and the two dates — `shindan-comparison-A社-2025-02-01_2026-02-01.csv` — with
/// `today` when neither has a date.
pub fn comparison_file_name(a: &Assessment, b: &Assessment, today: &str) -> String {
    let (oa, ob) = (a.name.trim(), b.name.trim());
    let subject = if oa == ob || ob.is_empty() {
        oa.to_owned()
    } else if oa.is_empty() {
        ob.to_owned()
    } else {
        format!("{oa}_{ob}")
    };
    let dates: Vec<&str> = [a.date.trim(), b.date.trim()]
        .into_iter()
        .filter(|d| !d.is_empty())
        .collect();
    let date = if dates.is_empty() {
        today.to_owned()
    } else {
        dates.join("_")
    };
    crate::format::file_name("comparison", &subject, &date, "csv")
}

/// Where an answerable item sits: its section, its official number, the 指示 or self-check
/// part it counts towards, its text and the scale its answers use.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemInfo<'m> {
    pub section: Msg,
    /// 「No.1」 (self-diagnosis), 「3-2」 (A-2, 指示3 item 2), 「原則1-2」, 「取組3」.
    pub number: String,
    /// The 指示 or part (self-diagnosis) the item counts towards.
    pub group: Option<&'m Id>,
    pub text: &'m str,
    pub scale: &'m AnswerScale,
}

/// Describes an answerable item; `None` for an ID the model does not know.
pub fn item_info<'m>(model: &'m Model, id: &Id, lang: Lang) -> Option<ItemInfo<'m>> {
    if let Some(i) = model.meti_v3.a2.iter().find(|i| i.id == *id) {
        let d = model
            .direction(i.direction.as_str())
            .map_or(0, |d| d.number);
        return Some(ItemInfo {
            section: Msg::CsvSectionA2,
            number: format!("{d}-{}", i.number),
            group: Some(&i.direction),
            text: i.text.get(lang),
            scale: model.exec_scale(),
        });
    }
    if let Some(i) = model.meti_v3.a1.iter().find(|i| i.id == *id) {
        let p = model
            .meti_v3
            .guideline
            .principles
            .iter()
            .find(|p| p.id == i.principle)
            .map_or(0, |p| p.number);
        let principle = t(lang, Msg::GlPrincipleN).replace("{n}", &p.to_string());
        return Some(ItemInfo {
            section: Msg::CsvSectionA1,
            number: format!("{principle}-{}", i.number),
            group: None,
            text: i.text.get(lang),
            scale: model.exec_scale(),
        });
    }
    if let Some(i) = model.self_check_item(id.as_str()) {
        return Some(ItemInfo {
            section: Msg::CsvSectionSelfCheck,
            number: format!("No.{}", i.number),
            group: Some(&i.part),
            text: i.question.get(lang),
            scale: model.sme_scale(),
        });
    }
    if let Some(i) = model.actions().iter().find(|i| i.id == *id) {
        return Some(ItemInfo {
            section: Msg::CsvSectionActions,
            number: t(lang, Msg::InitiativeN).replace("{n}", &i.number.to_string()),
            group: None,
            text: i.title.get(lang),
            scale: model.exec_scale(),
        });
    }
    None
}

/// One item answered differently, ready to show or export.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemRow {
    pub id: Id,
    pub section: Msg,
    pub number: String,
    pub text: String,
    pub group: Option<Id>,
    /// The answers' labels (「–」 when not answered).
    pub a: String,
    pub b: String,
    /// Points b − a, when both answers score.
    pub delta: Option<i32>,
    pub mark: Mark,
}

fn answer_text(scale: &AnswerScale, k: Option<AnswerKind>, lang: Lang) -> String {
    k.and_then(|k| scale.option(k))
        .map_or_else(|| "–".to_owned(), |o| o.label.unmarked(lang).to_owned())
}

/// The rows of the items answered differently, in layout order (unknown IDs last).
pub fn item_rows(model: &Model, c: &Comparison, lang: Lang) -> Vec<ItemRow> {
    let mut rows: Vec<ItemRow> = c
        .items
        .iter()
        .map(|d| {
            let Some(info) = item_info(model, &d.id, lang) else {
                return ItemRow {
                    id: d.id.clone(),
                    section: Msg::CsvSectionOther,
                    number: d.id.to_string(),
                    text: String::new(),
                    group: None,
                    a: "–".into(),
                    b: "–".into(),
                    delta: None,
                    mark: Mark::NotComparable,
                };
            };
            let points =
                |k: Option<AnswerKind>| k.and_then(|k| info.scale.option(k)).and_then(|o| o.points);
            let (pa, pb) = (points(d.a), points(d.b));
            ItemRow {
                id: d.id.clone(),
                section: info.section,
                number: info.number,
                text: info.text.to_owned(),
                group: info.group.cloned(),
                a: answer_text(info.scale, d.a, lang),
                b: answer_text(info.scale, d.b, lang),
                delta: pa.zip(pb).map(|(a, b)| b - a),
                mark: Mark::of(pa, pb),
            }
        })
        .collect();
    // Section order of the official documents, self-diagnosis, 取組 (stable sort).
    let order = |s: Msg| {
        [
            Msg::CsvSectionA1,
            Msg::CsvSectionA2,
            Msg::CsvSectionSelfCheck,
            Msg::CsvSectionActions,
        ]
        .iter()
        .position(|x| *x == s)
        .unwrap_or(usize::MAX)
    };
    rows.sort_by_key(|r| order(r.section));
    rows
}

/// What a summary row measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Self-diagnosis points (may be negative).
    Points,
    /// A-2 score, 0–100 %.
    Percent,
}

/// The net change of one part: the self-diagnosis total, each of its parts, the overall A-2
/// score and each 指示 — with how many of its items got better or worse.
#[derive(Clone, Debug, PartialEq)]
pub struct NetRow {
    /// `sme` (the self-diagnosis total), `sc.part1`, `exec` (the A-2 overall), `v3.d3`.
    pub key: String,
    /// 「自社診断の合計点」, 「パート1」, 「付録A-2」, 「指示3」.
    pub label: String,
    /// The part's or 指示's title, when it has one.
    pub title: String,
    pub unit: Unit,
    pub a: Option<f64>,
    pub b: Option<f64>,
    /// Provisional (not every item answered), self-diagnosis total only.
    pub provisional: (bool, bool),
    pub improved: usize,
    pub worse: usize,
}

impl NetRow {
    /// b − a.
    pub fn delta(&self) -> Option<f64> {
        Some(self.b? - self.a?)
    }

    pub fn mark(&self) -> Mark {
        Mark::of(self.a, self.b)
    }

    /// A value as shown: 「52」, 「45%」, 「–」; a provisional total gets a 「*」.
    pub fn value_text(&self, v: Option<f64>, provisional: bool) -> String {
        let Some(v) = v else {
            return "–".into();
        };
        let star = if provisional { "*" } else { "" };
        // The app's one rounding rule (`format::round_percent`), points and percentages alike.
        match self.unit {
            Unit::Points => format!("{}{star}", crate::format::percent_num(v)),
            Unit::Percent => format!("{}%{star}", crate::format::percent_num(v)),
        }
    }

    /// 「+4」, 「-10」, 「0」, 「–」 (percentage points for percentages): the difference of the
    /// two numbers shown, each rounded first.
    pub fn delta_text(&self) -> String {
        match (self.a, self.b) {
            (Some(a), Some(b)) => crate::format::percent_delta(a, b),
            _ => "–".into(),
        }
    }
}

/// The summary rows of the sections both assessments have data in.
pub fn net_rows(model: &Model, c: &Comparison, items: &[ItemRow], lang: Lang) -> Vec<NetRow> {
    let count = |pred: &dyn Fn(&ItemRow) -> bool| {
        let of = |m: Mark| items.iter().filter(|r| r.mark == m && pred(r)).count();
        (of(Mark::Improved), of(Mark::Worse))
    };
    let mut rows = Vec::new();
    if c.kinds.sme {
        let ((ta, ca), (tb, cb)) = c.sc_total;
        let (improved, worse) = count(&|r| r.section == Msg::CsvSectionSelfCheck);
        rows.push(NetRow {
            key: "sme".into(),
            label: t(lang, Msg::SelfCheckTotal).into(),
            title: String::new(),
            unit: Unit::Points,
            a: Some(f64::from(ta)),
            b: Some(f64::from(tb)),
            provisional: (!ca, !cb),
            improved,
            worse,
        });
        for (p, (part, _)) in c.parts.iter().zip(model.self_check_parts()) {
            let (improved, worse) = count(&|r| r.group.as_ref() == Some(&part.id));
            rows.push(NetRow {
                key: part.id.to_string(),
                label: t(lang, Msg::CmpPartN).replace("{n}", &p.number.to_string()),
                title: part.title.get(lang).to_owned(),
                unit: Unit::Points,
                a: Some(f64::from(p.a)),
                b: Some(f64::from(p.b)),
                provisional: (false, false),
                improved,
                worse,
            });
        }
    }
    if c.kinds.exec {
        let (improved, worse) = count(&|r| r.section == Msg::CsvSectionA2);
        rows.push(NetRow {
            key: "exec".into(),
            label: t(lang, Msg::A2Short).into(),
            title: String::new(),
            unit: Unit::Percent,
            a: c.exec_overall.0,
            b: c.exec_overall.1,
            provisional: (false, false),
            improved,
            worse,
        });
        for d in &c.directions {
            let (improved, worse) = count(&|r| r.group.as_ref() == Some(&d.direction));
            let (label, title) = model
                .direction(d.direction.as_str())
                .map(|x| (x.label.get(lang).to_owned(), x.title.get(lang).to_owned()))
                .unwrap_or_else(|| (d.direction.to_string(), String::new()));
            rows.push(NetRow {
                key: d.direction.to_string(),
                label,
                title,
                unit: Unit::Percent,
                a: d.a,
                b: d.b,
                provisional: (false, false),
                improved,
                worse,
            });
        }
    }
    rows
}

/// The comparison as CSV (UTF-8 with BOM, CRLF, RFC 4180): the summary rows, then every item
/// answered differently. The value columns are named after the two assessments.
pub fn to_csv(model: &Model, a: &Assessment, b: &Assessment, lang: Lang) -> String {
    to_csv_named(model, a, b, column_names(a, b, lang), lang)
}

/// [`to_csv`] with the columns named `(na, nb)` (the names the panel shows, [`choice_names`]).
pub fn to_csv_named(
    model: &Model,
    a: &Assessment,
    b: &Assessment,
    (na, nb): (String, String),
    lang: Lang,
) -> String {
    use crate::csv::{line, BOM};
    let c = compare(model, a, b);
    let items = item_rows(model, &c, lang);
    let mut out = String::new();
    out.push(BOM);
    out.push_str(&line(&[
        t(lang, Msg::CsvColSection),
        t(lang, Msg::ReportColNo),
        t(lang, Msg::CsvColItem),
        &na,
        &nb,
        t(lang, Msg::CmpColDelta),
        t(lang, Msg::CmpColMark),
        t(lang, Msg::CmpColImproved),
        t(lang, Msg::CmpColWorse),
    ]));
    for r in net_rows(model, &c, &items, lang) {
        out.push_str(&line(&[
            t(lang, Msg::CmpSummary),
            &r.label,
            &r.title,
            &r.value_text(r.a, r.provisional.0),
            &r.value_text(r.b, r.provisional.1),
            &r.delta_text(),
            r.mark().label(lang),
            &r.improved.to_string(),
            &r.worse.to_string(),
        ]));
    }
    for r in &items {
        let delta = r.delta.map_or_else(
            || "–".into(),
            |d| crate::format::percent_delta(0.0, f64::from(d)),
        );
        out.push_str(&line(&[
            t(lang, r.section),
            &r.number,
            &r.text,
            &r.a,
            &r.b,
            &delta,
            r.mark.label(lang),
            "",
            "",
        ]));
    }
    out
}

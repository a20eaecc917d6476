//! `#/report/detail`: what the detailed report shows of an assessment — which frameworks it
//! covers (those with nothing answered are left out and named), per 指示 every A-2 item with
//! its answer, the maturity, the note and the suggested actions; the A-1 items per principle;
//! the SME articles, self-diagnosis items and key initiatives with their answers; the unknowns
//! and whether there is a plan. Every figure is read from `assessment`; nothing here scores.

use crate::assessment::{
    direction_scores, principle_scores, self_check, started, unknowns, ArticleStatus, Assessment,
    Score, UnknownItem,
};
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::{AnswerKind, AnswerScale, Id, Model};

use super::report::{direction_title, suggested_actions, tier, SuggestedAction};

/// An item's row: its number as the sheet prints it, its text and the answer in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemRow {
    pub id: Id,
    pub no: String,
    pub text: String,
    /// The answer's stable code (`implemented` …, `none` when unanswered); `None` for an
    /// article, whose status is not an answer of a scale.
    pub code: Option<&'static str>,
    pub answer: String,
}

/// A table of items under a caption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemTable {
    /// The key of the table (a principle's or part's ID; empty for a single table).
    pub id: String,
    pub caption: String,
    pub rows: Vec<ItemRow>,
}

/// A 指示's card.
#[derive(Clone, Debug, PartialEq)]
pub struct DirectionCard {
    pub id: Id,
    pub number: u8,
    pub title: String,
    /// The heading's anchor: `rd-v3.d3`.
    pub anchor: String,
    pub score: Score,
    /// Maturity current and target as printed ("–" when not set).
    pub current: String,
    pub target: String,
    pub items: Vec<ItemRow>,
    /// The user's note, "–" when there is none.
    pub note: String,
    /// All suggested actions (the summary shows the first two).
    pub actions: Vec<SuggestedAction>,
}

/// A principle's A-1 table; its caption is the title with the principle's score.
#[derive(Clone, Debug, PartialEq)]
pub struct PrincipleTable {
    pub id: Id,
    pub title: String,
    pub score: Option<Score>,
    pub items: Vec<ItemRow>,
}

/// The whole detailed report.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportDetail {
    pub any_exec: bool,
    pub any_sme: bool,
    /// The frameworks left out because nothing of them is answered, joined (、 or ", "); `None`
    /// when both are in.
    pub omitted: Option<String>,
    pub directions: Vec<DirectionCard>,
    pub principles: Vec<PrincipleTable>,
    /// "自社診断の合計: 56 / 100 · <band>".
    pub sme_total: String,
    pub articles: ItemTable,
    pub parts: Vec<ItemTable>,
    pub actions: ItemTable,
    pub unknowns: Vec<UnknownItem>,
    pub plan_empty: bool,
}

/// The answer in words: the scale's label, or 「未回答」.
pub fn answer_label(lang: Lang, scale: &AnswerScale, k: Option<AnswerKind>) -> String {
    match k {
        None => t(lang, Msg::ReportUnanswered).to_string(),
        Some(k) => scale
            .option(k)
            .map(|o| o.label.unmarked(lang).to_string())
            .unwrap_or_default(),
    }
}

/// An article's status in words, 「未回答」 when not set.
pub fn article_label(lang: Lang, s: Option<ArticleStatus>) -> &'static str {
    match s {
        None => t(lang, Msg::ReportUnanswered),
        Some(ArticleStatus::Done) => t(lang, Msg::ArticleDone),
        Some(ArticleStatus::Committed) => t(lang, Msg::ArticleCommitted),
        Some(ArticleStatus::NotYet) => t(lang, Msg::ArticleNotYet),
    }
}

fn item_row(
    lang: Lang,
    a: &Assessment,
    scale: &AnswerScale,
    id: &Id,
    no: String,
    text: &str,
) -> ItemRow {
    let k = a.answer(id);
    ItemRow {
        id: id.clone(),
        no,
        text: text.to_string(),
        code: Some(k.map_or("none", AnswerKind::code)),
        answer: answer_label(lang, scale, k),
    }
}

/// Per 指示: its card with every A-2 item, the note and all suggested actions.
fn direction_cards(m: &Model, a: &Assessment, lang: Lang) -> Vec<DirectionCard> {
    let exec = m.exec_scale();
    direction_scores(m, a)
        .into_iter()
        .map(|d| {
            let note = a.notes.get(&d.direction).cloned().unwrap_or_default();
            DirectionCard {
                title: direction_title(lang, m, &d.direction),
                anchor: format!("rd-{}", d.direction),
                current: tier(d.tiers.current),
                target: tier(d.tiers.target),
                items: m
                    .a2_items(d.direction.as_str())
                    .map(|i| {
                        let no = format!("{}-{}", d.number, i.number);
                        item_row(lang, a, exec, &i.id, no, i.text.get(lang))
                    })
                    .collect(),
                note: if note.is_empty() {
                    "–".to_string()
                } else {
                    note
                },
                actions: suggested_actions(lang, m, a, &d.direction),
                number: d.number,
                score: d.score,
                id: d.direction,
            }
        })
        .collect()
}

/// Per principle: its A-1 items and its score.
fn principle_tables(m: &Model, a: &Assessment, lang: Lang) -> Vec<PrincipleTable> {
    let exec = m.exec_scale();
    let scores = principle_scores(m, a);
    m.principles_with_a1()
        .into_iter()
        .map(|(p, items)| PrincipleTable {
            id: p.id.clone(),
            title: p.title.get(lang).to_string(),
            score: scores
                .iter()
                .find(|s| s.principle == p.id)
                .map(|s| s.score.clone()),
            items: items
                .iter()
                .map(|i| {
                    let no = format!("{}-{}", p.number, i.number);
                    item_row(lang, a, exec, &i.id, no, i.text.get(lang))
                })
                .collect(),
        })
        .collect()
}

/// The 5 articles with their status.
fn article_table(m: &Model, a: &Assessment, lang: Lang) -> ItemTable {
    ItemTable {
        id: String::new(),
        caption: t(lang, Msg::ReportArticles).to_string(),
        rows: m
            .articles()
            .iter()
            .map(|ar| ItemRow {
                id: ar.id.clone(),
                no: ar.number.to_string(),
                text: ar.title.get(lang).to_string(),
                code: None,
                answer: article_label(lang, a.articles.get(&ar.id).copied()).to_string(),
            })
            .collect(),
    }
}

/// The self-diagnosis items, one table per part.
fn part_tables(m: &Model, a: &Assessment, lang: Lang) -> Vec<ItemTable> {
    let sme = m.sme_scale();
    m.self_check_parts()
        .into_iter()
        .map(|(part, items)| ItemTable {
            id: part.id.to_string(),
            caption: part.title.get(lang).to_string(),
            rows: items
                .iter()
                .map(|i| {
                    let no = format!("No.{}", i.number);
                    item_row(lang, a, sme, &i.id, no, i.question.get(lang))
                })
                .collect(),
        })
        .collect()
}

/// The 7 key initiatives (answered on the executive scale).
fn action_table(m: &Model, a: &Assessment, lang: Lang) -> ItemTable {
    let exec = m.exec_scale();
    ItemTable {
        id: String::new(),
        caption: t(lang, Msg::SmeActionsTitle).to_string(),
        rows: m
            .actions()
            .iter()
            .map(|x| {
                let no = x.number.to_string();
                item_row(lang, a, exec, &x.id, no, x.title.get(lang))
            })
            .collect(),
    }
}

/// The detailed report of `a` in `lang`.
pub fn report_detail(m: &Model, a: &Assessment, lang: Lang) -> ReportDetail {
    let begun = started(m, a);
    let omitted: Vec<&str> = [
        (!begun.exec).then(|| t(lang, Msg::KeyExecTitle)),
        (!begun.sme).then(|| t(lang, Msg::KeySmeTitle)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let sc = self_check(m, a);
    ReportDetail {
        any_exec: begun.exec,
        any_sme: begun.sme,
        omitted: (!omitted.is_empty()).then(|| omitted.join(t(lang, Msg::ListSep))),
        directions: direction_cards(m, a, lang),
        principles: principle_tables(m, a, lang),
        sme_total: format!(
            "{}: {} / {}{}",
            t(lang, Msg::SelfCheckTotal),
            sc.total,
            sc.max,
            sc.band(m)
                .map(|b| format!(" · {}", b.status.get(lang)))
                .unwrap_or_default()
        ),
        articles: article_table(m, a, lang),
        parts: part_tables(m, a, lang),
        actions: action_table(m, a, lang),
        unknowns: unknowns(m, a),
        plan_empty: a.plan.is_empty(),
    }
}

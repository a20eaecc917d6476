//! CSV export of answers: UTF-8 with a byte-order mark (so Excel opens Japanese correctly),
//! CRLF line ends, RFC 4180 quoting. One row per answered item, article status, maturity value
//! and note, in the model's layout order; IDs the model does not know are exported last, so
//! nothing stored is left out.

use crate::assessment::{ArticleStatus, Assessment};
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::{AnswerKind, AnswerScale, Id, Model};

use crate::storage::record::Record;

pub use crate::csv::{field, line, BOM};

fn answer_code(k: AnswerKind) -> &'static str {
    k.code()
}

fn answer_label(scale: &AnswerScale, k: AnswerKind, lang: Lang) -> String {
    scale
        .options
        .iter()
        .find(|o| o.kind == k)
        .map(|o| o.label.unmarked(lang).to_owned())
        .unwrap_or_else(|| answer_code(k).to_owned())
}

/// Section name and item text of an answerable ID, and the scale its answers use.
fn describe<'m>(model: &'m Model, id: &Id, lang: Lang) -> (Msg, String, Option<&'m AnswerScale>) {
    let s = id.as_str();
    if let Some(i) = model.meti_v3.a1.iter().find(|i| i.id == *id) {
        return (
            Msg::CsvSectionA1,
            i.text.get(lang).to_owned(),
            Some(model.exec_scale()),
        );
    }
    if let Some(i) = model.meti_v3.a2.iter().find(|i| i.id == *id) {
        return (
            Msg::CsvSectionA2,
            i.text.get(lang).to_owned(),
            Some(model.exec_scale()),
        );
    }
    if let Some(i) = model.self_check_item(s) {
        return (
            Msg::CsvSectionSelfCheck,
            i.question.get(lang).to_owned(),
            Some(model.sme_scale()),
        );
    }
    if let Some(i) = model.actions().iter().find(|i| i.id == *id) {
        return (
            Msg::CsvSectionActions,
            i.title.get(lang).to_owned(),
            Some(model.exec_scale()),
        );
    }
    if let Some(i) = model.articles().iter().find(|i| i.id == *id) {
        return (Msg::CsvSectionArticles, i.title.get(lang).to_owned(), None);
    }
    if let Some(d) = model.direction(s) {
        return (Msg::CsvSectionTier, d.title.get(lang).to_owned(), None);
    }
    (Msg::CsvSectionOther, String::new(), None)
}

fn article_label(s: ArticleStatus, lang: Lang) -> (&'static str, &'static str) {
    match s {
        ArticleStatus::Done => (s.code(), t(lang, Msg::ArticleDone)),
        ArticleStatus::Committed => (s.code(), t(lang, Msg::ArticleCommitted)),
        ArticleStatus::NotYet => (s.code(), t(lang, Msg::ArticleNotYet)),
    }
}

/// The header row.
pub fn header(lang: Lang) -> String {
    line(&[
        t(lang, Msg::CsvColId),
        t(lang, Msg::MetaName),
        t(lang, Msg::MetaDate),
        t(lang, Msg::MetaAssessor),
        t(lang, Msg::CsvColSection),
        t(lang, Msg::CsvColItemId),
        t(lang, Msg::CsvColItem),
        t(lang, Msg::CsvColAnswer),
        t(lang, Msg::CsvColCode),
    ])
}

/// The rows of one assessment (no header).
pub fn rows(model: &Model, id: &str, a: &Assessment, lang: Lang) -> String {
    let mut out = String::new();
    let mut row = |section: &str, item_id: &str, item: &str, answer: &str, code: &str| {
        out.push_str(&line(&[
            id,
            &a.name,
            &a.date,
            &a.assessor,
            section,
            item_id,
            item,
            answer,
            code,
        ]));
    };
    let layout_ids: Vec<Id> = model
        .answerable(model.model_rev())
        .map(|l| l.all().cloned().collect())
        .unwrap_or_default();
    let known = |x: &Id| layout_ids.contains(x);
    let unknown: Vec<Id> = a
        .answers
        .keys()
        .chain(a.articles.keys())
        .chain(a.tiers.keys())
        .chain(a.notes.keys())
        .filter(|x| !known(x))
        .cloned()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    for item in layout_ids.iter().chain(&unknown) {
        let (section, text, scale) = describe(model, item, lang);
        let section = t(lang, section);
        if let Some(k) = a.answers.get(item) {
            let label = scale
                .map(|s| answer_label(s, *k, lang))
                .unwrap_or_else(|| answer_code(*k).to_owned());
            row(section, item.as_str(), &text, &label, answer_code(*k));
        }
        if let Some(s) = a.articles.get(item) {
            let (code, label) = article_label(*s, lang);
            row(section, item.as_str(), &text, label, code);
        }
        if let Some(p) = a.tiers.get(item) {
            if let Some(c) = p.current {
                let v = c.to_string();
                row(t(lang, Msg::TierCurrent), item.as_str(), &text, &v, &v);
            }
            if let Some(g) = p.target {
                let v = g.to_string();
                row(t(lang, Msg::TierTarget), item.as_str(), &text, &v, &v);
            }
        }
        if let Some(n) = a.notes.get(item) {
            row(t(lang, Msg::CsvSectionNote), item.as_str(), &text, n, "");
        }
    }
    out
}

/// The whole file for `records`: BOM, header, rows.
pub fn export<'a>(
    model: &Model,
    records: impl IntoIterator<Item = &'a Record>,
    lang: Lang,
) -> String {
    let mut out = String::new();
    out.push(BOM);
    out.push_str(&header(lang));
    for r in records {
        out.push_str(&rows(model, r.id.as_str(), &r.assessment, lang));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\r"), "\"cr\r\"");
        assert_eq!(field("株式会社テスト"), "株式会社テスト");
        assert_eq!(line(&["a", "b,c"]), "a,\"b,c\"\r\n");
    }
}

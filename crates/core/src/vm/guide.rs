//! What every Guidelines page decides the same way: the one citation a table's rows share, a
//! list of references joined for a cell, a point value as the guideline prints it, and which
//! note about the page's wording a reader needs. Pure; the pages render the results.

use std::fmt::Display;

use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::{AnswerScale, Confidence, English, Official, SourceRef};

/// A citation: the sources an entry cites and how firmly.
pub type Cite<'a> = (&'a [SourceRef], Confidence);

/// The one citation every row of a table shares, if they all cite the same sources with the
/// same confidence: the table then shows it once instead of on every row. `None` for no rows.
pub fn shared_cite<'a>(mut rows: impl Iterator<Item = Cite<'a>>) -> Option<Cite<'a>> {
    let first = rows.next()?;
    rows.all(|r| r == first).then_some(first)
}

/// Items joined for a cell, or "なし"/"none" when empty.
pub fn joined<T: Display>(lang: Lang, items: &[T]) -> String {
    if items.is_empty() {
        t(lang, Msg::GlNone).to_owned()
    } else {
        items
            .iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Points as the guideline prints them, with a true minus sign (it reads better than a hyphen).
pub fn points(p: i32) -> String {
    p.to_string().replace('-', "−")
}

/// An answer option's points, or "対象外"/"excluded" for an option that does not count.
pub fn option_points(lang: Lang, p: Option<i32>, minus: bool) -> String {
    match p {
        Some(p) if minus => points(p),
        Some(p) => p.to_string(),
        None => t(lang, Msg::GlExcluded).to_owned(),
    }
}

/// The rows of an answer-scale table: each option's label stays in the model; its points are
/// decided here.
pub fn scale_points(lang: Lang, scale: &AnswerScale, minus: bool) -> Vec<String> {
    scale
        .options
        .iter()
        .map(|o| option_points(lang, o.points, minus))
        .collect()
}

/// The note a page needs once above its content, given the official names it shows: in
/// Japanese, that some names are Shindan's Japanese for names known only in English; in
/// English, that the SME guideline's English is IPA's provisional translation. `None` when
/// neither applies.
pub fn wording_note<'a>(lang: Lang, texts: impl IntoIterator<Item = &'a Official>) -> Option<Msg> {
    texts.into_iter().find_map(|o| match lang {
        Lang::Ja if !o.ja_confirmed() => Some(Msg::GlJaUnconfirmedNote),
        Lang::En if o.english == English::IpaProvisional => Some(Msg::GlIpaEnglishNote),
        _ => None,
    })
}

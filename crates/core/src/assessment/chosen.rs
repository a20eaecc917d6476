//! PURE: what a choice on a question means — a domain value, never a string — and the edit
//! choosing it makes. The question view renders it; the store's facade turns it into an
//! [`Action`]: it lives here, below both, so neither imports the other's layer.

use crate::model::{AnswerKind, Id};

use super::state::{Action, ArticleStatus};

/// What a choice means: a domain value, never a string. The input's `value` attribute is its
/// one code (`AnswerKind::code`, `ArticleStatus::code`), written out and never read back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chosen {
    Answer(AnswerKind),
    Article(ArticleStatus),
}

impl Chosen {
    /// The input's `value` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Chosen::Answer(k) => k.code(),
            Chosen::Article(s) => s.code(),
        }
    }

    /// The edit choosing it makes to item `id`.
    pub fn action(self, id: Id) -> Action {
        match self {
            Chosen::Answer(k) => Action::Answer(id, Some(k)),
            Chosen::Article(s) => Action::Article(id, Some(s)),
        }
    }
}

//! PURE: the list of items answered わからない across every section — a to-do list of things to
//! find out (IPA's self-check asks that わからない items be confirmed later; Shindan applies the
//! same to the executive sheets).

use crate::model::{AnswerKind, Id, Model};

use super::state::Assessment;

/// The section an item belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// 付録A-1 (executive check per 原則).
    A1,
    /// 付録A-2 (practitioner check per 指示).
    A2,
    /// The SME 25-item self-diagnosis.
    SelfCheck,
    /// The SME executives' 7 actions.
    Actions,
}

/// One item answered わからない.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownItem {
    pub section: Section,
    pub item: Id,
    /// The 原則, 指示 or part (self-check) it sits under; `None` for actions.
    pub parent: Option<Id>,
}

/// Every item answered わからない, in model order, self-check, actions.
pub fn unknowns(model: &Model, a: &Assessment) -> Vec<UnknownItem> {
    let dk = |id: &Id| a.answer(id) == Some(AnswerKind::DontKnow);
    let mut out = Vec::new();
    let mut push = |section, item: &Id, parent: Option<&Id>| {
        out.push(UnknownItem {
            section,
            item: item.clone(),
            parent: parent.cloned(),
        });
    };
    for i in model.meti_v3.a1.iter().filter(|i| dk(&i.id)) {
        push(Section::A1, &i.id, Some(&i.principle));
    }
    for i in model.meti_v3.a2.iter().filter(|i| dk(&i.id)) {
        push(Section::A2, &i.id, Some(&i.direction));
    }
    for i in model.sme.self_check.items.iter().filter(|i| dk(&i.id)) {
        push(Section::SelfCheck, &i.id, Some(&i.part));
    }
    for i in model.actions().iter().filter(|i| dk(&i.id)) {
        push(Section::Actions, &i.id, None);
    }
    out
}

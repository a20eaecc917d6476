//! PURE: what the first-screen build hands to the whole app when another page is asked for
//! (the browser side is `crate::boot`). The two builds are separate wasm instances,
//! so the store crosses as text: the language, the open assessment and every record changed in
//! memory but not stored (a refused write, storage that cannot be reached), each with the
//! revision the first screen last knew stored. Everything else the whole app reads from
//! storage itself, as on any start.
//!
//! The whole app takes a handed record over what it just read only when storage still holds
//! the revision the first screen knew (its change sits on top of it); otherwise another tab
//! changed it in between, and the handed version is kept as a copy beside theirs, as the sync
//! rules do (`store::sync`). Nothing is lost either way.

use crate::lang::Lang;
use crate::storage::record::{Record, RecordId};

use super::library::LibraryAction;
use super::Store;

/// The first screen's state as the whole app takes it over.
#[derive(Clone, Debug, PartialEq)]
pub struct Handoff {
    pub lang: Lang,
    pub open: RecordId,
    /// Records changed here and not stored, each with the stored revision this tab knew
    /// (`None`: never stored).
    pub unsaved: Vec<(Record, Option<u64>)>,
}

impl Handoff {
    /// One line per field: the language code, the open id, then per record the known revision
    /// (`-` for none), a tab and the record's stored JSON (which has no raw line breaks).
    pub fn encode(&self) -> String {
        let mut out = format!("{}\n{}", self.lang.code(), self.open.as_str());
        for (record, known) in &self.unsaved {
            out.push('\n');
            match known {
                Some(rev) => out.push_str(&rev.to_string()),
                None => out.push('-'),
            }
            out.push('\t');
            out.push_str(&record.to_json());
        }
        out
    }

    /// The inverse of [`Handoff::encode`]; `None` for anything else (the whole app then starts
    /// from storage alone).
    pub fn decode(text: &str) -> Option<Handoff> {
        let mut lines = text.split('\n');
        let lang = Lang::from_code(lines.next()?)?;
        let open = RecordId::parse(lines.next()?)?;
        let unsaved = lines
            .map(|line| {
                let (known, json) = line.split_once('\t')?;
                let known = match known {
                    "-" => None,
                    n => Some(n.parse().ok()?),
                };
                Some((Record::from_json(json).ok()?, known))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Handoff {
            lang,
            open,
            unsaved,
        })
    }
}

impl Store {
    /// What this store hands over: its language, the open assessment and its unsaved records.
    pub fn handoff(&self) -> Handoff {
        let unsaved = self
            .library
            .records
            .values()
            .filter(|r| super::sync::unsaved(&self.library, &self.persisted, &r.id))
            .map(|r| (r.clone(), self.persisted.get(&r.id).copied()))
            .collect();
        Handoff {
            lang: self.lang,
            open: self.library.open.clone(),
            unsaved,
        }
    }

    /// This store (just read from storage) with the first screen's state taken over: its
    /// language, its unsaved records (over the stored one when storage still holds the revision
    /// the first screen knew, else as a copy under `fresh`-derived ids) and its open assessment.
    /// The records stay unsaved here, so the usual writes store them when storage allows.
    pub fn resume(mut self, h: Handoff, now: u64, fresh: &RecordId) -> Store {
        self.lang = h.lang;
        let mut open = h.open;
        let mut copies = 0;
        let library = std::rc::Rc::make_mut(&mut self.library);
        for (mut record, known) in h.unsaved {
            if self.persisted.get(&record.id).copied() != known {
                copies += 1;
                let copy = fresh.derived(copies);
                if open == record.id {
                    open = copy.clone();
                }
                std::rc::Rc::make_mut(&mut self.status)
                    .conflicts
                    .push((record.id.clone(), copy.clone()));
                record.conflict_of = Some(record.id.clone());
                record.id = copy;
            }
            library.apply(
                LibraryAction::Put(Box::new(record), false),
                now,
                fresh.clone(),
            );
        }
        let blank = library.open.clone();
        if library.records.contains_key(&open) {
            library.apply(LibraryAction::Open(open), now, fresh.clone());
        }
        // The blank assessment this start opened (never changed, never stored) has no place
        // beside the one the first screen had open.
        if library.open != blank && library.records.get(&blank).is_some_and(|r| r.revision == 0) {
            library.records.remove(&blank);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Action, Assessment};
    use crate::model::AnswerKind;

    fn id(s: &str) -> RecordId {
        RecordId::parse(s).expect("test id")
    }

    fn answered(rid: &str, revision: u64, item: &str) -> Record {
        let mut a = Assessment::new();
        a.apply(Action::Answer(item.into(), Some(AnswerKind::Implemented)));
        Record::with(id(rid), 1, a, revision)
    }

    fn stored(records: Vec<Record>) -> Store {
        let mut s = Store::blank(1, id("blank"));
        for r in records {
            std::rc::Rc::make_mut(&mut s.persisted).insert(r.id.clone(), r.revision);
            std::rc::Rc::make_mut(&mut s.library)
                .records
                .insert(r.id.clone(), r);
        }
        s
    }

    #[test]
    fn encode_decode_round_trip() {
        let h = Handoff {
            lang: Lang::En,
            open: id("a1"),
            unsaved: vec![
                (answered("a1", 3, "sc.01"), Some(2)),
                (answered("a2", 1, "sc.02"), None),
            ],
        };
        assert_eq!(Handoff::decode(&h.encode()), Some(h));
        let empty = Handoff {
            lang: Lang::Ja,
            open: id("z"),
            unsaved: vec![],
        };
        assert_eq!(Handoff::decode(&empty.encode()), Some(empty));
    }

    #[test]
    fn anything_else_decodes_to_none() {
        for bad in [
            "",
            "xx\na1",
            "ja",
            "ja\na1\n3 {}",
            "ja\na1\nq\t{}",
            "ja\na1\n1\tnot json",
        ] {
            assert_eq!(Handoff::decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn only_unsaved_records_are_handed_over() {
        let mut s = stored(vec![answered("a1", 2, "sc.01"), answered("a2", 1, "sc.02")]);
        // a1 changed in memory (revision 3), a2 as stored, a3 never stored.
        let lib = std::rc::Rc::make_mut(&mut s.library);
        lib.records.insert(id("a1"), answered("a1", 3, "sc.03"));
        lib.records.insert(id("a3"), answered("a3", 1, "sc.04"));
        lib.open = id("a3");
        s.lang = Lang::En;
        let h = s.handoff();
        assert_eq!(h.lang, Lang::En);
        assert_eq!(h.open, id("a3"));
        assert_eq!(
            h.unsaved,
            vec![
                (answered("a1", 3, "sc.03"), Some(2)),
                (answered("a3", 1, "sc.04"), None),
            ]
        );
    }

    #[test]
    fn resume_puts_unsaved_records_over_the_revision_they_came_from() {
        let s = stored(vec![answered("a1", 2, "sc.01")]);
        let h = Handoff {
            lang: Lang::En,
            open: id("a1"),
            unsaved: vec![(answered("a1", 3, "sc.03"), Some(2))],
        };
        let r = s.resume(h, 5, &id("fresh"));
        assert_eq!(r.lang, Lang::En);
        assert_eq!(r.library.open, id("a1"));
        assert_eq!(r.library.records[&id("a1")], answered("a1", 3, "sc.03"));
        // Still unsaved here (stored at 2): the usual writes store it when storage allows.
        assert_eq!(r.persisted.get(&id("a1")), Some(&2));
        assert!(super::super::sync::unsaved(
            &r.library,
            &r.persisted,
            &id("a1")
        ));
    }

    #[test]
    fn resume_keeps_both_when_another_tab_stored_a_newer_revision() {
        // The first screen knew revision 2; another tab has since stored 4.
        let s = stored(vec![answered("a1", 4, "sc.05")]);
        let h = Handoff {
            lang: Lang::Ja,
            open: id("a1"),
            unsaved: vec![(answered("a1", 3, "sc.03"), Some(2))],
        };
        let r = s.resume(h, 5, &id("fresh"));
        assert_eq!(r.library.records[&id("a1")], answered("a1", 4, "sc.05"));
        let copy = id("fresh").derived(1);
        let c = &r.library.records[&copy];
        assert_eq!(c.conflict_of, Some(id("a1")));
        assert_eq!(c.assessment, answered("a1", 3, "sc.03").assessment);
        assert_eq!(r.status.conflicts, vec![(id("a1"), copy.clone())]);
        // The open assessment follows the handed version.
        assert_eq!(r.library.open, copy);
    }

    #[test]
    fn resume_adds_records_never_stored() {
        let s = Store::blank(1, id("blank"));
        let h = Handoff {
            lang: Lang::Ja,
            open: id("a9"),
            unsaved: vec![(answered("a9", 1, "sc.01"), None)],
        };
        let r = s.resume(h, 5, &id("fresh"));
        assert_eq!(r.library.records[&id("a9")], answered("a9", 1, "sc.01"));
        assert_eq!(r.library.open, id("a9"));
        // The blank one this start opened is gone: one assessment, as on the first screen.
        assert_eq!(r.library.records.len(), 1);
    }

    #[test]
    fn resume_without_unsaved_records_opens_what_the_first_screen_had_open() {
        let s = stored(vec![answered("a1", 2, "sc.01"), answered("a2", 1, "sc.02")]);
        let h = Handoff {
            lang: Lang::Ja,
            open: id("a2"),
            unsaved: vec![],
        };
        let r = s.resume(h, 5, &id("fresh"));
        assert_eq!(r.library.open, id("a2"));
        assert_eq!(r.library.records.len(), 2);
        assert!(r.pending_writes().is_empty());
    }
}

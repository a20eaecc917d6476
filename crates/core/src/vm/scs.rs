//! The SCS ★3/★4 pages' view-model: what the assessment shows (progress, the criteria grouped
//! by category with a filter, the result as n met of the level's criteria per category with the
//! gaps listed — an unanswered criterion is a gap and stays in the denominator), and the state
//! machine of opening the user's copy of the workbook and exporting the answered copy (the
//! reader runs in a worker; its outcome comes back as an event). Pure, tested natively
//! (`tests/vm_scs.rs`).

use crate::scs::{self, Answers, Change, Criterion, Level, Mark, Read, Refusal};
use crate::storage::scs::ScsFile;
use crate::store::scs::ScsAction;

use super::Update;

/// Which criteria the assessment list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    #[default]
    All,
    /// Not yet answered (no mark).
    Unanswered,
    /// △.
    Partly,
    /// ✖.
    NotMet,
}

impl Filter {
    pub const ALL: [Filter; 4] = [
        Filter::All,
        Filter::Unanswered,
        Filter::Partly,
        Filter::NotMet,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Unanswered => "unanswered",
            Filter::Partly => "partly",
            Filter::NotMet => "not-met",
        }
    }
    pub fn from_code(s: &str) -> Filter {
        Filter::ALL
            .into_iter()
            .find(|f| f.code() == s)
            .unwrap_or_default()
    }
    fn keeps(self, m: Mark) -> bool {
        match self {
            Filter::All => true,
            Filter::Unanswered => m == Mark::Unanswered,
            Filter::Partly => m == Mark::Partly,
            Filter::NotMet => m == Mark::NotMet,
        }
    }
}

/// Marks given so far, of a level's criteria.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
    pub met: usize,
    pub partly: usize,
    pub not_met: usize,
}

/// A criterion not met: △, ✖ or not answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    pub id: String,
    pub mark: Mark,
}

/// One category's result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryResult {
    /// 1–7.
    pub category: u8,
    /// 大分類 as the file spells it.
    pub name: String,
    /// ○.
    pub met: usize,
    /// Every criterion of the level in this category, answered or not.
    pub total: usize,
    pub gaps: Vec<Gap>,
}

/// A level's result: n met of all its criteria, per category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelResult {
    pub level: Level,
    pub met: usize,
    /// Every criterion of the level (81 for ★3 in the 2026-03-27 edition): never fewer for
    /// what is not answered.
    pub total: usize,
    pub categories: Vec<CategoryResult>,
}

impl LevelResult {
    /// Every criterion met.
    pub fn ready(&self) -> bool {
        self.total > 0 && self.met == self.total
    }
}

pub use crate::scs::mark_of;

/// How far the level's criteria are answered.
pub fn progress(f: &ScsFile, level: Level) -> Progress {
    let mut p = Progress {
        answered: 0,
        total: 0,
        met: 0,
        partly: 0,
        not_met: 0,
    };
    let Some(wb) = &f.workbook else { return p };
    for c in wb.level(level) {
        p.total += 1;
        match mark_of(&f.answers, c) {
            Mark::Met => p.met += 1,
            Mark::Partly => p.partly += 1,
            Mark::NotMet => p.not_met += 1,
            Mark::Unanswered => continue,
        }
        p.answered += 1;
    }
    p
}

/// The level's result per category 1–7 (categories without criteria of the level left out);
/// `None` while no workbook is kept.
pub fn result(f: &ScsFile, level: Level) -> Option<LevelResult> {
    let wb = f.workbook.as_ref()?;
    let categories: Vec<CategoryResult> = wb
        .met_per_category(&f.answers, level)
        .into_iter()
        .map(|n| {
            let of_category = || wb.level(level).filter(move |c| c.category == n.category);
            let mut gaps: Vec<Gap> = of_category()
                .filter_map(|c| match mark_of(&f.answers, c) {
                    Mark::Met => None,
                    mark => Some(Gap {
                        id: c.id.clone(),
                        mark,
                    }),
                })
                .collect();
            gaps.sort_by_key(|g| scs::id_key(&g.id));
            CategoryResult {
                category: n.category,
                name: of_category()
                    .next()
                    .map(|c| c.category_name().to_owned())
                    .unwrap_or_default(),
                met: n.met,
                total: n.total,
                gaps,
            }
        })
        .collect();
    Some(LevelResult {
        level,
        met: categories.iter().map(|r| r.met).sum(),
        total: categories.iter().map(|r| r.total).sum(),
        categories,
    })
}

/// A category's criteria as the list shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct Group<'a> {
    pub category: u8,
    pub name: &'a str,
    /// The shown criteria (the filter applied), in sheet order.
    pub criteria: Vec<&'a Criterion>,
    /// Of all the category's criteria of the level.
    pub met: usize,
    pub total: usize,
}

/// The level's criteria by category, filtered; categories the filter empties are left out.
pub fn groups<'a>(f: &'a ScsFile, level: Level, filter: Filter) -> Vec<Group<'a>> {
    let Some(wb) = &f.workbook else {
        return Vec::new();
    };
    wb.met_per_category(&f.answers, level)
        .into_iter()
        .filter_map(|n| {
            let mut of_category = wb
                .level(level)
                .filter(|c| c.category == n.category)
                .peekable();
            let name = of_category.peek()?.category_name();
            let criteria: Vec<&Criterion> = of_category
                .filter(|c| filter.keeps(mark_of(&f.answers, c)))
                .collect();
            (!criteria.is_empty()).then_some(Group {
                category: n.category,
                name,
                criteria,
                met: n.met,
                total: n.total,
            })
        })
        .collect()
}

/// What the open / export part of the page is doing.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum OpenState {
    #[default]
    Idle,
    /// The worker is reading `file`.
    Reading { file: String },
    /// The reader refused the file: nothing stored changed.
    Refused { file: String, refusal: Refusal },
    /// The file's official text is not the kept workbook's: nothing stored changed.
    Changed { file: String, changes: Vec<Change> },
    /// Opened: the first time (`first`), or a later copy with the same official text, whose
    /// own answers differ from ours in `offer.len()` criteria (offered, not taken).
    Opened {
        file: String,
        sha256: String,
        first: bool,
        offer: Answers,
    },
    /// The worker is writing the answers into `file`.
    Exporting { file: String },
    /// The answered copy was offered as a download.
    Exported { file: String },
    /// The export could not be made (the message).
    ExportFailed { file: String, refusal: Refusal },
}

/// The open / export state machine.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScsOpen {
    pub state: OpenState,
}

/// What the page feeds the state machine.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenEvent {
    /// The user chose (or dropped) a file to open.
    Chosen {
        file: String,
    },
    /// The worker's outcome, with the assessment as it is now and the time.
    Read {
        outcome: Result<Box<Read>, Refusal>,
        kept: Box<ScsFile>,
        now: u64,
    },
    /// Take the answers the file holds.
    TakeOffer,
    /// The user chose the copy to write the answers into.
    ExportChosen {
        file: String,
    },
    /// The worker wrote the answers into the copy it read as `outcome`.
    Exported {
        outcome: Result<Box<Read>, Refusal>,
        kept: Box<ScsFile>,
    },
    Dismiss,
}

/// What the page must do.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenCommand {
    /// Hand the chosen file's bytes to the worker to read.
    Read,
    /// Hand the chosen file's bytes and the answers to the worker to write.
    Export,
    /// Change the kept assessment.
    Store(ScsAction),
    /// Offer the written copy as a download named so.
    Save { file: String },
}

/// The answered copy's file name: the chosen one with `-answered` before `.xlsx`.
pub fn export_name(file: &str) -> String {
    let stem = file
        .strip_suffix(".xlsx")
        .or_else(|| file.strip_suffix(".XLSX"))
        .unwrap_or(file);
    format!("{stem}-answered.xlsx")
}

impl Update for ScsOpen {
    type Event = OpenEvent;
    type Command = OpenCommand;

    fn update(&mut self, event: OpenEvent) -> Option<OpenCommand> {
        match event {
            OpenEvent::Chosen { file } => {
                self.state = OpenState::Reading { file };
                Some(OpenCommand::Read)
            }
            OpenEvent::Read { outcome, kept, now } => {
                let OpenState::Reading { file } = &self.state else {
                    return None;
                };
                let file = file.clone();
                let read = match outcome {
                    Ok(r) => *r,
                    Err(refusal) => {
                        self.state = OpenState::Refused { file, refusal };
                        return None;
                    }
                };
                let Read {
                    mut workbook,
                    answers,
                } = read;
                workbook.file_name = file.clone();
                workbook.read_at = now;
                let sha256 = workbook.sha256.clone();
                // A later copy: the official text must be the one kept.
                if let Some(k) = &kept.workbook {
                    let changes = scs::compare(k, &workbook);
                    if !changes.is_empty() {
                        self.state = OpenState::Changed { file, changes };
                        return None;
                    }
                }
                // The first copy with nothing answered here brings its answers. Otherwise what
                // is answered here stays (against a later copy, or kept without a workbook:
                // restored from a backup made without IPA's text) and the file's differing
                // answers are offered.
                let first = kept.workbook.is_none();
                let (offer, answers) = if first && kept.answers.is_empty() {
                    (Answers::new(), Some(answers))
                } else {
                    (differing(&kept.answers, &answers), None)
                };
                self.state = OpenState::Opened {
                    file,
                    sha256,
                    first,
                    offer,
                };
                Some(OpenCommand::Store(ScsAction::Open {
                    workbook: Box::new(workbook),
                    answers,
                }))
            }
            OpenEvent::TakeOffer => {
                let OpenState::Opened { offer, .. } = &mut self.state else {
                    return None;
                };
                if offer.is_empty() {
                    return None;
                }
                let taken = std::mem::take(offer);
                Some(OpenCommand::Store(ScsAction::Take(taken)))
            }
            OpenEvent::ExportChosen { file } => {
                self.state = OpenState::Exporting { file };
                Some(OpenCommand::Export)
            }
            OpenEvent::Exported { outcome, kept } => {
                let OpenState::Exporting { file } = &self.state else {
                    return None;
                };
                let file = file.clone();
                let read = match outcome {
                    Ok(r) => r,
                    Err(refusal) => {
                        self.state = OpenState::ExportFailed { file, refusal };
                        return None;
                    }
                };
                let changes = match &kept.workbook {
                    Some(k) => scs::compare(k, &read.workbook),
                    None => return None,
                };
                if !changes.is_empty() {
                    self.state = OpenState::Changed { file, changes };
                    return None;
                }
                self.state = OpenState::Exported {
                    file: export_name(&file),
                };
                Some(OpenCommand::Save {
                    file: export_name(&file),
                })
            }
            OpenEvent::Dismiss => {
                self.state = OpenState::Idle;
                None
            }
        }
    }
}

/// The file's answers that differ from ours (a criterion the file leaves blank and we answered
/// is not offered: a blank is not an answer to take).
fn differing(ours: &Answers, file: &Answers) -> Answers {
    file.iter()
        .filter(|(id, a)| ours.get(*id) != Some(*a))
        .map(|(id, a)| (id.clone(), a.clone()))
        .collect()
}

/// The assessment as CSV (UTF-8 with BOM, `crate::csv`): one row per criterion of both levels
/// in sheet order, with its mark as the workbook writes it, the three texts, the cell of the
/// criterion's text and that text (IPA's, from the user's file: the header says so).
pub fn csv(f: &ScsFile, lang: crate::lang::Lang) -> String {
    use crate::i18n::{t, Msg};
    let mut out = String::new();
    out.push(crate::csv::BOM);
    out.push_str(&crate::csv::line(&[
        "ID",
        t(lang, Msg::ScsSelfCsvLevel),
        t(lang, Msg::ScsSelfCategory),
        t(lang, Msg::ScsSelfRequirement),
        t(lang, Msg::ScsSelfMark),
        t(lang, Msg::ScsSelfNote),
        t(lang, Msg::ScsSelfEvidence),
        t(lang, Msg::ScsSelfSupplement),
        t(lang, Msg::ScsSelfCsvCell),
        t(lang, Msg::ScsSelfCsvText),
    ]));
    let Some(wb) = &f.workbook else { return out };
    for c in &wb.criteria {
        let a = f.answers.get(&c.id).cloned().unwrap_or_default();
        let level = match c.level {
            Level::Star3 => "★3",
            Level::Star4 => "★4",
        };
        out.push_str(&crate::csv::line(&[
            c.id.as_str(),
            level,
            &format!("{} {}", c.category, c.category_name()),
            c.requirement_id(),
            a.mark.symbol(),
            &a.note,
            &a.evidence,
            &a.supplement,
            &c.text_cell(),
            c.text(),
        ]));
    }
    out
}

//! PURE: the figures users carry out of the app, each defined once — the executive check's
//! overall figure, its weakest 指示, the 指示 to work on first, and progress counts. The results
//! page, the board summary (`#/report`), the comparison (panel and CSV) and the list of saved
//! assessments all read these functions; none of them ranks or sums on its own.
//!
//! Two orderings, named apart because they answer different questions:
//! * **weakest** ([`weakest`]): the 指示 with the lowest A-2 score (付録A-2), lowest first, then
//!   by 指示 number; only 指示 with a score (something applicable answered) take part. "Where are
//!   we weakest today?" — the results' 「弱い指示（下位3つ）」.
//! * **priority** ([`priority`]): the ranked gap list of `gaps.rs` (maturity gap target −
//!   current largest first, then lowest score, then number). "What did we decide to close
//!   first?" — the board summary's top 5 and the results' gap list.
//!
//! A 指示 can be weak without a maturity gap (current = target), so priority alone can leave out
//! a weak 指示: every paper that shows priority shows weakest beside it, each under a heading
//! that says its ordering.

use crate::model::Model;

use super::exec::{direction_scores, principle_scores, DirectionScore};
use super::gaps::{ranked_gaps, GapRow};
use super::score::Score;
use super::state::Assessment;

/// How many weakest 指示 the results and the board summary show.
pub const WEAKEST_COUNT: usize = 3;
/// How many priority 指示 the board summary shows (the results show the whole list).
pub const PRIORITY_COUNT: usize = 5;

/// Items answered out of items asked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    /// `30 / 37`: every progress count is shown with its total.
    pub fn text(self) -> String {
        format!("{} / {}", self.answered, self.total)
    }

    pub fn started(self) -> bool {
        self.answered > 0
    }
}

/// The overall figure of the executive check (付録A-2, all 40 items as one group): points over
/// the maximum of every applicable answered item, with its progress. The same rule as one
/// 指示's score (`exec.rs`), applied to the 10 指示 together — not the mean of the 10
/// percentages, so a 指示 with more items weighs more, as each item does in the guideline.
pub fn overall(dirs: &[DirectionScore]) -> Score {
    let mut s = Score::default();
    for d in dirs {
        s.points += d.score.points;
        s.max += d.score.max;
        s.answered += d.score.answered;
        s.total += d.score.total;
        s.not_applicable += d.score.not_applicable;
        s.dont_know += d.score.dont_know;
    }
    s.percent = (s.max > 0).then(|| f64::from(s.points) * 100.0 / f64::from(s.max));
    s
}

/// The [`WEAKEST_COUNT`] weakest 指示 (ordering in the module docs).
pub fn weakest(dirs: &[DirectionScore]) -> Vec<DirectionScore> {
    let mut scored: Vec<&DirectionScore> =
        dirs.iter().filter(|d| d.score.percent.is_some()).collect();
    scored.sort_by(|x, y| {
        let (a, b) = (
            x.score.percent.unwrap_or(0.0),
            y.score.percent.unwrap_or(0.0),
        );
        a.total_cmp(&b).then(x.number.cmp(&y.number))
    });
    scored.into_iter().take(WEAKEST_COUNT).cloned().collect()
}

/// The [`PRIORITY_COUNT`] first rows of the ranked gap list.
pub fn priority(model: &Model, a: &Assessment) -> Vec<GapRow> {
    let mut rows = ranked_gaps(model, a);
    rows.truncate(PRIORITY_COUNT);
    rows
}

/// Progress of the executive check: 付録A-1 and 付録A-2 items together.
pub fn exec_progress(model: &Model, a: &Assessment) -> Progress {
    let dirs = direction_scores(model, a);
    let principles = principle_scores(model, a);
    let (answered, total) = dirs
        .iter()
        .map(|d| &d.score)
        .chain(principles.iter().map(|p| &p.score))
        .fold((0, 0), |(n, t), s| (n + s.answered, t + s.total));
    Progress { answered, total }
}

/// Progress of the SME path: the 5 articles, the 25 self-diagnosis items and the 7 key
/// initiatives (the questions the SME pages ask).
pub fn sme_progress(model: &Model, a: &Assessment) -> Progress {
    let sc = super::sme::self_check(model, a);
    let actions = super::sme::actions_score(model, a);
    let articles = model.articles();
    let articles_set = articles
        .iter()
        .filter(|x| a.articles.contains_key(&x.id))
        .count();
    Progress {
        answered: articles_set + sc.answered + actions.answered,
        total: articles.len() + sc.items + actions.total,
    }
}

/// What the executive check shows wherever it is shown: the results' key answers, the board
/// summary and the comparison read this one value.
#[derive(Clone, Debug, PartialEq)]
pub struct ExecFigures {
    /// Every 指示 in order.
    pub directions: Vec<DirectionScore>,
    /// [`overall`].
    pub overall: Score,
    /// [`exec_progress`].
    pub progress: Progress,
    /// [`weakest`].
    pub weakest: Vec<DirectionScore>,
    /// The whole ranked gap list; [`ExecFigures::priority`] is its first [`PRIORITY_COUNT`].
    pub gaps: Vec<GapRow>,
}

impl ExecFigures {
    /// The board summary's top [`PRIORITY_COUNT`] (the same rows as [`priority`]).
    pub fn priority(&self) -> &[GapRow] {
        &self.gaps[..self.gaps.len().min(PRIORITY_COUNT)]
    }
}

/// The executive figures of `a`.
pub fn exec_figures(model: &Model, a: &Assessment) -> ExecFigures {
    let directions = direction_scores(model, a);
    ExecFigures {
        overall: overall(&directions),
        weakest: weakest(&directions),
        progress: exec_progress(model, a),
        gaps: ranked_gaps(model, a),
        directions,
    }
}

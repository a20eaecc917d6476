//! `#/report`: what the one-page executive summary shows of an assessment — whether there is
//! anything to report, which of its parts (the executive figures, the SME figures, the SME-only
//! page), the A-1 principle figures, the per-指示 rows, the top gaps with their suggested
//! actions, and the share link's QR code. Also the pieces the detailed report and the plan
//! share with it: a 指示's title, its suggested actions, a gap's figures line.
//!
//! Every figure is read from `assessment` (`exec_figures`, `principle_scores`, `self_check`,
//! `star_one`, `star_two`, `started`); nothing here ranks or sums.

use crate::assessment::{
    exec_figures, principle_scores, self_check, star_one, star_two, started, Assessment,
    ExecFigures, GapRow, PlanItem, Score, SelfCheckResult,
};
use crate::format;
use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::{Id, Model};
use crate::share::{self, qr::QrMatrix, ShareOptions, MAX_LINK_CHARS};

/// How many suggested actions the summary shows per gap (the detailed report shows all).
pub const ACTIONS_PER_GAP: usize = 2;
/// How many of the weakest self-diagnosis items the SME-only page lists as first actions.
pub const FIRST_ACTIONS: usize = 5;

/// `指示3 …title…`, or the self-diagnosis part an SME plan entry belongs to.
pub fn direction_title(lang: Lang, m: &Model, id: &Id) -> String {
    format!(
        "{} {}",
        crate::assessment::plan::direction_label(m, id, lang),
        crate::assessment::plan::direction_title(m, id, lang)
    )
}

/// A maturity tier as printed, "–" when not set.
pub fn tier(v: Option<u8>) -> String {
    v.map(|x| x.to_string()).unwrap_or_else(|| "–".into())
}

/// A suggested action: a plan entry (with its owner, due date and status) or, when the plan
/// has none for the 指示, one of the model's 対策例 (with none of them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SuggestedAction {
    pub text: String,
    pub owner: String,
    pub due: String,
    pub status: String,
}

impl SuggestedAction {
    /// " (owner · due · status)" of what is set, or `None` when nothing is.
    pub fn extra(&self) -> Option<String> {
        let parts: Vec<&str> = [&self.owner, &self.due, &self.status]
            .into_iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect();
        (!parts.is_empty()).then(|| format!(" ({})", parts.join(" · ")))
    }
}

/// The suggested actions for a 指示: its plan entries when the plan has any, else the model's
/// 対策例.
pub fn suggested_actions(
    lang: Lang,
    m: &Model,
    a: &Assessment,
    direction: &Id,
) -> Vec<SuggestedAction> {
    let planned: Vec<&PlanItem> = a
        .plan
        .iter()
        .filter(|p| &p.direction == direction)
        .collect();
    if !planned.is_empty() {
        return planned
            .into_iter()
            .map(|p| SuggestedAction {
                text: p.text(m, lang),
                owner: p.owner.clone(),
                due: p.due.clone(),
                status: p.status.label(lang).to_string(),
            })
            .collect();
    }
    m.direction(direction.as_str())
        .map(|d| {
            d.examples
                .iter()
                .map(|e| SuggestedAction {
                    text: e.get(lang).to_string(),
                    owner: String::new(),
                    due: String::new(),
                    status: String::new(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// One line of gap figures: maturity current → target (gap), score.
pub fn gap_figures(lang: Lang, g: &GapRow) -> String {
    format!(
        "{}: {} → {} ({}: {}) · {}: {}",
        t(lang, Msg::Maturity),
        tier(g.current),
        tier(g.target),
        t(lang, Msg::Gap),
        g.gap.map(|x| x.to_string()).unwrap_or_else(|| "–".into()),
        t(lang, Msg::LegendScore),
        g.score
            .map(|s| format::percent(lang, s))
            .unwrap_or_else(|| "–".into())
    )
}

/// The self-diagnosis total as shown: "56 / 100", or provisional with its progress while
/// items are unanswered.
pub fn self_check_total(lang: Lang, sc: &SelfCheckResult) -> String {
    if sc.complete {
        format!("{} / {}", sc.total, sc.max)
    } else {
        format!(
            "{} / {} ({} {} / {})",
            sc.total,
            sc.max,
            t(lang, Msg::Provisional),
            sc.answered,
            sc.items
        )
    }
}

/// "宣言できます" / "まだ": a ★ level's readiness in words.
pub fn star_text(lang: Lang, ready: bool) -> &'static str {
    t(
        lang,
        if ready {
            Msg::ReportStarReady
        } else {
            Msg::ReportStarNotYet
        },
    )
}

/// An A-1 principle's figure: its short label ("A-1 原則2"), its title (the label's tooltip)
/// and its score.
#[derive(Clone, Debug, PartialEq)]
pub struct PrincipleFigure {
    pub number: u8,
    pub label: String,
    pub title: String,
    pub score: Score,
}

/// A 指示's row in the scores table: its title, score and maturity "current → target".
#[derive(Clone, Debug, PartialEq)]
pub struct DirectionRow {
    pub id: Id,
    pub number: u8,
    pub title: String,
    pub score: Score,
    pub maturity: String,
}

/// A gap of the top list with its figures line and its first [`ACTIONS_PER_GAP`] actions.
#[derive(Clone, Debug, PartialEq)]
pub struct GapItem {
    pub id: Id,
    pub number: u8,
    pub title: String,
    pub figures: String,
    pub actions: Vec<SuggestedAction>,
}

/// The SME figures: the total as shown ("–" before any item is answered), IPA's band once the
/// total is final, and ★/★★ readiness.
#[derive(Clone, Debug, PartialEq)]
pub struct SmeFigures {
    pub total: String,
    pub band: Option<String>,
    pub star_one: bool,
    pub star_two: bool,
}

/// The whole summary.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportSummary {
    /// Something of the executive check is answered: its figures, table and gaps are shown.
    pub any_exec: bool,
    /// Something of the SME path is answered: its figures are shown.
    pub any_sme: bool,
    /// The results' figures (overall, weakest, ranked gaps): one value in both pages.
    pub figures: ExecFigures,
    /// Empty unless [`ReportSummary::any_exec`].
    pub principles: Vec<PrincipleFigure>,
    pub sme: SmeFigures,
    pub self_check: SelfCheckResult,
    /// The SME-only page's first actions: the weakest items, at most [`FIRST_ACTIONS`].
    pub first_actions: Vec<Id>,
    pub directions: Vec<DirectionRow>,
    /// The priority list (its first `PRIORITY_COUNT` gaps).
    pub gaps: Vec<GapItem>,
}

impl ReportSummary {
    /// Nothing answered: the page says so and links to both questionnaires.
    pub fn is_empty(&self) -> bool {
        !self.any_exec && !self.any_sme
    }

    /// The SME-only page: what the executive layout would leave blank. With the executive
    /// check answered too, the page stays one A4 page without it.
    pub fn sme_page(&self) -> bool {
        self.any_sme && !self.any_exec
    }

    /// Whether the QR code is drawn: only for something answered, and while the user wants it.
    pub fn shows_qr(&self, wanted: bool) -> bool {
        wanted && !self.is_empty()
    }
}

/// The summary of `a` in `lang`.
pub fn report_summary(m: &Model, a: &Assessment, lang: Lang) -> ReportSummary {
    let figures = exec_figures(m, a);
    let begun = started(m, a);
    let sc = self_check(m, a);
    let principles = if begun.exec {
        principle_scores(m, a)
            .into_iter()
            .map(|p| PrincipleFigure {
                number: p.number,
                label: format!(
                    "{} {}",
                    t(lang, Msg::A1Short),
                    t(lang, Msg::FigPrincipleN).replace("{n}", &p.number.to_string())
                ),
                title: m
                    .meti_v3()
                    .principles
                    .iter()
                    .find(|x| x.id == p.principle)
                    .map(|x| x.title.get(lang).to_string())
                    .unwrap_or_default(),
                score: p.score,
            })
            .collect()
    } else {
        Vec::new()
    };
    let sme = SmeFigures {
        total: if sc.answered == 0 {
            "–".to_string()
        } else {
            self_check_total(lang, &sc)
        },
        band: sc.band(m).map(|b| b.status.get(lang).to_string()),
        star_one: star_one(m, a).ready,
        star_two: star_two(m, a).ready,
    };
    let directions = figures
        .directions
        .iter()
        .map(|d| DirectionRow {
            id: d.direction.clone(),
            number: d.number,
            title: direction_title(lang, m, &d.direction),
            score: d.score.clone(),
            maturity: format!("{} → {}", tier(d.tiers.current), tier(d.tiers.target)),
        })
        .collect();
    let gaps = figures
        .priority()
        .iter()
        .map(|g| {
            let mut actions = suggested_actions(lang, m, a, &g.direction);
            actions.truncate(ACTIONS_PER_GAP);
            GapItem {
                id: g.direction.clone(),
                number: g.number,
                title: direction_title(lang, m, &g.direction),
                figures: gap_figures(lang, g),
                actions,
            }
        })
        .collect();
    ReportSummary {
        any_exec: begun.exec,
        any_sme: begun.sme,
        principles,
        sme,
        first_actions: sc
            .weakest
            .iter()
            .take(FIRST_ACTIONS)
            .map(|w| w.item.clone())
            .collect(),
        self_check: sc,
        directions,
        gaps,
        figures,
    }
}

/// The QR code of the share link of `a` at `base` (the page's address without its fragment):
/// answers with name and date, never notes. `None` when the link cannot be made or is too
/// long to scan (the page then says there is none).
pub fn share_qr(m: &Model, a: &Assessment, base: &str) -> Option<QrMatrix> {
    let opts = ShareOptions {
        include_name: true,
        include_notes: false,
    };
    let link = share::encode(m, a, &opts)
        .ok()
        .map(|e| format!("{base}{}", share::fragment(&e.payload)))
        .filter(|l| l.chars().count() <= MAX_LINK_CHARS)?;
    QrMatrix::new(&link).ok()
}

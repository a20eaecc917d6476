//! PURE: one assessment's answers and the rules that turn them into results.
//!
//! An assessment is one organisation (or unit) at one date with any of its sections filled:
//! the SME step-up path (第3.1版's four stages: 5 articles; basic policy, 25-item self-diagnosis and
//! the measures decided; then chapters 4 and 5) with the 7 initiatives and the
//! executive check (付録A-1, 付録A-2, per-指示 maturity and notes). Answers are keyed by the
//! model's stable IDs, so one map holds every section. Derived values (scores, bands, star
//! readiness, gaps, CSF profiles) are computed by the functions here, never stored.
//!
//! Every function takes `(&Model, &Assessment)`, walks the model's items once (IDs in the
//! assessment that the model does not know are ignored) and never panics.
//!
//! Imports no yew / web_sys / gloo / wasm_bindgen.

pub mod chosen;
pub mod compare;
pub mod csf;
pub mod exec;
pub mod figures;
pub mod gaps;
pub mod plan;
pub mod plan_item;
pub mod score;
pub mod sme;
pub mod stages;
pub mod stars;
pub mod state;
pub mod unknowns;

pub use chosen::Chosen;
pub use csf::{csf11_view, csf20_view, CsfCell, CsfFunctionRow, CsfSource, CsfView};
pub use exec::{
    direction_scores, principle_scores, radar_rows, tiers, DirectionScore, PrincipleScore,
    RadarRow, MAX_TIER,
};
pub use figures::{
    exec_figures, exec_progress, sme_progress, ExecFigures, Progress, PRIORITY_COUNT, WEAKEST_COUNT,
};
pub use gaps::{ranked_gaps, GapRow};
pub use plan::{PlanAction, PlanField, PlanItem, PlanStatus};
pub use score::Score;
pub use sme::{actions_score, self_check, PartSubtotal, SelfCheckResult, WeakItem};
pub use stages::{stage_progress, SectionBasis, SectionProgress, StageProgress};
pub use stars::{
    star_one, star_readiness, star_two, Missing, MissingArticle, StarOne, StarReadiness, Unmet,
};
pub use state::*;
pub use unknowns::{unknowns, Section, UnknownItem};

/// Which parts of an assessment have been started — the one definition every view uses to show
/// a section or its one-line "not started" instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Started {
    /// Any self-diagnosis item answered, any article set, or the policy marked.
    pub sme: bool,
    /// Any 付録A-1 or A-2 item answered, or any maturity set.
    pub exec: bool,
}

/// What of `a` has been started (see [`Started`]).
pub fn started(model: &crate::model::Model, a: &Assessment) -> Started {
    let sc = self_check(model, a);
    // The executive items are walked in place (no layout copy): this runs on every results
    // render.
    let v3 = &model.meti_v3;
    let mut exec_items = v3
        .a1
        .iter()
        .map(|i| &i.id)
        .chain(v3.a2.iter().map(|i| &i.id));
    Started {
        sme: sc.answered > 0
            || !a.articles.is_empty()
            || a.policy.established
            || a.policy.published,
        exec: exec_items.any(|id| a.answers.contains_key(id))
            || a.tiers
                .values()
                .any(|t| t.current.is_some() || t.target.is_some()),
    }
}

/// The name of a file holding `a` (`format::file_name`): `kind`, its organisation and its date
/// (`today` when it has none) — `shindan-plan-A社-2025-04-01.csv`.
pub fn file_name(kind: &str, a: &Assessment, today: &str, ext: &str) -> String {
    let date = if a.date.trim().is_empty() {
        today
    } else {
        a.date.trim()
    };
    crate::format::file_name(kind, &a.name, date, ext)
}

//! PURE: what the partners page shows — one row per partner (its current result) and one per
//! request still waiting for any response; statuses; the heat map partners × self-diagnosis
//! items; the distribution of totals; sorting, filtering, search; CSV.
//!
//! Scores are never stored: each row decodes the partner's answers and scores them with
//! `crate::assessment` (the IPA 25-item self-diagnosis total and band, SECURITY ACTION ★/★★
//! readiness, the per-指示 scores of 付録A-2), exactly as the partner's own results page does.
//!
//! Statuses (documented decision): a partner row is `Received`, or `Stale` when its current
//! result was made more than 12 months before today; a request row (no response yet) is
//! `Requested`, or `Overdue` once its due date has passed. A new request to a partner that has
//! answered before shows as its own row until the partner answers it.

use std::collections::{HashMap, HashSet};

use crate::assessment::{self, direction_scores, self_check, WeakItem};
use crate::model::{AnswerKind, Id, Model};

use super::manage::partner_weakest;
#[cfg(doc)]
use super::manage::WEAKEST;
use super::register::{PartnerKey, Register, RequestEntry};
pub use super::types::Clock;
use super::types::{Day, PartnerKind, RequestId, Scope};
/// How many months until a result counts as old.
pub const STALE_MONTHS: u32 = 12;

/// A row's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Asked, no response yet, not past the due date.
    Requested,
    /// Asked, no response, the due date has passed.
    Overdue,
    /// A result is in.
    Received,
    /// The current result is older than 12 months.
    Stale,
}

impl Status {
    /// Every status, in filter order.
    pub const ALL: [Status; 4] = [
        Status::Requested,
        Status::Overdue,
        Status::Received,
        Status::Stale,
    ];

    /// The stable code (CSV cells, filter values).
    pub fn code(self) -> &'static str {
        match self {
            Status::Requested => "requested",
            Status::Overdue => "overdue",
            Status::Received => "received",
            Status::Stale => "stale",
        }
    }
}

/// What a row stands for.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RowKey {
    /// A partner with a result.
    Partner(PartnerKey),
    /// A request nobody has answered yet.
    Request(RequestId),
}

/// One row of the overview.
#[derive(Clone, Debug, PartialEq)]
pub struct OverviewRow {
    /// What the row stands for (a stable key for the view's list).
    pub key: RowKey,
    /// The partner's name, or for a waiting request who it was sent to (untrusted text).
    pub name: String,
    /// Its type.
    pub kind: Option<PartnerKind>,
    /// Its tier (1 = direct).
    pub tier: Option<u8>,
    /// Its status.
    pub status: Status,
    /// The request answered or waiting (none for a plain share link).
    pub request: Option<RequestId>,
    /// What the request asked for (none for a plain share link).
    pub scope: Option<Scope>,
    /// The due date of the request answered or waiting.
    pub due: Option<Day>,
    /// Who the request was sent to, as the requester noted it (empty without a request).
    pub sent_to: String,
    /// When the request answered or waiting was made (ms).
    pub requested_ms: Option<u64>,
    /// The current result was sealed to our key (false: a plain share link; true for waiting
    /// requests, which have no result).
    pub e2e: bool,
    /// The current result answers a deleted request.
    pub request_deleted: bool,
    /// When the current result was made (or imported, for a plain link).
    pub when_ms: Option<u64>,
    /// Older results kept for this partner.
    pub history: usize,
    /// Self-diagnosis total (−25..100), if any item is answered.
    pub sme_total: Option<i32>,
    /// All 25 items answered (the total is final).
    pub sme_complete: bool,
    /// The IPA band of a final total.
    pub band: Option<Id>,
    /// SECURITY ACTION ★ readiness.
    pub star_one: bool,
    /// SECURITY ACTION ★★ readiness.
    pub star_two: bool,
    /// Per-指示 score (0–100, `None` = nothing applicable answered), 指示1–10 in order —
    /// only when the executive check was asked (or, for a plain link, started).
    pub directions: Option<Vec<Option<f64>>>,
    /// The weakest self-diagnosis items (at most [`WEAKEST`]), weakest first
    /// ([`partner_weakest`]).
    pub weakest: Vec<WeakItem>,
    /// The answer of each self-diagnosis item in model order (the heat map's row).
    pub self_check: Vec<Option<AnswerKind>>,
    /// The SCS readiness the request answered or waiting asked for.
    pub scs_asked: Option<super::scs::ScsLevel>,
    /// The SCS readiness the current result carries (none when not asked).
    pub scs: Option<super::scs::ScsReply>,
}

/// Builds the overview rows: partners in register order, then waiting requests (deleted
/// requests are left out).
pub fn overview(model: &Model, reg: &Register, clock: Clock) -> Vec<OverviewRow> {
    let today = clock.today();
    let items = &model.sme.self_check.items;
    let mut rows = Vec::with_capacity(reg.partners.len() + reg.requests.len());
    // One pass each way instead of a scan per row: 1,000 partners × 1,000 requests add up.
    let entries: HashMap<RequestId, &RequestEntry> =
        reg.requests.iter().map(|e| (e.request.id, e)).collect();
    let answered: HashSet<RequestId> = reg
        .partners
        .iter()
        .flat_map(|p| std::iter::once(&p.current).chain(&p.history))
        .filter_map(|r| r.request)
        .collect();
    for p in &reg.partners {
        let r = &p.current;
        let entry = r.request.and_then(|id| entries.get(&id).copied());
        let scope = entry.map(|e| e.request.scope);
        let made = Day::of_time(r.when(), clock.offset_minutes);
        let status = if made.add_months(STALE_MONTHS) < today {
            Status::Stale
        } else {
            Status::Received
        };
        let mut row = OverviewRow {
            key: RowKey::Partner(p.key.clone()),
            name: p.name.clone(),
            kind: p.kind,
            tier: p.tier,
            status,
            request: r.request,
            scope,
            due: entry.and_then(|e| e.request.due),
            sent_to: entry.map(|e| e.sent_to.clone()).unwrap_or_default(),
            requested_ms: entry.map(|e| e.created_ms),
            e2e: r.e2e,
            request_deleted: r.request_deleted,
            when_ms: Some(r.when()),
            history: p.history.len(),
            sme_total: None,
            sme_complete: false,
            band: None,
            star_one: false,
            star_two: false,
            directions: None,
            weakest: Vec::new(),
            self_check: vec![None; items.len()],
            scs_asked: entry.and_then(|e| e.request.scs),
            scs: r.scs_reply(),
        };
        if let Some(d) = r.decode(model) {
            let a = &d.assessment;
            let sc = self_check(model, a);
            if sc.answered > 0 {
                row.sme_total = Some(sc.total);
            }
            row.sme_complete = sc.complete;
            row.band = sc.band;
            row.weakest = partner_weakest(model, a);
            row.star_one = assessment::star_one(model, a).ready;
            row.star_two = assessment::star_two(model, a).ready;
            let exec = scope.map_or_else(|| assessment::started(model, a).exec, Scope::executive);
            if exec {
                row.directions = Some(
                    direction_scores(model, a)
                        .into_iter()
                        .map(|s| s.score.percent)
                        .collect(),
                );
            }
            row.self_check = items.iter().map(|i| a.answer(&i.id)).collect();
        }
        rows.push(row);
    }
    for e in reg.requests.iter().filter(|e| !e.deleted) {
        let id = e.request.id;
        if answered.contains(&id) {
            continue;
        }
        let overdue = e.request.due.is_some_and(|d| d < today);
        rows.push(OverviewRow {
            key: RowKey::Request(id),
            name: e.sent_to.clone(),
            kind: e.kind,
            tier: e.tier,
            status: if overdue {
                Status::Overdue
            } else {
                Status::Requested
            },
            request: Some(id),
            scope: Some(e.request.scope),
            due: e.request.due,
            sent_to: e.sent_to.clone(),
            requested_ms: Some(e.created_ms),
            e2e: true,
            request_deleted: false,
            when_ms: None,
            history: 0,
            sme_total: None,
            sme_complete: false,
            band: None,
            star_one: false,
            star_two: false,
            directions: None,
            weakest: Vec::new(),
            self_check: vec![None; items.len()],
            scs_asked: e.request.scs,
            scs: None,
        });
    }
    rows
}

/// What to sort by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// Register order.
    #[default]
    Added,
    /// Name (normalised).
    Name,
    /// Self-diagnosis total (rows without one last).
    Total,
    /// Status.
    Status,
    /// Result time (rows without one last).
    When,
    /// Type, then tier.
    Kind,
}

/// A filter, a search and a sort.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Case- and width-insensitive substring of the name (empty = all).
    pub search: String,
    /// Statuses to keep (empty = all).
    pub statuses: Vec<Status>,
    /// Type to keep.
    pub kind: Option<PartnerKind>,
    /// Only plain (not end-to-end encrypted) results, to chase up.
    pub plain_only: bool,
    /// Sort order.
    pub sort: SortKey,
    /// Reverse the order.
    pub descending: bool,
}

/// The indices of `rows` the query keeps, in its order (stable: ties keep register order).
pub fn query(rows: &[OverviewRow], q: &Query) -> Vec<usize> {
    let needle = super::register::normalise_name(&q.search);
    let mut keep: Vec<usize> = (0..rows.len())
        .filter(|&i| {
            let r = &rows[i];
            (needle.is_empty() || super::register::normalise_name(&r.name).contains(&needle))
                && (q.statuses.is_empty() || q.statuses.contains(&r.status))
                && q.kind.is_none_or(|k| r.kind == Some(k))
                && (!q.plain_only || !r.e2e)
        })
        .collect();
    let cmp = |a: &usize, b: &usize| {
        let (x, y) = (&rows[*a], &rows[*b]);
        match q.sort {
            SortKey::Added => a.cmp(b),
            SortKey::Name => super::register::normalise_name(&x.name)
                .cmp(&super::register::normalise_name(&y.name)),
            SortKey::Total => none_last(x.sme_total, y.sme_total),
            SortKey::Status => x.status.cmp(&y.status),
            SortKey::When => none_last(x.when_ms, y.when_ms),
            SortKey::Kind => {
                (x.kind.is_none(), x.kind, x.tier).cmp(&(y.kind.is_none(), y.kind, y.tier))
            }
        }
    };
    keep.sort_by(cmp);
    if q.descending {
        keep.reverse();
    }
    keep
}

fn none_last<T: Ord>(a: Option<T>, b: Option<T>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

/// Which self-diagnosis measures are weak across the supply chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeatMap {
    /// The self-diagnosis items (columns), in model order.
    pub items: Vec<Id>,
    /// Per item: partners answering 実施していない.
    pub not_implemented: Vec<usize>,
    /// Per item: partners answering 一部実施している.
    pub partial: Vec<usize>,
    /// Per item: partners answering わからない.
    pub dont_know: Vec<usize>,
    /// Per item: partners that answered it at all.
    pub answered: Vec<usize>,
}

/// The heat map's column summary over `rows` (each row's `self_check` is its line of cells);
/// any iterator of rows, so a view can pass the rows its filters keep without copying them.
pub fn heat_map<'a>(model: &Model, rows: impl IntoIterator<Item = &'a OverviewRow>) -> HeatMap {
    let items: Vec<Id> = model
        .sme
        .self_check
        .items
        .iter()
        .map(|i| i.id.clone())
        .collect();
    let n = items.len();
    let mut h = HeatMap {
        items,
        not_implemented: vec![0; n],
        partial: vec![0; n],
        dont_know: vec![0; n],
        answered: vec![0; n],
    };
    for r in rows {
        for (i, cell) in r.self_check.iter().enumerate().take(n) {
            let Some(k) = cell else { continue };
            h.answered[i] += 1;
            match k {
                AnswerKind::NotImplemented => h.not_implemented[i] += 1,
                AnswerKind::Partial => h.partial[i] += 1,
                AnswerKind::DontKnow => h.dont_know[i] += 1,
                AnswerKind::Implemented | AnswerKind::NotApplicable => {}
            }
        }
    }
    h
}

/// How the final self-diagnosis totals are spread.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Distribution {
    /// Partners per IPA band, in the model's band order.
    pub bands: Vec<(Id, usize)>,
    /// Partners per 10-point bin: `(low, high inclusive, count)` from −25 to 100.
    pub bins: Vec<(i32, i32, usize)>,
    /// Partner rows whose self-diagnosis is not complete (no final total).
    pub incomplete: usize,
}

/// The distribution of the final totals of the partner rows.
pub fn distribution(model: &Model, rows: &[OverviewRow]) -> Distribution {
    let mut bands: Vec<(Id, usize)> = model
        .sme
        .self_check
        .bands
        .iter()
        .map(|b| (b.id.clone(), 0))
        .collect();
    let mut bins: Vec<(i32, i32, usize)> = std::iter::once((-25, -1, 0))
        .chain((0..10).map(|i| (i * 10, if i == 9 { 100 } else { i * 10 + 9 }, 0)))
        .collect();
    let mut incomplete = 0;
    for r in rows.iter().filter(|r| matches!(r.key, RowKey::Partner(_))) {
        let (Some(total), true) = (r.sme_total, r.sme_complete) else {
            incomplete += 1;
            continue;
        };
        if let Some(b) = bands.iter_mut().find(|(id, _)| Some(id) == r.band.as_ref()) {
            b.1 += 1;
        }
        if let Some(bin) = bins
            .iter_mut()
            .find(|(lo, hi, _)| (*lo..=*hi).contains(&total))
        {
            bin.2 += 1;
        }
    }
    Distribution {
        bands,
        bins,
        incomplete,
    }
}

/// The rows in the order the printed summary lists them: overdue requests first, then waiting
/// ones, results older than 12 months, then the rest; within each, the lowest self-diagnosis
/// total first (rows without one after), then register order.
pub fn summary_order(rows: &[OverviewRow]) -> Vec<usize> {
    let rank = |s: Status| match s {
        Status::Overdue => 0,
        Status::Requested => 1,
        Status::Stale => 2,
        Status::Received => 3,
    };
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&i| {
        let r = &rows[i];
        (rank(r.status), r.sme_total.is_none(), r.sme_total, i)
    });
    order
}

/// Whether the overview and the summary show an SCS column: some request asked for SCS
/// readiness, or some result carries it (a register without any keeps its usual columns).
pub fn shows_scs(rows: &[OverviewRow]) -> bool {
    rows.iter()
        .any(|r| r.scs_asked.is_some() || r.scs.is_some())
}

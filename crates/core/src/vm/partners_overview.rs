//! The partners overview (`#/partners`): the filters, search and sort the user chose, the page
//! of rows shown, the partner whose details are open, and what each row's cells say. The rows
//! themselves are `supply::overview`'s and the filtering and sorting `supply::query`'s: this
//! only holds the choices, turns them into a [`Query`] and pages through its answer.

use crate::i18n::Msg;
use crate::lang::Lang;
use crate::model::Model;
use crate::supply::{OverviewRow, PartnerKey, PartnerKind, Query, RowKey, SortKey, Status};

/// Rows in the table at once: at 1,000 partners the whole table took 100–500 ms to build and
/// lay out on every search or sort. Search, filters, sort, CSV and the summary cover every row.
pub const PAGE_ROWS: usize = 100;

/// The sort select's options, in order: value, label, key.
pub const SORTS: [(&str, Msg, SortKey); 6] = [
    ("added", Msg::PartnersSortAdded, SortKey::Added),
    ("name", Msg::PartnersSortName, SortKey::Name),
    ("total", Msg::PartnersSortTotal, SortKey::Total),
    ("status", Msg::PartnersSortStatus, SortKey::Status),
    ("when", Msg::PartnersSortWhen, SortKey::When),
    ("kind", Msg::PartnersSortKind, SortKey::Kind),
];

/// The sort a select value names (anything else: register order).
pub fn sort_of(value: &str) -> SortKey {
    SORTS
        .iter()
        .find(|(v, _, _)| *v == value)
        .map_or(SortKey::Added, |(_, _, k)| *k)
}

/// The status a filter value names (anything else, the empty value included: all).
pub fn status_of(value: &str) -> Option<Status> {
    Status::ALL.into_iter().find(|s| s.code() == value)
}

/// What the user chose.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overview {
    pub search: String,
    pub sort: SortKey,
    pub descending: bool,
    pub status: Option<Status>,
    pub kind: Option<PartnerKind>,
    pub plain_only: bool,
    /// The partner whose details are open.
    pub selected: Option<PartnerKey>,
    /// The page asked for (see [`Shown::page`] for the one shown).
    pub page: usize,
}

/// What the user did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Search(String),
    Sort(SortKey),
    ToggleDescending,
    Status(Option<Status>),
    Kind(Option<PartnerKind>),
    TogglePlainOnly,
    /// Go to this page (0-based).
    Page(usize),
    /// Open a partner's details.
    Open(PartnerKey),
    Close,
}

impl Overview {
    pub fn update(&mut self, ev: Event) {
        // Any change of what is shown starts again on the first page.
        let refilter = !matches!(ev, Event::Page(_) | Event::Open(_) | Event::Close);
        match ev {
            Event::Search(s) => self.search = s,
            Event::Sort(k) => self.sort = k,
            Event::ToggleDescending => self.descending = !self.descending,
            Event::Status(s) => self.status = s,
            Event::Kind(k) => self.kind = k,
            Event::TogglePlainOnly => self.plain_only = !self.plain_only,
            Event::Page(p) => self.page = p,
            Event::Open(k) => self.selected = Some(k),
            Event::Close => self.selected = None,
        }
        if refilter {
            self.page = 0;
        }
    }

    /// The choices as `supply::query` reads them.
    pub fn query(&self) -> Query {
        Query {
            search: self.search.clone(),
            sort: self.sort,
            descending: self.descending,
            statuses: self.status.into_iter().collect(),
            kind: self.kind,
            plain_only: self.plain_only,
        }
    }

    /// The rows the choices keep and the page of them shown.
    pub fn shown(&self, rows: &[OverviewRow]) -> Shown {
        let kept = crate::supply::query(rows, &self.query());
        let pages = kept.len().div_ceil(PAGE_ROWS).max(1);
        // Never past the last page, even when rows went away since the page was chosen.
        let page = self.page.min(pages - 1);
        let from = page * PAGE_ROWS;
        let to = ((page + 1) * PAGE_ROWS).min(kept.len());
        Shown {
            total: rows.len(),
            rows: kept,
            pages,
            page,
            from,
            to,
        }
    }
}

/// The rows the filters keep and the page of them on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    /// Indices into the overview rows, in display order: what the heat map and the CSV cover.
    pub rows: Vec<usize>,
    /// Every row, kept or not (the caption's "n / total").
    pub total: usize,
    /// Pages of [`PAGE_ROWS`] (at least one).
    pub pages: usize,
    /// The page on screen (0-based).
    pub page: usize,
    /// The page's first and one-past-last position in `rows`.
    pub from: usize,
    pub to: usize,
}

impl Shown {
    /// The indices of the rows on this page.
    pub fn on_page(&self) -> &[usize] {
        &self.rows[self.from..self.to]
    }

    /// The previous page, if any.
    pub fn prev(&self) -> Option<usize> {
        self.page.checked_sub(1)
    }

    /// The next page, if any.
    pub fn next(&self) -> Option<usize> {
        (self.page + 1 < self.pages).then_some(self.page + 1)
    }

    /// "from–to of n" (1-based) when there is more than one page.
    pub fn range(&self) -> Option<(usize, usize, usize)> {
        (self.pages > 1).then_some((self.from + 1, self.to, self.rows.len()))
    }

    /// The kept rows, in the order shown (what the CSV exports).
    pub fn picked(&self, rows: &[OverviewRow]) -> Vec<OverviewRow> {
        self.rows
            .iter()
            .filter_map(|&i| rows.get(i))
            .cloned()
            .collect()
    }
}

/// The partner a row's name opens (a waiting request has no details).
pub fn opens(r: &OverviewRow) -> Option<&PartnerKey> {
    match &r.key {
        RowKey::Partner(k) => Some(k),
        RowKey::Request(_) => None,
    }
}

/// The total cell: the self-diagnosis total, starred when not every item is answered.
pub fn total_cell(r: &OverviewRow) -> String {
    match r.sme_total {
        Some(v) if r.sme_complete => v.to_string(),
        Some(v) => format!("{v}*"),
        None => "—".into(),
    }
}

/// The ★/★★ cell's readiness, for a row with a result.
pub fn stars(r: &OverviewRow) -> Option<(bool, bool)> {
    opens(r).map(|_| (r.star_one, r.star_two))
}

/// The lowest 指示 score of a row, as "指示3 20%" (none when the executive check was not
/// asked or nothing in it is answered; the first of equal lows).
pub fn lowest_direction(model: &Model, lang: Lang, r: &OverviewRow) -> Option<String> {
    let (i, p) = r
        .directions
        .as_ref()?
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.map(|p| (i, p)))
        .min_by(|a, b| a.1.total_cmp(&b.1))?;
    let label = model
        .directions()
        .get(i)
        .map_or_else(|| (i + 1).to_string(), |d| d.label.get(lang).to_owned());
    Some(format!("{label} {p:.0}%"))
}

/// The weakest items as the cell shows them ("No.3, No.7") and their ids (`data-items`).
pub fn weak_cell(r: &OverviewRow) -> (String, String) {
    let numbers = r.weakest.iter().map(|w| format!("No.{}", w.number));
    let ids = r.weakest.iter().map(|w| w.item.to_string());
    (
        numbers.collect::<Vec<_>>().join(", "),
        ids.collect::<Vec<_>>().join(" "),
    )
}

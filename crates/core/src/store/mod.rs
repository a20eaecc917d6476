//! STORE: the app's state with a single owner — the language, the screen, the library of
//! assessments, the incident records, what this tab knows is stored and the storage status —
//! and the one action enum that changes it. Pure: no browser API, tested natively
//! (`tests/store.rs`); the Yew adapter (`crate::hooks::store`) only stamps actions with the
//! time and a fresh id and carries the writes out.
//!
//! Each part sits behind its own `Rc`, so an action copies only the part it changes, and an
//! answer copies one assessment (records share theirs, `storage::Record::assessment`), never
//! the library. Views subscribe to parts (the contexts `App` provides), so a change of one
//! part does not re-render the views of another.
//!
//! Verbs (`StoreAction::answer`, `rename`, …) build the actions; derived values
//! ([`Store::current`], [`Store::pending_writes`], `Library::needs_backup`) are methods,
//! computed where they are needed, never stored.

pub mod handoff;
pub mod library;
pub mod scs;
pub mod supply;
pub mod sync;

use std::cell::OnceCell;
use std::rc::Rc;

use crate::assessment::{
    Action, ArticleStatus, Assessment, MetaField, Score, SelfCheckResult, StarOne, StarReadiness,
    Started,
};
use crate::carried::Carried;
use crate::incident::{IncidentAction, IncidentFile};
use crate::lang::Lang;
use crate::model::{model, AnswerKind, Id};
use crate::route::Route;
use crate::storage::backup::Restore;
use crate::storage::record::{Record, RecordId};
use crate::storage::report::{
    IncidentsLoad, KeptLoad, KeptOutcome, LoadReport, Migration, NewerValue,
};
use crate::storage::supply::Responder;
use crate::storage::Stored;
use crate::supply::{LineReport, Register, Request, ResponderId};

use library::{Applied, Library, LibraryAction};
pub use supply::SupplyAction;
use sync::{Outcome, Persisted, Step, Write};

/// The open assessment and what views derive from it, each computed at most once per version of
/// the assessment, on first use, however many views show it (the progress bar, the score after
/// item 25, the summary and the key answers all read one self-diagnosis result).
#[derive(Debug)]
pub struct Opened {
    pub assessment: Rc<Assessment>,
    self_check: OnceCell<SelfCheckResult>,
    actions: OnceCell<Score>,
    started: OnceCell<Started>,
    star_one: OnceCell<StarOne>,
    star_two: OnceCell<StarReadiness>,
}

impl Opened {
    pub fn new(assessment: Rc<Assessment>) -> Opened {
        Opened {
            assessment,
            self_check: OnceCell::new(),
            actions: OnceCell::new(),
            started: OnceCell::new(),
            star_one: OnceCell::new(),
            star_two: OnceCell::new(),
        }
    }
    /// The 25-item self-diagnosis (`assessment::self_check`).
    pub fn self_check(&self) -> &SelfCheckResult {
        self.self_check
            .get_or_init(|| crate::assessment::self_check(model(), &self.assessment))
    }
    /// The Seven Key Initiatives' score (`assessment::actions_score`).
    pub fn actions_score(&self) -> &Score {
        self.actions
            .get_or_init(|| crate::assessment::actions_score(model(), &self.assessment))
    }
    /// SECURITY ACTION ★ readiness (`assessment::star_one`).
    pub fn star_one(&self) -> &StarOne {
        self.star_one
            .get_or_init(|| crate::assessment::star_one(model(), &self.assessment))
    }
    /// SECURITY ACTION ★★ readiness (`assessment::star_two`).
    pub fn star_two(&self) -> &StarReadiness {
        self.star_two
            .get_or_init(|| crate::assessment::star_two(model(), &self.assessment))
    }
    /// Which parts were started (`assessment::started`).
    pub fn started(&self) -> &Started {
        self.started
            .get_or_init(|| crate::assessment::started(model(), &self.assessment))
    }
}

/// Two views of the same assessment version are equal (by identity: the cache is not content).
impl PartialEq for Opened {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.assessment, &other.assessment)
    }
}

/// A value kept whole under one storage key (the incident records, the supply register) as
/// this tab holds it: what is shown and edited, and what this tab last read or wrote (the base
/// of the three-way merge with another tab's change, `store::sync`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kept<T> {
    /// What is shown and edited.
    pub value: T,
    /// What this tab last read from or wrote to storage.
    pub base: T,
    /// A newer build wrote it, or the unreadable value could not be set aside: never written.
    pub read_only: bool,
    /// The unreadable value found at start-up was copied to this key.
    pub quarantined: Option<String>,
    /// Entries both tabs changed at once; both versions were kept (their ids).
    pub kept_both: Vec<String>,
    /// The last write was refused (the message).
    pub save_error: Option<String>,
}

impl<T: PartialEq> Kept<T> {
    /// Changed here and not yet stored.
    pub fn unsaved(&self) -> bool {
        !self.read_only && self.value != self.base
    }
}

impl<T: Clone> Kept<T> {
    pub fn loaded(l: KeptLoad<T>) -> Kept<T> {
        Kept {
            base: l.value.clone(),
            value: l.value,
            read_only: l.read_only || l.stuck,
            quarantined: l.quarantined,
            kept_both: Vec::new(),
            save_error: None,
        }
    }
}

/// The incident records.
pub type Incidents = Kept<IncidentFile>;
/// The supply-chain register (requests with their keys, partners' results).
pub type Supply = Kept<Register>;
/// This browser's responder id (the partner's side).
pub type ResponderProfile = Kept<Responder>;

/// What the banners and the assessments page show about storage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StorageStatus {
    /// localStorage can be reached.
    pub available: bool,
    /// Unreadable values set aside this time (keys).
    pub quarantined: Vec<String>,
    /// Unreadable values that could not be set aside (left in place, never written).
    pub stuck: Vec<String>,
    /// Values of a newer format (read-only).
    pub newer: Vec<NewerValue>,
    pub migration: Option<Migration>,
    /// The UI state was written by a newer build: never overwritten.
    pub ui_read_only: bool,
    /// The last write was refused (quota exceeded or similar).
    pub save_failed: bool,
    /// Copies made because another tab changed the same assessment: (original, copy).
    pub conflicts: Vec<(RecordId, RecordId)>,
    /// The browser's answer to `navigator.storage.persist()`.
    pub persistent: Option<bool>,
}

/// The whole state.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    pub lang: Lang,
    pub route: Route,
    pub library: Rc<Library>,
    pub incidents: Rc<Incidents>,
    pub supply: Rc<Supply>,
    /// The partner's side: this browser's responder id, kept like every record.
    pub responder: Rc<ResponderProfile>,
    /// The request this tab is answering (its link is no longer in the address bar): memory
    /// only, never stored.
    pub asked: Option<Rc<Request>>,
    /// What the last import into the register did, line by line (the partners page shows it).
    pub supply_report: Option<Rc<Vec<LineReport>>>,
    pub status: Rc<StorageStatus>,
    /// The revision this tab last read or wrote, per record (the sync rules' memory).
    pub persisted: Rc<Persisted>,
}

/// How a supply action changes a register at a time (`SupplyAction::apply_to`).
type ApplySupply = fn(SupplyAction, &mut Register, u64) -> Option<Vec<LineReport>>;

/// How a request answered here is kept (`supply::encode_request`).
type EncodeRequest = fn(&Request) -> Result<String, crate::supply::SupplyError>;

/// Everything that changes the store.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreAction {
    SetLang(Lang),
    Navigate(Route),
    /// A change to the library (the open assessment's answers among them).
    Library(LibraryAction),
    /// A change to the incident records (made by [`StoreAction::incident`]), with
    /// `IncidentFile::apply` carried (`crate::carried`): the first screen, which never edits
    /// an incident record, does not link it (≈ 1.6 KB brotli of its wasm).
    Incident(
        IncidentAction,
        Carried<fn(&mut IncidentFile, IncidentAction)>,
    ),
    /// A change to the supply register (the partners page, the request form; made by
    /// [`StoreAction::supply`]), with `SupplyAction::apply_to` carried (`crate::carried`): the
    /// first screen, which never changes the register, does not link the register's rules, the
    /// import of links and the decoding of responses (≈ 6 KB brotli of its wasm).
    Supply(SupplyAction, Carried<ApplySupply>),
    /// A backup file restored, all in one step: its assessments stored as the user chose, its
    /// register joined with ours, its responder id taken if we have none
    /// (`storage::backup`).
    Restore(Box<Restore>),
    /// The edge carried out these writes (each with the revision it put) with these outcomes.
    Wrote(Vec<(Write, u64, Outcome)>),
    /// The edge tried to store the incident records.
    IncidentsWrote(KeptOutcome<IncidentFile>),
    /// The edge tried to store the supply register.
    SupplyWrote(KeptOutcome<Register>),
    /// The responder id this browser will put in its responses (kept only if none is yet).
    ChooseResponder(ResponderId),
    /// The edge tried to store the responder profile.
    ResponderWrote(KeptOutcome<Responder>),
    /// This tab opened a request to answer (kept with the responder profile, as its link's
    /// payload; made by [`StoreAction::asked`]), with the request's encoder carried
    /// (`crate::carried`): the first screen, which never opens a request, does not link it.
    Asked(Rc<Request>, Carried<EncodeRequest>),
    /// The partner is done with the request it was answering: forgotten here and in storage.
    ForgetAsked,
    /// Another tab changed `key` to `value` (`None`: removed).
    Outside {
        key: String,
        value: Option<String>,
    },
    /// The browser's answer to the persistent-storage request.
    Persistent(bool),
    /// "Delete all my data" succeeded (here or in another tab).
    Cleared,
}

impl StoreAction {
    /// Answers `item` of the open assessment (`None`: clears it).
    pub fn answer(item: Id, kind: Option<AnswerKind>) -> StoreAction {
        Self::edit(Action::Answer(item, kind))
    }
    /// Sets the status of one of the 5 articles.
    pub fn article(item: Id, status: Option<ArticleStatus>) -> StoreAction {
        Self::edit(Action::Article(item, status))
    }
    /// A change to the supply register.
    pub fn supply(a: SupplyAction) -> StoreAction {
        StoreAction::Supply(a, Carried(SupplyAction::apply_to))
    }
    /// This tab opened the request `r` to answer.
    pub fn asked(r: Rc<Request>) -> StoreAction {
        StoreAction::Asked(r, Carried(crate::supply::encode_request))
    }
    /// A change to the incident records.
    pub fn incident(a: IncidentAction) -> StoreAction {
        StoreAction::Incident(a, Carried(IncidentFile::apply))
    }
    /// Any change to the open assessment.
    pub fn edit(a: Action) -> StoreAction {
        StoreAction::Library(LibraryAction::Edit(None, a))
    }
    /// Renames the assessment `id`.
    pub fn rename(id: RecordId, name: String) -> StoreAction {
        StoreAction::Library(LibraryAction::Edit(
            Some(id),
            Action::Meta(MetaField::Name, name),
        ))
    }
    /// Adds `a` as a new assessment (nothing stored changes) and opens it.
    pub fn import(a: Assessment) -> StoreAction {
        StoreAction::Library(LibraryAction::AddAssessment(Box::new(a)))
    }
}

/// An action with the time and an unused id, so [`Store::reduce`] stays pure.
#[derive(Clone, Debug, PartialEq)]
pub struct Stamped {
    pub action: StoreAction,
    pub now: u64,
    pub fresh: RecordId,
}

/// Everything the edge found in storage at start-up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    pub report: LoadReport,
    pub incidents: IncidentsLoad,
    pub supply: KeptLoad<Register>,
    pub responder: KeptLoad<Responder>,
    pub lang: Lang,
    /// localStorage can be reached.
    pub available: bool,
}

impl Store {
    /// The state at start-up from what the edge found, on the screen `route`.
    pub fn load(found: Found, route: Route, now: u64, fresh: RecordId) -> Store {
        let Found {
            report,
            incidents,
            supply,
            responder,
            lang,
            available,
        } = found;
        let pending = report.migration == Some(Migration::Pending);
        let persisted: Persisted = report
            .records
            .iter()
            .filter(|r| !(pending && r.id.as_str() == crate::storage::migrate::V1_ID))
            .map(|r| (r.id.clone(), r.revision))
            .collect();
        let mut library = Library::new(
            report.records.clone(),
            report.ui.open.clone(),
            report.ui.exported.clone(),
            now,
            fresh,
        );
        library.compare = report.ui.compare.clone();
        Store {
            lang,
            route,
            library: Rc::new(library),
            incidents: Rc::new(Kept::loaded(incidents)),
            supply: Rc::new(Kept::loaded(supply)),
            asked: responder
                .value
                .asked
                .as_deref()
                .and_then(|p| crate::supply::decode_request(p).ok())
                .map(Rc::new),
            responder: Rc::new(Kept::loaded(responder)),
            supply_report: None,
            status: Rc::new(StorageStatus {
                available,
                quarantined: report.quarantined.clone(),
                stuck: report.stuck.clone(),
                newer: report.newer.clone(),
                migration: report.migration,
                ui_read_only: report.ui_read_only,
                ..StorageStatus::default()
            }),
            persisted: Rc::new(persisted),
        }
    }

    /// An empty store (isolated component tests, a shared link's read-only view).
    pub fn blank(now: u64, fresh: RecordId) -> Store {
        Store::load(Found::default(), Route::Home, now, fresh)
    }

    /// A store holding only `a`, open (a shared link's view: never persisted).
    pub fn of(a: Assessment, now: u64, fresh: RecordId) -> Store {
        let report = LoadReport {
            records: vec![Record::with(fresh.clone(), now, a, 0)],
            ..LoadReport::default()
        };
        Store::load(
            Found {
                report,
                ..Found::default()
            },
            Route::Home,
            now,
            fresh,
        )
    }

    /// The open record (the library keeps one open at all times).
    pub fn current(&self) -> Option<&Record> {
        self.library.current()
    }

    /// The open assessment (a blank one if the library were ever without an open record).
    pub fn assessment(&self) -> Rc<Assessment> {
        self.current()
            .map(|r| r.assessment.clone())
            .unwrap_or_else(|| Rc::new(Assessment::new()))
    }

    /// The writes the library needs now (see [`sync::pending_writes`]).
    pub fn pending_writes(&self) -> Vec<Write> {
        if !self.status.available {
            return Vec::new();
        }
        sync::pending_writes(&self.library, &self.persisted)
    }

    /// A value kept whole (`self.incidents`, `self.supply`, `self.responder`) to store now,
    /// if any: changed here, and storage is writable. The hook writes it through the same
    /// generic sync; one rule for the three.
    pub fn pending<'a, T: PartialEq>(&self, kept: &'a Kept<T>) -> Option<&'a T> {
        (self.status.available && kept.unsaved()).then_some(&kept.value)
    }

    /// Applies one action; returns `self` unchanged (the same `Rc`) when nothing changed, so
    /// nothing re-renders.
    pub fn reduce(self: Rc<Self>, s: Stamped) -> Rc<Self> {
        match self.next(s) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }

    /// The store after `s`, or `None` when `s` changes nothing (so a view keeps its `Rc` and
    /// renders nothing). A shallow copy: every part sits behind its own `Rc`.
    pub fn next(&self, s: Stamped) -> Option<Store> {
        let mut next = self.clone();
        next.apply(s.action, s.now, s.fresh).then_some(next)
    }

    fn lib(&mut self, a: LibraryAction, now: u64, fresh: RecordId) -> bool {
        Rc::make_mut(&mut self.library).apply(a, now, fresh) != Applied::Nothing
    }

    fn status(&mut self, f: impl FnOnce(&mut StorageStatus)) -> bool {
        let mut s = (*self.status).clone();
        f(&mut s);
        if s == *self.status {
            return false;
        }
        self.status = Rc::new(s);
        true
    }

    /// Carries out one sync step; `true` when anything changed.
    fn step(&mut self, step: Step, now: u64, fresh: RecordId) -> bool {
        let mut changed = false;
        if sync::teaches(&self.persisted, &step) {
            sync::learn(Rc::make_mut(&mut self.persisted), &step);
            changed = true;
        }
        changed |= match step {
            Step::Nothing | Step::Known { .. } | Step::Forget(_) | Step::SaveFailed => false,
            Step::Adopt(r) => self.lib(LibraryAction::External(r), now, fresh),
            Step::AdoptRemoval(id) => self.lib(LibraryAction::ExternalRemoved(id), now, fresh),
            Step::KeepBoth(id, theirs) => {
                let copy = fresh.clone();
                self.status(|s| s.conflicts.push((id.clone(), copy)));
                self.lib(LibraryAction::Conflict(id, theirs), now, fresh);
                true
            }
        };
        changed
    }

    /// Applies one action in place; `true` when anything changed.
    pub fn apply(&mut self, action: StoreAction, now: u64, fresh: RecordId) -> bool {
        match action {
            StoreAction::SetLang(l) => std::mem::replace(&mut self.lang, l) != l,
            StoreAction::Navigate(r) => {
                if self.route == r {
                    return false;
                }
                self.route = r;
                true
            }
            StoreAction::Library(a) => {
                // Decide on the unchanged library first, so a no-op copies nothing.
                let mut lib = (*self.library).clone();
                if lib.apply(a, now, fresh) == Applied::Nothing {
                    return false;
                }
                self.library = Rc::new(lib);
                true
            }
            StoreAction::Incident(a, apply) => {
                if self.incidents.read_only {
                    return false;
                }
                let mut file = self.incidents.value.clone();
                (apply.0)(&mut file, a);
                if file == self.incidents.value {
                    return false;
                }
                Rc::make_mut(&mut self.incidents).value = file;
                true
            }
            StoreAction::Supply(a, apply) => self.supply_action(a, apply, now),
            StoreAction::Restore(r) => self.restore(*r, now, fresh),
            StoreAction::Wrote(results) => self.wrote(results, now, fresh),
            StoreAction::IncidentsWrote(outcome) => {
                let next = sync::kept_after_write(&self.incidents, outcome);
                set_if_changed(&mut self.incidents, next)
            }
            StoreAction::ChooseResponder(id) => {
                if self.responder.value.id.is_some() || self.responder.read_only {
                    return false;
                }
                Rc::make_mut(&mut self.responder).value.id = Some(id);
                true
            }
            StoreAction::ResponderWrote(outcome) => {
                let next = sync::kept_after_write(&self.responder, outcome);
                set_if_changed(&mut self.responder, next)
            }
            StoreAction::Asked(r, encode) => {
                if self.asked.as_deref() == Some(&*r) {
                    return false;
                }
                // Kept with the responder profile, so the way back to the request survives a
                // reload (a read-only profile keeps it in memory only).
                let payload = (encode.0)(&r).ok();
                if !self.responder.read_only && payload.is_some() {
                    Rc::make_mut(&mut self.responder).value.asked = payload;
                }
                self.asked = Some(r);
                true
            }
            StoreAction::ForgetAsked => {
                if self.asked.is_none() && self.responder.value.asked.is_none() {
                    return false;
                }
                if !self.responder.read_only {
                    Rc::make_mut(&mut self.responder).value.asked = None;
                }
                self.asked = None;
                true
            }
            StoreAction::SupplyWrote(outcome) => {
                let next = sync::kept_after_write(&self.supply, outcome);
                set_if_changed(&mut self.supply, next)
            }
            StoreAction::Outside { key, value } => self.outside(key, value, now, fresh),
            StoreAction::Persistent(v) => self.status(|s| s.persistent = Some(v)),
            StoreAction::Cleared => self.cleared(now, fresh),
        }
    }

    /// An action on the supply register; every import shows its report, even one that changed nothing.
    fn supply_action(&mut self, a: SupplyAction, apply: Carried<ApplySupply>, now: u64) -> bool {
        if self.supply.read_only {
            return false;
        }
        let mut reg = self.supply.value.clone();
        let report = (apply.0)(a, &mut reg, now);
        let changed_reg = reg != self.supply.value;
        if changed_reg {
            Rc::make_mut(&mut self.supply).value = reg;
        }
        // Every import shows its report, even one that changed nothing.
        let imported = report.is_some();
        if let Some(r) = report {
            self.supply_report = Some(Rc::new(r));
        }
        changed_reg || imported
    }

    /// A backup restored: its records, register and responder id, in one action.
    fn restore(&mut self, r: Restore, now: u64, fresh: RecordId) -> bool {
        let Restore {
            records,
            supply,
            responder,
            absorb,
        } = r;
        let mut changed = false;
        for record in records {
            let put = LibraryAction::Put(Box::new(record), false);
            changed |= self.lib(put, now, fresh.clone());
        }
        // A stored register of a newer format is never written (the page says the
        // file's register was not taken).
        if let (Some(file), false) = (supply, self.supply.read_only) {
            let mut reg = self.supply.value.clone();
            (absorb.0)(&mut reg, file);
            if reg != self.supply.value {
                Rc::make_mut(&mut self.supply).value = reg;
                changed = true;
            }
        }
        // The stored responder id wins over the file's: it is the one this browser
        // has been putting in its responses since, so requesters know its newer
        // responses by it, and a stored id is never changed (`ChooseResponder`). The
        // file's is taken only by a browser that has answered no request yet.
        if let Some(id) = responder {
            changed |= self.apply(StoreAction::ChooseResponder(id), now, fresh);
        }
        changed
    }

    /// The outcomes of the writes the door carried out.
    fn wrote(&mut self, results: Vec<(Write, u64, Outcome)>, now: u64, fresh: RecordId) -> bool {
        let mut changed = false;
        let mut failed = false;
        for (i, (write, written, outcome)) in results.into_iter().enumerate() {
            let step = sync::after_write(&write, written, outcome);
            failed |= step == Step::SaveFailed;
            // Each conflict copy needs its own id: derive them from `fresh`.
            let id = if i == 0 {
                fresh.clone()
            } else {
                fresh.derived(i)
            };
            changed |= self.step(step, now, id);
        }
        changed |= self.status(|s| s.save_failed = failed);
        changed
    }

    /// Another tab changed `key` to `value`.
    fn outside(&mut self, key: String, value: Option<String>, now: u64, fresh: RecordId) -> bool {
        if key == IncidentFile::KEY {
            return match sync::kept_outside(&self.incidents, value.as_deref()) {
                Some(next) => set_if_changed(&mut self.incidents, next),
                None => false,
            };
        }
        if key == Responder::KEY {
            return match sync::kept_outside(&self.responder, value.as_deref()) {
                Some(next) => set_if_changed(&mut self.responder, next),
                None => false,
            };
        }
        if key == Register::KEY {
            return match sync::kept_outside(&self.supply, value.as_deref()) {
                Some(next) => set_if_changed(&mut self.supply, next),
                None => false,
            };
        }
        let step = sync::on_outside_change(&self.library, &self.persisted, &key, value.as_deref());
        self.step(step, now, fresh)
    }

    /// Everything stored was deleted ("delete all my data").
    fn cleared(&mut self, now: u64, fresh: RecordId) -> bool {
        self.persisted = Rc::new(Persisted::new());
        self.status(|s| {
            s.quarantined.clear();
            s.stuck.clear();
            s.newer.clear();
            s.conflicts.clear();
            s.save_failed = false;
            s.migration = None;
            s.ui_read_only = false;
        });
        self.lib(LibraryAction::Clear, now, fresh);
        self.incidents = Rc::new(Incidents::default());
        self.supply = Rc::new(Supply::default());
        self.responder = Rc::new(ResponderProfile::default());
        self.supply_report = None;
        true
    }
}

/// Replaces `slot` with `next` when it differs; `true` when it did.
fn set_if_changed<T: PartialEq>(slot: &mut Rc<T>, next: T) -> bool {
    if **slot == next {
        return false;
    }
    *slot = Rc::new(next);
    true
}

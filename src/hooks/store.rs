//! The store (`shindan_core::store::Store`) as Yew state, the parts of it `App` provides as contexts,
//! the facade hooks views use (`use_assessment`, `use_assessments`, `use_incidents`,
//! `use_storage_status`, `use_supply`), and [`use_store_sync`]: the one place that calls the storage edge.
//!
//! Views never see the whole store: each reads the part it shows, through a context whose
//! value changes only when that part does (the parts an answer never changes share one
//! context), so an answer re-renders the question and the summaries, not the header. Every change is a [`StoreAction`] sent through
//! [`Dispatch`], whose identity never changes (callbacks built on it stay stable).
//!
//! Writes happen in effects after a render (never inside `reduce`): the pure store says what
//! to write (`Store::pending_writes`), the edge writes, and the outcomes come back as one
//! action (`StoreAction::Wrote`) for the pure sync rules.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::door::storage as edge;
use shindan_core::assessment::{Action, Assessment, Chosen};
use shindan_core::incident::IncidentAction;
use shindan_core::lang::Lang;
use shindan_core::model::Id;
use shindan_core::route::Route;
use shindan_core::storage::backup::Restore;
use shindan_core::storage::record::{ComparePick, RecordId, UiState};
use shindan_core::storage::report::KeptOutcome;
use shindan_core::storage::Stored;
use shindan_core::store::library::{Library, LibraryAction};
use shindan_core::store::sync::{self, Write};
use shindan_core::store::{
    Found, Incidents, Kept, Opened, Stamped, StorageStatus, Store, StoreAction, Supply,
    SupplyAction,
};
use shindan_core::supply::{LineReport, Request, ResponderId};

pub use shindan_core::storage::report::{Cleared, Migration as StoredMigration, StorageError};

/// Milliseconds since the epoch (0 in the build's server rendering, `crate::ssr`, whose
/// markup must not depend on when it ran).
pub fn now() -> u64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now() as u64;
    #[cfg(not(target_arch = "wasm32"))]
    0
}

/// An id no record has yet (time + 32 random bits).
pub fn fresh_id() -> RecordId {
    #[cfg(target_arch = "wasm32")]
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    #[cfg(not(target_arch = "wasm32"))]
    let random = 0;
    RecordId::fresh(now(), random)
}

/// The store of a first visit (storage readable, nothing stored but the language `lang`) on
/// `route`: what [`load_store`] reads then, for the build's server rendering (`crate::ssr`).
pub fn fresh_store(route: Route, lang: Lang) -> Store {
    let found = Found {
        lang,
        available: true,
        ..Found::default()
    };
    Store::load(found, route, now(), fresh_id())
}

/// The store as Yew state: the core's [`Store`], which knows nothing of Yew, behind the
/// `Reducible` Yew's reducer hook needs (a local type, so the impl may live here).
#[derive(Clone)]
pub struct StoreState(pub Store);

/// Equal only to itself: the reducer returns the same `Rc` when an action changed nothing, so a
/// new state is a change, and the provider's props never compare two stores field by field.
impl PartialEq for StoreState {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl std::ops::Deref for StoreState {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.0
    }
}

impl Reducible for StoreState {
    type Action = Stamped;

    fn reduce(self: Rc<Self>, action: Stamped) -> Rc<Self> {
        match self.0.next(action) {
            Some(next) => Rc::new(StoreState(next)),
            None => self,
        }
    }
}

/// The store's one state handle (held by `App`).
pub type StoreHandle = UseReducerHandle<StoreState>;

/// Sends actions to the store. Its identity never changes, so reading it subscribes a view to
/// nothing and callbacks built on it stay equal across renders.
#[derive(Clone, PartialEq)]
pub struct Dispatch(Option<UseReducerDispatcher<StoreState>>);

impl Dispatch {
    /// The dispatcher of `handle`.
    pub fn of(handle: &StoreHandle) -> Dispatch {
        Dispatch(Some(handle.dispatcher()))
    }
    /// Stamps `action` with the time and a fresh id and applies it.
    pub fn send(&self, action: StoreAction) {
        self.send_as(action, fresh_id());
    }
    /// As [`Dispatch::send`], with the id anything created gets.
    pub fn send_as(&self, action: StoreAction, fresh: RecordId) {
        match &self.0 {
            Some(d) => d.dispatch(Stamped {
                action,
                now: now(),
                fresh,
            }),
            // No store above (never in the app). Forgotten, not dropped: dropping would link a
            // whole drop glue for every kind of action into the first screen (≈ 1.5 KB) for a
            // case that does not happen.
            None => std::mem::forget(action),
        }
    }
}

/// The open assessment with its derived values (computed once per version, see
/// `store::Opened`), as `App` provides it (changes only when that assessment does).
#[derive(Clone, PartialEq)]
pub struct Open(pub Rc<Opened>);

/// What a facade hook reads when no [`StoreProvider`] is above it (never in the app: every
/// page is inside one): an empty store, made once, whose actions go nowhere.
fn blank() -> Store {
    thread_local! {
        static BLANK: Store = Store::blank(0, RecordId::fresh(0, 0));
    }
    BLANK.with(Clone::clone)
}

#[hook]
fn use_dispatch() -> Dispatch {
    use_context::<Dispatch>().unwrap_or(Dispatch(None))
}

/// Provides a store's parts to `children`: `App` for the user's store, the shared-link page
/// for a store of one assessment that is never persisted.
#[derive(Properties, PartialEq)]
pub struct StoreProviderProps {
    pub store: StoreHandle,
    #[prop_or_default]
    pub children: Html,
}

/// A part of the store compared by identity (a context value, an effect's dependency): the
/// store returns the same `Rc` when a part did not change, so a new one means a change, and
/// comparing 300 records only to confirm it is what a big library must not cost per answer.
/// (It holds the `Rc`, so an address is never reused while compared.)
#[derive(Clone)]
pub struct Same<T>(pub Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The store handle itself, for the first screen's hand-over to the whole app (`crate::boot`):
/// the handle reads the latest state, and it compares equal always, so providing it re-renders
/// nothing.
#[derive(Clone)]
pub struct Latest(pub StoreHandle);

impl PartialEq for Latest {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The parts of the store an answer does not change, provided together: the incident records,
/// the supply register and its last import's report, the partner's side and the storage status.
/// Each context is a component of its own in the wasm (its own copy of Yew's provider code), and
/// these parts change rarely and have few readers, so a reader of one rendering again when
/// another changes costs nothing. Compared by the identity of each part (the store keeps a
/// part's `Rc` when it did not change).
#[derive(Clone)]
struct Rest {
    incidents: Rc<Incidents>,
    supply: Rc<Supply>,
    report: Option<Rc<Vec<LineReport>>>,
    side: PartnerSide,
    status: Rc<StorageStatus>,
}

impl PartialEq for Rest {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.incidents, &other.incidents)
            && Rc::ptr_eq(&self.supply, &other.supply)
            && same_report(&self.report, &other.report)
            && self.side == other.side
            && Rc::ptr_eq(&self.status, &other.status)
    }
}

/// The contexts of one store.
#[component]
pub fn StoreProvider(props: &StoreProviderProps) -> Html {
    let s = &props.store;
    let open = use_memo(s.assessment(), |a| Opened::new(a.clone()));
    let rest = Rest {
        incidents: s.incidents.clone(),
        supply: s.supply.clone(),
        report: s.supply_report.clone(),
        side: PartnerSide {
            responder: s.responder.value.id,
            asked: s.asked.clone(),
        },
        status: s.status.clone(),
    };
    html! {
        <ContextProvider<Dispatch> context={Dispatch::of(s)}>
        <ContextProvider<Open> context={Open(open)}>
        <ContextProvider<Same<Library>> context={Same(s.library.clone())}>
        <ContextProvider<Rest> context={rest}>
            { props.children.clone() }
        </ContextProvider<Rest>>
        </ContextProvider<Same<Library>>>
        </ContextProvider<Open>>
        </ContextProvider<Dispatch>>
    }
}

// ------------------------------------------------------------------ the open assessment

/// What views get from [`use_assessment`]: the open assessment and verbs that change it.
#[derive(Clone, PartialEq)]
pub struct AssessmentHandle {
    pub current: Rc<Assessment>,
    /// The same assessment with its derived values (self-diagnosis, started parts), computed
    /// once for every view that shows them.
    pub open: Rc<Opened>,
    dispatch: Dispatch,
}

impl AssessmentHandle {
    /// Any change to the open assessment.
    pub fn edit(&self, a: Action) {
        self.dispatch.send(StoreAction::edit(a));
    }
    /// Replaces the content of the OPEN assessment. To add a received assessment without
    /// touching any stored one, use [`AssessmentsHandle::import`].
    pub fn replace(&self, a: Assessment) {
        self.edit(Action::Replace(Box::new(a)));
    }
    /// Clears the open assessment.
    pub fn reset(&self) {
        self.edit(Action::Reset);
    }
}

/// Facade over the open assessment (re-renders when it changes).
#[hook]
pub fn use_assessment() -> AssessmentHandle {
    let open = use_context::<Open>();
    let dispatch = use_dispatch();
    let open = open
        .map(|o| o.0)
        .unwrap_or_else(|| Rc::new(Opened::new(blank().assessment())));
    AssessmentHandle {
        current: open.assessment.clone(),
        open,
        dispatch,
    }
}

/// A callback that turns its input into an edit of the open assessment (`None`: ignored). It
/// keeps its identity across renders (it depends only on [`Dispatch`]), so components that
/// receive it as a prop are not re-rendered because of it: after an answer only the changed
/// question card and the summaries render again.
#[hook]
pub fn use_edit<T: 'static>(to_action: fn(T) -> Option<Action>) -> Callback<T> {
    let dispatch = use_dispatch();
    use_callback(dispatch, move |input: T, dispatch| {
        if let Some(a) = to_action(input) {
            dispatch.send(StoreAction::edit(a));
        }
    })
}

/// The stable callback of a question card: the item and the choice (an answer or an
/// article's status), typed from the input to the store.
#[hook]
pub fn use_choose() -> Callback<(Id, Chosen)> {
    let dispatch = use_dispatch();
    use_callback(dispatch, |(id, chosen): (Id, Chosen), dispatch| {
        dispatch.send(StoreAction::edit(chosen.action(id)))
    })
}

// ------------------------------------------------------------------ the library

/// What views get from [`use_assessments`]: every assessment and verbs over the library.
#[derive(Clone, PartialEq)]
pub struct AssessmentsHandle {
    pub library: Rc<Library>,
    dispatch: Dispatch,
}

impl AssessmentsHandle {
    fn lib(&self, a: LibraryAction) {
        self.dispatch.send(StoreAction::Library(a));
    }
    fn create_with(&self, a: LibraryAction) -> RecordId {
        let id = fresh_id();
        self.dispatch.send_as(StoreAction::Library(a), id.clone());
        id
    }
    /// Adds `a` as a NEW assessment (nothing stored is changed), opens it and returns its id.
    /// For share links and any other source of a whole assessment.
    pub fn import(&self, a: Assessment) -> RecordId {
        self.create_with(LibraryAction::AddAssessment(Box::new(a)))
    }
    /// A new blank assessment, opened; returns its id.
    pub fn create(&self) -> RecordId {
        self.create_with(LibraryAction::New)
    }
    pub fn open(&self, id: RecordId) {
        self.lib(LibraryAction::Open(id));
    }
    pub fn rename(&self, id: RecordId, name: String) {
        self.dispatch.send(StoreAction::rename(id, name));
    }
    /// "Start next year's from this one": a copy with the date cleared, opened.
    pub fn duplicate(&self, id: RecordId) -> RecordId {
        self.create_with(LibraryAction::Duplicate(id))
    }
    pub fn delete(&self, id: RecordId) {
        self.lib(LibraryAction::Delete(id));
    }
    pub fn undo_delete(&self) {
        self.lib(LibraryAction::Undo);
    }
    /// Restores a backup file as the user chose (`storage::backup::ImportPlan::restore`): its
    /// assessments, its register joined with ours and its responder id, in one action.
    pub fn restore(&self, r: Restore) {
        self.dispatch.send(StoreAction::Restore(Box::new(r)));
    }
    /// Notes that these records were written to a backup file now.
    pub fn exported(&self, ids: Vec<RecordId>) {
        self.lib(LibraryAction::Exported(ids));
    }
    /// Chooses the assessments compared (kept across reloads with the UI state).
    pub fn choose_compare(&self, pick: ComparePick) {
        self.lib(LibraryAction::Compare(pick));
    }
}

/// Facade over the library of assessments (re-renders when any assessment changes).
#[hook]
pub fn use_assessments() -> AssessmentsHandle {
    let lib = use_context::<Same<Library>>().map(|l| l.0);
    let dispatch = use_dispatch();
    AssessmentsHandle {
        library: lib.unwrap_or_else(|| blank().library),
        dispatch,
    }
}

// ------------------------------------------------------------------ incidents and status

/// What views get from [`use_incidents`]: the records and a way to change them.
#[derive(Clone, PartialEq)]
pub struct IncidentsHandle {
    pub incidents: Rc<Incidents>,
    dispatch: Dispatch,
}

impl IncidentsHandle {
    pub fn edit(&self, a: IncidentAction) {
        self.dispatch.send(StoreAction::incident(a));
    }
}

/// Facade over the incident records.
#[hook]
pub fn use_incidents() -> IncidentsHandle {
    let inc = use_context::<Rest>().map(|r| r.incidents);
    let dispatch = use_dispatch();
    IncidentsHandle {
        incidents: inc.unwrap_or_else(|| blank().incidents),
        dispatch,
    }
}

/// Whether two reports of an import into the supply register are the same one. Compared by
/// identity (each import makes a new one): a report of 1,000 lines is not compared line by line.
fn same_report(a: &Option<Rc<Vec<LineReport>>>, b: &Option<Rc<Vec<LineReport>>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// What views get from [`use_supply`]: the register and verbs over it. Compared by the
/// identity of the register and report ([`Same`]): the page's parts are not handed a
/// 1,000-partner register to compare with itself on every render.
#[derive(Clone)]
pub struct SupplyHandle {
    pub supply: Rc<Supply>,
    /// The last import's per-line report.
    pub report: Option<Rc<Vec<LineReport>>>,
    dispatch: Dispatch,
}

impl PartialEq for SupplyHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.supply, &other.supply)
            && same_report(&self.report, &other.report)
            && self.dispatch == other.dispatch
    }
}

impl SupplyHandle {
    pub fn send(&self, a: SupplyAction) {
        self.dispatch.send(StoreAction::supply(a));
    }
}

/// Facade over the supply register (the requester's requests and partners).
#[hook]
pub fn use_supply() -> SupplyHandle {
    let rest = use_context::<Rest>();
    let dispatch = use_dispatch();
    let (supply, report) = match rest {
        Some(r) => (r.supply, r.report),
        None => (blank().supply, None),
    };
    SupplyHandle {
        supply,
        report,
        dispatch,
    }
}

/// The partner's side of the supply-chain view as views see it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PartnerSide {
    /// The responder id this browser puts in its responses (none until the first).
    pub responder: Option<ResponderId>,
    /// The request this browser is answering.
    pub asked: Option<Rc<Request>>,
}

/// What the request page gets from [`use_partner_side`].
#[derive(Clone, PartialEq)]
pub struct PartnerSideHandle {
    pub side: PartnerSide,
    dispatch: Dispatch,
}

impl PartnerSideHandle {
    /// Remembers the request this browser answers (its link leaves the address bar; it is
    /// kept with the responder profile, so the way back survives a reload).
    pub fn remember(&self, r: Rc<Request>) {
        self.dispatch.send(StoreAction::asked(r));
    }
    /// Forgets the request being answered (the partner is done with it).
    pub fn forget(&self) {
        self.dispatch.send(StoreAction::ForgetAsked);
    }
    /// This browser's responder id: the stored one, or a new random one chosen now and kept.
    pub fn responder_id(&self) -> Option<ResponderId> {
        if let Some(id) = self.side.responder {
            return Some(id);
        }
        let id = crate::door::supply_crypto::random_bytes::<{ shindan_core::supply::ID_LEN }>()
            .ok()
            .map(ResponderId)?;
        self.dispatch.send(StoreAction::ChooseResponder(id));
        Some(id)
    }
}

/// Facade over the partner's side (the responder id, the request being answered).
#[hook]
pub fn use_partner_side() -> PartnerSideHandle {
    let side = use_context::<Rest>().map(|r| r.side);
    let dispatch = use_dispatch();
    PartnerSideHandle {
        side: side.unwrap_or_default(),
        dispatch,
    }
}

/// The storage status, for views.
#[hook]
pub fn use_storage_status() -> Rc<StorageStatus> {
    use_context::<Rest>().map(|r| r.status).unwrap_or_default()
}

// ------------------------------------------------------------------ the door to storage

/// The store as it was stored, read once at start-up (the language, every assessment with
/// format 1 migrated forward, the incident records; unreadable values quarantined byte for
/// byte, newer formats left untouched), on the screen the fragment names.
pub fn load_store(route: Route) -> Store {
    let report = edge::load_all(now());
    // A reopened app (no fragment) returns to the screen the user was on.
    let route = match (&route, report.ui.route.as_deref()) {
        (Route::Home, Some(saved)) if current_hash().is_empty() => {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(saved));
            }
            Route::parse(&current_hash())
        }
        _ => route,
    };
    let found = Found {
        report,
        incidents: edge::load_kept(),
        supply: edge::load_kept(),
        responder: edge::load_kept(),
        lang: edge::load_lang().unwrap_or_default(),
        available: edge::readable(),
    };
    let store = Store::load(found, route, now(), fresh_id());
    // Started by the first screen (`crate::boot`): take over what it had in memory.
    match super::handoff::handed_over() {
        Some(h) => store.resume(h, now(), &fresh_id()),
        None => store,
    }
}

/// The fragment of the address.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// "Delete all my data": removes every `shindan.` key (the edge then tells every part of the
/// app, in this tab and others, to drop its copy).
pub fn clear_all() -> Result<Cleared, StorageError> {
    edge::clear_all()
}

/// The raw text stored under `key` (to download a value that cannot be read).
pub fn raw(key: &str) -> Option<String> {
    edge::raw(key)
}

/// Adds a window event listener for the life of the calling effect.
pub(crate) fn listen<E: 'static + wasm_bindgen::convert::FromWasmAbi>(
    name: &'static str,
    f: impl Fn(E) + 'static,
) -> impl FnOnce() {
    let closure = Closure::<dyn Fn(E)>::new(f);
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = &window {
            let _ = w.remove_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
        }
        drop(closure);
    }
}

/// Writes one value kept whole when it changed here and is writable (`Kept::unsaved`), over
/// what this tab last read or wrote, and sends the outcome back. The dependency is the part's
/// identity: a register of 1,000 partners is not compared on every answer.
#[hook]
fn use_kept_sync<T>(
    store: &StoreHandle,
    part: fn(&Store) -> &Rc<Kept<T>>,
    wrote: fn(KeptOutcome<T>) -> StoreAction,
) where
    T: Stored + Clone + PartialEq + Default + 'static,
{
    let dispatch = Dispatch::of(store);
    let available = store.status.available;
    use_effect_with(Same(part(store).clone()), move |k| {
        let k = &k.0;
        if available && k.unsaved() {
            dispatch.send(wrote(edge::save_kept_over(&k.value, &k.base)));
        }
    });
}

/// Runs in `App`: carries the store's writes out to storage and brings other tabs' changes,
/// "delete all my data" and the persistent-storage answer back in as actions.
#[hook]
pub fn use_store_sync(store: &StoreHandle) {
    let dispatch = Dispatch::of(store);
    let available = store.status.available;

    // The assessments: write what changed since this tab last wrote or read it.
    {
        let dispatch = dispatch.clone();
        let s = (**store).clone();
        use_effect_with(
            (Same(store.library.clone()), Same(store.persisted.clone())),
            move |_| {
                let writes = s.pending_writes();
                if writes.is_empty() {
                    return;
                }
                let results = writes
                    .into_iter()
                    .filter_map(|w| {
                        let (outcome, written) = match &w {
                            Write::Put { id, expected } => {
                                let r = s.library.records.get(id)?;
                                (edge::write_record(r, *expected), r.revision)
                            }
                            Write::Remove { id, expected } => {
                                (edge::remove_record(id, *expected), 0)
                            }
                        };
                        Some((w, written, sync::outcome(outcome)))
                    })
                    .collect();
                dispatch.send(StoreAction::Wrote(results));
            },
        );
    }

    // The values kept whole (incident records, the responder profile, the supply register with
    // its private keys): each written over what this tab last saw, by one rule.
    use_kept_sync(store, |s| &s.incidents, StoreAction::IncidentsWrote);
    use_kept_sync(store, |s| &s.responder, StoreAction::ResponderWrote);
    use_kept_sync(store, |s| &s.supply, StoreAction::SupplyWrote);

    // Where the user was: the open assessment, the screen and the export marks (only once
    // something is stored, so a visit that changes nothing leaves nothing behind).
    {
        let lib = store.library.clone();
        let any_stored = !store.persisted.is_empty();
        let ui_read_only = store.status.ui_read_only;
        use_effect_with(
            (
                lib.open.clone(),
                store.route.to_saved_hash(),
                lib.exported.clone(),
                any_stored,
                lib.compare.clone(),
            ),
            move |(open, route, exported, any_stored, compare)| {
                if available && !ui_read_only && *any_stored {
                    let _ = edge::save_ui(&UiState {
                        format: 0,
                        open: Some(open.clone()),
                        route: Some(route.clone()),
                        exported: exported.clone(),
                        compare: compare.clone(),
                    });
                }
            },
        );
    }

    // The language: `<html lang>` follows it, and the choice is kept (best effort: the banner
    // already says when storage is unavailable).
    use_effect_with(store.lang, |lang: &Lang| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", lang.code());
        }
        let _ = edge::save_lang(*lang);
    });

    // Other tabs, "delete all my data", persistent storage.
    use_effect_with((), move |_| {
        let on_storage = {
            let dispatch = dispatch.clone();
            listen("storage", move |e: web_sys::StorageEvent| {
                // `key` is null when another tab called `localStorage.clear()`.
                let Some(key) = e.key() else {
                    return;
                };
                dispatch.send(StoreAction::Outside {
                    key,
                    value: e.new_value(),
                });
            })
        };
        let on_cleared = {
            let dispatch = dispatch.clone();
            listen(edge::CLEARED_EVENT, move |_: web_sys::Event| {
                dispatch.send(StoreAction::Cleared)
            })
        };
        if available {
            let dispatch = dispatch.clone();
            edge::request_persistence(move |ok| dispatch.send(StoreAction::Persistent(ok)));
        }
        move || {
            on_storage();
            on_cleared();
        }
    });
}

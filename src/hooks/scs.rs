//! The SCS ★3/★4 self-assessment as Yew state, for the SCS pages only (the first screen never
//! holds it): loaded through the door when a page mounts, written over what this tab last
//! read or wrote whenever it changed here, merged with another tab's change and dropped on
//! "delete all my data" — the core's rules (`shindan_core::store::scs::next`), carried out here.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::door::scs as door;
use crate::hooks::store::{listen, Same};
use shindan_core::storage::backup::Backup;
use shindan_core::store::scs::{next, Scs, ScsAction, ScsMsg};

struct State(Rc<Scs>);

thread_local! {
    /// The assessment as the last SCS page held it: a change that could not be stored (a full
    /// storage) is taken to the next SCS page instead of being lost when the page changes.
    static HELD: RefCell<Option<Rc<Scs>>> = const { RefCell::new(None) };
}

impl Reducible for State {
    type Action = ScsMsg;
    fn reduce(self: Rc<Self>, m: ScsMsg) -> Rc<Self> {
        match next(&self.0, m) {
            Some(n) => Rc::new(State(Rc::new(n))),
            None => self,
        }
    }
}

/// What an SCS page holds: the assessment as this tab has it, and the way to change it.
#[derive(Clone)]
pub struct ScsHandle {
    pub kept: Rc<Scs>,
    /// The assessment as it is now, for an outcome that arrives after this render.
    latest: Rc<RefCell<Rc<Scs>>>,
    dispatch: UseReducerDispatcher<State>,
}

impl PartialEq for ScsHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.kept, &other.kept)
    }
}

impl ScsHandle {
    pub fn edit(&self, a: ScsAction) {
        self.dispatch.dispatch(ScsMsg::Edit(a));
    }
    /// The assessment as it is now (after any change since this render).
    pub fn latest(&self) -> Rc<Scs> {
        self.latest.borrow().clone()
    }
}

/// The text of `backup` with the SCS assessment (IPA's text only `with_workbook`): what an SCS
/// page holds and could not store yet, else what is stored. A value a newer build stored is
/// left out (this build cannot read it; it stays in this browser untouched).
pub fn add_to_backup(backup: Backup, with_workbook: bool) -> String {
    let held = HELD.with(|h| h.borrow().clone()).filter(|k| k.unsaved());
    let value = match held {
        Some(k) => k.value.clone(),
        None => {
            let stored = door::load();
            if stored.read_only {
                return backup.to_json();
            }
            stored.value
        }
    };
    backup.to_json_with_scs(value.for_backup(with_workbook).as_ref())
}

/// Facade hook: the SCS assessment.
#[hook]
pub fn use_scs() -> ScsHandle {
    let state = use_reducer(|| {
        let held = HELD.with(|h| h.borrow().clone()).filter(|k| k.unsaved());
        State(held.unwrap_or_else(|| Rc::new(Scs::loaded(door::load()))))
    });
    HELD.with(|h| *h.borrow_mut() = Some(state.0.clone()));
    let latest = use_mut_ref(|| state.0.clone());
    *latest.borrow_mut() = state.0.clone();
    let dispatch = state.dispatcher();
    {
        let dispatch = dispatch.clone();
        use_effect_with(Same(state.0.clone()), move |k| {
            let k = &k.0;
            if k.unsaved() && door::available() {
                dispatch.dispatch(ScsMsg::Wrote(door::save_over(&k.value, &k.base)));
            }
        });
    }
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let on_storage = {
                let dispatch = dispatch.clone();
                listen("storage", move |e: web_sys::StorageEvent| {
                    if e.key().as_deref() == Some(door::KEY) {
                        dispatch.dispatch(ScsMsg::Outside(e.new_value()));
                    }
                })
            };
            let on_cleared = listen(door::CLEARED_EVENT, move |_: web_sys::Event| {
                dispatch.dispatch(ScsMsg::Cleared)
            });
            move || {
                on_storage();
                on_cleared();
            }
        });
    }
    ScsHandle {
        kept: state.0.clone(),
        latest,
        dispatch,
    }
}

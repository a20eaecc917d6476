//! A long list rendered a few entries per task: the first entries in the render that shows it,
//! a few more in each following task ([`later`]), so no one task renders them all and the
//! browser paints and handles input in between.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How many of `total` entries the slice after one showing `shown` shows: `per` more (at least
/// one, so the list always ends whole), never more than `total`.
pub fn next_shown(shown: usize, per: usize, total: usize) -> usize {
    shown.saturating_add(per.max(1)).min(total)
}

/// How many of `total` entries this render shows: `first` in the component's first render,
/// `per` more in each following task until all are shown. A component keyed by what it lists
/// starts again from `first` for another list.
#[hook]
pub fn use_slices(first: usize, per: usize, total: usize) -> usize {
    let shown = use_state(|| first.min(total));
    let now = (*shown).min(total);
    {
        let handle = shown.clone();
        use_effect_with((now, total), move |&(now, total)| {
            // Dropped with this render's effect: a slice scheduled for a list since replaced
            // (or a component since removed) does nothing.
            let live = Rc::new(Cell::new(true));
            if now < total {
                let still = live.clone();
                let next = next_shown(now, per, total);
                later(move || {
                    if still.get() {
                        handle.set(next);
                    }
                });
            }
            move || live.set(false)
        });
    }
    now
}

/// Runs `f` in a later task of the lowest priority: `scheduler.postTask` with priority
/// `background` where the browser has it, so every other task waiting (an input's handler, a
/// timer, the store's writes, a frame) runs first and a click on a question already shown never
/// waits behind the rest of the list; a `setTimeout` elsewhere (Safari, Firefox).
pub fn later(f: impl FnOnce() + 'static) {
    post_later(Box::new(f));
}

/// [`later`] for one type of task, so each caller adds no copy of it.
fn post_later(f: Box<dyn FnOnce()>) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let task = Closure::once_into_js(f);
    let post = js_sys::Reflect::get(&w, &"scheduler".into())
        .ok()
        .filter(|s| s.is_object())
        .and_then(|s| {
            let post = js_sys::Reflect::get(&s, &"postTask".into()).ok()?;
            Some((s, post.dyn_into::<js_sys::Function>().ok()?))
        });
    if let Some((scheduler, post)) = post {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"priority".into(), &"background".into());
        if post.call2(&scheduler, &task, &options).is_ok() {
            return;
        }
    }
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
}

#[cfg(test)]
mod tests {
    use super::next_shown;

    #[test]
    fn every_list_ends_whole_in_steps_of_per() {
        for total in 0..40 {
            for first in 0..6 {
                for per in 0..6 {
                    let mut shown = first.min(total);
                    let mut steps = 0;
                    while shown < total {
                        let next = next_shown(shown, per, total);
                        assert!(
                            next > shown,
                            "no progress at {shown} of {total} (per {per})"
                        );
                        assert!(
                            next - shown <= per.max(1),
                            "more than per at {shown} of {total}"
                        );
                        shown = next;
                        steps += 1;
                    }
                    assert_eq!(shown, total);
                    assert!(steps <= total, "{steps} steps for {total}");
                }
            }
        }
    }
}

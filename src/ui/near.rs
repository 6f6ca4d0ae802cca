//! Whether an element is on screen or near it, for work that only matters
//! where the reader can see it: a chart far off screen is not redrawn on
//! every change, only once it comes near (see `chart_canvas`). A slider step
//! redraws the charts around it, not the seven on the page.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// How far beyond the viewport counts as near: half a screen above and
/// below, so a chart scrolled towards is drawn before it shows.
const MARGIN: &str = "50% 0px";

/// An IntersectionObserver with `root_margin` calling `on_entries` with
/// each batch of entries, alive (with its callback) until dropped, when it
/// disconnects. Shared by [`use_near`] and the section bar (`nav`).
pub struct Observer {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for Observer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

impl Observer {
    pub fn new(
        root_margin: &str,
        targets: &[Element],
        mut on_entries: impl FnMut(Vec<IntersectionObserverEntry>) + 'static,
    ) -> Option<Observer> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            on_entries(
                entries
                    .iter()
                    .filter_map(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
                    .collect(),
            )
        });
        let init = IntersectionObserverInit::new();
        init.set_root_margin(root_margin);
        let observer =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
                .ok()?;
        for t in targets {
            observer.observe(t);
        }
        Some(Observer {
            observer,
            _callback: callback,
        })
    }

    /// Watches `target` too (again is nothing: the browser ignores it).
    pub fn observe(&self, target: &Element) {
        self.observer.observe(target);
    }
}

/// Watches `target` into `near`, and sets it before printing.
fn watch(
    target: &Element,
    near: UseStateHandle<bool>,
) -> Option<(Observer, Option<EventListener>)> {
    let on_change = near.clone();
    let el = target.clone();
    let observer = Observer::new(MARGIN, std::slice::from_ref(target), move |entries| {
        // The latest entry is the element's current state, also shown in
        // `data-near` for a test's report of a chart never drawn.
        if let Some(e) = entries.last() {
            let _ = el.set_attribute("data-near", if e.is_intersecting() { "1" } else { "0" });
            on_change.set(e.is_intersecting());
        }
    })?;
    // A printed page shows every chart: draw them all first (the handler's
    // state change renders in the microtasks that follow it, before the page
    // is laid out for print).
    let print =
        crate::ui::window().map(|w| EventListener::new(&w, "beforeprint", move |_| near.set(true)));
    Some((observer, print))
}

/// Whether `target` is within [`MARGIN`] of the viewport (and shown: a
/// hidden tab's element is not). True until the browser first says
/// otherwise, so everything draws once when the page opens; true where
/// there is no IntersectionObserver.
#[hook]
pub fn use_near(target: NodeRef) -> bool {
    let near = use_state_eq(|| true);
    {
        let near = near.clone();
        use_effect_with((), move |_| {
            let watch = target.cast::<Element>().and_then(|el| watch(&el, near));
            move || drop(watch)
        });
    }
    *near
}

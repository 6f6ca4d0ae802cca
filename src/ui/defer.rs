//! Sections below the first screen render their content after the page is
//! up, one per task: rendering the whole page at once was one long task of
//! about 500 ms (Lighthouse, 4× slower CPU) before the reader could do
//! anything. A [`Deferred`] section shows an empty card of its prerendered
//! twin's height (`pre-en-<id>`, `pre-zh-<id>`, see `ui::prerender`) until
//! it comes near the screen or its turn in the queue comes (one section
//! per timer task, in page order), and before printing; then the same
//! component renders as it always does. Natively (the prerender) it renders
//! at once.
//!
//! The placeholder carries the section's id, so fragment links, the skip
//! links and the section bar find it; it is replaced by the section itself,
//! and [`SECTION_RENDERED`] tells the section bar to watch the new element.

use super::near::Observer;
use gloo::events::EventListener;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// The window event a deferred section sends once its content is in.
pub const SECTION_RENDERED: &str = "lce-section-rendered";

/// How near the screen a section renders without waiting its turn: a
/// screen above and below.
const NEAR: &str = "100% 0px";

thread_local! {
    /// The sections waiting, in page order.
    static QUEUE: RefCell<VecDeque<Callback<()>>> = RefCell::default();
    /// Whether a timer task is set to release the next one.
    static PUMPING: Cell<bool> = const { Cell::new(false) };
    /// Releases every waiting section before printing: one listener for
    /// the page, set with the first section queued.
    static PRINT_HOOK: RefCell<Option<EventListener>> = const { RefCell::new(None) };
}

/// Queues `release`, starting the pump if it is idle.
fn enqueue(release: Callback<()>) {
    QUEUE.with(|q| q.borrow_mut().push_back(release));
    PRINT_HOOK.with(|hook| {
        let mut hook = hook.borrow_mut();
        if hook.is_none() {
            *hook = crate::ui::window()
                .map(|w| EventListener::new(&w, "beforeprint", |_| release_all()));
        }
    });
    if !PUMPING.replace(true) {
        release_next_later();
    }
}

/// Releases the next section in a task of its own, then the next.
fn release_next_later() {
    gloo::timers::callback::Timeout::new(0, || match QUEUE.with(|q| q.borrow_mut().pop_front()) {
        Some(release) => {
            release.emit(());
            release_next_later();
        }
        None => PUMPING.set(false),
    })
    .forget();
}

/// Releases every section now (before printing: the state changes render in
/// the microtasks that follow the handler, before the print layout).
fn release_all() {
    while let Some(release) = QUEUE.with(|q| q.borrow_mut().pop_front()) {
        release.emit(());
    }
}

/// Props of [`Deferred`].
#[derive(Properties, PartialEq)]
pub struct DeferredProps {
    /// The section's id (its prerendered twin's, after the prefix).
    pub id: AttrValue,
    pub children: Html,
}

/// See the module docs.
#[function_component(Deferred)]
pub fn deferred(p: &DeferredProps) -> Html {
    let ready = use_state_eq(|| crate::ui::window().is_none());
    let placeholder = use_node_ref();
    {
        let (ready, placeholder, id) = (ready.clone(), placeholder.clone(), p.id.clone());
        use_effect_with((), move |_| {
            let near = (!*ready).then(|| wait(&placeholder, &id, ready));
            move || drop(near)
        });
    }
    use_effect_with(*ready, |ready| {
        if *ready
            && let Some(w) = crate::ui::window()
            && let Ok(e) = web_sys::Event::new(SECTION_RENDERED)
        {
            let _ = w.dispatch_event(&e);
        }
    });
    if *ready {
        return p.children.clone();
    }
    html! {
        <section class="card deferred" id={p.id.clone()} ref={placeholder} aria-busy="true"></section>
    }
}

/// Sizes the placeholder as the prerendered twin, queues the section and
/// watches it come near; what it returns keeps the watch alive.
fn wait(placeholder: &NodeRef, id: &str, ready: UseStateHandle<bool>) -> Option<Observer> {
    let Some(el) = placeholder.cast::<HtmlElement>() else {
        ready.set(true);
        return None;
    };
    let twin = crate::ui::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            ["en", "zh"]
                .iter()
                .find_map(|lang| d.get_element_by_id(&format!("pre-{lang}-{id}")))
        })
        .and_then(|t| t.dyn_into::<HtmlElement>().ok());
    if let Some(twin) = twin {
        let _ = el
            .style()
            .set_property("height", &format!("{}px", twin.offset_height()));
    }
    enqueue({
        let ready = ready.clone();
        Callback::from(move |()| ready.set(true))
    });
    Observer::new(NEAR, &[el.into()], move |entries| {
        if entries.iter().any(|e| e.is_intersecting()) {
            ready.set(true);
        }
    })
}

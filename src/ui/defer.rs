//! Sections below the first screen render when they come near the screen,
//! not with the page: rendering them all at once was one long task of about
//! 500 ms (Lighthouse, 4× slower CPU), and one after another they were still
//! most of Lighthouse's total blocking time (414 ms of it), while the reader
//! was looking at the top of the page. A
//! [`Deferred`] section is a placeholder of its prerendered twin's height
//! (`pre-en-<id>`, `pre-zh-<id>`, see `ui::prerender`) until it comes within
//! a screen of the viewport, or the page is printed; then the same component
//! renders as it always does. Natively (the prerender) it renders at once.
//!
//! While the page still shows the view that was prerendered ([`Twins`]:
//! the default view, in the twin's language and theme), the placeholder says
//! so in `data-twin`, and `static/boot.js` moves the twin into it when the
//! app takes the prerendered page's place: far sections stay readable,
//! found by the browser's find in page and by screen readers, with their
//! charts as SVG. Once the view changes the twin is wrong: it is hidden
//! (`.stale`), the placeholder keeping its height, until the section renders.
//! A control of a twin that takes the focus (Tab, a find) renders its
//! section at once, and the focus goes to the same control there.
//!
//! The placeholder carries the section's id, so fragment links, the skip
//! links and the section bar find it; it is replaced by the section itself,
//! and [`SECTION_RENDERED`] tells the section bar to watch the new element.

use super::near::Observer;
use gloo::events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The window event a deferred section sends once its content is in.
pub const SECTION_RENDERED: &str = "lce-section-rendered";

/// How near the screen a section renders: a screen above and below, so it
/// is in before the reader scrolls to it.
const NEAR: &str = "100% 0px";

/// A placeholder's height when there is no prerendered page to measure
/// (`cargo xtask serve`): about a card's, so the sections below the first
/// screen are not all near it at once.
const WITHOUT_TWIN: i32 = 400;

/// Whether the page shows the view its prerendered twins show, given by
/// the page to its [`Deferred`] sections.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Twins {
    pub fresh: bool,
}

thread_local! {
    /// The sections that waited when they mounted, to release them all
    /// before printing (releasing one already rendered changes nothing).
    static WAITING: RefCell<Vec<Callback<()>>> = RefCell::default();
    /// Releases every waiting section before printing: one listener for
    /// the page, set with the first section waiting.
    static PRINT_HOOK: RefCell<Option<EventListener>> = const { RefCell::new(None) };
    /// Placeholders to size, with their twins (see `size_soon`).
    static TO_SIZE: RefCell<Vec<(HtmlElement, Option<HtmlElement>)>> = RefCell::default();
    /// The section, and the id of its control to focus once it has
    /// rendered: a twin's control took the focus (its id without the twin's
    /// prefix).
    static REFOCUS: RefCell<Option<(AttrValue, String)>> = const { RefCell::new(None) };
}

/// Keeps `release` to call before printing.
fn keep_for_print(release: Callback<()>) {
    WAITING.with(|w| w.borrow_mut().push(release));
    PRINT_HOOK.with(|hook| {
        let mut hook = hook.borrow_mut();
        if hook.is_none() {
            *hook = crate::ui::window()
                .map(|w| EventListener::new(&w, "beforeprint", |_| release_all()));
        }
    });
}

/// Renders every section still waiting, now: before printing (the state
/// changes render in the microtasks that follow the handler, before the
/// print layout), and for component tests that read the whole page.
pub fn release_all() {
    let waiting = WAITING.with(|w| std::mem::take(&mut *w.borrow_mut()));
    for release in waiting {
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
    let twins = use_context::<Twins>().unwrap_or(Twins { fresh: false });
    let placeholder = use_node_ref();
    {
        let (ready, placeholder, id) = (ready.clone(), placeholder.clone(), p.id.clone());
        use_effect_with((), move |_| {
            let near = (!*ready).then(|| wait(&placeholder, &id, ready));
            move || drop(near)
        });
    }
    use_effect_with((*ready, p.id.clone()), |(ready, id)| {
        if !*ready {
            return;
        }
        let own = REFOCUS.with(|r| {
            let mut r = r.borrow_mut();
            match r.take() {
                Some((section, control)) if section == *id => Some(control),
                other => {
                    *r = other;
                    None
                }
            }
        });
        if let Some(id) = own
            && let Some(e) = crate::ui::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id))
                .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = e.focus();
        }
        if let Some(w) = crate::ui::window()
            && let Ok(e) = web_sys::Event::new(SECTION_RENDERED)
        {
            let _ = w.dispatch_event(&e);
        }
    });
    if *ready {
        return p.children.clone();
    }
    let twin = twins.fresh.then(|| twin_ids(&p.id).join(" "));
    html! {
        <section class={classes!("card", "deferred", (!twins.fresh).then_some("stale"))}
            id={p.id.clone()} ref={placeholder} data-twin={twin} aria-busy="true"></section>
    }
}

/// The ids the section's prerendered twin may have, one per language.
fn twin_ids(id: &str) -> [String; 2] {
    ["en", "zh"].map(|lang| format!("pre-{lang}-{id}"))
}

/// The id of `id`'s control in the app, for a twin's `pre-en-<id>`.
fn app_id(twin_id: &str) -> Option<&str> {
    ["pre-en-", "pre-zh-"]
        .iter()
        .find_map(|prefix| twin_id.strip_prefix(prefix))
}

/// What keeps a waiting section's watch alive.
struct Watch {
    _near: Option<Observer>,
    _focus: EventListener,
}

/// Sizes `placeholder` as `twin` (or [`WITHOUT_TWIN`]) at the end of this
/// task, with every other placeholder mounted in it: all the twins' heights
/// are read first, then all set, so the browser lays the page out once, not
/// once per section (reading a height after a change makes it lay out).
fn size_soon(placeholder: HtmlElement, twin: Option<HtmlElement>) {
    let first = TO_SIZE.with(|t| {
        let mut t = t.borrow_mut();
        t.push((placeholder, twin));
        t.len() == 1
    });
    if first {
        wasm_bindgen_futures::spawn_local(async {
            let waiting = TO_SIZE.with(|t| std::mem::take(&mut *t.borrow_mut()));
            let heights: Vec<i32> = waiting
                .iter()
                .map(|(_, twin)| twin.as_ref().map_or(WITHOUT_TWIN, |t| t.offset_height()))
                .collect();
            for ((placeholder, _), height) in waiting.iter().zip(heights) {
                let _ = placeholder
                    .style()
                    .set_property("height", &format!("{height}px"));
            }
        });
    }
}

/// Sizes the placeholder as the prerendered twin and watches it come near,
/// or a twin's control take the focus; what it returns keeps the watch.
fn wait(placeholder: &NodeRef, id: &str, ready: UseStateHandle<bool>) -> Option<Watch> {
    let Some(el) = placeholder.cast::<HtmlElement>() else {
        ready.set(true);
        return None;
    };
    let twin = crate::ui::window()
        .and_then(|w| w.document())
        .and_then(|d| twin_ids(id).iter().find_map(|t| d.get_element_by_id(t)))
        .and_then(|t| t.dyn_into::<HtmlElement>().ok());
    size_soon(el.clone(), twin);
    keep_for_print({
        let ready = ready.clone();
        Callback::from(move |()| ready.set(true))
    });
    let focus = {
        let (ready, section) = (ready.clone(), AttrValue::from(id.to_owned()));
        EventListener::new(&el, "focusin", move |e| {
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let control = target
                .map(|t| t.id())
                .and_then(|id| app_id(&id).map(str::to_owned));
            REFOCUS.with(|r| *r.borrow_mut() = control.map(|c| (section.clone(), c)));
            ready.set(true);
        })
    };
    let near = Observer::new(NEAR, &[el.into()], move |entries| {
        if entries.iter().any(|e| e.is_intersecting()) {
            ready.set(true);
        }
    });
    Some(Watch {
        _near: near,
        _focus: focus,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_twins_control_is_found_in_the_app_by_its_id_without_the_prefix() {
        assert_eq!(app_id("pre-en-lab-goal-apply"), Some("lab-goal-apply"));
        assert_eq!(app_id("pre-zh-story"), Some("story"));
        assert_eq!(app_id("lab-goal-apply"), None);
        assert_eq!(twin_ids("lab"), ["pre-en-lab", "pre-zh-lab"]);
    }
}

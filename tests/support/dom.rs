//! DOM helpers shared by the wasm-bindgen-test files (`tests/web.rs`,
//! `tests/web_story.rs`, `tests/web_i18n.rs`), included with `#[path]`.
// Each file uses its own subset.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Resolves on the next animation frame: after layout, ResizeObserver
/// callbacks and effects have had their turn.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .request_animation_frame(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

/// Waits, frame by frame, until `cond` holds; fails after `frames` frames.
pub async fn until(what: &str, frames: u32, mut cond: impl FnMut() -> bool) {
    for _ in 0..frames {
        yew::scheduler::flush().await;
        if cond() {
            return;
        }
        next_frame().await;
    }
    panic!("timed out waiting for {what}");
}

/// Whether every section of the page has rendered. Those below the first
/// screen render as they come near (`ui::defer`); a test that reads the
/// whole page has them all render now, as printing does.
pub fn page_rendered() -> bool {
    live_commerce_explorer::ui::defer::release_all();
    document()
        .query_selector(".deferred")
        .ok()
        .flatten()
        .is_none()
}

pub fn by_id(id: &str) -> Element {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("#{id} is missing"))
}

pub fn text(id: &str) -> String {
    by_id(id).text_content().unwrap_or_default()
}

pub fn input_value(id: &str) -> String {
    by_id(id)
        .dyn_into::<HtmlInputElement>()
        .expect("an input")
        .value()
}

/// Clicks an element as a user would.
pub fn click(id: &str) {
    by_id(id)
        .dyn_into::<HtmlElement>()
        .expect("an element")
        .click();
}

/// Sets an input's value and fires `kind` on it, bubbling: "input" as a
/// slider being moved does, "change" as a text field being typed into and
/// left does.
pub fn set_value(id: &str, value: &str, kind: &str) {
    let input: HtmlInputElement = by_id(id).dyn_into().expect("an input");
    input.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict(kind, &init)
        .unwrap_or_else(|_| panic!("an {kind} event"));
    input.dispatch_event(&event).expect("dispatched");
}

/// Puts `query` (without `?`; empty for none) in the address bar in place,
/// as the page's own address for an App mounted next.
pub fn set_query(query: &str) {
    let window = web_sys::window().expect("window");
    let path = window.location().pathname().expect("path");
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .expect("address");
}

/// Replaces the test root (`#test-root`) with a fresh, empty one at the end
/// of the body, for a component to be mounted in.
pub fn fresh_root() -> Element {
    let doc = document();
    if let Some(old) = doc.get_element_by_id("test-root") {
        old.remove();
    }
    let root = doc.create_element("div").expect("div");
    root.set_id("test-root");
    doc.body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root
}

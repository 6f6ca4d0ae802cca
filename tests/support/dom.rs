//! DOM helpers shared by the wasm-bindgen-test files (`tests/web.rs`,
//! `tests/web_story.rs`), included with `#[path]`.

use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element};

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

pub fn by_id(id: &str) -> Element {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("#{id} is missing"))
}

pub fn text(id: &str) -> String {
    by_id(id).text_content().unwrap_or_default()
}

//! The address bar as the view's state: writes the share-link query with
//! `pushState` (discrete actions, so Back and Forward step through them) or
//! `replaceState` (slider drags), at most once per [`INTERVAL_MS`].
//!
//! Browsers throttle history calls made faster than a few hundred per ten
//! seconds and warn in the console, so every write goes through one timer:
//! the latest query wins, and it is pushed if any change since the last write
//! was discrete.

use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// The shortest gap between two history writes.
pub const INTERVAL_MS: u32 = 150;
/// The gap while only slider moves are waiting: `replaceState` costs a few
/// milliseconds in Chromium, which a drag's redraws should not share often.
pub const DRAG_INTERVAL_MS: u32 = 400;

/// How a change reaches the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A new history entry (a button, a preset, a typed value).
    Push,
    /// Overwrite the current entry (a slider being dragged).
    Replace,
}

#[derive(Default)]
struct Pending {
    query: Option<String>,
    push: bool,
    timer: Option<Timeout>,
    /// The query last written or read, so an unchanged view writes nothing.
    current: String,
}

/// Writes queries to the address bar, throttled; clone freely.
#[derive(Clone, Default)]
pub struct UrlWriter {
    inner: Rc<RefCell<Pending>>,
}

impl PartialEq for UrlWriter {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

/// The page's query without the leading `?` (empty when there is none).
pub fn current_query() -> String {
    crate::ui::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// This page's address with `query` in place of its query; the path and the
/// fragment are kept, so the app works under any sub-path.
fn address(query: &str) -> Option<String> {
    let location = crate::ui::window()?.location();
    let path = location.pathname().ok()?;
    let hash = location.hash().unwrap_or_default();
    Some(if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    })
}

fn write_now(query: &str, push: bool) {
    let Some(url) = address(query) else {
        return;
    };
    let Some(history) = crate::ui::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let result = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
    if result.is_err() {
        gloo::console::warn!("the address bar could not be updated");
    }
}

impl UrlWriter {
    /// A writer that knows the page's query as it was loaded.
    pub fn new() -> Self {
        let w = UrlWriter::default();
        w.inner.borrow_mut().current = current_query();
        w
    }

    /// Records that the address bar now shows `query` (after Back or
    /// Forward), dropping any write still waiting.
    pub fn seen(&self, query: &str) {
        let mut p = self.inner.borrow_mut();
        p.current = query.to_string();
        p.query = None;
        p.push = false;
        p.timer = None;
    }

    /// Shows `query` in the address bar soon.
    pub fn write(&self, query: String, entry: Entry) {
        let mut p = self.inner.borrow_mut();
        if p.query.is_none() && p.current == query {
            return;
        }
        p.push |= entry == Entry::Push;
        p.query = Some(query);
        if p.timer.is_none() {
            let inner = self.inner.clone();
            let wait = if p.push {
                INTERVAL_MS
            } else {
                DRAG_INTERVAL_MS
            };
            p.timer = Some(Timeout::new(wait, move || {
                let mut p = inner.borrow_mut();
                p.timer = None;
                if let Some(q) = p.query.take() {
                    if q != p.current {
                        write_now(&q, p.push);
                        p.current = q;
                    }
                    p.push = false;
                }
            }));
        }
    }
}

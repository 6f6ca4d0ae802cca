//! What a screen reader hears after a control moves: one sentence, the
//! result in the control's own card (the crossing year under the industry's
//! sliders, the Douyin sentence under its slider, goal seek's answer), once
//! the value has settled. The results themselves are not live regions: as
//! live regions, five arrow presses on one slider gave eleven announcements,
//! among them off-screen results and the Monte Carlo's timing.

use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use yew::prelude::*;

/// The page's one live region (rendered by [`Announcer`]).
const REGION: &str = "announcer";

/// Quiet time after the last change before the result is read out.
const SETTLE_MS: u32 = 700;

thread_local! {
    static PENDING: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

/// Reads out the text of element `result` once changes have settled for
/// [`SETTLE_MS`]; a newer call replaces a pending one (the text is read when
/// spoken, so it is the latest).
pub fn when_settled(result: &'static str) {
    let timeout = Timeout::new(SETTLE_MS, move || {
        let Some(doc) = crate::ui::window().and_then(|w| w.document()) else {
            return;
        };
        let text = doc
            .get_element_by_id(result)
            .and_then(|e| e.text_content())
            .unwrap_or_default();
        if let Some(region) = doc.get_element_by_id(REGION) {
            // Emptied first, so the same sentence twice is read twice.
            region.set_text_content(None);
            region.set_text_content(Some(&text));
        }
    });
    PENDING.with(|p| *p.borrow_mut() = Some(timeout));
}

/// The live region, visually hidden.
#[function_component(Announcer)]
pub fn announcer() -> Html {
    html! { <div id={REGION} class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div> }
}

//! Copying text to the clipboard, with selecting it as the fallback: the
//! share link's Copy button and the embed code's use the same steps.

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Writes `text` to the clipboard and tells `done` whether the browser
/// allowed it; when it did not, selects the text of `field` so the reader
/// can copy it by hand. Without a window nothing happens.
pub fn copy_or_select(text: &str, field: NodeRef, done: Callback<bool>) {
    let Some(clipboard) = crate::ui::window().map(|w| w.navigator().clipboard()) else {
        return;
    };
    let promise = clipboard.write_text(text);
    yew::platform::spawn_local(async move {
        let ok = JsFuture::from(promise).await.is_ok();
        if !ok && let Some(input) = field.cast::<HtmlInputElement>() {
            input.select();
        }
        done.emit(ok);
    });
}

/// Selects a text field's whole content when it takes focus.
pub fn select_on_focus() -> Callback<FocusEvent> {
    Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            input.select();
        }
    })
}

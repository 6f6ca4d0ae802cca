//! localStorage as a [`KeyValue`] store for the saved-scenario library.
//!
//! Not gloo's `LocalStorage`: its `raw()` throws (and so stops the page)
//! when storage is blocked, e.g. with cookies disabled or in a sandboxed
//! frame. Here every failure becomes a [`StoreError`] the library reports.

use crate::saved::{KeyValue, StoreError};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// The page's localStorage, or why it cannot be used.
pub struct BrowserStore {
    storage: Result<web_sys::Storage, String>,
}

impl BrowserStore {
    /// Opens localStorage; never fails, but a blocked storage answers every
    /// call with [`StoreError::Unavailable`].
    pub fn open() -> Self {
        let storage = match crate::ui::window().map(|w| w.local_storage()) {
            Some(Ok(Some(s))) => Ok(s),
            Some(Ok(None)) => Err("this browser has no localStorage".to_string()),
            Some(Err(e)) => Err(format!(
                "the browser blocks localStorage ({})",
                describe(&e)
            )),
            None => Err("no window".to_string()),
        };
        BrowserStore { storage }
    }

    fn storage(&self) -> Result<&web_sys::Storage, StoreError> {
        self.storage
            .as_ref()
            .map_err(|e| StoreError::Unavailable(e.clone()))
    }
}

/// A thrown DOMException's name and message, or whatever was thrown.
fn describe(e: &JsValue) -> String {
    match e.dyn_ref::<web_sys::DomException>() {
        Some(d) => format!("{}: {}", d.name(), d.message()),
        None => e.as_string().unwrap_or_else(|| "unknown error".to_string()),
    }
}

/// Quota errors have their own name (and legacy code 22) in every browser.
fn is_quota(e: &JsValue) -> bool {
    e.dyn_ref::<web_sys::DomException>().is_some_and(|d| {
        d.name() == "QuotaExceededError"
            || d.name() == "NS_ERROR_DOM_QUOTA_REACHED"
            || d.code() == 22
    })
}

impl KeyValue for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage()?
            .get_item(key)
            .map_err(|e| StoreError::Unavailable(describe(&e)))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage()?.set_item(key, value).map_err(|e| {
            if is_quota(&e) {
                StoreError::Full(describe(&e))
            } else {
                StoreError::Other(describe(&e))
            }
        })
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage()?
            .remove_item(key)
            .map_err(|e| StoreError::Other(describe(&e)))
    }
}

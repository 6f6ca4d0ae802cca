//! The key-value store the library lives in. The browser's is localStorage
//! (the UI implements [`KeyValue`] over `web_sys::Storage`); [`MemoryStore`]
//! stands in for it in tests and when the browser has none.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::fmt;

use crate::locale::Note;

/// Why the store refused. The UI maps localStorage's exceptions onto these:
/// `SecurityError` (storage blocked) to `Unavailable`, `QuotaExceededError`
/// to `Full`, anything else to `Other`.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreError {
    /// The store cannot be used at all (blocked by the browser's settings).
    Unavailable(String),
    /// The write would exceed the store's quota.
    Full(String),
    Other(String),
}

impl StoreError {
    /// What went wrong as a clause for the reader ("this browser's storage
    /// is full"): the browser's own exception text stays in the variant
    /// (`Debug`, the console), never in what the reader is shown.
    pub fn note(&self) -> Note {
        match self {
            StoreError::Unavailable(_) => {
                Note::new("this browser does not let the page keep data", [])
            }
            StoreError::Full(_) => Note::new("this browser's storage for the page is full", []),
            StoreError::Other(_) => Note::new("this browser could not keep the data", []),
        }
    }
}

impl fmt::Display for StoreError {
    /// The English of [`StoreError::note`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.note())
    }
}

impl std::error::Error for StoreError {}

/// A string key-value store, shaped like localStorage. `&self` because
/// localStorage is a shared handle, not an owned value.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

/// An in-memory [`KeyValue`], with knobs to make it behave like a blocked or
/// full localStorage.
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    unavailable: Cell<bool>,
    full: Cell<bool>,
    /// Total size allowed, in UTF-16 code units of keys and values, the way
    /// browsers count localStorage's quota.
    quota: Cell<Option<usize>>,
    writes: Cell<usize>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// A store already holding `entries` (for example corrupt data).
    pub fn with(entries: &[(&str, &str)]) -> Self {
        let store = Self::new();
        for (k, v) in entries {
            store.insert(k, v);
        }
        store
    }

    /// Puts a value in directly, ignoring the knobs.
    pub fn insert(&self, key: &str, value: &str) {
        self.map
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
    }

    /// Reads a value directly, ignoring the knobs.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.map.borrow().get(key).cloned()
    }

    /// Every key, sorted.
    pub fn keys(&self) -> Vec<String> {
        self.map.borrow().keys().cloned().collect()
    }

    /// How many `set` and `remove` calls succeeded.
    pub fn writes(&self) -> usize {
        self.writes.get()
    }

    /// Every call fails with [`StoreError::Unavailable`].
    pub fn set_unavailable(&self, on: bool) {
        self.unavailable.set(on);
    }

    /// Every `set` fails with [`StoreError::Full`]; reads and removals work.
    pub fn set_full(&self, on: bool) {
        self.full.set(on);
    }

    /// A `set` that would take the total size past `quota` fails with
    /// [`StoreError::Full`].
    pub fn set_quota(&self, quota: Option<usize>) {
        self.quota.set(quota);
    }

    /// The size localStorage would count for the current contents.
    pub fn used(&self) -> usize {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| units(k) + units(v))
            .sum()
    }

    fn check(&self) -> Result<(), StoreError> {
        if self.unavailable.get() {
            Err(StoreError::Unavailable("storage is turned off".into()))
        } else {
            Ok(())
        }
    }
}

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check()?;
        Ok(self.raw(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check()?;
        if self.full.get() {
            return Err(StoreError::Full("quota exceeded".into()));
        }
        if let Some(quota) = self.quota.get() {
            let old = self
                .map
                .borrow()
                .get(key)
                .map_or(0, |v| units(key) + units(v));
            if self.used() - old + units(key) + units(value) > quota {
                return Err(StoreError::Full("quota exceeded".into()));
            }
        }
        self.insert(key, value);
        self.writes.set(self.writes.get() + 1);
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.check()?;
        self.map.borrow_mut().remove(key);
        self.writes.set(self.writes.get() + 1);
        Ok(())
    }
}

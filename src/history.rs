//! Undo and redo over assumption changes.
//!
//! The page records the state *before* each change; a run of records with
//! the same key (the input events of one slider drag) is one step, ended by
//! [`History::seal`] on pointer-up or `change`. Whole states are kept rather
//! than inverse operations: they are small, and a restored state can never
//! disagree with the one the user saw.

use std::collections::VecDeque;

/// Steps kept by [`History::default`].
pub const DEFAULT_CAP: usize = 100;

#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    undo: VecDeque<T>,
    redo: Vec<T>,
    cap: usize,
    /// The key of the step still open to coalescing.
    open: Option<String>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            undo: VecDeque::new(),
            redo: Vec::new(),
            cap: DEFAULT_CAP,
            open: None,
        }
    }
}

impl<T: Clone + PartialEq> History<T> {
    /// Keeps at most `cap` undo steps, dropping the oldest.
    pub fn new(cap: usize) -> Self {
        History {
            cap,
            ..Self::default()
        }
    }

    /// Records that the state is about to change from `before`.
    ///
    /// Consecutive records with the same `Some(key)` coalesce into one step
    /// (the first `before` is kept); `None` never coalesces. A new step
    /// clears the redo stack. A `before` equal to the newest step adds
    /// nothing (the previous change changed nothing), but it does take over
    /// the open key, so the change now starting coalesces as usual.
    pub fn record(&mut self, before: T, key: Option<&str>) {
        if key.is_some() && self.open.as_deref() == key {
            return;
        }
        self.open = key.map(str::to_owned);
        if self.undo.back() == Some(&before) {
            return;
        }
        self.redo.clear();
        self.undo.push_back(before);
        self.trim();
    }

    /// Ends coalescing: the next record starts a new step even with the
    /// same key.
    pub fn seal(&mut self) {
        self.open = None;
    }

    /// The state to show instead of `current`, which goes on the redo
    /// stack. Steps equal to `current` (recorded changes that changed
    /// nothing) are skipped and dropped.
    pub fn undo(&mut self, current: T) -> Option<T> {
        self.open = None;
        while let Some(state) = self.undo.pop_back() {
            if state != current {
                self.redo.push(current);
                return Some(state);
            }
        }
        None
    }

    /// The reverse of [`History::undo`].
    pub fn redo(&mut self, current: T) -> Option<T> {
        self.open = None;
        while let Some(state) = self.redo.pop() {
            if state != current {
                self.undo.push_back(current);
                self.trim();
                return Some(state);
            }
        }
        None
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undo steps held.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Redo steps held.
    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }

    pub fn cap(&self) -> usize {
        self.cap
    }

    /// Forgets every step.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.open = None;
    }

    fn trim(&mut self) {
        while self.undo.len() > self.cap {
            self.undo.pop_front();
        }
    }
}

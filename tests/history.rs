//! Undo and redo: the rules one by one, then a model check against a
//! differently built reference (a browser-style timeline with a cursor)
//! over arbitrary sequences of edits, drags, seals, undos and redos.
#![cfg(not(target_arch = "wasm32"))]

use live_commerce_explorer::history::{DEFAULT_CAP, History};
use proptest::prelude::*;

/// Plays the page: records the state before each change, then changes it.
struct Page {
    h: History<i32>,
    state: i32,
}

impl Page {
    fn new(cap: usize) -> Self {
        Page {
            h: History::new(cap),
            state: 0,
        }
    }

    fn set(&mut self, value: i32, key: Option<&str>) {
        self.h.record(self.state, key);
        self.state = value;
    }

    fn undo(&mut self) -> Option<i32> {
        let s = self.h.undo(self.state)?;
        self.state = s;
        Some(s)
    }

    fn redo(&mut self) -> Option<i32> {
        let s = self.h.redo(self.state)?;
        self.state = s;
        Some(s)
    }
}

#[test]
fn starts_empty() {
    let mut h = History::<i32>::default();
    assert_eq!(h.cap(), DEFAULT_CAP);
    assert!(!h.can_undo());
    assert!(!h.can_redo());
    assert_eq!(h.undo(5), None);
    assert_eq!(h.redo(5), None);
}

#[test]
fn undo_and_redo_walk_the_states() {
    let mut p = Page::new(10);
    p.set(1, None);
    p.set(2, None);
    p.set(3, None);
    assert!(p.h.can_undo());
    assert!(!p.h.can_redo());
    assert_eq!(p.undo(), Some(2));
    assert_eq!(p.undo(), Some(1));
    assert!(p.h.can_redo());
    assert_eq!(p.redo(), Some(2));
    assert_eq!(p.undo(), Some(1));
    assert_eq!(p.undo(), Some(0));
    assert_eq!(p.undo(), None);
    assert_eq!(p.state, 0);
    assert_eq!(p.redo(), Some(1));
    assert_eq!(p.redo(), Some(2));
    assert_eq!(p.redo(), Some(3));
    assert_eq!(p.redo(), None);
}

#[test]
fn a_drag_is_one_step() {
    let mut p = Page::new(10);
    p.set(1, Some("growth"));
    for v in 2..50 {
        p.set(v, Some("growth"));
    }
    p.h.seal();
    assert_eq!(p.h.undo_len(), 1);
    assert_eq!(p.undo(), Some(0));
    assert_eq!(p.redo(), Some(49));
}

#[test]
fn seal_other_keys_and_none_end_a_step() {
    let mut p = Page::new(10);
    p.set(1, Some("a"));
    p.set(2, Some("a"));
    p.h.seal();
    p.set(3, Some("a"));
    p.set(4, Some("b"));
    p.set(5, Some("a"));
    p.set(6, None);
    p.set(7, None);
    assert_eq!(p.h.undo_len(), 6);
    let undone: Vec<_> = std::iter::from_fn(|| p.undo()).collect();
    assert_eq!(undone, [6, 5, 4, 3, 2, 0]);
}

#[test]
fn undo_ends_coalescing() {
    let mut p = Page::new(10);
    p.set(1, Some("a"));
    assert_eq!(p.undo(), Some(0));
    p.set(2, Some("a"));
    p.set(3, Some("a"));
    assert_eq!(p.undo(), Some(0));
    assert_eq!(p.undo(), None);
}

#[test]
fn a_new_change_clears_redo() {
    let mut p = Page::new(10);
    p.set(1, None);
    p.set(2, None);
    p.undo();
    assert!(p.h.can_redo());
    p.set(9, None);
    assert!(!p.h.can_redo());
    assert_eq!(p.redo(), None);
    assert_eq!(p.undo(), Some(1));
    assert_eq!(p.undo(), Some(0));
}

#[test]
fn recording_the_newest_step_again_adds_nothing() {
    let mut h = History::new(10);
    h.record(0, None);
    h.record(0, None);
    h.record(0, Some("k"));
    assert_eq!(h.undo_len(), 1);
    // It takes over the key, so the change now starting is one step.
    h.record(1, Some("k"));
    h.record(2, Some("k"));
    assert_eq!(h.undo_len(), 1);
}

#[test]
fn steps_that_changed_nothing_are_skipped() {
    let mut h = History::new(10);
    h.record(5, None);
    // The page reported a change from 0 that left the state at 0.
    h.record(0, None);
    assert_eq!(h.undo_len(), 2);
    assert_eq!(h.undo(0), Some(5));
    assert_eq!(h.undo_len(), 0, "the empty step was dropped");
    assert_eq!(h.undo(5), None);
    assert_eq!(h.redo(5), Some(0));

    let mut h = History::new(10);
    h.record(0, None);
    assert_eq!(h.undo(0), None, "only an empty step was left");
    assert!(!h.can_undo());
}

#[test]
fn the_oldest_steps_are_dropped_at_the_cap() {
    let mut p = Page::new(3);
    for v in 1..=6 {
        p.set(v, None);
    }
    assert_eq!(p.h.undo_len(), 3);
    let undone: Vec<_> = std::iter::from_fn(|| p.undo()).collect();
    assert_eq!(undone, [5, 4, 3]);
    let redone: Vec<_> = std::iter::from_fn(|| p.redo()).collect();
    assert_eq!(redone, [4, 5, 6]);
    assert_eq!(p.h.undo_len(), 3);

    let mut none = Page::new(0);
    none.set(1, None);
    assert!(!none.h.can_undo());
}

#[test]
fn clear_forgets_everything() {
    let mut p = Page::new(10);
    p.set(1, Some("a"));
    p.set(2, None);
    p.undo();
    p.h.clear();
    assert!(!p.h.can_undo());
    assert!(!p.h.can_redo());
    p.set(3, Some("a"));
    assert_eq!(p.h.undo_len(), 1);
}

#[test]
fn works_with_non_copy_states() {
    let mut h = History::<Vec<String>>::new(5);
    let a = vec!["a".to_owned()];
    h.record(a.clone(), None);
    assert_eq!(h.undo(vec![]), Some(a));
}

/// The reference: every state in order, the current one at `pos`, like a
/// browser's history. Undo and redo move the cursor; a new step cuts what
/// lies ahead of it.
struct Timeline {
    states: Vec<i32>,
    pos: usize,
    open: Option<String>,
    cap: usize,
}

impl Timeline {
    fn new(cap: usize) -> Self {
        Timeline {
            states: vec![0],
            pos: 0,
            open: None,
            cap,
        }
    }

    fn record(&mut self, before: i32, key: Option<&str>) {
        if key.is_some() && key == self.open.as_deref() {
            return;
        }
        self.open = key.map(String::from);
        if self.pos > 0 && self.states[self.pos - 1] == before {
            return;
        }
        self.states.truncate(self.pos + 1);
        self.states[self.pos] = before;
        self.states.push(0);
        self.pos += 1;
        self.fit();
    }

    fn undo(&mut self, current: i32) -> Option<i32> {
        self.open = None;
        while self.pos > 0 && self.states[self.pos - 1] == current {
            self.states.remove(self.pos - 1);
            self.pos -= 1;
        }
        if self.pos == 0 {
            return None;
        }
        self.states[self.pos] = current;
        self.pos -= 1;
        Some(self.states[self.pos])
    }

    fn redo(&mut self, current: i32) -> Option<i32> {
        self.open = None;
        while self.pos + 1 < self.states.len() && self.states[self.pos + 1] == current {
            self.states.remove(self.pos + 1);
        }
        if self.pos + 1 == self.states.len() {
            return None;
        }
        self.states[self.pos] = current;
        self.pos += 1;
        self.fit();
        Some(self.states[self.pos])
    }

    fn fit(&mut self) {
        if self.pos > self.cap {
            let extra = self.pos - self.cap;
            self.states.drain(..extra);
            self.pos = self.cap;
        }
    }

    fn clear(&mut self) {
        *self = Timeline::new(self.cap);
    }
}

#[derive(Clone, Debug)]
enum Op {
    Set(i32, Option<&'static str>),
    Seal,
    Undo,
    Redo,
    Clear,
}

fn op() -> impl Strategy<Value = Op> {
    let key = prop_oneof![Just(None), Just(Some("a")), Just(Some("b"))];
    prop_oneof![
        6 => (0..5i32, key).prop_map(|(v, k)| Op::Set(v, k)),
        2 => Just(Op::Seal),
        3 => Just(Op::Undo),
        2 => Just(Op::Redo),
        1 => Just(Op::Clear),
    ]
}

proptest! {
    #[test]
    fn matches_the_timeline(cap in 0usize..6, ops in prop::collection::vec(op(), 0..80)) {
        let mut h = History::new(cap);
        let mut model = Timeline::new(cap);
        let mut state = 0;
        for op in ops {
            match op {
                Op::Set(v, key) => {
                    h.record(state, key);
                    model.record(state, key);
                    state = v;
                }
                Op::Seal => {
                    h.seal();
                    model.open = None;
                }
                Op::Undo => {
                    let got = h.undo(state);
                    prop_assert_eq!(got, model.undo(state));
                    if let Some(s) = got {
                        prop_assert_ne!(s, state);
                        state = s;
                    }
                }
                Op::Redo => {
                    let got = h.redo(state);
                    prop_assert_eq!(got, model.redo(state));
                    if let Some(s) = got {
                        prop_assert_ne!(s, state);
                        state = s;
                    }
                }
                Op::Clear => {
                    h.clear();
                    model.clear();
                }
            }
            prop_assert_eq!(h.can_undo(), model.pos > 0);
            prop_assert_eq!(h.can_redo(), model.pos + 1 < model.states.len());
            prop_assert!(h.undo_len() <= cap);
        }
    }

    /// Undo then redo (and redo then undo) comes back to the same state.
    #[test]
    fn undo_and_redo_invert(ops in prop::collection::vec(op(), 0..60)) {
        let mut p = Page::new(DEFAULT_CAP);
        for op in ops {
            match op {
                Op::Set(v, key) => p.set(v, key),
                Op::Seal => p.h.seal(),
                Op::Undo => { p.undo(); }
                Op::Redo => { p.redo(); }
                Op::Clear => p.h.clear(),
            }
            let state = p.state;
            if p.undo().is_some() {
                prop_assert_eq!(p.redo(), Some(state));
            }
            if p.redo().is_some() {
                prop_assert!(p.undo().is_some());
                prop_assert_eq!(p.state, state);
            }
        }
    }
}

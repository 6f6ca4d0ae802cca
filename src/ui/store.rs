//! The page's state, shared by every component, with subscriptions by
//! selector: a component re-renders only when what it selects changed.
//!
//! Why not a Yew state in the page component: every slider step would
//! re-render the whole page (2.2 ms of Yew work before the first chart was
//! redrawn, in `cargo xtask bench`). Here a step re-runs each subscriber's
//! selector (cheap: the views are built once per change and shared), and
//! only the cards whose panel, sentence or control actually changed are
//! scheduled for rendering.

use super::url::{Entry as UrlEntry, UrlWriter};
use crate::data::{Dataset, Reading};
use crate::locale::Locale;
use crate::panels::{Inputs, Panel, PanelId};
use crate::scenario::McResult;
use crate::session::{Action, Entry, Session};
use crate::views::{self, MissingFigure, Views};
use crate::worker::McState;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// Views as built for one state (shared by every card).
pub type Built = Rc<Result<Views, MissingFigure>>;

/// What selectors read: the session, the latest Monte Carlo result and
/// status, the reader's locale, and the views built from them (once per
/// change, on first use).
pub struct State {
    pub ds: &'static Dataset,
    pub session: Session,
    /// The latest finished run; it keeps the bands on screen while the run
    /// for a newer scenario is under way.
    pub result: Option<Rc<McResult>>,
    /// What the worker is doing.
    pub mc: McState,
    pub locale: Locale,
    views: RefCell<Option<Built>>,
    /// Panels built one by one for this change, before the views (see
    /// [`State::panel`]); the views take them instead of building them again.
    panels: RefCell<BTreeMap<PanelId, Option<Rc<Panel>>>>,
    /// The last views built, with the reading and locale they were built in:
    /// their panels that do not follow the scenario are reused.
    previous: RefCell<Option<(Reading, Locale, Built)>>,
    query: RefCell<Option<String>>,
}

impl State {
    /// Every panel and sentence for the current assumptions, built once per
    /// change and shared by every selector.
    pub fn views(&self) -> Built {
        if let Some(v) = self.views.borrow().as_ref() {
            return v.clone();
        }
        let started = super::timing::now();
        let a = self.session.assumptions();
        let previous = self.same_reading();
        let same = previous.as_deref().and_then(|v| v.as_ref().ok());
        let built = self.panels.borrow();
        let v = Rc::new(views::build_reusing(
            self.ds,
            a,
            self.result.as_deref(),
            &self.locale,
            same,
            &|id| built.get(&id).cloned(),
        ));
        super::timing::piece("views::build", started);
        *self.views.borrow_mut() = Some(v.clone());
        *self.previous.borrow_mut() = Some((a.reading, self.locale.clone(), v.clone()));
        v
    }

    /// The last views built, when they were built in the current reading
    /// and language: their panels that do not follow the scenario still
    /// hold.
    fn same_reading(&self) -> Option<Built> {
        let a = self.session.assumptions();
        self.previous
            .borrow()
            .as_ref()
            .filter(|(r, l, _)| *r == a.reading && *l == self.locale)
            .map(|(_, _, v)| v.clone())
    }

    /// The panel `id` for the current assumptions, or none where it has
    /// nothing to show (or a figure is missing): from the views when they
    /// are built, else built alone and kept for them. A chart drawn as soon
    /// as the store changes ([`StoreRef::subscribe_early`]) waits for its
    /// own panel only, not for the whole page's views.
    pub fn panel(&self, id: PanelId) -> Option<Rc<Panel>> {
        if let Some(v) = self.views.borrow().as_ref() {
            return v.as_ref().as_ref().ok()?.panels.get(&id).cloned();
        }
        if let Some(p) = self.panels.borrow().get(&id) {
            return p.clone();
        }
        let started = super::timing::now();
        let a = self.session.assumptions();
        let reused = self
            .same_reading()
            .filter(|_| !id.follows_scenario())
            .and_then(|v| v.as_ref().as_ref().ok().map(|v| v.panels.get(&id).cloned()));
        let panel = match reused {
            Some(p) => p,
            None => {
                let cx = Inputs {
                    ds: self.ds,
                    a,
                    mc: self.result.as_deref(),
                    l: &self.locale,
                };
                // A missing figure is the views' to report; here it only
                // means no early drawing.
                id.build(&cx).ok()?.map(Rc::new)
            }
        };
        super::timing::piece("panel build", started);
        self.panels.borrow_mut().insert(id, panel.clone());
        panel
    }

    /// The view's share-link query, written once per change however many
    /// components show it (toolbar, saved scenarios, embed link).
    pub fn query(&self) -> String {
        if let Some(q) = self.query.borrow().as_ref() {
            return q.clone();
        }
        let q = self.session.query(self.ds);
        *self.query.borrow_mut() = Some(q.clone());
        q
    }

    fn changed(&mut self, browser_langs: &[String]) {
        self.locale = self.session.locale(browser_langs);
        *self.views.get_mut() = None;
        self.panels.get_mut().clear();
        *self.query.get_mut() = None;
    }
}

type Listener = Rc<dyn Fn(&State)>;

/// The shared store (see the module docs).
pub struct Store {
    state: RefCell<State>,
    listeners: RefCell<Vec<(u64, Listener)>>,
    /// Told before `listeners`: charts that draw at once (see
    /// [`StoreRef::subscribe_early`]).
    early: RefCell<Vec<(u64, Listener)>>,
    next_id: Cell<u64>,
    url: UrlWriter,
    browser_langs: Vec<String>,
}

/// A handle on the store, cheap to clone; two handles are equal when they
/// are the same store, so a context of it never re-renders its consumers.
#[derive(Clone)]
pub struct StoreRef(Rc<Store>);

impl PartialEq for StoreRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Removes its listener when dropped (a component unmounting).
pub struct Subscription {
    store: StoreRef,
    id: u64,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        // Ids are unique across both lists.
        for list in [&self.store.0.listeners, &self.store.0.early] {
            list.borrow_mut().retain(|(id, _)| *id != self.id);
        }
    }
}

impl StoreRef {
    /// The store for the page at `query`, in the reader's languages.
    pub fn new(ds: &'static Dataset, query: &str, browser_langs: Vec<String>) -> StoreRef {
        let session = Session::from_query(ds, query);
        let locale = session.locale(&browser_langs);
        StoreRef(Rc::new(Store {
            state: RefCell::new(State {
                ds,
                session,
                result: None,
                mc: McState::Idle,
                locale,
                views: RefCell::new(None),
                panels: RefCell::default(),
                previous: RefCell::new(None),
                query: RefCell::new(None),
            }),
            listeners: RefCell::new(Vec::new()),
            early: RefCell::new(Vec::new()),
            next_id: Cell::new(0),
            url: UrlWriter::new(),
            browser_langs,
        }))
    }

    /// Reads the state.
    pub fn read<T>(&self, f: impl FnOnce(&State) -> T) -> T {
        f(&self.0.state.borrow())
    }

    /// Applies a reader's action: the session sanitises it and keeps the
    /// undo history, the address bar follows, and subscribers are told.
    pub fn dispatch(&self, action: Action) {
        let entry = {
            let mut s = self.0.state.borrow_mut();
            let ds = s.ds;
            let entry = s.session.apply(ds, action);
            s.changed(&self.0.browser_langs);
            entry
        };
        // Subscribers first (the charts on screen draw in there), then the
        // address bar: the reader waits for the chart, not for the link.
        self.notify();
        if let Some(entry) = entry {
            let query = self.read(State::query);
            self.0.url.write(
                query,
                match entry {
                    Entry::Push => UrlEntry::Push,
                    Entry::Replace => UrlEntry::Replace,
                },
            );
        }
    }

    /// The address bar moved (Back, Forward): restore what it holds.
    pub fn navigate(&self, query: String) {
        self.0.url.seen(&query);
        self.dispatch(Action::Navigate(query));
    }

    /// The worker's state changed; a finished run becomes the latest result.
    pub fn set_mc(&self, mc: McState) {
        {
            let mut s = self.0.state.borrow_mut();
            // The result the store already holds (the page's own run, handed
            // back by `McDriver` as it mounts): nothing to rebuild.
            if let (McState::Done { result: new, .. }, McState::Done { result: old, .. }) =
                (&mc, &s.mc)
                && Rc::ptr_eq(new, old)
            {
                return;
            }
            if let McState::Done { result, .. } = &mc {
                s.result = Some(result.clone());
                *s.views.get_mut() = None;
                s.panels.get_mut().clear();
            }
            s.mc = mc;
        }
        self.notify();
    }

    /// Calls `f` after every change until the subscription is dropped.
    pub fn subscribe(&self, f: Listener) -> Subscription {
        self.add(&self.0.listeners, f)
    }

    /// Like [`StoreRef::subscribe`], but `f` is called before the other
    /// subscribers, before the page re-renders: a chart on screen draws
    /// there, straight from its panel ([`State::panel`]), so a slider step
    /// reaches the screen without waiting for Yew's render of the page.
    pub fn subscribe_early(&self, f: Listener) -> Subscription {
        self.add(&self.0.early, f)
    }

    fn add(&self, list: &RefCell<Vec<(u64, Listener)>>, f: Listener) -> Subscription {
        let id = self.0.next_id.get();
        self.0.next_id.set(id + 1);
        list.borrow_mut().push((id, f));
        Subscription {
            store: self.clone(),
            id,
        }
    }

    fn notify(&self) {
        // A listener may unsubscribe (or subscribe) while we call it.
        let listeners: Vec<Listener> = [&self.0.early, &self.0.listeners]
            .into_iter()
            .flat_map(|list| {
                list.borrow()
                    .iter()
                    .map(|(_, f)| f.clone())
                    .collect::<Vec<_>>()
            })
            .collect();
        let state = self.0.state.borrow();
        for f in listeners {
            f(&state);
        }
    }
}

/// The store of the page (provided by the app).
#[hook]
pub fn use_store() -> StoreRef {
    match use_context::<StoreRef>() {
        Some(s) => s,
        None => {
            // Only reachable if a component is mounted outside the app;
            // an empty page's store keeps it from panicking.
            let ds = crate::data::Dataset::embedded().unwrap_or_else(|_| empty_dataset());
            StoreRef::new(ds, "", Vec::new())
        }
    }
}

fn empty_dataset() -> &'static Dataset {
    thread_local! {
        static EMPTY: &'static Dataset = Box::leak(Box::default());
    }
    EMPTY.with(|d| *d)
}

/// What `select` gives for the current state; the component re-renders
/// when that value changes, and only then.
#[hook]
pub fn use_select<T, F>(select: F) -> T
where
    T: PartialEq + Clone + 'static,
    F: Fn(&State) -> T + 'static,
{
    let store = use_store();
    let update = use_force_update();
    let select = Rc::new(select);
    let value = {
        let store = store.clone();
        let select = select.clone();
        use_mut_ref(move || store.read(|s| select(s)))
    };
    {
        let value = value.clone();
        use_effect_with(store, move |store| {
            let sub = store.subscribe(Rc::new(move |s: &State| {
                let next = select(s);
                if *value.borrow() != next {
                    *value.borrow_mut() = next;
                    update.force_update();
                }
            }));
            move || drop(sub)
        });
    }
    value.borrow().clone()
}

/// The callback that dispatches actions to the store, the same for the
/// page's life (so props holding it compare equal).
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    let store = use_store();
    (*use_memo(store, |store| {
        let store = store.clone();
        Callback::from(move |a: Action| store.dispatch(a))
    }))
    .clone()
}

/// A callback that turns its input into an action and dispatches it, made
/// once: a `use_dispatch().reform(..)` is a new callback on every render,
/// which makes every child holding it re-render too (Yew compares callbacks
/// by identity). `to_action` is taken on the first render only.
#[hook]
pub fn use_act<I, F>(to_action: F) -> Callback<I>
where
    I: 'static,
    F: Fn(I) -> Action + 'static,
{
    let dispatch = use_dispatch();
    (*use_memo(dispatch, move |d| d.reform(to_action))).clone()
}

/// The current share-link query, for a component that writes it out.
pub fn query_of(s: &State) -> String {
    s.query()
}

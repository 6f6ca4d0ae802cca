//! "Your scenarios": save the current assumptions under a name, list,
//! rename, duplicate, delete and load them, export and import them as JSON,
//! and pick two to four to compare side by side.
//!
//! The library itself (`crate::saved`) is pure; this component holds it with
//! the browser's localStorage and turns each outcome into a message.

use super::compare::CompareView;
use super::download::DownloadLink;
use super::prefs::use_prefs;
use crate::data::Dataset;
use crate::locale::{Arg, Locale, Note};
use crate::saved::{self, KeyValue, Library, LibraryError, MAX_FILE_BYTES, Persistence, Saved};
use crate::share;
use crate::views::compare::Compared;
use gloo::events::EventListener;
use gloo::file::callbacks::FileReader;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The most scenarios compared at once.
pub const COMPARE_MAX: usize = 4;

/// Props of [`SavedPanel`].
#[derive(Properties, PartialEq)]
pub struct SavedPanelProps {
    pub dataset: &'static Dataset,
    /// The current view's share-link query, asked when the reader saves
    /// (a plain value would re-render the shelf on every slider step).
    pub query: Callback<(), String>,
    /// Loads a saved scenario: its name and query.
    pub on_load: Callback<(String, String)>,
}

/// What the last action did, for the status line.
#[derive(Clone, PartialEq)]
enum Status {
    None,
    Done(String),
    Failed(String),
    /// A scenario was deleted; the line offers Undo until the next action.
    Deleted {
        message: String,
        index: usize,
        item: Saved,
    },
}

/// The library, its store, and the state of the panel.
struct Shelf {
    store: Box<dyn KeyValue>,
    library: Library,
    /// Problems found when the library was read, shown until dismissed
    /// (in the page's language at the time).
    problems: Vec<Note>,
    status: Status,
    /// Indices of the scenarios ticked for comparison, in the order ticked.
    compare: Vec<usize>,
    /// The index being renamed.
    renaming: Option<usize>,
    /// Keeps a file being read alive.
    reader: Option<FileReader>,
    /// The element to focus once the panel has re-rendered: an action
    /// leaves the keyboard where its result is (the rename field, the row
    /// after a deleted one), never on `<body>`.
    focus: Option<String>,
}

/// A saved query is valid when the share-link decoder reads it whole.
fn validator(ds: &'static Dataset) -> impl Fn(&str) -> Result<(), Note> {
    move |q: &str| {
        let d = share::decode(ds, q);
        match d.notices.into_iter().next() {
            None => Ok(()),
            Some(n) => Err(n.message),
        }
    }
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// "2026-11-27 14:05" in the reader's time zone is not worth a locale
/// library; UTC with its name is unambiguous.
fn when(ms: f64) -> String {
    let iso: String = js_sys::Date::new(&ms.into()).to_iso_string().into();
    format!(
        "{} UTC",
        iso.get(..16).unwrap_or_default().replace('T', " ")
    )
}

impl Shelf {
    fn open(ds: &'static Dataset) -> Shelf {
        // The prerendered page shows the empty shelf, not a blocked storage's
        // warning: natively there is no localStorage to ask.
        #[cfg(not(target_arch = "wasm32"))]
        let store: Box<dyn KeyValue> = Box::new(crate::saved::MemoryStore::default());
        #[cfg(target_arch = "wasm32")]
        let store: Box<dyn KeyValue> = Box::new(super::storage::BrowserStore::open());
        let (library, problems) = Library::open(store.as_ref(), &validator(ds));
        Shelf {
            store,
            library,
            problems,
            status: Status::None,
            compare: Vec::new(),
            renaming: None,
            reader: None,
            focus: None,
        }
    }

    /// Reads the library again (another tab changed it); the comparison and
    /// any rename in progress are dropped, as indices may have moved.
    fn reopen(&mut self, ds: &'static Dataset) {
        let (library, problems) = Library::open(self.store.as_ref(), &validator(ds));
        self.library = library;
        self.problems = problems;
        self.compare.clear();
        self.renaming = None;
    }

    /// The outcome of a change as the status line says it; a library
    /// changed in another tab is read again, so the user can simply retry.
    fn outcome<T>(
        &mut self,
        l: &Locale,
        ds: &'static Dataset,
        r: Result<T, LibraryError>,
        done: impl FnOnce(&Self, T) -> String,
    ) -> Status {
        match r {
            Ok(v) => Status::Done(done(self, v)),
            Err(LibraryError::ChangedElsewhere) => {
                self.reopen(ds);
                Status::Failed(
                    l.tr("Your saved scenarios were changed in another tab or window, so nothing was changed here; the list below is now up to date, so try again.")
                        .to_string(),
                )
            }
            Err(e) => Status::Failed(e.note().text(l)),
        }
    }

    /// Keeps the comparison pointing at the same scenarios after a delete.
    fn removed(&mut self, i: usize) {
        self.compare.retain(|&c| c != i);
        for c in &mut self.compare {
            if *c > i {
                *c -= 1;
            }
        }
        self.renaming = None;
    }
}

/// Runs changes on the shelf and re-renders the panel.
#[derive(Clone)]
struct Runner {
    shelf: Rc<RefCell<Shelf>>,
    update: UseForceUpdateHandle,
}

impl Runner {
    /// A closure that runs `f` on the shelf and re-renders.
    fn with(&self, f: Rc<dyn Fn(&mut Shelf)>) -> impl Fn() + Clone + 'static {
        let shelf = self.shelf.clone();
        let update = self.update.clone();
        move || {
            f(&mut shelf.borrow_mut());
            update.force_update();
        }
    }

    /// A button's click that runs `f` on the shelf.
    fn click(&self, f: Rc<dyn Fn(&mut Shelf)>) -> Callback<MouseEvent> {
        let run = self.with(f);
        Callback::from(move |_: MouseEvent| run())
    }
}

/// The shelf for the panel's life, read again when another tab saved or
/// deleted, so the panel shows that tab's list, not a stale one.
#[hook]
fn use_shelf(ds: &'static Dataset) -> Runner {
    let shelf = use_mut_ref(|| Shelf::open(ds));
    let update = use_force_update();
    {
        let shelf = shelf.clone();
        let update = update.clone();
        use_effect_with((), move |_| {
            let listener = crate::ui::window().map(|w| {
                EventListener::new(&w, "storage", move |e| {
                    let ours = e
                        .dyn_ref::<web_sys::StorageEvent>()
                        .and_then(|e| e.key())
                        .is_none_or(|k| k == saved::KEY);
                    if ours {
                        shelf.borrow_mut().reopen(ds);
                        update.force_update();
                    }
                })
            });
            move || drop(listener)
        });
    }
    Runner { shelf, update }
}

/// Save: the current `query` under the name typed in `name_ref` (cleared
/// once saved).
fn on_save(
    run: &Runner,
    l: &Locale,
    ds: &'static Dataset,
    query: Callback<(), String>,
    name_ref: NodeRef,
) -> Callback<SubmitEvent> {
    let l = l.clone();
    let run = run.with(Rc::new(move |s: &mut Shelf| {
        let input = name_ref.cast::<HtmlInputElement>();
        let name = input.as_ref().map(|i| i.value()).unwrap_or_default();
        let r = s
            .library
            .save(s.store.as_ref(), &name, &query.emit(()), now());
        if r.is_ok()
            && let Some(input) = &input
        {
            input.set_value("");
        }
        s.status = s.outcome(&l, ds, r, |s, i| {
            l.trf("Saved as “{}”.", &[&s.library.items()[i].name])
        });
    }));
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        run()
    })
}

/// Import: the size is checked before anything is read.
fn on_import(run: &Runner, l: &Locale, ds: &'static Dataset) -> Callback<Event> {
    let l = l.clone();
    let shelf = run.shelf.clone();
    let run = run.with(Rc::new(|_: &mut Shelf| {}));
    Callback::from(move |e: Event| {
        let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let file = gloo::file::File::from(file);
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as u64 {
            shelf.borrow_mut().status = Status::Failed(l.trf(
                "“{}” was not imported because it is {} KB and a scenarios file is at most {} KB.",
                &[&name, &(file.size() / 1000), &(MAX_FILE_BYTES / 1000)],
            ));
            run();
            return;
        }
        let done = {
            let l = l.clone();
            let shelf = shelf.clone();
            let run = run.clone();
            move |read: Result<Vec<u8>, gloo::file::FileReadError>| {
                {
                    let mut s = shelf.borrow_mut();
                    s.reader = None;
                    s.status = imported(&l, ds, &mut s, &name, read);
                }
                run();
            }
        };
        let reader = gloo::file::callbacks::read_as_bytes(&file, done);
        shelf.borrow_mut().reader = Some(reader);
    })
}

/// Imports the bytes read from the file `name` (or says why it could not be
/// read) and says how it went.
fn imported(
    l: &Locale,
    ds: &'static Dataset,
    s: &mut Shelf,
    name: &str,
    read: Result<Vec<u8>, gloo::file::FileReadError>,
) -> Status {
    match read {
        Err(e) => {
            gloo::console::error!(format!("reading {name} failed: {e}"));
            Status::Failed(l.trf("“{}” could not be read, so nothing was changed.", &[&name]))
        }
        Ok(bytes) => {
            let Shelf { store, library, .. } = s;
            match library.import(store.as_ref(), &bytes, &validator(ds), now()) {
                Ok(1) => Status::Done(l.trf("Imported 1 scenario from “{}”.", &[&name])),
                Ok(n) => Status::Done(l.trf("Imported {} scenarios from “{}”.", &[&n, &name])),
                Err(e) => Status::Failed(
                    Note::new("“{}”: {}", [Arg::text(name), Arg::from(e.note())]).text(l),
                ),
            }
        }
    }
}

/// The form that renames scenario `i` (shown while it is being renamed).
fn rename_form(run: &Runner, l: &Locale, ds: &'static Dataset, i: usize, item: &Saved) -> Html {
    let field = NodeRef::default();
    let submit = {
        let l = l.clone();
        let field = field.clone();
        let run = run.with(Rc::new(move |s: &mut Shelf| {
            let name = field
                .cast::<HtmlInputElement>()
                .map(|f| f.value())
                .unwrap_or_default();
            let r = s.library.rename(s.store.as_ref(), i, &name);
            if r.is_ok() {
                s.renaming = None;
                s.focus = Some(format!("saved-rename-{i}"));
            }
            s.status = s.outcome(&l, ds, r, |s, ()| {
                l.trf("Renamed to “{}”.", &[&s.library.items()[i].name])
            });
        }));
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            run()
        })
    };
    let cancel = run.click(Rc::new(move |s: &mut Shelf| {
        s.renaming = None;
        s.focus = Some(format!("saved-rename-{i}"));
    }));
    html! {
        <form class="rename" onsubmit={submit}>
            <label for={format!("saved-rename-input-{i}")}>{ l.tr("New name") }</label>
            <input type="text" id={format!("saved-rename-input-{i}")} value={item.name.clone()} ref={field} maxlength="80" />
            <button type="submit" id={format!("saved-rename-ok-{i}")}>{ l.tr("Rename") }</button>
            <button type="button" id={format!("saved-rename-cancel-{i}")} onclick={cancel}>{ l.tr("Cancel") }</button>
        </form>
    }
}

/// Ticks or unticks scenario `i` for comparison (at most [`COMPARE_MAX`]).
fn toggle_compare(s: &mut Shelf, i: usize) {
    if let Some(at) = s.compare.iter().position(|&c| c == i) {
        s.compare.remove(at);
    } else if s.compare.len() < COMPARE_MAX {
        s.compare.push(i);
    }
}

/// What the panel needs to draw one saved scenario's row.
struct RowCtx<'a> {
    run: &'a Runner,
    l: &'a Locale,
    ds: &'static Dataset,
    s: &'a Shelf,
    on_load: &'a Callback<(String, String)>,
}

/// Saved scenario `i`: its compare tick, name, date, actions and, while it
/// is renamed, the rename form.
fn saved_row(c: &RowCtx, i: usize, item: &Saved) -> Html {
    let RowCtx { run, l, ds, s, .. } = *c;
    let load = {
        let on_load = c.on_load.clone();
        let (name, query) = (item.name.clone(), item.query.clone());
        Callback::from(move |_: MouseEvent| on_load.emit((name.clone(), query.clone())))
    };
    let duplicate = {
        let l = l.clone();
        run.click(Rc::new(move |s: &mut Shelf| {
            let r = s.library.duplicate(s.store.as_ref(), i, now());
            s.status = s.outcome(&l, ds, r, |s, j| {
                l.trf("Duplicated as “{}”.", &[&s.library.items()[j].name])
            });
        }))
    };
    let delete = {
        let l = l.clone();
        run.click(Rc::new(move |s: &mut Shelf| {
            let r = s.library.delete(s.store.as_ref(), i);
            if r.is_ok() {
                s.removed(i);
            }
            s.status = match r {
                Ok(gone) => {
                    // The keyboard stays in the list: on the row that took
                    // this one's place, the one before, or Undo.
                    let n = s.library.items().len();
                    s.focus = Some(if n == 0 {
                        UNDO_DELETE.to_string()
                    } else {
                        format!("saved-delete-{}", i.min(n - 1))
                    });
                    Status::Deleted {
                        message: l.trf("Deleted “{}”.", &[&gone.name]),
                        index: i,
                        item: gone,
                    }
                }
                Err(e) => s.outcome(&l, ds, Err::<(), _>(e), |_, ()| String::new()),
            };
        }))
    };
    let start_rename = run.click(Rc::new(move |s: &mut Shelf| {
        s.renaming = Some(i);
        s.focus = Some(format!("saved-rename-input-{i}"));
    }));
    let ticked = s.compare.contains(&i);
    let toggle = {
        let run = run.with(Rc::new(move |s: &mut Shelf| toggle_compare(s, i)));
        Callback::from(move |_: Event| run())
    };
    let rename = if s.renaming == Some(i) {
        rename_form(run, l, ds, i, item)
    } else {
        html! {}
    };
    let one = Rc::new(saved::export_file(std::slice::from_ref(item)));
    html! {
        <li class="saved-item" id={format!("saved-{i}")}>
            <div class="saved-head">
                // The name is the checkbox's label and its hit area.
                <label class="saved-name">
                    <input type="checkbox" id={format!("saved-compare-{i}")} checked={ticked}
                        disabled={!ticked && s.compare.len() >= COMPARE_MAX} onchange={toggle} />
                    <span class="saved-name-text">{ item.name.clone() }</span>
                </label>
                <span class="saved-when">{ when(item.saved_at) }</span>
            </div>
            <div class="saved-actions">
                <button type="button" id={format!("saved-load-{i}")} onclick={load}>{ l.tr("Load") }</button>
                <button type="button" id={format!("saved-rename-{i}")} onclick={start_rename} disabled={!s.library.writable()}>{ l.tr("Rename") }</button>
                <button type="button" id={format!("saved-duplicate-{i}")} onclick={duplicate} disabled={!s.library.writable()}>{ l.tr("Duplicate") }</button>
                <button type="button" id={format!("saved-delete-{i}")} onclick={delete} disabled={!s.library.writable()}>{ l.tr("Delete") }</button>
                <DownloadLink id={format!("saved-export-{i}")} text={one} mime="application/json"
                    file_name={format!("scenario-{}.json", i + 1)} label={l.tr("Export")} />
            </div>
            { rename }
        </li>
    }
}

/// The ticked scenarios, decoded, in the order ticked.
fn compared(ds: &'static Dataset, s: &Shelf) -> Vec<Compared> {
    let items = s.library.items();
    s.compare
        .iter()
        .filter_map(|&i| items.get(i))
        .map(|item| Compared {
            name: item.name.clone(),
            assumptions: share::decode(ds, &item.query).state.assumptions,
        })
        .collect()
}

/// The id of the status line's Undo button after a delete.
const UNDO_DELETE: &str = "saved-undo-delete";

/// The status line's content; after a delete, with its Undo.
fn status_line(run: &Runner, l: &Locale, ds: &'static Dataset, status: &Status) -> Html {
    match status {
        Status::None => html! {},
        Status::Done(m) => html! { <p class="saved-done">{ m.clone() }</p> },
        Status::Failed(m) => html! { <p class="saved-failed" role="alert">{ m.clone() }</p> },
        Status::Deleted { message, .. } => {
            let l2 = l.clone();
            let undo = run.click(Rc::new(move |s: &mut Shelf| {
                let Status::Deleted { index, item, .. } = s.status.clone() else {
                    return;
                };
                let r = s.library.restore(s.store.as_ref(), index, item);
                if let Ok(at) = r {
                    s.focus = Some(format!("saved-load-{at}"));
                }
                s.status = s.outcome(&l2, ds, r, |s, at| {
                    l2.trf("Restored “{}”.", &[&s.library.items()[at].name])
                });
            }));
            html! {
                <p class="saved-done">
                    { message.clone() }{ " " }
                    <button type="button" id={UNDO_DELETE} onclick={undo}>{ l.tr("Undo") }</button>
                </p>
            }
        }
    }
}

/// Moves the keyboard focus to the element an action asked for, once the
/// panel shows it (selecting a text field's text, as a rename expects).
fn take_focus(shelf: &Rc<RefCell<Shelf>>) {
    let Some(id) = shelf.borrow_mut().focus.take() else {
        return;
    };
    let el = crate::ui::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&id));
    if let Some(input) = el
        .clone()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    {
        let _ = input.focus();
        input.select();
    } else if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// See the module docs.
#[function_component(SavedPanel)]
pub fn saved_panel(p: &SavedPanelProps) -> Html {
    let ds = p.dataset;
    let prefs = use_prefs();
    let l = prefs.locale.clone();
    let run = use_shelf(ds);
    let name_ref = use_node_ref();
    let on_save = on_save(&run, &l, ds, p.query.clone(), name_ref.clone());
    let dismiss = run.click(Rc::new(|s: &mut Shelf| s.problems.clear()));
    let on_import = on_import(&run, &l, ds);

    let s = run.shelf.borrow();
    let items = s.library.items();
    let ctx = RowCtx {
        run: &run,
        l: &l,
        ds,
        s: &s,
        on_load: &p.on_load,
    };
    let rows = items
        .iter()
        .enumerate()
        .map(|(i, item)| saved_row(&ctx, i, item));
    let compared = compared(ds, &s);
    let all = Rc::new(saved::export_file(items));
    let status = status_line(&run, &l, ds, &s.status);
    {
        // After every render: the element an action asked to focus is there now.
        let shelf = run.shelf.clone();
        use_effect(move || take_focus(&shelf));
    }
    html! {
        <section class="card" id="saved" aria-labelledby="saved-title">
            <h2 id="saved-title">{ l.tr("Your scenarios") }</h2>
            <p class="sub">{ l.tr("Save the assumptions on screen under a name, come back to them later in this browser, or compare two to four side by side. Files exported here can be imported in any browser.") }</p>
            if !s.problems.is_empty() {
                <aside class="notice" id="saved-problems" role="status">
                    <ul>{ for s.problems.iter().map(|m| html! { <li>{ m.text(&l) }</li> }) }</ul>
                    <button type="button" onclick={dismiss}>{ l.tr("Dismiss") }</button>
                </aside>
            }
            if s.library.persistence() == Persistence::SessionOnly {
                <p class="saved-failed" id="saved-session-only">{ l.tr("This browser does not let the page keep data, so scenarios saved now last only until the page closes unless you export them.") }</p>
            }
            <form class="save-form" onsubmit={on_save}>
                <label for="save-name">{ l.tr("Name") }</label>
                <input type="text" id="save-name" ref={name_ref} maxlength="80" placeholder={l.tr("e.g. Douyin ×8, slower after 2022")} />
                <button type="submit" id="save-scenario" disabled={!s.library.writable()}>{ l.tr("Save current assumptions") }</button>
            </form>
            <div id="saved-status" aria-live="polite">{ status }</div>
            if items.is_empty() {
                <p class="saved-empty">{ l.tr("No saved scenarios yet.") }</p>
            } else {
                <ul class="saved-list" id="saved-list">{ for rows }</ul>
            }
            <p class="saved-files">
                if !items.is_empty() {
                    <DownloadLink id="saved-export-all" text={all} mime="application/json"
                        file_name="live-commerce-scenarios.json" label={l.tr("Export all (JSON)")} />
                    { " · " }
                }
                <label for="saved-import">{ l.tr("Import a scenarios file: ") }</label>
                <input type="file" id="saved-import" accept=".json,application/json" onchange={on_import} disabled={!s.library.writable()} />
            </p>
            if compared.len() >= 2 {
                <CompareView dataset={ds} items={Rc::new(compared)} />
            } else if !items.is_empty() {
                <p class="saved-hint">{ l.tr("Tick two to four scenarios to compare them.") }</p>
            }
        </section>
    }
}

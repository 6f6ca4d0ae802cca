//! What happens to the view when the user acts: every change to the
//! assumptions goes through [`Session::apply`], which keeps undo history,
//! notes what was adjusted, and says how the address bar should follow.
//!
//! Pure (no browser types), so undo, redo, slider coalescing, links and
//! loading are tested natively; the UI only forwards events and renders.

use crate::data::Dataset;
use crate::history::History;
use crate::locale::{Arg, DisplayPrefs, Locale, Note};
use crate::panels::PanelId;
use crate::scenario::Assumptions;
use crate::share::{self, Tab, ViewState};
use serde::{Deserialize, Serialize};

/// A change to the assumptions, as plain data ([`Assumptions::apply`]).
pub use crate::views::Edit;

/// How many undo steps are kept.
pub const UNDO_DEPTH: usize = 200;

/// How the address bar follows a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A new history entry: Back returns to the view before.
    Push,
    /// The current entry is overwritten (a slider being dragged).
    Replace,
}

/// What the user did: plain data, so a session can be logged, compared
/// and replayed (see `tests/session.rs`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Action {
    /// A discrete edit (a button, a preset, a typed value): one undo step.
    Edit(Edit),
    /// A slider moved; moves of the same slider until [`Action::Seal`] are
    /// one undo step.
    Slide(String, Edit),
    /// The slider was released.
    Seal,
    /// A chart panel's view (Chart, Table, Sources) was chosen.
    Tab(PanelId, Tab),
    /// A legend entry of a chart panel was shown or hidden: `series` is its
    /// slug (`charts::SeriesKey::slug`). Like a tab, a new address-bar
    /// entry and never an undo step; a slug the panel's chart never has
    /// (`PanelId::legend_slugs`) changes nothing.
    Series {
        panel: PanelId,
        series: String,
        shown: bool,
    },
    Undo,
    Redo,
    /// Back to the article's assumptions, one undo step. Field by field:
    /// the scenario, preset (the article's ×5–6), the reader's own set
    /// (forgotten), the reading (corrected), the industry's log scale (on),
    /// the tornado's output (industry in 2025) and the growth span
    /// (2019–2025) go back to the article's view; the series the projection
    /// explorer shows is kept, and so are the tabs, the hidden legend
    /// entries, the language and currency, and the notices (none of them
    /// is an assumption).
    Reset,
    /// The address bar changed (Back, Forward): the query it now holds.
    Navigate(String),
    /// A saved scenario (its name and share-link query) was loaded.
    Load(String, String),
    /// The notices were dismissed.
    Dismiss,
    /// The language, currency or exchange rate was chosen: a new address-bar
    /// entry (Back returns to the previous display), never an undo step.
    Display(DisplayPrefs),
}

/// The view, its undo history and the notices shown above it.
#[derive(Clone, Debug)]
pub struct Session {
    pub view: ViewState,
    history: History<Assumptions>,
    /// Values ignored or adjusted, one sentence each, until dismissed; the
    /// page writes them in the reader's language (`Note::text`), `Display`
    /// gives the English.
    pub notes: Vec<Note>,
    /// The saved scenario last loaded, while the assumptions are still its.
    loaded: Option<(String, Assumptions)>,
}

impl Session {
    /// The view a page address gives: its query decoded, with a notice for
    /// every field that was ignored or adjusted.
    pub fn from_query(ds: &Dataset, query: &str) -> Session {
        let decoded = share::decode(ds, query);
        Session {
            view: decoded.state,
            history: History::new(UNDO_DEPTH),
            notes: link_notes(&decoded.notices),
            loaded: None,
        }
    }

    /// The view's share-link query.
    pub fn query(&self, ds: &Dataset) -> String {
        share::encode(ds, &self.view)
    }

    pub fn assumptions(&self) -> &Assumptions {
        &self.view.assumptions
    }

    /// The language, currency and rate the link holds.
    pub fn display(&self) -> DisplayPrefs {
        self.view.display
    }

    /// The locale to write the page in: the link's language, or the first of
    /// the browser's preferred languages (`navigator.languages`) the app speaks.
    pub fn locale<S: AsRef<str>>(&self, browser_langs: &[S]) -> Locale {
        self.view.locale(browser_langs)
    }

    /// The chart shown alone (`?embed=`), if any.
    pub fn embed(&self) -> Option<&str> {
        self.view.embed.as_deref()
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The name of the saved scenario on screen, if it is unchanged.
    pub fn loaded_name(&self) -> Option<&str> {
        match &self.loaded {
            Some((name, a)) if *a == self.view.assumptions => Some(name),
            _ => None,
        }
    }

    fn note(&mut self, notes: impl IntoIterator<Item = Note>) {
        for n in notes {
            if !self.notes.contains(&n) {
                self.notes.push(n);
            }
        }
    }

    /// Replaces the assumptions with `next` (sanitised), as one undo step
    /// unless `key` continues the current slider drag. False if nothing changed.
    fn change(&mut self, next: Assumptions, key: Option<&str>) -> bool {
        let (next, notes) = next.checked();
        self.note(notes);
        if next == self.view.assumptions {
            return false;
        }
        let before = std::mem::replace(&mut self.view.assumptions, next);
        self.history.record(before, key);
        true
    }

    /// Applies `action`; returns how the address bar should follow, or
    /// `None` when the view did not change.
    pub fn apply(&mut self, ds: &Dataset, action: Action) -> Option<Entry> {
        match action {
            Action::Edit(e) => {
                self.history.seal();
                let mut next = self.view.assumptions.clone();
                let note = next.apply(ds, &e);
                self.note(note);
                self.change(next, None).then_some(Entry::Push)
            }
            Action::Slide(key, e) => {
                let mut next = self.view.assumptions.clone();
                let note = next.apply(ds, &e);
                self.note(note);
                self.change(next, Some(&key)).then_some(Entry::Replace)
            }
            Action::Seal => {
                self.history.seal();
                None
            }
            Action::Tab(panel, tab) => {
                let panel = panel.slug();
                let old = if tab == Tab::Chart {
                    self.view.tabs.remove(panel)
                } else {
                    self.view.tabs.insert(panel.to_string(), tab)
                };
                (old.unwrap_or(Tab::Chart) != tab).then_some(Entry::Push)
            }
            Action::Series {
                panel,
                series,
                shown,
            } => {
                if !panel.legend_slugs(ds).contains(&series) {
                    return None;
                }
                self.view
                    .set_shown(panel.slug(), &series, shown)
                    .then_some(Entry::Push)
            }
            Action::Undo => {
                self.history.seal();
                let current = self.view.assumptions.clone();
                let prev = self.history.undo(current)?;
                self.view.assumptions = prev;
                Some(Entry::Push)
            }
            Action::Redo => {
                self.history.seal();
                let current = self.view.assumptions.clone();
                let next = self.history.redo(current)?;
                self.view.assumptions = next;
                Some(Entry::Push)
            }
            Action::Reset => {
                self.history.seal();
                let mut next = Assumptions::article(ds);
                // Settings of the page, not assumptions: keep them.
                next.page.focus = self.view.assumptions.page.focus;
                self.change(next, None).then_some(Entry::Push)
            }
            Action::Navigate(query) => {
                self.history.seal();
                let decoded = share::decode(ds, &query);
                self.note(link_notes(&decoded.notices));
                self.view.tabs = decoded.state.tabs;
                self.view.hidden = decoded.state.hidden;
                self.view.display = decoded.state.display;
                self.view.embed = decoded.state.embed;
                self.change(decoded.state.assumptions, None);
                // The address bar already shows this view.
                None
            }
            Action::Load(name, query) => {
                self.history.seal();
                let decoded = share::decode(ds, &query);
                self.note(decoded.notices.iter().map(|n| {
                    Note::new(
                        "Saved scenario “{}”: {}",
                        [name.as_str().into(), n.message.clone().into()],
                    )
                }));
                let changed = self.change(decoded.state.assumptions, None);
                self.loaded = Some((name, self.view.assumptions.clone()));
                changed.then_some(Entry::Push)
            }
            Action::Dismiss => {
                self.notes.clear();
                None
            }
            Action::Display(d) => {
                let (d, note) = d.checked();
                self.note(note);
                if d == self.view.display {
                    return None;
                }
                self.view.display = d;
                Some(Entry::Push)
            }
        }
    }
}

/// Notices about a link, as the page lists them.
fn link_notes(notices: &[share::Notice]) -> Vec<Note> {
    notices
        .iter()
        .map(|n| Note::new("Link: {}", [Arg::from(n.message.clone())]))
        .collect()
}

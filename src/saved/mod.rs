//! Saved scenarios: a named library kept in localStorage, and the JSON file it is exported to and imported from.
//!
//! Each scenario is kept as the share-link query of its state, so the library
//! never depends on the assumptions' Rust types: the caller passes the share
//! codec's check as `validate`. The one rule above all others is that nothing
//! the page could not read is ever overwritten or silently dropped:
//! - storage that cannot be read at all (blocked) is never written; the
//!   library then works for this page only ([`Persistence::SessionOnly`]);
//! - a stored document that does not parse is first copied to a backup key,
//!   and if that copy fails nothing is written ([`Persistence::ReadOnly`]);
//! - a stored document from a newer version is left alone (read-only);
//! - entries that do not pass `validate` are set aside and written back
//!   as they were on every save, until the user discards them;
//! - a write checks that the stored document is still the one this page last
//!   read or wrote, so a second tab's changes are not lost.
//!
//! Every change is one `set` of the whole document, made before the list in
//! memory changes: a refused write leaves both as they were.

mod error;
mod file;
mod name;
mod store;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::locale::{Arg, Note};

pub use error::{ImportError, LibraryError};
pub use file::{
    FORMAT, MAX_FILE_BYTES, MAX_QUERY_BYTES, MAX_SCENARIOS, VERSION, export_file, parse_file,
};
pub use name::{MAX_NAME_CHARS, UNTITLED, clean_name, copy_name, unique_name};
pub use store::{KeyValue, MemoryStore, StoreError};

use file::{DocError, DocOut, read_doc, read_entry};

/// Where the library lives in localStorage.
pub const KEY: &str = "lce.scenarios.v1";
/// Where unreadable data is copied before anything overwrites it; when taken
/// (by different data), `.2`, `.3`… up to [`MAX_BACKUPS`] are tried.
pub const BACKUP_KEY: &str = "lce.scenarios.v1.backup";
pub const MAX_BACKUPS: usize = 20;

/// Problems about set-aside entries named one by one before summing up.
const NAMED_PROBLEMS: usize = 5;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    pub name: String,
    /// The share-link query of the scenario's state.
    pub query: String,
    /// Milliseconds since the epoch, as the caller's clock gave them.
    #[serde(default, serialize_with = "whole_ms")]
    pub saved_at: f64,
}

/// Writes `Date.now()`'s whole milliseconds without a trailing `.0`.
fn whole_ms<S: serde::Serializer>(t: &f64, s: S) -> Result<S::Ok, S::Error> {
    if t.fract() == 0.0 && t.abs() < 9.0e15 {
        s.serialize_i64(*t as i64)
    } else {
        s.serialize_f64(*t)
    }
}

/// Where changes go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// To the store.
    Stored,
    /// The store could not be read, so it is never written: the library
    /// works in memory until the page closes (export keeps it).
    SessionOnly,
    /// The store holds data this page cannot read and could not back up:
    /// every change fails with [`LibraryError::ReadOnly`].
    ReadOnly,
}

/// A stored entry that could not be opened (its query fails `validate`, or
/// it is malformed). Kept as it was in storage; it comes back by itself if a
/// later version of the app accepts it.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    pub name: Option<String>,
    /// Why, for the reader.
    pub reason: Note,
    raw: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Library {
    items: Vec<Saved>,
    set_aside: Vec<SetAside>,
    persistence: Persistence,
    /// Why saving is off, as a clause, when it is.
    read_only_why: Note,
    /// What [`KEY`] held when this page last read or wrote it.
    seen: Option<String>,
}

impl Library {
    /// An empty library that keeps its changes in memory, for a page that has
    /// no storage at all.
    pub fn in_memory() -> Self {
        Self::empty(Persistence::SessionOnly)
    }

    fn empty(persistence: Persistence) -> Self {
        Library {
            items: Vec::new(),
            set_aside: Vec::new(),
            persistence,
            read_only_why: Note::plain(""),
            seen: None,
        }
    }

    fn read_only(why: Note) -> Self {
        Library {
            read_only_why: why,
            ..Self::empty(Persistence::ReadOnly)
        }
    }

    /// Reads the library. Problems (unavailable storage, corrupt JSON, wrong
    /// schema, entries that fail `validate`) come back as one sentence each
    /// for the page to show once, in its language; opening itself never
    /// fails.
    pub fn open(
        store: &dyn KeyValue,
        validate: &dyn Fn(&str) -> Result<(), Note>,
    ) -> (Library, Vec<Note>) {
        let raw = match store.get(KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return (Self::empty(Persistence::Stored), Vec::new()),
            Err(e) => {
                let problem = Note::new(
                    "Saved scenarios cannot be kept in this browser because {}, so those you save last only until this page is closed unless you export them to a file.",
                    [e.note().clause()],
                );
                return (Self::in_memory(), vec![problem]);
            }
        };
        let reason = match read_doc(&raw) {
            Ok(doc) => return Self::from_doc(raw, doc.scenarios, doc.set_aside, validate),
            Err(DocError::Newer(_)) => {
                let problem = Note::new(
                    "Your saved scenarios come from a newer version of this app, so they are left as they are and saving is turned off on this page.",
                    [],
                );
                let lib = Self::read_only(Note::new(
                    "your saved scenarios come from a newer version of this app and saving here would overwrite them",
                    [],
                ));
                return (lib, vec![problem]);
            }
            Err(DocError::NotJson(_)) => Note::new("the stored text is damaged", []),
            Err(DocError::NotOurs) => Note::new("it is not a list of scenarios", []),
            Err(DocError::Schema(what)) => what,
        };
        match back_up(store, &raw) {
            Ok(_) => {
                let problem = Note::new(
                    "Your saved scenarios could not be read ({}), so they were kept aside in this browser and the list starts empty.",
                    [reason.clause()],
                );
                let lib = Library {
                    seen: Some(raw),
                    ..Self::empty(Persistence::Stored)
                };
                (lib, vec![problem])
            }
            Err(e) => {
                let problem = Note::new(
                    "Your saved scenarios could not be read ({}) or kept aside ({}), so saving is turned off on this page to keep them from being overwritten.",
                    [reason.clause(), e.note().clause()],
                );
                let lib = Self::read_only(Note::new(
                    "your saved scenarios could not be read or kept aside and saving would overwrite them",
                    [],
                ));
                (lib, vec![problem])
            }
        }
    }

    fn from_doc(
        raw: String,
        scenarios: Vec<Value>,
        set_aside: Vec<Value>,
        validate: &dyn Fn(&str) -> Result<(), Note>,
    ) -> (Library, Vec<Note>) {
        let mut lib = Library {
            seen: Some(raw),
            ..Self::empty(Persistence::Stored)
        };
        for value in scenarios.into_iter().chain(set_aside) {
            match read_entry(&value, validate, 0.0) {
                Ok(mut item) => {
                    item.name = unique_name(&item.name, |n| lib.has_name(n, None));
                    lib.items.push(item);
                }
                Err(e) => lib.set_aside.push(SetAside {
                    name: e.name,
                    reason: e.reason,
                    raw: value,
                }),
            }
        }
        let mut problems: Vec<Note> = lib
            .set_aside
            .iter()
            .take(NAMED_PROBLEMS)
            .map(|s| match &s.name {
                Some(n) => Note::new(
                    "The saved scenario “{}” could not be opened ({}) and was set aside, where it stays in storage.",
                    [Arg::text(n), s.reason.clone().clause()],
                ),
                None => Note::new(
                    "A saved scenario without a name could not be opened ({}) and was set aside, where it stays in storage.",
                    [s.reason.clone().clause()],
                ),
            })
            .collect();
        if lib.set_aside.len() > NAMED_PROBLEMS {
            problems.push(Note::new(
                "{} more saved scenarios could not be opened and were set aside, where they stay in storage.",
                [Arg::text(lib.set_aside.len() - NAMED_PROBLEMS)],
            ));
        }
        (lib, problems)
    }

    pub fn items(&self) -> &[Saved] {
        &self.items
    }

    /// Whether changes are allowed (stored or in memory).
    pub fn writable(&self) -> bool {
        self.persistence != Persistence::ReadOnly
    }

    pub fn persistence(&self) -> Persistence {
        self.persistence
    }

    /// Stored entries that could not be opened.
    pub fn set_aside(&self) -> &[SetAside] {
        &self.set_aside
    }

    /// Deletes the set-aside entries from storage, on the user's word only.
    /// Returns how many there were.
    pub fn discard_set_aside(&mut self, store: &dyn KeyValue) -> Result<usize, LibraryError> {
        self.check_writable()?;
        let n = self.set_aside.len();
        if n > 0 {
            self.commit(store, self.items.clone(), Vec::new())?;
        }
        Ok(n)
    }

    /// Saves a new scenario at the end of the list; returns its index. The
    /// name is cleaned ([`clean_name`]) and made unique with " (2)"…
    pub fn save(
        &mut self,
        store: &dyn KeyValue,
        name: &str,
        query: &str,
        now: f64,
    ) -> Result<usize, LibraryError> {
        self.check_writable()?;
        let name = clean_name(name);
        if name.is_empty() {
            return Err(LibraryError::EmptyName);
        }
        if query.len() > MAX_QUERY_BYTES {
            return Err(LibraryError::TooLong(query.len()));
        }
        if self.items.len() >= MAX_SCENARIOS {
            return Err(LibraryError::TooMany);
        }
        let mut items = self.items.clone();
        items.push(Saved {
            name: unique_name(&name, |n| self.has_name(n, None)),
            query: query.to_owned(),
            saved_at: time(now),
        });
        self.commit_items(store, items)?;
        Ok(self.items.len() - 1)
    }

    /// Renames a scenario; the new name is cleaned and made unique among the
    /// others, so read it back from [`Library::items`].
    pub fn rename(
        &mut self,
        store: &dyn KeyValue,
        index: usize,
        name: &str,
    ) -> Result<(), LibraryError> {
        self.check_writable()?;
        self.check_index(index)?;
        let name = clean_name(name);
        if name.is_empty() {
            return Err(LibraryError::EmptyName);
        }
        let name = unique_name(&name, |n| self.has_name(n, Some(index)));
        if name == self.items[index].name {
            return Ok(());
        }
        let mut items = self.items.clone();
        items[index].name = name;
        self.commit_items(store, items)
    }

    /// Copies a scenario as "name (copy)" right after it; returns the copy's
    /// index.
    pub fn duplicate(
        &mut self,
        store: &dyn KeyValue,
        index: usize,
        now: f64,
    ) -> Result<usize, LibraryError> {
        self.check_writable()?;
        self.check_index(index)?;
        if self.items.len() >= MAX_SCENARIOS {
            return Err(LibraryError::TooMany);
        }
        let original = &self.items[index];
        let copy = Saved {
            name: copy_name(&original.name, |n| self.has_name(n, None)),
            query: original.query.clone(),
            saved_at: time(now),
        };
        let mut items = self.items.clone();
        items.insert(index + 1, copy);
        self.commit_items(store, items)?;
        Ok(index + 1)
    }

    pub fn delete(&mut self, store: &dyn KeyValue, index: usize) -> Result<Saved, LibraryError> {
        self.check_writable()?;
        self.check_index(index)?;
        let mut items = self.items.clone();
        let removed = items.remove(index);
        self.commit_items(store, items)?;
        Ok(removed)
    }

    /// Puts a deleted scenario back (Undo): at `index`, or at the end when
    /// the list is shorter now, with its name (made unique if another took
    /// it meanwhile), link and time. Returns where it went.
    pub fn restore(
        &mut self,
        store: &dyn KeyValue,
        index: usize,
        item: Saved,
    ) -> Result<usize, LibraryError> {
        self.check_writable()?;
        if self.items.len() >= MAX_SCENARIOS {
            return Err(LibraryError::TooMany);
        }
        let at = index.min(self.items.len());
        let mut items = self.items.clone();
        items.insert(
            at,
            Saved {
                name: unique_name(&item.name, |n| self.has_name(n, None)),
                ..item
            },
        );
        self.commit_items(store, items)?;
        Ok(at)
    }

    /// Adds every scenario of a file at the end, or none: any problem with
    /// the file leaves the library and the store as they were. Names that
    /// clash get " (2)"…; entries without a time get `now`. Returns how many
    /// were added.
    pub fn import(
        &mut self,
        store: &dyn KeyValue,
        file: &[u8],
        validate: &dyn Fn(&str) -> Result<(), Note>,
        now: f64,
    ) -> Result<usize, ImportError> {
        self.check_writable()?;
        let incoming = file::parse_file_at(file, validate, time(now))?;
        if self.items.len() + incoming.len() > MAX_SCENARIOS {
            return Err(ImportError::LibraryFull {
                have: self.items.len(),
                adding: incoming.len(),
            });
        }
        let added = incoming.len();
        let mut items = self.items.clone();
        for mut item in incoming {
            item.name = unique_name(&item.name, |n| items.iter().any(|s| s.name == n));
            items.push(item);
        }
        self.commit_items(store, items)?;
        Ok(added)
    }

    fn has_name(&self, name: &str, except: Option<usize>) -> bool {
        self.items
            .iter()
            .enumerate()
            .any(|(i, s)| Some(i) != except && s.name == name)
    }

    fn check_writable(&self) -> Result<(), LibraryError> {
        match self.persistence {
            Persistence::ReadOnly => Err(LibraryError::ReadOnly(self.read_only_why.clone())),
            _ => Ok(()),
        }
    }

    fn check_index(&self, index: usize) -> Result<(), LibraryError> {
        if index < self.items.len() {
            Ok(())
        } else {
            Err(LibraryError::NoSuchScenario(index))
        }
    }

    fn commit_items(
        &mut self,
        store: &dyn KeyValue,
        items: Vec<Saved>,
    ) -> Result<(), LibraryError> {
        let set_aside = self.set_aside.clone();
        self.commit(store, items, set_aside)
    }

    /// Writes the whole document, then adopts it; on any refusal neither the
    /// store nor `self` changes.
    fn commit(
        &mut self,
        store: &dyn KeyValue,
        items: Vec<Saved>,
        set_aside: Vec<SetAside>,
    ) -> Result<(), LibraryError> {
        match self.persistence {
            Persistence::ReadOnly => return self.check_writable(),
            Persistence::SessionOnly => {}
            Persistence::Stored => {
                let current = store.get(KEY).map_err(LibraryError::Store)?;
                if current != self.seen {
                    return Err(LibraryError::ChangedElsewhere);
                }
                let raws: Vec<Value> = set_aside.iter().map(|s| s.raw.clone()).collect();
                let text = DocOut::new(&items, &raws).compact();
                store.set(KEY, &text).map_err(LibraryError::Store)?;
                self.seen = Some(text);
            }
        }
        self.items = items;
        self.set_aside = set_aside;
        Ok(())
    }
}

/// A caller's clock reading as a storable time (JSON has no NaN).
fn time(now: f64) -> f64 {
    if now.is_finite() && now >= 0.0 {
        now
    } else {
        0.0
    }
}

/// Copies unreadable data to the first free backup key, or finds it already
/// there from an earlier visit. Never overwrites another backup.
fn back_up(store: &dyn KeyValue, raw: &str) -> Result<String, StoreError> {
    for n in 1..=MAX_BACKUPS {
        let key = if n == 1 {
            BACKUP_KEY.to_owned()
        } else {
            format!("{BACKUP_KEY}.{n}")
        };
        match store.get(&key)? {
            Some(existing) if existing == raw => return Ok(key),
            Some(_) => {}
            None => {
                store.set(&key, raw)?;
                return Ok(key);
            }
        }
    }
    Err(StoreError::Other(format!(
        "all {MAX_BACKUPS} backup places are taken"
    )))
}

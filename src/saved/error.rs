//! What can go wrong when changing the library or importing a file, worded for
//! the person using the app: each message says what happened and that nothing
//! was changed, since every failing operation leaves the library as it was.

use std::fmt;

use super::file::{MAX_FILE_BYTES, MAX_QUERY_BYTES, MAX_SCENARIOS};
use super::store::StoreError;
use crate::locale::{Arg, Note};

#[derive(Clone, Debug, PartialEq)]
pub enum LibraryError {
    /// Saving is off for this page: what is stored could not be read, and
    /// writing would overwrite it. The note says why, as a clause.
    ReadOnly(Note),
    /// The name is empty after removing spaces and control characters.
    EmptyName,
    /// No scenario at this index (the list changed under the caller).
    NoSuchScenario(usize),
    /// The library already holds [`MAX_SCENARIOS`].
    TooMany,
    /// The scenario's link is longer than [`MAX_QUERY_BYTES`].
    TooLong(usize),
    /// Another tab changed the stored library since this page read it;
    /// writing now would lose that tab's changes.
    ChangedElsewhere,
    /// The store refused the write.
    Store(StoreError),
}

impl LibraryError {
    /// The message for the reader: one sentence, translated when shown
    /// (`Note::text`); `Display` is its English.
    pub fn note(&self) -> Note {
        match self {
            LibraryError::ReadOnly(why) => Note::new(
                "Saving is turned off on this page because {}, so nothing was changed.",
                [why.clone().clause()],
            ),
            LibraryError::EmptyName => Note::new("Give the scenario a name.", []),
            LibraryError::NoSuchScenario(_) => Note::new(
                "That saved scenario no longer exists, so nothing was changed.",
                [],
            ),
            LibraryError::TooMany => Note::new(
                "You already have {} saved scenarios, the most this app keeps, so delete some before saving another.",
                [Arg::text(MAX_SCENARIOS)],
            ),
            LibraryError::TooLong(bytes) => Note::new(
                "This scenario is too large to save ({} bytes, where the most is {}), so nothing was saved.",
                [Arg::text(bytes), Arg::text(MAX_QUERY_BYTES)],
            ),
            LibraryError::ChangedElsewhere => Note::new(
                "Your saved scenarios were changed in another tab or window, so nothing was changed here: reload this page and try again.",
                [],
            ),
            LibraryError::Store(e) => Note::new(
                "The change could not be kept because {}, so nothing was changed; you can delete saved scenarios you no longer need, or export them to a file.",
                [e.note().clause()],
            ),
        }
    }
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.note())
    }
}

impl std::error::Error for LibraryError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LibraryError::Store(e) => Some(e),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// Larger than [`MAX_FILE_BYTES`]; found before reading it.
    TooLarge(usize),
    NotUtf8,
    /// Not JSON; the parser's message, with line and column (kept for
    /// `Debug`, never shown to the reader).
    NotJson(String),
    /// JSON, but not this app's scenarios file (no or another `format`).
    NotScenarioFile,
    /// Written by a newer version of the app.
    NewerVersion(u64),
    /// The file's outline is wrong (no version, no list of scenarios…):
    /// what is wrong, as a clause.
    Schema(Note),
    NoScenarios,
    /// More than [`MAX_SCENARIOS`] in the file.
    TooMany(usize),
    /// One scenario of the file cannot be used. `index` counts from 1.
    Entry {
        index: usize,
        name: Option<String>,
        reason: Note,
    },
    /// Importing would take the library past [`MAX_SCENARIOS`].
    LibraryFull {
        have: usize,
        adding: usize,
    },
    /// The file was fine, but storing it failed.
    Library(LibraryError),
}

impl ImportError {
    /// The message for the reader: one sentence, translated when shown
    /// (`Note::text`); `Display` is its English.
    pub fn note(&self) -> Note {
        match self {
            ImportError::TooLarge(bytes) => Note::new(
                "This file is too large to be a scenarios file ({} bytes, where the most is {}), so nothing was imported.",
                [Arg::text(bytes), Arg::text(MAX_FILE_BYTES)],
            ),
            ImportError::NotUtf8 => Note::new(
                "This file is not text, so it is not a scenarios file and nothing was imported.",
                [],
            ),
            ImportError::NotJson(_) => Note::new(
                "This file cannot be read as a scenarios file, so nothing was imported.",
                [],
            ),
            ImportError::NotScenarioFile => Note::new(
                "This file is not a Live Commerce Explorer scenarios file, so nothing was imported.",
                [],
            ),
            ImportError::NewerVersion(_) => Note::new(
                "This file was made by a newer version of this app, so open it there; nothing was imported.",
                [],
            ),
            ImportError::Schema(what) => Note::new(
                "This scenarios file is damaged ({}), so nothing was imported.",
                [what.clone().clause()],
            ),
            ImportError::NoScenarios => {
                Note::new("This file holds no scenarios, so nothing was imported.", [])
            }
            ImportError::TooMany(n) => Note::new(
                "This file holds {} scenarios but at most {} can be imported at once, so nothing was imported.",
                [Arg::text(n), Arg::text(MAX_SCENARIOS)],
            ),
            ImportError::Entry {
                index,
                name: Some(name),
                reason,
            } => Note::new(
                "Scenario {} of the file, “{}”, cannot be used ({}), so nothing was imported.",
                [Arg::text(index), Arg::text(name), reason.clone().clause()],
            ),
            ImportError::Entry {
                index,
                name: None,
                reason,
            } => Note::new(
                "Scenario {} of the file cannot be used ({}), so nothing was imported.",
                [Arg::text(index), reason.clone().clause()],
            ),
            ImportError::LibraryFull { have, adding } => Note::new(
                "You have {} saved scenarios and this file adds {}, but at most {} can be kept, so delete some first; nothing was imported.",
                [Arg::text(have), Arg::text(adding), Arg::text(MAX_SCENARIOS)],
            ),
            ImportError::Library(e) => e.note(),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.note())
    }
}

impl std::error::Error for ImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ImportError::Library(e) => Some(e),
            _ => None,
        }
    }
}

impl From<LibraryError> for ImportError {
    fn from(e: LibraryError) -> Self {
        ImportError::Library(e)
    }
}

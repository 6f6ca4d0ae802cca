//! What can go wrong when changing the library or importing a file, worded for
//! the person using the app: each message says what happened and that nothing
//! was changed, since every failing operation leaves the library as it was.

use std::fmt;

use super::file::{MAX_FILE_BYTES, MAX_QUERY_BYTES, MAX_SCENARIOS, VERSION};
use super::store::StoreError;

#[derive(Clone, Debug, PartialEq)]
pub enum LibraryError {
    /// Saving is off for this page: what is stored could not be read, and
    /// writing would overwrite it. The string says why.
    ReadOnly(String),
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

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LibraryError::ReadOnly(why) => write!(
                f,
                "Saving is turned off on this page: {why} Nothing was changed."
            ),
            LibraryError::EmptyName => f.write_str("Give the scenario a name."),
            LibraryError::NoSuchScenario(_) => f.write_str(
                "That saved scenario no longer exists; the list has changed. Nothing was changed.",
            ),
            LibraryError::TooMany => write!(
                f,
                "You already have {MAX_SCENARIOS} saved scenarios, the most this app keeps. \
                 Delete some first; nothing was saved."
            ),
            LibraryError::TooLong(bytes) => write!(
                f,
                "This scenario is too large to save ({bytes} bytes; the most is {MAX_QUERY_BYTES}). \
                 Nothing was saved."
            ),
            LibraryError::ChangedElsewhere => f.write_str(
                "Your saved scenarios were changed in another tab or window. \
                 Reload this page to see them, then try again; nothing was changed.",
            ),
            LibraryError::Store(e) => write!(
                f,
                "The change could not be stored: {e}. Nothing was changed; \
                 you can delete saved scenarios you no longer need, or export them to a file."
            ),
        }
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
    /// Not JSON; the parser's message, with line and column.
    NotJson(String),
    /// JSON, but not this app's scenarios file (no or another `format`).
    NotScenarioFile,
    /// Written by a newer version of the app.
    NewerVersion(u64),
    /// The file's outline is wrong (no version, no list of scenarios…).
    Schema(String),
    NoScenarios,
    /// More than [`MAX_SCENARIOS`] in the file.
    TooMany(usize),
    /// One scenario of the file cannot be used. `index` counts from 1.
    Entry {
        index: usize,
        name: Option<String>,
        reason: String,
    },
    /// Importing would take the library past [`MAX_SCENARIOS`].
    LibraryFull {
        have: usize,
        adding: usize,
    },
    /// The file was fine, but storing it failed.
    Library(LibraryError),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const NOTHING: &str = "Nothing was imported.";
        match self {
            ImportError::TooLarge(bytes) => write!(
                f,
                "This file is too large ({bytes} bytes; a scenarios file is at most {MAX_FILE_BYTES}). {NOTHING}"
            ),
            ImportError::NotUtf8 => write!(
                f,
                "This file is not text (it is not UTF-8), so it is not a scenarios file. {NOTHING}"
            ),
            ImportError::NotJson(e) => {
                write!(f, "This file is not valid JSON ({e}). {NOTHING}")
            }
            ImportError::NotScenarioFile => write!(
                f,
                "This file is not a Live Commerce Explorer scenarios file. {NOTHING}"
            ),
            ImportError::NewerVersion(v) => write!(
                f,
                "This file was made by a newer version of this app (format version {v}; \
                 this version reads {VERSION}). Open it in the newer version. {NOTHING}"
            ),
            ImportError::Schema(what) => {
                write!(f, "This scenarios file is damaged: {what}. {NOTHING}")
            }
            ImportError::NoScenarios => write!(f, "This file holds no scenarios. {NOTHING}"),
            ImportError::TooMany(n) => write!(
                f,
                "This file holds {n} scenarios; at most {MAX_SCENARIOS} can be imported at once. {NOTHING}"
            ),
            ImportError::Entry {
                index,
                name: Some(name),
                reason,
            } => write!(
                f,
                "Scenario {index} of the file, “{name}”, cannot be used: {}. {NOTHING}",
                clause(reason)
            ),
            ImportError::Entry {
                index,
                name: None,
                reason,
            } => write!(
                f,
                "Scenario {index} of the file cannot be used: {}. {NOTHING}",
                clause(reason)
            ),
            ImportError::LibraryFull { have, adding } => write!(
                f,
                "You have {have} saved scenarios and this file adds {adding}; \
                 at most {MAX_SCENARIOS} can be kept. Delete some first. {NOTHING}"
            ),
            ImportError::Library(e) => write!(f, "{e}"),
        }
    }
}

/// A reason from elsewhere (the share-link validator) as a clause: no final
/// full stop, since the message goes on after it.
fn clause(reason: &str) -> &str {
    reason.trim().trim_end_matches('.')
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

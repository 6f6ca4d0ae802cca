//! The scenarios file: what "Export" downloads and "Import" reads. The stored
//! library uses the same document (compact, plus the entries set aside), so
//! one reader checks both.

use serde::Serialize;
use serde_json::Value;

use super::Saved;
use super::error::ImportError;
use super::name::{UNTITLED, clean_name};
use crate::locale::{Arg, Note};

/// The `format` field: tells a scenarios file from any other JSON.
pub const FORMAT: &str = "live-commerce-explorer/scenarios";
/// The `version` this code writes and the highest it reads.
pub const VERSION: u64 = 1;
/// Files larger than this are refused before being read.
pub const MAX_FILE_BYTES: usize = 1_000_000;
/// The most scenarios in a file, and in the library, so that whatever the
/// library exports it can import again.
pub const MAX_SCENARIOS: usize = 200;
/// The longest scenario link kept: share links are URLs, and anything far
/// longer than one is not a scenario but a way to fill the storage quota.
pub const MAX_QUERY_BYTES: usize = 16 * 1024;

/// Latest time accepted for `savedAt`: JavaScript's largest `Date`.
const MAX_TIME: f64 = 8.64e15;

#[derive(Serialize)]
pub(crate) struct DocOut<'a> {
    format: &'static str,
    version: u64,
    scenarios: &'a [Saved],
    #[serde(rename = "setAside", skip_serializing_if = "<[_]>::is_empty")]
    set_aside: &'a [Value],
}

impl<'a> DocOut<'a> {
    pub(crate) fn new(scenarios: &'a [Saved], set_aside: &'a [Value]) -> Self {
        DocOut {
            format: FORMAT,
            version: VERSION,
            scenarios,
            set_aside,
        }
    }

    /// Serialising strings and numbers cannot fail; an empty string would
    /// only mean a serde_json bug.
    pub(crate) fn compact(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The file "Export" downloads: pretty JSON, names and links as they are
/// (JSON-escaped, never HTML-escaped: escaping is the page's job when it
/// shows them). Exporting one scenario is exporting a list of one.
pub fn export_file(items: &[Saved]) -> String {
    serde_json::to_string_pretty(&DocOut::new(items, &[])).unwrap_or_default()
}

/// Reads a scenarios file without touching any library. Entries without a
/// usable `savedAt` get 0; [`super::Library::import`] gives them the import
/// time instead. Names are cleaned, but not yet made unique.
pub fn parse_file(
    file: &[u8],
    validate: &dyn Fn(&str) -> Result<(), Note>,
) -> Result<Vec<Saved>, ImportError> {
    parse_file_at(file, validate, 0.0)
}

pub(crate) fn parse_file_at(
    file: &[u8],
    validate: &dyn Fn(&str) -> Result<(), Note>,
    default_time: f64,
) -> Result<Vec<Saved>, ImportError> {
    if file.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge(file.len()));
    }
    let text = std::str::from_utf8(file).map_err(|_| ImportError::NotUtf8)?;
    let doc = read_doc(text).map_err(|e| match e {
        DocError::NotJson(e) => ImportError::NotJson(e),
        DocError::NotOurs => ImportError::NotScenarioFile,
        DocError::Newer(v) => ImportError::NewerVersion(v),
        DocError::Schema(what) => ImportError::Schema(what),
    })?;
    if doc.scenarios.is_empty() {
        return Err(ImportError::NoScenarios);
    }
    if doc.scenarios.len() > MAX_SCENARIOS {
        return Err(ImportError::TooMany(doc.scenarios.len()));
    }
    doc.scenarios
        .iter()
        .enumerate()
        .map(|(i, v)| {
            read_entry(v, validate, default_time).map_err(|e| ImportError::Entry {
                index: i + 1,
                name: e.name,
                reason: e.reason,
            })
        })
        .collect()
}

/// A document's outline, before its entries are read.
pub(crate) struct Doc {
    pub scenarios: Vec<Value>,
    pub set_aside: Vec<Value>,
}

pub(crate) enum DocError {
    NotJson(String),
    /// Valid JSON without our `format`.
    NotOurs,
    Newer(u64),
    /// What is wrong with the outline, as a clause for the reader.
    Schema(Note),
}

pub(crate) fn read_doc(text: &str) -> Result<Doc, DocError> {
    // Editors on Windows may save with a byte-order mark; JSON forbids it.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| DocError::NotJson(e.to_string()))?;
    let Value::Object(mut map) = value else {
        return Err(DocError::NotOurs);
    };
    if map.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(DocError::NotOurs);
    }
    let version = match map.get("version") {
        None => return Err(DocError::Schema(Note::new("it has no version", []))),
        Some(v) => v.as_u64().filter(|&v| v >= 1).ok_or_else(|| {
            DocError::Schema(Note::new("its version is not a version number", []))
        })?,
    };
    if version > VERSION {
        return Err(DocError::Newer(version));
    }
    let scenarios = match map.remove("scenarios") {
        Some(Value::Array(list)) => list,
        None => {
            return Err(DocError::Schema(Note::new(
                "it has no list of scenarios",
                [],
            )));
        }
        Some(_) => {
            return Err(DocError::Schema(Note::new(
                "its list of scenarios is not a list",
                [],
            )));
        }
    };
    let set_aside = match map.remove("setAside") {
        Some(Value::Array(list)) => list,
        _ => Vec::new(),
    };
    Ok(Doc {
        scenarios,
        set_aside,
    })
}

/// Why one entry cannot be used, with its name when it has a readable one.
pub(crate) struct EntryError {
    pub name: Option<String>,
    /// Why, as a sentence or clause for the reader.
    pub reason: Note,
}

pub(crate) fn read_entry(
    v: &Value,
    validate: &dyn Fn(&str) -> Result<(), Note>,
    default_time: f64,
) -> Result<Saved, EntryError> {
    let Value::Object(map) = v else {
        return Err(EntryError {
            name: None,
            reason: Note::new("it is not a scenario (a name and a link)", []),
        });
    };
    let cleaned = map.get("name").and_then(Value::as_str).map(clean_name);
    let fail = |reason: Note| EntryError {
        name: cleaned.clone().filter(|n| !n.is_empty()),
        reason,
    };
    let Some(name) = cleaned.clone() else {
        return Err(fail(Note::new("it has no name", [])));
    };
    let Some(query) = map.get("query").and_then(Value::as_str) else {
        return Err(fail(Note::new("it has no link", [])));
    };
    if query.len() > MAX_QUERY_BYTES {
        return Err(fail(Note::new(
            "its link is too long ({} bytes, where the most is {})",
            [Arg::text(query.len()), Arg::text(MAX_QUERY_BYTES)],
        )));
    }
    validate(query).map_err(fail)?;
    let saved_at = map
        .get("savedAt")
        .and_then(Value::as_f64)
        .filter(|t| (0.0..=MAX_TIME).contains(t))
        .unwrap_or(default_time);
    Ok(Saved {
        name: if name.is_empty() {
            UNTITLED.to_owned()
        } else {
            name
        },
        query: query.to_owned(),
        saved_at,
    })
}

#![cfg(not(target_arch = "wasm32"))]
//! Checks `static/data/later.json` (what later public reports say) against
//! itself, against the article's corrections and scopes, and, when it is
//! available, against the CSV it was copied from.
//!
//! The CSV is not shipped in the repository; it is looked for at
//! `../shared/data/later-figures.csv` relative to the crate. The check that
//! needs it says so on stdout when it is skipped.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use live_commerce_explorer::data::{
    Confidence, Dataset, LATER_JSON, LaterFigure, LaterKind, Scope, Unit,
};
use serde::Serialize;

/// The CSV's columns, in order.
const CSV_COLUMNS: &[&str] = &[
    "id",
    "entity",
    "metric",
    "period",
    "low",
    "high",
    "unit",
    "kind",
    "publisher",
    "url",
    "confidence",
    "note",
];

/// A CSV cell that `later.json` deliberately does not copy.
struct Deviation {
    id: &'static str,
    column: &'static str,
    /// What the CSV says. If the CSV changes, the test fails so this entry is
    /// looked at again (and dropped once the CSV is fixed).
    csv: &'static str,
    /// What `later.json` says instead.
    json: &'static str,
    #[allow(dead_code)] // documentation for the reader of this table
    why: &'static str,
}

const DEVIATIONS: &[Deviation] = &[
    Deviation {
        id: "kuaishou-2019",
        column: "kind",
        csv: "actual",
        json: "derived",
        why: "the CSV has kind and confidence swapped for this row: 'derived' is a kind, \
              not a confidence, and this figure is the article's number with its unit corrected",
    },
    Deviation {
        id: "kuaishou-2019",
        column: "confidence",
        csv: "derived",
        json: "single",
        why: "'derived' is not a confidence; the only source of the 40-50 billion reading is the \
              article itself, so 'single'",
    },
];

fn dataset() -> &'static Dataset {
    match Dataset::embedded() {
        Ok(d) => d,
        Err(e) => panic!("embedded dataset does not parse: {e}"),
    }
}

fn later() -> &'static [LaterFigure] {
    &dataset().later
}

/// A value's serde name, e.g. `Unit::BillionCny` -> "billion CNY".
fn serde_name<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => panic!("expected a string serde name, got {other:?}"),
    }
}

/// Lowercase ASCII words and digits joined by single hyphens.
fn is_kebab_case(id: &str) -> bool {
    id.split('-').all(|part| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    })
}

/// The scope rule `later.json` was written by: the industry series and
/// Taobao Live (a live-stream channel) are live-stream sales; Kuaishou's and
/// Douyin's "e-commerce GMV" are all their e-commerce; other rows (users,
/// viewers, single live streams, online retail) have no scope.
fn expected_scope(f: &LaterFigure) -> Option<Scope> {
    if f.entity.starts_with("China live-stream e-commerce") || f.entity == "Taobao Live" {
        Some(Scope::LiveStream)
    } else if matches!(f.entity.as_str(), "Kuaishou" | "Douyin") && f.metric == "e-commerce GMV" {
        Some(Scope::AllEcommerce)
    } else {
        None
    }
}

#[test]
fn later_json_parses_and_is_embedded() {
    let parsed: Vec<LaterFigure> = match serde_json::from_str(LATER_JSON) {
        Ok(v) => v,
        Err(e) => panic!("later.json does not parse: {e}"),
    };
    assert!(!parsed.is_empty(), "later.json is empty");
    assert_eq!(parsed.as_slice(), later(), "Dataset::embedded().later");
}

#[test]
fn later_ids_are_unique_and_kebab_case() {
    let mut seen = HashSet::new();
    for f in later() {
        assert!(is_kebab_case(&f.id), "{:?}: id is not kebab-case", f.id);
        assert!(seen.insert(f.id.as_str()), "{:?}: duplicate id", f.id);
        assert!(
            dataset().later_figure(&f.id).is_some_and(|g| g == f),
            "{:?}: later_figure lookup",
            f.id
        );
    }
}

#[test]
fn later_values_are_finite_and_ordered() {
    for f in later() {
        assert!(
            f.low.is_finite() && f.high.is_finite(),
            "{}: non-finite value {}..{}",
            f.id,
            f.low,
            f.high
        );
        assert!(f.low <= f.high, "{}: low {} > high {}", f.id, f.low, f.high);
    }
}

#[test]
fn later_publishers_and_urls_are_present() {
    for f in later() {
        assert!(!f.publisher.trim().is_empty(), "{}: empty publisher", f.id);
        if let Some(url) = &f.url {
            assert!(url.starts_with("https://"), "{}: url {url:?}", f.id);
            assert!(!url.contains(char::is_whitespace), "{}: url {url:?}", f.id);
        }
        if let Some(note) = &f.note {
            assert!(!note.trim().is_empty(), "{}: empty note (omit it)", f.id);
        }
    }
}

#[test]
fn later_scopes_follow_the_rule() {
    for f in later() {
        assert_eq!(
            f.scope,
            expected_scope(f),
            "{}: scope for entity {:?}, metric {:?}",
            f.id,
            f.entity,
            f.metric
        );
    }
}

#[test]
fn later_matches_the_csv() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/later-figures.csv");
    if !path.exists() {
        println!(
            "skipped: later.json equals later-figures.csv: {} does not exist; \
             the CSV is not shipped in the repo",
            path.display()
        );
        return;
    }
    let mut reader = match csv::Reader::from_path(&path) {
        Ok(r) => r,
        Err(e) => panic!("cannot open {}: {e}", path.display()),
    };
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => panic!("cannot read the CSV header: {e}"),
    };
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        CSV_COLUMNS,
        "CSV columns changed"
    );
    let rows: Vec<csv::StringRecord> = match reader.records().collect() {
        Ok(rows) => rows,
        Err(e) => panic!("cannot read {}: {e}", path.display()),
    };

    let later = later();
    let mut used = HashSet::new();
    for (i, row) in rows.iter().enumerate() {
        let cell: HashMap<&str, &str> = CSV_COLUMNS.iter().copied().zip(row.iter()).collect();
        let id = cell["id"];
        let Some(f) = later.get(i) else {
            panic!("CSV row {} ({id}) has no entry in later.json", i + 1)
        };
        assert_eq!(f.id, id, "later.json entry {i} is not in CSV order");

        // What later.json should say for a column: the CSV's cell, unless a
        // deviation is recorded for it.
        let mut want = |column: &'static str| -> String {
            let csv_value = cell[column];
            match DEVIATIONS.iter().find(|d| d.id == id && d.column == column) {
                Some(d) => {
                    assert_eq!(
                        csv_value, d.csv,
                        "{id}: the CSV's {column} changed from the recorded deviation; \
                         review DEVIATIONS in tests/later.rs"
                    );
                    used.insert((d.id, d.column));
                    d.json.to_string()
                }
                None => csv_value.to_string(),
            }
        };
        let optional = |s: String| if s.is_empty() { None } else { Some(s) };

        assert_eq!(f.entity, want("entity"), "{id}: entity");
        assert_eq!(f.metric, want("metric"), "{id}: metric");
        assert_eq!(f.period, want("period"), "{id}: period");
        for (column, value) in [("low", f.low), ("high", f.high)] {
            let text = want(column);
            let csv_value: f64 = text
                .parse()
                .unwrap_or_else(|e| panic!("{id}: CSV {column} {text:?}: {e}"));
            assert_eq!(value, csv_value, "{id}: {column}");
        }
        assert_eq!(serde_name(f.unit), want("unit"), "{id}: unit");
        assert_eq!(serde_name(f.kind), want("kind"), "{id}: kind");
        assert_eq!(f.publisher, want("publisher"), "{id}: publisher");
        assert_eq!(f.url, optional(want("url")), "{id}: url");
        assert_eq!(
            f.confidence.as_text(),
            want("confidence"),
            "{id}: confidence"
        );
        assert_eq!(f.note, optional(want("note")), "{id}: note");
    }
    assert_eq!(
        later.len(),
        rows.len(),
        "later.json has {} entries, the CSV {} rows",
        later.len(),
        rows.len()
    );
    for d in DEVIATIONS {
        assert!(
            used.contains(&(d.id, d.column)),
            "deviation {} {} matches no CSV row; drop it",
            d.id,
            d.column
        );
    }
}

#[test]
fn corrections_match_their_sources() {
    let d = dataset();
    let mut corrected = 0;
    for f in &d.figures {
        let Some(c) = &f.correction else { continue };
        corrected += 1;
        assert!(
            c.low.is_finite() && c.high.is_finite() && c.low <= c.high,
            "{}: correction {}..{}",
            f.id,
            c.low,
            c.high
        );
        assert!(
            !c.explanation.trim().is_empty(),
            "{}: correction has no explanation",
            f.id
        );
        assert!(
            (c.low, c.high) != (f.low, f.high),
            "{}: correction equals the printed value",
            f.id
        );
        assert!(!c.sources.is_empty(), "{}: correction has no sources", f.id);
        for source in &c.sources {
            let Some(s) = d.later_figure(source) else {
                panic!("{}: correction source {source:?} is not in later", f.id)
            };
            assert_eq!(s.unit, f.unit, "{}: source {source} unit", f.id);
            assert_eq!(
                (c.low, c.high),
                (s.low, s.high),
                "{}: correction differs from source {source}",
                f.id
            );
        }
    }
    assert!(corrected > 0, "no figure has a correction");
}

#[test]
fn the_known_corrections_are_recorded() {
    let d = dataset();
    for (id, low, high, source) in [
        ("kuaishou-gmv-2019", 40.0, 50.0, "kuaishou-2019"),
        (
            "livestream-2020-04-01-viewers",
            48.0,
            48.0,
            "luo-2020-04-01-viewers",
        ),
    ] {
        let Some(f) = d.figure(id) else {
            panic!("{id}: missing")
        };
        let Some(c) = &f.correction else {
            panic!("{id}: no correction")
        };
        assert_eq!((c.low, c.high), (low, high), "{id}");
        assert_eq!(c.sources, [source], "{id}");
    }
    // The corrected Kuaishou reading is computed from the article, not reported.
    let Some(k) = d.later_figure("kuaishou-2019") else {
        panic!("kuaishou-2019: missing")
    };
    assert_eq!(k.kind, LaterKind::Derived);
    assert_eq!(k.confidence, Confidence::Single);
}

#[test]
fn article_scopes_are_set() {
    let d = dataset();
    for (id, scope) in [
        ("industry-2019", Some(Scope::LiveStream)),
        ("douyin-live-gmv-2019", Some(Scope::LiveStream)),
        ("kuaishou-gmv-2019", Some(Scope::LiveStream)),
        ("douyin-gmv-2019", Some(Scope::AllEcommerce)),
        ("industry-trillion", None),
    ] {
        let Some(f) = d.figure(id) else {
            panic!("{id}: missing")
        };
        assert_eq!(f.scope, scope, "{id}: scope");
    }
}

#[test]
fn scoped_figures_are_in_billion_cny() {
    let d = dataset();
    let article = d.figures.iter().map(|f| (&f.id, f.scope, f.unit));
    let later = d.later.iter().map(|f| (&f.id, f.scope, f.unit));
    for (id, scope, unit) in article.chain(later) {
        if scope.is_some() {
            assert_eq!(unit, Unit::BillionCny, "{id}: scoped figure's unit");
        }
    }
}

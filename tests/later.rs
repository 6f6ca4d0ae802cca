#![cfg(not(target_arch = "wasm32"))]
//! Checks `static/data/later.json` (what later public reports say) against
//! itself, against the article's corrections and scopes, and, when they are
//! available, against the CSV files it was copied from.
//!
//! The CSV files are not shipped in the repository; they are looked for in
//! `../shared/data/` relative to the crate ([`CSV_FILES`]). A check that
//! needs one says so on stdout when it is skipped.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use live_commerce_explorer::data::{
    Confidence, Dataset, LATER_JSON, LaterFigure, LaterKind, Scope, Unit,
};
use serde::Serialize;

/// The CSV files `later.json` was copied from, in `../shared/data/`: the
/// first set of figures, and the rows added after it was taken into the app
/// (Kuaishou's own figures from its prospectus and 2020 results). Both use
/// [`CSV_COLUMNS`].
const CSV_FILES: &[&str] = &["later-figures.csv", "later-figures-additions.csv"];

/// The CSVs' columns, in order.
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
        column: "note",
        csv: "article prints 400-500 billion; 400-500 亿 = 40-50 billion; KrASIA/36Kr report \
              about 35 billion of live GMV for 2019",
        json: "article prints 400-500 billion; 400-500 亿 = 40-50 billion; KrASIA/36Kr report \
               about 35 billion of live GMV for 2019. Kuaishou's own figure for 2019, 59.6 \
               billion in its prospectus, is kept beside this row as \
               a different source: it confirms the unit correction and shows that 40-50 billion \
               understates the year",
        why: "later-figures-additions.csv adds Kuaishou's own 2019 figure (59.6 billion) beside \
              this one (the article's 400-500, read as 亿); both are kept, as different sources, \
              and the note says how they relate",
    },
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

/// The path of one of [`CSV_FILES`].
fn csv_path(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(file)
}

/// The rows of a CSV file, checked to have [`CSV_COLUMNS`]; `None` (with a
/// line on stdout) when the file does not exist.
fn csv_rows(file: &str) -> Option<Vec<csv::StringRecord>> {
    let path = csv_path(file);
    if !path.exists() {
        println!(
            "skipped: later.json against {file}: {} does not exist; \
             the CSV is not shipped in the repo",
            path.display()
        );
        return None;
    }
    let mut reader = match csv::Reader::from_path(&path) {
        Ok(r) => r,
        Err(e) => panic!("cannot open {}: {e}", path.display()),
    };
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => panic!("cannot read the header of {file}: {e}"),
    };
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        CSV_COLUMNS,
        "{file}: CSV columns changed"
    );
    match reader.records().collect() {
        Ok(rows) => Some(rows),
        Err(e) => panic!("cannot read {}: {e}", path.display()),
    }
}

/// Checks every row of `file` against its entry in `later.json` (found by
/// id; the file's rows must keep their order there, though rows of the
/// other file may come between them) and returns the file's ids, or `None`
/// when the file does not exist. Every deviation recorded for a row of the
/// file must be used.
fn check_csv(file: &str) -> Option<Vec<String>> {
    let rows = csv_rows(file)?;
    let later = later();
    let mut used = HashSet::new();
    let mut ids = Vec::new();
    let mut last_index = None;
    for row in &rows {
        let cell: HashMap<&str, &str> = CSV_COLUMNS.iter().copied().zip(row.iter()).collect();
        let id = cell["id"];
        let Some(index) = later.iter().position(|f| f.id == id) else {
            panic!("{file}: row {id} has no entry in later.json")
        };
        assert!(
            last_index.is_none_or(|last| index > last),
            "{file}: {id} is out of the CSV's order in later.json"
        );
        last_index = Some(index);
        ids.push(id.to_string());
        let f = &later[index];

        // What later.json should say for a column: the CSV's cell, unless a
        // deviation is recorded for it.
        let mut want = |column: &'static str| -> String {
            let csv_value = cell[column];
            match DEVIATIONS.iter().find(|d| d.id == id && d.column == column) {
                Some(d) => {
                    assert_eq!(
                        csv_value, d.csv,
                        "{file}: {id}: the CSV's {column} changed from the recorded deviation; \
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
    for d in DEVIATIONS
        .iter()
        .filter(|d| ids.iter().any(|id| id == d.id))
    {
        assert!(
            used.contains(&(d.id, d.column)),
            "deviation {} {} matches no cell of {file}; drop it",
            d.id,
            d.column
        );
    }
    Some(ids)
}

#[test]
fn later_matches_later_figures_csv() {
    check_csv(CSV_FILES[0]);
}

#[test]
fn later_matches_later_figures_additions_csv() {
    check_csv(CSV_FILES[1]);
}

/// With both files at hand: `later.json` holds their rows and nothing else,
/// each row once, and every deviation belongs to a row.
#[test]
fn later_is_exactly_the_csv_rows() {
    let mut all = Vec::new();
    for file in CSV_FILES {
        match check_csv(file) {
            Some(ids) => all.extend(ids),
            None => return,
        }
    }
    let mut seen = HashSet::new();
    for id in &all {
        assert!(
            seen.insert(id.as_str()),
            "{id} is a row of more than one CSV"
        );
    }
    let json: HashSet<&str> = later().iter().map(|f| f.id.as_str()).collect();
    let extra: Vec<&&str> = json.iter().filter(|id| !seen.contains(**id)).collect();
    assert!(extra.is_empty(), "later.json entries in no CSV: {extra:?}");
    assert_eq!(
        later().len(),
        all.len(),
        "later.json against the CSVs' rows"
    );
    for d in DEVIATIONS {
        assert!(
            seen.contains(d.id),
            "deviation {} {} is for no CSV row; drop it",
            d.id,
            d.column
        );
    }
}

/// How far apart two positive values are, as the size of the factor
/// between them (0 when equal, ln 10 an order of magnitude).
fn log_distance(a: f64, b: f64) -> f64 {
    (a / b).ln().abs()
}

/// Every correction is taken from a source that says exactly the corrected
/// value, and every other source it cites confirms the reading: the same
/// period, unit and scope, and nearer the correction than the printed value
/// (Kuaishou's own 59.6 bn for 2019 against the article's 400-500, read as
/// 40-50).
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
        let mut exact = 0;
        for source in &c.sources {
            let Some(s) = d.later_figure(source) else {
                panic!("{}: correction source {source:?} is not in later", f.id)
            };
            assert_eq!(s.unit, f.unit, "{}: source {source} unit", f.id);
            assert_eq!(s.period, f.period, "{}: source {source} period", f.id);
            if let (Some(a), Some(b)) = (f.scope, s.scope) {
                assert_eq!(a, b, "{}: source {source} has another scope", f.id);
            }
            if (c.low, c.high) == (s.low, s.high) {
                exact += 1;
                continue;
            }
            let mid = |lo: f64, hi: f64| (lo * hi).sqrt();
            let source = mid(s.low, s.high);
            assert!(
                log_distance(source, mid(c.low, c.high)) < log_distance(source, mid(f.low, f.high)),
                "{}: source {} ({}..{}) is nearer the printed value than the correction",
                f.id,
                s.id,
                s.low,
                s.high
            );
            assert!(
                c.explanation.contains(&format!("{}", s.low)),
                "{}: the explanation does not say what source {} says ({})",
                f.id,
                s.id,
                s.low
            );
        }
        assert!(
            exact > 0,
            "{}: no source says the corrected value {}..{}",
            f.id,
            c.low,
            c.high
        );
    }
    assert!(corrected > 0, "no figure has a correction");
}

#[test]
fn the_known_corrections_are_recorded() {
    let d = dataset();
    for (id, low, high, sources) in [
        (
            "kuaishou-gmv-2019",
            40.0,
            50.0,
            &["kuaishou-2019", "kuaishou-2019-prospectus"][..],
        ),
        (
            "livestream-2020-04-01-viewers",
            48.0,
            48.0,
            &["luo-2020-04-01-viewers"][..],
        ),
    ] {
        let Some(f) = d.figure(id) else {
            panic!("{id}: missing")
        };
        let Some(c) = &f.correction else {
            panic!("{id}: no correction")
        };
        assert_eq!((c.low, c.high), (low, high), "{id}");
        assert_eq!(c.sources, sources, "{id}");
    }
    // The corrected Kuaishou reading is computed from the article, not reported.
    let Some(k) = d.later_figure("kuaishou-2019") else {
        panic!("kuaishou-2019: missing")
    };
    assert_eq!(k.kind, LaterKind::Derived);
    assert_eq!(k.confidence, Confidence::Single);
    // Kuaishou's own 2019 figure confirms the ÷10 reading and shows that
    // 40-50 bn understates the year; the correction says both.
    let Some(p) = d.later_figure("kuaishou-2019-prospectus") else {
        panic!("kuaishou-2019-prospectus: missing")
    };
    assert_eq!((p.low, p.high, p.kind), (59.6, 59.6, LaterKind::Actual));
    assert!(p.url.is_some(), "the prospectus figure keeps its link");
    let Some(c) = d
        .figure("kuaishou-gmv-2019")
        .and_then(|f| f.correction.as_ref())
    else {
        panic!("kuaishou-gmv-2019: no correction")
    };
    for words in [
        "59.6 billion",
        "confirms the ÷10 reading",
        "understates the year",
    ] {
        assert!(
            c.explanation.contains(words),
            "{words:?}: {}",
            c.explanation
        );
    }
}

#[test]
fn article_scopes_are_set() {
    let d = dataset();
    for (id, scope, compared_as) in [
        ("industry-2019", Some(Scope::LiveStream), None),
        ("douyin-live-gmv-2019", Some(Scope::LiveStream), None),
        // All of Kuaishou's e-commerce, compared with the live-commerce
        // industry on the assumption its note states.
        (
            "kuaishou-gmv-2019",
            Some(Scope::AllEcommerce),
            Some(Scope::LiveStream),
        ),
        ("douyin-gmv-2019", Some(Scope::AllEcommerce), None),
        ("industry-trillion", None, None),
    ] {
        let Some(f) = d.figure(id) else {
            panic!("{id}: missing")
        };
        assert_eq!(f.scope, scope, "{id}: scope");
        assert_eq!(f.compared_as, compared_as, "{id}: compared_as");
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

/// Kuaishou's 2018 GMV (from its prospectus) is dated before the charts'
/// first year, the article's 2019: it is listed in a note and under Sources,
/// never drawn outside the axis.
#[test]
fn figures_before_2019_are_listed_not_drawn() {
    use live_commerce_explorer::charts::ChartSpec;
    use live_commerce_explorer::locale::Locale;
    use live_commerce_explorer::panels::PanelId;
    use live_commerce_explorer::scenario::SeriesId;
    use live_commerce_explorer::views::{self, Assumptions};
    let ds = dataset();
    let mut a = Assumptions::article(ds);
    a.page.focus = SeriesId::Kuaishou;
    let v = views::build(ds, &a, None, &Locale::en()).unwrap_or_else(|e| panic!("{e}"));
    for id in [PanelId::Platforms, PanelId::Focus] {
        let p = &v[id];
        assert!(
            p.sources.iter().any(|s| s == "kuaishou-2018-prospectus"),
            "{id:?}: {:?}",
            p.sources
        );
        assert!(
            p.notes
                .iter()
                .any(|n| n.starts_with("Not drawn, dated before 2019") && n.contains("2018")),
            "{id:?}: {:#?}",
            p.notes
        );
        let years: Vec<i32> = match &p.spec {
            ChartSpec::Timeline(t) => t
                .series
                .iter()
                .flat_map(|s| s.points.iter().map(|p| p.year))
                .collect(),
            ChartSpec::Industry(c) => c
                .overlays
                .iter()
                .flat_map(|s| s.points.iter().map(|p| p.year))
                .collect(),
            other => panic!("{id:?}: {other:?}"),
        };
        assert!(!years.is_empty(), "{id:?}: nothing drawn");
        assert!(years.iter().all(|&y| y >= 2019), "{id:?}: {years:?}");
    }
}

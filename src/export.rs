//! Downloads: the dataset as CSV and JSON, and any table as CSV.
//!
//! Readers who doubt a chart should be able to take the numbers away and
//! check them in their own tools, so the export writes every figure exactly
//! as stored (no rounding) with its source and quote. Pure Rust; the UI only
//! turns the returned text into a file.

use serde::Serialize;

use crate::data::{Dataset, Figure, LaterFigure};

/// The columns of [`dataset_csv`], in order.
pub const DATASET_COLUMNS: [&str; 21] = [
    "source",
    "id",
    "entity",
    "metric",
    "period",
    "low",
    "high",
    "unit",
    "kind",
    "qualifier",
    "scope",
    "publisher",
    "url",
    "confidence",
    "printed",
    "quote",
    "note",
    "corrected_low",
    "corrected_high",
    "correction_explanation",
    // Last, so the columns before it keep their places in older downloads.
    "compared_as",
];

/// A table as RFC 4180 CSV: a header line, then one line per row.
///
/// Fields containing a comma, a double quote, CR or LF are quoted, with
/// inner quotes doubled; others are written as they are. Lines end in CRLF,
/// as RFC 4180 asks and spreadsheets expect; the last line ends in one too.
/// A lone empty field (or an empty record) is written as `""` so its line
/// is not read as blank. Rows are written as given, even if their length
/// differs from the header's.
///
/// Uses the `csv` crate rather than a hand-written writer: measured on the
/// app's release wasm (opt-level z, LTO) it costs about 8 KB raw (6 KB after
/// wasm-opt, 3 KB gzipped) over a hand-written one, under the 10 KB this
/// project allows for not owning quoting rules. Writing to memory cannot
/// fail; if it ever did, the result would be empty rather than a panic.
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .quote_style(::csv::QuoteStyle::Necessary)
        .flexible(true)
        .from_writer(Vec::new());
    let written = std::iter::once(w.write_record(header))
        .chain(rows.iter().map(|r| w.write_record(r)))
        .collect::<Result<(), _>>();
    match (written, w.into_inner()) {
        (Ok(()), Ok(bytes)) => String::from_utf8(bytes).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Every article figure, then every later figure, one row each, in the
/// columns of [`DATASET_COLUMNS`]. Numbers use Rust's shortest round-trip
/// formatting, so they read back to the same `f64`; cells that do not apply
/// to a row (a later figure has no quote) are empty. Article rows carry the
/// article's publisher.
pub fn dataset_csv(ds: &Dataset) -> String {
    let rows: Vec<Vec<String>> = ds
        .figures
        .iter()
        .map(|f| article_row(f, &ds.source.publisher))
        .chain(ds.later.iter().map(later_row))
        .collect();
    csv(&DATASET_COLUMNS, &rows)
}

fn article_row(f: &Figure, publisher: &str) -> Vec<String> {
    let c = f.correction.as_ref();
    vec![
        "article".into(),
        f.id.clone(),
        f.entity.clone(),
        f.metric.clone(),
        f.period.clone(),
        f.low.to_string(),
        f.high.to_string(),
        name(&f.unit),
        name(&f.kind),
        f.qualifier.as_ref().map(name).unwrap_or_default(),
        f.scope.as_ref().map(name).unwrap_or_default(),
        publisher.into(),
        String::new(),
        String::new(),
        f.printed.clone(),
        f.quote.clone(),
        f.note.clone().unwrap_or_default(),
        c.map(|c| c.low.to_string()).unwrap_or_default(),
        c.map(|c| c.high.to_string()).unwrap_or_default(),
        c.map(|c| c.explanation.clone()).unwrap_or_default(),
        f.compared_as.as_ref().map(name).unwrap_or_default(),
    ]
}

fn later_row(f: &LaterFigure) -> Vec<String> {
    vec![
        "later".into(),
        f.id.clone(),
        f.entity.clone(),
        f.metric.clone(),
        f.period.clone(),
        f.low.to_string(),
        f.high.to_string(),
        name(&f.unit),
        name(&f.kind),
        String::new(),
        f.scope.as_ref().map(name).unwrap_or_default(),
        f.publisher.clone(),
        f.url.clone().unwrap_or_default(),
        f.confidence.as_text(),
        String::new(),
        String::new(),
        f.note.clone().unwrap_or_default(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    ]
}

/// An enum's name as the JSON files spell it ("billion CNY", "actual"), so
/// the CSV and the JSON agree.
fn name<T: Serialize>(t: &T) -> String {
    serde_json::to_value(t)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The whole dataset, later figures included, as pretty-printed JSON in the
/// same shape as `static/data/article.json`, so it parses back with
/// [`Dataset::parse`]. Serialising these types cannot fail; if it ever did,
/// the text is a JSON object with an `error` field rather than a panic.
pub fn dataset_json(ds: &Dataset) -> String {
    serde_json::to_string_pretty(ds).unwrap_or_else(|e| {
        format!(
            "{{\"error\": {}}}",
            serde_json::Value::String(e.to_string())
        )
    })
}

/// Every series' point projection, year by year, with the Monte Carlo's
/// P5, P25, P50, P75 and P95 when `mc` is the run of these assumptions
/// (empty cells otherwise), so a reader can redo the charts elsewhere. The
/// base year's row says where the base comes from. Numbers are written
/// unrounded, as in [`dataset_csv`].
pub fn projections_csv(
    ds: &Dataset,
    a: &crate::scenario::Assumptions,
    mc: Option<&crate::scenario::McResult>,
) -> String {
    let header = [
        "series",
        "year",
        "point (bn yuan)",
        "P5",
        "P25",
        "P50",
        "P75",
        "P95",
        "base source",
    ];
    let mut rows = Vec::new();
    for s in &a.scenario.series {
        let bands = mc.and_then(|m| Some((m, m.series.iter().find(|b| b.id == s.id)?)));
        let source = match s.base_source.as_str() {
            "" => "your value".to_string(),
            id if ds.figure(id).is_some() => format!("article: {id}"),
            id if ds.later_figure(id).is_some() => format!("later report: {id}"),
            id => id.to_string(),
        };
        for (i, p) in s.point_projection().iter().enumerate() {
            let q = bands.and_then(|(m, b)| {
                let k = m.years.iter().position(|&y| y == p.year)?;
                b.quantiles.get(k)
            });
            let mut row = vec![
                s.id.name().to_string(),
                p.year.to_string(),
                p.value.to_string(),
            ];
            row.extend((0..5).map(|k| q.map(|q| q[k].to_string()).unwrap_or_default()));
            row.push(if i == 0 {
                source.clone()
            } else {
                String::new()
            });
            rows.push(row);
        }
    }
    csv(&header, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        let out = csv(
            &["a", "b"],
            &[
                vec!["plain".into(), "with, comma".into()],
                vec!["say \"hi\"".into(), "two\nlines".into()],
                vec!["cr\rhere".into(), String::new()],
                vec![String::new()],
            ],
        );
        assert_eq!(
            out,
            "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n\"cr\rhere\",\r\n\"\"\r\n"
        );
        // An empty record is quoted so that it is not read as a blank line.
        assert_eq!(csv(&[], &[]), "\"\"\r\n");
    }

    #[test]
    fn enum_names_match_json() {
        assert_eq!(name(&crate::data::Unit::BillionCny), "billion CNY");
        assert_eq!(name(&crate::data::Kind::Forecast), "forecast");
        assert_eq!(
            name(&crate::data::Scope::LiveStream),
            "live-stream e-commerce"
        );
        assert_eq!(name(&1.5), "");
    }
}

//! Downloads: the dataset as CSV and JSON, and any table as CSV.
//!
//! Readers who doubt a chart should be able to take the numbers away and
//! check them in their own tools. A CSV is for a spreadsheet, so its numbers
//! are rounded to the dataset's precision ([`PRECISION`]: every figure still
//! reads back exactly, float noise such as 1176.869899 does not), a cell with
//! nothing in it is empty, and the file starts with a byte-order mark so that
//! Excel reads it as UTF-8 (×, – and 亿 intact). The JSON keeps every value
//! as stored. Pure Rust; the UI only turns the returned text into a file.

use serde::Serialize;

use crate::data::{Dataset, Figure, LaterFigure};

/// The dataset's precision: the most significant digits any of its figures
/// is given with (10,632.4 bn yuan, later reports' online retail in 2019;
/// `tests/checks_derived.rs` checks it against the data). CSV numbers are
/// rounded to it: finer digits would be the model's arithmetic, not
/// anything a source said.
pub const PRECISION: u32 = 6;

/// Starts every CSV: the UTF-8 byte-order mark, without which Excel reads a
/// CSV in the system's legacy code page.
pub const BOM: char = '\u{FEFF}';

/// A number for a CSV cell: rounded to [`PRECISION`] significant digits
/// (whole numbers keep every digit), no thousands separator, no exponent;
/// empty when it is not a number.
pub fn number(v: f64) -> String {
    if v.is_finite() {
        crate::format::sig(v, PRECISION).replace(',', "")
    } else {
        String::new()
    }
}

/// What a table's cell says for "nothing here" on screen; empty in a CSV.
const NOTHING: [&str; 8] = ["–", "—", "-", "NaN", "nan", "null", "inf", "-inf"];

/// A table cell (text as the screen shows it) as a CSV cell: a plain number
/// or a range of two ("5–6") rounded by [`number`], a dash or a non-number
/// empty, anything else (names, "94.9%", "not by 2030") as it is.
pub fn cell(text: &str) -> String {
    let t = text.trim();
    if t.is_empty() || NOTHING.contains(&t) {
        return String::new();
    }
    if let Some(n) = plain_number(t) {
        return n;
    }
    match t
        .split_once('–')
        .map(|(a, b)| (plain_number(a), plain_number(b)))
    {
        Some((Some(a), Some(b))) if a == b => a,
        Some((Some(a), Some(b))) => format!("{a}–{b}"),
        _ => text.to_string(),
    }
}

/// `t` rounded by [`number`] when it is a number as tables write them
/// (digits, one point, a sign; a leading "+" kept), else `None`.
fn plain_number(t: &str) -> Option<String> {
    let v = plain_value(t)?;
    let plus = if t.starts_with('+') { "+" } else { "" };
    Some(format!("{plus}{}", number(v)))
}

/// The value of `t` when it is a number as tables write it (digits, one
/// point, a sign: [`crate::views::tables::num`]'s output, never a number
/// formatted for the reader), else `None`.
pub(crate) fn plain_value(t: &str) -> Option<f64> {
    let plain = !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'));
    t.parse().ok().filter(|_| plain)
}

/// The columns of [`dataset_csv`], in order.
pub const DATASET_COLUMNS: [&str; 22] = [
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
    // Last, so the columns before them keep their places in older downloads.
    "compared_as",
    "correction_kind",
];

/// A table as RFC 4180 CSV: a header line, then one line per row.
///
/// Fields containing a comma, a double quote, CR or LF are quoted, with
/// inner quotes doubled; others are written as they are. Lines end in CRLF,
/// as RFC 4180 asks and spreadsheets expect; the last line ends in one too.
/// A lone empty field (or an empty record) is written as `""` so its line
/// is not read as blank. Rows are written as given, even if their length
/// differs from the header's. The text starts with [`BOM`].
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
        .from_writer(BOM.to_string().into_bytes());
    let written = std::iter::once(w.write_record(header))
        .chain(rows.iter().map(|r| w.write_record(r)))
        .collect::<Result<(), _>>();
    match (written, w.into_inner()) {
        (Ok(()), Ok(bytes)) => String::from_utf8(bytes).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Every article figure, then every later figure, one row each, in the
/// columns of [`DATASET_COLUMNS`]. Numbers are written by [`number`]; no
/// figure has more digits than [`PRECISION`], so each reads back to the same
/// `f64`. Cells that do not apply to a row (a later figure has no quote) are
/// empty. Article rows carry the article's publisher.
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
        number(f.low),
        number(f.high),
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
        c.map(|c| number(c.low)).unwrap_or_default(),
        c.map(|c| number(c.high)).unwrap_or_default(),
        c.map(|c| c.explanation.clone()).unwrap_or_default(),
        f.compared_as.as_ref().map(name).unwrap_or_default(),
        c.map(|c| name(&c.kind)).unwrap_or_default(),
    ]
}

fn later_row(f: &LaterFigure) -> Vec<String> {
    vec![
        "later".into(),
        f.id.clone(),
        f.entity.clone(),
        f.metric.clone(),
        f.period.clone(),
        number(f.low),
        number(f.high),
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
/// base year's row says where the base comes from. Numbers are rounded by
/// [`number`], as in [`dataset_csv`].
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
            let mut row = vec![s.id.name().to_string(), p.year.to_string(), number(p.value)];
            row.extend((0..5).map(|k| q.map(|q| number(q[k])).unwrap_or_default()));
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

/// What a chart's PNG says around the chart so that it stands alone: its
/// `title`, the series `view` draws, the units, who published the figures
/// the panel uses (the article, later reports) and `link`, the view's
/// address, in the reader's language.
pub fn chart_caption(
    ds: &Dataset,
    panel: &crate::panels::Panel,
    view: &crate::charts::View,
    title: &str,
    link: &str,
    l: &crate::locale::Locale,
) -> crate::charts::Caption {
    let legend = crate::charts::series_keys(&panel.spec, l)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| view.shows(*i))
        .map(|(_, k)| k)
        .collect();
    let mut publishers: Vec<String> = Vec::new();
    for id in &panel.sources {
        let name = match (ds.figure(id), ds.later_figure(id)) {
            (Some(_), _) => l.tr(crate::views::tips::ARTICLE_SOURCE).to_string(),
            (None, Some(f)) => crate::views::later_publisher(l, &f.publisher),
            (None, None) => continue,
        };
        if !publishers.contains(&name) {
            publishers.push(name);
        }
    }
    let source = if publishers.is_empty() {
        l.tr("Source: your own assumptions").to_string()
    } else {
        l.trf("Source: {}", &[&publishers.join(l.tr("; "))])
    };
    crate::charts::Caption {
        title: title.to_string(),
        legend,
        units: l.trf("Units: {}", &[&crate::charts::units(&panel.spec, l)]),
        source,
        link: l.trf("Live Commerce Explorer: {}", &[&link]),
    }
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
            "\u{feff}a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n\"cr\rhere\",\r\n\"\"\r\n"
        );
        // An empty record is quoted so that it is not read as a blank line.
        assert_eq!(csv(&[], &[]), "\u{feff}\"\"\r\n");
    }

    #[test]
    fn numbers_round_to_the_datasets_precision() {
        assert_eq!(number(1176.869899), "1176.87");
        assert_eq!(number(10632.4), "10632.4");
        assert_eq!(number(0.30000000000000004), "0.3");
        assert_eq!(number(1_160_000.0), "1160000");
        assert_eq!(number(-2.5), "-2.5");
        assert_eq!(number(f64::NAN), "");
        assert_eq!(number(f64::INFINITY), "");
    }

    #[test]
    fn table_cells_round_and_empty_without_touching_words() {
        assert_eq!(cell("1176.869899"), "1176.87");
        assert_eq!(cell("+12.3456789"), "+12.3457");
        assert_eq!(cell("5–6"), "5–6");
        assert_eq!(cell("1.107653296–1.107653296"), "1.10765");
        assert_eq!(cell("2019"), "2019");
        for nothing in ["–", "", " ", "NaN", "null", "inf"] {
            assert_eq!(cell(nothing), "", "{nothing:?}");
        }
        for words in [
            "94.9%",
            "not by 2030",
            "×1.3",
            "industry-2019",
            "1e5",
            "1,234",
        ] {
            assert_eq!(cell(words), words);
        }
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

//! The Table view of each chart: the exact numbers it draws, with units,
//! and the same rows as CSV. Built from display-unit specs, so the numbers
//! are the reader's units and every amount column names its unit.

use crate::charts::{DouyinChart, GmvChart, IndustryChart, TornadoChart};
use crate::data::{Dataset, Reading};
use crate::format;
use crate::locale::Locale;

/// A table as shown and as downloaded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Suggested name of the CSV download.
    pub file_name: String,
    /// The column naming each row's source, which the Table view shows as
    /// one short line with the rest in a disclosure (a long citation would
    /// wrap every row).
    pub source_column: Option<usize>,
}

impl Table {
    /// The table as CSV, header first: numbers rounded to the dataset's
    /// precision and "–" left empty ([`crate::export::cell`]), so a
    /// spreadsheet reads numbers and blanks, not the screen's text.
    pub fn csv(&self) -> String {
        let header: Vec<&str> = self.columns.iter().map(String::as_str).collect();
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(|c| crate::export::cell(c)).collect())
            .collect();
        crate::export::csv(&header, &rows)
    }
}

/// Significant digits of a fraction in the Table view, as the charts'
/// labels give them ("433.8", "1,177"); the CSV keeps
/// [`crate::export::PRECISION`].
pub const SCREEN_DIGITS: u32 = 4;

/// A cell as the Table view shows it: a fraction (or a range of them)
/// rounded to [`SCREEN_DIGITS`] with thousands separators, since float
/// noise such as 1176.869899 is not a finding; whole numbers (years,
/// counts, levels) and words as they are.
pub fn screen_cell(text: &str) -> String {
    let round = |t: &str| {
        let t = t.trim();
        crate::export::plain_value(t)
            .filter(|_| t.contains('.'))
            .map(|v| {
                let plus = if t.starts_with('+') { "+" } else { "" };
                format!("{plus}{}", format::sig(v, SCREEN_DIGITS))
            })
    };
    if let Some(n) = round(text) {
        return n;
    }
    match text.split_once('–') {
        Some((a, b)) if round(a).is_some() || round(b).is_some() => format!(
            "{}–{}",
            round(a).unwrap_or_else(|| a.trim().to_string()),
            round(b).unwrap_or_else(|| b.trim().to_string())
        ),
        _ => text.to_string(),
    }
}

/// A long text cell (a source) as one short line and the rest: the text up
/// to its first comma or bracket when that is short, else its first words;
/// `None` when the cell fits on a line as it is.
pub fn short_line(text: &str) -> Option<(String, String)> {
    const LINE: usize = 36;
    let chars = text.chars().count();
    if chars <= LINE {
        return None;
    }
    let cut = text
        .char_indices()
        .find(|(_, c)| matches!(c, ',' | '(' | '，' | '（' | ';' | '；'))
        .map(|(i, _)| i)
        .filter(|i| *i > 0 && text[..*i].chars().count() <= LINE);
    let head = match cut {
        Some(i) => text[..i].trim_end().to_string(),
        None => {
            let mut head: String = text.chars().take(LINE - 1).collect();
            // End on a word where there is one.
            if let Some(i) = head.rfind(' ').filter(|i| *i > LINE / 2) {
                head.truncate(i);
            }
            format!("{head}…")
        }
    };
    Some((head, text.to_string()))
}

/// Numbers in tables keep their precision: no thousands separators, no rounding
/// beyond float noise.
pub fn num(v: f64) -> String {
    format::sig(v, 10).replace(',', "")
}

/// An exact display-unit number with its unit: "433.8 bn yuan", "4338亿元".
fn num_unit(l: &Locale, v: f64) -> String {
    l.number_with_unit(&num(v))
}

/// An amount column's header with the unit: "Low (bn yuan)", "Low (bn US
/// dollars)", "下限（亿元）".
pub fn amount_col(l: &Locale, name: &'static str) -> String {
    l.with_unit(l.tr(name))
}

/// A caption ending in the unit: "…, billion yuan", "…（亿元）".
fn with_unit(l: &Locale, caption: String) -> String {
    l.caption_with_unit(&caption)
}

/// 2019 GMV by platform, plus the industry total drawn as a line.
pub fn gmv(l: &Locale, c: &GmvChart, ds: &Dataset, reading: Reading) -> Table {
    let mut rows: Vec<Vec<String>> = c
        .bars
        .iter()
        .map(|b| {
            let f = ds.figure(&b.id);
            let printed = f.map(|f| l.money_range(f.low, f.high)).unwrap_or_default();
            vec![
                b.label.clone(),
                "2019".to_string(),
                num(b.value.low),
                num(b.value.high),
                match f {
                    _ if reading == Reading::Corrected && b.corrected => {
                        l.trf("corrected (printed {})", &[&printed])
                    }
                    Some(f) if reading == Reading::AsPrinted && f.is_corrected() => {
                        let (lo, hi) = f.value(Reading::Corrected);
                        l.trf("as printed (corrected: {})", &[&l.money_range(lo, hi)])
                    }
                    _ => l.tr("as printed").to_string(),
                },
                // The source in words: readers never see a dataset id.
                l.tr(super::tips::ARTICLE_SOURCE).to_string(),
            ]
        })
        .collect();
    if let Some(r) = &c.reference {
        rows.push(vec![
            r.label.clone(),
            "2019".to_string(),
            num(r.value),
            num(r.value),
            l.tr("as printed").to_string(),
            l.tr(super::tips::ARTICLE_SOURCE).to_string(),
        ]);
    }
    Table {
        caption: with_unit(l, l.tr("2019 GMV by platform").to_string()),
        columns: vec![
            l.tr("Series").to_string(),
            l.tr("Year").to_string(),
            amount_col(l, "Low"),
            amount_col(l, "High"),
            l.tr("Reading").to_string(),
            l.tr("Source").to_string(),
        ],
        rows,
        file_name: "gmv-2019.csv".to_string(),
        source_column: None,
    }
}

/// The projection year by year (with its Monte Carlo bands when there are
/// some), the level, and the later reports' markers.
pub fn industry(l: &Locale, c: &IndustryChart, basis: &str) -> Table {
    let mut t = projection(l, c, "Industry", basis);
    if let Some(first) = t.rows.first_mut() {
        first[0] = l.tr("Article: 2019 size").to_string();
        first[6] = l.tr("the article").to_string();
    }
    let dash = || "–".to_string();
    let at = c.overlays.iter().map(|o| o.points.len()).sum::<usize>();
    let level_row = vec![
        l.trf("Level: {}", &[&c.level_label]),
        dash(),
        num(c.level),
        dash(),
        dash(),
        dash(),
        l.tr("the article (\"trillion level\", no year given)")
            .to_string(),
    ];
    let idx = t.rows.len() - at;
    t.rows.insert(idx, level_row);
    t.caption = with_unit(
        l,
        l.tr("China's live-stream e-commerce: projection, Monte Carlo bands and later reports")
            .to_string(),
    );
    t.file_name = "industry-projection.csv".to_string();
    t
}

/// The 2019 base, the article's two forecast ranges and the user's value.
pub fn douyin(l: &Locale, c: &DouyinChart) -> Table {
    let next = (c.base_year + 1).to_string();
    let mut rows = vec![vec![
        l.tr("Article: 2019 live GMV").to_string(),
        c.base_year.to_string(),
        "–".to_string(),
        num(c.base),
        num(c.base),
    ]];
    for s in &c.scenarios {
        let v = s.multiplier.scaled(c.base);
        rows.push(vec![
            l.trf("Article's forecast {}", &[&s.label]),
            next.clone(),
            format!("{}–{}", num(s.multiplier.low), num(s.multiplier.high)),
            num(v.low),
            num(v.high),
        ]);
    }
    let user = c.user_value();
    rows.push(vec![
        l.tr("Your multiplier").to_string(),
        next,
        num(c.user_multiplier),
        num(user),
        num(user),
    ]);
    Table {
        caption: with_unit(l, l.tr("Douyin live-stream GMV").to_string()),
        columns: vec![
            l.tr("Series").to_string(),
            l.tr("Year").to_string(),
            l.tr("Multiplier (×)").to_string(),
            amount_col(l, "Low"),
            amount_col(l, "High"),
        ],
        rows,
        file_name: "douyin-live.csv".to_string(),
        source_column: None,
    }
}

/// Any series' projection: the point projection, its Monte Carlo bands when
/// there are some, and later reports.
/// `name` is the series' English name (it also names the file).
pub fn projection(l: &Locale, c: &IndustryChart, name: &'static str, basis: &str) -> Table {
    let shown = l.tr(name);
    let with_bands = c.bands.len() == c.series.len();
    let mut rows: Vec<Vec<String>> = c
        .series
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let b = if with_bands { c.bands.get(i) } else { None };
            let q = |k: usize| b.map(|b| num(b[k])).unwrap_or_else(|| "–".to_string());
            vec![
                l.trf("{}: projection", &[&shown]),
                p.year.to_string(),
                num(p.value),
                q(0),
                q(2),
                q(4),
                basis.to_string(),
            ]
        })
        .collect();
    for o in &c.overlays {
        for p in &o.points {
            rows.push(vec![
                l.trf("Later report: {}", &[&l.tr_any(&o.publisher)]),
                p.year.to_string(),
                if p.low == p.high {
                    num(p.low)
                } else {
                    format!("{}–{}", num(p.low), num(p.high))
                },
                "–".to_string(),
                "–".to_string(),
                "–".to_string(),
                p.tip.source.clone(),
            ]);
        }
    }
    Table {
        caption: with_unit(
            l,
            l.trf(
                "{}: projection, Monte Carlo bands and later reports",
                &[&shown],
            ),
        ),
        columns: vec![
            l.tr("Series").to_string(),
            l.tr("Year").to_string(),
            amount_col(l, "Value"),
            "P5".to_string(),
            "P50".to_string(),
            "P95".to_string(),
            l.tr("Source").to_string(),
        ],
        rows,
        file_name: format!(
            "{}-projection.csv",
            name.to_lowercase()
                .replace([' ', ','], "-")
                .replace("--", "-")
        ),
        source_column: Some(6),
    }
}

/// The tornado's bars.
pub fn tornado(l: &Locale, c: &TornadoChart) -> Table {
    Table {
        caption: l.trf(
            "Sensitivity of {} (all at medians: {})",
            &[&c.output, &num_unit(l, c.centre)],
        ),
        columns: vec![
            l.tr("Assumption").to_string(),
            amount_col(l, "Output at low end"),
            amount_col(l, "Output at high end"),
            amount_col(l, "Swing"),
        ],
        rows: c
            .swings
            .iter()
            .map(|s| {
                vec![
                    s.label.clone(),
                    num(s.at_low),
                    num(s.at_high),
                    num((s.at_high - s.at_low).abs()),
                ]
            })
            .collect(),
        file_name: "sensitivity.csv".to_string(),
        source_column: None,
    }
}

/// Adds a column "Chance ≥ level by then" to a projection table, one value
/// per year row (the first rows); other rows get "–".
/// `years` is how many rows (the first) are the projection's years.
pub fn add_chance(l: &Locale, t: &mut Table, by_year: &[String], years: usize) {
    if by_year.is_empty() {
        return;
    }
    t.columns
        .push(l.tr("Chance at or above the level by then").to_string());
    for (i, row) in t.rows.iter_mut().enumerate() {
        let projected = i < years;
        row.push(match by_year.get(i) {
            Some(p) if projected => p.clone(),
            _ => "–".to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_cells_round_fractions_and_keep_years_and_words() {
        assert_eq!(screen_cell("1176.869899"), "1,177");
        assert_eq!(screen_cell("433.8"), "433.8");
        assert_eq!(screen_cell("0.123456"), "0.1235");
        assert_eq!(screen_cell("+12.34567"), "+12.35");
        assert_eq!(screen_cell("2019"), "2019");
        assert_eq!(screen_cell("1000"), "1000");
        assert_eq!(screen_cell("12.345678–23.456789"), "12.35–23.46");
        assert_eq!(screen_cell("5–6"), "5–6");
        assert_eq!(screen_cell("–"), "–");
        assert_eq!(screen_cell("as printed"), "as printed");
        assert_eq!(screen_cell("45.3%"), "45.3%");
    }

    #[test]
    fn long_cells_get_one_short_line() {
        assert_eq!(short_line("the article"), None);
        let (head, all) =
            short_line("Qianzhan Industry Research, “China live e-commerce report 2021” (2021-05)")
                .unwrap_or_default();
        assert_eq!(head, "Qianzhan Industry Research");
        assert!(all.ends_with("(2021-05)"));
        let (head, _) =
            short_line("A very long source name without any comma that goes on and on for ever")
                .unwrap_or_default();
        assert!(head.ends_with('…') && head.chars().count() <= 36, "{head}");
    }
}

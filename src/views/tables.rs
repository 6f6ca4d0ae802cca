//! The Table view of each chart: the exact numbers it draws, with units,
//! and the same rows as CSV.

use crate::charts::{DouyinChart, GmvChart, IndustryChart, TornadoChart};
use crate::data::{Dataset, Reading};
use crate::format;

/// A table as shown and as downloaded.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Suggested name of the CSV download.
    pub file_name: String,
}

impl Table {
    /// The table as CSV, header first.
    pub fn csv(&self) -> String {
        let header: Vec<&str> = self.columns.iter().map(String::as_str).collect();
        crate::export::csv(&header, &self.rows)
    }
}

/// Numbers in tables keep their precision: no thousands separators, no rounding
/// beyond float noise.
pub fn num(v: f64) -> String {
    format::sig(v, 10).replace(',', "")
}

fn cols(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

/// 2019 GMV by platform, plus the industry total drawn as a line.
pub fn gmv(c: &GmvChart, ds: &Dataset, reading: Reading) -> Table {
    let mut rows: Vec<Vec<String>> = c
        .bars
        .iter()
        .map(|b| {
            let printed = ds
                .figure(&b.id)
                .map(|f| format::bn_cny_range(f.low, f.high))
                .unwrap_or_default();
            vec![
                b.label.clone(),
                "2019".to_string(),
                num(b.value.low),
                num(b.value.high),
                match (reading, &b.remark) {
                    (Reading::Corrected, Some(r)) if r == "corrected" => {
                        format!("corrected (printed {printed})")
                    }
                    _ => "as printed".to_string(),
                },
                b.id.clone(),
            ]
        })
        .collect();
    if let Some(r) = &c.reference {
        rows.push(vec![
            r.label.clone(),
            "2019".to_string(),
            num(r.value),
            num(r.value),
            "as printed".to_string(),
            "industry-2019".to_string(),
        ]);
    }
    Table {
        caption: "2019 GMV by platform, billion yuan".to_string(),
        columns: cols(&[
            "Series",
            "Year",
            "Low (bn yuan)",
            "High (bn yuan)",
            "Reading",
            "Figure id",
        ]),
        rows,
        file_name: "gmv-2019.csv".to_string(),
    }
}

/// The projection year by year (with its Monte Carlo bands when there are
/// some), the level, and the later reports' markers.
pub fn industry(c: &IndustryChart, basis: &str) -> Table {
    let mut t = projection(c, "Industry", basis);
    if let Some(first) = t.rows.first_mut() {
        first[0] = "Article: 2019 size".to_string();
        first[6] = "the article".to_string();
    }
    let dash = || "–".to_string();
    let at = c.overlays.iter().map(|o| o.points.len()).sum::<usize>();
    let level_row = vec![
        format!("Level: {}", c.level_label),
        dash(),
        num(c.level),
        dash(),
        dash(),
        dash(),
        "the article (\"trillion level\", no year given)".to_string(),
    ];
    let idx = t.rows.len() - at;
    t.rows.insert(idx, level_row);
    t.caption = "China's live-stream e-commerce: projection, Monte Carlo bands and later reports, billion yuan".to_string();
    t.file_name = "industry-projection.csv".to_string();
    t
}

/// The 2019 base, the article's two forecast ranges and the user's value.
pub fn douyin(c: &DouyinChart) -> Table {
    let next = (c.base_year + 1).to_string();
    let mut rows = vec![vec![
        "Article: 2019 live GMV".to_string(),
        c.base_year.to_string(),
        "–".to_string(),
        num(c.base),
        num(c.base),
    ]];
    for s in &c.scenarios {
        let v = s.multiplier.scaled(c.base);
        rows.push(vec![
            format!("Article's forecast {}", s.label),
            next.clone(),
            format!("{}–{}", num(s.multiplier.low), num(s.multiplier.high)),
            num(v.low),
            num(v.high),
        ]);
    }
    let user = c.user_value();
    rows.push(vec![
        "Your multiplier".to_string(),
        next,
        num(c.user_multiplier),
        num(user),
        num(user),
    ]);
    Table {
        caption: "Douyin live-stream GMV, billion yuan".to_string(),
        columns: cols(&[
            "Series",
            "Year",
            "Multiplier (×)",
            "Low (bn yuan)",
            "High (bn yuan)",
        ]),
        rows,
        file_name: "douyin-live.csv".to_string(),
    }
}

/// Any series' projection: the point projection, its Monte Carlo bands when
/// there are some, and later reports.
pub fn projection(c: &IndustryChart, name: &str, basis: &str) -> Table {
    let with_bands = c.bands.len() == c.series.len();
    let mut rows: Vec<Vec<String>> = c
        .series
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let b = if with_bands { c.bands.get(i) } else { None };
            let q = |k: usize| b.map(|b| num(b[k])).unwrap_or_else(|| "–".to_string());
            vec![
                format!("{name}: projection"),
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
                format!("Later report: {}", o.publisher),
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
        caption: format!("{name}: projection, Monte Carlo bands and later reports, billion yuan"),
        columns: cols(&[
            "Series",
            "Year",
            "Value (bn yuan)",
            "P5",
            "P50",
            "P95",
            "Source",
        ]),
        rows,
        file_name: format!(
            "{}-projection.csv",
            name.to_lowercase()
                .replace([' ', ','], "-")
                .replace("--", "-")
        ),
    }
}

/// The tornado's bars.
pub fn tornado(c: &TornadoChart) -> Table {
    Table {
        caption: format!(
            "Sensitivity of {} (all at medians: {} bn yuan)",
            c.output,
            num(c.centre)
        ),
        columns: cols(&[
            "Assumption",
            "Output at low end (bn yuan)",
            "Output at high end (bn yuan)",
            "Swing (bn yuan)",
        ]),
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
    }
}

/// Adds a column "Chance ≥ level by then" to a projection table, one value
/// per year row (the first rows); other rows get "–".
pub fn add_chance(t: &mut Table, by_year: &[String]) {
    if by_year.is_empty() {
        return;
    }
    t.columns
        .push("Chance at or above the level by then".to_string());
    for (i, row) in t.rows.iter_mut().enumerate() {
        let projected = row
            .first()
            .is_some_and(|s| s.ends_with("projection") || s.starts_with("Article"));
        row.push(match by_year.get(i) {
            Some(p) if projected => p.clone(),
            _ => "–".to_string(),
        });
    }
}

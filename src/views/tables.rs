//! The Table view of each chart: the exact numbers it draws, with units,
//! and the same rows as CSV.

use crate::charts::{DouyinChart, GmvChart, IndustryChart};
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

/// The projection year by year, the level, and the later reports' markers.
pub fn industry(c: &IndustryChart, basis: &str) -> Table {
    let mut rows: Vec<Vec<String>> = c
        .series
        .iter()
        .enumerate()
        .map(|(i, p)| {
            vec![
                if i == 0 {
                    "Article: 2019 size".to_string()
                } else {
                    "Projection".to_string()
                },
                p.year.to_string(),
                num(p.value),
                num(p.value),
                if i == 0 {
                    "the article".to_string()
                } else {
                    basis.to_string()
                },
            ]
        })
        .collect();
    rows.push(vec![
        format!("Level: {}", c.level_label),
        "–".to_string(),
        num(c.level),
        num(c.level),
        "the article (\"trillion level\", no year given)".to_string(),
    ]);
    for o in &c.overlays {
        for p in &o.points {
            rows.push(vec![
                format!("Later report: {}", o.publisher),
                p.year.to_string(),
                num(p.low),
                num(p.high),
                p.tip.source.clone(),
            ]);
        }
    }
    Table {
        caption: "China's live-stream e-commerce: projection and later reports, billion yuan"
            .to_string(),
        columns: cols(&[
            "Series",
            "Year",
            "Low (bn yuan)",
            "High (bn yuan)",
            "Source",
        ]),
        rows,
        file_name: "industry-projection.csv".to_string(),
    }
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

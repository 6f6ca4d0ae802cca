//! Key numbers for every series at once: growth rate over the chosen span,
//! the year the level is crossed, the share of the industry, and live
//! commerce as a share of online retail where that is known.

use super::Assumptions;
use crate::data::Dataset;
use crate::locale::Locale;
use crate::model::{self, Crossing};
use crate::scenario::SeriesId;

/// One series' key numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyRow {
    pub id: SeriesId,
    /// Value at the start and end of the span, billion yuan (the core's
    /// unit: show them with `Locale::money`).
    pub start: f64,
    pub end: f64,
    /// Compound annual growth over the span, as a fraction.
    pub cagr: Option<f64>,
    /// "2021", "not by 2030", "already in 2019".
    pub crossing: String,
    /// Share of the industry in the span's last year (platforms only).
    pub share: Option<f64>,
    /// Where the projection starts, when it starts from an article figure
    /// the dataset corrects (`tips::base_caveat`): shown beside the
    /// series' name, so Kuaishou's numbers say they grow the corrected
    /// 2019 figure, not the printed one.
    pub caveat: Option<String>,
}

/// Key numbers of the whole scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyNumbers {
    pub span: (i32, i32),
    pub level_name: String,
    pub rows: Vec<KeyRow>,
    /// (year, live commerce ÷ online retail, the online-retail source).
    pub retail_share: Vec<(i32, f64, String)>,
}

fn value_in(points: &[model::YearValue], year: i32) -> Option<f64> {
    points.iter().find(|p| p.year == year).map(|p| p.value)
}

/// Computes the key numbers from the point projections.
/// Crossings and sources are written in the reader's language.
pub fn key_numbers(
    ds: &Dataset,
    a: &Assumptions,
    level: f64,
    level_name: &str,
    l: &Locale,
) -> KeyNumbers {
    let (from, to) = a.page.span;
    let industry = a.scenario.point_projection(SeriesId::Industry);
    let industry_end = value_in(&industry, to);
    let rows = SeriesId::ALL
        .iter()
        .map(|&id| {
            let p = a.scenario.point_projection(id);
            let start = value_in(&p, from).unwrap_or(f64::NAN);
            let end = value_in(&p, to).unwrap_or(f64::NAN);
            let crossing = match model::crossing(&p, level) {
                Some(Crossing::In { year, .. }) => year.to_string(),
                Some(Crossing::Already { year }) => l.trf("already in {}", &[&year]),
                Some(Crossing::NotBy { year }) => l.trf("not by {}", &[&year]),
                None => "–".to_string(),
            };
            KeyRow {
                id,
                start,
                end,
                cagr: model::cagr(start, end, f64::from(to - from)),
                crossing,
                share: match (id, industry_end) {
                    (SeriesId::Industry, _) => None,
                    (_, Some(total)) if total > 0.0 => Some(end / total),
                    _ => None,
                },
                caveat: a
                    .scenario
                    .get(id)
                    .and_then(|s| super::tips::base_caveat(l, ds, s)),
            }
        })
        .collect();
    let retail_share = ds
        .later
        .iter()
        .filter(|f| f.entity == "China" && f.metric == "online retail sales")
        .filter_map(|f| {
            let year: i32 = f.period.parse().ok()?;
            let live = value_in(&industry, year)?;
            Some((
                year,
                live / f.low,
                format!(
                    "{} · {}",
                    super::later::publisher_in(l, &f.publisher),
                    l.money(f.low)
                ),
            ))
        })
        .collect();
    KeyNumbers {
        span: a.page.span,
        level_name: level_name.to_string(),
        rows,
        retail_share,
    }
}

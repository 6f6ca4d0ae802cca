//! Forecast against outcome: each of the article's forecasts set against
//! what later reports say, as reported ÷ forecast.

use super::later::{certainty, firm, industry_overlays, is_industry, year_of_full};
use super::tables::{Table, num};
use super::{Panel, ids, tips};
use crate::charts::{ChartSpec, Overlay, RatioChart, RatioPoint, RatioRow, Shape, Tip};
use crate::data::{Dataset, LaterFigure, LaterKind, Reading};
use crate::format;

fn point(f: &LaterFigure, forecast: f64, what: &str, marks: &[Overlay]) -> RatioPoint {
    let firm_mark = marks.iter().find(|o| o.publisher == firm(&f.publisher));
    let (low, high) = (f.low / forecast, f.high / forecast);
    let ratio = format::multiplier_range(low, high).replace('×', "");
    RatioPoint {
        low,
        high,
        label: format!("{} {}: ×{ratio}", short(&f.publisher), f.period),
        certainty: certainty(f.confidence),
        shape: firm_mark.map(|o| o.shape).unwrap_or(Shape::Circle),
        colour: firm_mark.map(|o| o.colour).unwrap_or(0),
        tip: Tip {
            title: format!("{}: {}", firm(&f.publisher), f.metric),
            value: format!(
                "{} yuan against {what} of {} yuan: ×{ratio}",
                format::bn_cny_range(f.low, f.high),
                format::bn_cny(forecast)
            ),
            period: f.period.clone(),
            source: format!("{} · {}", f.publisher, tips::confidence_words(f.confidence)),
        },
    }
}

/// A firm's name cut to its first word, for labels beside markers.
fn short(publisher: &str) -> &str {
    firm(publisher)
        .split_whitespace()
        .next()
        .unwrap_or(publisher)
}

/// Whole-year outcomes (not forecasts) of the industry in `years`.
fn outcomes<'a>(ds: &'a Dataset, years: &[i32]) -> Vec<&'a LaterFigure> {
    ds.later
        .iter()
        .filter(|f| is_industry(f) && f.kind != LaterKind::Forecast)
        .filter(|f| year_of_full(&f.period).is_some_and(|y| years.contains(&y)))
        .collect()
}

/// The forecast-vs-outcome chart with its table and sources; `None` when the
/// article's base figures are missing.
pub fn panel(ds: &Dataset, reading: Reading) -> Option<Panel> {
    let base = ds.figure(ids::INDUSTRY_2019)?;
    let doubling = ds.figure(ids::INDUSTRY_DOUBLING)?;
    let level = ds.figure(ids::INDUSTRY_TRILLION)?;
    let expected_2020 = base.low * doubling.low;
    let mut rows = Vec::new();
    let mut table_rows = Vec::new();
    let mut sources = vec![base.id.clone(), doubling.id.clone(), level.id.clone()];

    // The same firm gets the same marker as on the industry chart.
    let (marks, _) = industry_overlays(ds);
    let mut add = |row_label: &str, forecast: f64, what: &str, figures: Vec<&LaterFigure>| {
        let points = figures
            .iter()
            .map(|f| point(f, forecast, what, &marks))
            .collect();
        for f in &figures {
            table_rows.push(vec![
                row_label.to_string(),
                f.publisher.clone(),
                f.period.clone(),
                num(f.low),
                num(f.high),
                num(forecast),
                format!("{}–{}", num(f.low / forecast), num(f.high / forecast)),
            ]);
            sources.push(f.id.clone());
        }
        rows.push(RatioRow {
            label: row_label.to_string(),
            points,
            missing: None,
        });
    };
    add(
        &format!(
            "Industry doubles in 2020 (×2 → {} yuan)",
            format::bn_cny(expected_2020)
        ),
        expected_2020,
        "the doubling",
        outcomes(ds, &[2020]),
    );
    add(
        "“Trillion level” (no year given): size ÷ 1 trillion",
        level.low,
        "the trillion level",
        outcomes(ds, &[2020, 2021]),
    );

    let douyin_2019 = ds.figure(ids::DOUYIN_GMV);
    let douyin_2020 = ds
        .later
        .iter()
        .find(|f| f.entity == "Douyin" && f.metric == "e-commerce GMV" && f.period == "2020");
    let context = match (douyin_2019, douyin_2020) {
        (Some(a), Some(b)) => {
            sources.push(b.id.clone());
            format!(
                "No live-only figure published. Douyin's total e-commerce: {} → over {} (×{}).",
                format::bn_cny(a.value(reading).0),
                format::bn_cny(b.low),
                format::sig(b.low / a.value(reading).0, 2)
            )
        }
        _ => "No live-only figure for 2020 was published.".to_string(),
    };
    rows.push(RatioRow {
        label: "Douyin live ×5–6 or ×10–12 in 2020".to_string(),
        points: Vec::new(),
        missing: Some("No live-only figure published (see below)".to_string()),
    });
    table_rows.push(vec![
        "Douyin live ×5–6 or ×10–12 in 2020".to_string(),
        "–".to_string(),
        "2020".to_string(),
        "–".to_string(),
        "–".to_string(),
        "50–120".to_string(),
        context.clone(),
    ]);
    for id in [ids::SCENARIO_LOW, ids::SCENARIO_HIGH] {
        sources.push(id.to_string());
    }

    Some(Panel {
        spec: ChartSpec::Ratio(RatioChart { rows }),
        table: Table {
            caption: "The article's forecasts against later reports".to_string(),
            columns: [
                "Forecast",
                "Reported by",
                "Period",
                "Reported low (bn yuan)",
                "Reported high (bn yuan)",
                "Forecast (bn yuan)",
                "Reported ÷ forecast",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            rows: table_rows,
            file_name: "forecast-vs-outcome.csv".to_string(),
        },
        sources,
        notes: vec![
            format!("Douyin live: {context}"),
            "Firms measure the market differently, so each ratio compares the article's forecast with one firm's figure; they are not one series."
                .to_string(),
        ],
    })
}

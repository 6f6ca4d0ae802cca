//! Forecast against outcome: each of the article's forecasts set against
//! what later reports say, as reported ÷ forecast.

use super::later::{
    certainty, firm, firm_shown, industry_overlays, is_industry, publisher_in, year_of_full,
};
use super::tables::{Table, amount_col, num};
use super::{Panel, ids, tips};
use crate::charts::{ChartSpec, Overlay, RatioChart, RatioPoint, RatioRow, Shape, Tip};
use crate::data::{Dataset, LaterFigure, LaterKind, Reading};
use crate::format;
use crate::locale::Locale;

fn point(l: &Locale, f: &LaterFigure, forecast: f64, what: &str, marks: &[Overlay]) -> RatioPoint {
    let firm_mark = marks
        .iter()
        .find(|o| o.publisher == firm_shown(l, &f.publisher));
    let (low, high) = (f.low / forecast, f.high / forecast);
    let ratio = format::multiplier_range(low, high).replace('×', "");
    RatioPoint {
        low,
        high,
        label: format!(
            "{} {}: ×{ratio}",
            short(l, &f.publisher),
            l.tr_any(&f.period)
        ),
        certainty: certainty(f.confidence),
        shape: firm_mark.map(|o| o.shape).unwrap_or(Shape::Circle),
        colour: firm_mark.map(|o| o.colour).unwrap_or(0),
        tip: Tip {
            title: format!("{}: {}", firm_shown(l, &f.publisher), l.tr_any(&f.metric)),
            value: l.trf(
                "{} against {} of {}: ×{}",
                &[
                    &l.money_range(f.low, f.high),
                    &what,
                    &l.money(forecast),
                    &ratio,
                ],
            ),
            period: l.tr_any(&f.period).to_string(),
            source: format!(
                "{} · {}",
                publisher_in(l, &f.publisher),
                tips::confidence_in(l, f.confidence)
            ),
        },
    }
}

/// A firm's name cut to its first word, for labels beside markers.
fn short<'a>(l: &Locale, publisher: &'a str) -> &'a str {
    let name = firm(publisher);
    let shown = l.tr_any(name);
    if shown != name {
        // A translated firm name has no spaces to cut at.
        return shown;
    }
    name.split_whitespace().next().unwrap_or(publisher)
}

/// Whole-year outcomes (not forecasts) of the industry in `years`.
fn outcomes<'a>(ds: &'a Dataset, years: &[i32]) -> Vec<&'a LaterFigure> {
    ds.later
        .iter()
        .filter(|f| is_industry(f) && f.kind != LaterKind::Forecast)
        .filter(|f| year_of_full(&f.period).is_some_and(|y| years.contains(&y)))
        .collect()
}

/// The sentence on Douyin live in 2020, for which no live-only figure was
/// published, so its all-e-commerce GMV stands in: 2019 (as `reading` gives
/// it) against the later report's 2020. Also the later figure's id, a
/// source of the panel when it exists.
fn douyin_context(ds: &Dataset, reading: Reading, l: &Locale) -> (String, Option<String>) {
    let douyin_2019 = ds.figure(ids::DOUYIN_GMV);
    let douyin_2020 = ds
        .later
        .iter()
        .find(|f| f.entity == "Douyin" && f.metric == "e-commerce GMV" && f.period == "2020");
    match (douyin_2019, douyin_2020) {
        (Some(a), Some(b)) => (
            l.trf(
                "No live-only figure published. Douyin's all e-commerce: {} → over {} (×{}).",
                &[
                    &l.money(a.value(reading).0),
                    &l.money(b.low),
                    &format::sig(b.low / a.value(reading).0, 2),
                ],
            ),
            Some(b.id.clone()),
        ),
        _ => (
            l.tr("No live-only figure for 2020 was published.")
                .to_string(),
            None,
        ),
    }
}

/// The article's two forecasts for Douyin live in 2020 (10 bn × 5 to × 12)
/// as one range written by `d` in the reader's units; "–" without the base.
fn douyin_forecast(ds: &Dataset, d: impl Fn(f64) -> String) -> String {
    match ds.figure(ids::DOUYIN_LIVE_GMV) {
        Some(base) => {
            let lo = ds.figure(ids::SCENARIO_LOW).map_or(5.0, |f| f.low);
            let hi = ds.figure(ids::SCENARIO_HIGH).map_or(12.0, |f| f.high);
            format!("{}–{}", d(base.low * lo), d(base.low * hi))
        }
        None => "–".to_string(),
    }
}

/// The table under the chart: one row per later figure plus Douyin live's.
fn table(l: &Locale, rows: Vec<Vec<String>>) -> Table {
    Table {
        caption: l
            .tr("The article's forecasts against later reports")
            .to_string(),
        columns: vec![
            l.tr("Forecast").to_string(),
            l.tr("Reported by").to_string(),
            l.tr("Period").to_string(),
            amount_col(l, "Reported low"),
            amount_col(l, "Reported high"),
            amount_col(l, "Forecast"),
            l.tr("Reported ÷ forecast").to_string(),
        ],
        rows,
        file_name: "forecast-vs-outcome.csv".to_string(),
        source_column: None,
    }
}

/// The forecast-vs-outcome chart with its table and sources; `None` when the
/// article's base figures are missing.
/// Amounts in the table are in the reader's units; the ratios need none.
pub fn panel(ds: &Dataset, reading: Reading, l: &Locale) -> Option<Panel> {
    let base = ds.figure(ids::INDUSTRY_2019)?;
    let doubling = ds.figure(ids::INDUSTRY_DOUBLING)?;
    let level = ds.figure(ids::INDUSTRY_TRILLION)?;
    let expected_2020 = base.low * doubling.low;
    let mut rows = Vec::new();
    let mut table_rows = Vec::new();
    let mut sources = vec![base.id.clone(), doubling.id.clone(), level.id.clone()];

    // The same firm gets the same marker as on the industry chart.
    let (marks, _) = industry_overlays(ds, l);
    let d = |v: f64| num(l.display(v));
    let mut add = |row_label: &str, forecast: f64, what: &str, figures: Vec<&LaterFigure>| {
        let points = figures
            .iter()
            .map(|f| point(l, f, forecast, what, &marks))
            .collect();
        for f in &figures {
            table_rows.push(vec![
                row_label.to_string(),
                publisher_in(l, &f.publisher),
                l.tr_any(&f.period).to_string(),
                d(f.low),
                d(f.high),
                d(forecast),
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
        &l.trf(
            "Industry doubles in 2020 (×2 → {})",
            &[&l.money(expected_2020)],
        ),
        expected_2020,
        l.tr("the doubling"),
        outcomes(ds, &[2020]),
    );
    add(
        l.tr("“Trillion level” (no year given): size ÷ 1 trillion"),
        level.low,
        l.tr("the trillion level"),
        outcomes(ds, &[2020, 2021]),
    );

    let (context, douyin_source) = douyin_context(ds, reading, l);
    sources.extend(douyin_source);
    rows.push(RatioRow {
        label: l.tr("Douyin live ×5–6 or ×10–12 in 2020").to_string(),
        points: Vec::new(),
        missing: Some(
            l.tr("No live-only figure published (see below)")
                .to_string(),
        ),
    });
    let forecast = douyin_forecast(ds, d);
    table_rows.push(vec![
        l.tr("Douyin live ×5–6 or ×10–12 in 2020").to_string(),
        "–".to_string(),
        "2020".to_string(),
        "–".to_string(),
        "–".to_string(),
        forecast,
        context.clone(),
    ]);
    for id in [ids::SCENARIO_LOW, ids::SCENARIO_HIGH] {
        sources.push(id.to_string());
    }

    Some(Panel {
        spec: ChartSpec::Ratio(RatioChart { rows }),
        table: table(l, table_rows),
        sources,
        notes: vec![
            l.trf("Douyin live: {}", &[&context]),
            l.tr("Firms measure the market differently, so each ratio compares the article's forecast with one firm's figure; they are not one series.")
                .to_string(),
        ],
        basis: Vec::new(),
    })
}

//! What happened next to the three platforms: the article's 2019 GMVs and
//! later reports' yearly GMVs, one marker series per platform and publisher.

use super::later::{certainty, firm_shown, year_of_full};
use super::tables::{Table, amount_col, num};
use super::{Panel, ids, tips};
use crate::charts::{Certainty, ChartSpec, Overlay, OverlayPoint, Shape, TimelineChart};
use crate::data::{Dataset, LaterKind, Reading};
use crate::locale::Locale;

/// The platforms, in the order of their colours.
const PLATFORMS: [(&str, usize); 3] = [("Douyin", 4), ("Kuaishou", 0), ("Taobao Live", 2)];

fn is_gmv(metric: &str) -> bool {
    metric.contains("GMV")
}

/// The platforms' timeline with its table, sources and notes.
/// The chart and table are in the reader's units.
pub fn panel(ds: &Dataset, reading: Reading, l: &Locale) -> Panel {
    let d = |v: f64| num(l.display(v));
    let mut series: Vec<Overlay> = Vec::new();
    let mut sources = Vec::new();
    let mut rows = Vec::new();
    let mut partial = Vec::new();
    for (platform, colour) in PLATFORMS {
        let shown = l.tr_any(platform);
        let mut shapes = Shape::ALL.iter().copied().filter(|s| *s != Shape::Circle);
        // The article's own 2019 figure: circles, as the article is one source.
        let article_id = match platform {
            "Douyin" => Some(ids::DOUYIN_GMV),
            "Kuaishou" => Some(ids::KUAISHOU_GMV),
            _ => None,
        };
        if let Some(f) = article_id.and_then(|id| ds.figure(id)) {
            let (low, high) = f.value(reading);
            series.push(Overlay {
                publisher: l.trf("{} · the article", &[&shown]),
                shape: Shape::Circle,
                colour,
                points: vec![OverlayPoint {
                    year: 2019,
                    low,
                    high,
                    certainty: Certainty::Single,
                    tip: tips::figure_tip_in(l, f, reading),
                }],
            });
            rows.push(vec![
                shown.to_string(),
                "2019".to_string(),
                d(low),
                d(high),
                l.trf("the article ({})", &[&tips::figure_value_in(l, f, reading)]),
            ]);
            sources.push(f.id.clone());
        }
        for f in ds
            .later
            .iter()
            .filter(|f| f.entity == platform && is_gmv(&f.metric))
            // The article's corrected figure is already drawn as the article's.
            .filter(|f| f.kind != LaterKind::Derived)
        {
            sources.push(f.id.clone());
            let Some(year) = year_of_full(&f.period) else {
                partial.push(l.trf(
                    "{}, {} ({}): {}",
                    &[
                        &shown,
                        &f.period,
                        &firm_shown(l, &f.publisher),
                        &l.money_range(f.low, f.high),
                    ],
                ));
                continue;
            };
            let name = format!("{shown} · {}", firm_shown(l, &f.publisher));
            let point = OverlayPoint {
                year,
                low: f.low,
                high: f.high,
                certainty: certainty(f.confidence),
                tip: tips::later_tip_in(l, f),
            };
            rows.push(vec![
                shown.to_string(),
                year.to_string(),
                d(f.low),
                d(f.high),
                format!(
                    "{} · {}",
                    super::later::publisher_in(l, &f.publisher),
                    tips::confidence_in(l, f.confidence)
                ),
            ]);
            match series.iter_mut().find(|s| s.publisher == name) {
                Some(s) => s.points.push(point),
                None => series.push(Overlay {
                    publisher: name,
                    shape: shapes.next().unwrap_or(Shape::Cross),
                    colour,
                    points: vec![point],
                }),
            }
        }
    }
    let last_year = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.year))
        .max()
        .unwrap_or(2024);
    let mut notes = vec![
        l.tr("GMV here is each platform's whole e-commerce GMV (live and not), except Taobao Live's, which is live only. Douyin has called press figures of its GMV inaccurate.")
            .to_string(),
    ];
    if !partial.is_empty() {
        notes.push(l.trf(
            "Not drawn, covering part of a year only: {}.",
            &[&partial.join(l.tr("; "))],
        ));
    }
    let mut spec = ChartSpec::Timeline(TimelineChart {
        first_year: 2019,
        last_year,
        series,
    });
    super::to_display(&mut spec, l);
    Panel {
        spec,
        table: Table {
            caption: l.caption_with_unit(l.tr("Platforms' GMV by year")),
            columns: vec![
                l.tr("Platform").to_string(),
                l.tr("Year").to_string(),
                amount_col(l, "Low"),
                amount_col(l, "High"),
                l.tr("Source").to_string(),
            ],
            rows,
            file_name: "platforms-gmv.csv".to_string(),
        },
        sources,
        notes,
    }
}

//! What happened next to the three platforms: the article's 2019 GMVs and
//! later reports' yearly GMVs, one marker series per platform and publisher.

use super::later::{certainty, firm_shown, year_of_full};
use super::tables::{Table, amount_col, num};
use super::{Panel, ids, tips};
use crate::charts::{Certainty, ChartSpec, Overlay, OverlayPoint, Shape, TimelineChart};
use crate::data::{Dataset, LaterFigure, LaterKind, Reading};
use crate::locale::Locale;

/// The first year drawn: the article's.
const FIRST_YEAR: i32 = crate::model::BASE_YEAR;

/// The platforms, in the order of their colours.
const PLATFORMS: [(&str, usize); 3] = [("Douyin", 4), ("Kuaishou", 0), ("Taobao Live", 2)];

fn is_gmv(metric: &str) -> bool {
    metric.contains("GMV")
}

/// What the panel gathers, platform by platform.
#[derive(Default)]
struct Gathered {
    series: Vec<Overlay>,
    sources: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Figures covering part of a year, listed in a note instead.
    partial: Vec<String>,
    /// Figures dated before the chart's first year, listed in a note instead.
    before: Vec<String>,
}

impl Gathered {
    /// The article's own 2019 figure of a platform: a circle, as the
    /// article is one source.
    fn article(
        &mut self,
        ds: &Dataset,
        reading: Reading,
        l: &Locale,
        platform: &str,
        colour: usize,
    ) {
        let article_id = match platform {
            "Douyin" => Some(ids::DOUYIN_GMV),
            "Kuaishou" => Some(ids::KUAISHOU_GMV),
            _ => None,
        };
        let Some(f) = article_id.and_then(|id| ds.figure(id)) else {
            return;
        };
        let shown = l.tr_any(platform);
        let (low, high) = f.value(reading);
        self.series.push(Overlay {
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
        self.rows.push(vec![
            shown.to_string(),
            "2019".to_string(),
            num(l.display(low)),
            num(l.display(high)),
            l.trf("the article ({})", &[&tips::figure_value_in(l, f, reading)]),
        ]);
        self.sources.push(f.id.clone());
    }

    /// A later report's figure: a marker in its publisher's series (a new
    /// series takes the next shape), or a line of the part-year note.
    fn later(
        &mut self,
        l: &Locale,
        f: &LaterFigure,
        colour: usize,
        shapes: &mut impl Iterator<Item = Shape>,
    ) {
        let shown = l.tr_any(&f.entity);
        self.sources.push(f.id.clone());
        let item = || {
            l.trf(
                "{}, {} ({}): {}",
                &[
                    &shown,
                    &f.period,
                    &firm_shown(l, &f.publisher),
                    &l.money_range(f.low, f.high),
                ],
            )
        };
        let year = match year_of_full(&f.period) {
            None => return self.partial.push(item()),
            Some(year) if year < FIRST_YEAR => return self.before.push(item()),
            Some(year) => year,
        };
        let name = format!("{shown} · {}", firm_shown(l, &f.publisher));
        let point = OverlayPoint {
            year,
            low: f.low,
            high: f.high,
            certainty: certainty(f.confidence),
            tip: tips::later_tip_in(l, f),
        };
        self.rows.push(vec![
            shown.to_string(),
            year.to_string(),
            num(l.display(f.low)),
            num(l.display(f.high)),
            format!(
                "{} · {}",
                super::later::publisher_in(l, &f.publisher),
                tips::confidence_in(l, f.confidence)
            ),
        ]);
        match self.series.iter_mut().find(|s| s.publisher == name) {
            Some(s) => s.points.push(point),
            None => self.series.push(Overlay {
                publisher: name,
                shape: shapes.next().unwrap_or(Shape::Cross),
                colour,
                points: vec![point],
            }),
        }
    }
}

/// The platforms' timeline with its table, sources and notes.
/// The chart and table are in the reader's units.
pub fn panel(ds: &Dataset, reading: Reading, l: &Locale) -> Panel {
    let mut g = Gathered::default();
    for (platform, colour) in PLATFORMS {
        let mut shapes = Shape::ALL.iter().copied().filter(|s| *s != Shape::Circle);
        g.article(ds, reading, l, platform, colour);
        for f in ds
            .later
            .iter()
            .filter(|f| f.entity == platform && is_gmv(&f.metric))
            // The article's corrected figure is already drawn as the article's.
            .filter(|f| f.kind != LaterKind::Derived)
        {
            g.later(l, f, colour, &mut shapes);
        }
    }
    let Gathered {
        series,
        sources,
        rows,
        partial,
        before,
    } = g;
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
    if !before.is_empty() {
        notes.push(super::later::before_note(l, &before));
    }
    let mut spec = ChartSpec::Timeline(TimelineChart {
        first_year: FIRST_YEAR,
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
            source_column: Some(4),
        },
        sources,
        notes,
    }
}

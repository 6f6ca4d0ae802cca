//! What happened next to the three platforms: the article's 2019 GMVs and
//! later reports' yearly GMVs, one marker series per platform and publisher,
//! drawn as small multiples: one plot per platform, each series labelled in
//! it by its source alone.

use super::later::{certainty, firm, firm_shown, year_of_full};
use super::tables::{Table, amount_col, num};
use super::{Panel, ids, tips};
use crate::charts::{
    Certainty, ChartSpec, Member, Overlay, OverlayPoint, Shape, TimelineChart, TimelineGroup,
};
use crate::data::{Dataset, LaterFigure, LaterKind, Reading};
use crate::format::slug;
use crate::locale::Locale;

/// The first year drawn: the article's.
const FIRST_YEAR: i32 = crate::model::BASE_YEAR;

/// The platforms, in the order of their colours.
const PLATFORMS: [(&str, usize); 3] = [("Douyin", 4), ("Kuaishou", 0), ("Taobao Live", 2)];

fn is_gmv(metric: &str) -> bool {
    metric.contains("GMV")
}

/// A later report's series in a share link: the platform and the firm
/// ("douyin-latepost"), the firm alone when it names the platform already
/// ("kuaishou-results", not "kuaishou-kuaishou-results").
fn series_slug(platform: &str, firm: &str) -> String {
    let (p, f) = (slug(platform), slug(firm));
    if f == p || f.starts_with(&format!("{p}-")) {
        f
    } else {
        format!("{p}-{f}")
    }
}

/// A source's direct label in its platform's plot: the firm without the
/// platform the plot's title names ("Kuaishou investor relations" is
/// "investor relations" under "Kuaishou"), or the firm whole.
fn source_label(firm: &str, platform: &str) -> String {
    firm.strip_prefix(platform)
        .map(|rest| rest.trim_start())
        .filter(|rest| !rest.is_empty() && !firm.starts_with(&format!("{platform}'")))
        .unwrap_or(firm)
        .to_string()
}

/// The article's own 2019 figure of a platform, if the article gives one.
fn article_figure<'a>(ds: &'a Dataset, platform: &str) -> Option<&'a crate::data::Figure> {
    let id = match platform {
        "Douyin" => ids::DOUYIN_GMV,
        "Kuaishou" => ids::KUAISHOU_GMV,
        _ => return None,
    };
    ds.figure(id)
}

/// The later reports' GMVs of a platform the panel draws or lists: not the
/// article's corrected figure, already drawn as the article's.
fn later_of<'a>(ds: &'a Dataset, platform: &'a str) -> impl Iterator<Item = &'a LaterFigure> {
    ds.later
        .iter()
        .filter(move |f| f.entity == platform && is_gmv(&f.metric))
        .filter(|f| f.kind != LaterKind::Derived)
}

/// Every series the panel's legend can show, by slug, in legend order
/// (`PanelId::legend_slugs`): the same in either reading and language, and
/// without building the panel.
pub fn series_slugs(ds: &Dataset) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (platform, _) in PLATFORMS {
        if article_figure(ds, platform).is_some() {
            out.push(format!("{}-article", slug(platform)));
        }
        for f in later_of(ds, platform) {
            if year_of_full(&f.period).is_some_and(|y| y >= FIRST_YEAR) {
                let s = series_slug(platform, firm(&f.publisher));
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
    }
    out
}

/// What the panel gathers, platform by platform.
#[derive(Default)]
struct Gathered {
    series: Vec<Overlay>,
    /// Each series' place in its platform's plot, in the order of `series`.
    members: Vec<Member>,
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
        let Some(f) = article_figure(ds, platform) else {
            return;
        };
        let shown = l.tr_any(platform);
        let (low, high) = f.value(reading);
        self.members.push(Member {
            series: self.series.len(),
            label: l.tr("the article").to_string(),
            article: true,
        });
        self.series.push(Overlay {
            publisher: l.trf("{} · the article", &[&shown]),
            slug: format!("{}-article", slug(platform)),
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
                    &l.tr_any(&f.period),
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
            None => {
                self.members.push(Member {
                    series: self.series.len(),
                    label: source_label(firm_shown(l, &f.publisher), shown),
                    article: false,
                });
                self.series.push(Overlay {
                    publisher: name,
                    slug: series_slug(&f.entity, firm(&f.publisher)),
                    shape: shapes.next().unwrap_or(Shape::Cross),
                    colour,
                    points: vec![point],
                });
            }
        }
    }
}

/// The platforms' timeline with its table, sources and notes.
/// The chart and table are in the reader's units.
pub fn panel(ds: &Dataset, reading: Reading, l: &Locale) -> Panel {
    let mut g = Gathered::default();
    let mut groups = Vec::new();
    for (platform, colour) in PLATFORMS {
        // The circle is the article's alone.
        let mut shapes = Shape::ALL.iter().copied().filter(|s| *s != Shape::Circle);
        let first = g.members.len();
        g.article(ds, reading, l, platform, colour);
        for f in later_of(ds, platform) {
            g.later(l, f, colour, &mut shapes);
        }
        groups.push(TimelineGroup {
            name: l.tr_any(platform).to_string(),
            members: g.members[first..].to_vec(),
        });
    }
    let Gathered {
        series,
        members: _,
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
        groups,
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
        basis: Vec::new(),
    }
}

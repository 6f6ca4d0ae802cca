//! What happened next, platform by platform: small multiples, one plot per
//! group (a platform) side by side, each with its title above it, the same
//! years along the bottom and its sources labelled directly beside their
//! markers. Reported GMV per year as markers, one series per publisher,
//! never joined by a line (each firm measures differently); the article's
//! own figures are circles (no later report's series gets one) with a ring
//! in the text colour. Logarithmic by default, since values span 10 to
//! 3,500 billion yuan.
//!
//! One value scale for every plot, not one each: the chart's question is
//! how the platforms fared against each other, and a scale of its own would
//! draw Taobao Live's 400 bn as high as Douyin's 3,500 bn. On the log scale
//! the same slope is the same growth in every plot, so growth compares too;
//! and one scale needs its tick labels once, left of the first plot, which
//! leaves each plot wide enough for its years even on a phone. The plots sit
//! side by side at every width (stacked, each would be a strip a few dozen
//! pixels high at the page's 260–440 px).

use super::axis::{self, Candidate, Placer, Rect, ValueScale};
use super::industry::{Overlay, report_point};
use super::{ChartResult, Column, HitMap, Theme, View};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Everything the timeline shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineChart {
    pub first_year: i32,
    pub last_year: i32,
    /// Every series, in legend order ([`super::series_keys`]); the hidden
    /// series of a [`View`] index into this.
    pub series: Vec<Overlay>,
    /// The small multiples, left to right; empty draws one plot of every
    /// series.
    pub groups: Vec<TimelineGroup>,
}

/// One plot of the small multiples: a platform and its sources.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineGroup {
    /// The plot's title ("Douyin").
    pub name: String,
    pub members: Vec<Member>,
}

/// A series in its group's plot.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// Index into [`TimelineChart::series`].
    pub series: usize,
    /// Its direct label in the plot: the source alone, without the
    /// platform the title names ("LatePost", "the article").
    pub label: String,
    /// Whether it is the article's own figure, marked apart from later
    /// reports.
    pub article: bool,
}

impl TimelineChart {
    /// The groups to draw: [`TimelineChart::groups`], or one of every series.
    pub fn plots(&self) -> Vec<TimelineGroup> {
        if !self.groups.is_empty() {
            return self.groups.clone();
        }
        vec![TimelineGroup {
            name: String::new(),
            members: self
                .series
                .iter()
                .enumerate()
                .map(|(i, s)| Member {
                    series: i,
                    label: s.publisher.clone(),
                    article: false,
                })
                .collect(),
        }]
    }
}

/// Where one plot of the small multiples is, and how it maps data to
/// pixels: years along x over its own width, values along y on the scale
/// every plot shares.
struct Frame {
    area: Rect,
    first_year: i32,
    last_year: i32,
    scale: ValueScale,
    lo: f64,
    hi: f64,
}

impl Frame {
    /// The pixel x of fractional `year`: years sit 0.4 of a step in from
    /// the plot's edges.
    fn x(&self, year: f64) -> i32 {
        let span = f64::from(self.last_year - self.first_year) + 0.8;
        let f = (year - f64::from(self.first_year) + 0.4) / span;
        self.area.x0 + (f * f64::from(self.area.x1 - self.area.x0)).round() as i32
    }

    /// The pixel y of `value`, clamped to the axis's low end.
    fn y(&self, value: f64) -> i32 {
        let (lo, hi) = (self.scale.fwd(self.lo), self.scale.fwd(self.hi));
        let v = self.scale.fwd(value.max(self.lo));
        let f = if hi > lo { (v - lo) / (hi - lo) } else { 0.0 };
        self.area.y1 - (f * f64::from(self.area.y1 - self.area.y0)).round() as i32
    }

    /// Pixels between two years.
    fn step(&self) -> f64 {
        f64::from(self.area.x1 - self.area.x0) / (f64::from(self.last_year - self.first_year) + 0.8)
    }
}

pub(super) fn draw<DB: DrawingBackend>(
    c: &TimelineChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    hits: &mut HitMap,
    log: bool,
    view: &View,
) -> ChartResult {
    if c.last_year < c.first_year {
        return Ok(());
    }
    let l = &t.locale;
    let scale = ValueScale::of(log);
    let plots = c.plots();
    let values: Vec<f64> = c
        .series
        .iter()
        .enumerate()
        .filter(|(i, _)| view.shows(*i))
        .flat_map(|(_, s)| s.points.iter().flat_map(|p| [p.low, p.high]))
        .collect();
    let fitted = axis::value_axis(values, scale, 1.6, if log { 1.6 } else { 1.08 });
    let tick_font = t.tick_font();
    let title_font = t.label_font();
    let (year_w, text_h) = axis::text_size(root, "2024", &tick_font);
    let title_h = axis::text_size(root, "Ag", &title_font).1;
    let labels: Vec<String> = fitted.ticks.iter().map(|v| l.tick(*v)).collect();
    let caption = axis::unit_caption(root, t, l.caption(), log, fitted.dropped)?;
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);

    let left = axis::widest(root, labels.iter().cloned(), &tick_font) + t.px(10.0);
    // Room for the last year's label and a disputed marker's "?".
    let right = (year_w / 2).max(t.px(14.0));
    let gap = t.px(14.0);
    let n = plots.len().max(1) as i32;
    let plot_w = (w - left - right - gap * (n - 1)) / n;
    let title_y = caption.y1 + t.px(8.0);
    let top = title_y + title_h + t.px(8.0) + text_h / 2;
    // The years sit below the lowest tick's label, which hangs half its
    // height under the plot.
    let year_gap = (text_h / 2 + t.px(2.0)).max(t.px(6.0));
    let bottom = h - text_h - year_gap - t.px(4.0);
    if plot_w < t.px(40.0) || bottom - top < t.px(40.0) {
        return Ok(());
    }
    let frame = |i: i32| Frame {
        area: Rect {
            x0: left + i * (plot_w + gap),
            y0: top,
            x1: left + i * (plot_w + gap) + plot_w,
            y1: bottom,
        },
        first_year: c.first_year,
        last_year: c.last_year,
        scale,
        lo: fitted.lo,
        hi: fitted.hi,
    };

    let kept = tick_labels(root, t, &frame(0), &fitted.ticks, &labels, text_h)?;

    let mut columns = Vec::new();
    for (i, group) in plots.iter().enumerate() {
        let f = frame(i as i32);
        for (v, _) in &kept {
            let y = f.y(*v);
            root.draw(&PathElement::new(
                vec![(f.area.x0, y), (f.area.x1, y)],
                t.grid.stroke_width(t.px(1.0) as u32),
            ))?;
        }
        if !group.name.is_empty() {
            // A title may reach over the gap to the next plot (or the
            // right margin): "Taobao Live" whole on a phone.
            let room = if i + 1 < plots.len() { gap } else { right };
            let title = axis::fit_width(root, &group.name, &title_font, plot_w + room - t.px(4.0));
            axis::text(
                root,
                &title,
                (f.area.x0, title_y),
                &title_font,
                HPos::Left,
                VPos::Top,
            )?;
        }
        years(root, t, &f, year_w, year_gap)?;
        let shown: Vec<(&Member, &Overlay)> = group
            .members
            .iter()
            .filter(|m| view.shows(m.series))
            .filter_map(|m| c.series.get(m.series).map(|s| (m, s)))
            .collect();
        let placed = markers(root, t, &f, &shown, hits)?;
        direct_labels(root, t, &f, &shown, placed)?;
        root.draw(&PathElement::new(
            vec![(f.area.x0, f.area.y1), (f.area.x1, f.area.y1)],
            t.muted.stroke_width(t.px(1.0) as u32),
        ))?;
        if hits.records() {
            columns.extend(year_columns(t, &f, &shown));
        }
    }
    hits.set_columns(|| columns);
    Ok(())
}

/// Tick labels once, left of the first plot `first`; ticks closer than a
/// label's height (`text_h`) are left out (a short plot on a log scale).
/// Returns the ticks kept, for the grid lines.
fn tick_labels<'a, DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    first: &Frame,
    ticks: &[f64],
    labels: &'a [String],
    text_h: i32,
) -> Result<Vec<(f64, &'a String)>, super::ChartError> {
    let tick_font = t.tick_font();
    let mut kept: Vec<(f64, &String)> = Vec::new();
    let mut last_y = i32::MAX;
    for (v, label) in ticks.iter().zip(labels) {
        let y = first.y(*v);
        if last_y - y >= text_h + t.px(2.0) {
            kept.push((*v, label));
            last_y = y;
        }
    }
    for (v, label) in &kept {
        axis::text(
            root,
            label,
            (first.area.x0 - t.px(6.0), first.y(*v)),
            &tick_font,
            HPos::Right,
            VPos::Center,
        )?;
    }
    Ok(kept)
}

/// The years under a plot: every one, or every second (third…) where
/// neighbours would touch.
fn years<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    f: &Frame,
    year_w: i32,
    gap: i32,
) -> ChartResult {
    let font = t.tick_font();
    let stride = (f64::from(year_w + t.px(8.0)) / f.step()).ceil().max(1.0) as i32;
    for (i, year) in (f.first_year..=f.last_year).enumerate() {
        if i as i32 % stride == 0 {
            axis::text(
                root,
                &year.to_string(),
                (f.x(f64::from(year)), f.area.y1 + gap),
                &font,
                HPos::Center,
                VPos::Top,
            )?;
        }
    }
    Ok(())
}

/// A marker drawn: its series' index among the shown, its centre and the
/// box it (and its range bar and "?") takes.
struct Placed {
    member: usize,
    centre: (i32, i32),
    area: Rect,
}

/// Every shown figure of a plot as its series' marker (a range as a bar
/// through it; the article's ringed); series of one year sit side by side
/// so no marker hides another.
fn markers<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    f: &Frame,
    shown: &[(&Member, &Overlay)],
    hits: &mut HitMap,
) -> Result<Vec<Placed>, super::ChartError> {
    let mut per_year = std::collections::HashMap::<i32, i32>::new();
    for (_, s) in shown {
        for q in &s.points {
            *per_year.entry(q.year).or_insert(0) += 1;
        }
    }
    let most = per_year.values().copied().max().unwrap_or(1).max(1);
    let gap = t.px(11.0).min((f.step() * 0.8 / f64::from(most)) as i32);
    let r = t.px(5.5);
    let mut in_year = std::collections::HashMap::<i32, i32>::new();
    let mut placed = Vec::new();
    for (k, (m, s)) in shown.iter().enumerate() {
        let colour = t.overlay(s.colour);
        for q in &s.points {
            let n = per_year.get(&q.year).copied().unwrap_or(1);
            let slot = in_year.entry(q.year).or_insert(0);
            let dx = (*slot * 2 - (n - 1)) * gap / 2;
            *slot += 1;
            let x = f.x(f64::from(q.year)) + dx;
            let (y_low, y_high) = (f.y(q.low), f.y(q.high));
            let centre = report_point(root, t, (s.shape, colour), x, (y_low, y_high), q, hits)?;
            if m.article {
                root.draw(&Circle::new(
                    centre,
                    r + t.px(3.0),
                    t.text.stroke_width(t.px(1.5).max(1) as u32),
                ))?;
            }
            let ring = r + t.px(3.0);
            // A disputed figure's "?" sits to the right of its marker.
            let query = if q.certainty == super::Certainty::Disputed {
                t.px(9.0)
            } else {
                0
            };
            placed.push(Placed {
                member: k,
                centre,
                area: Rect {
                    x0: x - ring,
                    y0: y_high.min(centre.1 - ring - query / 3),
                    x1: x + ring + query,
                    y1: y_low.max(centre.1 + ring),
                },
            });
        }
    }
    Ok(placed)
}

/// Each shown series' source beside one of its markers (the latest that has
/// room), where it crosses no marker, other label or the plot's edge; a
/// series without room keeps its legend entry, which names it whole.
fn direct_labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    f: &Frame,
    shown: &[(&Member, &Overlay)],
    placed: Vec<Placed>,
) -> ChartResult {
    let font = t.font(12.0, t.text);
    let mut placer = Placer::new(f.area, Vec::new(), t.px(2.0));
    for p in &placed {
        placer.reserve(p.area);
    }
    let max_w = f.area.x1 - f.area.x0 - t.px(8.0);
    // Clear of the marker's box and the placer's padding.
    let d = t.px(3.0);
    for (k, (m, _)) in shown.iter().enumerate() {
        let whole = axis::without_remark(&m.label);
        let label = axis::fit_width(root, whole, &font, max_w);
        // Cut to a stub ("the…"), a label names nothing, and cut digits
        // ("2020…") misread as a value: the legend names it instead.
        if label != whole
            && (label.chars().count() < 9 || whole.chars().any(|c| c.is_ascii_digit()))
        {
            continue;
        }
        let candidates: Vec<Candidate> = placed
            .iter()
            .rev()
            .filter(|p| p.member == k)
            .flat_map(|p| {
                let (x, y) = p.centre;
                let a = p.area;
                [
                    (a.x1 + d, y, HPos::Left, VPos::Center),
                    (a.x0 - d, y, HPos::Right, VPos::Center),
                    (x, a.y0 - d, HPos::Center, VPos::Bottom),
                    (x, a.y1 + d, HPos::Center, VPos::Top),
                    (a.x1 + d, a.y0, HPos::Left, VPos::Bottom),
                    (a.x1 + d, a.y1, HPos::Left, VPos::Top),
                    (a.x0 - d, a.y0, HPos::Right, VPos::Bottom),
                    (a.x0 - d, a.y1, HPos::Right, VPos::Top),
                ]
                .map(|(x, y, h, v)| Candidate { at: (x, y), h, v })
            })
            .collect();
        placer.place_if_free(root, t, &label, &font, &candidates)?;
    }
    Ok(())
}

/// The crosshair of one plot: every shown series' figure in each year.
fn year_columns(t: &Theme, f: &Frame, shown: &[(&Member, &Overlay)]) -> Vec<Column> {
    let l = &t.locale;
    (f.first_year..=f.last_year)
        .map(|year| Column {
            x: f.x(f64::from(year)),
            y: (f.area.y0, f.area.y1),
            title: year.to_string(),
            rows: shown
                .iter()
                .flat_map(|(_, s)| {
                    s.points.iter().filter(move |q| q.year == year).map(|q| {
                        let v = if q.low == q.high {
                            l.amount(q.low)
                        } else {
                            l.amount_range(q.low, q.high)
                        };
                        (s.publisher.clone(), v)
                    })
                })
                .collect(),
        })
        .collect()
}

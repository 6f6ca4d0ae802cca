//! Saved scenarios side by side: one line per scenario for one series.
//!
//! Scenarios are told apart by colour, dash pattern and marker shape
//! together (never colour alone), and each line is named by a direct label
//! in a gutter right of the plot, so no legend has to be matched by eye.

use super::axis::{self, Candidate, Placer, Rect, ValueScale};
use super::industry::{Certainty, Shape, marker};
use super::{ChartError, ChartResult, Column, HitMap, Theme, Tip, View};
use crate::model::YearValue;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::{ReverseCoordTranslate, Shift};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use std::ops::Range;

/// Everything the comparison chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareChart {
    /// One line per scenario; its index picks its [`LineStyle`].
    pub lines: Vec<CompareLine>,
    /// Logarithmic value axis (compounding growth draws as a straight line).
    pub log: bool,
    /// Per year, every scenario's value in one tip, for a pointer between lines.
    pub year_tips: Vec<(i32, Tip)>,
}

/// One scenario's projection of the series.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareLine {
    /// The scenario's name as the user typed it; shortened with "…" on the
    /// canvas when it does not fit.
    pub name: String,
    /// Billion yuan per year.
    pub points: Vec<YearValue>,
    /// One tooltip per point.
    pub tips: Vec<Tip>,
}

/// How a line is stroked, as the second cue after colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dash {
    Solid,
    Dashed,
    Dotted,
    DashDot,
}

impl Dash {
    /// On and off lengths in CSS px (an SVG `stroke-dasharray`, for HTML
    /// legends); empty for a solid line.
    pub fn pattern(self) -> &'static [f64] {
        match self {
            Dash::Solid => &[],
            Dash::Dashed => &[9.0, 4.0],
            Dash::Dotted => &[2.0, 3.5],
            Dash::DashDot => &[10.0, 3.5, 2.0, 3.5],
        }
    }
}

/// The colour, dash and marker of the `i`-th scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineStyle {
    pub colour: RGBColor,
    pub dash: Dash,
    pub shape: Shape,
}

impl LineStyle {
    /// Okabe–Ito colours with the paler orange last, since it is the hardest
    /// to see as a thin line on white.
    pub fn of(t: &Theme, i: usize) -> LineStyle {
        let colours = [t.blue, t.vermillion, t.green, t.purple, t.orange, t.sky];
        let dashes = [Dash::Solid, Dash::Dashed, Dash::Dotted, Dash::DashDot];
        let shapes = [
            Shape::Circle,
            Shape::Square,
            Shape::Triangle,
            Shape::Diamond,
            Shape::Cross,
        ];
        LineStyle {
            colour: colours[i % colours.len()],
            dash: dashes[i % dashes.len()],
            shape: shapes[i % shapes.len()],
        }
    }
}

/// The longest label, in characters, before measuring: a name is a name, not
/// a paragraph.
const MAX_LABEL_CHARS: usize = 32;

/// `name` on one line, cut with "…" until it is at most `max_w` pixels wide.
fn fit<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    name: &str,
    style: &TextStyle,
    max_w: i32,
) -> String {
    let flat: Vec<char> = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect();
    let cut = |n: usize| -> String {
        if n >= flat.len() {
            flat.iter().collect()
        } else {
            let head: String = flat[..n].iter().collect();
            format!("{}…", head.trim_end())
        }
    };
    let mut n = flat.len().min(MAX_LABEL_CHARS);
    if n < flat.len() {
        n = n.saturating_sub(1);
    }
    loop {
        let label = cut(n);
        if n == 0 || axis::text_size(root, &label, style).0 <= max_w {
            return label;
        }
        n -= 1;
    }
}

/// Splits a polyline into the pieces drawn by an on/off `pattern` (pixels,
/// even length); a solid line is one piece.
fn dash_pieces(points: &[(i32, i32)], pattern: &[f64]) -> Vec<Vec<(i32, i32)>> {
    if pattern.is_empty()
        || !pattern.len().is_multiple_of(2)
        || pattern.iter().any(|p| !p.is_finite() || *p < 0.5)
    {
        return vec![points.to_vec()];
    }
    let round = |(x, y): (f64, f64)| (x.round() as i32, y.round() as i32);
    let mut out = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    let (mut k, mut left) = (0, pattern[0]);
    for w in points.windows(2) {
        let a = (f64::from(w[0].0), f64::from(w[0].1));
        let b = (f64::from(w[1].0), f64::from(w[1].1));
        let len = (b.0 - a.0).hypot(b.1 - a.1);
        if k % 2 == 0 && current.is_empty() {
            current.push(a);
        }
        let mut pos = 0.0;
        while len - pos > left {
            pos += left;
            let f = pos / len;
            let p = (a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f);
            if k % 2 == 0 {
                current.push(p);
                out.push(std::mem::take(&mut current));
            } else {
                current = vec![p];
            }
            k = (k + 1) % pattern.len();
            left = pattern[k];
        }
        left -= len - pos;
        if k % 2 == 0 {
            current.push(b);
        }
    }
    if current.len() >= 2 {
        out.push(current);
    }
    out.into_iter()
        .map(|piece| piece.into_iter().map(round).collect())
        .collect()
}

/// The value axis and years fitted to the shown lines.
struct Fit {
    lo: f64,
    hi: f64,
    ticks: Vec<f64>,
    first: i32,
    last: i32,
    /// How many values the scale cannot show, for the axis caption.
    dropped: usize,
}

/// Fits the axes to the shown lines' values the scale can show; `None`
/// when there are none.
fn fit_axes(c: &CompareChart, scale: ValueScale, view: &View) -> Option<Fit> {
    let points = || {
        c.lines
            .iter()
            .enumerate()
            .filter(|(i, _)| view.shows(*i))
            .flat_map(|(_, l)| l.points.iter())
    };
    let dropped = points().filter(|p| !scale.shows(p.value)).count();
    let (min, max) = points()
        .map(|p| p.value)
        .filter(|v| scale.shows(*v))
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    let years = points().map(|p| p.year);
    let (first, last) = years.fold((i32::MAX, i32::MIN), |(a, b), y| (a.min(y), b.max(y)));
    if min > max || first > last {
        return None;
    }
    let (lo, hi, ticks) = match scale {
        ValueScale::Linear => {
            let ticks = axis::linear_ticks(max * 1.05, 5);
            (0.0, ticks.last().copied().unwrap_or(max), ticks)
        }
        ValueScale::Log => {
            let (lo, hi) = (min / 1.5, max * 1.3);
            (lo, hi, axis::log_ticks(lo, hi, 6))
        }
    };
    Some(Fit {
        lo,
        hi,
        ticks,
        first,
        last,
        dropped,
    })
}

/// The gutter right of the plot: a leader gap, a marker swatch, then the
/// name, at most 36% of the width so the plot keeps most of a phone's
/// screen.
struct Gutter {
    /// The swatch's radius, its centre's and the text's offsets from the
    /// plot's right edge, and the padding around each.
    r: i32,
    swatch_x: i32,
    text_dx: i32,
    pad: i32,
    /// Each line's name, shortened to fit.
    labels: Vec<String>,
    /// The right margin that holds it all.
    right: i32,
}

impl Gutter {
    fn fit<DB: DrawingBackend>(c: &CompareChart, root: &DrawingArea<DB, Shift>, t: &Theme) -> Self {
        let label_font = t.label_font();
        let w = root.dim_in_pixel().0 as i32;
        let (year_w, _) = axis::text_size(root, "2030", &t.tick_font());
        let r = t.px(5.5);
        let pad = t.px(2.0);
        let swatch_x = t.px(8.0) + r;
        let text_dx = swatch_x + r + t.px(5.0);
        let room = (w * 36 / 100 - text_dx - 2 * pad).max(t.px(12.0));
        let labels: Vec<String> = c
            .lines
            .iter()
            .map(|l| fit(root, &l.name, &label_font, room))
            .collect();
        let label_w = axis::widest(root, labels.iter().cloned(), &label_font);
        let right = (text_dx + label_w + 2 * pad + t.px(2.0)).max(year_w / 2 + t.px(4.0));
        Gutter {
            r,
            swatch_x,
            text_dx,
            pad,
            labels,
            right,
        }
    }
}

/// What every drawing step reads: plotters' coordinate mapping (kept, not
/// the chart context, so it does not borrow the backend) and the plot.
struct Plot<'a, DB: DrawingBackend> {
    root: &'a DrawingArea<DB, Shift>,
    c: &'a CompareChart,
    t: &'a Theme,
    view: &'a View,
    coord: Cartesian2d<RangedCoordf64, RangedCoordf64>,
    scale: ValueScale,
    fit: Fit,
    px: Range<i32>,
    py: Range<i32>,
}

impl<DB: DrawingBackend> Plot<'_, DB> {
    /// The pixel of `value` at fractional year `x`.
    fn at(&self, x: f64, value: f64) -> (i32, i32) {
        self.coord.translate(&(x, self.scale.fwd(value)))
    }

    /// The pixel column of `year`.
    fn x_of(&self, year: i32) -> i32 {
        self.at(f64::from(year), self.fit.lo).0
    }
}

pub(super) fn draw<DB: DrawingBackend>(
    c: &CompareChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    hits: &mut HitMap,
    log: bool,
    view: &View,
) -> ChartResult {
    let scale = ValueScale::of(log);
    let Some(fit) = fit_axes(c, scale, view) else {
        return Ok(());
    };
    let tick_labels: Vec<String> = fit.ticks.iter().map(|v| t.locale.tick(*v)).collect();
    let tick_font = t.tick_font();
    let (_, text_h) = axis::text_size(root, "2030", &tick_font);
    let left = axis::widest(root, tick_labels.iter().cloned(), &tick_font) + t.px(10.0);
    let gutter = Gutter::fit(c, root, t);
    let x_range = f64::from(fit.first) - 0.3..f64::from(fit.last) + 0.3;
    let chart = ChartBuilder::on(root)
        .margin_left(left)
        .margin_top(text_h + t.px(12.0))
        .margin_bottom(text_h + t.px(10.0))
        .margin_right(gutter.right)
        .build_cartesian_2d(x_range.clone(), scale.fwd(fit.lo)..scale.fwd(fit.hi))?;
    let (px, py) = chart.plotting_area().get_pixel_range();
    let p = Plot {
        root,
        c,
        t,
        view,
        coord: chart.as_coord_spec().clone(),
        scale,
        fit,
        px,
        py,
    };
    for (v, label) in p.fit.ticks.iter().zip(&tick_labels) {
        let y = p.at(x_range.start, *v).1;
        axis::y_gridline(root, t, label, y, p.px.start, p.px.end)?;
    }
    let caption = axis::unit_caption(root, t, t.locale.caption(), log, p.fit.dropped)?;
    year_labels(&p)?;
    let polylines = lines(&p, hits)?;
    direct_labels(&p, &gutter, &polylines, caption)?;
    root.draw(&PathElement::new(
        vec![(p.px.start, p.py.end), (p.px.end, p.py.end)],
        t.muted.stroke_width(t.px(1.0) as u32),
    ))?;
    record(&p, hits);
    Ok(())
}

/// Year labels, thinned so they never touch.
fn year_labels<DB: DrawingBackend>(p: &Plot<'_, DB>) -> ChartResult {
    let t = p.t;
    let (first, last) = (p.fit.first, p.fit.last);
    let tick_font = t.tick_font();
    let (year_w, _) = axis::text_size(p.root, "2030", &tick_font);
    let n_years = last - first + 1;
    let slot = (year_w + t.px(10.0)).max(1);
    let plot_w = (p.px.end - p.px.start).max(1);
    let stride = ((n_years * slot) as f64 / plot_w as f64).ceil().max(1.0) as i32;
    for (i, year) in (first..=last).enumerate() {
        if i as i32 % stride == 0 {
            axis::text(
                p.root,
                &year.to_string(),
                (p.x_of(year), p.py.end + t.px(6.0)),
                &tick_font,
                HPos::Center,
                VPos::Top,
            )?;
        }
    }
    Ok(())
}

/// The lines (skipping values the axis cannot show), then their markers,
/// each point pointable. Returns each line's pixels, empty when hidden.
fn lines<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    hits: &mut HitMap,
) -> Result<Vec<Vec<(i32, i32)>>, ChartError> {
    let (c, t, view) = (p.c, p.t, p.view);
    let shown = |v: f64| p.scale.shows(v);
    let polylines: Vec<Vec<(i32, i32)>> = c
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            l.points
                .iter()
                .filter(|q| shown(q.value) && view.shows(i))
                .map(|q| p.at(f64::from(q.year), q.value))
                .collect()
        })
        .collect();
    // Markers at least 40 px apart, so a narrow chart is not a row of blots.
    let n_years = p.fit.last - p.fit.first + 1;
    let plot_w = (p.px.end - p.px.start).max(1);
    let per_year = f64::from(plot_w) / f64::from(n_years.max(1));
    let marker_stride = (f64::from(t.px(40.0)) / per_year).ceil().max(1.0) as i32;
    let width = t.px(2.5) as u32;
    for (i, line) in polylines.iter().enumerate() {
        let style = LineStyle::of(t, i);
        let pattern: Vec<f64> = style.dash.pattern().iter().map(|d| d * t.scale).collect();
        for piece in dash_pieces(line, &pattern) {
            p.root
                .draw(&PathElement::new(piece, style.colour.stroke_width(width)))?;
        }
    }
    for (i, l) in c.lines.iter().enumerate().filter(|(i, _)| view.shows(*i)) {
        let style = LineStyle::of(t, i);
        let drawn = l.points.iter().enumerate().filter(|(_, q)| shown(q.value));
        for (k, q) in drawn {
            let xy = p.at(f64::from(q.year), q.value);
            // The end's marker is the swatch beside the label.
            if (q.year - p.fit.first) % marker_stride == 0 && k + 1 < l.points.len() {
                marker(
                    p.root,
                    t,
                    style.shape,
                    xy,
                    style.colour,
                    Certainty::Confirmed,
                )?;
            }
            if let Some(tip) = l.tips.get(k) {
                hits.point(xy, t.px(7.0), || tip.clone());
            }
        }
    }
    Ok(polylines)
}

/// Direct labels in the gutter, at their line's end, spread apart, each
/// with a leader from the line's end to its swatch.
fn direct_labels<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    g: &Gutter,
    polylines: &[Vec<(i32, i32)>],
    caption: Rect,
) -> ChartResult {
    let (root, t) = (p.root, p.t);
    let (r, pad) = (g.r, g.pad);
    let label_font = t.label_font();
    let (_, label_h) = axis::text_size(root, "Ag", &label_font);
    let bounds = Rect {
        x0: p.px.start,
        y0: pad,
        x1: root.dim_in_pixel().0 as i32 - pad,
        y1: p.py.end,
    };
    let gap = label_h + 2 * pad + t.px(1.0);
    let half = label_h / 2 + pad;
    let ends: Vec<Option<(i32, i32)>> = polylines.iter().map(|l| l.last().copied()).collect();
    let wanted: Vec<i32> = ends
        .iter()
        .map(|e| e.map_or(p.py.start, |(_, y)| y))
        .collect();
    let ys = axis::spread(&wanted, gap, bounds.y0 + half, bounds.y1 - half);
    let lines: Vec<&[(i32, i32)]> = polylines.iter().map(Vec::as_slice).collect();
    let mut placer = Placer::new(bounds, lines, pad);
    placer.reserve(caption);
    let sx = p.px.end + g.swatch_x;
    reserve_swatches(&mut placer, sx, &ys, r + pad);
    for (i, ((label, end), &y)) in g.labels.iter().zip(&ends).zip(&ys).enumerate() {
        if !p.view.shows(i) {
            continue;
        }
        let entry = GutterEntry {
            style: LineStyle::of(t, i),
            end: *end,
            swatch: (sx, y),
            text_x: p.px.end + g.text_dx,
            gap: (pad, r),
        };
        entry.draw(root, t, &mut placer, label, &label_font)?;
    }
    Ok(())
}

/// Keeps labels off the swatches in the gutter (one per label row `ys`,
/// centred at `x`, `reach` pixels each way).
pub(super) fn reserve_swatches(placer: &mut Placer<'_>, x: i32, ys: &[i32], reach: i32) {
    for &y in ys {
        placer.reserve(Rect {
            x0: x - reach,
            y0: y - reach,
            x1: x + reach,
            y1: y + reach,
        });
    }
}

/// One direct label in the gutter right of a plot: a leader from the
/// line's end (if it has one) to a swatch of its marker, then the text.
/// Shared by the comparison and the shares charts.
pub(super) struct GutterEntry {
    pub style: LineStyle,
    /// The line's last point, in pixels.
    pub end: Option<(i32, i32)>,
    /// Where the swatch's marker stands.
    pub swatch: (i32, i32),
    /// Where the text starts.
    pub text_x: i32,
    /// Padding around marks, and the swatch's radius.
    pub gap: (i32, i32),
}

impl GutterEntry {
    pub(super) fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        t: &Theme,
        placer: &mut Placer<'_>,
        label: &str,
        font: &TextStyle<'_>,
    ) -> ChartResult {
        let ((sx, y), (pad, r), style) = (self.swatch, self.gap, &self.style);
        if let Some((ex, ey)) = self.end {
            root.draw(&PathElement::new(
                vec![(ex + pad, ey), (sx - r - pad, y)],
                style.colour.mix(0.8).stroke_width(t.px(1.0) as u32),
            ))?;
        }
        marker(
            root,
            t,
            style.shape,
            self.swatch,
            style.colour,
            Certainty::Confirmed,
        )?;
        let at = Candidate {
            at: (self.text_x, y),
            h: HPos::Left,
            v: VPos::Center,
        };
        placer.place(root, t, label, font, &[at])
    }
}

/// What the pointer finds between marks: anywhere above or below a year
/// gives every scenario's value then, and the crosshair's column per year.
fn record<DB: DrawingBackend>(p: &Plot<'_, DB>, hits: &mut HitMap) {
    let c = p.c;
    let spec = p.coord.clone();
    hits.snap_to(Box::new(move |xy| spec.reverse_translate(xy)), || {
        c.year_tips
            .iter()
            .map(|(year, tip)| (f64::from(*year), tip.clone()))
            .collect()
    });
    let columns = || {
        (p.fit.first..=p.fit.last)
            .map(|year| Column {
                x: p.x_of(year),
                y: (p.py.start, p.py.end),
                title: year.to_string(),
                rows: c
                    .lines
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| p.view.shows(*i))
                    .flat_map(|(_, line)| {
                        line.points
                            .iter()
                            .filter(move |q| q.year == year)
                            .map(|q| (line.name.clone(), p.t.locale.amount(q.value)))
                    })
                    .collect(),
            })
            .collect()
    };
    hits.set_columns(columns);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_solid_line_is_one_piece() {
        let line = vec![(0, 0), (10, 0), (20, 5)];
        assert_eq!(dash_pieces(&line, &[]), vec![line.clone()]);
        // A bad pattern draws solid rather than looping.
        assert_eq!(dash_pieces(&line, &[0.0, 1.0]), vec![line]);
    }

    #[test]
    fn dashes_alternate_across_segment_joins() {
        // 4 on, 2 off along a 20 px line with a corner at 10.
        let pieces = dash_pieces(&[(0, 0), (10, 0), (20, 0)], &[4.0, 2.0]);
        let spans: Vec<(i32, i32)> = pieces.iter().map(|p| (p[0].0, p[p.len() - 1].0)).collect();
        assert_eq!(spans, vec![(0, 4), (6, 10), (12, 16), (18, 20)]);
    }

    #[test]
    fn every_scenario_differs_in_more_than_colour() {
        let t = Theme::light(1.0);
        for i in 0..4 {
            for j in 0..i {
                let (a, b) = (LineStyle::of(&t, i), LineStyle::of(&t, j));
                assert_ne!(a.colour, b.colour);
                assert_ne!(a.dash, b.dash);
                assert_ne!(a.shape, b.shape);
            }
        }
    }
}

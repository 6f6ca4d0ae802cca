//! Saved scenarios side by side: one line per scenario for one series.
//!
//! Scenarios are told apart by colour, dash pattern and marker shape
//! together (never colour alone), and each line is named by a direct label
//! in a gutter right of the plot, so no legend has to be matched by eye.

use super::axis::{self, Candidate, Placer, Rect, ValueScale};
use super::industry::{Certainty, Shape, marker};
use super::{ChartResult, Column, HitMap, Theme, Tip, View};
use crate::model::YearValue;
use plotters::coord::{ReverseCoordTranslate, Shift};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

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

pub(super) fn draw<DB: DrawingBackend>(
    c: &CompareChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    hits: &mut HitMap,
    log: bool,
    view: &View,
) -> ChartResult {
    let l10n = &t.locale;
    let scale = ValueScale::of(log);
    // Values the axis can show: positive on a log axis.
    let shown = |v: f64| scale.shows(v);
    let points = || {
        c.lines
            .iter()
            .enumerate()
            .filter(|(i, _)| view.shows(*i))
            .flat_map(|(_, l)| l.points.iter())
    };
    let dropped = points().filter(|p| !shown(p.value)).count();
    let (min, max) = points()
        .map(|p| p.value)
        .filter(|v| shown(*v))
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    let years = points().map(|p| p.year);
    let (first, last) = years.fold((i32::MAX, i32::MIN), |(a, b), y| (a.min(y), b.max(y)));
    if min > max || first > last {
        return Ok(());
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
    let tick_labels: Vec<String> = ticks.iter().map(|v| l10n.tick(*v)).collect();
    let tick_font = t.tick_font();
    let label_font = t.label_font();
    let w = root.dim_in_pixel().0 as i32;
    let (year_w, text_h) = axis::text_size(root, "2030", &tick_font);
    let left = axis::widest(root, tick_labels.iter().cloned(), &tick_font) + t.px(10.0);
    let top = text_h + t.px(12.0);
    let bottom = text_h + t.px(10.0);

    // The gutter: a leader gap, a marker swatch, then the name, at most 36%
    // of the width so the plot keeps most of a phone's screen.
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

    let x_range = f64::from(first) - 0.3..f64::from(last) + 0.3;
    let chart = ChartBuilder::on(root)
        .margin_left(left)
        .margin_top(top)
        .margin_bottom(bottom)
        .margin_right(right)
        .build_cartesian_2d(x_range.clone(), scale.fwd(lo)..scale.fwd(hi))?;
    let (px, py) = chart.plotting_area().get_pixel_range();
    let at = |x: f64, v: f64| chart.backend_coord(&(x, scale.fwd(v)));

    for (v, label) in ticks.iter().zip(&tick_labels) {
        axis::y_gridline(root, t, label, at(x_range.start, *v).1, px.start, px.end)?;
    }
    let caption = axis::unit_caption(root, t, l10n.caption(), log, dropped)?;

    // Year labels, thinned so they never touch.
    let n_years = last - first + 1;
    let slot = (year_w + t.px(10.0)).max(1);
    let plot_w = (px.end - px.start).max(1);
    let stride = ((n_years * slot) as f64 / plot_w as f64).ceil().max(1.0) as i32;
    for (i, year) in (first..=last).enumerate() {
        if i as i32 % stride == 0 {
            axis::text(
                root,
                &year.to_string(),
                (at(f64::from(year), lo).0, py.end + t.px(6.0)),
                &tick_font,
                HPos::Center,
                VPos::Top,
            )?;
        }
    }

    // The lines, skipping values the axis cannot show.
    let polylines: Vec<Vec<(i32, i32)>> = c
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            l.points
                .iter()
                .filter(|p| shown(p.value) && view.shows(i))
                .map(|p| at(f64::from(p.year), p.value))
                .collect()
        })
        .collect();
    // Markers at least 40 px apart, so a narrow chart is not a row of blots.
    let per_year = f64::from(plot_w) / f64::from(n_years.max(1));
    let marker_stride = (f64::from(t.px(40.0)) / per_year).ceil().max(1.0) as i32;
    let width = t.px(2.5) as u32;
    for (i, line) in polylines.iter().enumerate() {
        let style = LineStyle::of(t, i);
        let pattern: Vec<f64> = style.dash.pattern().iter().map(|d| d * t.scale).collect();
        for piece in dash_pieces(line, &pattern) {
            root.draw(&PathElement::new(piece, style.colour.stroke_width(width)))?;
        }
    }
    for (i, l) in c.lines.iter().enumerate().filter(|(i, _)| view.shows(*i)) {
        let style = LineStyle::of(t, i);
        let drawn = l.points.iter().enumerate().filter(|(_, p)| shown(p.value));
        for (k, p) in drawn {
            let xy = at(f64::from(p.year), p.value);
            // The end's marker is the swatch beside the label.
            if (p.year - first) % marker_stride == 0 && k + 1 < l.points.len() {
                marker(root, t, style.shape, xy, style.colour, Certainty::Confirmed)?;
            }
            if let Some(tip) = l.tips.get(k) {
                hits.point(xy, t.px(7.0), tip);
            }
        }
    }

    // Direct labels in the gutter, at their line's end, spread apart.
    let (_, label_h) = axis::text_size(root, "Ag", &label_font);
    let bounds = Rect {
        x0: px.start,
        y0: pad,
        x1: w - pad,
        y1: py.end,
    };
    let gap = label_h + 2 * pad + t.px(1.0);
    let half = label_h / 2 + pad;
    let ends: Vec<Option<(i32, i32)>> = polylines.iter().map(|l| l.last().copied()).collect();
    let wanted: Vec<i32> = ends
        .iter()
        .map(|e| e.map_or(py.start, |(_, y)| y))
        .collect();
    let ys = axis::spread(&wanted, gap, bounds.y0 + half, bounds.y1 - half);
    let lines: Vec<&[(i32, i32)]> = polylines.iter().map(Vec::as_slice).collect();
    let mut placer = Placer::new(bounds, lines, pad);
    placer.reserve(caption);
    let sx = px.end + swatch_x;
    for &y in &ys {
        placer.reserve(Rect {
            x0: sx - r - pad,
            y0: y - r - pad,
            x1: sx + r + pad,
            y1: y + r + pad,
        });
    }
    for (i, ((label, end), &y)) in labels.iter().zip(&ends).zip(&ys).enumerate() {
        if !view.shows(i) {
            continue;
        }
        let style = LineStyle::of(t, i);
        if let Some((ex, ey)) = *end {
            root.draw(&PathElement::new(
                vec![(ex + pad, ey), (sx - r - pad, y)],
                style.colour.mix(0.8).stroke_width(t.px(1.0) as u32),
            ))?;
        }
        marker(
            root,
            t,
            style.shape,
            (sx, y),
            style.colour,
            Certainty::Confirmed,
        )?;
        placer.place(
            root,
            t,
            label,
            &label_font,
            &[Candidate {
                at: (px.end + text_dx, y),
                h: HPos::Left,
                v: VPos::Center,
            }],
        )?;
    }

    root.draw(&PathElement::new(
        vec![(px.start, py.end), (px.end, py.end)],
        t.muted.stroke_width(t.px(1.0) as u32),
    ))?;

    // Anywhere above or below a year gives every scenario's value then.
    let spec = chart.as_coord_spec().clone();
    hits.snap_to(
        Box::new(move |p| spec.reverse_translate(p)),
        c.year_tips
            .iter()
            .map(|(year, tip)| (f64::from(*year), tip.clone()))
            .collect(),
    );
    // The crosshair: every shown scenario's value in each year.
    let columns = (first..=last)
        .map(|year| Column {
            x: at(f64::from(year), lo).0,
            y: (py.start, py.end),
            title: year.to_string(),
            rows: c
                .lines
                .iter()
                .enumerate()
                .filter(|(i, _)| view.shows(*i))
                .flat_map(|(_, line)| {
                    line.points
                        .iter()
                        .filter(move |p| p.year == year)
                        .map(|p| (line.name.clone(), l10n.amount(p.value)))
                })
                .collect(),
        })
        .collect();
    hits.set_columns(columns);
    Ok(())
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

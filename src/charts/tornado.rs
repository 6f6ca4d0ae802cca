//! Sensitivity as a tornado: for one output, how far it moves when each
//! assumption goes from the low to the high end of its range, widest first.

use super::axis::{self, Rect, ValueScale};
use super::{ChartError, ChartResult, HitMap, Theme, Tip};
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One assumption's swing.
#[derive(Clone, Debug, PartialEq)]
pub struct Swing {
    pub label: String,
    /// The output with the assumption at the low end of its range.
    pub at_low: f64,
    /// … and at the high end.
    pub at_high: f64,
}

/// Everything the tornado shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoChart {
    /// What is measured, e.g. "Industry size in 2025".
    pub output: String,
    /// The output with every assumption at its median.
    pub centre: f64,
    /// Widest first.
    pub swings: Vec<Swing>,
}

/// What each bar needs: plotters' coordinate mapping (kept, not the chart
/// context, so it does not borrow the backend) and the plot.
struct Plot<'a, DB: DrawingBackend> {
    root: &'a DrawingArea<DB, Shift>,
    c: &'a TornadoChart,
    t: &'a Theme,
    coord: Cartesian2d<RangedCoordf64, RangedCoordf64>,
    scale: ValueScale,
    /// The axis's low end; lower values are drawn at it.
    lo: f64,
    px: std::ops::Range<i32>,
}

impl<DB: DrawingBackend> Plot<'_, DB> {
    /// The pixel of value `v` (clamped to the axis) at row position `row`.
    fn at(&self, v: f64, row: f64) -> (i32, i32) {
        self.coord.translate(&(self.scale.fwd(v.max(self.lo)), row))
    }
}

/// The axis's low and high ends and ticks. Log by default: growth
/// assumptions move outputs by factors. Linear: from a round number below
/// the lowest value, not from zero, so the bars stay readable.
fn axis_range(min: f64, max: f64, log: bool) -> (f64, f64, Vec<f64>) {
    if log {
        let (lo, hi) = (min / 1.25, max * 1.25);
        (lo, hi, axis::log_ticks(lo, hi, 5))
    } else {
        let step = axis::nice_step((max - min).max(max * 0.05) / 4.0);
        let lo = ((min - (max - min) * 0.1) / step).floor() * step;
        let lo = lo.max(0.0);
        let hi = ((max + (max - min) * 0.1) / step).ceil() * step;
        let n = ((hi - lo) / step).round() as usize;
        (lo, hi, (0..=n).map(|i| lo + i as f64 * step).collect())
    }
}

pub(super) fn draw<DB: DrawingBackend>(
    c: &TornadoChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    hits: &mut HitMap,
    log: bool,
) -> ChartResult {
    let l = &t.locale;
    let scale = ValueScale::of(log);
    let tick_font = t.tick_font();
    let (_, text_h) = axis::text_size(root, "0", &tick_font);
    if c.swings.is_empty() {
        axis::text(
            root,
            l.tr("Every assumption is a point: give one a range to see what it moves."),
            (t.px(8.0), t.px(8.0)),
            &t.font(13.0, t.muted),
            HPos::Left,
            VPos::Top,
        )?;
        return Ok(());
    }
    let values = c
        .swings
        .iter()
        .flat_map(|s| [s.at_low, s.at_high])
        .chain([c.centre])
        .filter(|v| v.is_finite() && *v > 0.0);
    let (min, max) = values.fold((f64::INFINITY, 0.0f64), |(a, b), v| (a.min(v), b.max(v)));
    if !(min.is_finite() && max > 0.0) {
        return Ok(());
    }
    let (lo, hi, ticks) = axis_range(min, max, log);
    let side = axis::text_size(root, "10.00 trn", &tick_font).0 / 2 + t.px(6.0);
    let n = c.swings.len() as f64;
    let chart = ChartBuilder::on(root)
        .margin_left(side)
        .margin_right(side)
        .margin_top(text_h + t.px(14.0))
        .margin_bottom(text_h + t.px(10.0))
        .build_cartesian_2d(scale.fwd(lo)..scale.fwd(hi), 0.0..n)?;
    let (px, py) = chart.plotting_area().get_pixel_range();
    let p = Plot {
        root,
        c,
        t,
        coord: chart.as_coord_spec().clone(),
        scale,
        lo,
        px,
    };

    let tick_labels: Vec<(i32, String)> = ticks
        .iter()
        .map(|v| (p.at(*v, 0.0).0, l.tick(*v)))
        .collect();
    axis::x_axis(root, t, &tick_labels, (py.start, py.end))?;
    let (xc, _) = p.at(c.centre, 0.0);
    let mut labels = Vec::new();
    for (i, s) in c.swings.iter().enumerate() {
        labels.extend(draw_swing(&p, s, n - i as f64, hits)?);
    }
    // The median line, broken where a label crosses it (a long name), so
    // no label is written over it.
    let mut gaps: Vec<(i32, i32)> = labels
        .iter()
        .filter(|r| r.x0 <= xc && xc <= r.x1)
        .map(|r| (r.y0, r.y1))
        .collect();
    gaps.sort_unstable();
    let mut y = py.start - t.px(4.0);
    for (g0, g1) in gaps.into_iter().chain([(py.end, py.end)]) {
        if g0 > y {
            root.draw(&PathElement::new(
                vec![(xc, y), (xc, g0.min(py.end))],
                t.text.stroke_width(t.px(1.5) as u32),
            ))?;
        }
        y = y.max(g1);
    }
    let median = l.trf("all at medians: {}", &[&l.amount(c.centre)]);
    let median_font = t.font(12.0, t.text);
    let (w, _) = root.dim_in_pixel();
    axis::text_within(
        root,
        t,
        &median,
        xc - axis::text_size(root, &median, &median_font).0 / 2,
        py.start - t.px(6.0),
        t.px(2.0),
        w as i32 - t.px(2.0),
        &median_font,
        VPos::Bottom,
    )?;
    Ok(())
}

/// One assumption's row, whose top is at `top`: its name, its bars from the
/// centre to the low and high ends, and their values. Returns the labels'
/// boxes.
fn draw_swing<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    s: &Swing,
    top: f64,
    hits: &mut HitMap,
) -> Result<Vec<Rect>, ChartError> {
    let (root, c, t) = (p.root, p.c, p.t);
    let l = &t.locale;
    let label_font = t.label_font();
    let tick_font = t.tick_font();
    let (_, label_h) = axis::text_size(root, "Ag", &label_font);
    let (xc, _) = p.at(c.centre, 0.0);
    let (_, y_top) = p.at(c.centre, top);
    let (_, y_bottom) = p.at(c.centre, top - 1.0);
    let bar_top = y_top + label_h + t.px(6.0);
    let bar_bottom = (y_bottom - t.px(4.0)).max(bar_top + t.px(4.0));
    let (xl, _) = p.at(s.at_low, 0.0);
    let (xh, _) = p.at(s.at_high, 0.0);
    // Low end in orange, high end in blue: which side is which reads from
    // the labels too, not colour alone.
    root.draw(&Rectangle::new(
        [(xl.min(xc), bar_top), (xl.max(xc), bar_bottom)],
        t.orange.filled(),
    ))?;
    root.draw(&Rectangle::new(
        [(xh.min(xc), bar_top), (xh.max(xc), bar_bottom)],
        t.blue.filled(),
    ))?;
    // The assumption's name, without its range in brackets where it does
    // not fit (the tooltip and the lab's controls give it), only then cut.
    let room = root.dim_in_pixel().0 as i32 - p.px.start - t.px(4.0);
    let name = if axis::text_size(root, &s.label, &label_font).0 <= room {
        s.label.clone()
    } else {
        axis::fit_width(root, axis::without_remark(&s.label), &label_font, room)
    };
    let mut boxes = vec![axis::boxed_text(
        root,
        t,
        &name,
        (p.px.start, y_top + t.px(3.0)),
        &label_font,
        HPos::Left,
        VPos::Top,
    )?];
    let mid = (bar_top + bar_bottom) / 2;
    let low_text = l.trf("low: {}", &[&l.amount(s.at_low)]);
    let high_text = l.trf("high: {}", &[&l.amount(s.at_high)]);
    // Each value beyond its bar's end, away from the median; inside the bar
    // when the plot ends first; at the plot's edge on its own side of the
    // median otherwise. ("high" was put inside its bar, ending at the bar's
    // end, which on a short bar wrote it over the median line.)
    let g = t.px(4.0);
    for (text, x, left) in [(&low_text, xl, xl <= xc), (&high_text, xh, xh < xc)] {
        let (w, _) = axis::text_size(root, text, &tick_font);
        let (tx, h) = if left {
            if x - g - w >= p.px.start {
                (x - g, HPos::Right)
            } else if x + g + w <= xc - g {
                (x + g, HPos::Left)
            } else {
                (p.px.start, HPos::Left)
            }
        } else if x + g + w <= p.px.end {
            (x + g, HPos::Left)
        } else if x - g - w >= xc + g {
            (x - g, HPos::Right)
        } else {
            (p.px.end, HPos::Right)
        };
        boxes.push(axis::boxed_text(
            root,
            t,
            text,
            (tx, mid),
            &tick_font,
            h,
            VPos::Center,
        )?);
    }
    hits.add(
        Rect {
            x0: xl.min(xh).min(xc),
            y0: bar_top,
            x1: xl.max(xh).max(xc),
            y1: bar_bottom,
        },
        t.px(2.0),
        || Tip {
            title: s.label.clone(),
            value: l.trf(
                "{} at the low end, {} at the high end",
                &[&l.amount(s.at_low), &l.amount(s.at_high)],
            ),
            period: c.output.clone(),
            source: l
                .tr("Your assumptions; the others at their medians")
                .to_string(),
        },
    );
    Ok(boxes)
}

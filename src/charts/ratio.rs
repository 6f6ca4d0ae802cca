//! Forecast against outcome: for each of the article's forecasts, what later
//! reports say, as the ratio of reported to forecast on a logarithmic axis
//! (×2 and ×0.5 are equally far from "as forecast").

use super::axis::{self, Rect, ValueScale};
use super::industry::{Certainty, Shape};
use super::{ChartResult, HitMap, Theme, Tip};
use crate::format;
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One later report's figure set against a forecast.
#[derive(Clone, Debug, PartialEq)]
pub struct RatioPoint {
    /// Reported ÷ forecast; a range when either is a range.
    pub low: f64,
    pub high: f64,
    /// Short direct label, e.g. "iiMedia 2020: ×1.11".
    pub label: String,
    pub certainty: Certainty,
    /// The firm's marker, as on the industry chart.
    pub shape: Shape,
    pub colour: usize,
    pub tip: Tip,
}

/// One forecast of the article and what became of it.
#[derive(Clone, Debug, PartialEq)]
pub struct RatioRow {
    pub label: String,
    pub points: Vec<RatioPoint>,
    /// Said instead of markers when no later report can be compared.
    pub missing: Option<String>,
}

/// Everything the forecast-vs-outcome chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct RatioChart {
    pub rows: Vec<RatioRow>,
}

/// What each row needs: plotters' coordinate mapping (kept, not the chart
/// context, so it does not borrow the backend) and the plot.
struct Plot<'a, DB: DrawingBackend> {
    root: &'a DrawingArea<DB, Shift>,
    t: &'a Theme,
    coord: Cartesian2d<RangedCoordf64, RangedCoordf64>,
    scale: ValueScale,
    /// The ratio axis's low end; lower ratios are drawn at it.
    lo: f64,
    px: std::ops::Range<i32>,
    label_font: TextStyle<'static>,
    label_h: i32,
}

impl<DB: DrawingBackend> Plot<'_, DB> {
    /// The pixel of `ratio` (clamped to the axis) at row position `row`.
    fn at(&self, ratio: f64, row: f64) -> (i32, i32) {
        self.coord
            .translate(&(self.scale.fwd(ratio.max(self.lo)), row))
    }
}

pub(super) fn draw<DB: DrawingBackend>(
    c: &RatioChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    hits: &mut HitMap,
    log: bool,
) -> ChartResult {
    let l = &t.locale;
    let scale = ValueScale::of(log);
    if c.rows.is_empty() {
        return Ok(());
    }
    let ratios = c
        .rows
        .iter()
        .flat_map(|r| r.points.iter().flat_map(|p| [p.low, p.high]))
        .filter(|v| v.is_finite() && *v > 0.0);
    let (min, max) = ratios.fold((0.5f64, 2.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    // Ratios multiply, so the axis is logarithmic unless the reader asks.
    let (lo, hi, ticks) = if log {
        let (lo, hi) = (min / 1.4, max * 1.4);
        (lo, hi, axis::log_ticks(lo, hi, 6))
    } else {
        let ticks = axis::linear_ticks(max * 1.1, 5);
        (0.0, ticks.last().copied().unwrap_or(max * 1.1), ticks)
    };
    let tick_font = t.tick_font();
    let label_font = t.label_font();
    let (_, text_h) = axis::text_size(root, "×1", &tick_font);
    let (_, label_h) = axis::text_size(root, "Ag", &label_font);
    let side = axis::text_size(root, "×0.25", &tick_font).0 / 2 + t.px(8.0);

    let n = c.rows.len() as f64;
    let chart = ChartBuilder::on(root)
        .margin_left(side)
        .margin_right(side)
        .margin_top(text_h + t.px(14.0))
        .margin_bottom(text_h + t.px(10.0))
        .build_cartesian_2d(scale.fwd(lo)..scale.fwd(hi), 0.0..n)?;
    let (px, py) = chart.plotting_area().get_pixel_range();
    let p = Plot {
        root,
        t,
        coord: chart.as_coord_spec().clone(),
        scale,
        lo,
        px: px.clone(),
        label_font,
        label_h,
    };

    let tick_labels: Vec<(i32, String)> = ticks
        .iter()
        .map(|v| (p.at(*v, 0.0).0, format!("×{}", format::sig(*v, 3))))
        .collect();
    axis::x_axis(root, t, &tick_labels, (py.start, py.end))?;
    // "As forecast".
    let (x1, _) = p.at(1.0, 0.0);
    root.draw(&PathElement::new(
        vec![(x1, py.start - t.px(4.0)), (x1, py.end)],
        t.text.stroke_width(t.px(1.5) as u32),
    ))?;
    axis::text(
        root,
        l.tr("×1 = as forecast"),
        (x1, py.start - t.px(6.0)),
        &t.font(12.0, t.text),
        HPos::Center,
        VPos::Bottom,
    )?;
    for (i, row) in c.rows.iter().enumerate() {
        draw_row(&p, row, n - i as f64, hits)?;
    }
    root.draw(&PathElement::new(
        vec![(px.start, py.end), (px.end, py.end)],
        t.muted.stroke_width(t.px(1.0) as u32),
    ))?;
    Ok(())
}

/// One forecast's row, whose top is at `top`: its name, then either why
/// nothing can be compared or a marker per later report.
fn draw_row<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    row: &RatioRow,
    top: f64,
    hits: &mut HitMap,
) -> ChartResult {
    let (root, t) = (p.root, p.t);
    let (_, y_top) = p.at(1.0, top);
    let (_, y_bottom) = p.at(1.0, top - 1.0);
    // The forecast's name, without its value in brackets where it does not
    // fit ("Industry doubles in 2020 (×2 → 867.6 bn yuan)": the tooltip and
    // the table give it), and only then cut short.
    let room = p.px.end - p.px.start;
    let label = if axis::text_size(root, &row.label, &p.label_font).0 <= room {
        row.label.clone()
    } else {
        axis::fit_width(root, axis::without_remark(&row.label), &p.label_font, room)
    };
    axis::text_on_box(
        root,
        t,
        &label,
        (p.px.start, y_top + t.px(4.0)),
        &p.label_font,
        HPos::Left,
        VPos::Top,
    )?;
    let y = (y_top + p.label_h + t.px(8.0) + y_bottom) / 2;
    if let Some(m) = &row.missing {
        axis::text_on_box(
            root,
            t,
            m,
            (p.px.start, y),
            &t.font(12.0, t.muted),
            HPos::Left,
            VPos::Center,
        )?;
    }
    // Points of a row are spread vertically so their labels never meet.
    let step = (p.label_h + t.px(4.0)).max(1);
    let count = row.points.len() as i32;
    for (j, q) in row.points.iter().enumerate() {
        let yj = y + (j as i32 - (count - 1) / 2) * step;
        draw_point(p, q, Shape::ALL[j % Shape::ALL.len()], yj, hits)?;
    }
    Ok(())
}

/// One later report's ratio at pixel row `y`: its range, its marker and its
/// label right of it, or left when it would leave the plot.
fn draw_point<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    q: &RatioPoint,
    shape: Shape,
    y: i32,
    hits: &mut HitMap,
) -> ChartResult {
    let (root, t) = (p.root, p.t);
    let (xl, _) = p.at(q.low, 0.0);
    let (xh, _) = p.at(q.high, 0.0);
    let colour = t.overlay(q.colour);
    if xl != xh {
        root.draw(&PathElement::new(
            vec![(xl, y), (xh, y)],
            colour.stroke_width(t.px(3.0) as u32),
        ))?;
    }
    let xm = (xl + xh) / 2;
    super::industry::marker(root, t, shape, (xm, y), colour, q.certainty)?;
    hits.add(
        Rect {
            x0: xl,
            y0: y,
            x1: xh,
            y1: y,
        },
        t.px(7.0),
        || q.tip.clone(),
    );
    let (w, _) = axis::text_size(root, &q.label, &p.label_font);
    let (canvas_w, _) = root.dim_in_pixel();
    let (lo, hi) = (t.px(2.0), canvas_w as i32 - t.px(2.0));
    let gap = t.px(12.0);
    let (x, h) = if xh + gap + w <= p.px.end {
        (xh + gap, HPos::Left)
    } else if xl - gap - w >= lo {
        (xl - gap, HPos::Right)
    } else if hi - xh > xl - lo {
        // Neither side has room: the roomier one, kept inside the canvas.
        ((xh + gap).min(hi - w).max(lo), HPos::Left)
    } else {
        ((xl - gap).max(lo + w).min(hi), HPos::Right)
    };
    axis::text_on_box(root, t, &q.label, (x, y), &p.label_font, h, VPos::Center)
}

//! 2019 GMV by platform as horizontal bars (long platform names read well and
//! fit narrow screens). A figure printed as a range is drawn as a range: a
//! solid bar to its low end and a hatched extension to its high end.

use super::axis::{self, Rect, ValueScale};
use super::{ChartResult, HitMap, Theme, Tip};
use crate::model::Range;
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One bar: what it measures and its value in billion yuan.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The dataset id of the figure drawn.
    pub id: String,
    pub label: String,
    pub value: Range,
    /// Shown after the value, e.g. "as printed".
    pub remark: Option<String>,
    /// Whether the value drawn is the dataset's correction of the printed
    /// one (what the table says, rather than reading `remark` back).
    pub corrected: bool,
    pub tip: Tip,
}

/// A vertical reference line, e.g. the industry total.
#[derive(Clone, Debug, PartialEq)]
pub struct RefLine {
    pub label: String,
    pub value: f64,
    pub tip: Tip,
}

/// Everything the GMV chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct GmvChart {
    pub bars: Vec<Bar>,
    pub reference: Option<RefLine>,
}

/// The value axis and margins, fitted so each bar's value label fits right
/// of it.
struct Fit {
    lo: f64,
    hi: f64,
    ticks: Vec<f64>,
    /// Each bar's value label, with its remark when there is room.
    labels: Vec<String>,
    margin_left: i32,
    margin_right: i32,
}

/// The plot the bars are drawn on: plotters' coordinate mapping (kept, not
/// the chart context, so it does not borrow the backend) and what every bar
/// needs.
struct Plot<'a, DB: DrawingBackend> {
    root: &'a DrawingArea<DB, Shift>,
    t: &'a Theme,
    coord: Cartesian2d<RangedCoordf64, RangedCoordf64>,
    scale: ValueScale,
    lo: f64,
    px: std::ops::Range<i32>,
    py: std::ops::Range<i32>,
    label_font: TextStyle<'static>,
    label_h: i32,
}

impl<DB: DrawingBackend> Plot<'_, DB> {
    /// The pixel of value `x` (clamped to the axis) at row position `y`.
    fn at(&self, x: f64, y: f64) -> (i32, i32) {
        self.coord.translate(&(self.scale.fwd(x.max(self.lo)), y))
    }
}

pub(super) fn draw<DB: DrawingBackend>(
    c: &GmvChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    hits: &mut HitMap,
    log: bool,
) -> ChartResult {
    if c.bars.is_empty() {
        return Ok(());
    }
    let l = &t.locale;
    let scale = ValueScale::of(log);
    let tick_font = t.tick_font();
    let (_, text_h) = axis::text_size(root, "0", &tick_font);
    let f = fit(c, root, t, log);
    let n = c.bars.len() as f64;
    let chart = ChartBuilder::on(root)
        .margin_left(f.margin_left)
        .margin_right(f.margin_right)
        .margin_top(text_h + t.px(14.0))
        .margin_bottom(text_h + t.px(10.0))
        .build_cartesian_2d(scale.fwd(f.lo)..scale.fwd(f.hi), 0.0..n)?;
    let (px, py) = chart.plotting_area().get_pixel_range();
    let label_font = t.label_font();
    let (_, label_h) = axis::text_size(root, "Ag", &label_font);
    let p = Plot {
        root,
        t,
        coord: chart.as_coord_spec().clone(),
        scale,
        lo: f.lo,
        px,
        py,
        label_font,
        label_h,
    };

    // Vertical gridlines with value labels below.
    let ticks: Vec<(i32, String)> = f
        .ticks
        .iter()
        .map(|v| (p.at(*v, 0.0).0, l.tick(*v)))
        .collect();
    axis::x_axis(root, t, &ticks, (p.py.start, p.py.end))?;
    // Bars, top to bottom in the given order; the name sits above each bar.
    for (i, (bar, value)) in c.bars.iter().zip(&f.labels).enumerate() {
        draw_bar(&p, bar, n - i as f64, value, hits)?;
    }
    if let Some(r) = &c.reference {
        reference(&p, r, hits)?;
    }
    root.draw(&PathElement::new(
        vec![(p.px.start, p.py.start), (p.px.start, p.py.end)],
        t.muted.stroke_width(t.px(1.0) as u32),
    ))?;
    Ok(())
}

/// Fits the value axis: on a log axis bars start at its low end, half the
/// smallest value. Value labels go right of their bars: the axis is
/// extended until they fit (dropping the remark first), but never squeezes
/// the bars below 40%.
fn fit<DB: DrawingBackend>(
    c: &GmvChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    log: bool,
) -> Fit {
    let l = &t.locale;
    let scale = ValueScale::of(log);
    let lo = if log {
        axis::value_axis(
            c.bars
                .iter()
                .map(|b| b.value.low)
                .chain(c.reference.iter().map(|r| r.value)),
            scale,
            2.0,
            1.0,
        )
        .lo
    } else {
        0.0
    };
    let inv = |x: f64| if log { 10f64.powf(x) } else { x };
    let max = c
        .bars
        .iter()
        .map(|b| b.value.high)
        .chain(c.reference.iter().map(|r| r.value))
        .fold(0.0, f64::max);
    let tick_font = t.tick_font();
    let label_font = t.label_font();
    let (zero_w, _) = axis::text_size(root, &l.tick(lo), &tick_font);
    let margin_left = (zero_w / 2 + t.px(2.0)).max(t.px(8.0));
    // Room for the widest tick label's right half, estimated from a wide one.
    let margin_right = axis::text_size(root, "1,000 bn", &tick_font).0 / 2 + t.px(6.0);
    let (w, _) = root.dim_in_pixel();
    let plot_w = f64::from((w as i32 - margin_left - margin_right).max(1));
    let labels = value_labels(c, root, t, plot_w);
    let needed = c
        .bars
        .iter()
        .zip(&labels)
        .map(|(bar, label)| {
            let share = (f64::from(axis::text_size(root, label, &label_font).0)
                + f64::from(t.px(10.0)))
                / plot_w;
            let (a, b) = (scale.fwd(lo), scale.fwd(bar.value.high.max(lo)));
            if share < 0.6 {
                inv(a + (b - a) / (1.0 - share))
            } else {
                bar.value.high
            }
        })
        .fold(if log { max * 1.3 } else { max * 1.05 }, f64::max);
    let (ticks, hi) = if log {
        let mut ticks = axis::log_ticks(lo, needed, 6);
        if ticks.is_empty() {
            ticks = vec![lo];
        }
        (ticks, needed)
    } else {
        let ticks = axis::linear_ticks(needed, 5);
        let hi = ticks.last().copied().unwrap_or(needed);
        (ticks, hi)
    };
    Fit {
        lo,
        hi,
        ticks,
        labels,
        margin_left,
        margin_right,
    }
}

/// Each bar's value, with its remark when the two fit in 60% of the plot.
fn value_labels<DB: DrawingBackend>(
    c: &GmvChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    plot_w: f64,
) -> Vec<String> {
    let l = &t.locale;
    let label_font = t.label_font();
    c.bars
        .iter()
        .map(|bar| {
            let value = if bar.value.is_point() {
                l.amount(bar.value.low)
            } else {
                l.amount_range(bar.value.low, bar.value.high)
            };
            let gap = f64::from(t.px(10.0));
            let fits = |text: &str| {
                f64::from(axis::text_size(root, text, &label_font).0) + gap <= plot_w * 0.6
            };
            let remarked = |r: &str| format!("{value}{}{}", l.info().word_space, l.bracket(r));
            match &bar.remark {
                Some(r) if fits(&remarked(r)) => remarked(r),
                _ => value,
            }
        })
        .collect()
}

/// One bar in the row whose top is at `row_top`: its name above, the bar
/// (a range hatched beyond its low end) and its value label.
fn draw_bar<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    bar: &Bar,
    row_top: f64,
    value: &str,
    hits: &mut HitMap,
) -> ChartResult {
    let (root, t) = (p.root, p.t);
    let (_, y_top) = p.at(0.0, row_top);
    let (_, y_bottom) = p.at(0.0, row_top - 1.0);
    let row_h = y_bottom - y_top;
    let bar_top = y_top + p.label_h + t.px(6.0);
    let bar_bottom = (y_bottom - row_h / 6).max(bar_top + t.px(6.0));
    axis::text(
        root,
        &bar.label,
        (p.px.start, y_top + t.px(4.0)),
        &p.label_font,
        HPos::Left,
        VPos::Top,
    )?;
    let x0 = p.px.start;
    let x_low = p.at(bar.value.low, 0.0).0;
    let x_high = p.at(bar.value.high, 0.0).0;
    root.draw(&Rectangle::new(
        [(x0, bar_top), (x_low.max(x0 + 1), bar_bottom)],
        t.blue.filled(),
    ))?;
    hits.add(
        Rect {
            x0,
            y0: bar_top,
            x1: x_high.max(x0 + 1),
            y1: bar_bottom,
        },
        t.px(3.0),
        || bar.tip.clone(),
    );
    if !bar.value.is_point() {
        hatch(p, (x_low, x_high), (bar_top, bar_bottom))?;
    }
    value_label(p, value, x_high, (bar_top + bar_bottom) / 2)
}

/// A range's uncertain part: pale, outlined and hatched, so it does not
/// rely on colour alone.
fn hatch<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    (x_low, x_high): (i32, i32),
    (bar_top, bar_bottom): (i32, i32),
) -> ChartResult {
    let (root, t) = (p.root, p.t);
    root.draw(&Rectangle::new(
        [(x_low, bar_top), (x_high, bar_bottom)],
        t.blue.mix(0.25).filled(),
    ))?;
    let step = t.px(6.0).max(2);
    let mut x = x_low;
    while x < x_high {
        let x_end = (x + (bar_bottom - bar_top)).min(x_high);
        let y_end = bar_bottom - (x_end - x);
        root.draw(&PathElement::new(
            vec![(x, bar_bottom), (x_end, y_end)],
            t.blue.stroke_width(t.px(1.0) as u32),
        ))?;
        x += step;
    }
    root.draw(&Rectangle::new(
        [(x_low, bar_top), (x_high, bar_bottom)],
        t.blue.stroke_width(t.px(1.0) as u32),
    ))?;
    Ok(())
}

/// The value label right of a bar ending at `x_high`, or inside it when it
/// would not fit.
fn value_label<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    value: &str,
    x_high: i32,
    mid: i32,
) -> ChartResult {
    let (root, t) = (p.root, p.t);
    let (vw, _) = axis::text_size(root, value, &p.label_font);
    if x_high + t.px(6.0) + vw <= p.px.end {
        return axis::text(
            root,
            value,
            (x_high + t.px(6.0), mid),
            &p.label_font,
            HPos::Left,
            VPos::Center,
        );
    }
    // Inside, on a white box so it reads over the bar and hatching.
    let x_right = x_high - t.px(6.0);
    let x_left = (x_right - vw).max(p.px.start + t.px(2.0));
    let half = p.label_h / 2;
    root.draw(&Rectangle::new(
        [
            (x_left - t.px(3.0), mid - half - t.px(1.0)),
            (x_left + vw + t.px(3.0), mid + half + t.px(1.0)),
        ],
        t.background.mix(0.9).filled(),
    ))?;
    axis::text(
        root,
        value,
        (x_left, mid),
        &p.label_font,
        HPos::Left,
        VPos::Center,
    )
}

/// The reference line (the industry total) with its label above the plot.
fn reference<DB: DrawingBackend>(p: &Plot<'_, DB>, r: &RefLine, hits: &mut HitMap) -> ChartResult {
    let (root, t) = (p.root, p.t);
    let (x, _) = p.at(r.value, 0.0);
    hits.add(
        Rect {
            x0: x,
            y0: p.py.start,
            x1: x,
            y1: p.py.end,
        },
        t.px(4.0),
        || r.tip.clone(),
    );
    root.draw(&DashedPathElement::new(
        vec![(x, p.py.start - t.px(4.0)), (x, p.py.end)],
        t.px(5.0),
        t.px(3.0),
        t.vermillion.stroke_width(t.px(1.5) as u32),
    ))?;
    let label = format!("{}: {}", r.label, t.locale.amount(r.value));
    axis::text_within(
        root,
        t,
        &label,
        x - axis::text_size(root, &label, &t.tick_font()).0 / 2,
        p.py.start - t.px(6.0),
        p.px.start,
        p.px.end,
        &t.font(12.0, t.vermillion),
        VPos::Bottom,
    )
}

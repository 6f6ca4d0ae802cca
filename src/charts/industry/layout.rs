//! The frame: the value axis fitted to the series shown, margins measured
//! through the backend, the mapping from data to pixels, and the axes.

use super::{Annotation, IndustryChart, Overlay};
use crate::charts::axis::{self, Rect, ValueScale};
use crate::charts::{ChartError, ChartResult, Theme, View};
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use std::ops::Range;

/// Data (fractional year, value through the scale) to backing-store pixels.
pub(super) type Coord = Cartesian2d<RangedCoordf64, RangedCoordf64>;

/// Everything the drawing steps share, worked out once before anything but
/// the axes is drawn. Holds plotters' coordinate mapping itself rather than
/// the chart context, so it does not borrow the backend.
pub(super) struct Plot<'a, DB: DrawingBackend> {
    pub(super) root: &'a DrawingArea<DB, Shift>,
    pub(super) c: &'a IndustryChart,
    pub(super) t: &'a Theme,
    pub(super) coord: Coord,
    pub(super) scale: ValueScale,
    pub(super) log: bool,
    /// The value axis's low end (zero on a linear axis).
    pub(super) lo: f64,
    pub(super) x_range: Range<f64>,
    /// The plot's pixel ranges, as plotters gives them.
    pub(super) px: Range<i32>,
    pub(super) py: Range<i32>,
    /// The top and right margins, which labels may use.
    pub(super) top: i32,
    pub(super) right: i32,
    /// Value ticks and their labels.
    pub(super) ticks: Vec<(f64, String)>,
    /// How many values the scale cannot show, for the axis caption.
    pub(super) dropped: usize,
    /// Width of a year label.
    pub(super) year_w: i32,
    /// Legend entry 0 (the projection with its fan) is shown.
    pub(super) show_projection: bool,
    /// The later reports' series the legend shows.
    pub(super) overlays: Vec<&'a Overlay>,
    /// The projection's points in pixels, whether drawn or not.
    pub(super) points: Vec<(i32, i32)>,
    /// Pixel row of the level.
    pub(super) level_y: i32,
    /// Events within the years drawn, with their pixel column.
    pub(super) events: Vec<(i32, &'a Annotation)>,
}

/// The value axis: its range and ticks.
struct Values {
    lo: f64,
    /// The top tick (the axis's top before headroom).
    tick_top: f64,
    /// The highest value shown.
    max: f64,
    ticks: Vec<f64>,
    dropped: usize,
}

/// Fits the value axis to the shown projection and fan, the level and the
/// shown overlays: log axes through [`axis::value_axis`], linear ones from
/// zero to a round tick above the highest value.
fn values(
    c: &IndustryChart,
    scale: ValueScale,
    show_projection: bool,
    overlays: &[&Overlay],
) -> Values {
    let overlay_values = overlays
        .iter()
        .flat_map(|o| o.points.iter().flat_map(|p| [p.low, p.high]));
    let projection_values: Vec<f64> = if show_projection {
        c.series
            .iter()
            .map(|p| p.value)
            .chain(c.bands.iter().flat_map(|b| [b[0], b[4]]))
            .collect()
    } else {
        Vec::new()
    };
    let values: Vec<f64> = projection_values
        .into_iter()
        .chain([c.level])
        .chain(overlay_values)
        .collect();
    let fitted = axis::value_axis(values.iter().copied(), scale, 2.0, 1.3);
    let max = values
        .iter()
        .copied()
        .filter(|v| scale.shows(*v))
        .fold(0.0f64, f64::max);
    let (lo, tick_top, ticks) = match scale {
        ValueScale::Linear => {
            let ticks = axis::linear_ticks(max * 1.05, 5);
            (0.0, ticks.last().copied().unwrap_or(max), ticks)
        }
        ValueScale::Log => (fitted.lo, fitted.hi, fitted.ticks),
    };
    Values {
        lo,
        tick_top,
        max,
        ticks,
        dropped: fitted.dropped,
    }
}

impl<'a, DB: DrawingBackend> Plot<'a, DB> {
    /// Fits the axes and margins to what `view` shows; `None` when there is
    /// no series to draw.
    pub(super) fn fit(
        c: &'a IndustryChart,
        root: &'a DrawingArea<DB, Shift>,
        t: &'a Theme,
        log: bool,
        view: &View,
    ) -> Result<Option<Self>, ChartError> {
        let (Some(first), Some(last)) = (c.series.first(), c.series.last()) else {
            return Ok(None);
        };
        let scale = ValueScale::of(log);
        let show_projection = view.shows(0);
        let overlays: Vec<&Overlay> = c
            .overlays
            .iter()
            .enumerate()
            .filter(|(i, _)| view.shows(i + 1))
            .map(|(_, o)| o)
            .collect();
        let v = values(c, scale, show_projection, &overlays);
        let ticks: Vec<(f64, String)> = v.ticks.iter().map(|x| (*x, t.locale.tick(*x))).collect();
        let tick_font = t.tick_font();
        let (year_w, text_h) = axis::text_size(root, "2030", &tick_font);
        let (_, label_h) = axis::text_size(root, "2019", &t.label_font());
        let left = axis::widest(root, ticks.iter().map(|x| x.1.clone()), &tick_font) + t.px(10.0);
        let top = text_h + t.px(12.0);
        let bottom = text_h + t.px(10.0);
        let right = year_w / 2 + t.px(4.0);

        // Headroom above the highest point for its label.
        let (_, h) = root.dim_in_pixel();
        let plot_h = (h as i32 - top - bottom).max(1) as f64;
        let pad = f64::from(label_h + t.px(14.0)).min(plot_h / 3.0);
        let (y0, y_max) = (scale.fwd(v.lo), scale.fwd(v.max));
        let y1 = scale
            .fwd(v.tick_top)
            .max(y0 + (y_max - y0) * plot_h / (plot_h - pad));

        let x_range = f64::from(first.year) - 0.3..f64::from(last.year) + 0.3;
        let chart = ChartBuilder::on(root)
            .margin_left(left)
            .margin_top(top)
            .margin_bottom(bottom)
            .margin_right(right)
            .build_cartesian_2d(x_range.clone(), y0..y1)?;
        let (px, py) = chart.plotting_area().get_pixel_range();
        let coord = chart.as_coord_spec().clone();
        let at = |x: f64, value: f64| coord.translate(&(x, scale.fwd(value)));
        let points = c
            .series
            .iter()
            .map(|p| at(f64::from(p.year), p.value))
            .collect();
        let level_y = at(x_range.start, c.level).1;
        let events = c
            .events
            .iter()
            .filter(|e| e.at.is_finite() && x_range.contains(&e.at))
            .map(|e| (at(e.at, v.lo.max(1e-9)).0, e))
            .collect();
        Ok(Some(Plot {
            root,
            c,
            t,
            coord,
            scale,
            log,
            lo: v.lo,
            x_range,
            px,
            py,
            top,
            right,
            ticks,
            dropped: v.dropped,
            year_w,
            show_projection,
            overlays,
            points,
            level_y,
            events,
        }))
    }

    /// The pixel of `value` at fractional year `x`.
    pub(super) fn at(&self, x: f64, value: f64) -> (i32, i32) {
        self.coord.translate(&(x, self.scale.fwd(value)))
    }

    /// The pixel column of fractional year `x`.
    pub(super) fn x_of(&self, x: f64) -> i32 {
        self.at(x, self.lo.max(1e-9)).0
    }

    /// Gridlines with value labels, the unit caption (returned, so labels
    /// keep off it) and the year labels, thinned so they never touch.
    pub(super) fn axes(&self) -> Result<Rect, ChartError> {
        let (root, t, c) = (self.root, self.t, self.c);
        let (px, py) = (&self.px, &self.py);
        for (v, label) in &self.ticks {
            let y = self.at(self.x_range.start, *v).1;
            axis::y_gridline(root, t, label, y, px.start, px.end)?;
        }
        let caption = axis::unit_caption(root, t, t.locale.caption(), self.log, self.dropped)?;
        let (Some(first), Some(last)) = (c.series.first(), c.series.last()) else {
            return Ok(caption);
        };
        let years = (last.year - first.year + 1).max(1);
        let slot = (self.year_w + t.px(10.0)).max(1);
        let plot_w = (px.end - px.start).max(1);
        let stride = ((years * slot) as f64 / plot_w as f64).ceil().max(1.0) as i32;
        for (i, year) in (first.year..=last.year).enumerate() {
            if i as i32 % stride == 0 {
                axis::text(
                    root,
                    &year.to_string(),
                    (self.x_of(f64::from(year)), py.end + t.px(6.0)),
                    &t.tick_font(),
                    HPos::Center,
                    VPos::Top,
                )?;
            }
        }
        Ok(caption)
    }

    /// The line along the bottom of the plot.
    pub(super) fn baseline(&self) -> ChartResult {
        let (px, py) = (&self.px, &self.py);
        self.root.draw(&PathElement::new(
            vec![(px.start, py.end), (px.end, py.end)],
            self.t.muted.stroke_width(self.t.px(1.0) as u32),
        ))?;
        Ok(())
    }
}

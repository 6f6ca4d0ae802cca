//! Industry size 2019–2030: the article's 2019 base compounded by the user's
//! growth, with the "trillion level" and the year it is crossed.

use super::axis::{self, ValueScale};
use super::{ChartResult, Theme};
use crate::format;
use crate::model::{Crossing, YearValue};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Everything the industry chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct IndustryChart {
    /// Projected sizes in billion yuan; the first is the article's actual 2019 figure.
    pub series: Vec<YearValue>,
    /// The level to mark, in billion yuan.
    pub level: f64,
    /// How the level is named on the chart.
    pub level_label: String,
    /// When the series reaches the level.
    pub crossing: Option<Crossing>,
    /// The crossing as a short label, e.g. "Passes 1 trillion yuan in 2021".
    pub crossing_label: String,
    /// Logarithmic value axis (compounding growth draws as a straight line).
    pub log: bool,
}

pub(super) fn draw<DB: DrawingBackend>(
    c: &IndustryChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
) -> ChartResult {
    let (Some(first), Some(last)) = (c.series.first(), c.series.last()) else {
        return Ok(());
    };
    let scale = if c.log {
        ValueScale::Log
    } else {
        ValueScale::Linear
    };
    let values = c.series.iter().map(|p| p.value).chain([c.level]);
    let (min, max) = values.fold((f64::INFINITY, 0.0f64), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let (lo, hi, ticks) = match scale {
        ValueScale::Linear => {
            let ticks = axis::linear_ticks(max * 1.05, 5);
            (0.0, ticks.last().copied().unwrap_or(max), ticks)
        }
        ValueScale::Log => {
            let (lo, hi) = (min.max(1e-6) / 2.0, max * 1.6);
            (lo, hi, axis::log_ticks(lo, hi, 6))
        }
    };
    let tick_labels: Vec<String> = ticks.iter().map(|v| format::bn_cny(*v)).collect();
    let tick_font = t.tick_font();
    let (_, text_h) = axis::text_size(root, "2030", &tick_font);
    let year_w = axis::text_size(root, "2030", &tick_font).0;
    let left = axis::widest(root, tick_labels.iter().cloned(), &tick_font) + t.px(10.0);
    let top = text_h + t.px(12.0);
    let bottom = text_h + t.px(10.0);
    let right = year_w / 2 + t.px(4.0);

    let x_range = f64::from(first.year) - 0.3..f64::from(last.year) + 0.3;
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
    axis::text(
        root,
        if c.log {
            "billion yuan (log scale)"
        } else {
            "billion yuan"
        },
        (t.px(2.0), t.px(4.0)),
        &tick_font,
        HPos::Left,
        VPos::Top,
    )?;

    // Year labels, thinned so they never touch.
    let years = (last.year - first.year + 1).max(1);
    let slot = (year_w + t.px(10.0)).max(1);
    let plot_w = (px.end - px.start).max(1);
    let stride = ((years * slot) as f64 / plot_w as f64).ceil().max(1.0) as i32;
    for (i, year) in (first.year..=last.year).enumerate() {
        if i as i32 % stride == 0 {
            let (x, _) = at(f64::from(year), lo.max(1e-9));
            axis::text(
                root,
                &year.to_string(),
                (x, py.end + t.px(6.0)),
                &tick_font,
                HPos::Center,
                VPos::Top,
            )?;
        }
    }

    // The level.
    let level_y = at(x_range.start, c.level).1;
    root.draw(&DashedPathElement::new(
        vec![(px.start, level_y), (px.end, level_y)],
        t.px(6.0),
        t.px(4.0),
        t.vermillion.stroke_width(t.px(1.5) as u32),
    ))?;
    axis::text(
        root,
        &c.level_label,
        (px.start + t.px(4.0), level_y - t.px(3.0)),
        &t.font(12.0, t.vermillion),
        HPos::Left,
        VPos::Bottom,
    )?;

    // The projection.
    let points: Vec<(i32, i32)> = c
        .series
        .iter()
        .map(|p| at(f64::from(p.year), p.value))
        .collect();
    root.draw(&PathElement::new(
        points.clone(),
        t.blue.stroke_width(t.px(2.5) as u32),
    ))?;
    for (i, p) in points.iter().enumerate() {
        let style = if i == 0 {
            t.blue.filled()
        } else {
            t.background.filled()
        };
        root.draw(&Circle::new(*p, t.px(3.5), style))?;
        root.draw(&Circle::new(
            *p,
            t.px(3.5),
            t.blue.stroke_width(t.px(1.5) as u32),
        ))?;
    }

    // The crossing.
    let label_font = t.label_font();
    match c.crossing {
        Some(Crossing::In { at: x, .. }) => {
            let (cx, cy) = at(x, c.level);
            root.draw(&DashedPathElement::new(
                vec![(cx, cy), (cx, py.end)],
                t.px(3.0),
                t.px(3.0),
                t.text.stroke_width(t.px(1.0) as u32),
            ))?;
            root.draw(&Circle::new((cx, cy), t.px(5.0), t.text.filled()))?;
            axis::text_within(
                root,
                &c.crossing_label,
                cx + t.px(8.0),
                cy + t.px(8.0),
                px.start + t.px(2.0),
                px.end,
                &label_font,
                VPos::Top,
            )?;
        }
        Some(_) => {
            axis::text_within(
                root,
                &c.crossing_label,
                px.end,
                level_y - t.px(18.0),
                px.start + t.px(2.0),
                px.end,
                &label_font,
                VPos::Bottom,
            )?;
        }
        None => {}
    }

    // Direct labels for the first (actual) and last (projected) points.
    let (_, label_h) = axis::text_size(root, "2019", &label_font);
    let base = format!("{}: {} (article)", first.year, format::bn_cny(first.value));
    let (bx, by) = points[0];
    let below = by + t.px(6.0) + label_h <= py.end;
    axis::text(
        root,
        &base,
        (
            bx + t.px(8.0),
            if below {
                by + t.px(6.0)
            } else {
                by - t.px(6.0)
            },
        ),
        &label_font,
        HPos::Left,
        if below { VPos::Top } else { VPos::Bottom },
    )?;
    let end = format!("{}: {}", last.year, format::bn_cny(last.value));
    let (ex, ey) = points[points.len() - 1];
    let (end_w, _) = axis::text_size(root, &end, &label_font);
    let room_above = ey - t.px(8.0) - label_h >= py.start;
    axis::text(
        root,
        &end,
        (
            (ex - t.px(6.0)).max(px.start + end_w),
            if room_above {
                ey - t.px(8.0)
            } else {
                ey + t.px(8.0)
            },
        ),
        &label_font,
        HPos::Right,
        if room_above { VPos::Bottom } else { VPos::Top },
    )?;

    // Baseline.
    root.draw(&PathElement::new(
        vec![(px.start, py.end), (px.end, py.end)],
        t.muted.stroke_width(t.px(1.0) as u32),
    ))?;
    Ok(())
}

//! What happened next, platform by platform: reported GMV per year as
//! markers, one series per platform and publisher, never joined by a line
//! (each firm measures differently). Logarithmic, since values span 10 to
//! 3,500 billion yuan.

use super::axis::{self, Rect};
use super::industry::{Overlay, marker};
use super::{ChartResult, HitMap, Theme};
use crate::format;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Everything the timeline shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineChart {
    pub first_year: i32,
    pub last_year: i32,
    pub series: Vec<Overlay>,
}

pub(super) fn draw<DB: DrawingBackend>(
    c: &TimelineChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    hits: &mut HitMap,
) -> ChartResult {
    let values: Vec<f64> = c
        .series
        .iter()
        .flat_map(|s| s.points.iter().flat_map(|p| [p.low, p.high]))
        .filter(|v| v.is_finite() && *v > 0.0)
        .collect();
    if values.is_empty() || c.last_year < c.first_year {
        return Ok(());
    }
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(0.0, f64::max);
    let (lo, hi) = (min / 1.6, max * 1.6);
    let ticks = axis::log_ticks(lo, hi, 6);
    let labels: Vec<String> = ticks.iter().map(|v| format::bn_cny(*v)).collect();
    let tick_font = t.tick_font();
    let (year_w, text_h) = axis::text_size(root, "2024", &tick_font);
    let left = axis::widest(root, labels.iter().cloned(), &tick_font) + t.px(10.0);

    let chart = ChartBuilder::on(root)
        .margin_left(left)
        .margin_right(year_w / 2 + t.px(14.0))
        .margin_top(text_h + t.px(12.0))
        .margin_bottom(text_h + t.px(10.0))
        .build_cartesian_2d(
            f64::from(c.first_year) - 0.4..f64::from(c.last_year) + 0.4,
            lo.log10()..hi.log10(),
        )?;
    let (px, py) = chart.plotting_area().get_pixel_range();
    let at = |year: f64, v: f64| chart.backend_coord(&(year, v.max(1e-9).log10()));

    for (v, label) in ticks.iter().zip(&labels) {
        axis::y_gridline(
            root,
            t,
            label,
            at(f64::from(c.first_year), *v).1,
            px.start,
            px.end,
        )?;
    }
    axis::yuan_caption(root, t, true)?;
    let years = c.last_year - c.first_year + 1;
    let stride = ((years * (year_w + t.px(10.0))) as f64 / f64::from((px.end - px.start).max(1)))
        .ceil()
        .max(1.0) as i32;
    for (i, year) in (c.first_year..=c.last_year).enumerate() {
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

    // Series of one year sit side by side so no marker hides another.
    let mut in_year = std::collections::HashMap::<i32, i32>::new();
    let per_year = c
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.year))
        .fold(std::collections::HashMap::<i32, i32>::new(), |mut m, y| {
            *m.entry(y).or_insert(0) += 1;
            m
        });
    let gap = t.px(11.0);
    for s in &c.series {
        let colour = t.overlay(s.colour);
        for p in &s.points {
            let n = per_year.get(&p.year).copied().unwrap_or(1);
            let slot = in_year.entry(p.year).or_insert(0);
            let dx = (*slot * 2 - (n - 1)) * gap / 2;
            *slot += 1;
            let (x, y_low) = at(f64::from(p.year), p.low);
            let (_, y_high) = at(f64::from(p.year), p.high);
            let x = x + dx;
            if y_low != y_high {
                root.draw(&PathElement::new(
                    vec![(x, y_low), (x, y_high)],
                    colour.stroke_width(t.px(2.0) as u32),
                ))?;
            }
            marker(
                root,
                t,
                s.shape,
                (x, (y_low + y_high) / 2),
                colour,
                p.certainty,
            )?;
            hits.add(
                Rect {
                    x0: x,
                    y0: y_high,
                    x1: x,
                    y1: y_low,
                },
                t.px(7.0),
                &p.tip,
            );
        }
    }
    root.draw(&PathElement::new(
        vec![(px.start, py.end), (px.end, py.end)],
        t.muted.stroke_width(t.px(1.0) as u32),
    ))?;
    Ok(())
}

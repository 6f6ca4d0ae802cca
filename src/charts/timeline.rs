//! What happened next, platform by platform: reported GMV per year as
//! markers, one series per platform and publisher, never joined by a line
//! (each firm measures differently). Logarithmic, since values span 10 to
//! 3,500 billion yuan.

use super::axis::{self, Rect, ValueScale};
use super::industry::{Overlay, marker};
use super::{ChartResult, Column, HitMap, Theme, View};
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
    log: bool,
    view: &View,
) -> ChartResult {
    let l = &t.locale;
    let scale = ValueScale::of(log);
    let shown: Vec<&Overlay> = c
        .series
        .iter()
        .enumerate()
        .filter(|(i, _)| view.shows(*i))
        .map(|(_, s)| s)
        .collect();
    let values: Vec<f64> = shown
        .iter()
        .flat_map(|s| s.points.iter().flat_map(|p| [p.low, p.high]))
        .collect();
    if c.last_year < c.first_year {
        return Ok(());
    }
    let fitted = axis::value_axis(
        values.iter().copied(),
        scale,
        1.6,
        if log { 1.6 } else { 1.08 },
    );
    let (lo, hi) = (fitted.lo, fitted.hi);
    let ticks = fitted.ticks.clone();
    let labels: Vec<String> = ticks.iter().map(|v| l.tick(*v)).collect();
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
            scale.fwd(lo)..scale.fwd(hi),
        )?;
    let (px, py) = chart.plotting_area().get_pixel_range();
    let at = |year: f64, v: f64| chart.backend_coord(&(year, scale.fwd(v.max(lo))));

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
    axis::unit_caption(root, t, l.caption(), log, fitted.dropped)?;
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
    let per_year = shown
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.year))
        .fold(std::collections::HashMap::<i32, i32>::new(), |mut m, y| {
            *m.entry(y).or_insert(0) += 1;
            m
        });
    let gap = t.px(11.0);
    for s in &shown {
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

    // The crosshair: every shown series' figure in each year.
    let columns = (c.first_year..=c.last_year)
        .map(|year| Column {
            x: at(f64::from(year), lo).0,
            y: (py.start, py.end),
            title: year.to_string(),
            rows: shown
                .iter()
                .flat_map(|s| {
                    s.points.iter().filter(move |p| p.year == year).map(|p| {
                        let v = if p.low == p.high {
                            l.amount(p.low)
                        } else {
                            l.amount_range(p.low, p.high)
                        };
                        (s.publisher.clone(), v)
                    })
                })
                .collect(),
        })
        .collect();
    hits.set_columns(columns);
    Ok(())
}

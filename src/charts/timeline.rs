//! What happened next, platform by platform: reported GMV per year as
//! markers, one series per platform and publisher, never joined by a line
//! (each firm measures differently). Logarithmic, since values span 10 to
//! 3,500 billion yuan.

use super::axis::{self, ValueScale};
use super::industry::{Overlay, report_point};
use super::{ChartResult, Column, HitMap, Theme, View};
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Everything the timeline shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineChart {
    pub first_year: i32,
    pub last_year: i32,
    pub series: Vec<Overlay>,
}

/// What the markers and columns need: plotters' coordinate mapping (kept,
/// not the chart context, so it does not borrow the backend) and the plot.
struct Plot<'a, DB: DrawingBackend> {
    root: &'a DrawingArea<DB, Shift>,
    c: &'a TimelineChart,
    t: &'a Theme,
    coord: Cartesian2d<RangedCoordf64, RangedCoordf64>,
    scale: ValueScale,
    /// The value axis's low end; lower values are drawn at it.
    lo: f64,
    py: std::ops::Range<i32>,
    /// The series the legend shows.
    shown: Vec<&'a Overlay>,
}

impl<DB: DrawingBackend> Plot<'_, DB> {
    /// The pixel of `value` (clamped to the axis) at fractional `year`.
    fn at(&self, year: f64, value: f64) -> (i32, i32) {
        self.coord
            .translate(&(year, self.scale.fwd(value.max(self.lo))))
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
    let labels: Vec<String> = fitted.ticks.iter().map(|v| l.tick(*v)).collect();
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
    let p = Plot {
        root,
        c,
        t,
        coord: chart.as_coord_spec().clone(),
        scale,
        lo,
        py: py.clone(),
        shown,
    };

    for (v, label) in fitted.ticks.iter().zip(&labels) {
        let y = p.at(f64::from(c.first_year), *v).1;
        axis::y_gridline(root, t, label, y, px.start, px.end)?;
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
                (p.at(f64::from(year), lo).0, py.end + t.px(6.0)),
                &tick_font,
                HPos::Center,
                VPos::Top,
            )?;
        }
    }
    markers(&p, hits)?;
    root.draw(&PathElement::new(
        vec![(px.start, py.end), (px.end, py.end)],
        t.muted.stroke_width(t.px(1.0) as u32),
    ))?;
    hits.set_columns(columns(&p));
    Ok(())
}

/// Every shown figure as its series' marker (a range as a bar through it);
/// series of one year sit side by side so no marker hides another.
fn markers<DB: DrawingBackend>(p: &Plot<'_, DB>, hits: &mut HitMap) -> ChartResult {
    let t = p.t;
    let mut in_year = std::collections::HashMap::<i32, i32>::new();
    let per_year = p
        .shown
        .iter()
        .flat_map(|s| s.points.iter().map(|q| q.year))
        .fold(std::collections::HashMap::<i32, i32>::new(), |mut m, y| {
            *m.entry(y).or_insert(0) += 1;
            m
        });
    let gap = t.px(11.0);
    for s in &p.shown {
        let colour = t.overlay(s.colour);
        for q in &s.points {
            let n = per_year.get(&q.year).copied().unwrap_or(1);
            let slot = in_year.entry(q.year).or_insert(0);
            let dx = (*slot * 2 - (n - 1)) * gap / 2;
            *slot += 1;
            let (x, y_low) = p.at(f64::from(q.year), q.low);
            let (_, y_high) = p.at(f64::from(q.year), q.high);
            report_point(
                p.root,
                t,
                (s.shape, colour),
                x + dx,
                (y_low, y_high),
                q,
                hits,
            )?;
        }
    }
    Ok(())
}

/// The crosshair: every shown series' figure in each year.
fn columns<DB: DrawingBackend>(p: &Plot<'_, DB>) -> Vec<Column> {
    let (c, l) = (p.c, &p.t.locale);
    (c.first_year..=c.last_year)
        .map(|year| Column {
            x: p.at(f64::from(year), p.lo).0,
            y: (p.py.start, p.py.end),
            title: year.to_string(),
            rows: p
                .shown
                .iter()
                .flat_map(|s| {
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

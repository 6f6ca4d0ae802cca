//! Douyin live-stream GMV from 2019 to 2020: the article's two forecasts
//! (5–6× and 10–12×) as bands, and the user's own multiplier as a line.

use super::axis::{self, Rect, ValueScale};
use super::{ChartResult, Column, HitMap, Theme, Tip, View};
use crate::format;
use crate::model::Range;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One forecast band: a name and a year-on-year multiplier range.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub label: String,
    pub multiplier: Range,
    pub tip: Tip,
}

/// Everything the Douyin live chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct DouyinChart {
    pub base_year: i32,
    /// 2019 live GMV, billion yuan.
    pub base: f64,
    pub scenarios: Vec<Scenario>,
    /// The user's own multiplier for the next year (the median of `user_range`).
    pub user_multiplier: f64,
    /// The user's range for it; a point when both ends agree.
    pub user_range: Range,
    pub base_tip: Tip,
    pub user_tip: Tip,
}

impl DouyinChart {
    /// The user's projected value, billion yuan.
    pub fn user_value(&self) -> f64 {
        self.base * self.user_multiplier
    }
}

pub(super) fn draw<DB: DrawingBackend>(
    c: &DouyinChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    hits: &mut HitMap,
    log: bool,
    view: &View,
) -> ChartResult {
    let l = &t.locale;
    let scale = ValueScale::of(log);
    let next = c.base_year + 1;
    let user = c.user_value();
    // Legend entries: the scenarios, then the reader's own ("Yours").
    let show_user = view.shows(c.scenarios.len());
    let values: Vec<f64> = c
        .scenarios
        .iter()
        .enumerate()
        .filter(|(i, _)| view.shows(*i))
        .flat_map(|(_, s)| [s.multiplier.low * c.base, s.multiplier.high * c.base])
        .chain([c.base])
        .chain(
            [user, c.user_range.low * c.base, c.user_range.high * c.base]
                .into_iter()
                .filter(|_| show_user),
        )
        .collect();
    let fitted = axis::value_axis(values, scale, 1.5, if log { 1.3 } else { 1.08 });
    let (lo, hi) = (fitted.lo, fitted.hi);
    let ticks = fitted.ticks.clone();
    let tick_labels: Vec<String> = ticks.iter().map(|v| l.tick(*v)).collect();

    let tick_font = t.tick_font();
    let label_font = t.label_font();
    let colors = [t.orange, t.purple, t.green];
    let mut end_labels: Vec<(String, f64, RGBColor)> = c
        .scenarios
        .iter()
        .zip(colors.iter().cycle())
        .enumerate()
        .filter(|(i, _)| view.shows(*i))
        .map(|(_, (s, col))| {
            let v = s.multiplier.scaled(c.base);
            (
                format!("{}: {}", s.label, l.amount_range(v.low, v.high)),
                if log {
                    (v.low * v.high).sqrt()
                } else {
                    (v.low + v.high) / 2.0
                },
                *col,
            )
        })
        .collect();
    if show_user {
        let yours = l.trf(
            "Yours {}: {}",
            &[&format::multiplier(c.user_multiplier), &l.amount(user)],
        );
        end_labels.push((
            if c.user_range.is_point() {
                yours
            } else {
                yours
                    + &format!(
                        " ({})",
                        format::multiplier_range(c.user_range.low, c.user_range.high)
                    )
            },
            user,
            t.blue,
        ));
    }

    let (_, text_h) = axis::text_size(root, "2019", &tick_font);
    let left = axis::widest(root, tick_labels.iter().cloned(), &tick_font) + t.px(10.0);
    let (w, _) = root.dim_in_pixel();
    // End labels sit right of the plot; on narrow canvases they may take up
    // to 45% of the width and are shortened to fit.
    let want = axis::widest(root, end_labels.iter().map(|l| l.0.clone()), &label_font) + t.px(12.0);
    let right = want.min((f64::from(w) * 0.45) as i32);
    let chart = ChartBuilder::on(root)
        .margin_left(left)
        .margin_top(text_h + t.px(12.0))
        .margin_bottom(text_h + t.px(10.0))
        .margin_right(right)
        .build_cartesian_2d(
            f64::from(c.base_year) - 0.12..f64::from(next) + 0.04,
            scale.fwd(lo)..scale.fwd(hi),
        )?;
    let (px, py) = chart.plotting_area().get_pixel_range();
    let at = |x: i32, v: f64| chart.backend_coord(&(f64::from(x), scale.fwd(v.max(lo))));

    for (v, label) in ticks.iter().zip(&tick_labels) {
        axis::y_gridline(root, t, label, at(c.base_year, *v).1, px.start, px.end)?;
    }
    axis::unit_caption(root, t, l.caption(), log, fitted.dropped)?;
    for year in [c.base_year, next] {
        axis::text(
            root,
            &year.to_string(),
            (at(year, lo).0, py.end + t.px(6.0)),
            &tick_font,
            HPos::Center,
            VPos::Top,
        )?;
    }

    let start = at(c.base_year, c.base);
    for (_, (s, col)) in c
        .scenarios
        .iter()
        .zip(colors.iter().cycle())
        .enumerate()
        .filter(|(i, _)| view.shows(*i))
    {
        let v = s.multiplier.scaled(c.base);
        let band = vec![start, at(next, v.low), at(next, v.high)];
        root.draw(&Polygon::new(band.clone(), col.mix(0.35).filled()))?;
        // The band's 2020 end is what the forecast says; point there.
        hits.add(
            Rect {
                x0: band[1].0 - t.px(24.0),
                y0: band[2].1,
                x1: band[1].0,
                y1: band[1].1,
            },
            t.px(4.0),
            &s.tip,
        );
        root.draw(&PathElement::new(
            vec![band[1], band[0], band[2], band[1]],
            col.stroke_width(t.px(1.5) as u32),
        ))?;
    }
    // The user's own range, as a band under the median line.
    if show_user && !c.user_range.is_point() {
        let v = c.user_range.scaled(c.base);
        root.draw(&Polygon::new(
            vec![start, at(next, v.low), at(next, v.high)],
            t.blue.mix(0.2).filled(),
        ))?;
    }
    let end = at(next, user);
    if show_user {
        root.draw(&PathElement::new(
            vec![start, end],
            t.blue.stroke_width(t.px(3.0) as u32),
        ))?;
        root.draw(&Circle::new(end, t.px(4.0), t.blue.filled()))?;
        hits.point(end, t.px(8.0), &c.user_tip);
    }
    root.draw(&Circle::new(start, t.px(4.0), t.blue.filled()))?;
    hits.point(start, t.px(8.0), &c.base_tip);
    axis::text_on_box(
        root,
        t,
        &l.trf("{}: {} (article)", &[&c.base_year, &l.amount(c.base)]),
        (start.0 + t.px(8.0), start.1 - t.px(8.0)),
        &label_font,
        HPos::Left,
        VPos::Bottom,
    )?;

    // End labels, spread apart so they never overlap, clipped to the margin.
    let (_, label_h) = axis::text_size(root, "Ag", &label_font);
    let ys: Vec<i32> = end_labels.iter().map(|l| at(next, l.1).1).collect();
    let ys = axis::spread(
        &ys,
        label_h + t.px(2.0),
        py.start + label_h / 2,
        py.end - label_h / 2,
    );
    let max_w = right - t.px(10.0);
    for ((label, _, col), y) in end_labels.iter().zip(ys) {
        let fitted = fit(root, label, &label_font, max_w);
        axis::text(
            root,
            &fitted,
            (px.end + t.px(8.0), y),
            &label_font.color(col),
            HPos::Left,
            VPos::Center,
        )?;
    }
    root.draw(&PathElement::new(
        vec![(px.start, py.end), (px.end, py.end)],
        t.muted.stroke_width(t.px(1.0) as u32),
    ))?;

    // The crosshair: the article's base, then every shown forecast.
    let mut later: Vec<(String, String)> = c
        .scenarios
        .iter()
        .enumerate()
        .filter(|(i, _)| view.shows(*i))
        .map(|(_, s)| {
            let v = s.multiplier.scaled(c.base);
            (s.label.clone(), l.amount_range(v.low, v.high))
        })
        .collect();
    if show_user {
        later.push((l.tr("Yours").to_string(), l.amount(user)));
    }
    hits.set_columns(vec![
        Column {
            x: start.0,
            y: (py.start, py.end),
            title: c.base_year.to_string(),
            rows: vec![(l.tr("The article").to_string(), l.amount(c.base))],
        },
        Column {
            x: at(next, lo).0,
            y: (py.start, py.end),
            title: next.to_string(),
            rows: later,
        },
    ]);
    Ok(())
}

/// `label`, or its value part after ": " alone, or an ellipsised prefix,
/// whichever first fits in `max_w` pixels.
fn fit<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    label: &str,
    style: &TextStyle,
    max_w: i32,
) -> String {
    if axis::text_size(root, label, style).0 <= max_w {
        return label.to_string();
    }
    if let Some((_, value)) = label.split_once(": ")
        && axis::text_size(root, value, style).0 <= max_w
    {
        return value.to_string();
    }
    let mut s: String = label.to_string();
    while !s.is_empty() && axis::text_size(root, &format!("{s}…"), style).0 > max_w {
        s.pop();
    }
    format!("{s}…")
}

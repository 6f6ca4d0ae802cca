//! Douyin live-stream GMV from 2019 to 2020: the article's two forecasts
//! (5–6× and 10–12×) as bands, and the user's own multiplier as a line.

use super::axis::{self, Rect, ValueScale};
use super::{ChartResult, Column, HitMap, Theme, Tip, View};
use crate::format;
use crate::model::Range;
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One forecast band: a name and a year-on-year multiplier range.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub label: String,
    /// The forecast in a share link: "article-low" or "article-high".
    pub slug: String,
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

/// What every drawing step reads: plotters' coordinate mapping (kept, not
/// the chart context, so it does not borrow the backend) and the plot.
struct Plot<'a, DB: DrawingBackend> {
    root: &'a DrawingArea<DB, Shift>,
    c: &'a DouyinChart,
    t: &'a Theme,
    view: &'a View,
    coord: Cartesian2d<RangedCoordf64, RangedCoordf64>,
    scale: ValueScale,
    /// The value axis's low end; lower values are drawn at it.
    lo: f64,
    px: std::ops::Range<i32>,
    py: std::ops::Range<i32>,
    /// Legend entry "Yours" (after the scenarios) is shown.
    show_user: bool,
}

impl<DB: DrawingBackend> Plot<'_, DB> {
    /// The pixel of `value` (clamped to the axis) in `year`.
    fn at(&self, year: i32, value: f64) -> (i32, i32) {
        self.coord
            .translate(&(f64::from(year), self.scale.fwd(value.max(self.lo))))
    }

    /// The shown forecast bands with their colours (orange, purple, green).
    fn scenarios(&self) -> impl Iterator<Item = (&Scenario, RGBColor)> {
        let t = self.t;
        let colors = [t.orange, t.purple, t.green];
        self.c
            .scenarios
            .iter()
            .zip(colors.into_iter().cycle())
            .enumerate()
            .filter(|(i, _)| self.view.shows(*i))
            .map(|(_, s)| s)
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
    let tick_labels: Vec<String> = fitted.ticks.iter().map(|v| l.tick(*v)).collect();

    let tick_font = t.tick_font();
    let label_font = t.label_font();
    let end_labels = end_labels(c, t, log, view);
    let (_, text_h) = axis::text_size(root, "2019", &tick_font);
    let left = axis::widest(root, tick_labels.iter().cloned(), &tick_font) + t.px(10.0);
    let (w, _) = root.dim_in_pixel();
    // End labels sit right of the plot; on narrow canvases they may take up
    // to 45% of the width and are shortened to fit, but always keep room
    // for each one's value whole.
    let want = axis::widest(root, end_labels.iter().map(|l| l.0.clone()), &label_font) + t.px(12.0);
    let shortest = end_labels
        .iter()
        .filter_map(|l| forms(&l.0).pop())
        .collect::<Vec<_>>();
    let need = axis::widest(root, shortest, &label_font) + t.px(12.0);
    let right = want.min((f64::from(w) * 0.45) as i32).max(need);
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
    let p = Plot {
        root,
        c,
        t,
        view,
        coord: chart.as_coord_spec().clone(),
        scale,
        lo,
        px,
        py,
        show_user,
    };

    for (v, label) in fitted.ticks.iter().zip(&tick_labels) {
        let y = p.at(c.base_year, *v).1;
        axis::y_gridline(root, t, label, y, p.px.start, p.px.end)?;
    }
    axis::unit_caption(root, t, l.caption(), log, fitted.dropped)?;
    for year in [c.base_year, next] {
        axis::text(
            root,
            &year.to_string(),
            (p.at(year, lo).0, p.py.end + t.px(6.0)),
            &tick_font,
            HPos::Center,
            VPos::Top,
        )?;
    }
    bands(&p, hits)?;
    label_ends(&p, &end_labels, right)?;
    root.draw(&PathElement::new(
        vec![(p.px.start, p.py.end), (p.px.end, p.py.end)],
        t.muted.stroke_width(t.px(1.0) as u32),
    ))?;
    hits.set_columns(|| columns(&p));
    Ok(())
}

/// The end labels right of the plot, as (text, value it points at, colour):
/// each shown forecast's range, then the reader's own value.
fn end_labels(c: &DouyinChart, t: &Theme, log: bool, view: &View) -> Vec<(String, f64, RGBColor)> {
    let l = &t.locale;
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
    if view.shows(c.scenarios.len()) {
        let yours = l.trf(
            "Yours {}: {}",
            &[
                &format::multiplier(c.user_multiplier),
                &l.amount(c.user_value()),
            ],
        );
        end_labels.push((
            if c.user_range.is_point() {
                yours
            } else {
                format!(
                    "{yours}{}{}",
                    l.info().word_space,
                    l.bracket(&l.times(c.user_range.low, c.user_range.high))
                )
            },
            c.user_value(),
            t.blue,
        ));
    }
    end_labels
}

/// The forecasts' bands from the base, the reader's own range and line,
/// and the base point with its label; each pointable.
fn bands<DB: DrawingBackend>(p: &Plot<'_, DB>, hits: &mut HitMap) -> ChartResult {
    let (root, c, t) = (p.root, p.c, p.t);
    let next = c.base_year + 1;
    let start = p.at(c.base_year, c.base);
    for (s, col) in p.scenarios() {
        let v = s.multiplier.scaled(c.base);
        let band = vec![start, p.at(next, v.low), p.at(next, v.high)];
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
            || s.tip.clone(),
        );
        root.draw(&PathElement::new(
            vec![band[1], band[0], band[2], band[1]],
            col.stroke_width(t.px(1.5) as u32),
        ))?;
    }
    // The user's own range, as a band under the median line.
    if p.show_user && !c.user_range.is_point() {
        let v = c.user_range.scaled(c.base);
        root.draw(&Polygon::new(
            vec![start, p.at(next, v.low), p.at(next, v.high)],
            t.blue.mix(0.2).filled(),
        ))?;
    }
    let end = p.at(next, c.user_value());
    if p.show_user {
        root.draw(&PathElement::new(
            vec![start, end],
            t.blue.stroke_width(t.px(3.0) as u32),
        ))?;
        root.draw(&Circle::new(end, t.px(4.0), t.blue.filled()))?;
        hits.point(end, t.px(8.0), || c.user_tip.clone());
    }
    root.draw(&Circle::new(start, t.px(4.0), t.blue.filled()))?;
    hits.point(start, t.px(8.0), || c.base_tip.clone());
    let l = &t.locale;
    axis::text_on_box(
        root,
        t,
        &l.trf("{}: {} (article)", &[&c.base_year, &l.amount(c.base)]),
        (start.0 + t.px(8.0), start.1 - t.px(8.0)),
        &t.label_font(),
        HPos::Left,
        VPos::Bottom,
    )
}

/// End labels in the right margin (`right` pixels), spread apart so they
/// never overlap and shortened to fit.
fn label_ends<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    end_labels: &[(String, f64, RGBColor)],
    right: i32,
) -> ChartResult {
    let (root, t) = (p.root, p.t);
    let label_font = t.label_font();
    let next = p.c.base_year + 1;
    let (_, label_h) = axis::text_size(root, "Ag", &label_font);
    let ys: Vec<i32> = end_labels.iter().map(|l| p.at(next, l.1).1).collect();
    let ys = axis::spread(
        &ys,
        label_h + t.px(2.0),
        p.py.start + label_h / 2,
        p.py.end - label_h / 2,
    );
    let max_w = right - t.px(10.0);
    for ((label, _, col), y) in end_labels.iter().zip(ys) {
        let fitted = fit(root, label, &label_font, max_w);
        axis::text(
            root,
            &fitted,
            (p.px.end + t.px(8.0), y),
            &label_font.color(col),
            HPos::Left,
            VPos::Center,
        )?;
    }
    Ok(())
}

/// The crosshair: the article's base, then every shown forecast.
fn columns<DB: DrawingBackend>(p: &Plot<'_, DB>) -> Vec<Column> {
    let (c, l) = (p.c, &p.t.locale);
    let next = c.base_year + 1;
    let mut later: Vec<(String, String)> = p
        .scenarios()
        .map(|(s, _)| {
            let v = s.multiplier.scaled(c.base);
            (s.label.clone(), l.amount_range(v.low, v.high))
        })
        .collect();
    if p.show_user {
        later.push((l.tr("Yours").to_string(), l.amount(c.user_value())));
    }
    vec![
        Column {
            x: p.at(c.base_year, c.base).0,
            y: (p.py.start, p.py.end),
            title: c.base_year.to_string(),
            rows: vec![(l.tr("The article").to_string(), l.amount(c.base))],
        },
        Column {
            x: p.at(next, p.lo).0,
            y: (p.py.start, p.py.end),
            title: next.to_string(),
            rows: later,
        },
    ]
}

/// The forms of an end label, longest first: whole ("Yours ×5.48: 54.77
/// bn (5–6×)"), without its bracketed remark, its value after the colon
/// alone ("54.77 bn (5–6×)"), and that value without the remark
/// ("54.77 bn"). A value is never cut short.
fn forms(label: &str) -> Vec<String> {
    let bare = |s: &str| axis::without_remark(s).to_string();
    let mut out = vec![label.to_string(), bare(label)];
    if let Some((_, value)) = label.split_once(": ").or_else(|| label.split_once('：')) {
        out.extend([value.trim_start().to_string(), bare(value.trim_start())]);
    }
    out.dedup();
    out
}

/// The longest of the label's [`forms`] that fits in `max_w` pixels, or
/// the shortest.
fn fit<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    label: &str,
    style: &TextStyle,
    max_w: i32,
) -> String {
    let mut forms = forms(label);
    let shortest = forms.pop().unwrap_or_default();
    forms
        .into_iter()
        .find(|f| axis::text_size(root, f, style).0 <= max_w)
        .unwrap_or(shortest)
}

//! Will Douyin be the third pole? Each platform's share of the live-commerce
//! industry by year: one line per platform from the point projections, its
//! Monte Carlo bands (shares taken within each sample), and later reports'
//! shares as hollow markers.
//!
//! Platforms are told apart by colour, dash and marker shape together (the
//! comparison chart's [`LineStyle`]s) and named by direct labels in a gutter
//! right of the plot. The axis is 0–100% unless a share exceeds the whole
//! industry, which only inconsistent assumptions produce: then it grows and
//! a dashed line marks 100%, so the inconsistency is seen, not clipped.

use super::axis::{self, Candidate, Placer, Rect, ValueScale};
use super::compare::{GutterEntry, LineStyle, reserve_swatches};
use super::industry::{Certainty, marker};
use super::{ChartResult, Column, HitMap, SeriesKey, Theme, Tip, View};
use crate::format::sig;
use crate::locale::Locale;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use std::ops::Range;

/// Everything the shares chart shows. Shares are fractions of the industry
/// (0.25 = 25%), so they need no unit conversion.
#[derive(Clone, Debug, PartialEq)]
pub struct SharesChart {
    /// One line per platform; its index picks its [`LineStyle`] and is what
    /// [`View::hidden`] holds.
    pub lines: Vec<ShareLine>,
    /// Later reports' shares.
    pub markers: Vec<ShareMarker>,
}

/// One platform's share of the industry.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareLine {
    /// The platform as the reader names it.
    pub name: String,
    /// The platform in a share link: its series' slug (`SeriesId::slug`).
    pub slug: String,
    /// (year, share) from the point projections, in year order.
    pub points: Vec<(i32, f64)>,
    /// Monte Carlo P5, P25, P50, P75, P95 of the share per point; empty
    /// (or of another length) when there is no run to show.
    pub bands: Vec<[f64; 5]>,
}

/// A later report's share for one platform, drawn hollow.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareMarker {
    /// Index into [`SharesChart::lines`] of the platform.
    pub series: usize,
    pub year: i32,
    /// Fraction of the industry.
    pub share: f64,
    pub publisher: String,
    pub tip: Tip,
}

/// A share in percent as drawn: "34.2%", "0%", "104%".
pub fn percent(v: f64) -> String {
    format!("{}%", sig(v, 3))
}

/// A range of shares in percent: "20–31.5%".
fn percent_range(low: f64, high: f64) -> String {
    if low == high {
        percent(low)
    } else {
        format!("{}–{}%", sig(low, 3), sig(high, 3))
    }
}

/// The legend: one key per platform, in line order.
pub(super) fn keys(c: &SharesChart) -> Vec<SeriesKey> {
    let t = Theme::light(1.0);
    c.lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let style = LineStyle::of(&t, i);
            SeriesKey {
                name: l.name.clone(),
                slug: l.slug.clone(),
                glyph: style.shape.glyph(true),
                overlay: (0..5).find(|k| t.overlay(*k) == style.colour),
            }
        })
        .collect()
}

/// A shown platform in percent: its style, points and bands.
struct Line<'a> {
    name: &'a str,
    style: LineStyle,
    points: Vec<(i32, f64)>,
    /// Empty unless there is one per point.
    bands: Vec<[f64; 5]>,
}

/// Where things go: the value-to-pixel mapping and the plot's extent.
struct Plot<'a> {
    t: &'a Theme,
    at: &'a dyn Fn(f64, f64) -> (i32, i32),
    px: Range<i32>,
    py: Range<i32>,
    /// The axis's lowest value (percent), where bands are cut off.
    lo: f64,
    scale: ValueScale,
}

impl Plot<'_> {
    /// The pixel of (year, percent), or `None` if the axis cannot show it.
    fn xy(&self, year: i32, v: f64) -> Option<(i32, i32)> {
        self.scale.shows(v).then(|| (self.at)(f64::from(year), v))
    }

    /// The pixel of (year, percent) with the value raised to the axis floor.
    fn clamped(&self, year: i32, v: f64) -> (i32, i32) {
        (self.at)(
            f64::from(year),
            if v.is_finite() {
                v.max(self.lo)
            } else {
                self.lo
            },
        )
    }
}

fn shown_lines<'a>(c: &'a SharesChart, t: &Theme, view: &View) -> Vec<Line<'a>> {
    c.lines
        .iter()
        .enumerate()
        .filter(|(i, _)| view.shows(*i))
        .map(|(i, l)| Line {
            name: &l.name,
            style: LineStyle::of(t, i),
            points: l.points.iter().map(|&(y, v)| (y, v * 100.0)).collect(),
            bands: if l.bands.len() == l.points.len() {
                l.bands.iter().map(|b| b.map(|q| q * 100.0)).collect()
            } else {
                Vec::new()
            },
        })
        .collect()
}

/// The value axis in percent: 0 to 100% (further when a share exceeds the
/// industry) on a linear scale; fitted to the data on a log scale.
fn fit_axis(values: &[f64], scale: ValueScale) -> axis::ValueAxis {
    match scale {
        ValueScale::Linear => {
            let max = values
                .iter()
                .copied()
                .filter(|v| scale.shows(*v))
                .fold(0.0f64, f64::max);
            let top = if max > 100.0 { max * 1.05 } else { 100.0 };
            let ticks = axis::linear_ticks(top, 5);
            let dropped = values.iter().filter(|v| !scale.shows(**v)).count();
            axis::ValueAxis {
                scale,
                lo: 0.0,
                hi: ticks.last().copied().unwrap_or(top),
                ticks,
                dropped,
            }
        }
        ValueScale::Log => axis::value_axis(values.iter().copied(), scale, 1.6, 1.3),
    }
}

pub(super) fn draw<DB: DrawingBackend>(
    c: &SharesChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    hits: &mut HitMap,
    log: bool,
    view: &View,
) -> ChartResult {
    let l = &t.locale;
    let scale = ValueScale::of(log);
    let lines = shown_lines(c, t, view);
    let markers: Vec<&ShareMarker> = c.markers.iter().filter(|m| view.shows(m.series)).collect();
    let years = lines
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.0))
        .chain(markers.iter().map(|m| m.year));
    let (first, last) = years.fold((i32::MAX, i32::MIN), |(a, b), y| (a.min(y), b.max(y)));
    if first > last {
        return Ok(());
    }
    let values: Vec<f64> = lines
        .iter()
        .flat_map(|s| {
            let bands = s.bands.iter().flat_map(|b| [b[0], b[4]]);
            s.points.iter().map(|p| p.1).chain(bands)
        })
        .chain(markers.iter().map(|m| m.share * 100.0))
        .collect();
    let fitted = fit_axis(&values, scale);
    let over = values.iter().any(|v| v.is_finite() && *v > 100.0);
    let tick_labels: Vec<String> = fitted.ticks.iter().map(|v| percent(*v)).collect();
    let tick_font = t.tick_font();
    let label_font = t.label_font();
    let w = root.dim_in_pixel().0 as i32;
    let (year_w, text_h) = axis::text_size(root, "2030", &tick_font);
    let left = axis::widest(root, tick_labels.iter().cloned(), &tick_font) + t.px(10.0);

    // The gutter: a leader gap, a marker swatch, then "name 34%", at most
    // 36% of the width so the plot keeps most of a phone's screen.
    let gutter = Gutter::new(t);
    let room = (w * 36 / 100 - gutter.text_dx - 2 * gutter.pad).max(t.px(12.0));
    let labels: Vec<String> = lines
        .iter()
        .map(|s| {
            let value = s.points.last().map(|p| percent(p.1)).unwrap_or_default();
            let value_w = axis::text_size(root, &format!(" {value}"), &label_font).0;
            let name = axis::fit_width(root, s.name, &label_font, (room - value_w).max(0));
            format!("{name} {value}").trim().to_string()
        })
        .collect();
    let label_w = axis::widest(root, labels.iter().cloned(), &label_font);
    let right = (gutter.text_dx + label_w + 2 * gutter.pad + t.px(2.0)).max(year_w / 2 + t.px(4.0));

    let x_range = f64::from(first) - 0.3..f64::from(last) + 0.3;
    let chart = ChartBuilder::on(root)
        .margin_left(left)
        .margin_top(text_h + t.px(12.0))
        .margin_bottom(text_h + t.px(10.0))
        .margin_right(right)
        .build_cartesian_2d(x_range, scale.fwd(fitted.lo)..scale.fwd(fitted.hi))?;
    let (px, py) = chart.plotting_area().get_pixel_range();
    let at = |x: f64, v: f64| chart.backend_coord(&(x, scale.fwd(v)));
    let plot = Plot {
        t,
        at: &at,
        px,
        py,
        lo: fitted.lo,
        scale,
    };
    for (v, label) in fitted.ticks.iter().zip(&tick_labels) {
        let y = at(f64::from(first), *v).1;
        axis::y_gridline(root, t, label, y, plot.px.start, plot.px.end)?;
    }
    let caption = l.tr("% of the live-commerce industry");
    let caption = axis::unit_caption(root, t, caption, log, fitted.dropped)?;
    year_labels(root, &plot, first, last)?;
    let whole = if over { plot.xy(first, 100.0) } else { None };
    if let Some((_, y)) = whole {
        root.draw(&DashedPathElement::new(
            vec![(plot.px.start, y), (plot.px.end, y)],
            t.px(6.0),
            t.px(4.0),
            t.muted.stroke_width(t.px(1.5) as u32),
        ))?;
    }
    draw_bands(root, &plot, &lines, hits)?;
    let polylines = draw_lines(root, &plot, &lines, first, hits)?;
    let boxes = draw_markers(root, &plot, c, &markers, hits)?;

    let bounds = Rect {
        x0: plot.px.start,
        y0: gutter.pad,
        x1: w - gutter.pad,
        y1: plot.py.end,
    };
    let mut placer = Placer::new(
        bounds,
        polylines.iter().map(Vec::as_slice).collect(),
        gutter.pad,
    );
    placer.reserve(caption);
    boxes.into_iter().for_each(|b| placer.reserve(b));
    gutter.labels(root, &plot, &mut placer, &lines, &polylines, &labels)?;
    if let Some((_, y)) = whole {
        whole_label(root, &plot, &mut placer, y)?;
    }
    root.draw(&PathElement::new(
        vec![(plot.px.start, plot.py.end), (plot.px.end, plot.py.end)],
        t.muted.stroke_width(t.px(1.0) as u32),
    ))?;
    hits.set_columns(|| columns(&plot, &lines, &markers, c, first, last));
    Ok(())
}

/// Year labels under the plot, thinned so they never touch.
fn year_labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: &Plot<'_>,
    first: i32,
    last: i32,
) -> ChartResult {
    let t = plot.t;
    let tick_font = t.tick_font();
    let (year_w, _) = axis::text_size(root, "2030", &tick_font);
    let n_years = last - first + 1;
    let slot = (year_w + t.px(10.0)).max(1);
    let plot_w = (plot.px.end - plot.px.start).max(1);
    let stride = ((n_years * slot) as f64 / f64::from(plot_w))
        .ceil()
        .max(1.0) as i32;
    for (i, year) in (first..=last).enumerate() {
        if i as i32 % stride == 0 {
            let x = plot.clamped(year, plot.lo).0;
            axis::text(
                root,
                &year.to_string(),
                (x, plot.py.end + t.px(6.0)),
                &tick_font,
                HPos::Center,
                VPos::Top,
            )?;
        }
    }
    Ok(())
}

/// The 90% band pale and the 50% band stronger per platform, each year's
/// band pointable.
fn draw_bands<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: &Plot<'_>,
    lines: &[Line<'_>],
    hits: &mut HitMap,
) -> ChartResult {
    let (t, l) = (plot.t, &plot.t.locale);
    for s in lines.iter().filter(|s| !s.bands.is_empty()) {
        for (lo_q, hi_q, alpha) in [(0, 4, 0.12), (1, 3, 0.25)] {
            let upper = s
                .points
                .iter()
                .zip(&s.bands)
                .map(|(p, b)| plot.clamped(p.0, b[hi_q]));
            let lower = s.points.iter().zip(&s.bands).rev();
            let lower = lower.map(|(p, b)| plot.clamped(p.0, b[lo_q]));
            let polygon: Vec<(i32, i32)> = upper.chain(lower).collect();
            root.draw(&Polygon::new(polygon, s.style.colour.mix(alpha).filled()))?;
        }
        for (p, b) in s.points.iter().zip(&s.bands).filter(|(_, b)| b[0] != b[4]) {
            let (x, y95) = plot.clamped(p.0, b[4]);
            let (_, y5) = plot.clamped(p.0, b[0]);
            let tip = || Tip {
                title: format!("{} — {}", s.name, l.trf("Monte Carlo, {}", &[&p.0])),
                value: l.trf(
                    "median {}; 50% within {}; 90% within {}",
                    &[
                        &percent(b[2]),
                        &percent_range(b[1], b[3]),
                        &percent_range(b[0], b[4]),
                    ],
                ),
                period: p.0.to_string(),
                source: l.tr("Your assumptions' ranges, sampled").to_string(),
            };
            let area = Rect {
                x0: x,
                y0: y95,
                x1: x,
                y1: y5,
            };
            hits.add(area, t.px(6.0), tip);
        }
    }
    Ok(())
}

/// The platforms' lines with markers every 40 px or so (the end's marker
/// is the swatch beside the label); every point pointable. Returns the
/// polylines drawn, for the label placer.
fn draw_lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: &Plot<'_>,
    lines: &[Line<'_>],
    first: i32,
    hits: &mut HitMap,
) -> Result<Vec<Vec<(i32, i32)>>, super::ChartError> {
    let (t, l) = (plot.t, &plot.t.locale);
    let per_year = lines
        .iter()
        .flat_map(|s| s.points.windows(2))
        .map(|w| {
            f64::from((plot.clamped(w[1].0, plot.lo).0 - plot.clamped(w[0].0, plot.lo).0).abs())
        })
        .find(|d| *d > 0.0)
        .unwrap_or(f64::from(t.px(40.0)));
    let stride = (f64::from(t.px(40.0)) / per_year).ceil().max(1.0) as i32;
    let width = t.px(2.5) as u32;
    let mut polylines = Vec::with_capacity(lines.len());
    for s in lines {
        let drawn: Vec<(usize, (i32, i32))> = s
            .points
            .iter()
            .enumerate()
            .filter_map(|(k, p)| plot.xy(p.0, p.1).map(|xy| (k, xy)))
            .collect();
        let line: Vec<(i32, i32)> = drawn.iter().map(|d| d.1).collect();
        let pattern = s.style.dash.pattern();
        let stroke = s.style.colour.stroke_width(width);
        match pattern {
            [on, off, ..] => root.draw(&DashedPathElement::new(
                line.clone(),
                t.px(*on).max(1),
                t.px(*off).max(1),
                stroke,
            ))?,
            _ => root.draw(&PathElement::new(line.clone(), stroke))?,
        }
        for &(k, xy) in &drawn {
            let Some(&(year, v)) = s.points.get(k) else {
                continue;
            };
            if (year - first) % stride == 0 && k + 1 < s.points.len() {
                marker(
                    root,
                    t,
                    s.style.shape,
                    xy,
                    s.style.colour,
                    Certainty::Confirmed,
                )?;
            }
            hits.point(xy, t.px(7.0), || Tip {
                title: s.name.to_string(),
                value: l.trf("{} of the industry", &[&percent(v)]),
                period: year.to_string(),
                source: l.tr("Your assumptions at their medians").to_string(),
            });
        }
        polylines.push(line);
    }
    Ok(polylines)
}

/// Later reports' shares, hollow, beside their year's point so neither hides
/// the other. Returns the markers' boxes, for the label placer.
fn draw_markers<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: &Plot<'_>,
    c: &SharesChart,
    markers: &[&ShareMarker],
    hits: &mut HitMap,
) -> Result<Vec<Rect>, super::ChartError> {
    let t = plot.t;
    let mut in_year = std::collections::HashMap::<i32, i32>::new();
    let mut boxes = Vec::with_capacity(markers.len());
    for m in markers.iter().filter(|m| m.series < c.lines.len()) {
        let Some((x, y)) = plot.xy(m.year, m.share * 100.0) else {
            continue;
        };
        let slot = in_year.entry(m.year).or_insert(0);
        *slot += 1;
        let x = x + t.px(9.0) * *slot;
        let style = LineStyle::of(t, m.series);
        marker(
            root,
            t,
            style.shape,
            (x, y),
            style.colour,
            Certainty::Single,
        )?;
        hits.point((x, y), t.px(7.0), || m.tip.clone());
        let r = t.px(7.0);
        boxes.push(Rect {
            x0: x - r,
            y0: y - r,
            x1: x + r,
            y1: y + r,
        });
    }
    Ok(boxes)
}

/// The direct labels' gutter right of the plot.
struct Gutter {
    /// Marker radius.
    r: i32,
    pad: i32,
    /// The swatch's centre right of the plot.
    swatch_x: i32,
    /// The text's left edge right of the plot.
    text_dx: i32,
}

impl Gutter {
    fn new(t: &Theme) -> Gutter {
        let r = t.px(5.5);
        let swatch_x = t.px(8.0) + r;
        Gutter {
            r,
            pad: t.px(2.0),
            swatch_x,
            text_dx: swatch_x + r + t.px(5.0),
        }
    }

    /// Each line's label at its end's height, spread apart, with a leader
    /// from the end to a swatch of its marker.
    fn labels<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        plot: &Plot<'_>,
        placer: &mut Placer<'_>,
        lines: &[Line<'_>],
        polylines: &[Vec<(i32, i32)>],
        labels: &[String],
    ) -> ChartResult {
        let t = plot.t;
        let label_font = t.label_font();
        let (_, label_h) = axis::text_size(root, "Ag", &label_font);
        let (pad, r) = (self.pad, self.r);
        let gap = label_h + 2 * pad + t.px(1.0);
        let half = label_h / 2 + pad;
        let ends: Vec<Option<(i32, i32)>> = polylines.iter().map(|l| l.last().copied()).collect();
        let wanted: Vec<i32> = ends
            .iter()
            .map(|e| e.map_or(plot.py.start, |p| p.1))
            .collect();
        let ys = axis::spread(&wanted, gap, pad + half, plot.py.end - half);
        let sx = plot.px.end + self.swatch_x;
        reserve_swatches(placer, sx, &ys, r + pad);
        for (((s, label), end), &y) in lines.iter().zip(labels).zip(&ends).zip(&ys) {
            let Some(end) = *end else {
                continue;
            };
            let entry = GutterEntry {
                style: s.style,
                end: Some(end),
                swatch: (sx, y),
                text_x: plot.px.end + self.text_dx,
                gap: (pad, r),
            };
            entry.draw(root, t, placer, label, &label_font)?;
        }
        Ok(())
    }
}

/// "100%: the whole industry" beside the dashed line at 100%.
fn whole_label<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: &Plot<'_>,
    placer: &mut Placer<'_>,
    y: i32,
) -> ChartResult {
    let t = plot.t;
    let d = t.px(4.0);
    let (x0, x1) = (plot.px.start + d, plot.px.end - d);
    let spots = [
        (x0, y - d, HPos::Left, VPos::Bottom),
        (x0, y + d, HPos::Left, VPos::Top),
        (x1, y - d, HPos::Right, VPos::Bottom),
        (x1, y + d, HPos::Right, VPos::Top),
    ]
    .map(|(x, y, h, v)| Candidate { at: (x, y), h, v });
    let label = t.locale.tr("100%: the whole industry");
    placer.place_if_free(root, t, label, &t.font(12.0, t.muted), &spots)?;
    Ok(())
}

/// The crosshair: every shown platform's share (and 90% band) and every
/// shown later report in each year.
fn columns(
    plot: &Plot<'_>,
    lines: &[Line<'_>],
    markers: &[&ShareMarker],
    c: &SharesChart,
    first: i32,
    last: i32,
) -> Vec<Column> {
    let l: &Locale = &plot.t.locale;
    (first..=last)
        .map(|year| {
            let mut rows: Vec<(String, String)> = Vec::new();
            for s in lines {
                let Some(k) = s.points.iter().position(|p| p.0 == year) else {
                    continue;
                };
                let v = percent(s.points[k].1);
                let text = match s.bands.get(k).filter(|b| b[0] != b[4]) {
                    Some(b) => l.trf("{} (90% band {})", &[&v, &percent_range(b[0], b[4])]),
                    None => v,
                };
                rows.push((s.name.to_string(), text));
            }
            for m in markers.iter().filter(|m| m.year == year) {
                let name = c.lines.get(m.series).map_or("", |s| s.name.as_str());
                rows.push((
                    format!("{name} ({})", m.publisher),
                    percent(m.share * 100.0),
                ));
            }
            Column {
                x: plot.clamped(year, plot.lo).0,
                y: (plot.py.start, plot.py.end),
                title: year.to_string(),
                rows,
            }
        })
        .collect()
}

/// The chart's accessible name and description: each platform's share in
/// the first and last year, later reports, and a warning above 100%.
pub(super) fn describe(c: &SharesChart, l: &Locale) -> super::Description {
    let years = c.lines.iter().flat_map(|s| s.points.iter().map(|p| p.0));
    let (first, last) = years.fold((i32::MAX, i32::MIN), |(a, b), y| (a.min(y), b.max(y)));
    if first > last {
        return super::Description {
            name: l.tr("Line chart").to_string(),
            text: l.tr("No data to draw.").to_string(),
        };
    }
    let caption = l.tr("% of the live-commerce industry");
    let lines = c
        .lines
        .iter()
        .filter_map(|s| {
            let (a, b) = (s.points.first()?, s.points.last()?);
            let (from, to) = (percent(a.1 * 100.0), percent(b.1 * 100.0));
            Some(l.trf(
                "{}: from {} in {} to {} in {}",
                &[&s.name, &from, &a.0, &to, &b.0],
            ))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut text = format!("{lines}.");
    let later = c
        .markers
        .iter()
        .filter_map(|m| {
            let name = &c.lines.get(m.series)?.name;
            let share = percent(m.share * 100.0);
            Some(format!("{} ({name}): {share} ({})", m.publisher, m.year))
        })
        .collect::<Vec<_>>()
        .join("; ");
    if !later.is_empty() {
        text.push(' ');
        text.push_str(&l.trf("Later reports: {}.", &[&later]));
    }
    let shares = c.lines.iter().flat_map(|s| s.points.iter().map(|p| p.1));
    if shares
        .chain(c.markers.iter().map(|m| m.share))
        .any(|v| v > 1.0)
    {
        text.push(' ');
        text.push_str(l.tr(
            "A share above 100% means the assumptions disagree: a platform larger than the whole industry.",
        ));
    }
    super::Description {
        name: l.trf("Line chart, {}–{}, {}", &[&first, &last, &caption]),
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_read_naturally() {
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(34.2159), "34.2%");
        assert_eq!(percent(103.7), "104%");
        assert_eq!(percent_range(20.0, 31.46), "20–31.5%");
        assert_eq!(percent_range(5.0, 5.0), "5%");
    }

    #[test]
    fn the_linear_axis_is_0_to_100_unless_a_share_exceeds_it() {
        let a = fit_axis(&[10.0, 40.0], ValueScale::Linear);
        assert_eq!((a.lo, a.hi), (0.0, 100.0));
        let a = fit_axis(&[10.0, 130.0], ValueScale::Linear);
        assert!(a.hi >= 130.0 * 1.05, "{a:?}");
        let a = fit_axis(&[10.0, f64::NAN], ValueScale::Linear);
        assert_eq!((a.hi, a.dropped), (100.0, 1));
    }
}

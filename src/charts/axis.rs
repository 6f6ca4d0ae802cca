//! Shared pieces of every chart: tick choice, text measuring and placing,
//! gridlines, and keeping labels apart. Axes are drawn here rather than by
//! plotters' mesh so that every label is measured and kept inside the canvas
//! at any width.

use super::{ChartError, ChartResult, Theme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A step of 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
pub fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    let unit = raw / power;
    let nice = if unit <= 1.0 {
        1.0
    } else if unit <= 2.0 {
        2.0
    } else if unit <= 2.5 {
        2.5
    } else if unit <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// Ticks from 0 covering `max` with at most about `count` steps; the last
/// tick is the axis maximum.
pub fn linear_ticks(max: f64, count: usize) -> Vec<f64> {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let step = nice_step(max / count.max(1) as f64);
    let n = (max / step).ceil() as usize;
    (0..=n).map(|i| i as f64 * step).collect()
}

/// Ticks for a logarithmic axis over `[lo, hi]`: 1-2-5 per decade, or whole
/// decades when that would be more than `count` ticks.
pub fn log_ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    if !(lo > 0.0 && hi > lo && hi.is_finite()) {
        return vec![];
    }
    let first = lo.log10().floor() as i32;
    let last = hi.log10().ceil() as i32;
    let within = |v: &f64| *v >= lo * (1.0 - 1e-9) && *v <= hi * (1.0 + 1e-9);
    let decade = |mults: &[f64]| -> Vec<f64> {
        (first..=last)
            .flat_map(|p| mults.iter().map(move |m| m * 10f64.powi(p)))
            .filter(within)
            .collect()
    };
    let fine = decade(&[1.0, 2.0, 5.0]);
    if fine.len() <= count {
        return fine;
    }
    let decades = decade(&[1.0]);
    let stride = decades.len().div_ceil(count.max(1)).max(1);
    decades.into_iter().step_by(stride).collect()
}

/// How values map onto the vertical axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueScale {
    Linear,
    Log,
}

impl ValueScale {
    /// The plotted coordinate of a value.
    pub fn fwd(self, v: f64) -> f64 {
        match self {
            ValueScale::Linear => v,
            ValueScale::Log => v.max(f64::MIN_POSITIVE).log10(),
        }
    }
}

impl ValueScale {
    /// Log when `log`.
    pub fn of(log: bool) -> Self {
        if log {
            ValueScale::Log
        } else {
            ValueScale::Linear
        }
    }

    /// Whether a value can be placed on this scale.
    pub fn shows(self, v: f64) -> bool {
        v.is_finite()
            && match self {
                ValueScale::Linear => v >= 0.0,
                ValueScale::Log => v > 0.0,
            }
    }
}

/// A value axis fitted to some values.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueAxis {
    pub scale: ValueScale,
    /// The axis's lowest and highest value (not yet through `scale.fwd`).
    pub lo: f64,
    pub hi: f64,
    pub ticks: Vec<f64>,
    /// How many values the scale cannot show (zero or below on a log axis).
    pub dropped: usize,
}

/// Fits an axis to `values`: a linear one from zero to a round number at
/// least `max * grow`, or a logarithmic one from `min / shrink` to
/// `max * grow` with 1-2-5 ticks. Values the scale cannot show (zero or
/// negative on a log axis; NaN) are counted in `dropped`, never a panic;
/// with nothing to show, the axis is 1 to 10 (log) or 0 to 1 (linear).
pub fn value_axis(
    values: impl IntoIterator<Item = f64>,
    scale: ValueScale,
    shrink: f64,
    grow: f64,
) -> ValueAxis {
    let mut dropped = 0;
    let (mut min, mut max) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values {
        if scale.shows(v) {
            min = min.min(v);
            max = max.max(v);
        } else {
            dropped += 1;
        }
    }
    match scale {
        ValueScale::Linear => {
            let max = if max.is_finite() && max > 0.0 {
                max
            } else {
                1.0
            };
            let ticks = linear_ticks(max * grow, 5);
            let hi = ticks.last().copied().unwrap_or(max);
            ValueAxis {
                scale,
                lo: 0.0,
                hi,
                ticks,
                dropped,
            }
        }
        ValueScale::Log => {
            let (min, max) = if min.is_finite() && max.is_finite() {
                (min, max)
            } else {
                (1.0, 10.0)
            };
            let (lo, hi) = (min / shrink.max(1.0), (max * grow.max(1.0)).max(min * 1.5));
            let mut ticks = log_ticks(lo, hi, 6);
            if ticks.is_empty() {
                ticks = vec![min];
            }
            ValueAxis {
                scale,
                lo,
                hi,
                ticks,
                dropped,
            }
        }
    }
}

/// Width and height of `text` in backing-store pixels. Falls back to an
/// estimate if the backend cannot measure.
pub fn text_size<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle,
) -> (i32, i32) {
    size_or_estimate(root.estimate_text_size(text, style), text, style)
}

/// A measured text size, or, when the backend cannot measure, an estimate
/// from the font size (0.6 em a character).
pub fn size_or_estimate<E>(
    measured: Result<(u32, u32), E>,
    text: &str,
    style: &TextStyle,
) -> (i32, i32) {
    match measured {
        Ok((w, h)) => (w as i32, h as i32),
        Err(_) => {
            let size = style.font.get_size();
            (
                (text.chars().count() as f64 * size * 0.6) as i32,
                size as i32,
            )
        }
    }
}

/// Draws `text` anchored at `at` by `h`/`v`.
pub fn text<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    at: (i32, i32),
    style: &TextStyle,
    h: HPos,
    v: VPos,
) -> ChartResult {
    root.draw(&Text::new(text.to_string(), at, style.pos(Pos::new(h, v))))?;
    Ok(())
}

/// Draws `text` on a translucent box of the background colour, so it stays
/// readable where it crosses marks.
pub fn text_on_box<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
    label: &str,
    at: (i32, i32),
    style: &TextStyle,
    h: HPos,
    v: VPos,
) -> ChartResult {
    boxed_text(root, theme, label, at, style, h, v).map(|_| ())
}

/// [`text_on_box`], returning the box drawn.
pub fn boxed_text<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
    label: &str,
    at: (i32, i32),
    style: &TextStyle,
    h: HPos,
    v: VPos,
) -> Result<Rect, ChartError> {
    let (w, ht) = text_size(root, label, style);
    let x0 = match h {
        HPos::Left => at.0,
        HPos::Center => at.0 - w / 2,
        HPos::Right => at.0 - w,
    };
    let y0 = match v {
        VPos::Top => at.1,
        VPos::Center => at.1 - ht / 2,
        VPos::Bottom => at.1 - ht,
    };
    let pad = theme.px(2.0);
    let r = Rect {
        x0: x0 - pad,
        y0: y0 - pad,
        x1: x0 + w + pad,
        y1: y0 + ht + pad,
    };
    root.draw(&Rectangle::new(
        [(r.x0, r.y0), (r.x1, r.y1)],
        theme.background.mix(0.85).filled(),
    ))?;
    text(root, label, at, style, h, v)?;
    Ok(r)
}

/// Draws `text` on a box with its left edge at `x`, moved left as needed so
/// it ends inside `[min_x, max_x]`.
#[allow(clippy::too_many_arguments)]
pub fn text_within<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
    label: &str,
    x: i32,
    y: i32,
    min_x: i32,
    max_x: i32,
    style: &TextStyle,
    v: VPos,
) -> ChartResult {
    let (w, _) = text_size(root, label, style);
    let x = x.min(max_x - w).max(min_x);
    text_on_box(root, theme, label, (x, y), style, HPos::Left, v)
}

/// A horizontal gridline with its tick label left of the plot.
#[allow(clippy::too_many_arguments)]
pub fn y_gridline<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
    label: &str,
    y: i32,
    x0: i32,
    x1: i32,
) -> ChartResult {
    root.draw(&PathElement::new(
        vec![(x0, y), (x1, y)],
        theme.grid.stroke_width(theme.px(1.0) as u32),
    ))?;
    text(
        root,
        label,
        (x0 - theme.px(6.0), y),
        &theme.tick_font(),
        HPos::Right,
        VPos::Center,
    )
}

/// The value axis's unit `unit` at the top left of the canvas, with "(log
/// scale)" when `log` and a note when `dropped` values (zero or below) cannot
/// be shown on it; returns its box.
pub fn unit_caption<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
    unit: &str,
    log: bool,
    dropped: usize,
) -> Result<Rect, ChartError> {
    let l = &theme.locale;
    let mut unit = unit.to_string();
    if log {
        unit.push_str(l.tr(" (log scale)"));
    }
    if log && dropped > 0 {
        unit.push_str(&l.trf("; {} at zero or below not shown", &[&dropped]));
    }
    let font = theme.tick_font();
    let (x0, y0) = (theme.px(2.0), theme.px(4.0));
    let (w, _) = root.dim_in_pixel();
    let unit = fit_width(root, &unit, &font, w as i32 - 2 * x0);
    text(root, &unit, (x0, y0), &font, HPos::Left, VPos::Top)?;
    let (w, h) = text_size(root, &unit, &font);
    Ok(Rect {
        x0,
        y0,
        x1: x0 + w,
        y1: y0 + h,
    })
}

/// `label` without the remark in brackets that ends it ("Yours ×5.48:
/// 54.77 bn (5–6×)" → "Yours ×5.48: 54.77 bn"; "（文章）" too), or `label`
/// when it has none.
pub fn without_remark(label: &str) -> &str {
    [(" (", ")"), ("（", "）")]
        .iter()
        .find_map(|(open, close)| {
            label
                .strip_suffix(close)
                .and_then(|head| head.rfind(open).map(|i| head[..i].trim_end()))
        })
        .filter(|head| !head.is_empty())
        .unwrap_or(label)
}

/// `label`, or an ellipsised prefix of it, whichever first fits in `max_w`
/// pixels.
pub fn fit_width<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    label: &str,
    font: &TextStyle,
    max_w: i32,
) -> String {
    if text_size(root, label, font).0 <= max_w {
        return label.to_string();
    }
    let chars: Vec<char> = label.chars().collect();
    (1..chars.len())
        .rev()
        .map(|n| format!("{}…", chars[..n].iter().collect::<String>().trim_end()))
        .find(|s| text_size(root, s, font).0 <= max_w)
        .unwrap_or_default()
}

/// Vertical gridlines at `ticks` (pixel x and label) from `y0` to `y1`,
/// with the labels below the plot. Labels that would leave the canvas are
/// left out, and when neighbours would touch only every second (third…)
/// label is drawn, so ticks never run together however long the language
/// writes them ("750亿美元1,000亿美元"); every gridline is drawn.
pub fn x_axis<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
    ticks: &[(i32, String)],
    (y0, y1): (i32, i32),
) -> ChartResult {
    let font = theme.tick_font();
    let (w, _) = root.dim_in_pixel();
    let gap = theme.px(8.0);
    let spans: Vec<Option<(i32, i32)>> = ticks
        .iter()
        .map(|(x, label)| {
            let (lw, _) = text_size(root, label, &font);
            let x0 = x - lw / 2;
            (x0 >= 0 && x0 + lw <= w as i32).then_some((x0, x0 + lw))
        })
        .collect();
    let apart = |k: usize| {
        let mut end: Option<i32> = None;
        for &(x0, x1) in spans.iter().step_by(k).flatten() {
            if end.is_some_and(|e| x0 < e + gap) {
                return false;
            }
            end = Some(x1);
        }
        true
    };
    let stride = (1..=ticks.len().max(1))
        .find(|&k| apart(k))
        .unwrap_or(ticks.len().max(1));
    for (i, (x, label)) in ticks.iter().enumerate() {
        root.draw(&PathElement::new(
            vec![(*x, y0), (*x, y1)],
            theme.grid.stroke_width(theme.px(1.0) as u32),
        ))?;
        if i % stride == 0 && spans[i].is_some() {
            text(
                root,
                label,
                (*x, y1 + theme.px(6.0)),
                &font,
                HPos::Center,
                VPos::Top,
            )?;
        }
    }
    Ok(())
}

/// Moves label centres (sorted or not) apart so neighbours are at least
/// `gap` pixels from each other, staying within `[lo, hi]` where possible.
/// Returns the new positions in the original order.
pub fn spread(positions: &[i32], gap: i32, lo: i32, hi: i32) -> Vec<i32> {
    let mut order: Vec<usize> = (0..positions.len()).collect();
    order.sort_by_key(|&i| positions[i]);
    let mut placed: Vec<i32> = order.iter().map(|&i| positions[i]).collect();
    for i in 0..placed.len() {
        let min = if i == 0 { lo } else { placed[i - 1] + gap };
        placed[i] = placed[i].max(min);
    }
    // Push back from the upper bound.
    for i in (0..placed.len()).rev() {
        let max = if i + 1 == placed.len() {
            hi
        } else {
            placed[i + 1] - gap
        };
        placed[i] = placed[i].min(max);
    }
    let mut out = vec![0; positions.len()];
    for (slot, &i) in order.iter().enumerate() {
        out[i] = placed[slot];
    }
    out
}

/// The biggest width among `labels`.
pub fn widest<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    labels: impl IntoIterator<Item = String>,
    style: &TextStyle,
) -> i32 {
    labels
        .into_iter()
        .map(|l| text_size(root, &l, style).0)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_nice() {
        assert_eq!(nice_step(0.9), 1.0);
        assert_eq!(nice_step(1.5), 2.0);
        assert_eq!(nice_step(2.2), 2.5);
        assert_eq!(nice_step(37.0), 50.0);
        assert_eq!(nice_step(120.0), 200.0);
        assert_eq!(nice_step(f64::NAN), 1.0);
    }

    #[test]
    fn linear_ticks_cover_the_maximum() {
        assert_eq!(linear_ticks(130.0, 5), vec![0.0, 50.0, 100.0, 150.0]);
        let t = linear_ticks(540.0, 5);
        assert_eq!(t.first(), Some(&0.0));
        assert!(*t.last().unwrap_or(&0.0) >= 540.0);
        assert!(t.len() <= 7);
    }

    #[test]
    fn log_ticks_thin_out() {
        assert_eq!(
            log_ticks(300.0, 12_000.0, 10),
            vec![500.0, 1000.0, 2000.0, 5000.0, 10_000.0]
        );
        let wide = log_ticks(1.0, 1e9, 5);
        assert!(wide.len() <= 5, "{wide:?}");
        assert!(log_ticks(0.0, 10.0, 5).is_empty());
    }

    #[test]
    fn spread_keeps_gap_and_order() {
        let out = spread(&[50, 52, 10], 10, 0, 100);
        assert_eq!(out[2], 10);
        assert!(out[1] - out[0] >= 10 || out[0] - out[1] >= 10);
        // Pushed back inside the bound.
        let out = spread(&[98, 99, 100], 10, 0, 100);
        assert_eq!(out, vec![80, 90, 100]);
    }

    /// The bounding-box shortcut in `Rect::hits` changes no answer: every
    /// segment between points of a grid, against boxes around and across
    /// it, gives what sampling alone gives.
    #[test]
    fn hits_agrees_with_sampling_every_pixel() {
        fn sampled(r: &Rect, a: (i32, i32), b: (i32, i32)) -> bool {
            let steps = (a.0 - b.0).abs().max((a.1 - b.1).abs()).max(1);
            (0..=steps).any(|i| {
                let f = f64::from(i) / f64::from(steps);
                r.contains((
                    a.0 + (f64::from(b.0 - a.0) * f).round() as i32,
                    a.1 + (f64::from(b.1 - a.1) * f).round() as i32,
                ))
            })
        }
        let coords = [-3, 0, 4, 9, 15];
        let points: Vec<(i32, i32)> = coords
            .iter()
            .flat_map(|&x| coords.iter().map(move |&y| (x, y)))
            .collect();
        let boxes = [
            Rect {
                x0: 2,
                y0: 2,
                x1: 6,
                y1: 6,
            },
            Rect {
                x0: 0,
                y0: 5,
                x1: 14,
                y1: 5,
            },
            Rect {
                x0: 9,
                y0: -3,
                x1: 9,
                y1: 15,
            },
            Rect {
                x0: 10,
                y0: 10,
                x1: 20,
                y1: 20,
            },
        ];
        let (mut hit, mut missed) = (0, 0);
        for r in &boxes {
            for &a in &points {
                for &b in &points {
                    let want = sampled(r, a, b);
                    assert_eq!(r.hits(&[a, b]), want, "{r:?} {a:?}-{b:?}");
                    if want { hit += 1 } else { missed += 1 }
                }
            }
        }
        // Both answers occur often, so the comparison means something.
        assert!(hit > 100 && missed > 100, "{hit} {missed}");
    }
}

/// An axis-aligned box in backing-store pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rect {
    pub x0: i32,
    pub y0: i32,
    pub x1: i32,
    pub y1: i32,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    /// Whether the point lies inside (edges included).
    pub fn contains(&self, (x, y): (i32, i32)) -> bool {
        x >= self.x0 && x <= self.x1 && y >= self.y0 && y <= self.y1
    }

    fn inside(&self, o: &Rect) -> bool {
        self.x0 >= o.x0 && self.x1 <= o.x1 && self.y0 >= o.y0 && self.y1 <= o.y1
    }

    /// Whether any segment of the polyline passes through the box (sampled
    /// every pixel or so, which is exact enough for label placement).
    fn hits(&self, line: &[(i32, i32)]) -> bool {
        line.windows(2).any(|s| {
            let (a, b) = (s[0], s[1]);
            // Every sample lies in the segment's bounding box, so a box that
            // misses it is missed by all of them: most segments are ruled
            // out here instead of pixel by pixel (a label is tried at many
            // spots on every redraw).
            if a.0.max(b.0) < self.x0
                || a.0.min(b.0) > self.x1
                || a.1.max(b.1) < self.y0
                || a.1.min(b.1) > self.y1
            {
                return false;
            }
            let steps = (a.0 - b.0).abs().max((a.1 - b.1).abs()).max(1);
            (0..=steps).any(|i| {
                let f = f64::from(i) / f64::from(steps);
                let p = (
                    a.0 + (f64::from(b.0 - a.0) * f).round() as i32,
                    a.1 + (f64::from(b.1 - a.1) * f).round() as i32,
                );
                self.contains(p)
            })
        })
    }
}

/// A spot for a label: each candidate is an anchor point and how
/// the text hangs from it.
#[derive(Clone, Copy)]
pub struct Candidate {
    pub at: (i32, i32),
    pub h: HPos,
    pub v: VPos,
}

/// Places labels one after another so that none crosses the given lines,
/// another placed label, or the bounds. Keeps what it placed.
pub struct Placer<'a> {
    bounds: Rect,
    lines: Vec<&'a [(i32, i32)]>,
    placed: Vec<Rect>,
    pad: i32,
}

impl<'a> Placer<'a> {
    /// A placer for labels inside `bounds` that must avoid `lines`.
    pub fn new(bounds: Rect, lines: Vec<&'a [(i32, i32)]>, pad: i32) -> Self {
        Placer {
            bounds,
            lines,
            placed: Vec::new(),
            pad,
        }
    }

    /// Marks an area (a marker, a legend) as taken.
    pub fn reserve(&mut self, r: Rect) {
        self.placed.push(r);
    }

    /// Draws `label` (on a translucent box) at the first candidate that is
    /// free, or at the first candidate when none is.
    pub fn place<DB: DrawingBackend>(
        &mut self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        label: &str,
        style: &TextStyle,
        candidates: &[Candidate],
    ) -> ChartResult {
        self.put(root, theme, label, style, candidates, true)
            .map(|_| ())
    }

    /// Draws `label` at the first free candidate only: no scan of other
    /// rows, no fallback. Returns whether it was drawn, so an optional label
    /// (an event's) is left out rather than put far from what it names.
    pub fn place_if_free<DB: DrawingBackend>(
        &mut self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        label: &str,
        style: &TextStyle,
        candidates: &[Candidate],
    ) -> Result<bool, ChartError> {
        self.put(root, theme, label, style, candidates, false)
    }

    fn put<DB: DrawingBackend>(
        &mut self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        label: &str,
        style: &TextStyle,
        candidates: &[Candidate],
        fallback: bool,
    ) -> Result<bool, ChartError> {
        let (w, h) = text_size(root, label, style);
        let rect_of = |c: &Candidate| {
            let x0 = match c.h {
                HPos::Left => c.at.0,
                HPos::Center => c.at.0 - w / 2,
                HPos::Right => c.at.0 - w,
            };
            let y0 = match c.v {
                VPos::Top => c.at.1,
                VPos::Center => c.at.1 - h / 2,
                VPos::Bottom => c.at.1 - h,
            };
            Rect {
                x0: x0 - self.pad,
                y0: y0 - self.pad,
                x1: x0 + w + self.pad,
                y1: y0 + h + self.pad,
            }
        };
        let free = |r: &Rect| {
            r.inside(&self.bounds)
                && !self.placed.iter().any(|p| p.overlaps(r))
                && !self.lines.iter().any(|l| r.hits(l))
        };
        // When every preferred spot is taken, scan rows from the top for a
        // free one (the label names its year, so it still reads on its own).
        let step = (h + 2 * self.pad).max(1);
        let scan = (0..)
            .map(|row| self.bounds.y0 + self.pad + row * step)
            .take_while(|y| y + h <= self.bounds.y1)
            .flat_map(|y| {
                [
                    Candidate {
                        at: (self.bounds.x0 + 2 * self.pad, y),
                        h: HPos::Left,
                        v: VPos::Top,
                    },
                    Candidate {
                        at: (self.bounds.x1 - 2 * self.pad, y),
                        h: HPos::Right,
                        v: VPos::Top,
                    },
                ]
            });
        let first_free = candidates
            .iter()
            .find(|c| free(&rect_of(c)))
            .map(|c| (c.at, c.h, c.v));
        let chosen = if fallback {
            first_free
                .or_else(|| {
                    scan.into_iter()
                        .find(|c| free(&rect_of(c)))
                        .map(|c| (c.at, c.h, c.v))
                })
                .or_else(|| candidates.first().map(|c| (c.at, c.h, c.v)))
        } else {
            first_free
        };
        if let Some((at, h_pos, v_pos)) = chosen {
            self.placed.push(rect_of(&Candidate {
                at,
                h: h_pos,
                v: v_pos,
            }));
            text_on_box(root, theme, label, at, style, h_pos, v_pos)?;
            return Ok(true);
        }
        Ok(false)
    }
}

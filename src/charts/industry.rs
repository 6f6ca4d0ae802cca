//! Industry size 2019–2030: the article's 2019 base compounded by the user's
//! growth, with the "trillion level" and the year it is crossed.

use super::axis::{self, Rect, ValueScale};
use super::{ChartResult, Column, HitMap, Theme, Tip, View};
use crate::model::{Crossing, YearValue};
use plotters::coord::{ReverseCoordTranslate, Shift};
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
    /// One tooltip per point of `series`.
    pub tips: Vec<Tip>,
    pub level_tip: Tip,
    /// Later reports' figures, one series per publisher, drawn as markers only.
    pub overlays: Vec<Overlay>,
    /// Monte Carlo bands per year of `series` (P5, P25, P50, P75, P95); empty
    /// when there is no run to show.
    pub bands: Vec<[f64; 5]>,
    /// What the series is, for its direct labels ("2019: 433.8 bn (article)").
    pub base_note: String,
    /// Dated events, each a thin labelled vertical line at its fractional
    /// year (1 April 2020 is about 2020.25).
    pub events: Vec<Annotation>,
}

/// A dated event on the time axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    /// Fractional year: the year plus the share of it gone by at the event.
    pub at: f64,
    /// A short label beside the line, e.g. "1 Apr: star stream".
    pub label: String,
    pub tip: Tip,
}

/// How a marker's shape tells publishers apart (colour is never the only cue).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Triangle,
    Diamond,
    Cross,
}

impl Shape {
    /// The shapes in the order series get them.
    pub const ALL: [Shape; 5] = [
        Shape::Square,
        Shape::Triangle,
        Shape::Diamond,
        Shape::Circle,
        Shape::Cross,
    ];

    /// A text glyph of the shape, for legends in HTML.
    pub fn glyph(self, filled: bool) -> &'static str {
        match (self, filled) {
            (Shape::Circle, true) => "●",
            (Shape::Circle, false) => "○",
            (Shape::Square, true) => "■",
            (Shape::Square, false) => "□",
            (Shape::Triangle, true) => "▲",
            (Shape::Triangle, false) => "△",
            (Shape::Diamond, true) => "◆",
            (Shape::Diamond, false) => "◇",
            (Shape::Cross, _) => "✚",
        }
    }
}

/// How well a later figure is established, which sets how it is drawn:
/// confirmed figures filled, single-source ones hollow, disputed ones hollow
/// with a question mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    Confirmed,
    Single,
    Disputed,
}

/// One publisher's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Overlay {
    pub publisher: String,
    pub shape: Shape,
    /// Index into the theme's overlay colours.
    pub colour: usize,
    pub points: Vec<OverlayPoint>,
}

/// One later figure on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct OverlayPoint {
    pub year: i32,
    pub low: f64,
    pub high: f64,
    pub certainty: Certainty,
    pub tip: Tip,
}

pub(super) fn draw<DB: DrawingBackend>(
    c: &IndustryChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    hits: &mut HitMap,
    log: bool,
    view: &View,
) -> ChartResult {
    let (Some(first), Some(last)) = (c.series.first(), c.series.last()) else {
        return Ok(());
    };
    let l = &t.locale;
    let scale = ValueScale::of(log);
    // Legend entry 0 is the projection (with its fan), 1.. the overlays.
    let show_projection = view.shows(0);
    let overlays: Vec<&Overlay> = c
        .overlays
        .iter()
        .enumerate()
        .filter(|(i, _)| view.shows(i + 1))
        .map(|(_, o)| o)
        .collect();
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
    let tick_labels: Vec<String> = ticks.iter().map(|v| l.tick(*v)).collect();
    let tick_font = t.tick_font();
    let label_font = t.label_font();
    let (year_w, text_h) = axis::text_size(root, "2030", &tick_font);
    let (_, label_h) = axis::text_size(root, "2019", &label_font);
    let left = axis::widest(root, tick_labels.iter().cloned(), &tick_font) + t.px(10.0);
    let top = text_h + t.px(12.0);
    let bottom = text_h + t.px(10.0);
    let right = year_w / 2 + t.px(4.0);

    // Headroom above the highest point for its label.
    let (_, h) = root.dim_in_pixel();
    let plot_h = (h as i32 - top - bottom).max(1) as f64;
    let pad = f64::from(label_h + t.px(14.0)).min(plot_h / 3.0);
    let (y0, y_max) = (scale.fwd(lo), scale.fwd(max));
    let y1 = scale
        .fwd(tick_top)
        .max(y0 + (y_max - y0) * plot_h / (plot_h - pad));

    let x_range = f64::from(first.year) - 0.3..f64::from(last.year) + 0.3;
    let chart = ChartBuilder::on(root)
        .margin_left(left)
        .margin_top(top)
        .margin_bottom(bottom)
        .margin_right(right)
        .build_cartesian_2d(x_range.clone(), y0..y1)?;
    let (px, py) = chart.plotting_area().get_pixel_range();
    let at = |x: f64, v: f64| chart.backend_coord(&(x, scale.fwd(v)));

    for (v, label) in ticks.iter().zip(&tick_labels) {
        axis::y_gridline(root, t, label, at(x_range.start, *v).1, px.start, px.end)?;
    }
    let caption = axis::unit_caption(root, t, l.caption(), log, fitted.dropped)?;

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

    // Events: thin vertical lines under everything else; labels come last.
    let events: Vec<(i32, &Annotation)> = c
        .events
        .iter()
        .filter(|e| e.at.is_finite() && x_range.contains(&e.at))
        .map(|e| (at(e.at, lo.max(1e-9)).0, e))
        .collect();
    for (x, e) in &events {
        root.draw(&PathElement::new(
            vec![(*x, py.start), (*x, py.end)],
            t.muted.mix(0.7).stroke_width(t.px(1.0).max(1) as u32),
        ))?;
        hits.add(
            Rect {
                x0: *x,
                y0: py.start,
                x1: *x,
                y1: py.end,
            },
            t.px(3.0),
            &e.tip,
        );
    }

    // The level.
    let level_y = at(x_range.start, c.level).1;
    root.draw(&DashedPathElement::new(
        vec![(px.start, level_y), (px.end, level_y)],
        t.px(6.0),
        t.px(4.0),
        t.vermillion.stroke_width(t.px(1.5) as u32),
    ))?;
    // The fan: the 90% band pale, the 50% band stronger so the eye rests on
    // the likely middle rather than the tails.
    if show_projection && c.bands.len() == c.series.len() && !c.bands.is_empty() {
        for (lo_q, hi_q, alpha) in [(0, 4, 0.15), (1, 3, 0.3)] {
            let upper = c
                .series
                .iter()
                .zip(&c.bands)
                .map(|(p, b)| at(f64::from(p.year), b[hi_q]));
            let lower = c
                .series
                .iter()
                .zip(&c.bands)
                .rev()
                .map(|(p, b)| at(f64::from(p.year), b[lo_q]));
            let polygon: Vec<(i32, i32)> = upper.chain(lower).collect();
            root.draw(&Polygon::new(polygon, t.blue.mix(alpha).filled()))?;
        }
        for (p, b) in c.series.iter().zip(&c.bands).skip(1) {
            let (x, y95) = at(f64::from(p.year), b[4]);
            let (_, y5) = at(f64::from(p.year), b[0]);
            hits.add(
                Rect {
                    x0: x,
                    y0: y95,
                    x1: x,
                    y1: y5,
                },
                t.px(6.0),
                &Tip {
                    title: l.trf("Monte Carlo, {}", &[&p.year]),
                    value: l.trf(
                        "median {}; 50% within {}; 90% within {}",
                        &[
                            &l.amount(b[2]),
                            &l.amount_range(b[1], b[3]),
                            &l.amount_range(b[0], b[4]),
                        ],
                    ),
                    period: p.year.to_string(),
                    source: l.tr("Your assumptions' ranges, sampled").to_string(),
                },
            );
        }
    }

    // The projection.
    let points: Vec<(i32, i32)> = c
        .series
        .iter()
        .map(|p| at(f64::from(p.year), p.value))
        .collect();
    if show_projection {
        root.draw(&PathElement::new(
            points.clone(),
            t.blue.stroke_width(t.px(2.5) as u32),
        ))?;
    }
    for (i, p) in points.iter().enumerate().filter(|_| show_projection) {
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
        if let Some(tip) = c.tips.get(i) {
            hits.point(*p, t.px(7.0), tip);
        }
    }
    hits.add(
        Rect {
            x0: px.start,
            y0: level_y,
            x1: px.end,
            y1: level_y,
        },
        t.px(3.0),
        &c.level_tip,
    );

    // Later reports: markers only, never a line across publishers.
    // Markers of one year sit side by side (and beside the projection's
    // point) so none hides another; the tooltip and table give exact years.
    let mut marker_boxes: Vec<Rect> = Vec::new();
    let mut in_year: std::collections::HashMap<i32, i32> = std::collections::HashMap::new();
    for o in &overlays {
        let colour = t.overlay(o.colour);
        for p in &o.points {
            let slot = in_year.entry(p.year).or_insert(0);
            *slot += 1;
            let dx = t.px(9.0) * *slot;
            let (x, y_low) = at(f64::from(p.year), p.low);
            let x = x + dx;
            let (_, y_high) = at(f64::from(p.year), p.high);
            if y_low != y_high {
                root.draw(&PathElement::new(
                    vec![(x, y_low), (x, y_high)],
                    colour.stroke_width(t.px(2.0) as u32),
                ))?;
            }
            let centre = (x, (y_low + y_high) / 2);
            marker(root, t, o.shape, centre, colour, p.certainty)?;
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
            let r = t.px(7.0);
            marker_boxes.push(Rect {
                x0: x - r,
                y0: y_high.min(centre.1) - r,
                x1: x + r,
                y1: y_low.max(centre.1) + r,
            });
        }
    }

    // Labels, placed so that none crosses the line or another label.
    let d = t.px(8.0);
    let bounds = axis::Rect {
        x0: px.start,
        y0: py.start - top + t.px(2.0),
        x1: px.end + right,
        y1: py.end,
    };
    let no_line: Vec<(i32, i32)> = Vec::new();
    let line = if show_projection { &points } else { &no_line };
    let mut placer = axis::Placer::new(bounds, vec![line], t.px(2.0));
    for b in marker_boxes {
        placer.reserve(b);
    }
    placer.reserve(caption);
    let crossing_at = match c.crossing {
        Some(Crossing::In { at: x, .. }) if show_projection => {
            let (cx, cy) = at(x, c.level);
            root.draw(&DashedPathElement::new(
                vec![(cx, cy), (cx, py.end)],
                t.px(3.0),
                t.px(3.0),
                t.text.stroke_width(t.px(1.0) as u32),
            ))?;
            root.draw(&Circle::new((cx, cy), t.px(5.0), t.text.filled()))?;
            Some((cx, cy))
        }
        _ => None,
    };
    if let Some((cx, cy)) = crossing_at {
        let r = t.px(5.0);
        placer.reserve(axis::Rect {
            x0: cx - r,
            y0: cy - r,
            x1: cx + r,
            y1: cy + r,
        });
        placer.place(
            root,
            t,
            &c.crossing_label,
            &label_font,
            &[
                axis::Candidate {
                    at: (cx + d, cy + d),
                    h: HPos::Left,
                    v: VPos::Top,
                },
                axis::Candidate {
                    at: (cx - d, cy - d),
                    h: HPos::Right,
                    v: VPos::Bottom,
                },
                axis::Candidate {
                    at: (cx - d, cy + d),
                    h: HPos::Right,
                    v: VPos::Top,
                },
                axis::Candidate {
                    at: (cx + d, cy - d),
                    h: HPos::Left,
                    v: VPos::Bottom,
                },
                axis::Candidate {
                    at: (px.start + d, py.start + d),
                    h: HPos::Left,
                    v: VPos::Top,
                },
            ],
        )?;
    }
    let (ex, ey) = points[points.len() - 1];
    let end = format!("{}: {}", last.year, l.amount(last.value));
    let (bx, by) = points[0];
    let base = format!("{}: {}{}", first.year, l.amount(first.value), c.base_note);
    if show_projection {
        projection_labels(root, t, &mut placer, &end, (ex, ey), &base, (bx, by))?;
    }
    let level_font = t.font(12.0, t.vermillion);
    let mut level_spots = vec![
        axis::Candidate {
            at: (px.end - t.px(4.0), level_y - t.px(4.0)),
            h: HPos::Right,
            v: VPos::Bottom,
        },
        axis::Candidate {
            at: (px.end - t.px(4.0), level_y + t.px(4.0)),
            h: HPos::Right,
            v: VPos::Top,
        },
        axis::Candidate {
            at: (px.start + t.px(4.0), level_y - t.px(4.0)),
            h: HPos::Left,
            v: VPos::Bottom,
        },
        axis::Candidate {
            at: (px.start + t.px(4.0), level_y + t.px(4.0)),
            h: HPos::Left,
            v: VPos::Top,
        },
    ];
    if let Some((cx, _)) = crossing_at {
        level_spots.push(axis::Candidate {
            at: (cx + d, level_y - t.px(4.0)),
            h: HPos::Left,
            v: VPos::Bottom,
        });
    }
    placer.place(root, t, &c.level_label, &level_font, &level_spots)?;
    if crossing_at.is_none() && show_projection {
        placer.place(
            root,
            t,
            &c.crossing_label,
            &label_font,
            &[
                axis::Candidate {
                    at: (px.end, level_y - t.px(22.0)),
                    h: HPos::Right,
                    v: VPos::Bottom,
                },
                axis::Candidate {
                    at: (px.end, level_y + t.px(22.0)),
                    h: HPos::Right,
                    v: VPos::Top,
                },
                axis::Candidate {
                    at: (px.start + d, py.start + d),
                    h: HPos::Left,
                    v: VPos::Top,
                },
            ],
        )?;
    }

    // Event labels, beside their lines from the top down; one that finds
    // no free spot is left out (its tooltip still names it).
    let event_font = t.font(11.0, t.muted);
    let (_, event_h) = axis::text_size(root, "Ag", &event_font);
    let row = event_h + t.px(6.0);
    let gap = t.px(3.0);
    for (i, (x, e)) in events.iter().enumerate() {
        let rows = ((py.end - py.start - event_h) / row.max(1)).max(0) + 1;
        let mut spots = Vec::new();
        for r in 0..rows {
            let y = py.start + t.px(2.0) + r * row;
            let right = axis::Candidate {
                at: (x + gap, y),
                h: HPos::Left,
                v: VPos::Top,
            };
            let left = axis::Candidate {
                at: (x - gap, y),
                h: HPos::Right,
                v: VPos::Top,
            };
            // Neighbouring events lean apart: the earlier one to the left.
            if i % 2 == 0 && events.len() > 1 {
                spots.extend([left, right]);
            } else {
                spots.extend([right, left]);
            }
        }
        placer.place_if_free(root, t, &e.label, &event_font, &spots)?;
    }

    // Baseline.
    root.draw(&PathElement::new(
        vec![(px.start, py.end), (px.end, py.end)],
        t.muted.stroke_width(t.px(1.0) as u32),
    ))?;

    // Anywhere above or below a year shows that year: plotters maps the
    // pointer back to data coordinates. This is what `into_coord_trans`
    // returns, taken from a clone of the coordinate spec so that it outlives
    // the backend (an SVG backend borrows its string).
    let spec = chart.as_coord_spec().clone();
    if show_projection {
        hits.snap_to(
            Box::new(move |p| spec.reverse_translate(p)),
            c.series
                .iter()
                .zip(&c.tips)
                .map(|(p, tip)| (f64::from(p.year), tip.clone()))
                .collect(),
        );
    }

    // The crosshair: every shown series' value at each year.
    let columns = c
        .series
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut rows = Vec::new();
            if show_projection {
                rows.push((l.tr("Projection").to_string(), l.amount(p.value)));
                if let Some(b) = c.bands.get(i).filter(|_| c.bands.len() == c.series.len()) {
                    rows.push((l.tr("90% band").to_string(), l.amount_range(b[0], b[4])));
                }
            }
            for o in &overlays {
                for q in o.points.iter().filter(|q| q.year == p.year) {
                    let v = if q.low == q.high {
                        l.amount(q.low)
                    } else {
                        l.amount_range(q.low, q.high)
                    };
                    rows.push((o.publisher.clone(), v));
                }
            }
            Column {
                x: at(f64::from(p.year), lo.max(1e-9)).0,
                y: (py.start, py.end),
                title: p.year.to_string(),
                rows,
            }
        })
        .collect();
    hits.set_columns(columns);
    Ok(())
}

/// The projection's end and base labels.
#[allow(clippy::too_many_arguments)]
fn projection_labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    placer: &mut axis::Placer<'_>,
    end: &str,
    (ex, ey): (i32, i32),
    base: &str,
    (bx, by): (i32, i32),
) -> ChartResult {
    let label_font = t.label_font();
    let d = t.px(8.0);
    placer.place(
        root,
        t,
        end,
        &label_font,
        &[
            axis::Candidate {
                at: (ex, ey - d),
                h: HPos::Right,
                v: VPos::Bottom,
            },
            axis::Candidate {
                at: (ex - d, ey + d),
                h: HPos::Right,
                v: VPos::Top,
            },
            axis::Candidate {
                at: (ex - d, ey),
                h: HPos::Right,
                v: VPos::Center,
            },
        ],
    )?;
    placer.place(
        root,
        t,
        base,
        &label_font,
        &[
            axis::Candidate {
                at: (bx + d, by + t.px(4.0)),
                h: HPos::Left,
                v: VPos::Top,
            },
            axis::Candidate {
                at: (bx + 3 * d, by + t.px(4.0)),
                h: HPos::Left,
                v: VPos::Top,
            },
            axis::Candidate {
                at: (bx + 3 * d, by),
                h: HPos::Left,
                v: VPos::Center,
            },
            axis::Candidate {
                at: (bx + d, by),
                h: HPos::Left,
                v: VPos::Center,
            },
            axis::Candidate {
                at: (bx, by - d),
                h: HPos::Left,
                v: VPos::Bottom,
            },
        ],
    )?;
    Ok(())
}

/// Draws one overlay marker; the fill says how certain the figure is.
pub(super) fn marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    shape: Shape,
    (x, y): (i32, i32),
    colour: RGBColor,
    certainty: Certainty,
) -> ChartResult {
    let r = t.px(5.5);
    let stroke = colour.stroke_width(t.px(2.0) as u32);
    let fill = match certainty {
        Certainty::Confirmed => colour.filled(),
        Certainty::Single | Certainty::Disputed => t.background.filled(),
    };
    let outline: Vec<(i32, i32)> = match shape {
        Shape::Circle => {
            root.draw(&Circle::new((x, y), r, fill))?;
            root.draw(&Circle::new((x, y), r, stroke))?;
            Vec::new()
        }
        Shape::Square => vec![
            (x - r, y - r),
            (x + r, y - r),
            (x + r, y + r),
            (x - r, y + r),
        ],
        Shape::Triangle => vec![(x, y - r - t.px(1.0)), (x + r, y + r), (x - r, y + r)],
        Shape::Diamond => vec![
            (x, y - r - t.px(1.0)),
            (x + r + t.px(1.0), y),
            (x, y + r + t.px(1.0)),
            (x - r - t.px(1.0), y),
        ],
        Shape::Cross => {
            let w = t.px(2.5) as u32;
            root.draw(&PathElement::new(
                vec![(x - r, y), (x + r, y)],
                colour.stroke_width(w),
            ))?;
            root.draw(&PathElement::new(
                vec![(x, y - r), (x, y + r)],
                colour.stroke_width(w),
            ))?;
            Vec::new()
        }
    };
    if !outline.is_empty() {
        root.draw(&Polygon::new(outline.clone(), fill))?;
        let mut closed = outline.clone();
        closed.push(outline[0]);
        root.draw(&PathElement::new(closed, stroke))?;
    }
    if certainty == Certainty::Disputed {
        axis::text(
            root,
            "?",
            (x + r + t.px(2.0), y - r),
            &t.font(11.0, colour),
            HPos::Left,
            VPos::Center,
        )?;
    }
    Ok(())
}

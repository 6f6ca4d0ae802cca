//! Later reports: markers only, never a line across publishers. Markers of
//! one year sit side by side (and beside the projection's point) so none
//! hides another; the tooltip and table give exact years.

use super::layout::Plot;
use super::{Certainty, Shape};
use crate::charts::axis::{self, Rect};
use crate::charts::{ChartResult, HitMap, Theme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use std::collections::HashMap;

/// Draws the shown overlays' markers (a range as a bar through its marker)
/// and returns each marker's box, which labels keep off.
pub(super) fn draw<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    hits: &mut HitMap,
) -> Result<Vec<Rect>, crate::charts::ChartError> {
    let t = p.t;
    let mut marker_boxes: Vec<Rect> = Vec::new();
    let mut in_year: HashMap<i32, i32> = HashMap::new();
    for o in &p.overlays {
        let colour = t.overlay(o.colour);
        for q in &o.points {
            let slot = in_year.entry(q.year).or_insert(0);
            *slot += 1;
            let dx = t.px(9.0) * *slot;
            let (x, y_low) = p.at(f64::from(q.year), q.low);
            let x = x + dx;
            let (_, y_high) = p.at(f64::from(q.year), q.high);
            let centre = report_point(p.root, t, (o.shape, colour), x, (y_low, y_high), q, hits)?;
            let r = t.px(7.0);
            marker_boxes.push(Rect {
                x0: x - r,
                y0: y_high.min(centre.1) - r,
                x1: x + r,
                y1: y_low.max(centre.1) + r,
            });
        }
    }
    Ok(marker_boxes)
}

/// One later report's point in pixel column `x`: a bar when it is a range,
/// its marker at the middle, and its tooltip's area. Returns the marker's
/// centre. Shared by every chart that draws later reports as markers.
pub(in crate::charts) fn report_point<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    (shape, colour): (Shape, RGBColor),
    x: i32,
    (y_low, y_high): (i32, i32),
    q: &super::OverlayPoint,
    hits: &mut HitMap,
) -> Result<(i32, i32), crate::charts::ChartError> {
    if y_low != y_high {
        root.draw(&PathElement::new(
            vec![(x, y_low), (x, y_high)],
            colour.stroke_width(t.px(2.0) as u32),
        ))?;
    }
    let centre = (x, (y_low + y_high) / 2);
    marker(root, t, shape, centre, colour, q.certainty)?;
    hits.add(
        Rect {
            x0: x,
            y0: y_high,
            x1: x,
            y1: y_low,
        },
        t.px(7.0),
        || q.tip.clone(),
    );
    Ok(centre)
}

/// Draws one overlay marker; the fill says how certain the figure is.
pub(in crate::charts) fn marker<DB: DrawingBackend>(
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

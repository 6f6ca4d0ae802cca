//! The level line and every direct label: the crossing, the projection's
//! ends, the level's name and the events', placed one after another so that
//! none crosses the line, a marker or another label.

use super::events;
use super::layout::Plot;
use crate::charts::axis::{self, Candidate, Placer, Rect};
use crate::charts::{ChartResult, HitMap};
use crate::model::Crossing;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The level as a dashed line across the plot.
pub(super) fn level_line<DB: DrawingBackend>(p: &Plot<'_, DB>) -> ChartResult {
    let t = p.t;
    p.root.draw(&DashedPathElement::new(
        vec![(p.px.start, p.level_y), (p.px.end, p.level_y)],
        t.px(6.0),
        t.px(4.0),
        t.vermillion.stroke_width(t.px(1.5) as u32),
    ))?;
    Ok(())
}

/// The level's tooltip along its line.
pub(super) fn level_hit<DB: DrawingBackend>(p: &Plot<'_, DB>, hits: &mut HitMap) {
    hits.add(
        Rect {
            x0: p.px.start,
            y0: p.level_y,
            x1: p.px.end,
            y1: p.level_y,
        },
        p.t.px(3.0),
        || p.c.level_tip.clone(),
    );
}

/// Places every label, keeping off the overlay `markers` and the axis
/// `caption`; the crossing's marker is drawn here too, as its label's anchor.
pub(super) fn draw<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    caption: Rect,
    markers: Vec<Rect>,
) -> ChartResult {
    let t = p.t;
    let bounds = Rect {
        x0: p.px.start,
        y0: p.py.start - p.top + t.px(2.0),
        x1: p.px.end + p.right,
        y1: p.py.end,
    };
    let line: &[(i32, i32)] = if p.show_projection { &p.points } else { &[] };
    let mut placer = Placer::new(bounds, vec![line], t.px(2.0));
    for b in markers {
        placer.reserve(b);
    }
    placer.reserve(caption);
    // The level as the views name it ("145 billion US dollars"), or as an
    // amount ("$145 bn") where that is wider than the plot.
    let room = bounds.x1 - bounds.x0 - t.px(8.0);
    let l = &t.locale;
    let fits = |s: &str, font: &TextStyle| axis::text_size(p.root, s, font).0 <= room;
    let short = l.amount(p.c.level);
    let crossing_label = if fits(&p.c.crossing_label, &t.label_font()) {
        p.c.crossing_label.clone()
    } else {
        super::crossing_text(l, p.c.crossing, &short)
    };
    let level_font = t.font(12.0, t.vermillion);
    let level_name = if fits(&p.c.level_label, &level_font) {
        p.c.level_label.clone()
    } else {
        short
    };
    let crossing_at = crossing(p, &mut placer, &crossing_label)?;
    if p.show_projection {
        projection_labels(p, &mut placer)?;
    }
    level_label(p, &mut placer, crossing_at, &level_name)?;
    if crossing_at.is_none() && p.show_projection {
        // No crossing drawn: say so near the level instead.
        let (px, py, d) = (&p.px, &p.py, t.px(8.0));
        let spots = [
            spot((px.end, p.level_y - t.px(22.0)), HPos::Right, VPos::Bottom),
            spot((px.end, p.level_y + t.px(22.0)), HPos::Right, VPos::Top),
            spot((px.start + d, py.start + d), HPos::Left, VPos::Top),
        ];
        placer.place(p.root, t, &crossing_label, &t.label_font(), &spots)?;
    }
    events::labels(p, &mut placer)
}

fn spot(at: (i32, i32), h: HPos, v: VPos) -> Candidate {
    Candidate { at, h, v }
}

/// The crossing, when the projection is shown and crosses within the years
/// drawn: a dot on the projection at the year the label names (the first
/// year whose total is at or above the level: years are totals, so the
/// line's crossing of the level between two years is no date), with a drop
/// line to the axis, and its label. Returns the dot's pixel.
fn crossing<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    placer: &mut Placer<'_>,
    label: &str,
) -> Result<Option<(i32, i32)>, crate::charts::ChartError> {
    let t = p.t;
    let point = match p.c.crossing {
        Some(Crossing::In { year, .. }) if p.show_projection => {
            p.c.series.iter().find(|v| v.year == year)
        }
        _ => None,
    };
    let Some(point) = point else {
        return Ok(None);
    };
    let (cx, cy) = p.at(f64::from(point.year), point.value);
    p.root.draw(&DashedPathElement::new(
        vec![(cx, cy), (cx, p.py.end)],
        t.px(3.0),
        t.px(3.0),
        t.text.stroke_width(t.px(1.0) as u32),
    ))?;
    p.root
        .draw(&Circle::new((cx, cy), t.px(5.0), t.text.filled()))?;
    let r = t.px(5.0);
    placer.reserve(Rect {
        x0: cx - r,
        y0: cy - r,
        x1: cx + r,
        y1: cy + r,
    });
    let d = t.px(8.0);
    let spots = [
        spot((cx + d, cy + d), HPos::Left, VPos::Top),
        spot((cx - d, cy - d), HPos::Right, VPos::Bottom),
        spot((cx - d, cy + d), HPos::Right, VPos::Top),
        spot((cx + d, cy - d), HPos::Left, VPos::Bottom),
        spot((p.px.start + d, p.py.start + d), HPos::Left, VPos::Top),
    ];
    placer.place(p.root, t, label, &t.label_font(), &spots)?;
    Ok(Some((cx, cy)))
}

/// The projection's end ("2030: …") and base ("2019: … (article)") labels.
fn projection_labels<DB: DrawingBackend>(p: &Plot<'_, DB>, placer: &mut Placer<'_>) -> ChartResult {
    let (c, t) = (p.c, p.t);
    let l = &t.locale;
    let (Some(first), Some(last)) = (c.series.first(), c.series.last()) else {
        return Ok(());
    };
    let (Some(&(ex, ey)), Some(&(bx, by))) = (p.points.last(), p.points.first()) else {
        return Ok(());
    };
    let end = format!("{}: {}", last.year, l.amount(last.value));
    let base = format!("{}: {}{}", first.year, l.amount(first.value), c.base_note);
    let label_font = t.label_font();
    let d = t.px(8.0);
    let end_spots = [
        spot((ex, ey - d), HPos::Right, VPos::Bottom),
        spot((ex - d, ey + d), HPos::Right, VPos::Top),
        spot((ex - d, ey), HPos::Right, VPos::Center),
    ];
    placer.place(p.root, t, &end, &label_font, &end_spots)?;
    let base_spots = [
        spot((bx + d, by + t.px(4.0)), HPos::Left, VPos::Top),
        spot((bx + 3 * d, by + t.px(4.0)), HPos::Left, VPos::Top),
        spot((bx + 3 * d, by), HPos::Left, VPos::Center),
        spot((bx + d, by), HPos::Left, VPos::Center),
        spot((bx, by - d), HPos::Left, VPos::Bottom),
    ];
    placer.place(p.root, t, &base, &label_font, &base_spots)?;
    Ok(())
}

/// The level's name at the plot's right end, else its left, above or below
/// the line; or right of the crossing.
fn level_label<DB: DrawingBackend>(
    p: &Plot<'_, DB>,
    placer: &mut Placer<'_>,
    crossing_at: Option<(i32, i32)>,
    name: &str,
) -> ChartResult {
    let t = p.t;
    let (y, inset) = (p.level_y, t.px(4.0));
    let mut spots = vec![
        spot((p.px.end - inset, y - inset), HPos::Right, VPos::Bottom),
        spot((p.px.end - inset, y + inset), HPos::Right, VPos::Top),
        spot((p.px.start + inset, y - inset), HPos::Left, VPos::Bottom),
        spot((p.px.start + inset, y + inset), HPos::Left, VPos::Top),
    ];
    if let Some((cx, _)) = crossing_at {
        spots.push(spot((cx + t.px(8.0), y - inset), HPos::Left, VPos::Bottom));
    }
    let level_font = t.font(12.0, t.vermillion);
    placer.place(p.root, t, name, &level_font, &spots)
}

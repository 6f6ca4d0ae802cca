//! Dated events (the star stream, 618): a thin vertical line each, drawn
//! under everything else, and a label beside it placed last.

use super::layout::Plot;
use crate::charts::axis::{self, Candidate, Placer, Rect};
use crate::charts::{ChartResult, HitMap};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The events' lines, each pointable along its height.
pub(super) fn lines<DB: DrawingBackend>(p: &Plot<'_, DB>, hits: &mut HitMap) -> ChartResult {
    let t = p.t;
    for (x, e) in &p.events {
        p.root.draw(&PathElement::new(
            vec![(*x, p.py.start), (*x, p.py.end)],
            t.muted.mix(0.7).stroke_width(t.px(1.0).max(1) as u32),
        ))?;
        hits.add(
            Rect {
                x0: *x,
                y0: p.py.start,
                x1: *x,
                y1: p.py.end,
            },
            t.px(3.0),
            || e.tip.clone(),
        );
    }
    Ok(())
}

/// Event labels, beside their lines from the top down; one that finds no
/// free spot is left out (its tooltip still names it).
pub(super) fn labels<DB: DrawingBackend>(p: &Plot<'_, DB>, placer: &mut Placer<'_>) -> ChartResult {
    let t = p.t;
    let (top, bottom) = (p.py.start, p.py.end);
    let event_font = t.font(11.0, t.muted);
    let (_, event_h) = axis::text_size(p.root, "Ag", &event_font);
    let row = event_h + t.px(6.0);
    let gap = t.px(3.0);
    for (i, (x, e)) in p.events.iter().enumerate() {
        let rows = ((bottom - top - event_h) / row.max(1)).max(0) + 1;
        let mut spots = Vec::new();
        for r in 0..rows {
            let y = top + t.px(2.0) + r * row;
            let right = Candidate {
                at: (x + gap, y),
                h: HPos::Left,
                v: VPos::Top,
            };
            let left = Candidate {
                at: (x - gap, y),
                h: HPos::Right,
                v: VPos::Top,
            };
            // Neighbouring events lean apart: the earlier one to the left.
            if i % 2 == 0 && p.events.len() > 1 {
                spots.extend([left, right]);
            } else {
                spots.extend([right, left]);
            }
        }
        placer.place_if_free(p.root, t, &e.label, &event_font, &spots)?;
    }
    Ok(())
}

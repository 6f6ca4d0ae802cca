//! What the pointer finds between marks: the projection's year above or
//! below the pointer, and the crosshair's column per year with every shown
//! series' value there.

use super::layout::Plot;
use crate::charts::{Column, HitMap};
use plotters::coord::ReverseCoordTranslate;
use plotters::prelude::*;

/// Records the snapping and the columns in `hits`.
pub(super) fn record<DB: DrawingBackend>(p: &Plot<'_, DB>, hits: &mut HitMap) {
    let c = p.c;
    // Anywhere above or below a year shows that year: plotters maps the
    // pointer back to data coordinates. This is what `into_coord_trans`
    // returns, taken from a clone of the coordinate spec so that it outlives
    // the backend (an SVG backend borrows its string).
    if p.show_projection {
        let spec = p.coord.clone();
        hits.snap_to(Box::new(move |xy| spec.reverse_translate(xy)), || {
            c.series
                .iter()
                .zip(&c.tips)
                .map(|(s, tip)| (f64::from(s.year), tip.clone()))
                .collect()
        });
    }
    hits.set_columns(|| columns(p));
}

/// The crosshair: every shown series' value at each year.
fn columns<DB: DrawingBackend>(p: &Plot<'_, DB>) -> Vec<Column> {
    let (c, l) = (p.c, &p.t.locale);
    c.series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut rows = Vec::new();
            if p.show_projection {
                rows.push((l.tr("Projection").to_string(), l.amount(s.value)));
                if let Some(b) = c.bands.get(i).filter(|_| c.bands.len() == c.series.len()) {
                    rows.push((l.tr("90% band").to_string(), l.amount_range(b[0], b[4])));
                }
            }
            for o in &p.overlays {
                for q in o.points.iter().filter(|q| q.year == s.year) {
                    let v = if q.low == q.high {
                        l.amount(q.low)
                    } else {
                        l.amount_range(q.low, q.high)
                    };
                    rows.push((o.publisher.clone(), v));
                }
            }
            Column {
                x: p.x_of(f64::from(s.year)),
                y: (p.py.start, p.py.end),
                title: s.year.to_string(),
                rows,
            }
        })
        .collect()
}

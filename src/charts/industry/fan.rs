//! The Monte Carlo fan: the 90% band pale, the 50% band stronger so the eye
//! rests on the likely middle rather than the tails; each year's spread is
//! pointable.

use super::layout::Plot;
use crate::charts::axis::Rect;
use crate::charts::{ChartResult, HitMap, Tip};
use plotters::prelude::*;

/// Draws the bands when the projection is shown and there is one band per
/// year of the series (a run for another scenario is not drawn).
pub(super) fn draw<DB: DrawingBackend>(p: &Plot<'_, DB>, hits: &mut HitMap) -> ChartResult {
    let (c, t) = (p.c, p.t);
    if !(p.show_projection && c.bands.len() == c.series.len() && !c.bands.is_empty()) {
        return Ok(());
    }
    for (lo_q, hi_q, alpha) in [(0, 4, 0.15), (1, 3, 0.3)] {
        let upper = c
            .series
            .iter()
            .zip(&c.bands)
            .map(|(s, b)| p.at(f64::from(s.year), b[hi_q]));
        let lower = c
            .series
            .iter()
            .zip(&c.bands)
            .rev()
            .map(|(s, b)| p.at(f64::from(s.year), b[lo_q]));
        let polygon: Vec<(i32, i32)> = upper.chain(lower).collect();
        p.root
            .draw(&Polygon::new(polygon, t.blue.mix(alpha).filled()))?;
    }
    tips(p, hits);
    Ok(())
}

/// One tooltip per projected year (not the base) over its 90% spread.
fn tips<DB: DrawingBackend>(p: &Plot<'_, DB>, hits: &mut HitMap) {
    let (c, t) = (p.c, p.t);
    let l = &t.locale;
    for (s, b) in c.series.iter().zip(&c.bands).skip(1) {
        let (x, y95) = p.at(f64::from(s.year), b[4]);
        let (_, y5) = p.at(f64::from(s.year), b[0]);
        hits.add(
            Rect {
                x0: x,
                y0: y95,
                x1: x,
                y1: y5,
            },
            t.px(6.0),
            || Tip {
                title: l.trf("Monte Carlo, {}", &[&s.year]),
                value: l.trf(
                    "median {}; 50% within {}; 90% within {}",
                    &[
                        &l.amount(b[2]),
                        &l.amount_range(b[1], b[3]),
                        &l.amount_range(b[0], b[4]),
                    ],
                ),
                period: s.year.to_string(),
                source: l.tr("Your assumptions' ranges, sampled").to_string(),
            },
        );
    }
}

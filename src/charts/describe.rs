//! Each chart's accessible name and description, written from its data: what
//! kind of chart it is, its span and unit, and what its series do, so a
//! screen reader hears what a sighted reader sees (and hears it change with
//! the scenario).

use super::{Chart, ChartSpec, Overlay};
use crate::locale::Locale;

/// A chart's accessible name (short) and description (its numbers).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Description {
    pub name: String,
    pub text: String,
}

/// "low–high" or the value alone when the two are equal.
pub(super) fn amount_or_range(l: &Locale, low: f64, high: f64) -> String {
    if low == high {
        l.amount(low)
    } else {
        l.amount_range(low, high)
    }
}

/// "Publisher: 1.2 trn (2020), 2.3 trn (2021)" per overlay, joined by "; ".
pub(super) fn overlays_text(l: &Locale, overlays: &[Overlay]) -> String {
    overlays
        .iter()
        .filter(|o| !o.points.is_empty())
        .map(|o| {
            let points = o
                .points
                .iter()
                .map(|p| format!("{} ({})", amount_or_range(l, p.low, p.high), p.year))
                .collect::<Vec<_>>()
                .join(", ");
            format!("{}: {}", o.publisher, points)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The chart's name and description in `l`'s language and units (the spec's
/// numbers are already in display units).
pub fn describe(spec: &ChartSpec, l: &Locale) -> Description {
    super::each_chart!(spec, c => c.describe(l))
}

//! Point projections: every phase at its median, compounded from the base.

use super::{Growth, Scenario, SeriesAssumption, SeriesId};
use crate::model::{BASE_YEAR, LAST_YEAR, YearValue, compound};

impl SeriesAssumption {
    /// The growth assumption for `year`, if a phase covers it.
    pub fn growth_in(&self, year: i32) -> Option<Growth> {
        self.phases
            .iter()
            .find(|p| p.first <= year && year <= p.last)
            .map(|p| p.growth)
    }

    /// The series for 2019..=2030 with every phase at its median. A year no
    /// phase covers (only in an unsanitized scenario) stays flat.
    pub fn point_projection(&self) -> Vec<YearValue> {
        compound(self.base, BASE_YEAR, LAST_YEAR, |year| {
            self.growth_in(year).map_or(1.0, |g| g.median())
        })
    }

    /// The point projection's value in one year; `None` outside 2019..=2030.
    pub(crate) fn point_value(&self, year: i32) -> Option<f64> {
        self.point_projection()
            .into_iter()
            .find(|v| v.year == year)
            .map(|v| v.value)
    }
}

impl Scenario {
    /// The assumptions of one series.
    pub fn get(&self, id: SeriesId) -> Option<&SeriesAssumption> {
        self.series.iter().find(|s| s.id == id)
    }

    /// The assumptions of one series, to edit in place.
    pub fn get_mut(&mut self, id: SeriesId) -> Option<&mut SeriesAssumption> {
        self.series.iter_mut().find(|s| s.id == id)
    }

    /// The growth assumption of series `id` in `year`, if any.
    pub fn growth_in(&self, id: SeriesId, year: i32) -> Option<Growth> {
        self.get(id)?.growth_in(year)
    }

    /// Series `id` for 2019..=2030 with every phase at its median: the line
    /// the charts draw inside the Monte Carlo bands. Empty if the series is
    /// missing (never after [`Scenario::sanitize`]).
    pub fn point_projection(&self, id: SeriesId) -> Vec<YearValue> {
        self.get(id)
            .map(SeriesAssumption::point_projection)
            .unwrap_or_default()
    }
}

//! Which assumption matters most (tornado) and what it would take to hit a
//! number (goal seek), both on the point projection.

use std::fmt;

use super::sanitize::{GROWTH_MAX, GROWTH_MIN, short_name, years_label};
use super::{Growth, Scenario, SeriesId, TornadoBar};
use crate::format::sig;
use crate::locale::{Arg, Note};

/// The output of series `id` in `year` with every phase at its median except
/// phase `phase`, which is set to the point `m`.
fn value_with(s: &Scenario, id: SeriesId, year: i32, phase: usize, m: f64) -> Option<f64> {
    let mut series = s.get(id)?.clone();
    series.phases.get_mut(phase)?.growth = Growth::point(m);
    series.point_value(year)
}

/// The tornado of series `id` in `year`: the output with every assumption at
/// its median, and one bar per growth range that moves it (a phase of `id`
/// that starts by `year`; series do not affect one another), at the range's
/// low and high end with all else at medians, largest swing first. Bases are
/// left out: they are single figures from the dataset, and the output is
/// simply proportional to them. A year outside 2019..=2030 or a missing
/// series gives NaN and no bars.
pub fn tornado(s: &Scenario, id: SeriesId, year: i32) -> (f64, Vec<TornadoBar>) {
    let Some(series) = s.get(id) else {
        return (f64::NAN, Vec::new());
    };
    let Some(mid) = series.point_value(year) else {
        return (f64::NAN, Vec::new());
    };
    let mut bars: Vec<TornadoBar> = series
        .phases
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.growth.is_point() && p.first <= year)
        .filter_map(|(j, p)| {
            let g = p.growth;
            let at_low = value_with(s, id, year, j, g.low)?;
            let at_high = value_with(s, id, year, j, g.high)?;
            let mut bar = TornadoBar {
                label: String::new(),
                series: id,
                first: p.first,
                last: p.last,
                growth_low: g.low,
                growth_high: g.high,
                at_low,
                at_high,
            };
            bar.label = format!(
                "{} growth {} ({})",
                bar.series_name(),
                bar.years(),
                bar.range()
            );
            Some(bar)
        })
        .filter(|b| b.at_low != b.at_high)
        .collect();
    bars.sort_by(|a, b| {
        let (sa, sb) = ((a.at_high - a.at_low).abs(), (b.at_high - b.at_low).abs());
        sb.total_cmp(&sa)
    });
    (mid, bars)
}

impl TornadoBar {
    /// The series as the bar names it, in English (a catalogue key):
    /// "Industry", "Douyin live".
    pub fn series_name(&self) -> &'static str {
        short_name(self.series)
    }

    /// The phase's years: "2020" or "2021–2022".
    pub fn years(&self) -> String {
        years_label(self.first, self.last)
    }

    /// The growth range, the same in every language: "×1.15–1.6".
    pub fn range(&self) -> String {
        format!("×{}–{}", sig(self.growth_low, 3), sig(self.growth_high, 3))
    }
}

/// Why a goal seek has no answer.
#[derive(Clone, Debug, PartialEq)]
pub enum GoalError {
    /// The target, or a number of the scenario it depends on, is not finite.
    NotFinite,
    /// The scenario has no such series.
    NoSeries(SeriesId),
    /// The series has no phase with that index.
    NoPhase { phase: usize, phases: usize },
    /// The year is outside the projection.
    YearOutOfRange { year: i32 },
    /// The phase starts after the year, so it cannot move it.
    PhaseAfterYear { first: i32, year: i32 },
    /// Even ×0.05 or ×50 a year does not reach the target: the values those
    /// give are `min` and `max`.
    OutOfReach { target: f64, min: f64, max: f64 },
}

impl GoalError {
    /// Why there is no answer, as a clause for the reader ("No answer:
    /// …"), translated when shown.
    pub fn note(&self) -> Note {
        match self {
            GoalError::NotFinite => Note::new("the target or an assumption is not a number", []),
            GoalError::NoSeries(id) => {
                Note::new("there is no {} series", [Arg::word(short_name(*id))])
            }
            GoalError::NoPhase { .. } => Note::new("the series has no such phase", []),
            GoalError::YearOutOfRange { year } => Note::new(
                "{} is outside {}–{}",
                [
                    Arg::text(year),
                    Arg::text(crate::model::BASE_YEAR),
                    Arg::text(crate::model::LAST_YEAR),
                ],
            ),
            GoalError::PhaseAfterYear { first, year } => Note::new(
                "growth from {} on cannot change {}, so pick an earlier phase or a later year",
                [Arg::text(first), Arg::text(year)],
            ),
            GoalError::OutOfReach { target, min, max } => Note::new(
                "{} is out of reach, since between ×{} and ×{} a year the value is {}",
                [
                    Arg::Money(*target, *target),
                    Arg::text(sig(GROWTH_MIN, 3)),
                    Arg::text(sig(GROWTH_MAX, 3)),
                    Arg::Money(*min, *max),
                ],
            ),
        }
    }
}

impl fmt::Display for GoalError {
    /// The English of [`GoalError::note`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.note())
    }
}

impl std::error::Error for GoalError {}

/// The yearly multiplier for phase `phase` of series `id` (all other phases
/// at their medians) that makes the point projection equal `target` in
/// `year`. Solved by bisection on [×0.05, ×50], in log space, to a relative
/// tolerance of 1e-9, so it stays right whatever the projection becomes.
pub fn goal_seek(
    s: &Scenario,
    id: SeriesId,
    target: f64,
    year: i32,
    phase: usize,
) -> Result<f64, GoalError> {
    if !target.is_finite() {
        return Err(GoalError::NotFinite);
    }
    let series = s.get(id).ok_or(GoalError::NoSeries(id))?;
    let p = series.phases.get(phase).ok_or(GoalError::NoPhase {
        phase,
        phases: series.phases.len(),
    })?;
    if !(crate::model::BASE_YEAR..=crate::model::LAST_YEAR).contains(&year) {
        return Err(GoalError::YearOutOfRange { year });
    }
    if p.first > year {
        return Err(GoalError::PhaseAfterYear {
            first: p.first,
            year,
        });
    }
    let f = |m: f64| value_with(s, id, year, phase, m).unwrap_or(f64::NAN);
    let (min, max) = (f(GROWTH_MIN), f(GROWTH_MAX));
    if !(min.is_finite() && max.is_finite()) {
        return Err(GoalError::NotFinite);
    }
    if !(min <= target && target <= max) || min == max {
        if min == max && target == min {
            // The phase does not reach the year after all: any value works.
            return Err(GoalError::PhaseAfterYear {
                first: p.first,
                year,
            });
        }
        return Err(GoalError::OutOfReach { target, min, max });
    }
    let (mut lo, mut hi) = (GROWTH_MIN.ln(), GROWTH_MAX.ln());
    for _ in 0..200 {
        if hi - lo <= 1e-9 {
            break;
        }
        let mid = (lo + hi) / 2.0;
        if f(mid.exp()) < target {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Ok(((lo + hi) / 2.0).exp())
}

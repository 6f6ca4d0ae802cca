//! Projections: how the article's 2019 figures grow under the user's assumptions.
//!
//! Pure arithmetic, no browser types, so every number the charts show can be
//! checked natively against hand-computed values.

use crate::locale::{Arg, Note};

/// First year of every projection: the article's base year.
pub const BASE_YEAR: i32 = 2019;
/// Last projected year.
pub const LAST_YEAR: i32 = 2030;
/// The "trillion level" the article expects the industry to reach, in billion CNY.
pub const TRILLION_BN: f64 = 1000.0;

/// Sane bounds for a yearly growth multiplier typed into the UI. A slider
/// cannot leave them, but a share link or an edited input can.
pub const MULTIPLIER_MIN: f64 = 0.1;
/// See [`MULTIPLIER_MIN`].
pub const MULTIPLIER_MAX: f64 = 50.0;

/// One projected value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearValue {
    pub year: i32,
    pub value: f64,
}

/// A closed interval, for figures the article prints as "a to b".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub low: f64,
    pub high: f64,
}

impl Range {
    /// A range from two ends in any order.
    pub fn new(a: f64, b: f64) -> Self {
        Range {
            low: a.min(b),
            high: a.max(b),
        }
    }

    /// Both ends multiplied by `k`.
    pub fn scaled(self, k: f64) -> Self {
        Range::new(self.low * k, self.high * k)
    }

    /// Whether the range is a single value.
    pub fn is_point(self) -> bool {
        self.low == self.high
    }
}

/// A value after bounds checking, with the reason if it was changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub value: f64,
    /// Why the input was not used as given; `None` when it was.
    pub note: Option<Note>,
}

/// Clamps a multiplier into `[min, max]`, replacing non-finite input by `fallback`.
/// Never panics; the note says what happened so the UI can show it.
pub fn check_multiplier(input: f64, min: f64, max: f64, fallback: f64) -> Checked {
    if !input.is_finite() {
        return Checked {
            value: fallback,
            note: Some(Note::new("not a number; using ×{}", [Arg::text(fallback)])),
        };
    }
    if input < min {
        return Checked {
            value: min,
            note: Some(Note::new(
                "×{} is below ×{}; using ×{}",
                [Arg::text(input), Arg::text(min), Arg::text(min)],
            )),
        };
    }
    if input > max {
        return Checked {
            value: max,
            note: Some(Note::new(
                "×{} is above ×{}; using ×{}",
                [Arg::text(input), Arg::text(max), Arg::text(max)],
            )),
        };
    }
    Checked {
        value: input,
        note: None,
    }
}

/// Compounds `base` (in `base_year`) year by year up to `last_year`, with the
/// multiplier for each year given by `growth(year)`.
pub fn compound(
    base: f64,
    base_year: i32,
    last_year: i32,
    growth: impl Fn(i32) -> f64,
) -> Vec<YearValue> {
    let mut out = Vec::with_capacity((last_year - base_year + 1).max(0) as usize);
    let mut value = base;
    for year in base_year..=last_year {
        if year > base_year {
            value *= growth(year);
        }
        out.push(YearValue { year, value });
    }
    out
}

/// Compound annual growth rate between two values `years` apart, as a fraction
/// (0.3 = 30% a year). `None` when it is undefined.
pub fn cagr(start: f64, end: f64, years: f64) -> Option<f64> {
    if start > 0.0 && end > 0.0 && years > 0.0 {
        let r = (end / start).powf(1.0 / years) - 1.0;
        r.is_finite().then_some(r)
    } else {
        None
    }
}

/// When a series first reaches a level.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Crossing {
    /// Reached in this year; `at` is the interpolated fractional year (for drawing).
    In { year: i32, at: f64 },
    /// Already at or above the level in the first year.
    Already { year: i32 },
    /// Not reached by the last year of the series.
    NotBy { year: i32 },
}

/// The first year in which `series` is at or above `level`. Interpolates
/// geometrically between years, since growth compounds.
pub fn crossing(series: &[YearValue], level: f64) -> Option<Crossing> {
    let first = series.first()?;
    if first.value >= level {
        return Some(Crossing::Already { year: first.year });
    }
    for pair in series.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b.value >= level {
            let frac = if a.value > 0.0 && b.value > a.value {
                (level / a.value).ln() / (b.value / a.value).ln()
            } else {
                1.0
            };
            let at = f64::from(a.year) + frac.clamp(0.0, 1.0) * f64::from(b.year - a.year);
            return Some(Crossing::In { year: b.year, at });
        }
    }
    series.last().map(|l| Crossing::NotBy { year: l.year })
}

/// The industry projection's assumptions: the 2019 base, the 2020 multiplier
/// (the article: "expected to double") and one multiplier for every later year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IndustryAssumptions {
    pub base_2019: f64,
    pub growth_2020: f64,
    pub growth_later: f64,
}

impl IndustryAssumptions {
    /// Default yearly multiplier after 2020. The article gives none; 1.3 (+30% a
    /// year) is this app's neutral starting point, labelled as the user's.
    pub const DEFAULT_LATER: f64 = 1.3;

    /// The projected industry size for 2019..=2030, in the base's unit.
    pub fn projection(&self) -> Vec<YearValue> {
        compound(self.base_2019, BASE_YEAR, LAST_YEAR, |y| {
            if y == BASE_YEAR + 1 {
                self.growth_2020
            } else {
                self.growth_later
            }
        })
    }
}

/// Douyin live GMV in 2020 for a year-on-year multiplier range.
pub fn scenario_2020(base_2019: f64, multiplier: Range) -> Range {
    multiplier.scaled(base_2019)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    #[test]
    fn compounding_matches_hand_computed_values() {
        let p = IndustryAssumptions {
            base_2019: 433.8,
            growth_2020: 2.0,
            growth_later: 1.3,
        }
        .projection();
        assert_eq!(p.len(), 12);
        assert_eq!(
            p[0],
            YearValue {
                year: 2019,
                value: 433.8
            }
        );
        assert!(close(p[1].value, 867.6));
        assert!(close(p[2].value, 867.6 * 1.3)); // 1127.88
        assert!(close(p[11].value, 867.6 * 1.3f64.powi(10)));
        assert_eq!(p[11].year, 2030);
    }

    #[test]
    fn crossing_year_and_interpolation() {
        let p = IndustryAssumptions {
            base_2019: 433.8,
            growth_2020: 2.0,
            growth_later: 1.3,
        }
        .projection();
        match crossing(&p, TRILLION_BN) {
            Some(Crossing::In { year, at }) => {
                assert_eq!(year, 2021);
                // 867.6 * 1.3^f = 1000  =>  f = ln(1000/867.6)/ln(1.3)
                let f = (1000.0f64 / 867.6).ln() / 1.3f64.ln();
                assert!(close(at, 2020.0 + f));
            }
            other => panic!("unexpected {other:?}"),
        }
        // Doubling to 867.6 and flat after: never reaches a trillion.
        let flat = IndustryAssumptions {
            base_2019: 433.8,
            growth_2020: 2.0,
            growth_later: 1.0,
        }
        .projection();
        assert_eq!(
            crossing(&flat, TRILLION_BN),
            Some(Crossing::NotBy { year: 2030 })
        );
        // Tripling in 2020 crosses in 2020 itself.
        let fast = IndustryAssumptions {
            base_2019: 433.8,
            growth_2020: 3.0,
            growth_later: 1.0,
        }
        .projection();
        assert!(matches!(
            crossing(&fast, TRILLION_BN),
            Some(Crossing::In { year: 2020, .. })
        ));
        assert_eq!(
            crossing(&fast, 100.0),
            Some(Crossing::Already { year: 2019 })
        );
        assert_eq!(crossing(&[], 1.0), None);
    }

    #[test]
    fn scenario_ranges_scale_both_ends() {
        assert_eq!(
            scenario_2020(10.0, Range::new(5.0, 6.0)),
            Range::new(50.0, 60.0)
        );
        assert_eq!(
            scenario_2020(10.0, Range::new(12.0, 10.0)),
            Range::new(100.0, 120.0)
        );
        assert!(Range::new(2.0, 2.0).is_point());
    }

    #[test]
    fn cagr_inverts_compounding() {
        assert!(close(cagr(100.0, 169.0, 2.0).unwrap_or(f64::NAN), 0.3));
        assert_eq!(cagr(0.0, 1.0, 1.0), None);
        assert_eq!(cagr(1.0, 2.0, 0.0), None);
    }

    #[test]
    fn multipliers_are_checked_not_trusted() {
        assert_eq!(check_multiplier(2.0, 0.1, 50.0, 1.0).note, None);
        let nan = check_multiplier(f64::NAN, 0.1, 50.0, 1.3);
        assert_eq!(nan.value, 1.3);
        assert!(nan.note.is_some());
        assert_eq!(check_multiplier(-4.0, 0.1, 50.0, 1.0).value, 0.1);
        assert_eq!(check_multiplier(1e9, 0.1, 50.0, 1.0).value, 50.0);
        assert_eq!(check_multiplier(f64::INFINITY, 0.1, 50.0, 2.0).value, 2.0);
    }
}

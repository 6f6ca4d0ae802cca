//! Bounds on every input of a scenario, so that a share link, an edited field
//! or a stale saved state can never make the engine panic or draw nonsense.

use super::{
    Growth, GrowthForm, Growths, PHASES, Phase, SAMPLES_DEFAULT, SAMPLES_MAX, Scenario,
    SeriesAssumption, SeriesId,
};
use crate::locale::{Arg, Note};
use crate::model::{BASE_YEAR, LAST_YEAR, TRILLION_BN};

/// Smallest yearly growth multiplier (a 95% fall in a year).
pub const GROWTH_MIN: f64 = 0.05;
/// Largest yearly growth multiplier (fifty-fold in a year; Douyin live's
/// article forecast is 12).
pub const GROWTH_MAX: f64 = 50.0;
/// Smallest base, billion yuan (1,000 yuan): keeps every projected value a
/// positive, finite `f64` even after eleven years at [`GROWTH_MIN`].
pub const BASE_MIN: f64 = 1e-6;
/// Largest base, billion yuan (a thousand trillion yuan).
pub const BASE_MAX: f64 = 1e6;
/// Smallest level whose crossing is reported, billion yuan.
pub const LEVEL_MIN: f64 = 1.0;
/// Largest level whose crossing is reported, billion yuan.
pub const LEVEL_MAX: f64 = 1e7;
/// Fewest Monte Carlo samples: fewer make the P5 and P95 bands jitter.
pub const SAMPLES_MIN: u32 = 1000;
/// The default seed (the day of the Douyin live stream the article tells of).
pub const SEED_DEFAULT: u64 = 20_200_401;

/// Phases from [`PHASES`] with one (low, high) growth each.
pub(crate) fn phases_from(growth: Growths) -> Vec<Phase> {
    PHASES
        .iter()
        .zip(growth)
        .map(|(&(first, last), (low, high))| Phase {
            first,
            last,
            growth: Growth::range(low, high),
        })
        .collect()
}

/// Series `id` of the article's low case with its row's hard-coded numbers
/// (see [`SeriesId::def`]), so that a missing series can be filled in even
/// without the dataset. Kuaishou uses the corrected 40–50 billion reading
/// (midpoint 45), the one consistent with the industry total.
fn fallback_series(id: SeriesId) -> SeriesAssumption {
    let def = id.def();
    SeriesAssumption {
        id,
        base: def.default_base,
        base_source: def.base.id.to_string(),
        phases: phases_from(def.presets.article_low.growths),
        form: GrowthForm::default(),
    }
}

/// The index in [`PHASES`] of the phase that covers `year`: total, so no
/// year needs a made-up growth (one before the first phase gets the first,
/// one after the last the last; sanitized phases never leave
/// `PHASES`' years).
fn phase_index(year: i32) -> usize {
    PHASES
        .iter()
        .filter(|&&(first, _)| first <= year)
        .count()
        .saturating_sub(1)
}

/// The article's low case's growth for series `id` in `year`.
fn fallback_growth(id: SeriesId, year: i32) -> Growth {
    let (low, high) = id.def().presets.article_low.growths[phase_index(year)];
    Growth::range(low, high)
}

impl Default for Scenario {
    /// The article's low case with hard-coded numbers (the dataset's, with
    /// Kuaishou corrected), for when the dataset cannot be had.
    fn default() -> Scenario {
        Scenario {
            series: SeriesId::ALL
                .iter()
                .map(|&id| fallback_series(id))
                .collect(),
            level: TRILLION_BN,
            samples: SAMPLES_DEFAULT,
            seed: SEED_DEFAULT,
        }
    }
}

/// The short name notes and labels use: "Industry", "Douyin live".
pub(crate) fn short_name(id: SeriesId) -> &'static str {
    id.def().short
}

/// "2020" or "2021–2022".
pub(crate) fn years_label(first: i32, last: i32) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

impl super::Phase {
    /// The phase's years as a reader writes them: "2020" or "2021–2022".
    pub fn years(&self) -> String {
        years_label(self.first, self.last)
    }
}

/// A number in a note: "1e9" for the absurd, "1,000" or "1.15" otherwise.
/// An amount in billion yuan as a note writes it: in the reader's unit and
/// currency, whatever its size ([`crate::locale::Locale::money_any`]).
fn money(v: f64) -> Arg {
    Arg::Money(v, v)
}

fn num(v: f64) -> String {
    if v.is_nan() {
        "NaN".to_string()
    } else if v.is_infinite() {
        if v > 0.0 { "∞" } else { "−∞" }.to_string()
    } else if v != 0.0 && (v.abs() >= 1e6 || v.abs() < 1e-3) {
        format!("{v:e}")
    } else {
        crate::format::sig(v, 4)
    }
}

/// Whether phases cover every year after the base year up to the last year,
/// in order, without gaps or overlaps.
fn phases_cover(phases: &[Phase]) -> bool {
    let mut next = BASE_YEAR + 1;
    for p in phases {
        if p.first != next || p.last < p.first || p.last > LAST_YEAR {
            return false;
        }
        next = p.last + 1;
    }
    next == LAST_YEAR + 1
}

/// Clamps one growth end into `[GROWTH_MIN, GROWTH_MAX]`; `fallback` replaces a
/// non-number. Returns the value and, if it changed, the note.
fn check_growth(what: Note, v: f64, fallback: f64) -> (f64, Option<Note>) {
    if v.is_nan() {
        (
            fallback,
            Some(Note::new(
                "{} is not a number; using ×{}",
                [what.into(), num(fallback).into()],
            )),
        )
    } else if v < GROWTH_MIN {
        (
            GROWTH_MIN,
            Some(Note::new(
                "{} ×{} is below ×{}; using ×{}",
                [
                    what.into(),
                    num(v).into(),
                    num(GROWTH_MIN).into(),
                    num(GROWTH_MIN).into(),
                ],
            )),
        )
    } else if v > GROWTH_MAX {
        (
            GROWTH_MAX,
            Some(Note::new(
                "{} ×{} is above ×{}; using ×{}",
                [
                    what.into(),
                    num(v).into(),
                    num(GROWTH_MAX).into(),
                    num(GROWTH_MAX).into(),
                ],
            )),
        )
    } else {
        (v, None)
    }
}

/// Sanitizes one growth assumption of series `name` in the phase `years`
/// in place, pushing a note per change.
fn sanitize_growth(
    g: &mut Growth,
    name: &'static str,
    years: &str,
    fallback: Growth,
    notes: &mut Vec<Note>,
) {
    let what = || [Arg::word(name), Arg::from(years)];
    // A point (or two NaNs) is one field to the reader; a range is two.
    let point = g.low == g.high || (g.low.is_nan() && g.high.is_nan());
    if point {
        let (v, note) = check_growth(Note::new("{} {} growth", what()), g.low, fallback.median());
        notes.extend(note);
        g.low = v;
        g.high = v;
        return;
    }
    let (low, note) = check_growth(
        Note::new("{} {} growth, low end,", what()),
        g.low,
        fallback.low,
    );
    notes.extend(note);
    let (high, note) = check_growth(
        Note::new("{} {} growth, high end,", what()),
        g.high,
        fallback.high,
    );
    notes.extend(note);
    if low > high {
        notes.push(Note::new(
            "{} {} growth: low end ×{} is above high end ×{}; swapped",
            [
                Arg::word(name),
                years.into(),
                num(low).into(),
                num(high).into(),
            ],
        ));
    }
    g.low = low.min(high);
    g.high = low.max(high);
}

/// Sanitizes one series in place, pushing a note per change.
fn sanitize_series(s: &mut SeriesAssumption, notes: &mut Vec<Note>) {
    let name = short_name(s.id);
    let fallback = fallback_series(s.id);
    if !(s.base.is_finite() && s.base > 0.0) {
        notes.push(Note::new(
            "{} base {} is not a positive amount; using {} ({})",
            [
                Arg::word(name),
                money(s.base),
                money(fallback.base),
                fallback.base_source.clone().into(),
            ],
        ));
        s.base = fallback.base;
        s.base_source = fallback.base_source.clone();
    } else if s.base < BASE_MIN {
        notes.push(Note::new(
            "{} base {} is below {}; using {}",
            [
                Arg::word(name),
                money(s.base),
                money(BASE_MIN),
                money(BASE_MIN),
            ],
        ));
        s.base = BASE_MIN;
        s.base_source.clear();
    } else if s.base > BASE_MAX {
        notes.push(Note::new(
            "{} base {} is above {}; using {}",
            [
                Arg::word(name),
                money(s.base),
                money(BASE_MAX),
                money(BASE_MAX),
            ],
        ));
        s.base = BASE_MAX;
        s.base_source.clear();
    }
    if !phases_cover(&s.phases) {
        notes.push(Note::new(
            "{} growth phases did not cover {}–{} in order; reset to {}",
            [
                Arg::word(name),
                Arg::text(BASE_YEAR + 1),
                Arg::text(LAST_YEAR),
                PHASES
                    .iter()
                    .map(|&(a, b)| years_label(a, b))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            ],
        ));
        s.phases = PHASES
            .iter()
            .map(|&(first, last)| Phase {
                first,
                last,
                // Keep what the user had for the phase's first year, if anything.
                growth: s
                    .growth_in(first)
                    .unwrap_or_else(|| fallback_growth(s.id, first)),
            })
            .collect();
    }
    for p in &mut s.phases {
        let years = years_label(p.first, p.last);
        sanitize_growth(
            &mut p.growth,
            name,
            &years,
            fallback_growth(s.id, p.first),
            notes,
        );
    }
}

impl Scenario {
    /// Brings every input within bounds so the engine can trust it: bases in
    /// (0, 1e6] billion yuan, growth ends in [×0.05, ×50] with low ≤ high,
    /// phases covering 2020..=2030 in order (else reset to [`PHASES`]), the
    /// level in [1, 1e7], samples in [1000, [`SAMPLES_MAX`]], and exactly one
    /// series per [`SeriesId`] in [`SeriesId::ALL`] order (a missing one is
    /// filled from the article's low case). Returns one note per changed
    /// field, for the UI to show in the reader's language (`Display` gives
    /// the English); empty when nothing changed. Never panics.
    pub fn sanitize(&mut self) -> Vec<Note> {
        let mut notes = Vec::new();
        let mut old = std::mem::take(&mut self.series);
        for id in SeriesId::ALL {
            let mut matching = old.iter().filter(|s| s.id == id).count();
            let series = match old.iter().position(|s| s.id == id) {
                Some(i) => old.remove(i),
                None => {
                    notes.push(Note::new(
                        "{} was missing; using the article's low case",
                        [Arg::word(short_name(id))],
                    ));
                    matching = 1;
                    fallback_series(id)
                }
            };
            if matching > 1 {
                notes.push(Note::new(
                    "{} appeared {} times; kept the first",
                    [Arg::word(short_name(id)), Arg::text(matching)],
                ));
                old.retain(|s| s.id != id);
            }
            self.series.push(series);
        }
        for s in &mut self.series {
            sanitize_series(s, &mut notes);
        }
        if self.level.is_nan() {
            notes.push(Note::new(
                "Level is not a number; using {}",
                [money(TRILLION_BN)],
            ));
            self.level = TRILLION_BN;
        } else if self.level < LEVEL_MIN {
            notes.push(Note::new(
                "Level {} is below {}; using {}",
                [money(self.level), money(LEVEL_MIN), money(LEVEL_MIN)],
            ));
            self.level = LEVEL_MIN;
        } else if self.level > LEVEL_MAX {
            notes.push(Note::new(
                "Level {} is above {}; using {}",
                [money(self.level), money(LEVEL_MAX), money(LEVEL_MAX)],
            ));
            self.level = LEVEL_MAX;
        }
        if self.samples < SAMPLES_MIN {
            notes.push(Note::new(
                "{} samples is below {}; using {}",
                [
                    Arg::text(self.samples),
                    num(f64::from(SAMPLES_MIN)).into(),
                    num(f64::from(SAMPLES_MIN)).into(),
                ],
            ));
            self.samples = SAMPLES_MIN;
        } else if self.samples > SAMPLES_MAX {
            notes.push(Note::new(
                "{} samples is above {}; using {}",
                [
                    num(f64::from(self.samples)).into(),
                    num(f64::from(SAMPLES_MAX)).into(),
                    num(f64::from(SAMPLES_MAX)).into(),
                ],
            ));
            self.samples = SAMPLES_MAX;
        }
        notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_clean() {
        let mut s = Scenario::default();
        assert_eq!(s.sanitize(), Vec::<Note>::new());
        assert_eq!(s.series.len(), 5);
    }

    #[test]
    fn notes_name_the_field() {
        let mut s = Scenario::default();
        if let Some(k) = s.get_mut(SeriesId::Kuaishou) {
            k.phases[1].growth = Growth::point(1e9);
        }
        let notes: Vec<String> = s.sanitize().iter().map(ToString::to_string).collect();
        assert_eq!(
            notes,
            vec!["Kuaishou 2021–2022 growth ×1e9 is above ×50; using ×50".to_string()]
        );
        assert_eq!(
            s.growth_in(SeriesId::Kuaishou, 2022),
            Some(Growth::point(50.0))
        );
    }

    #[test]
    fn every_year_has_a_phase() {
        assert_eq!(phase_index(i32::MIN), 0);
        assert_eq!(phase_index(2020), 0);
        assert_eq!(phase_index(2021), 1);
        assert_eq!(phase_index(2022), 1);
        assert_eq!(phase_index(2023), 2);
        assert_eq!(phase_index(i32::MAX), PHASES.len() - 1);
        for (i, &(first, last)) in PHASES.iter().enumerate() {
            assert_eq!((phase_index(first), phase_index(last)), (i, i));
        }
    }

    #[test]
    fn phase_checks() {
        assert!(phases_cover(&phases_from([(1.0, 1.0); 3])));
        assert!(!phases_cover(&[]));
        let mut gap = phases_from([(1.0, 1.0); 3]);
        gap[1].last = 2021;
        assert!(!phases_cover(&gap));
        let mut huge = phases_from([(1.0, 1.0); 3]);
        huge[2].last = i32::MAX;
        assert!(!phases_cover(&huge));
        huge[2].first = i32::MIN;
        assert!(!phases_cover(&huge));
        assert_eq!(num(1e9), "1e9");
        assert_eq!(num(1000.0), "1,000");
        assert_eq!(num(f64::NEG_INFINITY), "−∞");
        assert_eq!(super::super::Dist::default(), super::super::Dist::Lognormal);
    }
}

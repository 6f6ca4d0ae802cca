//! A change to the assumptions as plain data: what the reader did (a
//! slider's value, a preset, the text typed in a field, in the locale it was
//! typed in), not a closure. An edit can be logged, compared, stored and
//! replayed; [`Assumptions::apply`] is the one place that carries it out.

use super::{Assumptions, Bounds};
use crate::data::{Dataset, Reading};
use crate::locale::{Locale, Note};
use crate::scenario::{Dist, Growth, GrowthForm, Preset, SeriesId};
use crate::story::Knob;
use crate::views::input::{parse_amount_in, parse_growth_in, parse_seed};
use serde::{Deserialize, Serialize};

/// One change to the assumptions (see the module docs).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Edit {
    /// A slider moved a phase's median, within its bounds.
    Median {
        series: SeriesId,
        phase: usize,
        value: f64,
        bounds: Bounds,
    },
    /// A story number was set (dragged, stepped), within its bounds.
    Knob { knob: Knob, value: f64 },
    /// Text typed into a story number, read in `locale`.
    KnobText {
        knob: Knob,
        text: String,
        locale: Locale,
    },
    /// A preset was chosen (the reader's own set is kept).
    Preset(Preset),
    /// Figures as printed or corrected.
    Reading(Reading),
    /// The industry chart's logarithmic scale.
    LogIndustry(bool),
    /// A series' base typed in the editor, read in `locale`.
    BaseText {
        series: SeriesId,
        text: String,
        locale: Locale,
    },
    /// "×1.3" or "+30%" for a series' growth fields.
    Form { series: SeriesId, form: GrowthForm },
    /// One end of a phase's growth typed in the editor, in `form`.
    GrowthEnd {
        series: SeriesId,
        phase: usize,
        high: bool,
        text: String,
        form: GrowthForm,
        locale: Locale,
    },
    /// How a phase's range is spread.
    Dist {
        series: SeriesId,
        phase: usize,
        dist: Dist,
    },
    /// A phase's growth set to a point (goal seek's answer).
    PointGrowth {
        series: SeriesId,
        phase: usize,
        value: f64,
    },
    /// The level typed in the key numbers, read in `locale`.
    LevelText { text: String, locale: Locale },
    /// Monte Carlo samples.
    Samples(u32),
    /// A new Monte Carlo seed.
    Seed(u64),
    /// A seed typed in the lab, read in `locale`.
    SeedText { text: String, locale: Locale },
    /// The series the projection explorer shows.
    Focus(SeriesId),
    /// The tornado's output series.
    SensitivitySeries(SeriesId),
    /// The tornado's output year.
    SensitivityYear(i32),
    /// The first year of the growth-rate span.
    SpanFrom(i32),
    /// The last year of the growth-rate span.
    SpanTo(i32),
}

/// A reader's message as a clause inside a note: without its full stop.
fn clause(m: &str) -> &str {
    m.trim_end_matches(['.', '。'])
}

impl Assumptions {
    /// Carries out `e`; returns a note when a value had to be adjusted or
    /// typed text read as nothing (then nothing changes).
    pub fn apply(&mut self, ds: &Dataset, e: &Edit) -> Option<Note> {
        match e {
            Edit::Median {
                series,
                phase,
                value,
                bounds,
            } => self.set_median(*series, *phase, *value, *bounds),
            Edit::Knob { knob, value } => knob.apply(self, *value),
            Edit::KnobText { knob, text, locale } => knob.apply_text(self, locale, text),
            Edit::Preset(p) => {
                self.select_preset(ds, *p);
                None
            }
            Edit::Reading(r) => {
                self.set_reading(ds, *r);
                None
            }
            Edit::LogIndustry(on) => {
                self.page.log_industry = *on;
                None
            }
            Edit::BaseText {
                series,
                text,
                locale: l,
            } => match parse_amount_in(l, text) {
                Ok(v) => {
                    self.set_base(*series, v);
                    None
                }
                Err(m) => Some(Note::plain(l.trf(
                    "{} base: {}; kept the previous value",
                    &[&l.tr(series.name()), &clause(&m)],
                ))),
            },
            Edit::Form { series, form } => {
                if let Some(s) = self.scenario.get_mut(*series) {
                    s.form = *form;
                }
                None
            }
            Edit::GrowthEnd {
                series,
                phase,
                high,
                text,
                form,
                locale,
            } => self.growth_end(*series, *phase, *high, text, *form, locale),
            Edit::Dist {
                series,
                phase,
                dist,
            } => {
                let g = self.growth(*series, *phase)?;
                self.set_growth(*series, *phase, Growth { dist: *dist, ..g });
                None
            }
            Edit::PointGrowth {
                series,
                phase,
                value,
            } => {
                self.set_growth(*series, *phase, Growth::point(*value));
                None
            }
            Edit::LevelText { text, locale: l } => match parse_amount_in(l, text) {
                Ok(v) => {
                    self.set_level(v);
                    None
                }
                Err(m) => Some(Note::plain(
                    l.trf("Level: {}; kept the previous value", &[&clause(&m)]),
                )),
            },
            Edit::Samples(n) => {
                self.set_run(*n, self.scenario.seed);
                None
            }
            Edit::Seed(seed) => {
                self.set_run(self.scenario.samples, *seed);
                None
            }
            Edit::SeedText { text, locale: l } => match parse_seed(l, text) {
                Ok(seed) => {
                    self.set_run(self.scenario.samples, seed);
                    None
                }
                Err(m) => Some(Note::plain(
                    l.trf("Seed: {}; kept {}", &[&clause(&m), &self.scenario.seed]),
                )),
            },
            Edit::Focus(id) => {
                self.page.focus = *id;
                None
            }
            Edit::SensitivitySeries(id) => {
                self.page.sensitivity.0 = *id;
                None
            }
            Edit::SensitivityYear(y) => {
                self.page.sensitivity.1 = *y;
                None
            }
            Edit::SpanFrom(y) => {
                self.page.span.0 = *y;
                None
            }
            Edit::SpanTo(y) => {
                self.page.span.1 = *y;
                None
            }
        }
    }

    /// One end of a phase's growth from typed text, the distribution kept.
    /// An end typed past the other end takes it along (the range becomes
    /// that point): the field then shows what was typed, where swapping the
    /// ends would show the other end's old value in it.
    fn growth_end(
        &mut self,
        id: SeriesId,
        phase: usize,
        high: bool,
        text: &str,
        form: GrowthForm,
        l: &Locale,
    ) -> Option<Note> {
        let g = self.growth(id, phase)?;
        match parse_growth_in(l, text, form) {
            Ok(v) => {
                let (low, high) = match high {
                    true => (g.low.min(v), v),
                    false => (v, g.high.max(v)),
                };
                self.set_growth(
                    id,
                    phase,
                    Growth {
                        low,
                        high,
                        dist: g.dist,
                    },
                );
                None
            }
            Err(m) => Some(Note::plain(l.trf(
                "{} growth: {}; kept the previous value",
                &[&l.tr(id.name()), &clause(&m)],
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed_end(a: &mut Assumptions, high: bool, text: &str) -> Growth {
        let ds = Dataset::embedded().unwrap_or_else(|e| panic!("{e}"));
        let note = a.apply(
            ds,
            &Edit::GrowthEnd {
                series: SeriesId::Industry,
                phase: 2,
                high,
                text: text.into(),
                form: GrowthForm::Multiplier,
                locale: Locale::en(),
            },
        );
        assert_eq!(note, None, "{text}");
        a.growth(SeriesId::Industry, 2)
            .unwrap_or_else(|| panic!("no growth"))
    }

    #[test]
    fn an_end_typed_past_the_other_takes_it_along() {
        let ds = Dataset::embedded().unwrap_or_else(|e| panic!("{e}"));
        let mut a = Assumptions::article(ds);
        let g = typed_end(&mut a, true, "1.9");
        assert_eq!(g.high, 1.9);
        let low = g.low;
        assert_eq!(typed_end(&mut a, false, "1.2").low, 1.2);
        assert!(low != 1.2);
        // Past the other end: the field keeps what was typed.
        let g = typed_end(&mut a, false, "3");
        assert_eq!((g.low, g.high), (3.0, 3.0));
        let g = typed_end(&mut a, true, "0.5");
        assert_eq!((g.low, g.high), (0.5, 0.5));
    }
}

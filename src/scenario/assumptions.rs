//! What the user can change: the model's inputs (the scenario, the preset it
//! came from, the reading of the article's figures) and, in a type of their
//! own, the page's settings that travel with them in the share link and the
//! undo history but change no number of the model.

use super::{Growth, Preset, Scenario, SeriesId};
use crate::data::{Dataset, Reading};
use crate::format;
use crate::locale::{Arg, Note};
use crate::model::{self, LAST_YEAR};
use serde::{Deserialize, Serialize};

/// A slider's bounds and step; the UI's `<input type=range>` uses them and
/// values from anywhere else are clamped to them.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bounds {
    pub min: f64,
    pub max: f64,
    pub step: f64,
}

/// Industry growth in 2020, as a multiplier.
pub const GROWTH_2020: Bounds = Bounds {
    min: 0.5,
    max: 4.0,
    step: 0.05,
};
/// Growth in any year after 2020, as a multiplier.
pub const GROWTH_LATER: Bounds = Bounds {
    min: 0.8,
    max: 2.0,
    step: 0.01,
};
/// Douyin live GMV 2020 over 2019, as a multiplier.
pub const DOUYIN_MULTIPLIER: Bounds = Bounds {
    min: 1.0,
    max: 20.0,
    step: 0.5,
};

/// Everything the user has set.
#[derive(Clone, Debug, PartialEq)]
pub struct Assumptions {
    pub scenario: Scenario,
    /// The preset the scenario came from; `Custom` once the user edits it.
    pub preset: Preset,
    /// The user's own set, kept while a preset is shown, so switching presets
    /// loses nothing.
    pub custom: Option<Scenario>,
    /// Figures as printed, or corrected where the article contradicts itself.
    pub reading: Reading,
    /// The page's settings (scale, focus, sensitivity target, span).
    pub page: PageSettings,
}

/// Settings of the page that travel with the assumptions (share link, undo)
/// but are no input of the model: how a chart is scaled, which series or
/// output a chart shows, the span of the growth-rate figures.
#[derive(Clone, Debug, PartialEq)]
pub struct PageSettings {
    /// The industry chart's logarithmic value axis.
    pub log_industry: bool,
    /// The series shown in the projection explorer.
    pub focus: SeriesId,
    /// The output the sensitivity chart measures: a series in a year.
    pub sensitivity: (SeriesId, i32),
    /// The span of the growth-rate (CAGR) figures.
    pub span: (i32, i32),
}

impl Default for PageSettings {
    /// The article's view: log scale, Douyin in the explorer, the industry
    /// in 2025 for the tornado, 2019–2025 for growth rates.
    fn default() -> Self {
        PageSettings {
            log_industry: true,
            focus: SeriesId::DouyinTotal,
            sensitivity: (SeriesId::Industry, 2025),
            span: (model::BASE_YEAR, 2025),
        }
    }
}

impl Assumptions {
    /// The default view: the article's preset, its figures corrected where
    /// the article contradicts itself (the first screen shows no impossible
    /// number; "as printed" is a switch away).
    pub fn article(ds: &Dataset) -> Self {
        Assumptions {
            scenario: Scenario::preset(ds, Preset::ArticleLow, Reading::Corrected),
            preset: Preset::ArticleLow,
            custom: None,
            reading: Reading::Corrected,
            page: PageSettings::default(),
        }
    }

    /// The growth assumption of a series in a phase.
    pub fn growth(&self, id: SeriesId, phase: usize) -> Option<Growth> {
        self.scenario
            .get(id)
            .and_then(|s| s.phases.get(phase))
            .map(|p| p.growth)
    }

    /// The median growth of a series in a phase (1 if missing).
    pub fn median(&self, id: SeriesId, phase: usize) -> f64 {
        self.growth(id, phase).map(|g| g.median()).unwrap_or(1.0)
    }

    /// Marks the scenario as the user's own.
    fn edited(&mut self) {
        self.preset = Preset::Custom;
        self.custom = None;
    }

    /// Moves a phase's median to `m` (within `bounds`), keeping its spread;
    /// returns a note when `m` had to be changed.
    pub fn set_median(
        &mut self,
        id: SeriesId,
        phase: usize,
        m: f64,
        bounds: Bounds,
    ) -> Option<Note> {
        let fallback = self.median(id, phase);
        let checked = model::check_multiplier(m, bounds.min, bounds.max, fallback);
        let p = self
            .scenario
            .get_mut(id)
            .and_then(|s| s.phases.get_mut(phase))?;
        let mut g = p.growth.with_median(checked.value);
        if !g.is_point() {
            // A slider moves a range's median; its ends need no more digits
            // than a reader types, and share links stay short.
            g.low = round_sig(g.low, 6);
            g.high = round_sig(g.high, 6).max(g.low);
        }
        p.growth = g;
        self.edited();
        checked
            .note
            .map(|n| Note::new("{} growth: {}", [Arg::word(id.name()), n.into()]))
    }

    /// Replaces a phase's growth (from the assumption editor).
    pub fn set_growth(&mut self, id: SeriesId, phase: usize, g: Growth) {
        if let Some(p) = self
            .scenario
            .get_mut(id)
            .and_then(|s| s.phases.get_mut(phase))
        {
            p.growth = g;
            self.edited();
        }
    }

    /// Replaces a series' base value (billion yuan).
    pub fn set_base(&mut self, id: SeriesId, base: f64) {
        if let Some(s) = self.scenario.get_mut(id) {
            s.base = base;
            s.base_source.clear();
            self.edited();
        }
    }

    /// Changes the Monte Carlo settings without leaving the preset.
    pub fn set_run(&mut self, samples: u32, seed: u64) {
        self.scenario.samples = samples;
        self.scenario.seed = seed;
    }

    /// Changes the level whose crossing is reported.
    pub fn set_level(&mut self, level: f64) {
        self.scenario.level = level;
    }

    /// Shows a preset, keeping the user's own set for later.
    pub fn select_preset(&mut self, ds: &Dataset, p: Preset) {
        if self.preset == p {
            return;
        }
        if self.preset == Preset::Custom {
            self.custom = Some(self.scenario.clone());
        }
        let (samples, seed, level) = (
            self.scenario.samples,
            self.scenario.seed,
            self.scenario.level,
        );
        self.scenario = match (p, &self.custom) {
            (Preset::Custom, Some(c)) => c.clone(),
            _ => Scenario::preset(ds, p, self.reading),
        };
        if p != Preset::Custom {
            self.scenario.samples = samples;
            self.scenario.seed = seed;
            self.scenario.level = level;
        }
        self.preset = p;
    }

    /// Switches the reading, which changes what the article's figures
    /// show but not where a projection starts: a base read from an article
    /// figure starts from the figure's corrected value in either reading
    /// ([`crate::data::Figure::projection_value`]). A base still at the
    /// figure's printed midpoint (a share link of format v1 read as
    /// printed: Kuaishou at 450 bn) moves to it too, so no switch of the
    /// reading ever brings the printed figure into a projection.
    pub fn set_reading(&mut self, ds: &Dataset, r: Reading) {
        if r == self.reading {
            return;
        }
        let mid = |(lo, hi): (f64, f64)| (lo + hi) / 2.0;
        for s in &mut self.scenario.series {
            if let Some(f) = ds.figure(&s.base_source)
                && (s.base == mid(f.value(Reading::AsPrinted))
                    || s.base == mid(f.value(Reading::Corrected)))
            {
                s.base = mid(f.projection_value());
            }
        }
        self.reading = r;
    }

    /// The same assumptions with every value sane, and a note for each value
    /// that had to change (in the reader's language with `Note::text`).
    pub fn checked(mut self) -> (Assumptions, Vec<Note>) {
        let mut notes = self.scenario.sanitize();
        let (y, _) = (self.page.sensitivity.1, ());
        if !(model::BASE_YEAR + 1..=LAST_YEAR).contains(&y) {
            notes.push(Note::new(
                "Sensitivity year {} is outside 2020–{}; using 2025",
                [Arg::text(y), Arg::text(LAST_YEAR)],
            ));
            self.page.sensitivity.1 = 2025;
        }
        let (a, b) = self.page.span;
        if !(model::BASE_YEAR..=LAST_YEAR).contains(&a)
            || !(model::BASE_YEAR..=LAST_YEAR).contains(&b)
            || a >= b
        {
            notes.push(Note::new(
                "Growth span {}–{} is not within 2019–{}; using 2019–2025",
                [Arg::text(a), Arg::text(b), Arg::text(LAST_YEAR)],
            ));
            self.page.span = (model::BASE_YEAR, 2025);
        }
        (self, notes)
    }

    /// The assumptions behind a series' projection, in words: "×2 in 2020,
    /// ×1.15–1.6 a year in 2021–2022, …".
    pub fn describe(&self, id: SeriesId) -> String {
        self.describe_in(&crate::locale::Locale::en(), id)
    }

    /// [`Assumptions::describe`] in the reader's language: "2020年×2，
    /// 2021–2022年每年×1.15–1.6".
    pub fn describe_in(&self, l: &crate::locale::Locale, id: SeriesId) -> String {
        let Some(s) = self.scenario.get(id) else {
            return String::new();
        };
        s.phases
            .iter()
            .map(|p| {
                let g = if p.growth.is_point() {
                    format::multiplier(p.growth.low)
                } else {
                    format!(
                        "×{}–{}",
                        format::sig(p.growth.low, 3),
                        format::sig(p.growth.high, 3)
                    )
                };
                if p.first == p.last {
                    l.trf("{} in {}", &[&g, &p.years()])
                } else {
                    l.trf("{} a year in {}", &[&g, &p.years()])
                }
            })
            .collect::<Vec<_>>()
            .join(l.tr(", "))
    }
}

/// `v` rounded to `digits` significant digits (unchanged if not finite or 0).
fn round_sig(v: f64, digits: i32) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    let scale = 10f64.powi(digits - 1 - v.abs().log10().floor() as i32);
    let r = (v * scale).round() / scale;
    if r.is_finite() { r } else { v }
}

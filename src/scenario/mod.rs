//! The scenario engine: what the user believes about growth, series by
//! series and phase by phase, as points or ranges; and everything that follows
//! from it (point projections, Monte Carlo quantiles, sensitivity, goal seek).
//!
//! Pure Rust, no browser types: the same code runs natively in tests and
//! benches and in the Web Worker that runs the Monte Carlo.

use serde::{Deserialize, Serialize};

mod assumptions;
pub mod fit;
mod frozen;
mod growth;
mod montecarlo;
mod presets;
mod projection;
mod sanitize;
mod sensitivity;
mod series;
mod shares;

pub use assumptions::{
    Assumptions, Bounds, DOUYIN_MULTIPLIER, GROWTH_2020, GROWTH_LATER, PageSettings,
};
pub use montecarlo::{MonteCarlo, monte_carlo};
pub use sanitize::{
    BASE_MAX, BASE_MIN, GROWTH_MAX, GROWTH_MIN, LEVEL_MAX, LEVEL_MIN, SAMPLES_MIN, SEED_DEFAULT,
};
pub use sensitivity::{GoalError, goal_seek, tornado};
pub use series::{
    BaseSource, Fallback, FirstPhase, Growths, LaterMatch, PresetDef, SeriesDef, SeriesPresets,
    WhatHappened,
};
pub use shares::{SHARE_PLATFORMS, ShareBands, point_shares};

/// The series the scenario projects, all in billion yuan of GMV.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SeriesId {
    /// China's live-stream e-commerce market.
    Industry,
    /// Douyin's whole e-commerce GMV.
    DouyinTotal,
    /// Douyin's live-stream GMV.
    DouyinLive,
    /// Kuaishou's e-commerce GMV.
    Kuaishou,
    /// Taobao Live's GMV.
    TaobaoLive,
}

impl SeriesId {
    /// Every series, in display order.
    pub const ALL: [SeriesId; 5] = [
        SeriesId::Industry,
        SeriesId::DouyinTotal,
        SeriesId::DouyinLive,
        SeriesId::Kuaishou,
        SeriesId::TaobaoLive,
    ];

    /// The series as a reader names it (an English key for `Locale::tr`).
    pub fn name(self) -> &'static str {
        self.def().name
    }

    /// A short key for ids and URLs.
    pub fn slug(self) -> &'static str {
        self.def().slug
    }
}

/// How a range "a to b" is spread. Lognormal is the default, as in
/// Guesstimate and Squiggle: [a, b] is its 90% interval.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Dist {
    #[default]
    Lognormal,
    Uniform,
    /// Peaked at the middle of the range.
    Triangular,
}

/// Growth per year within a phase, as a multiplier (1.3 = +30% a year).
/// A point when `low == high`; otherwise a distribution over `[low, high]`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Growth {
    pub low: f64,
    pub high: f64,
    pub dist: Dist,
}

/// How a growth value is shown and typed: "×1.3" or "+30%".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum GrowthForm {
    #[default]
    Multiplier,
    Rate,
}

/// Years `first..=last` that share one growth assumption.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phase {
    pub first: i32,
    pub last: i32,
    pub growth: Growth,
}

/// One series: its base in the base year and its growth phases.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeriesAssumption {
    pub id: SeriesId,
    /// Billion yuan in [`crate::model::BASE_YEAR`].
    pub base: f64,
    /// Dataset id (article or later figure) the base comes from; empty when
    /// the user typed it.
    pub base_source: String,
    /// Covering every year after the base year up to the last year, in order.
    pub phases: Vec<Phase>,
    pub form: GrowthForm,
}

/// The whole assumption set: it drives every chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// One per [`SeriesId`], in [`SeriesId::ALL`] order.
    pub series: Vec<SeriesAssumption>,
    /// The level whose crossing is reported, billion yuan (default a trillion).
    pub level: f64,
    /// Monte Carlo samples.
    pub samples: u32,
    /// Monte Carlo seed: same inputs and seed, same numbers.
    pub seed: u64,
}

/// The phases every series is split into: 2020 (the article's forecasts),
/// 2021–2022, and 2023–2030.
pub const PHASES: [(i32, i32); 3] = [(2020, 2020), (2021, 2022), (2023, 2030)];
/// Default number of Monte Carlo samples.
pub const SAMPLES_DEFAULT: u32 = 100_000;
/// The most samples a run may take.
pub const SAMPLES_MAX: u32 = 1_000_000;

/// Named starting points for the assumptions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Preset {
    /// The article: industry doubles in 2020, the trillion level is reached,
    /// Douyin live grows 5–6× in 2020.
    ArticleLow,
    /// As `ArticleLow` but Douyin live grows 10–12× in 2020.
    ArticleHigh,
    /// Fitted to what later reports say happened.
    WhatHappened,
    /// The user's own.
    Custom,
}

/// Monte Carlo results: quantiles of every series in every year, the
/// probability of having reached the level by each year, and the quantiles
/// of each platform's share of the industry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct McResult {
    pub samples: u32,
    pub seed: u64,
    pub level: f64,
    /// The years of every per-year vector below (base year to last year).
    pub years: Vec<i32>,
    pub series: Vec<SeriesBands>,
    /// Each platform's share of the industry ([`SHARE_PLATFORMS`] order),
    /// computed within each sample.
    pub shares: Vec<ShareBands>,
}

/// One series' Monte Carlo bands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeriesBands {
    pub id: SeriesId,
    /// Per year: P5, P25, P50, P75, P95, billion yuan.
    pub quantiles: Vec<[f64; 5]>,
    /// Per year: share of samples at or above the level in that year or before.
    pub p_cross: Vec<f64>,
}

/// One bar of a tornado chart: the output when one assumption sits at the
/// low and at the high end of its range, all others at their medians.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TornadoBar {
    /// In English: "Industry growth 2021–2022 (×1.15–1.6)". Views write
    /// their own from the fields below (`views::swing_label`).
    pub label: String,
    /// The series whose assumption this is.
    pub series: SeriesId,
    /// The phase's first and last years.
    pub first: i32,
    pub last: i32,
    /// The ends of the phase's growth range (multipliers a year).
    pub growth_low: f64,
    pub growth_high: f64,
    pub at_low: f64,
    pub at_high: f64,
}

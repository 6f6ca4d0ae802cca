//! The named starting points: the article's two cases and what later reports
//! say happened. Every base is read from the dataset, so a corrected figure
//! flows through to the projections. A projection starts from a plausible
//! figure in either reading: an article figure the dataset corrects gives
//! its corrected value ([`Figure::projection_value`]), so "as printed"
//! changes what the article's figures show, never a base (Kuaishou's
//! printed 400–500 bn is more than the whole industry's 433.8 bn). The
//! numbers and where they come from are each series' row in `series.rs`.
//!
//! [`Figure::projection_value`]: crate::data::Figure::projection_value

use super::sanitize::{SEED_DEFAULT, phases_from};
use super::series::{FirstPhase, LaterEnd};
use super::{GrowthForm, Preset, SAMPLES_DEFAULT, Scenario, SeriesAssumption, SeriesId};
use crate::data::{Dataset, Reading};
use crate::model::TRILLION_BN;

/// A figure's (low, high) as `edition` reads it for a projection, article
/// or later: today the corrected value of an article figure in either
/// reading; under format v1 the value under `reading`.
fn figure(
    ds: &Dataset,
    id: &str,
    later: bool,
    reading: Reading,
    edition: Edition,
) -> Option<(f64, f64)> {
    if later {
        ds.later_figure(id).map(|f| (f.low, f.high))
    } else {
        ds.figure(id).map(|f| match edition {
            Edition::Current => f.projection_value(),
            Edition::LinkV1 => f.value(reading),
        })
    }
}

/// One end of an amount read from a later report, or its hard-coded
/// fallback when the dataset lacks the figure.
fn later_end(ds: &Dataset, end: &LaterEnd) -> f64 {
    ds.later_figure(end.id)
        .map_or(end.fallback, |f| f.low / end.divide_by)
}

/// Which definition of the presets: today's, or the one share links of
/// format v1 were written against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Edition {
    /// Article figures read as a projection reads them, corrected in either
    /// reading ([`crate::data::Figure::projection_value`]).
    Current,
    /// Every series' base from its own source under the link's reading
    /// (Kuaishou 450 bn as printed), as before projections started from the
    /// corrected figure in either reading and "what happened" took
    /// Kuaishou's from its prospectus ([`Scenario::preset_link_v1`]).
    LinkV1,
}

/// Series `id` under preset `p`: the base is its source's midpoint as
/// `edition` reads it (the preset's own source if it names one and it is in
/// the dataset, else the series'; the row's `default_base` when the dataset
/// lacks that too), the growths the row's, with the first phase's read as
/// the row says.
fn preset_series(
    ds: &Dataset,
    id: SeriesId,
    p: Preset,
    reading: Reading,
    edition: Edition,
) -> SeriesAssumption {
    let def = id.def();
    let preset = def.presets.get(p);
    let own = preset
        .base
        .as_ref()
        .filter(|_| edition == Edition::Current)
        .and_then(|src| Some((src, figure(ds, src.id, src.later, reading, edition)?)));
    let (source, base) = match own {
        Some((src, (low, high))) => (src, (low + high) / 2.0),
        None => (
            &def.base,
            figure(ds, def.base.id, def.base.later, reading, edition)
                .map_or(def.default_base, |(low, high)| (low + high) / 2.0),
        ),
    };
    let mut growths = preset.growths;
    growths[0] = match &preset.first {
        FirstPhase::Table => growths[0],
        FirstPhase::Article(figure_id) => {
            figure(ds, figure_id, false, reading, edition).unwrap_or(growths[0])
        }
        FirstPhase::Reached { low, high } => {
            (later_end(ds, low) / base, later_end(ds, high) / base)
        }
    };
    SeriesAssumption {
        id,
        base,
        base_source: source.id.to_string(),
        phases: phases_from(growths),
        form: GrowthForm::default(),
    }
}

impl Scenario {
    /// The assumptions of a named preset, with every base from the dataset:
    /// industry 433.8 bn (`industry-2019`), Douyin 180 (`douyin-gmv-2019`),
    /// Douyin live 10 (`douyin-live-gmv-2019`), Kuaishou the midpoint of
    /// `kuaishou-gmv-2019` as corrected (45: the printed 400–500 bn is more
    /// than the whole industry) in the article's cases and its prospectus's
    /// 59.6 in "what happened" (`kuaishou-2019-prospectus`), in either
    /// `reading` (which changes only what the article's figures show, so a
    /// preset is the same in both), and Taobao Live 225, the
    /// midpoint of the later report's 200–250 (`taobao-live-2019`). The
    /// growth ranges and where they come from are
    /// documented on each series' row (`SeriesId::def`); `ArticleHigh`
    /// differs only in Douyin live's 2020, ×10–12
    /// (`douyin-live-2020-scenario-high`). `Custom` gives `ArticleLow`: the
    /// UI keeps the user's own set itself. A figure missing from the dataset
    /// falls back to the same number hard-coded in the row.
    pub fn preset(ds: &Dataset, p: Preset, reading: Reading) -> Scenario {
        Self::preset_in(ds, p, reading, Edition::Current)
    }

    /// The presets as share links of format v1 were written against, which
    /// a v1 link that names a preset still opens exactly: every series'
    /// base from its own source under `reading`, so Kuaishou starts from
    /// `kuaishou-gmv-2019` as the link reads it (450 printed, 45
    /// corrected) in every preset, "what happened" too, with its 2020
    /// growth computed from that base. The same as [`Scenario::preset`]
    /// for every other series, and for Kuaishou in the article's cases read
    /// as corrected.
    pub fn preset_link_v1(ds: &Dataset, p: Preset, reading: Reading) -> Scenario {
        Self::preset_in(ds, p, reading, Edition::LinkV1)
    }

    fn preset_in(ds: &Dataset, p: Preset, reading: Reading, edition: Edition) -> Scenario {
        let mut s = Scenario {
            series: SeriesId::ALL
                .iter()
                .map(|&id| preset_series(ds, id, p, reading, edition))
                .collect(),
            level: ds
                .figure("industry-trillion")
                .map_or(TRILLION_BN, |f| f.low),
            samples: SAMPLES_DEFAULT,
            seed: SEED_DEFAULT,
        };
        // A dataset edited into nonsense still gives a usable scenario.
        let _notes = s.sanitize();
        s
    }
}

//! The named starting points: the article's two cases and what later reports
//! say happened. Every base is read from the dataset, so a corrected figure
//! flows through to the projections. A projection starts from a plausible
//! figure in either reading: an article figure the dataset corrects gives
//! its corrected value ([`Figure::projection_value`]), so "as printed"
//! changes what the article's figures show, never a base (Kuaishou's
//! printed 400–500 bn is more than the whole industry's 433.8 bn). The
//! article cases' numbers and where they come from are each series' row in
//! `series.rs`; "what happened" is fitted from later reports in `fit.rs`.
//!
//! [`Figure::projection_value`]: crate::data::Figure::projection_value

use super::fit;
use super::frozen;
use super::sanitize::{SEED_DEFAULT, phases_from};
use super::series::{BaseSource, FirstPhase};
use super::{GrowthForm, Preset, SAMPLES_DEFAULT, Scenario, SeriesAssumption, SeriesId};
use crate::data::{Dataset, Reading};
use crate::model::TRILLION_BN;

/// A figure's (low, high) as `edition` reads it for a projection, article
/// or later: the corrected value of an article figure in either reading;
/// under format v1 the value under `reading`.
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
            Edition::Current | Edition::LinkV2 => f.projection_value(),
            Edition::LinkV1 => f.value(reading),
        })
    }
}

/// Which definition of the presets: today's, or one that share links of an
/// older format were written against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edition {
    /// Article figures read as a projection reads them, corrected in either
    /// reading ([`crate::data::Figure::projection_value`]); "what happened"
    /// fitted from later reports (`scenario::fit`).
    Current,
    /// As format v2 links were written: today's article cases, and "what
    /// happened" with the growths typed then (`scenario::frozen`),
    /// Kuaishou from its prospectus ([`Scenario::preset_link_v2`]).
    LinkV2,
    /// Every series' base from its own source under the link's reading
    /// (Kuaishou 450 bn as printed), as before projections started from the
    /// corrected figure in either reading and "what happened" took
    /// Kuaishou's from its prospectus ([`Scenario::preset_link_v1`]); "what
    /// happened"'s growths as v2's.
    LinkV1,
}

/// Series `id` under preset `p`: the base is its source's midpoint as
/// `edition` reads it (the preset's own source if it names one and it is in
/// the dataset, else the series'; the row's `default_base` when the dataset
/// lacks that too); the article cases' growths are the row's, with the
/// first phase's read as the row says; "what happened"'s are `fitted`
/// (today) or the frozen ones (older links).
fn preset_series(
    ds: &Dataset,
    id: SeriesId,
    p: Preset,
    reading: Reading,
    edition: Edition,
    fitted: Option<&fit::Fitted>,
) -> SeriesAssumption {
    let def = id.def();
    let own: Option<&BaseSource> = match p {
        Preset::WhatHappened if edition != Edition::LinkV1 => {
            def.presets.what_happened.base.as_ref()
        }
        _ => None,
    };
    let own = own.and_then(|src| Some((src, figure(ds, src.id, src.later, reading, edition)?)));
    let (source, base) = match own {
        Some((src, (low, high))) => (src, (low + high) / 2.0),
        None => (
            &def.base,
            figure(ds, def.base.id, def.base.later, reading, edition)
                .map_or(def.default_base, |(low, high)| (low + high) / 2.0),
        ),
    };
    let growths = match (def.presets.article(p), edition) {
        (Some(preset), _) => {
            let mut growths = preset.growths;
            if let FirstPhase::Article(figure_id) = preset.first {
                growths[0] = figure(ds, figure_id, false, reading, edition).unwrap_or(growths[0]);
            }
            growths
        }
        (None, Edition::Current) => fitted
            .and_then(|f| f.growths(id))
            .unwrap_or(def.presets.article_low.growths),
        (None, Edition::LinkV1 | Edition::LinkV2) => {
            let old = frozen::what_happened(id);
            let mut growths = old.growths;
            if let Some((low, high)) = old.reached_2020 {
                growths[0] = (low / base, high / base);
            }
            growths
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
    /// article cases' growth ranges and where they come from are
    /// documented on each series' row (`SeriesId::def`); "what happened"'s
    /// are fitted from later reports (`scenario::fit::what_happened`), with
    /// the row's stated assumption where no report gives one; `ArticleHigh`
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

    /// The presets as share links of format v2 were written against, which
    /// a v2 link still opens exactly: the same as [`Scenario::preset`] but
    /// for "what happened", whose growths were typed by hand then and are
    /// fitted from later reports now (`scenario::frozen` keeps v2's).
    pub fn preset_link_v2(ds: &Dataset, p: Preset, reading: Reading) -> Scenario {
        Self::preset_in(ds, p, reading, Edition::LinkV2)
    }

    fn preset_in(ds: &Dataset, p: Preset, reading: Reading, edition: Edition) -> Scenario {
        let fitted = (p == Preset::WhatHappened && edition == Edition::Current)
            .then(|| fit::what_happened(ds));
        let mut s = Scenario {
            series: SeriesId::ALL
                .iter()
                .map(|&id| preset_series(ds, id, p, reading, edition, fitted.as_ref()))
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

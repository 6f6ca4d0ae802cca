//! The named starting points: the article's two cases and what later reports
//! say happened. Every base is read from the dataset, so a corrected figure
//! or a changed reading flows through to the projections.

use super::sanitize::{SEED_DEFAULT, phases_from};
use super::{GrowthForm, Preset, SAMPLES_DEFAULT, Scenario, SeriesAssumption, SeriesId};
use crate::data::{Dataset, Reading};
use crate::model::TRILLION_BN;

/// Yearly growth (low, high) for the phases 2020, 2021–2022 and 2023–2030.
type Growths = [(f64, f64); 3];

/// The article's low case. The article forecasts only 2020, so later phases
/// are this app's, chosen so that the article's "trillion level" is reached:
/// - Industry: 2020 ×2 (`industry-2020-doubling`, "expected to double");
///   2021–2022 ×1.15–1.6 and 2023–2030 ×1.05–1.35, so even at the low ends
///   867.6 bn × 1.15² passes a trillion in 2022.
/// - Douyin, all e-commerce: 2020 ×1.25–2.0: its live stream alone (×5–6 on
///   10 bn) adds 40–50 bn to 180 bn (×1.25), up to the industry's doubling.
/// - Douyin live: 2020 ×5–6 (`douyin-live-2020-scenario-low`); 2021–2022
///   ×1.3–2.5, still above the industry as it catches up, then as the industry.
/// - Kuaishou and Taobao Live: 2020 ×1.5–2.5 around the industry's doubling
///   (a platform can gain or lose share), then as the industry.
const ARTICLE_LOW: [(SeriesId, Growths); 5] = [
    (SeriesId::Industry, [(2.0, 2.0), (1.15, 1.6), (1.05, 1.35)]),
    (
        SeriesId::DouyinTotal,
        [(1.25, 2.0), (1.15, 1.6), (1.05, 1.35)],
    ),
    (SeriesId::DouyinLive, [(5.0, 6.0), (1.3, 2.5), (1.05, 1.35)]),
    (SeriesId::Kuaishou, [(1.5, 2.5), (1.15, 1.6), (1.05, 1.35)]),
    (
        SeriesId::TaobaoLive,
        [(1.5, 2.5), (1.15, 1.6), (1.05, 1.35)],
    ),
];

/// What later reports say happened (`static/data/later.json`), as ranges that
/// cover the figures. The 2023–2030 phase runs past the last figure (2024):
/// its low end is a saturating market (online retail grew 11% in 2023,
/// `online-retail-2023`; 100EC's industry 8.3% in 2024, `100ec-2024`), its
/// high end the pace seen in 2023–2024.
/// - Industry: publishers' definitions differ, so each range covers them.
///   2020 ×2.2–3.0: iiMedia's own 961 bn (×2.22 on its 433.8), KPMG and
///   AliResearch's 1,050 (×2.42), Askci's 1,288.1 (×2.97). 2021–2022
///   ×1.4–2.1: Qianzhan's 2,361.5 bn for 2021 (×1.83 on Askci's 2020) and
///   100EC's about 4,920 bn for 2023, ×1.44 a year from Qianzhan's 2021.
///   2023–2030 ×1.05–1.35: MOFCOM +58.9% (2023, Jan–Oct) and 100EC +8.3%
///   (2024) average ×1.31 a year.
/// - Douyin, all e-commerce: 2020 ×2.75–3.3: "over 500 billion", "more than
///   tripled" (LatePost, `douyin-2020`; 500 / 180 = 2.78). 2021–2022
///   ×1.5–2.0: 800 bn in 2021 (×1.6, `douyin-2021`, disputed), and 2023's
///   2,200–2,700 bn at about +60% puts 2022 at 1,375–1,690 bn (×1.7–2.1 on
///   2021). 2023–2030 ×1.05–1.5: +60% in 2023, 3,500 bn in 2024 (×1.3–1.6).
/// - Douyin live: no later figure for live alone. 2020 ×5–12 spans both of
///   the article's forecasts (about 100 bn of Douyin's own-store GMV in 2020,
///   `douyin-2020`, fits the high one); later phases as Douyin's total, as
///   its e-commerce became live-led.
/// - Kuaishou (one publisher, the company): 2020 brings the base to
///   332.68–381.2 bn (`kuaishou-2020-11m`, eleven months, and
///   `kuaishou-2021`'s 680 bn at +78.4%), so its multiplier is computed from
///   the base under the reading (×7.4–8.5 on 45 bn corrected, ×0.74–0.85 on
///   450 bn as printed). 2021–2022 ×1.3–2.0: ×1.78 (2021), ×1.33 (2022,
///   901.2 bn); one rate serves both years, so the range is wide enough for
///   2021's 680 bn to fall inside the 90% band. 2023–2030 ×1.05–1.35: ×1.31
///   in 2023 (1,184.4 bn).
/// - Taobao Live: 2020 ×1.6–2.0: "over 400 billion" (Alibaba,
///   `taobao-live-2020`) on a 2019 base of 200–250 bn. No later figure: an
///   assumption, not a fit, of ×1.0–1.5 (2021–2022) and ×1.0–1.2 (2023–2030),
///   slower than the industry as Douyin and Kuaishou took share.
const WHAT_HAPPENED: [(SeriesId, Growths); 5] = [
    (SeriesId::Industry, [(2.2, 3.0), (1.4, 2.1), (1.05, 1.35)]),
    (
        SeriesId::DouyinTotal,
        [(2.75, 3.3), (1.5, 2.0), (1.05, 1.5)],
    ),
    (SeriesId::DouyinLive, [(5.0, 12.0), (1.5, 2.0), (1.05, 1.5)]),
    // 2020 replaced by the range computed from the base (see above).
    (SeriesId::Kuaishou, [(7.4, 8.5), (1.3, 2.0), (1.05, 1.35)]),
    (SeriesId::TaobaoLive, [(1.6, 2.0), (1.0, 1.5), (1.0, 1.2)]),
];

/// Kuaishou's 2020 GMV, billion yuan: eleven months' 332.68 (a floor for the
/// year) to 2021's 680 divided by its +78.4% growth.
const KUAISHOU_2020: (f64, f64) = (332.68, 680.0 / 1.784);
/// Kuaishou's 2021 growth as reported beside `kuaishou-2021`.
const KUAISHOU_2021_GROWTH: f64 = 1.784;

/// Where each series' base comes from: dataset id and whether it is a later
/// figure rather than one of the article's.
fn base_source(id: SeriesId) -> (&'static str, bool) {
    match id {
        SeriesId::Industry => ("industry-2019", false),
        SeriesId::DouyinTotal => ("douyin-gmv-2019", false),
        SeriesId::DouyinLive => ("douyin-live-gmv-2019", false),
        SeriesId::Kuaishou => ("kuaishou-gmv-2019", false),
        SeriesId::TaobaoLive => ("taobao-live-2019", true),
    }
}

/// A figure's (low, high) under the reading, article or later.
fn figure(ds: &Dataset, id: &str, later: bool, reading: Reading) -> Option<(f64, f64)> {
    if later {
        ds.later_figure(id).map(|f| (f.low, f.high))
    } else {
        ds.figure(id).map(|f| f.value(reading))
    }
}

/// The article's figure as (low, high), if it is in the dataset.
fn article(ds: &Dataset, id: &str, reading: Reading) -> Option<(f64, f64)> {
    figure(ds, id, false, reading)
}

impl Scenario {
    /// The assumptions of a named preset, with every base from the dataset:
    /// industry 433.8 bn (`industry-2019`), Douyin 180 (`douyin-gmv-2019`),
    /// Douyin live 10 (`douyin-live-gmv-2019`), Kuaishou the midpoint of
    /// `kuaishou-gmv-2019` under `reading` (450 printed, 45 corrected), and
    /// Taobao Live 225, the midpoint of the later report's 200–250
    /// (`taobao-live-2019`). The growth ranges and where they come from are
    /// documented on `ARTICLE_LOW` and `WHAT_HAPPENED` in this module;
    /// `ArticleHigh` differs only in Douyin live's 2020, ×10–12
    /// (`douyin-live-2020-scenario-high`). `Custom` gives `ArticleLow`: the
    /// UI keeps the user's own set itself. A figure missing from the dataset
    /// falls back to the same number hard-coded.
    pub fn preset(ds: &Dataset, p: Preset, reading: Reading) -> Scenario {
        let table = match p {
            Preset::WhatHappened => &WHAT_HAPPENED,
            Preset::ArticleLow | Preset::ArticleHigh | Preset::Custom => &ARTICLE_LOW,
        };
        let fallback = Scenario::default();
        let mut series = Vec::with_capacity(table.len());
        for &(id, growths) in table {
            let (source, later) = base_source(id);
            let fallback_base = fallback.get(id).map_or(1.0, |s| s.base);
            let base = figure(ds, source, later, reading)
                .map_or(fallback_base, |(low, high)| (low + high) / 2.0);
            let mut growths = growths;
            match (p, id) {
                (Preset::ArticleLow | Preset::ArticleHigh | Preset::Custom, SeriesId::Industry) => {
                    if let Some(g) = article(ds, "industry-2020-doubling", reading) {
                        growths[0] = g;
                    }
                }
                (Preset::ArticleLow | Preset::Custom, SeriesId::DouyinLive) => {
                    if let Some(g) = article(ds, "douyin-live-2020-scenario-low", reading) {
                        growths[0] = g;
                    }
                }
                (Preset::ArticleHigh, SeriesId::DouyinLive) => {
                    growths[0] = article(ds, "douyin-live-2020-scenario-high", reading)
                        .unwrap_or((10.0, 12.0));
                }
                (Preset::WhatHappened, SeriesId::Kuaishou) => {
                    let low = ds
                        .later_figure("kuaishou-2020-11m")
                        .map_or(KUAISHOU_2020.0, |f| f.low);
                    let high = ds
                        .later_figure("kuaishou-2021")
                        .map_or(KUAISHOU_2020.1, |f| f.low / KUAISHOU_2021_GROWTH);
                    growths[0] = (low / base, high / base);
                }
                _ => {}
            }
            series.push(SeriesAssumption {
                id,
                base,
                base_source: source.to_string(),
                phases: phases_from(growths),
                form: GrowthForm::default(),
            });
        }
        let mut s = Scenario {
            series,
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

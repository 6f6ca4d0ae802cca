//! One row per scenario series: every fact the app keeps about a series (its
//! names, where its base comes from, which later reports measure it, and the
//! presets' growths) in one `static`, reached through [`SeriesId::def`].
//!
//! Adding a series is a new variant of [`SeriesId`] and one row here; the
//! exhaustive `match` in [`SeriesId::def`] makes the compiler point at a
//! missing row, where separate lookup tables used to fall back to base 1 and
//! growth ×1 without a word.

use super::{PHASES, Preset, SeriesId};
use crate::data::{LaterFigure, Unit};

/// Yearly growth (low, high) for each of [`PHASES`], in order. The length is
/// the number of phases, so a table that misses a phase does not compile.
pub type Growths = [(f64, f64); PHASES.len()];

/// Everything the app knows about one series.
#[derive(Debug, PartialEq)]
pub struct SeriesDef {
    /// The key in ids and share links ("douyin-live"); changing one breaks
    /// saved links.
    pub slug: &'static str,
    /// The series as a reader names it, an English key that `Locale::tr`
    /// translates.
    pub name: &'static str,
    /// The short name notes and link notices use ("Douyin live"), so that
    /// the bounds checks and the share link's notices read alike.
    pub short: &'static str,
    /// The dataset figure the presets take the base from.
    pub base: BaseSource,
    /// The base in billion yuan when the dataset cannot be had
    /// (`Scenario::default`): the base figure's midpoint under the corrected
    /// reading.
    pub default_base: f64,
    /// Which later reports measure the same thing as the series.
    pub later: LaterMatch,
    /// Each preset's growths.
    pub presets: SeriesPresets,
}

/// Where a series' base comes from.
#[derive(Debug, PartialEq)]
pub struct BaseSource {
    /// The figure's dataset id.
    pub id: &'static str,
    /// Whether the id is a later report's (`Dataset::later_figure`) rather
    /// than one of the article's (`Dataset::figure`).
    pub later: bool,
}

/// Which later figures measure a series, as plain data so a row stays
/// readable and comparable.
#[derive(Debug, PartialEq)]
pub enum LaterMatch {
    /// No later report gives this series.
    Nothing,
    /// Entity starts with `prefix` and amounts are in `unit`: a market whose
    /// publishers name it slightly differently.
    EntityPrefix { prefix: &'static str, unit: Unit },
    /// Entity is `entity` and the metric contains `metric_contains`.
    EntityMetric {
        entity: &'static str,
        metric_contains: &'static str,
    },
}

impl LaterMatch {
    /// Whether later figure `f` measures the series.
    pub fn matches(&self, f: &LaterFigure) -> bool {
        match *self {
            LaterMatch::Nothing => false,
            LaterMatch::EntityPrefix { prefix, unit } => {
                f.entity.starts_with(prefix) && f.unit == unit
            }
            LaterMatch::EntityMetric {
                entity,
                metric_contains,
            } => f.entity == entity && f.metric.contains(metric_contains),
        }
    }
}

/// A series' growths under each preset.
#[derive(Debug, PartialEq)]
pub struct SeriesPresets {
    /// The article's low case (also `Custom`'s starting point and
    /// `Scenario::default`'s growths).
    pub article_low: PresetDef,
    /// The article's high case.
    pub article_high: PresetDef,
    /// Fitted to what later reports say happened.
    pub what_happened: PresetDef,
}

impl SeriesPresets {
    /// The growths of preset `p`; `Custom` starts from the article's low case.
    pub fn get(&self, p: Preset) -> &PresetDef {
        match p {
            Preset::ArticleLow | Preset::Custom => &self.article_low,
            Preset::ArticleHigh => &self.article_high,
            Preset::WhatHappened => &self.what_happened,
        }
    }
}

/// One preset's base and growths for one series.
#[derive(Debug, PartialEq)]
pub struct PresetDef {
    /// Where this preset takes the base from when not from the series' own
    /// [`SeriesDef::base`]: "what happened" starts Kuaishou from its own
    /// prospectus figure. Read from the dataset by id; the series' own base
    /// when the dataset lacks it.
    pub base: Option<BaseSource>,
    /// Per phase (low, high); the first phase's is replaced as `first` says.
    pub growths: Growths,
    /// Where the first phase's growth (2020, the year the article forecasts)
    /// comes from.
    pub first: FirstPhase,
}

/// Where a preset's growth for the first phase comes from, so a corrected
/// figure or a changed reading flows through to the projections.
#[derive(Debug, PartialEq)]
pub enum FirstPhase {
    /// The table's (low, high).
    Table,
    /// An article figure that is a multiplier for 2020, (low, high) under
    /// the reading; the table's when the dataset lacks it.
    Article(&'static str),
    /// 2020's amount from later reports, each end divided by the base.
    Reached { low: LaterEnd, high: LaterEnd },
}

/// One end of a 2020 amount read from a later report.
#[derive(Debug, PartialEq)]
pub struct LaterEnd {
    /// The later figure's id; its `low` is read.
    pub id: &'static str,
    /// What the figure's `low` is divided by (a reported growth, to step
    /// back a year; 1 to take it as it is).
    pub divide_by: f64,
    /// Billion yuan when the dataset lacks the figure (the same number).
    pub fallback: f64,
}

/// Growth from 2021 in the article's cases: chosen so that even at the low
/// ends 867.6 bn × 1.15² passes a trillion in 2022.
const ARTICLE_LATER: [(f64, f64); 2] = [(1.15, 1.6), (1.05, 1.35)];

/// An article case: `first` for 2020, then [`ARTICLE_LATER`].
const fn article_case(first_growth: (f64, f64), first: FirstPhase) -> PresetDef {
    PresetDef {
        base: None,
        growths: [first_growth, ARTICLE_LATER[0], ARTICLE_LATER[1]],
        first,
    }
}

/// Kuaishou's 2021 growth as reported beside `kuaishou-2021`.
const KUAISHOU_2021_GROWTH: f64 = 1.784;

/// The article forecasts only 2020; later phases are this app's, chosen so
/// the article's "trillion level" is reached (see [`ARTICLE_LATER`]). 2020 is
/// ×2 (`industry-2020-doubling`, "expected to double").
///
/// What happened (`static/data/later.json`), as ranges that cover the
/// figures; publishers' definitions differ, so each range covers them.
/// 2020 ×2.2–3.0: iiMedia's own 961 bn (×2.22 on its 433.8), KPMG and
/// AliResearch's 1,050 (×2.42), Askci's 1,288.1 (×2.97). 2021–2022 ×1.4–2.1:
/// Qianzhan's 2,361.5 bn for 2021 (×1.83 on Askci's 2020) and 100EC's about
/// 4,920 bn for 2023, ×1.44 a year from Qianzhan's 2021. 2023–2030
/// ×1.05–1.35: MOFCOM +58.9% (2023, Jan–Oct) and 100EC +8.3% (2024) average
/// ×1.31 a year. The 2023–2030 phase of every series runs past the last
/// figure (2024): its low end is a saturating market (online retail grew 11%
/// in 2023, `online-retail-2023`; 100EC's industry 8.3% in 2024,
/// `100ec-2024`), its high end the pace seen in 2023–2024.
static INDUSTRY: SeriesDef = SeriesDef {
    slug: "industry",
    name: "Live-commerce industry",
    short: "Industry",
    base: BaseSource {
        id: "industry-2019",
        later: false,
    },
    default_base: 433.8,
    later: LaterMatch::EntityPrefix {
        prefix: "China live-stream e-commerce",
        unit: Unit::BillionCny,
    },
    presets: SeriesPresets {
        article_low: article_case((2.0, 2.0), FirstPhase::Article("industry-2020-doubling")),
        article_high: article_case((2.0, 2.0), FirstPhase::Article("industry-2020-doubling")),
        what_happened: PresetDef {
            base: None,
            growths: [(2.2, 3.0), (1.4, 2.1), (1.05, 1.35)],
            first: FirstPhase::Table,
        },
    },
};

/// Article: 2020 ×1.25–2.0: its live stream alone (×5–6 on 10 bn) adds
/// 40–50 bn to 180 bn (×1.25), up to the industry's doubling.
///
/// What happened: 2020 ×2.75–3.3: "over 500 billion", "more than tripled"
/// (LatePost, `douyin-2020`; 500 / 180 = 2.78). 2021–2022 ×1.5–2.0: 800 bn
/// in 2021 (×1.6, `douyin-2021`, disputed), and 2023's 2,200–2,700 bn at
/// about +60% puts 2022 at 1,375–1,690 bn (×1.7–2.1 on 2021). 2023–2030
/// ×1.05–1.5: +60% in 2023, 3,500 bn in 2024 (×1.3–1.6).
static DOUYIN_TOTAL: SeriesDef = SeriesDef {
    slug: "douyin",
    name: "Douyin, all e-commerce",
    short: "Douyin",
    base: BaseSource {
        id: "douyin-gmv-2019",
        later: false,
    },
    default_base: 180.0,
    later: LaterMatch::EntityMetric {
        entity: "Douyin",
        metric_contains: "GMV",
    },
    presets: SeriesPresets {
        article_low: article_case((1.25, 2.0), FirstPhase::Table),
        article_high: article_case((1.25, 2.0), FirstPhase::Table),
        what_happened: PresetDef {
            base: None,
            growths: [(2.75, 3.3), (1.5, 2.0), (1.05, 1.5)],
            first: FirstPhase::Table,
        },
    },
};

/// Article: 2020 ×5–6 (`douyin-live-2020-scenario-low`) or ×10–12
/// (`douyin-live-2020-scenario-high`); 2021–2022 ×1.3–2.5, still above the
/// industry as it catches up, then as the industry.
///
/// What happened: no later figure for live alone. 2020 ×5–12 spans both of
/// the article's forecasts (about 100 bn of Douyin's own-store GMV in 2020,
/// `douyin-2020`, fits the high one); later phases as Douyin's total, as its
/// e-commerce became live-led.
static DOUYIN_LIVE: SeriesDef = SeriesDef {
    slug: "douyin-live",
    name: "Douyin, live-stream e-commerce",
    short: "Douyin live",
    base: BaseSource {
        id: "douyin-live-gmv-2019",
        later: false,
    },
    default_base: 10.0,
    later: LaterMatch::Nothing,
    presets: SeriesPresets {
        article_low: PresetDef {
            base: None,
            growths: [(5.0, 6.0), (1.3, 2.5), ARTICLE_LATER[1]],
            first: FirstPhase::Article("douyin-live-2020-scenario-low"),
        },
        article_high: PresetDef {
            base: None,
            growths: [(10.0, 12.0), (1.3, 2.5), ARTICLE_LATER[1]],
            first: FirstPhase::Article("douyin-live-2020-scenario-high"),
        },
        what_happened: PresetDef {
            base: None,
            growths: [(5.0, 12.0), (1.5, 2.0), (1.05, 1.5)],
            first: FirstPhase::Table,
        },
    },
};

/// Article: 2020 ×1.5–2.5 around the industry's doubling (a platform can
/// gain or lose share), then as the industry. Its base is `kuaishou-gmv-2019`
/// as corrected, 45 bn, in either reading: the printed 400–500 bn is more
/// than the whole industry (share links of format v1 read it under the
/// link's reading, 450 as printed). Without the dataset, the same 45.
///
/// What happened (one publisher, the company): the base is Kuaishou's own
/// 2019 GMV, 59.6 bn from its prospectus (`kuaishou-2019-prospectus`), in
/// either reading. 2020 brings it to 332.68–381.2 bn (`kuaishou-2020-11m`,
/// eleven months, and `kuaishou-2021`'s 680 bn at +78.4%), so its
/// multiplier is computed from the base (×5.6–6.4). 2021–2022 ×1.3–2.0: ×1.78 (2021), ×1.33 (2022, 901.2 bn);
/// one rate serves both years, so the range is wide enough for 2021's 680 bn
/// to fall inside the 90% band. 2023–2030 ×1.05–1.35: ×1.31 in 2023
/// (1,184.4 bn).
static KUAISHOU: SeriesDef = SeriesDef {
    slug: "kuaishou",
    name: "Kuaishou, all e-commerce",
    short: "Kuaishou",
    base: BaseSource {
        id: "kuaishou-gmv-2019",
        later: false,
    },
    default_base: 45.0,
    later: LaterMatch::EntityMetric {
        entity: "Kuaishou",
        metric_contains: "GMV",
    },
    presets: SeriesPresets {
        article_low: article_case((1.5, 2.5), FirstPhase::Table),
        article_high: article_case((1.5, 2.5), FirstPhase::Table),
        what_happened: PresetDef {
            base: Some(BaseSource {
                id: "kuaishou-2019-prospectus",
                later: true,
            }),
            // 2020 replaced by the range computed from the base (see above).
            growths: [(5.6, 6.4), (1.3, 2.0), (1.05, 1.35)],
            first: FirstPhase::Reached {
                // Eleven months: a floor for the year.
                low: LaterEnd {
                    id: "kuaishou-2020-11m",
                    divide_by: 1.0,
                    fallback: 332.68,
                },
                // 2021's 680 bn divided by its +78.4%.
                high: LaterEnd {
                    id: "kuaishou-2021",
                    divide_by: KUAISHOU_2021_GROWTH,
                    fallback: 680.0 / KUAISHOU_2021_GROWTH,
                },
            },
        },
    },
};

/// The base is the later report's 200–250 bn (`taobao-live-2019`, midpoint
/// 225). Article: as Kuaishou.
///
/// What happened: 2020 ×1.6–2.0: "over 400 billion" (Alibaba,
/// `taobao-live-2020`) on a 2019 base of 200–250 bn. No later figure: an
/// assumption, not a fit, of ×1.0–1.5 (2021–2022) and ×1.0–1.2 (2023–2030),
/// slower than the industry as Douyin and Kuaishou took share.
static TAOBAO_LIVE: SeriesDef = SeriesDef {
    slug: "taobao-live",
    name: "Taobao Live",
    short: "Taobao Live",
    base: BaseSource {
        id: "taobao-live-2019",
        later: true,
    },
    default_base: 225.0,
    later: LaterMatch::EntityMetric {
        entity: "Taobao Live",
        metric_contains: "GMV",
    },
    presets: SeriesPresets {
        article_low: article_case((1.5, 2.5), FirstPhase::Table),
        article_high: article_case((1.5, 2.5), FirstPhase::Table),
        what_happened: PresetDef {
            base: None,
            growths: [(1.6, 2.0), (1.0, 1.5), (1.0, 1.2)],
            first: FirstPhase::Table,
        },
    },
};

impl SeriesId {
    /// The series' row. One exhaustive `match`, so a new series does not
    /// compile until it has one.
    pub fn def(self) -> &'static SeriesDef {
        match self {
            SeriesId::Industry => &INDUSTRY,
            SeriesId::DouyinTotal => &DOUYIN_TOTAL,
            SeriesId::DouyinLive => &DOUYIN_LIVE,
            SeriesId::Kuaishou => &KUAISHOU,
            SeriesId::TaobaoLive => &TAOBAO_LIVE,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::data::{Dataset, Reading};
    use crate::scenario::{GROWTH_MAX, GROWTH_MIN, Scenario};

    fn ds() -> &'static Dataset {
        Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
    }

    fn presets(def: &SeriesDef) -> [&PresetDef; 3] {
        let p = &def.presets;
        [&p.article_low, &p.article_high, &p.what_happened]
    }

    #[test]
    fn every_def_is_complete() {
        let ds = ds();
        let mut slugs = BTreeSet::new();
        let mut shorts = BTreeSet::new();
        for id in SeriesId::ALL {
            let d = id.def();
            assert!(!d.slug.is_empty() && !d.name.is_empty() && !d.short.is_empty());
            assert!(slugs.insert(d.slug), "{} used twice", d.slug);
            assert!(shorts.insert(d.short), "{} used twice", d.short);
            assert!(d.default_base.is_finite() && d.default_base > 0.0, "{id:?}");
            let found = if d.base.later {
                ds.later_figure(d.base.id).is_some()
            } else {
                ds.figure(d.base.id).is_some()
            };
            assert!(found, "{id:?}: base source {} not in dataset", d.base.id);
            for p in presets(d) {
                if let Some(b) = &p.base {
                    let found = if b.later {
                        ds.later_figure(b.id).is_some()
                    } else {
                        ds.figure(b.id).is_some()
                    };
                    assert!(found, "{id:?}: preset base {} not in dataset", b.id);
                }
                assert_eq!(p.growths.len(), PHASES.len());
                for (low, high) in p.growths {
                    assert!(
                        GROWTH_MIN <= low && low <= high && high <= GROWTH_MAX,
                        "{id:?}"
                    );
                }
                match &p.first {
                    FirstPhase::Table => {}
                    FirstPhase::Article(f) => assert!(ds.figure(f).is_some(), "{f}"),
                    FirstPhase::Reached { low, high } => {
                        for end in [low, high] {
                            assert!(ds.later_figure(end.id).is_some(), "{}", end.id);
                            assert!(end.divide_by > 0.0 && end.fallback > 0.0);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn defaults_are_the_datasets_corrected_low_case() {
        // `default_base` and the low case's growths are the dataset's under
        // the corrected reading, so the hard-coded default agrees with it.
        assert_eq!(
            Scenario::default(),
            Scenario::preset(ds(), Preset::ArticleLow, Reading::Corrected)
        );
    }

    #[test]
    fn later_reports_are_matched() {
        // Every series but Douyin's live stream has later figures, and no
        // figure measures two series.
        for id in SeriesId::ALL {
            let n = ds()
                .later
                .iter()
                .filter(|f| id.def().later.matches(f))
                .count();
            assert_eq!(n == 0, id == SeriesId::DouyinLive, "{id:?}: {n}");
        }
        for f in &ds().later {
            let n = SeriesId::ALL
                .iter()
                .filter(|id| id.def().later.matches(f))
                .count();
            assert!(n <= 1, "{}", f.id);
        }
    }
}

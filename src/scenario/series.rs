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
    /// Fitted to what later reports say happened (`scenario::fit`).
    pub what_happened: WhatHappened,
}

impl SeriesPresets {
    /// The growths of an article preset; `Custom` starts from the article's
    /// low case; `None` for "what happened", which is fitted
    /// (`scenario::fit`).
    pub fn article(&self, p: Preset) -> Option<&PresetDef> {
        match p {
            Preset::ArticleLow | Preset::Custom => Some(&self.article_low),
            Preset::ArticleHigh => Some(&self.article_high),
            Preset::WhatHappened => None,
        }
    }
}

/// One article preset's growths for one series.
#[derive(Debug, PartialEq)]
pub struct PresetDef {
    /// Per phase (low, high); the first phase's is replaced as `first` says.
    pub growths: Growths,
    /// Where the first phase's growth (2020, the year the article forecasts)
    /// comes from.
    pub first: FirstPhase,
}

/// Where an article preset's growth for the first phase comes from, so a
/// corrected figure or a changed reading flows through to the projections.
#[derive(Debug, PartialEq)]
pub enum FirstPhase {
    /// The table's (low, high): the app's own assumption.
    Table,
    /// An article figure that is a multiplier for 2020, (low, high) as a
    /// projection reads it; the table's when the dataset lacks it.
    Article(&'static str),
}

/// "What happened next" for one series: its growths are fitted from later
/// reports (`scenario::fit`), one publisher's figures at a time; `fallback`
/// says, per phase, what is assumed where no publisher gives two full-year
/// figures for it.
#[derive(Debug, PartialEq)]
pub struct WhatHappened {
    /// Where the preset takes the base from when not from the series' own
    /// [`SeriesDef::base`]: Kuaishou starts from its own prospectus figure,
    /// the first of the company's series the growths are fitted from. The
    /// series' own base when the dataset lacks it.
    pub base: Option<BaseSource>,
    /// Per phase, the stated assumption used where later reports give no
    /// growth.
    pub fallback: [Fallback; PHASES.len()],
}

/// What "what happened" assumes for a phase that no later report gives a
/// growth for (two full-year figures of one publisher).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fallback {
    /// The article's low case for the phase, widened to every platform's
    /// fitted growth in it: the industry holds the platforms, so it is
    /// assumed to grow at least within their range. The industry's.
    ArticleCaseWidened,
    /// As the industry in the phase: the platform keeps its share.
    AsIndustry,
    /// As another series in the phase.
    AsSeries(SeriesId),
    /// From the low end of one article figure (a 2020 multiplier) to the
    /// high end of another: both of the article's forecasts.
    ArticleSpan(&'static str, &'static str),
}

/// Growth from 2021 in the article's cases, the app's own assumption (the
/// article forecasts only 2020): chosen so that even at the low ends
/// 867.6 bn × 1.15² passes a trillion in 2022. Its 2023–2030 low end is
/// also "what happened"'s floor for a phase that runs past the last later
/// report (`scenario::fit::FLOOR`).
pub(crate) const ARTICLE_LATER: [(f64, f64); 2] = [(1.15, 1.6), (1.05, 1.35)];

/// An article case: `first` for 2020, then [`ARTICLE_LATER`].
const fn article_case(first_growth: (f64, f64), first: FirstPhase) -> PresetDef {
    PresetDef {
        growths: [first_growth, ARTICLE_LATER[0], ARTICLE_LATER[1]],
        first,
    }
}

/// "What happened" for a platform whose base is the series' own: fitted
/// where a publisher gives a growth, else as the industry (it keeps its
/// share).
const AS_INDUSTRY: WhatHappened = WhatHappened {
    base: None,
    fallback: [Fallback::AsIndustry; PHASES.len()],
};

/// The article forecasts only 2020; later phases are this app's, chosen so
/// the article's "trillion level" is reached (see [`ARTICLE_LATER`]). 2020 is
/// ×2 (`industry-2020-doubling`, "expected to double").
///
/// What happened: fitted (`scenario::fit`) from market-size figures of one
/// publisher at a time (iiMedia's 2019 and 2020 give 2020); no publisher
/// gives two full-year figures after 2020, so 2021–2022 and 2023–2030 are
/// the article's case widened to the platforms' fitted growths.
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
        what_happened: WhatHappened {
            base: None,
            fallback: [Fallback::ArticleCaseWidened; PHASES.len()],
        },
    },
};

/// Article: 2020 ×1.25–2.0, the app's assumption: its live stream alone
/// (×5–6 on 10 bn) adds 40–50 bn to 180 bn (×1.25), up to the industry's
/// doubling.
///
/// What happened: fitted from Douyin's GMV as one publisher reports it
/// (`scenario::fit`); the 2019 base is the article's, so 2020 has no
/// growth of one publisher and grows as the industry.
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
        what_happened: AS_INDUSTRY,
    },
};

/// Article: 2020 ×5–6 (`douyin-live-2020-scenario-low`) or ×10–12
/// (`douyin-live-2020-scenario-high`); 2021–2022 ×1.3–2.5, the app's
/// assumption, still above the industry as it catches up, then as the
/// industry.
///
/// What happened: no later figure for live alone (Douyin's own-store GMV
/// is not its live-stream GMV), so every phase is assumed: 2020 spans both
/// of the article's forecasts, later phases as Douyin's total, as its
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
            growths: [(5.0, 6.0), (1.3, 2.5), ARTICLE_LATER[1]],
            first: FirstPhase::Article("douyin-live-2020-scenario-low"),
        },
        article_high: PresetDef {
            growths: [(10.0, 12.0), (1.3, 2.5), ARTICLE_LATER[1]],
            first: FirstPhase::Article("douyin-live-2020-scenario-high"),
        },
        what_happened: WhatHappened {
            base: None,
            fallback: [
                Fallback::ArticleSpan(
                    "douyin-live-2020-scenario-low",
                    "douyin-live-2020-scenario-high",
                ),
                Fallback::AsSeries(SeriesId::DouyinTotal),
                Fallback::AsSeries(SeriesId::DouyinTotal),
            ],
        },
    },
};

/// Article: 2020 ×1.5–2.5 around the industry's doubling (a platform can
/// gain or lose share), then as the industry: the app's assumptions. Its
/// base is `kuaishou-gmv-2019` as corrected, 45 bn, in either reading: the
/// printed 400–500 bn is more than the whole industry (share links of
/// format v1 read it under the link's reading, 450 as printed). Without the
/// dataset, the same 45.
///
/// What happened: the base is Kuaishou's own 2019 GMV, 59.6 bn from its
/// prospectus (`kuaishou-2019-prospectus`), in either reading, and every
/// phase is fitted from the company's own yearly figures (`scenario::fit`).
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
        what_happened: WhatHappened {
            base: Some(BaseSource {
                id: "kuaishou-2019-prospectus",
                later: true,
            }),
            fallback: [Fallback::AsIndustry; PHASES.len()],
        },
    },
};

/// The base is the later report's 200–250 bn (`taobao-live-2019`, midpoint
/// 225). Article: as Kuaishou.
///
/// What happened: the 2019 range and Alibaba's 2020 figure come from
/// different publishers, so no phase has a growth of one publisher: as the
/// industry.
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
        what_happened: AS_INDUSTRY,
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

    fn presets(def: &SeriesDef) -> [&PresetDef; 2] {
        let p = &def.presets;
        [&p.article_low, &p.article_high]
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
            if let Some(b) = &d.presets.what_happened.base {
                let found = if b.later {
                    ds.later_figure(b.id).is_some()
                } else {
                    ds.figure(b.id).is_some()
                };
                assert!(found, "{id:?}: preset base {} not in dataset", b.id);
            }
            for f in d.presets.what_happened.fallback {
                match f {
                    Fallback::ArticleSpan(a, b) => {
                        assert!(ds.figure(a).is_some() && ds.figure(b).is_some(), "{a} {b}")
                    }
                    Fallback::AsSeries(other) => assert_ne!(other, id),
                    Fallback::AsIndustry => assert_ne!(id, SeriesId::Industry),
                    Fallback::ArticleCaseWidened => {}
                }
            }
            for p in presets(d) {
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

//! From the dataset and the user's assumptions to what the page shows: the
//! three charts' specs and the sentences beside them. The UI only renders
//! what this module returns.

pub mod basis;
pub mod compare;
mod edit;
pub mod events;
pub mod input;
mod keys;
pub(crate) mod later;
mod outcomes;
mod platforms;
pub mod swing;
pub mod tables;
pub mod tips;

pub use crate::charts::to_display;
pub use crate::panels::{Panel, PanelId};
pub use crate::scenario::{
    Assumptions, Bounds, DOUYIN_MULTIPLIER, GROWTH_2020, GROWTH_LATER, PageSettings,
};
pub use edit::Edit;
pub use keys::{KeyNumbers, KeyRow};
pub use later::publisher_in as later_publisher;
pub use outcomes::panel as outcomes_panel;
pub use platforms::{panel as platforms_panel, series_slugs as platform_slugs};
pub use swing::swing_label;
pub use tables::Table;

use crate::charts::DouyinChart;
use crate::data::{Dataset, Figure, Unit};
use crate::format;
use crate::locale::Locale;
use crate::model::{self, Crossing, Range};
use crate::panels::Inputs;
use crate::scenario::McResult;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Dataset ids this module reads.
pub mod ids {
    pub const INDUSTRY_2019: &str = "industry-2019";
    pub const INDUSTRY_DOUBLING: &str = "industry-2020-doubling";
    pub const INDUSTRY_TRILLION: &str = "industry-trillion";
    pub const DOUYIN_GMV: &str = "douyin-gmv-2019";
    pub const DOUYIN_LIVE_GMV: &str = "douyin-live-gmv-2019";
    pub const KUAISHOU_GMV: &str = "kuaishou-gmv-2019";
    pub const SCENARIO_LOW: &str = "douyin-live-2020-scenario-low";
    pub const SCENARIO_HIGH: &str = "douyin-live-2020-scenario-high";
}

/// A figure the views need is missing from the dataset, or in the wrong unit.
#[derive(Clone, Debug, PartialEq)]
pub struct MissingFigure(pub String);

impl std::fmt::Display for MissingFigure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the dataset lacks the figure '{}'", self.0)
    }
}

/// Everything the page shows for one set of assumptions.
#[derive(Clone, Debug, PartialEq)]
pub struct Views {
    /// Every panel of [`PanelId::ALL`] that has something to show; shared
    /// (`Rc`), so a card takes its panel without copying its table.
    pub panels: BTreeMap<PanelId, Rc<Panel>>,
    /// Growth rates, crossing years and shares for every series.
    pub keys: KeyNumbers,
    /// E.g. "The industry passes 1 trillion yuan in 2021."
    pub crossing_sentence: String,
    /// The projected industry size in the last year, billion yuan.
    pub industry_last: (i32, f64),
    /// The user's Douyin live GMV for the year after the base, billion yuan.
    pub douyin_user_value: f64,
    /// Where the user's Douyin value sits against the article's forecasts.
    pub douyin_sentence: String,
}

impl Views {
    /// A panel, if it has something to show.
    pub fn panel(&self, id: PanelId) -> Option<&Panel> {
        self.panels.get(&id).map(|p| &**p)
    }
}

/// `views[PanelId::Gmv]`, for code that knows the panel is always built
/// (tests, benches); panics like a map's index when it is not.
impl std::ops::Index<PanelId> for Views {
    type Output = Panel;

    fn index(&self, id: PanelId) -> &Panel {
        match self.panels.get(&id) {
            Some(p) => p,
            None => panic!("panel {} has nothing to show", id.slug()),
        }
    }
}

/// A figure the views need, in the unit they expect.
pub(crate) fn figure<'a>(
    ds: &'a Dataset,
    id: &str,
    unit: Unit,
) -> Result<&'a Figure, MissingFigure> {
    ds.figure(id)
        .filter(|f| f.unit == unit)
        .ok_or_else(|| MissingFigure(id.to_string()))
}

/// The crossing as a label: "Passes 1 trillion yuan in 2021".
pub fn crossing_label(l: &Locale, c: Option<Crossing>, level_name: &str) -> String {
    crate::charts::crossing_text(l, c, level_name)
}

/// The level's name in the reader's units: 1000 billion yuan is "1 trillion
/// yuan", "1万亿元", "145 billion US dollars".
pub fn level_name(l: &Locale, level_bn: f64) -> String {
    l.level_name(level_bn)
}

/// "Your ×8 gives 80 bn yuan in 2020: between the article's forecasts."
fn douyin_sentence(l: &Locale, c: &DouyinChart) -> String {
    l.trf(
        "Your {} gives {} in {}: {}.",
        &[
            &format::multiplier(c.user_multiplier),
            &l.money(l.from_display(c.user_value())),
            &(c.base_year + 1),
            &douyin_position(l, c),
        ],
    )
}

/// Where the user's Douyin value sits against the article's forecasts:
/// "within the article's 5–6× forecast", "between the article's two
/// forecasts". Only ratios matter, so the chart's units do not.
pub fn douyin_position(l: &Locale, c: &DouyinChart) -> String {
    let value = c.user_value();
    let ranges: Vec<Range> = c
        .scenarios
        .iter()
        .map(|s| s.multiplier.scaled(c.base))
        .collect();
    let lowest = ranges.iter().map(|r| r.low).fold(f64::INFINITY, f64::min);
    let highest = ranges.iter().map(|r| r.high).fold(0.0, f64::max);
    if let Some((i, _)) = ranges
        .iter()
        .enumerate()
        .find(|(_, r)| value >= r.low && value <= r.high)
    {
        l.trf("within the article's {} forecast", &[&c.scenarios[i].label])
    } else if value < lowest {
        l.tr("below both of the article's forecasts").to_string()
    } else if value > highest {
        l.tr("above both of the article's forecasts").to_string()
    } else {
        l.tr("between the article's two forecasts").to_string()
    }
}

/// The crossing as a sentence: "The industry passes 1 trillion yuan in 2021."
pub fn crossing_sentence(l: &Locale, c: Option<Crossing>, level_name: &str) -> String {
    match c {
        Some(Crossing::In { year, .. }) => {
            l.trf("The industry passes {} in {}.", &[&level_name, &year])
        }
        Some(Crossing::Already { year }) => l.trf(
            "The industry is already above {} in {}.",
            &[&level_name, &year],
        ),
        Some(Crossing::NotBy { year }) => l.trf(
            "The industry does not reach {} by {}.",
            &[&level_name, &year],
        ),
        None => String::new(),
    }
}

/// Builds every view from the dataset, (already checked) assumptions and the
/// Monte Carlo result for exactly these assumptions, if there is one, in the
/// reader's language and units: chart specs and tables hold display-unit
/// numbers ([`Locale::display`]); `industry_last` and `douyin_user_value`
/// stay in billion yuan.
pub fn build(
    ds: &Dataset,
    a: &Assumptions,
    mc: Option<&McResult>,
    l: &Locale,
) -> Result<Views, MissingFigure> {
    build_reusing(ds, a, mc, l, None, &|_| None)
}

/// [`build`], taking the panels that do not follow the scenario from
/// `same_reading`: views built for the same dataset, reading and locale
/// (the caller's promise). A slider step then rebuilds only what it moves.
/// `built` gives a panel already built for exactly these inputs (a chart
/// drawn before the rest of the page, see `ui::store`), or `None` to build
/// it here.
pub fn build_reusing(
    ds: &Dataset,
    a: &Assumptions,
    mc: Option<&McResult>,
    l: &Locale,
    same_reading: Option<&Views>,
    built: &dyn Fn(PanelId) -> Option<Option<Rc<Panel>>>,
) -> Result<Views, MissingFigure> {
    let cx = Inputs { ds, a, mc, l };
    let mut panels = BTreeMap::new();
    for id in PanelId::ALL {
        let kept = same_reading
            .filter(|_| !id.follows_scenario())
            .map(|v| v.panels.get(&id).cloned())
            .or_else(|| built(id));
        match kept {
            Some(Some(p)) => {
                panels.insert(id, p);
            }
            Some(None) => {}
            None => {
                if let Some(p) = id.build(&cx)? {
                    panels.insert(id, Rc::new(p));
                }
            }
        }
    }
    let level = cx.level();
    let name = level_name(l, level);
    let series = crate::panels::industry_projection(&cx);
    let last = series
        .last()
        .map_or((model::LAST_YEAR, f64::NAN), |p| (p.year, p.value));
    let mut douyin = crate::panels::douyin_chart(&cx)?;
    let douyin_user_value = douyin.user_value();
    crate::charts::Chart::to_display(&mut douyin, l);
    Ok(Views {
        panels,
        keys: keys::key_numbers(ds, a, level, &name, l),
        crossing_sentence: crossing_sentence(l, model::crossing(&series, level), &name),
        industry_last: last,
        douyin_user_value,
        douyin_sentence: douyin_sentence(l, &douyin),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::ChartSpec;
    use crate::data::Reading;
    use crate::scenario::Preset;
    use crate::scenario::SeriesId;

    fn dataset() -> &'static Dataset {
        match Dataset::embedded() {
            Ok(ds) => ds,
            Err(e) => panic!("embedded dataset: {e}"),
        }
    }

    fn views(a: &Assumptions) -> Views {
        build(dataset(), a, None, &Locale::en()).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_article_preset_doubles_then_crosses_in_2021() {
        let ds = dataset();
        let a = Assumptions::article(ds);
        assert_eq!(a.median(SeriesId::Industry, 0), 2.0);
        let v = views(&a);
        assert_eq!(
            v.crossing_sentence,
            "The industry passes 1 trillion yuan in 2021."
        );
        // Douyin live starts at the article's 10 bn and grows within 5-6x.
        assert!(
            (50.0..=60.0).contains(&v.douyin_user_value),
            "{}",
            v.douyin_user_value
        );
        assert!(
            v.douyin_sentence
                .contains("within the article's 5–6× forecast"),
            "{}",
            v.douyin_sentence
        );
        assert_eq!(v.industry_last.0, 2030);
        // Corrected by default: Kuaishou's 40–50 bn, below Douyin's 180.
        match &v[PanelId::Gmv].spec {
            ChartSpec::Gmv(g) => {
                assert_eq!(g.bars[0].id, "douyin-gmv-2019");
                assert_eq!(g.bars[1].id, "kuaishou-gmv-2019");
                assert_eq!(g.bars[1].value, Range::new(40.0, 50.0));
                assert_eq!(g.bars.len(), 3);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn sliders_move_the_crossing_year() {
        let ds = dataset();
        let mut a = Assumptions::article(ds);
        a.set_median(SeriesId::Industry, 1, 1.0, GROWTH_LATER);
        a.set_median(SeriesId::Industry, 2, 1.0, GROWTH_LATER);
        assert_eq!(a.preset, Preset::Custom);
        assert_eq!(
            views(&a).crossing_sentence,
            "The industry does not reach 1 trillion yuan by 2030."
        );
        a.set_median(SeriesId::Industry, 0, 2.5, GROWTH_2020);
        assert_eq!(
            views(&a).crossing_sentence,
            "The industry passes 1 trillion yuan in 2020."
        );
    }

    #[test]
    fn absurd_slider_values_are_clamped_with_notes() {
        let ds = dataset();
        let mut a = Assumptions::article(ds);
        assert!(
            a.set_median(SeriesId::Industry, 0, f64::NAN, GROWTH_2020)
                .is_some()
        );
        assert_eq!(a.median(SeriesId::Industry, 0), 2.0);
        assert!(
            a.set_median(SeriesId::Industry, 1, 1e9, GROWTH_LATER)
                .is_some()
        );
        // A range's ends keep six significant digits, so its median is the
        // bound to about one part in a million.
        assert!((a.median(SeriesId::Industry, 1) / GROWTH_LATER.max - 1.0).abs() < 1e-5);
        assert!(
            a.set_median(SeriesId::DouyinLive, 0, -3.0, DOUYIN_MULTIPLIER)
                .is_some()
        );
        assert!((a.median(SeriesId::DouyinLive, 0) / DOUYIN_MULTIPLIER.min - 1.0).abs() < 1e-5);
        let (_, notes) = Assumptions::article(ds).checked();
        assert!(notes.is_empty(), "{notes:?}");
    }

    #[test]
    fn switching_presets_keeps_the_users_own_set() {
        let ds = dataset();
        let mut a = Assumptions::article(ds);
        a.set_median(SeriesId::Kuaishou, 1, 1.7, GROWTH_LATER);
        let mine = a.scenario.clone();
        a.select_preset(ds, Preset::WhatHappened);
        assert_ne!(a.scenario, mine);
        a.select_preset(ds, Preset::ArticleHigh);
        a.select_preset(ds, Preset::Custom);
        assert_eq!(a.scenario, mine);
    }

    /// The reading changes what the article's figures show, not where a
    /// projection starts: Kuaishou grows from its corrected 45 bn in
    /// either reading, and a base at the printed 450 bn (a v1 link read as
    /// printed) moves to it at the first switch.
    #[test]
    fn the_reading_leaves_bases_at_the_corrected_figure() {
        let ds = dataset();
        let kuaishou = |a: &Assumptions| a.scenario.get(SeriesId::Kuaishou).map(|s| s.base);
        let mut a = Assumptions::article(ds);
        assert_eq!(a.reading, Reading::Corrected);
        assert_eq!(kuaishou(&a), Some(45.0));
        a.set_reading(ds, Reading::AsPrinted);
        assert_eq!(kuaishou(&a), Some(45.0));
        assert_eq!(a.preset, Preset::ArticleLow);
        assert_eq!(
            a.scenario,
            crate::scenario::Scenario::preset(ds, Preset::ArticleLow, Reading::AsPrinted)
        );
        if let Some(k) = a.scenario.get_mut(SeriesId::Kuaishou) {
            k.base = 450.0;
        }
        a.set_reading(ds, Reading::Corrected);
        assert_eq!(kuaishou(&a), Some(45.0));
        // A base the reader typed stays.
        a.set_base(SeriesId::Kuaishou, 450.0);
        a.set_reading(ds, Reading::AsPrinted);
        assert_eq!(kuaishou(&a), Some(450.0));
    }

    #[test]
    fn monte_carlo_results_reach_the_tables_and_notes() {
        let ds = dataset();
        let mut a = Assumptions::article(ds);
        a.set_run(5_000, 7);
        let mc = crate::scenario::monte_carlo(&a.scenario);
        let v = build(ds, &a, Some(&mc), &Locale::en()).unwrap_or_else(|e| panic!("{e}"));
        let note = &v[PanelId::Industry].notes[0];
        assert!(
            note.starts_with("Chance of reaching 1 trillion yuan (5,000 samples): by 2020: 0%;"),
            "{note}"
        );
        assert!(note.contains("by 2030: 100%"), "{note}");
        let t = &v[PanelId::Industry].table;
        assert_eq!(
            t.columns.last().map(String::as_str),
            Some("Chance at or above the level by then")
        );
        assert_eq!(t.columns[3], "P5");
        // P5 <= P50 <= P95 in every projected year.
        for row in t.rows.iter().filter(|r| r[0] == "Industry: projection") {
            let q: Vec<f64> = row[3..6]
                .iter()
                .map(|c| c.parse().unwrap_or(f64::NAN))
                .collect();
            assert!(q[0] <= q[1] && q[1] <= q[2], "{row:?}");
        }
        match &v[PanelId::Industry].spec {
            ChartSpec::Industry(c) => assert_eq!(c.bands.len(), c.series.len()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_missing_figure_is_an_error_not_a_panic() {
        let mut ds = dataset().clone();
        ds.figures.retain(|f| f.id != ids::KUAISHOU_GMV);
        let err = build(&ds, &Assumptions::article(&ds), None, &Locale::en());
        assert_eq!(err, Err(MissingFigure(ids::KUAISHOU_GMV.to_string())));
    }
}

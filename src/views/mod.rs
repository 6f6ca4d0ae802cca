//! From the dataset and the user's assumptions to what the page shows: the
//! three charts' specs and the sentences beside them. The UI only renders
//! what this module returns.

mod assumptions;
pub mod compare;
pub mod events;
pub mod input;
mod keys;
mod later;
mod outcomes;
mod platforms;
pub mod tables;
pub mod tips;

pub use assumptions::Assumptions;
pub use keys::{KeyNumbers, KeyRow};
pub use tables::Table;

use crate::charts::{Bar, ChartSpec, DouyinChart, GmvChart, IndustryChart, RefLine, Scenario, Tip};
use crate::data::{Dataset, Figure, Reading, Unit};
use crate::format;
use crate::model::{self, Crossing, Range, TRILLION_BN};
use crate::scenario::{McResult, SeriesId};

/// A slider's bounds and step; the UI's `<input type=range>` uses them and
/// values from anywhere else are clamped to them.
#[derive(Clone, Copy, Debug, PartialEq)]
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

/// One chart with its three views: the chart, the table of the numbers it
/// draws, and the figures it uses (dataset ids, article or later).
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    pub spec: ChartSpec,
    pub table: Table,
    pub sources: Vec<String>,
    /// Cautions shown under the chart.
    pub notes: Vec<String>,
}

/// Everything the page shows for one set of assumptions.
#[derive(Clone, Debug, PartialEq)]
pub struct Views {
    pub gmv: Panel,
    pub industry: Panel,
    pub douyin: Panel,
    /// The platforms' GMV after 2019, from later reports.
    pub platforms: Panel,
    /// The focus series' projection, with later reports and bands.
    pub focus: Panel,
    /// Sensitivity of the chosen output to each assumption.
    pub tornado: Panel,
    /// Growth rates, crossing years and shares for every series.
    pub keys: KeyNumbers,
    /// The article's forecasts against later reports; `None` if its figures are missing.
    pub outcomes: Option<Panel>,
    /// E.g. "The industry passes 1 trillion yuan in 2021."
    pub crossing_sentence: String,
    /// The projected industry size in the last year, billion yuan.
    pub industry_last: (i32, f64),
    /// The user's Douyin live GMV for the year after the base, billion yuan.
    pub douyin_user_value: f64,
    /// Where the user's Douyin value sits against the article's forecasts.
    pub douyin_sentence: String,
}

fn figure<'a>(ds: &'a Dataset, id: &str, unit: Unit) -> Result<&'a Figure, MissingFigure> {
    ds.figure(id)
        .filter(|f| f.unit == unit)
        .ok_or_else(|| MissingFigure(id.to_string()))
}

fn year_of(period: &str) -> Option<i32> {
    period.get(..4)?.parse().ok()
}

/// The crossing as a label: "Passes 1 trillion yuan in 2021".
pub fn crossing_label(c: Option<Crossing>, level_name: &str) -> String {
    match c {
        Some(Crossing::In { year, .. }) => format!("Passes {level_name} in {year}"),
        Some(Crossing::Already { year }) => format!("Already above {level_name} in {year}"),
        Some(Crossing::NotBy { year }) => format!("Does not reach {level_name} by {year}"),
        None => String::new(),
    }
}

/// The level's name: 1000 billion is "1 trillion yuan".
pub fn level_name(level_bn: f64) -> String {
    if level_bn >= 1000.0 {
        format!("{} trillion yuan", format::sig(level_bn / 1000.0, 4))
    } else {
        format!("{} billion yuan", format::sig(level_bn, 4))
    }
}

/// "Your ×8 gives 80 bn yuan in 2020: between the article's forecasts."
fn douyin_sentence(c: &DouyinChart) -> String {
    format!(
        "Your {} gives {} yuan in {}: {}.",
        format::multiplier(c.user_multiplier),
        format::bn_cny(c.user_value()),
        c.base_year + 1,
        douyin_position(c)
    )
}

/// Where the user's Douyin value sits against the article's forecasts:
/// "within the article's 5–6× forecast", "between the article's two forecasts".
pub fn douyin_position(c: &DouyinChart) -> String {
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
        format!("within the article's {} forecast", c.scenarios[i].label)
    } else if value < lowest {
        "below both of the article's forecasts".to_string()
    } else if value > highest {
        "above both of the article's forecasts".to_string()
    } else {
        "between the article's two forecasts".to_string()
    }
}

/// The crossing as a sentence: "The industry passes 1 trillion yuan in 2021."
pub fn crossing_sentence(c: Option<Crossing>, level_name: &str) -> String {
    match c {
        Some(Crossing::In { year, .. }) => format!("The industry passes {level_name} in {year}."),
        Some(Crossing::Already { year }) => {
            format!("The industry is already above {level_name} in {year}.")
        }
        Some(Crossing::NotBy { year }) => {
            format!("The industry does not reach {level_name} by {year}.")
        }
        None => String::new(),
    }
}

/// Builds every view from the dataset, (already checked) assumptions and the
/// Monte Carlo result for exactly these assumptions, if there is one.
pub fn build(ds: &Dataset, a: &Assumptions, mc: Option<&McResult>) -> Result<Views, MissingFigure> {
    let r = a.reading;
    let industry = figure(ds, ids::INDUSTRY_2019, Unit::BillionCny)?;
    let trillion_fig = figure(ds, ids::INDUSTRY_TRILLION, Unit::BillionCny).ok();
    let trillion = if a.scenario.level.is_finite() && a.scenario.level > 0.0 {
        a.scenario.level
    } else {
        trillion_fig.map(|f| f.low).unwrap_or(TRILLION_BN)
    };
    let doubling = figure(ds, ids::INDUSTRY_DOUBLING, Unit::Multiplier).ok();
    let douyin = figure(ds, ids::DOUYIN_GMV, Unit::BillionCny)?;
    let douyin_live = figure(ds, ids::DOUYIN_LIVE_GMV, Unit::BillionCny)?;
    let kuaishou = figure(ds, ids::KUAISHOU_GMV, Unit::BillionCny)?;
    let low = figure(ds, ids::SCENARIO_LOW, Unit::Multiplier)?;
    let high = figure(ds, ids::SCENARIO_HIGH, Unit::Multiplier)?;

    // 2019 GMV by platform.
    let bar = |f: &Figure, label: &str| {
        let (lo, hi) = f.value(r);
        let corrected = (lo, hi) != (f.low, f.high);
        Bar {
            id: f.id.clone(),
            label: label.to_string(),
            value: Range::new(lo, hi),
            remark: if corrected {
                Some("corrected".to_string())
            } else {
                f.is_range().then(|| "range as printed".to_string())
            },
            tip: tips::figure_tip(f, r),
        }
    };
    let mut bars = vec![
        bar(kuaishou, "Kuaishou, total e-commerce"),
        bar(douyin, "Douyin, total e-commerce"),
        bar(douyin_live, "Douyin, live stream"),
    ];
    bars.sort_by(|x, y| y.value.high.total_cmp(&x.value.high));
    let gmv = GmvChart {
        bars,
        reference: Some(RefLine {
            label: "Live-commerce industry".to_string(),
            value: industry.low,
            tip: tips::figure_tip(industry, r),
        }),
    };
    let gmv_table = tables::gmv(&gmv, ds, r);

    // Industry projection.
    let series = a.scenario.point_projection(SeriesId::Industry);
    let crossing = model::crossing(&series, trillion);
    let name = level_name(trillion);
    let last = series
        .last()
        .map(|p| (p.year, p.value))
        .unwrap_or((model::LAST_YEAR, f64::NAN));
    let crossing_sentence = crossing_sentence(crossing, &name);
    let basis = format!("Your assumptions: {}", a.describe(SeriesId::Industry));
    let point_tips = series
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i == 0 && p.value == industry.low {
                tips::figure_tip(industry, r)
            } else {
                Tip {
                    title: "China live-stream e-commerce: projected size".to_string(),
                    value: format!("{} yuan", format::bn_cny(p.value)),
                    period: p.year.to_string(),
                    source: basis.clone(),
                }
            }
        })
        .collect();
    let (overlays, not_drawn) = later::industry_overlays(ds);
    let industry_chart = IndustryChart {
        series,
        level: trillion,
        level_label: name.clone(),
        crossing,
        crossing_label: crossing_label(crossing, &name),
        log: a.log_industry,
        tips: point_tips,
        level_tip: trillion_fig
            .map(|f| tips::figure_tip(f, r))
            .unwrap_or_default(),
        overlays,
        bands: bands(mc, SeriesId::Industry),
        base_note: base_note(a, SeriesId::Industry),
        events: events::industry_events(ds, r),
    };
    let mut industry_table = tables::industry(&industry_chart, &basis);
    tables::add_chance(&mut industry_table, &chance_column(mc, SeriesId::Industry));
    let mut industry_notes: Vec<String> = chance_note(mc, SeriesId::Industry, &name)
        .into_iter()
        .collect();
    industry_notes.extend(not_drawn);
    industry_notes.push(later::DEFINITIONS_CAUTION.to_string());

    // Douyin live 2019 -> 2020.
    let base_year = year_of(&douyin_live.period).unwrap_or(model::BASE_YEAR);
    let scenario = |f: &Figure| {
        let v = Range::new(f.low, f.high).scaled(douyin_live.low);
        Scenario {
            label: format::multiplier_range(f.low, f.high),
            multiplier: Range::new(f.low, f.high),
            tip: Tip {
                title: format!("{}: {}", f.entity, f.metric),
                value: format!(
                    "{} → {} yuan",
                    format::multiplier_range(f.low, f.high),
                    format::bn_cny_range(v.low, v.high)
                ),
                period: f.period.clone(),
                source: tips::ARTICLE_SOURCE.to_string(),
            },
        }
    };
    let live_base = a
        .scenario
        .get(SeriesId::DouyinLive)
        .map(|s| s.base)
        .unwrap_or(douyin_live.low);
    let live_growth = a.median(SeriesId::DouyinLive, 0);
    let user_value = live_base * live_growth;
    let douyin_chart = DouyinChart {
        base_year,
        base: live_base,
        scenarios: vec![scenario(low), scenario(high)],
        user_multiplier: live_growth,
        user_range: a
            .growth(SeriesId::DouyinLive, 0)
            .map(|g| Range::new(g.low, g.high))
            .unwrap_or(Range::new(live_growth, live_growth)),
        base_tip: tips::figure_tip(douyin_live, r),
        user_tip: Tip {
            title: "Douyin: live-stream GMV, your projection".to_string(),
            value: format!(
                "{} yuan ({} on {})",
                format::bn_cny(user_value),
                format::multiplier(live_growth),
                format::bn_cny(live_base)
            ),
            period: (base_year + 1).to_string(),
            source: "Your assumption".to_string(),
        },
    };
    let douyin_sentence = douyin_sentence(&douyin_chart);
    let douyin_table = tables::douyin(&douyin_chart);

    let mut gmv_ids = vec![
        ids::KUAISHOU_GMV.to_string(),
        ids::DOUYIN_GMV.to_string(),
        ids::DOUYIN_LIVE_GMV.to_string(),
        ids::INDUSTRY_2019.to_string(),
    ];
    if r == Reading::Corrected {
        gmv_ids.extend(
            kuaishou
                .correction
                .iter()
                .flat_map(|c| c.sources.iter().cloned()),
        );
    }
    let mut industry_ids = vec![ids::INDUSTRY_2019.to_string()];
    industry_ids.extend(doubling.map(|f| f.id.clone()));
    industry_ids.extend(trillion_fig.map(|f| f.id.clone()));
    industry_ids.extend(later::industry_ids(ds));
    industry_ids.extend(events::source_ids(ds));
    Ok(Views {
        douyin_sentence,
        douyin_user_value: douyin_chart.user_value(),
        gmv: Panel {
            spec: ChartSpec::Gmv(gmv),
            table: gmv_table,
            sources: gmv_ids,
            notes: Vec::new(),
        },
        industry: Panel {
            spec: ChartSpec::Industry(industry_chart),
            table: industry_table,
            sources: industry_ids,
            notes: industry_notes,
        },
        douyin: Panel {
            spec: ChartSpec::Douyin(douyin_chart),
            table: douyin_table,
            sources: vec![
                ids::DOUYIN_LIVE_GMV.to_string(),
                ids::SCENARIO_LOW.to_string(),
                ids::SCENARIO_HIGH.to_string(),
            ],
            notes: later::douyin_notes(ds),
        },
        outcomes: outcomes::panel(ds, r),
        platforms: platforms::panel(ds, r),
        focus: focus_panel(ds, a, mc, trillion, &name),
        tornado: tornado_panel(a),
        keys: keys::key_numbers(ds, a, trillion, &name),
        crossing_sentence,
        industry_last: last,
    })
}

/// The Monte Carlo bands of a series, when there is a result.
fn bands(mc: Option<&McResult>, id: SeriesId) -> Vec<[f64; 5]> {
    mc.and_then(|m| m.series.iter().find(|s| s.id == id))
        .map(|s| s.quantiles.clone())
        .unwrap_or_default()
}

/// "Chance of reaching 1 trillion yuan by 2021: 48%; by 2025: 97%; …" from
/// the Monte Carlo, or nothing without a run.
fn chance_note(mc: Option<&McResult>, id: SeriesId, level_name: &str) -> Option<String> {
    let m = mc?;
    let s = m.series.iter().find(|s| s.id == id)?;
    let parts: Vec<String> = m
        .years
        .iter()
        .zip(&s.p_cross)
        .filter(|(y, _)| [2020, 2021, 2022, 2025, 2030].contains(*y))
        .map(|(y, p)| format!("by {y}: {}%", format::sig((p * 100.0).clamp(0.0, 100.0), 3)))
        .collect();
    (!parts.is_empty()).then(|| {
        format!(
            "Chance of reaching {level_name} ({} samples): {}.",
            format::sig(f64::from(m.samples), 7),
            parts.join("; ")
        )
    })
}

/// The chance of being at or above the level by each year, per row of a
/// projection table, as text.
fn chance_column(mc: Option<&McResult>, id: SeriesId) -> Vec<String> {
    mc.and_then(|m| m.series.iter().find(|s| s.id == id))
        .map(|s| {
            s.p_cross
                .iter()
                .map(|p| format::sig(p * 100.0, 3) + "%")
                .collect()
        })
        .unwrap_or_default()
}

/// " (article)" when a series starts from the article's figure, " (later
/// report)" from a later one, " (yours)" when typed.
fn base_note(a: &Assumptions, id: SeriesId) -> String {
    match a.scenario.get(id).map(|s| s.base_source.as_str()) {
        Some("") | None => " (yours)".to_string(),
        Some(src) if src.starts_with("taobao-live") => " (later report)".to_string(),
        Some(_) => " (article)".to_string(),
    }
}

/// The projection explorer: any series, with its later reports and bands.
fn focus_panel(
    ds: &Dataset,
    a: &Assumptions,
    mc: Option<&McResult>,
    level: f64,
    level_name: &str,
) -> Panel {
    let id = a.focus;
    let series = a.scenario.point_projection(id);
    let crossing = model::crossing(&series, level);
    let basis = format!("Your assumptions: {}", a.describe(id));
    let tips = series
        .iter()
        .map(|p| Tip {
            title: format!("{}: projected GMV", id.name()),
            value: format!("{} yuan", format::bn_cny(p.value)),
            period: p.year.to_string(),
            source: basis.clone(),
        })
        .collect();
    let (overlays, later_ids, notes) = later::series_overlays(ds, id);
    let mut sources: Vec<String> = a
        .scenario
        .get(id)
        .map(|s| s.base_source.clone())
        .filter(|s| !s.is_empty())
        .into_iter()
        .collect();
    sources.extend(later_ids);
    let chart = IndustryChart {
        series,
        level,
        level_label: level_name.to_string(),
        crossing,
        crossing_label: crossing_label(crossing, level_name),
        log: true,
        tips,
        level_tip: Tip {
            title: "The level".to_string(),
            value: level_name.to_string(),
            period: String::new(),
            source: "Your choice (default: the article's trillion level)".to_string(),
        },
        overlays,
        bands: bands(mc, id),
        base_note: base_note(a, id),
        events: Vec::new(),
    };
    let mut table = tables::projection(&chart, id.name(), &basis);
    tables::add_chance(&mut table, &chance_column(mc, id));
    let mut all_notes: Vec<String> = chance_note(mc, id, level_name).into_iter().collect();
    all_notes.extend(notes);
    Panel {
        spec: ChartSpec::Industry(chart),
        table,
        sources,
        notes: all_notes,
    }
}

/// The tornado for the chosen output.
fn tornado_panel(a: &Assumptions) -> Panel {
    let (id, year) = a.sensitivity;
    let (centre, bars) = crate::scenario::tornado(&a.scenario, id, year);
    let output = format!("{} in {year}", id.name());
    let chart = crate::charts::TornadoChart {
        output: output.clone(),
        centre,
        swings: bars
            .iter()
            .map(|b| crate::charts::Swing {
                label: b.label.clone(),
                at_low: b.at_low,
                at_high: b.at_high,
            })
            .collect(),
    };
    let table = tables::tornado(&chart);
    // The bases every projection starts from.
    let sources = a
        .scenario
        .series
        .iter()
        .map(|s| s.base_source.clone())
        .filter(|s| !s.is_empty())
        .collect();
    Panel {
        spec: ChartSpec::Tornado(chart),
        table,
        sources,
        notes: vec![format!(
            "Each bar: {output} with one assumption at the low, then the high end of its range, all others at their medians."
        )],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Preset;

    fn dataset() -> &'static Dataset {
        match Dataset::embedded() {
            Ok(ds) => ds,
            Err(e) => panic!("embedded dataset: {e}"),
        }
    }

    fn views(a: &Assumptions) -> Views {
        build(dataset(), a, None).unwrap_or_else(|e| panic!("{e}"))
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
        match &v.gmv.spec {
            ChartSpec::Gmv(g) => {
                assert_eq!(g.bars[0].id, "kuaishou-gmv-2019");
                assert_eq!(g.bars[0].value, Range::new(400.0, 500.0));
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

    #[test]
    fn the_reading_changes_bases_read_from_the_article() {
        let ds = dataset();
        let mut a = Assumptions::article(ds);
        let printed = a.scenario.get(SeriesId::Kuaishou).map(|s| s.base);
        a.set_reading(ds, Reading::Corrected);
        let corrected = a.scenario.get(SeriesId::Kuaishou).map(|s| s.base);
        assert_eq!((printed, corrected), (Some(450.0), Some(45.0)));
    }

    #[test]
    fn monte_carlo_results_reach_the_tables_and_notes() {
        let ds = dataset();
        let mut a = Assumptions::article(ds);
        a.set_run(5_000, 7);
        let mc = crate::scenario::monte_carlo(&a.scenario);
        let v = build(ds, &a, Some(&mc)).unwrap_or_else(|e| panic!("{e}"));
        let note = &v.industry.notes[0];
        assert!(
            note.starts_with("Chance of reaching 1 trillion yuan (5,000 samples): by 2020: 0%;"),
            "{note}"
        );
        assert!(note.contains("by 2030: 100%"), "{note}");
        let t = &v.industry.table;
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
        match &v.industry.spec {
            ChartSpec::Industry(c) => assert_eq!(c.bands.len(), c.series.len()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_missing_figure_is_an_error_not_a_panic() {
        let mut ds = dataset().clone();
        ds.figures.retain(|f| f.id != ids::KUAISHOU_GMV);
        let err = build(&ds, &Assumptions::article(&ds), None);
        assert_eq!(err, Err(MissingFigure(ids::KUAISHOU_GMV.to_string())));
    }
}

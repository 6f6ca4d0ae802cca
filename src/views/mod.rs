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
pub use later::publisher_in as later_publisher;
pub use tables::Table;

use crate::charts::{Bar, ChartSpec, DouyinChart, GmvChart, IndustryChart, RefLine, Scenario, Tip};
use crate::data::{Dataset, Figure, Reading, Unit};
use crate::format;
use crate::locale::Locale;
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
pub fn crossing_label(l: &Locale, c: Option<Crossing>, level_name: &str) -> String {
    match c {
        Some(Crossing::In { year, .. }) => l.trf("Passes {} in {}", &[&level_name, &year]),
        Some(Crossing::Already { year }) => l.trf("Already above {} in {}", &[&level_name, &year]),
        Some(Crossing::NotBy { year }) => l.trf("Does not reach {} by {}", &[&level_name, &year]),
        None => String::new(),
    }
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

/// Multiplies every amount a chart draws by `l.display(1)`, so specs hold
/// the numbers the reader sees (billion yuan, 亿元, US dollars) and the
/// drawing code only formats them. Multipliers, shares and years stay.
pub fn to_display(spec: &mut ChartSpec, l: &Locale) {
    let f = l.display(1.0);
    let range = |r: &mut Range| {
        r.low *= f;
        r.high *= f;
    };
    let overlay = |o: &mut crate::charts::Overlay| {
        for p in &mut o.points {
            p.low *= f;
            p.high *= f;
        }
    };
    match spec {
        ChartSpec::Gmv(c) => {
            for b in &mut c.bars {
                range(&mut b.value);
            }
            if let Some(r) = &mut c.reference {
                r.value *= f;
            }
        }
        ChartSpec::Industry(c) => {
            for p in &mut c.series {
                p.value *= f;
            }
            c.level *= f;
            c.overlays.iter_mut().for_each(overlay);
            for b in &mut c.bands {
                for q in b.iter_mut() {
                    *q *= f;
                }
            }
        }
        ChartSpec::Douyin(c) => c.base *= f,
        ChartSpec::Timeline(c) => c.series.iter_mut().for_each(overlay),
        ChartSpec::Tornado(c) => {
            c.centre *= f;
            for s in &mut c.swings {
                s.at_low *= f;
                s.at_high *= f;
            }
        }
        ChartSpec::Compare(c) => {
            for line in &mut c.lines {
                for p in &mut line.points {
                    p.value *= f;
                }
            }
        }
        ChartSpec::Ratio(_) => {}
        // Shares are fractions: no unit to convert.
        ChartSpec::Shares(_) => {}
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
    let bar = |f: &Figure, label: &'static str| {
        let (lo, hi) = f.value(r);
        let corrected = (lo, hi) != (f.low, f.high);
        Bar {
            id: f.id.clone(),
            label: l.tr(label).to_string(),
            value: Range::new(lo, hi),
            remark: if corrected {
                Some(l.tr("corrected").to_string())
            } else {
                f.is_range().then(|| l.tr("range as printed").to_string())
            },
            tip: tips::figure_tip_in(l, f, r),
        }
    };
    let mut bars = vec![
        bar(kuaishou, "Kuaishou, total e-commerce"),
        bar(douyin, "Douyin, total e-commerce"),
        bar(douyin_live, "Douyin, live stream"),
    ];
    bars.sort_by(|x, y| y.value.high.total_cmp(&x.value.high));
    let mut gmv = ChartSpec::Gmv(GmvChart {
        bars,
        reference: Some(RefLine {
            label: l.tr("Live-commerce industry").to_string(),
            value: industry.low,
            tip: tips::figure_tip_in(l, industry, r),
        }),
    });
    to_display(&mut gmv, l);
    let gmv_table = match &gmv {
        ChartSpec::Gmv(c) => tables::gmv(l, c, ds, r),
        _ => Table::default(),
    };

    // Industry projection.
    let series = a.scenario.point_projection(SeriesId::Industry);
    let crossing = model::crossing(&series, trillion);
    let name = level_name(l, trillion);
    let last = series
        .last()
        .map(|p| (p.year, p.value))
        .unwrap_or((model::LAST_YEAR, f64::NAN));
    let crossing_sentence = crossing_sentence(l, crossing, &name);
    let basis = l.trf(
        "Your assumptions: {}",
        &[&a.describe_in(l, SeriesId::Industry)],
    );
    let point_tips = series
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i == 0 && p.value == industry.low {
                tips::figure_tip_in(l, industry, r)
            } else {
                Tip {
                    title: l
                        .tr("China live-stream e-commerce: projected size")
                        .to_string(),
                    value: l.money(p.value),
                    period: p.year.to_string(),
                    source: basis.clone(),
                }
            }
        })
        .collect();
    let (overlays, not_drawn) = later::industry_overlays(ds, l);
    let mut industry_spec = ChartSpec::Industry(IndustryChart {
        series,
        level: trillion,
        level_label: name.clone(),
        crossing,
        crossing_label: crossing_label(l, crossing, &name),
        log: a.log_industry,
        tips: point_tips,
        level_tip: trillion_fig
            .map(|f| tips::figure_tip_in(l, f, r))
            .unwrap_or_default(),
        overlays,
        bands: bands(mc, SeriesId::Industry),
        base_note: base_note(l, a, SeriesId::Industry),
        events: events::industry_events(ds, r, l),
    });
    to_display(&mut industry_spec, l);
    let mut industry_table = match &industry_spec {
        ChartSpec::Industry(c) => tables::industry(l, c, &basis),
        _ => Table::default(),
    };
    let years = match &industry_spec {
        ChartSpec::Industry(c) => c.series.len(),
        _ => 0,
    };
    tables::add_chance(
        l,
        &mut industry_table,
        &chance_column(mc, SeriesId::Industry),
        years,
    );
    let mut industry_notes: Vec<String> = chance_note(l, mc, SeriesId::Industry, &name)
        .into_iter()
        .collect();
    industry_notes.extend(not_drawn);
    industry_notes.push(l.tr(later::DEFINITIONS_CAUTION).to_string());

    // Douyin live 2019 -> 2020.
    let base_year = year_of(&douyin_live.period).unwrap_or(model::BASE_YEAR);
    let scenario = |f: &Figure| {
        let v = Range::new(f.low, f.high).scaled(douyin_live.low);
        Scenario {
            label: format::multiplier_range(f.low, f.high),
            multiplier: Range::new(f.low, f.high),
            tip: Tip {
                title: format!("{}: {}", l.tr_any(&f.entity), l.tr_any(&f.metric)),
                value: format!(
                    "{} → {}",
                    format::multiplier_range(f.low, f.high),
                    l.money_range(v.low, v.high)
                ),
                period: f.period.clone(),
                source: l.tr(tips::ARTICLE_SOURCE).to_string(),
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
    let mut douyin_spec = ChartSpec::Douyin(DouyinChart {
        base_year,
        base: live_base,
        scenarios: vec![scenario(low), scenario(high)],
        user_multiplier: live_growth,
        user_range: a
            .growth(SeriesId::DouyinLive, 0)
            .map(|g| Range::new(g.low, g.high))
            .unwrap_or(Range::new(live_growth, live_growth)),
        base_tip: tips::figure_tip_in(l, douyin_live, r),
        user_tip: Tip {
            title: l.tr("Douyin: live-stream GMV, your projection").to_string(),
            value: l.trf(
                "{} ({} on {})",
                &[
                    &l.money(user_value),
                    &format::multiplier(live_growth),
                    &l.money(live_base),
                ],
            ),
            period: (base_year + 1).to_string(),
            source: l.tr("Your assumption").to_string(),
        },
    });
    to_display(&mut douyin_spec, l);
    let (douyin_sentence, douyin_table) = match &douyin_spec {
        ChartSpec::Douyin(c) => (douyin_sentence(l, c), tables::douyin(l, c)),
        _ => (String::new(), Table::default()),
    };

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
        douyin_user_value: user_value,
        gmv: Panel {
            spec: gmv,
            table: gmv_table,
            sources: gmv_ids,
            notes: Vec::new(),
        },
        industry: Panel {
            spec: industry_spec,
            table: industry_table,
            sources: industry_ids,
            notes: industry_notes,
        },
        douyin: Panel {
            spec: douyin_spec,
            table: douyin_table,
            sources: vec![
                ids::DOUYIN_LIVE_GMV.to_string(),
                ids::SCENARIO_LOW.to_string(),
                ids::SCENARIO_HIGH.to_string(),
            ],
            notes: later::douyin_notes(ds, l),
        },
        outcomes: outcomes::panel(ds, r, l),
        platforms: platforms::panel(ds, r, l),
        focus: focus_panel(ds, a, mc, trillion, &name, l),
        tornado: tornado_panel(a, l),
        keys: keys::key_numbers(ds, a, trillion, &name, l),
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
fn chance_note(
    l: &Locale,
    mc: Option<&McResult>,
    id: SeriesId,
    level_name: &str,
) -> Option<String> {
    let m = mc?;
    let s = m.series.iter().find(|s| s.id == id)?;
    let parts: Vec<String> = m
        .years
        .iter()
        .zip(&s.p_cross)
        .filter(|(y, _)| [2020, 2021, 2022, 2025, 2030].contains(*y))
        .map(|(y, p)| {
            l.trf(
                "by {}: {}%",
                &[y, &format::sig((p * 100.0).clamp(0.0, 100.0), 3)],
            )
        })
        .collect();
    (!parts.is_empty()).then(|| {
        l.trf(
            "Chance of reaching {} ({} samples): {}.",
            &[
                &level_name,
                &format::sig(f64::from(m.samples), 7),
                &parts.join(l.tr("; ")),
            ],
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
fn base_note(l: &Locale, a: &Assumptions, id: SeriesId) -> String {
    match a.scenario.get(id).map(|s| s.base_source.as_str()) {
        Some("") | None => l.tr(" (yours)").to_string(),
        Some(src) if src.starts_with("taobao-live") => l.tr(" (later report)").to_string(),
        Some(_) => l.tr(" (article)").to_string(),
    }
}

/// The projection explorer: any series, with its later reports and bands.
fn focus_panel(
    ds: &Dataset,
    a: &Assumptions,
    mc: Option<&McResult>,
    level: f64,
    level_name: &str,
    l: &Locale,
) -> Panel {
    let id = a.focus;
    let series = a.scenario.point_projection(id);
    let crossing = model::crossing(&series, level);
    let basis = l.trf("Your assumptions: {}", &[&a.describe_in(l, id)]);
    let name = l.tr(id.name());
    let tips = series
        .iter()
        .map(|p| Tip {
            title: l.trf("{}: projected GMV", &[&name]),
            value: l.money(p.value),
            period: p.year.to_string(),
            source: basis.clone(),
        })
        .collect();
    let (overlays, later_ids, notes) = later::series_overlays(ds, id, l);
    let mut sources: Vec<String> = a
        .scenario
        .get(id)
        .map(|s| s.base_source.clone())
        .filter(|s| !s.is_empty())
        .into_iter()
        .collect();
    sources.extend(later_ids);
    let mut spec = ChartSpec::Industry(IndustryChart {
        series,
        level,
        level_label: level_name.to_string(),
        crossing,
        crossing_label: crossing_label(l, crossing, level_name),
        log: true,
        tips,
        level_tip: Tip {
            title: l.tr("The level").to_string(),
            value: level_name.to_string(),
            period: String::new(),
            source: l
                .tr("Your choice (default: the article's trillion level)")
                .to_string(),
        },
        overlays,
        bands: bands(mc, id),
        base_note: base_note(l, a, id),
        events: Vec::new(),
    });
    to_display(&mut spec, l);
    let mut table = match &spec {
        ChartSpec::Industry(c) => tables::projection(l, c, id.name(), &basis),
        _ => Table::default(),
    };
    let years = match &spec {
        ChartSpec::Industry(c) => c.series.len(),
        _ => 0,
    };
    tables::add_chance(l, &mut table, &chance_column(mc, id), years);
    let mut all_notes: Vec<String> = chance_note(l, mc, id, level_name).into_iter().collect();
    all_notes.extend(notes);
    Panel {
        spec,
        table,
        sources,
        notes: all_notes,
    }
}

/// A tornado bar's label in the reader's language: "Industry growth
/// 2021–2022 (×1.15–1.6)" is "行业2021–2022年增长（×1.15–1.6）".
fn swing_label(l: &Locale, label: &str) -> String {
    if l.lang == crate::locale::Lang::En {
        return label.to_string();
    }
    let Some((name, rest)) = label.split_once(" growth ") else {
        return l.tr_any(label).to_string();
    };
    let (years, range) = rest.split_once(" (").unwrap_or((rest, ""));
    let range = range.trim_end_matches(')');
    l.trf("{} growth {} ({})", &[&l.tr_any(name), &years, &range])
}

/// The tornado for the chosen output.
fn tornado_panel(a: &Assumptions, l: &Locale) -> Panel {
    let (id, year) = a.sensitivity;
    let (centre, bars) = crate::scenario::tornado(&a.scenario, id, year);
    let output = l.trf("{} in {}", &[&l.tr(id.name()), &year]);
    let mut spec = ChartSpec::Tornado(crate::charts::TornadoChart {
        output: output.clone(),
        centre,
        swings: bars
            .iter()
            .map(|b| crate::charts::Swing {
                label: swing_label(l, &b.label),
                at_low: b.at_low,
                at_high: b.at_high,
            })
            .collect(),
    });
    to_display(&mut spec, l);
    let table = match &spec {
        ChartSpec::Tornado(c) => tables::tornado(l, c),
        _ => Table::default(),
    };
    // The bases every projection starts from.
    let sources = a
        .scenario
        .series
        .iter()
        .map(|s| s.base_source.clone())
        .filter(|s| !s.is_empty())
        .collect();
    Panel {
        spec,
        table,
        sources,
        notes: vec![l.trf(
            "Each bar: {} with one assumption at the low, then the high end of its range, all others at their medians.",
            &[&output],
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
        let v = build(ds, &a, Some(&mc), &Locale::en()).unwrap_or_else(|e| panic!("{e}"));
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
        let err = build(&ds, &Assumptions::article(&ds), None, &Locale::en());
        assert_eq!(err, Err(MissingFigure(ids::KUAISHOU_GMV.to_string())));
    }
}

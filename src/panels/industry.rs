//! "When does live commerce reach a trillion yuan?": the industry's
//! projection from the article's 2019 size, its Monte Carlo fan, the level
//! line, later reports and the story's events.

use super::{Inputs, Panel};
use crate::charts::{Chart, ChartSpec, IndustryChart, Tip};
use crate::data::Unit;
use crate::model::{self, YearValue};
use crate::scenario::SeriesId;
use crate::views::{
    MissingFigure, basis, crossing_label, events, ids, later, level_name, tables, tips,
};

/// The industry's point projection under the assumptions.
pub(crate) fn projection(cx: &Inputs) -> Vec<YearValue> {
    cx.a.scenario.point_projection(SeriesId::Industry)
}

/// Tooltips of the projection's points: the article's figure for 2019, the
/// assumptions for every later year.
fn point_tips(cx: &Inputs, series: &[YearValue], basis: &str) -> Result<Vec<Tip>, MissingFigure> {
    let (l, r) = (cx.l, cx.a.reading);
    let industry = cx.figure(ids::INDUSTRY_2019, Unit::BillionCny)?;
    Ok(series
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
                    source: basis.to_string(),
                }
            }
        })
        .collect())
}

/// The dataset ids the panel draws from.
fn sources(cx: &Inputs) -> Vec<String> {
    let mut ids = vec![ids::INDUSTRY_2019.to_string()];
    ids.extend(
        cx.figure(ids::INDUSTRY_DOUBLING, Unit::Multiplier)
            .ok()
            .map(|f| f.id.clone()),
    );
    ids.extend(
        cx.figure(ids::INDUSTRY_TRILLION, Unit::BillionCny)
            .ok()
            .map(|f| f.id.clone()),
    );
    ids.extend(later::industry_ids(cx.ds));
    ids.extend(events::source_ids(cx.ds));
    ids
}

pub(super) fn build(cx: &Inputs) -> Result<Panel, MissingFigure> {
    let (l, r) = (cx.l, cx.a.reading);
    let level = cx.level();
    let series = projection(cx);
    let crossing = model::crossing(&series, level);
    let name = level_name(l, level);
    let basis = l.trf(
        "Your assumptions: {}",
        &[&cx.a.describe_in(l, SeriesId::Industry)],
    );
    let (overlays, not_drawn) = later::industry_overlays(cx.ds, l);
    let mut chart = IndustryChart {
        tips: point_tips(cx, &series, &basis)?,
        series,
        level,
        level_label: name.clone(),
        crossing,
        crossing_label: crossing_label(l, crossing, &name),
        log: cx.a.page.log_industry,
        level_tip: cx
            .figure(ids::INDUSTRY_TRILLION, Unit::BillionCny)
            .map(|f| tips::figure_tip_in(l, f, r))
            .unwrap_or_default(),
        overlays,
        bands: cx.bands(SeriesId::Industry),
        base_note: super::focus::base_note(cx, SeriesId::Industry),
        events: events::industry_events(cx.ds, r, l),
    };
    chart.to_display(l);
    let mut table = tables::industry(l, &chart, &basis);
    let chance = super::focus::chance_column(cx, SeriesId::Industry);
    tables::add_chance(l, &mut table, &chance, chart.series.len());
    let mut notes: Vec<String> = super::focus::chance_note(cx, SeriesId::Industry, &name)
        .into_iter()
        .collect();
    notes.extend(not_drawn);
    notes.push(l.tr(later::DEFINITIONS_CAUTION).to_string());
    notes.extend(basis::note(cx.ds, cx.a, SeriesId::Industry, l));
    Ok(Panel {
        spec: ChartSpec::Industry(chart),
        table,
        sources: sources(cx),
        notes,
        basis: basis::named(cx.ds, cx.a, SeriesId::Industry, l),
    })
}

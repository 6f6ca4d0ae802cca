//! "Projection of any series": the lab's explorer of one series, with its
//! Monte Carlo bands, the level and later reports. Also the helpers every
//! projection panel shares (base notes, chance of crossing the level).

use super::{Inputs, Panel};
use crate::charts::{Chart, ChartSpec, IndustryChart, Tip};
use crate::format;
use crate::model;
use crate::scenario::SeriesId;
use crate::views::{crossing_label, later, level_name, tables};

/// " (article)" when a series starts from the article's figure, " (later
/// report)" from a later one, " (yours)" when typed.
pub(super) fn base_note(cx: &Inputs, id: SeriesId) -> String {
    let l = cx.l;
    match cx.a.scenario.get(id).map(|s| s.base_source.as_str()) {
        Some("") | None => l.tr(" (yours)").to_string(),
        Some(src) if cx.ds.later_figure(src).is_some() => l.tr(" (later report)").to_string(),
        Some(src) if is_corrected_base(cx, id, src) => l.tr(" (article, corrected)").to_string(),
        Some(_) => l.tr(" (article)").to_string(),
    }
}

/// Whether series `id` starts from the corrected value of article figure
/// `src`, one the dataset corrects.
fn is_corrected_base(cx: &Inputs, id: SeriesId, src: &str) -> bool {
    let (Some(f), Some(s)) = (cx.ds.figure(src), cx.a.scenario.get(id)) else {
        return false;
    };
    let (lo, hi) = f.value(crate::data::Reading::Corrected);
    f.is_corrected() && s.base == (lo + hi) / 2.0
}

/// "Chance of reaching 1 trillion yuan by 2021: 48%; by 2025: 97%; …" from
/// the Monte Carlo, or nothing without a run.
pub(super) fn chance_note(cx: &Inputs, id: SeriesId, level_name: &str) -> Option<String> {
    let (l, m) = (cx.l, cx.mc?);
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
pub(super) fn chance_column(cx: &Inputs, id: SeriesId) -> Vec<String> {
    cx.mc
        .and_then(|m| m.series.iter().find(|s| s.id == id))
        .map(|s| {
            s.p_cross
                .iter()
                .map(|p| format::sig(p * 100.0, 3) + "%")
                .collect()
        })
        .unwrap_or_default()
}

pub(super) fn build(cx: &Inputs) -> Panel {
    let (l, a) = (cx.l, cx.a);
    let id = a.page.focus;
    let level = cx.level();
    let name = level_name(l, level);
    let series = a.scenario.point_projection(id);
    let crossing = model::crossing(&series, level);
    let basis = l.trf("Your assumptions: {}", &[&a.describe_in(l, id)]);
    let series_name = l.tr(id.name());
    let tips = series
        .iter()
        .map(|p| Tip {
            title: l.trf("{}: projected GMV", &[&series_name]),
            value: l.money(p.value),
            period: p.year.to_string(),
            source: basis.clone(),
        })
        .collect();
    let (overlays, later_ids, later_notes) = later::series_overlays(cx.ds, id, l);
    let mut sources: Vec<String> = a
        .scenario
        .get(id)
        .map(|s| s.base_source.clone())
        .filter(|s| !s.is_empty())
        .into_iter()
        .collect();
    sources.extend(later_ids);
    let mut chart = IndustryChart {
        series,
        level,
        level_label: name.clone(),
        crossing,
        crossing_label: crossing_label(l, crossing, &name),
        log: true,
        tips,
        level_tip: Tip {
            title: l.tr("The level").to_string(),
            value: name.clone(),
            period: String::new(),
            source: l
                .tr("Your choice (default: the article's trillion level)")
                .to_string(),
        },
        overlays,
        bands: cx.bands(id),
        base_note: base_note(cx, id),
        events: Vec::new(),
    };
    chart.to_display(l);
    let mut table = tables::projection(l, &chart, id.name(), &basis);
    tables::add_chance(l, &mut table, &chance_column(cx, id), chart.series.len());
    let mut notes: Vec<String> = chance_note(cx, id, &name).into_iter().collect();
    notes.extend(later_notes);
    notes.extend(crate::views::basis::note(cx.ds, a, id, l));
    Panel {
        spec: ChartSpec::Industry(chart),
        table,
        sources,
        notes,
        basis: crate::views::basis::named(cx.ds, a, id, l),
    }
}

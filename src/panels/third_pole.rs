//! "Will Douyin be the third pole?": each platform's share of the
//! live-commerce industry, 2019–2030, from the scenario: the point
//! projection, the Monte Carlo's 50% and 90% bands of the share (taken
//! within each sample, never a ratio of quantiles), and later reports'
//! shares where a platform's live-stream GMV and the industry's size are
//! reported for the same full year.

use super::{Inputs, Panel};
use crate::charts::{ChartSpec, ShareLine, ShareMarker, SharesChart, percent};
use crate::data::{LaterFigure, LaterKind, Scope};
use crate::scenario::{SHARE_PLATFORMS, SeriesId, point_shares};
use crate::views::{Table, later, tips};

/// A report of what happened in a whole year (not a forecast, not derived
/// from other figures, not part of a year).
fn full_year_report(f: &LaterFigure) -> Option<i32> {
    matches!(f.kind, LaterKind::Actual | LaterKind::Estimate)
        .then(|| later::year_of_full(&f.period))
        .flatten()
}

/// Later reports' shares: a platform's live-stream GMV over the industry's
/// live-stream size for the same full year, one marker per pair of
/// figures; and a note for each platform whose later figures are of
/// another scope (all e-commerce), so no share can be formed.
fn markers(cx: &Inputs) -> (Vec<ShareMarker>, Vec<String>, Vec<String>) {
    let l = cx.l;
    let industry: Vec<(&LaterFigure, i32)> = cx
        .ds
        .later
        .iter()
        .filter(|f| later::is_industry(f) && f.scope == Some(Scope::LiveStream))
        .filter_map(|f| full_year_report(f).map(|y| (f, y)))
        .collect();
    let (mut marks, mut notes, mut ids) = (Vec::new(), Vec::new(), Vec::new());
    for (series, id) in SHARE_PLATFORMS.into_iter().enumerate() {
        let figures: Vec<&LaterFigure> = cx
            .ds
            .later
            .iter()
            .filter(|f| id.def().later.matches(f))
            .collect();
        if !figures.is_empty() && figures.iter().all(|f| f.scope != Some(Scope::LiveStream)) {
            notes.push(l.trf(
                "{}: later reports give all e-commerce GMV, not live-stream GMV, so no share of the live-commerce industry is drawn.",
                &[&l.tr(id.name())],
            ));
        }
        for f in figures
            .into_iter()
            .filter(|f| f.scope == Some(Scope::LiveStream))
        {
            let Some(year) = full_year_report(f) else {
                continue;
            };
            for (ind, _) in industry.iter().filter(|(_, y)| *y == year) {
                let share = (f.low + f.high) / (ind.low + ind.high);
                let publisher = l.trf(
                    "{} ÷ {}",
                    &[
                        &later::publisher_in(l, &f.publisher),
                        &later::publisher_in(l, &ind.publisher),
                    ],
                );
                let mut tip = tips::later_tip_in(l, f);
                tip.value = l.trf(
                    "{} of {} ({})",
                    &[&percent(share), &l.money(ind.low), &tip.value],
                );
                marks.push(ShareMarker {
                    series,
                    year,
                    share,
                    publisher,
                    tip,
                });
                ids.extend([f.id.clone(), ind.id.clone()]);
            }
        }
    }
    ids.sort();
    ids.dedup();
    (marks, notes, ids)
}

/// The table: per platform and year, the point share and its bands.
fn table(cx: &Inputs, c: &SharesChart) -> Table {
    let l = cx.l;
    let mut columns = vec![
        l.tr("Platform").to_string(),
        l.tr("Year").to_string(),
        l.tr("Share (point projection)").to_string(),
    ];
    let with_bands = c.lines.iter().any(|s| s.bands.len() == s.points.len());
    if with_bands {
        columns.extend(["P5", "P25", "P50", "P75", "P95"].map(String::from));
    }
    let rows = c
        .lines
        .iter()
        .flat_map(|s| {
            s.points.iter().enumerate().map(move |(i, (year, v))| {
                let mut row = vec![s.name.clone(), year.to_string(), percent(*v)];
                if with_bands {
                    match s.bands.get(i).filter(|_| s.bands.len() == s.points.len()) {
                        Some(q) => row.extend(q.iter().map(|x| percent(*x))),
                        None => row.extend(std::iter::repeat_n(String::new(), 5)),
                    }
                }
                row
            })
        })
        .collect();
    Table {
        caption: l
            .tr("Each platform's share of China's live-stream e-commerce (percent)")
            .to_string(),
        columns,
        rows,
        file_name: "third-pole-shares.csv".to_string(),
        source_column: None,
    }
}

pub(super) fn build(cx: &Inputs) -> Option<Panel> {
    let l = cx.l;
    let lines: Vec<ShareLine> = point_shares(&cx.a.scenario)
        .into_iter()
        .map(|(id, points)| ShareLine {
            name: l.tr(id.name()).to_string(),
            slug: id.slug().to_string(),
            points,
            bands: cx
                .mc
                .and_then(|m| m.shares.iter().find(|b| b.id == id))
                .map(|b| b.quantiles.clone())
                .unwrap_or_default(),
        })
        .collect();
    if lines.is_empty() {
        return None;
    }
    let (markers, mut notes, later_ids) = markers(cx);
    notes.insert(
        0,
        l.tr("Shares are of the whole live-commerce industry as the scenario projects it; a share above 100% means the assumptions contradict each other.")
            .to_string(),
    );
    let chart = SharesChart { lines, markers };
    let table = table(cx, &chart);
    let mut sources: Vec<String> =
        cx.a.scenario
            .series
            .iter()
            .filter(|s| s.id == SeriesId::Industry || SHARE_PLATFORMS.contains(&s.id))
            .map(|s| s.base_source.clone())
            .filter(|s| !s.is_empty())
            .collect();
    sources.extend(later_ids);
    let basis = std::iter::once(SeriesId::Industry)
        .chain(SHARE_PLATFORMS)
        .flat_map(|id| crate::views::basis::named(cx.ds, cx.a, id, l))
        .collect();
    Some(Panel {
        spec: ChartSpec::Shares(chart),
        table,
        sources,
        notes,
        basis,
    })
}

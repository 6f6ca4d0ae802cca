//! What later reports say, prepared for the projection charts: one marker
//! series per publisher, and notes for what is left off and why.

use super::tips;
use crate::charts::{Certainty, Overlay, OverlayPoint, Shape};
use crate::data::{Confidence, Dataset, LaterFigure, LaterKind, Unit};
use crate::locale::Locale;
use crate::model::BASE_YEAR;
use crate::scenario::SeriesId;

/// Shown under the industry chart: why the markers are never joined.
pub const DEFINITIONS_CAUTION: &str = "Market-size figures from different firms use different definitions, so each firm's figures are a separate series of markers and are never joined into one line.";

/// The entity prefix of the industry's market-size figures.
const INDUSTRY: &str = "China live-stream e-commerce";

/// Whether a later figure is a size of the whole live-commerce market.
pub fn is_industry(f: &LaterFigure) -> bool {
    f.entity.starts_with(INDUSTRY) && f.unit == Unit::BillionCny
}

/// A whole calendar year ("2021"), not a part of one ("2023-H1").
pub fn year_of_full(period: &str) -> Option<i32> {
    full_year(period)
}

fn full_year(period: &str) -> Option<i32> {
    (period.len() == 4).then(|| period.parse().ok()).flatten()
}

/// How a later figure's confidence is drawn.
pub fn certainty(c: Confidence) -> Certainty {
    match c {
        Confidence::Confirmed(n) if n >= 2 => Certainty::Confirmed,
        Confidence::Confirmed(_) | Confidence::Single => Certainty::Single,
        Confidence::Disputed => Certainty::Disputed,
    }
}

/// The later industry figures drawn as markers: whole-year outcomes and
/// estimates, not forecasts and not part-year totals.
fn drawn(f: &LaterFigure) -> Option<i32> {
    if !is_industry(f) || f.kind == LaterKind::Forecast {
        return None;
    }
    full_year(&f.period)
}

/// The firm behind a figure: "iiMedia Research (reported by Zhejiang
/// Online)" is iiMedia's series, whoever reprinted it.
pub fn firm(publisher: &str) -> &str {
    publisher
        .split(" (reported by")
        .next()
        .unwrap_or(publisher)
        .trim()
}

/// A publisher as the reader sees it: "iiMedia Research (reported by
/// Zhejiang Online)" is "艾媒咨询（据Zhejiang Online报道）" in Chinese.
pub fn publisher_in(l: &Locale, publisher: &str) -> String {
    match publisher.split_once(" (reported by ") {
        Some((f, rest)) => l.trf(
            "{} (reported by {})",
            &[&l.tr_any(f), &rest.strip_suffix(')').unwrap_or(rest)],
        ),
        _ => l.tr_any(publisher).to_string(),
    }
}

/// A firm's name as the reader sees it (translated where the catalogue has
/// it); overlays are named and matched by it.
pub fn firm_shown<'a>(l: &Locale, publisher: &'a str) -> &'a str {
    l.tr_any(firm(publisher))
}

/// Adds a later figure as a marker of its firm's series, starting the series
/// (with the next shape and colour) on the firm's first figure.
fn push_by_firm(l: &Locale, overlays: &mut Vec<Overlay>, f: &LaterFigure, year: i32) {
    let point = OverlayPoint {
        year,
        low: f.low,
        high: f.high,
        certainty: certainty(f.confidence),
        tip: tips::later_tip_in(l, f),
    };
    let name = firm_shown(l, &f.publisher);
    match overlays.iter_mut().find(|o| o.publisher == name) {
        Some(o) => o.points.push(point),
        None => {
            let i = overlays.len();
            overlays.push(Overlay {
                publisher: name.to_string(),
                slug: crate::format::slug(firm(&f.publisher)),
                shape: Shape::ALL[i % Shape::ALL.len()],
                colour: i,
                points: vec![point],
            });
        }
    }
}

/// One overlay per firm (in the order they first appear), plus a note on
/// the industry figures left off the chart and why.
/// Amounts are in billion yuan; `views::to_display` converts them.
pub fn industry_overlays(ds: &Dataset, l: &Locale) -> (Vec<Overlay>, Vec<String>) {
    let mut overlays: Vec<Overlay> = Vec::new();
    let mut forecasts = Vec::new();
    let mut partial = Vec::new();
    for f in ds.later.iter().filter(|f| is_industry(f)) {
        let Some(year) = drawn(f) else {
            let item = l.trf(
                "{}, {}: {}",
                &[
                    &firm_shown(l, &f.publisher),
                    &l.tr_any(&f.period),
                    &l.money_range(f.low, f.high),
                ],
            );
            if f.kind == LaterKind::Forecast {
                forecasts.push(item);
            } else {
                partial.push(item);
            }
            continue;
        };
        push_by_firm(l, &mut overlays, f, year);
    }
    let mut notes = Vec::new();
    if !forecasts.is_empty() {
        notes.push(l.trf(
            "Not drawn, being forecasts made at the time rather than outcomes: {}.",
            &[&forecasts.join(l.tr("; "))],
        ));
    }
    if !partial.is_empty() {
        notes.push(l.trf(
            "Not drawn, covering part of a year only: {}. All are listed under Sources.",
            &[&partial.join(l.tr("; "))],
        ));
    }
    (overlays, notes)
}

/// Whether a later figure measures the same thing as a scenario series.
/// Its row says which (`SeriesDef::later`).
fn measures(f: &LaterFigure, id: SeriesId) -> bool {
    id.def().later.matches(f)
}

/// Later reports for any series: one marker series per firm, the ids for
/// the Sources view, and notes on what is not drawn.
pub fn series_overlays(
    ds: &Dataset,
    id: SeriesId,
    l: &Locale,
) -> (Vec<Overlay>, Vec<String>, Vec<String>) {
    if id == SeriesId::Industry {
        let (o, n) = industry_overlays(ds, l);
        return (o, industry_ids(ds), n);
    }
    let mut overlays: Vec<Overlay> = Vec::new();
    let mut sources = Vec::new();
    let mut partial = Vec::new();
    let mut before = Vec::new();
    for f in ds.later.iter().filter(|f| {
        measures(f, id) && f.kind != LaterKind::Forecast && f.kind != LaterKind::Derived
    }) {
        sources.push(f.id.clone());
        let item = || {
            l.trf(
                "{}, {}: {}",
                &[
                    &firm_shown(l, &f.publisher),
                    &l.tr_any(&f.period),
                    &l.money_range(f.low, f.high),
                ],
            )
        };
        match full_year(&f.period) {
            None => partial.push(item()),
            Some(year) if year < BASE_YEAR => before.push(item()),
            Some(year) => push_by_firm(l, &mut overlays, f, year),
        }
    }
    let mut notes = Vec::new();
    if id == SeriesId::DouyinLive {
        notes.push(l.tr("No later report gives Douyin's live-only GMV, so there is nothing to set against this projection.").to_string());
    } else {
        notes.push(l.tr("Later reports are markers, one series per firm, never joined; hover or tap one for its source.").to_string());
    }
    if !partial.is_empty() {
        notes.push(l.trf(
            "Not drawn, covering part of a year only: {}.",
            &[&partial.join(l.tr("; "))],
        ));
    }
    if !before.is_empty() {
        notes.push(before_note(l, &before));
    }
    (overlays, sources, notes)
}

/// The note on later figures dated before the charts start (the article's
/// 2019): Kuaishou's 2018 GMV from its prospectus.
pub fn before_note(l: &Locale, items: &[String]) -> String {
    l.trf(
        "Not drawn, dated before {}, where the charts start: {}.",
        &[&BASE_YEAR, &items.join(l.tr("; "))],
    )
}

/// Ids of every later industry figure, drawn or not, for the Sources view.
pub fn industry_ids(ds: &Dataset) -> Vec<String> {
    ds.later
        .iter()
        .filter(|f| is_industry(f))
        .map(|f| f.id.clone())
        .collect()
}

/// What is known of Douyin after 2019: its all-e-commerce GMV, since no
/// live-only figure was published.
pub fn douyin_notes(ds: &Dataset, l: &Locale) -> Vec<String> {
    ds.later
        .iter()
        .filter(|f| f.entity == "Douyin" && f.metric == "e-commerce GMV")
        .filter(|f| full_year(&f.period) == Some(2020))
        .map(|f| {
            l.trf(
                "What happened next: Douyin's all e-commerce GMV (live and not) was over {} in 2020 ({}; {}). No live-only figure for 2020 was found, so the forecasts cannot be checked directly.",
                &[
                    &l.money_range(f.low, f.high),
                    &publisher_in(l, &f.publisher),
                    &tips::confidence_in(l, f.confidence),
                ],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprints_belong_to_the_firm() {
        assert_eq!(
            firm("iiMedia Research (reported by Zhejiang Online)"),
            "iiMedia Research"
        );
        assert_eq!(firm("KPMG and AliResearch"), "KPMG and AliResearch");
    }

    #[test]
    fn industry_overlays_keep_firms_apart_and_say_what_is_left_off() {
        let ds = Dataset::embedded().unwrap_or_else(|e| panic!("{e}"));
        let (overlays, notes) = industry_overlays(ds, &Locale::en());
        let names: Vec<&str> = overlays.iter().map(|o| o.publisher.as_str()).collect();
        assert_eq!(
            names.iter().filter(|n| **n == "iiMedia Research").count(),
            1,
            "{names:?}"
        );
        let iimedia = overlays.iter().find(|o| o.publisher == "iiMedia Research");
        assert_eq!(iimedia.map(|o| o.points.len()), Some(2));
        // Every point is a whole year, and no forecast is drawn.
        assert!(
            overlays
                .iter()
                .all(|o| o.points.iter().all(|p| (2019..=2024).contains(&p.year)))
        );
        assert!(
            notes
                .iter()
                .any(|n| n.contains("forecasts") && n.contains("KPMG"))
        );
        assert!(
            notes
                .iter()
                .any(|n| n.contains("part of a year") && n.contains("2023-H1"))
        );
    }
}

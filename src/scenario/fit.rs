//! "What happened next", fitted from later reports (`static/data/later.json`)
//! in code, so no growth is typed from a report's prose.
//!
//! The rules, series by series:
//! - A growth comes from two full-year figures of the same publisher for the
//!   same entity, metric, scope and unit: the yearly growth between them
//!   (`(later / earlier)^(1 / years)`), for each phase the years between
//!   them overlap. Figures of different publishers are never joined, since
//!   their definitions differ.
//! - Never from a forecast, a figure the dataset derived itself (the
//!   article's corrected Kuaishou figure), a part-year total ("2023-Jan-Oct")
//!   or a range one publisher gives as "from … to". A figure whose two ends
//!   are two publishers' ("LatePost (low) and 36Kr (high)") gives each
//!   publisher its own end. "X (reported by Y)" is X's; a firm's own reports
//!   (prospectus, results, investor relations) are one publisher, the firm.
//! - A phase's range spans every growth fitted for it, across publishers
//!   (low = the smallest, high = the largest), so it is never narrower than
//!   its evidence. The last phase runs to 2030, past the last report, so its
//!   low end reaches down to [`FLOOR`], a saturating market (the app's
//!   assumption, the article cases' own low end for the phase).
//! - A phase no publisher gives a growth for takes the series' stated
//!   assumption ([`Fallback`]), said as such wherever the range is shown.

use super::series::{ARTICLE_LATER, Fallback, FirstPhase, Growths};
use super::{PHASES, SeriesId};
use crate::data::{Dataset, LaterFigure, LaterKind};

/// The lowest yearly growth of the last phase (2023–2030) when it is fitted
/// from reports that end before 2030: a saturating market. The app's own
/// assumption, the article cases' low end for the phase.
pub const FLOOR: f64 = ARTICLE_LATER[1].0;

/// One end of a growth: a later figure's value in a whole year.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// The later figure's dataset id.
    pub id: String,
    pub year: i32,
    /// Billion yuan (or the figure's unit): the end of the figure this
    /// publisher gave.
    pub value: f64,
}

/// A yearly growth read from two full-year figures of one publisher.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    /// The publisher both figures are from ("iiMedia Research", "Kuaishou"
    /// for the company's own reports).
    pub publisher: String,
    pub from: Point,
    pub to: Point,
    /// `(to / from)^(1 / years)`.
    pub growth: f64,
}

/// What a phase's range rests on.
#[derive(Clone, Debug, PartialEq)]
pub enum Basis {
    /// Fitted from these growths; `floor` when the low end was extended
    /// down to [`FLOOR`] because the phase runs past the last figure.
    Fitted {
        evidence: Vec<Evidence>,
        floor: bool,
    },
    /// No publisher gives a growth for the phase: the stated assumption.
    Assumed(Fallback),
}

/// One phase of a fitted series: its range and what it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseFit {
    pub growth: (f64, f64),
    pub basis: Basis,
}

/// "What happened next" for every series.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    pub series: Vec<(SeriesId, Vec<PhaseFit>)>,
}

impl Fitted {
    /// Series `id`'s phases, in the order of [`PHASES`].
    pub fn phases(&self, id: SeriesId) -> Option<&[PhaseFit]> {
        self.series
            .iter()
            .find(|(s, _)| *s == id)
            .map(|(_, p)| p.as_slice())
    }

    /// Series `id`'s growths; `None` if it was not fitted (never: every
    /// series has a row).
    pub fn growths(&self, id: SeriesId) -> Option<Growths> {
        let p = self.phases(id)?;
        let mut g = [(1.0, 1.0); PHASES.len()];
        for (slot, phase) in g.iter_mut().zip(p) {
            *slot = phase.growth;
        }
        Some(g)
    }
}

/// The publisher of a name as a later figure gives it: "X (reported by Y)"
/// is X; a name that starts with the figure's entity is the firm's own
/// report ("Kuaishou prospectus (…)", "Kuaishou investor relations"), so the
/// firm; otherwise the name before any parenthesis ("Askci (China …)").
fn publisher_named(name: &str, entity: &str) -> String {
    let firm = name.split(" (reported by").next().unwrap_or(name).trim();
    if !entity.is_empty() && firm.starts_with(entity) {
        return entity.to_string();
    }
    firm.split(" (").next().unwrap_or(firm).trim().to_string()
}

/// The figure's ends as (publisher, value): one publisher for a single
/// value, one per end where the publisher line names one for each ("A (low)
/// and B (high; …)"). Empty for a range one publisher gives.
fn ends(f: &LaterFigure) -> Vec<(String, f64)> {
    if let Some((low, rest)) = f.publisher.split_once(" (low) and ") {
        let high = rest.split(" (high").next().unwrap_or(rest);
        return vec![
            (publisher_named(low, &f.entity), f.low),
            (publisher_named(high, &f.entity), f.high),
        ];
    }
    if f.low == f.high {
        vec![(publisher_named(&f.publisher, &f.entity), f.low)]
    } else {
        Vec::new()
    }
}

/// A whole calendar year ("2021"), not a part of one ("2023-Jan-Oct").
fn full_year(period: &str) -> Option<i32> {
    (period.len() == 4 && period.bytes().all(|b| b.is_ascii_digit()))
        .then(|| period.parse().ok())
        .flatten()
}

/// Whether a later figure may be evidence at all: what happened in a whole
/// year, as a publisher reported or estimated it.
fn usable(f: &LaterFigure) -> Option<i32> {
    match f.kind {
        LaterKind::Actual | LaterKind::Estimate => full_year(&f.period),
        LaterKind::Forecast | LaterKind::Derived => None,
    }
}

/// Every yearly growth the later reports give for series `id`: each
/// publisher's figures of one definition in year order, each one with the
/// next.
pub fn evidence(ds: &Dataset, id: SeriesId) -> Vec<Evidence> {
    let m = &id.def().later;
    // (publisher, entity, metric, scope, unit) → points.
    let mut groups: Vec<(String, &LaterFigure, Vec<Point>)> = Vec::new();
    for f in ds.later.iter().filter(|f| m.matches(f)) {
        let Some(year) = usable(f) else { continue };
        for (publisher, value) in ends(f) {
            if !(value.is_finite() && value > 0.0) {
                continue;
            }
            let point = Point {
                id: f.id.clone(),
                year,
                value,
            };
            let same = |(p, g, _): &&mut (String, &LaterFigure, Vec<Point>)| {
                *p == publisher
                    && g.entity == f.entity
                    && g.metric == f.metric
                    && g.scope == f.scope
                    && g.unit == f.unit
            };
            match groups.iter_mut().find(same) {
                Some((_, _, points)) => points.push(point),
                None => groups.push((publisher, f, vec![point])),
            }
        }
    }
    let mut out = Vec::new();
    for (publisher, _, mut points) in groups {
        points.sort_by_key(|p| p.year);
        // Two figures of one year from one publisher: neither is taken.
        let dup: Vec<i32> = points
            .windows(2)
            .filter(|w| w[0].year == w[1].year)
            .map(|w| w[0].year)
            .collect();
        points.retain(|p| !dup.contains(&p.year));
        for w in points.windows(2) {
            let years = f64::from(w[1].year - w[0].year);
            out.push(Evidence {
                publisher: publisher.clone(),
                from: w[0].clone(),
                to: w[1].clone(),
                growth: (w[1].value / w[0].value).powf(1.0 / years),
            });
        }
    }
    out
}

/// Whether a growth from `e.from.year` to `e.to.year` covers any year of
/// the phase `(first, last)`.
fn in_phase(e: &Evidence, (first, last): (i32, i32)) -> bool {
    e.from.year < last && e.to.year >= first
}

/// The range a phase's evidence gives, if any: min to max, the last phase's
/// low end reaching down to [`FLOOR`] when the evidence ends before it does.
fn from_evidence(all: &[Evidence], phase: usize) -> Option<PhaseFit> {
    let (first, last) = PHASES[phase];
    let evidence: Vec<Evidence> = all
        .iter()
        .filter(|e| in_phase(e, (first, last)))
        .cloned()
        .collect();
    let low = evidence.iter().map(|e| e.growth).reduce(f64::min)?;
    let high = evidence.iter().map(|e| e.growth).reduce(f64::max)?;
    let ends_before = evidence
        .iter()
        .map(|e| e.to.year)
        .max()
        .is_some_and(|y| y < last);
    let floor = phase + 1 == PHASES.len() && ends_before && FLOOR < low;
    Some(PhaseFit {
        growth: (if floor { FLOOR } else { low }, high),
        basis: Basis::Fitted { evidence, floor },
    })
}

/// The article's low case's growth for series `id` in `phase`, as a
/// projection reads it (2020 from the article's figure where the row names
/// one).
fn article_case(ds: &Dataset, id: SeriesId, phase: usize) -> (f64, f64) {
    let p = &id.def().presets.article_low;
    match (&p.first, phase) {
        (FirstPhase::Article(fid), 0) => ds
            .figure(fid)
            .map_or(p.growths[0], |f| f.projection_value()),
        _ => p.growths[phase],
    }
}

/// "What happened next" for every series, from the dataset's later reports.
pub fn what_happened(ds: &Dataset) -> Fitted {
    let fitted: Vec<(SeriesId, Vec<Option<PhaseFit>>)> = SeriesId::ALL
        .iter()
        .map(|&id| {
            let ev = evidence(ds, id);
            (
                id,
                (0..PHASES.len()).map(|i| from_evidence(&ev, i)).collect(),
            )
        })
        .collect();
    let mut out: Vec<(SeriesId, Vec<PhaseFit>)> = Vec::new();
    // The industry first: the platforms' fallbacks follow it. Then in
    // `SeriesId::ALL`'s order, which puts Douyin's total before its live
    // stream.
    let mut order = vec![SeriesId::Industry];
    order.extend(SeriesId::ALL.iter().filter(|&&id| id != SeriesId::Industry));
    for id in order {
        let own = fitted
            .iter()
            .find(|(s, _)| *s == id)
            .map(|(_, p)| p.clone())
            .unwrap_or_default();
        let mut phases = Vec::new();
        for (i, fit) in own.into_iter().enumerate() {
            if let Some(fit) = fit {
                phases.push(fit);
                continue;
            }
            let fallback = id.def().presets.what_happened.fallback[i];
            let taken = |other: SeriesId| {
                out.iter()
                    .find(|(s, _)| *s == other)
                    .and_then(|(_, p)| p.get(i))
                    .map(|p: &PhaseFit| p.growth)
            };
            let growth = match fallback {
                Fallback::ArticleCaseWidened => {
                    let mut g = article_case(ds, id, i);
                    for (other, p) in &fitted {
                        if *other == id {
                            continue;
                        }
                        if let Some(Some(f)) = p.get(i) {
                            g = (g.0.min(f.growth.0), g.1.max(f.growth.1));
                        }
                    }
                    g
                }
                Fallback::AsIndustry => {
                    taken(SeriesId::Industry).unwrap_or_else(|| article_case(ds, id, i))
                }
                Fallback::AsSeries(other) => {
                    taken(other).unwrap_or_else(|| article_case(ds, id, i))
                }
                Fallback::ArticleSpan(a, b) => match (ds.figure(a), ds.figure(b)) {
                    (Some(a), Some(b)) => (a.projection_value().0, b.projection_value().1),
                    _ => article_case(ds, id, i),
                },
            };
            phases.push(PhaseFit {
                growth,
                basis: Basis::Assumed(fallback),
            });
        }
        out.push((id, phases));
    }
    out.sort_by_key(|(id, _)| SeriesId::ALL.iter().position(|s| s == id));
    Fitted { series: out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publishers_are_the_firms_behind_the_names() {
        assert_eq!(
            publisher_named("iiMedia Research (reported by Zhejiang Online)", "China"),
            "iiMedia Research"
        );
        assert_eq!(
            publisher_named(
                "Kuaishou prospectus (Global Offering, January 2021)",
                "Kuaishou"
            ),
            "Kuaishou"
        );
        assert_eq!(
            publisher_named("Kuaishou investor relations", "Kuaishou"),
            "Kuaishou"
        );
        assert_eq!(
            publisher_named(
                "Askci (China Commercial Industry Research Institute)",
                "China"
            ),
            "Askci"
        );
        assert_eq!(full_year("2023-Jan-Oct"), None);
        assert_eq!(full_year("2021"), Some(2021));
    }
}

//! What each preset growth rests on, in the reader's language: the article's
//! own figure, the app's assumption, or a growth fitted from later reports
//! (publisher, the two figures and their years), for the editor's cells, the
//! panels' notes and their Sources view.

use crate::data::Dataset;
use crate::format;
use crate::locale::Locale;
use crate::scenario::fit::{self, Basis, Evidence};
use crate::scenario::{Assumptions, Fallback, FirstPhase, PHASES, Preset, Scenario, SeriesId};

/// What one phase's growth under a preset rests on.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// The article's figure (its id): a quoted forecast.
    Article(String),
    /// The app's own assumption in one of the article's cases.
    Assumption,
    /// "What happened": fitted, or assumed where no report gives a growth.
    Fitted(Basis),
}

/// Per phase, what series `id`'s growths rest on under the assumptions'
/// preset; `None` for the reader's own set, or when the series no longer
/// holds the preset's values (an older link's edition of it, or an edit).
pub fn cells(ds: &Dataset, a: &Assumptions, id: SeriesId) -> Option<Vec<Cell>> {
    if a.preset == Preset::Custom {
        return None;
    }
    let preset = Scenario::preset(ds, a.preset, a.reading);
    let now = a.scenario.get(id)?;
    let then = preset.get(id)?;
    if now.phases != then.phases {
        return None;
    }
    let def = id.def();
    match def.presets.article(a.preset) {
        Some(p) => Some(
            (0..PHASES.len())
                .map(|i| match (&p.first, i) {
                    (FirstPhase::Article(fid), 0) if ds.figure(fid).is_some() => {
                        Cell::Article((*fid).to_string())
                    }
                    _ => Cell::Assumption,
                })
                .collect(),
        ),
        None => {
            let fitted = fit::what_happened(ds);
            Some(
                fitted
                    .phases(id)?
                    .iter()
                    .map(|p| Cell::Fitted(p.basis.clone()))
                    .collect(),
            )
        }
    }
}

/// A cell's short label for the editor: "the article's", "the app's
/// assumption", "fitted: iiMedia Research", "assumed: as the industry".
pub fn short(l: &Locale, c: &Cell) -> String {
    match c {
        Cell::Article(_) => l.tr("the article's figure").to_string(),
        Cell::Assumption => l.tr("the app's assumption").to_string(),
        Cell::Fitted(Basis::Fitted { evidence, .. }) => {
            let mut who: Vec<&str> = evidence.iter().map(|e| l.tr_any(&e.publisher)).collect();
            who.dedup();
            l.trf("fitted from {}", &[&who.join(l.tr(", "))])
        }
        Cell::Fitted(Basis::Assumed(f)) => l.trf("assumed: {}", &[&fallback_words(l, f)]),
    }
}

/// A stated fallback in words.
fn fallback_words(l: &Locale, f: &Fallback) -> String {
    match f {
        Fallback::ArticleCaseWidened => l
            .tr("the article cases' range, widened to the platforms' fitted growths")
            .to_string(),
        Fallback::AsIndustry => l.tr("as the industry").to_string(),
        Fallback::AsSeries(other) => l.trf("as {}", &[&l.tr(other.name())]),
        Fallback::ArticleSpan(..) => l.tr("both of the article's forecasts").to_string(),
    }
}

/// A growth range as the editor writes it: "×2.22", "×1.15–1.78".
fn growth(low: f64, high: f64) -> String {
    if low == high {
        format::multiplier(low)
    } else {
        format!("×{}–{}", format::sig(low, 3), format::sig(high, 3))
    }
}

/// "{publisher}: 381.2 bn (2020) to 680 bn (2021), ×1.78 a year".
fn evidence_words(l: &Locale, e: &Evidence) -> String {
    l.trf(
        "{}: {} ({}) to {} ({}), {} a year",
        &[
            &l.tr_any(&e.publisher),
            &l.money(e.from.value),
            &e.from.year,
            &l.money(e.to.value),
            &e.to.year,
            &format::multiplier(e.growth),
        ],
    )
}

/// One sentence per phase: the growth and what it rests on, with the
/// publishers, figures and years a fitted range was fitted from.
pub fn sentences(ds: &Dataset, a: &Assumptions, id: SeriesId, l: &Locale) -> Vec<String> {
    let (Some(cells), Some(s)) = (cells(ds, a, id), a.scenario.get(id)) else {
        return Vec::new();
    };
    cells
        .iter()
        .zip(&s.phases)
        .map(|(c, ph)| {
            let g = growth(ph.growth.low, ph.growth.high);
            let years = ph.years();
            match c {
                Cell::Article(_) => l.trf("{} {}: the article's forecast.", &[&years, &g]),
                Cell::Assumption => l.trf(
                    "{} {}: the app's own assumption; the article gives no figure for it.",
                    &[&years, &g],
                ),
                Cell::Fitted(Basis::Fitted { evidence, floor }) => {
                    let from = evidence
                        .iter()
                        .map(|e| evidence_words(l, e))
                        .collect::<Vec<_>>()
                        .join(l.tr("; "));
                    let mut out = l.trf("{} {}: fitted from {}.", &[&years, &g, &from]);
                    if *floor {
                        out.push(' ');
                        out.push_str(&l.trf(
                            "Its low end, {}, is the app's assumption of a saturating market, since no report reaches the end of the phase.",
                            &[&format::multiplier(fit::FLOOR)],
                        ));
                    }
                    out
                }
                Cell::Fitted(Basis::Assumed(f)) => l.trf(
                    "{} {}: no later report gives two full-year figures of one publisher for these years, so it is assumed: {}.",
                    &[&years, &g, &fallback_words(l, f)],
                ),
            }
        })
        .collect()
}

/// [`sentences`], each led by the series' name, for a Sources view that
/// may list several series.
pub fn named(ds: &Dataset, a: &Assumptions, id: SeriesId, l: &Locale) -> Vec<String> {
    sentences(ds, a, id, l)
        .into_iter()
        .map(|s| l.trf("{}: {}", &[&l.tr(id.name()), &s]))
        .collect()
}

/// One note for a panel that projects series `id`: what its preset's
/// growths rest on, phase by phase; `None` for the reader's own set.
pub fn note(ds: &Dataset, a: &Assumptions, id: SeriesId, l: &Locale) -> Option<String> {
    let s = sentences(ds, a, id, l);
    (!s.is_empty()).then(|| {
        l.trf(
            "{}'s growths in this preset: {}",
            &[&l.tr(id.name()), &s.join(" ")],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ds() -> &'static Dataset {
        Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn what_happened_says_what_each_range_was_fitted_from() {
        let ds = ds();
        let mut a = Assumptions::article(ds);
        a.select_preset(ds, Preset::WhatHappened);
        let l = Locale::en();
        let k = sentences(ds, &a, SeriesId::Kuaishou, &l);
        assert_eq!(k.len(), 3, "{k:?}");
        assert!(
            k[0].contains("Kuaishou") && k[0].contains("2019") && k[0].contains("2020"),
            "{k:?}"
        );
        assert!(k[1].contains("2021") && k[1].contains("2022"), "{k:?}");
        let t = sentences(ds, &a, SeriesId::TaobaoLive, &l);
        assert!(t.iter().all(|s| s.contains("assumed")), "{t:?}");
        // The article's cases name the article's figures and the app's own.
        let a = Assumptions::article(ds);
        let i = sentences(ds, &a, SeriesId::Industry, &l);
        assert!(i[0].contains("the article's forecast"), "{i:?}");
        assert!(i[1].contains("the app's own assumption"), "{i:?}");
        // The reader's own set says nothing.
        let mut a = Assumptions::article(ds);
        a.preset = Preset::Custom;
        assert!(sentences(ds, &a, SeriesId::Industry, &l).is_empty());
    }
}

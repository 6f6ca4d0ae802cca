//! "What happened next" is computed from later reports, not typed (issue 13,
//! point 4): each fitted growth is a ratio of two full-year figures of one
//! publisher, never a forecast or a part-year total; every range contains
//! each growth it was fitted from; a phase without evidence says so; the
//! preset follows the dataset; and no growth constant of the preset code is
//! a number copied from a report's note.
#![cfg(not(target_arch = "wasm32"))]

use live_commerce_explorer::data::{Dataset, LaterKind, Reading};
use live_commerce_explorer::locale::{Lang, Locale};
use live_commerce_explorer::scenario::fit::{self, Basis};
use live_commerce_explorer::scenario::{Fallback, GROWTH_MAX, PHASES, Preset, Scenario, SeriesId};
use live_commerce_explorer::views::{Assumptions, basis};

fn ds() -> &'static Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn later(id: &str) -> f64 {
    ds().later_figure(id)
        .map(|f| f.low)
        .unwrap_or_else(|| panic!("no later figure {id}"))
}

fn growths(s: &Scenario, id: SeriesId) -> Vec<(f64, f64)> {
    s.get(id)
        .map(|s| {
            s.phases
                .iter()
                .map(|p| (p.growth.low, p.growth.high))
                .collect()
        })
        .unwrap_or_default()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * b.abs().max(1.0)
}

/// The fitted growths are the ratios of one publisher's figures, computed
/// here by hand from later.json.
#[test]
fn fitted_growths_are_one_publishers_ratios() {
    let s = Scenario::preset(ds(), Preset::WhatHappened, Reading::Corrected);
    // iiMedia: 961 (2020) over 433.8 (2019).
    let iimedia = later("industry-2020-iimedia") / later("industry-2019-iimedia");
    assert_eq!(growths(&s, SeriesId::Industry)[0], (iimedia, iimedia));
    // Kuaishou's own reports: 2019 → 2020, 2020 → 2021 and 2021 → 2022,
    // 2022 → 2023 (with the saturating floor below it).
    let k = growths(&s, SeriesId::Kuaishou);
    let k20 = later("kuaishou-2020-results") / later("kuaishou-2019-prospectus");
    let k21 = later("kuaishou-2021") / later("kuaishou-2020-results");
    let k22 = later("kuaishou-2022") / later("kuaishou-2021");
    let k23 = later("kuaishou-2023") / later("kuaishou-2022");
    assert_eq!(k[0], (k20, k20));
    assert_eq!(k[1], (k22.min(k21), k21.max(k22)));
    assert_eq!(k[2], (fit::FLOOR, k23));
    // Douyin: LatePost's 500 bn (2020) and its 2,200 bn (2023, the low end
    // of "LatePost (low) and 36Kr (high)"), a yearly average over three
    // years, for both phases those years fall in.
    let latepost = (later("douyin-2023") / later("douyin-2020")).powf(1.0 / 3.0);
    let d = growths(&s, SeriesId::DouyinTotal);
    assert!(close(d[1].0, latepost) && close(d[1].1, latepost), "{d:?}");
    assert!(close(d[2].1, latepost), "{d:?}");
    // Not the range the preset was typed with, which chained publishers.
    assert_ne!(growths(&s, SeriesId::Industry)[0], (2.2, 3.0));
    assert_ne!(d[1], (1.5, 2.0));
}

/// No fitted growth uses a forecast, a derived or a part-year figure, or
/// mixes publishers; every range contains each growth it was fitted from.
#[test]
fn no_forecast_part_year_or_mixed_publishers_and_ranges_hold_their_evidence() {
    let ds = ds();
    let f = fit::what_happened(ds);
    let mut fitted = 0;
    for id in SeriesId::ALL {
        let phases = f.phases(id).unwrap_or_else(|| panic!("{id:?}"));
        assert_eq!(phases.len(), PHASES.len());
        for (i, p) in phases.iter().enumerate() {
            let (low, high) = p.growth;
            assert!(low <= high, "{id:?} phase {i}");
            let Basis::Fitted { evidence, .. } = &p.basis else {
                continue;
            };
            assert!(!evidence.is_empty());
            for e in evidence {
                fitted += 1;
                assert!(low <= e.growth && e.growth <= high, "{id:?} {i}: {e:?}");
                assert!(e.from.year < e.to.year, "{e:?}");
                for end in [&e.from, &e.to] {
                    let lf = ds
                        .later_figure(&end.id)
                        .unwrap_or_else(|| panic!("{}", end.id));
                    assert!(
                        matches!(lf.kind, LaterKind::Actual | LaterKind::Estimate),
                        "{}: {:?}",
                        lf.id,
                        lf.kind
                    );
                    assert_eq!(lf.period, end.year.to_string(), "{}: part of a year", lf.id);
                    assert!(id.def().later.matches(lf), "{}", lf.id);
                    assert!(end.value == lf.low || end.value == lf.high, "{}", lf.id);
                    // The publisher named in the figure's publisher line.
                    assert!(
                        lf.publisher.contains(&e.publisher),
                        "{}: {} is not {}",
                        lf.id,
                        lf.publisher,
                        e.publisher
                    );
                }
                let from = ds.later_figure(&e.from.id).map(|f| (&f.metric, f.scope));
                let to = ds.later_figure(&e.to.id).map(|f| (&f.metric, f.scope));
                assert_eq!(from, to, "{e:?}: two definitions");
            }
        }
    }
    assert!(fitted >= 5, "{fitted}");
    // The forecasts and part-year totals the typed preset leaned on are
    // never evidence.
    for id in SeriesId::ALL {
        for e in fit::evidence(ds, id) {
            for bad in [
                "industry-2020f-kpmg",
                "industry-2020f-iimedia",
                "mofcom-2023-jan-oct",
                "kuaishou-2020-11m",
                "kuaishou-2020-9m-prospectus",
                "douyin-2023-jan-oct",
                "kuaishou-2019",
            ] {
                assert!(e.from.id != bad && e.to.id != bad, "{bad} used: {e:?}");
            }
        }
    }
}

/// A phase without evidence says so and takes the series' stated
/// assumption: Douyin's live stream (no later report measures it; its
/// own-store GMV is not live-stream GMV) and Taobao Live (its 2019 and 2020
/// figures are two publishers') have none.
#[test]
fn phases_without_evidence_take_their_stated_assumption() {
    let f = fit::what_happened(ds());
    for id in [SeriesId::DouyinLive, SeriesId::TaobaoLive] {
        let phases = f.phases(id).unwrap_or_default();
        for (i, p) in phases.iter().enumerate() {
            assert_eq!(
                p.basis,
                Basis::Assumed(id.def().presets.what_happened.fallback[i]),
                "{id:?} {i}"
            );
        }
    }
    let t = f.phases(SeriesId::TaobaoLive).unwrap_or_default();
    let i = f.phases(SeriesId::Industry).unwrap_or_default();
    for (t, i) in t.iter().zip(i) {
        assert_eq!(t.growth, i.growth);
    }
    // Douyin live's 2020 spans the article's two forecasts.
    let d = f.phases(SeriesId::DouyinLive).unwrap_or_default();
    assert!(matches!(
        d[0].basis,
        Basis::Assumed(Fallback::ArticleSpan(..))
    ));
    assert_eq!(d[0].growth, (5.0, 12.0));
}

/// The preset follows the dataset: change one later figure and the fitted
/// growth changes with it (no number is copied from it).
#[test]
fn the_fitted_preset_follows_later_json() {
    let mut ds = ds().clone();
    let before = Scenario::preset(&ds, Preset::WhatHappened, Reading::Corrected);
    for f in ds.later.iter_mut().filter(|f| f.id == "kuaishou-2021") {
        f.low = 700.0;
        f.high = 700.0;
    }
    for f in ds
        .later
        .iter_mut()
        .filter(|f| f.id == "industry-2020-iimedia")
    {
        f.low = 1000.0;
        f.high = 1000.0;
    }
    let after = Scenario::preset(&ds, Preset::WhatHappened, Reading::Corrected);
    let k = growths(&after, SeriesId::Kuaishou);
    assert_eq!(k[1].1, 700.0 / 381.2);
    assert_ne!(growths(&before, SeriesId::Kuaishou)[1], k[1]);
    assert_eq!(
        growths(&after, SeriesId::Industry)[0],
        (1000.0 / 433.8, 1000.0 / 433.8)
    );
    // A forecast changed changes nothing.
    let mut ds2 = self::ds().clone();
    for f in ds2
        .later
        .iter_mut()
        .filter(|f| f.id == "industry-2020f-kpmg")
    {
        f.low = 5000.0;
        f.high = 5000.0;
    }
    assert_eq!(
        Scenario::preset(&ds2, Preset::WhatHappened, Reading::Corrected),
        Scenario::preset(self::ds(), Preset::WhatHappened, Reading::Corrected)
    );
}

/// No number in a later figure's note (a growth a report prints beside its
/// figure, "+78.4%", read as ×1.784 too) appears as a growth constant in
/// the preset code: the presets, the series rows and the story.
#[test]
fn no_preset_constant_is_copied_from_a_note() {
    let mut from_notes: Vec<f64> = Vec::new();
    for f in &ds().later {
        let Some(note) = &f.note else { continue };
        for word in note.split(|c: char| !(c.is_ascii_digit() || c == '.')) {
            let word = word.trim_matches('.');
            if word.contains('.')
                && let Ok(x) = word.parse::<f64>()
            {
                from_notes.push(x);
                // A percentage as a multiplier: "+78.4%" is ×1.784.
                from_notes.push(1.0 + x / 100.0);
            }
        }
    }
    assert!(
        from_notes.iter().any(|&x| close(x, 1.784)),
        "{from_notes:?}"
    );
    for (file, text) in [
        ("presets.rs", include_str!("../src/scenario/presets.rs")),
        ("series.rs", include_str!("../src/scenario/series.rs")),
        ("story.rs", include_str!("../src/story.rs")),
    ] {
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in code.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_')) {
                let word = word.replace('_', "");
                let word = word.trim_matches('.');
                if !word.contains('.') {
                    continue;
                }
                let Ok(x) = word.parse::<f64>() else { continue };
                // Growths only: bases (433.8 bn, the article's figure and a
                // documented fallback) are amounts, not multipliers.
                if x > GROWTH_MAX {
                    continue;
                }
                assert!(
                    !from_notes.iter().any(|&y| close(x, y)),
                    "{file}:{}: {x} is a number from a later report's note",
                    n + 1
                );
            }
        }
    }
}

/// Each fitted range says what it was fitted from, and the article's
/// presets say which growths are the article's and which the app's, in
/// English and Chinese, in the panels' Sources view and a note.
#[test]
fn every_range_says_what_it_rests_on() {
    let ds = ds();
    let mut a = Assumptions::article(ds);
    a.select_preset(ds, Preset::WhatHappened);
    for l in [
        Locale::en(),
        Locale {
            lang: Lang::Zh,
            ..Locale::default()
        },
    ] {
        let v = live_commerce_explorer::views::build(ds, &a, None, &l)
            .unwrap_or_else(|e| panic!("{e}"));
        let industry = &v[live_commerce_explorer::panels::PanelId::Industry];
        assert_eq!(industry.basis.len(), PHASES.len(), "{:?}", industry.basis);
        // The publisher and both years of the 2020 fit.
        let first = &industry.basis[0];
        assert!(
            first.contains("2019")
                && first.contains("2020")
                && first.contains(l.tr_any("iiMedia Research")),
            "{first}"
        );
        assert!(
            industry
                .notes
                .iter()
                .any(|n| n.contains(l.tr_any("iiMedia Research"))),
            "{:?}",
            industry.notes
        );
        let k = basis::sentences(ds, &a, SeriesId::Kuaishou, &l);
        assert!(k[1].contains("2021") && k[1].contains("2022"), "{k:?}");
    }
    // The article's cases: the 2020 doubling is the article's, the later
    // phases the app's; the editor's cells say so too.
    let a = Assumptions::article(ds);
    let l = Locale::en();
    let cells = basis::cells(ds, &a, SeriesId::Industry).unwrap_or_default();
    let short: Vec<String> = cells.iter().map(|c| basis::short(&l, c)).collect();
    assert_eq!(
        short,
        [
            "the article's figure",
            "the app's assumption",
            "the app's assumption"
        ]
    );
    let cells = basis::cells(ds, &a, SeriesId::Kuaishou).unwrap_or_default();
    assert!(cells.iter().all(|c| *c == basis::Cell::Assumption));
    // An older link's edition of "what happened" is not explained as fitted.
    let mut old = Assumptions::article(ds);
    old.preset = Preset::WhatHappened;
    old.scenario = Scenario::preset_link_v2(ds, Preset::WhatHappened, Reading::Corrected);
    assert!(basis::cells(ds, &old, SeriesId::Industry).is_none());
}

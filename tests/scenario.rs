//! The scenario engine against hand-computed and analytic values, and
//! property tests over arbitrary inputs. Native only: proptest and the
//! timing-free checks here need nothing from a browser.
#![cfg(not(target_arch = "wasm32"))]

use live_commerce_explorer::data::{Dataset, Reading};
use live_commerce_explorer::model::{BASE_YEAR, LAST_YEAR, YearValue};
use live_commerce_explorer::scenario::{
    Dist, GoalError, Growth, McResult, MonteCarlo, PHASES, Phase, Preset, SAMPLES_DEFAULT,
    SAMPLES_MAX, SHARE_PLATFORMS, Scenario, SeriesId, ShareBands, goal_seek, monte_carlo,
    point_shares, tornado,
};
use proptest::prelude::*;

fn ds() -> &'static Dataset {
    match Dataset::embedded() {
        Ok(d) => d,
        Err(e) => panic!("embedded dataset: {e}"),
    }
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs())
}

fn phases(g: [Growth; 3]) -> Vec<Phase> {
    PHASES
        .iter()
        .zip(g)
        .map(|(&(first, last), growth)| Phase {
            first,
            last,
            growth,
        })
        .collect()
}

fn set(s: &mut Scenario, id: SeriesId, base: f64, g: [Growth; 3]) {
    match s.get_mut(id) {
        Some(series) => {
            series.base = base;
            series.phases = phases(g);
        }
        None => panic!("no {id:?}"),
    }
}

fn bands(r: &McResult, id: SeriesId) -> &live_commerce_explorer::scenario::SeriesBands {
    match r.series.iter().find(|b| b.id == id) {
        Some(b) => b,
        None => panic!("no bands for {id:?}"),
    }
}

fn year_index(year: i32) -> usize {
    (year - BASE_YEAR) as usize
}

/// Standard normal CDF via erfc (Numerical Recipes' erfcc, |error| < 1.2e-7).
fn phi(x: f64) -> f64 {
    let z = x.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.5 * z);
    let erfc = t
        * (-z * z - 1.265_512_23
            + t * (1.000_023_68
                + t * (0.374_091_96
                    + t * (0.096_784_18
                        + t * (-0.186_288_06
                            + t * (0.278_868_07
                                + t * (-1.135_203_98
                                    + t * (1.488_515_87
                                        + t * (-0.822_152_23 + t * 0.170_872_77)))))))))
            .exp();
    if x >= 0.0 {
        1.0 - erfc / 2.0
    } else {
        erfc / 2.0
    }
}

const Z: [f64; 5] = [
    -1.644_853_626_951_472,
    -0.674_489_750_196_081_7,
    0.0,
    0.674_489_750_196_081_7,
    1.644_853_626_951_472,
];

// ---------------------------------------------------------------- projections

#[test]
fn point_projection_matches_hand_computed_values() {
    let s = Scenario::preset(ds(), Preset::ArticleLow, Reading::AsPrinted);
    let p = s.point_projection(SeriesId::Industry);
    assert_eq!(p.len(), 12);
    assert_eq!(
        p[0],
        YearValue {
            year: 2019,
            value: 433.8
        }
    );
    assert!(close(p[1].value, 867.6, 1e-12));
    let m1 = (1.15f64 * 1.6).sqrt();
    let m2 = (1.05f64 * 1.35).sqrt();
    assert!(close(p[2].value, 867.6 * m1, 1e-12));
    assert!(close(p[3].value, 867.6 * m1 * m1, 1e-12));
    assert!(close(p[11].value, 867.6 * m1 * m1 * m2.powi(8), 1e-12));
    assert_eq!(p[11].year, LAST_YEAR);
    // Douyin live: 10 bn × √30 in 2020.
    let d = s.point_projection(SeriesId::DouyinLive);
    assert!(close(d[1].value, 10.0 * 30f64.sqrt(), 1e-12));
    assert_eq!(
        s.growth_in(SeriesId::DouyinLive, 2020),
        Some(Growth::range(5.0, 6.0))
    );
    assert_eq!(s.growth_in(SeriesId::DouyinLive, 2019), None);
    // Uniform and triangular medians are the middle of the range.
    let mut u = s.clone();
    set(
        &mut u,
        SeriesId::Kuaishou,
        100.0,
        [
            Growth {
                low: 1.0,
                high: 2.0,
                dist: Dist::Uniform,
            },
            Growth {
                low: 1.0,
                high: 3.0,
                dist: Dist::Triangular,
            },
            Growth::point(1.0),
        ],
    );
    let k = u.point_projection(SeriesId::Kuaishou);
    assert!(close(k[1].value, 150.0, 1e-12));
    assert!(close(k[3].value, 150.0 * 4.0, 1e-12));
    assert!(close(k[11].value, 600.0, 1e-12));
}

// -------------------------------------------------------------------- presets

#[test]
fn presets_use_the_datasets_numbers() {
    let low = Scenario::preset(ds(), Preset::ArticleLow, Reading::AsPrinted);
    let high = Scenario::preset(ds(), Preset::ArticleHigh, Reading::AsPrinted);
    let custom = Scenario::preset(ds(), Preset::Custom, Reading::AsPrinted);
    assert_eq!(custom, low);
    let base = |s: &Scenario, id| s.get(id).map(|a| (a.base, a.base_source.clone()));
    assert_eq!(
        base(&low, SeriesId::Industry),
        Some((433.8, "industry-2019".into()))
    );
    assert_eq!(
        base(&low, SeriesId::DouyinTotal),
        Some((180.0, "douyin-gmv-2019".into()))
    );
    assert_eq!(
        base(&low, SeriesId::DouyinLive),
        Some((10.0, "douyin-live-gmv-2019".into()))
    );
    // Kuaishou starts from its corrected 2019 figure even as printed: the
    // printed 400–500 bn is more than the whole industry (issue 13).
    assert_eq!(
        base(&low, SeriesId::Kuaishou),
        Some((45.0, "kuaishou-gmv-2019".into()))
    );
    // Links of format v1 read the article's cases under the link's reading.
    let v1 = Scenario::preset_link_v1(ds(), Preset::ArticleLow, Reading::AsPrinted);
    assert_eq!(
        base(&v1, SeriesId::Kuaishou),
        Some((450.0, "kuaishou-gmv-2019".into()))
    );
    assert_eq!(
        base(&low, SeriesId::TaobaoLive),
        Some((225.0, "taobao-live-2019".into()))
    );
    let corrected = Scenario::preset(ds(), Preset::ArticleLow, Reading::Corrected);
    assert_eq!(corrected, low, "a preset is the same in either reading");
    assert_eq!(
        low.growth_in(SeriesId::Industry, 2020),
        Some(Growth::point(2.0))
    );
    assert_eq!(
        low.growth_in(SeriesId::DouyinLive, 2020),
        Some(Growth::range(5.0, 6.0))
    );
    assert_eq!(
        high.growth_in(SeriesId::DouyinLive, 2020),
        Some(Growth::range(10.0, 12.0))
    );
    // ArticleHigh differs from ArticleLow only there.
    let mut h = high.clone();
    if let Some(d) = h.get_mut(SeriesId::DouyinLive) {
        d.phases[0].growth = Growth::range(5.0, 6.0);
    }
    assert_eq!(h, low);
    for s in [&low, &high, &corrected] {
        assert_eq!(s.level, 1000.0);
        assert_eq!(s.samples, SAMPLES_DEFAULT);
        assert_eq!(s.seed, 20_200_401);
    }
    // The trillion level is reached by 2022 even with every range at its low end.
    let mut floor = low.clone();
    if let Some(i) = floor.get_mut(SeriesId::Industry) {
        for p in &mut i.phases {
            p.growth = Growth::point(p.growth.low);
        }
    }
    let p = floor.point_projection(SeriesId::Industry);
    assert!(p[year_index(2022)].value >= 1000.0, "{p:?}");
    assert!(p[year_index(2020)].value < 1000.0, "{p:?}");
}

#[test]
fn what_happened_meets_the_later_figures() {
    for reading in [Reading::AsPrinted, Reading::Corrected] {
        let s = Scenario::preset(ds(), Preset::WhatHappened, reading);
        let mut check = s.clone();
        assert!(check.sanitize().is_empty());
        // Kuaishou's 2020 lands on its own 381.2 bn whatever the reading:
        // the company's 2019 and 2020 figures, one publisher.
        let k = match s.get(SeriesId::Kuaishou) {
            Some(k) => k,
            None => panic!("no Kuaishou"),
        };
        let g = k.phases[0].growth;
        assert!(close(k.base * g.low, 381.2, 1e-12) && g.is_point(), "{g:?}");
        // Its base is Kuaishou's own 2019 GMV, read from the dataset by id
        // (59.6 bn in its prospectus), not the article's figure under the
        // reading.
        let prospectus = ds().later_figure("kuaishou-2019-prospectus");
        assert_eq!(prospectus.map(|f| f.low), Some(59.6));
        assert_eq!(
            (k.base, k.base_source.as_str()),
            (59.6, "kuaishou-2019-prospectus")
        );
        // Links of format v1 still read "what happened" as it was then.
        let v1 = Scenario::preset_link_v1(ds(), Preset::WhatHappened, reading);
        let old = v1
            .get(SeriesId::Kuaishou)
            .map(|k| (k.base, k.base_source.clone()));
        let printed = match reading {
            Reading::AsPrinted => 450.0,
            Reading::Corrected => 45.0,
        };
        assert_eq!(old, Some((printed, "kuaishou-gmv-2019".to_string())));
        // And v1's other series are v2's (both typed by hand then).
        let v2 = Scenario::preset_link_v2(ds(), Preset::WhatHappened, reading);
        for id in SeriesId::ALL
            .into_iter()
            .filter(|&id| id != SeriesId::Kuaishou)
        {
            assert_eq!(v1.get(id), v2.get(id), "{id:?}");
        }
        // The industry's 2020 is iiMedia's 961 on its own 433.8.
        let i = s.growth_in(SeriesId::Industry, 2020);
        assert!(i.is_some_and(|g| close(g.low * 433.8, 961.0, 1e-12) && g.is_point()));
    }
}

/// The Monte Carlo's P5–P95 covers every figure a fitted range was fitted
/// from, in the series whose base is the same publisher's (Kuaishou, the
/// industry in 2020). Figures of other publishers are not joined to a
/// series' line, so they are not asserted here (`tests/fit.rs` states
/// which figures a range rests on).
#[test]
fn what_happened_bands_cover_the_later_figures() {
    for reading in [Reading::AsPrinted, Reading::Corrected] {
        let mut s = Scenario::preset(ds(), Preset::WhatHappened, reading);
        s.samples = 20_000;
        let r = monte_carlo(&s);
        for (id, later) in [
            (SeriesId::Industry, "industry-2020-iimedia"),
            (SeriesId::Kuaishou, "kuaishou-2020-results"),
            (SeriesId::Kuaishou, "kuaishou-2021"),
            (SeriesId::Kuaishou, "kuaishou-2022"),
            (SeriesId::Kuaishou, "kuaishou-2023"),
        ] {
            let f = match ds().later_figure(later) {
                Some(f) => f,
                None => panic!("no later figure {later}"),
            };
            let year: i32 = f.period.parse().unwrap_or(0);
            let q = bands(&r, id).quantiles[year_index(year)];
            assert!(
                q[0] <= f.high * 1.001 && f.low * 0.999 <= q[4],
                "{later} {}–{} outside P5–P95 {:.0}–{:.0}",
                f.low,
                f.high,
                q[0],
                q[4]
            );
        }
    }
}

// ---------------------------------------------------------------- Monte Carlo

/// Industry: ×2 (2020), ×1.2 (2021–2022), then one lognormal range
/// ×1.05–1.35 for 2023–2030: a single-factor model with known quantiles.
fn single_factor() -> (Scenario, f64, f64, f64) {
    let mut s = Scenario::default();
    set(
        &mut s,
        SeriesId::Industry,
        433.8,
        [
            Growth::point(2.0),
            Growth::point(1.2),
            Growth::range(1.05, 1.35),
        ],
    );
    s.level = 2000.0;
    let c = 433.8 * 2.0 * 1.44;
    let mu = (1.05f64.ln() + 1.35f64.ln()) / 2.0;
    let sigma = (1.35f64.ln() - 1.05f64.ln()) / (2.0 * Z[4].abs());
    (s, c, mu, sigma)
}

#[test]
fn lognormal_quantiles_match_the_analytic_ones() {
    let (s, c, mu, sigma) = single_factor();
    let r = monte_carlo(&s);
    assert_eq!(r.samples, SAMPLES_DEFAULT);
    assert_eq!(r.years, (BASE_YEAR..=LAST_YEAR).collect::<Vec<_>>());
    let b = bands(&r, SeriesId::Industry);
    // Years before the range are exact.
    assert_eq!(b.quantiles[0], [433.8; 5]);
    assert!(b.quantiles[1].iter().all(|&q| close(q, 867.6, 1e-12)));
    assert!(b.quantiles[3].iter().all(|&q| close(q, c, 1e-12)));
    for year in 2023..=2030 {
        let k = f64::from(year - 2022);
        for (i, z) in Z.iter().enumerate() {
            let want = c * (k * (mu + z * sigma)).exp();
            let got = b.quantiles[year_index(year)][i];
            assert!(close(got, want, 0.015), "{year} q{i}: {got} vs {want}");
        }
    }
}

#[test]
fn p_cross_matches_the_analytic_probability() {
    let (s, c, mu, sigma) = single_factor();
    let r = monte_carlo(&s);
    let b = bands(&r, SeriesId::Industry);
    for year in BASE_YEAR..=LAST_YEAR {
        let want = if year <= 2022 {
            0.0
        } else {
            // m^k ≥ level / c, with level / c > 1 so only m > 1 can cross.
            let k = f64::from(year - 2022);
            let threshold = (s.level / c).ln() / k;
            1.0 - phi((threshold - mu) / sigma)
        };
        let got = b.p_cross[year_index(year)];
        assert!((got - want).abs() < 0.006, "{year}: {got} vs {want}");
    }
    assert!(b.p_cross[year_index(2030)] > 0.9);
    // A series already above the level in 2019 has crossed in every sample.
    let mut s = s;
    s.level = 100.0;
    let r = monte_carlo(&s);
    assert!(
        bands(&r, SeriesId::Industry)
            .p_cross
            .iter()
            .all(|&p| p == 1.0)
    );
}

#[test]
fn uniform_and_triangular_quantiles() {
    let mut s = Scenario::default();
    set(
        &mut s,
        SeriesId::Kuaishou,
        100.0,
        [
            Growth {
                low: 1.0,
                high: 2.0,
                dist: Dist::Uniform,
            },
            Growth::point(1.0),
            Growth::point(1.0),
        ],
    );
    set(
        &mut s,
        SeriesId::TaobaoLive,
        100.0,
        [
            Growth {
                low: 1.0,
                high: 3.0,
                dist: Dist::Triangular,
            },
            Growth::point(1.0),
            Growth::point(1.0),
        ],
    );
    let r = monte_carlo(&s);
    let q = [0.05, 0.25, 0.5, 0.75, 0.95];
    let k = bands(&r, SeriesId::Kuaishou);
    for year in [2020, 2025, 2030] {
        for (i, q) in q.iter().enumerate() {
            let (got, want) = (k.quantiles[year_index(year)][i], 100.0 * (1.0 + q));
            assert!(
                close(got, want, 0.005),
                "uniform {year} q{i}: {got} vs {want}"
            );
        }
    }
    // Triangular on [1, 3], mode 2: F(x) = (x − 1)² / 2 below the mode.
    let tri = |q: f64| {
        if q <= 0.5 {
            1.0 + (2.0 * q).sqrt()
        } else {
            3.0 - (2.0 * (1.0 - q)).sqrt()
        }
    };
    let t = bands(&r, SeriesId::TaobaoLive);
    for (i, &q) in q.iter().enumerate() {
        let (got, want) = (t.quantiles[year_index(2024)][i], 100.0 * tri(q));
        assert!(close(got, want, 0.01), "triangular q{i}: {got} vs {want}");
    }
    // Every draw lies within the range.
    assert!(
        k.quantiles
            .iter()
            .skip(1)
            .all(|q| q[0] >= 100.0 && q[4] <= 200.0)
    );
}

#[test]
fn seeds_make_runs_reproducible() {
    let mut s = Scenario::preset(ds(), Preset::ArticleLow, Reading::Corrected);
    s.samples = 5000;
    let a = monte_carlo(&s);
    assert_eq!(a, monte_carlo(&s));
    s.seed += 1;
    let b = monte_carlo(&s);
    assert_ne!(a.series, b.series);
    assert_eq!(b.seed, a.seed + 1);
}

#[test]
fn chunked_runs_equal_one_run() {
    let mut s = Scenario::preset(ds(), Preset::WhatHappened, Reading::Corrected);
    s.samples = 20_000;
    let whole = monte_carlo(&s);
    let mut mc = MonteCarlo::new(&s);
    assert_eq!((mc.total(), mc.done()), (20_000, 0));
    for chunk in [1, 999, 1024, 1025, 7777] {
        mc.run(chunk);
    }
    assert_eq!(mc.done(), 1 + 999 + 1024 + 1025 + 7777);
    mc.run(u32::MAX);
    assert_eq!(mc.done(), 20_000);
    mc.run(10);
    assert_eq!(mc.done(), 20_000);
    assert_eq!(mc.finish(), whole);
}

#[test]
fn changing_one_series_leaves_the_others_draws_alone() {
    let mut s = Scenario::preset(ds(), Preset::ArticleLow, Reading::Corrected);
    s.samples = 3000;
    let a = monte_carlo(&s);
    if let Some(k) = s.get_mut(SeriesId::Kuaishou) {
        k.phases[1].growth = Growth::range(1.0, 3.0);
    }
    let b = monte_carlo(&s);
    assert_eq!(bands(&a, SeriesId::Industry), bands(&b, SeriesId::Industry));
    assert_ne!(bands(&a, SeriesId::Kuaishou), bands(&b, SeriesId::Kuaishou));
}

#[test]
fn an_unfinished_run_reports_what_it_has() {
    let s = Scenario::preset(ds(), Preset::ArticleLow, Reading::Corrected);
    let empty = MonteCarlo::new(&s).finish();
    assert_eq!(empty.samples, 0);
    let b = bands(&empty, SeriesId::Industry);
    let point = s.point_projection(SeriesId::Industry);
    for (q, p) in b.quantiles.iter().zip(&point) {
        assert_eq!(*q, [p.value; 5]);
    }
    assert_eq!(b.p_cross[year_index(2020)], 0.0);
    assert_eq!(b.p_cross[year_index(2030)], 1.0);
    let mut mc = MonteCarlo::new(&s);
    mc.run(1500);
    let partial = mc.finish();
    assert_eq!(partial.samples, 1500);
}

// --------------------------------------------------------------------- shares

fn share_bands(r: &McResult, id: SeriesId) -> &ShareBands {
    match r.shares.iter().find(|b| b.id == id) {
        Some(b) => b,
        None => panic!("no shares for {id:?}"),
    }
}

/// Every series a point (its medians), Kuaishou's base above the industry's.
fn all_points() -> Scenario {
    let mut s = Scenario::preset(ds(), Preset::ArticleLow, Reading::Corrected);
    for a in &mut s.series {
        for p in &mut a.phases {
            p.growth = Growth::point(p.growth.median());
        }
    }
    if let Some(k) = s.get_mut(SeriesId::Kuaishou) {
        // The article's printed 450 bn against an industry of 433.8 bn.
        k.base = 450.0;
    }
    s.sanitize();
    s.samples = 3000;
    s
}

#[test]
fn point_ranges_give_exactly_the_point_shares() {
    let s = all_points();
    let points = point_shares(&s);
    assert_eq!(
        points.iter().map(|p| p.0).collect::<Vec<_>>(),
        SHARE_PLATFORMS.to_vec()
    );
    let industry = s.point_projection(SeriesId::Industry);
    for r in [monte_carlo(&s), MonteCarlo::new(&s).finish()] {
        assert_eq!(r.shares.len(), 3);
        for (id, shares) in &points {
            let b = share_bands(&r, *id);
            assert_eq!(b.quantiles.len(), r.years.len());
            assert_eq!(shares.len(), r.years.len());
            for ((q, &(year, share)), i) in b.quantiles.iter().zip(shares).zip(&industry) {
                assert_eq!(*q, [share; 5], "{id:?} {year}");
                let platform = s.point_projection(*id)[year_index(year)].value;
                assert_eq!(share, platform / i.value);
            }
        }
    }
    // Kept above 1, not clamped: the inconsistency shows.
    let k = share_bands(&monte_carlo(&s), SeriesId::Kuaishou).quantiles[0];
    assert_eq!(k, [450.0 / 433.8; 5]);
    assert!(k[0] > 1.0);
}

/// Industry and Taobao Live with independent lognormal ranges in 2023–2030
/// (90% intervals `ind` and `tao`); everything before is a point.
fn independent_ranges(ind: (f64, f64), tao: (f64, f64)) -> Scenario {
    let mut s = Scenario::default();
    set(
        &mut s,
        SeriesId::Industry,
        433.8,
        [
            Growth::point(2.0),
            Growth::point(1.2),
            Growth::range(ind.0, ind.1),
        ],
    );
    set(
        &mut s,
        SeriesId::TaobaoLive,
        100.0,
        [
            Growth::point(2.0),
            Growth::point(1.2),
            Growth::range(tao.0, tao.1),
        ],
    );
    s
}

#[test]
fn shares_are_taken_per_sample_not_as_a_ratio_of_quantiles() {
    // Both wide and centred on the same growth: the ratio of the industry's
    // and the platform's P95 is the point share, but a sample's share
    // spreads with both.
    let s = independent_ranges((0.8, 1.5), (0.8, 1.5));
    let r = monte_carlo(&s);
    let y = year_index(2030);
    let (ind, tao) = (
        bands(&r, SeriesId::Industry).quantiles[y],
        bands(&r, SeriesId::TaobaoLive).quantiles[y],
    );
    let share = share_bands(&r, SeriesId::TaobaoLive).quantiles[y];
    let ratio = |i: usize| tao[i] / ind[i];
    let point = 100.0 / 433.8;
    assert!(close(ratio(0), point, 0.05) && close(ratio(4), point, 0.05));
    assert!(close(share[2], point, 0.02), "{share:?}");
    assert!(share[4] > 3.0 * ratio(4), "{share:?} vs {}", ratio(4));
    assert!(share[0] < ratio(0) / 3.0, "{share:?} vs {}", ratio(0));
    // Well above 100% in some samples, and kept.
    assert!(share[4] > 1.0, "{share:?}");
}

#[test]
fn share_quantiles_match_the_analytic_lognormal_ratio() {
    // ln share in 2022 + k = ln(base ratio) + k (x_t − x_i) with x_t, x_i
    // independent normals: a normal with mean k (mu_t − mu_i) and standard
    // deviation k √(s_t² + s_i²).
    let (ind, tao) = ((1.05, 1.35), (1.0, 1.6));
    let s = independent_ranges(ind, tao);
    let r = monte_carlo(&s);
    let log_params = |(lo, hi): (f64, f64)| {
        let lo: f64 = f64::ln(lo);
        let hi: f64 = f64::ln(hi);
        ((lo + hi) / 2.0, (hi - lo) / (2.0 * Z[4]))
    };
    let ((mu_i, s_i), (mu_t, s_t)) = (log_params(ind), log_params(tao));
    let (mu, sigma) = (mu_t - mu_i, s_i.hypot(s_t));
    let b = share_bands(&r, SeriesId::TaobaoLive);
    let base = 100.0 / 433.8;
    for year in BASE_YEAR..=2022 {
        assert!(
            b.quantiles[year_index(year)]
                .iter()
                .all(|&q| close(q, base, 1e-12))
        );
    }
    for year in 2023..=LAST_YEAR {
        let k = f64::from(year - 2022);
        for (i, z) in Z.iter().enumerate() {
            let want = base * (k * (mu + z * sigma)).exp();
            let got = b.quantiles[year_index(year)][i];
            assert!(close(got, want, 0.015), "{year} q{i}: {got} vs {want}");
        }
    }
    // Kuaishou and Douyin live stay points, but share the industry's spread.
    let k = share_bands(&r, SeriesId::Kuaishou).quantiles[year_index(2030)];
    assert!(k[0] < k[2] && k[2] < k[4], "{k:?}");
}

#[test]
fn shares_do_not_depend_on_chunking() {
    let mut s = independent_ranges((0.9, 1.5), (0.7, 1.8));
    if let Some(d) = s.get_mut(SeriesId::DouyinLive) {
        d.phases[0].growth = Growth::range(5.0, 12.0);
    }
    s.samples = 12_345;
    let whole = monte_carlo(&s);
    let mut mc = MonteCarlo::new(&s);
    for chunk in [1, 1023, 1024, 1025, 3333] {
        mc.run(chunk);
    }
    mc.run(u32::MAX);
    let chunked = mc.finish();
    assert_eq!(chunked.shares, whole.shares);
    assert_eq!(chunked, whole);
    let d = share_bands(&whole, SeriesId::DouyinLive).quantiles[year_index(2020)];
    assert!(d[0] < d[4], "{d:?}");
}

/// A million samples, timed (run with `--ignored --nocapture`).
#[test]
#[ignore]
fn a_million_samples_timed() {
    let mut s = Scenario::preset(ds(), Preset::WhatHappened, Reading::Corrected);
    s.samples = SAMPLES_MAX;
    let start = std::time::Instant::now();
    let r = monte_carlo(&s);
    let elapsed = start.elapsed();
    assert_eq!(r.samples, SAMPLES_MAX);
    assert_eq!(r.shares.len(), 3);
    println!("1,000,000 samples: {elapsed:?}");
}

// ------------------------------------------------------------------- sanitize

#[test]
fn sanitize_handles_nonsense() {
    let mut s = Scenario::default();
    set(
        &mut s,
        SeriesId::Industry,
        f64::NAN,
        [
            Growth::point(f64::NAN),
            Growth::range(-3.0, 0.0),
            Growth::point(1e9),
        ],
    );
    set(
        &mut s,
        SeriesId::DouyinTotal,
        -5.0,
        [
            Growth {
                low: 3.0,
                high: 1.0,
                dist: Dist::Uniform,
            },
            Growth {
                low: f64::INFINITY,
                high: f64::NEG_INFINITY,
                dist: Dist::Triangular,
            },
            Growth::point(1.0),
        ],
    );
    set(&mut s, SeriesId::DouyinLive, 0.0, [Growth::point(1.0); 3]);
    set(&mut s, SeriesId::Kuaishou, 1e300, [Growth::point(1.0); 3]);
    s.series.retain(|a| a.id != SeriesId::TaobaoLive);
    s.level = f64::NAN;
    s.samples = 0;
    let notes = s.sanitize();
    let has = |text: &str| notes.iter().any(|n| n.to_string().contains(text));
    assert!(
        has("Industry base NaN is not a positive amount"),
        "{notes:?}"
    );
    assert!(
        has("Industry 2020 growth is not a number; using ×2"),
        "{notes:?}"
    );
    assert!(
        has("Industry 2021–2022 growth, low end, ×-3 is below ×0.05"),
        "{notes:?}"
    );
    assert!(
        has("Industry 2021–2022 growth, high end, ×0 is below ×0.05"),
        "{notes:?}"
    );
    assert!(
        has("Industry 2023–2030 growth ×1e9 is above ×50; using ×50"),
        "{notes:?}"
    );
    assert!(has("Douyin base -5"), "{notes:?}");
    assert!(
        has("Douyin 2020 growth: low end ×3 is above high end ×1; swapped"),
        "{notes:?}"
    );
    assert!(has("Douyin live base 0"), "{notes:?}");
    assert!(
        has("Kuaishou base 1e300 billion yuan is above 1,000 trn yuan"),
        "{notes:?}"
    );
    assert!(has("Taobao Live was missing"), "{notes:?}");
    assert!(has("Level is not a number"), "{notes:?}");
    assert!(has("0 samples is below 1,000"), "{notes:?}");
    assert_eq!(
        s.series.iter().map(|a| a.id).collect::<Vec<_>>(),
        SeriesId::ALL.to_vec()
    );
    assert_eq!(s.get(SeriesId::Industry).map(|a| a.base), Some(433.8));
    assert_eq!(s.get(SeriesId::Kuaishou).map(|a| a.base), Some(1e6));
    assert_eq!(
        s.growth_in(SeriesId::Industry, 2020),
        Some(Growth::point(2.0))
    );
    assert_eq!(
        s.growth_in(SeriesId::Industry, 2022),
        Some(Growth::range(0.05, 0.05))
    );
    assert_eq!(
        s.growth_in(SeriesId::DouyinTotal, 2020)
            .map(|g| (g.low, g.high)),
        Some((1.0, 3.0))
    );
    assert_eq!(
        s.growth_in(SeriesId::DouyinTotal, 2021)
            .map(|g| (g.low, g.high)),
        Some((0.05, 50.0))
    );
    assert_eq!((s.level, s.samples), (1000.0, 1000));
    // Once sanitized, nothing more to say.
    assert!(s.clone().sanitize().is_empty());
    // Too many samples, an infinite level.
    s.samples = u32::MAX;
    s.level = f64::INFINITY;
    let notes = s.sanitize();
    assert_eq!((s.level, s.samples), (1e7, SAMPLES_MAX), "{notes:?}");
    assert_eq!(notes.len(), 2, "{notes:?}");
}

#[test]
fn sanitize_rebuilds_broken_phases_and_drops_duplicates() {
    let mut s = Scenario::default();
    let mut extra = s.series[3].clone();
    extra.base = 1.0;
    s.series.push(extra);
    s.series.swap(0, 4);
    if let Some(d) = s.get_mut(SeriesId::DouyinLive) {
        d.phases = vec![Phase {
            first: 2020,
            last: 2022,
            growth: Growth::range(2.0, 3.0),
        }];
    }
    if let Some(i) = s.get_mut(SeriesId::Industry) {
        i.phases.reverse();
    }
    if let Some(t) = s.get_mut(SeriesId::TaobaoLive) {
        t.phases[2].last = i32::MAX;
        t.phases[0].first = i32::MIN;
    }
    let notes = s.sanitize();
    let has = |text: &str| notes.iter().any(|n| n.to_string().contains(text));
    assert!(
        has("Kuaishou appeared 2 times; kept the first"),
        "{notes:?}"
    );
    assert!(
        has(
            "Douyin live growth phases did not cover 2020–2030 in order; reset to 2020, 2021–2022, 2023–2030"
        ),
        "{notes:?}"
    );
    assert!(has("Industry growth phases"), "{notes:?}");
    assert!(has("Taobao Live growth phases"), "{notes:?}");
    assert_eq!(s.series.len(), 5);
    assert_eq!(s.get(SeriesId::Kuaishou).map(|k| k.base), Some(45.0));
    // The user's growth for a phase's first year is kept; the rest defaults.
    let d = s.get(SeriesId::DouyinLive);
    assert_eq!(
        d.map(|d| d
            .phases
            .iter()
            .map(|p| (p.first, p.last))
            .collect::<Vec<_>>()),
        Some(PHASES.to_vec())
    );
    assert_eq!(
        s.growth_in(SeriesId::DouyinLive, 2021),
        Some(Growth::range(2.0, 3.0))
    );
    assert_eq!(
        s.growth_in(SeriesId::DouyinLive, 2023),
        Some(Growth::range(1.05, 1.35))
    );
    assert_eq!(
        s.growth_in(SeriesId::Industry, 2020),
        Some(Growth::point(2.0))
    );
    // A layout of its own that covers the years in order is kept.
    let mut own = Scenario::default();
    if let Some(i) = own.get_mut(SeriesId::Industry) {
        i.phases = (2020..=2030)
            .map(|y| Phase {
                first: y,
                last: y,
                growth: Growth::point(1.1),
            })
            .collect();
    }
    assert!(own.sanitize().is_empty());
    let p = own.point_projection(SeriesId::Industry);
    assert!(close(p[11].value, 433.8 * 1.1f64.powi(11), 1e-12));
}

// ---------------------------------------------------------- tornado, goal seek

#[test]
fn tornado_orders_by_swing_and_skips_what_cannot_matter() {
    let s = Scenario::preset(ds(), Preset::ArticleLow, Reading::Corrected);
    let (mid, bars) = tornado(&s, SeriesId::Industry, 2030);
    let point = s.point_projection(SeriesId::Industry);
    assert_eq!(mid, point[11].value);
    // The 2020 ×2 is a point; the two ranges remain, the eight-year one first.
    let labels: Vec<&str> = bars.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Industry growth 2023–2030 (×1.05–1.35)",
            "Industry growth 2021–2022 (×1.15–1.6)",
        ]
    );
    for b in &bars {
        assert!(b.at_low < mid && mid < b.at_high, "{b:?}");
    }
    let m1 = (1.15f64 * 1.6).sqrt();
    assert!(close(
        bars[0].at_low,
        867.6 * m1 * m1 * 1.05f64.powi(8),
        1e-12
    ));
    assert!(close(
        bars[1].at_high,
        point[11].value / (m1 * m1) * 1.6 * 1.6,
        1e-12
    ));
    // In 2021 only the 2021–2022 phase can matter.
    let (_, bars) = tornado(&s, SeriesId::Industry, 2021);
    assert_eq!(bars.len(), 1);
    // Douyin live in 2030: three ranges, widest swing first.
    let (_, bars) = tornado(&s, SeriesId::DouyinLive, 2030);
    assert_eq!(bars.len(), 3);
    let swing: Vec<f64> = bars.iter().map(|b| (b.at_high - b.at_low).abs()).collect();
    assert!(swing.windows(2).all(|w| w[0] >= w[1]), "{swing:?}");
    // No bars in the base year, none outside the projection.
    assert_eq!(tornado(&s, SeriesId::Industry, 2019), (433.8, vec![]));
    let (nan, none) = tornado(&s, SeriesId::Industry, 2031);
    assert!(nan.is_nan() && none.is_empty());
}

#[test]
fn goal_seek_round_trips() {
    let s = Scenario::preset(ds(), Preset::ArticleLow, Reading::Corrected);
    for (id, target, year, phase) in [
        (SeriesId::Industry, 5000.0, 2030, 2),
        (SeriesId::Industry, 1000.0, 2021, 1),
        (SeriesId::Industry, 10_000.0, 2030, 0),
        (SeriesId::DouyinLive, 100.0, 2020, 0),
        (SeriesId::Kuaishou, 20.0, 2025, 2),
    ] {
        let m = match goal_seek(&s, id, target, year, phase) {
            Ok(m) => m,
            Err(e) => panic!("{id:?} {target} {year}: {e}"),
        };
        let mut applied = s.clone();
        if let Some(a) = applied.get_mut(id) {
            a.phases[phase].growth = Growth::point(m);
        }
        let got = applied.point_projection(id)[year_index(year)].value;
        assert!(close(got, target, 1e-8), "{id:?}: {got} vs {target}");
    }
    // Douyin live 2020 ×10 hits 100 bn on its 10 bn base.
    let m = goal_seek(&s, SeriesId::DouyinLive, 100.0, 2020, 0);
    assert!(m.is_ok_and(|m| close(m, 10.0, 1e-8)));
}

#[test]
fn goal_seek_says_why_not() {
    let s = Scenario::preset(ds(), Preset::ArticleLow, Reading::Corrected);
    let err = |target, year, phase| goal_seek(&s, SeriesId::Industry, target, year, phase);
    assert_eq!(err(f64::NAN, 2030, 2), Err(GoalError::NotFinite));
    assert_eq!(err(f64::INFINITY, 2030, 2), Err(GoalError::NotFinite));
    assert_eq!(
        err(1000.0, 2022, 2),
        Err(GoalError::PhaseAfterYear {
            first: 2023,
            year: 2022
        })
    );
    assert_eq!(
        err(1000.0, 2019, 0),
        Err(GoalError::PhaseAfterYear {
            first: 2020,
            year: 2019
        })
    );
    assert_eq!(
        err(1000.0, 2030, 3),
        Err(GoalError::NoPhase {
            phase: 3,
            phases: 3
        })
    );
    assert_eq!(
        err(1000.0, 2040, 0),
        Err(GoalError::YearOutOfRange { year: 2040 })
    );
    for target in [1e30, -1.0, 0.0, 1e-9] {
        match err(target, 2030, 2) {
            Err(e @ GoalError::OutOfReach { .. }) => {
                assert!(e.to_string().contains("out of reach"), "{e}");
            }
            other => panic!("{target}: {other:?}"),
        }
    }
    let mut missing = s.clone();
    missing.series.retain(|a| a.id != SeriesId::Kuaishou);
    assert_eq!(
        goal_seek(&missing, SeriesId::Kuaishou, 1.0, 2030, 0),
        Err(GoalError::NoSeries(SeriesId::Kuaishou))
    );
    let mut broken = s.clone();
    if let Some(i) = broken.get_mut(SeriesId::Industry) {
        i.base = f64::NAN;
    }
    assert_eq!(
        goal_seek(&broken, SeriesId::Industry, 1.0, 2030, 0),
        Err(GoalError::NotFinite)
    );
    assert!(
        GoalError::PhaseAfterYear {
            first: 2023,
            year: 2022
        }
        .to_string()
        .contains("cannot change 2022")
    );
}

// ----------------------------------------------------------------- properties

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1.0..60.0f64,
        0.0..2.0f64,
        prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO,
    ]
}

fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![number(), prop::num::f64::ANY]
}

fn dist() -> impl Strategy<Value = Dist> {
    prop_oneof![
        Just(Dist::Lognormal),
        Just(Dist::Uniform),
        Just(Dist::Triangular)
    ]
}

fn growth(n: BoxedStrategy<f64>) -> impl Strategy<Value = Growth> {
    (n.clone(), n, dist()).prop_map(|(low, high, dist)| Growth { low, high, dist })
}

fn phase_list(n: BoxedStrategy<f64>) -> impl Strategy<Value = Vec<Phase>> {
    prop_oneof![
        [growth(n.clone()), growth(n.clone()), growth(n.clone())].prop_map(phases),
        prop::collection::vec((2015..2035i32, 2015..2035i32, growth(n)), 0..5).prop_map(|v| {
            v.into_iter()
                .map(|(first, last, growth)| Phase {
                    first,
                    last,
                    growth,
                })
                .collect()
        }),
    ]
}

fn scenario(n: BoxedStrategy<f64>) -> impl Strategy<Value = Scenario> {
    let series = (
        prop::sample::select(SeriesId::ALL.to_vec()),
        n.clone(),
        phase_list(n.clone()),
    )
        .prop_map(|(id, base, phases)| {
            let mut a = Scenario::default().series[0].clone();
            a.id = id;
            a.base = base;
            a.phases = phases;
            a
        });
    (
        prop::collection::vec(series, 0..8),
        n,
        any::<u64>(),
        0..3_000_000u32,
    )
        .prop_map(|(series, level, seed, samples)| Scenario {
            series,
            level,
            samples,
            seed,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn sanitized_scenarios_give_ordered_finite_bands(s in scenario(number().boxed())) {
        let mut s = s;
        s.sanitize();
        s.samples = 2000;
        prop_assert!(s.clone().sanitize().is_empty());
        let r = monte_carlo(&s);
        prop_assert_eq!(r.series.len(), 5);
        for b in &r.series {
            prop_assert_eq!(b.quantiles.len(), 12);
            for q in &b.quantiles {
                prop_assert!(q.iter().all(|v| v.is_finite() && *v > 0.0), "{:?}", q);
                prop_assert!(q.windows(2).all(|w| w[0] <= w[1]), "{:?}", q);
            }
            prop_assert!(b.p_cross.iter().all(|p| (0.0..=1.0).contains(p)));
            prop_assert!(b.p_cross.windows(2).all(|w| w[0] <= w[1]), "{:?}", b.p_cross);
        }
        prop_assert_eq!(r.shares.len(), 3);
        for b in &r.shares {
            prop_assert_eq!(b.quantiles.len(), 12);
            for q in &b.quantiles {
                prop_assert!(q.iter().all(|v| v.is_finite() && *v > 0.0), "{:?}", q);
                prop_assert!(q.windows(2).all(|w| w[0] <= w[1]), "{:?}", q);
            }
        }
        prop_assert_eq!(&r, &monte_carlo(&s));
    }

    #[test]
    fn sanitize_never_panics_and_tames_anything(s in scenario(any_number().boxed())) {
        let mut s = s;
        s.sanitize();
        prop_assert_eq!(s.series.len(), 5);
        for a in &s.series {
            prop_assert!(a.base > 0.0 && a.base <= 1e6);
            for p in &a.phases {
                prop_assert!(0.05 <= p.growth.low && p.growth.low <= p.growth.high);
                prop_assert!(p.growth.high <= 50.0);
            }
            let years: Vec<i32> = a.phases.iter().flat_map(|p| p.first..=p.last).collect();
            prop_assert_eq!(years, (2020..=2030).collect::<Vec<_>>());
        }
        prop_assert!((1.0..=1e7).contains(&s.level));
        prop_assert!((1000..=SAMPLES_MAX).contains(&s.samples));
        for id in SeriesId::ALL {
            let (mid, _) = tornado(&s, id, 2030);
            prop_assert!(mid.is_finite() && mid > 0.0);
        }
    }
}

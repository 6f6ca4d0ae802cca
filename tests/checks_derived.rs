#![cfg(not(target_arch = "wasm32"))]
//! The consistency rules, the derived figures and the downloads, on small
//! hand-built datasets (one passing and one failing case per rule) and on the
//! real data under both readings.

use live_commerce_explorer::checks::{self, Rule, Severity, Violation};
use live_commerce_explorer::data::{
    Confidence, Correction, CorrectionKind, Dataset, Figure, Kind, LaterFigure, LaterKind,
    Qualifier, Reading, Scope, Source, Unit,
};
use live_commerce_explorer::derived::{self, Derived};
use live_commerce_explorer::export;

fn real() -> &'static Dataset {
    match Dataset::embedded() {
        Ok(d) => d,
        Err(e) => panic!("embedded dataset does not parse: {e}"),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn fig(id: &str, entity: &str, period: &str, low: f64, high: f64, unit: Unit) -> Figure {
    Figure {
        id: id.into(),
        entity: entity.into(),
        metric: "m".into(),
        period: period.into(),
        low,
        high,
        unit,
        qualifier: None,
        kind: Kind::Actual,
        printed: "x".into(),
        quote: "x".into(),
        note: None,
        scope: None,
        compared_as: None,
        correction: None,
    }
}

fn scoped(f: Figure, scope: Scope) -> Figure {
    Figure {
        scope: Some(scope),
        ..f
    }
}

fn forecast(f: Figure) -> Figure {
    Figure {
        kind: Kind::Forecast,
        ..f
    }
}

fn dataset(figures: Vec<Figure>) -> Dataset {
    Dataset {
        source: Source {
            title: "t".into(),
            publisher: "p".into(),
            language: "l".into(),
            published: "2020".into(),
            note: None,
        },
        figures,
        later: Vec::new(),
    }
}

const INDUSTRY: &str = "China live-stream e-commerce";

fn industry(low: f64, high: f64) -> Figure {
    scoped(
        fig(
            "industry-2019",
            INDUSTRY,
            "2019",
            low,
            high,
            Unit::BillionCny,
        ),
        Scope::LiveStream,
    )
}

fn platform(low: f64, high: f64, unit: Unit) -> Figure {
    scoped(
        fig("p-2019", "Platform", "2019", low, high, unit),
        Scope::LiveStream,
    )
}

fn only(v: &[Violation]) -> &Violation {
    assert_eq!(v.len(), 1, "{v:#?}");
    &v[0]
}

// ---- Rule 1: a platform within its industry --------------------------------

#[test]
fn rule_platform_within_industry_passes() {
    let ds = dataset(vec![
        industry(433.8, 433.8),
        platform(10.0, 10.0, Unit::BillionCny),
    ]);
    assert!(checks::check(&ds, Reading::AsPrinted).is_empty());
    // Exactly at the total is allowed.
    let ds = dataset(vec![
        industry(433.8, 433.8),
        platform(400.0, 433.8, Unit::BillionCny),
    ]);
    assert!(checks::check(&ds, Reading::AsPrinted).is_empty());
}

#[test]
fn rule_platform_within_industry_contradiction() {
    let ds = dataset(vec![
        industry(433.8, 433.8),
        platform(500.0, 600.0, Unit::BillionCny),
    ]);
    let v = checks::check(&ds, Reading::AsPrinted);
    let v = only(&v);
    assert_eq!(v.rule, Rule::PlatformWithinIndustry);
    assert_eq!(v.severity, Severity::Contradiction);
    assert_eq!(v.ids, vec!["p-2019", "industry-2019"]);
    assert!(v.message.contains("500–600 bn yuan"), "{}", v.message);
    assert!(
        v.message.contains("even its lower end exceeds"),
        "{}",
        v.message
    );
}

#[test]
fn rule_platform_within_industry_possible() {
    let ds = dataset(vec![
        industry(433.8, 433.8),
        platform(400.0, 500.0, Unit::BillionCny),
    ]);
    let v = checks::check(&ds, Reading::AsPrinted);
    let v = only(&v);
    assert_eq!(v.severity, Severity::Possible);
    assert!(v.message.contains("92%"), "{}", v.message);
    assert!(v.message.contains("upper end exceeds"), "{}", v.message);
}

#[test]
fn rule_platform_within_industry_compares_in_base_units() {
    // 500,000 million yuan is 500 billion: above 433.8 billion.
    let ds = dataset(vec![
        industry(433.8, 433.8),
        platform(500_000.0, 500_000.0, Unit::MillionCny),
    ]);
    let v = checks::check(&ds, Reading::AsPrinted);
    assert_eq!(only(&v).severity, Severity::Contradiction);
    // 400,000 million yuan is 400 billion: below. (In raw numbers 400,000 >
    // 433.8, so a check that forgot the units would fire.)
    let ds = dataset(vec![
        industry(433.8, 433.8),
        platform(400_000.0, 400_000.0, Unit::MillionCny),
    ]);
    assert!(checks::check(&ds, Reading::AsPrinted).is_empty());
}

#[test]
fn rule_platform_within_industry_needs_same_period_scope_and_money() {
    let other_period = Figure {
        period: "2020".into(),
        ..platform(500.0, 600.0, Unit::BillionCny)
    };
    let other_scope = scoped(
        platform(500.0, 600.0, Unit::BillionCny),
        Scope::AllEcommerce,
    );
    let no_scope = Figure {
        scope: None,
        ..platform(500.0, 600.0, Unit::BillionCny)
    };
    let not_money = platform(500.0, 600.0, Unit::Million);
    for f in [other_period, other_scope, no_scope, not_money] {
        let ds = dataset(vec![industry(433.8, 433.8), f.clone()]);
        assert!(checks::check(&ds, Reading::AsPrinted).is_empty(), "{f:?}");
    }
}

#[test]
fn rule_platform_within_industry_uses_the_reading() {
    let mut p = platform(400.0, 500.0, Unit::BillionCny);
    p.correction = Some(Correction {
        low: 40.0,
        high: 50.0,
        kind: CorrectionKind::SelfContradiction,
        explanation: "亿".into(),
        sources: vec![],
    });
    let ds = dataset(vec![industry(433.8, 433.8), p]);
    assert_eq!(checks::check(&ds, Reading::AsPrinted).len(), 1);
    assert!(checks::check(&ds, Reading::Corrected).is_empty());
}

// ---- Rule 2: live within total ---------------------------------------------

fn live_total(live: (f64, f64), total: (f64, f64), total_entity: &str) -> Dataset {
    dataset(vec![
        scoped(
            fig("d-live", "Douyin", "2019", live.0, live.1, Unit::BillionCny),
            Scope::LiveStream,
        ),
        scoped(
            fig(
                "d-all",
                total_entity,
                "2019",
                total.0,
                total.1,
                Unit::BillionCny,
            ),
            Scope::AllEcommerce,
        ),
    ])
}

#[test]
fn rule_live_within_total_passes() {
    let ds = live_total((10.0, 10.0), (180.0, 180.0), "Douyin");
    assert!(checks::check(&ds, Reading::AsPrinted).is_empty());
    // Another entity's total is not this one's.
    let ds = live_total((200.0, 200.0), (180.0, 180.0), "Kuaishou");
    assert!(checks::check(&ds, Reading::AsPrinted).is_empty());
}

#[test]
fn rule_live_within_total_fails() {
    let ds = live_total((200.0, 200.0), (180.0, 180.0), "Douyin");
    let v = checks::check(&ds, Reading::AsPrinted);
    let v = only(&v);
    assert_eq!(v.rule, Rule::LiveWithinTotal);
    assert_eq!(v.severity, Severity::Contradiction);
    assert_eq!(v.ids, vec!["d-live", "d-all"]);
    assert!(
        v.message.starts_with(
            "Douyin's live-stream GMV as printed (200 bn yuan, 2019) is above \
             its all e-commerce GMV of 180 bn yuan, so one of"
        ),
        "{}",
        v.message
    );

    let ds = live_total((150.0, 200.0), (180.0, 180.0), "Douyin");
    let v = checks::check(&ds, Reading::AsPrinted);
    assert_eq!(only(&v).severity, Severity::Possible);
}

// ---- Rule 3: forecasts after their base ------------------------------------

#[test]
fn rule_forecast_after_base_passes() {
    let ds = dataset(vec![
        fig("base", INDUSTRY, "2019", 433.8, 433.8, Unit::BillionCny),
        forecast(fig("double", INDUSTRY, "2020", 2.0, 2.0, Unit::Multiplier)),
        forecast(fig(
            "trn",
            INDUSTRY,
            "after 2019",
            1000.0,
            1000.0,
            Unit::BillionCny,
        )),
        forecast(fig(
            "later",
            INDUSTRY,
            "2021",
            1200.0,
            1200.0,
            Unit::BillionCny,
        )),
        // No year and no base: not checked.
        forecast(fig(
            "someday",
            INDUSTRY,
            "future",
            1.0,
            1.0,
            Unit::BillionCny,
        )),
        forecast(fig("orphan", "Nobody", "2000", 1.0, 1.0, Unit::BillionCny)),
        // A 2020 count of the same entity is not a base for a multiplier.
        fig("users", INDUSTRY, "2020", 400.0, 400.0, Unit::Million),
    ]);
    assert!(checks::check(&ds, Reading::AsPrinted).is_empty());
}

#[test]
fn rule_forecast_after_base_fails() {
    // A multiplier "on last year" dated in the base's own year.
    let ds = dataset(vec![
        fig("base", "Douyin", "2019", 10.0, 10.0, Unit::BillionCny),
        forecast(fig("x5", "Douyin", "2019", 5.0, 6.0, Unit::Multiplier)),
    ]);
    let v = checks::check(&ds, Reading::AsPrinted);
    let v = only(&v);
    assert_eq!(v.rule, Rule::ForecastAfterBase);
    assert_eq!(v.severity, Severity::Contradiction);
    assert_eq!(v.ids, vec!["x5", "base"]);

    // A market-size forecast dated before the latest actual market size.
    let ds = dataset(vec![
        fig("a2018", INDUSTRY, "2018", 100.0, 100.0, Unit::BillionCny),
        fig("a2019", INDUSTRY, "2019", 433.8, 433.8, Unit::BillionCny),
        forecast(fig("f", INDUSTRY, "2019", 500.0, 500.0, Unit::BillionCny)),
    ]);
    let v = checks::check(&ds, Reading::AsPrinted);
    assert_eq!(only(&v).ids, vec!["f", "a2019"]);
}

// ---- The real data -----------------------------------------------------------

/// Kuaishou as printed is a contradiction, not a possibility (issue 13):
/// 400 < 433.8 < 500, so its range reaches past the industry's total, and
/// even its low end leaves 33.8 bn for everyone else, where the article's
/// Douyin sold 10 bn through live streams and later reports put Taobao
/// Live at 200–250 bn.
#[test]
fn real_data_as_printed_has_one_violation_kuaishou() {
    let v = checks::check(real(), Reading::AsPrinted);
    let v = only(&v);
    assert_eq!(v.rule, Rule::PlatformWithinIndustry);
    assert_eq!(v.ids, vec!["kuaishou-gmv-2019", "industry-2019"]);
    assert_eq!(v.severity, Severity::Contradiction);
    for text in [
        "Kuaishou",
        "as printed",
        "400–500 bn yuan",
        "2019",
        "433.8 bn yuan",
        "leaves only 33.8 bn yuan for everyone else",
        "Douyin (10 bn yuan, the article)",
        "Taobao Live (200–250 bn yuan, later reports)",
        "at least 210 bn yuan",
        "one of the figures is wrong",
    ] {
        assert!(v.message.contains(text), "{text:?} not in {}", v.message);
    }
    assert!(!v.message.contains("fits"), "{}", v.message);
}

fn later(id: &str, entity: &str, low: f64, high: f64, kind: LaterKind) -> LaterFigure {
    LaterFigure {
        id: id.into(),
        entity: entity.into(),
        metric: "GMV".into(),
        period: "2019".into(),
        low,
        high,
        unit: Unit::BillionCny,
        kind,
        publisher: "p".into(),
        url: None,
        confidence: Confidence::Single,
        note: None,
        scope: Some(Scope::LiveStream),
    }
}

/// A range reaching past the whole is a contradiction when even its low
/// end leaves less than the whole's other parts sold (the article's and
/// later reports', at their low ends), and only possible when it leaves
/// them room. Forecasts and other periods do not count.
#[test]
fn rule_platform_within_industry_counts_the_other_parts() {
    let other = scoped(
        fig("o-2019", "Other", "2019", 10.0, 10.0, Unit::BillionCny),
        Scope::LiveStream,
    );
    let mut ds = dataset(vec![
        industry(433.8, 433.8),
        platform(400.0, 500.0, Unit::BillionCny),
        other,
    ]);
    // 400 + 10 fits within 433.8.
    assert_eq!(
        only(&checks::check(&ds, Reading::AsPrinted)).severity,
        Severity::Possible
    );
    ds.later = vec![later("f", "Big", 300.0, 300.0, LaterKind::Forecast)];
    assert_eq!(
        only(&checks::check(&ds, Reading::AsPrinted)).severity,
        Severity::Possible
    );
    let mut other_year = later("y", "Big", 300.0, 300.0, LaterKind::Actual);
    other_year.period = "2020".into();
    ds.later = vec![other_year];
    assert_eq!(
        only(&checks::check(&ds, Reading::AsPrinted)).severity,
        Severity::Possible
    );
    // 400 + 10 + 30 is more than 433.8.
    ds.later = vec![later("big", "Big", 30.0, 40.0, LaterKind::Estimate)];
    let v = checks::check(&ds, Reading::AsPrinted);
    let v = only(&v);
    assert_eq!(v.severity, Severity::Contradiction);
    assert!(
        v.message
            .contains("Other (10 bn yuan, the article) and Big (30–40 bn yuan, later reports) sold at least 40 bn yuan"),
        "{}",
        v.message
    );
    // A platform within the whole is never held against the others.
    let ds = dataset(vec![
        industry(433.8, 433.8),
        platform(300.0, 300.0, Unit::BillionCny),
    ]);
    assert!(checks::check(&ds, Reading::AsPrinted).is_empty());
}

#[test]
fn real_data_corrected_is_consistent() {
    let v = checks::check(real(), Reading::Corrected);
    assert!(v.is_empty(), "{v:#?}");
}

#[test]
fn affecting_selects_a_charts_notes() {
    let v = checks::check(real(), Reading::AsPrinted);
    assert_eq!(checks::affecting(&v, &["kuaishou-gmv-2019"]).len(), 1);
    assert_eq!(
        checks::affecting(&v, &["douyin-live-gmv-2019", "industry-2019"]).len(),
        1
    );
    assert!(checks::affecting(&v, &["douyin-live-gmv-2019", "douyin-gmv-2019"]).is_empty());
}

// ---- Derived figures -------------------------------------------------------

fn get<'a>(d: &'a [Derived], id: &str) -> &'a Derived {
    match d.iter().find(|x| x.id == id) {
        Some(x) => x,
        None => panic!("no derived figure {id}: {d:#?}"),
    }
}

fn point(d: &Derived, v: f64) {
    assert!(
        close(d.value.low, v) && close(d.value.high, v),
        "{}: {:?} != {v}",
        d.id,
        d.value
    );
}

#[test]
fn derived_live_stream_per_viewer_and_hour() {
    let d = derived::derived(real(), Reading::AsPrinted);
    let per_viewer = get(&d, "yuan-per-viewer-2020-04-01");
    point(per_viewer, 110.0 / 47.0); // 2.3404…
    assert_eq!(per_viewer.unit, "yuan per viewer");
    assert_eq!(
        per_viewer.formula,
        "110 million yuan ÷ 47 million viewers (as printed; corrected: 48 million)"
    );
    assert_eq!(per_viewer.display, "2.34 yuan per viewer");
    assert_eq!(
        per_viewer.inputs,
        vec![
            "livestream-2020-04-01-sales",
            "livestream-2020-04-01-viewers"
        ]
    );

    let per_hour = get(&d, "yuan-per-hour-2020-04-01");
    point(per_hour, 110e6 / 3.0); // 36.67 million
    assert_eq!(per_hour.unit, "yuan per hour");
    assert_eq!(per_hour.formula, "110 million yuan ÷ 3 hours");
    assert_eq!(per_hour.display, "36.7 million yuan per hour");

    let corrected = derived::derived(real(), Reading::Corrected);
    let per_viewer = get(&corrected, "yuan-per-viewer-2020-04-01");
    point(per_viewer, 110.0 / 48.0); // 2.2917
    assert!(
        per_viewer
            .formula
            .starts_with("110 million yuan ÷ 48 million viewers"),
        "{}",
        per_viewer.formula
    );
    assert!(per_viewer.formula.contains("printed 47 million"));
    assert_eq!(per_viewer.display, "2.29 yuan per viewer");
}

#[test]
fn derived_beibeitu_per_item_says_both_are_lower_bounds() {
    let d = derived::derived(real(), Reading::AsPrinted);
    let x = get(&d, "yuan-per-item-beibeitu-618");
    point(x, 12.0 / 1.16); // 10.34…
    assert_eq!(x.unit, "yuan per item");
    assert!(
        x.formula
            .starts_with("over 12 million yuan ÷ more than 1,160,000 items")
    );
    assert!(x.formula.contains("lower bounds"), "{}", x.formula);
    assert_eq!(x.display, "about 10.3 yuan per item");
    assert_eq!(x.inputs, vec!["beibeitu-618-sales", "beibeitu-618-items"]);
}

#[test]
fn derived_shares() {
    let d = derived::derived(real(), Reading::AsPrinted);

    // Daily users over cumulative downloads of all ByteDance apps: two
    // definitions that do not divide (issue 13, point 6).
    assert!(
        !d.iter()
            .any(|x| x.inputs.iter().any(|i| i == "bytedance-downloads")),
        "{d:#?}"
    );

    let live = get(&d, "douyin-live-share-of-douyin-gmv-2019");
    point(live, 10.0 / 180.0 * 100.0); // 5.56%
    assert_eq!(live.display, "5.56%");
    assert_eq!(live.formula, "10 billion yuan ÷ 180 billion yuan");

    let douyin = get(&d, "douyin-live-share-of-industry-2019");
    point(douyin, 10.0 / 433.8 * 100.0); // 2.31%
    assert_eq!(douyin.inputs, vec!["douyin-live-gmv-2019", "industry-2019"]);

    let retail = get(&d, "industry-share-of-online-retail-2019");
    point(retail, 433.8 / 10632.4 * 100.0); // 4.08%
    assert_eq!(retail.display, "4.08%");
    assert_eq!(retail.inputs, vec!["industry-2019", "online-retail-2019"]);
    assert!(
        retail.formula.contains("10,632.4 billion yuan")
            && retail.formula.contains("National Bureau of Statistics"),
        "{}",
        retail.formula
    );
}

#[test]
fn derived_kuaishou_share_under_both_readings() {
    let printed = derived::derived(real(), Reading::AsPrinted);
    let k = get(&printed, "kuaishou-share-of-industry-2019");
    assert!(close(k.value.low, 400.0 / 433.8 * 100.0), "{:?}", k.value); // 92.2%
    assert!(close(k.value.high, 500.0 / 433.8 * 100.0), "{:?}", k.value); // 115.3%
    assert_eq!(k.display, "92.2–115%");
    // As printed, the formula carries the correction beside the figure.
    assert!(
        k.formula.starts_with(
            "400–500 billion yuan (as printed; corrected: 40–50 billion yuan) ÷ 433.8 billion yuan"
        ),
        "{}",
        k.formula
    );

    let corrected = derived::derived(real(), Reading::Corrected);
    let k = get(&corrected, "kuaishou-share-of-industry-2019");
    assert!(close(k.value.low, 40.0 / 433.8 * 100.0), "{:?}", k.value); // 9.22%
    assert!(close(k.value.high, 50.0 / 433.8 * 100.0), "{:?}", k.value); // 11.5%
    assert_eq!(k.display, "9.22–11.5%");
}

#[test]
fn derived_interval_arithmetic_on_both_ranges() {
    // [400, 500] ÷ [400, 500] is [0.8, 1.25], not [1, 1].
    let mut ds = dataset(vec![
        fig(
            "kuaishou-gmv-2019",
            "Kuaishou",
            "2019",
            400.0,
            500.0,
            Unit::BillionCny,
        ),
        fig(
            "industry-2019",
            INDUSTRY,
            "2019",
            400.0,
            500.0,
            Unit::BillionCny,
        ),
    ]);
    let d = derived::derived(&ds, Reading::AsPrinted);
    let k = get(&d, "kuaishou-share-of-industry-2019");
    assert!(
        close(k.value.low, 80.0) && close(k.value.high, 125.0),
        "{:?}",
        k.value
    );
    // A zero divisor leaves the figure out.
    ds.figures[1].low = 0.0;
    assert!(derived::derived(&ds, Reading::AsPrinted).is_empty());
}

#[test]
fn derived_converts_units() {
    // The same live stream stated in other units gives the same answers.
    let ds = dataset(vec![
        fig(
            "livestream-2020-04-01-sales",
            "L",
            "2020",
            0.11,
            0.11,
            Unit::BillionCny,
        ),
        fig(
            "livestream-2020-04-01-viewers",
            "L",
            "2020",
            47_000_000.0,
            47_000_000.0,
            Unit::Items,
        ),
        fig(
            "livestream-2020-04-01-hours",
            "L",
            "2020",
            3.0,
            3.0,
            Unit::Hours,
        ),
    ]);
    let d = derived::derived(&ds, Reading::AsPrinted);
    point(get(&d, "yuan-per-viewer-2020-04-01"), 110.0 / 47.0);
    point(get(&d, "yuan-per-hour-2020-04-01"), 110e6 / 3.0);
}

#[test]
fn derived_skips_missing_inputs() {
    let mut ds = real().clone();
    ds.later.clear();
    ds.figures
        .retain(|f| f.id != "livestream-2020-04-01-viewers");
    let d = derived::derived(&ds, Reading::AsPrinted);
    let ids: Vec<&str> = d.iter().map(|x| x.id).collect();
    assert!(
        !ids.contains(&"industry-share-of-online-retail-2019"),
        "{ids:?}"
    );
    assert!(!ids.contains(&"yuan-per-viewer-2020-04-01"), "{ids:?}");
    assert!(ids.contains(&"yuan-per-hour-2020-04-01"), "{ids:?}");
    assert_eq!(d.len(), 5, "{ids:?}");
    // A figure in an unexpected unit is left out, not divided.
    let mut ds = real().clone();
    if let Some(f) = ds
        .figures
        .iter_mut()
        .find(|f| f.id == "livestream-2020-04-01-hours")
    {
        f.unit = Unit::Multiplier;
    }
    let d = derived::derived(&ds, Reading::AsPrinted);
    assert!(!d.iter().any(|x| x.id == "yuan-per-hour-2020-04-01"));
    // So is one that is not a number.
    let mut ds = real().clone();
    if let Some(f) = ds
        .figures
        .iter_mut()
        .find(|f| f.id == "livestream-2020-04-01-viewers")
    {
        f.low = f64::NAN;
    }
    let d = derived::derived(&ds, Reading::AsPrinted);
    assert!(!d.iter().any(|x| x.id == "yuan-per-viewer-2020-04-01"));
    assert!(derived::derived(&dataset(vec![]), Reading::Corrected).is_empty());
}

#[test]
fn derived_all_present_on_real_data() {
    for reading in [Reading::AsPrinted, Reading::Corrected] {
        let d = derived::derived(real(), reading);
        assert_eq!(d.len(), 7, "{d:#?}");
        for x in &d {
            assert!(
                x.value.low.is_finite() && x.value.low <= x.value.high,
                "{x:?}"
            );
            assert!(!x.label.is_empty() && !x.formula.is_empty() && !x.display.is_empty());
            for id in &x.inputs {
                assert!(
                    real().figure(id).is_some() || real().later_figure(id).is_some(),
                    "{id}"
                );
            }
        }
    }
}

// ---- Export --------------------------------------------------------------

/// The header and rows of a CSV the app wrote, which starts with a BOM.
fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let Some(text) = text.strip_prefix(export::BOM) else {
        panic!("no byte-order mark: {text:?}");
    };
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = match r.headers() {
        Ok(h) => h.iter().map(str::to_string).collect(),
        Err(e) => panic!("{e}"),
    };
    let rows = r
        .records()
        .map(|rec| match rec {
            Ok(rec) => rec.iter().map(str::to_string).collect(),
            Err(e) => panic!("{e}"),
        })
        .collect();
    (header, rows)
}

#[test]
fn csv_quotes_commas_quotes_and_newlines() {
    let rows = vec![
        vec!["a, b".to_string(), "say \"hi\"".to_string()],
        vec!["line\nbreak".to_string(), "cr\r\nlf".to_string()],
        vec!["plain".to_string(), String::new()],
    ];
    let text = export::csv(&["x", "y"], &rows);
    assert_eq!(
        text,
        "\u{feff}x,y\r\n\"a, b\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",\"cr\r\nlf\"\r\nplain,\r\n"
    );
    let (header, back) = read_csv(&text);
    assert_eq!(header, vec!["x", "y"]);
    assert_eq!(back, rows);
}

#[test]
fn dataset_csv_parses_back() {
    let ds = real();
    let text = export::dataset_csv(ds);
    let (header, rows) = read_csv(&text);
    assert_eq!(header, export::DATASET_COLUMNS);
    assert_eq!(rows.len(), ds.figures.len() + ds.later.len());
    assert!(rows.iter().all(|r| r.len() == header.len()));
    let col = |name: &str| match header.iter().position(|h| h == name) {
        Some(i) => i,
        None => panic!("no column {name}"),
    };
    let industry = match rows.iter().find(|r| r[col("id")] == "industry-2019") {
        Some(r) => r,
        None => panic!("no industry-2019 row"),
    };
    assert_eq!(industry[col("source")], "article");
    assert_eq!(industry[col("low")], "433.8");
    assert_eq!(industry[col("high")], "433.8");
    assert_eq!(industry[col("unit")], "billion CNY");
    assert_eq!(industry[col("kind")], "actual");
    assert_eq!(industry[col("scope")], "live-stream e-commerce");
    assert_eq!(industry[col("printed")], "433.8 billion yuan");
    let f = real().figure("industry-2019").map(|f| f.quote.clone());
    assert_eq!(Some(industry[col("quote")].clone()), f);

    // Every number reads back to the same f64.
    for (row, f) in rows.iter().zip(&ds.figures) {
        assert_eq!(row[col("id")], f.id);
        assert_eq!(row[col("low")].parse::<f64>().ok(), Some(f.low));
        assert_eq!(row[col("high")].parse::<f64>().ok(), Some(f.high));
    }
    let kuaishou = rows.iter().find(|r| r[col("id")] == "kuaishou-gmv-2019");
    let kuaishou = kuaishou.map(|r| {
        (
            r[col("corrected_low")].clone(),
            r[col("corrected_high")].clone(),
        )
    });
    assert_eq!(kuaishou, Some(("40".into(), "50".into())));
    // Kuaishou's scope, and the one the consistency rules compare it in.
    let kuaishou = rows.iter().find(|r| r[col("id")] == "kuaishou-gmv-2019");
    assert_eq!(
        kuaishou.map(|r| (r[col("scope")].as_str(), r[col("compared_as")].as_str())),
        Some(("all e-commerce", "live-stream e-commerce"))
    );
    let retail = rows.iter().find(|r| r[col("id")] == "online-retail-2019");
    let retail = retail.map(|r| {
        (
            r[col("source")].clone(),
            r[col("low")].clone(),
            r[col("confidence")].clone(),
        )
    });
    assert_eq!(
        retail,
        Some(("later".into(), "10632.4".into(), "single".into()))
    );
}

#[test]
fn dataset_csv_writes_every_optional_cell() {
    let mut f = fig("a", "E, Inc.", "2019", 0.1, 1e21, Unit::BillionCny);
    f.qualifier = Some(Qualifier::MoreThan);
    f.note = Some("two\nlines \"quoted\"".into());
    let mut ds = dataset(vec![f]);
    ds.later.push(LaterFigure {
        id: "l".into(),
        entity: "E".into(),
        metric: "m".into(),
        period: "2023-H1".into(),
        low: 1.0,
        high: 2.5,
        unit: Unit::MillionCny,
        kind: LaterKind::Estimate,
        publisher: "P".into(),
        url: Some("https://example.org/a,b".into()),
        confidence: Confidence::Confirmed(3),
        note: None,
        scope: Some(Scope::AllEcommerce),
    });
    let (_, rows) = read_csv(&export::dataset_csv(&ds));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][2], "E, Inc.");
    assert_eq!(rows[0][5], "0.1");
    assert_eq!(rows[0][6].parse::<f64>().ok(), Some(1e21));
    assert_eq!(rows[0][9], "more than");
    assert_eq!(rows[0][16], "two\nlines \"quoted\"");
    assert_eq!(
        rows[1][..14],
        [
            "later",
            "l",
            "E",
            "m",
            "2023-H1",
            "1",
            "2.5",
            "million CNY",
            "estimate",
            "",
            "all e-commerce",
            "P",
            "https://example.org/a,b",
            "confirmed-3"
        ]
    );
}

#[test]
fn dataset_json_parses_back_equal() {
    let ds = real();
    let text = export::dataset_json(ds);
    assert!(text.contains("\n  \"figures\""), "not pretty-printed");
    match Dataset::parse(&text) {
        Ok(back) => assert_eq!(&back, ds),
        Err(e) => panic!("{e}"),
    }
    assert!(!ds.later.is_empty());
}

// ---- The errata: the article against itself, apart from other sources ----

/// "Where the article contradicts itself" lists only corrections where the
/// article disagrees with itself (issue 13): each is a figure the
/// consistency rules, which compare the article's own figures, flag as
/// printed and clear as corrected. A figure the article prints once and
/// another source gives differently (47 million viewers; Douyin's data says
/// 48) is listed under "Where other sources disagree with the article",
/// with a later report as its source; and no correction is left out of both.
#[test]
fn the_self_contradiction_list_holds_only_the_article_against_itself() {
    use live_commerce_explorer::locale::Locale;
    use live_commerce_explorer::views::tips::{errata, errata_heading};
    let ds = real();
    let l = Locale::en();
    let own = errata(ds, &l, CorrectionKind::SelfContradiction);
    let others = errata(ds, &l, CorrectionKind::OtherSource);
    let ids = |e: &[live_commerce_explorer::views::tips::Erratum]| {
        e.iter().map(|e| e.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&own), ["kuaishou-gmv-2019"]);
    assert_eq!(ids(&others), ["livestream-2020-04-01-viewers"]);
    assert!(
        others[0]
            .text
            .starts_with("printed 47 million; corrected 48 million."),
        "{:?}",
        others[0]
    );
    let corrected = ds.figures.iter().filter(|f| f.correction.is_some()).count();
    assert_eq!(own.len() + others.len(), corrected);
    assert_eq!(
        errata_heading(&l, CorrectionKind::SelfContradiction),
        "Where the article contradicts itself"
    );
    let as_printed = checks::check(ds, Reading::AsPrinted);
    let as_corrected = checks::check(ds, Reading::Corrected);
    let article = |id: &str| ds.figure(id).is_some();
    let flagged = |v: &[Violation], id: &str| {
        v.iter().any(|v| {
            v.ids.iter().any(|i| i == id) && v.ids.len() >= 2 && v.ids.iter().all(|i| article(i))
        })
    };
    for e in &own {
        assert!(
            flagged(&as_printed, &e.id),
            "{}: listed as a self-contradiction, but no rule finds the article's own figures disagree: {as_printed:?}",
            e.id
        );
        assert!(!flagged(&as_corrected, &e.id), "{}", e.id);
    }
    for e in &others {
        assert!(!flagged(&as_printed, &e.id), "{}", e.id);
        let c = ds
            .figure(&e.id)
            .and_then(|f| f.correction.as_ref())
            .unwrap_or_else(|| panic!("{}", e.id));
        assert!(
            c.sources.iter().any(|s| ds.later_figure(s).is_some()),
            "{}: disagrees with no later report",
            e.id
        );
    }
    // A correction marked the other way moves to the other list.
    let mut swapped = ds.clone();
    for f in &mut swapped.figures {
        if let Some(c) = &mut f.correction {
            c.kind = match c.kind {
                CorrectionKind::SelfContradiction => CorrectionKind::OtherSource,
                CorrectionKind::OtherSource => CorrectionKind::SelfContradiction,
            };
        }
    }
    assert_eq!(
        ids(&errata(&swapped, &l, CorrectionKind::SelfContradiction)),
        ["livestream-2020-04-01-viewers"]
    );
}

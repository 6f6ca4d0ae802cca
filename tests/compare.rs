//! Comparing saved scenarios, and the projections download: the tables hold
//! the point projections, differences are right against hand-computed
//! numbers, names are kept as typed, and no number of scenarios panics.
#![cfg(not(target_arch = "wasm32"))]

use live_commerce_explorer::charts::ChartSpec;
use live_commerce_explorer::data::Dataset;
use live_commerce_explorer::export::{self, projections_csv};
use live_commerce_explorer::locale::Locale;
use live_commerce_explorer::model::{BASE_YEAR, LAST_YEAR};
use live_commerce_explorer::scenario::{Growth, Preset, SeriesId, monte_carlo};
use live_commerce_explorer::views::compare::{Compared, Comparison, compare};
use live_commerce_explorer::views::{Assumptions, Table};

fn ds() -> &'static Dataset {
    match Dataset::embedded() {
        Ok(d) => d,
        Err(e) => panic!("embedded dataset: {e}"),
    }
}

fn preset(p: Preset) -> Assumptions {
    let mut a = Assumptions::article(ds());
    a.select_preset(ds(), p);
    a
}

/// The article's industry with point growth: ×2 in 2020, then `later` a year.
fn hand_edited(later: f64) -> Assumptions {
    let mut a = Assumptions::article(ds());
    a.set_growth(SeriesId::Industry, 0, Growth::point(2.0));
    a.set_growth(SeriesId::Industry, 1, Growth::point(later));
    a.set_growth(SeriesId::Industry, 2, Growth::point(1.1));
    a
}

fn item(name: &str, assumptions: Assumptions) -> Compared {
    Compared {
        name: name.to_string(),
        assumptions,
    }
}

fn run(items: &[Compared]) -> Comparison {
    compare(ds(), items, &Locale::en()).unwrap_or_else(|e| panic!("{e}"))
}

fn num(s: &str) -> f64 {
    s.parse()
        .unwrap_or_else(|_| panic!("{s:?} is not a number"))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn col(t: &Table, name: &str) -> usize {
    t.columns
        .iter()
        .position(|c| c == name)
        .unwrap_or_else(|| panic!("no column {name:?} in {:?}", t.columns))
}

/// The key table's cell in the row whose label starts with `row`.
fn cell<'a>(t: &'a Table, row: &str, column: &str) -> &'a str {
    let c = col(t, column);
    t.rows
        .iter()
        .find(|r| r[0].starts_with(row))
        .map(|r| r[c].as_str())
        .unwrap_or_else(|| panic!("no row {row:?}"))
}

/// Every panel's table and chart hold each scenario's point projection.
fn assert_projections(cmp: &Comparison, items: &[Compared]) {
    let ids: Vec<SeriesId> = cmp.charts.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, SeriesId::ALL);
    for (id, panel) in &cmp.charts {
        let t = &panel.table;
        assert_eq!(t.columns.len(), 1 + items.len(), "{:?}", t.columns);
        assert_eq!(t.rows.len(), (LAST_YEAR - BASE_YEAR + 1) as usize);
        let ChartSpec::Compare(chart) = &panel.spec else {
            panic!("{id:?} is not a comparison chart");
        };
        assert_eq!(chart.lines.len(), items.len());
        for (k, it) in items.iter().enumerate() {
            let expected = it.assumptions.scenario.point_projection(*id);
            assert_eq!(chart.lines[k].points, expected, "{id:?} line {k}");
            assert_eq!(chart.lines[k].tips.len(), expected.len());
            for (row, p) in t.rows.iter().zip(&expected) {
                assert_eq!(row[0], p.year.to_string());
                assert!(
                    close(num(&row[k + 1]), p.value),
                    "{id:?} {}: {} vs {}",
                    p.year,
                    row[k + 1],
                    p.value
                );
            }
        }
        assert!(!panel.sources.is_empty(), "{id:?} cites no base");
    }
}

#[test]
fn two_presets_differ_only_where_they_differ() {
    let items = [
        item("Article 5–6×", preset(Preset::ArticleLow)),
        item("Article 10–12×", preset(Preset::ArticleHigh)),
    ];
    let cmp = run(&items);
    assert_projections(&cmp, &items);
    let k = &cmp.keys;
    assert_eq!(
        k.columns,
        [
            "Key number",
            "Article 5–6×",
            "Article 10–12×",
            "Article 10–12×: difference vs Article 5–6×",
            "Article 10–12×: % difference vs Article 5–6×",
        ]
    );
    let (d, pct) = (
        "Article 10–12×: difference vs Article 5–6×",
        "Article 10–12×: % difference vs Article 5–6×",
    );
    // Douyin live 2020: 10 bn × √(5·6) against 10 bn × √(10·12), exactly double.
    let live = "Douyin, live-stream e-commerce in 2020";
    assert!(close(
        num(cell(k, live, "Article 5–6×")),
        10.0 * 30f64.sqrt()
    ));
    assert!(close(
        num(cell(k, live, "Article 10–12×")),
        10.0 * 120f64.sqrt()
    ));
    assert_eq!(cell(k, live, d), "+54.77225575");
    assert_eq!(cell(k, live, pct), "+100");
    // The industry is the same in both.
    for year in [2020, 2022, 2025, 2030] {
        let row = format!("Live-commerce industry in {year}");
        assert_eq!(cell(k, &row, d), "0");
        assert_eq!(cell(k, &row, pct), "0");
    }
    assert_eq!(
        cell(k, "Live-commerce industry in 2020", "Article 5–6×"),
        "867.6"
    );
    assert_eq!(cell(k, "Year the industry reaches", "Article 5–6×"), "2021");
    assert_eq!(cell(k, "Year the industry reaches", d), "0");
    assert_eq!(cell(k, "Year the industry reaches", pct), "–");
    assert_eq!(cell(k, "Growth span", "Article 5–6×"), "2019–2025");
    assert_eq!(cell(k, "Growth span", d), "–");
    // Every series is compared in 2025.
    for id in SeriesId::ALL {
        assert!(
            k.rows
                .iter()
                .any(|r| r[0] == format!("{} in 2025 (bn yuan)", id.name()))
        );
    }
}

#[test]
fn a_hand_edited_scenario_against_the_article() {
    let items = [
        item("Article", preset(Preset::ArticleLow)),
        item("Faster", hand_edited(1.5)),
        item("Slower", hand_edited(1.1)),
    ];
    let cmp = run(&items);
    assert_projections(&cmp, &items);
    let k = &cmp.keys;
    assert_eq!(k.columns.len(), 1 + 3 + 2 * 2);
    let faster = (
        "Faster: difference vs Article",
        "Faster: % difference vs Article",
    );
    let slower = (
        "Slower: difference vs Article",
        "Slower: % difference vs Article",
    );
    // 2022: 433.8 × 2 × 1.5² = 1952.1 against 433.8 × 2 × √(1.15·1.6)² = 1596.384.
    let row = "Live-commerce industry in 2022";
    assert!(close(num(cell(k, row, "Faster")), 1952.1));
    assert!(close(num(cell(k, row, "Article")), 1596.384));
    assert!(close(num(cell(k, row, faster.0)), 355.716));
    assert!(close(
        num(cell(k, row, faster.1)),
        (2.25 / 1.84 - 1.0) * 100.0
    ));
    assert!(cell(k, row, faster.1).starts_with("+22.28"));
    // 1.1² < 1.84: lower, so a minus sign.
    assert!(close(
        num(cell(k, row, slower.0)),
        433.8 * 2.0 * (1.21 - 1.84)
    ));
    assert!(cell(k, row, slower.1).starts_with("-34.2"));
    // ×1.1 misses a trillion in 2021 (954.36) and passes it in 2022 (1,049.8).
    let cross = "Year the industry reaches";
    assert_eq!(cell(k, cross, "Faster"), "2021");
    assert_eq!(cell(k, cross, "Slower"), "2022");
    assert_eq!(cell(k, cross, faster.0), "0");
    assert_eq!(cell(k, cross, slower.0), "+1");
    // Growth a year 2019–2025 in %, differences in percentage points.
    let cagr = |m: f64| (m.powf(1.0 / 6.0) - 1.0) * 100.0;
    let article = cagr(2.0 * 1.84 * 1.4175f64.powf(1.5));
    let fast = cagr(2.0 * 2.25 * 1.1f64.powi(3));
    let growth = "Live-commerce industry: growth a year";
    assert!(close(num(cell(k, growth, "Article")), article));
    assert!(close(num(cell(k, growth, "Faster")), fast));
    assert!((num(cell(k, growth, faster.0)) - (fast - article)).abs() < 1e-7);
    assert_eq!(cell(k, growth, faster.1), "–");
    // The other series are the article's in all three.
    assert_eq!(cell(k, "Taobao Live in 2025", slower.0), "0");
}

#[test]
fn four_scenarios_and_identical_ones() {
    let items = [
        item("Article", preset(Preset::ArticleLow)),
        item("High", preset(Preset::ArticleHigh)),
        item("What happened", preset(Preset::WhatHappened)),
        item("Article again", preset(Preset::ArticleLow)),
    ];
    let cmp = run(&items);
    assert_projections(&cmp, &items);
    let k = &cmp.keys;
    assert_eq!(k.columns.len(), 1 + 4 + 2 * 3);
    // What happened: 433.8 × iiMedia's 961 / 433.8 in 2020 against 867.6.
    let d = cell(
        k,
        "Live-commerce industry in 2020",
        "What happened: difference vs Article",
    );
    assert!(close(num(d), 433.8 * (961.0 / 433.8 - 2.0)), "{d}");
    // The same scenario twice differs by nothing.
    let same = (
        col(k, "Article again: difference vs Article"),
        col(k, "Article again: % difference vs Article"),
    );
    for r in &k.rows {
        assert!(r[same.0] == "0" || r[same.0] == "–", "{r:?}");
        assert!(r[same.1] == "0" || r[same.1] == "–", "{r:?}");
        if r[0].ends_with("(bn yuan)") {
            assert_eq!((&r[same.0][..], &r[same.1][..]), ("0", "0"), "{r:?}");
        }
    }
}

#[test]
fn names_are_kept_as_plain_text() {
    let markup = "<b>Mine</b> & \"theirs\" <script>alert(1)</script>";
    let items = [
        item(markup, preset(Preset::ArticleLow)),
        item("  two\nlines\t", preset(Preset::ArticleHigh)),
        item("   ", preset(Preset::WhatHappened)),
    ];
    let cmp = run(&items);
    let k = &cmp.keys;
    assert_eq!(k.columns[1], markup);
    assert_eq!(k.columns[2], "two lines");
    assert_eq!(k.columns[3], "Scenario 3");
    assert_eq!(k.columns[4], format!("two lines: difference vs {markup}"));
    for (_, panel) in &cmp.charts {
        assert_eq!(panel.table.columns[1], markup);
        let ChartSpec::Compare(c) = &panel.spec else {
            panic!("not a comparison chart");
        };
        assert_eq!(c.lines[0].name, markup);
        assert!(c.lines[0].tips[0].title.starts_with(markup));
        assert!(c.year_tips[1].1.value.contains(markup));
    }
    // The CSV quotes the markup's quotes and keeps the rest as it is.
    assert!(k.csv().contains("<b>Mine</b> & \"\"theirs\"\""));
}

#[test]
fn one_five_or_no_scenarios_do_not_panic() {
    let one = run(&[item("Only", preset(Preset::ArticleLow))]);
    assert_eq!(one.keys.columns, ["Key number", "Only"]);
    assert_eq!(one.charts.len(), 5);

    let five: Vec<Compared> = (0..5)
        .map(|i| item(&format!("S{i}"), hand_edited(1.0 + 0.1 * f64::from(i))))
        .collect();
    let cmp = run(&five);
    assert_projections(&cmp, &five);
    assert_eq!(cmp.keys.columns.len(), 1 + 5 + 2 * 4);

    let none = run(&[]);
    assert_eq!(none.charts.len(), 5);
    assert_eq!(none.keys.columns, ["Key number"]);
}

#[test]
fn nonsense_in_a_saved_scenario_becomes_a_note() {
    let mut broken = preset(Preset::ArticleLow);
    broken.set_base(SeriesId::Industry, f64::NAN);
    broken.set_level(-5.0);
    let cmp = run(&[
        item("Broken", broken),
        item("Article", preset(Preset::ArticleLow)),
    ]);
    let notes = &cmp.charts[0].1.notes;
    assert!(
        notes.iter().any(|n| n.starts_with("“Broken”: ")),
        "{notes:?}"
    );
    for r in &cmp.keys.rows {
        assert!(
            r.iter().all(|c| !c.contains("NaN") && !c.contains("inf")),
            "{r:?}"
        );
    }
}

/// The CSV's records, header first (after its byte-order mark).
fn records(text: &str) -> Vec<Vec<String>> {
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("no byte-order mark: {text:?}"));
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.unwrap_or_else(|e| panic!("{e}"))
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

#[test]
fn projections_csv_has_every_series_and_year() {
    let a = Assumptions::article(ds());
    let rows = records(&projections_csv(ds(), &a, None));
    assert_eq!(
        rows[0],
        [
            "series",
            "year",
            "point (bn yuan)",
            "P5",
            "P25",
            "P50",
            "P75",
            "P95",
            "base source"
        ]
    );
    assert_eq!(rows.len(), 1 + 5 * 12);
    assert_eq!(
        rows[1],
        [
            "Live-commerce industry",
            "2019",
            "433.8",
            "",
            "",
            "",
            "",
            "",
            "article: industry-2019"
        ]
    );
    assert_eq!(rows[2][..3], ["Live-commerce industry", "2020", "867.6"]);
    for id in SeriesId::ALL {
        let expected = a.scenario.point_projection(id);
        let got: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == id.name()).collect();
        assert_eq!(got.len(), expected.len());
        for (r, p) in got.iter().zip(&expected) {
            assert_eq!(r[1], p.year.to_string());
            // Rounded to the dataset's precision, not to the chart's.
            assert_eq!(r[2], export::number(p.value), "{id:?} {}", p.year);
            assert!(
                (num(&r[2]) / p.value - 1.0).abs() <= 5e-6,
                "{id:?} {}",
                p.year
            );
            assert!(r[3..8].iter().all(String::is_empty));
        }
    }
    let taobao = rows
        .iter()
        .find(|r| r[0] == "Taobao Live" && r[1] == "2019")
        .unwrap_or_else(|| panic!("no Taobao Live row"));
    assert_eq!(taobao[8], "later report: taobao-live-2019");

    let mut typed = a.clone();
    typed.set_base(SeriesId::Kuaishou, 100.0);
    let rows = records(&projections_csv(ds(), &typed, None));
    let kuaishou = rows
        .iter()
        .find(|r| r[0] == SeriesId::Kuaishou.name() && r[1] == "2019")
        .unwrap_or_else(|| panic!("no Kuaishou row"));
    assert_eq!((&kuaishou[2][..], &kuaishou[8][..]), ("100", "your value"));
}

#[test]
fn projections_csv_fills_the_quantiles_from_a_run() {
    let mut a = Assumptions::article(ds());
    a.set_run(2_000, 7);
    let mc = monte_carlo(&a.scenario);
    let rows = records(&projections_csv(ds(), &a, Some(&mc)));
    assert_eq!(rows.len(), 1 + 5 * 12);
    for r in &rows[1..] {
        let q: Vec<f64> = r[3..8].iter().map(|c| num(c)).collect();
        assert!(q.windows(2).all(|w| w[0] <= w[1]), "{r:?}");
        let id = SeriesId::ALL
            .into_iter()
            .find(|id| id.name() == r[0])
            .unwrap_or_else(|| panic!("unknown series {}", r[0]));
        let year: i32 = r[1].parse().unwrap_or(0);
        let bands = mc
            .series
            .iter()
            .find(|b| b.id == id)
            .unwrap_or_else(|| panic!("no bands for {id:?}"));
        let expected = bands.quantiles[(year - BASE_YEAR) as usize];
        let expected: Vec<String> = expected.iter().map(|v| export::number(*v)).collect();
        assert_eq!(r[3..8], expected, "{r:?}");
    }
    // The base year is certain: every quantile is the base.
    assert!(
        rows[1][3..8].iter().all(|c| close(num(c), 433.8)),
        "{:?}",
        rows[1]
    );
}

#[test]
fn the_screen_table_rounds_and_puts_each_difference_in_one_column() {
    let items = [
        item("Article 5–6×", preset(Preset::ArticleLow)),
        item("Article 10–12×", preset(Preset::ArticleHigh)),
    ];
    let s = run(&items).shown;
    assert_eq!(
        s.columns,
        [
            "Key number",
            "Article 5–6×",
            "Article 10–12×",
            "Article 10–12× − Article 5–6×"
        ]
    );
    let live = "Douyin, live-stream e-commerce in 2020";
    // 10 × √30 = 54.772…, 10 × √120 = 109.54…: four digits, difference +100%.
    assert_eq!(cell(&s, live, "Article 5–6×"), "54.77");
    assert_eq!(cell(&s, live, "Article 10–12×"), "109.5");
    assert_eq!(
        cell(&s, live, "Article 10–12× − Article 5–6×"),
        "+54.77 (+100%)"
    );
    let year = "Year the industry reaches the level";
    assert_eq!(cell(&s, year, "Article 5–6×"), "2021");
    assert_eq!(cell(&s, year, "Article 10–12× − Article 5–6×"), "same year");
    let industry = "Live-commerce industry in 2030 (bn yuan)";
    assert_eq!(
        cell(&s, industry, "Article 10–12× − Article 5–6×"),
        "0 (0%)"
    );
}

//! No impossible number by default (issue 13, point 1). The first screen
//! shows Kuaishou's corrected 2019 figure with the printed one and the
//! reason beside it; "as printed" is a switch, under which every Kuaishou
//! figure carries its caveat; and no projection, in any preset and either
//! reading, makes a platform larger than its whole industry or a share
//! larger than 100%.
#![cfg(not(target_arch = "wasm32"))]

use live_commerce_explorer::charts::ChartSpec;
use live_commerce_explorer::data::{Dataset, Reading};
use live_commerce_explorer::locale::{Lang, Locale};
use live_commerce_explorer::model::{BASE_YEAR, LAST_YEAR};
use live_commerce_explorer::panels::PanelId;
use live_commerce_explorer::scenario::{Preset, SeriesId, point_shares};
use live_commerce_explorer::views::{self, Assumptions, Views};

fn ds() -> &'static Dataset {
    match Dataset::embedded() {
        Ok(d) => d,
        Err(e) => panic!("embedded dataset: {e}"),
    }
}

fn build(a: &Assumptions, l: &Locale) -> Views {
    views::build(ds(), a, None, l).unwrap_or_else(|e| panic!("{e}"))
}

fn zh() -> Locale {
    Locale {
        lang: Lang::Zh,
        ..Locale::default()
    }
}

/// The default view, and every preset in either reading as the reader
/// reaches it (the preset's button, then the reading's switch, or the
/// other way round).
fn every_view() -> Vec<(String, Assumptions)> {
    let ds = ds();
    let mut out = vec![("the default view".to_string(), Assumptions::article(ds))];
    for p in [
        Preset::ArticleLow,
        Preset::ArticleHigh,
        Preset::WhatHappened,
        Preset::Custom,
    ] {
        for r in [Reading::Corrected, Reading::AsPrinted] {
            let mut a = Assumptions::article(ds);
            a.select_preset(ds, p);
            a.set_reading(ds, r);
            out.push((format!("{p:?}, then {r:?}"), a));
            let mut a = Assumptions::article(ds);
            a.set_reading(ds, r);
            a.select_preset(ds, p);
            out.push((format!("{r:?}, then {p:?}"), a));
        }
    }
    out
}

#[test]
fn the_default_view_is_corrected() {
    let a = Assumptions::article(ds());
    assert_eq!(a.reading, Reading::Corrected);
    assert_eq!(a.preset, Preset::ArticleLow);
    assert_eq!(
        a.scenario
            .get(SeriesId::Kuaishou)
            .map(|s| (s.base, s.base_source.as_str())),
        Some((45.0, "kuaishou-gmv-2019"))
    );
}

/// No platform's point projection is above the industry's in any year,
/// for the default view and every preset in either reading.
#[test]
fn no_platform_exceeds_the_industry_in_any_year() {
    for (name, a) in every_view() {
        let industry = a.scenario.point_projection(SeriesId::Industry);
        assert_eq!(industry.len(), (LAST_YEAR - BASE_YEAR + 1) as usize);
        for id in SeriesId::ALL
            .into_iter()
            .filter(|&id| id != SeriesId::Industry)
        {
            let p = a.scenario.point_projection(id);
            for (x, i) in p.iter().zip(&industry) {
                assert_eq!(x.year, i.year);
                assert!(
                    x.value <= i.value,
                    "{name}: {id:?} {} bn in {} is more than the industry's {} bn",
                    x.value,
                    x.year,
                    i.value
                );
            }
        }
    }
}

/// No share of the industry is above 100%: the point shares, the
/// third-pole chart's lines, and the key numbers' shares in every year the
/// span can end in.
#[test]
fn no_share_exceeds_100_percent() {
    let l = Locale::en();
    for (name, mut a) in every_view() {
        for (id, shares) in point_shares(&a.scenario) {
            for (year, s) in shares {
                assert!(s <= 1.0, "{name}: {id:?}'s point share in {year} is {s}");
            }
        }
        let v = build(&a, &l);
        match &v[PanelId::ThirdPole].spec {
            ChartSpec::Shares(c) => {
                assert!(!c.lines.is_empty());
                for line in &c.lines {
                    for (year, s) in &line.points {
                        assert!(
                            *s <= 1.0,
                            "{name}: the third-pole chart draws {} at {s} in {year}",
                            line.name
                        );
                    }
                }
            }
            other => panic!("{other:?}"),
        }
        for to in BASE_YEAR + 1..=LAST_YEAR {
            a.page.span = (BASE_YEAR, to);
            for r in build(&a, &l).keys.rows {
                if let Some(s) = r.share {
                    assert!(
                        s <= 1.0,
                        "{name}: key numbers give {:?} {s} of the industry in {to}",
                        r.id
                    );
                }
            }
        }
    }
}

/// The default view shows Kuaishou's corrected figure, with the printed
/// one and the reason beside it: the GMV chart's bar and its note, the
/// table, the tooltip and the story, in English and Chinese.
#[test]
fn the_default_view_shows_the_printed_figure_and_why_beside_the_corrected_one() {
    let ds = ds();
    let a = Assumptions::article(ds);
    let v = build(&a, &Locale::en());
    let gmv = &v[PanelId::Gmv];
    let ChartSpec::Gmv(chart) = &gmv.spec else {
        panic!("{:?}", gmv.spec)
    };
    let bar = chart
        .bars
        .iter()
        .find(|b| b.id == "kuaishou-gmv-2019")
        .unwrap_or_else(|| panic!("no Kuaishou bar"));
    assert_eq!((bar.value.low, bar.value.high), (40.0, 50.0));
    assert!(bar.corrected);
    assert_eq!(bar.remark.as_deref(), Some("corrected"));
    assert_eq!(
        bar.tip.value,
        "40–50 billion yuan (corrected; printed 400–500 billion yuan)"
    );
    let note = gmv
        .notes
        .iter()
        .find(|n| n.contains("Kuaishou"))
        .unwrap_or_else(|| panic!("no note on Kuaishou: {:?}", gmv.notes));
    assert!(
        note.starts_with(
            "Kuaishou, all e-commerce, 2019: corrected to 40–50 billion yuan; \
             the article prints 400–500 billion yuan. As printed, 400-500 billion yuan is more than"
        ),
        "{note}"
    );
    let row = gmv
        .table
        .rows
        .iter()
        .find(|r| r.first().is_some_and(|c| c.starts_with("Kuaishou")))
        .unwrap_or_else(|| panic!("no Kuaishou row"));
    assert_eq!(
        row[2..5],
        ["40", "50", "corrected (printed 400–500 bn yuan)"]
    );
    // The key numbers say where Kuaishou's projection starts.
    let k = v
        .keys
        .rows
        .iter()
        .find(|r| r.id == SeriesId::Kuaishou)
        .and_then(|r| r.caveat.clone());
    assert_eq!(
        k.as_deref(),
        Some(
            "starts from the corrected 2019 figure, 40–50 billion yuan \
             (the article prints 400–500 billion yuan)"
        )
    );
    // In Chinese too.
    let z = build(&a, &zh());
    let note = z[PanelId::Gmv]
        .notes
        .iter()
        .find(|n| n.contains("快手"))
        .cloned()
        .unwrap_or_default();
    assert!(note.contains("已更正为400–500亿元"), "{note}");
    assert!(note.contains("文章英文译文为4,000–5,000亿元"), "{note}");
}

/// As printed, every Kuaishou figure carries its caveat where it appears:
/// the GMV chart's label, its note and the contradiction, the tables, the
/// tooltips, the platforms chart, the key numbers and the story; and the
/// projection still starts from the corrected figure.
#[test]
fn as_printed_every_kuaishou_figure_carries_its_caveat() {
    let ds = ds();
    let mut a = Assumptions::article(ds);
    a.set_reading(ds, Reading::AsPrinted);
    assert_eq!(
        a.scenario.get(SeriesId::Kuaishou).map(|s| s.base),
        Some(45.0)
    );
    let v = build(&a, &Locale::en());
    let gmv = &v[PanelId::Gmv];
    let ChartSpec::Gmv(chart) = &gmv.spec else {
        panic!("{:?}", gmv.spec)
    };
    let bar = chart
        .bars
        .iter()
        .find(|b| b.id == "kuaishou-gmv-2019")
        .unwrap_or_else(|| panic!("no Kuaishou bar"));
    assert_eq!((bar.value.low, bar.value.high), (400.0, 500.0));
    assert_eq!(
        bar.remark.as_deref(),
        Some("as printed; corrected: 40–50 bn")
    );
    assert_eq!(
        bar.tip.value,
        "400–500 billion yuan (as printed; corrected: 40–50 billion yuan)"
    );
    assert!(
        gmv.notes.iter().any(|n| n.starts_with(
            "Kuaishou, all e-commerce, 2019: shown as printed, 400–500 billion yuan; \
             corrected, 40–50 billion yuan."
        ) && n
            .ends_with("Projections start from the corrected figure in either reading.")),
        "{:?}",
        gmv.notes
    );
    let row = gmv
        .table
        .rows
        .iter()
        .find(|r| r.first().is_some_and(|c| c.starts_with("Kuaishou")))
        .unwrap_or_else(|| panic!("no Kuaishou row"));
    assert_eq!(row[4], "as printed (corrected: 40–50 bn yuan)");
    // The platforms chart's article marker and row.
    let platforms = &v[PanelId::Platforms];
    let ChartSpec::Timeline(t) = &platforms.spec else {
        panic!("{:?}", platforms.spec)
    };
    let tip = t
        .series
        .iter()
        .filter(|s| s.publisher.starts_with("Kuaishou"))
        .flat_map(|s| &s.points)
        .find(|p| p.year == 2019 && p.tip.source.contains("article"))
        .map(|p| p.tip.value.clone());
    assert_eq!(
        tip.as_deref(),
        Some("400–500 billion yuan (as printed; corrected: 40–50 billion yuan)")
    );
    assert!(
        platforms.table.rows.iter().any(|r| r[0] == "Kuaishou"
            && r[4]
                == "the article (400–500 billion yuan (as printed; corrected: 40–50 billion yuan))"),
        "{:?}",
        platforms.table.rows
    );
    // Key numbers: Kuaishou's numbers grow the corrected figure.
    let k = v
        .keys
        .rows
        .iter()
        .find(|r| r.id == SeriesId::Kuaishou)
        .unwrap_or_else(|| panic!("no Kuaishou row"));
    assert!(
        k.caveat
            .as_deref()
            .is_some_and(|c| c.starts_with("starts from the corrected 2019 figure")),
        "{:?}",
        k.caveat
    );
    // The story.
    let story = live_commerce_explorer::story::story(ds, &a, None, &Locale::en())
        .unwrap_or_else(|e| panic!("{e}"));
    let said = story
        .iter()
        .find_map(|p| p.derived(live_commerce_explorer::story::ids::KUAISHOU_2019))
        .unwrap_or_default();
    assert!(
        said.starts_with("400–500 bn yuan (as printed, which the article's own total"),
        "{said}"
    );
    assert!(said.contains("corrected: 40–50 bn yuan"), "{said}");
}

/// A v1 link read as printed still starts Kuaishou from the printed 450
/// bn, as it did; the key numbers say so beside its row, and the first
/// switch of the reading brings it to the corrected figure.
#[test]
fn an_old_link_at_the_printed_base_says_so() {
    let ds = ds();
    let d = live_commerce_explorer::share::decode(ds, "v=1");
    let mut a = d.state.assumptions;
    assert_eq!(
        a.scenario.get(SeriesId::Kuaishou).map(|s| s.base),
        Some(450.0)
    );
    let v = build(&a, &Locale::en());
    let k = v
        .keys
        .rows
        .iter()
        .find(|r| r.id == SeriesId::Kuaishou)
        .and_then(|r| r.caveat.clone());
    assert_eq!(
        k.as_deref(),
        Some(
            "starts from the 2019 figure as printed, 400–500 billion yuan \
             (corrected: 40–50 billion yuan)"
        )
    );
    a.set_reading(ds, Reading::Corrected);
    a.set_reading(ds, Reading::AsPrinted);
    assert_eq!(
        a.scenario.get(SeriesId::Kuaishou).map(|s| s.base),
        Some(45.0)
    );
}

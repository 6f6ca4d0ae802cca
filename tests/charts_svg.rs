//! Every chart drawn to SVG, natively: the labels a reader needs are there,
//! they follow the assumptions, and no label leaves the canvas at any width
//! from a 360 px phone up, at 1× and 2× pixel density.
#![cfg(not(target_arch = "wasm32"))]

use live_commerce_explorer::charts::{self, ChartSpec, Theme};
use live_commerce_explorer::data::{Dataset, Reading};
use live_commerce_explorer::locale::Locale;
use live_commerce_explorer::panels::PanelId;
use live_commerce_explorer::scenario::{Growth, SeriesId};
use live_commerce_explorer::views::{self, Assumptions, Views};
use plotters::prelude::*;

#[path = "support/svg.rs"]
mod svg;
use svg::{assert_apart, assert_has, assert_inside, attr, contents, render_view, texts};

/// Draws `spec` at CSS size × `dpr`.
fn render(spec: &ChartSpec, css_w: u32, css_h: u32, dpr: f64) -> String {
    let size = (
        (f64::from(css_w) * dpr) as u32,
        (f64::from(css_h) * dpr) as u32,
    );
    let mut svg = String::new();
    {
        let root = svg::measured_svg(&mut svg, size).into_drawing_area();
        if let Err(e) = charts::draw(spec, &root, &Theme::light(dpr)) {
            panic!("drawing failed: {e}");
        }
    }
    svg
}

fn views_for(a: impl FnOnce(&mut Assumptions)) -> Views {
    let ds = Dataset::embedded().unwrap_or_else(|e| panic!("{e}"));
    let mut assumptions = Assumptions::article(ds);
    a(&mut assumptions);
    views::build(ds, &assumptions, None, &Locale::en()).unwrap_or_else(|e| panic!("{e}"))
}

const WIDTHS: [u32; 4] = [328, 480, 760, 1200];

/// By default Kuaishou's bar is its corrected 40–50 bn, labelled as
/// corrected; as printed it is 400–500 bn, labelled with the correction
/// beside it on charts wide enough for the words.
#[test]
fn gmv_chart_shows_platforms_and_the_corrected_or_printed_range() {
    let corrected = views_for(|_| {});
    let printed = views_for(|a| a.reading = Reading::AsPrinted);
    for (v, value, remark) in [
        (&corrected, "40–50 bn", "40–50 bn (corrected)"),
        (
            &printed,
            "400–500 bn",
            "400–500 bn (as printed; corrected: 40–50 bn)",
        ),
    ] {
        for w in WIDTHS {
            for dpr in [1.0, 2.0] {
                let h = (f64::from(w) * 0.55).clamp(260.0, 440.0) as u32;
                let svg = render(&v[PanelId::Gmv].spec, w, h, dpr);
                for label in [
                    "Kuaishou, all e-commerce",
                    "Douyin, all e-commerce",
                    "Douyin, live-stream e-commerce",
                    "180 bn",
                    "10 bn",
                    "Live-commerce industry: 433.8 bn",
                ] {
                    assert_has(&svg, label);
                }
                // The value always; wide charts also say which reading.
                if w >= 760 {
                    assert_has(&svg, remark);
                } else {
                    assert!(contents(&svg).iter().any(|l| l.starts_with(value)));
                }
                assert_inside(&svg, f64::from(w) * dpr, f64::from(h) * dpr, "gmv");
                assert_apart(&svg, &format!("gmv at {w} px, {dpr}x"));
            }
        }
    }
}

#[test]
fn industry_chart_labels_the_trillion_crossing() {
    let v = views_for(|_| {});
    for w in WIDTHS {
        for dpr in [1.0, 2.0] {
            let svg = render(&v[PanelId::Industry].spec, w, 300, dpr);
            for label in [
                "1 trillion yuan",
                "Passes 1 trillion yuan in 2021",
                "2019: 433.8 bn (article)",
                "billion yuan (log scale)",
                "2019",
            ] {
                assert_has(&svg, label);
            }
            assert_inside(&svg, f64::from(w) * dpr, 300.0 * dpr, "industry");
            assert_apart(&svg, &format!("industry at {w} px, {dpr}x"));
        }
    }
    // Wide enough for every year to be labelled.
    let wide = render(&v[PanelId::Industry].spec, 1200, 400, 1.0);
    for year in 2019..=2030 {
        assert_has(&wide, &year.to_string());
    }
    assert!(contents(&wide).iter().any(|l| l.starts_with("2030: ")));
}

#[test]
fn industry_chart_follows_the_sliders() {
    let flat = views_for(|a| {
        a.set_growth(SeriesId::Industry, 1, Growth::point(1.0));
        a.set_growth(SeriesId::Industry, 2, Growth::point(1.0));
    });
    let svg = render(&flat[PanelId::Industry].spec, 760, 400, 1.0);
    assert_has(&svg, "Does not reach 1 trillion yuan by 2030");
    assert_has(&svg, "2030: 867.6 bn");

    let fast = views_for(|a| a.set_growth(SeriesId::Industry, 0, Growth::point(3.0)));
    let svg = render(&fast[PanelId::Industry].spec, 760, 400, 1.0);
    assert_has(&svg, "Passes 1 trillion yuan in 2020");

    let linear = views_for(|a| a.page.log_industry = false);
    let svg = render(&linear[PanelId::Industry].spec, 760, 400, 1.0);
    assert_has(&svg, "billion yuan");
    assert_inside(&svg, 760.0, 400.0, "linear industry");
}

#[test]
fn douyin_chart_shows_both_forecasts_and_the_users_multiplier() {
    for m in [1.0, 5.5, 8.0, 11.0, 20.0] {
        let v = views_for(|a| a.set_growth(SeriesId::DouyinLive, 0, Growth::point(m)));
        for w in WIDTHS {
            for dpr in [1.0, 2.0] {
                let svg = render(&v[PanelId::Douyin].spec, w, 300, dpr);
                assert_inside(&svg, f64::from(w) * dpr, 300.0 * dpr, "douyin");
                assert_apart(&svg, &format!("douyin ×{m} at {w} px, {dpr}x"));
                assert_has(&svg, "2019: 10 bn (article)");
                if w >= 480 {
                    assert_has(&svg, "5–6×: 50–60 bn");
                    assert_has(&svg, "10–12×: 100–120 bn");
                    let user = format!("Yours ×{}: {} bn", m, m * 10.0);
                    assert_has(&svg, &user);
                }
            }
        }
    }
}

#[test]
fn tiny_canvases_draw_nothing_rather_than_overlapping_text() {
    let v = views_for(|_| {});
    let svg = render(&v[PanelId::Industry].spec, 100, 60, 1.0);
    assert!(texts(&svg).is_empty());
}

#[test]
fn industry_labels_stay_apart_across_the_slider_ranges() {
    use live_commerce_explorer::views::{GROWTH_2020, GROWTH_LATER};
    for g2020 in [GROWTH_2020.min, 1.0, 2.0, 2.4, GROWTH_2020.max] {
        for later in [GROWTH_LATER.min, 1.0, 1.05, 1.3, GROWTH_LATER.max] {
            for log in [true, false] {
                let v = views_for(|a| {
                    a.set_growth(SeriesId::Industry, 0, Growth::point(g2020));
                    a.set_growth(SeriesId::Industry, 1, Growth::point(later));
                    a.set_growth(SeriesId::Industry, 2, Growth::point(later));
                    a.page.log_industry = log;
                });
                for w in WIDTHS {
                    let h = (f64::from(w) * 0.6).clamp(260.0, 440.0);
                    let svg = render(&v[PanelId::Industry].spec, w, h as u32, 2.0);
                    let what = format!("industry ×{g2020}/×{later} log={log} at {w} px");
                    assert_inside(&svg, f64::from(w) * 2.0, h * 2.0, &what);
                    assert_apart(&svg, &what);
                }
            }
        }
    }
}

#[test]
fn forecast_vs_outcome_chart_shows_each_ratio() {
    let v = views_for(|_| {});
    let Some(outcomes) = v.panel(PanelId::Outcomes).cloned() else {
        panic!("no outcomes panel");
    };
    for w in WIDTHS {
        for dpr in [1.0, 2.0] {
            let h = (f64::from(w) * 0.5).clamp(260.0, 440.0);
            let svg = render(&outcomes.spec, w, h as u32, dpr);
            let what = format!("outcomes at {w} px, {dpr}x");
            assert_inside(&svg, f64::from(w) * dpr, h * dpr, &what);
            assert_apart(&svg, &what);
            assert_has(&svg, "×1 = as forecast");
            assert_has(&svg, "iiMedia 2020: ×1.11");
            assert_has(&svg, "Qianzhan 2021: ×2.36");
        }
    }
}

#[test]
fn platform_timeline_stays_inside_at_every_width() {
    for reading in [Reading::AsPrinted, Reading::Corrected] {
        let v = views_for(|a| a.reading = reading);
        let ChartSpec::Timeline(t) = &v[PanelId::Platforms].spec else {
            panic!("not a timeline");
        };
        assert!(
            t.series.len() >= 5,
            "{:?}",
            t.series.iter().map(|s| &s.publisher).collect::<Vec<_>>()
        );
        for w in WIDTHS {
            let svg = render(&v[PanelId::Platforms].spec, w, 300, 2.0);
            let what = format!("platforms at {w} px");
            assert_inside(&svg, f64::from(w) * 2.0, 600.0, &what);
            assert_apart(&svg, &what);
        }
    }
}

/// The legend slugs of the platforms chart as main had them before it
/// became small multiples: share links with `hide.platforms=` name these.
const PLATFORM_SLUGS: [&str; 12] = [
    "douyin-article",
    "douyin-latepost",
    "douyin-caixin",
    "douyin-latepost-low-and",
    "douyin-dao-insights",
    "kuaishou-article",
    "kuaishou-prospectus-global",
    "kuaishou-2020-annual",
    "kuaishou-results",
    "kuaishou-investor-relations",
    "taobao-live-press-reports-lois",
    "taobao-live-alibaba",
];

/// A direct label as drawn: without the remark in brackets that ends it.
fn label_drawn(label: &str) -> &str {
    match label.rsplit_once(" (") {
        Some((head, _)) if label.ends_with(')') => head,
        _ => label,
    }
}

/// The platforms chart is small multiples (issue 13, point 8): one plot per
/// platform side by side, each holding that platform's series only and no
/// more than five of them, on one scale and the same years; each source
/// labelled in its plot by its own name (every one at 1200 px; where there
/// is no room the legend names it); the article's figures circles, a shape
/// no later report's series gets; and each legend entry's slug as before.
#[test]
fn platforms_are_small_multiples_one_plot_per_platform() {
    use live_commerce_explorer::charts::Shape;
    let ds = Dataset::embedded().unwrap_or_else(|e| panic!("{e}"));
    let l = Locale::en();
    for reading in [Reading::Corrected, Reading::AsPrinted] {
        let v = views_for(|a| a.reading = reading);
        let spec = &v[PanelId::Platforms].spec;
        let ChartSpec::Timeline(t) = spec else {
            panic!("not a timeline: {spec:?}");
        };
        let names: Vec<&str> = t.groups.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, ["Douyin", "Kuaishou", "Taobao Live"]);
        // Every series in exactly one plot, in legend order.
        let members: Vec<usize> = t
            .groups
            .iter()
            .flat_map(|g| g.members.iter().map(|m| m.series))
            .collect();
        assert_eq!(members, (0..t.series.len()).collect::<Vec<_>>());
        for g in &t.groups {
            assert!(
                (1..=5).contains(&g.members.len()),
                "{}: {} series",
                g.name,
                g.members.len()
            );
            assert!(g.members.iter().filter(|m| m.article).count() <= 1);
            for m in &g.members {
                let s = &t.series[m.series];
                assert!(
                    s.publisher.starts_with(&g.name),
                    "{} in {}",
                    s.publisher,
                    g.name
                );
                assert_eq!(m.article, s.shape == Shape::Circle, "{}", s.publisher);
                assert_eq!(m.article, s.slug.ends_with("-article"), "{}", s.slug);
                assert!(
                    !m.label.starts_with(&g.name),
                    "{:?} repeats the title",
                    m.label
                );
            }
        }
        let slugs: Vec<String> = charts::series_keys(spec, &l)
            .into_iter()
            .map(|k| k.slug)
            .collect();
        assert_eq!(slugs, PLATFORM_SLUGS);
        assert_eq!(slugs, PanelId::Platforms.legend_slugs(ds));

        for w in WIDTHS {
            let h = height_of(PanelId::Platforms, w);
            let theme = Theme::light(1.0);
            // Each platform's plot is its own span of x, left to right:
            // the crosshair has a run of years per plot.
            let (svg, hits) = render_view(spec, (w, h), &theme, &View::default());
            let years = t.last_year - t.first_year + 1;
            let columns = hits.columns();
            assert_eq!(columns.len(), t.groups.len() * years as usize, "{w} px");
            let spans: Vec<(i32, i32)> = columns
                .chunks(years as usize)
                .map(|c| (c[0].x, c[c.len() - 1].x))
                .collect();
            assert!(
                spans.windows(2).all(|p| p[0].1 < p[1].0),
                "{w} px: plots overlap: {spans:?}"
            );
            let step = (spans[0].1 - spans[0].0) / (years - 1).max(1);
            for name in &names {
                assert!(
                    contents(&svg).iter().any(|c| c == name),
                    "{w} px: no title {name}"
                );
            }
            // A platform's markers fall in its own plot, and only there.
            for (i, g) in t.groups.iter().enumerate() {
                let others: Vec<usize> = (0..t.series.len())
                    .filter(|s| !g.members.iter().any(|m| m.series == *s))
                    .collect();
                let (_, only) = render_view(spec, (w, h), &theme, &hide(&others));
                let drawn: usize = g
                    .members
                    .iter()
                    .map(|m| t.series[m.series].points.len())
                    .sum();
                assert_eq!(only.marks().len(), drawn, "{} at {w} px", g.name);
                for m in only.marks() {
                    let x = (m.area.x0 + m.area.x1) / 2;
                    assert!(
                        x >= spans[i].0 - step / 2 && x <= spans[i].1 + step / 2,
                        "{}'s marker at x {x} outside its plot {:?} at {w} px",
                        g.name,
                        spans[i]
                    );
                }
            }
            // Wide enough, every source is labelled in its plot.
            if w >= 1200 {
                let texts = contents(&svg);
                for g in &t.groups {
                    for m in &g.members {
                        let want = label_drawn(&m.label);
                        assert!(
                            texts.iter().any(|c| c == want),
                            "{}: no label {want:?} at {w} px: {texts:?}",
                            g.name
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn douyin_chart_shows_the_users_range_as_a_band() {
    // The article preset gives Douyin live a 5-6x range, not a point.
    let v = views_for(|_| {});
    for w in WIDTHS {
        for dpr in [1.0, 2.0] {
            let svg = render(&v[PanelId::Douyin].spec, w, 300, dpr);
            let what = format!("douyin range at {w} px, {dpr}x");
            assert_inside(&svg, f64::from(w) * dpr, 300.0 * dpr, &what);
            assert_apart(&svg, &what);
            if w >= 760 {
                assert_has(&svg, "Yours ×5.48: 54.77 bn (5–6×)");
            }
        }
    }
}

/// Scenarios for the comparison chart: presets, a hand-edited one with a long
/// name in markup, and `extra` more copies of the article (identical lines).
fn comparison(extra: usize) -> views::compare::Comparison {
    use live_commerce_explorer::scenario::Preset;
    use views::compare::{Compared, compare};
    let ds = Dataset::embedded().unwrap_or_else(|e| panic!("{e}"));
    let with = |p: Preset| {
        let mut a = Assumptions::article(ds);
        a.select_preset(ds, p);
        a
    };
    let mut edited = Assumptions::article(ds);
    edited.set_growth(SeriesId::Industry, 1, Growth::point(1.02));
    edited.set_growth(SeriesId::DouyinLive, 0, Growth::point(20.0));
    let mut items = vec![
        Compared {
            name: "The article, 5–6×".into(),
            assumptions: with(Preset::ArticleLow),
        },
        Compared {
            name: "What happened next".into(),
            assumptions: with(Preset::WhatHappened),
        },
        Compared {
            name: "<b>My very own & rather long-winded scenario name</b> that goes on".into(),
            assumptions: edited,
        },
    ];
    for i in 0..extra {
        items.push(Compared {
            name: format!("Article copy {i}"),
            assumptions: with(Preset::ArticleLow),
        });
    }
    compare(ds, &items, &Locale::en()).unwrap_or_else(|e| panic!("{e}"))
}

/// Whether `label` names `name`: in full, or cut short with "…".
fn names(label: &str, name: &str) -> bool {
    label == name
        || label
            .strip_suffix('…')
            .is_some_and(|head| !head.is_empty() && name.starts_with(head))
}

#[test]
fn comparison_chart_names_every_scenario_at_every_width() {
    for extra in [0, 1] {
        let cmp = comparison(extra);
        for (id, panel) in &cmp.charts {
            let ChartSpec::Compare(c) = &panel.spec else {
                panic!("{id:?} is not a comparison chart");
            };
            let mut specs = vec![panel.spec.clone()];
            let mut linear = c.clone();
            linear.log = !c.log;
            specs.push(ChartSpec::Compare(linear));
            for spec in &specs {
                for w in [328, 640, 1200] {
                    for dpr in [1.0, 2.0] {
                        let h = (f64::from(w) * 0.55).clamp(260.0, 440.0);
                        let svg = render(spec, w, h as u32, dpr);
                        let what = format!("compare {id:?} ({extra} extra) at {w} px, {dpr}x");
                        assert_inside(&svg, f64::from(w) * dpr, h * dpr, &what);
                        assert_apart(&svg, &what);
                        let all = contents(&svg);
                        for line in &c.lines {
                            assert!(
                                all.iter().any(|l| names(l, &line.name)),
                                "{what}: no label for {:?} in {all:?}",
                                line.name
                            );
                        }
                        if w == 1200 {
                            assert_has(&svg, "The article, 5–6×");
                            assert_has(&svg, "What happened next");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn comparison_chart_records_every_point_for_tooltips() {
    let cmp = comparison(0);
    let (_, panel) = &cmp.charts[0];
    let ChartSpec::Compare(c) = &panel.spec else {
        panic!("not a comparison chart");
    };
    let mut svg = String::new();
    let hits = {
        let root = svg::measured_svg(&mut svg, (760, 400)).into_drawing_area();
        charts::draw(&panel.spec, &root, &Theme::light(1.0)).unwrap_or_else(|e| panic!("{e}"))
    };
    let points: usize = c.lines.iter().map(|l| l.points.len()).sum();
    assert_eq!(hits.marks().len(), points);
    for line in &c.lines {
        assert!(
            hits.marks()
                .iter()
                .any(|m| m.tip.title.starts_with(&line.name) && m.tip.period == "2030"),
            "no 2030 tip for {:?}",
            line.name
        );
    }
    // Off the points, a pointer finds its year with every scenario's value.
    let year = hits
        .marks()
        .iter()
        .find(|m| m.tip.period == "2025")
        .map(|m| ((m.area.x0 + m.area.x1) / 2, 60))
        .unwrap_or_else(|| panic!("no 2025 point"));
    let tip = hits
        .at(year)
        .unwrap_or_else(|| panic!("nothing at {year:?}"));
    assert_eq!(tip.period, "2025");
}

#[test]
fn comparison_chart_survives_values_it_cannot_draw() {
    use live_commerce_explorer::charts::{CompareChart, CompareLine};
    use live_commerce_explorer::model::YearValue;
    let line = |name: &str, values: &[(i32, f64)]| CompareLine {
        name: name.to_string(),
        points: values
            .iter()
            .map(|&(year, value)| YearValue { year, value })
            .collect(),
        tips: Vec::new(),
    };
    let odd = vec![
        line(
            "zero and NaN",
            &[(2019, 0.0), (2020, f64::NAN), (2021, 5.0)],
        ),
        line("negative", &[(2019, -3.0), (2020, 2.0)]),
        line("one point", &[(2025, 7.0)]),
        line("", &[]),
        line("infinite", &[(2030, f64::INFINITY)]),
    ];
    for log in [true, false] {
        let spec = ChartSpec::Compare(CompareChart {
            lines: odd.clone(),
            log,
            year_tips: Vec::new(),
        });
        for w in [160, 328, 1200] {
            let svg = render(&spec, w, 260, 2.0);
            let what = format!("odd comparison log={log} at {w} px");
            assert_inside(&svg, f64::from(w) * 2.0, 520.0, &what);
            assert_apart(&svg, &what);
        }
    }
    // Nothing drawable: an empty canvas, not a panic.
    let empty = ChartSpec::Compare(CompareChart {
        lines: vec![line("none", &[(2020, f64::NAN)])],
        log: true,
        year_tips: Vec::new(),
    });
    assert!(texts(&render(&empty, 760, 300, 1.0)).is_empty());
}

/// Draws `spec` and returns the SVG with the chart's hit map.
fn render_with_hits(
    spec: &ChartSpec,
    css_w: u32,
    css_h: u32,
    dpr: f64,
) -> (String, charts::HitMap) {
    let size = (
        (f64::from(css_w) * dpr) as u32,
        (f64::from(css_h) * dpr) as u32,
    );
    let mut svg = String::new();
    let hits = {
        let root = svg::measured_svg(&mut svg, size).into_drawing_area();
        charts::draw(spec, &root, &Theme::light(dpr))
            .unwrap_or_else(|e| panic!("drawing failed: {e}"))
    };
    (svg, hits)
}

/// The centre x of the first mark whose tooltip is for `period`.
fn mark_x(hits: &charts::HitMap, period: &str) -> Option<f64> {
    hits.marks()
        .iter()
        .find(|m| m.tip.period == period)
        .map(|m| f64::from(m.area.x0 + m.area.x1) / 2.0)
}

/// The crossing's dot sits on the year its label names: the first year
/// whose total reaches the level, not where the line meets the level
/// between two years ("Passes 1 trillion yuan in 2021" drawn at 2020.9).
#[test]
fn the_crossing_is_marked_on_the_year_it_names() {
    let v = views_for(|_| {});
    let (svg, hits) = render_with_hits(&v[PanelId::Industry].spec, 1200, 400, 1.0);
    assert_has(&svg, "Passes 1 trillion yuan in 2021");
    let year_x = mark_x(&hits, "2021").unwrap_or_else(|| panic!("no mark for 2021"));
    let dots: Vec<f64> = svg
        .split("<circle")
        .skip(1)
        .filter_map(|c| {
            let tag = c.split('>').next()?;
            (attr(tag, "r")? == "5").then(|| attr(tag, "cx")?.parse().ok())?
        })
        .collect();
    assert!(
        dots.iter().any(|x| (x - year_x).abs() <= 1.5),
        "no crossing dot at 2021 (x {year_x}): {dots:?}"
    );
}

#[test]
fn industry_chart_marks_the_star_stream_and_618_at_their_dates() {
    use live_commerce_explorer::views::{GROWTH_2020, GROWTH_LATER};
    // 1 April and 18 June 2020 as shares of the (leap) year gone by.
    let events = [
        ("2020-04-01", 91.0 / 366.0, "1 Apr: star stream"),
        ("2020-06-18", 169.0 / 366.0, "18 Jun: 618 festival"),
    ];
    let mut labelled = 0;
    let mut drawn = 0;
    for (g2020, later, log) in [
        (2.0, 1.3, true),
        (GROWTH_2020.min, GROWTH_LATER.min, true),
        (GROWTH_2020.max, GROWTH_LATER.max, false),
        (2.4, 1.05, false),
    ] {
        let v = views_for(|a| {
            a.set_growth(SeriesId::Industry, 0, Growth::point(g2020));
            a.set_growth(SeriesId::Industry, 1, Growth::point(later));
            a.set_growth(SeriesId::Industry, 2, Growth::point(later));
            a.page.log_industry = log;
        });
        for w in WIDTHS {
            for dpr in [1.0, 2.0] {
                let h = (f64::from(w) * 0.6).clamp(260.0, 440.0);
                let (svg, hits) = render_with_hits(&v[PanelId::Industry].spec, w, h as u32, dpr);
                let what = format!("events ×{g2020}/×{later} log={log} at {w} px, {dpr}x");
                assert_inside(&svg, f64::from(w) * dpr, h * dpr, &what);
                assert_apart(&svg, &what);
                let (Some(x2020), Some(x2021)) = (mark_x(&hits, "2020"), mark_x(&hits, "2021"))
                else {
                    panic!("{what}: no 2020 or 2021 point");
                };
                let all = texts(&svg);
                for (period, frac, label) in events {
                    let x = mark_x(&hits, period)
                        .unwrap_or_else(|| panic!("{what}: no marker for {period}"));
                    let expected = x2020 + frac * (x2021 - x2020);
                    assert!(
                        (x - expected).abs() <= 1.5,
                        "{what}: {period} drawn at x {x}, expected {expected:.1}"
                    );
                    drawn += 1;
                    // The label, when there is room for it, sits against its line.
                    if let Some(t) = all.iter().find(|t| t.content == label) {
                        let gap = 3.0 * dpr;
                        let off = (t.x - x).abs();
                        assert!(
                            off <= gap + 1.0,
                            "{what}: {label:?} at x {} is {off} px from its line",
                            t.x
                        );
                        labelled += 1;
                    } else {
                        assert!(
                            w < 480,
                            "{what}: no label {label:?} in {:?}",
                            contents(&svg)
                        );
                    }
                }
            }
        }
    }
    eprintln!("{labelled} of {drawn} event markers labelled");
    assert!(
        labelled * 10 >= drawn * 8,
        "only {labelled} of {drawn} labelled"
    );
    // The star stream's date and figures come from the dataset, which the
    // chart's Sources view cites.
    let v = views_for(|_| {});
    assert!(
        v[PanelId::Industry]
            .sources
            .iter()
            .any(|s| s == "livestream-2020-04-01-sales"),
        "{:?}",
        v[PanelId::Industry].sources
    );
}

#[test]
fn event_markers_outside_the_years_drawn_are_left_out() {
    let v = views_for(|_| {});
    let ChartSpec::Industry(mut c) = v[PanelId::Industry].spec.clone() else {
        panic!("not an industry chart");
    };
    let mut far = c.events[0].clone();
    far.at = 2040.5;
    far.tip.period = "2040-07-01".to_string();
    let mut odd = far.clone();
    odd.at = f64::NAN;
    odd.tip.period = "never".to_string();
    c.events.extend([far, odd]);
    let (svg, hits) = render_with_hits(&ChartSpec::Industry(c), 760, 400, 1.0);
    assert!(mark_x(&hits, "2040-07-01").is_none());
    assert!(mark_x(&hits, "never").is_none());
    assert!(mark_x(&hits, "2020-04-01").is_some());
    assert_apart(&svg, "odd events");
}

// ---- Chart interactions: log/linear on every value axis, hidden series,
// the dark theme, the crosshair's columns, descriptions from data. ----

use charts::View;
use live_commerce_explorer::locale::Lang;

fn log_view(log: bool) -> View {
    View {
        log: Some(log),
        ..View::default()
    }
}

fn hide(indices: &[usize]) -> View {
    View {
        hidden: indices.iter().copied().collect(),
        ..View::default()
    }
}

/// Every chart the page draws, by name (outcomes needs later reports).
fn every_chart() -> Vec<(&'static str, ChartSpec)> {
    let v = views_for(|a| a.page.log_industry = true);
    let mut all = vec![
        ("gmv", v[PanelId::Gmv].spec.clone()),
        ("industry", v[PanelId::Industry].spec.clone()),
        ("douyin", v[PanelId::Douyin].spec.clone()),
        ("platforms", v[PanelId::Platforms].spec.clone()),
        ("focus", v[PanelId::Focus].spec.clone()),
        ("tornado", v[PanelId::Tornado].spec.clone()),
    ];
    if let Some(o) = v.panel(PanelId::Outcomes) {
        all.push(("outcomes", o.spec.clone()));
    }
    let c = comparison(0);
    if let Some((_, panel)) = c.charts.first() {
        all.push(("compare", panel.spec.clone()));
    }
    all
}

#[test]
fn every_value_axis_switches_between_log_and_linear_and_keeps_labels_inside() {
    let charts = every_chart();
    assert!(
        charts.len() >= 7,
        "{:?}",
        charts.iter().map(|c| c.0).collect::<Vec<_>>()
    );
    for (name, spec) in &charts {
        assert!(
            charts::default_log(spec).is_some(),
            "{name} has a value axis"
        );
        for w in WIDTHS {
            for dpr in [1.0, 2.0] {
                let h = 320;
                let theme = Theme::light(dpr);
                let (log_svg, _) = render_view(spec, (w, h), &theme, &log_view(true));
                let (lin_svg, _) = render_view(spec, (w, h), &theme, &log_view(false));
                for (svg, scale) in [(&log_svg, "log"), (&lin_svg, "linear")] {
                    let what = format!("{name} {scale} at {w} px, {dpr}x");
                    assert_inside(svg, f64::from(w) * dpr, f64::from(h) * dpr, &what);
                    assert_apart(svg, &what);
                }
                // The tick labels change with the scale.
                assert_ne!(
                    contents(&log_svg),
                    contents(&lin_svg),
                    "{name}: log and linear draw the same labels at {w} px"
                );
            }
        }
    }
}

#[test]
fn log_axes_tick_at_1_2_5_and_note_values_they_cannot_show() {
    use live_commerce_explorer::charts::{CompareChart, CompareLine};
    use live_commerce_explorer::model::YearValue;
    let v = views_for(|a| a.page.log_industry = true);
    let (svg, _) = render_view(
        &v[PanelId::Industry].spec,
        (760, 400),
        &Theme::light(1.0),
        &log_view(true),
    );
    let ticks: Vec<String> = contents(&svg)
        .into_iter()
        .filter(|l| l.ends_with(" bn") || l.ends_with(" trn"))
        .filter(|l| !l.contains(':'))
        .collect();
    assert!(ticks.len() >= 3, "{ticks:?}");
    for t in &ticks {
        let lead = t.trim_start_matches(|c: char| !c.is_ascii_digit());
        let first = lead.chars().next().unwrap_or('?');
        assert!(
            matches!(first, '1' | '2' | '5'),
            "log tick {t:?} is not 1-2-5"
        );
    }
    // A zero on a log axis: drawn without it, and the caption says so.
    let spec = ChartSpec::Compare(CompareChart {
        lines: vec![CompareLine {
            name: "with a zero".into(),
            points: [(2019, 0.0), (2020, 10.0), (2021, 100.0)]
                .into_iter()
                .map(|(year, value)| YearValue { year, value })
                .collect(),
            tips: Vec::new(),
        }],
        log: true,
        year_tips: Vec::new(),
    });
    let (svg, _) = render_view(&spec, (760, 300), &Theme::light(1.0), &View::default());
    assert!(
        contents(&svg).iter().any(|l| l.contains("not shown")),
        "{:?}",
        contents(&svg)
    );
    let (svg, _) = render_view(&spec, (760, 300), &Theme::light(1.0), &log_view(false));
    assert!(!contents(&svg).iter().any(|l| l.contains("not shown")));
}

#[test]
fn hidden_series_are_not_drawn_not_pointable_and_the_axis_refits() {
    let v = views_for(|a| a.page.log_industry = false);
    let l = Locale::en();
    // Industry: entry 0 is the projection, then one per later publisher.
    let keys = charts::series_keys(&v[PanelId::Industry].spec, &l);
    assert!(keys.len() >= 2, "{keys:?}");
    let theme = Theme::light(1.0);
    let (all, all_hits) = render_view(
        &v[PanelId::Industry].spec,
        (760, 400),
        &theme,
        &View::default(),
    );
    let (no_proj, no_proj_hits) =
        render_view(&v[PanelId::Industry].spec, (760, 400), &theme, &hide(&[0]));
    assert!(contents(&all).iter().any(|c| c.starts_with("2030: ")));
    assert!(
        !contents(&no_proj).iter().any(|c| c.starts_with("2030: ")),
        "{:?}",
        contents(&no_proj)
    );
    assert!(no_proj_hits.marks().len() < all_hits.marks().len());
    assert!(
        no_proj_hits
            .columns()
            .iter()
            .all(|c| c.rows.iter().all(|(n, _)| n != "Projection"))
    );
    // Hiding the projection re-fits the linear axis to the later reports
    // and the level: its top tick changes.
    assert_ne!(contents(&all), contents(&no_proj));
    assert_inside(&no_proj, 760.0, 400.0, "industry without projection");
    assert_apart(&no_proj, "industry without projection");

    // Platforms: each publisher's markers go with it.
    let keys = charts::series_keys(&v[PanelId::Platforms].spec, &l);
    assert!(keys.len() >= 5);
    let (_, hits) = render_view(
        &v[PanelId::Platforms].spec,
        (760, 400),
        &theme,
        &View::default(),
    );
    let (svg, hidden_hits) =
        render_view(&v[PanelId::Platforms].spec, (760, 400), &theme, &hide(&[0]));
    assert!(hidden_hits.marks().len() < hits.marks().len());
    let first = &keys[0].name;
    assert!(
        hidden_hits
            .columns()
            .iter()
            .all(|c| c.rows.iter().all(|(n, _)| n != first)),
        "{first} still in the crosshair"
    );
    assert!(
        hits.columns()
            .iter()
            .any(|c| c.rows.iter().any(|(n, _)| n == first))
    );
    assert_apart(&svg, "platforms with one hidden");

    // Douyin: a forecast band and the reader's own line.
    let keys = charts::series_keys(&v[PanelId::Douyin].spec, &l);
    assert_eq!(keys.last().map(|k| k.name.as_str()), Some("Yours"));
    let (svg, _) = render_view(
        &v[PanelId::Douyin].spec,
        (1200, 400),
        &theme,
        &hide(&[keys.len() - 1]),
    );
    assert!(
        !contents(&svg).iter().any(|c| c.starts_with("Yours")),
        "{:?}",
        contents(&svg)
    );
    let (svg, _) = render_view(&v[PanelId::Douyin].spec, (1200, 400), &theme, &hide(&[0]));
    assert!(contents(&svg).iter().any(|c| c.starts_with("Yours")));
    assert!(
        !contents(&svg).iter().any(|c| c.starts_with(&keys[0].name)),
        "{:?}",
        contents(&svg)
    );

    // Compare: one line hidden, its name leaves the gutter.
    let c = comparison(0);
    let spec = &c.charts[0].1.spec;
    let keys = charts::series_keys(spec, &l);
    assert!(keys.len() >= 2);
    let (svg, hits) = render_view(spec, (760, 400), &theme, &hide(&[1]));
    assert!(
        !contents(&svg).iter().any(|c| names(c, &keys[1].name)),
        "{:?}",
        contents(&svg)
    );
    assert!(
        hits.columns()
            .iter()
            .all(|c| c.rows.iter().all(|(n, _)| n != &keys[1].name))
    );
}

#[test]
fn the_crosshair_has_a_column_per_year_with_every_shown_series() {
    let v = views_for(|_| {});
    let (_, hits) = render_view(
        &v[PanelId::Industry].spec,
        (760, 400),
        &Theme::light(1.0),
        &View::default(),
    );
    let years: Vec<&str> = hits.columns().iter().map(|c| c.title.as_str()).collect();
    assert_eq!(years.first(), Some(&"2019"));
    assert_eq!(years.last(), Some(&"2030"));
    for c in hits.columns() {
        assert!(c.rows.iter().any(|(n, _)| n == "Projection"), "{c:?}");
    }
    assert!(hits.columns().windows(2).all(|w| w[0].x < w[1].x));
    // The middle of a column finds it; the far left margin does not.
    let c = &hits.columns()[3];
    assert_eq!(hits.column_at((c.x + 2, (c.y.0 + c.y.1) / 2)), Some(3));
    assert_eq!(hits.column_at((c.x, c.y.1 + 50)), None);
}

/// WCAG contrast ratio of two colours.
fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let lum = |c: RGBColor| {
        let ch = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.03928 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn the_dark_theme_is_readable_and_keeps_series_apart() {
    let t = Theme::dark(1.0);
    assert!(t.dark);
    for (name, c) in [("text", t.text), ("muted", t.muted)] {
        let r = contrast(c, t.background);
        assert!(r >= 4.5, "{name} text {r:.2}:1 on the dark background");
    }
    let series = [t.blue, t.orange, t.vermillion, t.green, t.purple, t.sky];
    for c in series {
        let r = contrast(c, t.background);
        assert!(r >= 3.0, "line {c:?} {r:.2}:1 on the dark background");
    }
    for (i, a) in series.iter().enumerate() {
        for b in &series[i + 1..] {
            assert_ne!(a, b);
        }
    }
    for i in 0..5 {
        assert_ne!(
            t.overlay(i),
            t.blue,
            "overlay {i} is the projection's colour"
        );
    }
    // The light theme's lines keep 3:1 too, except the pale orange and sky
    // blue that always come with a shape or a label.
    let light = Theme::light(1.0);
    assert!(contrast(light.text, light.background) >= 4.5);
    assert!(contrast(light.muted, light.background) >= 4.5);
}

#[test]
fn every_chart_draws_in_the_dark_theme_with_the_same_labels() {
    for (name, spec) in every_chart() {
        let (light, _) = render_view(&spec, (760, 360), &Theme::light(1.0), &View::default());
        let (dark, _) = render_view(&spec, (760, 360), &Theme::dark(1.0), &View::default());
        assert_eq!(contents(&light), contents(&dark), "{name}");
        assert!(
            dark.to_ascii_uppercase().contains("#1C1F23"),
            "{name}: no dark background"
        );
        assert!(
            !dark.contains("#FFFFFF\"") || name == "none",
            "{name}: white left in dark"
        );
        assert_apart(&dark, name);
    }
}

#[test]
fn descriptions_are_written_from_the_data_and_follow_the_scenario() {
    let l = Locale::en();
    for (name, spec) in every_chart() {
        let d = charts::describe(&spec, &l);
        assert!(!d.name.is_empty() && d.text.len() > 20, "{name}: {d:?}");
    }
    let article = views_for(|_| {});
    let d = charts::describe(&article[PanelId::Industry].spec, &l);
    assert!(d.name.starts_with("Line chart, 2019–2030"), "{d:?}");
    for part in [
        "433.8 bn",
        "in 2019",
        "in 2030",
        "It passes 1 trillion yuan in 2021",
        "Later reports:",
    ] {
        assert!(d.text.contains(part), "{part:?} not in {:?}", d.text);
    }
    let fast = views_for(|a| a.set_growth(SeriesId::Industry, 0, Growth::point(3.0)));
    let d_fast = charts::describe(&fast[PanelId::Industry].spec, &l);
    assert_ne!(d.text, d_fast.text);
    assert!(d_fast.text.contains("in 2020"), "{}", d_fast.text);
    let flat = views_for(|a| {
        a.set_growth(SeriesId::Industry, 1, Growth::point(1.0));
        a.set_growth(SeriesId::Industry, 2, Growth::point(1.0));
    });
    let d_flat = charts::describe(&flat[PanelId::Industry].spec, &l);
    assert!(d_flat.text.contains("stays below"), "{}", d_flat.text);
    assert!(d_flat.text.contains("867.6 bn"), "{}", d_flat.text);

    // The douyin chart's description follows the reader's multiplier.
    let d = charts::describe(&article[PanelId::Douyin].spec, &l);
    assert!(d.text.contains("Yours: 54.77 bn"), "{}", d.text);
    let gmv = charts::describe(&article[PanelId::Gmv].spec, &l);
    assert!(gmv.text.contains("40–50 bn"), "{}", gmv.text);
}

#[test]
fn chart_words_have_chinese_with_the_same_placeholders() {
    let zh = Locale {
        lang: Lang::Zh,
        ..Locale::en()
    };
    let en = Locale::en();
    let words = [
        " (log scale)",
        "; {} at zero or below not shown",
        "×1 = as forecast",
        "Monte Carlo, {}",
        "median {}; 50% within {}; 90% within {}",
        "Your assumptions' ranges, sampled",
        "Projection",
        "90% band",
        "The article",
        "Yours",
        "Yours {}: {}",
        "{}: {} (article)",
        "low: {}",
        "high: {}",
        "{} at the low end, {} at the high end",
        "Your assumptions; the others at their medians",
        "all at medians: {}",
        "Every assumption is a point: give one a range to see what it moves.",
        "Projection from your assumptions (filled dot: the article's 2019 figure)",
        "Show or hide a series",
        "Logarithmic scale",
        "Line chart",
        "No data to draw.",
        "Line chart, {}–{}, {}",
        "Projection from {} in {} to {} in {}.",
        "It passes {} in {}.",
        "It starts above {}.",
        "It stays below {} to {}.",
        "90% band in {}: {}; 50% band: {}.",
        "Later reports: {}.",
        "Bar chart, {}",
        "From {} in {}, the forecasts for {}: {}. Yours: {} (×{}).",
        "Chart of bands, {}–{}, {}",
        "Marker chart, {}–{}, {}",
        "Marker charts side by side, one per platform on one scale, {}–{}, {}",
        "Dot chart of reported against forecast values",
        "{}: {} with every assumption at its median.",
        "Tornado chart, {}",
        "{}: from {} in {} to {} in {}",
        "This chart could not be drawn, but its numbers are still listed under Table and Sources.",
    ];
    for w in words {
        let t = zh.tr(w);
        assert_ne!(t, en.tr(w), "no Chinese for {w:?}");
        assert_eq!(
            t.matches("{}").count(),
            w.matches("{}").count(),
            "{w:?} → {t:?}"
        );
    }
    // Chinese labels on a chart stay inside and apart too.
    let v = views_for(|_| {});
    let theme = Theme {
        locale: zh.clone(),
        ..Theme::light(1.0)
    };
    for w in WIDTHS {
        let (svg, _) = render_view(
            &v[PanelId::Industry].spec,
            (w, 320),
            &theme,
            &View::default(),
        );
        assert!(
            contents(&svg).iter().any(|c| c.contains("对数刻度")),
            "{:?}",
            contents(&svg)
        );
        assert_inside(&svg, f64::from(w), 320.0, "industry in Chinese");
    }
}

// ---- Every panel in every language and currency: the labels fit. ----

use live_commerce_explorer::locale::Currency;

/// English and Chinese, each in yuan and in US dollars.
fn locales() -> Vec<(&'static str, Locale)> {
    let of = |lang, currency| Locale {
        lang,
        currency,
        ..Locale::en()
    };
    vec![
        ("en-CNY", of(Lang::En, Currency::Cny)),
        ("en-USD", of(Lang::En, Currency::Usd)),
        ("zh-CNY", of(Lang::Zh, Currency::Cny)),
        ("zh-USD", of(Lang::Zh, Currency::Usd)),
    ]
}

fn views_in(l: &Locale, reading: Reading) -> Views {
    let ds = Dataset::embedded().unwrap_or_else(|e| panic!("{e}"));
    let mut a = Assumptions::article(ds);
    a.reading = reading;
    views::build(ds, &a, None, l).unwrap_or_else(|e| panic!("{e}"))
}

/// A label cut short: "79.4…". Names may be cut to fit (the legend and the
/// tooltip give them whole); a number never is.
fn cut_value(label: &str) -> bool {
    label.ends_with('…') && label.chars().any(|c| c.is_ascii_digit())
}

/// The canvas height the page gives a panel `w` px wide.
fn height_of(id: PanelId, w: u32) -> u32 {
    (f64::from(w) * id.aspect()).clamp(260.0, 440.0) as u32
}

#[test]
fn every_panel_keeps_its_labels_whole_inside_and_apart_in_every_language_and_currency() {
    for ((name, l), reading) in locales()
        .into_iter()
        .flat_map(|l| [(l.clone(), Reading::Corrected), (l, Reading::AsPrinted)])
    {
        let v = views_in(&l, reading);
        for id in PanelId::ALL {
            let Some(panel) = v.panel(id) else {
                continue;
            };
            let default_log = charts::default_log(&panel.spec);
            for w in WIDTHS {
                let h = height_of(id, w);
                for dpr in [1.0, 2.0] {
                    let theme = Theme {
                        locale: l.clone(),
                        ..Theme::light(dpr)
                    };
                    for log in [Some(true), Some(false)] {
                        if default_log.is_none() && log == Some(false) {
                            continue;
                        }
                        let view = View {
                            log: default_log.and(log),
                            ..View::default()
                        };
                        let (svg, _) = render_view(&panel.spec, (w, h), &theme, &view);
                        let what = format!(
                            "{} {name} {reading:?} at {w}×{h} px, {dpr}x, log={:?}",
                            id.slug(),
                            view.log
                        );
                        assert_inside(&svg, f64::from(w) * dpr, f64::from(h) * dpr, &what);
                        assert_apart(&svg, &what);
                        let cut: Vec<String> = contents(&svg)
                            .into_iter()
                            .filter(|c| cut_value(c))
                            .collect();
                        assert!(cut.is_empty(), "{what}: values cut short: {cut:?}");
                    }
                }
            }
        }
    }
}

/// A vertical line drawn in the text colour (the tornado's median line):
/// its x and its top and bottom.
fn text_coloured_verticals(svg: &str, colour: &str) -> Vec<(f64, f64, f64)> {
    svg.split("<polyline")
        .skip(1)
        .filter_map(|chunk| {
            let tag = chunk.split('>').next()?;
            if !attr(tag, "stroke")?.eq_ignore_ascii_case(colour) {
                return None;
            }
            let points: Vec<(f64, f64)> = attr(tag, "points")?
                .split_whitespace()
                .filter_map(|p| {
                    let (x, y) = p.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect();
            match points[..] {
                [(x0, y0), (x1, y1)] if x0 == x1 => Some((x0, y0.min(y1), y0.max(y1))),
                _ => None,
            }
        })
        .collect()
}

#[test]
fn the_tornados_labels_keep_off_its_median_line() {
    for (name, l) in locales() {
        let v = views_in(&l, Reading::Corrected);
        for w in WIDTHS {
            let h = height_of(PanelId::Tornado, w);
            for dpr in [1.0, 2.0] {
                let theme = Theme {
                    locale: l.clone(),
                    ..Theme::light(dpr)
                };
                let colour = format!(
                    "#{:02X}{:02X}{:02X}",
                    theme.text.0, theme.text.1, theme.text.2
                );
                for log in [true, false] {
                    let (svg, _) =
                        render_view(&v[PanelId::Tornado].spec, (w, h), &theme, &log_view(log));
                    let what = format!("tornado {name} at {w} px, {dpr}x, log={log}");
                    // The median line, in pieces where it gives way to a label.
                    let pieces = text_coloured_verticals(&svg, &colour);
                    assert!(!pieces.is_empty(), "{what}: no median line");
                    assert!(
                        pieces.iter().all(|p| p.0 == pieces[0].0),
                        "{what}: median line pieces {pieces:?}"
                    );
                    for t in texts(&svg) {
                        let (x0, y0, x1, y1) = t.rect();
                        for &(x, top, bottom) in &pieces {
                            let crosses = x0 < x - 0.5 && x1 > x + 0.5 && y0 < bottom && y1 > top;
                            assert!(!crosses, "{what}: {:?} lies on the median line", t.content);
                        }
                    }
                    // "low" and "high" sit beyond their bars' ends or inside
                    // them, each on its own side of the median.
                    for t in texts(&svg) {
                        let (x0, _, x1, _) = t.rect();
                        let x = pieces[0].0;
                        for (word, left) in [
                            (l.trf("low: {}", &[&""]), true),
                            (l.trf("high: {}", &[&""]), false),
                        ] {
                            if t.content.starts_with(&word) {
                                let ok = if left { x1 <= x + 0.5 } else { x0 >= x - 0.5 };
                                assert!(ok, "{what}: {:?} crosses to the other side", t.content);
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Whether `text` names the yuan: "yuan", "元" (but not the 元 of 美元).
fn names_yuan(text: &str) -> bool {
    text.contains("yuan") || text.replace("美元", "").contains('元')
}

/// Whether `text` names the US dollar: "$", "US dollar", "美元".
fn names_dollars(text: &str) -> bool {
    text.contains('$') || text.contains("US dollar") || text.contains("美元")
}

/// "Headings follow the currency": in US dollars no title, subtitle, table
/// caption, column or row header, or chart label names the yuan unless it
/// converts ("a trillion yuan (145 billion US dollars)"); in yuan none
/// names the dollar.
#[test]
fn headings_tables_and_captions_follow_the_currency() {
    for ((name, l), reading) in locales()
        .into_iter()
        .flat_map(|l| [(l.clone(), Reading::Corrected), (l, Reading::AsPrinted)])
    {
        let v = views_in(&l, reading);
        let theme = Theme {
            locale: l.clone(),
            ..Theme::light(1.0)
        };
        for id in PanelId::ALL {
            let mut said = vec![
                ("title", id.heading(&l)),
                ("subtitle", id.subtitle(&l, reading)),
            ];
            if let Some(panel) = v.panel(id) {
                let t = &panel.table;
                said.push(("table caption", t.caption.clone()));
                said.extend(t.columns.iter().map(|c| ("column", c.clone())));
                said.extend(
                    t.rows
                        .iter()
                        .filter_map(|r| r.first())
                        .map(|r| ("row", r.clone())),
                );
                let (svg, _) = render_view(&panel.spec, (760, 400), &theme, &View::default());
                said.extend(contents(&svg).into_iter().map(|c| ("chart label", c)));
            }
            for (what, text) in said {
                let wrong = match l.currency {
                    Currency::Usd => names_yuan(&text) && !names_dollars(&text),
                    Currency::Cny => names_dollars(&text),
                };
                assert!(!wrong, "{} {name} {reading:?}: {what} {text:?}", id.slug());
            }
        }
        // The level the industry chart marks is the article's trillion yuan,
        // in the reader's currency.
        let title = PanelId::Industry.heading(&l);
        match l.currency {
            Currency::Usd => assert!(names_dollars(&title), "{name}: {title:?}"),
            Currency::Cny => assert_eq!(title, l.tr(PanelId::Industry.title())),
        }
    }
}

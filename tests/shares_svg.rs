//! The platforms' shares chart drawn to SVG, natively: at phone to desktop
//! widths and 1×/2× density, with and without Monte Carlo bands, with a
//! share above 100% and with hidden platforms, every label stays inside the
//! canvas and apart from every other, and every mark can be pointed at.
#![cfg(not(target_arch = "wasm32"))]

use live_commerce_explorer::charts::{
    self, ChartSpec, HitMap, ShareLine, ShareMarker, SharesChart, Theme, Tip, View,
};
use live_commerce_explorer::data::{Dataset, Reading};
use live_commerce_explorer::locale::{Lang, Locale};
use live_commerce_explorer::scenario::{
    Growth, Preset, Scenario, SeriesId, monte_carlo, point_shares,
};

#[path = "support/svg.rs"]
mod svg;
use svg::{assert_apart, assert_has, assert_inside, contents, render_view as render};

fn ds() -> &'static Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
}

/// The article's high case: its shares' bands stay within a few times the
/// whole, so the axis shows 100%. ("What happened next", fitted since
/// format v3, samples a platform that grows "as the industry" independently
/// of the industry, and its P95 share runs to several times the whole.)
fn scenario() -> Scenario {
    let mut s = Scenario::preset(ds(), Preset::ArticleHigh, Reading::Corrected);
    s.samples = 4000;
    s
}

/// Later reports' shares for Kuaishou and Douyin (made up, plausible).
fn markers() -> Vec<ShareMarker> {
    [
        (1, 2020, 0.36),
        (2, 2020, 0.2),
        (2, 2021, 0.3),
        (0, 2021, 0.4),
    ]
    .into_iter()
    .map(|(series, year, share)| ShareMarker {
        series,
        year,
        share,
        publisher: "A later report".into(),
        tip: Tip {
            title: format!("A later report: platform {series}"),
            value: format!("{share}"),
            period: year.to_string(),
            source: "test".into(),
        },
    })
    .collect()
}

/// The chart of `s`: point shares, with the Monte Carlo's bands if `bands`.
fn chart(s: &Scenario, bands: bool, markers: Vec<ShareMarker>) -> SharesChart {
    let mc = bands.then(|| monte_carlo(s));
    let lines = point_shares(s)
        .into_iter()
        .map(|(id, points)| ShareLine {
            name: id.name().to_string(),
            slug: id.slug().to_string(),
            bands: mc
                .as_ref()
                .and_then(|r| r.shares.iter().find(|b| b.id == id))
                .map(|b| b.quantiles.clone())
                .unwrap_or_default(),
            points,
        })
        .collect();
    SharesChart { lines, markers }
}

const WIDTHS: [u32; 3] = [328, 600, 1200];

fn height(w: u32) -> u32 {
    (f64::from(w) * 0.55).clamp(260.0, 440.0) as u32
}

/// Every label inside and apart at every width and density.
fn check_layout(spec: &ChartSpec, view: &View, what: &str) -> Vec<(String, HitMap)> {
    let mut out = Vec::new();
    for w in WIDTHS {
        for dpr in [1.0, 2.0] {
            let h = height(w);
            let (svg, hits) = render(spec, (w, h), &Theme::light(dpr), view);
            let at = format!("{what} at {w} px, {dpr}x");
            assert_inside(&svg, f64::from(w) * dpr, f64::from(h) * dpr, &at);
            assert_apart(&svg, &at);
            out.push((svg, hits));
        }
    }
    out
}

#[test]
fn shares_chart_stays_inside_and_apart_with_and_without_bands() {
    let s = scenario();
    for bands in [false, true] {
        let c = chart(&s, bands, markers());
        let last: Vec<String> = c
            .lines
            .iter()
            .map(|l| charts::percent(l.points.last().map_or(f64::NAN, |p| p.1) * 100.0))
            .collect();
        let spec = ChartSpec::Shares(c);
        assert_eq!(charts::default_log(&spec), Some(false));
        for (svg, hits) in check_layout(&spec, &View::default(), &format!("bands {bands}")) {
            for label in ["0%", "100%", "2019", "% of the live-commerce industry"] {
                assert_has(&svg, label);
            }
            // Each end label ends with its platform's last share.
            for v in &last {
                assert!(
                    contents(&svg).iter().any(|c| c.ends_with(&format!(" {v}"))),
                    "{v}: {:?}",
                    contents(&svg)
                );
            }
            // 3 × 12 points, 4 later reports, and a band per random year.
            let bands_marks = hits
                .marks()
                .iter()
                .filter(|m| m.tip.title.contains("Monte Carlo"))
                .count();
            assert_eq!(hits.marks().len() - bands_marks, 3 * 12 + 4);
            assert_eq!(bands_marks > 0, bands);
            assert_eq!(hits.columns().len(), 12);
            let c2020 = &hits.columns()[1];
            assert_eq!(c2020.title, "2020");
            assert_eq!(c2020.rows.len(), 3 + 2, "{:?}", c2020.rows);
        }
    }
    // Wide enough for every name in full and every year.
    let spec = ChartSpec::Shares(chart(&s, true, markers()));
    let (svg, _) = render(&spec, (1200, 440), &Theme::light(1.0), &View::default());
    for year in 2019..=2030 {
        assert_has(&svg, &year.to_string());
    }
    for id in [
        SeriesId::TaobaoLive,
        SeriesId::Kuaishou,
        SeriesId::DouyinLive,
    ] {
        assert!(
            contents(&svg).iter().any(|c| c.starts_with(id.name())),
            "{id:?}"
        );
    }
}

#[test]
fn a_share_above_the_whole_industry_extends_the_axis_and_is_marked() {
    let mut s = scenario();
    if let Some(k) = s.get_mut(SeriesId::Kuaishou) {
        // The article's printed 450 bn against 433.8 bn, growing faster.
        k.base = 450.0;
        k.phases[0].growth = Growth::range(2.5, 3.5);
    }
    let c = chart(&s, true, markers());
    assert!(c.lines[1].points.iter().any(|p| p.1 > 1.0));
    let spec = ChartSpec::Shares(c.clone());
    for (svg, _) in check_layout(&spec, &View::default(), "above 100%") {
        let ticks: Vec<f64> = contents(&svg)
            .iter()
            .filter_map(|c| c.strip_suffix('%')?.replace(',', "").parse().ok())
            .collect();
        assert!(ticks.iter().any(|&t| t > 100.0), "{ticks:?}");
    }
    let (svg, _) = render(&spec, (1200, 440), &Theme::light(1.0), &View::default());
    assert_has(&svg, "100%: the whole industry");
    let d = charts::describe(&spec, &Locale::en());
    assert!(d.text.contains("above 100%"), "{}", d.text);
    // Log scale too.
    let log = View {
        log: Some(true),
        ..View::default()
    };
    check_layout(&spec, &log, "above 100%, log");
}

#[test]
fn hidden_platforms_are_not_drawn_pointed_at_or_read_out() {
    let s = scenario();
    let spec = ChartSpec::Shares(chart(&s, true, markers()));
    let keys = charts::series_keys(&spec, &Locale::en());
    assert_eq!(
        keys.iter().map(|k| k.name.as_str()).collect::<Vec<_>>(),
        vec![
            "Taobao Live",
            "Kuaishou, all e-commerce",
            "Douyin, live-stream e-commerce"
        ]
    );
    // Not colour alone: every key has its own glyph.
    assert!(keys[0].glyph != keys[1].glyph && keys[1].glyph != keys[2].glyph);
    let view = View {
        hidden: [2].into_iter().collect(),
        ..View::default()
    };
    let douyin = SeriesId::DouyinLive.name();
    for (svg, hits) in check_layout(&spec, &view, "Douyin hidden") {
        assert!(!contents(&svg).iter().any(|c| c.contains("Douyin")));
        assert!(
            !hits
                .marks()
                .iter()
                .any(|m| m.tip.title.contains(douyin) || m.tip.title.contains("platform 2"))
        );
        assert!(
            hits.marks()
                .iter()
                .any(|m| m.tip.title.contains("platform 1"))
        );
        for col in hits.columns() {
            assert!(
                col.rows.iter().all(|r| !r.0.contains("Douyin")),
                "{:?}",
                col.rows
            );
        }
    }
    // All hidden: an empty plot, no marks.
    let all = View {
        hidden: [0, 1, 2].into_iter().collect(),
        ..View::default()
    };
    let (_, hits) = render(&spec, (600, 330), &Theme::light(1.0), &all);
    assert!(hits.marks().is_empty());
}

#[test]
fn shares_chart_reads_in_chinese_and_describes_first_and_last_years() {
    let s = scenario();
    let spec = ChartSpec::Shares(chart(&s, true, markers()));
    let zh = Locale {
        lang: Lang::Zh,
        ..Locale::en()
    };
    let theme = Theme {
        locale: zh.clone(),
        ..Theme::light(1.0)
    };
    for w in WIDTHS {
        let (svg, _) = render(&spec, (w, height(w)), &theme, &View::default());
        assert_has(&svg, "占直播电商行业的比例（%）");
        assert_inside(
            &svg,
            f64::from(w),
            f64::from(height(w)),
            "shares in Chinese",
        );
    }
    let points = point_shares(&s);
    let en = charts::describe(&spec, &Locale::en());
    assert_eq!(
        en.name,
        "Line chart, 2019–2030, % of the live-commerce industry"
    );
    for (id, shares) in &points {
        let (first, last) = (shares[0].1 * 100.0, shares[shares.len() - 1].1 * 100.0);
        let want = format!(
            "{}: from {} in 2019 to {} in 2030",
            id.name(),
            charts::percent(first),
            charts::percent(last)
        );
        assert!(en.text.contains(&want), "{want} in {}", en.text);
    }
    assert!(en.text.contains("Later reports: "), "{}", en.text);
    let d = charts::describe(&spec, &zh);
    assert!(d.name.contains("占直播电商行业的比例"), "{}", d.name);
    assert!(!d.text.contains(" in 2030"), "{}", d.text);
    for w in [
        "% of the live-commerce industry",
        "{} of the industry",
        "Your assumptions at their medians",
        "{} (90% band {})",
        "100%: the whole industry",
        "A share above 100% means the assumptions disagree: a platform larger than the whole industry.",
    ] {
        let t = zh.tr(w);
        assert_ne!(t, w, "no Chinese for {w:?}");
        assert_eq!(t.matches("{}").count(), w.matches("{}").count(), "{w:?}");
    }
}

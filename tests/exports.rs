//! Exports that stand alone (issue 16, point 8): every CSV is rounded to the
//! dataset's precision, leaves empty cells empty and starts with a BOM; a
//! chart's PNG carries its title, legend, units, source line and link, inside
//! the image and apart, on the light theme's background, in English and
//! Chinese. The PNG is drawn natively to SVG through the same core function
//! the app draws it with on a canvas.
#![cfg(not(target_arch = "wasm32"))]

use live_commerce_explorer::charts::{self, Caption, HitMap, Theme, View};
use live_commerce_explorer::data::Dataset;
use live_commerce_explorer::export::{self, BOM, PRECISION};
use live_commerce_explorer::locale::{Currency, Lang, Locale};
use live_commerce_explorer::panels::PanelId;
use live_commerce_explorer::scenario::monte_carlo;
use live_commerce_explorer::views::{self, Assumptions, Views};
use plotters::prelude::*;

#[path = "support/svg.rs"]
mod svg;
use svg::{assert_apart, assert_has, assert_inside, contents};

fn ds() -> &'static Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn locale(lang: Lang, currency: Currency) -> Locale {
    Locale {
        lang,
        currency,
        ..Locale::en()
    }
}

/// The article's view with a small Monte Carlo run, so tables have bands.
fn views_in(l: &Locale) -> Views {
    let mut a = Assumptions::article(ds());
    a.set_run(2_000, 7);
    let mc = monte_carlo(&a.scenario);
    views::build(ds(), &a, Some(&mc), l).unwrap_or_else(|e| panic!("{e}"))
}

/// The records of a CSV the app wrote, header first, after checking that
/// it starts with the byte-order mark.
fn records(text: &str) -> Vec<Vec<String>> {
    let Some(body) = text.strip_prefix(BOM) else {
        panic!("no byte-order mark: {:?}", text.get(..40));
    };
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| {
            r.unwrap_or_else(|e| panic!("{e}"))
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

/// Significant digits of a number as written ("1176.87": 6, "0.0231": 3);
/// whole numbers count their digits without trailing zeros.
fn digits(text: &str) -> usize {
    let t = text.trim_start_matches(['-', '+']);
    let all: String = t.chars().filter(char::is_ascii_digit).collect();
    let all = all.trim_start_matches('0');
    if t.contains('.') {
        all.len()
    } else {
        all.trim_end_matches('0').len()
    }
}

/// A cell that holds a number, or a range of two, with more digits than
/// the dataset's precision, or says "nothing" instead of being empty.
fn bad_cell(cell: &str) -> Option<&'static str> {
    if ["–", "—", "NaN", "null", "inf", "-inf", "undefined"].contains(&cell.trim())
        || cell.contains("NaN")
    {
        return Some("not empty");
    }
    let numbers: Vec<&str> = cell.split('–').collect();
    let all_numbers = numbers.iter().all(|n| n.parse::<f64>().is_ok());
    (all_numbers && numbers.iter().any(|n| digits(n) > PRECISION as usize))
        .then_some("more digits than the dataset has")
}

#[test]
fn the_precision_is_the_datasets() {
    let figures = ds().figures.iter().flat_map(|f| {
        let c = f.correction.iter().flat_map(|c| [c.low, c.high]);
        [f.low, f.high].into_iter().chain(c)
    });
    let later = ds().later.iter().flat_map(|f| [f.low, f.high]);
    let most = figures.chain(later).map(|v| digits(&v.to_string())).max();
    assert_eq!(most, Some(PRECISION as usize));
}

#[test]
fn every_csv_starts_with_a_bom_and_rounds_to_the_datasets_precision() {
    for l in [
        locale(Lang::En, Currency::Cny),
        locale(Lang::Zh, Currency::Cny),
        locale(Lang::En, Currency::Usd),
        locale(Lang::Zh, Currency::Usd),
    ] {
        let v = views_in(&l);
        for (id, panel) in &v.panels {
            let rows = records(&panel.table.csv());
            assert_eq!(rows[0], panel.table.columns, "{id:?}");
            for (row, cell) in rows[1..].iter().flat_map(|r| r.iter().map(move |c| (r, c))) {
                if let Some(why) = bad_cell(cell) {
                    panic!("{id:?} in {l:?}: {cell:?} {why}; row {row:?}");
                }
            }
        }
    }
    let mut a = Assumptions::article(ds());
    a.set_run(2_000, 7);
    let mc = monte_carlo(&a.scenario);
    for text in [
        export::dataset_csv(ds()),
        export::projections_csv(ds(), &a, Some(&mc)),
    ] {
        for cell in records(&text).iter().flatten() {
            assert!(bad_cell(cell).is_none(), "{cell:?}");
        }
    }
}

#[test]
fn table_csvs_keep_numbers_and_leave_blanks_empty() {
    let v = views_in(&Locale::en());
    let rows = records(&v[PanelId::Industry].table.csv());
    let year = |y: &str| {
        rows.iter()
            .find(|r| r[1] == y && r[0].contains("projection"))
    };
    // On screen 1176.869899: the model's arithmetic, not a source's digits.
    assert_eq!(year("2021").map(|r| r[2].as_str()), Some("1176.87"));
    // The level has no year and no bands: empty, not "–".
    let level = rows.iter().find(|r| r[0].starts_with("Level: "));
    assert_eq!(
        level.map(|r| [&r[1], &r[3], &r[4], &r[5]].map(String::as_str)),
        Some(["", "", "", ""])
    );
    // Words and percentages stay as they are.
    assert!(rows.iter().any(|r| r.iter().any(|c| c.ends_with('%'))));
    let gmv = records(&v[PanelId::Gmv].table.csv());
    assert!(
        gmv.iter()
            .any(|r| r[..4] == ["Kuaishou, all e-commerce", "2019", "40", "50"]),
        "the default reading is corrected: {gmv:?}"
    );
    // A range of equal ends is one number.
    let outcomes = records(&v[PanelId::Outcomes].table.csv());
    assert!(
        outcomes.iter().flatten().any(|c| c == "1.10765"),
        "{outcomes:?}"
    );
}

// ---- PNG -------------------------------------------------------------------

const LINK: &str =
    "https://example.org/lce/?v=1&preset=article-high&industry=433.8,3,1.5,1.1&tab.gmv=table";

/// The export of `panel` drawn to SVG at `css_w` CSS pixels wide with a
/// chart `css_h` tall, in the theme a file gets; with the image's size.
fn render_export(
    v: &Views,
    id: PanelId,
    view: &View,
    l: &Locale,
    (css_w, css_h): (u32, u32),
    dpr: f64,
) -> (String, Caption, (u32, u32)) {
    let theme = Theme::for_file(dpr, l.clone());
    let caption = export::chart_caption(ds(), &v[id], view, &id.heading(l), LINK, l);
    let w = (f64::from(css_w) * dpr) as u32;
    let chart_h = (f64::from(css_h) * dpr) as u32;
    let mut scratch = String::new();
    let h = charts::export_height(
        &svg::measured_svg(&mut scratch, (w, chart_h)),
        &caption,
        &theme,
        chart_h,
    );
    let mut svg = String::new();
    charts::draw_export(
        &v[id].spec,
        svg::measured_svg(&mut svg, (w, h)),
        &theme,
        view,
        &caption,
    )
    .unwrap_or_else(|e| panic!("drawing failed: {e}"));
    (svg, caption, (w, h))
}

/// `text` is drawn, on one line or wrapped over consecutive lines (broken
/// at spaces or, for a link or Chinese, inside a word).
fn assert_has_wrapped(svg: &str, text: &str) {
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let want = squeeze(text);
    let all: Vec<String> = contents(svg).iter().map(|c| squeeze(c)).collect();
    let found = (0..all.len()).any(|i| {
        let mut got = String::new();
        for c in &all[i..] {
            got.push_str(c);
            if got == want {
                return true;
            }
            if !want.starts_with(&got) {
                return false;
            }
        }
        false
    });
    assert!(
        found,
        "{text:?} is not drawn; labels were {:?}",
        contents(svg)
    );
}

/// The background is the light theme's, over the whole image, and nothing
/// is filled with the dark theme's.
fn assert_light(svg: &str, (w, h): (u32, u32)) {
    let hex = |c: RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    let first = svg.split("<rect").nth(1).unwrap_or_default();
    let first = first.split('>').next().unwrap_or_default();
    for want in [
        format!("width=\"{w}\""),
        format!("height=\"{h}\""),
        format!("fill=\"{}\"", hex(Theme::light(1.0).background)),
    ] {
        assert!(first.contains(&want), "background {first:?} lacks {want}");
    }
    let dark = format!("fill=\"{}\"", hex(Theme::dark(1.0).background));
    assert!(!svg.contains(&dark), "the dark background leaked in");
}

/// Everything a PNG must say, inside the image and apart.
fn assert_stands_alone(svg: &str, c: &Caption, (w, h): (u32, u32), what: &str) {
    assert_has_wrapped(svg, &c.title);
    for k in &c.legend {
        assert_has(svg, k.glyph);
        assert_has_wrapped(svg, &k.name);
    }
    assert_has_wrapped(svg, &c.units);
    assert_has_wrapped(svg, &c.source);
    assert_has_wrapped(svg, &c.link);
    assert_inside(svg, f64::from(w), f64::from(h), what);
    assert_apart(svg, what);
    assert_light(svg, (w, h));
}

#[test]
fn a_png_carries_title_legend_units_source_and_link_in_english() {
    let l = Locale::en();
    let v = views_in(&l);
    let (svg, c, size) =
        render_export(&v, PanelId::Industry, &View::default(), &l, (760, 456), 1.0);
    assert_has(&svg, "When does live commerce reach a trillion yuan?");
    assert_has(&svg, "Units: billion yuan");
    assert!(c.legend.len() > 1, "{:?}", c.legend);
    assert!(
        c.source
            .starts_with("Source: The article (Marketing Newspaper, 2020); ")
    );
    assert!(c.source.contains("iiMedia Research"), "{}", c.source);
    assert!(c.link.ends_with(LINK), "{}", c.link);
    assert_stands_alone(&svg, &c, size, "industry PNG at 760 px");
    // The chart keeps its height; the words are added above and below it.
    assert!(size.1 > 456, "{size:?}");
    assert_has(&svg, "Passes 1 trillion yuan in 2021");
}

#[test]
fn a_png_stands_alone_at_every_width_for_every_chart() {
    for lang in [Lang::En, Lang::Zh] {
        let l = locale(lang, Currency::Cny);
        let v = views_in(&l);
        for id in v.panels.keys().copied() {
            for (w, dpr) in [(328, 1.0), (480, 2.0), (760, 1.0), (1200, 2.0)] {
                let h = (f64::from(w) * id.aspect()).clamp(260.0, 560.0) as u32;
                let (svg, c, size) = render_export(&v, id, &View::default(), &l, (w, h), dpr);
                let what = format!("{id:?} PNG in {lang:?} at {w} px, {dpr}x");
                assert_stands_alone(&svg, &c, size, &what);
            }
        }
    }
}

/// The page's canvas draws through `draw_view_on` (a band of the whole backend,
/// so the chart code is compiled for one backend type, the PNG's), without
/// recording marks: it draws exactly what `draw_view` draws on the backend
/// itself.
#[test]
fn a_chart_drawn_through_a_band_is_the_chart_drawn_directly() {
    let l = locale(Lang::En, Currency::Cny);
    let v = views_in(&l);
    let theme = Theme::light(2.0);
    let view = View::default();
    for id in v.panels.keys().copied() {
        let spec = &v[id].spec;
        let mut direct = String::new();
        let area = svg::measured_svg(&mut direct, (1200, 700)).into_drawing_area();
        let hits = charts::draw_view(spec, &area, &theme, &view).expect("drawn");
        drop(area);
        let mut banded = String::new();
        let mut backend = svg::measured_svg(&mut banded, (1200, 700));
        let banded_hits =
            charts::draw_view_on(spec, &mut backend, &theme, &view, HitMap::default())
                .expect("drawn");
        drop(backend);
        assert!(direct.contains("<text"), "{id:?}: nothing drawn");
        assert_eq!(banded, direct, "{id:?}: the SVG differs");
        // The page draws without recording marks (it finds them on
        // demand): the same picture, and no mark formatted.
        let mut unrecorded = String::new();
        let mut backend = svg::measured_svg(&mut unrecorded, (1200, 700));
        let none = charts::draw_view_on(spec, &mut backend, &theme, &view, HitMap::unrecorded())
            .expect("drawn");
        drop(backend);
        assert_eq!(unrecorded, direct, "{id:?}: drawing without marks differs");
        assert!(
            none.marks().is_empty() && none.columns().is_empty(),
            "{id:?}"
        );
        assert!(
            !hits.marks().is_empty(),
            "{id:?}: the recorded drawing has no marks"
        );
        for x in (0..1200).step_by(8) {
            for y in (0..700).step_by(8) {
                assert_eq!(
                    banded_hits.at((x, y)),
                    hits.at((x, y)),
                    "{id:?}: the mark at ({x}, {y})"
                );
            }
        }
    }
}

#[test]
fn a_png_in_chinese_says_everything_in_chinese() {
    let l = locale(Lang::Zh, Currency::Cny);
    let v = views_in(&l);
    let (svg, c, size) =
        render_export(&v, PanelId::Industry, &View::default(), &l, (760, 456), 2.0);
    assert_eq!(c.title, l.tr(PanelId::Industry.title()));
    assert_ne!(c.title, PanelId::Industry.title());
    assert_eq!(c.units, "单位：亿元");
    assert!(c.source.starts_with("来源："), "{}", c.source);
    assert!(c.source.contains("艾媒咨询"), "{}", c.source);
    assert!(c.link.starts_with("直播电商数据探索："), "{}", c.link);
    assert_stands_alone(&svg, &c, size, "industry PNG in Chinese");
}

#[test]
fn a_png_leaves_out_the_series_the_reader_hid() {
    let l = Locale::en();
    let v = views_in(&l);
    let all = charts::series_keys(&v[PanelId::Industry].spec, &l);
    let view = View {
        hidden: [1].into(),
        ..View::default()
    };
    let (svg, c, size) = render_export(&v, PanelId::Industry, &view, &l, (760, 456), 1.0);
    assert_eq!(c.legend.len(), all.len() - 1);
    assert!(!c.legend.contains(&all[1]));
    assert!(!contents(&svg).contains(&all[1].name), "{:?}", all[1].name);
    assert_stands_alone(&svg, &c, size, "industry PNG, one series hidden");
}

#[test]
fn a_png_is_light_whatever_the_pages_theme() {
    // The page may be dark; a file's theme does not ask.
    let theme = Theme::for_file(2.0, locale(Lang::Zh, Currency::Usd));
    assert_eq!(theme.background, Theme::light(2.0).background);
    assert!(!theme.dark);
    assert_eq!(theme.locale.lang, Lang::Zh);
}

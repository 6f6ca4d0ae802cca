//! The prerendered page: `cargo xtask dist` renders the app's default view
//! with Yew's server renderer (the app's own components, natively: see
//! `src/ui/prerender.rs`) in English and in Chinese, every chart drawn as
//! SVG by the app's chart code, and writes both into `index.html` beside the
//! app's (empty) root. `static/pre.js`, a classic script in `<head>`, picks
//! the reader's language and marks a link's view as loading before the
//! first paint; `static/boot.js` swaps the app in once it has drawn
//! (`.app-pending` in the stylesheet). So a reader sees the article, its
//! numbers and its charts before any wasm arrives, and with JavaScript off.

use crate::preview::Metrics;
use anyhow::{Context, Result, bail};
use live_commerce_explorer::charts::{self, ChartSpec, View};
use live_commerce_explorer::locale::Locale;
use live_commerce_explorer::ui::prerender::{
    PreChart, Prerender, Prerendered, PrerenderedProps, WIDE_FROM, first_run_blocks,
};
use plotters::prelude::*;
use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

/// Where index.html takes the prerendered page: the app's root, empty.
const ROOT: &str = r#"<div id="app"><p class="loading">Loading the explorer…</p></div>"#;

/// The languages prerendered: the query that opens each, its `lang`
/// attribute, and what its page says while a link's own view loads.
const LANGS: [(&str, &str, &str); 2] = [
    ("en", "en", "Loading the view this link shows…"),
    ("zh", "zh-CN", "正在载入此链接所示的视图……"),
];

/// Attributes whose value is one id or a list of ids: renamed with the
/// rest, so the prerendered page never shares an id (or a radio group's
/// name) with the app while both are in the document.
const ID_ATTRS: [&str; 7] = [
    "id",
    "for",
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
    "name",
    "list",
];

/// The prefix of every id in a prerendered page: `pre-en-`, `pre-zh-`
/// (two languages in one document: a radio group shared by name would
/// leave one of them unchecked).
fn id_prefix(lang: &str) -> String {
    format!("pre-{lang}-")
}

/// Where the drawings of the charts below the first screen go, beside
/// index.html: `pre/<canvas id>-<lang>-<width>.svg`.
const FILES: &str = "pre";

/// Writes the prerendered page into `html` (the built index.html of `out`),
/// and the drawings it loads into `out/pre/`.
pub fn into_index(html: &str, out: &Path) -> Result<String> {
    if !html.contains(ROOT) {
        bail!("index.html has no `{ROOT}` to prerender the page into");
    }
    let metrics = Rc::new(crate::preview::metrics()?);
    let files = Rc::new(RefCell::new(Vec::new()));
    let mut pages = String::from(r#"<div id="app" class="app-pending"></div>"#);
    for (query, lang, loading) in LANGS {
        // `v=`: without it a link is read as version 1, as printed.
        let version = live_commerce_explorer::share::VERSION;
        let drawer = Drawer {
            metrics: metrics.clone(),
            lang: query,
            files: files.clone(),
        };
        let body = render(&format!("v={version}&lang={query}"), drawer)?;
        pages.push_str(&format!(
            "\n  <div class=\"prerendered\" data-lang=\"{query}\" lang=\"{lang}\">\
             <p class=\"pre-loading\" role=\"status\">{loading}</p>{}</div>",
            rename_ids(&body, &id_prefix(query))
        ));
    }
    // The Monte Carlo run the page shows, for the app to take over with it.
    let ds = live_commerce_explorer::data::Dataset::embedded()
        .map_err(|e| anyhow::anyhow!("the embedded dataset: {e}"))?;
    pages.push_str("\n  ");
    pages.push_str(&first_run_blocks(ds).context("writing the Monte Carlo run as JSON")?);
    let dir = out.join(FILES);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    for (name, svg) in files.borrow().iter() {
        let path = dir.join(name);
        std::fs::write(&path, svg).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(html.replacen(ROOT, &pages, 1))
}

/// Draws the prerendered page's charts: the lead card's inline (it is the
/// first screen's largest content, painted with the page), every other as a
/// pair of SVG files in a `<picture>`, fetched only when it comes near
/// (`loading="lazy"`) and never parsed into the page: inline, the charts
/// were 60% of index.html and most of the time the browser spent on it.
struct Drawer {
    metrics: Rc<Metrics>,
    lang: &'static str,
    /// The files written so far: name in `pre/`, SVG.
    files: Rc<RefCell<Vec<(String, String)>>>,
}

impl Drawer {
    fn markup(&self, chart: &PreChart) -> String {
        let svgs = chart
            .sizes
            .map(|size| svg(chart.spec, chart.view, chart.locale, size, &self.metrics));
        let [narrow, wide] = svgs;
        if chart.lead {
            return format!(
                "<div class=\"pre-narrow\">{narrow}</div><div class=\"pre-wide\">{wide}</div>"
            );
        }
        let name = |(w, _): (u32, u32)| format!("{}-{}-{w}.svg", chart.id, self.lang);
        let [n, w] = chart.sizes.map(name);
        let style = dark_style();
        let mut files = self.files.borrow_mut();
        for (file, svg) in [(&n, narrow), (&w, wide)] {
            files.push((file.clone(), with_style(&svg, &style)));
        }
        let (nw, nh) = chart.sizes[0];
        format!(
            "<picture><source media=\"(min-width: {WIDE_FROM}px)\" srcset=\"{FILES}/{w}\">\
             <img src=\"{FILES}/{n}\" alt=\"\" width=\"{nw}\" height=\"{nh}\" loading=\"lazy\" decoding=\"async\"></picture>"
        )
    }
}

/// The page for `query`, as the app's components render it natively.
fn render(query: &str, drawer: Drawer) -> Result<String> {
    let draw = move |chart: &PreChart| drawer.markup(chart);
    let props = PrerenderedProps {
        query: query.to_owned().into(),
        draw: Prerender(Rc::new(draw)),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .context("a runtime for Yew's server renderer")?;
    let html = runtime.block_on(
        yew::LocalServerRenderer::<Prerendered>::with_props(props)
            .hydratable(false)
            .render(),
    );
    if !html.contains("<main") {
        bail!("the prerendered page for `{query}` has no <main>: {html:.300}");
    }
    Ok(html)
}

/// A chart as SVG at `size` CSS px in the light theme, text laid out by the
/// font's widths; a chart that cannot be drawn leaves its box empty (the
/// app says why once it runs).
fn svg(
    spec: &ChartSpec,
    view: &View,
    locale: &Locale,
    size: (u32, u32),
    metrics: &Metrics,
) -> String {
    let mut out = String::new();
    let theme = charts::Theme::for_page(1.0, false, locale.clone());
    let drawn = {
        let backend = charts::TextWidths {
            inner: SVGBackend::with_string(&mut out, size),
            width: |text: &str, px: f64| metrics.width(text, px).ceil(),
        };
        let root = backend.into_drawing_area();
        charts::draw_view_into(spec, &root, &theme, view, charts::HitMap::unrecorded())
            .map(|_| root.present().is_ok())
    };
    match drawn {
        Ok(true) => tidy_svg(&out),
        _ => String::new(),
    }
}

/// plotters-svg's output as the page needs it: text at the size the canvas
/// sets it (plotters-svg writes a font's size ÷ 1.24, the canvas backend
/// the size itself, and the labels were laid out at that size), without
/// the `opacity="1"` every element carries, and without line breaks.
fn tidy_svg(svg: &str) -> String {
    const SIZE: &str = "font-size=\"";
    let svg = svg.replace(" opacity=\"1\"", "").replace('\n', "");
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg.as_str();
    while let Some(at) = rest.find(SIZE) {
        let (head, tail) = rest.split_at(at + SIZE.len());
        out.push_str(head);
        let end = tail.find('"').unwrap_or(tail.len());
        match tail[..end].parse::<f64>() {
            Ok(size) => out.push_str(&format!("{}", (size * 1.24 * 100.0).round() / 100.0)),
            Err(_) => out.push_str(&tail[..end]),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Every id-valued attribute (see [`ID_ATTRS`]) and fragment link of
/// `html` with `prefix` before each id. Only tags are read: text between
/// them is copied as it is, whatever quotes it holds.
pub fn rename_ids(html: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 20);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let (text, tag) = rest.split_at(open);
        out.push_str(text);
        rest = rename_in_tag(tag, prefix, &mut out);
    }
    out.push_str(rest);
    out
}

/// Copies the tag `tag` starts with into `out`, renaming as [`rename_ids`]
/// says, and returns what follows it. A quoted value may hold `>`.
fn rename_in_tag<'a>(tag: &'a str, prefix: &str, out: &mut String) -> &'a str {
    let mut rest = tag;
    loop {
        let Some(stop) = rest.find(['"', '>']) else {
            out.push_str(rest);
            return "";
        };
        let (head, tail) = rest.split_at(stop);
        out.push_str(head);
        if let Some(after) = tail.strip_prefix('>') {
            out.push('>');
            return after;
        }
        // A quoted value: `tail` starts at its opening quote.
        let value_len = tail[1..].find('"').unwrap_or(tail.len() - 1);
        let value = &tail[1..1 + value_len];
        let attr = head
            .strip_suffix('=')
            .and_then(|h| h.rsplit([' ', '<', '\n']).next())
            .unwrap_or_default();
        out.push('"');
        if ID_ATTRS.contains(&attr) {
            let renamed: Vec<String> = value
                .split(' ')
                .filter(|v| !v.is_empty())
                .map(|v| format!("{prefix}{v}"))
                .collect();
            out.push_str(&renamed.join(" "));
        } else if attr == "href" && value.len() > 1 && value.starts_with('#') {
            out.push('#');
            out.push_str(prefix);
            out.push_str(&value[1..]);
        } else {
            out.push_str(value);
        }
        out.push('"');
        rest = tail.get(value_len + 2..).unwrap_or_default();
    }
}

/// Each light-theme colour the dark theme changes, with its dark
/// counterpart, as `RRGGBB` (the way plotters-svg writes colours).
fn dark_pairs() -> Vec<(String, String)> {
    let (light, dark) = (charts::Theme::light(1.0), charts::Theme::dark(1.0));
    let colours = |t: &charts::Theme| {
        [
            t.background,
            t.text,
            t.muted,
            t.grid,
            t.blue,
            t.orange,
            t.vermillion,
            t.green,
            t.purple,
            t.sky,
        ]
    };
    let hex = |c: RGBColor| format!("{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    colours(&light)
        .into_iter()
        .zip(colours(&dark))
        .filter(|(l, d)| l != d)
        .map(|(l, d)| (hex(l), hex(d)))
        .collect()
}

/// A drawing file's own stylesheet: the dark theme's colours where the
/// system prefers dark (an image cannot see the page's theme toggle).
fn dark_style() -> String {
    let rules: String = dark_pairs()
        .iter()
        .map(|(l, d)| format!("[fill=\"#{l}\"]{{fill:#{d}}}[stroke=\"#{l}\"]{{stroke:#{d}}}"))
        .collect();
    format!("<style>@media (prefers-color-scheme: dark){{{rules}}}</style>")
}

/// `svg` with `style` as its first child.
fn with_style(svg: &str, style: &str) -> String {
    match svg.find('>') {
        Some(at) => format!("{}{style}{}", &svg[..=at], &svg[at + 1..]),
        None => svg.to_owned(),
    }
}

/// The stylesheet's rules that give a prerendered chart (drawn in the light
/// theme) the dark theme's colours on a dark page: one custom property per
/// light colour the dark theme changes, set where the page is dark, and a
/// `fill` and a `stroke` rule reading it. `static/style.css` holds this
/// block as it is (a test compares), so the colours cannot drift from
/// `charts::Theme`.
#[cfg(test)]
fn dark_palette_css() -> String {
    let pairs = dark_pairs();
    let vars: Vec<String> = pairs
        .iter()
        .map(|(l, d)| format!("  --pre-{l}: #{d};"))
        .collect();
    let vars = vars.join("\n");
    let mut css = format!(
        ":root[data-theme=\"dark\"] {{\n{vars}\n}}\n@media (prefers-color-scheme: dark) {{\n  :root:not([data-theme]) {{\n{}\n  }}\n}}\n",
        vars.replace("\n", "\n  ").replacen("  --", "    --", 1)
    );
    for (l, _) in &pairs {
        css.push_str(&format!(
            ".pre-box [fill=\"#{l}\"] {{ fill: var(--pre-{l}, #{l}); }}\n\
             .pre-box [stroke=\"#{l}\"] {{ stroke: var(--pre-{l}, #{l}); }}\n"
        ));
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    /// style.css holds [`dark_palette_css`] as it is; if not, this prints
    /// the block to paste in.
    #[test]
    fn the_stylesheet_recolours_prerendered_charts_as_the_dark_theme_does() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../static/style.css");
        let css = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let block = dark_palette_css();
        assert!(
            css.contains(&block),
            "static/style.css should hold, as it is:\n{block}"
        );
    }

    /// static/pre.js tells the default view from a link's own by the link
    /// format's version: it must be the app's.
    #[test]
    fn the_prerendered_page_is_the_same_every_build_and_shows_no_build_time() {
        let dir = std::env::temp_dir().join(format!("xtask-prerender-{}", std::process::id()));
        let page = format!("<body>{ROOT}</body>");
        let built: Vec<String> = (0..2)
            .map(|i| into_index(&page, &dir.join(i.to_string())).expect("a prerendered page"))
            .collect();
        std::fs::remove_dir_all(&dir).ok();
        // Equal builds: the service worker's version and a host's caches
        // change only when the page does.
        assert!(built[0] == built[1], "two builds of the page differ");
        // The Monte Carlo's line says what was run, not how long the build
        // machine took.
        let status = built[0]
            .split("id=\"pre-en-mc-status\"")
            .nth(1)
            .and_then(|rest| rest.split("</span>").next())
            .unwrap_or_default();
        assert!(status.contains("seed 20200401."), "{status}");
        assert!(!status.contains(" ms"), "{status}");
        // The run itself, for the app: the scenario and its result.
        let block = |id: &str| {
            built[0]
                .split(&format!("id=\"{id}\">"))
                .nth(1)
                .and_then(|rest| rest.split("</template>").next())
                .unwrap_or_default()
                .to_owned()
        };
        use live_commerce_explorer::ui::prerender::{FIRST_RUN_RESULT, FIRST_RUN_SCENARIO};
        let scenario: live_commerce_explorer::scenario::Scenario =
            serde_json::from_str(&block(FIRST_RUN_SCENARIO)).expect("the scenario block");
        let result: live_commerce_explorer::scenario::McResult =
            serde_json::from_str(&block(FIRST_RUN_RESULT)).expect("the result block");
        assert_eq!((result.samples, result.seed), (100_000, 20_200_401));
        assert_eq!(scenario.seed, result.seed);
    }

    #[test]
    fn pre_js_knows_the_link_formats_version() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../static/pre.js");
        let js = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let line = format!(
            "var VERSION = '{}';",
            live_commerce_explorer::share::VERSION
        );
        assert!(js.contains(&line), "static/pre.js should say {line}");
    }

    #[test]
    fn svg_text_is_set_at_the_canvas_size() {
        let svg = "<svg>\n<text x=\"1\" font-size=\"9.67741935483871\" opacity=\"1\" fill=\"#666666\">\n2019\n</text>\n</svg>";
        assert_eq!(
            tidy_svg(svg),
            "<svg><text x=\"1\" font-size=\"12\" fill=\"#666666\">2019</text></svg>"
        );
    }

    #[test]
    fn ids_references_and_fragments_are_renamed_together() {
        let html = r##"<section id="industry" aria-labelledby="industry-title a"><h2 id="industry-title">x="y" id="z</h2><a href="#story">s</a><a href="https://e.org/#x">e</a><input type="radio" name="reading"><label for="r" title="a>b" id="c">r</label><svg width="10" viewBox="0 0 1 1"></svg></section>"##;
        assert_eq!(
            rename_ids(html, "pre-"),
            r##"<section id="pre-industry" aria-labelledby="pre-industry-title pre-a"><h2 id="pre-industry-title">x="y" id="z</h2><a href="#pre-story">s</a><a href="https://e.org/#x">e</a><input type="radio" name="pre-reading"><label for="pre-r" title="a>b" id="pre-c">r</label><svg width="10" viewBox="0 0 1 1"></svg></section>"##
        );
    }
}

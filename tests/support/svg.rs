//! SVG helpers shared by the native chart tests (`tests/charts_svg.rs`,
//! `tests/shares_svg.rs`), included with `#[path]`: the labels of a chart
//! drawn to SVG, measured by [`MeasuredSvg`], which the charts are drawn on,
//! so the boxes the tests check are the boxes the charts laid out.
// Each file uses its own subset.
#![allow(dead_code)]

use live_commerce_explorer::charts::{self, ChartSpec, HitMap, Theme, View};
use plotters::prelude::*;

/// Whether `c` is set a full em wide, as a browser sets it: Chinese,
/// Japanese and Korean characters and punctuation, full-width forms, and the
/// ellipsis and em dash.
pub fn full_width(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '…'
        | '—')
}

/// The width of `text` in a font of `size` (plotters' size, which the
/// page's canvas sets as the CSS font size; plotters-svg writes it as
/// `font-size` ÷ 1.24): a full em for a full-width character and 0.55 em
/// for any other, about what a browser's sans-serif sets (a digit is 0.556
/// em in Arial and Helvetica, a Chinese character 1 em). plotters' own
/// estimate counts bytes at 0.455 of the size, so a Chinese character
/// (three bytes) was 1.37 em, while Latin text was a fifth narrower than
/// the page draws it: ticks that run together on the page
/// ("750亿美元1,000亿美元") were apart in the tests.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if full_width(c) { size } else { 0.6 * size })
        .sum()
}

/// The SVG backend with text as wide as [`text_width`] says, as the page's
/// canvas measures it with `measureText`; everything else (the height
/// too) is plotters-svg's.
pub type MeasuredSvg<'a> = charts::TextWidths<SVGBackend<'a>, fn(&str, f64) -> f64>;

/// A [`MeasuredSvg`] writing into `buf`.
pub fn measured_svg(buf: &mut String, size: (u32, u32)) -> MeasuredSvg<'_> {
    charts::TextWidths {
        inner: SVGBackend::with_string(buf, size),
        width: text_width,
    }
}

/// One `<text>` element of the SVG.
#[derive(Debug)]
pub struct SvgText {
    pub x: f64,
    pub y: f64,
    pub anchor: String,
    /// Vertical anchoring as plotters-svg writes it ("0.76em" top, "0.5ex" centre, "-0.5ex" bottom).
    pub dy: String,
    pub size: f64,
    pub content: String,
}

impl SvgText {
    /// The label's box, as [`MeasuredSvg`] measures it.
    pub fn rect(&self) -> (f64, f64, f64, f64) {
        let em = self.size / 1.24 / 1.24;
        let width = text_width(&self.content, self.size * 1.24);
        let (left, right) = match self.anchor.as_str() {
            "end" => (self.x - width, self.x),
            "middle" => (self.x - width / 2.0, self.x + width / 2.0),
            _ => (self.x, self.x + width),
        };
        let (top, bottom) = match self.dy.as_str() {
            "0.76em" => (self.y, self.y + em),
            "-0.5ex" => (self.y - em, self.y),
            _ => (self.y - em / 2.0, self.y + em / 2.0),
        };
        (left, top, right, bottom)
    }
}

pub fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_string())
}

pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

pub fn texts(svg: &str) -> Vec<SvgText> {
    svg.split("<text")
        .skip(1)
        .filter_map(|chunk| {
            let (tag, rest) = chunk.split_once('>')?;
            let content = rest.split("</text>").next()?;
            Some(SvgText {
                x: attr(tag, "x")?.parse().ok()?,
                y: attr(tag, "y")?.parse().ok()?,
                anchor: attr(tag, "text-anchor").unwrap_or_else(|| "start".into()),
                dy: attr(tag, "dy").unwrap_or_default(),
                size: attr(tag, "font-size")?.parse().ok()?,
                content: unescape(content.trim()),
            })
        })
        .collect()
}

pub fn contents(svg: &str) -> Vec<String> {
    texts(svg).into_iter().map(|t| t.content).collect()
}

pub fn assert_has(svg: &str, label: &str) {
    let all = contents(svg);
    assert!(
        all.iter().any(|c| c == label),
        "missing label {label:?}; labels were {all:?}"
    );
}

/// Every label inside the canvas.
pub fn assert_inside(svg: &str, w: f64, h: f64, what: &str) {
    for t in texts(svg) {
        let (left, _, right, _) = t.rect();
        assert!(
            left >= -0.5 && right <= w + 0.5,
            "{what}: label {:?} spans x {left:.0}..{right:.0} outside 0..{w}",
            t.content
        );
        assert!(
            t.y >= 0.0 && t.y <= h,
            "{what}: label {:?} at y {} outside 0..{h}",
            t.content,
            t.y
        );
    }
}

/// No two labels overlap (ticks included).
pub fn assert_apart(svg: &str, what: &str) {
    let all = texts(svg);
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            let (ax0, ay0, ax1, ay1) = a.rect();
            let (bx0, by0, bx1, by1) = b.rect();
            let overlap = ax0 < bx1 - 0.5 && bx0 < ax1 - 0.5 && ay0 < by1 - 0.5 && by0 < ay1 - 0.5;
            assert!(!overlap, "{what}: {:?} overlaps {:?}", a.content, b.content);
        }
    }
}

/// Draws `spec` with `view` in `theme` at CSS size × the theme's scale.
pub fn render_view(
    spec: &ChartSpec,
    (css_w, css_h): (u32, u32),
    theme: &Theme,
    view: &View,
) -> (String, HitMap) {
    let size = (
        (f64::from(css_w) * theme.scale) as u32,
        (f64::from(css_h) * theme.scale) as u32,
    );
    let mut svg = String::new();
    let hits = {
        let root = measured_svg(&mut svg, size).into_drawing_area();
        charts::draw_view(spec, &root, theme, view)
            .unwrap_or_else(|e| panic!("drawing failed: {e}"))
    };
    (svg, hits)
}

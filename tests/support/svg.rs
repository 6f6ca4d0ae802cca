//! SVG helpers shared by the native chart tests (`tests/charts_svg.rs`,
//! `tests/shares_svg.rs`), included with `#[path]`: the labels of a chart
//! drawn to SVG, with plotters' own width estimate for their boxes.
// Each file uses its own subset.
#![allow(dead_code)]

use live_commerce_explorer::charts::{self, ChartSpec, HitMap, Theme, View};
use plotters::prelude::*;

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
    /// The label's box, with plotters' native width estimate.
    pub fn rect(&self) -> (f64, f64, f64, f64) {
        let em = self.size / 1.24 / 1.24;
        let width = em * 0.7 * self.content.len() as f64;
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

/// Every label inside the canvas, by plotters' own width estimate.
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
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        charts::draw_view(spec, &root, theme, view)
            .unwrap_or_else(|e| panic!("drawing failed: {e}"))
    };
    (svg, hits)
}

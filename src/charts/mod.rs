//! Chart drawing, written against plotters' [`DrawingBackend`] so the same code
//! draws to the page's canvas and to SVG in native tests.
//!
//! Titles and explanations live in the page's HTML (selectable, accessible);
//! a canvas holds only the plot: axes, marks and direct labels.

mod axis;
mod compare;
mod douyin;
mod gmv;
mod hits;
mod industry;
mod ratio;
mod timeline;
mod tornado;

pub use axis::Rect;
pub use compare::{CompareChart, CompareLine, Dash, LineStyle};
pub use douyin::{DouyinChart, Scenario};
pub use gmv::{Bar, GmvChart, RefLine};
pub use hits::{HitMap, Mark, Tip};
pub use industry::{Annotation, Certainty, IndustryChart, Overlay, OverlayPoint, Shape};
pub use ratio::{RatioChart, RatioPoint, RatioRow};
pub use timeline::TimelineChart;
pub use tornado::{Swing, TornadoChart};

use plotters::coord::Shift;
use plotters::prelude::*;

/// What went wrong while drawing; drawing errors come from the backend.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartError(pub String);

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "chart could not be drawn: {}", self.0)
    }
}

impl std::error::Error for ChartError {}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        ChartError(e.to_string())
    }
}

/// Result of drawing part of a chart.
pub type ChartResult = Result<(), ChartError>;

/// Colours and sizes. Sizes are given in CSS pixels and multiplied by
/// `scale` (the device pixel ratio), so a chart looks the same on any screen
/// while its backing store has one pixel per device pixel.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub scale: f64,
    pub font_family: &'static str,
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    /// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
    pub blue: RGBColor,
    pub orange: RGBColor,
    pub vermillion: RGBColor,
    pub green: RGBColor,
    pub purple: RGBColor,
    /// Language and units of every number and word drawn.
    pub locale: crate::locale::Locale,
}

impl Theme {
    /// The light theme at a given device pixel ratio.
    pub fn light(scale: f64) -> Self {
        let scale = if scale.is_finite() && scale > 0.0 {
            scale.clamp(0.5, 4.0)
        } else {
            1.0
        };
        Theme {
            scale,
            font_family: "sans-serif",
            background: RGBColor(255, 255, 255),
            text: RGBColor(34, 34, 34),
            muted: RGBColor(102, 102, 102),
            grid: RGBColor(221, 221, 221),
            blue: RGBColor(0, 114, 178),
            orange: RGBColor(230, 159, 0),
            vermillion: RGBColor(213, 94, 0),
            green: RGBColor(0, 158, 115),
            purple: RGBColor(204, 121, 167),
            locale: crate::locale::Locale::default(),
        }
    }

    /// Colours for later reports' series, in order; all differ from the
    /// projection's blue.
    pub fn overlay(&self, i: usize) -> RGBColor {
        let all = [
            self.orange,
            self.green,
            self.purple,
            self.vermillion,
            RGBColor(86, 180, 233),
        ];
        all[i % all.len()]
    }

    /// CSS pixels to backing-store pixels.
    pub fn px(&self, css: f64) -> i32 {
        (css * self.scale).round() as i32
    }

    /// A text style of `css` pixels in `color`.
    pub fn font(&self, css: f64, color: RGBColor) -> TextStyle<'static> {
        (self.font_family, css * self.scale)
            .into_font()
            .color(&color)
    }

    /// Tick and axis label text.
    pub fn tick_font(&self) -> TextStyle<'static> {
        self.font(12.0, self.muted)
    }

    /// Direct labels on marks.
    pub fn label_font(&self) -> TextStyle<'static> {
        self.font(13.0, self.text)
    }
}

/// One of the app's charts with everything needed to draw it.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartSpec {
    Gmv(GmvChart),
    Industry(IndustryChart),
    Douyin(DouyinChart),
    Ratio(RatioChart),
    Timeline(TimelineChart),
    Tornado(TornadoChart),
    Compare(CompareChart),
}

/// Clears `root`, draws `spec` on it and returns where its marks are, for
/// tooltips.
pub fn draw<DB: DrawingBackend>(
    spec: &ChartSpec,
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> Result<HitMap, ChartError> {
    root.fill(&theme.background)?;
    let mut hits = HitMap::default();
    let (w, h) = root.dim_in_pixel();
    // Too small to hold axes and labels: leave it blank rather than overlap text.
    if f64::from(w) < 120.0 * theme.scale || f64::from(h) < 80.0 * theme.scale {
        return Ok(hits);
    }
    match spec {
        ChartSpec::Gmv(c) => gmv::draw(c, root, theme, &mut hits),
        ChartSpec::Industry(c) => industry::draw(c, root, theme, &mut hits),
        ChartSpec::Douyin(c) => douyin::draw(c, root, theme, &mut hits),
        ChartSpec::Ratio(c) => ratio::draw(c, root, theme, &mut hits),
        ChartSpec::Timeline(c) => timeline::draw(c, root, theme, &mut hits),
        ChartSpec::Tornado(c) => tornado::draw(c, root, theme, &mut hits),
        ChartSpec::Compare(c) => compare::draw(c, root, theme, &mut hits),
    }?;
    root.present()?;
    Ok(hits)
}

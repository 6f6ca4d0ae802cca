//! Chart drawing, written against plotters' [`DrawingBackend`] so the same code
//! draws to the page's canvas and to SVG in native tests.
//!
//! Titles and explanations live in the page's HTML (selectable, accessible);
//! a canvas holds only the plot: axes, marks and direct labels. A PNG
//! download has no page around it, so `export` draws them into the image.

mod axis;
mod compare;
mod describe;
mod douyin;
pub mod export;
mod gmv;
mod hits;
mod industry;
mod kinds;
mod ratio;
mod shares;
mod timeline;
mod tornado;
mod widths;

pub use axis::Rect;
pub use compare::{CompareChart, CompareLine, Dash, LineStyle};
pub use describe::{Description, describe};
pub use douyin::{DouyinChart, Scenario};
pub use export::{Caption, draw_export, draw_view_on, export_height};
pub use gmv::{Bar, GmvChart, RefLine};
pub use hits::{Column, HitMap, Mark, Tip};
pub use industry::{
    Annotation, Certainty, IndustryChart, Overlay, OverlayPoint, Shape, crossing_text,
};
pub use ratio::{RatioChart, RatioPoint, RatioRow};
pub use shares::{ShareLine, ShareMarker, SharesChart, percent};
pub use timeline::{Member, TimelineChart, TimelineGroup};
pub use tornado::{Swing, TornadoChart};
pub use widths::TextWidths;

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
    /// The fifth overlay colour (sky blue on white, yellow on dark).
    pub sky: RGBColor,
    /// Dark background.
    pub dark: bool,
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
            sky: RGBColor(86, 180, 233),
            dark: false,
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

    /// The dark theme at a given device pixel ratio: light text and
    /// lightened Okabe–Ito colours on a near-black background (text at least
    /// 4.5:1, lines at least 3:1 against it; see the tests).
    pub fn dark(scale: f64) -> Self {
        Theme {
            background: RGBColor(28, 31, 35),
            text: RGBColor(232, 234, 237),
            muted: RGBColor(170, 176, 184),
            grid: RGBColor(58, 62, 70),
            blue: RGBColor(86, 180, 233),
            orange: RGBColor(230, 159, 0),
            vermillion: RGBColor(255, 128, 64),
            green: RGBColor(0, 186, 136),
            purple: RGBColor(214, 140, 184),
            sky: RGBColor(240, 228, 66),
            dark: true,
            ..Theme::light(scale)
        }
    }

    /// The light or dark theme in `locale`.
    pub fn for_page(scale: f64, dark: bool, locale: crate::locale::Locale) -> Self {
        let t = if dark {
            Theme::dark(scale)
        } else {
            Theme::light(scale)
        };
        Theme { locale, ..t }
    }

    /// The theme of a downloaded image: light whatever the page's theme,
    /// since a file ends up printed or pasted on white, away from the page.
    pub fn for_file(scale: f64, locale: crate::locale::Locale) -> Self {
        Theme {
            locale,
            ..Theme::light(scale)
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
            self.sky,
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

/// The slug of a projection chart's own line in its legend ([`SeriesKey::slug`]).
pub const PROJECTION_SLUG: &str = "projection";
/// The slug of the reader's own band on the Douyin chart.
pub const YOURS_SLUG: &str = "yours";

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
    Shares(SharesChart),
}

/// What the reader changed about a chart: the value axis's scale and the
/// series hidden through the legend (the share link names those by slug,
/// `share::ViewState::hidden`; the page turns them into indices here).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// Logarithmic value axis; `None`: the chart's own default.
    pub log: Option<bool>,
    /// Indices into [`series_keys`] of the series not drawn.
    pub hidden: std::collections::BTreeSet<usize>,
}

impl View {
    /// Whether series `i` of [`series_keys`] is drawn.
    pub fn shows(&self, i: usize) -> bool {
        !self.hidden.contains(&i)
    }
}

/// What every chart kind answers; one `impl` per kind (in `kinds`), and
/// [`ChartSpec`] dispatches to it through `each_chart!`, the one place that
/// lists the kinds.
pub trait Chart {
    /// Whether the value axis is logarithmic unless the reader says
    /// otherwise; `None` for charts without a value axis.
    fn default_log(&self) -> Option<bool>;
    /// The series the legend can hide, in drawing order; empty for
    /// single-series charts.
    fn series_keys(&self, l: &crate::locale::Locale) -> Vec<SeriesKey> {
        let _ = l;
        Vec::new()
    }
    /// The accessible name and description, from the chart's numbers.
    fn describe(&self, l: &crate::locale::Locale) -> Description;
    /// The unit of the values drawn, said under the chart in its PNG:
    /// amounts in the reader's unit unless the kind draws something else.
    fn units(&self, l: &crate::locale::Locale) -> String {
        l.caption().to_string()
    }
    /// Multiplies every amount the chart draws by `l.display(1)`, so a spec
    /// holds the numbers the reader sees (billion yuan, 亿元, US dollars)
    /// and drawing only formats them. Multipliers, shares and years stay.
    fn to_display(&mut self, l: &crate::locale::Locale);
    /// Draws the chart (after [`draw_view`] cleared the area and checked its size).
    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        hits: &mut HitMap,
        log: bool,
        view: &View,
    ) -> ChartResult;
}

/// `$body` with `$c` bound to the chart inside `$spec`, for every kind.
macro_rules! each_chart {
    ($spec:expr, $c:ident => $body:expr) => {
        match $spec {
            ChartSpec::Gmv($c) => $body,
            ChartSpec::Industry($c) => $body,
            ChartSpec::Douyin($c) => $body,
            ChartSpec::Ratio($c) => $body,
            ChartSpec::Timeline($c) => $body,
            ChartSpec::Tornado($c) => $body,
            ChartSpec::Compare($c) => $body,
            ChartSpec::Shares($c) => $body,
        }
    };
}
pub(crate) use each_chart;

/// Whether a chart's value axis is logarithmic unless the reader says
/// otherwise; `None` for charts without a value axis.
pub fn default_log(spec: &ChartSpec) -> Option<bool> {
    each_chart!(spec, c => c.default_log())
}

/// A legend entry: its name, how its glyph looks (its text and its colour:
/// the index of a [`Theme::overlay`] colour, or `None` for the projection's
/// blue) and its slug.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesKey {
    /// The series as the reader names it, in the reader's language.
    pub name: String,
    /// The series in a share link (`hide.<panel>=`): the same in every
    /// language and whatever else the chart shows, lower-case ASCII letters,
    /// digits and "-" (`format::slug`), different from every other entry
    /// of the chart.
    pub slug: String,
    pub glyph: &'static str,
    pub overlay: Option<usize>,
}

/// The series a chart's legend can hide, in drawing order; an index into
/// this list is what [`View::hidden`] holds. Empty for single-series charts.
/// A share link names them by [`SeriesKey::slug`].
pub fn series_keys(spec: &ChartSpec, locale: &crate::locale::Locale) -> Vec<SeriesKey> {
    each_chart!(spec, c => c.series_keys(locale))
}

/// [`Chart::units`] for any spec.
pub fn units(spec: &ChartSpec, locale: &crate::locale::Locale) -> String {
    each_chart!(spec, c => c.units(locale))
}

/// [`Chart::to_display`] for any spec.
pub fn to_display(spec: &mut ChartSpec, l: &crate::locale::Locale) {
    each_chart!(spec, c => c.to_display(l))
}

/// Clears `root`, draws `spec` on it and returns where its marks are, for
/// tooltips.
pub fn draw<DB: DrawingBackend>(
    spec: &ChartSpec,
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> Result<HitMap, ChartError> {
    draw_view(spec, root, theme, &View::default())
}

/// [`draw`] with the reader's scale and hidden series.
pub fn draw_view<DB: DrawingBackend>(
    spec: &ChartSpec,
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
    view: &View,
) -> Result<HitMap, ChartError> {
    draw_view_into(spec, root, theme, view, HitMap::default())
}

/// [`draw_view`], the marks going into `hits`, which may be one that
/// records nothing ([`HitMap::unrecorded`]).
pub fn draw_view_into<DB: DrawingBackend>(
    spec: &ChartSpec,
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
    view: &View,
    mut hits: HitMap,
) -> Result<HitMap, ChartError> {
    let log = view.log.or(default_log(spec)).unwrap_or(false);
    root.fill(&theme.background)?;
    let (w, h) = root.dim_in_pixel();
    // Too small to hold axes and labels: leave it blank rather than overlap text.
    if f64::from(w) < 120.0 * theme.scale || f64::from(h) < 80.0 * theme.scale {
        return Ok(hits);
    }
    each_chart!(spec, c => c.draw_on(root, theme, &mut hits, log, view))?;
    root.present()?;
    Ok(hits)
}

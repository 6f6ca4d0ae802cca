//! Industry size 2019–2030: the article's 2019 base compounded by the user's
//! growth, with the "trillion level" and the year it is crossed.
//!
//! Drawing goes in steps, each in its own module and each reading the
//! `layout::Plot` worked out first: the frame (axes and coordinates), the
//! Monte Carlo fan, the projection, later reports' markers, the labels
//! (level, crossing, events) and the crosshair's columns. The order of the
//! steps is the painting order: later steps draw over earlier ones.

mod columns;
mod events;
mod fan;
mod labels;
mod layout;
mod overlays;
mod projection;

pub(super) use overlays::{marker, report_point};

use super::{ChartResult, HitMap, Theme, Tip, View};
use crate::locale::Locale;
use crate::model::{Crossing, YearValue};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Everything the industry chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct IndustryChart {
    /// Projected sizes in billion yuan; the first is the article's actual 2019 figure.
    pub series: Vec<YearValue>,
    /// The level to mark, in billion yuan.
    pub level: f64,
    /// How the level is named on the chart.
    pub level_label: String,
    /// When the series reaches the level.
    pub crossing: Option<Crossing>,
    /// The crossing as a short label, e.g. "Passes 1 trillion yuan in 2021".
    pub crossing_label: String,
    /// Logarithmic value axis (compounding growth draws as a straight line).
    pub log: bool,
    /// One tooltip per point of `series`.
    pub tips: Vec<Tip>,
    pub level_tip: Tip,
    /// Later reports' figures, one series per publisher, drawn as markers only.
    pub overlays: Vec<Overlay>,
    /// Monte Carlo bands per year of `series` (P5, P25, P50, P75, P95); empty
    /// when there is no run to show.
    pub bands: Vec<[f64; 5]>,
    /// What the series is, for its direct labels ("2019: 433.8 bn (article)").
    pub base_note: String,
    /// Dated events, each a thin labelled vertical line at its fractional
    /// year (1 April 2020 is about 2020.25).
    pub events: Vec<Annotation>,
}

/// The crossing as a label: "Passes 1 trillion yuan in 2021" (the
/// chart's own label, written by the views) or, where that does not fit,
/// "Passes $145 bn in 2021"; empty without a crossing.
pub fn crossing_text(l: &Locale, c: Option<Crossing>, level_name: &str) -> String {
    match c {
        Some(Crossing::In { year, .. }) => l.trf("Passes {} in {}", &[&level_name, &year]),
        Some(Crossing::Already { year }) => l.trf("Already above {} in {}", &[&level_name, &year]),
        Some(Crossing::NotBy { year }) => l.trf("Does not reach {} by {}", &[&level_name, &year]),
        None => String::new(),
    }
}

/// A dated event on the time axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    /// Fractional year: the year plus the share of it gone by at the event.
    pub at: f64,
    /// A short label beside the line, e.g. "1 Apr: star stream".
    pub label: String,
    pub tip: Tip,
}

/// How a marker's shape tells publishers apart (colour is never the only cue).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Triangle,
    Diamond,
    Cross,
}

impl Shape {
    /// The shapes in the order series get them.
    pub const ALL: [Shape; 5] = [
        Shape::Square,
        Shape::Triangle,
        Shape::Diamond,
        Shape::Circle,
        Shape::Cross,
    ];

    /// A text glyph of the shape, for legends in HTML.
    pub fn glyph(self, filled: bool) -> &'static str {
        match (self, filled) {
            (Shape::Circle, true) => "●",
            (Shape::Circle, false) => "○",
            (Shape::Square, true) => "■",
            (Shape::Square, false) => "□",
            (Shape::Triangle, true) => "▲",
            (Shape::Triangle, false) => "△",
            (Shape::Diamond, true) => "◆",
            (Shape::Diamond, false) => "◇",
            (Shape::Cross, _) => "✚",
        }
    }
}

/// How well a later figure is established, which sets how it is drawn:
/// confirmed figures filled, single-source ones hollow, disputed ones hollow
/// with a question mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    Confirmed,
    Single,
    Disputed,
}

/// One publisher's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Overlay {
    /// The series' name in the reader's language.
    pub publisher: String,
    /// The series in a share link: its English name through
    /// `format::slug` ("iimedia-research").
    pub slug: String,
    pub shape: Shape,
    /// Index into the theme's overlay colours.
    pub colour: usize,
    pub points: Vec<OverlayPoint>,
}

/// One later figure on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct OverlayPoint {
    pub year: i32,
    pub low: f64,
    pub high: f64,
    pub certainty: Certainty,
    pub tip: Tip,
}

/// Draws the chart, step by step in painting order (see the module's doc).
pub(super) fn draw<DB: DrawingBackend>(
    c: &IndustryChart,
    root: &DrawingArea<DB, Shift>,
    t: &Theme,
    hits: &mut HitMap,
    log: bool,
    view: &View,
) -> ChartResult {
    let Some(p) = layout::Plot::fit(c, root, t, log, view)? else {
        return Ok(());
    };
    let caption = p.axes()?;
    // Events under everything else; their labels come last.
    events::lines(&p, hits)?;
    labels::level_line(&p)?;
    fan::draw(&p, hits)?;
    projection::draw(&p, hits)?;
    labels::level_hit(&p, hits);
    let markers = overlays::draw(&p, hits)?;
    labels::draw(&p, caption, markers)?;
    p.baseline()?;
    columns::record(&p, hits);
    Ok(())
}

//! What the pointer is over: each chart records its marks' areas in
//! backing-store pixels while drawing, so a tooltip can be found for any
//! pointer position without redrawing.

use super::axis::Rect;

/// The text of a tooltip: what a mark is, its value with unit, its period and
/// its source in short.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tip {
    pub title: String,
    pub value: String,
    pub period: String,
    pub source: String,
}

/// A pointable mark.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub area: Rect,
    pub tip: Tip,
}

/// Maps a backing-store pixel to the chart's data coordinates (plotters'
/// `into_coord_trans`), or `None` outside the plot.
pub type ToData = Box<dyn Fn((i32, i32)) -> Option<(f64, f64)>>;

/// A line chart's points by x value, so a pointer anywhere above or below a
/// year finds that year's point through the chart's own coordinate mapping.
struct Snap {
    to_data: ToData,
    /// (x in data units, tip) for every point of the line.
    points: Vec<(f64, Tip)>,
}

/// One year of a time chart for the crosshair: where it is and every shown
/// series' value there.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Column {
    /// Backing-store x of the year.
    pub x: i32,
    /// The plot's top and bottom in backing-store pixels.
    pub y: (i32, i32),
    /// The year, as shown in the readout's title.
    pub title: String,
    /// (series name, value text) for every series shown with a value there.
    pub rows: Vec<(String, String)>,
}

/// The marks of one drawn chart.
///
/// A chart hands each mark's tip over as a closure, called only while the
/// map records: formatting every tip of a chart is a fifth of its drawing,
/// and the page draws without recording, building the map on demand when
/// a pointer or a key first needs it (see `ui/chart_canvas.rs`).
pub struct HitMap {
    record: bool,
    marks: Vec<Mark>,
    snap: Option<Snap>,
    columns: Vec<Column>,
}

impl Default for HitMap {
    /// A map that records.
    fn default() -> Self {
        HitMap {
            record: true,
            marks: Vec::new(),
            snap: None,
            columns: Vec::new(),
        }
    }
}

impl std::fmt::Debug for HitMap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HitMap")
            .field("marks", &self.marks)
            .field("snaps", &self.snap.as_ref().map(|s| s.points.len()))
            .field("columns", &self.columns)
            .finish()
    }
}

impl HitMap {
    /// A map that records nothing and stays empty: for a drawing whose
    /// marks nobody looks up.
    pub fn unrecorded() -> Self {
        HitMap {
            record: false,
            ..HitMap::default()
        }
    }

    /// Whether it records: a chart that gathers tips across a loop asks
    /// before formatting them.
    pub fn records(&self) -> bool {
        self.record
    }

    /// Records a mark covering `area`, grown by `slop` pixels on every side so
    /// small marks (points, thin bars) are easy to hit with a finger.
    pub fn add(&mut self, area: Rect, slop: i32, tip: impl FnOnce() -> Tip) {
        if !self.record {
            return;
        }
        self.marks.push(Mark {
            area: Rect {
                x0: area.x0.min(area.x1) - slop,
                y0: area.y0.min(area.y1) - slop,
                x1: area.x0.max(area.x1) + slop,
                y1: area.y0.max(area.y1) + slop,
            },
            tip: tip(),
        });
    }

    /// Records a point mark at `p`.
    pub fn point(&mut self, p: (i32, i32), radius: i32, tip: impl FnOnce() -> Tip) {
        let r = Rect {
            x0: p.0,
            y0: p.1,
            x1: p.0,
            y1: p.1,
        };
        self.add(r, radius, tip);
    }

    /// Lets a pointer anywhere in the plot find the line's nearest point
    /// along x (within half a step), mapping the pointer with `to_data`.
    pub fn snap_to(&mut self, to_data: ToData, points: impl FnOnce() -> Vec<(f64, Tip)>) {
        if self.record {
            self.snap = Some(Snap {
                to_data,
                points: points(),
            });
        }
    }

    /// The tip of the most specific mark (smallest area) under `p`, a point
    /// in backing-store pixels; else, on a line chart, the point of the
    /// nearest x.
    pub fn at(&self, p: (i32, i32)) -> Option<&Tip> {
        self.marks
            .iter()
            .filter(|m| m.area.contains(p))
            .min_by_key(|m| i64::from(m.area.x1 - m.area.x0) * i64::from(m.area.y1 - m.area.y0))
            .map(|m| &m.tip)
            .or_else(|| {
                let snap = self.snap.as_ref()?;
                let (x, _) = (snap.to_data)(p)?;
                snap.points
                    .iter()
                    .min_by(|a, b| (a.0 - x).abs().total_cmp(&(b.0 - x).abs()))
                    .filter(|(px, _)| (px - x).abs() <= 0.5)
                    .map(|(_, tip)| tip)
            })
    }

    /// Records the crosshair's columns (one per year, in x order).
    pub fn set_columns(&mut self, columns: impl FnOnce() -> Vec<Column>) {
        if self.record {
            self.columns = columns();
        }
    }

    /// The crosshair's columns, in x order (for arrow keys).
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// The index of the column nearest `p` (backing-store pixels) when `p`
    /// is over its plot and within half a step of it. Small multiples have
    /// a column per plot and year; the step is the smallest between
    /// neighbouring columns (a year), not the gap between two plots.
    pub fn column_at(&self, p: (i32, i32)) -> Option<usize> {
        let step = self
            .columns
            .windows(2)
            .map(|w| (w[1].x - w[0].x).abs())
            .filter(|d| *d > 0)
            .min()
            .unwrap_or(40);
        self.columns
            .iter()
            .enumerate()
            .filter(|(_, c)| p.1 >= c.y.0 - 4 && p.1 <= c.y.1 + 4)
            .min_by_key(|(_, c)| (c.x - p.0).abs())
            .filter(|(_, c)| (c.x - p.0).abs() <= step / 2 + 1)
            .map(|(i, _)| i)
    }

    /// The area of the most specific mark under `p`, for highlighting it.
    pub fn mark_at(&self, p: (i32, i32)) -> Option<&Mark> {
        self.marks
            .iter()
            .filter(|m| m.area.contains(p))
            .min_by_key(|m| i64::from(m.area.x1 - m.area.x0) * i64::from(m.area.y1 - m.area.y0))
    }

    /// Every recorded mark, for tests and for keyboard access.
    pub fn marks(&self) -> &[Mark] {
        &self.marks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tip(t: &str) -> Tip {
        Tip {
            title: t.into(),
            ..Tip::default()
        }
    }

    #[test]
    fn the_smallest_mark_under_the_pointer_wins() {
        let mut h = HitMap::default();
        h.add(
            Rect {
                x0: 0,
                y0: 0,
                x1: 100,
                y1: 100,
            },
            0,
            || tip("band"),
        );
        h.point((50, 50), 6, || tip("point"));
        assert_eq!(h.at((52, 48)).map(|t| t.title.as_str()), Some("point"));
        assert_eq!(h.at((10, 10)).map(|t| t.title.as_str()), Some("band"));
        assert_eq!(h.at((200, 10)), None);
        assert_eq!(h.marks().len(), 2);
    }

    #[test]
    fn the_crosshair_finds_the_nearest_column_over_the_plot() {
        let mut h = HitMap::default();
        h.set_columns(|| {
            (0..3)
                .map(|i| Column {
                    x: 100 * i,
                    y: (0, 100),
                    title: (2019 + i).to_string(),
                    rows: vec![],
                })
                .collect()
        });
        assert_eq!(h.column_at((140, 50)), Some(1));
        assert_eq!(h.column_at((160, 50)), Some(2));
        assert_eq!(h.column_at((160, 300)), None);
        assert_eq!(h.column_at((400, 50)), None);
    }

    #[test]
    fn off_the_marks_a_line_chart_snaps_to_the_nearest_year() {
        let mut h = HitMap::default();
        // 100 px per year from x = 0 (2019), inside 0..=300 px.
        h.snap_to(
            Box::new(|(x, y)| {
                ((0..=300).contains(&x) && (0..=100).contains(&y))
                    .then(|| (2019.0 + f64::from(x) / 100.0, 0.0))
            }),
            || {
                vec![
                    (2019.0, tip("2019")),
                    (2020.0, tip("2020")),
                    (2021.0, tip("2021")),
                ]
            },
        );
        assert_eq!(h.at((140, 50)).map(|t| t.title.as_str()), Some("2020"));
        assert_eq!(h.at((160, 50)).map(|t| t.title.as_str()), Some("2021"));
        assert_eq!(h.at((400, 50)), None);
    }

    /// An unrecorded map formats no tip and finds nothing.
    #[test]
    fn an_unrecorded_map_calls_no_tip_and_stays_empty() {
        let mut h = HitMap::unrecorded();
        let area = Rect {
            x0: 0,
            y0: 0,
            x1: 10,
            y1: 10,
        };
        h.add(area, 0, || unreachable!("a tip formatted for nobody"));
        h.point((5, 5), 6, || unreachable!("a tip formatted for nobody"));
        h.set_columns(|| unreachable!("columns built for nobody"));
        h.snap_to(Box::new(|_| Some((0.0, 0.0))), || {
            unreachable!("snap points built for nobody")
        });
        assert!(h.marks().is_empty() && h.columns().is_empty());
        assert_eq!(h.at((5, 5)), None);
    }
}

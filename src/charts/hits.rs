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

/// The marks of one drawn chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HitMap {
    marks: Vec<Mark>,
}

impl HitMap {
    /// Records a mark covering `area`, grown by `slop` pixels on every side so
    /// small marks (points, thin bars) are easy to hit with a finger.
    pub fn add(&mut self, area: Rect, slop: i32, tip: &Tip) {
        self.marks.push(Mark {
            area: Rect {
                x0: area.x0.min(area.x1) - slop,
                y0: area.y0.min(area.y1) - slop,
                x1: area.x0.max(area.x1) + slop,
                y1: area.y0.max(area.y1) + slop,
            },
            tip: tip.clone(),
        });
    }

    /// Records a point mark at `p`.
    pub fn point(&mut self, p: (i32, i32), radius: i32, tip: &Tip) {
        let r = Rect {
            x0: p.0,
            y0: p.1,
            x1: p.0,
            y1: p.1,
        };
        self.add(r, radius, tip);
    }

    /// The tip of the most specific mark (smallest area) under `p`, a point
    /// in backing-store pixels.
    pub fn at(&self, p: (i32, i32)) -> Option<&Tip> {
        self.marks
            .iter()
            .filter(|m| m.area.contains(p))
            .min_by_key(|m| i64::from(m.area.x1 - m.area.x0) * i64::from(m.area.y1 - m.area.y0))
            .map(|m| &m.tip)
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
            &tip("band"),
        );
        h.point((50, 50), 6, &tip("point"));
        assert_eq!(h.at((52, 48)).map(|t| t.title.as_str()), Some("point"));
        assert_eq!(h.at((10, 10)).map(|t| t.title.as_str()), Some("band"));
        assert_eq!(h.at((200, 10)), None);
        assert_eq!(h.marks().len(), 2);
    }
}

//! A chart as a file that stands alone (the PNG download): on the page the
//! title, legend, units and sources are HTML around the canvas, so a saved
//! canvas would lose them. Here they are drawn into the image, the title and
//! legend above the chart and the units, source line and link below, on any
//! [`DrawingBackend`] (the canvas in the app, SVG in the tests).

use super::axis;
use super::{ChartError, ChartSpec, HitMap, SeriesKey, Theme, View, draw_view};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};

/// The words drawn around a chart, already in the reader's language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Caption {
    pub title: String,
    /// The series drawn (hidden ones left out), glyph and name.
    pub legend: Vec<SeriesKey>,
    /// "Units: billion yuan".
    pub units: String,
    /// "Source: …".
    pub source: String,
    /// The link to the view, with the app's name.
    pub link: String,
}

/// Margins and gaps, in CSS pixels.
const PAD: f64 = 12.0;
const GAP: f64 = 8.0;
/// Font sizes, in CSS pixels.
const TITLE_PX: f64 = 18.0;
const KEY_PX: f64 = 13.0;
const FOOT_PX: f64 = 12.0;

/// One line of text, anchored at its top left.
struct Piece {
    text: String,
    at: (i32, i32),
    font: TextStyle<'static>,
}

/// A header or footer: its lines and its height.
struct Block {
    pieces: Vec<Piece>,
    height: i32,
}

/// Width and height of a text, as the backend measures it.
type Measure<'a> = dyn Fn(&str, &TextStyle) -> (i32, i32) + 'a;

/// `text`'s size on `db`, or an estimate if it cannot measure.
fn measured<DB: DrawingBackend>(db: &DB, text: &str, style: &TextStyle) -> (i32, i32) {
    super::axis::size_or_estimate(db.estimate_text_size(text, style), text, style)
}

/// The height of the image that holds the chart at `chart_height` pixels
/// and `caption` at the width of `db`, measured on `db` (so the caller can
/// size its canvas before drawing on it).
pub fn export_height<DB: DrawingBackend>(
    db: &DB,
    caption: &Caption,
    theme: &Theme,
    chart_height: u32,
) -> u32 {
    let measure = |s: &str, f: &TextStyle| measured(db, s, f);
    let width = db.get_size().0 as i32;
    let head = header(caption, theme, width, &measure).height;
    let foot = footer(caption, theme, width, &measure).height;
    chart_height.saturating_add((head + foot).max(0) as u32)
}

/// Draws `caption` and `spec` on all of `db`, on the theme's background:
/// the title and legend at the top, the units, source and link at the
/// bottom, the chart between. Returns the chart's marks (relative to it).
pub fn draw_export<DB: DrawingBackend>(
    spec: &ChartSpec,
    mut db: DB,
    theme: &Theme,
    view: &View,
    caption: &Caption,
) -> Result<HitMap, ChartError> {
    let measure = |s: &str, f: &TextStyle| measured(&db, s, f);
    let (width, total) = db.get_size();
    let head = header(caption, theme, width as i32, &measure);
    let foot = footer(caption, theme, width as i32, &measure);
    let head_h = (head.height.max(0) as u32).min(total);
    let chart_h = total.saturating_sub(head_h + foot.height.max(0) as u32);
    let whole = Band::new(&mut db, 0, (width, total)).into_drawing_area();
    whole.fill(&theme.background)?;
    drop(whole);
    let top = Band::new(&mut db, 0, (width, head_h)).into_drawing_area();
    for p in &head.pieces {
        axis::text(&top, &p.text, p.at, &p.font, HPos::Left, VPos::Top)?;
    }
    drop(top);
    let chart = Band::new(&mut db, head_h, (width, chart_h)).into_drawing_area();
    let hits = draw_view(spec, &chart, theme, view)?;
    drop(chart);
    let bottom_h = total - head_h - chart_h;
    let bottom = Band::new(&mut db, head_h + chart_h, (width, bottom_h)).into_drawing_area();
    let rule = Color::stroke_width(&theme.grid, theme.px(1.0).max(1) as u32);
    let (pad, right) = (theme.px(PAD), width as i32 - theme.px(PAD));
    bottom.draw(&PathElement::new(vec![(pad, 0), (right, 0)], rule))?;
    for p in &foot.pieces {
        axis::text(&bottom, &p.text, p.at, &p.font, HPos::Left, VPos::Top)?;
    }
    drop(bottom);
    db.present().map_err(|e| ChartError(e.to_string()))?;
    Ok(hits)
}

/// The distance from one line's top to the next's for text of `px` CSS pixels.
fn line_step(theme: &Theme, px: f64) -> i32 {
    theme.px(px * 1.3)
}

/// The title (bold, wrapped) and the legend below it.
fn header(c: &Caption, t: &Theme, width: i32, m: &Measure) -> Block {
    let pad = t.px(PAD);
    let max = width - 2 * pad;
    let title_font = (t.font_family, TITLE_PX * t.scale, FontStyle::Bold)
        .into_font()
        .color(&t.text);
    let mut pieces = Vec::new();
    let mut y = pad;
    for line in wrap(&c.title, max, &title_font, m) {
        pieces.push(Piece {
            text: line,
            at: (pad, y),
            font: title_font.clone(),
        });
        y += line_step(t, TITLE_PX);
    }
    if !c.legend.is_empty() {
        y += t.px(GAP / 2.0);
        y = legend(&c.legend, t, (pad, width - pad), y, m, &mut pieces);
    }
    Block {
        pieces,
        height: y + t.px(GAP),
    }
}

/// Lays out the legend's entries in rows from `y` between `left` and
/// `right`: glyph in the series' colour, then its name; a name too long
/// for a row is wrapped beside its glyph. Returns the y below the legend.
fn legend(
    keys: &[SeriesKey],
    t: &Theme,
    (left, right): (i32, i32),
    mut y: i32,
    m: &Measure,
    out: &mut Vec<Piece>,
) -> i32 {
    let name_font = t.font(KEY_PX, t.text);
    let (step, gap, between) = (line_step(t, KEY_PX), t.px(4.0), t.px(16.0));
    let mut x = left;
    for k in keys {
        let colour = k.overlay.map_or(t.blue, |i| t.overlay(i));
        let glyph_font = t.font(KEY_PX, colour);
        let glyph_w = m(k.glyph, &glyph_font).0;
        let name_w = m(&k.name, &name_font).0;
        let width = glyph_w + gap + name_w;
        if x > left && x + width > right {
            x = left;
            y += step;
        }
        let lines = wrap(&k.name, right - x - glyph_w - gap, &name_font, m);
        out.push(Piece {
            text: k.glyph.to_string(),
            at: (x, y),
            font: glyph_font,
        });
        let name_x = x + glyph_w + gap;
        let rows = lines.len().max(1) as i32;
        for (i, line) in lines.into_iter().enumerate() {
            out.push(Piece {
                text: line,
                at: (name_x, y + i as i32 * step),
                font: name_font.clone(),
            });
        }
        if rows > 1 || x + width > right {
            (x, y) = (left, y + rows * step);
        } else {
            x += width + between;
        }
    }
    if x > left { y + step } else { y }
}

/// The units, the source line and the link, each wrapped, below a rule.
fn footer(c: &Caption, t: &Theme, width: i32, m: &Measure) -> Block {
    let pad = t.px(PAD);
    let font = t.font(FOOT_PX, t.muted);
    let mut pieces = Vec::new();
    let mut y = t.px(GAP);
    for text in [&c.units, &c.source, &c.link] {
        for line in wrap(text, width - 2 * pad, &font, m) {
            pieces.push(Piece {
                text: line,
                at: (pad, y),
                font: font.clone(),
            });
            y += line_step(t, FOOT_PX);
        }
    }
    Block {
        pieces,
        height: y + t.px(GAP),
    }
}

/// `text` in lines no wider than `max`: broken at spaces, and inside a word
/// only where the word alone is wider (a link, a sentence in Chinese).
fn wrap(text: &str, max: i32, font: &TextStyle, m: &Measure) -> Vec<String> {
    let fits = |s: &str| m(s, font).0 <= max;
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let joined = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if fits(&joined) {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for ch in word.chars() {
            line.push(ch);
            if !fits(&line) && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::replace(&mut line, ch.to_string()));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Draws `spec` on all of `db`, as [`draw_view`] does, but through a
/// [`Band`] at the top: the page's canvas draws this way so that every
/// chart is compiled for one backend type, the one the PNG export draws
/// its chart band with. Drawing on the canvas directly compiled all chart
/// code a second time: 87 functions and 72 KiB of the linked wasm's code
/// (the bench's size table showed each chart's `draw` twice), 8.6 KiB of
/// the shipped wasm brotli. The marks go into `hits` (see
/// [`HitMap::unrecorded`]).
pub fn draw_view_on<DB: DrawingBackend>(
    spec: &ChartSpec,
    db: &mut DB,
    theme: &Theme,
    view: &View,
    hits: HitMap,
) -> Result<HitMap, ChartError> {
    let size = db.get_size();
    let area = Band::new(db, 0, size).into_drawing_area();
    super::draw_view_into(spec, &area, theme, view, hits)
}

/// A horizontal band of another backend, `dy` pixels down and `size` big,
/// that draws at its own origin. The charts place marks with plotters'
/// `get_pixel_range`, which counts from the backend's origin, so a chart
/// drawn on a sub-area of a taller image would be shifted twice; on a band
/// it is drawn as on the page.
struct Band<'a, DB> {
    inner: &'a mut DB,
    dy: i32,
    size: (u32, u32),
}

impl<'a, DB> Band<'a, DB> {
    fn new(inner: &'a mut DB, dy: u32, size: (u32, u32)) -> Self {
        Band {
            inner,
            dy: dy as i32,
            size,
        }
    }

    fn at(&self, (x, y): BackendCoord) -> BackendCoord {
        (x, y + self.dy)
    }
}

type Drawn<E> = Result<(), DrawingErrorKind<E>>;

impl<DB: DrawingBackend> DrawingBackend for Band<'_, DB> {
    type ErrorType = DB::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn<Self::ErrorType> {
        self.inner.ensure_prepared()
    }

    /// Nothing: the image is presented once, whole, by [`draw_export`]
    /// (plotters' SVG closes its document on `present`).
    fn present(&mut self) -> Drawn<Self::ErrorType> {
        Ok(())
    }

    fn draw_pixel(&mut self, p: BackendCoord, c: BackendColor) -> Drawn<Self::ErrorType> {
        let p = self.at(p);
        self.inner.draw_pixel(p, c)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn<Self::ErrorType> {
        let (from, to) = (self.at(from), self.at(to));
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn<Self::ErrorType> {
        let (a, b) = (self.at(upper_left), self.at(bottom_right));
        self.inner.draw_rect(a, b, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn<Self::ErrorType> {
        let dy = self.dy;
        self.inner
            .draw_path(path.into_iter().map(move |(x, y)| (x, y + dy)), style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn<Self::ErrorType> {
        let center = self.at(center);
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn<Self::ErrorType> {
        let dy = self.dy;
        self.inner
            .fill_polygon(vert.into_iter().map(move |(x, y)| (x, y + dy)), style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn<Self::ErrorType> {
        let pos = self.at(pos);
        self.inner.draw_text(text, style, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        self.inner.estimate_text_size(text, style)
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Drawn<Self::ErrorType> {
        let pos = self.at(pos);
        self.inner.blit_bitmap(pos, size, src)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ten pixels a character.
    fn ten(s: &str, _: &TextStyle) -> (i32, i32) {
        (s.chars().count() as i32 * 10, 10)
    }

    #[test]
    fn wrap_breaks_at_spaces_and_inside_long_words() {
        let font = Theme::light(1.0).tick_font();
        assert_eq!(wrap("aa bb cc", 50, &font, &ten), ["aa bb", "cc"]);
        assert_eq!(wrap("abcdefgh", 30, &font, &ten), ["abc", "def", "gh"]);
        assert_eq!(
            wrap("a abcdefgh", 30, &font, &ten),
            ["a", "abc", "def", "gh"]
        );
        // Too narrow for one character: one a line, never an endless loop.
        assert_eq!(wrap("ab", 5, &font, &ten), ["a", "b"]);
        assert!(wrap("", 50, &font, &ten).is_empty());
    }
}

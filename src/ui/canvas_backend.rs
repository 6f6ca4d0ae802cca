//! The canvas backend the charts draw on: `plotters_canvas::CanvasBackend`,
//! except that text is measured with the 2D context's `measureText`.
//!
//! plotters measures text on the web by adding a `<span>` to the page, giving
//! it a `style` attribute and reading its size back. That forces a layout for
//! every label (most of a redraw's time), and the page's Content Security
//! Policy (`style-src 'self'`, no inline styles) refuses the attribute, so
//! every label would also log a violation and be measured in the wrong font.
//! `measureText` needs neither the DOM nor a layout, works on a canvas that is
//! not in the page (the PNG export), and sizes are cached per font and text.
//!
//! The contract is the one the SVG backend of the native tests follows
//! (plotters-svg draws text with `dy` offsets on its font's em box, and its
//! estimate is that box): [`DrawingBackend::estimate_text_size`] gives the
//! advance width and the em height (the font size), and `draw_text` puts that
//! box at the anchor, since the canvas aligns text with `textBaseline`
//! `top`/`middle`/`bottom`, which are the em box's top, middle and bottom.
//! So a label measured and then drawn anchored at a point fills exactly the
//! box the charts computed for it, on the canvas as in the SVG tests.
//!
//! Text is drawn here too, not by `CanvasBackend`, which sets the font,
//! alignment, baseline and colour before every label. Chromium parses the
//! `font` string on each set: that was 2.4 ms of a slider step's 5.6 ms
//! redraw in the bench's profile (`cargo xtask bench`). Here each is set
//! only when it differs from what the context holds ([`TextState`]).
//!
//! Lines are batched: consecutive lines and paths of one colour and width
//! become subpaths of one canvas path, stroked once when the style changes
//! or anything else is drawn. plotters breaks a dashed line into a path per
//! dash, and `CanvasBackend` sets the stroke style (a colour string the
//! browser parses) and strokes for each one: the "third pole" chart made 232
//! strokes a redraw, most of its 1.2 ms (`cargo xtask bench`). The pixels
//! are the same for the disjoint dashes and grid lines this batches; where
//! two lines of one translucent style cross, the crossing is painted once
//! instead of twice, which reads the same.
//!
//! A backend made by [`MeasuringCanvas::measuring`] measures but draws
//! nothing: the page runs a chart on it to find where its marks are, for a
//! pointer, without painting the canvas again.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use plotters_canvas::CanvasBackend;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Text sizes measured so far, by CSS font and text, in two generations.
/// Labels that repeat across redraws (ticks, years, series names) are found
/// here; the ones a slider makes once (each value a readout passes through)
/// age out. A lookup that hits the old generation moves the size to the
/// young one; when the young one is full, the old one is dropped and the
/// young one takes its place. So what the cache holds is bounded by two
/// generations and reaches that bound within the first few hundred slider
/// steps, and the labels in use survive a turnover (a single table emptied
/// when full would lose them all at once). Hand-written because it is a
/// dozen lines: the `lru` crate would bring a second copy of hashbrown.
struct Cache {
    young: HashMap<String, (u32, u32)>,
    old: HashMap<String, (u32, u32)>,
}

impl Default for Cache {
    /// Both tables at their full size from the start. Grown on demand, the
    /// second only started growing at the first turnover and reached its
    /// size after the second, about a thousand new labels in: the bench's
    /// wasm memory took its last 64 KiB page after 1,000 slider changes in
    /// some runs and before it in others.
    fn default() -> Self {
        Cache {
            young: HashMap::with_capacity(GENERATION),
            old: HashMap::with_capacity(GENERATION),
        }
    }
}

/// Sizes per generation. One slider step redraws one or two charts, about a
/// hundred labels; the first load draws every chart, a few hundred.
const GENERATION: usize = 512;

impl Cache {
    fn get(&mut self, key: &str) -> Option<(u32, u32)> {
        if let Some(&size) = self.young.get(key) {
            return Some(size);
        }
        let (key, size) = self.old.remove_entry(key)?;
        self.insert(key, size);
        Some(size)
    }

    fn insert(&mut self, key: String, size: (u32, u32)) {
        if self.young.len() >= GENERATION {
            // Swapped and cleared rather than replaced, so both tables keep
            // their allocations and a turnover allocates nothing.
            std::mem::swap(&mut self.young, &mut self.old);
            self.young.clear();
        }
        self.young.insert(key, size);
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.young.len() + self.old.len()
    }
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// Writes the CSS `font` of a text style into `out`, exactly as
/// `CanvasBackend::draw_text` sets it, so measuring and drawing use the same
/// font. Into a buffer kept between labels, with a whole size written as an
/// integer (as `f64`'s `Display` writes it): a redraw asks this for every
/// label twice, and a fresh `String` and float formatting each time were
/// about a seventh of a chart's drawing in the bench's CPU profile
/// (`target/bench/slider-steps.cpuprofile`).
fn write_css_font<S: BackendTextStyle>(style: &S, out: &mut String) {
    use std::fmt::Write;
    out.clear();
    let size = style.size();
    let _ = write!(out, "{} ", style.style().as_str());
    let _ = if size.fract() == 0.0 && size.abs() < 1e9 {
        write!(out, "{}", size as i64)
    } else {
        write!(out, "{size}")
    };
    let _ = write!(out, "px {}", style.family().as_str());
}

/// What the 2D context holds for text, as last set through this backend;
/// `None` where it is not known (a fresh context, or a fill the inner
/// backend set for a shape).
#[derive(Default)]
struct TextState {
    font: Option<String>,
    baseline: Option<&'static str>,
    align: Option<&'static str>,
    fill: Option<((u8, u8, u8), f64)>,
}

/// A stroke's colour (RGB, alpha) and width: what lines share to be
/// batched into one path.
type StrokeKey = ((u8, u8, u8), f64, u32);

/// See the module docs.
pub struct MeasuringCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
    text: RefCell<TextState>,
    /// The style the context's stroke holds, `None` where unknown (fresh,
    /// or after the inner backend drew).
    line: Option<StrokeKey>,
    /// The style of the path begun and not stroked yet, if one is open.
    open: Option<StrokeKey>,
    /// A label's font, then a newline and its text: the size cache's key,
    /// built here without allocating (see [`write_css_font`]).
    scratch: RefCell<String>,
    /// Measures only: every drawing call does nothing.
    dry: bool,
}

impl MeasuringCanvas {
    /// A backend drawing on `canvas` at its current backing-store size, or
    /// `None` if the browser gives no 2D context.
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Self> {
        let context = canvas
            .get_context("2d")
            .ok()??
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone())?;
        Some(MeasuringCanvas {
            inner,
            context,
            text: RefCell::default(),
            line: None,
            open: None,
            scratch: RefCell::default(),
            dry: false,
        })
    }

    /// A backend for `canvas` that measures text but draws nothing: a
    /// chart run on it leaves the canvas as it was.
    pub fn measuring(canvas: &HtmlCanvasElement) -> Option<Self> {
        let mut backend = Self::new(canvas)?;
        backend.dry = true;
        Some(backend)
    }

    /// Opens a path for lines of `color` and `width`, unless one of that
    /// style is open already, stroking the one before.
    fn begin_lines(&mut self, color: BackendColor, width: u32) {
        let key = (color.rgb, color.alpha, width);
        if self.open == Some(key) {
            return;
        }
        self.flush_lines();
        if self.line != Some(key) {
            let (r, g, b) = color.rgb;
            let css = format!("rgba({r},{g},{b},{})", color.alpha);
            self.context.set_stroke_style_str(&css);
            self.context.set_line_width(f64::from(width));
            self.line = Some(key);
        }
        self.context.begin_path();
        self.open = Some(key);
    }

    /// Strokes the open path of lines, if any: before anything else is
    /// drawn (so it stays under what follows) and when drawing ends.
    fn flush_lines(&mut self) {
        if self.open.take().is_some() {
            self.context.stroke();
        }
    }

    /// The inner backend is about to draw: the lines so far go first, and
    /// it may set the stroke or fill for its shape.
    fn before_inner(&mut self) {
        self.flush_lines();
        self.line = None;
        self.text.get_mut().fill = None;
    }

    /// Sets the context's font, unless it already is `font`.
    fn set_font(&self, font: &str) {
        let mut state = self.text.borrow_mut();
        if state.font.as_deref() != Some(font) {
            self.context.set_font(font);
            state.font = Some(font.to_owned());
        }
    }

    /// Sets the context's text baseline, alignment and fill, each only when
    /// it differs from what it holds.
    fn set_text_layout(&self, baseline: &'static str, align: &'static str, color: &BackendColor) {
        let mut state = self.text.borrow_mut();
        if state.baseline != Some(baseline) {
            self.context.set_text_baseline(baseline);
            state.baseline = Some(baseline);
        }
        if state.align != Some(align) {
            self.context.set_text_align(align);
            state.align = Some(align);
        }
        let fill = (color.rgb, color.alpha);
        if state.fill != Some(fill) {
            let (r, g, b) = color.rgb;
            let css = format!("rgba({r},{g},{b},{})", color.alpha);
            self.context.set_fill_style_str(&css);
            state.fill = Some(fill);
        }
    }

    /// Width (advance, rounded up) and height (the em box: the font size,
    /// rounded up) of `text` in `style`'s font, in canvas pixels.
    fn measure<S: BackendTextStyle>(&self, style: &S, text: &str) -> (u32, u32) {
        let mut key = self.scratch.borrow_mut();
        write_css_font(style, &mut key);
        let font_len = key.len();
        key.push('\n');
        key.push_str(text);
        if let Some(hit) = CACHE.with(|c| c.borrow_mut().get(&key)) {
            return hit;
        }
        let size = style.size();
        self.set_font(&key[..font_len]);
        let width = self
            .context
            .measure_text(text)
            .map(|m| m.width())
            .unwrap_or_else(|_| text.chars().count() as f64 * size * 0.6);
        let measured = (ceil_px(width), ceil_px(size));
        CACHE.with(|c| c.borrow_mut().insert(key.clone(), measured));
        measured
    }
}

impl Drop for MeasuringCanvas {
    fn drop(&mut self) {
        self.flush_lines();
    }
}

/// A line's ends as `CanvasBackend` strokes them: a horizontal or vertical
/// line moved half a pixel, so a one-pixel line covers one row or column
/// of pixels instead of blurring over two.
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let mut from = (f64::from(from.0), f64::from(from.1));
    let mut to = (f64::from(to.0), f64::from(to.1));
    if from.0 == to.0 {
        from.0 -= 0.5;
        to.0 -= 0.5;
    }
    if from.1 == to.1 {
        from.1 -= 0.5;
        to.1 -= 0.5;
    }
    (from, to)
}

/// A length rounded up to whole pixels (so boxes never come out smaller than
/// what is drawn); nonsense becomes 0.
fn ceil_px(v: f64) -> u32 {
    if v.is_finite() && v > 0.0 {
        v.ceil().min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}

type Error = <CanvasBackend as DrawingBackend>::ErrorType;
type Result<T = ()> = std::result::Result<T, DrawingErrorKind<Error>>;

impl DrawingBackend for MeasuringCanvas {
    type ErrorType = Error;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result {
        self.flush_lines();
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        if self.dry {
            return Ok(());
        }
        self.before_inner();
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result {
        if self.dry || style.color().alpha == 0.0 {
            return Ok(());
        }
        self.begin_lines(style.color(), style.stroke_width());
        let (from, to) = crisp(from, to);
        self.context.move_to(from.0, from.1);
        self.context.line_to(to.0, to.1);
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        if self.dry {
            return Ok(());
        }
        self.before_inner();
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        if self.dry || style.color().alpha == 0.0 {
            return Ok(());
        }
        let mut points = path.into_iter();
        let Some(start) = points.next() else {
            return Ok(());
        };
        self.begin_lines(style.color(), style.stroke_width());
        self.context.move_to(f64::from(start.0), f64::from(start.1));
        for p in points {
            self.context.line_to(f64::from(p.0), f64::from(p.1));
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result {
        if self.dry {
            return Ok(());
        }
        self.before_inner();
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result {
        if self.dry {
            return Ok(());
        }
        self.before_inner();
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result {
        let color = style.color();
        if self.dry || color.alpha == 0.0 {
            return Ok(());
        }
        // Rotated text: the inner backend sets everything between a save
        // and a restore, which leaves the context as it found it.
        if !matches!(style.transform(), FontTransform::None) {
            self.before_inner();
            return self.inner.draw_text(text, style, pos);
        }
        self.flush_lines();
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        self.set_text_layout(baseline, align, &color);
        {
            let mut font = self.scratch.borrow_mut();
            write_css_font(style, &mut font);
            self.set_font(&font);
        }
        self.context
            .fill_text(text, f64::from(pos.0), f64::from(pos.1))
            .map_err(|e| {
                let what = e.as_string().unwrap_or_else(|| "fillText failed".into());
                DrawingErrorKind::FontError(what.into())
            })
    }

    /// Unrotated, like plotters' default (`layout_box`); see the module docs.
    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Result<(u32, u32)> {
        Ok(self.measure(style, text))
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, (w, h): (u32, u32), src: &[u8]) -> Result {
        if self.dry {
            return Ok(());
        }
        self.before_inner();
        self.inner.blit_bitmap(pos, (w, h), src)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A label in use survives any number of one-off labels, and the cache
    /// never holds more than two generations.
    #[test]
    fn the_cache_keeps_labels_in_use_and_stays_bounded() {
        let mut cache = Cache::default();
        cache.insert("tick 2025".to_owned(), (40, 12));
        for step in 0..10 * GENERATION {
            // Each redraw draws the tick again and a readout never seen before.
            assert_eq!(cache.get("tick 2025"), Some((40, 12)), "step {step}");
            let readout = format!("{step} bn");
            assert_eq!(cache.get(&readout), None);
            cache.insert(readout, (50, 12));
            assert!(
                cache.len() <= 2 * GENERATION,
                "step {step}: {}",
                cache.len()
            );
        }
        // The one-off labels age out: the first is long gone, the last is kept.
        assert_eq!(cache.get("0 bn"), None);
        let last = format!("{} bn", 10 * GENERATION - 1);
        assert_eq!(cache.get(&last), Some((50, 12)));
    }

    /// In headless Chromium (`cargo test --target wasm32-unknown-unknown
    /// --lib canvas_backend`, with the runner set up as for tests/web.rs).
    #[cfg(target_arch = "wasm32")]
    mod browser {
        use super::*;
        use plotters::prelude::*;
        use plotters::style::text_anchor::{HPos, Pos, VPos};
        use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

        wasm_bindgen_test_configure!(run_in_browser);

        fn canvas(w: u32, h: u32) -> HtmlCanvasElement {
            let document = crate::ui::window()
                .and_then(|w| w.document())
                .expect("a document");
            let canvas: HtmlCanvasElement = document
                .create_element("canvas")
                .expect("a canvas")
                .dyn_into()
                .expect("a canvas");
            canvas.set_width(w);
            canvas.set_height(h);
            canvas
        }

        /// The RGBA bytes of `canvas` in the box at (`x`, `y`), `w` × `h`.
        fn pixels(canvas: &HtmlCanvasElement, x: u32, y: u32, w: u32, h: u32) -> Vec<u8> {
            let ctx: CanvasRenderingContext2d = canvas
                .get_context("2d")
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into().ok())
                .expect("2d");
            ctx.get_image_data(f64::from(x), f64::from(y), f64::from(w), f64::from(h))
                .expect("pixels")
                .data()
                .to_vec()
        }

        /// The box of pixels that are not white.
        fn ink(canvas: &HtmlCanvasElement) -> Option<(i32, i32, i32, i32)> {
            let (w, h) = (canvas.width(), canvas.height());
            let data = pixels(canvas, 0, 0, w, h);
            let mut b: Option<(i32, i32, i32, i32)> = None;
            for (i, px) in data.chunks(4).enumerate() {
                if px[0] < 200 || px[1] < 200 || px[2] < 200 {
                    let (x, y) = ((i as u32 % w) as i32, (i as u32 / w) as i32);
                    b = Some(match b {
                        None => (x, y, x, y),
                        Some((x0, y0, x1, y1)) => (x0.min(x), y0.min(y), x1.max(x), y1.max(y)),
                    });
                }
            }
            b
        }

        /// Text drawn at an anchor fills the box measured for it (the
        /// contract the charts and the SVG tests rely on): its ink stays
        /// inside, up to a little of glyphs overhanging their em box.
        #[wasm_bindgen_test]
        fn text_is_drawn_inside_the_box_it_measures() {
            for (h, v, name) in [
                (HPos::Left, VPos::Top, "left top"),
                (HPos::Center, VPos::Center, "centre"),
                (HPos::Right, VPos::Bottom, "right bottom"),
                (HPos::Left, VPos::Bottom, "left bottom"),
                (HPos::Right, VPos::Top, "right top"),
            ] {
                let c = canvas(600, 200);
                let root = MeasuringCanvas::new(&c).expect("2d").into_drawing_area();
                root.fill(&WHITE).expect("fill");
                let style = ("sans-serif", 40.0)
                    .into_font()
                    .color(&BLACK)
                    .pos(Pos::new(h, v));
                let text = "Ag 2030 ×1.5 bn";
                let (w, ht) = root.estimate_text_size(text, &style).expect("measured");
                let (w, ht) = (w as i32, ht as i32);
                assert_eq!(ht, 40);
                let at = (300, 100);
                root.draw(&Text::new(text, at, style.clone()))
                    .expect("drawn");
                root.present().expect("presented");
                let x0 = match h {
                    HPos::Left => at.0,
                    HPos::Center => at.0 - w / 2,
                    HPos::Right => at.0 - w,
                };
                let y0 = match v {
                    VPos::Top => at.1,
                    VPos::Center => at.1 - ht / 2,
                    VPos::Bottom => at.1 - ht,
                };
                let (ix0, iy0, ix1, iy1) = ink(&c).expect("ink");
                let slack = ht / 20;
                assert!(
                    ix0 >= x0 - 2 && ix1 <= x0 + w + 2,
                    "{name}: ink x {ix0}..{ix1}, box {x0}..{}",
                    x0 + w
                );
                assert!(
                    iy0 >= y0 - slack && iy1 <= y0 + ht + slack,
                    "{name}: ink y {iy0}..{iy1}, box {y0}..{}",
                    y0 + ht
                );
                // Most of the box is used: the measure is not too big either.
                assert!(
                    ix1 - ix0 >= w * 9 / 10,
                    "{name}: ink {ix0}..{ix1}, width {w}"
                );
                assert!(
                    iy1 - iy0 >= ht * 3 / 4,
                    "{name}: ink {iy0}..{iy1}, height {ht}"
                );
            }
        }

        /// Labels drawn one after another take each its own font and
        /// colour, though the context's text state is only set on change:
        /// a measure in another font, or a filled shape, between two labels
        /// must not leak into the second.
        #[wasm_bindgen_test]
        fn each_label_has_its_own_font_and_colour() {
            let c = canvas(400, 200);
            let mut backend = MeasuringCanvas::new(&c).expect("2d");
            let at = |h| Pos::new(HPos::Left, h);
            let big_red = ("sans-serif", 60.0)
                .into_font()
                .color(&RED)
                .pos(at(VPos::Top));
            let small = TextStyle::from(("serif", 9.0).into_font());
            backend
                .draw_rect((0, 0), (400, 200), &WHITE, true)
                .expect("fill");
            backend.draw_text("MM", &big_red, (0, 0)).expect("drawn");
            // A measure in a small font, and a blue shape, in between.
            backend
                .estimate_text_size("tiny", &small)
                .expect("measured");
            backend
                .draw_rect((300, 0), (400, 200), &BLUE, true)
                .expect("fill");
            backend.draw_text("MM", &big_red, (0, 100)).expect("drawn");
            backend.present().expect("presented");
            let data = pixels(&c, 0, 100, 290, 100);
            let inked: Vec<(usize, &[u8])> = data
                .chunks(4)
                .enumerate()
                .filter(|(_, px)| px[0] < 200 || px[1] < 200 || px[2] < 200)
                .collect();
            let rows: Vec<usize> = inked.iter().map(|(i, _)| i / 290).collect();
            let height = rows
                .iter()
                .max()
                .zip(rows.iter().min())
                .map_or(0, |(a, b)| a - b);
            assert!(
                height >= 30,
                "the second label is 60 px, not 9: ink {height} px high"
            );
            assert!(
                inked.iter().all(|(_, px)| px[0] > px[2]),
                "the second label is red, not the shape's blue"
            );
        }

        /// Lines batched into one path come out as `CanvasBackend` draws
        /// them one stroke at a time (to a unit of alpha on an edge): in
        /// order under what follows them, in each one's own style, and the
        /// last ones stroked when drawing ends.
        #[wasm_bindgen_test]
        fn batched_lines_draw_what_the_plain_backend_draws() {
            fn draw<DB: DrawingBackend>(db: &mut DB) {
                let blue = Color::stroke_width(&BLUE, 2);
                let grey = Color::stroke_width(&RGBColor(200, 200, 200).mix(0.5), 1);
                for x in (0..100).step_by(10) {
                    // Dashes, as plotters sends a dashed line.
                    db.draw_line((x, 10), (x + 6, 10), &blue).expect("line");
                    db.draw_path([(x, 20), (x + 3, 24), (x + 6, 20)], &blue)
                        .expect("path");
                }
                db.draw_line((50, 0), (50, 59), &grey).expect("line");
                // Over the lines so far, under the next ones.
                db.draw_rect((40, 0), (60, 40), &RED.filled(), true)
                    .expect("rect");
                db.draw_line((0, 30), (99, 30), &grey).expect("line");
                db.draw_line((0, 50), (99, 50), &Color::stroke_width(&GREEN, 3))
                    .expect("line");
            }
            let (batched, plain) = (canvas(100, 60), canvas(100, 60));
            draw(&mut MeasuringCanvas::new(&batched).expect("2d"));
            draw(&mut CanvasBackend::with_canvas_object(plain.clone()).expect("2d"));
            let (b, p) = (
                pixels(&batched, 0, 0, 100, 60),
                pixels(&plain, 0, 0, 100, 60),
            );
            assert!(
                p.chunks(4).any(|px| px[1] > 100 && px[0] < 50),
                "no green line"
            );
            let differ: Vec<String> = b
                .chunks(4)
                .zip(p.chunks(4))
                .enumerate()
                // One path is antialiased as a whole, so an edge or a join
                // may come out some units of alpha apart (128 for 127, 255
                // for 239 inside a bend); a nearly transparent pixel's
                // colour means nothing. A line out of order or never
                // stroked is 255 apart.
                .filter(|(_, (a, b))| {
                    let solid = a[3].min(b[3]) >= 64;
                    a[3].abs_diff(b[3]) > 24
                        || (solid && a.iter().zip(*b).any(|(x, y)| x.abs_diff(*y) > 24))
                })
                .map(|(i, (a, b))| format!("({}, {}): {a:?} not {b:?}", i % 100, i / 100))
                .collect();
            assert!(
                differ.is_empty(),
                "{} pixels differ: {differ:#?}",
                differ.len()
            );
        }

        /// A repeated measure comes from the cache and equals the first.
        #[wasm_bindgen_test]
        fn measures_are_cached_per_font_and_text() {
            let c = canvas(100, 100);
            let backend = MeasuringCanvas::new(&c).expect("2d");
            let style = TextStyle::from(("sans-serif", 13.0).into_font());
            let first = backend
                .estimate_text_size("1,000 bn", &style)
                .expect("measured");
            let wider = backend
                .estimate_text_size("1,000,000 bn", &style)
                .expect("measured");
            assert!(wider.0 > first.0);
            assert!(CACHE.with(|c| {
                c.borrow_mut()
                    .get("normal 13px sans-serif\n1,000 bn")
                    .is_some()
            }));
            assert_eq!(
                backend
                    .estimate_text_size("1,000 bn", &style)
                    .expect("measured"),
                first
            );
        }
    }

    /// The font written into the buffer is the one plotters-canvas sets,
    /// whole sizes included.
    #[test]
    fn the_css_font_is_written_as_plotters_canvas_writes_it() {
        use plotters::style::{FontStyle, IntoFont, TextStyle};
        let mut out = String::from("left over");
        for tenth in 0..400 {
            let size = f64::from(tenth) / 10.0;
            for style in [FontStyle::Normal, FontStyle::Bold] {
                let font = TextStyle::from(("sans-serif", size).into_font().style(style));
                write_css_font(&font, &mut out);
                let expected = format!("{} {}px sans-serif", style.as_str(), size);
                assert_eq!(out, expected);
            }
        }
    }

    #[test]
    fn rounds_lengths_up_and_rejects_nonsense() {
        assert_eq!(ceil_px(12.01), 13);
        assert_eq!(ceil_px(12.0), 12);
        assert_eq!(ceil_px(-3.0), 0);
        assert_eq!(ceil_px(f64::NAN), 0);
        assert_eq!(ceil_px(f64::INFINITY), 0);
    }
}

//! Browser timing marks for the benchmark (`cargo xtask bench`), as User
//! Timing entries any tool can read (`performance.getEntriesByName`, a
//! DevTools trace).
//!
//! First load:
//! - `lce:drawn:<canvas id>` (mark): a [`ChartCanvas`](super::ChartCanvas)
//!   finished its first draw; `detail.drawMs` is how long that draw took.
//! - `lce:charts-drawn` (mark): every canvas mounted so far has drawn once.
//! - `lce:charts-painted` (mark): the first frame after that was painted
//!   (a `requestAnimationFrame`, then a message: the frame's paint runs
//!   between the two).
//!
//! A mark's `startTime` is milliseconds from navigation start. A canvas
//! that is hidden when the page opens (a link to a Table view) draws when
//! it is first shown, and the first-load marks wait for it.
//!
//! Each slider input ([`Slider`](super::Slider) calls [`input`] from its
//! `input` handler, with the event's `timeStamp`):
//! - `lce:input` (mark) at the event's time stamp;
//! - `lce:redraw:<canvas id>` (measure) from the input to the end of that
//!   canvas's redraw, for every canvas the input redraws;
//! - `lce:input-to-redraw` (measure) from the input to the end of the last
//!   redraw, recorded once the input's work is done (see [`InputGuard`]);
//!   `detail` holds `charts` (the ids redrawn), `renderMs` (input to the
//!   first redraw's start: Yew's render, `views::build` and the rest),
//!   `drawMs` (each canvas's own drawing time) and `piecesMs` (time spent in
//!   the pieces code marked with [`piece`] during the input, by name).
//!
//! Only the latest input's entries are kept: a new input clears the
//! previous one's, so memory stays flat however long the page is used.
//!
//! Off the browser (native tests) nothing is recorded.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Where entries go: the page's `performance`, or a fake in tests.
trait Sink {
    /// A mark at `at` (ms from the time origin) with optional numeric details.
    fn mark(&self, name: &str, at: f64, detail: &[(&str, f64)]);
    /// A measure from `start` to `end` with optional details.
    fn measure(&self, name: &str, start: f64, end: f64, detail: Option<&InputDetail>);
    /// Removes every mark and measure called `name`.
    fn clear(&self, name: &str);
}

/// What `lce:input-to-redraw` says about an input.
#[derive(Clone, Debug, PartialEq)]
struct InputDetail {
    charts: Vec<String>,
    render_ms: f64,
    draw_ms: Vec<(String, f64)>,
    pieces_ms: Vec<(&'static str, f64)>,
}

/// One canvas's redraw after an input: its id, start and end.
#[derive(Clone, Debug, PartialEq)]
struct Redraw {
    id: String,
    start: f64,
    end: f64,
}

#[derive(Clone, Debug, PartialEq)]
struct Pending {
    /// Which input this is (they are numbered from 1).
    seq: u64,
    start: f64,
    redraws: Vec<Redraw>,
    /// Time in each named piece of work, summed.
    pieces: Vec<(&'static str, f64)>,
}

/// The bookkeeping, without the browser.
#[derive(Default, Debug)]
struct Timeline {
    /// Canvases mounted, and whether each has drawn once.
    canvases: BTreeMap<String, bool>,
    /// `lce:charts-drawn` was recorded.
    all_drawn: bool,
    /// The input whose redraws are being collected.
    pending: Option<Pending>,
    /// Names of the last input's entries, cleared by the next input.
    last_input: Vec<String>,
    /// Inputs so far.
    inputs: u64,
}

const INPUT: &str = "lce:input";
const INPUT_TO_REDRAW: &str = "lce:input-to-redraw";
const CHARTS_DRAWN: &str = "lce:charts-drawn";
/// See the module docs.
pub const CHARTS_PAINTED: &str = "lce:charts-painted";

impl Timeline {
    fn mounted(&mut self, id: &str) {
        self.canvases.entry(id.to_owned()).or_insert(false);
    }

    fn unmounted(&mut self, id: &str) {
        self.canvases.remove(id);
    }

    /// A canvas drew from `start` to `end`. Returns true when this draw
    /// completes the first load (every mounted canvas has drawn).
    fn drawn(&mut self, sink: &dyn Sink, id: &str, start: f64, end: f64) -> bool {
        if let Some(p) = &mut self.pending {
            sink.measure(&format!("lce:redraw:{id}"), p.start, end, None);
            p.redraws.push(Redraw {
                id: id.to_owned(),
                start,
                end,
            });
        }
        let first = match self.canvases.get_mut(id) {
            Some(drawn) => !std::mem::replace(drawn, true),
            None => false,
        };
        if first {
            sink.mark(&format!("lce:drawn:{id}"), end, &[("drawMs", end - start)]);
        }
        if first && !self.all_drawn && self.canvases.values().all(|d| *d) {
            self.all_drawn = true;
            sink.mark(CHARTS_DRAWN, end, &[("charts", self.canvases.len() as f64)]);
            return true;
        }
        false
    }

    /// An input event stamped `at`: closes the previous input (if its work
    /// is somehow still open), clears its entries and opens a new one.
    fn input(&mut self, sink: &dyn Sink, at: f64, now: f64) {
        self.settle(sink, now);
        for name in self.last_input.drain(..) {
            sink.clear(&name);
        }
        sink.mark(INPUT, at, &[]);
        self.inputs += 1;
        self.pending = Some(Pending {
            seq: self.inputs,
            start: at,
            redraws: Vec::new(),
            pieces: Vec::new(),
        });
    }

    /// `ms` spent in `name` while an input is open.
    fn piece(&mut self, name: &'static str, ms: f64) {
        if let Some(p) = &mut self.pending {
            match p.pieces.iter_mut().find(|(n, _)| *n == name) {
                Some((_, total)) => *total += ms,
                None => p.pieces.push((name, ms)),
            }
        }
    }

    /// The open input's number, and whether it has redrawn anything yet.
    fn open(&self) -> Option<(u64, bool)> {
        self.pending
            .as_ref()
            .map(|p| (p.seq, !p.redraws.is_empty()))
    }

    /// The input's work is done: records `lce:input-to-redraw`.
    fn settle(&mut self, sink: &dyn Sink, now: f64) {
        let Some(p) = self.pending.take() else {
            return;
        };
        let end = p.redraws.iter().map(|r| r.end).fold(f64::NAN, f64::max);
        let end = if end.is_nan() { now } else { end };
        let first = p.redraws.iter().map(|r| r.start).fold(f64::NAN, f64::min);
        let detail = InputDetail {
            charts: p.redraws.iter().map(|r| r.id.clone()).collect(),
            render_ms: if first.is_nan() {
                end - p.start
            } else {
                first - p.start
            },
            draw_ms: p
                .redraws
                .iter()
                .map(|r| (r.id.clone(), r.end - r.start))
                .collect(),
            pieces_ms: p.pieces.clone(),
        };
        sink.measure(INPUT_TO_REDRAW, p.start, end, Some(&detail));
        self.last_input = vec![INPUT.to_owned(), INPUT_TO_REDRAW.to_owned()];
        let mut ids: Vec<&String> = p.redraws.iter().map(|r| &r.id).collect();
        ids.sort();
        ids.dedup();
        self.last_input
            .extend(ids.into_iter().map(|id| format!("lce:redraw:{id}")));
    }
}

thread_local! {
    static TIMELINE: RefCell<Timeline> = RefCell::new(Timeline::default());
}

/// `performance.now()`, or 0 off the browser.
pub fn now() -> f64 {
    web::now()
}

/// A chart canvas was mounted: first load waits for it to draw.
pub fn canvas_mounted(id: &str) {
    TIMELINE.with(|t| t.borrow_mut().mounted(id));
}

/// A chart canvas went away.
pub fn canvas_unmounted(id: &str) {
    TIMELINE.with(|t| t.borrow_mut().unmounted(id));
}

/// A chart canvas finished drawing; it started at `start` ([`now`]).
pub fn drawn(id: &str, start: f64) {
    if !web::ENABLED {
        return;
    }
    let end = now();
    let complete = TIMELINE.with(|t| t.borrow_mut().drawn(&web::Performance, id, start, end));
    if complete {
        web::after_next_paint(|| web::Performance.mark(CHARTS_PAINTED, now(), &[]));
    }
}

/// Counts the time since `started` ([`now`]) towards the piece of work
/// `name` of the input being handled, if any: a way to see what a redraw is
/// spent on (e.g. `views::build`), read by the benchmark from
/// `lce:input-to-redraw`'s `detail.piecesMs`.
pub fn piece(name: &'static str, started: f64) {
    if web::ENABLED {
        let ms = now() - started;
        TIMELINE.with(|t| t.borrow_mut().piece(name, ms));
    }
}

/// Records a slider input stamped `time_stamp` (the event's `timeStamp`).
/// Keep the guard until the input has been handed on: when it drops, the
/// input's work is queued behind Yew's render, and `lce:input-to-redraw`
/// is recorded once that has run (in the same turn of the event loop).
#[must_use = "the input is measured when the guard drops, after the handler's work"]
pub fn input(time_stamp: f64) -> InputGuard {
    if web::ENABLED {
        TIMELINE.with(|t| t.borrow_mut().input(&web::Performance, time_stamp, now()));
    }
    InputGuard(())
}

/// See [`input`].
pub struct InputGuard(());

impl Drop for InputGuard {
    fn drop(&mut self) {
        if web::ENABLED {
            // Yew queued its render on the same microtask queue when the
            // handler changed state, so this runs after the render and the
            // canvases' redraws.
            let seq = TIMELINE.with(|t| t.borrow().inputs);
            yew::platform::spawn_local(async move { settle_when_drawn(seq, SETTLE_RETRIES) });
        }
    }
}

/// Timer turns an input that has redrawn nothing yet is given before it is
/// recorded as redrawing nothing.
const SETTLE_RETRIES: u32 = 3;

/// Records input `seq` if it is still open. If it has redrawn nothing yet,
/// Yew may be in the middle of an earlier render that it split to yield to
/// the browser (it resumes on a zero timer): try again after a zero timer,
/// `tries` times at most.
fn settle_when_drawn(seq: u64, tries: u32) {
    let open = TIMELINE.with(|t| t.borrow().open());
    match open {
        Some((s, drew)) if s == seq => {
            if drew || tries == 0 {
                TIMELINE.with(|t| t.borrow_mut().settle(&web::Performance, now()));
            } else {
                web::after_zero_timer(move || settle_when_drawn(seq, tries - 1));
            }
        }
        // Settled already, or a newer input closed it.
        _ => {}
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::{InputDetail, Sink};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;

    pub const ENABLED: bool = true;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = performance, js_name = now)]
        fn performance_now() -> f64;
        /// `performance.mark(name, { startTime, detail })` (User Timing 3).
        #[wasm_bindgen(catch, js_namespace = performance, js_name = mark)]
        fn performance_mark(name: &str, options: &JsValue) -> Result<JsValue, JsValue>;
        /// `performance.measure(name, { start, end, detail })`.
        #[wasm_bindgen(catch, js_namespace = performance, js_name = measure)]
        fn performance_measure(name: &str, options: &JsValue) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(js_namespace = performance, js_name = clearMarks)]
        fn clear_marks(name: &str);
        #[wasm_bindgen(js_namespace = performance, js_name = clearMeasures)]
        fn clear_measures(name: &str);
    }

    pub fn now() -> f64 {
        performance_now()
    }

    fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
        let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
    }

    /// The page's (or worker's) `performance` timeline.
    pub struct Performance;

    impl Sink for Performance {
        fn mark(&self, name: &str, at: f64, detail: &[(&str, f64)]) {
            let options = js_sys::Object::new();
            set(&options, "startTime", &JsValue::from_f64(at.max(0.0)));
            if !detail.is_empty() {
                let d = js_sys::Object::new();
                for (k, v) in detail {
                    set(&d, k, &JsValue::from_f64(*v));
                }
                set(&options, "detail", &d);
            }
            let _ = performance_mark(name, &options);
        }

        fn measure(&self, name: &str, start: f64, end: f64, detail: Option<&InputDetail>) {
            let options = js_sys::Object::new();
            set(&options, "start", &JsValue::from_f64(start.max(0.0)));
            set(&options, "end", &JsValue::from_f64(end.max(start).max(0.0)));
            if let Some(d) = detail {
                let out = js_sys::Object::new();
                let charts: js_sys::Array = d.charts.iter().map(|c| JsValue::from_str(c)).collect();
                set(&out, "charts", &charts);
                set(&out, "renderMs", &JsValue::from_f64(d.render_ms));
                let draws = js_sys::Object::new();
                for (id, ms) in &d.draw_ms {
                    set(&draws, id, &JsValue::from_f64(*ms));
                }
                set(&out, "drawMs", &draws);
                let pieces = js_sys::Object::new();
                for (name, ms) in &d.pieces_ms {
                    set(&pieces, name, &JsValue::from_f64(*ms));
                }
                set(&out, "piecesMs", &pieces);
                set(&options, "detail", &out);
            }
            let _ = performance_measure(name, &options);
        }

        fn clear(&self, name: &str) {
            clear_marks(name);
            clear_measures(name);
        }
    }

    /// Calls `f` from a zero `setTimeout`, after timers already queued.
    pub fn after_zero_timer(f: impl FnOnce() + 'static) {
        let f = Closure::once_into_js(f);
        if let Some(window) = crate::ui::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
        }
    }

    /// Calls `f` once the next frame has been painted: a frame's paint
    /// follows its animation-frame callbacks, and a message posted from one
    /// is handled after it.
    pub fn after_next_paint(f: impl FnOnce() + 'static) {
        let Some(window) = crate::ui::window() else {
            return;
        };
        let Ok(channel) = web_sys::MessageChannel::new() else {
            return;
        };
        let port = channel.port1();
        let on_message = Closure::once_into_js(f);
        port.set_onmessage(Some(on_message.unchecked_ref()));
        let on_frame = Closure::once_into_js(move || {
            let _ = channel.port2().post_message(&JsValue::NULL);
        });
        let _ = window.request_animation_frame(on_frame.unchecked_ref());
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod web {
    use super::{InputDetail, Sink};

    pub const ENABLED: bool = false;

    pub fn now() -> f64 {
        0.0
    }

    pub struct Performance;

    impl Sink for Performance {
        fn mark(&self, _: &str, _: f64, _: &[(&str, f64)]) {}
        fn measure(&self, _: &str, _: f64, _: f64, _: Option<&InputDetail>) {}
        fn clear(&self, _: &str) {}
    }

    pub fn after_next_paint(_: impl FnOnce() + 'static) {}

    pub fn after_zero_timer(_: impl FnOnce() + 'static) {}
}

/// The app's WebAssembly memory in bytes (it only grows), for the
/// benchmark's memory figure. Trunk puts it on `window.wasmBindings`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn lce_wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            m.buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map(|b| f64::from(b.byte_length()))
                .unwrap_or(f64::NAN)
        })
        .unwrap_or(f64::NAN)
}

/// Mean milliseconds of one `views::build` for the article's assumptions
/// (no Monte Carlo result), over `runs` runs: the benchmark's look at the
/// part of a redraw that is not drawing.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn lce_time_views_build(runs: u32) -> f64 {
    let Ok(ds) = crate::data::Dataset::embedded() else {
        return f64::NAN;
    };
    let a = crate::views::Assumptions::article(ds);
    let runs = runs.max(1);
    let start = now();
    for _ in 0..runs {
        let _ = std::hint::black_box(crate::views::build(
            ds,
            std::hint::black_box(&a),
            None,
            &crate::locale::Locale::en(),
        ));
    }
    (now() - start) / f64::from(runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Fake(RefCell<Vec<String>>);

    impl Sink for Fake {
        fn mark(&self, name: &str, at: f64, detail: &[(&str, f64)]) {
            self.0
                .borrow_mut()
                .push(format!("mark {name} @{at} {detail:?}"));
        }
        fn measure(&self, name: &str, start: f64, end: f64, detail: Option<&InputDetail>) {
            self.0
                .borrow_mut()
                .push(format!("measure {name} {start}..{end} {detail:?}"));
        }
        fn clear(&self, name: &str) {
            self.0.borrow_mut().push(format!("clear {name}"));
        }
    }

    fn take(f: &Fake) -> Vec<String> {
        std::mem::take(&mut *f.0.borrow_mut())
    }

    #[test]
    fn first_load_completes_when_every_mounted_canvas_has_drawn() {
        let f = Fake::default();
        let mut t = Timeline::default();
        t.mounted("a");
        t.mounted("b");
        assert!(!t.drawn(&f, "a", 10.0, 12.0));
        // A second draw of the same canvas is not a first draw.
        assert!(!t.drawn(&f, "a", 13.0, 14.0));
        assert!(t.drawn(&f, "b", 15.0, 18.0));
        assert_eq!(
            take(&f),
            vec![
                r#"mark lce:drawn:a @12 [("drawMs", 2.0)]"#,
                r#"mark lce:drawn:b @18 [("drawMs", 3.0)]"#,
                r#"mark lce:charts-drawn @18 [("charts", 2.0)]"#,
            ]
        );
        // Once only, even for a canvas mounted later.
        t.mounted("c");
        assert!(!t.drawn(&f, "c", 20.0, 21.0));
    }

    #[test]
    fn an_unmounted_canvas_is_not_waited_for() {
        let f = Fake::default();
        let mut t = Timeline::default();
        t.mounted("a");
        t.mounted("gone");
        t.unmounted("gone");
        assert!(t.drawn(&f, "a", 1.0, 2.0));
    }

    #[test]
    fn an_input_measures_each_redraw_and_the_last_one() {
        let f = Fake::default();
        let mut t = Timeline::default();
        t.mounted("a");
        t.mounted("b");
        t.drawn(&f, "a", 0.0, 1.0);
        t.drawn(&f, "b", 0.0, 1.0);
        take(&f);
        t.input(&f, 100.0, 100.5);
        assert_eq!(t.open(), Some((1, false)));
        t.piece("handler", 0.5);
        t.drawn(&f, "a", 103.0, 104.0);
        assert_eq!(t.open(), Some((1, true)));
        t.piece("handler", 0.25);
        t.drawn(&f, "b", 104.0, 106.0);
        t.settle(&f, 107.0);
        let detail = InputDetail {
            charts: vec!["a".into(), "b".into()],
            render_ms: 3.0,
            draw_ms: vec![("a".into(), 1.0), ("b".into(), 2.0)],
            pieces_ms: vec![("handler", 0.75)],
        };
        assert_eq!(
            take(&f),
            vec![
                "mark lce:input @100 []".to_owned(),
                "measure lce:redraw:a 100..104 None".to_owned(),
                "measure lce:redraw:b 100..106 None".to_owned(),
                format!("measure lce:input-to-redraw 100..106 Some({detail:?})"),
            ]
        );
        assert_eq!(t.open(), None);
        // Settling twice records nothing; a draw after it is not the input's.
        t.settle(&f, 108.0);
        t.drawn(&f, "a", 109.0, 110.0);
        assert!(take(&f).is_empty());
        // The next input clears the last one's entries first.
        t.input(&f, 200.0, 200.0);
        let log = take(&f);
        assert_eq!(
            log,
            vec![
                "clear lce:input",
                "clear lce:input-to-redraw",
                "clear lce:redraw:a",
                "clear lce:redraw:b",
                "mark lce:input @200 []",
            ]
        );
    }

    #[test]
    fn an_input_that_redraws_nothing_ends_when_it_settles() {
        let f = Fake::default();
        let mut t = Timeline::default();
        t.input(&f, 5.0, 5.0);
        t.settle(&f, 7.0);
        let log = take(&f);
        assert!(
            log[1].starts_with("measure lce:input-to-redraw 5..7"),
            "{log:?}"
        );
        assert!(log[1].contains("charts: []"), "{log:?}");
        // An input still open when the next arrives is settled first.
        t.input(&f, 10.0, 10.0);
        t.drawn(&f, "x", 11.0, 12.0);
        t.input(&f, 20.0, 21.0);
        let log = take(&f);
        assert!(
            log.iter()
                .any(|l| l.starts_with("measure lce:input-to-redraw 10..12")),
            "{log:?}"
        );
        assert!(log.contains(&"clear lce:redraw:x".to_owned()), "{log:?}");
    }
}

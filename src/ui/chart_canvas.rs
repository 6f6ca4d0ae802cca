//! A canvas that draws a [`ChartSpec`] at the width of its container and at
//! the screen's pixel density, redrawing when the spec or the size changes.
//!
//! The page's Content Security Policy refuses `style` attributes, so sizes
//! and the tooltip's place are set through the CSSOM (`element.style`), and
//! text is measured by [`MeasuringCanvas`] instead of plotters' DOM probe.

use crate::charts::{self, ChartSpec, HitMap, Rect, Theme, Tip, View};
use crate::panels::PanelId;
use crate::ui::canvas_backend::MeasuringCanvas;
use crate::ui::prefs::{Prefs, use_prefs};
use crate::ui::timing;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{CssStyleDeclaration, Element, HtmlCanvasElement, HtmlElement, ResizeObserver};
use yew::prelude::*;

/// Props of [`ChartCanvas`].
#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    /// The canvas element's id.
    pub id: AttrValue,
    pub spec: Rc<ChartSpec>,
    /// Accessible name of the chart (the canvas has role "img").
    pub label: AttrValue,
    /// The id of the element holding the chart's description.
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    /// The reader's scale and hidden series.
    #[prop_or_default]
    pub view: View,
    /// Height as a fraction of the width, within `min_height..=max_height` CSS px.
    #[prop_or(0.6)]
    pub aspect: f64,
    #[prop_or(260.0)]
    pub min_height: f64,
    #[prop_or(440.0)]
    pub max_height: f64,
    /// The registry panel this canvas draws, when it is one: it then draws
    /// a change as soon as the store has it ([`use_live`]).
    #[prop_or_default]
    pub live: Option<PanelId>,
}

/// Size of the drawing in CSS pixels, and the device pixel ratio.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
struct Size {
    width: f64,
    height: f64,
    dpr: f64,
}

/// Keeps a ResizeObserver and its callback alive; disconnects when dropped.
pub(super) struct SizeObserver {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl SizeObserver {
    pub(super) fn new(target: &Element, on_resize: impl FnMut() + 'static) -> Option<Self> {
        let callback = Closure::<dyn FnMut()>::new(on_resize);
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(target);
        Some(SizeObserver {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for SizeObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Draws `spec` on `canvas` at the canvas's current backing-store size in
/// `theme` (sizes in CSS pixels times its scale) with the reader's `view`.
/// Where its marks are is left to [`marks_on_canvas`], on demand.
pub fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    theme: &Theme,
    view: &View,
) -> Result<(), String> {
    let mut backend = MeasuringCanvas::new(canvas)
        .ok_or_else(|| "this browser gives no 2D canvas".to_string())?;
    charts::draw_view_on(spec, &mut backend, theme, view, HitMap::unrecorded())
        .map(drop)
        .map_err(|e| e.to_string())
}

/// Where the marks of `spec` drawn as [`draw_on_canvas`] draws it are: the
/// same chart code run on a backend that only measures, so the canvas is
/// not painted again. Empty if the chart cannot be drawn (the drawing
/// reported why).
pub fn marks_on_canvas(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    theme: &Theme,
    view: &View,
) -> HitMap {
    MeasuringCanvas::measuring(canvas)
        .and_then(|mut backend| {
            charts::draw_view_on(spec, &mut backend, theme, view, HitMap::default()).ok()
        })
        .unwrap_or_default()
}

/// Sets a CSS property through the CSSOM (allowed by the page's CSP, which
/// refuses `style` attributes).
fn set_css(style: &CssStyleDeclaration, property: &str, value: &str) -> Result<(), String> {
    style
        .set_property(property, value)
        .map_err(|_| format!("cannot set {property}"))
}

/// Draws at size `s`; `resized` says the canvas's CSS size differs from
/// `s` (set through the CSSOM only then: each set is parsed as CSS, a
/// twentieth of a redraw when done every time).
fn paint(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    s: Size,
    resized: bool,
    theme: &Theme,
    view: &View,
) -> Result<(), String> {
    let width = (s.width * s.dpr).round().max(1.0) as u32;
    let height = (s.height * s.dpr).round().max(1.0) as u32;
    // Setting the size clears the canvas, so only do it when it changes.
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    if resized {
        let style = canvas.style();
        set_css(&style, "width", &format!("{}px", s.width))?;
        set_css(&style, "height", &format!("{}px", s.height))?;
    }
    draw_on_canvas(canvas, spec, theme, view)
}

/// Where the tooltip goes beside the pointer at (`x`, `y`) in a frame
/// `width` wide: its `left` or `right` (flipped in the right half so it stays
/// inside the chart) and its `top`, in CSS px; the other side is unset.
fn tip_place(x: f64, y: f64, width: f64) -> [(&'static str, Option<f64>); 3] {
    let top = (y + 14.0).max(0.0);
    if x > width / 2.0 {
        [
            ("left", None),
            ("right", Some((width - x + 14.0).max(0.0))),
            ("top", Some(top)),
        ]
    } else {
        [
            ("left", Some(x + 14.0)),
            ("right", None),
            ("top", Some(top)),
        ]
    }
}

/// Moves the tooltip element (see [`tip_place`]). Setting a property of an
/// element's own style cannot fail, so errors are ignored.
fn place_tip(tip: &HtmlElement, x: f64, y: f64, width: f64) {
    let style = tip.style();
    for (property, px) in tip_place(x, y, width) {
        match px {
            Some(px) => {
                let _ = style.set_property(property, &format!("{px}px"));
            }
            None => {
                let _ = style.remove_property(property);
            }
        }
    }
}

/// The drawing's size for a probe `width` CSS px wide (height by `aspect`
/// within `min_h..=max_h`), at the screen's pixel density; none while the
/// probe has no width (not laid out, or hidden).
fn size_for(width: f64, aspect: f64, min_h: f64, max_h: f64) -> Option<Size> {
    let dpr = crate::ui::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|d| d.is_finite() && *d > 0.0)
        .unwrap_or(1.0);
    (width > 0.0).then(|| Size {
        width,
        height: super::prerender::height_for(width, aspect, min_h, max_h),
        dpr,
    })
}

/// The drawing's size: `probe`, a zero-height block across the frame, is
/// measured as it mounts and then observed, and its width gives the size.
/// The canvas's own height cannot change the probe's width; watching the
/// frame, which the canvas's height resizes, makes every first draw a
/// ResizeObserver loop, reported to the page as an error event.
///
/// Measuring at mount (one layout, which the first draw needs anyway) lets
/// the first draw happen without waiting for the observer's first report,
/// which comes only with the next rendering update.
#[hook]
fn use_size(probe: NodeRef, aspect: f64, min_h: f64, max_h: f64) -> UseStateHandle<Size> {
    let size = use_state(Size::default);
    {
        let size = size.clone();
        use_effect_with((), move |_| {
            let observer = probe.cast::<Element>().and_then(|el| {
                let target = el.clone();
                // What the probe measured at mount and how often the
                // observer reported, for a test's report of a chart never
                // drawn (both are its only ways to learn its width).
                let _ = el.set_attribute("data-at-mount", &el.client_width().to_string());
                let mut last = size_for(f64::from(el.client_width()), aspect, min_h, max_h);
                if let Some(now) = last {
                    size.set(now);
                }
                let mut reports = 0u32;
                SizeObserver::new(&el, move || {
                    reports += 1;
                    let _ = target.set_attribute("data-reports", &reports.to_string());
                    let next = size_for(f64::from(target.client_width()), aspect, min_h, max_h);
                    if let Some(next) = next
                        && last != Some(next)
                    {
                        last = Some(next);
                        size.set(next);
                    }
                })
            });
            move || drop(observer)
        });
    }
    size
}

/// What a drawing shows: the spec, the size, the reader's view, dark or
/// light, and the language.
type DrawKey = (Rc<ChartSpec>, Size, View, bool, crate::locale::Locale);

/// What the last drawing left for pointer look-ups: what the canvas shows
/// and where its marks are, found on demand.
///
/// Drawing records no marks: formatting every tip was a fifth of a slider
/// step's drawing, for a pointer that is rarely there. The first look-up
/// after a drawing runs the chart again on a backend that only measures
/// ([`marks_on_canvas`]), about one drawing's time once.
#[derive(Clone)]
struct Drawn {
    canvas: NodeRef,
    /// What the canvas shows now (spec, size, view, theme, language): drawn
    /// again only when that differs, which is what coming near checks.
    shown: Rc<RefCell<Option<DrawKey>>>,
    /// The marks of what is shown, once looked up.
    hits: Rc<RefCell<HitMap>>,
    /// Whether `hits` belongs to an earlier drawing.
    stale: Rc<RefCell<bool>>,
}

impl Drawn {
    /// The device pixel ratio the canvas was drawn at.
    fn dpr(&self) -> f64 {
        self.shown.borrow().as_ref().map_or(1.0, |k| k.1.dpr)
    }

    /// The shown chart's marks, found now if not yet.
    fn hits(&self) -> std::cell::Ref<'_, HitMap> {
        if self.stale.replace(false) {
            let found = match (
                self.canvas.cast::<HtmlCanvasElement>(),
                &*self.shown.borrow(),
            ) {
                (Some(c), Some((spec, s, view, dark, locale))) => {
                    let theme = Theme::for_page(s.dpr, *dark, locale.clone());
                    marks_on_canvas(&c, spec, &theme, view)
                }
                _ => HitMap::default(),
            };
            *self.hits.borrow_mut() = found;
        }
        self.hits.borrow()
    }
}

/// What drawing needs, shared by the render's effect and the store's early
/// listener ([`use_live`]): the canvas and what it shows now (in
/// [`Drawn`]), its draw count and its error.
#[derive(Clone)]
struct Painter {
    draws: Rc<RefCell<u64>>,
    drawn: Drawn,
    error: UseStateHandle<Option<String>>,
    /// Drawn by the early listener: what a still pointer is over is looked
    /// up again when the page renders.
    relook: Rc<RefCell<bool>>,
}

impl Painter {
    /// Draws `key` unless the canvas shows it already (or is not in the
    /// page); returns whether it drew.
    fn draw(&self, key: DrawKey) -> bool {
        if self.drawn.shown.borrow().as_ref() == Some(&key) {
            return false;
        }
        let Some(c) = self.drawn.canvas.cast::<HtmlCanvasElement>() else {
            return false;
        };
        let (spec, s, view, dark, locale) = &key;
        let started = timing::now();
        let theme = Theme::for_page(s.dpr, *dark, locale.clone());
        let resized = self.drawn.shown.borrow().as_ref().map(|k| k.1) != Some(*s);
        let result = paint(&c, spec, *s, resized, &theme, view);
        *self.drawn.shown.borrow_mut() = Some(key);
        self.drawn.stale.replace(true);
        timing::drawn(&c.id(), started);
        let mut n = self.draws.borrow_mut();
        *n += 1;
        let _ = c.set_attribute("data-draws", &n.to_string());
        if let Err(e) = &result {
            gloo::console::error!(format!("drawing {} failed: {e}", c.id()));
        }
        if *self.error != result.clone().err() {
            self.error.set(result.err());
        }
        true
    }
}

/// Draws the spec whenever it, the size, the view, the theme or the
/// language changes, while the canvas is `near` the screen; a change made
/// while it is far is drawn when it comes near ([`use_near`]), so a slider
/// step redraws only the charts around it. Counts draws in `data-draws`,
/// keeps the error (shown under the chart) and looks up again what a still
/// pointer is over.
#[hook]
fn use_draw(
    p: &ChartCanvasProps,
    canvas: NodeRef,
    size: Size,
    near: bool,
    hover: UseStateHandle<Option<Hover>>,
    prefs: &Prefs,
) -> (Drawn, UseStateHandle<Option<String>>) {
    let error = use_state(|| None::<String>);
    let painter = Painter {
        draws: use_mut_ref(|| 0u64),
        drawn: Drawn {
            canvas,
            shown: use_mut_ref(|| None::<DrawKey>),
            hits: use_mut_ref(HitMap::default),
            stale: use_mut_ref(|| false),
        },
        error: error.clone(),
        relook: use_mut_ref(|| false),
    };
    use_live(p.live, &painter, size, near, p.view.clone(), prefs);
    {
        let painter = painter.clone();
        let deps = (
            p.spec.clone(),
            size,
            p.view.clone(),
            prefs.dark,
            prefs.locale.clone(),
            near,
        );
        use_effect_with(deps, move |(spec, s, view, dark, locale, near)| {
            // Far off screen (or in a hidden tab) a change waits until the
            // canvas comes near; every chart still draws once as it opens.
            if (!*near && painter.drawn.shown.borrow().is_some()) || s.width <= 0.0 {
                // Why it waits (kept after a later draw: the last reason
                // it held one back), for a test's report of a chart never
                // drawn.
                if let Some(c) = painter.drawn.canvas.cast::<Element>() {
                    let _ =
                        c.set_attribute("data-wait", if s.width <= 0.0 { "width" } else { "far" });
                }
                return;
            }
            let key = (spec.clone(), *s, view.clone(), *dark, locale.clone());
            if !painter.draw(key) && !painter.relook.replace(false) {
                return;
            }
            // What is under a still pointer (or the keyboard's year) may
            // have moved, changed or gone: look it up again.
            if let Some(h) = &*hover {
                let hits = painter.drawn.hits();
                let next = match h.column.filter(|_| h.keyboard) {
                    Some(i) => column_hover(&hits, i, s.dpr),
                    None => hover_at(&hits, (h.x, h.y), s.dpr),
                };
                if next.as_ref() != Some(h) {
                    hover.set(next);
                }
            }
        });
    }
    (painter.drawn, error)
}

/// What the canvas was last rendered with, for the early listener: size,
/// view, dark or light, language, and whether it is near the screen.
type Current = (Size, View, bool, crate::locale::Locale, bool);

/// For a chart of the registry (`live`), draws its panel's new spec as soon
/// as the store changes ([`StoreRef::subscribe_early`](super::store::StoreRef::subscribe_early)),
/// before the page re-renders, when the canvas is near the screen and has
/// drawn once. The render that follows brings the same spec, which the
/// canvas already shows, so it does not draw it again. A slider step thus
/// costs its panel's build and the drawing before anything else.
#[hook]
fn use_live(
    live: Option<PanelId>,
    painter: &Painter,
    size: Size,
    near: bool,
    view: View,
    prefs: &Prefs,
) {
    let current = use_mut_ref(|| None::<Current>);
    *current.borrow_mut() = Some((size, view, prefs.dark, prefs.locale.clone(), near));
    let store = super::store::use_store();
    let painter = painter.clone();
    use_effect_with((store, live), move |(store, live)| {
        let subscription = live.map(|id| {
            store.subscribe_early(Rc::new(move |state: &super::store::State| {
                let Some((size, view, dark, locale, true)) = current.borrow().clone() else {
                    return;
                };
                if size.width <= 0.0 || painter.drawn.shown.borrow().is_none() {
                    return;
                }
                let Some(panel) = state.panel(id) else {
                    return;
                };
                let spec = Rc::new(panel.spec.clone());
                if painter.draw((spec, size, view, dark, locale)) {
                    *painter.relook.borrow_mut() = true;
                }
            }))
        });
        move || drop(subscription)
    });
}

/// The canvas's pointer, key and blur handlers.
struct Handlers {
    point: Callback<PointerEvent>,
    leave: Callback<PointerEvent>,
    key: Callback<KeyboardEvent>,
    blur: Callback<FocusEvent>,
}

impl Handlers {
    fn new(drawn: &Drawn, hover: &UseStateHandle<Option<Hover>>) -> Self {
        // Pointer or finger over the chart: the crosshair at the nearest year
        // (time charts) and the mark's tooltip; moving never redraws.
        let point = {
            let drawn = drawn.clone();
            let hover = hover.clone();
            Callback::from(move |e: PointerEvent| {
                let (x, y) = (f64::from(e.offset_x()), f64::from(e.offset_y()));
                let next = hover_at(&drawn.hits(), (x, y), drawn.dpr());
                if *hover != next {
                    hover.set(next);
                }
            })
        };
        // A finger lifting also "leaves": keep the tip until the next tap.
        let leave = {
            let hover = hover.clone();
            Callback::from(move |e: PointerEvent| {
                if e.pointer_type() != "touch" && hover.is_some() {
                    hover.set(None);
                }
            })
        };
        let blur = {
            let hover = hover.clone();
            Callback::from(move |_: FocusEvent| {
                if hover.as_ref().is_some_and(|h| h.keyboard) {
                    hover.set(None);
                }
            })
        };
        Handlers {
            point,
            leave,
            key: on_key(drawn.clone(), hover.clone()),
            blur,
        }
    }
}

/// Arrow keys move the crosshair year by year; Escape hides it.
fn on_key(drawn: Drawn, hover: UseStateHandle<Option<Hover>>) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let hits = drawn.hits();
        let n = hits.columns().len();
        if n == 0 {
            return;
        }
        let current = hover.as_ref().and_then(|h| h.column);
        let next = match (e.key().as_str(), current) {
            ("Escape", _) => {
                hover.set(None);
                return;
            }
            ("ArrowRight", Some(i)) => (i + 1).min(n - 1),
            ("ArrowLeft", Some(i)) => i.saturating_sub(1),
            ("ArrowRight" | "ArrowLeft" | "Home", None) | ("Home", _) => 0,
            ("End", _) => n - 1,
            _ => return,
        };
        e.prevent_default();
        let k = drawn.dpr();
        hover.set(column_hover(&hits, next, k));
    })
}

/// The overlays' elements: tooltip, crosshair and highlight.
#[derive(Clone)]
struct Overlays {
    tip: NodeRef,
    cross: NodeRef,
    mark: NodeRef,
}

/// Positions the tooltip, crosshair and highlight after they render (before
/// the frame is painted), through the CSSOM.
#[hook]
fn use_place_overlays(o: Overlays, hover: Option<Hover>, width: f64) {
    use_effect_with((hover, width), move |(h, width)| {
        if let Some(h) = h {
            if let Some(el) = o.tip.cast::<HtmlElement>() {
                place_tip(&el, h.x, h.y, *width);
            }
            if let (Some(el), Some(c)) = (o.cross.cast::<HtmlElement>(), h.cross) {
                place_box(&el, c);
            }
            if let (Some(el), Some(m)) = (o.mark.cast::<HtmlElement>(), h.mark) {
                place_box(&el, m);
            }
        }
    });
}

/// The tooltip: the crosshair year's readout and/or the mark's tip.
fn tip_html(h: &Hover, id: String, tip_ref: NodeRef) -> Html {
    let rows = h.rows.iter().map(|(name, value)| {
        html! {
            <li><span class="tip-series">{ name.clone() }</span>{ ": " }<span class="tip-row-value">{ value.clone() }</span></li>
        }
    });
    html! {
        <div class="chart-tip" {id} role="status" ref={tip_ref}>
            if let Some(title) = &h.title {
                <strong class="tip-year">{ title.clone() }</strong>
            }
            if !h.rows.is_empty() {
                <ul class="tip-rows">{ for rows }</ul>
            }
            if let Some(t) = &h.tip {
                <strong class="tip-title">{ t.title.clone() }</strong>
                <span class="tip-value">{ t.value.clone() }</span>
                <span class="tip-period">{ t.period.clone() }</span>
                <span class="tip-source">{ t.source.clone() }</span>
            }
        </div>
    }
}

/// See the module docs. The canvas carries `data-draws` (how many times it
/// has been drawn) so tests can wait for a redraw instead of sleeping.
#[function_component(ChartCanvas)]
pub fn chart_canvas(p: &ChartCanvasProps) -> Html {
    let width_probe = use_node_ref();
    let canvas = use_node_ref();
    let size = use_size(width_probe.clone(), p.aspect, p.min_height, p.max_height);
    // What the pointer (or the keyboard) is over, and where.
    let hover = use_state(|| None::<Hover>);
    let overlays = Overlays {
        tip: use_node_ref(),
        cross: use_node_ref(),
        mark: use_node_ref(),
    };
    let prefs = use_prefs();

    // Benchmark marks (first load, input to redraw): see `timing`.
    use_effect_with(p.id.clone(), |id| {
        timing::canvas_mounted(id);
        let id = id.clone();
        move || timing::canvas_unmounted(&id)
    });
    let near = super::near::use_near(canvas.clone());
    let (drawn, error) = use_draw(p, canvas.clone(), *size, near, hover.clone(), &prefs);
    let on = Handlers::new(&drawn, &hover);
    use_place_overlays(overlays.clone(), (*hover).clone(), size.width);
    let locale = &prefs.locale;
    if let Some(pre) = use_context::<super::prerender::Prerender>() {
        return prerendered(p, &pre, locale);
    }
    let tip = hover
        .as_ref()
        .filter(|h| h.tip.is_some() || !h.rows.is_empty())
        .map(|h| tip_html(h, format!("{}-tip", p.id), overlays.tip.clone()));
    html! {
        <div class="chart-frame">
            <div class="chart-width" ref={width_probe} aria-hidden="true"></div>
            <canvas id={p.id.clone()} ref={canvas} role="img" aria-label={p.label.clone()}
                aria-describedby={p.described_by.clone()} tabindex="0" data-draws="0"
                onpointermove={on.point.clone()} onpointerdown={on.point} onpointerleave={on.leave}
                onkeydown={on.key} onblur={on.blur}></canvas>
            if hover.as_ref().is_some_and(|h| h.cross.is_some()) {
                <div class="chart-crosshair" id={format!("{}-crosshair", p.id)} aria-hidden="true" ref={overlays.cross.clone()}></div>
            }
            if hover.as_ref().is_some_and(|h| h.mark.is_some()) {
                <div class="chart-highlight" id={format!("{}-highlight", p.id)} aria-hidden="true" ref={overlays.mark.clone()}></div>
            }
            { tip.unwrap_or_default() }
            if error.is_some() {
                <p class="chart-error" role="alert">{ locale.tr("This chart could not be drawn, but its numbers are still listed under Table and Sources.") }</p>
            }
        </div>
    }
}

/// The chart as `cargo xtask dist` prerenders it: SVG at each of
/// [`prerender::WIDTHS`](super::prerender::WIDTHS), where the canvas will
/// be, in a box of the canvas's size (`.pre-box` and `.pre-aspect-*` in the
/// stylesheet, which know the default `min_height` and `max_height`), so the
/// page keeps its layout when the app takes over.
fn prerendered(
    p: &ChartCanvasProps,
    pre: &super::prerender::Prerender,
    locale: &crate::locale::Locale,
) -> Html {
    let size = |w: u32| {
        let h = super::prerender::height_for(f64::from(w), p.aspect, p.min_height, p.max_height);
        (w, h.round() as u32)
    };
    let [narrow, wide] = super::prerender::WIDTHS;
    let markup = (pre.0)(&super::prerender::PreChart {
        id: &p.id,
        spec: &p.spec,
        view: &p.view,
        locale,
        sizes: [size(narrow), size(wide)],
        lead: p
            .live
            .is_some_and(|id| id.slot() == crate::panels::Slot::Lead),
    });
    html! {
        <div class="chart-frame chart-pre">
            <div id={p.id.clone()} class={classes!("pre-box", format!("pre-aspect-{}", (p.aspect * 100.0).round()))}
                role="img" aria-label={p.label.clone()} aria-describedby={p.described_by.clone()}>
                { Html::from_html_unchecked(markup.into()) }
            </div>
        </div>
    }
}

/// What the pointer or keyboard points at: a year's crosshair with every
/// shown series' value, and/or a mark with its tooltip and highlight; all
/// positions in CSS px within the frame.
#[derive(Clone, Debug, PartialEq)]
struct Hover {
    /// Where the tooltip is anchored.
    x: f64,
    y: f64,
    tip: Option<Tip>,
    /// The crosshair column's index, title and readout.
    column: Option<usize>,
    title: Option<String>,
    rows: Vec<(String, String)>,
    /// The crosshair's box (a line: zero width).
    cross: Option<CssBox>,
    /// The highlighted mark's box (bar and dot charts).
    mark: Option<CssBox>,
    /// Moved by arrow keys (hidden again on blur).
    keyboard: bool,
}

/// A box in CSS px: left, top, width, height.
#[derive(Clone, Copy, Debug, PartialEq)]
struct CssBox(f64, f64, f64, f64);

impl CssBox {
    fn of(r: Rect, k: f64) -> Self {
        CssBox(
            f64::from(r.x0) / k,
            f64::from(r.y0) / k,
            f64::from(r.x1 - r.x0) / k,
            f64::from(r.y1 - r.y0) / k,
        )
    }
}

/// What is under the pointer at `(x, y)` CSS px, `k` backing-store pixels
/// per CSS px.
fn hover_at(hits: &HitMap, (x, y): (f64, f64), k: f64) -> Option<Hover> {
    let k = if k > 0.0 { k } else { 1.0 };
    let p = ((x * k).round() as i32, (y * k).round() as i32);
    let tip = hits.at(p).cloned();
    match hits.column_at(p) {
        Some(i) => column_hover(hits, i, k).map(|h| Hover {
            x,
            y,
            tip,
            keyboard: false,
            ..h
        }),
        None => {
            let mark = hits.mark_at(p).map(|m| CssBox::of(m.area, k));
            tip.map(|tip| Hover {
                x,
                y,
                tip: Some(tip),
                column: None,
                title: None,
                rows: Vec::new(),
                cross: None,
                mark,
                keyboard: false,
            })
        }
    }
}

/// The crosshair at column `i`, its readout anchored at the plot's top.
fn column_hover(hits: &HitMap, i: usize, k: f64) -> Option<Hover> {
    let c = hits.columns().get(i)?;
    let r = Rect {
        x0: c.x,
        y0: c.y.0,
        x1: c.x,
        y1: c.y.1,
    };
    let cross = CssBox::of(r, k);
    Some(Hover {
        x: cross.0,
        y: cross.1,
        tip: None,
        column: Some(i),
        title: Some(c.title.clone()),
        rows: c.rows.clone(),
        cross: Some(cross),
        mark: None,
        keyboard: true,
    })
}

/// Places an overlay element over box `b` through the CSSOM. Setting a
/// property of an element's own style cannot fail, so errors are ignored.
fn place_box(el: &HtmlElement, b: CssBox) {
    let style = el.style();
    for (property, v) in [("left", b.0), ("top", b.1), ("width", b.2), ("height", b.3)] {
        let _ = style.set_property(property, &format!("{v}px"));
    }
}

#[cfg(test)]
mod tests {
    use super::tip_place;

    #[test]
    fn the_tip_sits_beside_the_pointer_and_flips_in_the_right_half() {
        assert_eq!(
            tip_place(100.0, 50.0, 800.0),
            [("left", Some(114.0)), ("right", None), ("top", Some(64.0))]
        );
        assert_eq!(
            tip_place(700.0, -30.0, 800.0),
            [("left", None), ("right", Some(114.0)), ("top", Some(0.0))]
        );
    }
}

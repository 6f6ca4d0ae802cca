//! A canvas that draws a [`ChartSpec`] at the width of its container and at
//! the screen's pixel density, redrawing when the spec or the size changes.
//!
//! The page's Content Security Policy refuses `style` attributes, so sizes
//! and the tooltip's place are set through the CSSOM (`element.style`), and
//! text is measured by [`MeasuringCanvas`] instead of plotters' DOM probe.

use crate::charts::{self, ChartSpec, HitMap, Theme, Tip};
use crate::ui::canvas_backend::MeasuringCanvas;
use crate::ui::timing;
use plotters::prelude::IntoDrawingArea;
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
    /// Height as a fraction of the width, within `min_height..=max_height` CSS px.
    #[prop_or(0.6)]
    pub aspect: f64,
    #[prop_or(260.0)]
    pub min_height: f64,
    #[prop_or(440.0)]
    pub max_height: f64,
}

/// Size of the drawing in CSS pixels, and the device pixel ratio.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
struct Size {
    width: f64,
    height: f64,
    dpr: f64,
}

/// Keeps a ResizeObserver and its callback alive; disconnects when dropped.
struct SizeObserver {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl SizeObserver {
    fn new(target: &Element, on_resize: impl FnMut() + 'static) -> Option<Self> {
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

/// Draws `spec` on `canvas` at the canvas's current backing-store size,
/// with sizes in CSS pixels times `scale` ([`Theme::light`]), and returns
/// where its marks are. The canvas need not be on the page (the PNG export
/// draws into one that never is).
pub fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    scale: f64,
) -> Result<HitMap, String> {
    let backend = MeasuringCanvas::new(canvas)
        .ok_or_else(|| "this browser gives no 2D canvas".to_string())?;
    let root = backend.into_drawing_area();
    charts::draw(spec, &root, &Theme::light(scale)).map_err(|e| e.to_string())
}

/// Sets a CSS property through the CSSOM (allowed by the page's CSP, which
/// refuses `style` attributes).
fn set_css(style: &CssStyleDeclaration, property: &str, value: &str) -> Result<(), String> {
    style
        .set_property(property, value)
        .map_err(|_| format!("cannot set {property}"))
}

fn paint(canvas: &HtmlCanvasElement, spec: &ChartSpec, s: Size) -> Result<HitMap, String> {
    let width = (s.width * s.dpr).round().max(1.0) as u32;
    let height = (s.height * s.dpr).round().max(1.0) as u32;
    // Setting the size clears the canvas, so only do it when it changes.
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    let style = canvas.style();
    set_css(&style, "width", &format!("{}px", s.width))?;
    set_css(&style, "height", &format!("{}px", s.height))?;
    draw_on_canvas(canvas, spec, s.dpr)
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

/// See the module docs. The canvas carries `data-draws` (how many times it
/// has been drawn) so tests can wait for a redraw instead of sleeping.
#[function_component(ChartCanvas)]
pub fn chart_canvas(p: &ChartCanvasProps) -> Html {
    // A zero-height block across the frame: the observer watches its width,
    // which the canvas's own height cannot change. (Watching the frame, which
    // the canvas's height resizes, makes every first draw a ResizeObserver
    // loop, reported to the page as an error event.)
    let width_probe = use_node_ref();
    let canvas = use_node_ref();
    let size = use_state(Size::default);
    let error = use_state(|| None::<String>);
    let draws = use_mut_ref(|| 0u64);
    let hits = use_mut_ref(HitMap::default);
    let dpr = use_mut_ref(|| 1.0f64);
    // The tooltip shown and where (CSS px within the frame).
    let tip = use_state(|| None::<(Tip, f64, f64)>);
    let tip_ref = use_node_ref();

    {
        let frame = width_probe.clone();
        let size = size.clone();
        let (aspect, min_h, max_h) = (p.aspect, p.min_height, p.max_height);
        use_effect_with((), move |_| {
            let observer = frame.cast::<Element>().and_then(|el| {
                let target = el.clone();
                let mut last = Size::default();
                SizeObserver::new(&el, move || {
                    let width = f64::from(target.client_width());
                    let dpr = web_sys::window()
                        .map(|w| w.device_pixel_ratio())
                        .filter(|d| d.is_finite() && *d > 0.0)
                        .unwrap_or(1.0);
                    let next = Size {
                        width,
                        height: (width * aspect).clamp(min_h, max_h),
                        dpr,
                    };
                    if last != next && width > 0.0 {
                        last = next;
                        size.set(next);
                    }
                })
            });
            move || drop(observer)
        });
    }

    // Benchmark marks (first load, input to redraw): see `timing`.
    use_effect_with(p.id.clone(), |id| {
        timing::canvas_mounted(id);
        let id = id.clone();
        move || timing::canvas_unmounted(&id)
    });

    {
        let canvas = canvas.clone();
        let error = error.clone();
        let hits = hits.clone();
        let dpr = dpr.clone();
        use_effect_with((p.spec.clone(), *size), move |(spec, s)| {
            if s.width > 0.0
                && let Some(c) = canvas.cast::<HtmlCanvasElement>()
            {
                let started = timing::now();
                let result = paint(&c, spec, *s).map(|h| {
                    *hits.borrow_mut() = h;
                    *dpr.borrow_mut() = s.dpr;
                });
                timing::drawn(&c.id(), started);
                let mut n = draws.borrow_mut();
                *n += 1;
                let _ = c.set_attribute("data-draws", &n.to_string());
                if let Err(e) = &result {
                    gloo::console::error!(format!("drawing {} failed: {e}", c.id()));
                }
                if *error != result.clone().err() {
                    error.set(result.err());
                }
            }
        });
    }

    // Pointer or finger over a mark: show its tooltip; moving never redraws.
    let on_point = {
        let hits = hits.clone();
        let dpr = dpr.clone();
        let tip = tip.clone();
        Callback::from(move |e: PointerEvent| {
            let (x, y) = (f64::from(e.offset_x()), f64::from(e.offset_y()));
            let k = *dpr.borrow();
            let found = hits
                .borrow()
                .at(((x * k).round() as i32, (y * k).round() as i32))
                .cloned();
            match found {
                Some(t) => tip.set(Some((t, x, y))),
                None if tip.is_some() => tip.set(None),
                None => {}
            }
        })
    };
    // A finger lifting also "leaves": keep the tip until the next tap.
    let on_leave = {
        let tip = tip.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                tip.set(None);
            }
        })
    };
    // Position the tooltip after it renders (before the frame is painted).
    {
        let tip_ref = tip_ref.clone();
        let at = tip.as_ref().map(|(_, x, y)| (*x, *y));
        use_effect_with((at, size.width), move |(at, width)| {
            if let (Some((x, y)), Some(el)) = (at, tip_ref.cast::<HtmlElement>()) {
                place_tip(&el, *x, *y, *width);
            }
        });
    }
    let tip_id = format!("{}-tip", p.id);
    html! {
        <div class="chart-frame">
            <div class="chart-width" ref={width_probe} aria-hidden="true"></div>
            <canvas id={p.id.clone()} ref={canvas} role="img" aria-label={p.label.clone()} data-draws="0"
                onpointermove={on_point.clone()} onpointerdown={on_point} onpointerleave={on_leave}></canvas>
            if let Some((t, _, _)) = &*tip {
                <div class="chart-tip" id={tip_id} role="status" ref={tip_ref}>
                    <strong class="tip-title">{ t.title.clone() }</strong>
                    <span class="tip-value">{ t.value.clone() }</span>
                    <span class="tip-period">{ t.period.clone() }</span>
                    <span class="tip-source">{ t.source.clone() }</span>
                </div>
            }
            if let Some(e) = &*error {
                <p class="chart-error" role="alert">{ format!("This chart could not be drawn ({e}). The numbers are still listed under Sources.") }</p>
            }
        </div>
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

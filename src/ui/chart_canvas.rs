//! A canvas that draws a [`ChartSpec`] at the width of its container and at
//! the screen's pixel density, redrawing when the spec or the size changes.

use crate::charts::{self, ChartSpec, HitMap, Theme, Tip};
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, HtmlCanvasElement, ResizeObserver};
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
    canvas
        .set_attribute(
            "style",
            &format!("width:{}px;height:{}px", s.width, s.height),
        )
        .map_err(|_| "cannot size the canvas".to_string())?;
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "this browser gives no 2D canvas".to_string())?;
    let root = backend.into_drawing_area();
    charts::draw(spec, &root, &Theme::light(s.dpr)).map_err(|e| e.to_string())
}

/// Places the tooltip beside the pointer, flipping left in the right half
/// so it stays inside the chart.
fn tip_style(x: f64, y: f64, width: f64) -> String {
    let top = (y + 14.0).max(0.0);
    if x > width / 2.0 {
        format!("right:{}px;top:{top}px", (width - x + 14.0).max(0.0))
    } else {
        format!("left:{}px;top:{top}px", x + 14.0)
    }
}

/// See the module docs. The canvas carries `data-draws` (how many times it
/// has been drawn) so tests can wait for a redraw instead of sleeping.
#[function_component(ChartCanvas)]
pub fn chart_canvas(p: &ChartCanvasProps) -> Html {
    let frame = use_node_ref();
    let canvas = use_node_ref();
    let size = use_state(Size::default);
    let error = use_state(|| None::<String>);
    let draws = use_mut_ref(|| 0u64);
    let hits = use_mut_ref(HitMap::default);
    let dpr = use_mut_ref(|| 1.0f64);
    // The tooltip shown and where (CSS px within the frame).
    let tip = use_state(|| None::<(Tip, f64, f64)>);

    {
        let frame = frame.clone();
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

    {
        let canvas = canvas.clone();
        let error = error.clone();
        let hits = hits.clone();
        let dpr = dpr.clone();
        use_effect_with((p.spec.clone(), *size), move |(spec, s)| {
            if s.width > 0.0
                && let Some(c) = canvas.cast::<HtmlCanvasElement>()
            {
                let result = paint(&c, spec, *s).map(|h| {
                    *hits.borrow_mut() = h;
                    *dpr.borrow_mut() = s.dpr;
                });
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
    let tip_id = format!("{}-tip", p.id);
    let width = size.width;
    html! {
        <div class="chart-frame" ref={frame}>
            <canvas id={p.id.clone()} ref={canvas} role="img" aria-label={p.label.clone()} data-draws="0"
                onpointermove={on_point.clone()} onpointerdown={on_point} onpointerleave={on_leave}></canvas>
            if let Some((t, x, y)) = &*tip {
                <div class="chart-tip" id={tip_id} role="status"
                    style={tip_style(*x, *y, width)}>
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

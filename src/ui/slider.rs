//! A labelled range input that reports every `input` event (not only the
//! release), with its current value shown in an `<output>`.
//!
//! A finger on a phone: the range input takes a touch on its track as a
//! jump there, so a vertical swipe that only meant to scroll the page used
//! to change the value. Under `touch-action: pan-y` the browser scrolls on a
//! vertical swipe (and cancels the pointer); a touch's values are held until
//! the finger has moved sideways (a drag) or lifted without scrolling (a
//! tap), and a swipe puts the value back (also where the browser did not
//! scroll and finishes the range's own drag after the finger lifts, as
//! Firefox does).

use crate::views::Bounds;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How far (CSS px) a finger moves before its gesture counts as a drag or
/// a swipe.
const SLOP: f64 = 8.0;

/// A touch on the slider whose gesture is not known yet.
#[derive(Default)]
struct Touch {
    id: i32,
    x: f64,
    y: f64,
    /// The input's value before the touch, restored after a swipe.
    before: String,
    /// The latest value the touch gave, not yet reported.
    held: Option<f64>,
    /// `Some(true)`: a sideways drag (values go through); `Some(false)`: a
    /// vertical swipe (values are dropped).
    sideways: Option<bool>,
    /// A swipe whose finger has lifted: until the next task, an `input`
    /// is put back too (Firefox, when nothing scrolled, finishes its own
    /// drag after the release, at the point where the finger lifted).
    released: bool,
}

/// Props of [`Slider`].
#[derive(Properties, PartialEq)]
pub struct SliderProps {
    /// Element id; the shown value has id `{id}-value`.
    pub id: AttrValue,
    pub label: AttrValue,
    /// One line under the slider saying what the number means.
    #[prop_or_default]
    pub help: AttrValue,
    pub bounds: Bounds,
    pub value: f64,
    /// The value as shown, e.g. "×2 (+100%)".
    pub shown: AttrValue,
    /// Called with the parsed value; NaN when the input could not be read,
    /// so the caller's bounds check can say so.
    pub oninput: Callback<f64>,
    /// Called when the slider is released (the `change` event): the end of
    /// a drag, so the moves before it are one undo step.
    #[prop_or_default]
    pub onchange: Callback<()>,
}

/// See the module docs.
#[function_component(Slider)]
pub fn slider(p: &SliderProps) -> Html {
    let touch = use_mut_ref(|| None::<Touch>);
    let oninput = {
        let cb = p.oninput.clone();
        let touch = touch.clone();
        Callback::from(move |e: InputEvent| {
            // Measured from the event to the charts' redraw (see `timing`).
            let _input = crate::ui::timing::input(e.time_stamp());
            let v = e
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|i| i.value().parse::<f64>().ok())
                .unwrap_or(f64::NAN);
            if let Some(t) = touch.borrow_mut().as_mut()
                && t.sideways != Some(true)
            {
                if t.released {
                    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                        input.set_value(&t.before);
                    }
                } else {
                    t.held = Some(v);
                }
                return;
            }
            let handled = crate::ui::timing::now();
            cb.emit(v);
            crate::ui::timing::piece("slider callback", handled);
        })
    };
    let gesture = use_touch_gesture(touch, p.oninput.clone());
    let onchange = p.onchange.reform(|_: Event| ());
    let value_id = format!("{}-value", p.id);
    let help_id = format!("{}-help", p.id);
    html! {
        <div class="control">
            <div class="control-head">
                <label for={p.id.clone()}>{ p.label.clone() }</label>
                <output id={value_id} for={p.id.clone()}>{ p.shown.clone() }</output>
            </div>
            <input
                type="range"
                id={p.id.clone()}
                min={p.bounds.min.to_string()}
                max={p.bounds.max.to_string()}
                step={p.bounds.step.to_string()}
                value={p.value.to_string()}
                aria-valuetext={p.shown.clone()}
                aria-describedby={help_id.clone()}
                {oninput}
                {onchange}
                onpointerdown={gesture.down}
                onpointermove={gesture.moved}
                onpointerup={gesture.up}
                onpointercancel={gesture.cancel}
            />
            <p class="help" id={help_id}>{ p.help.clone() }</p>
        </div>
    }
}

fn input_of(e: &PointerEvent) -> Option<HtmlInputElement> {
    e.target_dyn_into::<HtmlInputElement>()
}

/// The browser scrolls (it cancels the pointer) or the finger moved more up
/// than sideways: the input's value goes back to what it was.
fn restore(touch: &Rc<RefCell<Option<Touch>>>, e: &PointerEvent) {
    let t = touch.borrow_mut().take();
    if let (Some(t), Some(input)) = (t, input_of(e))
        && (t.held.is_some() || t.sideways == Some(false))
    {
        input.set_value(&t.before);
    }
}

/// The pointer handlers that tell a touch's drag from its swipe.
struct Gesture {
    down: Callback<PointerEvent>,
    moved: Callback<PointerEvent>,
    up: Callback<PointerEvent>,
    cancel: Callback<PointerEvent>,
}

/// See the module docs: `touch` is the touch in progress; `report` gets
/// the values it lets through.
#[hook]
fn use_touch_gesture(touch: Rc<RefCell<Option<Touch>>>, report: Callback<f64>) -> Gesture {
    let down = {
        let touch = touch.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" || !e.is_primary() {
                return;
            }
            // The value before the touch: the input event of a tap on the
            // track comes after this.
            let before = input_of(&e).map(|i| i.value()).unwrap_or_default();
            *touch.borrow_mut() = Some(Touch {
                id: e.pointer_id(),
                x: f64::from(e.client_x()),
                y: f64::from(e.client_y()),
                before,
                ..Touch::default()
            });
        })
    };
    let moved = {
        let touch = touch.clone();
        let report = report.clone();
        Callback::from(move |e: PointerEvent| {
            let mut slot = touch.borrow_mut();
            let Some(t) = slot.as_mut().filter(|t| t.id == e.pointer_id()) else {
                return;
            };
            if t.sideways.is_some() {
                return;
            }
            let dx = (f64::from(e.client_x()) - t.x).abs();
            let dy = (f64::from(e.client_y()) - t.y).abs();
            if dx.max(dy) < SLOP {
                return;
            }
            t.sideways = Some(dx > dy);
            if dx > dy
                && let Some(v) = t.held.take()
            {
                drop(slot);
                report.emit(v);
            }
        })
    };
    let up = {
        let touch = touch.clone();
        Callback::from(move |e: PointerEvent| {
            let swipe = matches!(touch.borrow().as_ref(), Some(t) if t.sideways == Some(false));
            if swipe {
                if let (Some(t), Some(input)) = (touch.borrow_mut().as_mut(), input_of(&e)) {
                    input.set_value(&t.before);
                    t.released = true;
                }
                // The swipe is over once this task is: see `Touch::released`.
                let touch = touch.clone();
                gloo::timers::callback::Timeout::new(0, move || {
                    let released = matches!(touch.borrow().as_ref(), Some(t) if t.released);
                    if released {
                        *touch.borrow_mut() = None;
                    }
                })
                .forget();
                return;
            }
            // A tap (or the end of a drag): its value counts.
            let held = touch.borrow_mut().take().and_then(|t| t.held);
            if let Some(v) = held {
                report.emit(v);
            }
        })
    };
    let cancel = {
        let touch = touch.clone();
        Callback::from(move |e: PointerEvent| restore(&touch, &e))
    };
    Gesture {
        down,
        moved,
        up,
        cancel,
    }
}

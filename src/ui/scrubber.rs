//! A number in running text that the reader can change, as in Bret Victor's
//! Tangle: drag it sideways or up and down (logarithmically for
//! multipliers), step it with the arrow keys (Shift: coarse, Alt: fine),
//! Page Up/Down, Home/End, or the mouse wheel while it has focus, or click
//! it (or press Enter) to type a value: Enter applies, Escape cancels.
//!
//! An ARIA slider (`role="slider"` with its value, bounds, text and name),
//! focusable with a visible focus ring. Pointer events with pointer capture,
//! so mouse, pen and touch all drag; the `scrub` class sets
//! `touch-action: none`. The arithmetic (grids, drags, parsing) is
//! [`crate::story::Knob`]'s, tested natively; this only forwards events.
//!
//! Every step and every move of a drag is an [`Action::Slide`] under the
//! knob's key; the end of a drag and each key or wheel step is followed by
//! [`Action::Seal`], so a drag is one undo step and a key press another. A
//! typed value is an [`Action::Edit`]; text that is not a number comes back
//! from the edit as a note, which the page lists as a notice.

use super::prefs::use_prefs;
use crate::session::Action;
use crate::story::{KnobSpan, Speed};
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, WheelEvent};
use yew::prelude::*;

/// Props of [`Scrubber`].
#[derive(Properties, PartialEq)]
pub struct ScrubberProps {
    /// The knob and its current value, text and bounds.
    pub knob: KnobSpan,
    pub act: Callback<Action>,
    /// Id of an element explaining how to use the numbers (`aria-describedby`).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// A pointer's drag: where it started and from which value.
struct Drag {
    pointer: i32,
    x: f64,
    y: f64,
    start: f64,
    speed: Speed,
    moved: bool,
}

/// CSS pixels a pointer moves before a press becomes a drag (less is a click).
const DRAG_THRESHOLD: f64 = 4.0;
/// Wheel travel in CSS pixels per step (a mouse notch is about 100).
const WHEEL_STEP_PX: f64 = 50.0;

/// See the module docs.
#[function_component(Scrubber)]
pub fn scrubber(p: &ScrubberProps) -> Html {
    let prefs = use_prefs();
    let l = prefs.locale.clone();
    let k = p.knob.knob;
    let key = k.key();
    let node = use_node_ref();
    let input = use_node_ref();
    let editing = use_state_eq(|| false);
    let dragging = use_state_eq(|| false);
    // Editing is open and not yet applied or cancelled (blur after Enter
    // must not apply twice).
    let open = use_mut_ref(|| false);
    // Focus the number again once the text field closes by Enter or Escape.
    let refocus = use_mut_ref(|| false);
    let drag = use_mut_ref(|| None::<Drag>);
    let act = use_mut_ref(|| p.act.clone());
    *act.borrow_mut() = p.act.clone();
    // The value as last set here: a second key press before the page has
    // re-rendered steps on from the first.
    let current = use_mut_ref(|| p.knob.value);
    let shown = use_mut_ref(|| p.knob.value);
    if *shown.borrow() != p.knob.value {
        *shown.borrow_mut() = p.knob.value;
        *current.borrow_mut() = p.knob.value;
    }

    // Sets the value (if it changed) as a slide of this knob.
    let set: Rc<dyn Fn(f64) -> bool> = {
        let act = act.clone();
        let current = current.clone();
        Rc::new(move |v: f64| {
            if !v.is_finite() || v == *current.borrow() {
                return false;
            }
            *current.borrow_mut() = v;
            let a = act.borrow().clone();
            a.emit(Action::Slide(key, k.set(v)));
            true
        })
    };
    let seal = {
        let act = act.clone();
        move || act.borrow().emit(Action::Seal)
    };
    let start_editing = {
        let editing = editing.clone();
        let open = open.clone();
        move || {
            *open.borrow_mut() = true;
            editing.set(true);
        }
    };

    // Focus and select the text field when it opens; focus the number again
    // when it closes by a key.
    {
        let input = input.clone();
        let node = node.clone();
        let refocus = refocus.clone();
        use_effect_with(*editing, move |on| {
            if *on {
                if let Some(i) = input.cast::<HtmlInputElement>() {
                    let _ = i.focus();
                    i.select();
                }
            } else if std::mem::take(&mut *refocus.borrow_mut())
                && let Some(el) = node.cast::<HtmlElement>()
            {
                let _ = el.focus();
            }
        });
    }

    // The wheel steps the value only while the number has focus, so the page
    // scrolls as usual under a pointer passing by. Not a Yew handler: Yew's
    // wheel listeners are passive and could not stop the page scrolling.
    {
        let node = node.clone();
        let set = set.clone();
        let current = current.clone();
        let act = act.clone();
        use_effect_with(*editing, move |on| {
            let listener = (!*on)
                .then(|| node.cast::<HtmlElement>())
                .flatten()
                .map(|el| {
                    let target = el.clone();
                    let el: web_sys::Element = el.into();
                    let travel = Rc::new(RefCell::new(0.0f64));
                    EventListener::new_with_options(
                        &target,
                        "wheel",
                        EventListenerOptions::enable_prevent_default(),
                        move |e| {
                            let Some(w) = e.dyn_ref::<WheelEvent>() else {
                                return;
                            };
                            let focused = web_sys::window()
                                .and_then(|w| w.document())
                                .and_then(|d| d.active_element())
                                .is_some_and(|a| a == el);
                            if !focused || w.ctrl_key() {
                                return;
                            }
                            w.prevent_default();
                            // Shift turns the wheel sideways in some browsers.
                            let delta = if w.delta_y() != 0.0 {
                                w.delta_y()
                            } else {
                                w.delta_x()
                            };
                            let px = match w.delta_mode() {
                                WheelEvent::DOM_DELTA_LINE => delta * 40.0,
                                WheelEvent::DOM_DELTA_PAGE => delta * 800.0,
                                _ => delta,
                            };
                            let mut t = travel.borrow_mut();
                            // A turn the other way starts afresh.
                            if *t * px < 0.0 {
                                *t = 0.0;
                            }
                            *t += px;
                            if t.abs() < WHEEL_STEP_PX && px.abs() < WHEEL_STEP_PX {
                                return;
                            }
                            let up = *t < 0.0;
                            *t = 0.0;
                            let speed = Speed::from_keys(w.shift_key(), w.alt_key());
                            let _input = crate::ui::timing::input(w.time_stamp());
                            let v = k.stepped(*current.borrow(), up, speed);
                            if set(v) {
                                act.borrow().emit(Action::Seal);
                            }
                        },
                    )
                });
            move || drop(listener)
        });
    }

    let onkeydown = {
        let set = set.clone();
        let current = current.clone();
        let seal = seal.clone();
        let start_editing = start_editing.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() {
                return;
            }
            let speed = Speed::from_keys(e.shift_key(), e.alt_key());
            let v = *current.borrow();
            let b = k.bounds();
            let next = match e.key().as_str() {
                "ArrowUp" | "ArrowRight" => k.stepped(v, true, speed),
                "ArrowDown" | "ArrowLeft" => k.stepped(v, false, speed),
                "PageUp" => k.stepped(v, true, Speed::Coarse),
                "PageDown" => k.stepped(v, false, Speed::Coarse),
                "Home" => b.min,
                "End" => b.max,
                "Enter" | "F2" => {
                    e.prevent_default();
                    start_editing();
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            let _input = crate::ui::timing::input(e.time_stamp());
            if set(next) {
                seal();
            }
        })
    };

    let onpointerdown = {
        let drag = drag.clone();
        let current = current.clone();
        let node = node.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 || !e.is_primary() {
                return;
            }
            // No text selection, no emulated mouse events.
            e.prevent_default();
            if let Some(el) = node.cast::<HtmlElement>() {
                let _ = el.focus();
                // Fails for a pointer the browser does not know (a synthetic
                // event); the drag then works as long as events reach us.
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            *drag.borrow_mut() = Some(Drag {
                pointer: e.pointer_id(),
                x: f64::from(e.client_x()),
                y: f64::from(e.client_y()),
                start: *current.borrow(),
                speed: Speed::from_keys(false, e.alt_key()),
                moved: false,
            });
        })
    };
    let onpointermove = {
        let drag = drag.clone();
        let current = current.clone();
        let set = set.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: PointerEvent| {
            let mut d = drag.borrow_mut();
            let Some(d) = d.as_mut().filter(|d| d.pointer == e.pointer_id()) else {
                return;
            };
            let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
            let speed = Speed::from_keys(false, e.alt_key());
            if speed != d.speed {
                // Alt pressed or let go mid-drag: carry on from here.
                *d = Drag {
                    x,
                    y,
                    start: *current.borrow(),
                    speed,
                    ..*d
                };
                return;
            }
            let (dx, dy) = (x - d.x, y - d.y);
            if !d.moved && dx.abs() + dy.abs() < DRAG_THRESHOLD {
                return;
            }
            if !d.moved {
                d.moved = true;
                dragging.set(true);
            }
            e.prevent_default();
            let _input = crate::ui::timing::input(e.time_stamp());
            // Right and up make it bigger.
            set(k.dragged(d.start, dx - dy, d.speed));
        })
    };
    let end_drag = {
        let drag = drag.clone();
        let node = node.clone();
        let dragging = dragging.clone();
        let seal = seal.clone();
        let start_editing = start_editing.clone();
        Rc::new(move |e: &PointerEvent, click: bool| {
            let taken = {
                let mut d = drag.borrow_mut();
                if d.as_ref().is_some_and(|d| d.pointer == e.pointer_id()) {
                    d.take()
                } else {
                    None
                }
            };
            let Some(d) = taken else {
                return;
            };
            if let Some(el) = node.cast::<HtmlElement>() {
                let _ = el.release_pointer_capture(e.pointer_id());
            }
            dragging.set(false);
            if d.moved {
                seal();
            } else if click {
                start_editing();
            }
        })
    };
    let onpointerup = {
        let end_drag = end_drag.clone();
        Callback::from(move |e: PointerEvent| end_drag(&e, true))
    };
    let onpointercancel = {
        let end_drag = end_drag.clone();
        Callback::from(move |e: PointerEvent| end_drag(&e, false))
    };
    let onlostpointercapture = Callback::from(move |e: PointerEvent| end_drag(&e, false));

    if *editing {
        let original = p.knob.editing_text.clone();
        let close = {
            let editing = editing.clone();
            let open = open.clone();
            let act = act.clone();
            let original = original.clone();
            // The level is typed in the reader's units (what editing_text shows).
            let l = l.clone();
            move |text: Option<String>| {
                if !std::mem::replace(&mut *open.borrow_mut(), false) {
                    return;
                }
                if let Some(t) = text.filter(|t| t.trim() != original) {
                    act.borrow().emit(Action::Edit(k.typed_in(&l, &t)));
                }
                editing.set(false);
            }
        };
        let onkeydown = {
            let close = close.clone();
            let refocus = refocus.clone();
            Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    *refocus.borrow_mut() = true;
                    let text = e.target_dyn_into::<HtmlInputElement>().map(|i| i.value());
                    close(text);
                }
                "Escape" => {
                    e.prevent_default();
                    *refocus.borrow_mut() = true;
                    close(None);
                }
                _ => {}
            })
        };
        // Leaving the field applies what it holds.
        let onblur = Callback::from(move |e: FocusEvent| {
            close(e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()));
        });
        let size = original.chars().count().max(4) + 2;
        return html! {
            <input
                ref={input}
                type="text"
                class="scrub-input"
                id={format!("{key}-input")}
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                size={size.to_string()}
                value={original}
                aria-label={l.trf("{}: type a value, Enter to apply, Escape to cancel", &[&l.tr(k.label())])}
                {onkeydown}
                {onblur}
            />
        };
    }

    html! {
        <span
            ref={node}
            id={key}
            class={classes!("scrub", (*dragging).then_some("dragging"))}
            role="slider"
            tabindex="0"
            aria-label={l.tr(k.label())}
            aria-valuemin={format_bound(p.knob.min)}
            aria-valuemax={format_bound(p.knob.max)}
            aria-valuenow={p.knob.aria_now()}
            aria-valuetext={p.knob.value_text.clone()}
            aria-describedby={p.hint.clone()}
            title={l.tr("Drag, use the arrow keys, or click to type")}
            {onkeydown}
            {onpointerdown}
            {onpointermove}
            {onpointerup}
            {onpointercancel}
            {onlostpointercapture}
        >
            { p.knob.text.clone() }
        </span>
    }
}

/// A bound for `aria-valuemin`/`max`: shortest form, never an exponent.
fn format_bound(v: f64) -> String {
    crate::format::sig(v, 12).replace(',', "")
}

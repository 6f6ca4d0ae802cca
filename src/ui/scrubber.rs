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
use crate::locale::Locale;
use crate::session::Action;
use crate::story::{Knob, KnobSpan, Speed};
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

/// The knob's value as this component last set it, and the ways to change
/// it. `current` runs ahead of the props: a second key press before the page
/// has re-rendered steps on from the first.
#[derive(Clone)]
struct Value {
    /// The latest `act` of the props (closures made once keep working).
    act: Rc<RefCell<Callback<Action>>>,
    current: Rc<RefCell<f64>>,
    /// Sets the value (if it changed and is finite) as a slide of this knob;
    /// says whether it did.
    set: Rc<dyn Fn(f64) -> bool>,
}

impl Value {
    /// Ends an undo step.
    fn seal(&self) {
        self.act.borrow().emit(Action::Seal);
    }
}

/// Holds [`Value`] across renders, following the props when they change.
#[hook]
fn use_value(p: &ScrubberProps) -> Value {
    let k = p.knob.knob;
    let key = k.key();
    let act = use_mut_ref(|| p.act.clone());
    *act.borrow_mut() = p.act.clone();
    let current = use_mut_ref(|| p.knob.value);
    let shown = use_mut_ref(|| p.knob.value);
    if *shown.borrow() != p.knob.value {
        *shown.borrow_mut() = p.knob.value;
        *current.borrow_mut() = p.knob.value;
    }
    let set: Rc<dyn Fn(f64) -> bool> = {
        let act = act.clone();
        let current = current.clone();
        Rc::new(move |v: f64| {
            if !v.is_finite() || v == *current.borrow() {
                return false;
            }
            *current.borrow_mut() = v;
            let a = act.borrow().clone();
            a.emit(Action::Slide(key.to_string(), k.set(v)));
            true
        })
    };
    Value { act, current, set }
}

/// Whether the number is being typed, and the flags that go with it.
#[derive(Clone)]
struct Editing {
    on: UseStateHandle<bool>,
    /// Editing is open and not yet applied or cancelled (blur after Enter
    /// must not apply twice).
    open: Rc<RefCell<bool>>,
    /// Focus the number again once the text field closes by Enter or Escape.
    refocus: Rc<RefCell<bool>>,
    /// Why the text Enter tried to apply was refused; the field stays open
    /// with it (cleared when the field closes).
    refused: UseStateHandle<Option<String>>,
}

impl Editing {
    fn start(&self) {
        *self.open.borrow_mut() = true;
        self.on.set(true);
    }
}

/// The editing state; focuses and selects the text field (`input`) when it
/// opens, and the number (`node`) again when it closes by a key.
#[hook]
fn use_editing(input: NodeRef, node: NodeRef) -> Editing {
    let on = use_state_eq(|| false);
    let open = use_mut_ref(|| false);
    let refocus = use_mut_ref(|| false);
    let refused = use_state_eq(|| None::<String>);
    {
        // A refusal keeps the reader in the field, to correct it.
        let input = input.clone();
        use_effect_with((*refused).clone(), move |r| {
            if r.is_some()
                && let Some(i) = input.cast::<HtmlInputElement>()
            {
                let _ = i.focus();
            }
        });
    }
    {
        let refocus = refocus.clone();
        use_effect_with(*on, move |on| {
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
    Editing {
        on,
        open,
        refocus,
        refused,
    }
}

/// Wheel travel of one event in CSS pixels, whatever unit it came in.
fn wheel_px(w: &WheelEvent) -> f64 {
    // Shift turns the wheel sideways in some browsers.
    let delta = if w.delta_y() != 0.0 {
        w.delta_y()
    } else {
        w.delta_x()
    };
    match w.delta_mode() {
        WheelEvent::DOM_DELTA_LINE => delta * 40.0,
        WheelEvent::DOM_DELTA_PAGE => delta * 800.0,
        _ => delta,
    }
}

/// Adds `px` to the wheel's `travel`; `Some(up)` when that makes a step
/// (and starts the travel afresh). A turn the other way starts afresh too.
fn wheel_step(travel: &mut f64, px: f64) -> Option<bool> {
    if *travel * px < 0.0 {
        *travel = 0.0;
    }
    *travel += px;
    if travel.abs() < WHEEL_STEP_PX && px.abs() < WHEEL_STEP_PX {
        return None;
    }
    let up = *travel < 0.0;
    *travel = 0.0;
    Some(up)
}

/// The wheel steps the value only while the number has focus, so the page
/// scrolls as usual under a pointer passing by. Not a Yew handler: Yew's
/// wheel listeners are passive and could not stop the page scrolling.
#[hook]
fn use_wheel(node: NodeRef, editing: bool, k: Knob, value: Value) {
    use_effect_with(editing, move |on| {
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
                        let focused = crate::ui::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.active_element())
                            .is_some_and(|a| a == el);
                        if !focused || w.ctrl_key() {
                            return;
                        }
                        w.prevent_default();
                        let Some(up) = wheel_step(&mut travel.borrow_mut(), wheel_px(w)) else {
                            return;
                        };
                        let speed = Speed::from_keys(w.shift_key(), w.alt_key());
                        let _input = crate::ui::timing::input(w.time_stamp());
                        let v = k.stepped(*value.current.borrow(), up, speed);
                        if (value.set)(v) {
                            value.seal();
                        }
                    },
                )
            });
        move || drop(listener)
    });
}

/// Arrow keys, Page Up/Down, Home and End step the number; Enter or F2
/// opens the text field.
fn on_key(k: Knob, value: Value, editing: Editing) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() {
            return;
        }
        let speed = Speed::from_keys(e.shift_key(), e.alt_key());
        let v = *value.current.borrow();
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
                editing.start();
                return;
            }
            _ => return,
        };
        e.prevent_default();
        let _input = crate::ui::timing::input(e.time_stamp());
        if (value.set)(next) {
            value.seal();
        }
    })
}

/// The pointer handlers of the number.
struct Pointer {
    down: Callback<PointerEvent>,
    moved: Callback<PointerEvent>,
    up: Callback<PointerEvent>,
    cancel: Callback<PointerEvent>,
    lost: Callback<PointerEvent>,
}

/// Dragging the number: `dragging` (for its class) is true once a press
/// has moved past [`DRAG_THRESHOLD`]; a press that never did is a click,
/// which opens the text field.
#[hook]
fn use_pointer(node: NodeRef, k: Knob, value: Value, editing: Editing) -> (bool, Pointer) {
    let dragging = use_state_eq(|| false);
    let drag = use_mut_ref(|| None::<Drag>);
    let down = {
        let drag = drag.clone();
        let current = value.current.clone();
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
    let moved = on_drag_move(drag.clone(), k, value.clone(), dragging.clone());
    let end_drag = {
        let dragging = dragging.clone();
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
                value.seal();
            } else if click {
                editing.start();
            }
        })
    };
    let up = {
        let end_drag = end_drag.clone();
        Callback::from(move |e: PointerEvent| end_drag(&e, true))
    };
    let cancel = {
        let end_drag = end_drag.clone();
        Callback::from(move |e: PointerEvent| end_drag(&e, false))
    };
    let lost = Callback::from(move |e: PointerEvent| end_drag(&e, false));
    let pointer = Pointer {
        down,
        moved,
        up,
        cancel,
        lost,
    };
    (*dragging, pointer)
}

/// A move of the pointer that pressed the number: past the threshold, a
/// slide by the distance dragged (right and up make it bigger).
fn on_drag_move(
    drag: Rc<RefCell<Option<Drag>>>,
    k: Knob,
    value: Value,
    dragging: UseStateHandle<bool>,
) -> Callback<PointerEvent> {
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
                start: *value.current.borrow(),
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
        (value.set)(k.dragged(d.start, dx - dy, d.speed));
    })
}

/// The text field that replaces the number while it is typed: Enter
/// applies, Escape cancels, leaving the field applies what it holds.
fn edit_field(
    p: &ScrubberProps,
    l: &Locale,
    input: NodeRef,
    editing: &Editing,
    value: &Value,
) -> Html {
    let k = p.knob.knob;
    let key = k.key();
    let original = p.knob.editing_text.clone();
    let close = {
        let open = editing.open.clone();
        let refused = editing.refused.clone();
        let editing = editing.on.clone();
        let act = value.act.clone();
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
            refused.set(None);
            editing.set(false);
        }
    };
    let onkeydown = {
        let close = close.clone();
        let refocus = editing.refocus.clone();
        let refused = editing.refused.clone();
        let (l, kept) = (l.clone(), p.knob.text.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                let text = e.target_dyn_into::<HtmlInputElement>().map(|i| i.value());
                // Text that reads as nothing keeps the field open, with why
                // beside it, to be corrected (leaving the field still
                // applies, and a refusal becomes a notice).
                if let Some(Err(why)) = text.as_deref().map(|t| k.parse_in(&l, t)) {
                    refused.set(Some(l.trf(
                        "{}, so {} is still used.",
                        &[&crate::locale::clause(&why), &kept],
                    )));
                    return;
                }
                *refocus.borrow_mut() = true;
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
    let msg_id = format!("{key}-msg");
    let refused = (*editing.refused).clone();
    html! {
        <span class="scrub-edit">
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
            aria-invalid={if refused.is_some() { "true" } else { "false" }}
            aria-describedby={refused.is_some().then(|| msg_id.clone())}
            {onkeydown}
            {onblur}
        />
        if let Some(why) = refused {
            <span class="field-msg field-error" id={msg_id} role="status">{ why }</span>
        }
        </span>
    }
}

/// See the module docs.
#[function_component(Scrubber)]
pub fn scrubber(p: &ScrubberProps) -> Html {
    let prefs = use_prefs();
    let l = prefs.locale.clone();
    let k = p.knob.knob;
    let key = k.key();
    let node = use_node_ref();
    let input = use_node_ref();
    let editing = use_editing(input.clone(), node.clone());
    let value = use_value(p);
    use_wheel(node.clone(), *editing.on, k, value.clone());
    let (dragging, pointer) = use_pointer(node.clone(), k, value.clone(), editing.clone());
    if *editing.on {
        return edit_field(p, &l, input, &editing, &value);
    }
    let onkeydown = on_key(k, value, editing);
    html! {
        <span
            ref={node}
            id={key}
            class={classes!("scrub", dragging.then_some("dragging"))}
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
            onpointerdown={pointer.down}
            onpointermove={pointer.moved}
            onpointerup={pointer.up}
            onpointercancel={pointer.cancel}
            onlostpointercapture={pointer.lost}
        >
            { p.knob.text.clone() }
        </span>
    }
}

/// A bound for `aria-valuemin`/`max`: shortest form, never an exponent.
fn format_bound(v: f64) -> String {
    crate::format::sig(v, 12).replace(',', "")
}

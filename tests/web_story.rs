//! The story card and its scrubbable numbers in headless Chromium
//! (wasm-bindgen-test): ARIA values, arrow keys with Shift and Alt,
//! Home/End, Page Up/Down, the wheel only while focused, typing a value (and
//! a bad one), and pointer drags, all through a real `Session` as the page
//! uses it.
#![cfg(target_arch = "wasm32")]

use live_commerce_explorer::data::Dataset;
use live_commerce_explorer::session::{Action, Session};
use live_commerce_explorer::story::Knob;
use live_commerce_explorer::ui::Story;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

#[path = "support/dom.rs"]
mod dom;
use dom::{by_id, click, document, fresh_root, next_frame, text, until};

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    /// The session the mounted story acts on, for the tests to inspect.
    static SESSION: RefCell<Option<Rc<RefCell<Session>>>> = const { RefCell::new(None) };
}

fn dataset() -> &'static Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn session() -> Rc<RefCell<Session>> {
    SESSION
        .with(|s| s.borrow().clone())
        .expect("a mounted story")
}

/// The story over a session, as the Explorer wires it (without the charts).
#[function_component(Harness)]
fn harness() -> Html {
    let ds = dataset();
    let s = use_mut_ref(|| Session::from_query(ds, ""));
    SESSION.with(|slot| *slot.borrow_mut() = Some(s.clone()));
    let update = use_force_update();
    let act: Callback<Action> = {
        let s = s.clone();
        Callback::from(move |a: Action| {
            s.borrow_mut().apply(ds, a);
            update.force_update();
        })
    };
    let (a, notes) = {
        let s = s.borrow();
        (s.assumptions().clone(), s.notes.clone())
    };
    html! {
        <>
            <ul id="test-notes">{ for notes.iter().map(|n| html! { <li>{ n.to_string() }</li> }) }</ul>
            <Story dataset={ds} assumptions={a} result={None} act={act.clone()} />
            <button id="elsewhere">{ "elsewhere" }</button>
            <button id="undo" onclick={act.reform(|_: MouseEvent| Action::Undo)}>{ "undo" }</button>
        </>
    }
}

async fn settle() {
    yew::scheduler::flush().await;
    next_frame().await;
    yew::scheduler::flush().await;
}

fn attr(id: &str, name: &str) -> String {
    by_id(id).get_attribute(name).unwrap_or_default()
}

fn now(knob: Knob) -> f64 {
    attr(knob.key(), "aria-valuenow")
        .parse()
        .unwrap_or(f64::NAN)
}

fn has_class(id: &str, class: &str) -> bool {
    attr(id, "class").split_whitespace().any(|c| c == class)
}

fn notes() -> Vec<String> {
    session()
        .borrow()
        .notes
        .iter()
        .map(ToString::to_string)
        .collect()
}

async fn mount() -> Element {
    let root = fresh_root();
    yew::Renderer::<Harness>::with_root(root.clone()).render();
    let doc = document();
    until("the story to render", 200, || {
        doc.get_element_by_id(Knob::DouyinLive2020.key()).is_some()
    })
    .await;
    root
}

/// An event built by its constructor (`KeyboardEvent`, `PointerEvent`,
/// `WheelEvent`), bubbling and cancelable, with `init`'s fields.
fn event(class: &str, kind: &str, init: &[(&str, JsValue)]) -> web_sys::Event {
    let window = web_sys::window().expect("window");
    let ctor = js_sys::Reflect::get(&window, &JsValue::from_str(class)).expect("a constructor");
    let dict = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| {
        js_sys::Reflect::set(&dict, &JsValue::from_str(k), v).expect("set");
    };
    set("bubbles", &JsValue::TRUE);
    set("cancelable", &JsValue::TRUE);
    for (k, v) in init {
        set(k, v);
    }
    let args = js_sys::Array::of2(&JsValue::from_str(kind), &dict);
    js_sys::Reflect::construct(ctor.unchecked_ref::<js_sys::Function>(), &args)
        .expect("an event")
        .unchecked_into()
}

/// Dispatches `e` on `#id`; true if its default was prevented.
fn dispatch(id: &str, e: &web_sys::Event) -> bool {
    by_id(id).dispatch_event(e).expect("dispatched");
    e.default_prevented()
}

async fn key(id: &str, k: &str, shift: bool, alt: bool) -> bool {
    let e = event(
        "KeyboardEvent",
        "keydown",
        &[
            ("key", JsValue::from_str(k)),
            ("shiftKey", JsValue::from_bool(shift)),
            ("altKey", JsValue::from_bool(alt)),
        ],
    );
    let prevented = dispatch(id, &e);
    settle().await;
    prevented
}

fn pointer(id: &str, kind: &str, x: f64, y: f64) -> bool {
    let e = event(
        "PointerEvent",
        kind,
        &[
            ("pointerId", JsValue::from_f64(7.0)),
            ("pointerType", JsValue::from_str("touch")),
            ("isPrimary", JsValue::TRUE),
            (
                "button",
                JsValue::from_f64(if kind == "pointermove" { -1.0 } else { 0.0 }),
            ),
            (
                "buttons",
                JsValue::from_f64(if kind == "pointerup" { 0.0 } else { 1.0 }),
            ),
            ("clientX", JsValue::from_f64(x)),
            ("clientY", JsValue::from_f64(y)),
        ],
    );
    dispatch(id, &e)
}

fn wheel(id: &str, delta_y: f64) -> bool {
    let e = event(
        "WheelEvent",
        "wheel",
        &[
            ("deltaY", JsValue::from_f64(delta_y)),
            ("deltaMode", JsValue::from_f64(0.0)),
        ],
    );
    dispatch(id, &e)
}

/// Undoes one step through the page, which re-renders.
async fn undo() {
    click("undo");
    settle().await;
}

fn focus(id: &str) {
    by_id(id)
        .dyn_into::<HtmlElement>()
        .expect("an element")
        .focus()
        .expect("focused");
}

fn active_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-4 * b.abs().max(1.0)
}

#[wasm_bindgen_test]
async fn numbers_are_aria_sliders_with_their_values() {
    let root = mount().await;
    let d = Knob::DouyinLive2020.key();
    assert_eq!(attr(d, "role"), "slider");
    assert_eq!(attr(d, "tabindex"), "0");
    assert_eq!(attr(d, "aria-valuemin"), "1");
    assert_eq!(attr(d, "aria-valuemax"), "20");
    assert!(
        close(now(Knob::DouyinLive2020), 30f64.sqrt()),
        "{}",
        attr(d, "aria-valuenow")
    );
    assert_eq!(attr(d, "aria-valuetext"), "×5.48 2019's GMV");
    assert_eq!(attr(d, "aria-label"), Knob::DouyinLive2020.label());
    assert_eq!(attr(d, "aria-describedby"), "story-hint");
    assert_eq!(text(d), "×5.48");
    assert!(has_class(d, "scrub"));
    let l = Knob::Level.key();
    assert_eq!(
        attr(l, "aria-valuetext"),
        "1 trillion yuan (1,000 billion yuan)"
    );
    assert_eq!(attr(l, "aria-valuemax"), "10000000");
    assert_eq!(
        text("story-crossing"),
        "the industry passes 1 trillion yuan in 2021"
    );
    assert_eq!(text("story-douyin-2020"), "54.77 bn yuan in 2020");
    // Every knob is there, once.
    for k in Knob::ALL {
        assert_eq!(
            document()
                .query_selector_all(&format!("#{}", k.key()))
                .map(|l| l.length())
                .unwrap_or(0),
            1,
            "{k:?}"
        );
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_step_with_shift_coarse_and_alt_fine() {
    let root = mount().await;
    let k = Knob::DouyinLive2020;
    let d = k.key();
    focus(d);
    assert!(
        key(d, "ArrowUp", false, false).await,
        "the key's default was not prevented"
    );
    assert!(close(now(k), 5.5), "{}", now(k));
    assert_eq!(text(d), "×5.5");
    assert_eq!(text("story-douyin-2020"), "55 bn yuan in 2020");
    key(d, "ArrowUp", true, false).await;
    assert!(close(now(k), 10.0), "{}", now(k));
    key(d, "ArrowUp", false, true).await;
    assert!(close(now(k), 10.05), "{}", now(k));
    key(d, "ArrowLeft", false, false).await;
    assert!(close(now(k), 10.0), "{}", now(k));
    assert_eq!(
        text("story-douyin-position"),
        "within the article's 10–12× forecast"
    );
    key(d, "End", false, false).await;
    assert!(close(now(k), 20.0), "{}", now(k));
    assert_eq!(
        text("story-douyin-position"),
        "above both of the article's forecasts"
    );
    // At the end, another step changes nothing.
    key(d, "ArrowUp", false, false).await;
    assert!(close(now(k), 20.0));
    key(d, "PageDown", false, false).await;
    assert!(close(now(k), 15.0), "{}", now(k));
    key(d, "Home", false, false).await;
    assert!(close(now(k), 1.0), "{}", now(k));
    assert_eq!(
        text("story-douyin-position"),
        "below both of the article's forecasts"
    );
    // Other keys pass through.
    assert!(!key(d, "a", false, false).await);
    assert!(notes().is_empty(), "{:?}", notes());
    // Each key press is its own undo step: seven changes, seven undos back.
    for _ in 0..7 {
        undo().await;
    }
    assert!(close(
        k.value(session().borrow().assumptions()),
        30f64.sqrt()
    ));
    assert!(!session().borrow().can_undo());

    // A rate knob: +35.6% a year, stepped by a percentage point.
    let g = Knob::Growth2021.key();
    focus(g);
    key(g, "ArrowUp", false, false).await;
    assert_eq!(text(g), "+36%");
    key(g, "Home", false, false).await;
    assert_eq!(text(g), "−20%");
    let g3 = Knob::Growth2023.key();
    focus(g3);
    key(g3, "Home", false, false).await;
    assert_eq!(
        text("story-crossing"),
        "the industry does not reach 1 trillion yuan by 2030"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn clicking_opens_a_field_enter_applies_escape_cancels() {
    let root = mount().await;
    let k = Knob::DouyinLive2020;
    let d = k.key();
    let input_id = format!("{d}-input");
    // A click: down and up without moving.
    pointer(d, "pointerdown", 50.0, 50.0);
    pointer(d, "pointerup", 51.0, 50.0);
    until("the text field", 200, || {
        document().get_element_by_id(&input_id).is_some()
    })
    .await;
    settle().await;
    let input: HtmlInputElement = by_id(&input_id).dyn_into().expect("an input");
    assert_eq!(input.value(), "×5.477", "the unit of the slider beside it");
    assert_eq!(active_id(), input_id, "the field has focus");
    assert!(attr(&input_id, "aria-label").starts_with(k.label()));
    input.set_value("11");
    key(&input_id, "Enter", false, false).await;
    until("the field to close", 200, || {
        document().get_element_by_id(&input_id).is_none()
    })
    .await;
    settle().await;
    assert!(close(now(k), 11.0), "{}", now(k));
    assert_eq!(
        text("story-douyin-position"),
        "within the article's 10–12× forecast"
    );
    assert_eq!(active_id(), d, "focus returns to the number");
    assert!(notes().is_empty(), "{:?}", notes());

    // Enter on the focused number opens the field too; Escape cancels.
    key(d, "Enter", false, false).await;
    until("the text field", 200, || {
        document().get_element_by_id(&input_id).is_some()
    })
    .await;
    settle().await;
    let input: HtmlInputElement = by_id(&input_id).dyn_into().expect("an input");
    input.set_value("3");
    key(&input_id, "Escape", false, false).await;
    until("the field to close", 200, || {
        document().get_element_by_id(&input_id).is_none()
    })
    .await;
    assert!(close(now(k), 11.0), "{}", now(k));
    assert_eq!(active_id(), d);

    // Garbage: nothing changes, and the page gets a notice.
    key(d, "Enter", false, false).await;
    until("the text field", 200, || {
        document().get_element_by_id(&input_id).is_some()
    })
    .await;
    settle().await;
    let input: HtmlInputElement = by_id(&input_id).dyn_into().expect("an input");
    input.set_value("lots");
    key(&input_id, "Enter", false, false).await;
    // Garbage and Enter: the field stays open, saying why beside it.
    let msg = format!("{d}-msg");
    until("the reason beside the field", 200, || {
        document().get_element_by_id(&msg).is_some()
    })
    .await;
    assert!(document().get_element_by_id(&input_id).is_some());
    assert!(
        text(&msg).contains("“lots” is not a number"),
        "{}",
        text(&msg)
    );
    assert!(
        text(&msg).contains("so ×11 is still used"),
        "{}",
        text(&msg)
    );
    assert_eq!(attr(&input_id, "aria-invalid"), "true");
    assert_eq!(attr(&input_id, "aria-describedby"), msg);
    assert!(notes().is_empty(), "{:?}", notes());
    assert_eq!(active_id(), input_id, "the reader stays in the field");
    // Escape gives up: nothing changes.
    key(&input_id, "Escape", false, false).await;
    until("the field to close", 200, || {
        document().get_element_by_id(&input_id).is_none()
    })
    .await;
    assert!(close(now(k), 11.0), "{}", now(k));
    assert!(notes().is_empty(), "{:?}", notes());

    // Out of range: clamped, with a notice.
    key(d, "Enter", false, false).await;
    until("the text field", 200, || {
        document().get_element_by_id(&input_id).is_some()
    })
    .await;
    settle().await;
    let input: HtmlInputElement = by_id(&input_id).dyn_into().expect("an input");
    input.set_value("99");
    // Leaving the field applies it too.
    focus("elsewhere");
    until("the field to close", 200, || {
        document().get_element_by_id(&input_id).is_none()
    })
    .await;
    assert!(close(now(k), 20.0), "{}", now(k));
    assert!(notes().iter().any(|n| n.contains("above")), "{:?}", notes());

    // The level takes billion yuan.
    let l = Knob::Level.key();
    let level_input = format!("{l}-input");
    focus(l);
    key(l, "Enter", false, false).await;
    until("the level field", 200, || {
        document().get_element_by_id(&level_input).is_some()
    })
    .await;
    settle().await;
    let input: HtmlInputElement = by_id(&level_input).dyn_into().expect("an input");
    assert_eq!(input.value(), "1000");
    input.set_value("2000");
    key(&level_input, "Enter", false, false).await;
    until("the level to apply", 200, || text(l) == "2 trillion yuan").await;
    assert!(
        text("story-crossing").starts_with("the industry passes 2 trillion yuan in "),
        "{}",
        text("story-crossing")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn dragging_changes_the_value_logarithmically_as_one_undo_step() {
    let root = mount().await;
    let k = Knob::DouyinLive2020;
    let d = k.key();
    assert!(
        pointer(d, "pointerdown", 100.0, 100.0),
        "pointerdown not prevented"
    );
    assert_eq!(active_id(), d, "pressing focuses the number");
    // Sideways: 150 px doubles ×5.48 to ×10.95, snapped to ×11.
    for x in [103.0, 110.0, 150.0, 200.0, 250.0] {
        pointer(d, "pointermove", x, 100.0);
        settle().await;
    }
    assert!(has_class(d, "dragging"));
    assert!(close(now(k), 11.0), "{}", now(k));
    assert_eq!(text("story-douyin-2020"), "110 bn yuan in 2020");
    pointer(d, "pointerup", 250.0, 100.0);
    settle().await;
    assert!(!has_class(d, "dragging"));
    assert!(
        document()
            .get_element_by_id(&format!("{d}-input"))
            .is_none(),
        "a drag is not a click"
    );
    // Up is bigger too: 150 px up from ×11 doubles to ×20 (the maximum).
    pointer(d, "pointerdown", 100.0, 300.0);
    pointer(d, "pointermove", 100.0, 200.0);
    pointer(d, "pointermove", 100.0, 150.0);
    pointer(d, "pointerup", 100.0, 150.0);
    settle().await;
    assert!(close(now(k), 20.0), "{}", now(k));
    // Each drag was one undo step.
    undo().await;
    assert!(close(k.value(session().borrow().assumptions()), 11.0));
    undo().await;
    assert!(close(
        k.value(session().borrow().assumptions()),
        30f64.sqrt()
    ));
    assert!(!session().borrow().can_undo());
    // A cancelled drag keeps where it got to and ends.
    settle().await;
    pointer(d, "pointerdown", 100.0, 100.0);
    pointer(d, "pointermove", 40.0, 100.0);
    pointer(d, "pointercancel", 40.0, 100.0);
    settle().await;
    assert!(now(k) < 5.0, "{}", now(k));
    assert!(!has_class(d, "dragging"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_wheel_steps_only_while_focused() {
    let root = mount().await;
    let k = Knob::Growth2020;
    let g = k.key();
    focus("elsewhere");
    assert!(
        !wheel(g, -100.0),
        "an unfocused number must let the page scroll"
    );
    settle().await;
    assert!(close(now(k), 2.0), "{}", now(k));
    focus(g);
    assert!(wheel(g, -100.0), "a focused number takes the wheel");
    settle().await;
    assert!(close(now(k), 2.05), "{}", now(k));
    assert_eq!(text("story-industry-2020"), "889.3 bn yuan");
    // A small trackpad nudge waits for more travel.
    wheel(g, 20.0);
    settle().await;
    assert!(close(now(k), 2.05), "{}", now(k));
    wheel(g, 40.0);
    settle().await;
    assert!(close(now(k), 2.0), "{}", now(k));
    root.remove();
}

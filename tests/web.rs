//! Components in headless Chromium (wasm-bindgen-test): the app renders its
//! three charts, and moving a slider changes the shown value and the chart.
#![cfg(target_arch = "wasm32")]

use live_commerce_explorer::ui::{App, fatal};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

#[path = "support/dom.rs"]
mod dom;
use dom::{by_id, document, fresh_root, next_frame, set_query, set_value, text, until};

wasm_bindgen_test_configure!(run_in_browser);

fn canvas(id: &str) -> HtmlCanvasElement {
    by_id(id).dyn_into().expect("a canvas")
}

/// How often the canvas has drawn, after scrolling it into view: a chart far
/// off screen draws a change only once it comes near (`ui::near`).
fn draws(id: &str) -> u32 {
    let el = by_id(id);
    el.scroll_into_view();
    el.get_attribute("data-draws")
        .and_then(|d| d.parse().ok())
        .unwrap_or(0)
}

/// The canvas's pixels, as RGBA bytes.
fn pixels(id: &str) -> Vec<u8> {
    let c = canvas(id);
    let ctx: CanvasRenderingContext2d = c
        .get_context("2d")
        .ok()
        .flatten()
        .expect("2d context")
        .dyn_into()
        .expect("2d context");
    ctx.get_image_data(0.0, 0.0, f64::from(c.width()), f64::from(c.height()))
        .expect("image data")
        .data()
        .to_vec()
}

/// Share of pixels that are not the white background.
fn ink(id: &str) -> f64 {
    let px = pixels(id);
    let n = px.len() / 4;
    let inked = px
        .chunks_exact(4)
        .filter(|p| p[0] < 240 || p[1] < 240 || p[2] < 240)
        .count();
    inked as f64 / n.max(1) as f64
}

/// Mounts a fresh App in an 800 px wide container and waits until every
/// chart has been drawn once.
async fn mount() -> Element {
    // The app keeps its view in the address bar: start each test from the
    // plain address, not from where the last test left it.
    set_query("");
    let root = fresh_root();
    root.set_attribute("style", "width: 800px").expect("style");
    let doc = document();
    yew::Renderer::<App>::with_root(root.clone()).render();
    until("the three charts to be drawn", 300, || {
        // First: it has every section render.
        dom::page_rendered()
            && ["chart-gmv", "chart-industry", "chart-douyin"]
                .iter()
                .all(|id| doc.get_element_by_id(id).is_some() && draws(id) >= 1)
    })
    .await;
    root
}

fn set_slider(id: &str, value: &str) {
    set_value(id, value, "input");
}

#[wasm_bindgen_test]
async fn app_renders_three_non_blank_charts_at_device_resolution() {
    let root = mount().await;
    let dpr = web_sys::window().expect("window").device_pixel_ratio();
    for id in ["chart-gmv", "chart-industry", "chart-douyin"] {
        let c = canvas(id);
        // The backing store follows the layout width times the pixel ratio.
        let css_w = f64::from(c.client_width());
        assert!(css_w > 700.0, "{id} is {css_w} px wide");
        assert!(
            (f64::from(c.width()) - css_w * dpr).abs() <= 1.0,
            "{id}: backing store {} for {css_w} css px at dpr {dpr}",
            c.width()
        );
        let ink = ink(id);
        assert!(ink > 0.02, "{id} looks blank ({ink:.3} inked)");
        assert_eq!(c.get_attribute("role").as_deref(), Some("img"));
        assert!(c.get_attribute("aria-label").is_some_and(|l| l.len() > 20));
    }
    assert_eq!(
        text("crossing-year"),
        "The industry passes 1 trillion yuan in 2021."
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn moving_a_slider_changes_the_value_and_the_chart() {
    let root = mount().await;
    let before = pixels("chart-industry");
    let drawn = draws("chart-industry");
    assert!(text("growth-2023-value").starts_with('×'));

    set_slider("growth-2021", "0.8");
    until("the first slider to apply", 300, || {
        text("growth-2021-value").starts_with("×0.8")
    })
    .await;
    set_slider("growth-2023", "0.8");
    until("the industry chart to redraw", 300, || {
        draws("chart-industry") > drawn
            && text("crossing-year") == "The industry does not reach 1 trillion yuan by 2030."
    })
    .await;
    assert!(
        text("growth-2023-value").starts_with("×0.8"),
        "{}",
        text("growth-2023-value")
    );
    assert_eq!(
        text("crossing-year"),
        "The industry does not reach 1 trillion yuan by 2030."
    );
    assert_ne!(pixels("chart-industry"), before, "the chart did not change");

    let douyin_before = pixels("chart-douyin");
    let douyin_drawn = draws("chart-douyin");
    set_slider("douyin-multiplier", "11");
    until("the Douyin chart to redraw", 300, || {
        draws("chart-douyin") > douyin_drawn
    })
    .await;
    assert_eq!(text("douyin-multiplier-value"), "×11");
    assert_eq!(
        text("douyin-result"),
        "Your ×11 gives 110 bn yuan in 2020: within the article's 10–12× forecast."
    );
    assert_ne!(pixels("chart-douyin"), douyin_before);
    root.remove();
}

/// A slider step reaches the chart on screen before the page re-renders:
/// the store tells the chart first, which draws its own panel at once, and
/// the render that follows (the slider's readout) does not draw it again.
#[wasm_bindgen_test]
async fn a_slider_step_draws_the_chart_before_the_page_renders() {
    let root = mount().await;
    by_id("chart-industry").scroll_into_view();
    // The chart knows it is on screen once the IntersectionObserver has
    // reported, which it does with a rendering update.
    next_frame().await;
    next_frame().await;
    yew::scheduler::flush().await;
    let drawn = draws("chart-industry");
    let shown = text("growth-2023-value");
    set_slider("growth-2023", "0.8");
    // Still inside the input's task: nothing has rendered yet.
    assert_eq!(text("growth-2023-value"), shown, "the page rendered first");
    assert_eq!(
        draws("chart-industry"),
        drawn + 1,
        "the chart was not drawn in the input's own handler"
    );
    // The render, checked as soon as it is done: the Monte Carlo's new
    // bands (a message from the worker, a later task) redraw the chart
    // again, rightly, and must not be counted here.
    yew::scheduler::flush().await;
    assert!(
        text("growth-2023-value").starts_with("×0.8"),
        "{}",
        text("growth-2023-value")
    );
    assert_eq!(
        draws("chart-industry"),
        drawn + 1,
        "the render drew the same chart again"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn charts_follow_the_container_width() {
    let root = mount().await;
    let drawn = draws("chart-gmv");
    root.set_attribute("style", "width: 360px").expect("style");
    until("the GMV chart to redraw narrower", 300, || {
        draws("chart-gmv") > drawn && canvas("chart-gmv").client_width() <= 360
    })
    .await;
    let dpr = web_sys::window().expect("window").device_pixel_ratio();
    let c = canvas("chart-gmv");
    assert!((f64::from(c.width()) - f64::from(c.client_width()) * dpr).abs() <= 1.0);
    assert!(ink("chart-gmv") > 0.02);
    root.remove();
}

#[wasm_bindgen_test]
fn a_panic_shows_an_error_with_a_reload_link() {
    fatal::show("test panic: something broke");
    let block = by_id("fatal");
    assert!(!block.has_attribute("hidden"));
    let html = block.inner_html();
    assert!(html.contains("reload the page"), "{html}");
    assert!(html.contains("href=\"\""), "{html}");
    // One sentence for the reader; the panic is kept for tests, not shown.
    let shown = block.text_content().unwrap_or_default();
    assert!(!shown.contains("test panic"), "{shown}");
    assert_eq!(
        block.get_attribute("data-detail").as_deref(),
        Some("test panic: something broke")
    );
    block.remove();
}

/// Sections below the first screen render as they come near
/// (`ui::defer`): the first render holds the lead chart and, for the later
/// sections, placeholders carrying their ids; one far below stays so until
/// it is scrolled to.
#[wasm_bindgen_test]
async fn sections_below_the_first_screen_render_as_they_come_near() {
    set_query("");
    let root = fresh_root();
    root.set_attribute("style", "width: 800px").expect("style");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(by_id("chart-industry").tag_name(), "CANVAS");
    let deferred = |id: &str| {
        by_id(id)
            .get_attribute("class")
            .is_some_and(|c| c.split(' ').any(|c| c == "deferred"))
    };
    for id in ["outcomes", "derived"] {
        assert!(deferred(id), "#{id} rendered with the page");
    }
    assert!(document().get_element_by_id("chart-outcomes").is_none());
    // Frames go by: the far section still waits.
    for _ in 0..10 {
        dom::next_frame().await;
        yew::scheduler::flush().await;
    }
    assert!(deferred("derived"), "#derived rendered far off screen");
    by_id("derived").scroll_into_view();
    until("#derived to render once scrolled to", 300, || {
        !deferred("derived")
    })
    .await;
    assert!(text("derived").contains("What the numbers imply"));
}

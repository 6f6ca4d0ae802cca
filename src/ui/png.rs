//! "Download PNG": the chart drawn again at twice its on-screen resolution
//! into a canvas that is never shown, saved as a PNG file.

use super::chart_canvas::draw_on_canvas;
use super::prefs::{Prefs, use_prefs};
use crate::charts::{ChartSpec, Theme, View};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlCanvasElement};
use yew::prelude::*;

/// How much sharper than the screen the file is.
pub const FACTOR: f64 = 2.0;

/// Draws `spec` at `FACTOR` times the size of the canvas `chart-{id}` on
/// screen (its backing store, so already at the device pixel ratio), in the
/// page's theme and language and with the reader's scale and hidden series,
/// and saves it as `{id}.png`.
fn save_png(id: &str, spec: &ChartSpec, view: &View, prefs: &Prefs) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let shown = document
        .get_element_by_id(&format!("chart-{id}"))
        .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
        .ok_or("the chart is not on the page")?;
    let css_width = f64::from(shown.client_width());
    if shown.width() == 0 || css_width <= 0.0 {
        return Err("show the chart first: it has no size while hidden".to_string());
    }
    let dpr = f64::from(shown.width()) / css_width;
    let canvas = document
        .create_element("canvas")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
        .ok_or("cannot make a canvas")?;
    canvas.set_width((f64::from(shown.width()) * FACTOR).round() as u32);
    canvas.set_height((f64::from(shown.height()) * FACTOR).round() as u32);
    let theme = Theme::for_page(dpr * FACTOR, prefs.dark, prefs.locale.clone());
    draw_on_canvas(&canvas, spec, &theme, view)?;
    let data = canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| "the browser could not encode the PNG")?;
    let link = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok())
        .ok_or("cannot make a link")?;
    link.set_href(&data);
    link.set_download(&format!("live-commerce-{id}.png"));
    link.click();
    Ok(())
}

/// Props of [`PngButton`].
#[derive(Properties, PartialEq)]
pub struct PngButtonProps {
    /// The chart panel's id (the canvas is `chart-{id}`).
    pub id: AttrValue,
    pub spec: Rc<ChartSpec>,
    /// The reader's scale and hidden series, as on screen.
    #[prop_or_default]
    pub view: View,
}

/// A button that saves the chart as a PNG, and says so if it cannot.
#[function_component(PngButton)]
pub fn png_button(p: &PngButtonProps) -> Html {
    let problem = use_state(|| None::<String>);
    let prefs = use_prefs();
    let l = prefs.locale.clone();
    let onclick = {
        let id = p.id.clone();
        let spec = p.spec.clone();
        let view = p.view.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| problem.set(save_png(&id, &spec, &view, &prefs).err()))
    };
    html! {
        <p class="chart-actions">
            <button type="button" class="link-button" id={format!("{}-png", p.id)} {onclick}>
                { l.tr("Download this chart (PNG, 2×)") }
            </button>
            if let Some(e) = &*problem {
                <span class="chart-error" role="alert">{ l.trf(" The PNG could not be made: {}.", &[e]) }</span>
            }
        </p>
    }
}

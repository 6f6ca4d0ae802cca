//! "Download PNG": the chart drawn again at twice its on-screen resolution
//! into a canvas that is never shown, saved as a PNG file. A file leaves
//! the page behind, so it carries the chart's title, legend, units, source
//! and link (`charts::export`), and is light whatever the page's theme: it
//! ends up printed, in slides and in documents on white.

use super::canvas_backend::MeasuringCanvas;
use super::embed::{page_url, without_embed};
use super::prefs::use_prefs;
use super::store::{query_of, use_store};
use crate::charts::{self, Caption, Theme, View};
use crate::locale::Locale;
use crate::panels::Panel;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlAnchorElement, HtmlCanvasElement};
use yew::prelude::*;

/// How much sharper than the screen the file is.
pub const FACTOR: f64 = 2.0;

/// The chart on screen (`chart-{id}`), which sets the file's size.
fn shown_canvas(document: &Document, id: &str) -> Result<HtmlCanvasElement, String> {
    let shown = document
        .get_element_by_id(&format!("chart-{id}"))
        .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
        .ok_or("the chart is not on the page")?;
    if shown.width() == 0 || shown.client_width() <= 0 {
        return Err("show the chart first: it has no size while hidden".to_string());
    }
    Ok(shown)
}

/// A plotters backend on `canvas` at its current size.
fn backend(canvas: &HtmlCanvasElement) -> Result<MeasuringCanvas, String> {
    MeasuringCanvas::new(canvas).ok_or_else(|| "this browser gives no 2D canvas".to_string())
}

/// Draws the panel's chart at `FACTOR` times the size of the canvas on
/// screen (its backing store, so already at the device pixel ratio), with
/// `caption` around it, in the light theme, the page's language and the
/// reader's scale and hidden series, and saves it as
/// `live-commerce-{id}.png`. The image is as much taller than the chart as
/// the caption needs at that width.
fn save_png(
    id: &str,
    panel: &Panel,
    view: &View,
    caption: &Caption,
    locale: Locale,
) -> Result<(), String> {
    let document = crate::ui::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let shown = shown_canvas(&document, id)?;
    let dpr = f64::from(shown.width()) / f64::from(shown.client_width());
    let canvas = document
        .create_element("canvas")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
        .ok_or("cannot make a canvas")?;
    let chart_height = (f64::from(shown.height()) * FACTOR).round() as u32;
    canvas.set_width((f64::from(shown.width()) * FACTOR).round() as u32);
    canvas.set_height(chart_height);
    let theme = Theme::for_file(dpr * FACTOR, locale);
    let height = charts::export_height(&backend(&canvas)?, caption, &theme, chart_height);
    // Resizing clears the canvas; nothing is drawn yet.
    canvas.set_height(height);
    charts::draw_export(&panel.spec, backend(&canvas)?, &theme, view, caption)
        .map_err(|e| e.to_string())?;
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
    pub panel: Rc<Panel>,
    /// The chart's title, as its card shows it.
    pub title: AttrValue,
    /// The reader's scale and hidden series, as on screen.
    #[prop_or_default]
    pub view: View,
}

/// A button that saves the chart as a PNG, and says so if it cannot.
#[function_component(PngButton)]
pub fn png_button(p: &PngButtonProps) -> Html {
    let problem = use_state(|| None::<String>);
    let l = use_prefs().locale;
    let store = use_store();
    let onclick = {
        let (id, panel, view) = (p.id.clone(), p.panel.clone(), p.view.clone());
        let (title, l) = (p.title.clone(), l.clone());
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            // Read when used: the link changes on every slider step.
            let (ds, query) = store.read(|s| (s.ds, query_of(s)));
            let link = page_url(&without_embed(&query));
            let caption = crate::export::chart_caption(ds, &panel, &view, &title, &link, &l);
            let made = save_png(&id, &panel, &view, &caption, l.clone());
            if let Err(e) = &made {
                gloo::console::error!(format!("the PNG of {id} could not be made: {e}"));
            }
            problem.set(made.err());
        })
    };
    html! {
        <p class="chart-actions">
            <button type="button" class="link-button" id={format!("{}-png", p.id)} {onclick}>
                { l.tr("Download this chart (PNG, 2×)") }
            </button>
            if problem.is_some() {
                <span class="chart-error" role="alert">{ l.tr(" The PNG could not be made, so show the chart and try again.") }</span>
            }
        </p>
    }
}

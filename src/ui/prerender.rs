//! The page as `cargo xtask dist` prerenders it: the same components,
//! rendered natively by Yew's server renderer into `index.html`, so a reader
//! sees the article, its numbers and its charts before the wasm has loaded
//! (or with JavaScript off), and crawlers and link unfurlers read the same.
//!
//! Natively there is no window ([`super::window`] is `None`), so no effect
//! runs and nothing reads the browser; what the page needs from the build
//! comes through [`PrerenderedProps`]: the query it renders for (which holds
//! its language), and, as the [`Prerender`] context, how a chart is drawn
//! (the xtask's: SVG laid out by a font's widths).

use super::app::Explorer;
use super::store::StoreRef;
use crate::charts::{ChartSpec, View};
use crate::data::Dataset;
use crate::locale::Locale;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A chart the prerendered page shows where its canvas will be.
pub struct PreChart<'a> {
    /// The canvas's id (`chart-gmv`).
    pub id: &'a str,
    pub spec: &'a ChartSpec,
    pub view: &'a View,
    pub locale: &'a Locale,
    /// The drawing's size in CSS px at each of [`WIDTHS`].
    pub sizes: [(u32, u32); 2],
    /// The lead card's: on the first screen.
    pub lead: bool,
}

/// The markup of a chart's box: its drawings at [`WIDTHS`], the nearer one
/// shown (the xtask's: inline SVG on the first screen, SVG files below it).
pub type DrawSvg = dyn Fn(&PreChart) -> String;

/// The widths each chart is prerendered at, in CSS px: a phone's column and
/// a desktop's. The one nearer the reader's screen is shown, scaled to the
/// canvas's box.
pub const WIDTHS: [u32; 2] = [340, 760];

/// The screen width from which the wider drawing is shown (the stylesheet's
/// `.pre-wide` rule says the same).
pub const WIDE_FROM: u32 = 600;

/// Given to the components by the prerender: how to draw a chart as SVG.
#[derive(Clone)]
pub struct Prerender(pub Rc<DrawSvg>);

impl PartialEq for Prerender {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of [`Prerendered`].
#[derive(Properties, PartialEq)]
pub struct PrerenderedProps {
    /// The share link's query the page is rendered for (`lang=zh`).
    pub query: AttrValue,
    pub draw: Prerender,
}

/// The whole page for `query`, with every chart drawn as SVG.
#[function_component(Prerendered)]
pub fn prerendered(p: &PrerenderedProps) -> Html {
    match Dataset::embedded() {
        Ok(ds) => html! {
            <ContextProvider<Prerender> context={p.draw.clone()}>
                <Explorer dataset={ds} query={Some(p.query.clone())} />
            </ContextProvider<Prerender>>
        },
        Err(_) => Html::default(),
    }
}

/// The store of the page for `query` as the app shows it once settled: with
/// the Monte Carlo's result (the same seeded run the worker makes), so the
/// bands, chances and notes it brings are prerendered too and the page does
/// not grow when the app's own result comes.
pub fn settled_store(ds: &'static Dataset, query: &str) -> StoreRef {
    let store = StoreRef::new(ds, query, Vec::new());
    // Natively, where the prerender runs (the wasm never calls this).
    #[cfg(not(target_arch = "wasm32"))]
    {
        let scenario = store.read(|s| s.session.assumptions().scenario.clone());
        let result = Rc::new(crate::scenario::monte_carlo(&scenario));
        // No time: the build machine's would be shown to readers as the
        // page's, and would make every build's index.html differ.
        let millis = f64::NAN;
        store.set_mc(crate::worker::McState::Done { result, millis });
    }
    store
}

/// The ids of the two `<template>`s (inert: never shown, run or indexed,
/// and no inline script for the Content Security Policy to weigh) whose
/// text carries the prerendered page's Monte Carlo run to the app: the
/// scenario, as `serde_json` writes it, and its result.
pub const FIRST_RUN_SCENARIO: &str = "lce-mc-scenario";
pub const FIRST_RUN_RESULT: &str = "lce-mc-result";

/// The `<template>`s of the prerendered view's Monte Carlo run (the default
/// view's scenario, the same seeded run [`settled_store`] shows), for
/// `cargo xtask dist` to write into index.html: the app opening on that
/// view takes the result instead of running it again in its worker
/// ([`first_run`]), so it draws its charts once, with their bands, and
/// starts no worker until the reader changes something.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_run_blocks(ds: &'static Dataset) -> Result<String, serde_json::Error> {
    let store = StoreRef::new(ds, "", Vec::new());
    let scenario = store.read(|s| s.session.assumptions().scenario.clone());
    let result = crate::scenario::monte_carlo(&scenario);
    // Markup's `<` and `&` escaped as JSON escapes, so the HTML parser
    // reads the text back as it was written.
    let block = |id: &str, json: String| {
        format!(
            "<template id=\"{id}\">{}</template>",
            json.replace('<', "\\u003c").replace('&', "\\u0026")
        )
    };
    Ok(block(FIRST_RUN_SCENARIO, serde_json::to_string(&scenario)?)
        + &block(FIRST_RUN_RESULT, serde_json::to_string(&result)?))
}

/// The prerendered view's Monte Carlo result, when `scenario` is the one it
/// ran (compared as `serde_json` writes both), read once: the blocks are
/// removed, so only the page's first run can take it. `None` without them
/// (`cargo xtask serve`, tests), for another scenario, or when unreadable;
/// then the worker runs it.
pub fn first_run(scenario: &crate::scenario::Scenario) -> Option<crate::scenario::McResult> {
    let doc = super::window()?.document()?;
    let take = |id: &str| {
        let block = doc
            .get_element_by_id(id)?
            .dyn_into::<web_sys::HtmlTemplateElement>()
            .ok()?;
        block.remove();
        block.content().text_content()
    };
    let (ran, result) = (take(FIRST_RUN_SCENARIO)?, take(FIRST_RUN_RESULT)?);
    if serde_json::to_string(scenario).ok()? != ran {
        return None;
    }
    serde_json::from_str(&result).ok()
}

/// A canvas's height for a width: `width × aspect` within
/// `min..=max` CSS px, as `ChartCanvas` sizes its canvas.
pub fn height_for(width: f64, aspect: f64, min: f64, max: f64) -> f64 {
    (width * aspect).clamp(min, max.max(min))
}

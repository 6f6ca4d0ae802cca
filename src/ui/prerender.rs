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

/// A canvas's height for a width: `width × aspect` within
/// `min..=max` CSS px, as `ChartCanvas` sizes its canvas.
pub fn height_for(width: f64, aspect: f64, min: f64, max: f64) -> f64 {
    (width * aspect).clamp(min, max.max(min))
}

//! The Yew user interface: thin components that hold UI state and call the
//! core (`views`, `charts`) for everything they show.

mod announce;
mod app;
pub mod canvas_backend;
mod card;
mod chart_canvas;
mod clipboard;
mod compare;
mod controls;
pub mod defer;
mod download;
mod embed;
pub mod fatal;
mod grid;
mod lab;
mod nav;
mod near;
mod number_field;
mod panel;
mod parts;
mod png;
pub mod prefs;
pub mod prerender;
mod saved;
mod scrubber;
mod slider;
mod sources;
mod storage;
pub mod store;
mod story;
pub mod theme;
pub mod timing;
mod toolbar;
mod units;
mod url;

pub use app::App;
pub use chart_canvas::ChartCanvas;
pub use scrubber::Scrubber;
pub use slider::Slider;
pub use story::Story;

/// Installs the panic screen and mounts the app on `#app` (or `<body>`).
pub fn start() {
    fatal::install();
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    match document.get_element_by_id("app") {
        Some(root) => {
            // Replace the "loading" text that index.html shows before the wasm runs.
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// The browser window, or `None` where there is none: in the Monte Carlo
/// worker, and natively, where `cargo xtask dist` renders these components
/// into the prerendered page (calling into JavaScript there panics, so
/// every component reads the window through this).
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

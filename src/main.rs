//! The web app's entry point, built by Trunk. The same wasm also runs the
//! Monte Carlo Web Worker (`src/worker/mc_worker_loader.js` instantiates it
//! in the worker), where there is no window: there it serves the worker's
//! requests instead of mounting the page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    if web_sys::window().is_none() {
        if let Err(e) = live_commerce_explorer::worker::host::serve_worker_scope() {
            // Nothing to answer to: the page sees no `Ready` and reports it.
            gloo::console::error!("Monte Carlo worker could not start:", e);
        }
        return;
    }
    live_commerce_explorer::ui::start();
}

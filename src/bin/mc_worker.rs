//! The Monte Carlo Web Worker, built by Trunk from the `mc_worker` link in
//! `index.html` (`data-type="worker"`). It only computes: requests and
//! answers are in `live_commerce_explorer::worker::protocol`, the job loop in
//! `worker::runner`, the event-loop glue in `worker::host`.

#[cfg(target_arch = "wasm32")]
fn main() {
    if let Err(e) = live_commerce_explorer::worker::host::serve_worker_scope() {
        // Nothing to answer to: the page sees no `Ready` and reports it.
        gloo::console::error!("Monte Carlo worker could not start:", e);
    }
}

/// Off the browser there is nothing to serve; this keeps native builds working.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}

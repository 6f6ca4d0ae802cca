//! The Monte Carlo off the main thread: a Web Worker that runs the app's own
//! wasm (`src/worker/mc_worker_loader.js` starts it there, and `main`, in
//! `src/main.rs`, finding no window, serves [`host::serve_worker_scope`])
//! and the page's client for it.
//!
//! - [`protocol`]: the messages (JSON text over `postMessage`).
//! - [`runner`]: the worker's job loop without the browser: one job at a
//!   time, drawn in chunks; a newer `Run` or a `Cancel` ends the current job.
//! - [`host`] (wasm only): the worker's event-loop glue; between chunks it
//!   yields through a `MessageChannel` so new requests are read.
//! - [`client`]: one worker per page behind [`use_monte_carlo`], and
//!   `lce_run_monte_carlo` for the browser benchmark and end-to-end tests.
//!
//! The worker only computes: plotters needs the DOM to measure text, so
//! drawing stays on the main thread.

pub mod client;
#[cfg(target_arch = "wasm32")]
pub mod host;
pub mod protocol;
pub mod runner;

pub use client::{McHandle, McState, use_monte_carlo, use_monte_carlo_from};

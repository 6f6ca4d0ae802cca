//! Live Commerce Explorer: a 2020 article on live-stream e-commerce in China
//! turned into an explorable model.
//!
//! The pure core (`data`, `model`, `format`, `views`, `charts`) has no browser
//! types and is tested natively; `ui` is a thin Yew layer over it.

pub mod charts;
pub mod checks;
pub mod data;
pub mod derived;
pub mod export;
pub mod format;
pub mod history;
pub mod locale;
pub mod model;
pub mod panels;
pub mod saved;
pub mod scenario;
pub mod session;
pub mod share;
pub mod story;
pub mod ui;
pub mod views;
pub mod worker;

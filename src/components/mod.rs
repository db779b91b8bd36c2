//! Leptos views: they create the signals, derive values with memos, and sync with the outside
//! world (URL, canvases) in effects. All math comes from `laws`, all state handling from
//! `state`, all drawing from `plots`.

pub mod app;
pub mod beyond;
pub mod canvas_backend;
pub mod coefficients;
pub mod controls;
pub mod curves;
pub mod dom;
pub mod emergence;
pub mod explain;
pub mod export;
pub mod fit;
pub mod formula;
pub mod keyboard;
pub mod notice;
pub mod offline;
pub mod planner;
pub mod plot_canvas;
pub mod readouts;
pub mod settled;
pub mod throttle;
pub mod toolbar;
pub mod tour;
pub mod visible;

pub use app::App;

//! Scaling-law visualiser: the library behind the web page.
//!
//! Data flows one way: [`laws`] (pure math) → [`state`] (what the user set, URL round-trip)
//! → [`plots`] (backend-generic drawing) → [`components`] (Leptos views). See `ARCHITECTURE.md`.

pub mod cache;
pub mod components;
pub mod famous_models;
pub mod i18n;
pub mod laws;
pub mod numbers;
pub mod panic_banner;
pub mod plots;
pub mod state;
pub mod tour;

//! Scaling-law visualiser: the library behind the web page.
//!
//! Data flows one way: [`laws`] (pure math) → `state` (what the user set, URL round-trip)
//! → `plots` (backend-generic drawing) → `components` (Leptos views). See `ARCHITECTURE.md`.

pub mod laws;

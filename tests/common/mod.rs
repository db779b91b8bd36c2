//! Shared by the native property tests (`mod common;`): proptest strategies that draw both
//! ends of a range often.
#![allow(dead_code)] // each test crate uses the part it needs

use proptest::prelude::*;

/// Log-uniform in `[lo, hi]`, with both ends drawn often.
pub fn log_uniform(lo: f64, hi: f64) -> impl Strategy<Value = f64> {
    prop_oneof![
        1 => Just(lo),
        1 => Just(hi),
        8 => (lo.ln()..=hi.ln()).prop_map(move |x| x.exp().clamp(lo, hi)),
    ]
}

/// Uniform in `[lo, hi]`, with both ends drawn often.
pub fn uniform(lo: f64, hi: f64) -> impl Strategy<Value = f64> {
    prop_oneof![1 => Just(lo), 1 => Just(hi), 8 => lo..=hi]
}

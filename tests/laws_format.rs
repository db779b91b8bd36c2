#![cfg(not(target_arch = "wasm32"))]
//! Human formatting and geometric grids.

use proptest::prelude::*;
use scaling_viz::laws::log_space;
use scaling_viz::numbers::{format_count, format_loss, format_ratio, format_sci};

#[test]
fn counts_have_three_significant_digits_and_a_suffix() {
    let cases = [
        (70e9, "70.0B"),
        (1.4e12, "1.40T"),
        (4e8, "400M"),
        (216.2e12, "216T"),
        (512.0, "512"),
        (1.5, "1.50"),
        (0.15, "0.150"),
        (1000.0, "1.00K"),
        (12_345.0, "12.3K"),
        (999_500.0, "1.00M"),
        (999_499.0, "999K"),
        (67e9, "67.0B"),
        (175e9, "175B"),
        (1e12, "1.00T"),
        (0.0, "0"),
        (-2.5e9, "-2.50B"),
    ];
    for (x, want) in cases {
        assert_eq!(format_count(x), want, "{x:e}");
    }
    // From 1e15 up it switches to scientific notation.
    assert_eq!(format_count(1e15), "1.00×10¹⁵");
    assert_eq!(format_count(999.7e12), "1.00×10¹⁵");
    assert_eq!(format_count(5.76e23), "5.76×10²³");
}

#[test]
fn scientific_notation_uses_superscripts() {
    let cases = [
        (5.76e23, "5.76×10²³"),
        (1e15, "1.00×10¹⁵"),
        (1.0, "1.00×10⁰"),
        (0.001, "1.00×10⁻³"),
        (1.234e-7, "1.23×10⁻⁷"),
        (9.999e20, "1.00×10²¹"),
        (-3.1e8, "-3.10×10⁸"),
        (6e18, "6.00×10¹⁸"),
        (1.27e26, "1.27×10²⁶"),
        (0.0, "0"),
    ];
    for (x, want) in cases {
        assert_eq!(format_sci(x), want, "{x:e}");
    }
}

#[test]
fn losses_have_three_decimals() {
    assert_eq!(format_loss(1.9372), "1.937");
    assert_eq!(format_loss(1.69), "1.690");
    assert_eq!(format_loss(2.0), "2.000");
}

#[test]
fn ratios() {
    let cases = [
        (20.3, "20.3"),
        (20.26, "20.3"),
        (0.15, "0.15"),
        (214.0, "214"),
        (1875.0, "1,875"),
        (1416.4, "1,416"),
        (213.6, "214"),
        (5.3, "5.30"),
        (9.999, "10.0"),
        (99.96, "100"),
        (12_345.0, "12.3K"),
        (0.0, "0.00"),
    ];
    for (x, want) in cases {
        assert_eq!(format_ratio(x), want, "{x}");
    }
    assert_eq!(format_ratio(0.001), "1.00×10⁻³");
}

#[test]
fn non_finite_prints_a_dash() {
    for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(format_count(x), "—");
        assert_eq!(format_sci(x), "—");
        assert_eq!(format_loss(x), "—");
        assert_eq!(format_ratio(x), "—");
    }
}

#[test]
fn log_space_includes_both_ends() {
    let v: Vec<f64> = log_space(1e15, 1e30, 16).collect();
    assert_eq!(v.len(), 16);
    assert_eq!(v[0], 1e15);
    assert_eq!(v[15], 1e30);
    for (i, x) in v.iter().enumerate() {
        let want = 10f64.powi(15 + i as i32);
        assert!(((x - want) / want).abs() < 1e-12, "{x:e} vs {want:e}");
    }
    assert_eq!(log_space(3.0, 7.0, 1).collect::<Vec<_>>(), [3.0]);
    assert_eq!(log_space(3.0, 7.0, 2).collect::<Vec<_>>(), [3.0, 7.0]);
    assert_eq!(log_space(1.0, 10.0, 0).count(), 0);
    assert_eq!(log_space(0.0, 10.0, 5).count(), 0);
    assert_eq!(log_space(-1.0, 10.0, 5).count(), 0);
    assert_eq!(log_space(1.0, f64::NAN, 5).count(), 0);
    // Descending grids work too.
    let down: Vec<f64> = log_space(100.0, 1.0, 3).collect();
    assert_eq!(down[0], 100.0);
    assert!((down[1] - 10.0).abs() < 1e-12);
    assert_eq!(down[2], 1.0);
    assert_eq!(log_space(1.0, 2.0, 400).len(), 400);
}

proptest! {
    #[test]
    fn formatters_never_print_nan_or_inf(bits in any::<u64>()) {
        let x = f64::from_bits(bits);
        for s in [format_count(x), format_sci(x), format_loss(x), format_ratio(x)] {
            let lower = s.to_lowercase();
            prop_assert!(!lower.contains("nan") && !lower.contains("inf"), "{x:e} → {s}");
            prop_assert!(!s.is_empty());
        }
    }

    #[test]
    fn counts_keep_three_significant_digits(exp in -2.9f64..14.9, sign in prop::bool::ANY) {
        let x = if sign { 10f64.powf(exp) } else { -(10f64.powf(exp)) };
        let s = format_count(x);
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        let significant = digits.trim_start_matches('0');
        prop_assert_eq!(significant.len(), 3, "{} → {}", x, s);
    }

    #[test]
    fn log_space_is_increasing_and_bounded(lo_exp in -5f64..20.0, span in 0.1f64..15.0, count in 2usize..500) {
        let (lo, hi) = (10f64.powf(lo_exp), 10f64.powf(lo_exp + span));
        let v: Vec<f64> = log_space(lo, hi, count).collect();
        prop_assert_eq!(v.len(), count);
        prop_assert_eq!(v[0], lo);
        prop_assert_eq!(v[count - 1], hi);
        prop_assert!(v.windows(2).all(|w| w[0] < w[1]));
    }
}

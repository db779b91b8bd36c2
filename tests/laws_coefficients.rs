#![cfg(not(target_arch = "wasm32"))]
//! Coefficient constants, field access and validation.

use scaling_viz::laws::{CoeffError, CoeffProblem, Coefficients};

#[test]
fn published_constants() {
    let c = Coefficients::CHINCHILLA;
    assert_eq!((c.e, c.a, c.b, c.alpha, c.beta), (1.69, 406.4, 410.7, 0.34, 0.28));
    let e = Coefficients::EPOCH;
    assert_eq!((e.e, e.a, e.b, e.alpha, e.beta), (1.8172, 482.01, 2085.43, 0.3478, 0.3658));
    assert!(c.validate().is_ok() && e.validate().is_ok());
}

#[test]
fn fields_get_and_set() {
    assert_eq!(Coefficients::FIELDS, ["E", "A", "B", "alpha", "beta"]);
    let mut c = Coefficients::CHINCHILLA;
    let values = [1.0, 2.0, 3.0, 0.4, 0.5];
    for (field, v) in Coefficients::FIELDS.into_iter().zip(values) {
        assert!(c.set(field, v));
        assert_eq!(c.get(field), Some(v));
    }
    assert_eq!(c, Coefficients { e: 1.0, a: 2.0, b: 3.0, alpha: 0.4, beta: 0.5 });
    let before = c;
    assert!(!c.set("gamma", 1.0));
    assert!(!c.set("e", 1.0), "field names are case-sensitive");
    assert_eq!(c, before);
    assert_eq!(c.get("a"), None);
    assert_eq!(c.get(""), None);
}

#[test]
fn valid_ranges_are_documented_values() {
    assert_eq!(Coefficients::valid_range("E"), Some((0.01, 10.0)));
    assert_eq!(Coefficients::valid_range("A"), Some((1.0, 1e6)));
    assert_eq!(Coefficients::valid_range("B"), Some((1.0, 1e6)));
    assert_eq!(Coefficients::valid_range("alpha"), Some((0.05, 2.0)));
    assert_eq!(Coefficients::valid_range("beta"), Some((0.05, 2.0)));
    assert_eq!(Coefficients::valid_range("gamma"), None);
    // Both published fits sit well inside.
    for field in Coefficients::FIELDS {
        let (lo, hi) = Coefficients::valid_range(field).unwrap();
        for c in [Coefficients::CHINCHILLA, Coefficients::EPOCH] {
            let v = c.get(field).unwrap();
            assert!(lo < v && v < hi, "{field} = {v}");
        }
    }
}

#[test]
fn validation_names_the_field_and_the_reason() {
    let mut c = Coefficients::CHINCHILLA;
    c.alpha = 7.0;
    let errors = c.validate().unwrap_err();
    assert_eq!(
        errors,
        vec![CoeffError { field: "alpha", value: 7.0, problem: CoeffProblem::OutOfRange { min: 0.05, max: 2.0 } }]
    );
    assert_eq!(errors[0].to_string(), "alpha = 7 is out of range 0.05…2");

    let mut c = Coefficients::CHINCHILLA;
    c.e = f64::NAN;
    c.a = -3.0;
    c.b = 0.0;
    c.beta = f64::INFINITY;
    let errors = c.validate().unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, ["E", "A", "B", "beta"]);
    assert_eq!(errors[0].problem, CoeffProblem::NotFinite);
    assert_eq!(errors[1].problem, CoeffProblem::NotPositive);
    assert_eq!(errors[2].problem, CoeffProblem::NotPositive);
    assert_eq!(errors[3].problem, CoeffProblem::NotFinite);
    assert_eq!(errors[0].to_string(), "E = NaN is not a finite number");
    assert_eq!(errors[1].to_string(), "A = -3 must be greater than 0");
    assert_eq!(errors[2].to_string(), "B = 0 must be greater than 0");
    assert_eq!(errors[3].to_string(), "beta = inf is not a finite number");
    for e in &errors {
        assert!(e.to_string().starts_with(e.field));
    }
}

#[test]
fn range_ends_are_inclusive() {
    for field in Coefficients::FIELDS {
        let (lo, hi) = Coefficients::valid_range(field).unwrap();
        for v in [lo, hi] {
            let mut c = Coefficients::CHINCHILLA;
            c.set(field, v);
            assert!(c.validate().is_ok(), "{field} = {v}");
        }
        for v in [lo * 0.999, hi * 1.001] {
            let mut c = Coefficients::CHINCHILLA;
            c.set(field, v);
            let errors = c.validate().unwrap_err();
            assert_eq!(errors.len(), 1);
            assert_eq!(errors[0].field, field);
            assert_eq!(errors[0].problem, CoeffProblem::OutOfRange { min: lo, max: hi });
        }
    }
}

#[test]
fn sanitized_clamps_and_replaces() {
    assert_eq!(Coefficients::EPOCH.sanitized(), Coefficients::EPOCH);
    let bad = Coefficients { e: f64::NAN, a: 1e9, b: -5.0, alpha: 0.01, beta: f64::NEG_INFINITY };
    let fixed = bad.sanitized();
    assert!(fixed.is_valid());
    assert_eq!(fixed, Coefficients { e: 1.69, a: 1e6, b: 1.0, alpha: 0.05, beta: 0.28 });
}

#[test]
fn serde_uses_the_url_keys() {
    let json = serde_json::to_value(Coefficients::CHINCHILLA).unwrap();
    let obj = json.as_object().unwrap();
    let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut want = Coefficients::FIELDS.to_vec();
    want.sort_unstable();
    assert_eq!(keys, want);
    assert_eq!(obj["E"], 1.69);
    let back: Coefficients = serde_json::from_value(json).unwrap();
    assert_eq!(back, Coefficients::CHINCHILLA);
}

#![cfg(not(target_arch = "wasm32"))]
//! Hoffmann et al. 2022 (arXiv 2203.15556) reproduced: Table 3 by Approach 1, Table A3 by
//! Approaches 2 and 3, the published-coefficient subtlety at Gopher's budget, and the closed-form
//! optimum of every parametric law against a numerical minimisation.
//!
//! Every expected number below is printed in a paper (table, figure or equation named beside
//! it) or computed in this file from printed coefficients, never taken from the crate.

use scaling_viz::laws::{Coefficients, Law, LawId};

/// Gopher's training budget (Hoffmann et al. Table 3, "1 Gopher unit").
const GOPHER_FLOPS: f64 = 5.76e23;

fn rel_err(got: f64, want: f64) -> f64 {
    ((got - want) / want).abs()
}

#[track_caller]
fn assert_close(what: &str, got: f64, want: f64, tol: f64) {
    let err = rel_err(got, want);
    assert!(err <= tol, "{what}: got {got:e}, want {want:e} (relative error {err:.3e} > {tol:e})");
}

/// Table 3 of Hoffmann et al. 2022: (parameters, FLOPs, tokens) projected by Approach 1.
const TABLE_3: [(f64, f64, f64); 9] = [
    (400e6, 1.92e19, 8.0e9),
    (1e9, 1.21e20, 20.2e9),
    (10e9, 1.23e22, 205.1e9),
    (67e9, 5.76e23, 1.5e12),
    (175e9, 3.85e24, 3.7e12),
    (280e9, 9.90e24, 5.9e12),
    (520e9, 3.43e25, 11.0e12),
    (1e12, 1.27e26, 21.2e12),
    (10e12, 1.30e28, 216.2e12),
];

/// Table A3 of Hoffmann et al. 2022, Approach 2 columns: (parameters, FLOPs, tokens).
const TABLE_A3_APPROACH_2: [(f64, f64, f64); 9] = [
    (400e6, 1.84e19, 7.7e9),
    (1e9, 1.20e20, 20.0e9),
    (10e9, 1.32e22, 219.5e9),
    (67e9, 6.88e23, 1.7e12),
    (175e9, 4.54e24, 4.3e12),
    (280e9, 1.18e25, 7.1e12),
    (520e9, 4.19e25, 13.4e12),
    (1e12, 1.59e26, 26.5e12),
    (10e12, 1.75e28, 292.0e12),
];

/// Table A3 of Hoffmann et al. 2022 (App. D.3), Approach 3 columns: (parameters, FLOPs, tokens).
///
/// The 175B row is printed as "1.26e+24" FLOPs, which contradicts its own token count:
/// 6 · 175e9 · 12.0e12 = 1.26e25, and every other row has 6ND within 4.1 % of its FLOPs. The
/// row is kept here with 1.26e25 (a misprinted exponent; with 1.26e24 it would be 67 % off).
const TABLE_A3_APPROACH_3: [(f64, f64, f64); 9] = [
    (400e6, 2.21e19, 9.2e9),
    (1e9, 1.62e20, 27.1e9),
    (10e9, 2.46e22, 410.1e9),
    (67e9, 1.71e24, 4.1e12),
    (175e9, 1.26e25, 12.0e12),
    (280e9, 3.52e25, 20.1e12),
    (520e9, 1.36e26, 43.5e12),
    (1e12, 5.65e26, 94.1e12),
    (10e12, 8.55e28, 1425.5e12),
];

#[test]
fn approach_1_reproduces_table_3_within_5_percent() {
    let law = Law::builtin(LawId::Chinchilla2022A1);
    for (n, c, d) in TABLE_3 {
        let opt = law.optimum(c);
        assert_close(&format!("Table 3 N* at {c:e}"), opt.n, n, 0.05);
        assert_close(&format!("Table 3 D* at {c:e}"), opt.d, d, 0.05);
    }
}

#[test]
fn approach_2_reproduces_table_a3_within_3_percent() {
    let law = Law::builtin(LawId::Chinchilla2022A2);
    for (n, c, d) in TABLE_A3_APPROACH_2 {
        let opt = law.optimum(c);
        assert_close(&format!("Table A3 N* at {c:e}"), opt.n, n, 0.03);
        assert_close(&format!("Table A3 D* at {c:e}"), opt.d, d, 0.03);
    }
}

/// Table A3's Approach 3 column, and which eq. 10 it comes from.
///
/// Neither set of eq. 10 coefficients reproduces the column exactly. The printed rows follow
/// N* ∝ C^0.459 (400M → 10T: ln(10e12/400e6) / ln(8.55e28/2.21e19) = 0.4587), steeper than
/// both the unrounded fit (a = β/(α+β) = 0.4565) and the rounded one (0.28/0.62 = 0.4516), so the
/// table was computed from coefficients the paper does not print. Of the two that are public:
///
/// * the unrounded fit of the TeX source ([`Coefficients::CHINCHILLA_UNROUNDED`], Besiroglu et
///   al. 2024) reproduces every row's N* within 8 % and D* within 11 % at the printed budget.
///   The N* misses grow with C because of the slope gap (−2.8 % at 400M, −7.3 % at 10T); the
///   largest D* miss, +10.6 %, is the 280B row, whose own FLOPs and tokens disagree by 4.1 %
///   under C = 6ND (6 · 280e9 · 20.1e12 = 3.38e25, printed 3.52e25), and D* = C/(6N*) takes all
///   of that. 8 % and 11 % are the tightest whole-percent claims these coefficients justify;
/// * the rounded eq. 10 the page uses (E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28)
///   misses every row by far more: N* 18–30 % below the table, D* 23–43 % above. This is the
///   same rounding subtlety as Gopher's 32B against Fig. 4's 40B (below).
#[test]
fn approach_3_table_a3_is_the_unrounded_fit_within_8_and_11_percent_not_the_rounded_one() {
    for (n, c, d) in TABLE_A3_APPROACH_3 {
        let unrounded = Coefficients::CHINCHILLA_UNROUNDED.optimum(c);
        assert_close(&format!("Table A3 (Approach 3) N* at {c:e}, unrounded fit"), unrounded.n, n, 0.08);
        assert_close(&format!("Table A3 (Approach 3) D* at {c:e}, unrounded fit"), unrounded.d, d, 0.11);

        let page = Law::builtin(LawId::Chinchilla2022).optimum(c);
        assert!(
            page.n < n * (1.0 - 0.15) && page.d > d * (1.0 + 0.15),
            "the rounded eq. 10 is expected to miss Table A3 by over 15 % at {c:e}: N* {:e} vs {n:e}, D* {:e} vs {d:e}",
            page.n,
            page.d
        );
    }
}

#[test]
fn allocation_exponents_are_table_2() {
    let a1 = scaling_viz::laws::PowerAllocation::APPROACH_1;
    let a2 = scaling_viz::laws::PowerAllocation::APPROACH_2;
    assert_eq!((a1.param_exponent(), a1.data_exponent()), (0.50, 0.50));
    assert_eq!(a2.param_exponent(), 0.49);
    assert_close("A2 data exponent", a2.data_exponent(), 0.51, 1e-12);
    // Approach 3: Table 2 prints a = 0.46, b = 0.54, computed from the unrounded fit
    // (α = 0.3392, β = 0.2849 → a = 0.4565). The rounded eq. 10 values give a = 0.28/0.62 = 0.4516:
    // part of the known subtlety of using the coefficients as published.
    let (a, b) = Coefficients::CHINCHILLA.allocation_exponents();
    assert!((a - 0.28 / 0.62).abs() < 1e-12 && (a + b - 1.0).abs() < 1e-12, "{a} {b}");
    assert!((a - 0.46).abs() < 0.01 && (b - 0.54).abs() < 0.01, "{a} {b}");
    // Epoch's refit: a = 0.5126 (Besiroglu et al. 2024, §3).
    let (a, _) = Coefficients::EPOCH.allocation_exponents();
    assert!((a - 0.5126).abs() < 0.0005, "{a}");
}

/// Hoffmann et al. 2022, eq. 4, written out here so the expected values do not come from the
/// crate: N_opt(C) = G·(C/6)^(β/(α+β)) with G = (αA/(βB))^(1/(α+β)), and D_opt = C/(6 N_opt)
/// (equal to G⁻¹·(C/6)^(α/(α+β)) of eq. 4). Plain `powf`, not the crate's log-space form.
fn hoffmann_eq_4(c: f64, a: f64, b: f64, alpha: f64, beta: f64) -> (f64, f64) {
    let g = (alpha * a / (beta * b)).powf(1.0 / (alpha + beta));
    let n = g * (c / 6.0).powf(beta / (alpha + beta));
    (n, c / (6.0 * n))
}

/// The "known subtlety": at Gopher's budget the published (rounded) Approach 3 coefficients give
/// ≈32B / ≈3.0T, far from Approach 1's 67B / 1.5T; Epoch's refit lands near Approach 1.
///
/// Sources: Gopher's budget 5.76e23 FLOPs (Hoffmann et al. Fig. 2 caption and Table 3's
/// "1 Gopher unit"); Approach 1's 67B / 1.5T (Table 3, 67B row); Approach 2's 63B (Fig. 3,
/// centre); the Approach 3 coefficients E, A, B, α, β = 1.69, 406.4, 410.7, 0.34, 0.28 (eq. 10,
/// App. D.2); Epoch's A, B, α, β = 482.01, 2085.43, 0.3478, 0.3658 (Besiroglu et al. 2024,
/// Table 1; their public notebook prints 482.00572, 2085.43420, 0.34781, 0.36585). The ≈32B /
/// ≈3.0T and ≈72B / ≈1.33T are not printed anywhere: they are eq. 4 at 5.76e23 with those
/// coefficients (32.19B / 2.982T and 72.25B / 1.329T), computed by [`hoffmann_eq_4`].
#[test]
fn gopher_budget_subtlety() {
    let (n3, d3) = hoffmann_eq_4(GOPHER_FLOPS, 406.4, 410.7, 0.34, 0.28);
    assert!((n3 / 1e9).round() == 32.0 && (d3 / 1e11).round() == 30.0, "eq. 4: {n3:e} / {d3:e}");
    let a3 = Law::builtin(LawId::Chinchilla2022).optimum(GOPHER_FLOPS);
    assert_close("Approach 3 N* (eq. 4, eq. 10)", a3.n, n3, 1e-12);
    assert_close("Approach 3 D* (eq. 4, eq. 10)", a3.d, d3, 1e-12);

    let a1 = Law::builtin(LawId::Chinchilla2022A1).optimum(GOPHER_FLOPS);
    assert_close("Approach 1 N* (Table 3)", a1.n, 67e9, 1e-12);
    // Table 3 prints 1.5T; 5.76e23 / (6·67e9) = 1.43T is what C = 6ND allows.
    assert_close("Approach 1 D* (Table 3)", a1.d, 1.5e12, 0.05);

    let a2 = Law::builtin(LawId::Chinchilla2022A2).optimum(GOPHER_FLOPS);
    assert_close("Approach 2 N* (Fig. 3)", a2.n, 63e9, 1e-9);
    // Fig. 3 labels 1.4T; 5.76e23 / (6·63e9) = 1.52T is what C = 6ND allows.
    assert_close("Approach 2 D*", a2.d, GOPHER_FLOPS / (6.0 * 63e9), 1e-12);

    let (ne, de) = hoffmann_eq_4(GOPHER_FLOPS, 482.01, 2085.43, 0.3478, 0.3658);
    assert!((ne / 1e9).round() == 72.0 && (de / 1e10).round() == 133.0, "eq. 4: {ne:e} / {de:e}");
    let epoch = Law::builtin(LawId::Epoch2024).optimum(GOPHER_FLOPS);
    assert_close("Epoch N* (eq. 4, Besiroglu Table 1)", epoch.n, ne, 1e-12);
    assert_close("Epoch D* (eq. 4, Besiroglu Table 1)", epoch.d, de, 1e-12);

    // Chinchilla itself (70B, 1.4T; Hoffmann et al. Table 1) is 20 tokens per parameter;
    // Approach 1 agrees, the rounded Approach 3 puts over 80 tokens on each parameter.
    assert!((19.0..23.0).contains(&a1.tokens_per_param), "{}", a1.tokens_per_param);
    assert!(a3.tokens_per_param > 80.0, "{}", a3.tokens_per_param);
}

/// Why the page's Approach 3 says ≈32B where the paper's Fig. 4 says 40B: the paper prints eq.
/// 10 rounded; the unrounded values of its TeX source (Besiroglu et al. 2024) give ≈40B.
#[test]
fn unrounded_approach_3_gives_the_40b_of_figure_4() {
    let unrounded = Coefficients::CHINCHILLA_UNROUNDED.optimum(GOPHER_FLOPS);
    assert_close("unrounded Approach 3 N* (Fig. 4: 40B)", unrounded.n, 40e9, 0.02);
    let rounded = Coefficients::CHINCHILLA.optimum(GOPHER_FLOPS);
    assert!(rounded.n < 0.85 * unrounded.n, "{:e} vs {:e}", rounded.n, unrounded.n);
    // The two agree to the printed precision.
    let u = Coefficients::CHINCHILLA_UNROUNDED;
    assert_eq!(format!("{:.2} {:.1} {:.1} {:.2} {:.2}", u.e, u.a, u.b, u.alpha, u.beta), "1.69 406.4 410.7 0.34 0.28");
}

/// Along the frontier only L − E is a power law in C: L*(C) − E ∝ C^−αβ/(α+β).
#[test]
fn the_reducible_loss_is_the_power_law_of_the_frontier() {
    for c in [Coefficients::CHINCHILLA, Coefficients::EPOCH] {
        let k = c.reducible_loss_exponent();
        let (c1, c2) = (1e20, 1e24);
        let (l1, l2) = (c.optimum(c1).loss - c.e, c.optimum(c2).loss - c.e);
        let slope = -(l2.ln() - l1.ln()) / (c2.ln() - c1.ln());
        assert_close("frontier exponent of L − E", slope, k, 1e-9);
        // The loss itself is not: its local slope falls as it nears E.
        let local = |c0: f64| -((c.optimum(c0 * 1.1).loss).ln() - (c.optimum(c0).loss).ln()) / 1.1f64.ln();
        assert!(local(1e28) < local(1e18) / 2.0);
    }
}

#[test]
fn allocation_losses_use_the_chinchilla_surface() {
    let surface = Law::builtin(LawId::Chinchilla2022);
    for id in [LawId::Chinchilla2022A1, LawId::Chinchilla2022A2] {
        let law = Law::builtin(id);
        assert_eq!(law.surface(), Some(Coefficients::CHINCHILLA));
        assert_eq!(law.loss(1e9, 2e10), surface.loss(1e9, 2e10));
        let opt = law.optimum(GOPHER_FLOPS);
        assert_eq!(opt.loss, surface.loss(opt.n, opt.d));
        // The allocation is off the surface's own optimum, so its loss is a bit higher.
        assert!(opt.loss >= surface.optimum(GOPHER_FLOPS).loss);
    }
}

/// Minimises `f` over `[lo, hi]` by golden-section search; returns the abscissa.
fn golden_section(f: impl Fn(f64) -> f64, mut lo: f64, mut hi: f64) -> f64 {
    let inv_phi = (5f64.sqrt() - 1.0) / 2.0;
    let mut x1 = hi - inv_phi * (hi - lo);
    let mut x2 = lo + inv_phi * (hi - lo);
    let (mut f1, mut f2) = (f(x1), f(x2));
    for _ in 0..200 {
        if hi - lo < 1e-13 {
            break;
        }
        if f1 <= f2 {
            hi = x2;
            x2 = x1;
            f2 = f1;
            x1 = hi - inv_phi * (hi - lo);
            f1 = f(x1);
        } else {
            lo = x1;
            x1 = x2;
            f1 = f2;
            x2 = lo + inv_phi * (hi - lo);
            f2 = f(x2);
        }
    }
    (lo + hi) / 2.0
}

/// The closed form (eq. 4) against a numerical minimisation of the loss along `6ND = C`,
/// searched in ln N over N ∈ [1, C/6] (i.e. D ≥ 1). The constant E is left out of the
/// objective, because near the minimum the loss changes by less than one ulp of E.
fn check_closed_form_against_search(label: &str, coefficients: Coefficients) {
    let law = if coefficients == Coefficients::CHINCHILLA {
        Law::builtin(LawId::Chinchilla2022)
    } else if coefficients == Coefficients::EPOCH {
        Law::builtin(LawId::Epoch2024)
    } else {
        Law::custom(coefficients).expect("test coefficients are valid")
    };
    let s = law.surface().expect("parametric");
    for i in 0..=30 {
        let c = 10f64.powf(15.0 + 0.5 * f64::from(i));
        let excess = |ln_n: f64| {
            let n = ln_n.exp();
            s.model_term(n) + s.data_term(c / (6.0 * n))
        };
        let n_search = golden_section(excess, 0.0, (c / 6.0).ln()).exp();
        let opt = law.optimum(c);
        assert_close(&format!("{label} N* at C={c:e}"), opt.n, n_search, 1e-6);
        assert_close(&format!("{label} D* at C={c:e}"), opt.d, c / (6.0 * n_search), 1e-6);
        assert_close(&format!("{label} loss at C={c:e}"), opt.loss, law.iso_flop_loss(c, n_search), 1e-6);
        assert!(opt.loss <= law.iso_flop_loss(c, n_search) * (1.0 + 1e-15));
    }
}

#[test]
fn closed_form_optimum_matches_golden_section_chinchilla() {
    check_closed_form_against_search("chinchilla2022", Coefficients::CHINCHILLA);
}

#[test]
fn closed_form_optimum_matches_golden_section_epoch() {
    check_closed_form_against_search("epoch2024", Coefficients::EPOCH);
}

#[test]
fn closed_form_optimum_matches_golden_section_custom() {
    let customs = [
        Coefficients { e: 1.0, a: 1000.0, b: 1000.0, alpha: 0.5, beta: 0.5 },
        Coefficients { e: 2.5, a: 50.0, b: 5000.0, alpha: 0.25, beta: 0.6 },
        Coefficients { e: 0.5, a: 2e5, b: 20.0, alpha: 1.2, beta: 0.3 },
    ];
    for (i, c) in customs.into_iter().enumerate() {
        check_closed_form_against_search(&format!("custom #{i}"), c);
    }
}

#[test]
fn optimum_formula_is_hoffmann_eq_4() {
    // N* = G (C/6)^a and D* = G⁻¹ (C/6)^b, with G, a, b as in eq. 4.
    let s = Coefficients::CHINCHILLA;
    let g = (s.alpha * s.a / (s.beta * s.b)).powf(1.0 / (s.alpha + s.beta));
    assert_close("G", s.g(), g, 1e-12);
    let a = s.beta / (s.alpha + s.beta);
    let b = s.alpha / (s.alpha + s.beta);
    for c in [1e18, GOPHER_FLOPS, 1e27] {
        let opt = s.optimum(c);
        assert_close("N*", opt.n, g * (c / 6.0).powf(a), 1e-12);
        assert_close("D*", opt.d, (c / 6.0).powf(b) / g, 1e-12);
    }
}

//! The region of (N, D, C) each paper actually fitted, so plots can shade extrapolation.

use super::units::FLOPS_PER_PF_DAY;

/// An inclusive interval `lo…hi` in raw units (parameters, tokens or FLOPs).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    /// Lower end, inclusive.
    pub lo: f64,
    /// Upper end, inclusive.
    pub hi: f64,
}

impl Span {
    /// The interval `lo…hi`.
    pub const fn new(lo: f64, hi: f64) -> Span {
        Span { lo, hi }
    }

    /// `true` when `lo ≤ x ≤ hi` (never for NaN).
    pub fn contains(&self, x: f64) -> bool {
        self.lo <= x && x <= self.hi
    }

    /// Geometric midpoint `√(lo·hi)`, the centre of the span on a log axis.
    pub fn log_center(&self) -> f64 {
        (self.lo * self.hi).sqrt()
    }
}

/// The fitted region of a law: parameters `n`, tokens `d`, compute `c` in FLOPs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FitRange {
    /// Parameters the fit saw.
    pub n: Span,
    /// Training tokens the fit saw.
    pub d: Span,
    /// Training compute the fit saw, FLOPs.
    pub c: Span,
}

impl FitRange {
    /// Hoffmann et al. 2022 (arXiv 2203.15556): "over 400 language models ranging from 70 million
    /// to over 16 billion parameters on 5 to 500 billion tokens" (abstract; §3.2 footnote 5: up to
    /// 16B in Approach 2); the nine IsoFLOP budgets range "from 6 × 10^18 to 3 × 10^21 FLOPs"
    /// (§3.2, Fig. 3). Approach 3 and Besiroglu et al. 2024 (who digitised the same runs from
    /// Fig. 4) fit the same data, so every Chinchilla-family law and `custom` use this range.
    pub const CHINCHILLA: FitRange =
        FitRange { n: Span::new(70e6, 16e9), d: Span::new(5e9, 500e9), c: Span::new(6e18, 3e21) };

    /// Kaplan et al. 2020 (arXiv 2001.08361), §3: models "ranging in size from 768 to 1.5 billion
    /// non-embedding parameters", datasets "ranging from 22 million to 23 billion tokens".
    ///
    /// Compute: the paper states L(C_min) holds "across eight orders of magnitude in C_min"
    /// (§1.2); the data of Fig. 13, the L(C_min) fit (1-layer networks excluded), span
    /// 1e-8 … 1 PF-day on its axis, i.e. 8.64e11 … 8.64e19 FLOPs. Cross-check from the N and D
    /// ranges: 6·768·22e6 ≈ 1e11 FLOPs and 6·1.5e9·23e9 ≈ 2e20 FLOPs (≈ 1.2e-9 … 2.4 PF-days).
    pub const KAPLAN: FitRange = FitRange {
        n: Span::new(768.0, 1.5e9),
        d: Span::new(22e6, 23e9),
        c: Span::new(1e-8 * FLOPS_PER_PF_DAY, FLOPS_PER_PF_DAY),
    };

    /// Muennighoff et al. 2023 (arXiv 2305.16264), abstract: "ranging up to 900 billion training
    /// tokens and 9 billion parameter models"; their smallest runs have about 10 million
    /// parameters (§4, App.), trained on at least 100 million tokens (the lower ends are
    /// approximate).
    pub const MUENNIGHOFF: FitRange =
        FitRange { n: Span::new(10e6, 9e9), d: Span::new(100e6, 900e9), c: Span::new(6e15, 4.86e22) };

    /// Bi et al. 2024 (DeepSeek LLM, arXiv 2401.02954), §3.2: IsoFLOP runs at compute budgets
    /// from 1e17 to 3e20 FLOPs. The paper gives model scale as FLOPs per token, so N and D
    /// here are where the law's own optimum lies at those two budgets (M_opt/6 and C/M_opt),
    /// rounded outward.
    pub const DEEPSEEK: FitRange =
        FitRange { n: Span::new(1e7, 2e9), d: Span::new(5e8, 5e10), c: Span::new(1e17, 3e20) };

    /// `true` when `n`, `d` and `6·n·d` all lie inside the fitted region.
    pub fn contains(&self, n: f64, d: f64) -> bool {
        self.n.contains(n) && self.d.contains(d) && self.c.contains(super::units::training_flops(n, d))
    }
}

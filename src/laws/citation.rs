//! Where each law comes from.

/// A paper reference as the page prints it, plus the exact place in it the numbers come from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Citation {
    /// Authors as printed: all of them up to four, otherwise "First et al.".
    pub authors: &'static str,
    /// Year of the arXiv version.
    pub year: u16,
    /// Paper title.
    pub title: &'static str,
    /// arXiv identifier, e.g. `"2203.15556"`.
    pub arxiv: &'static str,
    /// Equations, tables and figures the law's numbers come from, e.g. `"eq. 10, Table A3"`.
    pub source: &'static str,
}

impl Citation {
    /// `https://arxiv.org/abs/<id>`.
    pub fn arxiv_url(&self) -> String {
        format!("https://arxiv.org/abs/{}", self.arxiv)
    }

    /// Kaplan et al. 2020: L(N) eq. 1.1, L(D) eq. 1.2, L(C_min) eq. 1.3, L(N, D) eq. 1.5 with the
    /// Table 2 fit, N(C_min) from Table 6 / Fig. 14, overfitting guide eq. 4.4.
    pub const KAPLAN_2020: Citation = Citation {
        authors: "Kaplan et al.",
        year: 2020,
        title: "Scaling Laws for Neural Language Models",
        arxiv: "2001.08361",
        source: "eqs. 1.1–1.3, 1.5, 4.4; Tables 2, 6; Fig. 14",
    };

    /// Hoffmann et al. 2022, Approach 3: the surface of eq. 2 with the coefficients of eq. 10
    /// (App. D.2) and the closed-form frontier of eq. 4.
    pub const CHINCHILLA_2022: Citation = Citation {
        authors: "Hoffmann et al.",
        year: 2022,
        title: "Training Compute-Optimal Large Language Models",
        arxiv: "2203.15556",
        source: "eqs. 2, 4, 10 (Approach 3)",
    };

    /// Hoffmann et al. 2022, Approach 1: exponent from Table 2, anchor from Table 3.
    pub const CHINCHILLA_2022_A1: Citation = Citation {
        source: "Approach 1: Table 2 (a = 0.50), Table 3 (67B at 5.76e23 FLOPs)",
        ..Citation::CHINCHILLA_2022
    };

    /// Hoffmann et al. 2022, Approach 2: exponent from Table 2, anchor from Fig. 3.
    pub const CHINCHILLA_2022_A2: Citation = Citation {
        source: "Approach 2: Table 2 (a = 0.49), Fig. 3 (63B at 5.76e23 FLOPs)",
        ..Citation::CHINCHILLA_2022
    };

    /// Besiroglu, Erdil, Barnett, You 2024: refit of Approach 3, Table 1; frontier from
    /// Hoffmann et al. eq. 4.
    pub const EPOCH_2024: Citation = Citation {
        authors: "Besiroglu, Erdil, Barnett, You",
        year: 2024,
        title: "Chinchilla Scaling: A replication attempt",
        arxiv: "2404.10102",
        source: "Table 1 (refit of Approach 3)",
    };

    /// Muennighoff et al. 2023: eqs. 5–6 and the C4 fit published in the datablations README.
    pub const MUENNIGHOFF_2023: Citation = Citation {
        authors: "Muennighoff et al.",
        year: 2023,
        title: "Scaling Data-Constrained Language Models",
        arxiv: "2305.16264",
        source: "eqs. 5–6; C4 fit (datablations README)",
    };

    /// Bi et al. 2024 (DeepSeek LLM): the optimal model scale M (non-embedding FLOPs per
    /// token) and data against compute (§3.2), the batch size and learning rate (§3.1).
    pub const DEEPSEEK_2024: Citation = Citation {
        authors: "Bi et al.",
        year: 2024,
        title: "DeepSeek LLM: Scaling Open-Source Language Models with Longtermism",
        arxiv: "2401.02954",
        source: "§3.1 (batch size, learning rate), §3.2 (M_opt, D_opt)",
    };

    /// de Vries 2023, the over-training overhead (a blog post, not on arXiv).
    pub const DE_VRIES_2023: &'static str = "de Vries 2023, \"Go smol or go home\"";

    /// Sardana et al. 2024: training + inference FLOPs, §2–3.
    pub const SARDANA_2024: Citation = Citation {
        authors: "Sardana, Portes, Doubov, Frankle",
        year: 2024,
        title: "Beyond Chinchilla-Optimal: Accounting for Inference in Language Model Scaling Laws",
        arxiv: "2401.00448",
        source: "§2–3 (training + inference FLOPs)",
    };

    /// The `custom` law: user coefficients in the functional form of Hoffmann et al. eq. 2.
    pub const CUSTOM: Citation =
        Citation { source: "eq. 2 with user-given coefficients; optimum from eq. 4", ..Citation::CHINCHILLA_2022 };

    /// The law fitted in the page to the user's runs: eq. 2 fitted as in §3.3 (Huber loss,
    /// L-BFGS from a grid of starts); optimum from eq. 4.
    pub const FIT: Citation = Citation {
        source: "eq. 2 fitted to the user's runs as in §3.3 (Huber, L-BFGS); optimum from eq. 4",
        ..Citation::CHINCHILLA_2022
    };
}

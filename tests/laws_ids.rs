#![cfg(not(target_arch = "wasm32"))]
//! Law ids (strings, serde, i18n keys) and the per-law metadata: citation, fit range, unit.

use scaling_viz::laws::{Citation, Coefficients, FitRange, Law, LawId, LawKind, Span};

#[test]
fn ids_round_trip_through_as_str_and_parse() {
    let expected = [
        "kaplan2020",
        "chinchilla2022",
        "chinchilla2022-a1",
        "chinchilla2022-a2",
        "epoch2024",
        "muennighoff2023",
        "deepseek2024",
        "custom",
        "fit",
    ];
    assert_eq!(LawId::ALL.map(LawId::as_str), expected);
    for id in LawId::ALL {
        assert_eq!(LawId::parse(id.as_str()), Some(id));
        assert_eq!(id.as_str().parse::<LawId>(), Ok(id));
        assert_eq!(id.to_string(), id.as_str());
    }
}

#[test]
fn parse_accepts_exact_ids_only() {
    for bad in [
        "",
        "Kaplan2020",
        " kaplan2020",
        "kaplan2020 ",
        "chinchilla",
        "chinchilla2022a1",
        "chinchilla2022-A1",
        "epoch",
        "CUSTOM",
    ] {
        assert_eq!(LawId::parse(bad), None, "{bad:?}");
        assert!(bad.parse::<LawId>().is_err(), "{bad:?}");
    }
    let err = "nope".parse::<LawId>().unwrap_err();
    assert!(err.to_string().contains("nope"));
}

#[test]
fn serde_uses_the_id_strings() {
    for id in LawId::ALL {
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{}\"", id.as_str()));
        assert_eq!(serde_json::from_str::<LawId>(&json).unwrap(), id);
    }
    assert!(serde_json::from_str::<LawId>("\"Kaplan2020\"").is_err());
}

#[test]
fn ids_are_distinct_and_ordered_as_listed() {
    let mut sorted = LawId::ALL;
    sorted.sort();
    assert_eq!(sorted, LawId::ALL);
    // A set: every id distinct, wherever it is in the list.
    let strs: std::collections::BTreeSet<&str> = LawId::ALL.iter().map(|id| id.as_str()).collect();
    assert_eq!(strs.len(), LawId::ALL.len());
}

#[test]
fn every_law_reports_its_id_kind_and_unit() {
    for id in LawId::ALL {
        let law = Law::builtin(id);
        assert_eq!(law.id(), id);
        assert_eq!(law.loss_unit(), "nats/token");
        match (id, law.kind()) {
            (LawId::Kaplan2020, LawKind::Kaplan) => {}
            (LawId::Chinchilla2022 | LawId::Custom | LawId::Fit, LawKind::Parametric(c)) => {
                assert_eq!(c, Coefficients::CHINCHILLA)
            }
            (LawId::Epoch2024, LawKind::Parametric(c)) => assert_eq!(c, Coefficients::EPOCH),
            (LawId::Muennighoff2023, LawKind::Parametric(c)) => assert_eq!(c, Coefficients::MUENNIGHOFF),
            (LawId::Chinchilla2022A1 | LawId::Chinchilla2022A2, LawKind::Allocation { .. }) => {}
            (LawId::DeepSeek2024, LawKind::FlopsPerToken) => {}
            (id, kind) => panic!("{id}: unexpected kind {kind:?}"),
        }
    }
}

#[test]
fn custom_law_uses_given_coefficients_only_for_custom() {
    let mine = Coefficients { e: 2.0, a: 100.0, b: 200.0, alpha: 0.4, beta: 0.3 };
    assert_eq!(Law::new(LawId::Custom, mine).surface(), Some(mine));
    // The fitted law (issue 20) is the other user-given surface.
    assert_eq!(Law::new(LawId::Fit, mine).surface(), Some(mine));
    assert_eq!(Law::new(LawId::Chinchilla2022, mine).surface(), Some(Coefficients::CHINCHILLA));
    assert_eq!(Law::new(LawId::Epoch2024, mine).surface(), Some(Coefficients::EPOCH));
    assert_eq!(Law::custom(mine).unwrap(), Law::new(LawId::Custom, mine));
    assert_eq!(Law::builtin(LawId::Custom).surface(), Some(Coefficients::CHINCHILLA));
}

#[test]
fn invalid_custom_coefficients_never_produce_nan() {
    let bad = Coefficients { e: f64::NAN, a: -1.0, b: f64::INFINITY, alpha: 7.0, beta: 0.0 };
    let errors = Law::custom(bad).unwrap_err();
    assert_eq!(errors.len(), 5);
    let law = Law::new(LawId::Custom, bad);
    let s = law.surface().unwrap();
    assert!(s.validate().is_ok(), "{s:?}");
    let opt = law.optimum(1e24);
    for v in [opt.n, opt.d, opt.loss, law.loss(1e9, 1e10), law.iso_flop_loss(1e20, 1e8)] {
        assert!(v.is_finite(), "{v}");
    }
}

#[test]
fn citations_point_at_the_papers() {
    let cases = [
        (LawId::Kaplan2020, "2001.08361", 2020),
        (LawId::Chinchilla2022, "2203.15556", 2022),
        (LawId::Chinchilla2022A1, "2203.15556", 2022),
        (LawId::Chinchilla2022A2, "2203.15556", 2022),
        (LawId::Epoch2024, "2404.10102", 2024),
        (LawId::Muennighoff2023, "2305.16264", 2023),
        (LawId::Custom, "2203.15556", 2022),
    ];
    for (id, arxiv, year) in cases {
        let c: Citation = Law::builtin(id).citation();
        assert_eq!((c.arxiv, c.year), (arxiv, year), "{id}");
        assert!(!c.authors.is_empty() && !c.title.is_empty() && !c.source.is_empty());
        assert_eq!(c.arxiv_url(), format!("https://arxiv.org/abs/{arxiv}"));
    }
    assert!(Citation::CHINCHILLA_2022.source.contains("eq"));
    assert!(Citation::CHINCHILLA_2022_A1.source.contains("Table 3"));
    assert!(Citation::CHINCHILLA_2022_A2.source.contains("Fig. 3"));
    assert_eq!(Citation::EPOCH_2024.authors, "Besiroglu, Erdil, Barnett, You");
}

#[test]
fn fit_ranges_are_the_papers_training_runs() {
    for id in LawId::ALL {
        let fit = Law::builtin(id).fit_range();
        let want = match id {
            LawId::Kaplan2020 => FitRange::KAPLAN,
            LawId::Muennighoff2023 => FitRange::MUENNIGHOFF,
            LawId::DeepSeek2024 => FitRange::DEEPSEEK,
            _ => FitRange::CHINCHILLA,
        };
        assert_eq!(fit, want, "{id}");
        for span in [fit.n, fit.d, fit.c] {
            assert!(span.lo > 0.0 && span.lo < span.hi);
        }
    }
    let ch = FitRange::CHINCHILLA;
    assert_eq!((ch.n.lo, ch.n.hi), (70e6, 16e9));
    assert_eq!((ch.d.lo, ch.d.hi), (5e9, 500e9));
    assert_eq!((ch.c.lo, ch.c.hi), (6e18, 3e21));
    // Muennighoff et al. 2023, abstract: "up to 900 billion training tokens and 9 billion
    // parameter models".
    let m = FitRange::MUENNIGHOFF;
    assert_eq!((m.n.hi, m.d.hi), (9e9, 900e9));
    // Bi et al. 2024, §3.2: budgets 1e17…3e20 FLOPs; the N and D spans hold the law's own
    // optimum at both ends.
    let ds = FitRange::DEEPSEEK;
    assert_eq!((ds.c.lo, ds.c.hi), (1e17, 3e20));
    let deepseek = Law::builtin(LawId::DeepSeek2024);
    for c in [ds.c.lo, ds.c.hi] {
        let o = deepseek.optimum(c);
        assert!(ds.n.contains(o.n) && ds.d.contains(o.d), "{c:e}: {o:?}");
    }
    // Chinchilla itself (70B, 1.4T) is an extrapolation of the fit; a 1B model on 20B tokens is not.
    assert!(!ch.contains(70e9, 1.4e12));
    assert!(ch.contains(1e9, 20e9));
    let span = Span::new(1.0, 100.0);
    assert!(span.contains(1.0) && span.contains(100.0) && span.contains(50.0));
    assert!(!span.contains(0.5) && !span.contains(f64::NAN));
    assert_eq!(span.log_center(), 10.0);
}

#![cfg(not(target_arch = "wasm32"))]
//! Fuzzing of the URL ⇄ state layer and of typed quantities, 10,000 cases per property.
//!
//! * `parse_query` on any string, on any bytes, and on query strings built from the known keys
//!   with hostile values (1e999, NaN, inf, negatives, empty, unicode, 10 KB values, repeated
//!   keys, `%`-escapes, `+`, `&&&`, `=`): it never panics, every number it keeps is finite and
//!   inside `state::bounds`, the custom coefficients validate, every ignored part has a reason,
//!   and `to_query` of the result parses back to the same state with nothing ignored.
//! * `parse_quantity` for both kinds: `Ok` values are finite and > 0; `check_range` accepts
//!   exactly the values in range and names the range otherwise.
//! * Every law at the fuzzed state's budget and model: finite optimum and losses, `6·N*·D* = C`,
//!   Schaeffer et al.'s accuracies in (0, 1] (issue 19: keys `k`, `acc`).

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::Config;
use scaling_viz::laws::{Coefficients, LawId};
use scaling_viz::state::bounds::{ANSWER_TOKENS, COMPUTE_TYPED, INFERENCE, PARAMS, TOKENS, UNIQUE};
use scaling_viz::state::quantity::{check_range, parse_quantity, QuantityError, QuantityKind};
use scaling_viz::state::query::{parse_query, to_query, Parsed};
use scaling_viz::state::AppState;

/// 10,000 cases; no regression files written next to the tests (a failure prints its input).
fn config() -> Config {
    Config { failure_persistence: None, ..Config::with_cases(10_000) }
}

/// The URL keys, from the crate.
use scaling_viz::state::query::KNOWN_KEYS as KEYS;
/// The law ids, from the crate (a fixed contract: renaming one breaks old links).
const LAW_IDS: [&str; LawId::ALL.len()] = LawId::IDS;

/// Values that have broken number parsers somewhere.
const HOSTILE: &[&str] = &[
    "1e999",
    "-1e999",
    "1e-999",
    "1e308",
    "1.7976931348623157e308",
    "2e308",
    "4.9e-324",
    "NaN",
    "nan",
    "-NaN",
    "inf",
    "-inf",
    "+inf",
    "Infinity",
    "-Infinity",
    "∞",
    "-5",
    "-0",
    "0",
    "0.0",
    "-1e24",
    "",
    " ",
    "+",
    "-",
    ".",
    "e",
    "1e",
    "e5",
    "1e+",
    "..1",
    "1..2",
    "1e2e3",
    "0x10",
    "&&&",
    "=",
    "==",
    "%",
    "%%",
    "%zz",
    "%FF",
    "%00",
    "%2B",
    "%26",
    "%3D",
    "%E2%88%9E",
    "10^400",
    "10^401",
    "10^-400",
    "1x10^999",
    "5×10^23",
    "5×10^",
    "×10^5",
    "1e5×10^3",
    "3.1 PF-days",
    "1e30pfd",
    "1e24 FLOPs",
    "175B",
    "1.4T",
    "700억",
    "1경",
    "1조조",
    "kk",
    "1k k",
    "1_000_000",
    "1,000,000",
    "９",
    "١٢٣",
    "😀",
    "1e24😀",
    "\u{0}",
    "\u{feff}1e24",
    "1e24\u{200b}",
    "<script>",
    "\"",
    "'",
    "\\",
    "null",
    "undefined",
    "true",
    "[]",
    "{}",
];

/// `lo..=hi` log-uniformly, both ends often.
fn log_uniform(lo: f64, hi: f64) -> impl Strategy<Value = f64> {
    prop_oneof![
        1 => Just(lo),
        1 => Just(hi),
        6 => (lo.ln()..=hi.ln()).prop_map(move |x| x.exp().clamp(lo, hi)),
    ]
}

/// A positive number written the ways people and URLs write them.
fn written(x: f64) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => Just(format!("{x:e}")),
        2 => Just(format!("{x}")),
        1 => Just(format!("{x:E}")),
        1 => select(vec![("k", 1e3), ("M", 1e6), ("B", 1e9), ("T", 1e12), ("억", 1e8), ("조", 1e12)])
            .prop_map(move |(unit, f)| format!("{} {unit}", x / f)),
        1 => Just(format!("{:.3}×10^{}", x / 10f64.powf(x.log10().floor()), x.log10().floor())),
    ]
}

/// A coefficient mostly in its valid range, written as a URL writes it.
fn coefficient(field: &'static str) -> BoxedStrategy<String> {
    let (lo, hi) = Coefficients::valid_range(field).expect("field");
    prop_oneof![9 => log_uniform(lo, hi), 1 => log_uniform(lo / 100.0, hi * 100.0)]
        .prop_map(|x| format!("{x:e}"))
        .boxed()
}

/// A value that is valid (or nearly so) for `key`.
fn plausible(key: &str) -> BoxedStrategy<String> {
    let ids = || select(LAW_IDS.to_vec()).prop_map(String::from);
    match key {
        "law" => prop_oneof![6 => ids(), 1 => select(vec!["Custom", "kaplan", "chinchilla2022 ", "epoch"]).prop_map(String::from)]
            .boxed(),
        "compare" => prop::collection::vec(
            prop_oneof![6 => ids(), 1 => select(vec!["", " ", "nope", "KAPLAN2020"]).prop_map(String::from)],
            0..6,
        )
        .prop_map(|v| v.join(","))
        .boxed(),
        "view" => prop::collection::vec(
            select(vec!["n", "d", "c", "split", "split", "nd", "curves", "overhead", "emergence", " c", "zz", ""]),
            0..6,
        )
            .prop_map(|v| v.join(","))
            .boxed(),
        "lang" => select(vec!["en", "ko", "xx", "EN", "ko-KR"]).prop_map(String::from).boxed(),
        "theme" => select(vec!["light", "dark", "blue", "Dark"]).prop_map(String::from).boxed(),
        "models" | "embed" | "present" => {
            select(vec!["0", "1", "true", "false", "on", "off", "2", "yes"]).prop_map(String::from).boxed()
        }
        "c" => log_uniform(COMPUTE_TYPED.0 / 10.0, COMPUTE_TYPED.1 * 10.0).prop_flat_map(written).boxed(),
        "n" => log_uniform(PARAMS.0 / 10.0, PARAMS.1 * 10.0).prop_flat_map(written).boxed(),
        "d" => log_uniform(TOKENS.0 / 10.0, TOKENS.1 * 10.0).prop_flat_map(written).boxed(),
        "inf" => prop_oneof![1 => Just("0".to_string()), 6 => log_uniform(INFERENCE.0 / 10.0, INFERENCE.1 * 10.0).prop_flat_map(written)].boxed(),
        "u" => log_uniform(UNIQUE.0 / 10.0, UNIQUE.1 * 10.0).prop_flat_map(written).boxed(),
        "k" => prop_oneof![
            6 => (0u32..=120).prop_map(|k| k.to_string()),
            1 => select(vec!["1.0", "1e1", "+5", " 7", "-1", "010", "4294967296", "abc", ""]).prop_map(String::from),
        ]
        .boxed(),
        "acc" => select(vec!["linear", "log", "Log", "sqrt", ""]).prop_map(String::from).boxed(),
        // The planner's keys (issue 21).
        "hw" => select(vec!["v100", "a100", "h100", "h200", "b200", "tpu-v4", "tpu-v5e", "tpu-v5p", "custom", "H100", "tpu"])
            .prop_map(String::from)
            .boxed(),
        "peak" => log_uniform(1e11, 1e18).prop_flat_map(written).boxed(),
        "mfu" => prop_oneof![
            3 => (0.001f64..1.5).prop_map(|x| format!("{x}")),
            3 => (0.1f64..150.0).prop_map(|x| format!("{x}%")),
            1 => select(vec!["40", "%", "0", "-0.4", "1e-3", "NaN"]).prop_map(String::from),
        ]
        .boxed(),
        "chips" => prop_oneof![
            4 => (0u64..20_000_000).prop_map(|x| x.to_string()),
            1 => select(vec!["16K", "1만", "2.5", "1e7", "1e8", "-3", ""]).prop_map(String::from),
        ]
        .boxed(),
        "price" => prop_oneof![
            4 => log_uniform(1e-4, 1e5).prop_map(|x| format!("{x}")),
            2 => (select(vec!["$", "€", "£", "¥", "₩"]), log_uniform(1e-4, 1e5)).prop_map(|(c, x)| format!("{c}{x}")),
            1 => select(vec!["$", "€-1", "0", "2$", "₩3천"]).prop_map(String::from),
        ]
        .boxed(),
        "pue" => (0.5f64..4.0).prop_map(|x| format!("{x}")).boxed(),
        // Issue 20: the fitted law's five coefficients, sometimes too few, too many or bad.
        "fit" => prop_oneof![
            6 => (coefficient("E"), coefficient("A"), coefficient("B"), coefficient("alpha"), coefficient("beta"))
                .prop_map(|(e, a, b, al, be)| format!("{e},{a},{b},{al},{be}")),
            1 => select(vec!["", "1,2,3", "1.8,500,2000,0.3,0.3,9", "1.8,x,2000,0.3,0.3", "NaN,1,1,1,1"]).prop_map(String::from),
        ]
        .boxed(),
        field => match Coefficients::valid_range(field) {
            Some((lo, hi)) => log_uniform(lo / 2.0, hi * 2.0).prop_flat_map(written).boxed(),
            None => hostile_value(),
        },
    }
}

/// Values no parser should choke on.
fn hostile_value() -> BoxedStrategy<String> {
    prop_oneof![
        6 => select(HOSTILE.to_vec()).prop_map(String::from),
        2 => any::<f64>().prop_map(|x| format!("{x:e}")),
        1 => any::<f64>().prop_map(|x| format!("{x}")),
        2 => (-2000i32..2000, select(vec!["1e", "-1e", "10^", "2.5×10^", "9.99e"])).prop_map(|(e, m)| format!("{m}{e}")),
        2 => "\\PC{0,16}",
        1 => any::<String>(),
        // ~10 KB values: one character repeated, or a 10,000-digit number.
        1 => (select(vec!['9', '0', 'a', 'é', '😀', '%', '&', '=', '+', ' ']), 9_000usize..11_000)
            .prop_map(|(ch, len)| std::iter::repeat_n(ch, len).collect()),
        1 => (1usize..4).prop_map(|k| format!("{k}{}", "0".repeat(10_000))),
        1 => Just(format!("0.{}1", "0".repeat(10_000))),
    ]
    .boxed()
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => select(KEYS.to_vec()).prop_map(String::from),
        1 => select(vec!["C", "LAW", "Alpha", "e", "a", "zzz", "", "c ", " c", "c[]", "ñ", "😀", "law%00"])
            .prop_map(String::from),
        1 => "\\PC{0,8}",
    ]
}

/// How a pair is written into the query string.
#[derive(Clone, Copy, Debug)]
enum Encoding {
    /// As is: `&`, `=`, `%`, `+` and `#` in the text mean what they mean in a URL.
    Raw,
    /// Every byte but the unreserved ones as `%XX` (what a careful link builder writes).
    Percent,
    /// `application/x-www-form-urlencoded`: space as `+`.
    Form,
    /// Only the key, no `=`.
    KeyOnly,
}

fn encode(s: &str, form: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(b as char),
            b' ' if form => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn write_pair(k: &str, v: &str, enc: Encoding) -> String {
    match enc {
        Encoding::Raw => format!("{k}={v}"),
        Encoding::Percent => format!("{}={}", encode(k, false), encode(v, false)),
        Encoding::Form => format!("{}={}", encode(k, true), encode(v, true)),
        Encoding::KeyOnly => encode(k, false),
    }
}

/// A query string of 0–14 pairs over the known keys (values plausible or hostile, some keys
/// repeated), with odd separators.
fn hostile_query() -> impl Strategy<Value = String> {
    let pair = key().prop_flat_map(|k| {
        let value = prop_oneof![3 => plausible(&k), 2 => hostile_value()];
        let enc = prop_oneof![
            4 => Just(Encoding::Raw),
            3 => Just(Encoding::Percent),
            2 => Just(Encoding::Form),
            1 => Just(Encoding::KeyOnly),
        ];
        (Just(k), value, enc)
    });
    let sep = select(vec!["&", "&", "&", "&", "&&&", "&=&", ";", "&%26&", "&+&"]);
    (any::<bool>(), prop::collection::vec((pair, sep), 0..14)).prop_map(|(question, pairs)| {
        let mut q = String::from(if question { "?" } else { "" });
        for ((k, v, enc), sep) in pairs {
            q.push_str(&write_pair(&k, &v, enc));
            q.push_str(sep);
        }
        q
    })
}

/// A query that sets every number, mostly to valid values (ends of every range included), so the
/// law properties see the whole domain, custom coefficients included.
fn state_query() -> impl Strategy<Value = String> {
    let coeff = |f: &'static str| {
        let (lo, hi) = Coefficients::valid_range(f).expect("field");
        prop_oneof![9 => log_uniform(lo, hi), 1 => log_uniform(lo / 100.0, hi * 100.0)].prop_map(|x| format!("{x:e}"))
    };
    (
        select(LAW_IDS.to_vec()),
        prop::collection::vec(select(LAW_IDS.to_vec()), 0..6),
        log_uniform(COMPUTE_TYPED.0, COMPUTE_TYPED.1),
        log_uniform(PARAMS.0, PARAMS.1),
        log_uniform(TOKENS.0, TOKENS.1),
        (log_uniform(INFERENCE.0, INFERENCE.1), log_uniform(UNIQUE.0, UNIQUE.1), ANSWER_TOKENS.0..=ANSWER_TOKENS.1),
        (coeff("E"), coeff("A"), coeff("B"), coeff("alpha"), coeff("beta")),
        (coeff("E"), coeff("A"), coeff("B"), coeff("alpha"), coeff("beta")),
    )
        .prop_map(|(law, compare, c, n, d, (inf, u, k), (e, a, b, alpha, beta), (fe, fa, fb, falpha, fbeta))| {
            format!(
                "law={law}&compare={}&c={c:e}&n={n:e}&d={d:e}&inf={inf:e}&u={u:e}&k={k}&E={e}&A={a}&B={b}&alpha={alpha}&beta={beta}&fit={fe},{fa},{fb},{falpha},{fbeta}",
                compare.join(",")
            )
        })
}

fn within(x: f64, (lo, hi): (f64, f64)) -> bool {
    x.is_finite() && lo <= x && x <= hi
}

/// Everything a parsed query must satisfy, whatever the query was.
fn check_parsed(query: &str, p: &Parsed) -> Result<(), TestCaseError> {
    let s = &p.state;
    prop_assert!(within(s.compute, COMPUTE_TYPED), "c = {:e} from {query:?}", s.compute);
    prop_assert!(within(s.n, PARAMS), "n = {:e} from {query:?}", s.n);
    prop_assert!(within(s.d, TOKENS), "d = {:e} from {query:?}", s.d);
    prop_assert!(s.inference.is_none_or(|x| within(x, INFERENCE)), "inf = {:?} from {query:?}", s.inference);
    prop_assert!(s.unique.is_none_or(|x| within(x, UNIQUE)), "u = {:?} from {query:?}", s.unique);
    prop_assert!(
        (ANSWER_TOKENS.0..=ANSWER_TOKENS.1).contains(&s.answer_tokens),
        "k = {} from {query:?}",
        s.answer_tokens
    );
    prop_assert!(s.custom.validate().is_ok(), "custom {:?} from {query:?}", s.custom);
    prop_assert!(s.fit.is_none_or(|f| f.is_valid()), "fit {:?} from {query:?}", s.fit);
    prop_assert!(s.fit.is_some() || !s.shows(LawId::Fit), "law fit shown without a fit: {query:?}");
    prop_assert!(!s.compare.contains(&s.law), "primary law also compared: {query:?}");
    for i in &p.ignored {
        prop_assert!(!i.reason.to_string().trim().is_empty(), "ignored {i:?} has no reason ({query:?})");
        prop_assert!(i.to_string().chars().count() <= 200, "notice line too long: {i} ({query:?})");
    }
    let written = to_query(s);
    let back = parse_query(&written);
    prop_assert!(back.ignored.is_empty(), "to_query wrote {written:?}, which ignores {:?} ({query:?})", back.ignored);
    prop_assert_eq!(&back.state, s, "round trip through {:?} from {:?}", written, query);
    Ok(())
}

/// Every law at the state's budget and model: finite numbers, and the optimum on `6ND = C`.
fn check_laws(query: &str, s: &AppState) -> Result<(), TestCaseError> {
    for id in LawId::ALL {
        let law = s.law_for(id);
        for c in [s.compute, s.user_compute()] {
            let o = law.optimum(c);
            prop_assert!(
                o.n.is_finite() && o.d.is_finite() && o.n > 0.0 && o.d > 0.0,
                "{id} at C = {c:e}: N* = {:e}, D* = {:e} ({query:?})",
                o.n,
                o.d
            );
            prop_assert!(
                (o.loss.is_finite() || !law.has_loss()) && o.tokens_per_param.is_finite(),
                "{id} at C = {c:e}: loss {}, D*/N* {} ({query:?})",
                o.loss,
                o.tokens_per_param
            );
            let six_nd = 6.0 * o.n * o.d;
            prop_assert!(((six_nd - c) / c).abs() <= 1e-9, "{id}: 6·N*·D* = {six_nd:e} ≠ C = {c:e} ({query:?})");
            prop_assert!(
                law.iso_flop_loss(c, s.n).is_finite() || !law.has_loss(),
                "{id}: iso-FLOP loss at C = {c:e} ({query:?})"
            );
        }
        if let Some(p) = law.parametric() {
            let o = p.overhead_of(s.n, s.d);
            prop_assert!(o.is_none_or(|o| o.k_n.is_finite() && o.overhead.is_finite()), "{id}: {o:?} ({query:?})");
            let i = p.inference_optimum(s.compute, s.inference.unwrap_or(0.0));
            prop_assert!(
                i.is_some_and(|i| i.n.is_finite() && i.d.is_finite() && i.total_flops.is_finite()),
                "{id}: {i:?} ({query:?})"
            );
            if let Some(u) = s.unique {
                let dl = p.data_limited_optimum(s.compute, u, law.repetition().0);
                prop_assert!(
                    [dl.n, dl.d, dl.epochs, dl.d_effective, dl.loss].iter().all(|v| v.is_finite()),
                    "{id}: {dl:?} ({query:?})"
                );
            }
        }
        // Schaeffer et al.'s accuracies (issue 19): finite and in [0, 1] for your model and along
        // the compute-optimal path, for every law with E (p underflows to 0 only for a reducible
        // loss above ~745 nats, which extreme custom coefficients reach); Kaplan has none.
        for (n, d) in [(s.n, s.d), (s.n, law.optimal_tokens_for_params(s.n))] {
            match law.accuracy(n, d, s.answer_tokens) {
                Some(a) => prop_assert!(
                    (0.0..=1.0).contains(&a.token) && (0.0..=a.token).contains(&a.exact_match),
                    "{id}: {a:?} at N = {n:e}, D = {d:e} ({query:?})"
                ),
                None => prop_assert!(id == LawId::Kaplan2020 || !law.has_loss(), "{id}"),
            }
        }
        for (what, v) in [("L(N, D)", law.loss(s.n, s.d)), ("L(N)", law.loss_vs_n(s.n)), ("L(D)", law.loss_vs_d(s.d))] {
            prop_assert!(
                v.is_finite() || !law.has_loss(),
                "{id}: {what} = {v} at N = {:e}, D = {:e} ({query:?})",
                s.n,
                s.d
            );
        }
    }
    // The planner (issue 21): every number finite and positive for the optimum and your model.
    let setup = s.plan.setup();
    for (n, d) in [(s.law_for(s.law).optimum(s.compute).n, s.law_for(s.law).optimum(s.compute).d), (s.n, s.d)] {
        let p = setup.plan(n, d);
        let mut values = vec![
            p.chip_hours,
            p.wall_days,
            p.cost,
            p.inference_chip_seconds,
            p.batch_tokens,
            p.learning_rate,
            p.steps,
            p.critical_batch,
        ];
        values.extend(p.energy_mwh);
        prop_assert!(values.iter().all(|v| v.is_finite() && *v > 0.0), "{p:?} ({query:?})");
    }
    prop_assert!(s.law.has_loss(), "the primary law always has a loss ({query:?})");
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn parse_query_survives_any_string(query in any::<String>()) {
        let p = parse_query(&query);
        check_parsed(&query, &p)?;
    }

    #[test]
    fn parse_query_survives_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256), raw in any::<bool>()) {
        // Raw: the bytes as (lossy) text; otherwise every byte percent-escaped, so the decoder
        // sees invalid UTF-8.
        let query = if raw {
            String::from_utf8_lossy(&bytes).into_owned()
        } else {
            bytes.iter().map(|b| match b {
                b'&' | b'=' => (*b as char).to_string(),
                _ => format!("%{b:02X}"),
            }).collect()
        };
        let p = parse_query(&query);
        check_parsed(&query, &p)?;
    }

    #[test]
    fn parse_query_survives_hostile_values_of_the_known_keys(query in hostile_query()) {
        let p = parse_query(&query);
        check_parsed(&query, &p)?;
        check_laws(&query, &p.state)?;
    }

    #[test]
    fn every_law_is_finite_over_fuzzed_states(query in state_query()) {
        let p = parse_query(&query);
        check_parsed(&query, &p)?;
        check_laws(&query, &p.state)?;
    }
}

/// Text shaped like a typed quantity: signs, digits, exponents, separators and units.
fn quantity_like() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[ _,]{0,2}[+-]{0,2}[0-9]{0,6}(\\.[0-9]{0,6})?([eE][+-]?[0-9]{1,4})?[ _]{0,2}(k|K|m|M|b|B|g|G|t|T|p|P|만|억|조|경|pf-days|PF-days|pfd|pfday|flops|FLOPs|e)?",
        2 => "[+-]?[0-9]{1,3}(\\.[0-9]{1,3})?[ ]?(×|x|X|\\*)[ ]?10\\^[+-]?[0-9]{1,4}[kMBT]?",
        1 => "10\\^[+-]?[0-9]{1,5}",
        2 => select(HOSTILE.to_vec()).prop_map(String::from),
        2 => "\\PC{0,24}",
        2 => any::<String>(),
        1 => any::<f64>().prop_map(|x| format!("{x:e}")),
    ]
}

fn check_quantity(input: &str) -> Result<(), TestCaseError> {
    for kind in [QuantityKind::Compute, QuantityKind::Count] {
        match parse_quantity(input, kind) {
            Ok(x) => {
                prop_assert!(x.is_finite() && x > 0.0, "{input:?} as {kind:?} gave {x}");
                for (min, max) in [COMPUTE_TYPED, PARAMS, TOKENS] {
                    match check_range(x, min, max) {
                        Ok(v) => prop_assert!(v == x && min <= v && v <= max, "{input:?}: {v:e} in {min:e}…{max:e}"),
                        Err(QuantityError::OutOfRange { value, min: lo, max: hi }) => {
                            prop_assert!(value == x && lo == min && hi == max, "{input:?}: wrong range in error");
                            prop_assert!(x < min || x > max, "{input:?}: {x:e} rejected though in {min:e}…{max:e}");
                            let message = QuantityError::OutOfRange { value, min: lo, max: hi }.to_string();
                            prop_assert!(message.contains("outside"), "{input:?}: {message}");
                        }
                        Err(e) => prop_assert!(false, "{input:?}: check_range gave {e:?}"),
                    }
                }
            }
            Err(e) => {
                let message = e.to_string();
                prop_assert!(!message.trim().is_empty(), "{input:?}: {e:?} has no message");
                prop_assert!(message.chars().count() <= 100, "{input:?}: message too long: {message}");
                prop_assert!(
                    !matches!(e, QuantityError::OutOfRange { .. }),
                    "{input:?}: parse_quantity checks no range"
                );
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn parse_quantity_is_total_and_positive(input in quantity_like()) {
        check_quantity(&input)?;
    }

    #[test]
    fn check_range_accepts_exactly_the_range(x in prop_oneof![
        4 => any::<f64>(),
        4 => (-40.0f64..40.0).prop_map(|e| 10f64.powf(e)),
        1 => select(vec![f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 0.0, -0.0, 1e15, 1e30, 1e6, 1e14, 1e8, 1e16,
                         f64::MIN_POSITIVE, f64::MAX]),
    ]) {
        for (min, max) in [COMPUTE_TYPED, PARAMS, TOKENS] {
            match check_range(x, min, max) {
                Ok(v) => prop_assert!(v.to_bits() == x.to_bits() && within(v, (min, max)), "{x:e} in {min:e}…{max:e}"),
                Err(QuantityError::OutOfRange { min: lo, max: hi, .. }) => {
                    prop_assert!(!(min..=max).contains(&x) && lo == min && hi == max, "{x:e} vs {min:e}…{max:e}");
                }
                Err(e) => prop_assert!(false, "{x:e}: {e:?}"),
            }
        }
    }
}

/// The hand-picked hostile values, each as every key, and the `law=custom` set that would make
/// the loss undefined: all rejected with a reason, the state stays finite and valid.
#[test]
fn every_hostile_value_for_every_key_is_handled() {
    let long = "9".repeat(10_000);
    let values: Vec<&str> = HOSTILE.iter().copied().chain([long.as_str()]).collect();
    for key in KEYS {
        for v in &values {
            for query in [format!("{key}={v}"), format!("{key}={}", encode(v, false)), format!("{key}={v}&{key}={v}")] {
                let p = parse_query(&query);
                check_parsed(&query, &p).unwrap_or_else(|e| panic!("{e}"));
                check_laws(&query, &p.state).unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }
    let p = parse_query("law=custom&alpha=0&beta=-1&E=NaN&A=1e400&B=0");
    let keys: Vec<&str> = p.ignored.iter().map(|i| i.key.as_str()).collect();
    for field in ["alpha", "beta", "E", "A", "B"] {
        assert!(keys.contains(&field), "{field} not reported: {:?}", p.ignored);
    }
    assert_eq!(p.state.custom, Coefficients::CHINCHILLA);
}

proptest! {
    // Each case parses up to 10⁵ pairs: a few cases suffice.
    #![proptest_config(Config { failure_persistence: None, ..Config::with_cases(12) })]

    /// Issue 14: a crafted link with up to 10⁵ distinct (or repeated) keys, the known ones
    /// mixed in anywhere, is read up to `MAX_PAIRS` pairs in bounded time; the rest are
    /// counted, the notice stays short, and the state is as valid as for any other link.
    #[test]
    fn hostile_links_with_many_keys_cost_bounded_work(
        count in 1_000usize..100_000,
        distinct in any::<bool>(),
        known_at in 0usize..100_000,
    ) {
        use scaling_viz::state::query::MAX_PAIRS;
        let mut pairs: Vec<String> =
            (0..count).map(|i| if distinct { format!("k{i}=v") } else { "k=v".to_string() }).collect();
        pairs.insert(known_at.min(pairs.len()), "c=1e24".to_string());
        let query = pairs.join("&");
        let started = std::time::Instant::now();
        let p = parse_query(&query);
        let took = started.elapsed();
        prop_assert!(took.as_secs_f64() < 0.5, "{count} pairs took {took:?}");
        prop_assert_eq!(p.dropped, count + 1 - MAX_PAIRS);
        prop_assert!(p.ignored.len() <= MAX_PAIRS, "{} ignored", p.ignored.len());
        // The known key counts when it is among the pairs read.
        prop_assert_eq!(p.state.compute == 1e24, known_at.min(count) < MAX_PAIRS);
        check_parsed(&query, &p)?;
    }
}

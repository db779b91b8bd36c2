//! The primary law's formulas as MathML, with the live coefficients. The formulas are plain
//! data ([`Math`] trees, built by [`blocks`]) turned into DOM nodes by one small recursive
//! function ([`render`]): written as `view!` markup, every MathML element was its own type
//! (this saved 1.1 KB of gzipped wasm, issue 6: page weight) and the formulas could not be
//! tested natively. Numbers are text nodes; nothing is parsed as markup.

use crate::i18n::{Key, Lang};
use crate::laws::{deepseek, kaplan, Coefficients, Law, LawKind, Repetition};

/// A MathML node.
#[derive(Clone, Debug, PartialEq)]
pub enum Math {
    /// `<mi>`: a variable.
    Id(&'static str),
    /// `<mn>`: a number.
    Num(String),
    /// `<mo>`: an operator or bracket.
    Op(&'static str),
    /// `<mrow>`.
    Row(Vec<Math>),
    /// `<msup>`: base, superscript.
    Sup(Box<Math>, Box<Math>),
    /// `<msub>`: base, subscript.
    Sub(Box<Math>, Box<Math>),
    /// `<msubsup>`: base, subscript, superscript.
    SubSup(Box<Math>, Box<Math>, Box<Math>),
    /// `<mfrac>`: numerator, denominator.
    Frac(Box<Math>, Box<Math>),
}

/// One piece of the formula block: a display `<math>` (the law's loss is marked with
/// `data-testid="formula"`), or a small heading between two of them.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Math {
        testid: Option<&'static str>,
        body: Vec<Math>,
    },
    Heading(Key),
    /// A short line under the formulas (units, what N counts).
    Note(Key),
}

use Math::{Frac, Id, Op, Row};

fn sup(base: Math, exp: Math) -> Math {
    Math::Sup(Box::new(base), Box::new(exp))
}

fn frac(num: Math, den: Math) -> Math {
    Frac(Box::new(num), Box::new(den))
}

fn paren(inner: Math) -> Math {
    Row(vec![Op("("), inner, Op(")")])
}

fn starred(name: &'static str) -> Math {
    sup(Id(name), Op("*"))
}

/// A number: plain below 10⁵ (up to 4 decimals, trailing zeros dropped), else mantissa ×
/// 10^k; a negative one with a minus sign (−), not a hyphen.
pub fn num(x: f64) -> Math {
    if x.abs() >= 1e5 || (x != 0.0 && x.abs() < 1e-3) {
        let k = x.abs().log10().floor() as i32;
        let m = x.abs() / 10f64.powi(k);
        let mantissa = signed(x, trim(format!("{m:.3}")));
        Row(vec![mantissa, Op("×"), sup(Math::Num("10".into()), Math::Num(k.to_string()))])
    } else {
        signed(x, trim(format!("{:.4}", x.abs())))
    }
}

/// A coefficient as its paper prints it, all `decimals` kept: DeepSeek's 0.2920 and −0.1250.
fn printed(x: f64, decimals: usize) -> Math {
    signed(x, format!("{:.decimals$}", x.abs()))
}

/// `digits` (of |x|) with the sign of `x`.
fn signed(x: f64, digits: String) -> Math {
    if x < 0.0 && digits.chars().any(|c| c.is_ascii_digit() && c != '0') {
        Row(vec![Op("−"), Math::Num(digits)])
    } else {
        Math::Num(digits)
    }
}

fn trim(s: String) -> String {
    crate::numbers::trim_zeros(&s).to_string()
}

/// `L(N, D) = ` as MathML.
fn loss_of_n_d() -> Vec<Math> {
    // L(N, D) in a row of its own: a bracket stretches to the height of its row, and at the
    // top level that is the fractions' height (Firefox draws it so).
    vec![Row(vec![Id("L"), Op("("), Id("N"), Op(","), Id("D"), Op(")")]), Op("=")]
}

/// `L(N, D) = E + A/N^α + B/D^β` with the numbers in place (Hoffmann et al. 2022, eq. 2).
fn parametric_loss(c: Coefficients) -> Vec<Math> {
    let mut m = loss_of_n_d();
    m.extend([
        num(c.e),
        Op("+"),
        frac(num(c.a), sup(Id("N"), num(c.alpha))),
        Op("+"),
        frac(num(c.b), sup(Id("D"), num(c.beta))),
    ]);
    m
}

/// `N* = G·(C/6)^a`, `D* = G⁻¹·(C/6)^b` with G, a, b computed from the coefficients (eq. 4).
fn parametric_allocation(c: Coefficients) -> Vec<Math> {
    let (a, b) = c.allocation_exponents();
    let g = c.g();
    let c_over_6 = || paren(frac(Id("C"), Math::Num("6".into())));
    vec![
        starred("N"),
        Op("="),
        num(g),
        Op("·"),
        sup(c_over_6(), num(a)),
        EQUATION_BREAK,
        starred("D"),
        Op("="),
        num(1.0 / g),
        Op("·"),
        sup(c_over_6(), num(b)),
    ]
}

fn sub(base: Math, index: Math) -> Math {
    Math::Sub(Box::new(base), Box::new(index))
}

fn one() -> Math {
    Math::Num("1".into())
}

/// Over-training overhead at equal loss (de Vries 2023): `k_D = [1 − (β/α)(k_N^−α − 1)]^−1/β`,
/// `6ND/C* = k_N·k_D` (the overhead is that minus 1), and the asymptote `k_N* = (1 + α/β)^−1/α`, numbers in place.
fn overhead_formulas(c: Coefficients) -> Vec<Math> {
    let k = |i: &'static str| sub(Id("k"), Id(i));
    let inner =
        Row(vec![one(), Op("−"), num(c.beta / c.alpha), paren(Row(vec![sup(k("N"), num(-c.alpha)), Op("−"), one()]))]);
    vec![
        k("D"),
        Op("="),
        sup(Row(vec![Op("["), inner, Op("]")]), num(-1.0 / c.beta)),
        EQUATION_BREAK,
        frac(Row(vec![Math::Num("6".into()), Id("N"), Id("D")]), sup(Id("C"), Op("*"))),
        Op("="),
        k("N"),
        Op("·"),
        k("D"),
        EQUATION_BREAK,
        sup(k("N"), Op("*")),
        Op("="),
        sup(paren(Row(vec![one(), Op("+"), num(c.alpha / c.beta)])), num(-1.0 / c.alpha)),
        Op("≈"),
        num(c.overhead_asymptote()),
    ]
}

/// Training + inference FLOPs (Sardana et al. 2024) and the tokens that reach loss ℓ.
fn inference_formulas(c: Coefficients) -> Vec<Math> {
    // D: training tokens; D_I: inference tokens (single letters: the Korean page shows them too).
    vec![
        Id("C"),
        Op("="),
        Math::Num("6".into()),
        Id("N"),
        Id("D"),
        Op("+"),
        Math::Num("2".into()),
        Id("N"),
        sub(Id("D"), Id("I")),
        EQUATION_BREAK,
        Id("D"),
        Op("="),
        sup(
            paren(frac(
                num(c.b),
                Row(vec![Id("ℓ"), Op("−"), num(c.e), Op("−"), frac(num(c.a), sup(Id("N"), num(c.alpha)))]),
            )),
            num(1.0 / c.beta),
        ),
    ]
}

/// Effective data and parameters under repetition (Muennighoff et al. 2023, eq. 5).
fn data_formulas(rep: Repetition) -> Vec<Math> {
    let term = |eff: &'static str, u: &'static str, r: &'static str, r_star: f64| {
        let u_x = || sub(Id("U"), Id(u));
        let r_x = sub(Id("R"), Id(r));
        vec![
            Id(eff),
            Op("="),
            u_x(),
            Op("+"),
            u_x(),
            Op("·"),
            num(r_star),
            Op("·"),
            paren(Row(vec![one(), Op("−"), sup(Id("e"), Row(vec![Op("−"), frac(r_x, num(r_star))]))])),
        ]
    };
    let mut out = term("D′", "D", "D", rep.rd_star);
    out.push(EQUATION_BREAK);
    out.extend(term("N′", "N", "N", rep.rn_star));
    out
}

/// Kaplan et al. 2020, eq. 1.5 (joint fit of Table 2).
fn kaplan_loss() -> Vec<Math> {
    let model =
        sup(paren(frac(num(kaplan::JOINT_N_C), Id("N"))), frac(num(kaplan::JOINT_ALPHA_N), num(kaplan::JOINT_ALPHA_D)));
    let bracket = Row(vec![Op("["), model, Op("+"), frac(num(kaplan::JOINT_D_C), Id("D")), Op("]")]);
    let mut m = loss_of_n_d();
    m.push(sup(bracket, num(kaplan::JOINT_ALPHA_D)));
    m
}

/// Kaplan's compute-efficient frontier: N* = 1.3e9·C_min^0.73 (Table 6) and
/// L = (C_c/C_min)^α_C (eq. 1.3), C in PF-days.
fn kaplan_frontier() -> Vec<Math> {
    let c_min = || Math::Sub(Box::new(Id("C")), Box::new(Id("min")));
    vec![
        starred("N"),
        Op("="),
        num(kaplan::OPTIMAL_N_PREFACTOR),
        Op("·"),
        Math::SubSup(Box::new(Id("C")), Box::new(Id("min")), Box::new(num(kaplan::OPTIMAL_N_EXPONENT))),
        EQUATION_BREAK,
        Id("L"),
        Op("="),
        sup(paren(frac(num(kaplan::C_C_MIN_PF_DAYS), c_min())), num(kaplan::ALPHA_C_MIN)),
    ]
}

/// Bi et al. 2024 §3.2: `M* = 0.1715·C^0.5243`, `D* = 5.8316·C^0.4757`, `N* = M*/6`.
fn deepseek_allocation() -> Vec<Math> {
    vec![
        starred("M"),
        Op("="),
        num(deepseek::M_BASE),
        Op("·"),
        sup(Id("C"), num(deepseek::M_EXPONENT)),
        EQUATION_BREAK,
        starred("D"),
        Op("="),
        num(deepseek::D_BASE),
        Op("·"),
        sup(Id("C"), num(deepseek::D_EXPONENT)),
        EQUATION_BREAK,
        starred("N"),
        Op("="),
        frac(starred("M"), Math::Num("6".into())),
    ]
}

/// The planner's formulas: chip-hours, Kaplan's critical batch size (eq. 1.4), DeepSeek's
/// batch size and learning rate (Bi et al. 2024, §3.1), one equation per block.
pub fn planner_blocks() -> Vec<Block> {
    let mfu = || Id("MFU");
    let hours =
        vec![Id("h"), Op("="), frac(Id("C"), Row(vec![Id("P"), Op("·"), mfu(), Op("·"), Math::Num("3600".into())]))];
    let critical = vec![
        sub(Id("B"), Id("crit")),
        Op("="),
        frac(num(kaplan::CRITICAL_BATCH_B_STAR), sup(Id("L"), frac(one(), num(kaplan::CRITICAL_BATCH_ALPHA)))),
    ];
    let batch = vec![
        sub(Id("B"), Id("opt")),
        Op("="),
        printed(deepseek::BATCH_BASE, 4),
        Op("·"),
        sup(Id("C"), printed(deepseek::BATCH_EXPONENT, 4)),
    ];
    let lr = vec![
        sub(Id("η"), Id("opt")),
        Op("="),
        printed(deepseek::LR_BASE, 4),
        Op("·"),
        sup(Id("C"), printed(deepseek::LR_EXPONENT, 4)),
    ];
    [("formula-hours", hours), ("formula-critical-batch", critical), ("formula-batch", batch), ("formula-lr", lr)]
        .into_iter()
        .map(|(testid, body)| Block::Math { testid: Some(testid), body })
        .collect()
}

/// The formula block of a law: its loss (marked `formula`) and its compute-optimal allocation.
pub fn blocks(law: &Law) -> Vec<Block> {
    let math = |testid, body| Block::Math { testid, body };
    let blocks = match law.kind() {
        LawKind::Kaplan => {
            vec![math(Some("formula"), kaplan_loss()), math(None, kaplan_frontier()), Block::Note(Key::FormulaUnits)]
        }
        LawKind::Parametric(c) => vec![
            math(Some("formula"), parametric_loss(c)),
            Block::Heading(Key::AllocationHeading),
            math(None, parametric_allocation(c)),
            // Beyond compute-optimal, with this law's numbers.
            Block::Heading(Key::OverheadFormula),
            math(Some("formula-overhead"), overhead_formulas(c)),
            Block::Heading(Key::InferenceFormula),
            math(Some("formula-inference"), inference_formulas(c)),
            Block::Heading(Key::DataFormula),
            math(Some("formula-data"), data_formulas(law.repetition().0)),
        ],
        LawKind::Allocation { rule, surface } => {
            let rule_math = vec![
                starred("N"),
                Op("="),
                num(rule.anchor.n),
                Op("·"),
                sup(paren(frac(Id("C"), num(rule.anchor.compute))), num(rule.exponent)),
                EQUATION_BREAK,
                starred("D"),
                Op("="),
                frac(Id("C"), Row(vec![Math::Num("6".into()), starred("N")])),
            ];
            vec![
                math(None, rule_math),
                Block::Heading(Key::SurfaceFrom),
                math(Some("formula"), parametric_loss(surface)),
            ]
        }
        // No loss: the allocation is the law (marked `formula`), with the note on M.
        LawKind::FlopsPerToken => {
            let mut parts =
                deepseek_allocation().split(|m| *m == EQUATION_BREAK).map(<[Math]>::to_vec).collect::<Vec<_>>();
            let first = parts.remove(0);
            let mut out = vec![math(Some("formula"), first)];
            out.extend(parts.into_iter().map(|p| math(None, p)));
            out.push(Block::Note(Key::FlopsPerTokenNote));
            out
        }
    };
    blocks.into_iter().flat_map(one_equation_each).collect()
}

/// Splits a block holding two equations (`N* = …,  D* = …`) into one block per equation, so
/// each is its own line and a phone's narrow screen does not cut them off.
fn one_equation_each(block: Block) -> Vec<Block> {
    match block {
        Block::Math { testid, body } if body.contains(&EQUATION_BREAK) => {
            body.split(|m| *m == EQUATION_BREAK).map(|part| Block::Math { testid, body: part.to_vec() }).collect()
        }
        other => vec![other],
    }
}

/// What separates two equations written on one line.
const EQUATION_BREAK: Math = Op(",  ");

const MATHML: &str = "http://www.w3.org/1998/Math/MathML";

/// Replaces the children of `container` with the law's formula block.
pub fn render(container: &web_sys::Element, law: &Law, lang: Lang) {
    render_blocks(container, blocks(law), lang);
}

/// Replaces the children of `container` with `blocks`.
pub fn render_blocks(container: &web_sys::Element, blocks: Vec<Block>, lang: Lang) {
    let Some(document) = container.owner_document() else {
        return;
    };
    container.set_text_content(None);
    for block in blocks {
        let node = match block {
            Block::Heading(key) => document.create_element("h4").ok().inspect(|h| {
                h.set_text_content(Some(lang.text(key)));
            }),
            Block::Note(key) => document.create_element("p").ok().inspect(|p| {
                let _ = p.set_attribute("class", "formula-note");
                p.set_text_content(Some(lang.text(key)));
            }),
            Block::Math { testid, body } => document.create_element_ns(Some(MATHML), "math").ok().inspect(|m| {
                let _ = m.set_attribute("display", "block");
                if let Some(id) = testid {
                    let _ = m.set_attribute("data-testid", id);
                }
                let row = element(&document, &Row(body));
                if let Some(row) = row {
                    let _ = m.append_child(&row);
                }
            }),
        };
        if let Some(node) = node {
            let _ = container.append_child(&node);
        }
    }
}

/// The DOM element for one MathML node (its text as a text node).
fn element(document: &web_sys::Document, m: &Math) -> Option<web_sys::Element> {
    let (tag, text, children): (&str, Option<&str>, Vec<&Math>) = match m {
        Math::Id(s) => ("mi", Some(s), vec![]),
        Math::Num(s) => ("mn", Some(s.as_str()), vec![]),
        Math::Op(s) => ("mo", Some(s), vec![]),
        Math::Row(items) => ("mrow", None, items.iter().collect()),
        Math::Sup(a, b) => ("msup", None, vec![a, b]),
        Math::Sub(a, b) => ("msub", None, vec![a, b]),
        Math::SubSup(a, b, c) => ("msubsup", None, vec![a, b, c]),
        Math::Frac(a, b) => ("mfrac", None, vec![a, b]),
    };
    let el = document.create_element_ns(Some(MATHML), tag).ok()?;
    if let Some(text) = text {
        el.set_text_content(Some(text));
    }
    for child in children {
        if let Some(c) = element(document, child) {
            let _ = el.append_child(&c);
        }
    }
    Some(el)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::laws::LawId;

    fn numbers(m: &Math, out: &mut Vec<String>) {
        match m {
            Math::Num(s) => out.push(s.clone()),
            Math::Row(items) => items.iter().for_each(|i| numbers(i, out)),
            Math::Sup(a, b) | Math::Sub(a, b) | Math::Frac(a, b) => {
                numbers(a, out);
                numbers(b, out)
            }
            Math::SubSup(a, b, c) => [a, b, c].into_iter().for_each(|i| numbers(i, out)),
            _ => {}
        }
    }

    /// The numbers of the law's own formula (the block marked `formula`).
    fn formula_numbers(law: &Law) -> Vec<String> {
        let mut out = Vec::new();
        for block in blocks(law) {
            if let Block::Math { testid: Some("formula"), body } = block {
                body.iter().for_each(|m| numbers(m, &mut out));
            }
        }
        out
    }

    #[test]
    fn chinchilla_formula_shows_the_papers_coefficients() {
        // Hoffmann et al. 2022, eq. 10: E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28.
        let n = formula_numbers(&Law::builtin(LawId::Chinchilla2022));
        assert_eq!(n, ["1.69", "406.4", "0.34", "410.7", "0.28"]);
    }

    #[test]
    fn kaplan_formula_shows_eq_1_5() {
        // Kaplan et al. 2020, Table 2: N_c = 6.4e13, α_N = 0.076, α_D = 0.103, D_c = 1.8e13.
        let n = formula_numbers(&Law::builtin(LawId::Kaplan2020));
        assert_eq!(n, ["6.4", "10", "13", "0.076", "0.103", "1.8", "10", "13", "0.103"]);
    }

    #[test]
    fn every_law_has_one_marked_formula_and_big_numbers_in_powers_of_ten() {
        for id in LawId::ALL {
            let marked = blocks(&Law::builtin(id))
                .iter()
                .filter(|b| matches!(b, Block::Math { testid: Some("formula"), .. }))
                .count();
            assert_eq!(marked, 1, "{id:?}");
        }
        assert_eq!(
            num(5.76e23),
            Row(vec![Math::Num("5.76".into()), Op("×"), sup(Math::Num("10".into()), Math::Num("23".into()))])
        );
        assert_eq!(num(0.5), Math::Num("0.5".into()));
        // A minus sign, not a hyphen; DeepSeek's §3.1 coefficients with the digits printed.
        assert_eq!(num(-0.34), Row(vec![Op("−"), Math::Num("0.34".into())]));
        let mut planner = Vec::new();
        for block in planner_blocks() {
            if let Block::Math { body, .. } = block {
                body.iter().for_each(|m| numbers(m, &mut planner));
            }
        }
        for printed in ["0.2920", "0.3271", "0.3118", "0.1250"] {
            assert!(planner.contains(&printed.to_string()), "{printed} not in {planner:?}");
        }
    }

    /// Issue 16: the beyond-compute-optimal formulas carry the law's own numbers.
    #[test]
    fn beyond_formulas_have_live_coefficients() {
        let c = Coefficients::CHINCHILLA;
        let all: Vec<String> = blocks(&Law::builtin(LawId::Chinchilla2022))
            .into_iter()
            .filter_map(|b| match b {
                Block::Math { testid: Some(id), body } if id.starts_with("formula-") => Some(body),
                _ => None,
            })
            .flat_map(|body| {
                let mut out = Vec::new();
                body.iter().for_each(|m| numbers(m, &mut out));
                out
            })
            .collect();
        for expected in
            [num(c.beta / c.alpha), num(c.overhead_asymptote()), num(c.b), num(1.0 / c.beta), num(15.387756)]
        {
            let mut want = Vec::new();
            numbers(&expected, &mut want);
            assert!(want.iter().all(|w| all.contains(w)), "{want:?} not in {all:?}");
        }
        assert!(blocks(&Law::builtin(LawId::Kaplan2020))
            .iter()
            .all(|b| !matches!(b, Block::Math { testid: Some("formula-data"), .. })));
    }

    #[test]
    fn each_equation_is_its_own_block() {
        for id in LawId::ALL {
            for block in blocks(&Law::builtin(id)) {
                if let Block::Math { body, .. } = block {
                    let equals = body.iter().filter(|m| **m == Op("=")).count();
                    assert_eq!(equals, 1, "{id:?}: {body:?}");
                }
            }
        }
    }
}

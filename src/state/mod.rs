//! Everything a user can set, as one plain value ([`AppState`]), and its round trip through the
//! URL query string ([`query`]). No web types here: the components layer reads `location.search`
//! and hands the string in.

pub mod bounds;
pub mod grid;
pub mod quantity;
pub mod query;
pub mod runs;
pub mod url_sync;
pub mod view;

use crate::laws::planning::{Hardware, Setup};
use crate::laws::{Coefficients, Law, LawId};
use quantity::Currency;
use serde::{Deserialize, Serialize};
use view::ViewSettings;

/// The whole user-settable state of the page. Derived values (optima, curves) are never stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppState {
    /// Primary law (URL `law`).
    pub law: LawId,
    /// Laws overlaid for comparison, primary excluded, no repeats (URL `compare`).
    pub compare: Vec<LawId>,
    /// Compute budget in FLOPs (URL `c`).
    pub compute: f64,
    /// "Your model": parameters (URL `n`).
    pub n: f64,
    /// "Your model": training tokens (URL `d`).
    pub d: f64,
    /// Lifetime inference tokens the model will serve (URL `inf`; `None`: absent or `inf=0`).
    /// Sardana et al. 2024: the page then sizes the model for training + inference FLOPs.
    pub inference: Option<f64>,
    /// Unique training tokens available (URL `u`; `None`: unlimited). Muennighoff et al. 2023:
    /// optima are then taken under the data limit, with repeated tokens worth less.
    pub unique: Option<f64>,
    /// Answer length in tokens for the exact-match metric of the emergence plot (URL `k`,
    /// [`bounds::ANSWER_TOKENS`]; Schaeffer et al. 2023).
    pub answer_tokens: u32,
    /// Famous models shown on the plots (URL `models=0|1`).
    pub models: bool,
    /// Coefficients of the `custom` law (URL `E`, `A`, `B`, `alpha`, `beta`).
    pub custom: Coefficients,
    /// Coefficients of the law `fit`, fitted in the page to the user's runs (URL
    /// `fit=E,A,B,alpha,beta`); `None` until a fit exists, and then `fit` is neither primary
    /// nor compared. The runs themselves are never part of the state.
    pub fit: Option<Coefficients>,
    /// The training-run planner's hardware and assumptions (URL `hw`, `peak`, `mfu`, `chips`,
    /// `price`, `pue`).
    pub plan: PlanSettings,
    /// Language, theme, embed/presentation mode, which plots.
    pub view: ViewSettings,
}

impl Default for AppState {
    /// Gopher's and Chinchilla's budget, 5.76e23 FLOPs (Hoffmann et al. 2022, Table 3), with
    /// Gopher (280B parameters, 300B tokens; Rae et al. 2021) as "your model": the paper's own
    /// comparison; Approach 3 (eq. 10) beside Approach 1, whose 67B / 1.5T at this budget is
    /// the answer the paper prints in Table 3 (and that course notes quote).
    fn default() -> Self {
        AppState {
            law: LawId::Chinchilla2022,
            compare: AppState::DEFAULT_COMPARE.to_vec(),
            compute: 5.76e23,
            n: 280e9,
            d: 300e9,
            inference: None,
            unique: None,
            answer_tokens: bounds::ANSWER_TOKENS_DEFAULT,
            models: true,
            custom: Coefficients::CHINCHILLA,
            fit: None,
            plan: PlanSettings::default(),
            view: ViewSettings::default(),
        }
    }
}

/// What the planner plans on (issue 21). Defaults: H100, 40 % MFU, 1,024 chips, $2 per
/// chip-hour (an assumption, said so on the page), PUE 1.2.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanSettings {
    /// URL `hw`.
    pub hardware: Hardware,
    /// Peak FLOP/s of `custom` hardware (URL `peak`).
    pub custom_peak: f64,
    /// Model FLOPs utilisation, 0.01…1 (URL `mfu`).
    pub mfu: f64,
    /// Chips (URL `chips`).
    pub chips: u32,
    /// Price per chip-hour (URL `price`), in `currency`.
    pub price: f64,
    pub currency: Currency,
    /// Power usage effectiveness (URL `pue`).
    pub pue: f64,
}

impl Default for PlanSettings {
    fn default() -> Self {
        PlanSettings {
            hardware: Hardware::H100,
            custom_peak: PlanSettings::CUSTOM_PEAK_DEFAULT,
            mfu: bounds::MFU_DEFAULT,
            chips: bounds::CHIPS_DEFAULT,
            price: bounds::PRICE_DEFAULT,
            currency: Currency::Dollar,
            pue: bounds::PUE_DEFAULT,
        }
    }
}

impl PlanSettings {
    /// The custom peak before one is typed: the H100's 989 TFLOP/s.
    pub const CUSTOM_PEAK_DEFAULT: f64 = 989e12;

    /// Peak FLOP/s per chip: the datasheet's, or the typed one for `custom`.
    pub fn peak(&self) -> f64 {
        self.hardware.spec().map_or(self.custom_peak, |s| s.peak)
    }

    /// The planner's inputs for the laws layer.
    pub fn setup(&self) -> Setup {
        Setup {
            peak: self.peak(),
            mfu: self.mfu,
            chips: f64::from(self.chips),
            price: self.price,
            power: self.hardware.spec().and_then(|s| s.power),
            pue: self.pue,
        }
    }

    /// An amount with the typed currency's symbol, in the page's count format: "$808K",
    /// "$80.8만", "€2.00".
    pub fn money(&self, lang: view::Lang, x: f64) -> String {
        format!("{}{}", self.currency.symbol(), crate::numbers::compact(lang, x))
    }
}

impl AppState {
    /// The laws compared with the primary one on the default page (a URL naming `law` or
    /// `compare` replaces them).
    pub const DEFAULT_COMPARE: [LawId; 1] = [LawId::Chinchilla2022A1];

    /// The primary law followed by the compared ones: the laws the page shows, in order.
    pub fn shown_laws(&self) -> Vec<LawId> {
        let mut ids = vec![self.law];
        ids.extend(self.compare.iter().copied().filter(|id| *id != self.law));
        ids
    }

    /// The law value for an id, with this state's custom or fitted coefficients (`fit` without
    /// a fit, which the page never shows, gets Epoch's).
    pub fn law_for(&self, id: LawId) -> Law {
        match id {
            LawId::Fit => Law::new(id, self.fit.unwrap_or(Coefficients::EPOCH)),
            _ => Law::new(id, self.custom),
        }
    }

    /// Whether law `id` can be shown: every law but `fit` before a fit exists.
    pub fn available(&self, id: LawId) -> bool {
        id != LawId::Fit || self.fit.is_some()
    }

    /// Sets (or, with `None`, removes) the fitted law; a new fit joins the comparison (a shown
    /// one stays where it is), a removed one leaves the page.
    pub fn set_fit(&mut self, fit: Option<Coefficients>) {
        self.fit = fit;
        match fit {
            Some(_) if !self.shows(LawId::Fit) => self.add_compare(LawId::Fit),
            Some(_) => {}
            None => {
                self.compare.retain(|id| *id != LawId::Fit);
                if self.law == LawId::Fit {
                    self.law = self.compare.iter().copied().find(|id| id.has_loss()).unwrap_or(LawId::Chinchilla2022);
                    let primary = self.law;
                    self.compare.retain(|id| *id != primary);
                }
            }
        }
    }

    /// Whether `id` is on the page (primary or compared).
    pub fn shows(&self, id: LawId) -> bool {
        self.law == id || self.compare.contains(&id)
    }

    /// Whether two or more fits of Chinchilla's data are on the page (its Approaches 1–3 and
    /// Epoch's refit), whose optima differ: the page then says why.
    pub fn shows_disagreeing_fits(&self) -> bool {
        let family = [LawId::Chinchilla2022, LawId::Chinchilla2022A1, LawId::Chinchilla2022A2, LawId::Epoch2024];
        family.iter().filter(|id| self.shows(**id)).count() >= 2
    }

    /// Turns a law on or off in the comparison (the primary law stays on).
    pub fn toggle_compare(&mut self, id: LawId) {
        if id == self.law || !self.available(id) {
            return;
        }
        if let Some(i) = self.compare.iter().position(|x| *x == id) {
            self.compare.remove(i);
        } else {
            self.add_compare(id);
        }
    }

    /// Makes `id` the primary law; the old primary joins the comparison so nothing vanishes.
    /// A law without a loss surface (`deepseek2024`) cannot be primary: it joins the
    /// comparison instead.
    pub fn set_primary(&mut self, id: LawId) {
        if !self.available(id) {
            return;
        }
        if !id.has_loss() {
            if !self.compare.contains(&id) {
                self.add_compare(id);
            }
            return;
        }
        if id == self.law {
            return;
        }
        let old = self.law;
        self.law = id;
        self.compare.retain(|x| *x != id);
        if !self.compare.contains(&old) {
            self.add_compare(old);
        }
    }

    /// Adds `id` to the comparison, keeping it in `LawId` order (an insertion, not a sort:
    /// no sorting code in the wasm).
    pub fn add_compare(&mut self, id: LawId) {
        let at = self.compare.partition_point(|x| *x < id);
        self.compare.insert(at, id);
    }

    /// Puts "your model" on the budget's iso-FLOP line: with `by_params`, N = `value` and
    /// D = C/(6N); otherwise D = `value` and N = C/(6D). Both stay within their bounds. The
    /// clicked value is rounded to [`grid::SLIDER_DIGITS`] significant digits and the derived
    /// one to [`grid::DERIVED_DIGITS`], so both print short and 6·N·D still reads as C.
    pub fn place_user_on_budget(&mut self, by_params: bool, value: f64) {
        let value = grid::round_significant(value, grid::SLIDER_DIGITS);
        let other =
            grid::round_significant(crate::laws::units::tokens_for_budget(self.compute, value), grid::DERIVED_DIGITS);
        let (n, d) = if by_params { (value, other) } else { (other, value) };
        if n.is_finite() && d.is_finite() {
            self.n = n.clamp(bounds::PARAMS.0, bounds::PARAMS.1);
            self.d = d.clamp(bounds::TOKENS.0, bounds::TOKENS.1);
        }
    }

    /// Puts "your model" at (`n`, `d`) (a drag on the loss landscape): each rounded to
    /// [`grid::SLIDER_DIGITS`] significant digits and kept within its bounds; non-finite values
    /// change nothing.
    pub fn place_user(&mut self, n: f64, d: f64) {
        if n.is_finite() && d.is_finite() && n > 0.0 && d > 0.0 {
            self.n = grid::round_significant(n, grid::SLIDER_DIGITS).clamp(bounds::PARAMS.0, bounds::PARAMS.1);
            self.d = grid::round_significant(d, grid::SLIDER_DIGITS).clamp(bounds::TOKENS.0, bounds::TOKENS.1);
        }
    }

    /// One arrow-key step of your model's N (`by_params`) or D on the ×10^0.1 grid (Shift:
    /// ×10), within its bounds (see [`grid::step_on_grid`]).
    pub fn step_user(&mut self, by_params: bool, up: bool, big: bool) {
        if by_params {
            self.n = grid::step_on_grid(self.n, up, big, bounds::PARAMS);
        } else {
            self.d = grid::step_on_grid(self.d, up, big, bounds::TOKENS);
        }
    }

    /// One arrow-key step of the budget (see [`grid::step_budget`]).
    pub fn step_budget(&mut self, up: bool, big: bool) {
        self.compute = grid::step_budget(self.compute, up, big);
    }

    /// "Your model"'s training compute, C = 6·N·D (Kaplan et al. 2020, §2.1).
    pub fn user_compute(&self) -> f64 {
        crate::laws::units::training_flops(self.n, self.d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_laws_start_with_the_primary_and_never_repeat() {
        let mut s = AppState { compare: Vec::new(), ..AppState::default() };
        s.toggle_compare(LawId::Kaplan2020);
        s.toggle_compare(LawId::Chinchilla2022); // primary: no effect
        assert_eq!(s.shown_laws(), vec![LawId::Chinchilla2022, LawId::Kaplan2020]);
        s.set_primary(LawId::Kaplan2020);
        assert_eq!(s.shown_laws(), vec![LawId::Kaplan2020, LawId::Chinchilla2022]);
        s.toggle_compare(LawId::Chinchilla2022);
        assert_eq!(s.shown_laws(), vec![LawId::Kaplan2020]);
    }

    #[test]
    fn placing_the_user_on_the_budget_keeps_6nd_equal_to_c() {
        let mut s = AppState::default();
        s.place_user_on_budget(true, 70e9);
        assert_eq!((s.n, s.d), (70e9, 1.371e12));
        assert!((s.user_compute() - s.compute).abs() / s.compute < 5e-4);
        // A click lands anywhere: the values are short, and 6ND is the budget to 4 digits.
        s.place_user_on_budget(true, 1.2491608297426367e10);
        assert_eq!((s.n, format!("{:e}", s.d)), (1.25e10, "7.68e12".to_string()));
        assert!((s.user_compute() - s.compute).abs() / s.compute < 5e-4);
        s.place_user_on_budget(false, 1e15);
        assert_eq!(s.d, 1e15);
        assert!(s.n >= bounds::PARAMS.0);
    }

    #[test]
    fn default_user_compute_is_gopher() {
        let s = AppState::default();
        assert!((s.user_compute() - 5.04e23).abs() / 5.04e23 < 1e-12);
    }
}

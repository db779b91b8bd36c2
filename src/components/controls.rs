//! Inputs: the compute budget (slider + typed), the law picker, "your model" (sliders +
//! typed) and the famous-models toggle. Each writes the one state signal; nothing else.

use super::settled::settled;
use crate::famous_models::FAMOUS_MODELS;
use crate::i18n::{Key, Lang};
use crate::laws::{flops_to_pf_days, LawId};
use crate::numbers::format_sci;
use crate::numbers::{compact, count, plain};
use crate::state::bounds::{COMPUTE_SLIDER, COMPUTE_TYPED, PARAMS, TOKENS};
use crate::state::grid::from_slider;
use crate::state::quantity::{check_range, is_zero, parse_quantity, QuantityError, QuantityKind};
use crate::state::AppState;
use leptos::prelude::*;

/// A logarithmic slider (its value is log10 of the quantity) and a text box that accepts
/// typed quantities (`5.76e23`, `175B`, `3.1 PF-days`) with a message when it cannot.
#[component]
pub fn LogQuantity(
    /// `data-testid` of the slider.
    testid: &'static str,
    label: Signal<String>,
    value: Signal<f64>,
    on_set: Callback<f64>,
    kind: QuantityKind,
    slider: (f64, f64),
    typed: (f64, f64),
    /// Human text for the current value (also the slider's `aria-valuetext`).
    human: Signal<String>,
    lang: Signal<Lang>,
    /// Where typed zero is a value of its own ("no inference"), what it does; without it a typed
    /// zero is an error like any number out of range.
    #[prop(optional_no_strip)]
    on_zero: Option<Callback<()>>,
) -> impl IntoView {
    let (error, set_error) = signal(None::<QuantityError>);
    let input_id = format!("{testid}-typed");
    let slider_id = format!("{testid}-range");
    let on_slide = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
            let x = from_slider(v);
            if x.is_finite() {
                set_error.set(None);
                on_set.run(x);
            }
        }
    };
    let on_typed = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if let Some(zero) = on_zero.filter(|_| is_zero(&text)) {
            set_error.set(None);
            zero.run(());
            return;
        }
        match parse_quantity(&text, kind).and_then(|x| check_range(x, typed.0, typed.1)) {
            Ok(x) => {
                set_error.set(None);
                on_set.run(x);
            }
            Err(e) => set_error.set(Some(e)),
        }
    };
    let error_id = format!("{testid}-error");
    let invalid = move || error.with(Option::is_some);
    view! {
        <div class="quantity">
            <label for=slider_id.clone()>{label}</label>
            <input
                id=slider_id
                type="range"
                data-testid=testid
                min=slider.0.log10()
                max=slider.1.log10()
                step="0.01"
                prop:value=move || format!("{:.2}", value.get().log10().clamp(slider.0.log10(), slider.1.log10()))
                aria-valuetext=move || human.get()
                on:input=on_slide
            />
            <input
                id=input_id
                class="typed"
                class:invalid=invalid
                type="text"
                spellcheck="false"
                data-testid=format!("{testid}-typed")
                aria-label=move || label.get()
                aria-invalid=move || invalid().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || typed_text(value.get(), kind, lang.get())
                on:change=on_typed
            />
            <span class="human">{move || human.get()}</span>
            <span class="error" id=error_id data-testid=format!("{testid}-error") role="alert">
                {move || error.with(|e| e.as_ref().map(|e| lang.get().field_quantity_error(e, kind)))}
            </span>
        </div>
    }
}

/// What a number field shows for `v`: a count as people write it in the page's language
/// ("700억", "70B") when that reads back as exactly `v`, else (and for a budget) `7e10`, so
/// what a Korean student typed is not shown back in computer notation.
fn typed_text(v: f64, kind: QuantityKind, lang: Lang) -> String {
    if kind == QuantityKind::Count {
        let text = plain(lang, v);
        if parse_quantity(&text, kind).is_ok_and(|x| x == v) {
            return text;
        }
    }
    format!("{v:e}")
}

/// The compute budget, shown in FLOPs and PF-days.
#[component]
pub fn ComputeControl(
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let value: Signal<f64> = Memo::new(move |_| state.with(|s| s.compute)).into();
    // A memo: the slider's aria-valuetext and the visible text share one formatting.
    let human: Signal<String> = Memo::new(move |_| {
        let c = value.get();
        let l = lang.get();
        format!(
            "{} {} = {} {}",
            format_sci(c),
            l.text(Key::Flops),
            compact(l, flops_to_pf_days(c)),
            l.text(Key::PfDays)
        )
    })
    .into();
    view! {
        <LogQuantity
            testid="compute-slider"
            label=Signal::derive(move || lang.get().text(Key::ComputeBudget).to_string())
            value
            on_set=Callback::new(move |c| set_state.update(|s| s.compute = c))
            kind=QuantityKind::Compute
            slider=COMPUTE_SLIDER
            typed=COMPUTE_TYPED
            human
            lang
        />
    }
}

/// The primary law and the laws to compare.
#[component]
pub fn LawPicker(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>, lang: Signal<Lang>) -> impl IntoView {
    // Memos: the picker re-renders when the laws change, not on every slider step.
    let primary = settled(move || state.with(|s| s.law));
    let shown = settled(move || state.with(|s| s.shown_laws()));
    // The fitted law is offered only once a fit exists (issue 20).
    let fitted = settled(move || state.with(|s| s.fit.is_some()));
    // A law without a loss surface (DeepSeek) can be compared, not be primary.
    let options = move || {
        LawId::ALL
            .into_iter()
            .filter(|id| id.has_loss())
            .filter(move |id| *id != LawId::Fit || fitted.get())
            .map(|id| {
                view! {
                    <option value=id.as_str() selected=move || primary.get() == id>
                        {move || lang.get().text(Key::LawName(id))}
                    </option>
                }
            })
            .collect_view()
    };
    let checks = move || {
        LawId::ALL
            .into_iter()
            .filter(move |id| *id != LawId::Fit || fitted.get())
            .map(|id| {
                view! {
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid="compare-law"
                            data-law=id.as_str()
                            prop:checked=move || shown.with(|laws| laws.contains(&id))
                            prop:disabled=move || primary.get() == id
                            on:change=move |_| set_state.update(|s| s.toggle_compare(id))
                        />
                        {move || lang.get().text(Key::LawName(id))}
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <div class="law-picker">
            <label for="law-select">{move || lang.get().text(Key::PrimaryLaw)}</label>
            <select
                id="law-select"
                data-testid="law-select"
                on:change=move |ev| {
                    if let Some(id) = LawId::parse(&event_target_value(&ev)) {
                        set_state.update(|s| s.set_primary(id));
                    }
                }
            >
                {options}
            </select>
            <fieldset>
                <legend>{move || lang.get().text(Key::CompareLaws)}</legend>
                {checks}
            </fieldset>
        </div>
    }
}

/// "Your model": N and D, and the famous models that can be loaded into it.
#[component]
pub fn ModelControl(
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let n: Signal<f64> = Memo::new(move |_| state.with(|s| s.n)).into();
    let d: Signal<f64> = Memo::new(move |_| state.with(|s| s.d)).into();
    let models = settled(move || state.with(|s| s.models));
    let famous = FAMOUS_MODELS
        .iter()
        .map(|m| {
            let (mn, md) = (m.n, m.d);
            view! {
                <button
                    type="button"
                    class="famous"
                    data-testid="famous-model"
                    data-model=m.id
                    title=move || lang.get().famous_source(m)
                    on:click=move |_| set_state.update(|s| {
                        s.n = mn;
                        s.d = md;
                    })
                >
                    {m.name}
                    <small>{move || format!(" {}/{}", plain(lang.get(), mn), plain(lang.get(), md))}</small>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="model-control">
            <h2>{move || lang.get().text(Key::YourModel)}</h2>
            <LogQuantity
                testid="params-slider"
                label=Signal::derive(move || lang.get().text(Key::Params).to_string())
                value=n
                on_set=Callback::new(move |x| set_state.update(|s| s.n = x))
                kind=QuantityKind::Count
                slider=PARAMS
                typed=PARAMS
                human=Signal::derive(move || count(lang.get(), n.get()))
                lang
            />
            <LogQuantity
                testid="tokens-slider"
                label=Signal::derive(move || lang.get().text(Key::Tokens).to_string())
                value=d
                on_set=Callback::new(move |x| set_state.update(|s| s.d = x))
                kind=QuantityKind::Count
                slider=TOKENS
                typed=TOKENS
                human=Signal::derive(move || count(lang.get(), d.get()))
                lang
            />
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="models-toggle"
                    prop:checked=move || models.get()
                    on:change=move |_| set_state.update(|s| s.models = !s.models)
                />
                {move || lang.get().text(Key::FamousModels)}
            </label>
            <div class="famous-list" hidden=move || !models.get()>{famous}</div>
        </div>
    }
}

#[cfg(test)]
mod typed_tests {
    use super::*;

    /// A user review: "700억" typed on the Korean page came back as "7e10".
    #[test]
    fn typed_counts_read_as_people_write_them_and_back_exactly() {
        assert_eq!(typed_text(7e10, QuantityKind::Count, Lang::Ko), "700억");
        assert_eq!(typed_text(7e10, QuantityKind::Count, Lang::En), "70B");
        assert_eq!(typed_text(1.4e12, QuantityKind::Count, Lang::Ko), "1.4조");
        assert_eq!(typed_text(2.8e11, QuantityKind::Count, Lang::En), "280B");
        // Not a round count: all its digits, never a rounded text that means another number.
        let v = 23_442_288_153.0;
        assert_eq!(typed_text(v, QuantityKind::Count, Lang::Ko), format!("{v:e}"));
        // The budget keeps the notation of FLOPs.
        assert_eq!(typed_text(5.76e23, QuantityKind::Compute, Lang::Ko), "5.76e23");
        for lang in Lang::ALL {
            for v in [1e6, 6.7e9, 1.4e12, 15e12, 3e11, 1.75e11, 4e8] {
                let text = typed_text(v, QuantityKind::Count, lang);
                assert_eq!(parse_quantity(&text, QuantityKind::Count), Ok(v), "{text}");
            }
        }
    }
}

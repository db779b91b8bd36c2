//! The custom law's coefficients E, A, B, α, β as five text fields, shown while the custom law
//! is on the page. Each field is read exactly like its URL key (`parse_quantity`, then
//! `Coefficients::validate`); a valid value redraws the law at once, an invalid one is named
//! next to its field in the page's language and the law keeps the value from before the edit.

use super::settled::settled;
use crate::i18n::{Key, Lang};
use crate::laws::{Coefficients, LawId};
use crate::state::query::check_field;
use crate::state::AppState;
use leptos::prelude::*;

fn label_key(field: &str) -> Key {
    match field {
        "E" => Key::CoeffE,
        "A" => Key::CoeffA,
        "B" => Key::CoeffB,
        "alpha" => Key::CoeffAlpha,
        _ => Key::CoeffBeta,
    }
}

/// One coefficient's label, text field and error.
#[component]
fn CoefficientField(
    field: &'static str,
    custom: ReadSignal<Coefficients>,
    set_state: WriteSignal<AppState>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let value = Memo::new(move |_| custom.with(|c| c.get(field).unwrap_or_default()));
    // What the reader typed, with the field's value at that moment.
    let draft = RwSignal::new(None::<(String, f64)>);
    // The typed text while it still describes the field: the value has not moved since, or
    // it moved to what the text says. Once the value changes from elsewhere (the URL, the
    // tour), the field shows the new value and the error goes.
    let typed = Memo::new(move |_| {
        let v = value.get();
        draft.get().and_then(|(text, base)| {
            let current = base.to_bits() == v.to_bits() || custom.with(|c| check_field(&text, c, field)) == Ok(v);
            current.then_some(text)
        })
    });
    let error = Memo::new(move |_| typed.get().and_then(|text| custom.with(|c| check_field(&text, c, field)).err()));
    // The value when the field took the focus: the edit starts from it.
    let focus_base = StoredValue::new(None::<f64>);
    // A valid text is applied at once; an invalid one (a half-typed "700억" whose "7" was
    // valid) puts back the value the field had when it took the focus, so the page never
    // keeps a number the reader did not mean while the field shows an error.
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let now = value.get_untracked();
        let base = focus_base.get_value().unwrap_or(now);
        draft.set(Some((text.clone(), base)));
        let target = custom.with_untracked(|c| check_field(&text, c, field)).unwrap_or(base);
        // Compared with the state itself, not with `value`: that follows the state a moment
        // later, and keys that come in a burst (a WebDriver's typed string) would see it stale.
        set_state.maybe_update(|s| {
            let changed = s.custom.get(field).map(f64::to_bits) != Some(target.to_bits());
            if changed {
                s.custom.set(field, target);
            }
            changed
        });
    };
    let id = format!("coeff-{field}");
    let error_id = format!("coeff-{field}-error");
    view! {
        <div class="coefficient">
            <label for=id.clone()>{move || lang.get().text(label_key(field))}</label>
            <input
                id=id
                type="text"
                inputmode="decimal"
                spellcheck="false"
                autocomplete="off"
                data-testid=format!("coeff-{field}")
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                prop:value=move || typed.get().unwrap_or_else(|| format!("{}", value.get()))
                on:input=on_input
                on:focus=move |_| focus_base.set_value(Some(value.get_untracked()))
                on:blur=move |_| focus_base.set_value(None)
            />
            <span class="error" id=error_id data-testid=format!("coeff-error-{field}") aria-live="polite">
                {move || error.get().map(|e| lang.get().field_error(field, &e)).unwrap_or_default()}
            </span>
        </div>
    }
}

/// E, A, B, α, β of the custom law, while it is the primary law or compared.
#[component]
pub fn CustomCoefficients(
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let shown = settled(move || state.with(|s| s.shows(LawId::Custom)));
    let custom = settled(move || state.with(|s| s.custom));
    let fields = Coefficients::FIELDS
        .into_iter()
        .map(|field| view! { <CoefficientField field custom set_state lang/> })
        .collect_view();
    view! {
        <fieldset class="coefficients" data-testid="custom-coefficients" hidden=move || !shown.get()>
            <legend>{move || lang.get().text(Key::LawName(LawId::Custom))}</legend>
            {fields}
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::query::parse_query;

    #[test]
    fn fields_accept_and_refuse_exactly_what_the_url_does() {
        let base = Coefficients::CHINCHILLA;
        for (field, text) in
            [("alpha", "0.4"), ("alpha", "-1"), ("alpha", "7"), ("E", "abc"), ("B", "1e7"), ("beta", ""), ("A", "2K")]
        {
            let typed = check_field(text, &base, field);
            let url = parse_query(&format!("law=custom&{field}={text}"));
            match typed {
                Ok(v) => {
                    assert!(url.ignored.is_empty(), "{field}={text}: {:?}", url.ignored);
                    assert_eq!(url.state.custom.get(field), Some(v));
                }
                Err(_) => assert!(
                    url.ignored.iter().any(|i| i.key == field) || text.is_empty(),
                    "{field}={text} refused here, accepted in the URL"
                ),
            }
        }
        assert_eq!(check_field("0.4", &base, "alpha"), Ok(0.4));
    }

    #[test]
    fn messages_name_the_field_in_the_page_language_without_rust_formatting() {
        let base = Coefficients::CHINCHILLA;
        for text in ["-1", "7", "abc", "", "1 PF-days", "1e400"] {
            let Err(e) = check_field(text, &base, "alpha") else {
                panic!("{text} accepted");
            };
            let en = Lang::En.field_error("alpha", &e);
            let ko = Lang::Ko.field_error("alpha", &e);
            assert!(en.starts_with('α') && ko.starts_with('α'), "{en} / {ko}");
            assert_ne!(en, ko);
            assert!(ko.chars().any(|c| ('가'..='힣').contains(&c)), "not Korean: {ko}");
            for m in [&en, &ko] {
                assert!(!m.contains('{') && !m.contains("Err") && !m.contains("NotPositive"), "{m}");
            }
        }
        let e = check_field("7", &base, "alpha").unwrap_err();
        assert_eq!(Lang::En.field_error("alpha", &e), "α must be between 0.05 and 2");
        let e = check_field("1e7", &base, "A").unwrap_err();
        assert_eq!(Lang::Ko.field_error("A", &e), "A: 1에서 1e6 사이여야 합니다");
    }
}

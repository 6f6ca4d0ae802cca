//! The language switch (English / 中文) and the currency controls: yuan or
//! US dollars, and the exchange rate (yuan per US dollar) with the default's
//! source. Every change goes through the session, so it is in the share
//! link and Back and Forward step through it.

use super::prefs::use_prefs;
use crate::format;
use crate::locale::{
    Currency, DEFAULT_CNY_PER_USD, DEFAULT_RATE_SOURCE, DisplayPrefs, Lang, Locale, NumberError,
    RATE_MAX, RATE_MIN, read_number,
};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The rate typed, if it is one the app accepts; otherwise what is wrong,
/// in English (translated when shown).
pub fn parse_rate(text: &str) -> Result<f64, RateError> {
    // The page's one number reader: both languages write 6.9 alike.
    let v = match read_number(&Locale::en(), text) {
        Ok(v) => v,
        Err(NumberError::Empty) => return Err(RateError::Empty),
        Err(NumberError::NotANumber) => return Err(RateError::NotANumber),
        Err(NumberError::Ambiguous { .. }) => return Err(RateError::Ambiguous),
    };
    if v <= 0.0 {
        Err(RateError::NotPositive)
    } else if !(RATE_MIN..=RATE_MAX).contains(&v) {
        Err(RateError::OutOfRange)
    } else {
        Ok(v)
    }
}

/// Why a typed rate was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RateError {
    Empty,
    NotANumber,
    /// "7,1": 7.1 or 71.
    Ambiguous,
    NotPositive,
    OutOfRange,
}

impl RateError {
    fn message(self, l: &Locale, kept: f64) -> String {
        let why = match self {
            RateError::Empty => l.tr("Type an exchange rate, such as 6.9."),
            RateError::NotANumber => l.tr("That is not a number."),
            RateError::Ambiguous => l.tr("Write the decimal point as “.”, as in 6.9."),
            RateError::NotPositive => l.tr("An exchange rate must be more than 0."),
            RateError::OutOfRange => l.tr("That rate is outside what the app accepts."),
        };
        format!(
            "{why} {}",
            l.trf(
                "Use a number from {} to {} yuan per US dollar; still using {}.",
                &[&RATE_MIN, &RATE_MAX, &rate_text(kept)]
            )
        )
    }
}

/// A rate as the input shows it: "6.8985".
pub fn rate_text(v: f64) -> String {
    format::sig(v, 6).replace(',', "")
}

/// Props of [`Units`].
#[derive(Properties, PartialEq)]
pub struct UnitsProps {
    /// What the view's link holds (the language may be the browser's).
    pub display: DisplayPrefs,
    /// A new choice of language, currency or rate.
    pub on_change: Callback<DisplayPrefs>,
}

/// See the module docs.
#[function_component(Units)]
pub fn units(p: &UnitsProps) -> Html {
    let prefs = use_prefs();
    let l = &prefs.locale;
    let error = use_state(|| None::<RateError>);
    let d = p.display;
    {
        // A rate from elsewhere (Back, a loaded link) is a good one.
        let error = error.clone();
        use_effect_with(d.cny_per_usd.to_bits(), move |_| error.set(None));
    }
    let set_lang = |lang: Lang| {
        let on = p.on_change.clone();
        Callback::from(move |_: MouseEvent| {
            on.emit(DisplayPrefs {
                lang: Some(lang),
                ..d
            })
        })
    };
    let set_cur = |currency: Currency| {
        let on = p.on_change.clone();
        Callback::from(move |_: MouseEvent| on.emit(DisplayPrefs { currency, ..d }))
    };
    let on_rate = {
        let on = p.on_change.clone();
        let error = error.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            match parse_rate(&input.value()) {
                Ok(v) => {
                    error.set(None);
                    input.set_value(&rate_text(v));
                    if v != d.cny_per_usd {
                        on.emit(DisplayPrefs {
                            cny_per_usd: v,
                            ..d
                        });
                    }
                }
                Err(err) => error.set(Some(err)),
            }
        })
    };
    let on_default_rate = {
        let on = p.on_change.clone();
        let error = error.clone();
        Callback::from(move |_: MouseEvent| {
            error.set(None);
            on.emit(DisplayPrefs {
                cny_per_usd: DEFAULT_CNY_PER_USD,
                ..d
            })
        })
    };
    let pressed = |on: bool| if on { "true" } else { "false" };
    let lang = l.lang;
    let cur = d.currency;
    let bad = error.is_some();
    html! {
        <div class="units" id="units">
            <div class="units-group" role="group" aria-labelledby="lang-label">
                <span class="units-label" id="lang-label">{ l.tr("Language") }</span>
                { for Lang::ALL.into_iter().map(|each| {
                    let info = each.info();
                    html! {
                        <button type="button" id={format!("lang-{}", info.query_code)} lang={info.html_code}
                            aria-pressed={pressed(lang == each)}
                            onclick={set_lang(each)}>{ info.own_name }</button>
                    }
                }) }
            </div>
            <div class="units-group" role="group" aria-labelledby="cur-label">
                <span class="units-label" id="cur-label">{ l.tr("Currency") }</span>
                <button type="button" id="cur-cny" aria-pressed={pressed(cur == Currency::Cny)}
                    onclick={set_cur(Currency::Cny)}>{ l.tr("Yuan (CNY)") }</button>
                <button type="button" id="cur-usd" aria-pressed={pressed(cur == Currency::Usd)}
                    onclick={set_cur(Currency::Usd)}>{ l.tr("US dollars (USD)") }</button>
            </div>
            <div class="units-group units-rate">
                <label for="rate">{ l.tr("Yuan per US dollar") }</label>
                <input class="num" type="text" inputmode="decimal" id="rate" autocomplete="off"
                    value={rate_text(d.cny_per_usd)} onchange={on_rate}
                    aria-invalid={pressed(bad)} aria-describedby="rate-source rate-error" />
                if d.cny_per_usd != DEFAULT_CNY_PER_USD {
                    <button type="button" class="link-button" id="rate-default" onclick={on_default_rate}>
                        { l.trf("Back to {}", &[&rate_text(DEFAULT_CNY_PER_USD)]) }
                    </button>
                }
                <p class="help" id="rate-source">
                    { l.trf("Default: {}", &[&l.tr(DEFAULT_RATE_SOURCE)]) }
                </p>
                <p class="rate-error" id="rate-error" role="alert">
                    { error.map(|e| e.message(l, d.cny_per_usd)).unwrap_or_default() }
                </p>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_checked() {
        assert_eq!(parse_rate(" 6.9 "), Ok(6.9));
        assert_eq!(parse_rate("7,1"), Err(RateError::Ambiguous));
        assert_eq!(parse_rate("７．１"), Ok(7.1));
        assert_eq!(parse_rate(""), Err(RateError::Empty));
        assert_eq!(parse_rate("abc"), Err(RateError::NotANumber));
        assert_eq!(parse_rate("NaN"), Err(RateError::NotANumber));
        assert_eq!(parse_rate("inf"), Err(RateError::NotANumber));
        assert_eq!(parse_rate("0"), Err(RateError::NotPositive));
        assert_eq!(parse_rate("-7"), Err(RateError::NotPositive));
        assert_eq!(parse_rate("1e9"), Err(RateError::OutOfRange));
    }
}

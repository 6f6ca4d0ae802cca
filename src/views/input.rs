//! Reading what the user types into the assumption editor. Lenient about
//! form ("×1.3", "1.3", "30%", "+30 %"), strict about meaning: anything that
//! is not a number is an error message, never a panic.

use crate::locale::Locale;
use crate::scenario::GrowthForm;

/// A growth value typed in `form`, as a multiplier. A trailing "%" always
/// means a rate and a leading "×"/"x" always a multiplier, whatever the form.
pub fn parse_growth(text: &str, form: GrowthForm) -> Result<f64, String> {
    parse_growth_in(&Locale::en(), text, form)
}

/// [`parse_growth`] with its messages in the reader's language; full-width
/// "％" and "，" (a Chinese keyboard's) read as "%" and ",".
pub fn parse_growth_in(l: &Locale, text: &str, form: GrowthForm) -> Result<f64, String> {
    let t = text
        .trim()
        .replace(['，', ','], ".")
        .replace('％', "%")
        .replace([' ', '\u{3000}'], "");
    if t.is_empty() {
        return Err(l.tr("empty").to_string());
    }
    let (t, rate) = if let Some(r) = t.strip_suffix('%') {
        (r.to_string(), true)
    } else if let Some(m) = t.strip_prefix('×').or_else(|| t.strip_prefix('x')) {
        (m.to_string(), false)
    } else {
        (t.clone(), form == GrowthForm::Rate)
    };
    let t = t.strip_prefix('+').unwrap_or(&t).replace('−', "-");
    let v: f64 = t
        .parse()
        .map_err(|_| l.trf("“{}” is not a number", &[&text.trim()]))?;
    if !v.is_finite() {
        return Err(l.trf("“{}” is not a finite number", &[&text.trim()]));
    }
    Ok(if rate { 1.0 + v / 100.0 } else { v })
}

/// A base value in billion yuan.
pub fn parse_amount(text: &str) -> Result<f64, String> {
    parse_amount_in(&Locale::en(), text)
}

/// An amount typed in the reader's units ([`Locale::caption`]: billion
/// yuan, 亿元, US dollars), returned in billion yuan; messages in the
/// reader's language.
pub fn parse_amount_in(l: &Locale, text: &str) -> Result<f64, String> {
    let t = text.trim().replace([',', '，', ' ', '\u{3000}'], "");
    let v: f64 = t
        .parse()
        .map_err(|_| l.trf("“{}” is not a number of {}", &[&text.trim(), &l.caption()]))?;
    if v.is_finite() && v > 0.0 {
        Ok(l.from_display(v))
    } else {
        Err(l.trf("“{}” must be above zero", &[&text.trim()]))
    }
}

/// A growth value as the editor shows it in `form`.
pub fn show_growth(m: f64, form: GrowthForm) -> String {
    match form {
        GrowthForm::Multiplier => crate::format::sig(m, 4),
        GrowthForm::Rate => format!("{}%", crate::format::sig((m - 1.0) * 100.0, 4)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_in_every_form() {
        assert_eq!(parse_growth("1.3", GrowthForm::Multiplier), Ok(1.3));
        assert_eq!(parse_growth("×2", GrowthForm::Rate), Ok(2.0));
        assert_eq!(parse_growth("x2", GrowthForm::Rate), Ok(2.0));
        assert_eq!(parse_growth("30", GrowthForm::Rate), Ok(1.3));
        assert_eq!(parse_growth(" +30 % ", GrowthForm::Multiplier), Ok(1.3));
        assert_eq!(parse_growth("−20%", GrowthForm::Multiplier), Ok(0.8));
        assert_eq!(parse_growth("1,5", GrowthForm::Multiplier), Ok(1.5));
        assert!(parse_growth("", GrowthForm::Multiplier).is_err());
        assert!(parse_growth("abc", GrowthForm::Multiplier).is_err());
        assert!(parse_growth("inf", GrowthForm::Multiplier).is_err());
        assert!(parse_growth("NaN", GrowthForm::Rate).is_err());
    }

    #[test]
    fn amounts() {
        assert_eq!(parse_amount("433.8"), Ok(433.8));
        assert_eq!(parse_amount("1,000"), Ok(1000.0));
        assert!(parse_amount("0").is_err());
        assert!(parse_amount("-5").is_err());
        assert!(parse_amount("<img src=x>").is_err());
    }

    #[test]
    fn shown_round_trips() {
        for form in [GrowthForm::Multiplier, GrowthForm::Rate] {
            let text = show_growth(1.15, form);
            let back = parse_growth(&text, form).unwrap_or(f64::NAN);
            assert!((back - 1.15).abs() < 1e-9, "{text} -> {back}");
        }
    }
}

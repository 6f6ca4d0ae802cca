//! The one reader of numbers typed by hand: every number field of the page
//! (editor, key numbers, story, lab, exchange rate) reads through it, so a
//! text means the same number everywhere.
//!
//! It takes the language's decimal mark and thousands separator
//! ([`LangInfo::decimal_mark`](super::LangInfo), `group_mark`), full-width
//! digits and marks (a Chinese keyboard's "４３３．８"), and the exponent form
//! ("1e6"). What could mean two numbers is refused, not guessed: "433,8" is
//! 433.8 with a decimal comma or 4338 with a misplaced separator, and "1,5"
//! is 1.5 or 15. Separators count only in groups of three ("1,000.5").
//!
//! Hand-written because it is small: crates that parse numbers by locale
//! (ICU4X's) bring their locale data along, far more than this page's wasm
//! can carry for two languages that write numbers alike.

use super::Locale;

/// Why typed text is not a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing typed.
    Empty,
    /// Not a number at all ("abc", "inf", "1..2").
    NotANumber,
    /// A separator that could be a decimal mark or a thousands separator
    /// ("433,8", "1,5"): the two readings are given, the smaller first.
    Ambiguous { decimal: String, grouped: String },
}

impl NumberError {
    /// One sentence for the reader, quoting what they typed.
    pub fn message(&self, l: &Locale, typed: &str) -> String {
        let typed = typed.trim();
        match self {
            NumberError::Empty => l.tr("Nothing was typed.").to_string(),
            NumberError::NotANumber => l.trf("“{}” is not a number.", &[&typed]),
            NumberError::Ambiguous { decimal, grouped } => l.trf(
                "“{}” could be {} or {}: write the decimal point as “.”, and thousands in groups of three.",
                &[&typed, decimal, grouped],
            ),
        }
    }
}

/// Full-width digits and marks as their ASCII twins; spaces (also thin and
/// ideographic ones) dropped; "−" (minus sign) as "-".
fn normalise(text: &str) -> String {
    text.trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{2009}')
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '，' => ',',
            '＋' => '+',
            '－' | '−' => '-',
            'ｅ' | 'Ｅ' => 'e',
            c => c,
        })
        .collect()
}

/// `digits` (no sign, no exponent) with `group` separators in groups of
/// three and at most one `decimal` mark, as a plain ASCII number; `Err`
/// with the two readings when a separator is misplaced.
fn ungroup(digits: &str, decimal: char, group: char) -> Result<String, NumberError> {
    let (int, frac) = match digits.split_once(decimal) {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if frac.is_some_and(|f| !all_digits(f) || f.is_empty() && int.is_empty()) {
        return Err(NumberError::NotANumber);
    }
    let groups: Vec<&str> = int.split(group).collect();
    if groups.iter().any(|g| !all_digits(g)) {
        return Err(NumberError::NotANumber);
    }
    let well_grouped = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    if !well_grouped {
        // "433,8": a decimal comma, or a thousands separator out of place.
        if groups.len() == 2 && frac.is_none() && !groups[0].is_empty() && !groups[1].is_empty() {
            return Err(NumberError::Ambiguous {
                decimal: format!("{}{decimal}{}", groups[0], groups[1]),
                grouped: groups.concat(),
            });
        }
        return Err(NumberError::NotANumber);
    }
    let int = groups.concat();
    if int.is_empty() && frac.is_none() {
        return Err(NumberError::NotANumber);
    }
    Ok(match frac {
        Some(f) => format!("{int}.{f}"),
        None => int,
    })
}

/// The number `text` means in `l`'s conventions (see the module docs).
/// Always finite: "1e999" is not a number a field can use.
pub fn read_number(l: &Locale, text: &str) -> Result<f64, NumberError> {
    let info = l.info();
    let t = normalise(text);
    if t.is_empty() {
        return Err(NumberError::Empty);
    }
    let (sign, rest) = match t.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", t.strip_prefix('+').unwrap_or(&t)),
    };
    let (mantissa, exponent) = match rest.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (rest, None),
    };
    let plain = ungroup(mantissa, info.decimal_mark, info.group_mark)?;
    let exponent = match exponent {
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return Err(NumberError::NotANumber);
            }
            format!("e{e}")
        }
        None => String::new(),
    };
    let v: f64 = format!("{sign}{plain}{exponent}")
        .parse()
        .map_err(|_| NumberError::NotANumber)?;
    if v.is_finite() {
        Ok(v)
    } else {
        Err(NumberError::NotANumber)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Lang;

    fn read(text: &str) -> Result<f64, NumberError> {
        read_number(&Locale::en(), text)
    }

    #[test]
    fn plain_grouped_signed_and_exponent_numbers() {
        assert_eq!(read("433.8"), Ok(433.8));
        assert_eq!(read(" 1,000 "), Ok(1000.0));
        assert_eq!(read("1,234,567.25"), Ok(1_234_567.25));
        assert_eq!(read("+2"), Ok(2.0));
        assert_eq!(read("−0.5"), Ok(-0.5));
        assert_eq!(read("-1"), Ok(-1.0));
        assert_eq!(read(".5"), Ok(0.5));
        assert_eq!(read("5."), Ok(5.0));
        assert_eq!(read("1e99"), Ok(1e99));
        assert_eq!(read("2.5E-3"), Ok(0.0025));
        assert_eq!(read("0"), Ok(0.0));
    }

    #[test]
    fn full_width_digits_and_marks() {
        assert_eq!(read("２"), Ok(2.0));
        assert_eq!(read("４３３．８"), Ok(433.8));
        assert_eq!(read("１，０００"), Ok(1000.0));
        let zh = Locale {
            lang: Lang::Zh,
            ..Locale::en()
        };
        assert_eq!(read_number(&zh, "４３３８"), Ok(4338.0));
    }

    #[test]
    fn a_comma_that_could_be_either_is_refused() {
        for (typed, decimal, grouped) in [
            ("433,8", "433.8", "4338"),
            ("1,5", "1.5", "15"),
            ("1,50", "1.50", "150"),
        ] {
            assert_eq!(
                read(typed),
                Err(NumberError::Ambiguous {
                    decimal: decimal.into(),
                    grouped: grouped.into()
                }),
                "{typed}"
            );
        }
        let m = read("433,8").unwrap_err().message(&Locale::en(), "433,8");
        assert!(m.contains("433.8") && m.contains("4338"), "{m}");
    }

    #[test]
    fn what_is_not_a_number() {
        assert_eq!(read(""), Err(NumberError::Empty));
        assert_eq!(read("   "), Err(NumberError::Empty));
        for bad in [
            "abc",
            "inf",
            "NaN",
            "infinity",
            "1..2",
            "1.2.3",
            ",5",
            "1,",
            "12,34,567",
            "1e",
            "e5",
            "1e5.5",
            "--1",
            "+-1",
            "1e999",
            "0x10",
            "1 000,5,",
        ] {
            assert_eq!(read(bad), Err(NumberError::NotANumber), "{bad}");
        }
    }
}

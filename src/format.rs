//! Number formatting for labels: significant digits, thousands separators and
//! the article's units. Built on `format!`, which rounds correctly; the
//! `numfmt` crate was considered but truncates instead of rounding
//! (1127.88 with four digits gives "1,127").

/// `v` rounded to `digits` significant digits, with thousands separators and
/// no trailing zeros: `sig(1127.88, 4)` is "1,128", `sig(433.8, 4)` is "433.8".
pub fn sig(v: f64, digits: u32) -> String {
    if !v.is_finite() {
        return "–".to_string();
    }
    if v == 0.0 {
        return "0".to_string();
    }
    let magnitude = v.abs().log10().floor() as i32;
    let decimals = (digits as i32 - 1 - magnitude).clamp(0, 12) as usize;
    let sign = if v < 0.0 { "-" } else { "" };
    let (int_digits, frac_part) = match rounded(v.abs(), decimals) {
        Some(n) => {
            let unit = 10u64.pow(decimals as u32);
            let frac = format!("{:0decimals$}", n % unit);
            (
                (n / unit).to_string(),
                frac.trim_end_matches('0').to_owned(),
            )
        }
        None => {
            let text = format!("{:.decimals$}", v.abs());
            match text.split_once('.') {
                Some((i, f)) => (i.to_owned(), f.trim_end_matches('0').to_owned()),
                None => (text, String::new()),
            }
        }
    };
    let mut out =
        String::with_capacity(sign.len() + int_digits.len() * 4 / 3 + frac_part.len() + 1);
    out.push_str(sign);
    for (i, c) in int_digits.chars().enumerate() {
        if i > 0 && (int_digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac_part.is_empty() {
        out.push('.');
        out.push_str(&frac_part);
    }
    out
}

/// `abs` (positive) times 10^`decimals`, rounded to an integer the way
/// `format!("{abs:.decimals$}")` rounds, or `None` where that is not
/// certain. Formatting a float to a precision is exact, and slow where
/// Rust falls back to big-number arithmetic (Dragon4): a fifth of
/// building the page's numbers on a slider step. The product here is
/// within half an ulp of the exact one, so unless its fraction is that
/// close to one half (a tie, or nearly) it rounds the same way; the rest,
/// and numbers beyond 2^52, go to the exact formatter.
fn rounded(abs: f64, decimals: usize) -> Option<u64> {
    let scaled = abs * 10f64.powi(decimals as i32);
    if scaled.is_nan() || scaled >= 4.0e15 {
        return None;
    }
    let floor = scaled.floor();
    let frac = scaled - floor;
    if (frac - 0.5).abs() <= scaled * f64::EPSILON {
        return None;
    }
    Some(floor as u64 + u64::from(frac > 0.5))
}

/// An amount in billion yuan, switching to trillions from 1,000 billion:
/// "433.8 bn", "1.128 trn".
pub fn bn_cny(v: f64) -> String {
    if v.abs() >= 1000.0 {
        format!("{} trn", sig(v / 1000.0, 4))
    } else {
        format!("{} bn", sig(v, 4))
    }
}

/// A range of amounts in billion yuan: "400–500 bn"; a single value when both ends agree.
pub fn bn_cny_range(low: f64, high: f64) -> String {
    if low == high {
        bn_cny(low)
    } else if low.abs() < 1000.0 && high.abs() < 1000.0 {
        format!("{}–{} bn", sig(low, 4), sig(high, 4))
    } else {
        format!("{}–{}", bn_cny(low), bn_cny(high))
    }
}

/// A growth multiplier: "×2", "×1.3", "×5.5".
pub fn multiplier(m: f64) -> String {
    format!("×{}", sig(m, 3))
}

/// A multiplier range: "5–6×".
pub fn multiplier_range(low: f64, high: f64) -> String {
    if low == high {
        format!("{}×", sig(low, 3))
    } else {
        format!("{}–{}×", sig(low, 3), sig(high, 3))
    }
}

/// How many words of a name a [`slug`] keeps.
const SLUG_WORDS: usize = 3;

/// A name as a share link writes it: the English name (never the reader's
/// language, so a link opens the same in any) in lower-case ASCII letters
/// and digits, words joined by "-", at most three words: "iiMedia Research"
/// is "iimedia-research", "Kuaishou prospectus (Global Offering, January
/// 2021)" "kuaishou-prospectus-global". A name without a letter or digit of
/// ASCII is "series".
pub fn slug(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(SLUG_WORDS)
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() {
        "series".to_string()
    } else {
        words.join("-")
    }
}

/// A multiplier as a percentage change: ×2 is "+100%", ×0.8 is "−20%".
pub fn percent_change(m: f64) -> String {
    let p = (m - 1.0) * 100.0;
    if p < 0.0 {
        format!("−{}%", sig(-p, 3))
    } else {
        format!("+{}%", sig(p, 3))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path of `sig` gives what formatting the float exactly
    /// gives, over a wide spread of magnitudes and digits, ties included.
    #[test]
    fn sig_matches_exact_formatting() {
        fn exact(v: f64, digits: u32) -> String {
            let magnitude = v.abs().log10().floor() as i32;
            let decimals = (digits as i32 - 1 - magnitude).clamp(0, 12) as usize;
            let text = format!("{v:.decimals$}");
            let (int_part, frac) = match text.split_once('.') {
                Some((i, f)) => (i.to_owned(), f.trim_end_matches('0').to_owned()),
                None => (text, String::new()),
            };
            let (sign, d) = match int_part.strip_prefix('-') {
                Some(rest) => ("-", rest.to_owned()),
                None => ("", int_part),
            };
            let mut g = String::new();
            for (i, c) in d.chars().enumerate() {
                if i > 0 && (d.len() - i) % 3 == 0 {
                    g.push(',');
                }
                g.push(c);
            }
            if frac.is_empty() {
                format!("{sign}{g}")
            } else {
                format!("{sign}{g}.{frac}")
            }
        }
        let mut values = vec![
            2.5, 0.5, 1.5, 0.125, 0.375, 1.005, 2.675, 1127.88, 433.8, 1e-14, 9.995, 99.95, 0.045,
            1234.5, 12_345.5, 5e15, 1e300, 3.0e-7, 999.95, 0.999_95,
        ];
        // A deterministic spread: every magnitude from 1e-9 to 1e17.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let mantissa = 1.0 + (x >> 11) as f64 / (1u64 << 53) as f64 * 9.0;
            let exp = (x % 27) as i32 - 9;
            values.push(mantissa * 10f64.powi(exp));
            // Short decimals, where ties and near-ties are common.
            values.push((x % 100_000) as f64 / 8.0 / 10f64.powi((x % 6) as i32));
        }
        for v in values.into_iter().filter(|v| *v != 0.0) {
            for digits in 1..=6 {
                for v in [v, -v] {
                    assert_eq!(sig(v, digits), exact(v, digits), "sig({v:e}, {digits})");
                }
            }
        }
    }

    #[test]
    fn significant_digits_round_and_group() {
        assert_eq!(sig(433.8, 4), "433.8");
        assert_eq!(sig(1127.88, 4), "1,128");
        assert_eq!(sig(11960.3, 4), "11,960");
        assert_eq!(sig(1_234_567.0, 7), "1,234,567");
        assert_eq!(sig(10.0, 4), "10");
        assert_eq!(sig(0.12345, 2), "0.12");
        assert_eq!(sig(-2500.0, 3), "-2,500");
        assert_eq!(sig(0.0, 3), "0");
        assert_eq!(sig(f64::NAN, 3), "–");
    }

    #[test]
    fn units() {
        assert_eq!(bn_cny(433.8), "433.8 bn");
        assert_eq!(bn_cny(1127.88), "1.128 trn");
        assert_eq!(bn_cny_range(400.0, 500.0), "400–500 bn");
        assert_eq!(bn_cny_range(10.0, 10.0), "10 bn");
        assert_eq!(bn_cny_range(900.0, 1200.0), "900 bn–1.2 trn");
        assert_eq!(multiplier(2.0), "×2");
        assert_eq!(multiplier(1.3), "×1.3");
        assert_eq!(multiplier_range(10.0, 12.0), "10–12×");
        assert_eq!(percent_change(2.0), "+100%");
        assert_eq!(percent_change(0.8), "−20%");
    }

    #[test]
    fn slugs_are_short_ascii_words() {
        assert_eq!(slug("iiMedia Research"), "iimedia-research");
        assert_eq!(slug("100EC (Wangjingshe)"), "100ec-wangjingshe");
        assert_eq!(
            slug("Kuaishou prospectus (Global Offering, January 2021)"),
            "kuaishou-prospectus-global"
        );
        assert_eq!(slug("艾媒咨询"), "series");
        assert_eq!(slug(" Taobao  Live "), "taobao-live");
    }
}

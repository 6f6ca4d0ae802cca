//! The grammar of the values in a share link: numbers, growths and years.
//! Strict on purpose: anything outside it is reported as garbled by the
//! caller, which knows the field's name; nothing here can panic.

use crate::scenario::{Dist, Growth};

/// A number in the shortest form that reads back to the same `f64`: Rust's
/// `Display` for `f64` guarantees the round trip and never uses an exponent,
/// so a link stays readable ("433.8", "0.05", "1000").
pub(super) fn number(v: f64) -> String {
    format!("{v}")
}

/// Reads a decimal number ("433.8", ".5", "1e3"). Only digits, signs, a point
/// and an exponent are accepted, so "inf" and "NaN" are garbled rather than
/// numbers; an exponent too large ("1e999") gives ±infinity, which the bounds
/// checks then clamp like any other number out of range.
pub(super) fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim();
    let allowed = |b: u8| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-');
    if !s.bytes().any(|b| b.is_ascii_digit()) || !s.bytes().all(allowed) {
        return None;
    }
    s.parse().ok()
}

/// Reads a whole number of digits only. `Err(())` when it has only digits but
/// does not fit in a `u64`, so a caller can saturate instead of ignoring.
pub(super) fn parse_digits(s: &str) -> Option<Result<u64, ()>> {
    let s = s.trim();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.parse().map_err(|_| ()))
}

/// A year: an optional sign and digits that fit an `i32` (the bounds are the
/// caller's to check, through `Assumptions::checked`).
pub(super) fn parse_year(s: &str) -> Option<i32> {
    let s = s.trim();
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Splits "a-b" (or "a–b", as the app prints ranges) at its separator: the
/// first dash that is neither a leading sign nor an exponent's sign.
pub(super) fn split_range(s: &str) -> Option<(&str, &str)> {
    s.char_indices().find_map(|(i, c)| {
        let dash = c == '-' || c == '–';
        let sign = i == 0 || s[..i].ends_with(['e', 'E']);
        (dash && !sign).then(|| (&s[..i], &s[i + c.len_utf8()..]))
    })
}

/// A growth as the link writes it: "2" (a point), "1.15-1.6" (a lognormal
/// range, its 90% interval), with a suffix "u" for uniform or "t" for
/// triangular. A point keeps its suffix too, so the round trip is exact even
/// for a point whose range was collapsed in the editor.
pub(super) fn growth(g: &Growth) -> String {
    let mut s = if g.is_point() {
        number(g.low)
    } else {
        format!("{}-{}", number(g.low), number(g.high))
    };
    match g.dist {
        Dist::Lognormal => {}
        Dist::Uniform => s.push('u'),
        Dist::Triangular => s.push('t'),
    }
    s
}

/// Reads a growth written by [`growth`]. The ends are kept in the order
/// written: `Scenario::sanitize` swaps them with a note if they are reversed.
pub(super) fn parse_growth(s: &str) -> Option<Growth> {
    let s = s.trim();
    let (body, dist) = if let Some(b) = s.strip_suffix(['u', 'U']) {
        (b, Dist::Uniform)
    } else if let Some(b) = s.strip_suffix(['t', 'T']) {
        (b, Dist::Triangular)
    } else {
        (s, Dist::Lognormal)
    };
    let (low, high) = match split_range(body) {
        Some((a, b)) => (parse_number(a)?, parse_number(b)?),
        None => {
            let v = parse_number(body)?;
            (v, v)
        }
    };
    Some(Growth { low, high, dist })
}

/// At most `max` characters of `s` for a message, control characters
/// replaced, "…" when cut.
pub(super) fn shown(s: &str, max: usize) -> String {
    let mut out: String = s
        .chars()
        .take(max)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if s.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(parse_number("433.8"), Some(433.8));
        assert_eq!(parse_number(" .5 "), Some(0.5));
        assert_eq!(parse_number("1e999"), Some(f64::INFINITY));
        assert_eq!(parse_number("-1e999"), Some(f64::NEG_INFINITY));
        for bad in ["", "inf", "NaN", "e", "-", "1,5", "1.2.3", "0x10", "١"] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
        for v in [433.8, 0.05, 1e-6, 1e6, 1.0 / 3.0, 50.0, 0.1 + 0.2] {
            assert_eq!(parse_number(&number(v)), Some(v));
        }
        assert_eq!(number(2.0), "2");
        assert_eq!(number(1e-6), "0.000001");
    }

    #[test]
    fn integers() {
        assert_eq!(parse_digits("100000"), Some(Ok(100_000)));
        assert_eq!(parse_digits("99999999999999999999999"), Some(Err(())));
        assert_eq!(parse_digits("-1"), None);
        assert_eq!(parse_digits("1e6"), None);
        assert_eq!(parse_year("2025"), Some(2025));
        assert_eq!(parse_year("-5"), Some(-5));
        assert_eq!(parse_year("99999999999"), None);
        assert_eq!(parse_year("-"), None);
    }

    #[test]
    fn growths() {
        let g = Growth::range(1.15, 1.6);
        assert_eq!(growth(&g), "1.15-1.6");
        assert_eq!(parse_growth("1.15-1.6"), Some(g));
        assert_eq!(parse_growth("1.15–1.6"), Some(g));
        assert_eq!(parse_growth("2"), Some(Growth::point(2.0)));
        let u = Growth {
            dist: Dist::Uniform,
            ..g
        };
        assert_eq!(growth(&u), "1.15-1.6u");
        assert_eq!(parse_growth("1.15-1.6u"), Some(u));
        let t = Growth {
            dist: Dist::Triangular,
            ..Growth::point(3.0)
        };
        assert_eq!(parse_growth(&growth(&t)), Some(t));
        assert_eq!(split_range("1e-5-2e-3"), Some(("1e-5", "2e-3")));
        assert_eq!(split_range("-1-2"), Some(("-1", "2")));
        assert_eq!(parse_growth("1.6-1.15").map(|g| g.low), Some(1.6));
        for bad in ["", "u", "1-", "-", "1-2-3", "1.2x", "abc", "1-2ut"] {
            assert_eq!(parse_growth(bad), None, "{bad}");
        }
    }

    #[test]
    fn shown_cuts_on_characters() {
        assert_eq!(shown("🚀🚀🚀", 2), "🚀🚀…");
        assert_eq!(shown("a\u{0}b", 5), "a\u{FFFD}b");
    }
}

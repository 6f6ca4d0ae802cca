//! Amounts and counts in the reader's units, written from the language's
//! `LangInfo` (magnitude words, money style): no branch on the language.

use super::lang_info::{Magnitude, MoneyStyle};
use super::{Currency, Locale, checked_rate};
use crate::data::Unit;
use crate::format;

/// Significant digits of amounts.
const SIG: u32 = 4;

/// Significant digits of a figure written in its own unit (tooltips keep
/// the dataset's precision).
const SIG_FIGURE: u32 = crate::export::PRECISION;

/// Powers of ten as exact `f64`s (10²² is the largest that is exact).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// `v` × 10^`exp`, multiplying or dividing by an exact power of ten so that
/// 433.8 × 10 and 11278.8 ÷ 10⁴ round as they always did.
fn scale(v: f64, exp: i32) -> f64 {
    let p = POW10
        .get(exp.unsigned_abs() as usize)
        .copied()
        .unwrap_or(f64::INFINITY);
    if exp >= 0 { v * p } else { v / p }
}

/// The magnitude a value of `a` (≥ 0, already rounded, in units of
/// 10^`base`) is written with: the largest whose size it reaches, else the
/// smallest; zero takes the word of `base` itself.
fn pick(a: f64, base: i32, words: &'static [Magnitude]) -> Option<&'static Magnitude> {
    if a == 0.0 {
        return words.iter().find(|m| m.exp >= base).or(words.last());
    }
    words
        .iter()
        .rev()
        .find(|m| scale(a, base - m.exp) >= 1.0)
        .or(words.first())
}

/// `v` rounded to `digits` significant digits as `format!` rounds (the
/// exact binary value; an exact tie goes to even); non-finite values pass
/// through.
fn round_sig(v: f64, digits: u32) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    let p = digits.saturating_sub(1) as usize;
    format!("{v:.p$e}").parse().unwrap_or(v)
}

/// "433.8" or "400–500", to [`SIG_FIGURE`] digits.
fn figure_range(low: f64, high: f64) -> String {
    if low == high {
        format::sig(low, SIG_FIGURE)
    } else {
        format!(
            "{}–{}",
            format::sig(low, SIG_FIGURE),
            format::sig(high, SIG_FIGURE)
        )
    }
}

impl Locale {
    /// How amounts are written in the reader's language and currency.
    fn style(&self) -> &'static MoneyStyle {
        self.info().money(self.currency)
    }

    /// An amount in billion yuan as a number in the unit the reader sees
    /// (see [`Locale::caption`]): billion yuan in English, 亿元 (×10) in
    /// Chinese, and the same in US dollars (÷ the rate) when chosen.
    pub fn display(&self, bn_cny: f64) -> f64 {
        let v = scale(bn_cny, 9 - self.info().base_exp);
        match self.currency {
            Currency::Cny => v,
            Currency::Usd => v / self.rate(),
        }
    }

    /// The inverse of [`Locale::display`]: a number the reader typed or
    /// saw, back in billion yuan.
    pub fn from_display(&self, v: f64) -> f64 {
        let v = match self.currency {
            Currency::Cny => v,
            Currency::Usd => v * self.rate(),
        };
        scale(v, self.info().base_exp - 9)
    }

    /// The rate in use, within the accepted bounds whatever was stored.
    pub fn rate(&self) -> f64 {
        checked_rate(self.cny_per_usd).0
    }

    /// The unit of [`Locale::display`]'s numbers, for axis captions:
    /// "billion yuan", "亿元", "billion US dollars", "亿美元".
    pub fn caption(&self) -> &'static str {
        self.style().caption
    }

    /// The same unit, short, for table headers: "bn yuan", "亿元".
    pub fn short_caption(&self) -> &'static str {
        self.style().short_caption
    }

    /// An axis tick in display units: [`Locale::amount`] without the
    /// currency written after the number ("750亿", not "750亿美元"), which
    /// the axis's caption or the chart's subtitle says once ("亿美元"), as
    /// ticks in yuan never repeat "元"; the dollar sign before an English
    /// amount stays ("$62.9 bn"). "–" for a value that is not a number.
    pub fn tick(&self, v: f64) -> String {
        self.amount_bare(v).unwrap_or_else(|| "–".to_string())
    }

    /// A value in display units with its short unit, for direct labels and
    /// ticks: "433.8 bn", "1.128 trn", "850 m", "$62.9 bn"; in Chinese
    /// "4,338亿", "1.128万亿", "850万", "629亿美元". "–" for a value that is
    /// not a number.
    pub fn amount(&self, v: f64) -> String {
        let s = self.style();
        self.amount_bare(v)
            .map_or_else(|| "–".to_string(), |a| a + s.tick_suffix)
    }

    /// [`Locale::amount`] without the currency written after it ("4,000亿"
    /// of "4,000亿–1.2万亿美元").
    fn amount_bare(&self, v: f64) -> Option<String> {
        let (sign, num, word) = self.parts(v)?;
        let sp = self.info().word_space;
        Some(format!("{sign}{}{num}{sp}{word}", self.style().symbol))
    }

    /// A range in display units: "400–500 bn", "900 bn–1.2 trn",
    /// "$58–72.5 bn", "4,000–5,000亿"; one value when both ends agree.
    pub fn amount_range(&self, low: f64, high: f64) -> String {
        if low == high {
            return self.amount(low);
        }
        let s = self.style();
        match (self.parts(low), self.parts(high)) {
            (Some((ls, ln, lu)), Some((hs, hn, hu)))
                if lu == hu && ls.is_empty() && hs.is_empty() =>
            {
                let sp = self.info().word_space;
                format!("{}{ln}–{hn}{sp}{hu}{}", s.symbol, s.tick_suffix)
            }
            // "4,000亿–1.2万亿美元": the currency once, at the end.
            _ => format!(
                "{}–{}",
                self.amount_bare(low).unwrap_or_else(|| "–".to_string()),
                self.amount(high)
            ),
        }
    }

    /// An amount in billion yuan (the core's unit) converted and written
    /// with its currency, as a sentence needs it: "433.8 bn yuan",
    /// "$62.9 bn", "4,338亿元", "629亿美元".
    pub fn money(&self, bn_cny: f64) -> String {
        self.with_currency(self.amount(self.display(bn_cny)))
    }

    /// A range in billion yuan, converted, with its currency:
    /// "400–500 bn yuan", "4,000–5,000亿元".
    pub fn money_range(&self, low_bn_cny: f64, high_bn_cny: f64) -> String {
        self.with_currency(self.amount_range(self.display(low_bn_cny), self.display(high_bn_cny)))
    }

    /// An amount in billion yuan of any size, as a note quotes a value it
    /// refused or held: [`Locale::money`] up to a billion billion yuan
    /// ("1 trn yuan", "1万亿元"); beyond that the number with its
    /// exponent in the unit of the axis captions ("1e300 billion yuan",
    /// "1e301亿元"); "NaN" and "∞" as they are.
    pub fn money_any(&self, bn_cny: f64) -> String {
        if bn_cny.is_nan() {
            "NaN".to_string()
        } else if bn_cny.is_infinite() {
            if bn_cny > 0.0 { "∞" } else { "−∞" }.to_string()
        } else if bn_cny.abs() < 1e9 {
            self.money(bn_cny)
        } else {
            format!(
                "{:e}{}{}",
                round_sig(self.display(bn_cny), SIG),
                self.info().word_space,
                self.caption()
            )
        }
    }

    /// A level as words, for "passes 1 trillion yuan": "1 trillion yuan",
    /// "145 billion US dollars", "1万亿元", "1,450亿美元".
    pub fn level_name(&self, bn_cny: f64) -> String {
        let r = round_sig(self.display(bn_cny), SIG);
        let info = self.info();
        let Some(m) = pick(r.abs(), info.base_exp, info.long_words).filter(|_| r.is_finite())
        else {
            return "–".to_string();
        };
        let sign = if r < 0.0 { "-" } else { "" };
        // Rounded once, before scaling: 9,999.5 bn is "10 trillion".
        let num = format::sig(scale(r.abs(), info.base_exp - m.exp), SIG);
        let sp = info.word_space;
        format!("{sign}{num}{sp}{}{sp}{}", m.word, self.style().name)
    }

    /// The currency after a tick-style amount: " yuan", "元"; nothing for
    /// "–" or dollars (whose sign is in the amount).
    fn with_currency(&self, amount: String) -> String {
        if amount == "–" {
            amount
        } else {
            amount + self.style().money_suffix
        }
    }

    /// Sign, number and magnitude word of a display-unit value, rounded to
    /// [`SIG`] significant digits before the word is chosen (so 999.96 bn is
    /// "1 trn", not "1,000 bn"); `None` when it is not finite.
    fn parts(&self, v: f64) -> Option<(&'static str, String, &'static str)> {
        let r = round_sig(v, SIG);
        if !r.is_finite() {
            return None;
        }
        let sign = if r < 0.0 { "-" } else { "" };
        // The rounded value picks the word; the number itself is rounded
        // once, after scaling.
        let info = self.info();
        let m = pick(r.abs(), info.base_exp, info.short_words)?;
        let n = scale(v.abs(), info.base_exp - m.exp);
        Some((sign, format::sig(n, SIG), m.word))
    }

    /// A figure's value in the reader's units. A figure is written in its
    /// own unit when the language has a word for it (and, for money, the
    /// reader reads yuan): "433.8 billion yuan", "47 million". Otherwise
    /// amounts are converted ("4,338亿元", "$62.88 bn") and counts are
    /// written with the language's magnitude words ("4,700万", "4亿").
    /// Multipliers are "5–6×"; items and hours keep their noun.
    pub fn quantity(&self, low: f64, high: f64, unit: Unit) -> String {
        let info = self.info();
        let sp = info.word_space;
        let own = |exp: i32| info.long_words.iter().find(|m| m.exp == exp);
        match unit {
            Unit::Multiplier => self.times(low, high),
            Unit::BillionCny | Unit::MillionCny => {
                let exp = if unit == Unit::BillionCny { 9 } else { 6 };
                match own(exp) {
                    Some(m) if self.currency == Currency::Cny => format!(
                        "{}{sp}{}{sp}{}",
                        figure_range(low, high),
                        m.word,
                        info.cny.name
                    ),
                    _ if unit == Unit::MillionCny => self.money_range(low / 1000.0, high / 1000.0),
                    _ => self.money_range(low, high),
                }
            }
            Unit::Million | Unit::Billion => {
                let exp = if unit == Unit::Billion { 9 } else { 6 };
                match own(exp) {
                    Some(m) => format!("{}{sp}{}", figure_range(low, high), m.word),
                    None => self.count_range(low, high, exp),
                }
            }
            Unit::Items | Unit::Hours => {
                let noun = if unit == Unit::Items {
                    "items"
                } else {
                    "hours"
                };
                format!("{}{sp}{}", figure_range(low, high), self.tr(noun))
            }
        }
    }

    /// A multiplier of last year's amount, or a range of them, in the
    /// language's words: "5–6×", "10×"; "5–6倍", "10倍".
    pub fn times(&self, low: f64, high: f64) -> String {
        let n = if low == high {
            format::sig(low, 3)
        } else {
            format!("{}–{}", format::sig(low, 3), format::sig(high, 3))
        };
        super::fill(self.info().times, &[&n])
    }

    /// A count (viewers, users) in the reader's words: `n` of `unit`
    /// (`Unit::Million`: 47 is "47 million", "4,700万"; 400 is "400
    /// million", "4亿").
    pub fn count(&self, n: f64, unit: Unit) -> String {
        self.quantity(n, n, unit)
    }

    /// `low`–`high` × 10^`exp` with the language's magnitude words.
    fn count_range(&self, low: f64, high: f64, exp: i32) -> String {
        let (ln, lw) = self.count_parts(low, exp);
        if low == high {
            return self.with_word(ln, lw);
        }
        let (hn, hw) = self.count_parts(high, exp);
        if lw == hw {
            self.with_word(format!("{ln}–{hn}"), hw)
        } else {
            format!("{}–{}", self.with_word(ln, lw), self.with_word(hn, hw))
        }
    }

    /// "4,700万", "47 million", "4,700" (no word, no space).
    fn with_word(&self, num: String, word: &str) -> String {
        if word.is_empty() {
            num
        } else {
            format!("{num}{}{word}", self.info().word_space)
        }
    }

    /// Number and word of `v` × 10^`exp`, to [`SIG_FIGURE`] digits; no word
    /// below the smallest magnitude.
    fn count_parts(&self, v: f64, exp: i32) -> (String, &'static str) {
        let a = round_sig(v, SIG_FIGURE).abs();
        let words = self.info().long_words;
        match words.iter().rev().find(|m| scale(a, exp - m.exp) >= 1.0) {
            Some(m) => (format::sig(scale(v, exp - m.exp), SIG_FIGURE), m.word),
            None => (format::sig(scale(v, exp), SIG_FIGURE), ""),
        }
    }
}

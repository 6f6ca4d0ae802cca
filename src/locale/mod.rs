//! The reader's language and currency: which words and units the page uses.
//!
//! English text is the key: `Locale::tr("Growth in 2020")` gives the Chinese
//! text when the language is Chinese and a translation exists, the English
//! otherwise. Catalogues are split by who owns the strings (`zh_core` for
//! views, story and formatting; `zh_charts` for text drawn on canvases;
//! `zh_ui` for the Yew components) so they can grow independently.
//! Amounts are stored in billion yuan everywhere in the core; `display`
//! converts one into the unit the reader sees (亿元 in Chinese, US dollars
//! when chosen), `tick`/`amount` write a display-unit number, and `money`
//! does both for a sentence. Which language, currency and rate apply comes
//! from the share link (`DisplayPrefs`) and the browser.
//!
//! Numbers are written with `format::sig` (correct rounding, grouping).
//! ICU4X's `CompactDecimalFormatter` writes CLDR's 万/亿/万亿, but it is in
//! `icu::experimental` and brings its locale data into the wasm, for two
//! fixed languages whose units are known; it also writes "1000亿" where
//! the article's readers expect "1,000亿".

mod note;
mod zh_charts;
mod zh_core;
mod zh_ui;

pub use note::{Arg, Note};

use crate::format;

/// The page's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// The code used in `?lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// `en` or `zh` (also `zh-CN`, `zh-Hans`…); anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s == "en" || s.starts_with("en-") {
            Some(Lang::En)
        } else if s == "zh" || s.starts_with("zh-") {
            Some(Lang::Zh)
        } else {
            None
        }
    }

    /// The first of the browser's preferred languages that the app speaks,
    /// English if none.
    pub fn from_browser<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|s| Lang::parse(s.as_ref()))
            .unwrap_or_default()
    }
}

/// The currency amounts are shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Currency {
    #[default]
    Cny,
    Usd,
}

impl Currency {
    /// The code used in `?cur=`.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Cny => "cny",
            Currency::Usd => "usd",
        }
    }

    /// `cny` or `usd` (any case); anything else is `None`.
    pub fn parse(s: &str) -> Option<Currency> {
        match s.trim().to_ascii_lowercase().as_str() {
            "cny" => Some(Currency::Cny),
            "usd" => Some(Currency::Usd),
            _ => None,
        }
    }
}

/// Yuan per US dollar used unless the reader sets another rate: the 2019
/// annual average of the central parity rate, 6.8985, as published by the
/// National Bureau of Statistics of China in its Statistical Communiqué on
/// the 2019 National Economic and Social Development (28 February 2020).
/// 2019 because the article's figures are 2019's.
pub const DEFAULT_CNY_PER_USD: f64 = 6.8985;

/// The default rate and its source, for the reader (English; `Locale::tr`
/// translates it).
pub const DEFAULT_RATE_SOURCE: &str = "6.8985 yuan per US dollar: the 2019 annual average, National Bureau of Statistics of China, Statistical Communiqué on the 2019 National Economic and Social Development (February 2020)";

/// The exchange rates the app accepts, yuan per US dollar; anything outside
/// is clamped (the yuan has traded between about 1.5 and 8.7 since 1980, so
/// these only stop nonsense).
pub const RATE_MIN: f64 = 0.5;
/// See [`RATE_MIN`].
pub const RATE_MAX: f64 = 50.0;

/// What the reader chose about how the page is written, as a share link
/// keeps it: the language (`None`: the browser's), the currency and the
/// exchange rate. Not an assumption: changing it is no undo step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DisplayPrefs {
    pub lang: Option<Lang>,
    pub currency: Currency,
    /// Yuan per US dollar.
    pub cny_per_usd: f64,
}

impl Default for DisplayPrefs {
    fn default() -> Self {
        DisplayPrefs {
            lang: None,
            currency: Currency::Cny,
            cny_per_usd: DEFAULT_CNY_PER_USD,
        }
    }
}

impl DisplayPrefs {
    /// The locale these preferences give, with the language from the
    /// browser's preferred languages when none was chosen.
    pub fn locale<S: AsRef<str>>(&self, browser_langs: &[S]) -> Locale {
        Locale {
            lang: self
                .lang
                .unwrap_or_else(|| Lang::from_browser(browser_langs)),
            currency: self.currency,
            cny_per_usd: checked_rate(self.cny_per_usd).0,
        }
    }

    /// The preferences with the rate within [`RATE_MIN`]–[`RATE_MAX`], and a
    /// note when it had to be changed.
    pub fn checked(mut self) -> (DisplayPrefs, Option<Note>) {
        let (rate, note) = checked_rate(self.cny_per_usd);
        self.cny_per_usd = rate;
        (self, note)
    }
}

/// `rate` within the bounds, and a note when it was not: NaN falls back to
/// the default rate, anything else is clamped.
pub fn checked_rate(rate: f64) -> (f64, Option<Note>) {
    if rate.is_nan() {
        (
            DEFAULT_CNY_PER_USD,
            Some(Note::new(
                "The exchange rate is not a number; using the default, {} yuan per US dollar.",
                [Arg::text(DEFAULT_CNY_PER_USD)],
            )),
        )
    } else if rate < RATE_MIN {
        (
            RATE_MIN,
            Some(Note::new(
                "The exchange rate {} is below {}; using {} yuan per US dollar.",
                [
                    Arg::text(format::sig(rate, 6)),
                    Arg::text(RATE_MIN),
                    Arg::text(RATE_MIN),
                ],
            )),
        )
    } else if rate > RATE_MAX {
        (
            RATE_MAX,
            Some(Note::new(
                "The exchange rate {} is above {}; using {} yuan per US dollar.",
                [
                    Arg::text(format::sig(rate, 6)),
                    Arg::text(RATE_MAX),
                    Arg::text(RATE_MAX),
                ],
            )),
        )
    } else {
        (rate, None)
    }
}

/// Language, currency and exchange rate: everything that decides how a
/// number or a sentence is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Locale {
    pub lang: Lang,
    pub currency: Currency,
    /// Yuan per US dollar; used only when `currency` is USD.
    pub cny_per_usd: f64,
}

impl Default for Locale {
    fn default() -> Self {
        Locale {
            lang: Lang::En,
            currency: Currency::Cny,
            cny_per_usd: DEFAULT_CNY_PER_USD,
        }
    }
}

impl Locale {
    /// English, yuan: the article's own units.
    pub fn en() -> Self {
        Locale::default()
    }

    /// `en` translated into the language, or `en` itself.
    pub fn tr(&self, en: &'static str) -> &'static str {
        self.tr_any(en)
    }

    /// `en` translated when it is not a literal (a dataset's entity or
    /// metric, a firm's name): the Chinese if a catalogue has it, else `en`.
    pub fn tr_any<'a>(&self, en: &'a str) -> &'a str {
        match self.lang {
            Lang::En => en,
            Lang::Zh => zh_core::zh(en)
                .or_else(|| zh_charts::zh(en))
                .or_else(|| zh_ui::zh(en))
                .unwrap_or(en),
        }
    }

    /// `template` translated, with each `{}` replaced by the next argument
    /// and `{0}`, `{1}`… by that argument (so a translation can change the
    /// order: "Passes {} in {}" is "{1}年突破{0}"). A missing argument
    /// leaves nothing; extra ones are dropped.
    pub fn trf(&self, template: &'static str, args: &[&dyn std::fmt::Display]) -> String {
        let t = self.tr(template);
        let mut out = String::with_capacity(t.len() + 16 * args.len());
        let mut next = 0usize;
        let mut rest = t;
        while let Some(i) = rest.find('{') {
            out.push_str(&rest[..i]);
            let after = &rest[i + 1..];
            let close = after.find('}');
            let index = match close {
                Some(0) => {
                    next += 1;
                    Some((next - 1, 1))
                }
                Some(c) if c <= 2 && after[..c].bytes().all(|b| b.is_ascii_digit()) => {
                    after[..c].parse().ok().map(|n: usize| (n, c + 1))
                }
                _ => None,
            };
            match index {
                Some((n, used)) => {
                    if let Some(a) = args.get(n) {
                        out.push_str(&a.to_string());
                    }
                    rest = &after[used..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// An amount in billion yuan as a number in the unit the reader sees
    /// (see [`Locale::caption`]): billion yuan in English, 亿元 (×10) in
    /// Chinese, and the same in US dollars (÷ the rate) when chosen.
    pub fn display(&self, bn_cny: f64) -> f64 {
        let v = match self.lang {
            Lang::En => bn_cny,
            Lang::Zh => bn_cny * 10.0,
        };
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
        match self.lang {
            Lang::En => v,
            Lang::Zh => v / 10.0,
        }
    }

    /// The rate in use, within the accepted bounds whatever was stored.
    pub fn rate(&self) -> f64 {
        checked_rate(self.cny_per_usd).0
    }

    /// The unit of [`Locale::display`]'s numbers, for axis captions and
    /// table headers: "billion yuan", "亿元", "billion US dollars", "亿美元".
    pub fn caption(&self) -> &'static str {
        match (self.lang, self.currency) {
            (Lang::En, Currency::Cny) => "billion yuan",
            (Lang::En, Currency::Usd) => "billion US dollars",
            (Lang::Zh, Currency::Cny) => "亿元",
            (Lang::Zh, Currency::Usd) => "亿美元",
        }
    }

    /// An axis tick in display units; the same text as [`Locale::amount`].
    pub fn tick(&self, v: f64) -> String {
        self.amount(v)
    }

    /// A value in display units with its short unit, for direct labels and
    /// ticks: "433.8 bn", "1.128 trn", "850 m", "$62.9 bn"; in Chinese
    /// "4,338亿", "1.128万亿", "850万", "629亿美元". "–" for a value that is
    /// not a number.
    pub fn amount(&self, v: f64) -> String {
        let Some((sign, num, unit)) = self.parts(v) else {
            return "–".to_string();
        };
        match (self.lang, self.currency) {
            (Lang::En, Currency::Cny) => format!("{sign}{num} {unit}"),
            (Lang::En, Currency::Usd) => format!("{sign}${num} {unit}"),
            (Lang::Zh, Currency::Cny) => format!("{sign}{num}{unit}"),
            (Lang::Zh, Currency::Usd) => format!("{sign}{num}{unit}美元"),
        }
    }

    /// A range in display units: "400–500 bn", "900 bn–1.2 trn",
    /// "$58–72.5 bn", "4,000–5,000亿"; one value when both ends agree.
    pub fn amount_range(&self, low: f64, high: f64) -> String {
        if low == high {
            return self.amount(low);
        }
        match (self.parts(low), self.parts(high)) {
            (Some((ls, ln, lu)), Some((hs, hn, hu)))
                if lu == hu && ls.is_empty() && hs.is_empty() =>
            {
                match (self.lang, self.currency) {
                    (Lang::En, Currency::Cny) => format!("{ln}–{hn} {hu}"),
                    (Lang::En, Currency::Usd) => format!("${ln}–{hn} {hu}"),
                    (Lang::Zh, Currency::Cny) => format!("{ln}–{hn}{hu}"),
                    (Lang::Zh, Currency::Usd) => format!("{ln}–{hn}{hu}美元"),
                }
            }
            _ => match (self.lang, self.currency) {
                // "4,000亿–1.2万亿美元": the currency once, at the end.
                (Lang::Zh, Currency::Usd) => format!(
                    "{}–{}",
                    self.amount(low).trim_end_matches("美元"),
                    self.amount(high)
                ),
                _ => format!("{}–{}", self.amount(low), self.amount(high)),
            },
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

    /// A level as words, for "passes 1 trillion yuan": "1 trillion yuan",
    /// "145 billion US dollars", "1万亿元", "1,450亿美元".
    pub fn level_name(&self, bn_cny: f64) -> String {
        let v = self.display(bn_cny);
        match self.lang {
            Lang::Zh => self.money(bn_cny),
            Lang::En => {
                let cur = match self.currency {
                    Currency::Cny => "yuan",
                    Currency::Usd => "US dollars",
                };
                let r = round_sig(v, SIG);
                if !r.is_finite() {
                    "–".to_string()
                } else if r.abs() >= 1000.0 {
                    format!("{} trillion {cur}", format::sig(r / 1000.0, SIG))
                } else if r.abs() < 1.0 && r != 0.0 {
                    format!("{} million {cur}", format::sig(r * 1000.0, SIG))
                } else {
                    format!("{} billion {cur}", format::sig(r, SIG))
                }
            }
        }
    }

    /// " yuan" after an English yuan amount; nothing else needs a word.
    fn with_currency(&self, amount: String) -> String {
        match (self.lang, self.currency) {
            (_, _) if amount == "–" => amount,
            (Lang::En, Currency::Cny) => format!("{amount} yuan"),
            (Lang::Zh, Currency::Cny) => format!("{amount}元"),
            (_, Currency::Usd) => amount,
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
        // once, after scaling (as `format::bn_cny` always did).
        let (a, v) = (r.abs(), v.abs());
        let (n, unit) = match self.lang {
            Lang::En if a >= 1000.0 => (v / 1000.0, "trn"),
            Lang::En if a < 1.0 && a != 0.0 => (v * 1000.0, "m"),
            Lang::En => (v, "bn"),
            Lang::Zh if a >= 10_000.0 => (v / 10_000.0, "万亿"),
            Lang::Zh if a < 1.0 && a != 0.0 => (v * 10_000.0, "万"),
            Lang::Zh => (v, "亿"),
        };
        Some((sign, format::sig(n, SIG), unit))
    }
}

/// Significant digits of amounts.
const SIG: u32 = 4;

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

/// Whether `en` has a Chinese translation in any catalogue (for the
/// catalogue-coverage test).
pub fn has_zh(en: &str) -> bool {
    zh_core::zh(en).is_some() || zh_charts::zh(en).is_some() || zh_ui::zh(en).is_some()
}

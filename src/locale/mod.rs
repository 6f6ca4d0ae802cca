//! The reader's language and currency: which words and units the page uses.
//!
//! English text is the key: `Locale::tr("Growth in 2020")` gives the Chinese
//! text when the language is Chinese and a translation exists, the English
//! otherwise. Each language is data: one [`LangInfo`] (codes, magnitude
//! words, money, brackets, separators, dates, plurals; `lang_info`) and one
//! catalogue (`zh::ZH`), so the core formats through `Locale` and never
//! branches on the language; adding one is a `Lang` variant, a `LangInfo`
//! and a table.
//! Amounts are stored in billion yuan everywhere in the core; `display`
//! converts one into the unit the reader sees (亿元 in Chinese, US dollars
//! when chosen), `tick`/`amount` write a display-unit number, and `money`
//! does both for a sentence (`amounts`); `text` has the brackets, unit
//! captions and dates. Which language, currency and rate apply comes from
//! the share link (`DisplayPrefs`) and the browser.
//!
//! Numbers are written with `format::sig` (correct rounding, grouping).
//! ICU4X's `CompactDecimalFormatter` writes CLDR's 万/亿/万亿, but it is in
//! `icu::experimental` and brings its locale data into the wasm, for two
//! fixed languages whose units are known; it also writes "1000亿" where
//! the article's readers expect "1,000亿".

mod amounts;
mod lang_info;
mod note;
mod number;
mod text;
mod zh;

pub use lang_info::{LangInfo, Magnitude, MoneyStyle, PluralRule};
pub use note::{Arg, Note, clause};
pub use number::{NumberError, read_number};

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::format;

/// The page's language.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// Every language the app speaks, in the order of the language switch.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// Everything about how the language is written. The one place that
    /// names each language: the rest of the app reads this.
    pub fn info(self) -> &'static LangInfo {
        match self {
            Lang::En => &lang_info::EN,
            Lang::Zh => &lang_info::ZH,
        }
    }

    /// The code used in `?lang=`.
    pub fn code(self) -> &'static str {
        self.info().query_code
    }

    /// A language's code (`en`, `zh`), alone or with a region or script
    /// (`zh-CN`, `zh-Hans`…), any case; anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| {
            let code = l.info().query_code;
            s.strip_prefix(code)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
        })
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
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
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
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

    /// How the locale's language is written.
    pub fn info(&self) -> &'static LangInfo {
        self.lang.info()
    }

    /// `en` translated into the language, or `en` itself.
    pub fn tr(&self, en: &'static str) -> &'static str {
        self.tr_any(en)
    }

    /// `en` translated when it is not a literal (a dataset's entity or
    /// metric, a firm's name): the language's catalogue entry if it has
    /// one, else `en`.
    pub fn tr_any<'a>(&self, en: &'a str) -> &'a str {
        lookup(self.lang, en).unwrap_or(en)
    }

    /// `template` translated, with each `{}` replaced by the next argument
    /// and `{0}`, `{1}`… by that argument (so a translation can change the
    /// order: "Passes {} in {}" is "{1}年突破{0}"). A missing argument
    /// leaves nothing; extra ones are dropped.
    pub fn trf(&self, template: &'static str, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.tr(template), args)
    }
}

/// `t` with each `{}` replaced by the next argument and `{0}`, `{1}`… by
/// that argument; see [`Locale::trf`]. Also fills `LangInfo`'s patterns.
fn fill(t: &str, args: &[&dyn std::fmt::Display]) -> String {
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
                    // Written in place: no string per argument.
                    let _ = std::fmt::Write::write_fmt(&mut out, format_args!("{a}"));
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

/// Each language's catalogue as a map, built on first use (about 540
/// entries for Chinese: microseconds, once). The first entry of a key wins;
/// `zh`'s tests check there is only one.
static CATALOGUES: LazyLock<[HashMap<&'static str, &'static str>; Lang::ALL.len()]> =
    LazyLock::new(|| {
        Lang::ALL.map(|l| {
            let mut map = HashMap::with_capacity(l.info().catalogue.len());
            for &(en, t) in l.info().catalogue {
                map.entry(en).or_insert(t);
            }
            map
        })
    });

/// The translation of `en` in `lang`'s catalogue.
fn lookup(lang: Lang, en: &str) -> Option<&'static str> {
    let i = Lang::ALL.iter().position(|&l| l == lang)?;
    CATALOGUES.get(i)?.get(en).copied()
}

/// Whether `en` has a translation in `lang`'s catalogue (for the
/// catalogue-coverage test; the key language, English, has none).
pub fn has_translation(lang: Lang, en: &str) -> bool {
    lookup(lang, en).is_some()
}

/// Whether `en` has a Chinese translation (for the catalogue-coverage test).
pub fn has_zh(en: &str) -> bool {
    has_translation(Lang::Zh, en)
}

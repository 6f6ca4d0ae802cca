//! The reader's language and currency: which words and units the page uses.
//!
//! English text is the key: `Locale::tr("Growth in 2020")` gives the Chinese
//! text when the language is Chinese and a translation exists, the English
//! otherwise. Catalogues are split by who owns the strings (`zh_core` for
//! views, story and formatting; `zh_charts` for text drawn on canvases;
//! `zh_ui` for the Yew components) so they can grow independently.
//! Amounts are stored in billion yuan everywhere in the core; `display`
//! converts one into the unit the reader sees (亿元 in Chinese, US dollars
//! when chosen) and the formatting functions write it.

mod zh_charts;
mod zh_core;
mod zh_ui;

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

/// Yuan per US dollar used unless the reader sets another rate.
/// Source: to be stated by the locale module (publisher and year).
pub const DEFAULT_CNY_PER_USD: f64 = 6.9;

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
        match self.lang {
            Lang::En => en,
            Lang::Zh => zh_core::zh(en)
                .or_else(|| zh_charts::zh(en))
                .or_else(|| zh_ui::zh(en))
                .unwrap_or(en),
        }
    }

    /// `template` translated, with each `{}` replaced by the next argument.
    pub fn trf(&self, template: &'static str, args: &[&dyn std::fmt::Display]) -> String {
        let t = self.tr(template);
        let mut out = String::with_capacity(t.len() + 16 * args.len());
        let mut args = args.iter();
        let mut rest = t;
        while let Some(i) = rest.find("{}") {
            out.push_str(&rest[..i]);
            if let Some(a) = args.next() {
                out.push_str(&a.to_string());
            }
            rest = &rest[i + 2..];
        }
        out.push_str(rest);
        out
    }

    /// An amount in billion yuan as a number in the unit the reader sees
    /// (see [`Locale::caption`]).
    pub fn display(&self, bn_cny: f64) -> f64 {
        bn_cny
    }

    /// The unit of [`Locale::display`]'s numbers, for axis captions and
    /// table headers: "billion yuan".
    pub fn caption(&self) -> &'static str {
        "billion yuan"
    }

    /// An axis tick in display units.
    pub fn tick(&self, v: f64) -> String {
        format::bn_cny(v)
    }

    /// A value in display units with its short unit, for direct labels and
    /// sentences: "433.8 bn".
    pub fn amount(&self, v: f64) -> String {
        format::bn_cny(v)
    }

    /// A range in display units: "400–500 bn".
    pub fn amount_range(&self, low: f64, high: f64) -> String {
        format::bn_cny_range(low, high)
    }
}

//! Brackets, separators, unit captions, dates and plurals in the reader's
//! language, from its `LangInfo`: what the views used to write with a
//! `match` on the language.

use super::{Locale, PluralRule, fill};

impl Locale {
    /// `x` in the language's brackets: "(x)", "（x）".
    pub fn bracket(&self, x: &str) -> String {
        let (open, close) = self.info().brackets;
        format!("{open}{x}{close}")
    }

    /// The short unit of displayed amounts in brackets, as it follows a
    /// name: " (bn yuan)", "（亿元）".
    pub fn unit_suffix(&self) -> String {
        format!(
            "{}{}",
            self.info().word_space,
            self.bracket(self.short_caption())
        )
    }

    /// A column or row name with the unit of displayed amounts: "Low (bn
    /// yuan)", "Low (bn US dollars)", "下限（亿元）". `name` is written as
    /// given (translate it first).
    pub fn with_unit(&self, name: &str) -> String {
        format!("{name}{}", self.unit_suffix())
    }

    /// A caption followed by the unit of displayed amounts: "2019 GMV by
    /// platform, billion yuan", "2019年各平台GMV（亿元）".
    pub fn caption_with_unit(&self, caption: &str) -> String {
        fill(self.info().caption_unit, &[&caption, &self.caption()])
    }

    /// A number already in display units with the short unit: "433.8 bn
    /// yuan", "4338亿元".
    pub fn number_with_unit(&self, num: &str) -> String {
        format!("{num}{}{}", self.info().word_space, self.short_caption())
    }

    /// A day of a month: "1 Apr", "4月1日". A month outside 1–12 has no
    /// name.
    pub fn month_day(&self, month: u32, day: u32) -> String {
        let info = self.info();
        let name = usize::try_from(month)
            .ok()
            .and_then(|m| m.checked_sub(1))
            .and_then(|m| info.months.get(m))
            .copied()
            .unwrap_or("");
        fill(info.month_day, &[&name, &day])
    }

    /// Items of a list joined: "a, b", "a、b".
    pub fn list(&self, items: &[String]) -> String {
        items.join(self.info().list_sep)
    }

    /// Between phrases of one sentence: ", ", "，".
    pub fn phrase_sep(&self) -> &'static str {
        self.info().phrase_sep
    }

    /// Between clauses: "; ", "；".
    pub fn clause_sep(&self) -> &'static str {
        self.info().clause_sep
    }

    /// `one` or `other` (both catalogue keys, translated) as `n` needs
    /// under the language's plural rule: "{} source" for 1 in English, the
    /// single form of Chinese for any count.
    pub fn plural(&self, n: f64, one: &'static str, other: &'static str) -> &'static str {
        match self.info().plural {
            PluralRule::OneOther if n == 1.0 => self.tr(one),
            PluralRule::OneOther | PluralRule::Invariant => self.tr(other),
        }
    }
}

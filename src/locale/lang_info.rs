//! What a language is, as data: its codes, its catalogue, how it counts
//! (magnitude words and their sizes), how it writes money, brackets,
//! separators, dates and plurals. `Locale`'s formatting reads only this, so
//! a language is one `LangInfo` plus one catalogue and never a branch in the
//! core (`tests/locale.rs` checks every `Lang` has one).

use super::{Currency, Lang};

/// A power of ten and its word: "bn" is 10⁹, "亿" is 10⁸.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Magnitude {
    pub word: &'static str,
    /// The power of ten the word stands for.
    pub exp: i32,
}

const fn mag(word: &'static str, exp: i32) -> Magnitude {
    Magnitude { word, exp }
}

/// How one language writes amounts in one currency. An amount is
/// `{sign}{symbol}{number}{space}{word}{tick_suffix}`: "-$70 bn", "4,338亿",
/// "619.7亿美元"; a sentence adds `money_suffix` ("433.8 bn yuan",
/// "4,338亿元"); words written out use `name` ("1 trillion yuan",
/// "1万亿美元").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MoneyStyle {
    /// Before the number: "$".
    pub symbol: &'static str,
    /// After the magnitude word of an axis tick or label: "美元".
    pub tick_suffix: &'static str,
    /// After a tick-style amount in a sentence: " yuan", "元".
    pub money_suffix: &'static str,
    /// The currency's name after a magnitude word: "yuan", "US dollars".
    pub name: &'static str,
    /// The unit of displayed numbers written out, for axis captions:
    /// "billion yuan", "亿元" (kept whole so it can be `&'static str`).
    pub caption: &'static str,
    /// The same, short, for table headers: "bn yuan", "亿元".
    pub short_caption: &'static str,
}

/// Which plural form a count takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralRule {
    /// English: one for exactly 1, other otherwise.
    OneOther,
    /// Chinese: nouns do not change with the count.
    Invariant,
}

/// Everything the formatting needs to know about one language.
#[derive(Debug)]
pub struct LangInfo {
    pub lang: Lang,
    /// `<html lang>`: "en", "zh-Hans".
    pub html_code: &'static str,
    /// `?lang=`: "en", "zh".
    pub query_code: &'static str,
    /// The web app manifest with the app's name in the language (a manifest
    /// holds one language; the page links the reader's).
    pub manifest: &'static str,
    /// The language's name in itself, for the language switch.
    pub own_name: &'static str,
    /// (English, translation) pairs; empty for English, the key language.
    pub catalogue: &'static [(&'static str, &'static str)],
    /// Short magnitude words of amounts, smallest first: m/bn/trn, 万/亿/万亿.
    pub short_words: &'static [Magnitude],
    /// Magnitude words written out, smallest first (counts, levels):
    /// million/billion/trillion, 万/亿/万亿.
    pub long_words: &'static [Magnitude],
    /// The power of ten of the unit amounts are shown in (billion: 9; 亿: 8).
    pub base_exp: i32,
    /// Between a number and its word: " " in English, nothing in Chinese.
    pub word_space: &'static str,
    /// Amounts in yuan.
    pub cny: MoneyStyle,
    /// Amounts in US dollars.
    pub usd: MoneyStyle,
    /// Opening and closing bracket: "(" ")", "（" "）".
    pub brackets: (&'static str, &'static str),
    /// The decimal mark and the thousands separator of typed and written
    /// numbers: '.' and ',' in both languages (Chinese writes 1,234.5).
    pub decimal_mark: char,
    pub group_mark: char,
    /// Between items of a list: ", ", "、".
    pub list_sep: &'static str,
    /// Between phrases of one sentence: ", ", "，".
    pub phrase_sep: &'static str,
    /// Between clauses: "; ", "；".
    pub clause_sep: &'static str,
    /// A caption followed by its unit; `{0}` the caption, `{1}` the unit:
    /// "{0}, {1}", "{0}（{1}）".
    pub caption_unit: &'static str,
    /// Short month names, January first.
    pub months: [&'static str; 12],
    /// A day of a month; `{0}` the month name, `{1}` the day: "{1} {0}"
    /// ("1 Apr"), "{0}{1}日" ("4月1日").
    pub month_day: &'static str,
    pub plural: PluralRule,
}

impl LangInfo {
    /// The money style of `currency`.
    pub fn money(&self, currency: Currency) -> &MoneyStyle {
        match currency {
            Currency::Cny => &self.cny,
            Currency::Usd => &self.usd,
        }
    }
}

/// English: the key language, the article's units (billion yuan).
pub static EN: LangInfo = LangInfo {
    lang: Lang::En,
    html_code: "en",
    manifest: "manifest.webmanifest",
    query_code: "en",
    own_name: "English",
    catalogue: &[],
    short_words: &[mag("m", 6), mag("bn", 9), mag("trn", 12)],
    long_words: &[mag("million", 6), mag("billion", 9), mag("trillion", 12)],
    base_exp: 9,
    word_space: " ",
    cny: MoneyStyle {
        symbol: "",
        tick_suffix: "",
        money_suffix: " yuan",
        name: "yuan",
        caption: "billion yuan",
        short_caption: "bn yuan",
    },
    usd: MoneyStyle {
        symbol: "$",
        tick_suffix: "",
        money_suffix: "",
        name: "US dollars",
        caption: "billion US dollars",
        short_caption: "bn US dollars",
    },
    brackets: ("(", ")"),
    decimal_mark: '.',
    group_mark: ',',
    list_sep: ", ",
    phrase_sep: ", ",
    clause_sep: "; ",
    caption_unit: "{0}, {1}",
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    month_day: "{1} {0}",
    plural: PluralRule::OneOther,
};

/// Simplified Chinese: 万 = 10⁴, 亿 = 10⁸, 万亿 = 10¹²; amounts in 亿元.
pub static ZH: LangInfo = LangInfo {
    lang: Lang::Zh,
    html_code: "zh-Hans",
    manifest: "manifest-zh.webmanifest",
    query_code: "zh",
    own_name: "中文",
    catalogue: super::zh::ZH,
    short_words: &[mag("万", 4), mag("亿", 8), mag("万亿", 12)],
    long_words: &[mag("万", 4), mag("亿", 8), mag("万亿", 12)],
    base_exp: 8,
    word_space: "",
    cny: MoneyStyle {
        symbol: "",
        tick_suffix: "",
        money_suffix: "元",
        name: "元",
        caption: "亿元",
        short_caption: "亿元",
    },
    usd: MoneyStyle {
        symbol: "",
        tick_suffix: "美元",
        money_suffix: "",
        name: "美元",
        caption: "亿美元",
        short_caption: "亿美元",
    },
    brackets: ("（", "）"),
    decimal_mark: '.',
    group_mark: ',',
    list_sep: "、",
    phrase_sep: "，",
    clause_sep: "；",
    caption_unit: "{0}（{1}）",
    months: [
        "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
    ],
    month_day: "{0}{1}日",
    plural: PluralRule::Invariant,
};

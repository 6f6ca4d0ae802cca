//! Figures the article implies but never prints, each with its workings.
//!
//! Dividing two printed numbers is where a mis-scaled figure shows itself
//! (Kuaishou at 92–115% of the whole industry), so every derived figure
//! carries the formula with the inputs as read, and the ids it used, for the
//! reader to check. Ranges go through interval arithmetic, units through
//! [`Unit::scale`]. Pure Rust, tested natively.

use crate::data::{Dataset, Qualifier, Reading, Unit};
use crate::format;
use crate::locale::{Currency, Lang, Locale};
use crate::model::Range;

/// A number computed from the dataset, with how it was computed.
#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    /// Stable key, e.g. "yuan-per-viewer-2020-04-01".
    pub id: &'static str,
    /// What the number is, in words.
    pub label: String,
    /// Low and high after interval arithmetic, in `unit`.
    pub value: Range,
    /// "yuan per viewer", "yuan per hour", "yuan per item" or "%".
    pub unit: String,
    /// The division with its inputs as read, e.g. "110 million yuan ÷ 47
    /// million viewers" (in the reader's language; amounts stay in yuan,
    /// as the article printed them).
    pub formula: String,
    /// The value rounded for reading, e.g. "2.34 yuan per viewer", in the
    /// reader's language and currency.
    pub display: String,
    /// Ids of the dataset figures used: article ids and later-figure ids.
    pub inputs: Vec<String>,
}

/// Every derived figure whose inputs are in `ds`, under `reading`, in
/// English and yuan.
///
/// A figure whose inputs are missing, in an unexpected kind of unit, or
/// whose divisor is not positive is left out rather than shown wrong.
pub fn derived(ds: &Dataset, reading: Reading) -> Vec<Derived> {
    derived_in(ds, reading, &Locale::en())
}

/// [`derived`] with labels, formulas and results in the reader's language,
/// and results in the reader's currency. `value` and `unit` stay in yuan.
pub fn derived_in(ds: &Dataset, reading: Reading, l: &Locale) -> Vec<Derived> {
    let a = |id: &str| Operand::article(ds, id, reading);
    let mut out = Vec::new();
    let live = l.tr("the Douyin star live stream of 1 April 2020");

    let sales = a("livestream-2020-04-01-sales");
    let viewers = a("livestream-2020-04-01-viewers");
    let hours = a("livestream-2020-04-01-hours");
    out.extend(ratio(
        l,
        "yuan-per-viewer-2020-04-01",
        l.trf("Sales per viewer, {}", &[&live]),
        sales.as_ref().filter(|s| s.is_money()),
        viewers.as_ref().filter(|v| v.is_count()),
        Per::Unit("viewer"),
    ));
    out.extend(ratio(
        l,
        "yuan-per-hour-2020-04-01",
        l.trf("Sales per hour, {}", &[&live]),
        sales.as_ref().filter(|s| s.is_money()),
        hours.as_ref().filter(|h| h.unit == Unit::Hours),
        Per::Unit("hour"),
    ));

    out.extend(ratio(
        l,
        "yuan-per-item-beibeitu-618",
        l.tr("Average price per item sold by Beibeitu, 618 festival 2019")
            .to_string(),
        a("beibeitu-618-sales").as_ref().filter(|s| s.is_money()),
        a("beibeitu-618-items")
            .as_ref()
            .filter(|i| i.unit == Unit::Items),
        Per::Unit("item"),
    ));

    // Not derived: Douyin's daily active users as a share of ByteDance's
    // download users. The two have different definitions (users active on
    // a day against cumulative downloads of all of ByteDance's apps), so
    // their ratio measures nothing (issue 13, point 6).

    let douyin_live = a("douyin-live-gmv-2019");
    out.extend(ratio(
        l,
        "douyin-live-share-of-douyin-gmv-2019",
        l.tr("Live streams' share of Douyin's e-commerce GMV, 2019")
            .to_string(),
        douyin_live.as_ref().filter(|d| d.is_money()),
        a("douyin-gmv-2019").as_ref().filter(|d| d.is_money()),
        Per::Percent,
    ));

    let industry = a("industry-2019");
    let industry = industry.as_ref().filter(|i| i.is_money());
    out.extend(ratio(
        l,
        "douyin-live-share-of-industry-2019",
        l.tr("Douyin's share of China's live-commerce market, 2019")
            .to_string(),
        douyin_live.as_ref().filter(|d| d.is_money()),
        industry,
        Per::Percent,
    ));
    out.extend(ratio(
        l,
        "kuaishou-share-of-industry-2019",
        l.tr("Kuaishou's share of China's live-commerce market, 2019")
            .to_string(),
        a("kuaishou-gmv-2019").as_ref().filter(|k| k.is_money()),
        industry,
        Per::Percent,
    ));

    out.extend(ratio(
        l,
        "industry-share-of-online-retail-2019",
        l.tr("Live commerce as a share of China's online retail sales, 2019 (two sources with their own definitions)")
            .to_string(),
        industry,
        Operand::later(ds, "online-retail-2019", l)
            .as_ref()
            .filter(|r| r.is_money()),
        Per::Percent,
    ));
    out
}

/// What a ratio is expressed as.
#[derive(Clone, Copy)]
enum Per {
    /// Yuan per one of these ("viewer", "hour", "item").
    Unit(&'static str),
    /// A share, in percent.
    Percent,
}

/// One input as read: its value under the reading and how to name it.
struct Operand {
    id: String,
    low: f64,
    high: f64,
    unit: Unit,
    /// The noun for counts ("viewers"), from the figure's metric.
    noun: String,
    /// The article's "over" / "more than": the value is a lower bound.
    qualifier: Option<Qualifier>,
    /// The printed value, when a correction replaced it.
    printed: Option<(f64, f64)>,
    /// The correction, when the printed value is shown though the dataset
    /// corrects it (the reading "as printed").
    correction: Option<(f64, f64)>,
    /// What it is and who published it, for later figures: "of online
    /// retail sales, per National Bureau of Statistics".
    cited: Option<String>,
}

impl Operand {
    /// An article figure under `reading`.
    fn article(ds: &Dataset, id: &str, reading: Reading) -> Option<Operand> {
        let f = ds.figure(id)?;
        let (low, high) = f.value(reading);
        Some(Operand {
            id: f.id.clone(),
            low,
            high,
            unit: f.unit,
            noun: noun(&f.metric),
            qualifier: f.qualifier,
            printed: ((low, high) != (f.low, f.high)).then_some((f.low, f.high)),
            correction: (reading == Reading::AsPrinted && f.is_corrected())
                .then(|| f.value(Reading::Corrected)),
            cited: None,
        })
    }

    /// A later report's figure, which has no corrections.
    fn later(ds: &Dataset, id: &str, l: &Locale) -> Option<Operand> {
        let f = ds.later_figure(id)?;
        Some(Operand {
            id: f.id.clone(),
            low: f.low,
            high: f.high,
            unit: f.unit,
            noun: noun(&f.metric),
            qualifier: None,
            printed: None,
            correction: None,
            cited: Some(l.trf(
                "of {}, per {}",
                &[
                    &l.tr_any(&f.metric),
                    &crate::views::later_publisher(l, &f.publisher),
                ],
            )),
        })
    }

    fn is_money(&self) -> bool {
        self.unit.is_money()
    }

    fn is_count(&self) -> bool {
        matches!(self.unit, Unit::Million | Unit::Billion | Unit::Items)
    }

    /// The value in base units (yuan, a plain count, hours); `None` when not
    /// finite, which [`Range::new`] would otherwise silently drop.
    fn base(&self) -> Option<Range> {
        (self.low.is_finite() && self.high.is_finite())
            .then(|| Range::new(self.low, self.high).scaled(self.unit.scale()))
    }

    /// The input as it enters the formula: "over 12 million yuan",
    /// "48 million viewers (corrected; printed 47 million)", "400–500
    /// billion yuan (as printed; corrected: 40–50 billion yuan)".
    fn text(&self, l: &Locale) -> String {
        let mut s = String::new();
        if let Some(q) = self.qualifier {
            s.push_str(l.tr(q.as_str()));
            if l.lang == Lang::En {
                s.push(' ');
            }
        }
        s.push_str(&quantity(l, self.low, self.high, self.unit, &self.noun));
        if let Some((pl, ph)) = self.printed {
            s.push_str(&l.trf(
                " (corrected; printed {})",
                &[&quantity(l, pl, ph, self.unit, "")],
            ));
        }
        if let Some((cl, ch)) = self.correction {
            s.push_str(&l.trf(
                " (as printed; corrected: {})",
                &[&quantity(l, cl, ch, self.unit, "")],
            ));
        }
        if let Some(p) = &self.cited {
            if l.lang == Lang::En {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    }
}

/// `num ÷ den` as a derived figure, or `None` when either is missing or the
/// division is undefined.
fn ratio(
    l: &Locale,
    id: &'static str,
    label: String,
    num: Option<&Operand>,
    den: Option<&Operand>,
    per: Per,
) -> Option<Derived> {
    let (num, den) = (num?, den?);
    let q = divide(num.base()?, den.base()?)?;
    let (value, unit) = match per {
        Per::Unit(what) => (q, format!("yuan per {what}")),
        Per::Percent => (q.scaled(100.0), "%".to_string()),
    };
    let bound = match (num.qualifier.is_some(), den.qualifier.is_some()) {
        (false, false) => Bound::Exact,
        (true, false) => Bound::AtLeast,
        (false, true) => Bound::AtMost,
        (true, true) => Bound::Neither,
    };
    let mut formula = format!("{} ÷ {}", num.text(l), den.text(l));
    if bound == Bound::Neither {
        formula.push_str(
            l.tr(" — both are lower bounds, so the result is neither a lower nor an upper bound"),
        );
    }
    let shown = match per {
        Per::Unit(what) => {
            let amount = if value.is_point() {
                yuan(l, value.low)
            } else {
                format!("{}–{}", yuan(l, value.low), yuan(l, value.high))
            };
            match l.lang {
                Lang::En => format!("{amount} per {what}"),
                Lang::Zh => format!("{}{amount}", per_zh(what)),
            }
        }
        Per::Percent => {
            if value.is_point() {
                format!("{}%", format::sig(value.low, 3))
            } else {
                format!(
                    "{}–{}%",
                    format::sig(value.low, 3),
                    format::sig(value.high, 3)
                )
            }
        }
    };
    let display = match bound {
        Bound::Exact => shown,
        Bound::AtLeast => l.trf("at least {}", &[&shown]),
        Bound::AtMost => l.trf("at most {}", &[&shown]),
        Bound::Neither => l.trf("about {}", &[&shown]),
    };
    Some(Derived {
        id,
        label,
        value,
        unit,
        formula,
        display,
        inputs: vec![num.id.clone(), den.id.clone()],
    })
}

/// What the inputs' "over" / "more than" make of the result.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    Exact,
    AtLeast,
    AtMost,
    Neither,
}

/// Interval division `[a1, a2] ÷ [b1, b2] = [a1 / b2, a2 / b1]`, for
/// non-negative `a` and positive `b`, all finite; `None` otherwise.
fn divide(a: Range, b: Range) -> Option<Range> {
    let finite = [a.low, a.high, b.low, b.high].iter().all(|v| v.is_finite());
    let ok = finite && a.low >= 0.0 && b.low > 0.0;
    ok.then(|| Range::new(a.low / b.high, a.high / b.low))
}

/// The noun a count is of, from its metric: "viewers", "daily active users".
fn noun(metric: &str) -> String {
    let m = metric.to_lowercase();
    if m.starts_with("items") {
        "items".to_string()
    } else if m == "download users" {
        "downloads".to_string()
    } else {
        m
    }
}

/// "per viewer" in Chinese word order: "每位观众".
fn per_zh(what: &str) -> &'static str {
    match what {
        "viewer" => "每位观众",
        "hour" => "每小时",
        "item" => "每件商品",
        _ => "每单位",
    }
}

/// A value in its unit, in words: "433.8 billion yuan", "47 million viewers",
/// "1,160,000 items", "3 hours". Up to six significant digits, so the
/// printed numbers come out as printed. In Chinese: "4,338亿元", "观看人数
/// 4,700万", "116万件", "3小时"; amounts stay in yuan, as printed.
fn quantity(l: &Locale, low: f64, high: f64, unit: Unit, noun: &str) -> String {
    if l.lang == Lang::Zh {
        return quantity_zh(l, low, high, unit, noun);
    }
    let n = if low == high {
        format::sig(low, 6)
    } else {
        format!("{}–{}", format::sig(low, 6), format::sig(high, 6))
    };
    let words = match unit {
        Unit::BillionCny => format!("{n} billion yuan"),
        Unit::MillionCny => format!("{n} million yuan"),
        Unit::Million => format!("{n} million {noun}"),
        Unit::Billion => format!("{n} billion {noun}"),
        Unit::Items => format!("{n} {noun}"),
        Unit::Hours => format!("{n} hours"),
        Unit::Multiplier => format!("×{n}"),
    };
    words.trim_end().to_string()
}

/// [`quantity`] in Chinese.
fn quantity_zh(l: &Locale, low: f64, high: f64, unit: Unit, noun: &str) -> String {
    let cny = Locale {
        currency: Currency::Cny,
        ..l.clone()
    };
    let range = |lo: f64, hi: f64, scale: f64, word: &str| {
        if lo == hi {
            format!("{}{word}", format::sig(lo * scale, 6))
        } else {
            format!(
                "{}–{}{word}",
                format::sig(lo * scale, 6),
                format::sig(hi * scale, 6)
            )
        }
    };
    let noun = l.tr_any(noun);
    match unit {
        Unit::BillionCny => cny.money_range(low, high),
        Unit::MillionCny => cny.money_range(low / 1000.0, high / 1000.0),
        Unit::Million if low.abs() >= 100.0 => format!("{noun}{}", range(low, high, 0.01, "亿")),
        Unit::Million => format!("{noun}{}", range(low, high, 100.0, "万")),
        Unit::Billion => format!("{noun}{}", range(low, high, 10.0, "亿")),
        Unit::Items => format!("{noun}{}", range(low, high, 1.0, "")),
        Unit::Hours => range(low, high, 1.0, "小时"),
        Unit::Multiplier => format!("×{}", range(low, high, 1.0, "")),
    }
}

/// An amount of yuan in the reader's currency and language, three
/// significant digits: "2.34 yuan", "36.7 million yuan", "$0.339",
/// "2.34元", "3,670万元".
fn yuan(l: &Locale, v: f64) -> String {
    match (l.lang, l.currency) {
        (Lang::En, Currency::Cny) => yuan_en(v),
        (Lang::En, Currency::Usd) => {
            let d = v / l.rate();
            let a = d.abs();
            if a >= 1e9 {
                format!("${} bn", format::sig(d / 1e9, 3))
            } else if a >= 1e6 {
                format!("${} m", format::sig(d / 1e6, 3))
            } else {
                format!("${}", format::sig(d, 3))
            }
        }
        (Lang::Zh, cur) => {
            let (d, unit) = match cur {
                Currency::Cny => (v, "元"),
                Currency::Usd => (v / l.rate(), "美元"),
            };
            let a = d.abs();
            if a >= 1e8 {
                format!("{}亿{unit}", format::sig(d / 1e8, 3))
            } else if a >= 1e4 {
                format!("{}万{unit}", format::sig(d / 1e4, 3))
            } else {
                format!("{}{unit}", format::sig(d, 3))
            }
        }
    }
}

/// [`yuan`] in English yuan.
fn yuan_en(v: f64) -> String {
    let a = v.abs();
    if a >= 1e9 {
        format!("{} billion yuan", format::sig(v / 1e9, 3))
    } else if a >= 1e6 {
        format!("{} million yuan", format::sig(v / 1e6, 3))
    } else {
        format!("{} yuan", format::sig(v, 3))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interval_division() {
        let r = divide(Range::new(400.0, 500.0), Range::new(433.8, 433.8));
        assert_eq!(r, Some(Range::new(400.0 / 433.8, 500.0 / 433.8)));
        let r = divide(Range::new(1.0, 2.0), Range::new(4.0, 8.0));
        assert_eq!(r, Some(Range::new(0.125, 0.5)));
        assert_eq!(divide(Range::new(1.0, 1.0), Range::new(0.0, 1.0)), None);
        assert_eq!(divide(Range::new(-1.0, 1.0), Range::new(1.0, 1.0)), None);
        assert_eq!(
            divide(Range::new(1.0, f64::INFINITY), Range::new(1.0, 1.0)),
            None
        );
        assert_eq!(
            divide(
                Range::new(1.0, 1.0),
                Range {
                    low: f64::NAN,
                    high: 1.0
                }
            ),
            None
        );
    }

    #[test]
    fn words() {
        assert_eq!(
            quantity(&Locale::en(), 433.8, 433.8, Unit::BillionCny, ""),
            "433.8 billion yuan"
        );
        assert_eq!(
            quantity(&Locale::en(), 10632.4, 10632.4, Unit::BillionCny, ""),
            "10,632.4 billion yuan"
        );
        assert_eq!(
            quantity(&Locale::en(), 400.0, 500.0, Unit::BillionCny, ""),
            "400–500 billion yuan"
        );
        assert_eq!(
            quantity(
                &Locale::en(),
                1_160_000.0,
                1_160_000.0,
                Unit::Items,
                "items"
            ),
            "1,160,000 items"
        );
        assert_eq!(
            quantity(&Locale::en(), 47.0, 47.0, Unit::Million, ""),
            "47 million"
        );
        assert_eq!(
            quantity(&Locale::en(), 3.0, 3.0, Unit::Hours, ""),
            "3 hours"
        );
        assert_eq!(
            quantity(&Locale::en(), 2.0, 2.0, Unit::Multiplier, ""),
            "×2"
        );
        assert_eq!(yuan_en(110e6 / 3.0), "36.7 million yuan");
        assert_eq!(yuan_en(2.5e9), "2.5 billion yuan");
        assert_eq!(yuan_en(110.0 / 47.0), "2.34 yuan");
        assert_eq!(noun("items sold during the 618 festival"), "items");
        assert_eq!(noun("download users"), "downloads");
        assert_eq!(noun("viewers"), "viewers");
    }
}

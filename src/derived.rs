//! Figures the article implies but never prints, each with its workings.
//!
//! Dividing two printed numbers is where a mis-scaled figure shows itself
//! (Kuaishou at 92–115% of the whole industry), so every derived figure
//! carries the formula with the inputs as read, and the ids it used, for the
//! reader to check. Ranges go through interval arithmetic, units through
//! [`Unit::scale`]. Pure Rust, tested natively.

use crate::data::{Dataset, Qualifier, Reading, Unit};
use crate::format;
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
    /// million viewers".
    pub formula: String,
    /// The value rounded for reading, e.g. "2.34 yuan per viewer".
    pub display: String,
    /// Ids of the dataset figures used: article ids and later-figure ids.
    pub inputs: Vec<String>,
}

/// Every derived figure whose inputs are in `ds`, under `reading`.
///
/// A figure whose inputs are missing, in an unexpected kind of unit, or
/// whose divisor is not positive is left out rather than shown wrong.
pub fn derived(ds: &Dataset, reading: Reading) -> Vec<Derived> {
    let a = |id: &str| Operand::article(ds, id, reading);
    let mut out = Vec::new();
    let live = "the Douyin star live stream of 1 April 2020";

    let sales = a("livestream-2020-04-01-sales");
    let viewers = a("livestream-2020-04-01-viewers");
    let hours = a("livestream-2020-04-01-hours");
    out.extend(ratio(
        "yuan-per-viewer-2020-04-01",
        format!("Sales per viewer, {live}"),
        sales.as_ref().filter(|s| s.is_money()),
        viewers.as_ref().filter(|v| v.is_count()),
        Per::Unit("viewer"),
    ));
    out.extend(ratio(
        "yuan-per-hour-2020-04-01",
        format!("Sales per hour, {live}"),
        sales.as_ref().filter(|s| s.is_money()),
        hours.as_ref().filter(|h| h.unit == Unit::Hours),
        Per::Unit("hour"),
    ));

    out.extend(ratio(
        "yuan-per-item-beibeitu-618",
        "Average price per item sold by Beibeitu, 618 festival 2019".to_string(),
        a("beibeitu-618-sales").as_ref().filter(|s| s.is_money()),
        a("beibeitu-618-items")
            .as_ref()
            .filter(|i| i.unit == Unit::Items),
        Per::Unit("item"),
    ));

    out.extend(ratio(
        "douyin-dau-share-of-bytedance-downloads",
        "Douyin's daily active users as a share of ByteDance's download users".to_string(),
        a("douyin-dau-2020").as_ref().filter(|d| d.is_count()),
        a("bytedance-downloads").as_ref().filter(|d| d.is_count()),
        Per::Percent,
    ));

    let douyin_live = a("douyin-live-gmv-2019");
    out.extend(ratio(
        "douyin-live-share-of-douyin-gmv-2019",
        "Live streams' share of Douyin's e-commerce GMV, 2019".to_string(),
        douyin_live.as_ref().filter(|d| d.is_money()),
        a("douyin-gmv-2019").as_ref().filter(|d| d.is_money()),
        Per::Percent,
    ));

    let industry = a("industry-2019");
    let industry = industry.as_ref().filter(|i| i.is_money());
    out.extend(ratio(
        "douyin-live-share-of-industry-2019",
        "Douyin's share of China's live-commerce market, 2019".to_string(),
        douyin_live.as_ref().filter(|d| d.is_money()),
        industry,
        Per::Percent,
    ));
    out.extend(ratio(
        "kuaishou-share-of-industry-2019",
        "Kuaishou's share of China's live-commerce market, 2019".to_string(),
        a("kuaishou-gmv-2019").as_ref().filter(|k| k.is_money()),
        industry,
        Per::Percent,
    ));

    out.extend(ratio(
        "industry-share-of-online-retail-2019",
        "Live commerce as a share of China's online retail sales, 2019 \
         (two sources with their own definitions)"
            .to_string(),
        industry,
        Operand::later(ds, "online-retail-2019")
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
            cited: None,
        })
    }

    /// A later report's figure, which has no corrections.
    fn later(ds: &Dataset, id: &str) -> Option<Operand> {
        let f = ds.later_figure(id)?;
        Some(Operand {
            id: f.id.clone(),
            low: f.low,
            high: f.high,
            unit: f.unit,
            noun: noun(&f.metric),
            qualifier: None,
            printed: None,
            cited: Some(format!("of {}, per {}", f.metric, f.publisher)),
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
    /// "48 million viewers (corrected; printed 47 million)".
    fn text(&self) -> String {
        let mut s = String::new();
        if let Some(q) = self.qualifier {
            s.push_str(q.as_str());
            s.push(' ');
        }
        s.push_str(&quantity(self.low, self.high, self.unit, &self.noun));
        if let Some((pl, ph)) = self.printed {
            s.push_str(&format!(
                " (corrected; printed {})",
                quantity(pl, ph, self.unit, "")
            ));
        }
        if let Some(p) = &self.cited {
            s.push(' ');
            s.push_str(p);
        }
        s
    }
}

/// `num ÷ den` as a derived figure, or `None` when either is missing or the
/// division is undefined.
fn ratio(
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
    let mut formula = format!("{} ÷ {}", num.text(), den.text());
    if bound == Bound::Neither {
        formula.push_str(
            " — both are lower bounds, so the result is neither a lower nor an upper bound",
        );
    }
    let shown = match per {
        Per::Unit(what) => {
            let amount = if value.is_point() {
                yuan(value.low)
            } else {
                format!("{}–{}", yuan(value.low), yuan(value.high))
            };
            format!("{amount} per {what}")
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
        Bound::AtLeast => format!("at least {shown}"),
        Bound::AtMost => format!("at most {shown}"),
        Bound::Neither => format!("about {shown}"),
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

/// A value in its unit, in words: "433.8 billion yuan", "47 million viewers",
/// "1,160,000 items", "3 hours". Up to six significant digits, so the
/// printed numbers come out as printed.
fn quantity(low: f64, high: f64, unit: Unit, noun: &str) -> String {
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

/// An amount of yuan to three significant digits, in millions or billions
/// when large: "2.34 yuan", "36.7 million yuan".
fn yuan(v: f64) -> String {
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
            quantity(433.8, 433.8, Unit::BillionCny, ""),
            "433.8 billion yuan"
        );
        assert_eq!(
            quantity(10632.4, 10632.4, Unit::BillionCny, ""),
            "10,632.4 billion yuan"
        );
        assert_eq!(
            quantity(400.0, 500.0, Unit::BillionCny, ""),
            "400–500 billion yuan"
        );
        assert_eq!(
            quantity(1_160_000.0, 1_160_000.0, Unit::Items, "items"),
            "1,160,000 items"
        );
        assert_eq!(quantity(47.0, 47.0, Unit::Million, ""), "47 million");
        assert_eq!(quantity(3.0, 3.0, Unit::Hours, ""), "3 hours");
        assert_eq!(quantity(2.0, 2.0, Unit::Multiplier, ""), "×2");
        assert_eq!(yuan(110e6 / 3.0), "36.7 million yuan");
        assert_eq!(yuan(2.5e9), "2.5 billion yuan");
        assert_eq!(yuan(110.0 / 47.0), "2.34 yuan");
        assert_eq!(noun("items sold during the 618 festival"), "items");
        assert_eq!(noun("download users"), "downloads");
        assert_eq!(noun("viewers"), "viewers");
    }
}

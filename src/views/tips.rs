//! Tooltip and table text for figures: value with unit, period, entity and
//! source in short.

use crate::charts::Tip;
use crate::data::{Confidence, Figure, LaterFigure, Reading, Unit};
use crate::format;

/// The unit in words, as a reader would say it.
pub fn unit_words(u: Unit) -> &'static str {
    match u {
        Unit::BillionCny => "billion yuan",
        Unit::MillionCny => "million yuan",
        Unit::Million => "million",
        Unit::Billion => "billion",
        Unit::Items => "items",
        Unit::Hours => "hours",
        Unit::Multiplier => "×",
    }
}

/// "433.8 billion yuan", "400–500 billion yuan", "5–6×".
pub fn value_text(low: f64, high: f64, unit: Unit) -> String {
    if unit == Unit::Multiplier {
        return format::multiplier_range(low, high);
    }
    let v = if low == high {
        format::sig(low, 6)
    } else {
        format!("{}–{}", format::sig(low, 6), format::sig(high, 6))
    };
    format!("{v} {}", unit_words(unit))
}

/// Where the article's figures come from, in short.
pub const ARTICLE_SOURCE: &str = "The article (Marketing Newspaper, 2020)";

/// A figure's value under a reading, saying when it is a correction.
pub fn figure_value(f: &Figure, reading: Reading) -> String {
    let (low, high) = f.value(reading);
    let q = f
        .qualifier
        .map(|q| format!("{} ", q.as_str()))
        .unwrap_or_default();
    let text = format!("{q}{}", value_text(low, high, f.unit));
    if (low, high) != (f.low, f.high) {
        format!(
            "{text} (corrected; printed {})",
            value_text(f.low, f.high, f.unit)
        )
    } else {
        text
    }
}

/// The tooltip of an article figure.
pub fn figure_tip(f: &Figure, reading: Reading) -> Tip {
    Tip {
        title: format!("{}: {}", f.entity, f.metric),
        value: figure_value(f, reading),
        period: f.period.clone(),
        source: ARTICLE_SOURCE.to_string(),
    }
}

/// "confirmed by 3 sources", "single source", "disputed".
pub fn confidence_words(c: Confidence) -> String {
    match c {
        Confidence::Confirmed(n) => format!("confirmed by {n} sources"),
        Confidence::Single => "single source".to_string(),
        Confidence::Disputed => "disputed".to_string(),
    }
}

/// The tooltip of a later report's figure.
pub fn later_tip(f: &LaterFigure) -> Tip {
    Tip {
        title: format!("{}: {}", f.entity, f.metric),
        value: value_text(f.low, f.high, f.unit),
        period: f.period.clone(),
        source: format!("{} · {}", f.publisher, confidence_words(f.confidence)),
    }
}

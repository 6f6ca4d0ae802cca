//! Tooltip and table text for figures: value with unit, period, entity and
//! source in short, in the reader's language and units. The functions
//! without a `Locale` write English in the dataset's units (kept for
//! callers that have none).

use crate::charts::Tip;
use crate::data::{Confidence, Figure, LaterFigure, Reading, Scope, Unit};
use crate::locale::Locale;

/// "433.8 billion yuan", "400–500 billion yuan", "5–6×": a value in the
/// dataset's own unit, in English.
pub fn value_text(low: f64, high: f64, unit: Unit) -> String {
    Locale::en().quantity(low, high, unit)
}

/// A figure's value in the reader's units: amounts in yuan are converted
/// ("4,338亿元", "$62.88 bn"), counts written with the language's
/// magnitude words ("4,700万"), multipliers as they are; see
/// [`Locale::quantity`]. English yuan is [`value_text`].
pub fn value_in(l: &Locale, low: f64, high: f64, unit: Unit) -> String {
    l.quantity(low, high, unit)
}

/// Where the article's figures come from, in short.
pub const ARTICLE_SOURCE: &str = "The article (Marketing Newspaper, 2020)";

/// A figure's value under a reading, saying when it is a correction.
pub fn figure_value(f: &Figure, reading: Reading) -> String {
    figure_value_in(&Locale::en(), f, reading)
}

/// [`figure_value`] in the reader's language and units.
pub fn figure_value_in(l: &Locale, f: &Figure, reading: Reading) -> String {
    let (low, high) = f.value(reading);
    let q = f
        .qualifier
        .map(|q| format!("{} ", l.tr(q.as_str())))
        .unwrap_or_default();
    let text = format!("{q}{}", value_in(l, low, high, f.unit));
    if (low, high) != (f.low, f.high) {
        l.trf(
            "{} (corrected; printed {})",
            &[&text, &value_in(l, f.low, f.high, f.unit)],
        )
    } else {
        text
    }
}

/// What a figure measures, named by its entity and its scope in the
/// dataset's words ([`Scope::text`]): "Kuaishou, all e-commerce",
/// "Douyin, live-stream e-commerce"; the entity alone for a figure without
/// a scope. Every chart and table label of a scoped figure is written by
/// this, so the scope is stated once, in the dataset.
pub fn scoped_name(l: &Locale, entity: &str, scope: Option<Scope>) -> String {
    match scope {
        Some(s) => l.trf("{}, {}", &[&l.tr_any(entity), &l.tr(s.text())]),
        None => l.tr_any(entity).to_string(),
    }
}

/// The tooltip of an article figure.
pub fn figure_tip(f: &Figure, reading: Reading) -> Tip {
    figure_tip_in(&Locale::en(), f, reading)
}

/// [`figure_tip`] in the reader's language and units; the entity and metric
/// are translated where the catalogue has them.
pub fn figure_tip_in(l: &Locale, f: &Figure, reading: Reading) -> Tip {
    Tip {
        title: format!("{}: {}", l.tr_any(&f.entity), l.tr_any(&f.metric)),
        value: figure_value_in(l, f, reading),
        period: f.period.clone(),
        source: l.tr(ARTICLE_SOURCE).to_string(),
    }
}

/// "confirmed by 3 sources", "single source", "disputed".
pub fn confidence_words(c: Confidence) -> String {
    confidence_in(&Locale::en(), c)
}

/// [`confidence_words`] in the reader's language.
pub fn confidence_in(l: &Locale, c: Confidence) -> String {
    match c {
        Confidence::Confirmed(n) => l.trf("confirmed by {} sources", &[&n]),
        Confidence::Single => l.tr("single source").to_string(),
        Confidence::Disputed => l.tr("disputed").to_string(),
    }
}

/// The tooltip of a later report's figure.
pub fn later_tip(f: &LaterFigure) -> Tip {
    later_tip_in(&Locale::en(), f)
}

/// [`later_tip`] in the reader's language and units.
pub fn later_tip_in(l: &Locale, f: &LaterFigure) -> Tip {
    Tip {
        title: format!("{}: {}", l.tr_any(&f.entity), l.tr_any(&f.metric)),
        value: value_in(l, f.low, f.high, f.unit),
        period: f.period.clone(),
        source: format!(
            "{} · {}",
            l.tr_any(&f.publisher),
            confidence_in(l, f.confidence)
        ),
    }
}

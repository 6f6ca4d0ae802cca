//! Tooltip and table text for figures: value with unit, period, entity and
//! source in short, in the reader's language and units. The functions
//! without a `Locale` write English in the dataset's units (kept for
//! callers that have none).

use crate::charts::Tip;
use crate::data::{Confidence, CorrectionKind, Dataset, Figure, LaterFigure, Reading, Scope, Unit};
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

/// [`figure_value`] in the reader's language and units. A figure the
/// dataset corrects carries its other reading in either one: "40–50
/// billion yuan (corrected; printed 400–500 billion yuan)", "400–500
/// billion yuan (as printed; corrected: 40–50 billion yuan)".
pub fn figure_value_in(l: &Locale, f: &Figure, reading: Reading) -> String {
    let (low, high) = f.value(reading);
    let q = f
        .qualifier
        .map(|q| format!("{} ", l.tr(q.as_str())))
        .unwrap_or_default();
    let text = format!("{q}{}", value_in(l, low, high, f.unit));
    match (f.is_corrected(), reading) {
        (true, Reading::Corrected) => l.trf(
            "{} (corrected; printed {})",
            &[&text, &value_in(l, f.low, f.high, f.unit)],
        ),
        (true, Reading::AsPrinted) => {
            let (c_low, c_high) = f.value(Reading::Corrected);
            l.trf(
                "{} (as printed; corrected: {})",
                &[&text, &value_in(l, c_low, c_high, f.unit)],
            )
        }
        (false, _) => text,
    }
}

/// Why a figure the dataset corrects is shown corrected, in a clause: the
/// consistency rule its printed value breaks, when it breaks one ("which
/// the article's own total for the whole industry, 433.8 bn yuan, rules
/// out"); `None` for a correction that rests on other sources alone.
pub fn printed_conflict(l: &Locale, ds: &crate::data::Dataset, f: &Figure) -> Option<String> {
    let v = crate::checks::check(ds, Reading::AsPrinted);
    let broken = crate::checks::affecting(&v, &[f.id.as_str()])
        .into_iter()
        .find(|v| {
            v.rule == crate::checks::Rule::PlatformWithinIndustry
                && v.ids.first() == Some(&f.id)
                && v.severity == crate::checks::Severity::Contradiction
        })?;
    let whole = ds.figure(broken.ids.get(1)?)?;
    let total = match whole.unit {
        Unit::BillionCny => l.money_range(whole.low, whole.high),
        unit => value_in(l, whole.low, whole.high, unit),
    };
    Some(l.trf(
        "which the article's own total for the whole industry, {}, rules out",
        &[&total],
    ))
}

/// A figure the dataset corrects, shown beside its other reading and the
/// reason, in one sentence for a chart's notes: "Kuaishou, all e-commerce,
/// 2019: corrected to 40–50 billion yuan; the article prints 400–500
/// billion yuan. <the correction's explanation>". Under "as printed" it
/// says so the other way round, and for a figure a projection starts from,
/// that projections start from the corrected figure in either reading.
/// `None` for a figure without a correction.
pub fn correction_note(l: &Locale, f: &Figure, reading: Reading) -> Option<String> {
    let c = f.correction.as_ref().filter(|_| f.is_corrected())?;
    let name = scoped_name(l, &f.entity, f.scope);
    let printed = value_in(l, f.low, f.high, f.unit);
    let corrected = value_in(l, c.low, c.high, f.unit);
    let why = l.tr_any(&c.explanation);
    Some(match reading {
        Reading::Corrected => l.trf(
            "{}, {}: corrected to {}; the article prints {}. {}",
            &[&name, &f.period, &corrected, &printed, &why],
        ),
        Reading::AsPrinted if is_base(f) => l.trf(
            "{}, {}: shown as printed, {}; corrected, {}. {} Projections start from the corrected figure in either reading.",
            &[&name, &f.period, &printed, &corrected, &why],
        ),
        Reading::AsPrinted => l.trf(
            "{}, {}: shown as printed, {}; corrected, {}. {}",
            &[&name, &f.period, &printed, &corrected, &why],
        ),
    })
}

/// Where a series' projection starts, when it starts from an article
/// figure the dataset corrects: "starts from the corrected 2019 figure,
/// 40–50 bn yuan (the article prints 400–500 bn yuan)", or, for a base
/// still at the printed figure (a share link of format v1 read as
/// printed), "starts from the 2019 figure as printed, 400–500 bn yuan
/// (corrected: 40–50 bn yuan)". `None` for any other base.
pub fn base_caveat(
    l: &Locale,
    ds: &crate::data::Dataset,
    s: &crate::scenario::SeriesAssumption,
) -> Option<String> {
    let f = ds.figure(&s.base_source).filter(|f| f.is_corrected())?;
    let mid = |(lo, hi): (f64, f64)| (lo + hi) / 2.0;
    let printed = value_in(l, f.low, f.high, f.unit);
    let (c_lo, c_hi) = f.value(Reading::Corrected);
    let corrected = value_in(l, c_lo, c_hi, f.unit);
    if s.base == mid(f.value(Reading::Corrected)) {
        Some(l.trf(
            "starts from the corrected {} figure, {} (the article prints {})",
            &[&f.period, &corrected, &printed],
        ))
    } else if s.base == mid((f.low, f.high)) {
        Some(l.trf(
            "starts from the {} figure as printed, {} (corrected: {})",
            &[&f.period, &printed, &corrected],
        ))
    } else {
        None
    }
}

/// Whether a projection starts from the article figure `f` (a series'
/// base).
fn is_base(f: &Figure) -> bool {
    crate::scenario::SeriesId::ALL
        .iter()
        .any(|id| !id.def().base.later && id.def().base.id == f.id)
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

/// How the Sources view names where a figure comes from: the words of its
/// link ("Publisher: Title", never a bare address, file name or id) and the
/// address, when the dataset has one.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    pub label: String,
    pub url: Option<String>,
}

/// The citation of the dataset's figure `id`, in the reader's language. An
/// article figure cites the article: its publisher and title (the dataset
/// keeps no address for it). A later report's figure cites its publisher
/// and, since the dataset keeps no titles of later reports, what the report
/// says as the title: "LatePost (reported by TechNode): Douyin, e-commerce
/// GMV, 2023-Jan-Oct".
pub fn citation(l: &Locale, ds: &Dataset, id: &str) -> Option<Citation> {
    if ds.figure(id).is_some() {
        return Some(Citation {
            label: l.trf(
                "{}: {}",
                &[&l.tr_any(&ds.source.publisher), &l.tr_any(&ds.source.title)],
            ),
            url: None,
        });
    }
    let f = ds.later_figure(id)?;
    let title = l.trf(
        "{}, {}, {}",
        &[&l.tr_any(&f.entity), &l.tr_any(&f.metric), &f.period],
    );
    Some(Citation {
        label: l.trf(
            "{}: {}",
            &[&crate::views::later_publisher(l, &f.publisher), &title],
        ),
        url: f.url.clone(),
    })
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

/// A line of the errata: the figure ("Douyin star live stream, 1 April
/// 2020, viewers (2020-04-01): ") and what was printed, what the dataset
/// reads instead and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Erratum {
    /// The figure's id in the dataset (for tests; never shown).
    pub id: String,
    pub head: String,
    pub text: String,
}

/// The heading of the errata of `kind`: the article against itself, or
/// other sources against the article.
pub fn errata_heading(l: &Locale, kind: CorrectionKind) -> &'static str {
    match kind {
        CorrectionKind::SelfContradiction => l.tr("Where the article contradicts itself"),
        CorrectionKind::OtherSource => l.tr("Where other sources disagree with the article"),
    }
}

/// The dataset's corrections of `kind`, as the reading card lists them
/// under [`errata_heading`]: only a correction marked as a contradiction
/// of the article by itself goes under "Where the article contradicts
/// itself".
pub fn errata(ds: &Dataset, l: &Locale, kind: CorrectionKind) -> Vec<Erratum> {
    ds.corrections(kind)
        .map(|(f, c)| Erratum {
            id: f.id.clone(),
            head: format!(
                "{}, {} ({}): ",
                l.tr_any(&f.entity),
                l.tr_any(&f.metric),
                f.period
            ),
            text: format!(
                "{}{}",
                l.trf(
                    "printed {}; corrected {}. ",
                    &[
                        &value_in(l, f.low, f.high, f.unit),
                        &value_in(l, c.low, c.high, f.unit)
                    ]
                ),
                c.explanation
            ),
        })
        .collect()
}

//! Consistency rules between the article's own figures.
//!
//! The article's numbers are kept as printed, so some contradict each other
//! (Kuaishou's "400-500 billion yuan" against the whole industry's 433.8
//! billion). These rules find such clashes under either [`Reading`], so the UI
//! can put a note beside every chart that draws an affected figure instead of
//! silently drawing an impossible picture. Pure Rust, tested natively.

use crate::data::{Dataset, Figure, Kind, LaterKind, Reading, Scope, Unit};
use crate::format;
use crate::locale::{Arg, Note};

/// Which consistency rule a [`Violation`] breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// A platform's GMV cannot exceed the whole industry's for the same
    /// period and scope.
    PlatformWithinIndustry,
    /// A platform's live-stream GMV cannot exceed its all-e-commerce GMV
    /// for the same period.
    LiveWithinTotal,
    /// A forecast must be dated after the actual figure it builds on.
    ForecastAfterBase,
}

impl Rule {
    /// The rule in a few words, for a heading above its notes.
    pub fn title(self) -> &'static str {
        match self {
            Rule::PlatformWithinIndustry => "A platform cannot sell more than its whole industry",
            Rule::LiveWithinTotal => "Live-stream sales cannot exceed all e-commerce sales",
            Rule::ForecastAfterBase => "A forecast comes after the figure it grows from",
        }
    }
}

/// How sure a [`Violation`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Every value the figures allow breaks the rule: at least one of them
    /// is wrong.
    Contradiction,
    /// Only part of a printed range breaks the rule: the figures can both be
    /// right, but only at one end of the range, and at that end they still
    /// leave room for the others the dataset counts in the whole.
    Possible,
}

/// One broken rule, with the figures involved and a sentence for the reader.
#[derive(Clone, Debug, PartialEq)]
pub struct Violation {
    pub rule: Rule,
    /// Ids of the article figures involved, the offending one first.
    pub ids: Vec<String>,
    pub severity: Severity,
    /// The message in English (what tests and logs read).
    pub message: String,
    /// The same message, for writing in the reader's language.
    pub note: Note,
}

/// Every consistency rule's violations among the article's figures (not the
/// later ones, which come from many publishers with different definitions).
///
/// Values are taken with [`Figure::value`], so the same data can be checked
/// as printed and as corrected. Ranges are compared end to end:
/// - the part's low end above the whole's high end is a
///   [`Severity::Contradiction`];
/// - otherwise, when the part's high end is above the whole's low end (the
///   range reaches past the whole), the other parts the dataset knows for
///   the same whole are counted at their low ends: the article's other
///   platforms and later reports' (not forecasts) for the same period and
///   scope. If even the part's low end leaves less than they sold, it is a
///   `Contradiction` as well; only a range whose low end leaves them room
///   is [`Severity::Possible`].
///
/// Kuaishou as printed (400–500 bn) against the industry's 433.8 bn is
/// therefore a `Contradiction`: even 400 bn leaves 33.8 bn for everyone
/// else, where the article's Douyin sold 10 bn through live streams and
/// later reports put Taobao Live at 200–250 bn.
pub fn check(ds: &Dataset, reading: Reading) -> Vec<Violation> {
    let mut out = Vec::new();
    platform_within_industry(ds, reading, &mut out);
    live_within_total(ds, reading, &mut out);
    forecast_after_base(ds, &mut out);
    out
}

/// The violations that involve any of `ids`, so a chart can show the notes
/// for exactly the figures it draws.
pub fn affecting<'a>(v: &'a [Violation], ids: &[&str]) -> Vec<&'a Violation> {
    v.iter()
        .filter(|x| x.ids.iter().any(|id| ids.contains(&id.as_str())))
        .collect()
}

/// Whether a figure is the whole industry rather than one platform. The
/// dataset names the industry "China live-stream e-commerce".
fn is_industry(f: &Figure) -> bool {
    f.entity.to_lowercase().contains("live-stream e-commerce")
}

/// Rule 1: a platform's GMV against the industry's, same period, scope and
/// kind (an actual is not held against a forecast). The platform's scope is
/// the one it is compared in ([`Figure::compared_scope`]): Kuaishou's 2019
/// GMV is all of its e-commerce, held against the live-commerce industry on
/// the assumption its note states (that this e-commerce was sold mostly
/// through live streams).
fn platform_within_industry(ds: &Dataset, reading: Reading, out: &mut Vec<Violation>) {
    for part in ds.figures.iter().filter(|f| !is_industry(f)) {
        let Some(scope) = part.compared_scope() else {
            continue;
        };
        let wholes = ds.figures.iter().filter(|w| {
            is_industry(w)
                && w.scope == Some(scope)
                && w.period == part.period
                && w.kind == part.kind
        });
        for whole in wholes {
            let whole_name = match scope {
                Scope::LiveStream => "the whole live-commerce industry's {}",
                Scope::AllEcommerce => "the whole e-commerce market's {}",
            };
            let part_name = Note::new("{}'s GMV", [Arg::Name(part.entity.clone())]);
            let others = others_in(ds, part, scope, reading);
            if let Some(v) = compare(
                Rule::PlatformWithinIndustry,
                (part, part_name),
                (whole, whole_name),
                &others,
                reading,
            ) {
                out.push(v);
            }
        }
    }
}

/// Another part of the same whole, counted at its low end: what the whole
/// must leave room for besides the part checked.
struct Other {
    /// "Douyin (10 bn yuan, the article)".
    what: Note,
    /// Its low end in yuan.
    low_base: f64,
}

/// The other platforms the dataset knows in `scope` for `part`'s period:
/// the article's (under the reading) and later reports' actual figures and
/// estimates (a forecast is not what was sold; a figure derived from the
/// article's is the article's again), one per entity, the article's first.
fn others_in(ds: &Dataset, part: &Figure, scope: Scope, reading: Reading) -> Vec<Other> {
    let mut out: Vec<(String, Other)> = Vec::new();
    for f in ds.figures.iter().filter(|f| {
        !is_industry(f)
            && f.entity != part.entity
            && f.compared_scope() == Some(scope)
            && f.period == part.period
            && f.kind == part.kind
            && f.unit.is_money()
    }) {
        if out.iter().any(|(e, _)| *e == f.entity) {
            continue;
        }
        let (low, high) = f.value(reading);
        out.push((
            f.entity.clone(),
            Other {
                what: Note::new(
                    "{} ({}, the article)",
                    [Arg::Name(f.entity.clone()), money(low, high, f.unit)],
                ),
                low_base: low * f.unit.scale(),
            },
        ));
    }
    for f in ds.later.iter().filter(|f| {
        !f.entity.to_lowercase().contains("live-stream e-commerce")
            && f.entity != part.entity
            && f.scope == Some(scope)
            && f.period == part.period
            && f.unit.is_money()
            && matches!(f.kind, LaterKind::Actual | LaterKind::Estimate)
    }) {
        if out.iter().any(|(e, _)| *e == f.entity) {
            continue;
        }
        out.push((
            f.entity.clone(),
            Other {
                what: Note::new(
                    "{} ({}, later reports)",
                    [Arg::Name(f.entity.clone()), money(f.low, f.high, f.unit)],
                ),
                low_base: f.low * f.unit.scale(),
            },
        ));
    }
    out.into_iter().map(|(_, o)| o).collect()
}

/// Rule 2: a platform's live-stream GMV against its total, same entity,
/// period and kind.
fn live_within_total(ds: &Dataset, reading: Reading, out: &mut Vec<Violation>) {
    for part in ds
        .figures
        .iter()
        .filter(|f| f.scope == Some(Scope::LiveStream))
    {
        let wholes = ds.figures.iter().filter(|w| {
            w.scope == Some(Scope::AllEcommerce)
                && w.entity == part.entity
                && w.period == part.period
                && w.kind == part.kind
        });
        for whole in wholes {
            let part_name = Note::new("{}'s live-stream GMV", [Arg::Name(part.entity.clone())]);
            if let Some(v) = compare(
                Rule::LiveWithinTotal,
                (part, part_name),
                (whole, "its all e-commerce GMV of {}"),
                &[],
                reading,
            ) {
                out.push(v);
            }
        }
    }
}

/// `part` must not exceed `whole`; both must be amounts of money (a
/// multiplier or a count is not comparable), compared in yuan. Each comes
/// with its words for the message: "Kuaishou's GMV", and the words that go
/// before the whole's amount, "the whole live-commerce industry's {}".
/// `others` are the whole's other parts, which a range reaching past the
/// whole must still leave room for (see [`check`]).
fn compare(
    rule: Rule,
    (part, part_name): (&Figure, Note),
    (whole, whole_name): (&Figure, &'static str),
    others: &[Other],
    reading: Reading,
) -> Option<Violation> {
    if !part.unit.is_money() || !whole.unit.is_money() {
        return None;
    }
    let (pl, ph) = part.value(reading);
    let (wl, wh) = whole.value(reading);
    let (pl_base, ph_base) = (pl * part.unit.scale(), ph * part.unit.scale());
    let (wl_base, wh_base) = (wl * whole.unit.scale(), wh * whole.unit.scale());
    let what = Note::new(
        "{} {} ({}, {})",
        [
            Arg::from(part_name),
            Arg::word(reading_words(part, reading)),
            money(pl, ph, part.unit),
            Arg::text(&part.period),
        ],
    );
    let total = Note::new(whole_name, [money(wl, wh, whole.unit)]);
    let (severity, note) = if pl_base > wh_base {
        (
            Severity::Contradiction,
            if pl == ph {
                Note::new(
                    "{} is above {}, so one of the two figures is wrong.",
                    [Arg::from(what), Arg::from(total)],
                )
            } else {
                Note::new(
                    "{} is above {}: even its lower end exceeds the total, so one of the two figures is wrong.",
                    [Arg::from(what), Arg::from(total)],
                )
            },
        )
    } else if ph_base > wl_base
        && !others.is_empty()
        && pl_base + others.iter().map(|o| o.low_base).sum::<f64>() > wh_base
    {
        let left = (wh_base - pl_base).max(0.0) / part.unit.scale();
        let sold: f64 = others.iter().map(|o| o.low_base).sum::<f64>() / part.unit.scale();
        let names = others
            .iter()
            .map(|o| Arg::from(o.what.clone()))
            .reduce(|a, b| Note::new("{} and {}", [a, b]).into())
            .unwrap_or_else(|| Arg::text(""));
        (
            Severity::Contradiction,
            Note::new(
                "{} reaches above {}, and even its lower end leaves only {} for everyone else, where {} sold at least {}: one of the figures is wrong.",
                [
                    Arg::from(what),
                    Arg::from(total),
                    money(left, left, part.unit),
                    names,
                    money(sold, sold, part.unit),
                ],
            ),
        )
    } else if ph_base > wl_base {
        let share = if wl_base > 0.0 {
            Note::new(
                " and even its lower end is {} of it, leaving little or nothing for anyone else",
                [Arg::text(percent(pl_base / wl_base * 100.0))],
            )
        } else {
            Note::plain("")
        };
        (
            Severity::Possible,
            Note::new(
                "{} reaches above {}: its upper end exceeds the total{}, so only the part of the range up to the total fits.",
                [Arg::from(what), Arg::from(total), Arg::from(share)],
            ),
        )
    } else {
        return None;
    };
    Some(Violation {
        rule,
        ids: vec![part.id.clone(), whole.id.clone()],
        severity,
        message: note.to_string(),
        note,
    })
}

/// Rule 3: a forecast starts after the latest actual figure it builds on.
///
/// The base of a forecast is the latest `actual` figure of the same entity in
/// the same unit (a market-size forecast builds on market-size actuals). A
/// multiplier ("double", "five to six times") grows last year's amount, so
/// its base is the same entity's latest actual amount of money, and the rule
/// asks that this is at most the year before the forecast's. Years are the
/// first four-digit year in `period`; "after 2019" starts in 2020. A forecast
/// with no year ("future") or no base is not checked.
fn forecast_after_base(ds: &Dataset, out: &mut Vec<Violation>) {
    for forecast in ds.figures.iter().filter(|f| f.kind == Kind::Forecast) {
        let Some(start) = start_year(&forecast.period) else {
            continue;
        };
        let base = ds
            .figures
            .iter()
            .filter(|b| {
                b.kind == Kind::Actual
                    && b.entity == forecast.entity
                    && if forecast.unit == Unit::Multiplier {
                        b.unit.is_money()
                    } else {
                        b.unit == forecast.unit
                    }
            })
            .filter_map(|b| start_year(&b.period).map(|y| (y, b)))
            .max_by_key(|(y, _)| *y);
        let Some((base_year, base)) = base else {
            continue;
        };
        if start > base_year {
            continue;
        }
        let note = Note::new(
            "{}'s forecast \"{}\" ({}) is not dated after the actual figure it builds on, {} ({}): a forecast must look ahead of its base.",
            [
                Arg::Name(forecast.entity.clone()),
                Arg::Name(forecast.printed.clone()),
                Arg::Name(forecast.period.clone()),
                money(base.low, base.high, base.unit),
                Arg::Name(base.period.clone()),
            ],
        );
        out.push(Violation {
            rule: Rule::ForecastAfterBase,
            ids: vec![forecast.id.clone(), base.id.clone()],
            severity: Severity::Contradiction,
            message: note.to_string(),
            note,
        });
    }
}

/// The year a period starts in: the first four-digit number, plus one after
/// "after" ("after 2019" is 2020 on). `None` for periods without a year.
pub(crate) fn start_year(period: &str) -> Option<i32> {
    let bytes = period.as_bytes();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if run == 4 {
            let year: i32 = period.get(i..i + 4)?.parse().ok()?;
            let after = period
                .get(..i)
                .is_some_and(|p| p.to_lowercase().contains("after"));
            return Some(if after { year + 1 } else { year });
        }
        i += run.max(1);
    }
    None
}

/// "as printed" or "as corrected", whichever the figure's value is.
fn reading_words(f: &Figure, reading: Reading) -> &'static str {
    match (reading, &f.correction) {
        (Reading::Corrected, Some(_)) => "as corrected",
        _ => "as printed",
    }
}

/// An amount of money for messages, in the reader's unit and currency:
/// "400–500 bn yuan", "4,000–5,000亿元"; other units as
/// [`crate::locale::Locale::quantity`] writes them ("110 million yuan").
fn money(low: f64, high: f64, unit: Unit) -> Arg {
    match unit {
        Unit::BillionCny => Arg::Money(low, high),
        other => Arg::Quantity(low, high, other),
    }
}

/// A percentage to two significant digits: "92%".
fn percent(p: f64) -> String {
    format!("{}%", format::sig(p, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_years() {
        assert_eq!(start_year("2019"), Some(2019));
        assert_eq!(start_year("2019-618"), Some(2019));
        assert_eq!(start_year("2020-04-01"), Some(2020));
        assert_eq!(start_year("after 2019"), Some(2020));
        assert_eq!(start_year("After 2019"), Some(2020));
        assert_eq!(start_year("future"), None);
        assert_eq!(start_year("618"), None);
        assert_eq!(start_year("12345"), None);
        assert_eq!(start_year("Q3 2021"), Some(2021));
        assert_eq!(start_year(""), None);
    }

    /// An amount as a message writes it, in English.
    fn amount(low: f64, high: f64, unit: Unit) -> String {
        money(low, high, unit).write(&crate::locale::Locale::en())
    }

    #[test]
    fn amounts_and_percent() {
        let zh = crate::locale::Locale {
            lang: crate::locale::Lang::Zh,
            ..crate::locale::Locale::default()
        };
        let in_zh = |low, high, unit| money(low, high, unit).write(&zh);
        assert_eq!(in_zh(110.0, 110.0, Unit::MillionCny), "1.1亿元");
        assert_eq!(in_zh(400.0, 500.0, Unit::BillionCny), "4,000–5,000亿元");
        assert_eq!(amount(400.0, 500.0, Unit::BillionCny), "400–500 bn yuan");
        assert_eq!(amount(433.8, 433.8, Unit::BillionCny), "433.8 bn yuan");
        assert_eq!(amount(110.0, 110.0, Unit::MillionCny), "110 million yuan");
        assert_eq!(amount(1.0, 2.0, Unit::MillionCny), "1–2 million yuan");
        assert_eq!(percent(400.0 / 433.8 * 100.0), "92%");
    }

    #[test]
    fn affecting_filters_by_id() {
        let v = vec![
            Violation {
                rule: Rule::LiveWithinTotal,
                ids: vec!["a".into(), "b".into()],
                severity: Severity::Possible,
                message: String::new(),
                note: Note::plain(""),
            },
            Violation {
                rule: Rule::ForecastAfterBase,
                ids: vec!["c".into()],
                severity: Severity::Contradiction,
                message: String::new(),
                note: Note::plain(""),
            },
        ];
        assert_eq!(affecting(&v, &["b"]).len(), 1);
        assert_eq!(affecting(&v, &["c", "a"]).len(), 2);
        assert!(affecting(&v, &["z"]).is_empty());
        assert!(affecting(&v, &[]).is_empty());
        assert!(!Rule::PlatformWithinIndustry.title().is_empty());
    }

    #[test]
    fn messages_are_written_in_the_readers_language() {
        use crate::locale::{Lang, Locale};
        let Ok(ds) = Dataset::embedded() else {
            panic!("the embedded dataset must load");
        };
        let zh = Locale {
            lang: Lang::Zh,
            ..Locale::default()
        };
        let found = check(ds, Reading::AsPrinted);
        assert!(
            !found.is_empty(),
            "the article contradicts itself as printed"
        );
        for v in &found {
            assert_eq!(v.note.to_string(), v.message);
            let text = v.note.text(&zh);
            assert!(text.contains('亿'), "amounts in 亿: {text}");
            for word in [
                " is above ",
                " reaches above ",
                "even its lower end",
                "Only the part",
                "forecast",
            ] {
                assert!(!text.contains(word), "{word:?} left in {text}");
            }
        }
    }
}

//! Side-by-side comparison of saved scenarios: for every series a chart with
//! one line per scenario, and a table of key numbers with each scenario's
//! difference from the first, so "what changes if I assume this instead"
//! reads off one table.

use super::tables::{Table, num};
use super::{Assumptions, MissingFigure, Panel, figure, ids, keys, level_name};
use crate::charts::{ChartSpec, CompareChart, CompareLine, Tip};
use crate::data::{Dataset, Reading, Unit};
use crate::format;
use crate::locale::Locale;
use crate::model::{self, Crossing, YearValue};
use crate::scenario::SeriesId;

/// A saved scenario to compare: its name and its assumptions.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub name: String,
    pub assumptions: Assumptions,
}

/// What the comparison page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// One panel per series, in [`SeriesId::ALL`] order.
    pub charts: Vec<(SeriesId, Panel)>,
    /// Key numbers per scenario, then each later scenario's difference from
    /// the first: exact numbers, as downloaded.
    pub keys: Table,
    /// The same for reading on screen: four significant digits, and one
    /// column per later scenario with its difference and % difference.
    pub shown: Table,
}

/// Years whose industry size the key table shows.
const INDUSTRY_YEARS: [i32; 4] = [2020, 2022, 2025, 2030];
/// The year every series is compared in.
const SERIES_YEAR: i32 = 2025;

/// The name shown for a scenario: on one line, or "Scenario 2" when blank,
/// so every column and label has a heading.
fn display_name(l: &Locale, i: usize, name: &str) -> String {
    let flat = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.is_empty() {
        l.trf("Scenario {}", &[&(i + 1)])
    } else {
        flat
    }
}

/// Compares 2–4 scenarios (any number works; none gives empty charts).
/// Each scenario is checked first, so a hand-edited save cannot draw
/// nonsense; what had to change becomes a note. Fails, like
/// [`super::build`], when the dataset lacks the industry's 2019 figure.
///
/// Charts and tables are in the reader's language and units.
pub fn compare(ds: &Dataset, items: &[Compared], l: &Locale) -> Result<Comparison, MissingFigure> {
    figure(ds, ids::INDUSTRY_2019, Unit::BillionCny)?;
    let mut notes = Vec::new();
    let scenarios: Vec<(String, Assumptions)> = items
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let name = display_name(l, i, &c.name);
            let (a, changed) = c.assumptions.clone().checked();
            notes.extend(
                changed
                    .into_iter()
                    .map(|n| l.trf("“{}”: {}", &[&name, &n.text(l)])),
            );
            (name, a)
        })
        .collect();
    let corrected: Vec<String> = scenarios
        .iter()
        .filter(|(_, a)| a.reading == Reading::Corrected)
        .map(|(n, _)| format!("“{n}”"))
        .collect();
    if !corrected.is_empty() && corrected.len() < scenarios.len() {
        notes.push(l.trf(
            "{} read the article's contradictory figures as corrected, the others as printed.",
            &[&corrected.join(l.tr(", "))],
        ));
    }
    notes.push(
        l.tr("Each line is a scenario's point projection: every growth at its median; ranges are not drawn.")
            .to_string(),
    );
    let charts = SeriesId::ALL
        .iter()
        .map(|&id| (id, panel(ds, &scenarios, id, &notes, l)))
        .collect();
    let lines = key_lines(ds, &scenarios, l);
    Ok(Comparison {
        charts,
        keys: key_table(&scenarios, &lines, l),
        shown: shown_table(&scenarios, &lines, l),
    })
}

fn value_in(points: &[YearValue], year: i32) -> f64 {
    points
        .iter()
        .find(|p| p.year == year)
        .map_or(f64::NAN, |p| p.value)
}

/// One series' overlay chart and its table of years by scenario.
fn panel(
    ds: &Dataset,
    scenarios: &[(String, Assumptions)],
    id: SeriesId,
    notes: &[String],
    l: &Locale,
) -> Panel {
    let series = l.tr(id.name());
    let lines: Vec<CompareLine> = scenarios
        .iter()
        .map(|(name, a)| {
            let points = a.scenario.point_projection(id);
            let basis = l.trf("Scenario “{}”: {}", &[name, &a.describe_in(l, id)]);
            let tips = points
                .iter()
                .map(|p| Tip {
                    title: format!("{name}: {series}"),
                    value: l.money(p.value),
                    period: p.year.to_string(),
                    source: basis.clone(),
                })
                .collect();
            CompareLine {
                name: name.clone(),
                points,
                tips,
            }
        })
        .collect();
    let years: Vec<i32> = (model::BASE_YEAR..=model::LAST_YEAR).collect();
    let year_tips = years
        .iter()
        .map(|&year| {
            let values: Vec<String> = lines
                .iter()
                .map(|c| format!("{}: {}", c.name, l.money(value_in(&c.points, year))))
                .collect();
            (
                year,
                Tip {
                    title: format!("{series}, {year}"),
                    value: values.join(l.tr("; ")),
                    period: year.to_string(),
                    source: l
                        .tr("Point projections of the compared scenarios")
                        .to_string(),
                },
            )
        })
        .collect();
    let mut columns = vec![l.tr("Year").to_string()];
    columns.extend(lines.iter().map(|c| c.name.clone()));
    let rows = years
        .iter()
        .map(|&year| {
            let mut row = vec![year.to_string()];
            row.extend(
                lines
                    .iter()
                    .map(|c| num(l.display(value_in(&c.points, year)))),
            );
            row
        })
        .collect();
    let table = Table {
        caption: l.caption_with_unit(&l.trf("{}: point projection of each scenario", &[&series])),
        columns,
        rows,
        file_name: format!("compare-{}.csv", id.slug()),
        source_column: None,
    };
    let mut sources: Vec<String> = Vec::new();
    for (_, a) in scenarios {
        let src = a.scenario.get(id).map(|s| s.base_source.as_str());
        if let Some(src) = src.filter(|s| ds.figure(s).is_some() || ds.later_figure(s).is_some())
            && !sources.iter().any(|s| s == src)
        {
            sources.push(src.to_string());
        }
    }
    let log = match id {
        SeriesId::Industry => scenarios.first().is_none_or(|(_, a)| a.page.log_industry),
        _ => true,
    };
    let mut spec = ChartSpec::Compare(CompareChart {
        lines,
        log,
        year_tips,
    });
    super::to_display(&mut spec, l);
    Panel {
        spec,
        table,
        sources,
        notes: notes.to_vec(),
        basis: Vec::new(),
    }
}

/// How a key number's differences are written.
enum Kind {
    /// Billion yuan: difference and % difference.
    Amount,
    /// A calendar year: difference in years.
    Year,
    /// A rate in %: difference in percentage points.
    Rate,
    /// Text only: no difference.
    Text,
}

/// One row of the key table before formatting: a label, and per scenario
/// its text and the number differences are taken from.
struct KeyLine {
    label: String,
    kind: Kind,
    cells: Vec<(String, Option<f64>)>,
}

/// "+12.5", "-3", "0".
fn signed(v: f64) -> String {
    if v > 0.0 {
        format!("+{}", num(v))
    } else {
        num(v)
    }
}

fn amount(v: f64) -> (String, Option<f64>) {
    (num(v), v.is_finite().then_some(v))
}

/// The key numbers of each scenario, one row per number.
/// " (bn yuan)" after an amount row's label, in the reader's units.
fn unit_suffix(l: &Locale) -> String {
    l.unit_suffix()
}

fn key_lines(ds: &Dataset, scenarios: &[(String, Assumptions)], l: &Locale) -> Vec<KeyLine> {
    let unit = unit_suffix(l);
    let amount = |v: f64| amount(l.display(v));
    let row =
        |label: String, kind: Kind, cell: &dyn Fn(&Assumptions) -> (String, Option<f64>)| KeyLine {
            label,
            kind,
            cells: scenarios.iter().map(|(_, a)| cell(a)).collect(),
        };
    let industry = l.tr(SeriesId::Industry.name());
    let mut out: Vec<KeyLine> = INDUSTRY_YEARS
        .iter()
        .map(|&year| {
            row(
                format!("{}{unit}", l.trf("{} in {}", &[&industry, &year])),
                Kind::Amount,
                &|a| {
                    amount(value_in(
                        &a.scenario.point_projection(SeriesId::Industry),
                        year,
                    ))
                },
            )
        })
        .collect();
    out.push(row(
        format!("{}{unit}", l.tr("Level the industry is measured against")),
        Kind::Amount,
        &|a| amount(a.scenario.level),
    ));
    out.push(row(
        l.tr("Year the industry reaches the level").to_string(),
        Kind::Year,
        &|a| {
            let p = a.scenario.point_projection(SeriesId::Industry);
            match model::crossing(&p, a.scenario.level) {
                Some(Crossing::In { year, .. }) => (year.to_string(), Some(f64::from(year))),
                Some(Crossing::Already { year }) => {
                    (l.trf("already in {}", &[&year]), Some(f64::from(year)))
                }
                Some(Crossing::NotBy { year }) => (l.trf("not by {}", &[&year]), None),
                None => ("–".to_string(), None),
            }
        },
    ));
    out.push(row(
        l.trf(
            "{}: growth a year over the scenario's span (%)",
            &[&industry],
        ),
        Kind::Rate,
        &|a| {
            let level = a.scenario.level;
            let k = keys::key_numbers(ds, a, level, &level_name(l, level), l);
            let cagr = k
                .rows
                .iter()
                .find(|r| r.id == SeriesId::Industry)
                .and_then(|r| r.cagr)
                .map(|g| g * 100.0);
            cagr.map_or(("–".to_string(), None), self::amount)
        },
    ));
    out.push(row(l.tr("Growth span").to_string(), Kind::Text, &|a| {
        (format!("{}–{}", a.page.span.0, a.page.span.1), None)
    }));
    let live_year = model::BASE_YEAR + 1;
    out.push(row(
        format!(
            "{}{unit}",
            l.trf(
                "{} in {}",
                &[&l.tr(SeriesId::DouyinLive.name()), &live_year]
            )
        ),
        Kind::Amount,
        &|a| {
            amount(value_in(
                &a.scenario.point_projection(SeriesId::DouyinLive),
                live_year,
            ))
        },
    ));
    for id in SeriesId::ALL
        .into_iter()
        .filter(|&id| id != SeriesId::Industry)
    {
        out.push(row(
            format!(
                "{}{unit}",
                l.trf("{} in {}", &[&l.tr(id.name()), &SERIES_YEAR])
            ),
            Kind::Amount,
            &|a| amount(value_in(&a.scenario.point_projection(id), SERIES_YEAR)),
        ));
    }
    out
}

/// The key table: a column per scenario, then for the second scenario on
/// its difference from the first, absolute and in %.
fn key_table(scenarios: &[(String, Assumptions)], lines: &[KeyLine], l: &Locale) -> Table {
    let names: Vec<&str> = scenarios.iter().map(|(n, _)| n.as_str()).collect();
    let mut columns = vec![l.tr("Key number").to_string()];
    columns.extend(names.iter().map(|n| n.to_string()));
    if let Some((first, rest)) = names.split_first() {
        for n in rest {
            columns.push(l.trf("{}: difference vs {}", &[n, first]));
            columns.push(l.trf("{}: % difference vs {}", &[n, first]));
        }
    }
    let dash = || "–".to_string();
    let rows = lines
        .iter()
        .map(|k| {
            let mut row = vec![k.label.clone()];
            row.extend(k.cells.iter().map(|(text, _)| text.clone()));
            let base = k.cells.first().and_then(|(_, v)| *v);
            for (_, v) in k.cells.iter().skip(1) {
                let (abs, pct) = match (&k.kind, base, *v) {
                    (Kind::Text, _, _) | (_, None, _) | (_, _, None) => (dash(), dash()),
                    (Kind::Amount, Some(b), Some(v)) => (
                        signed(v - b),
                        if b > 0.0 {
                            signed((v / b - 1.0) * 100.0)
                        } else {
                            dash()
                        },
                    ),
                    (Kind::Year | Kind::Rate, Some(b), Some(v)) => (signed(v - b), dash()),
                };
                row.push(abs);
                row.push(pct);
            }
            row
        })
        .collect();
    Table {
        caption: l.trf(
            "Key numbers of the compared scenarios: {}, years and % as each row says; differences are from the first scenario (in percentage points for growth)",
            &[&l.caption()],
        ),
        columns,
        rows,
        file_name: "compare-key-numbers.csv".to_string(),
        source_column: None,
    }
}

/// A number as the screen shows it: four significant digits, years whole.
fn readable(kind: &Kind, text: &str, v: Option<f64>) -> String {
    match (kind, v) {
        (Kind::Amount | Kind::Rate, Some(v)) => format::sig(v, 4),
        _ => text.to_string(),
    }
}

/// `+1,234` or `-0.5`: a difference as the screen shows it.
fn readable_diff(v: f64) -> String {
    let t = format::sig(v, 4);
    if v > 0.0 { format!("+{t}") } else { t }
}

/// The key table for the screen (see [`Comparison::shown`]).
fn shown_table(scenarios: &[(String, Assumptions)], lines: &[KeyLine], l: &Locale) -> Table {
    let names: Vec<&str> = scenarios.iter().map(|(n, _)| n.as_str()).collect();
    let mut columns = vec![l.tr("Key number").to_string()];
    columns.extend(names.iter().map(|n| n.to_string()));
    if let Some((first, rest)) = names.split_first() {
        columns.extend(rest.iter().map(|n| format!("{n} − {first}")));
    }
    let rows = lines
        .iter()
        .map(|k| {
            let mut row = vec![k.label.clone()];
            row.extend(k.cells.iter().map(|(t, v)| readable(&k.kind, t, *v)));
            let base = k.cells.first().and_then(|(_, v)| *v);
            for (_, v) in k.cells.iter().skip(1) {
                row.push(match (&k.kind, base, *v) {
                    (Kind::Amount, Some(b), Some(v)) if b > 0.0 => format!(
                        "{} ({}%)",
                        readable_diff(v - b),
                        readable_diff((v / b - 1.0) * 100.0)
                    ),
                    (Kind::Amount, Some(b), Some(v)) => readable_diff(v - b),
                    (Kind::Year, Some(b), Some(v)) => {
                        let d = (v - b).round() as i64;
                        match d {
                            0 => l.tr("same year").to_string(),
                            1 | -1 => l.trf("{} year", &[&format!("{d:+}")]),
                            _ => l.trf("{} years", &[&format!("{d:+}")]),
                        }
                    }
                    (Kind::Rate, Some(b), Some(v)) => format!("{} pp", readable_diff(v - b)),
                    _ => "–".to_string(),
                });
            }
            row
        })
        .collect();
    Table {
        caption: l.trf(
            "Key numbers: {}, years and % as each row says; the last columns give each scenario's difference from the first (percentage points, pp, for growth rates).",
            &[&l.caption()],
        ),
        columns,
        rows,
        file_name: "compare-key-numbers.csv".to_string(),
        source_column: None,
    }
}

//! Each chart's accessible name and description, written from its data: what
//! kind of chart it is, its span and unit, and what its series do, so a
//! screen reader hears what a sighted reader sees (and hears it change with
//! the scenario).

use super::{ChartSpec, Overlay};
use crate::locale::Locale;
use crate::model::Crossing;

/// A chart's accessible name (short) and description (its numbers).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Description {
    pub name: String,
    pub text: String,
}

/// "low–high" or the value alone when the two are equal.
fn amount_or_range(l: &Locale, low: f64, high: f64) -> String {
    if low == high {
        l.amount(low)
    } else {
        l.amount_range(low, high)
    }
}

/// "Publisher: 1.2 trn (2020), 2.3 trn (2021)" per overlay, joined by "; ".
fn overlays_text(l: &Locale, overlays: &[Overlay]) -> String {
    overlays
        .iter()
        .filter(|o| !o.points.is_empty())
        .map(|o| {
            let points = o
                .points
                .iter()
                .map(|p| format!("{} ({})", amount_or_range(l, p.low, p.high), p.year))
                .collect::<Vec<_>>()
                .join(", ");
            format!("{}: {}", o.publisher, points)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The chart's name and description in `l`'s language and units (the spec's
/// numbers are already in display units).
pub fn describe(spec: &ChartSpec, l: &Locale) -> Description {
    match spec {
        ChartSpec::Industry(c) => {
            let (Some(first), Some(last)) = (c.series.first(), c.series.last()) else {
                return Description {
                    name: l.tr("Line chart").to_string(),
                    text: l.tr("No data to draw.").to_string(),
                };
            };
            let name = l.trf(
                "Line chart, {}–{}, {}",
                &[&first.year, &last.year, &l.caption()],
            );
            let mut text = l.trf(
                "Projection from {} in {} to {} in {}.",
                &[
                    &l.amount(first.value),
                    &first.year,
                    &l.amount(last.value),
                    &last.year,
                ],
            );
            match c.crossing {
                Some(Crossing::In { year, .. }) => {
                    text.push(' ');
                    text.push_str(&l.trf("It passes {} in {}.", &[&c.level_label, &year]));
                }
                Some(Crossing::Already { .. }) => {
                    text.push(' ');
                    text.push_str(&l.trf("It starts above {}.", &[&c.level_label]));
                }
                Some(Crossing::NotBy { year }) => {
                    text.push(' ');
                    text.push_str(&l.trf("It stays below {} to {}.", &[&c.level_label, &year]));
                }
                None => {}
            }
            if let Some(b) = c.bands.last().filter(|_| c.bands.len() == c.series.len()) {
                text.push(' ');
                text.push_str(&l.trf(
                    "90% band in {}: {}; 50% band: {}.",
                    &[
                        &last.year,
                        &l.amount_range(b[0], b[4]),
                        &l.amount_range(b[1], b[3]),
                    ],
                ));
            }
            let later = overlays_text(l, &c.overlays);
            if !later.is_empty() {
                text.push(' ');
                text.push_str(&l.trf("Later reports: {}.", &[&later]));
            }
            Description { name, text }
        }
        ChartSpec::Gmv(c) => {
            let bars = c
                .bars
                .iter()
                .map(|b| {
                    format!(
                        "{}: {}",
                        b.label,
                        amount_or_range(l, b.value.low, b.value.high)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            let mut text = format!("{bars}.");
            if let Some(r) = &c.reference {
                text.push(' ');
                text.push_str(&format!("{}: {}.", r.label, l.amount(r.value)));
            }
            Description {
                name: l.trf("Bar chart, {}", &[&l.caption()]),
                text,
            }
        }
        ChartSpec::Douyin(c) => {
            let next = c.base_year + 1;
            let forecasts = c
                .scenarios
                .iter()
                .map(|s| {
                    let v = s.multiplier.scaled(c.base);
                    format!("{}: {}", s.label, l.amount_range(v.low, v.high))
                })
                .collect::<Vec<_>>()
                .join("; ");
            let text = l.trf(
                "From {} in {}, the forecasts for {}: {}. Yours: {} (×{}).",
                &[
                    &l.amount(c.base),
                    &c.base_year,
                    &next,
                    &forecasts,
                    &l.amount(c.user_value()),
                    &crate::format::sig(c.user_multiplier, 3),
                ],
            );
            Description {
                name: l.trf(
                    "Chart of bands, {}–{}, {}",
                    &[&c.base_year, &next, &l.caption()],
                ),
                text,
            }
        }
        ChartSpec::Timeline(c) => Description {
            name: l.trf(
                "Marker chart, {}–{}, {}",
                &[&c.first_year, &c.last_year, &l.caption()],
            ),
            text: format!("{}.", overlays_text(l, &c.series)),
        },
        ChartSpec::Ratio(c) => {
            let rows = c
                .rows
                .iter()
                .map(|r| {
                    let points = r
                        .points
                        .iter()
                        .map(|p| p.label.clone())
                        .chain(r.missing.clone())
                        .collect::<Vec<_>>()
                        .join(", ");
                    format!("{}: {}", r.label, points)
                })
                .collect::<Vec<_>>()
                .join("; ");
            Description {
                name: l
                    .tr("Dot chart of reported against forecast values")
                    .to_string(),
                text: format!("{}. {rows}.", l.tr("×1 = as forecast")),
            }
        }
        ChartSpec::Tornado(c) => {
            let swings = c
                .swings
                .iter()
                .map(|s| {
                    format!(
                        "{}: {}",
                        s.label,
                        l.amount_range(s.at_low.min(s.at_high), s.at_low.max(s.at_high))
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            let mut text = l.trf(
                "{}: {} with every assumption at its median.",
                &[&c.output, &l.amount(c.centre)],
            );
            if !swings.is_empty() {
                text.push(' ');
                text.push_str(&format!("{swings}."));
            }
            Description {
                name: l.trf("Tornado chart, {}", &[&c.output]),
                text,
            }
        }
        ChartSpec::Compare(c) => {
            let years = c
                .lines
                .iter()
                .flat_map(|line| line.points.iter().map(|p| p.year));
            let (first, last) = years.fold((i32::MAX, i32::MIN), |(a, b), y| (a.min(y), b.max(y)));
            let lines = c
                .lines
                .iter()
                .filter_map(|line| {
                    let (a, b) = (line.points.first()?, line.points.last()?);
                    Some(l.trf(
                        "{}: from {} in {} to {} in {}",
                        &[
                            &line.name,
                            &l.amount(a.value),
                            &a.year,
                            &l.amount(b.value),
                            &b.year,
                        ],
                    ))
                })
                .collect::<Vec<_>>()
                .join("; ");
            let name = if first <= last {
                l.trf("Line chart, {}–{}, {}", &[&first, &last, &l.caption()])
            } else {
                l.tr("Line chart").to_string()
            };
            Description {
                name,
                text: format!("{lines}."),
            }
        }
        ChartSpec::Shares(c) => shares(c, l),
    }
}

/// The shares chart: each platform's share in its first and last year, the
/// later reports, and a word when a share exceeds the whole industry.
fn shares(c: &super::SharesChart, l: &Locale) -> Description {
    use super::percent;
    let years = c.lines.iter().flat_map(|s| s.points.iter().map(|p| p.0));
    let (first, last) = years.fold((i32::MAX, i32::MIN), |(a, b), y| (a.min(y), b.max(y)));
    if first > last {
        return Description {
            name: l.tr("Line chart").to_string(),
            text: l.tr("No data to draw.").to_string(),
        };
    }
    let caption = l.tr("% of the live-commerce industry");
    let lines = c
        .lines
        .iter()
        .filter_map(|s| {
            let (a, b) = (s.points.first()?, s.points.last()?);
            let (from, to) = (percent(a.1 * 100.0), percent(b.1 * 100.0));
            Some(l.trf(
                "{}: from {} in {} to {} in {}",
                &[&s.name, &from, &a.0, &to, &b.0],
            ))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut text = format!("{lines}.");
    let later = c
        .markers
        .iter()
        .filter_map(|m| {
            let name = &c.lines.get(m.series)?.name;
            let share = percent(m.share * 100.0);
            Some(format!("{} ({name}): {share} ({})", m.publisher, m.year))
        })
        .collect::<Vec<_>>()
        .join("; ");
    if !later.is_empty() {
        text.push(' ');
        text.push_str(&l.trf("Later reports: {}.", &[&later]));
    }
    let shares = c.lines.iter().flat_map(|s| s.points.iter().map(|p| p.1));
    if shares
        .chain(c.markers.iter().map(|m| m.share))
        .any(|v| v > 1.0)
    {
        text.push(' ');
        text.push_str(l.tr(
            "A share above 100% means the assumptions disagree: a platform larger than the whole industry.",
        ));
    }
    Description {
        name: l.trf("Line chart, {}–{}, {}", &[&first, &last, &caption]),
        text,
    }
}

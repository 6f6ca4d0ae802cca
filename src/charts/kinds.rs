//! Each chart kind's answers to the [`Chart`] trait: its default scale,
//! legend entries, description, conversion to display units and drawing.
//! One `impl` per kind, so a new kind is one block here (and its module).

use super::describe::{amount_or_range, overlays_text};
use super::{
    Chart, ChartResult, CompareChart, Description, DouyinChart, GmvChart, HitMap, IndustryChart,
    LineStyle, Overlay, RatioChart, SeriesKey, SharesChart, Theme, TimelineChart, TornadoChart,
    View, compare, douyin, gmv, industry, ratio, shares, timeline, tornado,
};
use crate::locale::Locale;
use crate::model::Crossing;
use plotters::coord::Shift;
use plotters::prelude::*;

/// A later report's legend entry: its publisher, marker and colour.
fn overlay_key(o: &Overlay) -> SeriesKey {
    SeriesKey {
        name: o.publisher.clone(),
        slug: o.slug.clone(),
        glyph: o.shape.glyph(true),
        overlay: Some(o.colour),
    }
}

/// A later report's amounts in display units.
fn overlay_to_display(o: &mut Overlay, f: f64) {
    for p in &mut o.points {
        p.low *= f;
        p.high *= f;
    }
}

impl Chart for GmvChart {
    fn default_log(&self) -> Option<bool> {
        Some(false)
    }

    fn describe(&self, l: &Locale) -> Description {
        {
            let bars = self
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
            if let Some(r) = &self.reference {
                text.push(' ');
                text.push_str(&format!("{}: {}.", r.label, l.amount(r.value)));
            }
            Description {
                name: l.trf("Bar chart, {}", &[&l.caption()]),
                text,
            }
        }
    }

    fn to_display(&mut self, l: &Locale) {
        let f = l.display(1.0);
        for b in &mut self.bars {
            b.value.low *= f;
            b.value.high *= f;
        }
        if let Some(r) = &mut self.reference {
            r.value *= f;
        }
    }

    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        hits: &mut HitMap,
        log: bool,
        view: &View,
    ) -> ChartResult {
        // This kind has no hidden series or scale choices beyond `log`.
        let _ = view;
        gmv::draw(self, root, theme, hits, log)
    }
}

impl Chart for IndustryChart {
    fn default_log(&self) -> Option<bool> {
        Some(self.log)
    }

    fn series_keys(&self, l: &Locale) -> Vec<SeriesKey> {
        std::iter::once(SeriesKey {
            name: l
                .tr("Projection from your assumptions (filled dot: the article's 2019 figure)")
                .to_string(),
            slug: super::PROJECTION_SLUG.to_string(),
            glyph: "—●—",
            overlay: None,
        })
        .chain(self.overlays.iter().map(overlay_key))
        .collect()
    }

    fn describe(&self, l: &Locale) -> Description {
        {
            let (Some(first), Some(last)) = (self.series.first(), self.series.last()) else {
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
            match self.crossing {
                Some(Crossing::In { year, .. }) => {
                    text.push(' ');
                    text.push_str(&l.trf("It passes {} in {}.", &[&self.level_label, &year]));
                }
                Some(Crossing::Already { .. }) => {
                    text.push(' ');
                    text.push_str(&l.trf("It starts above {}.", &[&self.level_label]));
                }
                Some(Crossing::NotBy { year }) => {
                    text.push(' ');
                    text.push_str(&l.trf("It stays below {} to {}.", &[&self.level_label, &year]));
                }
                None => {}
            }
            if let Some(b) = self
                .bands
                .last()
                .filter(|_| self.bands.len() == self.series.len())
            {
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
            let later = overlays_text(l, &self.overlays);
            if !later.is_empty() {
                text.push(' ');
                text.push_str(&l.trf("Later reports: {}.", &[&later]));
            }
            Description { name, text }
        }
    }

    fn to_display(&mut self, l: &Locale) {
        let f = l.display(1.0);
        for p in &mut self.series {
            p.value *= f;
        }
        self.level *= f;
        self.overlays
            .iter_mut()
            .for_each(|o| overlay_to_display(o, f));
        for b in &mut self.bands {
            for q in b.iter_mut() {
                *q *= f;
            }
        }
    }

    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        hits: &mut HitMap,
        log: bool,
        view: &View,
    ) -> ChartResult {
        industry::draw(self, root, theme, hits, log, view)
    }
}

impl Chart for DouyinChart {
    fn default_log(&self) -> Option<bool> {
        Some(false)
    }

    fn series_keys(&self, l: &Locale) -> Vec<SeriesKey> {
        self.scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| SeriesKey {
                name: s.label.clone(),
                slug: s.slug.clone(),
                glyph: "◀",
                // Orange, purple, green: the douyin chart's band colours.
                overlay: Some([0, 2, 1][i % 3]),
            })
            .chain(std::iter::once(SeriesKey {
                name: l.tr("Yours").to_string(),
                slug: super::YOURS_SLUG.to_string(),
                glyph: "—●",
                overlay: None,
            }))
            .collect()
    }

    fn describe(&self, l: &Locale) -> Description {
        {
            let next = self.base_year + 1;
            let forecasts = self
                .scenarios
                .iter()
                .map(|s| {
                    let v = s.multiplier.scaled(self.base);
                    format!("{}: {}", s.label, l.amount_range(v.low, v.high))
                })
                .collect::<Vec<_>>()
                .join("; ");
            let text = l.trf(
                "From {} in {}, the forecasts for {}: {}. Yours: {} (×{}).",
                &[
                    &l.amount(self.base),
                    &self.base_year,
                    &next,
                    &forecasts,
                    &l.amount(self.user_value()),
                    &crate::format::sig(self.user_multiplier, 3),
                ],
            );
            Description {
                name: l.trf(
                    "Chart of bands, {}–{}, {}",
                    &[&self.base_year, &next, &l.caption()],
                ),
                text,
            }
        }
    }

    fn to_display(&mut self, l: &Locale) {
        self.base *= l.display(1.0);
    }

    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        hits: &mut HitMap,
        log: bool,
        view: &View,
    ) -> ChartResult {
        douyin::draw(self, root, theme, hits, log, view)
    }
}

impl Chart for TimelineChart {
    fn default_log(&self) -> Option<bool> {
        Some(true)
    }

    fn series_keys(&self, l: &Locale) -> Vec<SeriesKey> {
        let _ = l;
        self.series.iter().map(overlay_key).collect()
    }

    fn describe(&self, l: &Locale) -> Description {
        Description {
            name: if self.groups.len() > 1 {
                l.trf(
                    "Marker charts side by side, one per platform on one scale, {}–{}, {}",
                    &[&self.first_year, &self.last_year, &l.caption()],
                )
            } else {
                l.trf(
                    "Marker chart, {}–{}, {}",
                    &[&self.first_year, &self.last_year, &l.caption()],
                )
            },
            text: format!("{}.", overlays_text(l, &self.series)),
        }
    }

    fn to_display(&mut self, l: &Locale) {
        let f = l.display(1.0);
        self.series
            .iter_mut()
            .for_each(|o| overlay_to_display(o, f));
    }

    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        hits: &mut HitMap,
        log: bool,
        view: &View,
    ) -> ChartResult {
        timeline::draw(self, root, theme, hits, log, view)
    }
}

impl Chart for RatioChart {
    fn default_log(&self) -> Option<bool> {
        Some(true)
    }

    fn units(&self, l: &Locale) -> String {
        l.tr("reported ÷ forecast (×1 = as forecast)").to_string()
    }

    fn describe(&self, l: &Locale) -> Description {
        {
            let rows = self
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
    }

    fn to_display(&mut self, l: &Locale) {
        // Ratios have no unit.
        let _ = l;
    }

    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        hits: &mut HitMap,
        log: bool,
        view: &View,
    ) -> ChartResult {
        // This kind has no hidden series or scale choices beyond `log`.
        let _ = view;
        ratio::draw(self, root, theme, hits, log)
    }
}

impl Chart for TornadoChart {
    fn default_log(&self) -> Option<bool> {
        Some(true)
    }

    fn describe(&self, l: &Locale) -> Description {
        {
            let swings = self
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
                &[&self.output, &l.amount(self.centre)],
            );
            if !swings.is_empty() {
                text.push(' ');
                text.push_str(&format!("{swings}."));
            }
            Description {
                name: l.trf("Tornado chart, {}", &[&self.output]),
                text,
            }
        }
    }

    fn to_display(&mut self, l: &Locale) {
        let f = l.display(1.0);
        self.centre *= f;
        for s in &mut self.swings {
            s.at_low *= f;
            s.at_high *= f;
        }
    }

    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        hits: &mut HitMap,
        log: bool,
        view: &View,
    ) -> ChartResult {
        // This kind has no hidden series or scale choices beyond `log`.
        let _ = view;
        tornado::draw(self, root, theme, hits, log)
    }
}

impl Chart for CompareChart {
    fn default_log(&self) -> Option<bool> {
        Some(self.log)
    }

    fn series_keys(&self, l: &Locale) -> Vec<SeriesKey> {
        let _ = l;
        let t = Theme::light(1.0);
        self.lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let style = LineStyle::of(&t, i);
                SeriesKey {
                    name: line.name.clone(),
                    // The scenarios compared are the reader's choice of the
                    // moment, kept by no link: their place is their slug.
                    slug: format!("scenario-{}", i + 1),
                    glyph: style.shape.glyph(true),
                    overlay: (0..5).find(|k| t.overlay(*k) == style.colour),
                }
            })
            .collect()
    }

    fn describe(&self, l: &Locale) -> Description {
        {
            let years = self
                .lines
                .iter()
                .flat_map(|line| line.points.iter().map(|p| p.year));
            let (first, last) = years.fold((i32::MAX, i32::MIN), |(a, b), y| (a.min(y), b.max(y)));
            let lines = self
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
    }

    fn to_display(&mut self, l: &Locale) {
        let f = l.display(1.0);
        for line in &mut self.lines {
            for p in &mut line.points {
                p.value *= f;
            }
        }
    }

    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        hits: &mut HitMap,
        log: bool,
        view: &View,
    ) -> ChartResult {
        compare::draw(self, root, theme, hits, log, view)
    }
}

impl Chart for SharesChart {
    fn default_log(&self) -> Option<bool> {
        Some(false)
    }

    fn series_keys(&self, _l: &Locale) -> Vec<SeriesKey> {
        shares::keys(self)
    }

    fn units(&self, l: &Locale) -> String {
        l.tr("% of the live-commerce industry").to_string()
    }

    fn describe(&self, l: &Locale) -> Description {
        shares::describe(self, l)
    }

    fn to_display(&mut self, _l: &Locale) {
        // Shares are fractions of the industry: no unit to convert.
    }

    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        hits: &mut HitMap,
        log: bool,
        view: &View,
    ) -> ChartResult {
        shares::draw(self, root, theme, hits, log, view)
    }
}

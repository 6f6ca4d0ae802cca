//! "How fast can Douyin's live commerce grow?": the 2019 live-stream GMV,
//! the article's two forecasts for 2020 and the reader's multiplier.

use super::{Inputs, Panel};
use crate::charts::{Chart, ChartSpec, DouyinChart, Scenario, Tip};
use crate::data::{Figure, Unit};
use crate::model::{self, Range};
use crate::scenario::SeriesId;
use crate::views::{MissingFigure, ids, later, tables, tips};

/// The slugs of the article's two forecasts, low then high, and of the
/// reader's own band: the chart's legend in a share link.
pub(crate) const SLUGS: [&str; 3] = ["article-low", "article-high", crate::charts::YOURS_SLUG];

/// One of the article's forecasts as a band.
fn forecast(cx: &Inputs, f: &Figure, base: f64, slug: &str) -> Scenario {
    let l = cx.l;
    let v = Range::new(f.low, f.high).scaled(base);
    Scenario {
        label: l.times(f.low, f.high),
        slug: slug.to_string(),
        multiplier: Range::new(f.low, f.high),
        tip: Tip {
            title: format!("{}: {}", l.tr_any(&f.entity), l.tr_any(&f.metric)),
            value: format!(
                "{} → {}",
                l.times(f.low, f.high),
                l.money_range(v.low, v.high)
            ),
            period: l.tr_any(&f.period).to_string(),
            source: l.tr(tips::ARTICLE_SOURCE).to_string(),
        },
    }
}

/// The chart in billion yuan (before conversion to display units).
pub(crate) fn chart(cx: &Inputs) -> Result<DouyinChart, MissingFigure> {
    let (l, a) = (cx.l, cx.a);
    let live = cx.figure(ids::DOUYIN_LIVE_GMV, Unit::BillionCny)?;
    let low = cx.figure(ids::SCENARIO_LOW, Unit::Multiplier)?;
    let high = cx.figure(ids::SCENARIO_HIGH, Unit::Multiplier)?;
    let base_year = live
        .period
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(model::BASE_YEAR);
    let base = a
        .scenario
        .get(SeriesId::DouyinLive)
        .map_or(live.low, |s| s.base);
    let growth = a.median(SeriesId::DouyinLive, 0);
    let value = base * growth;
    Ok(DouyinChart {
        base_year,
        base,
        scenarios: vec![
            forecast(cx, low, live.low, SLUGS[0]),
            forecast(cx, high, live.low, SLUGS[1]),
        ],
        user_multiplier: growth,
        user_range: a
            .growth(SeriesId::DouyinLive, 0)
            .map_or(Range::new(growth, growth), |g| Range::new(g.low, g.high)),
        base_tip: tips::figure_tip_in(l, live, a.reading),
        user_tip: Tip {
            title: l.tr("Douyin: live-stream GMV, your projection").to_string(),
            value: l.trf(
                "{} ({} on {})",
                &[&l.money(value), &l.times(growth, growth), &l.money(base)],
            ),
            period: (base_year + 1).to_string(),
            source: l.tr("Your assumption").to_string(),
        },
    })
}

pub(super) fn build(cx: &Inputs) -> Result<Panel, MissingFigure> {
    let mut c = chart(cx)?;
    c.to_display(cx.l);
    let table = tables::douyin(cx.l, &c);
    Ok(Panel {
        spec: ChartSpec::Douyin(c),
        table,
        sources: vec![
            ids::DOUYIN_LIVE_GMV.to_string(),
            ids::SCENARIO_LOW.to_string(),
            ids::SCENARIO_HIGH.to_string(),
        ],
        notes: later::douyin_notes(cx.ds, cx.l),
        basis: Vec::new(),
    })
}

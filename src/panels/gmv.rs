//! "Who sold what in 2019": each platform's 2019 GMV against the industry,
//! in the reading the reader chose.

use super::{Inputs, Panel};
use crate::charts::{Bar, Chart, ChartSpec, GmvChart, RefLine};
use crate::data::{Figure, Reading, Unit};
use crate::model::Range;
use crate::views::{MissingFigure, ids, tables, tips};

/// The bar of one figure, labelled with its entity and scope as the
/// dataset states them, its remark saying whether it was corrected, is
/// shown as printed though the dataset corrects it (with the correction),
/// or is a printed range.
fn bar(cx: &Inputs, f: &Figure) -> Bar {
    let (l, r) = (cx.l, cx.a.reading);
    let (lo, hi) = f.value(r);
    let corrected = (lo, hi) != (f.low, f.high);
    let (c_lo, c_hi) = f.value(Reading::Corrected);
    Bar {
        id: f.id.clone(),
        label: tips::scoped_name(l, &f.entity, f.scope),
        value: Range::new(lo, hi),
        remark: if corrected {
            Some(l.tr("corrected").to_string())
        } else if f.is_corrected() {
            Some(l.trf(
                "as printed; corrected: {}",
                &[&l.amount_range(l.display(c_lo), l.display(c_hi))],
            ))
        } else {
            f.is_range().then(|| l.tr("range as printed").to_string())
        },
        tip: tips::figure_tip_in(l, f, r),
        corrected,
    }
}

pub(super) fn build(cx: &Inputs) -> Result<Panel, MissingFigure> {
    let (l, r) = (cx.l, cx.a.reading);
    let industry = cx.figure(ids::INDUSTRY_2019, Unit::BillionCny)?;
    let douyin = cx.figure(ids::DOUYIN_GMV, Unit::BillionCny)?;
    let douyin_live = cx.figure(ids::DOUYIN_LIVE_GMV, Unit::BillionCny)?;
    let kuaishou = cx.figure(ids::KUAISHOU_GMV, Unit::BillionCny)?;
    let mut bars = vec![bar(cx, kuaishou), bar(cx, douyin), bar(cx, douyin_live)];
    bars.sort_by(|x, y| y.value.high.total_cmp(&x.value.high));
    let mut chart = GmvChart {
        bars,
        reference: Some(RefLine {
            label: l.tr("Live-commerce industry").to_string(),
            value: industry.low,
            tip: tips::figure_tip_in(l, industry, r),
        }),
    };
    chart.to_display(l);
    let table = tables::gmv(l, &chart, cx.ds, r);
    let mut sources = vec![
        ids::KUAISHOU_GMV.to_string(),
        ids::DOUYIN_GMV.to_string(),
        ids::DOUYIN_LIVE_GMV.to_string(),
        ids::INDUSTRY_2019.to_string(),
    ];
    // The correction is said beside the figure in either reading, so its
    // sources are listed in both.
    sources.extend(
        kuaishou
            .correction
            .iter()
            .flat_map(|c| c.sources.iter().cloned()),
    );
    // Beside each corrected figure: the other reading and why.
    let notes = [kuaishou, douyin, douyin_live, industry]
        .into_iter()
        .filter_map(|f| tips::correction_note(l, f, r))
        .collect();
    Ok(Panel {
        spec: ChartSpec::Gmv(chart),
        table,
        sources,
        notes,
        basis: Vec::new(),
    })
}

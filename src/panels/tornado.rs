//! "Which assumption matters most?": the output the reader chose (a series
//! in a year) with each assumption at the low, then the high end of its
//! range, all others at their medians.

use super::{Inputs, Panel};
use crate::charts::{Chart, ChartSpec, Swing, TornadoChart};
use crate::views::{swing_label, tables};

pub(super) fn build(cx: &Inputs) -> Panel {
    let (l, a) = (cx.l, cx.a);
    let (id, year) = a.page.sensitivity;
    let (centre, bars) = crate::scenario::tornado(&a.scenario, id, year);
    let output = l.trf("{} in {}", &[&l.tr(id.name()), &year]);
    let mut chart = TornadoChart {
        output: output.clone(),
        centre,
        swings: bars
            .iter()
            .map(|b| Swing {
                label: swing_label(l, b),
                at_low: b.at_low,
                at_high: b.at_high,
            })
            .collect(),
    };
    chart.to_display(l);
    let table = tables::tornado(l, &chart);
    // The bases every projection starts from.
    let sources = a
        .scenario
        .series
        .iter()
        .map(|s| s.base_source.clone())
        .filter(|s| !s.is_empty())
        .collect();
    Panel {
        spec: ChartSpec::Tornado(chart),
        table,
        sources,
        notes: vec![l.trf(
            "Each bar: {} with one assumption at the low, then the high end of its range, all others at their medians.",
            &[&output],
        )],
        basis: Vec::new(),
    }
}

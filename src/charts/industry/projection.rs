//! The projection: its line and a dot per year (the article's 2019 figure
//! filled, projected years hollow), each dot pointable.

use super::layout::Plot;
use crate::charts::{ChartResult, HitMap};
use plotters::prelude::*;

/// Draws the line and its points unless the legend hides the projection.
pub(super) fn draw<DB: DrawingBackend>(p: &Plot<'_, DB>, hits: &mut HitMap) -> ChartResult {
    if !p.show_projection {
        return Ok(());
    }
    let t = p.t;
    p.root.draw(&PathElement::new(
        p.points.clone(),
        t.blue.stroke_width(t.px(2.5) as u32),
    ))?;
    for (i, xy) in p.points.iter().enumerate() {
        let style = if i == 0 {
            t.blue.filled()
        } else {
            t.background.filled()
        };
        p.root.draw(&Circle::new(*xy, t.px(3.5), style))?;
        p.root.draw(&Circle::new(
            *xy,
            t.px(3.5),
            t.blue.stroke_width(t.px(1.5) as u32),
        ))?;
        if let Some(tip) = p.c.tips.get(i) {
            hits.point(*xy, t.px(7.0), || tip.clone());
        }
    }
    Ok(())
}

//! "Will Douyin be the third pole?": each platform's share of the
//! live-commerce industry, 2019–2030. (Filled in once the shares chart lands.)

use super::{Inputs, Panel};
use crate::scenario::SeriesId;

/// The platforms whose share of the industry the chart shows.
pub const PLATFORMS: [SeriesId; 3] = [
    SeriesId::TaobaoLive,
    SeriesId::Kuaishou,
    SeriesId::DouyinLive,
];

pub(super) fn build(cx: &Inputs) -> Option<Panel> {
    let _ = cx;
    None
}

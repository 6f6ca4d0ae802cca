//! Each platform's share of the live-commerce industry: "will Douyin be the
//! third pole?" is a question about shares, not sizes.
//!
//! A share can exceed 1 when the assumptions disagree with each other (the
//! article prints Kuaishou at 450 bn against an industry of 433.8 bn); such
//! values are kept, never clamped, so the chart shows the inconsistency.

use serde::{Deserialize, Serialize};

use super::{Scenario, SeriesId};

/// The platforms whose shares are reported, in the order charts list them.
/// Douyin is its live stream ([`SeriesId::DouyinLive`]), the part that
/// belongs to the live-commerce industry.
pub const SHARE_PLATFORMS: [SeriesId; 3] = [
    SeriesId::TaobaoLive,
    SeriesId::Kuaishou,
    SeriesId::DouyinLive,
];

/// One platform's Monte Carlo share of the industry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShareBands {
    pub id: SeriesId,
    /// Per year of [`super::McResult::years`]: P5, P25, P50, P75, P95 of
    /// platform / industry computed within each sample, as a fraction
    /// (0.25 = 25%).
    pub quantiles: Vec<[f64; 5]>,
}

/// Each platform's share of the industry per year (2019..=2030), from the
/// point projections (every phase at its median), as fractions; one entry
/// per platform of [`SHARE_PLATFORMS`] the scenario has. A year whose
/// industry value is missing or not positive is left out.
pub fn point_shares(s: &Scenario) -> Vec<(SeriesId, Vec<(i32, f64)>)> {
    let industry = s.point_projection(SeriesId::Industry);
    SHARE_PLATFORMS
        .iter()
        .filter(|id| s.get(**id).is_some())
        .map(|&id| {
            let shares = s
                .point_projection(id)
                .iter()
                .filter_map(|p| {
                    let i = industry.iter().find(|i| i.year == p.year)?;
                    (i.value > 0.0).then(|| (p.year, p.value / i.value))
                })
                .collect();
            (id, shares)
        })
        .collect()
}

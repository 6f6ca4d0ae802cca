//! The "what happened next" preset as share links of formats v1 and v2 were
//! written against, kept as it was then so those links keep their meaning:
//! its growths were typed by hand (see `git log` of `series.rs`) before
//! they were fitted from later reports (`scenario::fit`). Nothing else reads
//! these numbers: they are a record of what old links mean, not evidence.

use super::SeriesId;
use super::series::Growths;

/// One series of the frozen preset: its growths, and for Kuaishou the 2020
/// amount (low, high, billion yuan) its 2020 growth was computed to reach
/// from whichever base the link's edition starts it from.
pub(super) struct Frozen {
    pub growths: Growths,
    pub reached_2020: Option<(f64, f64)>,
}

/// Series `id` of "what happened" as links of formats v1 and v2 read it.
pub(super) fn what_happened(id: SeriesId) -> Frozen {
    let (growths, reached_2020) = match id {
        SeriesId::Industry => ([(2.2, 3.0), (1.4, 2.1), (1.05, 1.35)], None),
        SeriesId::DouyinTotal => ([(2.75, 3.3), (1.5, 2.0), (1.05, 1.5)], None),
        SeriesId::DouyinLive => ([(5.0, 12.0), (1.5, 2.0), (1.05, 1.5)], None),
        // The first phase is replaced by the amount reached over the base:
        // 332.68 bn (eleven months) to 381.17 bn, as v2 computed it
        // (the literal is that quotient, so old links read the same bits).
        SeriesId::Kuaishou => (
            [(5.6, 6.4), (1.3, 2.0), (1.05, 1.35)],
            Some((332.68, 381.165_919_282_511_2)),
        ),
        SeriesId::TaobaoLive => ([(1.6, 2.0), (1.0, 1.5), (1.0, 1.2)], None),
    };
    Frozen {
        growths,
        reached_2020,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frozen_amount_is_the_quotient_v2_computed() {
        // v2 divided kuaishou-2021's 680 bn by its reported +78.4%.
        let high = what_happened(SeriesId::Kuaishou).reached_2020.map(|r| r.1);
        assert_eq!(high, Some(680.0 / 1.784));
    }
}

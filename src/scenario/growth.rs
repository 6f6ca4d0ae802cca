//! Growth assumptions as distributions: their medians, their spreads, and the
//! log-space bounds the Monte Carlo histograms are laid out on.

use super::{Dist, Growth};

/// The standard normal's 95th percentile: a lognormal range "a to b" is read
/// as its 90% interval, so `ln b − ln a` spans `2 · Z_90` standard deviations.
pub(crate) const Z_90: f64 = 1.644_853_626_951_472_2;

/// The standard normal's `1 − 1e-6` quantile. Lognormal draws beyond it are
/// so rare (one in a million per draw) that the histograms stop there and
/// count the rest as under- or overflow.
pub(crate) const Z_TAIL: f64 = 4.753_424_308_822_899;

impl Growth {
    /// A single multiplier: no uncertainty.
    pub fn point(m: f64) -> Growth {
        Growth {
            low: m,
            high: m,
            dist: Dist::Lognormal,
        }
    }

    /// A lognormal range with `[low, high]` as its 90% interval; the ends may
    /// come in either order, as a user types them.
    pub fn range(low: f64, high: f64) -> Growth {
        Growth {
            low: low.min(high),
            high: low.max(high),
            dist: Dist::Lognormal,
        }
    }

    /// Whether this is a single multiplier rather than a distribution.
    pub fn is_point(&self) -> bool {
        self.low == self.high
    }

    /// The multiplier point projections use: the distribution's median, so
    /// half the Monte Carlo samples lie above it and half below.
    pub fn median(&self) -> f64 {
        if self.is_point() {
            return self.low;
        }
        match self.dist {
            Dist::Lognormal => (self.low * self.high).sqrt(),
            Dist::Uniform | Dist::Triangular => (self.low + self.high) / 2.0,
        }
    }

    /// The same spread moved to a new median, for a slider that drags a
    /// whole range: a lognormal keeps its `high / low` ratio (the same
    /// relative uncertainty), the others keep their width, with the low end
    /// kept above zero. A non-finite or non-positive `m` changes nothing.
    pub fn with_median(&self, m: f64) -> Growth {
        if !(m.is_finite() && m > 0.0) {
            return *self;
        }
        let (low, high) = match self.dist {
            Dist::Lognormal => {
                let ratio = self.high / self.low;
                let half = if ratio.is_finite() && ratio >= 1.0 {
                    ratio.sqrt()
                } else {
                    1.0
                };
                (m / half, m * half)
            }
            Dist::Uniform | Dist::Triangular => {
                let width = self.high - self.low;
                let half = if width.is_finite() && width > 0.0 {
                    width / 2.0
                } else {
                    0.0
                };
                // Never at or below zero: a multiplier of 0 wipes a series out.
                let floor = (m * 1e-3).min(super::GROWTH_MIN);
                ((m - half).max(floor), m + half)
            }
        };
        Growth {
            low,
            high,
            dist: self.dist,
        }
    }

    /// Mean and standard deviation of `ln(multiplier)` for a lognormal
    /// (zero spread for a point).
    pub(crate) fn log_params(&self) -> (f64, f64) {
        let (a, b) = (self.low.ln(), self.high.ln());
        ((a + b) / 2.0, (b - a) / (2.0 * Z_90))
    }

    /// The smallest and largest `ln(multiplier)` a draw is expected to take:
    /// exact ends for uniform and triangular, the `1e-6` and `1 − 1e-6`
    /// quantiles for a lognormal.
    pub(crate) fn log_bounds(&self) -> (f64, f64) {
        if self.is_point() {
            let l = self.low.ln();
            return (l, l);
        }
        match self.dist {
            Dist::Lognormal => {
                let (mu, sigma) = self.log_params();
                (mu - Z_TAIL * sigma, mu + Z_TAIL * sigma)
            }
            Dist::Uniform | Dist::Triangular => (self.low.ln(), self.high.ln()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_spreads() {
        let g = Growth::range(1.6, 1.15);
        assert_eq!((g.low, g.high, g.dist), (1.15, 1.6, Dist::Lognormal));
        assert!((g.median() - (1.15f64 * 1.6).sqrt()).abs() < 1e-12);
        assert!(Growth::point(2.0).is_point());
        assert_eq!(Growth::point(2.0).median(), 2.0);
        let u = Growth {
            low: 1.0,
            high: 2.0,
            dist: Dist::Uniform,
        };
        assert_eq!(u.median(), 1.5);
        let moved = g.with_median(2.0);
        assert!((moved.median() - 2.0).abs() < 1e-12);
        assert!((moved.high / moved.low - 1.6 / 1.15).abs() < 1e-12);
        let moved = u.with_median(0.2);
        assert_eq!(moved.high, 0.7);
        assert!(moved.low > 0.0);
        assert_eq!(u.with_median(f64::NAN), u);
        assert_eq!(u.with_median(-1.0), u);
    }

    #[test]
    fn lognormal_parameters_match_the_90_percent_interval() {
        let g = Growth::range(5.0, 6.0);
        let (mu, sigma) = g.log_params();
        assert!((mu - (30f64).ln() / 2.0).abs() < 1e-12);
        assert!((mu + Z_90 * sigma - 6f64.ln()).abs() < 1e-12);
        assert!((mu - Z_90 * sigma - 5f64.ln()).abs() < 1e-12);
        let (lo, hi) = g.log_bounds();
        assert!(lo < 5f64.ln() && hi > 6f64.ln());
        assert_eq!(Growth::point(2.0).log_bounds(), (2f64.ln(), 2f64.ln()));
    }
}

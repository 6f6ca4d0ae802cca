//! Monte Carlo over the growth ranges, in bounded memory.
//!
//! Each sample draws one yearly multiplier per (series, phase) and keeps it
//! for every year of the phase: the uncertainty is about the rate, not
//! year-to-year noise, so a sample is a path the user's ranges allow.
//!
//! Samples are not stored (a million samples × 5 series × 12 years would be
//! 480 MB). Each (series, year) keeps a histogram of `ln(value)` over bounds
//! computed from the distributions, and quantiles are interpolated within a
//! bin; each series also counts the first year every sample reaches the
//! level. Each platform (Taobao Live, Kuaishou, Douyin live) also keeps a
//! histogram per year of `ln(platform / industry)` of the same sample: the
//! share of a sample, not a ratio of quantiles, which would pair one
//! sample's optimistic platform with another's pessimistic industry. It
//! costs one more pass over a block per platform and year, and a block of
//! the industry's path (12 × 1024 floats) kept while the platforms run.
//! Each (series, phase) draws from its own xoshiro256++ stream, all
//! split from the seed by jumps: results do not depend on how [`MonteCarlo::run`]
//! is chunked, and changing one series' ranges leaves the others' draws alone.

use rand_distr::{Distribution, StandardNormal, Triangular, Uniform};
use rand_xoshiro::Xoshiro256PlusPlus;
use rand_xoshiro::rand_core::SeedableRng;

use super::shares::{SHARE_PLATFORMS, ShareBands};
use super::{Dist, Growth, McResult, Scenario, SeriesAssumption, SeriesBands, SeriesId};
use crate::model::{BASE_YEAR, LAST_YEAR};

/// Histogram slots per (series, year): a power of two, so that a masked index
/// needs no bounds check in the hot loop.
const SLOTS: usize = 4096;
/// Bins between the underflow slot (0) and the overflow slot (`SLOTS − 1`):
/// a bin is 1/4094 of the value range in log space, and interpolation within
/// it leaves quantile errors far below the sampling error.
const BINS: usize = SLOTS - 2;
/// Adding 1.5 · 2^52 to a float in (−2^51, 2^51) leaves it rounded to an
/// integer in the low mantissa bits: a branch-free float-to-index conversion
/// that is the same natively and in wasm (round to nearest even).
const ROUND: f64 = 6_755_399_441_055_744.0;
/// Samples handled together, so each histogram stays in cache while it is
/// filled.
const BLOCK: usize = 1024;
/// "Has not reached the level" in the first-crossing scratch.
const NEVER: u8 = u8::MAX;
/// The quantiles reported: P5, P25, P50, P75, P95.
const QUANTILES: [f64; 5] = [0.05, 0.25, 0.5, 0.75, 0.95];

/// How one phase's `ln(multiplier)` is drawn.
#[derive(Clone, Debug)]
enum Sampler {
    Point(f64),
    Lognormal { mu: f64, sigma: f64 },
    Uniform(Uniform<f64>),
    Triangular(Triangular<f64>),
}

impl Sampler {
    fn new(g: &Growth) -> Sampler {
        if g.is_point() {
            return Sampler::Point(g.low.ln());
        }
        match g.dist {
            Dist::Lognormal => {
                let (mu, sigma) = g.log_params();
                Sampler::Lognormal { mu, sigma }
            }
            Dist::Uniform => Uniform::new(g.low, g.high)
                .map_or(Sampler::Point(g.median().ln()), Sampler::Uniform),
            Dist::Triangular => Triangular::new(g.low, g.high, (g.low + g.high) / 2.0)
                .map_or(Sampler::Point(g.median().ln()), Sampler::Triangular),
        }
    }

    /// Fills `out` with draws of `ln(multiplier)`, consuming `rng` in order.
    fn fill(&self, rng: &mut Xoshiro256PlusPlus, out: &mut [f64]) {
        match self {
            Sampler::Point(l) => out.fill(*l),
            Sampler::Lognormal { mu, sigma } => {
                for x in out {
                    let z: f64 = StandardNormal.sample(rng);
                    *x = mu + sigma * z;
                }
            }
            Sampler::Uniform(d) => {
                for x in out {
                    *x = d.sample(rng).ln();
                }
            }
            Sampler::Triangular(d) => {
                for x in out {
                    *x = d.sample(rng).ln();
                }
            }
        }
    }
}

/// One phase of one series: its sampler and its own random stream.
#[derive(Clone, Debug)]
struct PhaseDraws {
    sampler: Sampler,
    rng: Xoshiro256PlusPlus,
}

/// The histogram slot of `ln(value)` `v`: round(f + 0.5) for
/// f = (v − lo) · scale, which is bin floor(f) shifted past the underflow
/// slot; clamped first, so under- and overflow land in the end slots. Always
/// below [`SLOTS`], so indexing a `[u32; SLOTS]` needs no check.
#[inline(always)]
fn slot(v: f64, scale: f64, offset: f64) -> usize {
    let q = v * scale + offset;
    let q = if q > 0.0 { q } else { 0.0 };
    let top = (SLOTS - 1) as f64;
    let q = if q < top { q } else { top };
    ((q + ROUND).to_bits() as usize) & (SLOTS - 1)
}

/// The distribution of `ln(value)` for one (series, year).
#[derive(Clone, Debug)]
struct Hist {
    /// Lower bound of `ln(value)`.
    lo: f64,
    /// Width of a bin in `ln(value)`.
    width: f64,
    /// `1 / width`, to find a bin with a multiplication.
    scale: f64,
    /// `counts[0]` is the underflow, `counts[SLOTS − 1]` the overflow, bins
    /// in between; folding them in keeps the hot loop free of branches.
    /// Empty when the value is the same in every sample (all phases so far
    /// are points): then the quantiles are the point projection.
    counts: Vec<u32>,
}

impl Hist {
    fn new(lo: f64, hi: f64, random: bool) -> Hist {
        // A hair of padding keeps draws at the exact ends of a uniform or
        // triangular range inside, whatever the rounding.
        let pad = 1e-9 * (hi - lo).abs().max(lo.abs()).max(1.0);
        let (lo, hi) = (lo - pad, hi + pad);
        let width = (hi - lo) / BINS as f64;
        let usable = random && width.is_finite() && width > 0.0;
        Hist {
            lo,
            width,
            scale: if usable { 1.0 / width } else { 0.0 },
            counts: if usable { vec![0; SLOTS] } else { Vec::new() },
        }
    }

    /// `scale` and `offset` for [`slot`].
    fn slot_params(&self) -> (f64, f64) {
        (self.scale, 0.5 - self.lo * self.scale)
    }

    /// `ln(value)` at each of [`QUANTILES`], interpolated within bins;
    /// `None` when there are no counts to read.
    fn log_quantiles(&self, n: u32) -> Option<[f64; 5]> {
        if self.counts.is_empty() || n == 0 {
            return None;
        }
        let hi = self.lo + self.width * BINS as f64;
        let mut out = [hi; 5];
        let mut q = 0;
        let mut cum = f64::from(self.counts.first().copied().unwrap_or(0));
        while q < QUANTILES.len() && QUANTILES[q] * f64::from(n) <= cum {
            out[q] = self.lo;
            q += 1;
        }
        let bins = self.counts.get(1..=BINS).unwrap_or(&[]);
        for (i, &c) in bins.iter().enumerate() {
            if q >= QUANTILES.len() {
                break;
            }
            if c == 0 {
                continue;
            }
            let next = cum + f64::from(c);
            while q < QUANTILES.len() && QUANTILES[q] * f64::from(n) <= next {
                let frac = (QUANTILES[q] * f64::from(n) - cum) / f64::from(c);
                out[q] = self.lo + (i as f64 + frac) * self.width;
                q += 1;
            }
            cum = next;
        }
        Some(out)
    }
}

/// Per year (index 0 is the base year): the bounds of `ln(value)` a series
/// can reach and whether it is random by then, from its phases' bounds.
struct LogPath {
    /// Per year after the base year (index 1..): which phase covers it.
    year_phase: Vec<usize>,
    /// Per year: (lowest, highest, random).
    bounds: Vec<(f64, f64, bool)>,
}

impl LogPath {
    fn of(a: &SeriesAssumption, years: &[i32]) -> LogPath {
        let ln_base = a.base.ln();
        let mut year_phase = vec![0; years.len()];
        let mut bounds = Vec::with_capacity(years.len());
        bounds.push((ln_base, ln_base, false));
        let (mut lo, mut hi, mut random) = (ln_base, ln_base, false);
        for (i, &year) in years.iter().enumerate().skip(1) {
            let phase = a
                .phases
                .iter()
                .position(|p| p.first <= year && year <= p.last)
                .unwrap_or(0);
            year_phase[i] = phase;
            if let Some(p) = a.phases.get(phase) {
                let (l, h) = p.growth.log_bounds();
                lo += l;
                hi += h;
                random |= !p.growth.is_point();
            }
            bounds.push((lo, hi, random));
        }
        LogPath { year_phase, bounds }
    }
}

/// A platform's share of the industry, sample by sample.
#[derive(Clone, Debug)]
struct ShareRun {
    /// Per year: histogram of `ln(platform / industry)` of each sample, over
    /// the widest bounds the two paths allow; empty while both are points.
    hists: Vec<Hist>,
    /// Per year: the point projections' ratio, for years that are not random.
    point: Vec<f64>,
}

impl ShareRun {
    fn new(platform: &LogPath, industry: &LogPath, point: Vec<f64>) -> ShareRun {
        let hists = platform
            .bounds
            .iter()
            .zip(&industry.bounds)
            .map(|(&(pl, ph, pr), &(il, ih, ir))| Hist::new(pl - ih, ph - il, pr || ir))
            .collect();
        ShareRun { hists, point }
    }

    /// Counts year `yi`'s share of each sample: `values` are the platform's
    /// `ln(value)`s, `industry` the industry's of the same samples.
    #[inline]
    fn record(&mut self, yi: usize, values: &[f64], industry: Option<&[f64]>) {
        let (Some(h), Some(industry)) = (self.hists.get_mut(yi), industry) else {
            return;
        };
        let (scale, offset) = h.slot_params();
        let counts: Option<&mut [u32; SLOTS]> = h.counts.as_mut_slice().try_into().ok();
        if let Some(counts) = counts {
            for (v, i) in values.iter().zip(industry) {
                counts[slot(v - i, scale, offset)] += 1;
            }
        }
    }

    /// Per year P5–P95 of the share; the point ratio where not random.
    fn quantiles(&self, n: u32) -> Vec<[f64; 5]> {
        self.hists
            .iter()
            .enumerate()
            .map(|(i, h)| match h.log_quantiles(n) {
                Some(lq) => lq.map(f64::exp),
                None => [self.point.get(i).copied().unwrap_or(f64::NAN); 5],
            })
            .collect()
    }
}

/// One series' state: its draws, its histograms and its crossing counts.
#[derive(Clone, Debug)]
struct SeriesRun {
    id: SeriesId,
    ln_base: f64,
    phases: Vec<PhaseDraws>,
    /// Per year after the base year (index 1..): which phase covers it.
    year_phase: Vec<usize>,
    /// Per year (index 0 is the base year; its histogram is always empty).
    hists: Vec<Hist>,
    /// Per year: samples that first reach the level in that year.
    first_cross: Vec<u32>,
    /// The point projection, for years whose value is not random.
    point: Vec<f64>,
    /// For a platform, its share of the industry.
    share: Option<ShareRun>,
}

/// Scratch for one block, reused.
#[derive(Clone, Debug)]
struct Scratch {
    /// Per phase, `BLOCK` draws of `ln(multiplier)`.
    draws: Vec<f64>,
    /// The current series' `ln(value)` in the current year, per sample.
    values: Vec<f64>,
    /// Per sample: the first year index at or above the level.
    first: Vec<u8>,
    /// The industry's `ln(value)` per year (rows of `BLOCK`) of the block's
    /// samples, for the platforms' shares.
    path: Vec<f64>,
}

impl SeriesRun {
    /// Draws `n ≤ BLOCK` samples of this series and records them; the
    /// industry (`record`) keeps its path in the scratch, a platform reads it.
    fn block(&mut self, sc: &mut Scratch, n: usize, ln_level: f64, record: bool) {
        let values = &mut sc.values[..n];
        let first = &mut sc.first[..n];
        for (j, p) in self.phases.iter_mut().enumerate() {
            if let Some(out) = sc.draws.get_mut(j * BLOCK..j * BLOCK + n) {
                p.sampler.fill(&mut p.rng, out);
            }
        }
        values.fill(self.ln_base);
        first.fill(if self.ln_base >= ln_level { 0 } else { NEVER });
        for yi in 1..self.hists.len() {
            let j = self.year_phase.get(yi).copied().unwrap_or(0);
            let Some(d) = sc.draws.get(j * BLOCK..j * BLOCK + n) else {
                continue;
            };
            let Some(h) = self.hists.get_mut(yi) else {
                continue;
            };
            // The year index is at most 11, well within a u8.
            let mark = yi as u8;
            let (scale, offset) = h.slot_params();
            let counts: Option<&mut [u32; SLOTS]> = h.counts.as_mut_slice().try_into().ok();
            match counts {
                Some(counts) => {
                    for ((v, &x), f) in values.iter_mut().zip(d).zip(first.iter_mut()) {
                        *v += x;
                        counts[slot(*v, scale, offset)] += 1;
                        *f = (*f).min(if *v >= ln_level { mark } else { NEVER });
                    }
                }
                None => {
                    for ((v, &x), f) in values.iter_mut().zip(d).zip(first.iter_mut()) {
                        *v += x;
                        *f = (*f).min(if *v >= ln_level { mark } else { NEVER });
                    }
                }
            }
            let row = yi * BLOCK..yi * BLOCK + n;
            if record {
                if let Some(path) = sc.path.get_mut(row) {
                    path.copy_from_slice(values);
                }
            } else if let Some(share) = &mut self.share {
                share.record(yi, values, sc.path.get(row));
            }
        }
        for &f in first.iter() {
            if let Some(c) = self.first_cross.get_mut(usize::from(f)) {
                *c += 1;
            }
        }
    }

    /// The series' quantiles and crossing probabilities after `n` samples.
    fn bands(&self, n: u32, level: f64) -> SeriesBands {
        let quantiles = self
            .hists
            .iter()
            .enumerate()
            .map(|(i, h)| match h.log_quantiles(n) {
                Some(lq) => lq.map(f64::exp),
                None => [self.point.get(i).copied().unwrap_or(f64::NAN); 5],
            })
            .collect();
        let (mut cum, mut reached) = (0u32, false);
        let p_cross = self
            .first_cross
            .iter()
            .zip(&self.point)
            .map(|(&c, &point)| {
                cum += c;
                reached |= point >= level;
                if n > 0 {
                    f64::from(cum) / f64::from(n)
                } else if reached {
                    1.0
                } else {
                    0.0
                }
            })
            .collect();
        SeriesBands {
            id: self.id,
            quantiles,
            p_cross,
        }
    }
}

/// A Monte Carlo run that can be advanced in chunks, so a Web Worker can
/// report progress and be cancelled between them.
#[derive(Clone, Debug)]
pub struct MonteCarlo {
    total: u32,
    done: u32,
    seed: u64,
    level: f64,
    ln_level: f64,
    years: Vec<i32>,
    series: Vec<SeriesRun>,
    /// Indices into `series`, the industry first: the platforms' shares need
    /// its path of the same samples.
    order: Vec<usize>,
    industry: Option<usize>,
    scratch: Scratch,
}

impl MonteCarlo {
    /// Prepares a run of `s.samples` samples. Expects a sanitized scenario,
    /// but sanitizes a copy itself, so any input is safe.
    pub fn new(s: &Scenario) -> MonteCarlo {
        let mut s = s.clone();
        let _notes = s.sanitize();
        let years: Vec<i32> = (BASE_YEAR..=LAST_YEAR).collect();
        let mut master = Xoshiro256PlusPlus::seed_from_u64(s.seed);
        let mut series = Vec::with_capacity(s.series.len());
        let mut max_phases = 1;
        let industry = s.series.iter().position(|a| a.id == SeriesId::Industry);
        let industry_path = industry.and_then(|i| s.series.get(i)).map(|a| {
            let point: Vec<f64> = a.point_projection().iter().map(|v| v.value).collect();
            (LogPath::of(a, &years), point)
        });
        for a in &s.series {
            // Series i, phase j: the seed's stream after i long jumps (2^192
            // steps each) and j jumps (2^128 each), so no two streams overlap.
            let mut series_rng = master.clone();
            master.long_jump();
            let mut phases = Vec::with_capacity(a.phases.len());
            for p in &a.phases {
                phases.push(PhaseDraws {
                    sampler: Sampler::new(&p.growth),
                    rng: series_rng.clone(),
                });
                series_rng.jump();
            }
            max_phases = max_phases.max(phases.len());
            let point: Vec<f64> = a.point_projection().iter().map(|v| v.value).collect();
            let path = LogPath::of(a, &years);
            let share = industry_path
                .as_ref()
                .filter(|_| SHARE_PLATFORMS.contains(&a.id))
                .map(|(ind, ind_point)| {
                    let ratio = point.iter().zip(ind_point).map(|(p, i)| p / i).collect();
                    ShareRun::new(&path, ind, ratio)
                });
            series.push(SeriesRun {
                id: a.id,
                ln_base: a.base.ln(),
                phases,
                hists: path
                    .bounds
                    .iter()
                    .map(|&(lo, hi, random)| Hist::new(lo, hi, random))
                    .collect(),
                year_phase: path.year_phase,
                first_cross: vec![0; years.len()],
                point,
                share,
            });
        }
        let order = industry
            .into_iter()
            .chain((0..series.len()).filter(|&i| Some(i) != industry))
            .collect();
        MonteCarlo {
            total: s.samples,
            done: 0,
            seed: s.seed,
            level: s.level,
            ln_level: s.level.ln(),
            scratch: Scratch {
                draws: vec![0.0; max_phases * BLOCK],
                values: vec![0.0; BLOCK],
                first: vec![NEVER; BLOCK],
                path: vec![0.0; years.len() * BLOCK],
            },
            years,
            series,
            order,
            industry,
        }
    }

    /// Samples the run will take in all.
    pub fn total(&self) -> u32 {
        self.total
    }

    /// Samples taken so far.
    pub fn done(&self) -> u32 {
        self.done
    }

    /// Takes up to `max_samples` more samples (fewer if the run is nearly
    /// done). The result is the same however the run is chunked.
    pub fn run(&mut self, max_samples: u32) {
        let mut left = max_samples.min(self.total.saturating_sub(self.done)) as usize;
        while left > 0 {
            let n = left.min(BLOCK);
            self.block(n);
            left -= n;
            // n ≤ BLOCK, so it fits in a u32.
            self.done += n as u32;
        }
    }

    /// Draws `n ≤ BLOCK` samples of every series and records them, the
    /// industry first.
    fn block(&mut self, n: usize) {
        for &i in &self.order {
            if let Some(s) = self.series.get_mut(i) {
                s.block(
                    &mut self.scratch,
                    n,
                    self.ln_level,
                    Some(i) == self.industry,
                );
            }
        }
    }

    /// The quantiles, crossing probabilities and platform shares of the
    /// samples taken. With no samples taken, the point projection stands in
    /// for every quantile.
    pub fn finish(self) -> McResult {
        let n = self.done;
        let series = self.series.iter().map(|s| s.bands(n, self.level)).collect();
        let shares = SHARE_PLATFORMS
            .iter()
            .filter_map(|&id| {
                let s = self.series.iter().find(|s| s.id == id)?;
                Some(ShareBands {
                    id,
                    quantiles: s.share.as_ref()?.quantiles(n),
                })
            })
            .collect();
        McResult {
            samples: n,
            seed: self.seed,
            level: self.level,
            years: self.years,
            series,
            shares,
        }
    }
}

/// Runs the whole Monte Carlo of a scenario in one go.
pub fn monte_carlo(s: &Scenario) -> McResult {
    let mut mc = MonteCarlo::new(s);
    mc.run(mc.total());
    mc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hist_of(lo: f64, hi: f64, values: &[f64]) -> Hist {
        let mut h = Hist::new(lo, hi, true);
        let (scale, offset) = h.slot_params();
        for &v in values {
            h.counts[slot(v, scale, offset)] += 1;
        }
        h
    }

    #[test]
    fn slots_put_values_in_their_bins() {
        let h = Hist::new(0.0, 1.0, true);
        let (scale, offset) = h.slot_params();
        assert_eq!(slot(-5.0, scale, offset), 0);
        assert_eq!(slot(f64::NEG_INFINITY, scale, offset), 0);
        assert_eq!(slot(5.0, scale, offset), SLOTS - 1);
        assert_eq!(slot(f64::INFINITY, scale, offset), SLOTS - 1);
        for i in [0, 1, 17, BINS / 2, BINS - 1] {
            let v = h.lo + (i as f64 + 0.3) * h.width;
            assert_eq!(slot(v, scale, offset), i + 1, "bin {i}");
            let v = h.lo + (i as f64 + 0.7) * h.width;
            assert_eq!(slot(v, scale, offset), i + 1, "bin {i}");
        }
        // The range's own ends are inside, thanks to the padding.
        assert_eq!(slot(0.0, scale, offset), 1);
        assert_eq!(slot(1.0, scale, offset), BINS);
    }

    #[test]
    fn quantiles_interpolate_within_bins() {
        let values: Vec<f64> = (0..10_000)
            .map(|i| (f64::from(i) + 0.5) / 10_000.0)
            .collect();
        let h = hist_of(0.0, 1.0, &values);
        let q = h.log_quantiles(10_000).unwrap_or([f64::NAN; 5]);
        for (got, want) in q.iter().zip(QUANTILES) {
            assert!((got - want).abs() < 1e-3, "{got} vs {want}");
        }
        // Under- and overflow read as the bounds.
        let h = hist_of(0.0, 1.0, &[-1.0; 10]);
        assert!(
            h.log_quantiles(10)
                .is_some_and(|q| q.iter().all(|&v| v <= 0.0))
        );
        let h = hist_of(0.0, 1.0, &[2.0; 10]);
        assert!(
            h.log_quantiles(10)
                .is_some_and(|q| q.iter().all(|&v| v >= 1.0))
        );
        assert_eq!(h.log_quantiles(0), None);
        assert_eq!(Hist::new(1.0, 1.0, false).log_quantiles(10), None);
    }
}

//! Speed of the scenario engine. The budgets are for the browser (headless
//! Chromium, 2 cores): 100,000 samples in 50 ms, a million in 500 ms; natively
//! in release the Monte Carlo should take well under half of that.
//!
//! Native only: criterion does not build for wasm32, so there `main` is
//! empty (keeps `cargo clippy --target wasm32-unknown-unknown --all-targets`
//! working).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::Duration;

    use criterion::{Criterion, criterion_group};
    use live_commerce_explorer::data::{Dataset, Reading};
    use live_commerce_explorer::scenario::{
        Preset, Scenario, SeriesId, goal_seek, monte_carlo, tornado,
    };

    fn article_low() -> Scenario {
        match Dataset::embedded() {
            Ok(ds) => Scenario::preset(ds, Preset::ArticleLow, Reading::Corrected),
            Err(_) => Scenario::default(),
        }
    }

    fn bench(c: &mut Criterion) {
        let s = article_low();
        let mut g = c.benchmark_group("monte_carlo");
        g.sample_size(20);
        for samples in [100_000, 1_000_000] {
            let mut s = s.clone();
            s.samples = samples;
            g.bench_function(format!("article_low_{samples}"), |b| {
                b.iter(|| monte_carlo(black_box(&s)))
            });
        }
        g.finish();
        c.bench_function("tornado_industry_2030", |b| {
            b.iter(|| tornado(black_box(&s), SeriesId::Industry, 2030))
        });
        c.bench_function("goal_seek_industry_2030", |b| {
            b.iter(|| goal_seek(black_box(&s), SeriesId::Industry, 5000.0, 2030, 2))
        });
    }

    criterion_group! {
        name = benches;
        config = Criterion::default()
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(3));
        targets = bench
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}

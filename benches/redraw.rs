//! The pieces of a redraw after a slider step, natively: `views::build`,
//! drawing each chart (to an SVG string, with plotters' own text size
//! estimate instead of the browser's measurement), and what the page
//! recomputes on every render besides (the consistency checks, the derived
//! figures, the dataset's CSV and JSON for the download links), and at
//! start-up, reading the embedded dataset.
//!
//! The browser's own figure is `cargo xtask bench` (input to redraw, budget
//! 4 ms at the 95th percentile); these say which piece is worth making
//! faster. Drawing in the browser costs more than here: canvas calls cross
//! into JavaScript and text is measured by the browser.
//!
//! Native only: criterion does not build for wasm32, so there `main` is
//! empty (keeps `cargo clippy --target wasm32-unknown-unknown --all-targets`
//! working).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::Duration;

    use criterion::{Criterion, criterion_group};
    use live_commerce_explorer::charts::{self, ChartSpec, Theme};
    use live_commerce_explorer::data::{self, Dataset, Reading};
    use live_commerce_explorer::locale::Locale;
    use live_commerce_explorer::views::{self, Assumptions};
    use live_commerce_explorer::{checks, derived, export};
    use plotters::prelude::*;

    /// Draws `spec` at 1100×660 CSS px, 1× (the bench's 1200 px window).
    fn draw_svg(spec: &ChartSpec) -> usize {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (1100, 660)).into_drawing_area();
            let _ = charts::draw(spec, &root, &Theme::light(1.0));
        }
        svg.len()
    }

    fn bench(c: &mut Criterion) {
        let Ok(ds) = Dataset::embedded() else {
            return;
        };
        let a = Assumptions::article(ds);
        let Ok(v) = views::build(ds, &a, None, &Locale::en()) else {
            return;
        };

        let mut g = c.benchmark_group("render");
        g.bench_function("views_build", |b| {
            b.iter(|| views::build(ds, black_box(&a), None, &Locale::en()))
        });
        g.bench_function("checks_check", |b| {
            b.iter(|| checks::check(ds, black_box(Reading::AsPrinted)))
        });
        g.bench_function("derived_derived", |b| {
            b.iter(|| derived::derived(ds, black_box(Reading::AsPrinted)))
        });
        g.bench_function("export_dataset_csv", |b| {
            b.iter(|| export::dataset_csv(black_box(ds)))
        });
        g.bench_function("export_dataset_json", |b| {
            b.iter(|| export::dataset_json(black_box(ds)))
        });
        g.finish();

        // Start-up: the embedded dataset as the app reads it (packed by
        // build.rs) against reading the JSON files with serde.
        let mut g = c.benchmark_group("startup");
        g.bench_function("dataset_packed_decode", |b| {
            b.iter(|| data::packed::decode(black_box(data::packed::EMBEDDED)))
        });
        g.bench_function("dataset_json_parse", |b| {
            b.iter(|| {
                let mut ds = Dataset::parse(black_box(data::ARTICLE_JSON))?;
                ds.later = serde_json::from_str(black_box(data::LATER_JSON))?;
                Ok::<_, data::DataError>(ds)
            })
        });
        g.finish();

        let mut g = c.benchmark_group("draw_svg");
        // Every panel of the registry that has something to show.
        for (id, panel) in &v.panels {
            g.bench_function(id.slug(), |b| b.iter(|| draw_svg(black_box(&panel.spec))));
        }
        g.finish();
    }

    criterion_group! {
        name = benches;
        config = Criterion::default()
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(2));
        targets = bench
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}

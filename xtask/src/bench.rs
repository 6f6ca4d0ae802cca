//! `cargo xtask bench`: the browser benchmark of the release build, then the
//! native benches (`cargo bench`, skipped with `--no-native`).
//!
//! The browser part builds the site as the end-to-end tests do (release,
//! under `/lce/`, into `target/bench-dist/`), serves it on loopback, opens it
//! in headless Chromium through chromedriver and measures:
//!
//! - the Monte Carlo in the Web Worker for 100,000 and 1,000,000 samples, by
//!   calling `window.wasmBindings.lce_run_monte_carlo` (the article's low
//!   preset): one warm-up, then the median of 5 runs, both the worker's own
//!   time (`performance.now()` inside the worker) and the round trip seen by
//!   the page; budgets are checked against the round trip, and only reported;
//! - the transfer size of every file of the build, raw, gzip -9 and brotli
//!   q11, marking the files the page fetched on its first load.
//!
//! It prints a table and writes `target/bench/report.json`.

use crate::dist::build_release;
use crate::proc::run;
use crate::server::StaticServer;
use crate::tools::{APP_PACKAGE, Ctx, capture};
use crate::webdriver::{Chromedriver, Session};
use anyhow::{Context, Result, bail};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// URL path the benchmark serves the build under, as the end-to-end tests do.
const PREFIX: &str = "/lce/";
/// Monte Carlo sizes and their budgets (round trip, milliseconds).
const MC_BUDGETS: [(u32, f64); 2] = [(100_000, 50.0), (1_000_000, 500.0)];
const WARMUPS: usize = 1;
const RUNS: usize = 5;

/// Runs the browser benchmark, then (unless `no_native`) the native benches.
pub fn bench(ctx: &Ctx, no_native: bool) -> Result<()> {
    browser(ctx)?;
    if no_native {
        println!("[bench] --no-native: skipping cargo bench");
        Ok(())
    } else {
        native(ctx)
    }
}

/// `cargo bench -p live-commerce-explorer`, when the crate has benches.
fn native(ctx: &Ctx) -> Result<()> {
    let has_benches = std::fs::read_dir(ctx.root.join("benches"))
        .map(|dir| {
            dir.flatten()
                .any(|e| e.path().extension().is_some_and(|x| x == "rs"))
        })
        .unwrap_or(false);
    if !has_benches {
        println!("[bench] no benches/ in {APP_PACKAGE}; skipping cargo bench");
        return Ok(());
    }
    run(ctx.cmd("cargo").args(["bench", "-p", APP_PACKAGE]))
}

/// One Monte Carlo size: every timed run, in milliseconds.
struct McFigures {
    samples: u32,
    budget: f64,
    worker: Vec<f64>,
    roundtrip: Vec<f64>,
    p50_industry_2025: f64,
}

fn browser(ctx: &Ctx) -> Result<()> {
    ctx.setup_build_tools()?;
    ctx.setup_chromium()?;
    let dist = ctx.root.join("target/bench-dist");
    build_release(ctx, PREFIX, &dist)?;

    let server = StaticServer::start(&dist, PREFIX)?;
    let site = format!("http://127.0.0.1:{}{PREFIX}", server.port);
    let log = ctx.root.join("target/bench/chromedriver.log");
    let driver = Chromedriver::start(ctx, &log)?;
    println!("[bench] serving {} at {site}", dist.display());

    let measured = measure(ctx, &driver, &site);
    drop(driver);
    drop(server);
    let (mc, loaded, problems) = measured?;

    let files = transfer(&dist, &loaded)?;
    let chromium = capture(ctx.cmd(&ctx.chrome).arg("--version"))
        .unwrap_or_default()
        .trim()
        .to_owned();
    print_report(&mc, &files, &problems);
    let report = report_json(&chromium, &mc, &files, &problems);
    let out = ctx.root.join("target/bench/report.json");
    std::fs::create_dir_all(out.parent().expect("a parent"))?;
    std::fs::write(&out, serde_json::to_string_pretty(&report)? + "\n")
        .with_context(|| format!("writing {}", out.display()))?;
    println!("[bench] wrote {}", out.display());
    Ok(())
}

/// Opens the page and takes the measurements: the Monte Carlo figures, the
/// URL paths the page fetched on its first load, and console problems.
fn measure(
    ctx: &Ctx,
    driver: &Chromedriver,
    site: &str,
) -> Result<(Vec<McFigures>, BTreeSet<String>, Vec<String>)> {
    let s = Session::chromium(driver, &ctx.chrome, 1200, 900)?;
    s.script_timeout(Duration::from_secs(120))?;
    s.goto(site)?;
    s.wait_for(
        "the app's wasm bindings",
        "return !!(window.wasmBindings && window.wasmBindings.lce_run_monte_carlo)",
        Duration::from_secs(60),
    )?;
    // Let the page's own first run finish, so the bench does not supersede
    // it (and its fetches count as first load). A page without one is fine.
    let own_run = s.wait_for(
        "the page's own Monte Carlo run",
        "return performance.getEntriesByName('monte-carlo').length > 0",
        Duration::from_secs(20),
    );
    if own_run.is_err() {
        println!("[bench] the page ran no Monte Carlo by itself within 20 s");
    }
    let loaded = first_load(&s)?;

    let mut figures = Vec::new();
    for (samples, budget) in MC_BUDGETS {
        let mut f = McFigures {
            samples,
            budget,
            worker: Vec::new(),
            roundtrip: Vec::new(),
            p50_industry_2025: f64::NAN,
        };
        for i in 0..WARMUPS + RUNS {
            let r = s.execute_async(
                r#"const [n, done] = arguments;
                   const t = performance.now();
                   window.wasmBindings.lce_run_monte_carlo(n).then(
                     r => done({ ok: true, worker: r.millis, roundtrip: performance.now() - t,
                                 samples: r.samples, p50: r.p50_industry_2025 }),
                     e => done({ ok: false, error: String(e) }));"#,
                vec![json!(samples)],
            )?;
            if r["ok"] != json!(true) {
                bail!("Monte Carlo of {samples} samples failed: {}", r["error"]);
            }
            if r["samples"].as_u64() != Some(u64::from(samples)) {
                bail!(
                    "asked for {samples} samples, the worker drew {}",
                    r["samples"]
                );
            }
            f.p50_industry_2025 = r["p50"].as_f64().unwrap_or(f64::NAN);
            if i >= WARMUPS {
                f.worker.push(r["worker"].as_f64().unwrap_or(f64::NAN));
                f.roundtrip
                    .push(r["roundtrip"].as_f64().unwrap_or(f64::NAN));
            }
        }
        figures.push(f);
    }
    let problems = s.console_problems()?;
    Ok((figures, loaded, problems))
}

/// URL paths (below the site) of everything the page fetched so far,
/// the page itself included. The page's resource timing does not see what
/// a worker imports, so a fetched worker loader brings its module and wasm.
fn first_load(s: &Session) -> Result<BTreeSet<String>> {
    let urls = s.execute(
        "return [location.href, ...performance.getEntriesByType('resource').map(e => e.name)]",
        vec![],
    )?;
    let mut paths = BTreeSet::new();
    for url in urls
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        let path = url
            .split_once("://")
            .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
            .unwrap_or_default();
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let Some(file) = path.strip_prefix(PREFIX) else {
            continue;
        };
        let file = if file.is_empty() { "index.html" } else { file };
        if let Some(stem) = file.strip_suffix("_loader.js") {
            paths.insert(format!("{stem}.js"));
            paths.insert(format!("{stem}_bg.wasm"));
        }
        paths.insert(file.to_owned());
    }
    Ok(paths)
}

/// One file of the build and its sizes.
struct FileSize {
    name: String,
    first_load: bool,
    raw: usize,
    gzip: usize,
    brotli: usize,
}

fn transfer(dist: &Path, loaded: &BTreeSet<String>) -> Result<Vec<FileSize>> {
    let mut paths = Vec::new();
    collect_files(dist, &mut paths)?;
    paths.sort();
    let mut files = Vec::new();
    for path in paths {
        let data = std::fs::read(&path)?;
        let name = path
            .strip_prefix(dist)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&data)?;
        let gzip = gz.finish()?.len();
        let mut br = brotli::CompressorWriter::new(Vec::new(), 4096, 11, 22);
        br.write_all(&data)?;
        let brotli = br.into_inner().len();
        files.push(FileSize {
            first_load: loaded.contains(&name),
            name,
            raw: data.len(),
            gzip,
            brotli,
        });
    }
    Ok(files)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

fn verdict(f: &McFigures) -> &'static str {
    if median(&f.roundtrip) <= f.budget {
        "PASS"
    } else {
        "OVER"
    }
}

fn kib(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    }
}

fn print_report(mc: &[McFigures], files: &[FileSize], problems: &[String]) {
    println!(
        "\nMonte Carlo in the Web Worker (article's low preset; median of {RUNS} runs after {WARMUPS} warm-up)"
    );
    println!(
        "{:>10} {:>11} {:>14} {:>9} {:>7}  P50 industry 2025",
        "samples", "worker ms", "round trip ms", "budget", ""
    );
    for f in mc {
        println!(
            "{:>10} {:>11.1} {:>14.1} {:>6} ms {:>7}  {:.1} bn yuan",
            f.samples,
            median(&f.worker),
            median(&f.roundtrip),
            f.budget,
            verdict(f),
            f.p50_industry_2025
        );
    }
    println!("(budgets apply to the round trip; the bench reports, it does not fail)");

    println!(
        "\n{:<52} {:>11} {:>11} {:>11}  first load",
        "file", "raw", "gzip -9", "brotli 11"
    );
    for f in files {
        println!(
            "{:<52} {:>11} {:>11} {:>11}  {}",
            f.name,
            kib(f.raw),
            kib(f.gzip),
            kib(f.brotli),
            if f.first_load { "yes" } else { "-" }
        );
    }
    for (label, only_first) in [("total, first load", true), ("total, all files", false)] {
        let picked: Vec<&FileSize> = files
            .iter()
            .filter(|f| f.first_load || !only_first)
            .collect();
        let sum = |k: fn(&FileSize) -> usize| picked.iter().map(|f| k(f)).sum::<usize>();
        println!(
            "{:<52} {:>11} {:>11} {:>11}",
            format!("{label} ({} files)", picked.len()),
            kib(sum(|f| f.raw)),
            kib(sum(|f| f.gzip)),
            kib(sum(|f| f.brotli))
        );
    }

    // TODO (later figures, see `todo` in report.json): time until every chart
    // is painted (wait for `canvas[data-draws]` > 0 and read a paint mark the
    // app records), input-to-redraw latency (key on a slider, time until the
    // chart's `data-draws` grows, via a mark the app records on redraw), and
    // memory (`performance.measureUserAgentSpecificMemory()` needs
    // cross-origin isolation; else the wasm memory's byte length).
    println!("\nNot measured yet: time to all charts painted, input-to-redraw latency, memory.");
    if !problems.is_empty() {
        println!("\nconsole problems during the bench:");
        for p in problems {
            println!("  {p}");
        }
    }
}

fn report_json(chromium: &str, mc: &[McFigures], files: &[FileSize], problems: &[String]) -> Value {
    let totals = |only_first: bool| {
        let picked = files.iter().filter(|f| f.first_load || !only_first);
        let (mut raw, mut gzip, mut brotli, mut count) = (0, 0, 0, 0);
        for f in picked {
            raw += f.raw;
            gzip += f.gzip;
            brotli += f.brotli;
            count += 1;
        }
        json!({ "files": count, "raw": raw, "gzip": gzip, "brotli": brotli })
    };
    json!({
        "browser": chromium,
        "site_prefix": PREFIX,
        "monte_carlo": mc.iter().map(|f| json!({
            "preset": "ArticleLow",
            "samples": f.samples,
            "warmups": WARMUPS,
            "worker_ms": { "median": median(&f.worker), "runs": f.worker },
            "roundtrip_ms": { "median": median(&f.roundtrip), "runs": f.roundtrip },
            "budget_ms": f.budget,
            "budget_applies_to": "roundtrip_ms.median",
            "verdict": verdict(f),
            "p50_industry_2025": f.p50_industry_2025,
        })).collect::<Vec<_>>(),
        "transfer": {
            "files": files.iter().map(|f| json!({
                "file": f.name, "first_load": f.first_load,
                "raw": f.raw, "gzip": f.gzip, "brotli": f.brotli,
            })).collect::<Vec<_>>(),
            "first_load": totals(true),
            "all": totals(false),
        },
        "console_problems": problems,
        // Figures to come; null until measured.
        "todo": {
            "charts_painted_ms": null,
            "input_to_redraw_ms": null,
            "memory_bytes": null,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(&[]).is_nan());
    }
}

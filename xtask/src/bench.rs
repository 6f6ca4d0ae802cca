//! `cargo xtask bench`: the browser benchmark of the release build, then the
//! native benches (`cargo bench`, skipped with `--no-native`).
//!
//! The browser part builds the site as the end-to-end tests do (release,
//! under `/lce/`, but into its own `target/bench-dist/`), serves it on its
//! own loopback port, opens it in headless Chromium through chromedriver and
//! measures these figures:
//!
//! 1. the transfer size of every file of the build, raw, gzip -9 and brotli
//!    q11, marking the files the page fetched on its first load;
//! 2. the time from navigation start to every chart drawn and painted, from
//!    the app's User Timing marks (`lce:charts-drawn`, `lce:charts-painted`,
//!    `lce:drawn:<canvas>`; see `src/ui/timing.rs`), median of 5 loads;
//! 3. input-to-redraw latency over 500 slider steps (the article's sliders in
//!    turn, one step each, aligned to animation frames, each slider scrolled
//!    into view as a reader has it): the app's `lce:input-to-redraw` measure
//!    of each step, from the `input` event to the last chart redrawn (the
//!    charts on or near the screen; one far off it draws when it comes near,
//!    see `src/ui/near.rs`); with what it is spent on (Yew's render and
//!    `views::build` against each chart's drawing, and a CPU profile of 100
//!    more steps);
//! 4. the Monte Carlo in the Web Worker for 100,000 and 1,000,000 samples,
//!    by calling `window.wasmBindings.lce_run_monte_carlo` (the article's low
//!    preset): one warm-up, then the median of 5 runs, both the worker's own
//!    time and the round trip seen by the page;
//! 5. memory after 100, 1,000, 5,000 and 10,000 slider changes, on a fresh
//!    load: the app's wasm memory (`lce_wasm_memory_bytes`) and V8's used
//!    heap after a forced garbage collection (DevTools protocol);
//! 6. a Lighthouse audit of the build served with gzip (`lighthouse.rs`);
//! 7. where the wasm's bytes go: its largest functions and data segments,
//!    and the same by crate (`size.rs`).
//!
//! It checks the budgets and prints PASS or FAIL for each, prints a table
//! and writes `target/bench/report.json`. A missed budget is reported, not
//! an error: the command fails only if it cannot measure.

mod lighthouse;
mod page;
mod size;

use crate::dist::build_release;
use crate::engines::{Driver, Engine};
use crate::proc::run;
use crate::server::StaticServer;
use crate::tools::{APP_PACKAGE, Ctx, capture};
use crate::webdriver::Session;
use anyhow::{Context, Result, bail};
use page::{Load, Memory, Profile, Step};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// URL path the benchmark serves the build under, as the end-to-end tests do.
const PREFIX: &str = "/lce/";
/// Monte Carlo sizes and their budgets (round trip, milliseconds).
/// No task on the load path may hold the main thread longer (the Long
/// Tasks API's own threshold, on this machine's CPU).
const LONG_TASK_BUDGET_MS: f64 = 50.0;

const MC_BUDGETS: [(u32, f64); 2] = [(100_000, 50.0), (1_000_000, 500.0)];
const WARMUPS: usize = 1;
const RUNS: usize = 5;
/// Page loads timed for the charts-painted figure.
const LOADS: usize = 5;
/// Slider steps: untimed warm-up, timed, profiled.
const STEP_WARMUP: usize = 20;
const STEPS: usize = 500;
const PROFILED_STEPS: usize = 100;
/// Memory is read after this many slider changes, then at `MEMORY_BETWEEN`
/// and after `MEMORY_LATE` (the budgets compare the last with the first and
/// with `MEMORY_PLATEAU`).
const MEMORY_EARLY: usize = 100;
const MEMORY_BETWEEN: [usize; 2] = [MEMORY_PLATEAU, 5_000];
const MEMORY_LATE: usize = 10_000;
/// Steps per WebDriver call in the memory run.
const MEMORY_CHUNK: usize = 1_000;

/// The app's module as cargo links it, before wasm-bindgen and wasm-opt
/// (Trunk builds into the default target directory): the one with names.
const LINKED_WASM: &str = "target/wasm32-unknown-unknown/release/live-commerce-explorer.wasm";

/// Everything the first load may transfer, brotli, all files (bytes).
const FIRST_LOAD_BROTLI_BUDGET: usize = 150 * 1024;
/// Input to every chart redrawn, 95th percentile (milliseconds).
const REDRAW_P95_BUDGET: f64 = 2.0;
/// Input to the first chart's redraw starting (Yew's render and the views),
/// median (milliseconds): what rendering by card is for.
const RENDER_P50_BUDGET: f64 = 0.5;
/// V8's heap after `MEMORY_LATE` changes over after `MEMORY_EARLY`.
const MEMORY_RATIO_BUDGET: f64 = 1.1;
/// Wasm memory only grows, so it reaches its high-water mark and stays
/// there: after `MEMORY_LATE` changes it may be at most this much over the
/// figure after `MEMORY_PLATEAU`, and at most `WASM_MEMORY_BUDGET` bytes.
const MEMORY_PLATEAU: usize = 1_000;
const WASM_PLATEAU_BUDGET: f64 = 1.02;
const WASM_MEMORY_BUDGET: f64 = 4.0 * 1024.0 * 1024.0;
/// Lighthouse's performance score on its mobile profile (a floor; the
/// other three categories must score 1.0).
const LIGHTHOUSE_PERFORMANCE_BUDGET: f64 = 0.95;
/// Lighthouse's largest contentful paint, total blocking time
/// (milliseconds) and cumulative layout shift, mobile profile.
const LCP_BUDGET_MS: f64 = 1500.0;
const TBT_BUDGET_MS: f64 = 100.0;
const CLS_BUDGET: f64 = 0.02;

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

/// What the browser part measured.
struct Measured {
    loads: Vec<Load>,
    /// URL paths fetched on the first load.
    loaded: BTreeSet<String>,
    mc: Vec<McFigures>,
    views_build_ms: f64,
    sliders: Vec<String>,
    steps: Vec<Step>,
    profile: Profile,
    memory: Vec<Memory>,
    problems: Vec<String>,
}

fn browser(ctx: &Ctx) -> Result<()> {
    ctx.setup_build_tools()?;
    ctx.setup_chromium()?;
    let dist = ctx.root.join("target/bench-dist");
    build_release(ctx, PREFIX, None, &dist)?;
    // Read now, while cargo's output is the build just served.
    let size = size::read(&ctx.root.join(LINKED_WASM))?;

    let server = StaticServer::start(&dist, PREFIX)?;
    let site = format!("http://127.0.0.1:{}{PREFIX}", server.port);
    let log = ctx.root.join("target/bench/chromedriver.log");
    let driver = Driver::start(ctx, Engine::Chromium, &log)?;
    println!("[bench] serving {} at {site}", dist.display());

    let measured = measure(ctx, &driver, &site);
    drop(driver);
    drop(server);
    let m = measured?;
    // 6. Lighthouse, with a Chromium of its own, once the rest is done.
    let lh = lighthouse::audit(ctx, &dist, PREFIX)?;

    let files = transfer(&dist, &m.loaded)?;
    let chromium = capture(ctx.cmd(&ctx.chrome).arg("--version"))
        .unwrap_or_default()
        .trim()
        .to_owned();
    let budgets = budgets(&m, &files, &lh);
    print_report(&m, &files, &lh, &size, &budgets);
    let mut report = report_json(&chromium, &m, &files, &budgets);
    report["lighthouse"] = lh.json();
    report["size"] = size.json();
    let out = ctx.root.join("target/bench/report.json");
    std::fs::create_dir_all(out.parent().expect("a parent"))?;
    std::fs::write(&out, serde_json::to_string_pretty(&report)? + "\n")
        .with_context(|| format!("writing {}", out.display()))?;
    println!("[bench] wrote {}", out.display());
    Ok(())
}

fn progress(what: &str, since: Instant) {
    println!("[bench] {what} ({:.1} s)", since.elapsed().as_secs_f64());
}

/// Opens the page and takes every measurement.
fn measure(ctx: &Ctx, driver: &Driver, site: &str) -> Result<Measured> {
    let t = Instant::now();
    let s = Session::chromium(driver, &ctx.chrome, 1200, 900)?;
    s.script_timeout(Duration::from_secs(280))?;
    // Every load comes from the network, as a first visit does: the page's
    // service worker (static/sw.js) would answer loads 2 to 5 from its cache.
    s.cdp("Network.enable", json!({}))?;
    s.cdp("Network.setBypassServiceWorker", json!({ "bypass": true }))?;

    // 2. Charts painted, over fresh loads; the last load stays open.
    let mut loads = Vec::new();
    for _ in 0..LOADS {
        loads.push(page::load(&s, site)?);
    }
    progress(&format!("{LOADS} loads timed"), t);
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
    // 1. What the first load fetched (sizes are read from the files).
    let loaded = first_load(&s)?;

    // 4. Monte Carlo.
    let mc = monte_carlo(&s)?;
    progress("Monte Carlo timed", t);

    // 3. Input to redraw.
    let views_build_ms = page::views_build_ms(&s)?;
    let sliders = page::install(&s)?;
    page::steps(&s, &sliders, STEP_WARMUP, true, false)?;
    let steps = page::parse_steps(&page::steps(&s, &sliders, STEPS, true, true)?);
    if steps.len() != STEPS {
        bail!("asked for {STEPS} slider steps, got {}", steps.len());
    }
    if steps.iter().all(|s| s.charts.is_empty()) {
        bail!("no slider step redrew a chart (the app's lce:input-to-redraw lists none)");
    }
    progress(&format!("{STEPS} slider steps timed"), t);
    let profile = page::profile(
        &s,
        &sliders,
        PROFILED_STEPS,
        &ctx.root.join("target/bench/slider-steps.cpuprofile"),
    )?;
    progress(&format!("{PROFILED_STEPS} slider steps profiled"), t);

    // 5. Memory, on a fresh load.
    page::load(&s, site)?;
    let sliders_now = page::install(&s)?;
    page::steps(&s, &sliders_now, MEMORY_EARLY, false, false)?;
    let mut memory = vec![page::memory(&s, MEMORY_EARLY)?];
    let mut done = MEMORY_EARLY;
    for stop in MEMORY_BETWEEN.into_iter().chain([MEMORY_LATE]) {
        while done < stop {
            let n = MEMORY_CHUNK.min(stop - done);
            page::steps(&s, &sliders_now, n, false, false)?;
            done += n;
        }
        memory.push(page::memory(&s, stop)?);
    }
    progress(&format!("memory after {MEMORY_LATE} slider changes"), t);

    let problems = s.console_problems()?;
    Ok(Measured {
        loads,
        loaded,
        mc,
        views_build_ms,
        sliders,
        steps,
        profile,
        memory,
        problems,
    })
}

fn monte_carlo(s: &Session) -> Result<Vec<McFigures>> {
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
    Ok(figures)
}

/// URL paths (below the site) of everything the page fetched so far,
/// the page itself included. The page's resource timing does not see what
/// its worker fetches; the worker (`mc_worker_loader.js`) imports the app's
/// own module, which the page loaded, and is handed its compiled wasm. A
/// Trunk worker loader shim (`<name>_loader.js`) would bring `<name>.js`
/// and `<name>_bg.wasm`, so those are counted when one is fetched.
fn first_load(s: &Session) -> Result<BTreeSet<String>> {
    // The service worker's script too (static/sw.js, fetched on the first
    // visit). What it precaches once the app runs (every file of the build,
    // revalidated: mostly 304s on a host that sends validators, sent again
    // by this server's `no-store`) is not counted.
    let urls = s.execute(
        r#"const seen = [location.href, ...performance.getEntriesByType('resource').map(e => e.name)];
           const sw = navigator.serviceWorker;
           return !sw ? seen : sw.getRegistration().then(r => {
             const w = r && (r.active || r.waiting || r.installing);
             return w ? [...seen, w.scriptURL] : seen;
           });"#,
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

/// Sums of the files' sizes: (files, raw, gzip, brotli).
fn totals(files: &[FileSize], only_first: bool) -> (usize, usize, usize, usize) {
    files
        .iter()
        .filter(|f| f.first_load || !only_first)
        .fold((0, 0, 0, 0), |(n, r, g, b), f| {
            (n + 1, r + f.raw, g + f.gzip, b + f.brotli)
        })
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

/// The `p`th percentile (0–100) by nearest rank; `percentile(v, 100)` is the max.
fn percentile(values: &[f64], p: f64) -> f64 {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| !x.is_nan()).collect();
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * v.len() as f64).ceil() as usize;
    v[rank.clamp(1, v.len()) - 1]
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

/// p50, p95 and max of `values`.
fn spread(values: &[f64]) -> (f64, f64, f64) {
    (
        percentile(values, 50.0),
        percentile(values, 95.0),
        percentile(values, 100.0),
    )
}

/// How a budget's figure is shown.
#[derive(Clone, Copy)]
enum Unit {
    Bytes,
    Millis,
    Ratio,
    /// A Lighthouse score, 0 to 1: its budget is a floor.
    Score,
    /// A unitless figure (layout shift).
    Plain,
}

impl Unit {
    fn show(self, v: f64) -> String {
        match self {
            Unit::Bytes => format!("{} ({v:.0} B)", kib(v as usize)),
            Unit::Millis => format!("{v:.2} ms"),
            Unit::Ratio => format!("{v:.3}×"),
            Unit::Score => format!("{v:.2}"),
            Unit::Plain => format!("{v:.3}"),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Unit::Bytes => "bytes",
            Unit::Millis => "ms",
            Unit::Ratio => "ratio",
            Unit::Score => "score (at least)",
            Unit::Plain => "unitless",
        }
    }
}

/// A budget: the figure must be at most `limit` (at least, for a score).
struct Budget {
    figure: String,
    value: f64,
    limit: f64,
    unit: Unit,
}

impl Budget {
    fn pass(&self) -> bool {
        match self.unit {
            Unit::Score => self.value >= self.limit,
            _ => self.value <= self.limit,
        }
    }

    fn verdict(&self) -> &'static str {
        if self.pass() { "PASS" } else { "FAIL" }
    }

    /// "12.3 ms under" / "4.5 ms over".
    fn margin(&self) -> String {
        let d = (self.limit - self.value).abs();
        let side = match (self.unit, self.pass()) {
            (Unit::Score, true) => "above",
            (Unit::Score, false) => "below",
            (_, true) => "under",
            (_, false) => "over",
        };
        let amount = match self.unit {
            Unit::Bytes => kib(d as usize),
            Unit::Millis => format!("{d:.2} ms"),
            Unit::Ratio | Unit::Plain => format!("{d:.3}"),
            Unit::Score => format!("{d:.2}"),
        };
        format!(
            "{amount} {side} ({:+.0}%)",
            (self.value / self.limit - 1.0) * 100.0
        )
    }
}

/// Lighthouse's budgets: each category's score (a floor) and the load's
/// figures (ceilings).
fn lighthouse_budgets(lh: &lighthouse::Audit) -> Vec<Budget> {
    let mut out: Vec<Budget> = lighthouse::CATEGORIES
        .iter()
        .map(|c| Budget {
            figure: format!("6. Lighthouse {c} score"),
            value: lh.score(c),
            limit: if *c == "performance" {
                LIGHTHOUSE_PERFORMANCE_BUDGET
            } else {
                1.0
            },
            unit: Unit::Score,
        })
        .collect();
    for (figure, value, limit, unit) in [
        (
            "largest contentful paint",
            lh.lcp_ms,
            LCP_BUDGET_MS,
            Unit::Millis,
        ),
        (
            "total blocking time",
            lh.tbt_ms,
            TBT_BUDGET_MS,
            Unit::Millis,
        ),
        ("cumulative layout shift", lh.cls, CLS_BUDGET, Unit::Plain),
    ] {
        out.push(Budget {
            figure: format!("6. Lighthouse {figure}"),
            value,
            limit,
            unit,
        });
    }
    out
}

fn budgets(m: &Measured, files: &[FileSize], lh: &lighthouse::Audit) -> Vec<Budget> {
    let (_, _, _, brotli) = totals(files, true);
    let ms: Vec<f64> = m.steps.iter().map(|s| s.ms).collect();
    let mut out = vec![
        Budget {
            figure: "1. first load, all files, brotli".into(),
            value: brotli as f64,
            limit: FIRST_LOAD_BROTLI_BUDGET as f64,
            unit: Unit::Bytes,
        },
        Budget {
            figure: "2. longest task on the load path, median of loads".into(),
            value: median(
                &m.loads
                    .iter()
                    .map(|l| l.long_tasks.first().copied().unwrap_or(0.0))
                    .collect::<Vec<_>>(),
            ),
            limit: LONG_TASK_BUDGET_MS,
            unit: Unit::Millis,
        },
        Budget {
            figure: format!("3. input to redraw, p95 of {STEPS} steps"),
            value: percentile(&ms, 95.0),
            limit: REDRAW_P95_BUDGET,
            unit: Unit::Millis,
        },
        Budget {
            figure: "3. render before the first redraw, p50".into(),
            value: median(&m.steps.iter().map(|s| s.render_ms).collect::<Vec<_>>()),
            limit: RENDER_P50_BUDGET,
            unit: Unit::Millis,
        },
    ];
    for f in &m.mc {
        out.push(Budget {
            figure: format!("4. Monte Carlo {} samples, median round trip", f.samples),
            value: median(&f.roundtrip),
            limit: f.budget,
            unit: Unit::Millis,
        });
    }
    let plateau = m.memory.iter().find(|mem| mem.changes == MEMORY_PLATEAU);
    if let (Some(plateau), Some(late)) = (plateau, m.memory.last()) {
        out.push(Budget {
            figure: format!(
                "5. wasm memory, {} vs {} changes",
                late.changes, plateau.changes
            ),
            value: late.wasm_bytes / plateau.wasm_bytes,
            limit: WASM_PLATEAU_BUDGET,
            unit: Unit::Ratio,
        });
        out.push(Budget {
            figure: format!("5. wasm memory after {} changes", late.changes),
            value: late.wasm_bytes,
            limit: WASM_MEMORY_BUDGET,
            unit: Unit::Bytes,
        });
    }
    if let (Some(early), Some(late)) = (m.memory.first(), m.memory.last()) {
        out.push(Budget {
            figure: format!("5. JS heap, {} vs {} changes", late.changes, early.changes),
            value: late.js_heap_bytes / early.js_heap_bytes,
            limit: MEMORY_RATIO_BUDGET,
            unit: Unit::Ratio,
        });
    }
    out.extend(lighthouse_budgets(lh));
    out
}

fn kib(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else if bytes < 1024 * 1024 {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    } else {
        format!("{:.2} MiB", bytes as f64 / (1024.0 * 1024.0))
    }
}

fn print_report(
    m: &Measured,
    files: &[FileSize],
    lh: &lighthouse::Audit,
    size: &size::Breakdown,
    budgets: &[Budget],
) {
    // 1. Transfer.
    println!(
        "\n1. Transfer: every file of the build (first load: fetched by the page or its worker)"
    );
    println!(
        "{:<52} {:>11} {:>11} {:>11}  first load",
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
        let (n, raw, gzip, brotli) = totals(files, only_first);
        println!(
            "{:<52} {:>11} {:>11} {:>11}",
            format!("{label} ({n} files)"),
            kib(raw),
            kib(gzip),
            kib(brotli)
        );
    }

    // 2. Charts painted.
    println!(
        "\n2. Navigation start to charts (ms; median of {} loads; the app's User Timing marks)",
        m.loads.len()
    );
    let col = |k: fn(&Load) -> f64| median(&m.loads.iter().map(k).collect::<Vec<_>>());
    println!(
        "   app wasm downloaded {:>8.1}   first contentful paint {:>8.1}   DOMContentLoaded {:>8.1}",
        col(|l| l.wasm_loaded),
        col(|l| l.first_contentful_paint),
        col(|l| l.dom_content_loaded)
    );
    println!(
        "   app took over the prerendered page {:>8.1}",
        col(|l| l.took_over)
    );
    println!(
        "   long tasks until every section rendered (this CPU; ms, longest first): {}",
        m.loads
            .iter()
            .map(|l| format!(
                "[{}]",
                l.long_tasks
                    .iter()
                    .map(|t| format!("{t:.0}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            ))
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!(
        "   all charts drawn    {:>8.1}   all charts painted     {:>8.1}   (each load: {})",
        col(|l| l.charts_drawn),
        col(|l| l.charts_painted),
        m.loads
            .iter()
            .map(|l| format!("{:.0}", l.charts_painted))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!("   {:<22} {:>10} {:>10}", "chart", "drawn at", "draw ms");
    for id in m
        .loads
        .first()
        .map(|l| l.charts.keys())
        .into_iter()
        .flatten()
    {
        let at: Vec<f64> = m
            .loads
            .iter()
            .filter_map(|l| l.charts.get(id).map(|c| c.0))
            .collect();
        let took: Vec<f64> = m
            .loads
            .iter()
            .filter_map(|l| l.charts.get(id).map(|c| c.1))
            .collect();
        println!(
            "   {:<22} {:>10.1} {:>10.2}",
            id,
            median(&at),
            median(&took)
        );
    }

    // 3. Input to redraw.
    let ms: Vec<f64> = m.steps.iter().map(|s| s.ms).collect();
    println!(
        "\n3. Input to redraw: {} slider steps ({}), from the input event to the last chart redrawn",
        m.steps.len(),
        m.sliders.join(", ")
    );
    println!(
        "   {:<34} {:>8} {:>8} {:>8} {:>8}",
        "", "p50 ms", "p95 ms", "max ms", "mean"
    );
    let row = |label: &str, v: &[f64]| {
        let (a, b, c) = spread(v);
        println!(
            "   {:<34} {:>8.2} {:>8.2} {:>8.2} {:>8.2}",
            label,
            a,
            b,
            c,
            mean(v)
        );
    };
    row("input to last chart redrawn", &ms);
    row(
        "input to next frame painted",
        &m.steps.iter().map(|s| s.painted_ms).collect::<Vec<_>>(),
    );
    let idle = m.steps.iter().filter(|s| s.charts.is_empty()).count();
    if idle > 0 {
        println!("   ({idle} steps redrew no chart; they count to when the app settled)");
    }
    for slider in &m.sliders {
        let v: Vec<f64> = m
            .steps
            .iter()
            .filter(|s| &s.slider == slider)
            .map(|s| s.ms)
            .collect();
        let charts = m
            .steps
            .iter()
            .find(|s| &s.slider == slider)
            .map(|s| s.charts.len())
            .unwrap_or(0);
        row(&format!("  #{slider} ({charts} charts)"), &v);
    }
    println!("   where the time goes (per step):");
    row(
        "  input to first redraw (render)",
        &m.steps.iter().map(|s| s.render_ms).collect::<Vec<_>>(),
    );
    row(
        "  drawing, all charts",
        &m.steps
            .iter()
            .map(|s| s.draw_ms.values().sum::<f64>())
            .collect::<Vec<_>>(),
    );
    for (id, v) in draws_by_chart(&m.steps) {
        row(&format!("    {id}"), &v);
    }
    for (name, v) in pieces(&m.steps) {
        row(&format!("  {name} (timing::piece)"), &v);
    }
    println!(
        "   views::build alone (article's assumptions, in the page's wasm): {:.3} ms",
        m.views_build_ms
    );
    println!(
        "   CPU profile of {PROFILED_STEPS} more steps: {:.0} ms busy on the main thread",
        m.profile.busy_ms
    );
    for (kind, ms) in &m.profile.kinds {
        println!(
            "     {:<58} {:>8.1} ms {:>5.1}%",
            kind,
            ms,
            100.0 * ms / m.profile.busy_ms
        );
    }
    println!("     largest self time:");
    for (name, at, ms) in m.profile.top.iter().take(10) {
        let name: String = name.chars().take(50).collect();
        println!(
            "       {:<50} {:<16} {:>8.1} ms {:>5.1}%",
            name,
            at.chars().take(16).collect::<String>(),
            ms,
            100.0 * ms / m.profile.busy_ms
        );
    }

    // 4. Monte Carlo.
    println!(
        "\n4. Monte Carlo in the Web Worker (article's low preset; median of {RUNS} runs after {WARMUPS} warm-up)"
    );
    println!(
        "   {:>10} {:>11} {:>14} {:>9}  P50 industry 2025",
        "samples", "worker ms", "round trip ms", "budget"
    );
    for f in &m.mc {
        println!(
            "   {:>10} {:>11.1} {:>14.1} {:>6} ms  {:.1} bn yuan",
            f.samples,
            median(&f.worker),
            median(&f.roundtrip),
            f.budget,
            f.p50_industry_2025
        );
    }

    // 5. Memory.
    println!(
        "\n5. Memory after slider changes (fresh load; after a forced GC, Monte Carlo at rest)"
    );
    println!(
        "   {:>8} {:>14} {:>14} {:>10} {:>16}",
        "changes", "wasm memory", "JS heap used", "DOM nodes", "timeline entries"
    );
    for mem in &m.memory {
        println!(
            "   {:>8} {:>14} {:>14} {:>10} {:>16}",
            mem.changes,
            kib(mem.wasm_bytes as usize),
            kib(mem.js_heap_bytes as usize),
            mem.dom_nodes,
            mem.timeline_entries
        );
    }

    lh.print();

    // 7. Where the wasm's bytes go.
    size.print(
        &format!("7. The wasm as cargo links it ({LINKED_WASM})"),
        kib,
    );

    // Budgets.
    println!("\nBudgets (the bench reports them; it does not fail on them)");
    println!(
        "   {:<46} {:>22} {:>22}  {:<7} margin",
        "figure", "value", "budget", "verdict"
    );
    for b in budgets {
        println!(
            "   {:<46} {:>22} {:>22}  {:<7} {}",
            b.figure,
            b.unit.show(b.value),
            b.unit.show(b.limit),
            b.verdict(),
            b.margin()
        );
    }
    let failed = budgets.iter().filter(|b| !b.pass()).count();
    println!(
        "   {} of {} budgets met{}",
        budgets.len() - failed,
        budgets.len(),
        if failed > 0 { ", see FAIL above" } else { "" }
    );
    if !m.problems.is_empty() {
        println!("\nconsole problems during the bench:");
        for p in &m.problems {
            println!("  {p}");
        }
    }
}

/// Each named piece's times over the steps that ran it.
fn pieces(steps: &[Step]) -> BTreeMap<String, Vec<f64>> {
    let mut out: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for s in steps {
        for (name, ms) in &s.pieces_ms {
            out.entry(name.clone()).or_default().push(*ms);
        }
    }
    out
}

/// Each chart's drawing times over the steps that redrew it.
fn draws_by_chart(steps: &[Step]) -> BTreeMap<String, Vec<f64>> {
    let mut out: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for s in steps {
        for (id, ms) in &s.draw_ms {
            out.entry(id.clone()).or_default().push(*ms);
        }
    }
    out
}

fn stats_json(v: &[f64]) -> Value {
    let (p50, p95, max) = spread(v);
    json!({ "p50": p50, "p95": p95, "max": max, "mean": mean(v), "n": v.len() })
}

fn report_json(chromium: &str, m: &Measured, files: &[FileSize], budgets: &[Budget]) -> Value {
    let total = |only_first: bool| {
        let (files, raw, gzip, brotli) = totals(files, only_first);
        json!({ "files": files, "raw": raw, "gzip": gzip, "brotli": brotli })
    };
    let ms: Vec<f64> = m.steps.iter().map(|s| s.ms).collect();
    let col = |k: fn(&Load) -> f64| median(&m.loads.iter().map(k).collect::<Vec<_>>());
    json!({
        "browser": chromium,
        "site_prefix": PREFIX,
        "budgets": budgets.iter().map(|b| json!({
            "figure": b.figure, "value": b.value, "budget": b.limit, "unit": b.unit.name(),
            "verdict": b.verdict(), "margin": b.margin(),
        })).collect::<Vec<_>>(),
        "transfer": {
            "files": files.iter().map(|f| json!({
                "file": f.name, "first_load": f.first_load,
                "raw": f.raw, "gzip": f.gzip, "brotli": f.brotli,
            })).collect::<Vec<_>>(),
            "first_load": total(true),
            "all": total(false),
            "budget_brotli_first_load": FIRST_LOAD_BROTLI_BUDGET,
        },
        "charts_painted_ms": {
            "from": "navigation start",
            "median": {
                "charts_drawn": col(|l| l.charts_drawn),
                "took_over": col(|l| l.took_over),
                "charts_painted": col(|l| l.charts_painted),
                "first_contentful_paint": col(|l| l.first_contentful_paint),
                "dom_content_loaded": col(|l| l.dom_content_loaded),
                "wasm_loaded": col(|l| l.wasm_loaded),
            },
            "loads": m.loads.iter().map(|l| json!({
                "charts_drawn": l.charts_drawn,
                "took_over": l.took_over,
                "long_tasks_ms": l.long_tasks,
                "charts_painted": l.charts_painted,
                "first_contentful_paint": l.first_contentful_paint,
                "dom_content_loaded": l.dom_content_loaded,
                "wasm_loaded": l.wasm_loaded,
                "charts": l.charts.iter().map(|(id, (at, took))| (id.clone(), json!({
                    "drawn_at": at, "draw_ms": took,
                }))).collect::<serde_json::Map<_, _>>(),
            })).collect::<Vec<_>>(),
        },
        "input_to_redraw_ms": {
            "steps": m.steps.len(),
            "steps_redrawing_nothing": m.steps.iter().filter(|s| s.charts.is_empty()).count(),
            "warmup_steps": STEP_WARMUP,
            "sliders": m.sliders,
            "all": stats_json(&ms),
            "to_next_frame_painted": stats_json(
                &m.steps.iter().map(|s| s.painted_ms).collect::<Vec<_>>()),
            "budget_p95": REDRAW_P95_BUDGET,
            "by_slider": m.sliders.iter().map(|id| {
                let v: Vec<f64> = m.steps.iter().filter(|s| &s.slider == id).map(|s| s.ms).collect();
                (id.clone(), stats_json(&v))
            }).collect::<serde_json::Map<_, _>>(),
            "render_ms": stats_json(&m.steps.iter().map(|s| s.render_ms).collect::<Vec<_>>()),
            "draw_ms_all_charts": stats_json(
                &m.steps.iter().map(|s| s.draw_ms.values().sum::<f64>()).collect::<Vec<_>>()),
            "draw_ms_by_chart": draws_by_chart(&m.steps).iter()
                .map(|(id, v)| (id.clone(), stats_json(v)))
                .collect::<serde_json::Map<_, _>>(),
            "pieces_ms": pieces(&m.steps).iter()
                .map(|(name, v)| (name.clone(), stats_json(v)))
                .collect::<serde_json::Map<_, _>>(),
            "views_build_ms": m.views_build_ms,
            "profile": {
                "steps": PROFILED_STEPS,
                "busy_ms": m.profile.busy_ms,
                "by_kind_ms": m.profile.kinds,
                "top_self_ms": m.profile.top.iter().map(|(name, at, ms)| json!({
                    "function": name, "where": at, "self_ms": ms,
                })).collect::<Vec<_>>(),
            },
        },
        "monte_carlo": m.mc.iter().map(|f| json!({
            "preset": "ArticleLow",
            "samples": f.samples,
            "warmups": WARMUPS,
            "worker_ms": { "median": median(&f.worker), "runs": f.worker },
            "roundtrip_ms": { "median": median(&f.roundtrip), "runs": f.roundtrip },
            "budget_ms": f.budget,
            "budget_applies_to": "roundtrip_ms.median",
            "p50_industry_2025": f.p50_industry_2025,
        })).collect::<Vec<_>>(),
        "memory": m.memory.iter().map(|mem| json!({
            "changes": mem.changes,
            "wasm_bytes": mem.wasm_bytes,
            "js_heap_used_bytes": mem.js_heap_bytes,
            "dom_nodes": mem.dom_nodes,
            "timeline_entries": mem.timeline_entries,
        })).collect::<Vec<_>>(),
        "console_problems": m.problems,
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

    #[test]
    fn percentiles_by_nearest_rank() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&v, 50.0), 50.0);
        assert_eq!(percentile(&v, 95.0), 95.0);
        assert_eq!(percentile(&v, 100.0), 100.0);
        assert_eq!(percentile(&[7.0], 95.0), 7.0);
        assert!(percentile(&[], 95.0).is_nan());
    }

    #[test]
    fn budget_margins() {
        let b = Budget {
            figure: "x".into(),
            value: 5.0,
            limit: 4.0,
            unit: Unit::Millis,
        };
        assert_eq!(b.verdict(), "FAIL");
        assert_eq!(b.margin(), "1.00 ms over (+25%)");
        let b = Budget { value: 3.0, ..b };
        assert_eq!(b.verdict(), "PASS");
        assert_eq!(b.margin(), "1.00 ms under (-25%)");
    }
}

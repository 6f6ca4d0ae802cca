//! `cargo xtask test`: every check CI runs, as named steps with a summary table.

use crate::dist::build_release;
use crate::engines::{Driver, Engine};
use crate::proc::{count_tests, http_get, run, run_tee, run_tee_status};
use crate::server::StaticServer;
use crate::tools::{APP_PACKAGE, Ctx, WASM_TARGET};
use anyhow::{Result, bail};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// URL path the end-to-end tests serve the release build under (proves sub-path hosting).
const E2E_PREFIX: &str = "/lce/";

/// A step: short id (for `--only`), display name, action.
type Step = (&'static str, &'static str, fn(&Ctx) -> Result<()>);

const STEPS: &[Step] = &[
    ("setup", "setup", setup),
    ("fmt", "fmt", fmt),
    ("clippy", "clippy (host)", clippy_host),
    ("clippy-wasm", "clippy (wasm32)", clippy_wasm),
    ("native", "native tests", native_tests),
    ("wasm", "wasm tests (headless chromium)", wasm_tests),
    ("build", "release build (/lce/)", release_build),
    ("e2e", "end-to-end tests (chromium)", e2e_chromium),
    ("e2e-firefox", "end-to-end tests (firefox)", e2e_firefox),
    ("e2e-webkit", "end-to-end tests (webkit)", e2e_webkit),
];

/// Step ids, for help and error messages.
fn step_ids() -> String {
    STEPS.iter().map(|s| s.0).collect::<Vec<_>>().join(", ")
}

/// Runs the steps in order (all, or `setup` plus those in `only`; an `e2e` step implies `build`),
/// stopping at the first failure, and prints the summary. Returns the exit code.
pub fn test(ctx: &Ctx, only: &[String]) -> Result<ExitCode> {
    for id in only {
        if !STEPS.iter().any(|s| s.0 == id) {
            bail!("--only: unknown step `{id}` (steps: {})", step_ids());
        }
    }
    let selected = |id: &str| {
        only.is_empty()
            || id == "setup"
            || only
                .iter()
                .any(|o| o == id || (o.starts_with("e2e") && id == "build"))
    };
    let steps: Vec<&Step> = STEPS.iter().filter(|s| selected(s.0)).collect();

    let mut results: Vec<(&str, Option<(bool, Duration)>)> = Vec::new();
    let mut failed = false;
    for (i, (_, name, step)) in steps.iter().enumerate() {
        if failed {
            results.push((name, None));
            continue;
        }
        println!("\n==> [{}/{}] {name}", i + 1, steps.len());
        let start = Instant::now();
        let result = step(ctx);
        let took = start.elapsed();
        if let Err(err) = &result {
            eprintln!("\n[{name}] FAILED: {err:#}");
            failed = true;
        }
        results.push((name, Some((result.is_ok(), took))));
    }

    println!("\n{:<32} {:<8} {:>8}", "step", "result", "seconds");
    let (mut passed, mut failures) = (0, 0);
    for (name, outcome) in &results {
        let (result, secs) = match outcome {
            Some((true, took)) => ("ok", format!("{:.1}", took.as_secs_f64())),
            Some((false, took)) => ("FAILED", format!("{:.1}", took.as_secs_f64())),
            None => ("skipped", "-".to_owned()),
        };
        match outcome {
            Some((true, _)) => passed += 1,
            Some((false, _)) => failures += 1,
            None => {}
        }
        println!("{name:<32} {result:<8} {secs:>8}");
    }
    println!("{passed} passed, {failures} failed");
    Ok(if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn setup(ctx: &Ctx) -> Result<()> {
    ctx.setup_build_tools()?;
    // Before the native tests, which draw the link preview too.
    ctx.setup_preview_font()?;
    // The engines the end-to-end suite runs in, each pinned and cached
    // with one [setup] line.
    ctx.setup_chromium()?;
    ctx.setup_firefox()?;
    ctx.setup_webkit()?;
    ctx.setup_nginx()?;
    ctx.setup_axe()
}

fn fmt(ctx: &Ctx) -> Result<()> {
    run(ctx.cmd("cargo").args(["fmt", "--all", "--", "--check"]))
}

fn clippy_host(ctx: &Ctx) -> Result<()> {
    run(ctx.cmd("cargo").args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))
}

fn clippy_wasm(ctx: &Ctx) -> Result<()> {
    run(ctx.cmd("cargo").args([
        "clippy",
        "--lib",
        "--bins",
        "--tests",
        "--target",
        WASM_TARGET,
        "-p",
        APP_PACKAGE,
        "--",
        "-D",
        "warnings",
    ]))
}

fn native_tests(ctx: &Ctx) -> Result<()> {
    run(ctx.cmd("cargo").args(["test", "--workspace"]))
}

fn wasm_tests(ctx: &Ctx) -> Result<()> {
    let mut cmd = ctx.cmd("cargo");
    cmd.args([
        "test",
        "--target",
        WASM_TARGET,
        "-p",
        APP_PACKAGE,
        // The library's own browser tests (the canvas backend's text).
        "--lib",
        "--test",
        "web",
        "--test",
        "web_story",
        "--test",
        "web_i18n",
        "--test",
        "worker",
    ])
    .env("CHROMEDRIVER", &ctx.chromedriver);
    // Make sure the runner picks chromedriver, headless.
    for var in [
        "GECKODRIVER",
        "SAFARIDRIVER",
        "MSEDGEDRIVER",
        "CHROMEDRIVER_REMOTE",
        "GECKODRIVER_REMOTE",
        "SAFARIDRIVER_REMOTE",
        "MSEDGEDRIVER_REMOTE",
        "NO_HEADLESS",
        "WASM_BINDGEN_USE_BROWSER",
    ] {
        cmd.env_remove(var);
    }
    if std::env::var_os("WASM_BINDGEN_TEST_TIMEOUT").is_none() {
        cmd.env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    }
    // Chromium flags that keep it off the network (the runner adds headless
    // and no-sandbox itself); kept under .cargo/ beside the runner setting.
    if std::env::var_os("WASM_BINDGEN_TEST_WEBDRIVER_JSON").is_none() {
        cmd.env(
            "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
            ctx.root.join(".cargo/webdriver.json"),
        );
    }
    let output = run_tee(&mut cmd)?;
    require_tests_ran(&output, 0)
}

fn release_build(ctx: &Ctx) -> Result<()> {
    build_release(ctx, E2E_PREFIX, None, &e2e_dist(ctx))
}

/// Where the end-to-end build goes: `target/e2e-dist`, or `LCE_E2E_DIST`
/// (relative to the repo) so two checkouts' worth of work can test side by side.
fn e2e_dist(ctx: &Ctx) -> std::path::PathBuf {
    let dir = std::env::var("LCE_E2E_DIST").unwrap_or_else(|_| "target/e2e-dist".to_string());
    ctx.root.join(dir)
}

fn e2e_chromium(ctx: &Ctx) -> Result<()> {
    e2e_tests(ctx, Engine::Chromium)
}

fn e2e_firefox(ctx: &Ctx) -> Result<()> {
    e2e_tests(ctx, Engine::Firefox)
}

fn e2e_webkit(ctx: &Ctx) -> Result<()> {
    e2e_tests(ctx, Engine::WebKit)
}

/// The whole end-to-end suite in one engine, against the release build
/// served under [`E2E_PREFIX`]. A test that cannot run in an engine says so
/// itself (`SKIPPED in <engine>: why`); those lines are listed at the end.
fn e2e_tests(ctx: &Ctx, engine: Engine) -> Result<()> {
    let test_args = ["test", "-p", APP_PACKAGE, "--test", "e2e"];
    // Compile first, so build errors show up before any server or browser starts.
    run(ctx.cmd("cargo").args(test_args).arg("--no-run"))?;

    let dist = e2e_dist(ctx);
    if !dist.join("index.html").is_file() {
        bail!(
            "{} has no index.html; the release build step must run first",
            dist.display()
        );
    }
    // Chromium's console shows policy violations; the others report them.
    let name = engine.name();
    let server_log = ctx.root.join(format!("target/e2e-{name}-server.log"));
    let server = StaticServer::logging(&dist, E2E_PREFIX, engine != Engine::Chromium, &server_log)?;
    let site = format!("http://127.0.0.1:{}{E2E_PREFIX}", server.port);
    let (code, _) = http_get(server.port, E2E_PREFIX)?;
    if code != 200 {
        bail!("static server answered {code} for {site}");
    }
    println!(
        "serving {} at {site} (log: {})",
        dist.display(),
        server_log.display()
    );

    let log_path = ctx.root.join(format!("target/e2e-{name}-driver.log"));
    let driver = Driver::start(ctx, engine, &log_path)?;
    let webdriver = format!("http://127.0.0.1:{}", driver.port);
    println!(
        "{name}'s WebDriver ready at {webdriver} (log: {})",
        log_path.display()
    );

    let browser = ctx.browser_binary(engine)?;
    let suite = |args: &[String]| {
        run_tee_status(
            ctx.cmd("cargo")
                .args(test_args)
                .args(["--", "--ignored", "--test-threads=1", "--nocapture"])
                .args(args)
                .env("LCE_ENGINE", name)
                .env("LCE_SITE", &site)
                .env("LCE_WEBDRIVER", &webdriver)
                .env("LCE_BROWSER", &browser)
                .env("LCE_CHROME", &ctx.chrome)
                // Where the driver and its browsers write (Firefox's console).
                .env("LCE_DRIVER_LOG", &log_path)
                // The build being served (the offline test serves it itself, to
                // take the network away), and the accessibility checker.
                .env("LCE_DIST", &dist)
                .env("LCE_AXE", ctx.axe())
                // The second, ordinary static server of the hosting test.
                .env("LCE_NGINX", ctx.nginx()),
        )
    };
    // A developer's filter (e.g. `share::`) to run some of the suite.
    let filter: Vec<String> = std::env::var("LCE_E2E_FILTER").into_iter().collect();
    let output = suite(&filter).and_then(|(status, output)| {
        if status.success() {
            return Ok((output, Vec::new()));
        }
        let again = crash_reruns(&output)
            .ok_or_else(|| anyhow::anyhow!("the {name} suite failed ({status})"))?;
        println!(
            "\n{name}'s page process crashed under {} test(s); running only those once more:",
            again.len()
        );
        for t in &again {
            println!("  {t}");
        }
        let mut args = again.clone();
        args.push("--exact".to_string());
        let (status, _) = suite(&args)?;
        if !status.success() {
            bail!("the {name} suite failed, and again after a browser crash ({status})");
        }
        Ok((output, again))
    });
    // Stop the driver (and its browsers) and the server before reporting.
    drop(driver);
    drop(server);
    let (output, rerun) = output?;
    let skipped: Vec<&str> = output
        .lines()
        .filter(|l| l.contains("SKIPPED in "))
        .collect();
    if !skipped.is_empty() {
        println!("\nnot run in {name} ({}):", skipped.len());
        for line in &skipped {
            println!("  {line}");
        }
    }
    if !rerun.is_empty() {
        // Said again at the end, where a reader of the log looks.
        println!(
            "\npassed on a second run after {name}'s page process crashed ({}):",
            rerun.len()
        );
        for t in &rerun {
            println!("  {t}");
        }
    }
    require_tests_ran(&output, rerun.len() as u64)
}

/// The tests to run once more when every failure of `output` (libtest's,
/// with `--nocapture`) was the browser's page process crashing, as the e2e
/// harness marks it (`BROWSER CRASHED in <test>`, `CRASH_MARK` in
/// `tests/e2e/main.rs`); `None` when any failure was anything else, or
/// there is no list of failures to read.
fn crash_reruns(output: &str) -> Option<Vec<String>> {
    // The mark may follow libtest's "test <name> ... " on the same line.
    let crashed: Vec<&str> = output
        .lines()
        .filter_map(|l| l.split("BROWSER CRASHED in ").nth(1))
        .map(str::trim)
        .collect();
    // libtest's last "failures:" block lists the names (with --nocapture
    // an empty block of the tests' output comes first).
    let lines: Vec<&str> = output.lines().collect();
    let last = lines.iter().rposition(|l| l.trim_end() == "failures:")?;
    let failed: Vec<String> = lines[last + 1..]
        .iter()
        .take_while(|l| !l.trim().is_empty())
        .map(|l| l.trim().to_string())
        .collect();
    (!failed.is_empty() && failed.iter().all(|t| crashed.contains(&t.as_str()))).then_some(failed)
}

/// Fails when the output reports no test at all (e.g. everything filtered out).
/// `rerun` tests failed in `output` and passed when run again.
fn require_tests_ran(output: &str, rerun: u64) -> Result<()> {
    let (passed, failed) = count_tests(output);
    if passed + failed == 0 {
        bail!("the test runner reported 0 tests run");
    }
    let (passed, failed) = (passed + rerun, failed.saturating_sub(rerun));
    println!("({passed} passed, {failed} failed)");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::crash_reruns;

    /// As libtest writes it with `--nocapture` (from a real run).
    const CRASHED: &str = "running 2 tests\ntest a::one ... ok\n\nthread 'b::two' panicked at tests/e2e/main.rs:364:17:\nchart-gmv was never drawn\npage: (could not read it: webdriver returned error: session deleted because of page crash or hang.)\nstack backtrace:\ntest b::two ... BROWSER CRASHED in b::two\n   0: __rustc::rust_begin_unwind\nFAILED\n\nfailures:\n\nfailures:\n    b::two\n\ntest result: FAILED. 1 passed; 1 failed; 0 ignored\n";

    #[test]
    fn only_crashed_tests_are_run_again() {
        assert_eq!(crash_reruns(CRASHED), Some(vec!["b::two".to_string()]));
    }

    #[test]
    fn any_other_failure_is_not_run_again() {
        let other = CRASHED.replace("    b::two\n", "    b::two\n    c::three\n");
        assert_eq!(crash_reruns(&other), None);
        assert_eq!(crash_reruns("error: could not compile"), None);
    }
}

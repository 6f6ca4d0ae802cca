//! `cargo xtask bench`: native benchmarks now; a browser benchmark later.

use crate::proc::run;
use crate::tools::{APP_PACKAGE, Ctx};
use anyhow::Result;

/// Runs the native benches (if any), then the browser benchmark (not written yet).
pub fn bench(ctx: &Ctx) -> Result<()> {
    native(ctx)?;
    browser(ctx)
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

/// Browser benchmark of the release build. TODO (separate issue), planned shape:
///
/// 1. `ctx.setup_build_tools()?` and `ctx.setup_chromium()?`;
/// 2. `crate::dist::build_release(ctx, "/lce/", &ctx.root.join("target/bench-dist"))?`;
/// 3. serve it with `crate::server::StaticServer` and start chromedriver exactly as
///    `test::e2e_tests` does (Chromium with the quiet headless flags and a fresh
///    `--user-data-dir`);
/// 4. run a `benches/`-style driver (e.g. `cargo test --test browser_bench -- --ignored`)
///    that reads `performance` marks the app records and prints a table;
/// 5. compare with a stored baseline and fail on regressions beyond a threshold.
fn browser(_ctx: &Ctx) -> Result<()> {
    println!("[bench] browser benchmark: not implemented yet (see xtask/src/bench.rs)");
    Ok(())
}

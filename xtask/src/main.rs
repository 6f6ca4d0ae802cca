//! Developer commands for Live Commerce Explorer, run as `cargo xtask <command>`.
//!
//! See the README (or `cargo xtask help`) for what each command does.

mod bench;
mod dist;
mod engines;
mod prerender;
mod preview;
mod proc;
mod server;
mod test;
mod tools;
mod webdriver;

use anyhow::{Context, Result, bail};
use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <command> [options]

Commands:
  serve [--port N] [--open]      build and serve the app with live reload on
                                 http://127.0.0.1:8080/ (default port 8080)
  dist [--public-url /path/] [--site-url https://host/path/]
                                 release build into dist/ for static hosting
                                 under the given path (default /), then print
                                 raw and gzipped sizes; --site-url makes the
                                 link preview's addresses absolute
  test [--only STEP[,STEP]]      fmt, clippy, native tests, wasm tests in
                                 headless Chromium, release build, end-to-end
                                 tests in Chromium, Firefox and WebKit;
                                 prints a summary table. --only runs setup
                                 plus the given steps (setup, fmt, clippy,
                                 clippy-wasm, native, wasm, build, e2e,
                                 e2e-firefox, e2e-webkit; each e2e step
                                 implies build)
  bench [--no-native]            browser benchmark of the release build
                                 (transfer sizes, time to charts painted,
                                 input-to-redraw latency, Monte Carlo in the
                                 Web Worker, memory, a Lighthouse audit;
                                 budgets as PASS/FAIL;
                                 writes target/bench/report.json and the
                                 CPU profile slider-steps.cpuprofile), then
                                 `cargo bench` for the app crate unless
                                 --no-native
  help                           show this text

Tools (trunk, wasm-bindgen-cli, wasm-opt) are installed on first use into
$LCE_TOOLS_DIR, else $XDG_CACHE_HOME/live-commerce-explorer/tools,
else $HOME/.cache/live-commerce-explorer/tools.";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<ExitCode> {
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_else(|| "help".to_owned());
    let mut rest = Args(args.collect());
    let ctx = tools::Ctx::new()?;
    match command.as_str() {
        "serve" => {
            let port = rest.value("--port")?.unwrap_or_else(|| "8080".to_owned());
            port.parse::<u16>()
                .with_context(|| format!("--port: not a port number: {port}"))?;
            let open = rest.flag("--open");
            rest.finish()?;
            dist::serve(&ctx, &port, open)?;
            Ok(ExitCode::SUCCESS)
        }
        "dist" => {
            let url = rest
                .value("--public-url")?
                .unwrap_or_else(|| "/".to_owned());
            let site = rest.value("--site-url")?;
            rest.finish()?;
            dist::dist(&ctx, &url, site.as_deref())?;
            Ok(ExitCode::SUCCESS)
        }
        "test" => {
            let mut only = Vec::new();
            while let Some(ids) = rest.value("--only")? {
                only.extend(ids.split(',').map(|s| s.trim().to_owned()));
            }
            rest.finish()?;
            test::test(&ctx, &only)
        }
        "bench" => {
            let no_native = rest.flag("--no-native");
            rest.finish()?;
            bench::bench(&ctx, no_native)?;
            Ok(ExitCode::SUCCESS)
        }
        "help" | "-h" | "--help" => {
            println!("{HELP}");
            Ok(ExitCode::SUCCESS)
        }
        other => bail!("unknown command `{other}`\n\n{HELP}"),
    }
}

/// Remaining command-line arguments, consumed option by option.
struct Args(Vec<String>);

impl Args {
    /// Removes `--name` and returns whether it was present.
    fn flag(&mut self, name: &str) -> bool {
        let before = self.0.len();
        self.0.retain(|a| a != name);
        self.0.len() != before
    }

    /// Removes `--name value` or `--name=value` and returns the value.
    fn value(&mut self, name: &str) -> Result<Option<String>> {
        let prefix = format!("{name}=");
        if let Some(i) = self.0.iter().position(|a| a.starts_with(&prefix)) {
            let arg = self.0.remove(i);
            return Ok(Some(arg[prefix.len()..].to_owned()));
        }
        if let Some(i) = self.0.iter().position(|a| a == name) {
            if i + 1 >= self.0.len() {
                bail!("{name} needs a value");
            }
            let value = self.0.remove(i + 1);
            self.0.remove(i);
            return Ok(Some(value));
        }
        Ok(None)
    }

    /// Fails if any argument was not consumed.
    fn finish(self) -> Result<()> {
        if let Some(arg) = self.0.first() {
            bail!("unexpected argument `{arg}` (see `cargo xtask help`)");
        }
        Ok(())
    }
}

/// The workspace root (the parent of the `xtask` crate).
fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in a subdirectory of the workspace")
        .to_path_buf()
}

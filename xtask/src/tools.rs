//! Locating and installing the external tools into the shared, versioned tools cache.

use anyhow::{Context, Result, bail};
use std::ffi::OsString;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Trunk version; 0.22 does not build with our Rust.
pub const TRUNK_VERSION: &str = "0.21.14";
/// binaryen (wasm-opt) version, installed from npm. Debian's package is too old.
pub const BINARYEN_VERSION: &str = "132.0.0";
/// axe-core, the accessibility checker the end-to-end tests inject (npm).
pub const AXE_VERSION: &str = "4.10.3";
/// Lighthouse, the audit `cargo xtask bench` runs (npm).
pub const LIGHTHOUSE_VERSION: &str = "12.2.3";
/// The wasm target of the app.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The app crate's package name.
pub const APP_PACKAGE: &str = "live-commerce-explorer";

/// Paths and environment shared by all commands.
pub struct Ctx {
    /// Workspace root; every child process runs here.
    pub root: PathBuf,
    /// Root of the shared tools cache.
    pub tools_dir: PathBuf,
    /// `wasm-bindgen` version from Cargo.lock; the CLI must match it exactly.
    pub wasm_bindgen_version: String,
    /// Chromium binary used by the tests.
    pub chrome: PathBuf,
    /// chromedriver binary used by the tests.
    pub chromedriver: PathBuf,
    /// `PATH` for children: tool bin dirs first.
    path: OsString,
}

impl Ctx {
    /// Resolves the tools cache and tool versions; installs nothing.
    pub fn new() -> Result<Self> {
        let root = crate::workspace_root();
        let tools_dir = tools_dir()?;
        let lock = root.join("Cargo.lock");
        let lock_text =
            fs::read_to_string(&lock).with_context(|| format!("reading {}", lock.display()))?;
        let wasm_bindgen_version = locked_version(&lock_text, "wasm-bindgen")
            .context("no `wasm-bindgen` package in Cargo.lock")?;
        let mut ctx = Ctx {
            root,
            tools_dir,
            wasm_bindgen_version,
            chrome: env_path("LCE_CHROME", "/usr/bin/chromium"),
            chromedriver: env_path("LCE_CHROMEDRIVER", "/usr/bin/chromedriver"),
            path: OsString::new(),
        };
        let bins = [ctx.trunk_bin(), ctx.wasm_bindgen_bin(), ctx.binaryen_bin()];
        let old = std::env::var_os("PATH").unwrap_or_default();
        ctx.path = std::env::join_paths(bins.into_iter().chain(std::env::split_paths(&old)))
            .context("a tool path contains a path separator")?;
        Ok(ctx)
    }

    /// A command that runs in the workspace root with the tools first on `PATH`.
    pub fn cmd(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut cmd = Command::new(program);
        cmd.current_dir(&self.root).env("PATH", &self.path);
        cmd
    }

    fn trunk_dir(&self) -> PathBuf {
        self.tools_dir.join(format!("trunk-{TRUNK_VERSION}"))
    }
    fn trunk_bin(&self) -> PathBuf {
        self.trunk_dir().join("bin")
    }
    fn wasm_bindgen_dir(&self) -> PathBuf {
        let version = &self.wasm_bindgen_version;
        self.tools_dir.join(format!("wasm-bindgen-{version}"))
    }
    fn wasm_bindgen_bin(&self) -> PathBuf {
        self.wasm_bindgen_dir().join("bin")
    }
    fn binaryen_dir(&self) -> PathBuf {
        self.tools_dir.join(format!("binaryen-{BINARYEN_VERSION}"))
    }
    fn binaryen_bin(&self) -> PathBuf {
        self.binaryen_dir().join("node_modules/binaryen/bin")
    }

    fn axe_dir(&self) -> PathBuf {
        self.tools_dir.join(format!("axe-core-{AXE_VERSION}"))
    }
    /// Path of the cached `axe.min.js` (the end-to-end tests' `LCE_AXE`).
    pub fn axe(&self) -> PathBuf {
        self.axe_dir().join("node_modules/axe-core/axe.min.js")
    }

    /// Path of the cached `trunk` binary.
    pub fn trunk(&self) -> PathBuf {
        self.trunk_bin().join("trunk")
    }

    /// Installs everything `trunk` needs: the wasm target, trunk, wasm-bindgen-cli, wasm-opt.
    pub fn setup_build_tools(&self) -> Result<()> {
        self.setup_target()?;
        self.setup_trunk()?;
        self.setup_wasm_bindgen()?;
        self.setup_wasm_opt()
    }

    /// Adds the wasm32 target with rustup unless it is installed.
    pub fn setup_target(&self) -> Result<()> {
        let label = format!("rust target {WASM_TARGET}");
        let Some(installed) = capture(self.cmd("rustup").args(["target", "list", "--installed"]))
        else {
            // No rustup: accept a sysroot that already has the target.
            let sysroot = capture(self.cmd("rustc").args(["--print", "sysroot"]))
                .context("neither rustup nor rustc found on PATH; install Rust with rustup: https://rustup.rs")?;
            let dir = Path::new(sysroot.trim())
                .join("lib/rustlib")
                .join(WASM_TARGET);
            if dir.is_dir() {
                println!("[setup] {label} ... ok");
                return Ok(());
            }
            println!("[setup] {label} ... missing");
            bail!(
                "rustup not found; install Rust with rustup (https://rustup.rs), then run: rustup target add {WASM_TARGET}"
            );
        };
        if installed.lines().any(|l| l.trim() == WASM_TARGET) {
            println!("[setup] {label} ... ok (installed)");
            return Ok(());
        }
        install(&label, "~10 s", &self.log(&label), || {
            let mut cmd = self.cmd("rustup");
            cmd.args(["target", "add", WASM_TARGET]);
            cmd
        })
    }

    /// Installs trunk into the tools cache unless the right version is there.
    pub fn setup_trunk(&self) -> Result<()> {
        let label = format!("trunk {TRUNK_VERSION}");
        let want = format!("trunk {TRUNK_VERSION}");
        if version_is(&self.trunk(), &want) {
            println!("[setup] {label} ... ok (cached)");
            return Ok(());
        }
        install(&label, "~7 min", &self.log(&label), || {
            let mut cmd = self.cmd("cargo");
            cmd.args(["install", "--locked", &format!("trunk@{TRUNK_VERSION}")])
                .arg("--root")
                .arg(self.trunk_dir());
            cmd
        })?;
        ensure_version(&self.trunk(), &want)
    }

    /// Installs `wasm-bindgen` and `wasm-bindgen-test-runner` at the Cargo.lock version.
    pub fn setup_wasm_bindgen(&self) -> Result<()> {
        let version = &self.wasm_bindgen_version;
        let label = format!("wasm-bindgen-cli {version}");
        let bindgen = self.wasm_bindgen_bin().join("wasm-bindgen");
        let runner = self.wasm_bindgen_bin().join("wasm-bindgen-test-runner");
        let want_bindgen = format!("wasm-bindgen {version}");
        let want_runner = format!("wasm-bindgen-test-runner {version}");
        if version_is(&bindgen, &want_bindgen) && version_is(&runner, &want_runner) {
            println!("[setup] {label} ... ok (cached)");
            return Ok(());
        }
        // Not `--locked`: a dependency pinned in its lock file is gone from the registry.
        install(&label, "~4 min", &self.log(&label), || {
            let mut cmd = self.cmd("cargo");
            cmd.args(["install", "--force", &format!("wasm-bindgen-cli@{version}")])
                .arg("--root")
                .arg(self.wasm_bindgen_dir());
            cmd
        })?;
        ensure_version(&bindgen, &want_bindgen)?;
        ensure_version(&runner, &want_runner)
    }

    /// Installs binaryen's `wasm-opt` from npm (installing node and npm first if needed).
    pub fn setup_wasm_opt(&self) -> Result<()> {
        let label = format!("wasm-opt (binaryen {BINARYEN_VERSION})");
        let wasm_opt = self.binaryen_bin().join("wasm-opt");
        let major = BINARYEN_VERSION.split('.').next().unwrap_or_default();
        let want = format!("wasm-opt version {major} ");
        if version_is(&wasm_opt, &want) {
            println!("[setup] {label} ... ok (cached)");
            return Ok(());
        }
        let package = format!("binaryen@{BINARYEN_VERSION}");
        self.npm_install(&label, &package, &self.binaryen_dir(), "~10 s")?;
        ensure_version(&wasm_opt, &want)
    }

    /// `npm install`s the pinned `package` (`name@version`) into `dir`,
    /// installing node and npm from apt first if needed.
    fn npm_install(&self, label: &str, package: &str, dir: &Path, took: &str) -> Result<()> {
        if capture(self.cmd("npm").arg("--version")).is_none() {
            self.apt_install("node and npm", &["nodejs", "npm"], "~1 min")?;
        }
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        install(label, took, &self.log(label), || {
            let mut cmd = self.cmd("npm");
            cmd.current_dir(dir).args([
                "install",
                "--no-audit",
                "--no-fund",
                "--save-exact",
                package,
            ]);
            cmd
        })
    }

    fn lighthouse_dir(&self) -> PathBuf {
        self.tools_dir
            .join(format!("lighthouse-{LIGHTHOUSE_VERSION}"))
    }

    /// Lighthouse's command line (a Node script).
    pub fn lighthouse(&self) -> PathBuf {
        self.lighthouse_dir()
            .join("node_modules/lighthouse/cli/index.js")
    }

    /// Installs Lighthouse from npm (installing node and npm first if needed).
    pub fn setup_lighthouse(&self) -> Result<()> {
        self.setup_npm_package(
            "lighthouse",
            LIGHTHOUSE_VERSION,
            &self.lighthouse_dir(),
            &self.lighthouse(),
            "~30 s",
        )
    }

    /// Installs axe-core from npm (installing node and npm first if needed).
    pub fn setup_axe(&self) -> Result<()> {
        self.setup_npm_package(
            "axe-core",
            AXE_VERSION,
            &self.axe_dir(),
            &self.axe(),
            "~5 s",
        )
    }

    /// `name@version` from npm into `dir` of the tools cache, unless the
    /// package there already is that version and `entry` (the file the
    /// xtask runs or reads) exists; checked again after installing.
    fn setup_npm_package(
        &self,
        name: &str,
        version: &str,
        dir: &Path,
        entry: &Path,
        took: &str,
    ) -> Result<()> {
        let label = format!("{name} {version}");
        let package = dir.join("node_modules").join(name).join("package.json");
        let want = format!("\"version\": \"{version}\"");
        let installed =
            || fs::read_to_string(&package).is_ok_and(|t| t.contains(&want)) && entry.is_file();
        if installed() {
            println!("[setup] {label} ... ok (cached)");
            return Ok(());
        }
        self.npm_install(&label, &format!("{name}@{version}"), dir, took)?;
        if !installed() {
            bail!("npm installed no {label} at {}", entry.display());
        }
        Ok(())
    }

    /// Checks for Chromium and chromedriver, installing them with apt on Debian as root.
    pub fn setup_chromium(&self) -> Result<()> {
        let chrome_ok = version_is(&self.chrome, "Chromium ");
        let driver_ok = version_is(&self.chromedriver, "ChromeDriver ");
        if !(chrome_ok && driver_ok) {
            self.apt_install(
                "chromium and chromedriver",
                &["chromium", "chromium-driver"],
                "~2 min",
            )?;
        }
        let chrome = version_line(&self.chrome).unwrap_or_default();
        let driver = version_line(&self.chromedriver).unwrap_or_default();
        let major = |s: &str| {
            let v = s.split_whitespace().nth(1).unwrap_or_default().to_owned();
            v.split('.').next().unwrap_or_default().to_owned()
        };
        if !chrome.starts_with("Chromium ") || !driver.starts_with("ChromeDriver ") {
            bail!(
                "{} or {} does not work (set LCE_CHROME / LCE_CHROMEDRIVER to other paths)",
                self.chrome.display(),
                self.chromedriver.display()
            );
        }
        if major(&chrome) != major(&driver) {
            bail!("version mismatch: {chrome} vs {driver}");
        }
        println!(
            "[setup] chromium {} + chromedriver ... ok",
            chrome.split_whitespace().nth(1).unwrap_or("?")
        );
        Ok(())
    }

    /// A sans-serif font for the link-preview image (`preview.rs`),
    /// installing Debian's DejaVu when none is there.
    pub fn setup_preview_font(&self) -> Result<()> {
        if crate::preview::font_installed() {
            return Ok(());
        }
        self.apt_install(
            "a font for the link preview",
            &["fonts-dejavu-core"],
            "~10 s",
        )
    }

    /// nginx, the ordinary static server the hosting test serves the build
    /// from (`tests/e2e/hosting.rs`, with `tests/hosting/nginx.conf`).
    pub fn setup_nginx(&self) -> Result<()> {
        let nginx = self.nginx();
        let version = || {
            // nginx prints its version on stderr.
            let out = Command::new(&nginx).arg("-v").output().ok()?;
            let text = String::from_utf8_lossy(&out.stderr).into_owned();
            text.trim()
                .strip_prefix("nginx version: ")
                .map(str::to_owned)
        };
        if version().is_none() {
            self.apt_install("nginx", &["nginx-light"], "~20 s")?;
        }
        let Some(v) = version() else {
            bail!(
                "{} does not run (set LCE_NGINX to another nginx)",
                nginx.display()
            );
        };
        println!("[setup] {v} ... ok");
        Ok(())
    }

    /// The nginx binary (`LCE_NGINX`, else Debian's).
    pub fn nginx(&self) -> PathBuf {
        env_path("LCE_NGINX", "/usr/sbin/nginx")
    }

    /// Installs Debian packages when running as root on Debian; otherwise fails with the command to run.
    pub(crate) fn apt_install(&self, what: &str, packages: &[&str], takes: &str) -> Result<()> {
        let command = format!(
            "apt-get update && apt-get install -y {}",
            packages.join(" ")
        );
        if !(is_root() && is_debian()) {
            println!("[setup] {what} ... missing");
            bail!(
                "{what} not found. Install them and retry; on Debian: sudo sh -c '{command}'\n\
                 (other systems: install {} with your package manager)",
                packages.join(" ")
            );
        }
        install(what, takes, &self.log(what), || {
            let mut cmd = self.cmd("sh");
            cmd.args(["-c", &command])
                .env("DEBIAN_FRONTEND", "noninteractive");
            cmd
        })
    }

    /// Log file for an install step, kept next to the tools.
    pub(crate) fn log(&self, label: &str) -> PathBuf {
        let name = label
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        self.tools_dir.join("logs").join(format!("{name}.log"))
    }
}

/// The tools cache: `$LCE_TOOLS_DIR`, else `$XDG_CACHE_HOME/...`, else `$HOME/.cache/...`.
fn tools_dir() -> Result<PathBuf> {
    let non_empty = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    if let Some(dir) = non_empty("LCE_TOOLS_DIR") {
        return Ok(PathBuf::from(dir));
    }
    let cache = match non_empty("XDG_CACHE_HOME") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(non_empty("HOME").context("HOME is not set; set LCE_TOOLS_DIR")?)
            .join(".cache"),
    };
    Ok(cache.join("live-commerce-explorer/tools"))
}

pub(crate) fn env_path(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var)
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from(default), PathBuf::from)
}

/// Version of the first `[[package]]` named `name` in a Cargo.lock.
fn locked_version(lock: &str, name: &str) -> Option<String> {
    let wanted = format!("name = \"{name}\"");
    let mut lines = lock.lines().map(str::trim);
    while let Some(line) = lines.next() {
        if line == wanted {
            let version = lines.next()?.strip_prefix("version = \"")?;
            return Some(version.trim_end_matches('"').to_owned());
        }
    }
    None
}

/// Runs a command and returns its stdout if it succeeded.
pub fn capture(cmd: &mut Command) -> Option<String> {
    let out = cmd
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// First line of `<bin> --version`, if it runs.
pub(crate) fn version_line(bin: &Path) -> Option<String> {
    let out = capture(Command::new(bin).arg("--version"))?;
    Some(out.lines().next().unwrap_or_default().trim().to_owned())
}

/// Whether the first line of `<bin> --version` starts with the words in `want`.
fn version_is(bin: &Path, want: &str) -> bool {
    let want = format!("{} ", want.trim_end());
    version_line(bin).is_some_and(|v| format!("{v} ").starts_with(&want))
}

fn ensure_version(bin: &Path, want: &str) -> Result<()> {
    if version_is(bin, want) {
        Ok(())
    } else {
        let got = version_line(bin).unwrap_or_else(|| "does not run".to_owned());
        bail!(
            "{} --version: expected `{want}`, got `{got}`",
            bin.display()
        )
    }
}

/// Runs an install command with its output in `log`, printing one status line.
pub(crate) fn install(
    label: &str,
    takes: &str,
    log: &Path,
    make: impl FnOnce() -> Command,
) -> Result<()> {
    print!(
        "[setup] {label} ... installing (takes {takes}, log: {}) ...",
        log.display()
    );
    std::io::stdout().flush().ok();
    let start = Instant::now();
    if let Some(dir) = log.parent() {
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let file = fs::File::create(log).with_context(|| format!("creating {}", log.display()))?;
    let mut cmd = make();
    let status = cmd
        .stdin(Stdio::null())
        .stdout(file.try_clone()?)
        .stderr(file)
        .status()
        .with_context(|| format!("running {cmd:?}"));
    let secs = start.elapsed().as_secs();
    match status {
        Ok(s) if s.success() => {
            println!(" done ({secs} s)");
            Ok(())
        }
        other => {
            println!(" FAILED ({secs} s)");
            let text = fs::read_to_string(log).unwrap_or_default();
            let tail: Vec<&str> = text.lines().rev().take(30).collect();
            for line in tail.iter().rev() {
                eprintln!("    {line}");
            }
            match other {
                Err(e) => Err(e),
                Ok(s) => bail!(
                    "installing {label} failed ({s}); full log: {}",
                    log.display()
                ),
            }
        }
    }
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

fn is_debian() -> bool {
    fs::read_to_string("/etc/os-release").is_ok_and(|s| {
        s.lines()
            .any(|l| l.trim() == "ID=debian" || l.trim() == "ID=\"debian\"")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_locked_version() {
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.1.0\"\n\n\
                    [[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            locked_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(locked_version(lock, "yew"), None);
    }
}

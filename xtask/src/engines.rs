//! The browser engines the end-to-end suite runs in, and their WebDriver
//! servers: Chromium through chromedriver, Firefox ESR through geckodriver,
//! and WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb (WebKit is
//! what Safari readers on iPhones get; WebKitGTK is the one this Debian has).
//!
//! Each is installed by the setup step from Debian or crates.io, pinned and
//! cached like the other tools, and printed as one `[setup]` line.

use crate::proc::{ChildGuard, free_port, http_get, wait_until};
use crate::tools::{Ctx, capture, env_path, install, version_line};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// geckodriver, from crates.io; 0.37 drives Firefox ESR 153.
pub const GECKODRIVER_VERSION: &str = "0.37.1";

/// A browser engine of the end-to-end suite (`LCE_ENGINE` in the tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    /// The name the tests read from `LCE_ENGINE` and the logs are named by.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }
}

impl Ctx {
    /// The Firefox binary (`LCE_FIREFOX`, else Debian's firefox-esr).
    pub fn firefox(&self) -> PathBuf {
        env_path("LCE_FIREFOX", "/usr/bin/firefox-esr")
    }

    fn geckodriver_dir(&self) -> PathBuf {
        self.tools_dir
            .join(format!("geckodriver-{GECKODRIVER_VERSION}"))
    }

    /// The cached geckodriver.
    pub fn geckodriver(&self) -> PathBuf {
        self.geckodriver_dir().join("bin/geckodriver")
    }

    /// Firefox ESR from apt and geckodriver from crates.io into the tools cache.
    pub fn setup_firefox(&self) -> Result<()> {
        if !starts_with(&self.firefox(), "Mozilla Firefox ") {
            self.apt_install("firefox-esr", &["firefox-esr"], "~1 min")?;
        }
        let want = format!("geckodriver {GECKODRIVER_VERSION}");
        if !starts_with(&self.geckodriver(), &want) {
            let label = format!("geckodriver {GECKODRIVER_VERSION}");
            install(&label, "~2 min", &self.log(&label), || {
                let mut cmd = self.cmd("cargo");
                cmd.args([
                    "install",
                    "--locked",
                    "--force",
                    &format!("geckodriver@{GECKODRIVER_VERSION}"),
                ])
                .arg("--root")
                .arg(self.geckodriver_dir());
                cmd
            })?;
        }
        let firefox = version_line(&self.firefox()).unwrap_or_default();
        if !firefox.starts_with("Mozilla Firefox ") || !starts_with(&self.geckodriver(), &want) {
            bail!(
                "{} or {} does not run (set LCE_FIREFOX to another Firefox)",
                self.firefox().display(),
                self.geckodriver().display()
            );
        }
        println!(
            "[setup] {} + geckodriver {GECKODRIVER_VERSION} ... ok",
            firefox.trim_start_matches("Mozilla ")
        );
        Ok(())
    }

    /// WebKitGTK's WebDriver and MiniBrowser, and Xvfb for their window, from apt.
    pub fn setup_webkit(&self) -> Result<()> {
        let have = || {
            capture(self.cmd("WebKitWebDriver").arg("--help")).is_some()
                && capture(self.cmd("Xvfb").arg("-help")).is_some()
                && minibrowser().is_some()
        };
        if !have() {
            self.apt_install(
                "WebKitGTK's WebDriver and Xvfb",
                &["webkit2gtk-driver", "xvfb"],
                "~1 min",
            )?;
        }
        let Some(browser) = minibrowser() else {
            bail!("no MiniBrowser in libwebkit2gtk-4.1-0 (set LCE_MINIBROWSER to one)");
        };
        let version =
            capture(
                self.cmd("dpkg-query")
                    .args(["-W", "-f=${Version}", "libwebkit2gtk-4.1-0"]),
            )
            .unwrap_or_else(|| "?".to_owned());
        println!(
            "[setup] WebKitGTK {version} (MiniBrowser {}) + WebKitWebDriver + Xvfb ... ok",
            browser.display()
        );
        Ok(())
    }

    /// The engine's browser binary, as the tests get it.
    pub fn browser_binary(&self, engine: Engine) -> Result<PathBuf> {
        Ok(match engine {
            Engine::Chromium => self.chrome.clone(),
            Engine::Firefox => self.firefox(),
            Engine::WebKit => minibrowser().context("no MiniBrowser; run the setup step")?,
        })
    }
}

/// WebKitGTK's MiniBrowser: `LCE_MINIBROWSER`, else the one libwebkit2gtk-4.1-0 ships.
pub fn minibrowser() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("LCE_MINIBROWSER").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let listed = capture(std::process::Command::new("dpkg").args(["-L", "libwebkit2gtk-4.1-0"]))?;
    listed
        .lines()
        .find(|l| l.ends_with("/MiniBrowser"))
        .map(PathBuf::from)
        .filter(|p| p.is_file())
}

/// A running WebDriver server for one engine (for WebKit, with its own X
/// server); stopping it, on drop, stops its browsers too.
pub struct Driver {
    pub port: u16,
    _guard: ChildGuard,
}

impl Driver {
    /// Starts the engine's driver on a free port, logging to `log` (the
    /// browsers' own output goes there too: Firefox's console is read from
    /// it), and waits until its `/status` says it is ready.
    pub fn start(ctx: &Ctx, engine: Engine, log: &Path) -> Result<Driver> {
        let port = free_port()?;
        if let Some(dir) = log.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let file =
            std::fs::File::create(log).with_context(|| format!("creating {}", log.display()))?;
        let mut cmd = match engine {
            Engine::Chromium => {
                let mut cmd = ctx.cmd(&ctx.chromedriver);
                cmd.arg(format!("--port={port}"));
                cmd
            }
            Engine::Firefox => {
                let mut cmd = ctx.cmd(ctx.geckodriver());
                cmd.args(["--port", &port.to_string(), "--binary"])
                    .arg(ctx.firefox());
                cmd
            }
            Engine::WebKit => {
                // Xvfb and the driver in one process group (one guard stops
                // both); the driver starts once the display's socket is there.
                // GDK_SCALE=2: every WebKit window at a device pixel ratio of
                // 2, as on an iPhone (the suite's HiDPI checks need it, and
                // WebDriver cannot set it per window). LANG: WebKitGTK's
                // navigator.languages is the process's locale ("C" otherwise).
                // -noreset: by default an X server resets when its last
                // client leaves, and a browser opening the display in that
                // moment fails ("cannot open display") and leaves its
                // driver waiting for it; between two tests there is such a
                // moment.
                let display = free_display()?;
                let script = format!(
                    "Xvfb :{display} -screen 0 1920x1200x24 -nolisten tcp -noreset & \
                     while [ ! -e /tmp/.X11-unix/X{display} ]; do sleep 0.05; done; \
                     DISPLAY=:{display} GDK_SCALE=2 LANG=en_US.UTF-8 LANGUAGE=en_US \
                     exec WebKitWebDriver --port={port}"
                );
                let mut cmd = ctx.cmd("sh");
                cmd.args(["-c", &script]);
                cmd
            }
        };
        let name = match engine {
            Engine::Chromium => "chromedriver",
            Engine::Firefox => "geckodriver",
            Engine::WebKit => "WebKitWebDriver",
        };
        let mut guard = ChildGuard::spawn(name, cmd.stdout(file.try_clone()?).stderr(file))?;
        wait_until(name, Duration::from_secs(30), || {
            guard.check_running()?;
            let (code, body) = http_get(port, "/status")?;
            let body: String = String::from_utf8_lossy(&body)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            Ok(code == 200 && body.contains("\"ready\":true"))
        })
        .with_context(|| format!("{name} log: {}", log.display()))?;
        Ok(Driver {
            port,
            _guard: guard,
        })
    }
}

/// An X display number no X server holds (no socket, no lock file).
fn free_display() -> Result<u32> {
    (90..400)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .context("no free X display between :90 and :399")
}

fn starts_with(bin: &Path, want: &str) -> bool {
    version_line(bin).is_some_and(|v| v.starts_with(want))
}

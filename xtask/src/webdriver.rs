//! Just enough WebDriver (W3C, as chromedriver speaks it) for the browser
//! benchmark: open a headless Chromium session on a running chromedriver
//! (`engines::Driver`), load a page, run scripts, read the console log.

use crate::engines::Driver;
use crate::proc::wait_until;
use anyhow::{Context, Result, bail};
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A browser session with its own profile folder; closed and removed on drop.
pub struct Session {
    port: u16,
    id: String,
    profile: PathBuf,
}

impl Session {
    /// Headless Chromium with the quiet flags of the end-to-end tests, a fresh
    /// profile and a `width`×`height` window.
    pub fn chromium(driver: &Driver, chrome: &Path, width: u32, height: u32) -> Result<Session> {
        let profile = std::env::temp_dir().join(format!("lce-bench-{}", std::process::id()));
        std::fs::remove_dir_all(&profile).ok();
        std::fs::create_dir_all(&profile)?;
        let caps = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": chrome,
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync",
                        format!("--user-data-dir={}", profile.display()),
                        format!("--window-size={width},{height}"),
                    ],
                },
                "goog:loggingPrefs": { "browser": "ALL" },
            }}
        });
        let reply = request(driver.port, "POST", "/session", Some(&caps))?;
        let id = reply["sessionId"]
            .as_str()
            .context("chromedriver gave no session id")?
            .to_owned();
        Ok(Session {
            port: driver.port,
            id,
            profile,
        })
    }

    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value> {
        request(
            self.port,
            method,
            &format!("/session/{}{path}", self.id),
            body,
        )
    }

    /// How long asynchronous scripts may take.
    pub fn script_timeout(&self, timeout: Duration) -> Result<()> {
        self.call(
            "POST",
            "/timeouts",
            Some(&json!({ "script": timeout.as_millis() as u64 })),
        )
        .map(drop)
    }

    pub fn goto(&self, url: &str) -> Result<()> {
        self.call("POST", "/url", Some(&json!({ "url": url })))
            .map(drop)
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its value.
    pub fn execute(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        self.call(
            "POST",
            "/execute/sync",
            Some(&json!({ "script": script, "args": args })),
        )
    }

    /// Like [`Session::execute`], but the script reports by calling the last
    /// argument (a callback), and may take until the script timeout.
    pub fn execute_async(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        self.call(
            "POST",
            "/execute/async",
            Some(&json!({ "script": script, "args": args })),
        )
    }

    /// Polls `script` until it returns `true`, for at most `deadline`.
    pub fn wait_for(&self, what: &str, script: &str, deadline: Duration) -> Result<()> {
        wait_until(what, deadline, || {
            Ok(self.execute(script, vec![])?.as_bool() == Some(true))
        })
    }

    /// A Chrome DevTools Protocol command (chromedriver's `goog/cdp/execute`),
    /// e.g. `HeapProfiler.collectGarbage`; returns its result.
    pub fn cdp(&self, cmd: &str, params: Value) -> Result<Value> {
        self.call(
            "POST",
            "/goog/cdp/execute",
            Some(&json!({ "cmd": cmd, "params": params })),
        )
    }

    /// Console entries at warning level or above since the last call.
    pub fn console_problems(&self) -> Result<Vec<String>> {
        let log = self.call("POST", "/se/log", Some(&json!({ "type": "browser" })))?;
        Ok(log
            .as_array()
            .into_iter()
            .flatten()
            .filter(|e| matches!(e["level"].as_str(), Some("SEVERE" | "WARNING")))
            .map(|e| format!("{}: {}", e["level"], e["message"]))
            .collect())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = request(self.port, "DELETE", &format!("/session/{}", self.id), None);
        std::fs::remove_dir_all(&self.profile).ok();
    }
}

/// One WebDriver call over HTTP/1.1; returns the reply's `value`, or fails
/// with WebDriver's error message.
fn request(port: u16, method: &str, path: &str, body: Option<&Value>) -> Result<Value> {
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5))?;
    // Long enough for a page load or a million-sample run; a hung browser still ends.
    stream.set_read_timeout(Some(Duration::from_secs(300)))?;
    let body = body.map(Value::to_string).unwrap_or_default();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\
         Content-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )?;
    // chromedriver keeps the connection open: read the headers, then
    // Content-Length bytes of body.
    let mut raw = Vec::new();
    let mut buf = [0; 16384];
    let (split, head) = loop {
        if let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .context("chromedriver's reply has no Content-Length")?;
            if raw.len() >= split + 4 + length {
                raw.truncate(split + 4 + length);
                break (split, head);
            }
        }
        let n = stream
            .read(&mut buf)
            .with_context(|| format!("WebDriver {method} {path}"))?;
        if n == 0 {
            bail!("WebDriver {method} {path}: connection closed mid-reply");
        }
        raw.extend_from_slice(&buf[..n]);
    };
    let code: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .context("bad HTTP status line")?;
    let reply: Value = serde_json::from_slice(&raw[split + 4..])
        .with_context(|| format!("WebDriver {method} {path}: reply is not JSON"))?;
    let value = reply.get("value").cloned().unwrap_or(Value::Null);
    if code != 200 {
        bail!(
            "WebDriver {method} {path}: HTTP {code}, {}: {}",
            value["error"].as_str().unwrap_or("error"),
            value["message"].as_str().unwrap_or_default()
        );
    }
    Ok(value)
}

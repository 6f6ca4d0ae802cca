//! The bench's sixth figure, Lighthouse: the audit a reader's phone stands for. Lighthouse 12
//! (npm, pinned, in the tools cache as axe-core is) runs against the
//! release build served with gzip and a short cache lifetime, the way
//! GitHub Pages serves it, by the xtask's own server; in Debian's Chromium
//! with the end-to-end tests' headless flags; with its default mobile
//! profile (a Moto G Power's screen, simulated slow 4G, a 4× slower CPU).
//!
//! One run; Lighthouse's figures move by a few percent from run to run,
//! so a figure near its budget needs a second look, not a retry loop.

use crate::server::StaticServer;
use crate::tools::Ctx;
use anyhow::{Context, Result, bail};
use serde_json::{Value, json};
use std::path::Path;

/// The four categories Lighthouse 12 scores, as its report names them.
pub const CATEGORIES: [&str; 4] = ["performance", "accessibility", "best-practices", "seo"];

/// What one audit found.
#[derive(Debug, Clone, PartialEq)]
pub struct Audit {
    /// The score of each of [`CATEGORIES`], 0 to 1 (NaN when missing).
    pub scores: Vec<(&'static str, f64)>,
    pub fcp_ms: f64,
    pub lcp_ms: f64,
    pub tbt_ms: f64,
    pub cls: f64,
    pub speed_index_ms: f64,
    /// The main thread's long tasks (over 50 ms) as Lighthouse lists them:
    /// what ran (a script's file name, or Lighthouse's own label), and how
    /// long, under its simulated CPU.
    pub long_tasks: Vec<(String, f64)>,
    /// Lighthouse's version, as its report says.
    pub version: String,
}

impl Audit {
    /// The score of `category`.
    pub fn score(&self, category: &str) -> f64 {
        self.scores
            .iter()
            .find(|(c, _)| *c == category)
            .map_or(f64::NAN, |(_, s)| *s)
    }

    /// Reads Lighthouse's JSON report.
    pub fn parse(report: &Value) -> Result<Audit> {
        let audit = |id: &str| report["audits"][id]["numericValue"].as_f64();
        let lcp = audit("largest-contentful-paint")
            .context("the Lighthouse report has no largest-contentful-paint")?;
        let long_tasks = report["audits"]["long-tasks"]["details"]["items"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|t| {
                let url = t["url"].as_str().unwrap_or("?");
                let what = url
                    .rsplit('/')
                    .next()
                    .filter(|s| !s.is_empty())
                    .unwrap_or(url);
                (what.to_string(), t["duration"].as_f64().unwrap_or(f64::NAN))
            })
            .collect();
        Ok(Audit {
            scores: CATEGORIES
                .iter()
                .map(|c| {
                    (
                        *c,
                        report["categories"][c]["score"]
                            .as_f64()
                            .unwrap_or(f64::NAN),
                    )
                })
                .collect(),
            fcp_ms: audit("first-contentful-paint").unwrap_or(f64::NAN),
            lcp_ms: lcp,
            tbt_ms: audit("total-blocking-time").unwrap_or(f64::NAN),
            cls: audit("cumulative-layout-shift").unwrap_or(f64::NAN),
            speed_index_ms: audit("speed-index").unwrap_or(f64::NAN),
            long_tasks,
            version: report["lighthouseVersion"]
                .as_str()
                .unwrap_or("?")
                .to_string(),
        })
    }

    /// The section of the bench's printed report.
    pub fn print(&self) {
        println!(
            "\n6. Lighthouse {} (mobile: simulated slow 4G, 4x slower CPU; build served with gzip)",
            self.version
        );
        let scores: Vec<String> = self
            .scores
            .iter()
            .map(|(c, s)| format!("{c} {s:.2}"))
            .collect();
        println!("   scores: {}", scores.join("   "));
        println!(
            "   first contentful paint {:.0} ms   largest contentful paint {:.0} ms   speed index {:.0} ms",
            self.fcp_ms, self.lcp_ms, self.speed_index_ms
        );
        println!(
            "   total blocking time {:.0} ms   cumulative layout shift {:.3}",
            self.tbt_ms, self.cls
        );
        if self.long_tasks.is_empty() {
            println!("   long tasks: none");
        } else {
            let tasks: Vec<String> = self
                .long_tasks
                .iter()
                .map(|(what, ms)| format!("{ms:.0} ms ({what})"))
                .collect();
            println!("   long tasks: {}", tasks.join(", "));
        }
    }

    /// The section of `report.json`.
    pub fn json(&self) -> Value {
        json!({
            "version": self.version,
            "profile": "mobile (Lighthouse default: simulated slow 4G, 4x CPU slowdown)",
            "served": "gzip, Cache-Control max-age=600 (as GitHub Pages)",
            "scores": self.scores.iter().map(|(c, s)| (c.to_string(), json!(s)))
                .collect::<serde_json::Map<_, _>>(),
            "fcp_ms": self.fcp_ms,
            "lcp_ms": self.lcp_ms,
            "tbt_ms": self.tbt_ms,
            "cls": self.cls,
            "speed_index_ms": self.speed_index_ms,
            "long_tasks": self.long_tasks.iter().map(|(what, ms)| json!({ "what": what, "ms": ms }))
                .collect::<Vec<_>>(),
        })
    }
}

/// Serves `dist` under `prefix` with gzip and runs Lighthouse on it.
pub fn audit(ctx: &Ctx, dist: &Path, prefix: &str) -> Result<Audit> {
    ctx.setup_lighthouse()?;
    let server = StaticServer::gzipped(dist, prefix)?;
    let url = format!("http://127.0.0.1:{}{prefix}", server.port);
    let out = ctx.root.join("target/bench/lighthouse.json");
    std::fs::create_dir_all(out.parent().expect("a parent"))?;
    let _ = std::fs::remove_file(&out);
    let profile = ctx.root.join("target/bench/lighthouse-profile");
    let _ = std::fs::remove_dir_all(&profile);
    // The end-to-end tests' headless flags, and a profile of its own.
    let flags = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    .join(" ")
        + &format!(" --user-data-dir={}", profile.display());
    let status = ctx
        .cmd("node")
        .arg(ctx.lighthouse())
        .arg(&url)
        .args([
            "--output=json",
            "--quiet",
            "--only-categories=performance,accessibility,best-practices,seo",
        ])
        .arg(format!("--output-path={}", out.display()))
        .arg(format!("--chrome-flags={flags}"))
        .env("CHROME_PATH", &ctx.chrome)
        .status()
        .context("could not start Lighthouse")?;
    drop(server);
    if !status.success() {
        bail!("Lighthouse failed ({status}) on {url}");
    }
    let text =
        std::fs::read_to_string(&out).with_context(|| format!("reading {}", out.display()))?;
    let report: Value = serde_json::from_str(&text).context("Lighthouse's report is not JSON")?;
    if let Some(e) = report["runtimeError"]["message"].as_str() {
        bail!("Lighthouse could not audit {url}: {e}");
    }
    println!("[bench] Lighthouse's report: {}", out.display());
    Audit::parse(&report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_reads_as_scores_timings_and_long_tasks() {
        let report = json!({
            "lighthouseVersion": "12.2.3",
            "categories": {
                "performance": { "score": 0.84 }, "accessibility": { "score": 1 },
                "best-practices": { "score": 1 }, "seo": { "score": 1 }
            },
            "audits": {
                "first-contentful-paint": { "numericValue": 900.5 },
                "largest-contentful-paint": { "numericValue": 3300.0 },
                "total-blocking-time": { "numericValue": 350.0 },
                "cumulative-layout-shift": { "numericValue": 0.01 },
                "speed-index": { "numericValue": 1200.0 },
                "long-tasks": { "details": { "items": [
                    { "url": "http://127.0.0.1:1/lce/app_bg.wasm", "duration": 238.0 },
                    { "url": "Unattributable", "duration": 60.0 }
                ] } }
            }
        });
        let a = Audit::parse(&report).unwrap();
        assert_eq!(a.score("performance"), 0.84);
        assert_eq!(a.score("seo"), 1.0);
        assert_eq!(a.lcp_ms, 3300.0);
        assert_eq!(
            a.long_tasks,
            vec![
                ("app_bg.wasm".to_string(), 238.0),
                ("Unattributable".to_string(), 60.0)
            ]
        );
    }

    #[test]
    fn a_report_without_timings_is_an_error() {
        assert!(Audit::parse(&json!({ "categories": {} })).is_err());
    }
}

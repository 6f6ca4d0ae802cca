//! Accessibility: axe-core (`LCE_AXE`, the `axe.min.js` that `cargo xtask
//! test` installs from npm) finds no WCAG 2.0/2.1/2.2 A or AA violation on any
//! view of the app.
//!
//! axe is injected through WebDriver's execute, which the page's Content
//! Security Policy does not govern (the page itself could not load it: it is
//! not one of its files).

use crate::{Browser, CHARTS, Engine, PANELS, compare_article_with_high, env, site_url};
use serde_json::json;

/// The rules axe runs: WCAG 2.0, 2.1 and 2.2, levels A and AA (2.2 AA adds
/// target-size: every control at least 24 px, or spaced as if it were).
const TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// More views, one line each: what is shown, the share-link query, and
/// whether the browser prefers a dark colour scheme.
const VIEWS: &[(&str, &str, bool)] = &[
    ("Chinese", "v=2&lang=zh", false),
    ("dark mode", "", true),
    ("dark mode, Chinese", "v=2&lang=zh", true),
    ("one chart embedded", "v=2&embed=industry", false),
    ("one chart embedded, dark", "v=2&embed=industry", true),
    ("in US dollars", "v=2&cur=usd", false),
    // The article's figures as printed, each with its caveat.
    ("as printed", "v=2&reading=as-printed", false),
    (
        "as printed, Chinese",
        "v=2&reading=as-printed&lang=zh",
        false,
    ),
];

/// Runs axe on the page as it is and returns each violation, described.
async fn violations(b: &Browser) -> Vec<String> {
    let axe = std::fs::read_to_string(env("LCE_AXE"))
        .unwrap_or_else(|e| panic!("LCE_AXE ({}): {e}", env("LCE_AXE")));
    let loaded = b
        .js(
            &format!("{axe}\n;return typeof window.axe === 'object' && window.axe.version;"),
            vec![],
        )
        .await;
    assert!(loaded.is_string(), "axe did not load: {loaded}");
    let found = b
        .js(
            r#"return window.axe.run(document, {
                 runOnly: { type: 'tag', values: arguments[0] },
                 resultTypes: ['violations'],
               }).then(r => r.passes.length < 10
                 ? [{ id: 'axe checked nothing', impact: 'n/a', help: r.passes.length + ' rules passed', nodes: [] }]
                 : r.violations.map(v => ({
                 id: v.id, impact: v.impact, help: v.help,
                 nodes: v.nodes.map(n => ({
                   target: n.target.join(' '),
                   summary: n.failureSummary,
                 })),
               })), e => [{ id: 'axe failed', impact: 'n/a', help: String(e), nodes: [] }]);"#,
            vec![json!(TAGS)],
        )
        .await;
    found
        .as_array()
        .into_iter()
        .flatten()
        .map(|v| {
            let nodes: Vec<String> = v["nodes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|n| {
                    format!(
                        "    {}\n      {}",
                        n["target"].as_str().unwrap_or_default(),
                        n["summary"]
                            .as_str()
                            .unwrap_or_default()
                            .replace('\n', "\n      ")
                    )
                })
                .collect();
            format!(
                "{} ({}): {}\n{}",
                v["id"].as_str().unwrap_or_default(),
                v["impact"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or_default(),
                nodes.join("\n")
            )
        })
        .collect()
}

/// Checks the page and records what axe found under `view`.
async fn check(b: &Browser, view: &str, failures: &mut Vec<String>) {
    for v in violations(b).await {
        failures.push(format!("[{view}] {v}"));
    }
}

/// Opens the app with `query` and waits until it has started, every
/// section has rendered and every chart it shows has been drawn (a view may
/// show fewer than all charts).
async fn open_view(b: &Browser, query: &str) {
    b.c().goto(&site_url(query)).await.expect("page loads");
    b.taken_over().await;
    b.render_sections().await;
    b.until("the app's charts drawn", || async {
        b.js(
            r#"const cs = [...document.querySelectorAll('canvas')];
               return !document.querySelector('#app .loading, #app.app-pending') && cs.length > 0
                 && cs.every(c => c.dataset.draws !== '0' || c.closest('[hidden]'));"#,
            vec![],
        )
        .await
            == json!(true)
    })
    .await;
}

/// The share-link query that shows `tab` (`table` or `sources`) in every panel.
fn every_panel(tab: &str) -> String {
    let query: Vec<String> = PANELS.iter().map(|p| format!("tab.{p}={tab}")).collect();
    query.join("&")
}

fn report(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "axe found {} violation(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn axe_finds_no_violation_on_the_page_its_tables_and_sources() {
    let b = Browser::start(1200, 900).await;
    let mut failures = Vec::new();
    b.open().await;
    check(&b, "the page", &mut failures).await;
    // Every panel's Table, then every panel's Sources, from the address bar.
    for tab in ["table", "sources"] {
        b.open_with(&every_panel(tab)).await;
        for id in CHARTS.iter() {
            assert!(
                b.js(
                    "return !!document.getElementById(arguments[0]).closest('[hidden]')",
                    vec![json!(id)],
                )
                .await
                    == json!(true),
                "{id} still shows its chart with every {tab} tab chosen"
            );
        }
        check(&b, &format!("every panel's {tab}"), &mut failures).await;
    }
    report(&failures);
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn axe_finds_no_violation_when_comparing_saved_scenarios() {
    let b = Browser::start(1200, 900).await;
    b.open().await;
    compare_article_with_high(&b).await;
    let mut failures = Vec::new();
    check(&b, "compare", &mut failures).await;
    report(&failures);
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn axe_finds_no_violation_on_a_phone() {
    let b = Browser::phone().await;
    b.open().await;
    let mut failures = Vec::new();
    check(&b, "360 px phone", &mut failures).await;
    // Wide tables scroll sideways on a phone.
    for tab in ["table", "sources"] {
        b.open_with(&every_panel(tab)).await;
        check(
            &b,
            &format!("360 px phone, every panel's {tab}"),
            &mut failures,
        )
        .await;
    }
    report(&failures);
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn axe_finds_no_violation_in_other_languages_themes_and_embeds() {
    let mut failures = Vec::new();
    for (view, query, dark) in VIEWS {
        // A browser per view: Firefox takes its colour scheme at launch.
        let Some(b) = Browser::with_scheme(1200, 900, *dark).await else {
            println!(
                "SKIPPED in {}: {view}: a dark system needs the driver's GTK theme",
                Engine::current().name()
            );
            continue;
        };
        open_view(&b, query).await;
        let prefers_dark = b
            .js(
                "return matchMedia('(prefers-color-scheme: dark)').matches",
                vec![],
            )
            .await;
        assert_eq!(prefers_dark, json!(*dark), "{view}: the colour scheme");
        check(&b, view, &mut failures).await;
        b.close().await;
    }
    report(&failures);
}

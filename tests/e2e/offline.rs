//! Offline: after one visit the service worker (static/sw.js) has cached the
//! build, and the app loads and works with the server gone.
//!
//! The network is taken away for real: this test serves the build itself
//! (`LCE_DIST`, at the public URL it was built for: `/lce/` in the suite,
//! `/` for a `cargo xtask dist` build) and stops serving, so every request,
//! the page's and the service worker's, is refused.

use crate::{Browser, CHARTS, Engine, HOME, INKED, env};
use serde_json::json;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

/// The build served at `http://127.0.0.1:<port><prefix>` until [`Site::stop`].
struct Site {
    port: u16,
    prefix: String,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Site {
    fn start(root: PathBuf) -> Site {
        let prefix = public_url(&root);
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let port = listener.local_addr().expect("its address").port();
        let stop = Arc::new(AtomicBool::new(false));
        let (stopped, served) = (stop.clone(), prefix.clone());
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(conn) = conn {
                    let (root, prefix) = (root.clone(), served.clone());
                    std::thread::spawn(move || serve(conn, &root, &prefix));
                }
            }
            // The listener is dropped here: connections are refused from now on.
        });
        Site {
            port,
            prefix,
            stop,
            thread: Some(thread),
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}{}", self.port, self.prefix)
    }

    /// Stops listening; returns once the port refuses connections.
    fn stop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the blocking accept.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            t.join().expect("the server thread");
        }
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One request per connection (`Connection: close`, so the browser keeps no
/// connection open past [`Site::stop`]), like the suite's static host:
/// `no-store`, 404 for anything missing.
fn serve(mut conn: TcpStream, root: &Path, prefix: &str) {
    let _ = conn.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(match conn.try_clone() {
        Ok(c) => c,
        Err(_) => return,
    });
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => break,
            Ok(_) if header.trim().is_empty() => break,
            Ok(_) => {}
        }
    }
    let target = line.split_whitespace().nth(1).unwrap_or_default();
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let file = path.strip_prefix(prefix).and_then(|rest| {
        if rest.split('/').any(|s| s == ".." || s.contains('%')) {
            return None;
        }
        let f = root.join(if rest.is_empty() { "index.html" } else { rest });
        f.is_file().then_some(f)
    });
    let (status, kind, body) = match file.and_then(|f| std::fs::read(&f).ok().map(|b| (f, b))) {
        Some((f, body)) => {
            let kind = match f.extension().and_then(|e| e.to_str()).unwrap_or_default() {
                "html" => "text/html; charset=utf-8",
                "js" => "text/javascript; charset=utf-8",
                "wasm" => "application/wasm",
                "css" => "text/css; charset=utf-8",
                "svg" => "image/svg+xml",
                "json" => "application/json",
                _ => "application/octet-stream",
            };
            ("200 OK", kind, body)
        }
        None => ("404 Not Found", "text/plain", b"404 not found\n".to_vec()),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = conn.write_all(head.as_bytes());
    if !line.starts_with("HEAD ") {
        let _ = conn.write_all(&body);
    }
    let _ = conn.flush();
}

/// The public URL the build in `root` was made for: the folder of the app's
/// module named in index.html's `<meta name="lce-app" data-js="...">`.
fn public_url(root: &Path) -> String {
    let html = std::fs::read_to_string(root.join("index.html")).expect("the build's index.html");
    let js = html
        .split("data-js=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("<meta name=\"lce-app\" data-js>");
    js[..=js.rfind('/').expect("an absolute path")].to_string()
}

/// What a fetch of `url` from the page gives: `status <n>` or the error's name.
async fn fetch(b: &Browser, url: &str) -> String {
    b.js(
        "return fetch(arguments[0]).then(r => 'status ' + r.status, e => e.name)",
        vec![json!(url)],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn after_one_visit_the_app_loads_and_works_with_the_network_off() {
    let dist = PathBuf::from(env("LCE_DIST"));
    let mut site = Site::start(dist.clone());
    let url = site.url();
    // In the suite, the build is made for the sub-path the suite serves it at.
    if let Ok(suite) = std::env::var("LCE_SITE") {
        assert!(suite.ends_with(&site.prefix), "{suite} vs {url}");
    }
    let b = Browser::start(1200, 900).await;
    b.open_url(&url).await;

    // The service worker, registered at the build's root (the sub-path),
    // takes control of this first visit once it has cached the build.
    let scope = b
        .js(
            "return navigator.serviceWorker.ready.then(r => r.scope)",
            vec![],
        )
        .await;
    assert_eq!(scope, json!(url), "the service worker's scope");
    b.until("the service worker to control the page", || async {
        b.js("return !!navigator.serviceWorker.controller", vec![])
            .await
            .as_bool()
            .unwrap_or(false)
    })
    .await;
    let cached = b
        .js(
            r#"return caches.keys().then(async names => {
                 const urls = [];
                 for (const n of names) {
                   for (const r of await (await caches.open(n)).keys()) urls.push(r.url);
                 }
                 return urls;
               })"#,
            vec![],
        )
        .await;
    let cached: Vec<&str> = cached
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str())
        .collect();
    let mut files = Vec::new();
    collect(&dist, &dist, &mut files);
    assert!(files.iter().any(|f| f.ends_with(".wasm")), "{files:?}");
    for file in files.iter().filter(|f| *f != "sw.js") {
        let want = if file == "index.html" {
            url.clone()
        } else {
            format!("{url}{file}")
        };
        assert!(
            cached.contains(&want.as_str()),
            "{want} not cached: {cached:#?}"
        );
    }
    assert!(b.console_problems().await.is_empty());

    // The network goes away: a request the cache cannot answer now fails.
    assert_eq!(fetch(&b, "offline-probe.txt").await, "status 404");
    site.stop();
    assert_eq!(fetch(&b, "offline-probe.txt").await, "TypeError");
    // (The refused probe is logged; nothing after it may be.)
    b.console_problems().await;

    // Reloaded offline: the page, its code and its data come from the cache.
    // (Opened again, as a reader does: Firefox's WebDriver refresh is a
    // reload that bypasses the service worker, which no reader's is.)
    b.c().goto(&url).await.expect("reloads");
    b.wait_charts().await;
    for id in CHARTS.iter() {
        assert!(b.ink(id).await > INKED, "{id} blank offline");
    }
    assert_eq!(
        b.js("return document.getElementById('fatal').hidden", vec![])
            .await,
        json!(true)
    );
    // The Monte Carlo worker starts from the cache too and finishes its run.
    b.until("the Monte Carlo run offline", || async {
        b.text("mc-status").await.contains("samples, seed")
    })
    .await;
    // A slider move redraws.
    let drawn = b.draws("chart-industry").await;
    b.keys("growth-2023", HOME).await;
    b.until("a redraw offline", || async {
        b.draws("chart-industry").await > drawn
    })
    .await;
    // A share link opens offline too (the cached page, whatever the query).
    b.open_url(&format!("{url}?tab.gmv=table")).await;
    b.until("the GMV table shown from the link", || async {
        b.js(
            "const c = document.getElementById('chart-gmv'); return !!c && !!c.closest('[hidden]')",
            vec![],
        )
        .await
            == json!(true)
    })
    .await;
    assert_eq!(
        fetch(&b, "offline-probe.txt").await,
        "TypeError",
        "still offline"
    );
    let problems: Vec<String> = b
        .console_problems()
        .await
        .into_iter()
        .filter(|p| !p.contains("offline-probe.txt"))
        .collect();
    assert!(problems.is_empty(), "console offline: {problems:#?}");
    b.close().await;
}

/// Paths of the files below `dir`, relative to `root`, with `/`.
fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("the build folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            collect(root, &path, out);
        } else if let Ok(rel) = path.strip_prefix(root) {
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(parts.join("/"));
        }
    }
}

/// Installable: the page links a web app manifest (in the reader's
/// language) with the app's names, icons at 192 and 512 px and a maskable
/// one, `display: standalone` and a `start_url` and `scope` relative to
/// the build (so any sub-path works); the icons load; Chromium finds no
/// installability error; and after one visit the manifest's `start_url`
/// opens the app with the network off.
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn the_app_is_installable_and_its_start_url_opens_offline() {
    let dist = PathBuf::from(env("LCE_DIST"));
    let mut site = Site::start(dist);
    let url = site.url();
    let b = Browser::start(1200, 900).await;
    b.open_url(&url).await;
    let read = r#"const link = document.querySelector('link[rel=manifest]');
         return fetch(link.href).then(r => r.json()).then(m => Promise.all(m.icons.map(i =>
           new Promise(done => {
             const img = new Image();
             img.onload = () => done([i.sizes, i.purpose, img.naturalWidth, img.naturalHeight]);
             img.onerror = () => done([i.sizes, i.purpose, 0, 0]);
             img.src = new URL(i.src, link.href).href;
           }))).then(icons => ({manifest: m, href: link.href, icons,
             start: new URL(m.start_url, link.href).href, scope: new URL(m.scope, link.href).href})))"#;
    let found = b.js(read, vec![]).await;
    let m = &found["manifest"];
    assert_eq!(m["name"], json!("Live Commerce Explorer"), "{found}");
    assert!(
        m["short_name"]
            .as_str()
            .is_some_and(|s| s.chars().count() <= 15),
        "{found}"
    );
    assert_eq!(m["display"], json!("standalone"));
    assert!(m["theme_color"].is_string() && m["background_color"].is_string());
    assert_eq!(found["start"], json!(url), "start_url is the build's root");
    assert_eq!(found["scope"], json!(url), "and so is the scope");
    assert_eq!(
        found["icons"],
        json!([
            ["192x192", "any", 192, 192],
            ["512x512", "any", 512, 512],
            ["512x512", "maskable", 512, 512]
        ]),
        "every icon loads at its size"
    );
    // Chromium's own verdict goes through its DevTools protocol; in the
    // other engines the manifest checks above are what is checked.
    if Engine::current() == Engine::Chromium {
        let errors = b.cdp("Page.getInstallabilityErrors", json!({})).await;
        assert_eq!(
            errors["installabilityErrors"],
            json!([]),
            "Chromium's installability checks: {errors}"
        );
    }
    // Light and dark theme colours for the browser's frame.
    let themes = b
        .js(
            "return [...document.querySelectorAll('meta[name=theme-color]')].map(m => m.media)",
            vec![],
        )
        .await;
    assert_eq!(
        themes,
        json!([
            "(prefers-color-scheme: light)",
            "(prefers-color-scheme: dark)"
        ])
    );

    // A Chinese reader installs it under its Chinese name.
    b.open_url(&format!("{url}?lang=zh")).await;
    b.until("the Chinese manifest", || async {
        b.js(
            "return document.querySelector('link[rel=manifest]').getAttribute('href')",
            vec![],
        )
        .await
            == json!("manifest-zh.webmanifest")
    })
    .await;
    let zh = b.js(read, vec![]).await;
    assert_eq!(zh["manifest"]["name"], json!("直播电商数据探索"), "{zh}");
    assert_eq!(zh["start"], json!(url));

    // After one visit, the start_url opens with the network off.
    b.until("the service worker to control the page", || async {
        b.js("return !!navigator.serviceWorker.controller", vec![])
            .await
            .as_bool()
            .unwrap_or(false)
    })
    .await;
    site.stop();
    b.open_url(found["start"].as_str().unwrap_or_default())
        .await;
    for id in CHARTS.iter() {
        assert!(b.ink(id).await > INKED, "{id} blank offline");
    }
    b.close().await;
}

/// Link previews: the page carries the Open Graph and X card tags, and its
/// `og:image` is the 1200 × 630 picture `cargo xtask dist` drew from the
/// chart code, not blank.
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn a_shared_link_unfurls_with_a_title_description_and_chart_image() {
    let b = Browser::start(1200, 900).await;
    b.open().await;
    let tags = b
        .js(
            r#"const meta = k => (document.querySelector(`meta[property="${k}"], meta[name="${k}"]`) || {}).content;
               const src = new URL(meta('og:image'), location.href).href;
               return new Promise(done => {
                 const img = new Image();
                 img.onload = () => {
                   const c = document.createElement('canvas');
                   c.width = img.naturalWidth; c.height = img.naturalHeight;
                   const g = c.getContext('2d');
                   g.drawImage(img, 0, 0);
                   const d = g.getImageData(0, 0, c.width, c.height).data;
                   let inked = 0;
                   for (let i = 0; i < d.length; i += 4) {
                     if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) inked++;
                   }
                   done({w: img.naturalWidth, h: img.naturalHeight, inked: inked / (d.length / 4)});
                 };
                 img.onerror = () => done({w: 0, h: 0, inked: 0});
                 img.src = src;
               }).then(image => ({image, title: meta('og:title'), description: meta('og:description'),
                                  card: meta('twitter:card'), type: meta('og:type')}))"#,
            vec![],
        )
        .await;
    assert!(
        tags["title"]
            .as_str()
            .is_some_and(|t| t.contains("trillion")),
        "{tags}"
    );
    assert!(
        tags["description"]
            .as_str()
            .is_some_and(|t| t.contains("433.8")),
        "{tags}"
    );
    assert_eq!(tags["card"], json!("summary_large_image"));
    assert_eq!(tags["type"], json!("website"));
    assert_eq!(tags["image"]["w"], json!(1200), "{tags}");
    assert_eq!(tags["image"]["h"], json!(630), "{tags}");
    assert!(
        tags["image"]["inked"].as_f64().unwrap_or(0.0) > 0.02,
        "the image is drawn: {tags}"
    );
    b.close().await;
}

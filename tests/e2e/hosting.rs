//! Hosting, verified: the build served by an ordinary static server from
//! Debian (nginx, with the README's settings in `tests/hosting/nginx.conf`)
//! under a sub-path, and the smoke checks run against it. This catches any
//! reliance on the xtask's own server.

use super::*;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// nginx running `tests/hosting/nginx.conf` on a copy of the build; killed on drop.
struct Nginx {
    child: Child,
    port: u16,
    dir: PathBuf,
}

impl Nginx {
    /// Copies the build into a fresh folder as `lce/` (readable by nginx's
    /// unprivileged user wherever the checkout is), fills in the config and
    /// starts nginx, waiting until it answers.
    fn start() -> Nginx {
        let dist = PathBuf::from(env("LCE_DIST"));
        let dir = std::env::temp_dir().join(format!("lce-nginx-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&dist, &dir.join("root/lce"));
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let conf = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hosting/nginx.conf"),
        )
        .expect("tests/hosting/nginx.conf")
        .replace("@TMP@", &dir.display().to_string())
        .replace("@ROOT@", &dir.join("root").display().to_string())
        .replace("@PORT@", &port.to_string());
        let conf_path = dir.join("nginx.conf");
        std::fs::write(&conf_path, conf).expect("config written");
        let nginx = std::env::var("LCE_NGINX").unwrap_or_else(|_| "/usr/sbin/nginx".to_string());
        let child = Command::new(&nginx)
            .arg("-p")
            .arg(&dir)
            .arg("-e")
            .arg("stderr")
            .arg("-c")
            .arg(&conf_path)
            .stdin(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("{nginx} does not start ({e}); `cargo xtask test` installs it")
            });
        let mut server = Nginx { child, port, dir };
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("nginx exited ({status}); see its messages above");
            }
            assert!(std::time::Instant::now() < deadline, "nginx never listened");
            std::thread::sleep(Duration::from_millis(20));
        }
        server.port = port;
        server
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/lce/", self.port)
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder made");
    for entry in std::fs::read_dir(from).expect("the build").flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).expect("file copied");
        }
    }
}

/// Served by nginx under /lce/: the page loads clean with every chart drawn,
/// a slider redraws and rewrites the link, the link opens the same view,
/// the Monte Carlo's worker answers, the dataset downloads, and the headers
/// are the README's: `application/wasm` compressed, hashed files cached for
/// good, everything else revalidated.
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn hosting_nginx_serves_the_build_under_a_sub_path() {
    let nginx = Nginx::start();
    let site = nginx.url();
    let b = Browser::start(1200, 900).await;
    b.open_url(&site).await;
    for id in CHARTS.iter() {
        assert!(b.ink(id).await > INKED, "{id} blank when served by nginx");
    }
    let problems = b.console_problems().await;
    assert!(problems.is_empty(), "console: {problems:#?}");

    // The headers a host must send, as the browser got them.
    let heads = b
        .js(
            r#"const files = performance.getEntriesByType('resource').map(e => e.name)
                 .filter(n => /\.(wasm|js|css)$/.test(n)).concat([location.href, 'manifest.webmanifest']);
               return Promise.all(files.map(f => fetch(f, {cache: 'no-store'}).then(r => [
                 new URL(f, location.href).pathname, r.status, r.headers.get('content-type'),
                 r.headers.get('cache-control'), r.headers.get('content-encoding')])));"#,
            vec![],
        )
        .await;
    let heads = heads.as_array().cloned().unwrap_or_default();
    assert!(heads.len() >= 5, "the files fetched: {heads:?}");
    let hashed = |p: &str| {
        p.rsplit('/').next().is_some_and(|name| {
            let stem = name.split('.').next().unwrap_or_default();
            let stem = stem.strip_suffix("_bg").unwrap_or(stem);
            stem.rsplit_once('-')
                .is_some_and(|(_, h)| h.len() == 16 && h.chars().all(|c| c.is_ascii_hexdigit()))
        })
    };
    let mut wasm = false;
    for h in &heads {
        let path = h[0].as_str().unwrap_or_default();
        let kind = h[2].as_str().unwrap_or_default();
        let cache = h[3].as_str().unwrap_or_default();
        assert_eq!(h[1], json!(200), "{h}");
        if hashed(path) {
            assert!(
                cache.contains("immutable"),
                "a hashed file cached for good: {h}"
            );
        } else {
            assert_eq!(cache, "no-cache", "an unhashed file revalidated: {h}");
        }
        if path.ends_with(".wasm") {
            wasm = true;
            assert_eq!(kind, "application/wasm", "{h}");
            // Firefox and WebKit do not show a decoded response's encoding.
            if Engine::current() == Engine::Chromium {
                assert_eq!(h[4], json!("gzip"), "the wasm compressed: {h}");
            }
        }
        if path.ends_with(".webmanifest") {
            assert_eq!(kind, "application/manifest+json", "{h}");
        }
    }
    assert!(wasm, "the wasm was among the files: {heads:?}");

    // A slider redraws and writes the link; the link opens the same view.
    let drawn = b.draws("chart-industry").await;
    b.keys("growth-2021", ARROW_RIGHT).await;
    b.until("a redraw", || async {
        b.draws("chart-industry").await > drawn
    })
    .await;
    b.until("the link", || async {
        query(&b).await.contains("industry=")
    })
    .await;
    let (shared, projected) = (query(&b).await, b.projected().await);
    // The Monte Carlo's worker loads from the sub-path and answers.
    b.until("the worker's samples", || async {
        b.text("mc-status").await.contains("samples, seed")
    })
    .await;
    let (name, csv) = b.download("download-csv").await;
    assert!(
        name.ends_with(".csv") && csv.lines().count() > 10,
        "{name}: {csv}"
    );
    b.close().await;

    let other = Browser::start(1200, 900).await;
    other.open_url(&format!("{site}?{shared}")).await;
    assert_eq!(other.projected().await, projected, "the link's view");
    let problems = other.console_problems().await;
    assert!(problems.is_empty(), "console: {problems:#?}");
    other.close().await;
}

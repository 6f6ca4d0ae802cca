//! A small static file server that mounts a directory under a URL prefix, like a static host.

use anyhow::{Result, anyhow};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use tiny_http::{Header, Method, Request, Response, Server};

/// Serves `root` at `http://127.0.0.1:<port><prefix>` until dropped.
pub struct StaticServer {
    /// The port the server listens on.
    pub port: u16,
    stop: Arc<AtomicBool>,
    workers: Vec<JoinHandle<()>>,
}

/// Where [`StaticServer::logging`] with `reports` collects Content-Security-Policy
/// reports, under the prefix: browsers POST them there, a GET lists them.
pub const CSP_REPORTS: &str = "__csp-reports";

/// Where [`StaticServer::logging`] takes commands that hold back the app's
/// wasm, under the prefix: a GET of `__wasm-gate/close/<token>` makes every
/// later `.wasm` request that carries the cookie [`WASM_GATE_COOKIE`]`=<token>`
/// wait (at most a minute) until a GET of `__wasm-gate/open/<token>`, so an
/// end-to-end test can look at the page as it is before the app has loaded,
/// in any engine, without timing anything.
///
/// The gate is per token, not the whole server's: the suite runs tests side
/// by side, and held requests of other tests' pages once took all of the
/// server's workers, so a page's files and the command to open queued
/// behind them until chromedriver gave up. A held request now waits on its
/// own thread, so the workers stay free.
pub const WASM_GATE: &str = "__wasm-gate";

/// The cookie that puts a browser's wasm requests behind a [`WASM_GATE`] token.
pub const WASM_GATE_COOKIE: &str = "lce-wasm-gate";

/// The [`WASM_GATE`] tokens closed now, and the condition held requests
/// sleep on.
type Gate = Option<Arc<(Mutex<std::collections::HashSet<String>>, std::sync::Condvar)>>;

/// The reports received, when the server collects them.
type Reports = Option<Arc<Mutex<Vec<serde_json::Value>>>>;

/// Where each request is logged, when it is: a line as it arrives and one
/// once it is answered, in ms since the server started, so a request a
/// browser waited for in vain shows whether it ever reached the server.
#[derive(Clone)]
struct Log {
    file: Arc<Mutex<std::fs::File>>,
    started: Instant,
}

impl Log {
    fn line(&self, what: std::fmt::Arguments) {
        let ms = self.started.elapsed().as_millis();
        let mut f = self.file.lock().unwrap_or_else(|e| e.into_inner());
        let _ = writeln!(f, "{ms:>9} {what}");
    }
}

impl StaticServer {
    /// Starts serving on a free port. `prefix` must start and end with `/`.
    pub fn start(root: &Path, prefix: &str) -> Result<Self> {
        Self::launch(root, prefix, Options::default())
    }

    /// [`StaticServer::start`], but as GitHub Pages serves a site: text,
    /// scripts and wasm gzipped for a client that accepts it, and
    /// `Cache-Control: max-age=600` (the bench's Lighthouse audit).
    pub fn gzipped(root: &Path, prefix: &str) -> Result<Self> {
        let options = Options {
            gzip: true,
            ..Options::default()
        };
        Self::launch(root, prefix, options)
    }

    /// [`StaticServer::start`], logging every request to `log` (the
    /// end-to-end tests' server). With `reports`, every HTML page also
    /// carries its own `<meta>` policy as `Content-Security-Policy-Report-Only`
    /// with a `report-uri` here (a `<meta>` policy cannot name one): the
    /// browser then reports each violation of the page's policy to
    /// `<prefix>__csp-reports`, which the end-to-end tests read in the
    /// engines whose console WebDriver does not show (Firefox, WebKit).
    pub fn logging(root: &Path, prefix: &str, reports: bool, log: &Path) -> Result<Self> {
        let log = Log {
            file: Arc::new(Mutex::new(std::fs::File::create(log)?)),
            started: Instant::now(),
        };
        let options = Options {
            reports: reports.then(Arc::default),
            log: Some(log),
            gzip: false,
            gate: Some(Arc::default()),
        };
        Self::launch(root, prefix, options)
    }

    fn launch(root: &Path, prefix: &str, options: Options) -> Result<Self> {
        assert!(prefix.starts_with('/') && prefix.ends_with('/'));
        let server = Arc::new(Server::http("127.0.0.1:0").map_err(|e| anyhow!("{e}"))?);
        let port = server
            .server_addr()
            .to_ip()
            .ok_or_else(|| anyhow!("server is not on TCP"))?
            .port();
        let stop = Arc::new(AtomicBool::new(false));
        let workers = (0..4)
            .map(|_| {
                let (server, stop, options) = (server.clone(), stop.clone(), options.clone());
                let (root, prefix) = (root.to_path_buf(), prefix.to_owned());
                std::thread::spawn(move || {
                    while !stop.load(Ordering::Relaxed) {
                        if let Ok(Some(request)) = server.recv_timeout(Duration::from_millis(100)) {
                            let what = format!("{} {}", request.method(), request.url());
                            if let Some(log) = &options.log {
                                log.line(format_args!("< {what}"));
                            }
                            match held_by(&request, &options.gate) {
                                Some(token) => {
                                    let (root, prefix, options) =
                                        (root.clone(), prefix.clone(), options.clone());
                                    std::thread::spawn(move || {
                                        wait_for_gate(&token, &options.gate);
                                        answer(request, &root, &prefix, &options, &what);
                                    });
                                }
                                None => answer(request, &root, &prefix, &options, &what),
                            }
                        }
                    }
                })
            })
            .collect();
        Ok(StaticServer {
            port,
            stop,
            workers,
        })
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for worker in self.workers.drain(..) {
            worker.join().ok();
        }
    }
}

/// How a server answers, besides serving files.
#[derive(Clone, Default)]
struct Options {
    reports: Reports,
    log: Option<Log>,
    /// Gzip what compresses, cache for ten minutes (see [`StaticServer::gzipped`]).
    gzip: bool,
    gate: Gate,
}

/// Answers a [`WASM_GATE`] command: `Some(true)` if it was one, `Some(false)`
/// if it was a malformed one, `None` if `url` is not a command.
fn gate_command(request: &Request, prefix: &str, gate: &Gate) -> Option<bool> {
    let gate = gate.as_ref()?;
    let command = request
        .url()
        .strip_prefix(&format!("{prefix}{WASM_GATE}/"))?;
    let (closed, changed) = &**gate;
    let mut closed = closed.lock().unwrap_or_else(|e| e.into_inner());
    match command.split_once('/') {
        Some(("close", token)) if !token.is_empty() => {
            closed.insert(token.to_owned());
        }
        Some(("open", token)) => {
            closed.remove(token);
            changed.notify_all();
        }
        _ => return Some(false),
    }
    Some(true)
}

/// The closed [`WASM_GATE`] token `request` is held behind, if it is a
/// `.wasm` request whose cookie names one.
fn held_by(request: &Request, gate: &Gate) -> Option<String> {
    let gate = gate.as_ref()?;
    let path = request.url().split('?').next().unwrap_or_default();
    if !path.ends_with(".wasm") {
        return None;
    }
    let token = request
        .headers()
        .iter()
        .filter(|h| h.field.equiv("Cookie"))
        .flat_map(|h| h.value.as_str().split(';'))
        .find_map(|c| c.trim().strip_prefix(&format!("{WASM_GATE_COOKIE}=")))?
        .to_owned();
    let closed = gate.0.lock().unwrap_or_else(|e| e.into_inner());
    closed.contains(&token).then_some(token)
}

/// Waits (at most a minute) until the [`WASM_GATE`] `token` is opened.
fn wait_for_gate(token: &str, gate: &Gate) {
    let Some(gate) = gate.as_ref() else { return };
    let (closed, changed) = &**gate;
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut closed = closed.lock().unwrap_or_else(|e| e.into_inner());
    while closed.contains(token) && Instant::now() < deadline {
        closed = changed
            .wait_timeout(closed, Duration::from_millis(200))
            .map(|(g, _)| g)
            .unwrap_or_else(|e| e.into_inner().0);
    }
}

/// Handles `request` and logs that it was answered.
fn answer(request: Request, root: &Path, prefix: &str, options: &Options, what: &str) {
    handle(request, root, prefix, options);
    if let Some(log) = &options.log {
        log.line(format_args!("> {what}"));
    }
}

fn handle(mut request: Request, root: &Path, prefix: &str, options: &Options) {
    let reports = &options.reports;
    if let Some(reports) = reports
        && request.url() == format!("{prefix}{CSP_REPORTS}")
    {
        if *request.method() == Method::Post {
            let mut body = String::new();
            let _ = request.as_reader().read_to_string(&mut body);
            let report = serde_json::from_str(&body).unwrap_or(serde_json::Value::String(body));
            reports
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(report);
            respond(request, 204, "text/plain", b"", None);
        } else {
            let list = reports.lock().unwrap_or_else(|e| e.into_inner()).clone();
            let body = serde_json::Value::Array(list).to_string();
            respond(request, 200, "application/json", body.as_bytes(), None);
        }
        return;
    }
    if let Some(known) = gate_command(&request, prefix, &options.gate) {
        let (code, body): (u16, &[u8]) = if known {
            (204, b"")
        } else {
            (404, b"404 not found\n")
        };
        respond(request, code, "text/plain; charset=utf-8", body, None);
        return;
    }
    let head = *request.method() == Method::Head;
    if !(head || *request.method() == Method::Get) {
        respond(
            request,
            405,
            "text/plain; charset=utf-8",
            b"405 method not allowed\n",
            None,
        );
        return;
    }
    let path = request.url().split(['?', '#']).next().unwrap_or_default();
    if path == prefix.trim_end_matches('/') {
        let location = Header::from_bytes("Location", prefix).expect("valid header");
        request
            .respond(Response::empty(301).with_header(location))
            .ok();
        return;
    }
    let file = path
        .strip_prefix(prefix)
        .and_then(|rest| resolve(root, rest));
    match file.and_then(|f| std::fs::read(&f).ok().map(|data| (f, data))) {
        Some((file, data)) => {
            let kind = mime_type(&file);
            let report_only = match reports {
                Some(_) if kind.starts_with("text/html") => {
                    meta_policy(&String::from_utf8_lossy(&data))
                        .map(|p| format!("{p}; report-uri {prefix}{CSP_REPORTS}"))
                }
                _ => None,
            };
            let gzip = options.gzip && compresses(kind) && accepts_gzip(&request);
            let body = match (head, gzip) {
                (true, _) => Vec::new(),
                (false, true) => gzipped(&data),
                (false, false) => data,
            };
            let mut response = Response::from_data(body)
                .with_header(Header::from_bytes("Content-Type", kind).expect("valid header"));
            if options.gzip {
                response = response
                    .with_header(
                        Header::from_bytes("Cache-Control", "max-age=600").expect("valid header"),
                    )
                    .with_header(
                        Header::from_bytes("Vary", "Accept-Encoding").expect("valid header"),
                    );
                if gzip {
                    response = response.with_header(
                        Header::from_bytes("Content-Encoding", "gzip").expect("valid header"),
                    );
                }
            } else {
                response = response.with_header(
                    Header::from_bytes("Cache-Control", "no-store").expect("valid header"),
                );
            }
            if let Some(policy) = report_only
                .and_then(|p| Header::from_bytes("Content-Security-Policy-Report-Only", p).ok())
            {
                response = response.with_header(policy);
            }
            request.respond(response).ok();
        }
        None => respond(
            request,
            404,
            "text/plain; charset=utf-8",
            b"404 not found\n",
            None,
        ),
    }
}

fn respond(
    request: Request,
    code: u16,
    content_type: &str,
    body: &[u8],
    report_only: Option<&str>,
) {
    let mut response = Response::from_data(body)
        .with_status_code(code)
        .with_header(Header::from_bytes("Content-Type", content_type).expect("valid header"))
        .with_header(Header::from_bytes("Cache-Control", "no-store").expect("valid header"));
    if let Some(policy) =
        report_only.and_then(|p| Header::from_bytes("Content-Security-Policy-Report-Only", p).ok())
    {
        response = response.with_header(policy);
    }
    request.respond(response).ok();
}

/// Whether a static host compresses this type: text, scripts, data, SVG and wasm.
fn compresses(kind: &str) -> bool {
    kind.starts_with("text/")
        || kind.starts_with("application/json")
        || kind.starts_with("application/manifest+json")
        || kind == "application/wasm"
        || kind == "image/svg+xml"
}

fn accepts_gzip(request: &Request) -> bool {
    request.headers().iter().any(|h| {
        h.field.equiv("Accept-Encoding")
            && h.value.as_str().split(',').any(|e| {
                e.split(';')
                    .next()
                    .is_some_and(|name| name.trim() == "gzip")
            })
    })
}

fn gzipped(data: &[u8]) -> Vec<u8> {
    use flate2::{Compression, write::GzEncoder};
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default()
}

/// The policy of a page's `<meta http-equiv="Content-Security-Policy">`.
fn meta_policy(html: &str) -> Option<String> {
    let at = html.find(r#"http-equiv="Content-Security-Policy""#)?;
    let tag_start = html[..at].rfind('<')?;
    let tag = &html[tag_start..tag_start + html[tag_start..].find('>')?];
    let content = tag.split_once(r#"content=""#)?.1;
    Some(content.split('"').next()?.to_owned())
}

/// Maps the part of the URL after the prefix to an existing file below `root`.
fn resolve(root: &Path, rest: &str) -> Option<PathBuf> {
    let decoded = percent_decode(rest)?;
    let mut file = root.to_path_buf();
    for segment in decoded.split('/').filter(|s| !s.is_empty()) {
        if segment == "." || segment == ".." || segment.contains('\\') {
            return None;
        }
        file.push(segment);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Content type by file extension.
pub fn mime_type(file: &Path) -> &'static str {
    let ext = file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "xml" => "application/xml",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proc::{http_get, http_get_with};

    #[test]
    fn the_wasm_gate_holds_one_browsers_wasm_until_opened() {
        let dir = std::env::temp_dir().join(format!("xtask-gate-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<p>hi</p>").unwrap();
        std::fs::write(dir.join("app_bg.wasm"), b"\0asm").unwrap();
        let log = dir.join("log");
        let server = StaticServer::logging(&dir, "/lce/", false, &log).unwrap();
        let port = server.port;
        assert_eq!(http_get(port, "/lce/__wasm-gate/close/t1").unwrap().0, 204);
        // Held: more requests than the server has workers, so a held request
        // that kept its worker would starve the page and the command to open.
        let held = (0..6)
            .map(|_| {
                let (sent, got) = std::sync::mpsc::channel();
                std::thread::spawn(move || {
                    let cookie = format!("Cookie: a=b; {WASM_GATE_COOKIE}=t1\r\n");
                    sent.send(http_get_with(port, "/lce/app_bg.wasm", &cookie).unwrap())
                });
                got
            })
            .collect::<Vec<_>>();
        // All six have reached the server (its log says so).
        let deadline = Instant::now() + Duration::from_secs(5);
        while std::fs::read_to_string(&log)
            .unwrap_or_default()
            .matches("< GET /lce/app_bg.wasm")
            .count()
            < 6
        {
            assert!(Instant::now() < deadline, "the wasm requests never came");
            std::thread::yield_now();
        }
        // The page, and the wasm of a browser without the token (another
        // test's), are served while the held ones wait.
        assert_eq!(http_get(port, "/lce/").unwrap().0, 200);
        assert_eq!(http_get(port, "/lce/app_bg.wasm").unwrap().0, 200);
        let other = format!("Cookie: {WASM_GATE_COOKIE}=t2\r\n");
        assert_eq!(
            http_get_with(port, "/lce/app_bg.wasm", &other).unwrap().0,
            200
        );
        for got in &held {
            assert!(
                got.recv_timeout(Duration::from_millis(100)).is_err(),
                "the wasm came through a closed gate"
            );
        }
        assert_eq!(http_get(port, "/lce/__wasm-gate/open/t1").unwrap().0, 204);
        for got in held {
            let wasm = got
                .recv_timeout(Duration::from_secs(5))
                .expect("the wasm once open");
            assert_eq!(wasm, (200, b"\0asm".to_vec()));
        }
        assert_eq!(http_get(port, "/lce/__wasm-gate/other").unwrap().0, 404);
        assert_eq!(http_get(port, "/lce/__wasm-gate/close/").unwrap().0, 404);
        drop(server);
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn serves_under_prefix() {
        let dir = std::env::temp_dir().join(format!("xtask-server-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("index.html"), "<p>hi</p>").unwrap();
        std::fs::write(dir.join("app_bg.wasm"), b"\0asm").unwrap();
        std::fs::write(dir.join("sub/a b.js"), "1").unwrap();
        let server = StaticServer::start(&dir, "/lce/").unwrap();
        let get = |p: &str| http_get(server.port, p).unwrap();
        assert_eq!(get("/lce/"), (200, b"<p>hi</p>".to_vec()));
        assert_eq!(get("/lce/index.html?x=1").0, 200);
        assert_eq!(get("/lce/app_bg.wasm"), (200, b"\0asm".to_vec()));
        assert_eq!(get("/lce/sub/a%20b.js"), (200, b"1".to_vec()));
        assert_eq!(get("/lce").0, 301);
        assert_eq!(get("/").0, 404);
        assert_eq!(get("/index.html").0, 404);
        assert_eq!(get("/lce/missing.js").0, 404);
        assert_eq!(get("/lce/../Cargo.toml").0, 404);
        assert_eq!(get("/lce/sub/..%2F..%2Findex.html").0, 404);
        drop(server);
        std::fs::remove_dir_all(&dir).ok();
    }

    /// One GET with `Accept-Encoding: gzip`: the response's head and body.
    fn get_gzip(port: u16, path: &str) -> (String, Vec<u8>) {
        use std::io::Read;
        let mut tcp = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            tcp,
            "GET {path} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br, gzip;q=0.9\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        tcp.read_to_end(&mut raw).unwrap();
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        (
            String::from_utf8_lossy(&raw[..split]).to_lowercase(),
            raw[split + 4..].to_vec(),
        )
    }

    #[test]
    fn serves_gzip_as_a_static_host_does() {
        use std::io::Read;
        let dir = std::env::temp_dir().join(format!("xtask-gzip-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let page = "<p>hello</p>".repeat(100);
        std::fs::write(dir.join("index.html"), &page).unwrap();
        std::fs::write(dir.join("icon.png"), b"\x89PNG").unwrap();
        let server = StaticServer::gzipped(&dir, "/lce/").unwrap();
        let (head, body) = get_gzip(server.port, "/lce/");
        assert!(head.contains("content-encoding: gzip"), "{head}");
        assert!(head.contains("cache-control: max-age=600"), "{head}");
        let mut text = String::new();
        flate2::read::GzDecoder::new(&body[..])
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, page);
        assert!(body.len() < page.len() / 10);
        // An image is sent as it is; a client that asks for no gzip gets none.
        let (head, body) = get_gzip(server.port, "/lce/icon.png");
        assert!(!head.contains("content-encoding"), "{head}");
        assert_eq!(body, b"\x89PNG");
        assert_eq!(
            http_get(server.port, "/lce/").unwrap(),
            (200, page.into_bytes())
        );
        drop(server);
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn reads_the_meta_policy() {
        let html = r#"<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'"></head>"#;
        assert_eq!(
            meta_policy(html).as_deref(),
            Some("default-src 'self'; object-src 'none'")
        );
        assert_eq!(meta_policy("<p>no policy</p>"), None);
    }

    #[test]
    fn mime_types() {
        assert_eq!(mime_type(Path::new("a_bg.wasm")), "application/wasm");
        assert!(mime_type(Path::new("a.js")).starts_with("text/javascript"));
        assert!(mime_type(Path::new("index.html")).starts_with("text/html"));
    }
}

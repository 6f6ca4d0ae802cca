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
        Self::launch(root, prefix, None, None)
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
        Self::launch(root, prefix, reports.then(Arc::default), Some(log))
    }

    fn launch(root: &Path, prefix: &str, reports: Reports, log: Option<Log>) -> Result<Self> {
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
                let (server, stop, reports) = (server.clone(), stop.clone(), reports.clone());
                let (root, prefix, log) = (root.to_path_buf(), prefix.to_owned(), log.clone());
                std::thread::spawn(move || {
                    while !stop.load(Ordering::Relaxed) {
                        if let Ok(Some(request)) = server.recv_timeout(Duration::from_millis(100)) {
                            let what = format!("{} {}", request.method(), request.url());
                            if let Some(log) = &log {
                                log.line(format_args!("< {what}"));
                            }
                            handle(request, &root, &prefix, &reports);
                            if let Some(log) = &log {
                                log.line(format_args!("> {what}"));
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

fn handle(mut request: Request, root: &Path, prefix: &str, reports: &Reports) {
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
            let body = if head { Vec::new() } else { data };
            respond(request, 200, kind, &body, report_only.as_deref());
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
    use crate::proc::http_get;

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

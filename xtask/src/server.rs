//! A small static file server that mounts a directory under a URL prefix, like a static host.

use anyhow::{Result, anyhow};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;
use tiny_http::{Header, Method, Request, Response, Server};

/// Serves `root` at `http://127.0.0.1:<port><prefix>` until dropped.
pub struct StaticServer {
    /// The port the server listens on.
    pub port: u16,
    stop: Arc<AtomicBool>,
    workers: Vec<JoinHandle<()>>,
}

impl StaticServer {
    /// Starts serving on a free port. `prefix` must start and end with `/`.
    pub fn start(root: &Path, prefix: &str) -> Result<Self> {
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
                let (server, stop) = (server.clone(), stop.clone());
                let (root, prefix) = (root.to_path_buf(), prefix.to_owned());
                std::thread::spawn(move || {
                    while !stop.load(Ordering::Relaxed) {
                        if let Ok(Some(request)) = server.recv_timeout(Duration::from_millis(100)) {
                            handle(request, &root, &prefix);
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

fn handle(request: Request, root: &Path, prefix: &str) {
    let head = *request.method() == Method::Head;
    if !(head || *request.method() == Method::Get) {
        respond(
            request,
            405,
            "text/plain; charset=utf-8",
            b"405 method not allowed\n",
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
            let body = if head { Vec::new() } else { data };
            respond(request, 200, mime_type(&file), &body);
        }
        None => respond(
            request,
            404,
            "text/plain; charset=utf-8",
            b"404 not found\n",
        ),
    }
}

fn respond(request: Request, code: u16, content_type: &str, body: &[u8]) {
    let response = Response::from_data(body)
        .with_status_code(code)
        .with_header(Header::from_bytes("Content-Type", content_type).expect("valid header"))
        .with_header(Header::from_bytes("Cache-Control", "no-store").expect("valid header"));
    request.respond(response).ok();
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
    fn mime_types() {
        assert_eq!(mime_type(Path::new("a_bg.wasm")), "application/wasm");
        assert!(mime_type(Path::new("a.js")).starts_with("text/javascript"));
        assert!(mime_type(Path::new("index.html")).starts_with("text/html"));
    }
}

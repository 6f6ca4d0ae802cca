//! Running child processes, small HTTP probes and free ports.

use anyhow::{Context, Result, bail};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::{Duration, Instant};

/// Prints the command line, runs it with inherited stdio and fails unless it succeeds.
pub fn run(cmd: &mut Command) -> Result<()> {
    println!("$ {}", show(cmd));
    let status = cmd
        .status()
        .with_context(|| format!("could not start `{}`", show(cmd)))?;
    if !status.success() {
        bail!("`{}` failed ({status})", show(cmd));
    }
    Ok(())
}

/// Like [`run`], but also returns what the command wrote to stdout (while still printing it).
pub fn run_tee(cmd: &mut Command) -> Result<String> {
    let (status, captured) = run_tee_status(cmd)?;
    if !status.success() {
        bail!("`{}` failed ({status})", show(cmd));
    }
    Ok(captured)
}

/// Like [`run_tee`], but returns the exit status instead of failing on it,
/// for a caller that reads the output to decide.
pub fn run_tee_status(cmd: &mut Command) -> Result<(std::process::ExitStatus, String)> {
    println!("$ {}", show(cmd));
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("could not start `{}`", show(cmd)))?;
    let mut captured = String::new();
    let reader = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let mut stdout = std::io::stdout();
    for line in reader.split(b'\n') {
        let line = String::from_utf8_lossy(&line?).into_owned();
        writeln!(stdout, "{line}").ok();
        stdout.flush().ok();
        captured.push_str(&line);
        captured.push('\n');
    }
    let status = child.wait()?;
    Ok((status, captured))
}

/// Sums `N passed` and `N failed` over all `test result:` lines of libtest-style output.
pub fn count_tests(output: &str) -> (u64, u64) {
    let mut passed = 0;
    let mut failed = 0;
    for line in output.lines() {
        let Some(rest) = line.split("test result:").nth(1) else {
            continue;
        };
        for part in rest.split([';', '.']) {
            let mut words = part.split_whitespace();
            if let (Some(n), Some(what)) = (words.next(), words.next())
                && let Ok(n) = n.parse::<u64>()
            {
                match what {
                    "passed" => passed += n,
                    "failed" => failed += n,
                    _ => {}
                }
            }
        }
    }
    (passed, failed)
}

/// A command line for display.
pub fn show(cmd: &Command) -> String {
    let mut parts = vec![cmd.get_program().to_string_lossy().into_owned()];
    parts.extend(cmd.get_args().map(|a| {
        let a = a.to_string_lossy();
        if a.contains(' ') {
            format!("'{a}'")
        } else {
            a.into_owned()
        }
    }));
    parts.join(" ")
}

/// Process group of the running [`ChildGuard`], killed if we get a signal (0: none).
static GUARDED_GROUP: AtomicI32 = AtomicI32::new(0);

/// A child process started in its own process group; the whole group (the child and
/// everything it started, e.g. chromedriver's browsers) is terminated when dropped,
/// or when this process gets SIGINT/SIGTERM/SIGHUP.
pub struct ChildGuard {
    child: Child,
    name: &'static str,
}

impl ChildGuard {
    /// Spawns `cmd` in a new process group and guards it (one guard at a time).
    pub fn spawn(name: &'static str, cmd: &mut Command) -> Result<Self> {
        let child = cmd
            .stdin(Stdio::null())
            .process_group(0)
            .spawn()
            .with_context(|| format!("could not start `{}`", show(cmd)))?;
        GUARDED_GROUP.store(child.id() as i32, Ordering::SeqCst);
        install_signal_handlers();
        Ok(ChildGuard { child, name })
    }

    /// Fails if the process has already exited.
    pub fn check_running(&mut self) -> Result<()> {
        if let Some(status) = self.child.try_wait()? {
            bail!("{} exited early ({status})", self.name);
        }
        Ok(())
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let group = self.child.id() as libc::pid_t;
        // SIGTERM to the whole group: chromedriver alone would leave its browsers running.
        // SAFETY: kill(2) on the process group we created; the leader is not reaped yet.
        unsafe { libc::kill(-group, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut reaped = false;
        while Instant::now() < deadline {
            reaped = reaped || matches!(self.child.try_wait(), Ok(Some(_)));
            // SAFETY: signal 0 only checks whether any process of the group is left.
            if reaped && unsafe { libc::kill(-group, 0) } != 0 {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        if !reaped || unsafe { libc::kill(-group, 0) } == 0 {
            eprintln!("{} did not stop on SIGTERM; killing it", self.name);
            // SAFETY: as above.
            unsafe { libc::kill(-group, libc::SIGKILL) };
            self.child.wait().ok();
        }
        GUARDED_GROUP.store(0, Ordering::SeqCst);
    }
}

fn install_signal_handlers() {
    extern "C" fn on_signal(signal: libc::c_int) {
        let group = GUARDED_GROUP.load(Ordering::SeqCst);
        // SAFETY: only async-signal-safe calls: kill, signal, raise.
        unsafe {
            if group > 0 {
                libc::kill(-group, libc::SIGKILL);
            }
            libc::signal(signal, libc::SIG_DFL);
            libc::raise(signal);
        }
    }
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        // SAFETY: installs a handler that only makes async-signal-safe calls.
        unsafe { libc::signal(signal, on_signal as *const () as libc::sighandler_t) };
    }
}

/// A TCP port on 127.0.0.1 that was free a moment ago.
pub fn free_port() -> Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0").context("binding a free port")?;
    Ok(listener.local_addr()?.port())
}

/// Minimal HTTP/1.1 GET to 127.0.0.1; returns (status code, body).
pub fn http_get(port: u16, path: &str) -> Result<(u16, Vec<u8>)> {
    http_get_with(port, path, "")
}

/// [`http_get`] with more request headers, each ending in `\r\n`.
pub fn http_get_with(port: u16, path: &str, headers: &str) -> Result<(u16, Vec<u8>)> {
    let timeout = Duration::from_secs(5);
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let mut stream = TcpStream::connect_timeout(&addr, timeout)?;
    stream.set_read_timeout(Some(timeout))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n{headers}\r\n"
    )?;
    // Read until the body is complete: servers may keep the connection open anyway.
    let mut raw = Vec::new();
    let mut buf = [0; 8192];
    let (split, head) = loop {
        if let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
            let body = &raw[split + 4..];
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok());
            let done = match length {
                Some(n) => body.len() >= n,
                None if head.contains("transfer-encoding: chunked") => body.ends_with(b"0\r\n\r\n"),
                None => false,
            };
            if done {
                break (split, head);
            }
        }
        let n = stream.read(&mut buf)?;
        if n == 0 {
            let split = raw
                .windows(4)
                .position(|w| w == b"\r\n\r\n")
                .context("no end of HTTP headers")?;
            let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
            break (split, head);
        }
        raw.extend_from_slice(&buf[..n]);
    };
    let code = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .context("bad HTTP status line")?;
    let mut body = raw[split + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = dechunk(&body);
    }
    Ok((code, body))
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = data.windows(2).position(|w| w == b"\r\n") {
        let size_text = String::from_utf8_lossy(&data[..eol]);
        let size_hex = size_text.split(';').next().unwrap_or_default().trim();
        let Ok(size) = usize::from_str_radix(size_hex, 16) else {
            break;
        };
        data = &data[eol + 2..];
        if size == 0 || data.len() < size {
            break;
        }
        out.extend_from_slice(&data[..size]);
        data = data.get(size + 2..).unwrap_or_default();
    }
    out
}

/// Polls `check` every 100 ms until it returns `Ok(true)` or `deadline` passes.
pub fn wait_until(
    what: &str,
    deadline: Duration,
    mut check: impl FnMut() -> Result<bool>,
) -> Result<()> {
    let start = Instant::now();
    let mut last_err = None;
    loop {
        match check() {
            Ok(true) => return Ok(()),
            Ok(false) => {}
            Err(e) => last_err = Some(e),
        }
        if start.elapsed() > deadline {
            let why = last_err.map(|e| format!(": {e:#}")).unwrap_or_default();
            bail!("{what} not ready after {} s{why}", deadline.as_secs());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_libtest_results() {
        let out = "running 2 tests\n\
                   test result: ok. 2 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s\n\
                   test result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out\n\
                   test result: ok. 0 passed; 0 failed; 0 ignored\n";
        assert_eq!(count_tests(out), (5, 1));
        assert_eq!(count_tests("no tests to run!"), (0, 0));
    }

    #[test]
    fn dechunks() {
        assert_eq!(dechunk(b"5\r\nhello\r\n1\r\n!\r\n0\r\n\r\n"), b"hello!");
    }
}

//! `serve` and `dist`: running Trunk offline with the cached tools.

use crate::proc::run;
use crate::tools::Ctx;
use anyhow::{Context, Result, bail};
use flate2::{Compression, write::GzEncoder};
use std::io::Write;
use std::path::{Path, PathBuf};

/// `cargo xtask serve`: build and serve with live reload; stays in the foreground.
pub fn serve(ctx: &Ctx, port: &str, open: bool) -> Result<()> {
    ctx.setup_build_tools()?;
    fetch(ctx)?;
    let mut cmd = trunk(ctx);
    cmd.args(["serve", "--address", "127.0.0.1", "--port", port]);
    if open {
        cmd.arg("--open");
    }
    println!("$ {}", crate::proc::show(&cmd));
    // Replace this process so Ctrl-C and the exit status go straight to trunk.
    use std::os::unix::process::CommandExt;
    let err = cmd.exec();
    Err(err).context("could not start trunk")
}

/// `cargo xtask dist`: release build into `dist/` for hosting under
/// `public_url`; `site_url`, the address the build will be reached at, makes
/// the link preview's image and page addresses absolute (unfurlers need it).
pub fn dist(ctx: &Ctx, public_url: &str, site_url: Option<&str>) -> Result<()> {
    ctx.setup_build_tools()?;
    let url = normalize_public_url(public_url)?;
    let site = site_url.map(normalize_site_url).transpose()?;
    let out = ctx.root.join("dist");
    build_release(ctx, &url, site.as_deref(), &out)?;
    print_sizes(&out)?;
    println!("dist/ is ready to be served at {url} of any static host");
    Ok(())
}

/// Fetches all crates (for every target, including wasm32) so Trunk can build offline.
pub fn fetch(ctx: &Ctx) -> Result<()> {
    // Without --target, `cargo fetch` fetches the dependencies of all targets.
    run(ctx.cmd("cargo").args(["fetch", "--quiet"]))
}

/// `trunk --offline build --release --public-url <url> --dist <out>`, then
/// the link preview (`site_url`: see [`dist`]) and sanity checks.
pub fn build_release(
    ctx: &Ctx,
    public_url: &str,
    site_url: Option<&str>,
    out: &Path,
) -> Result<()> {
    fetch(ctx)?;
    run(trunk(ctx)
        .args(["build", "--release", "--public-url", public_url, "--dist"])
        .arg(out))?;
    let index = out.join("index.html");
    let html =
        std::fs::read_to_string(&index).with_context(|| format!("reading {}", index.display()))?;
    // The live-reload hook is for `trunk serve` only.
    let html = with_preview_addresses(&without_dev_reload(&html), site_url);
    ctx.setup_preview_font()?;
    let html = crate::prerender::into_index(&html, out)?;
    crate::preview::write(out, site_url.unwrap_or_default())?;
    std::fs::write(&index, &html).with_context(|| format!("writing {}", index.display()))?;
    let inline = inline_scripts_and_styles(&html);
    if !inline.is_empty() {
        bail!(
            "{} has inline code that its Content Security Policy refuses (load it from a file instead): {}",
            index.display(),
            inline.join(", ")
        );
    }
    let stray = absolute_refs_outside(&html, public_url);
    if !stray.is_empty() {
        bail!(
            "{} refers to absolute paths outside {public_url}, which break sub-path hosting: {}",
            index.display(),
            stray.join(", ")
        );
    }
    write_precache_manifest(out)
}

/// The page's link-preview tags with absolute addresses when the site's
/// is known: `og:image` (written relative in index.html) and `og:url`.
fn with_preview_addresses(html: &str, site_url: Option<&str>) -> String {
    let Some(site) = site_url else {
        return html.to_owned();
    };
    let relative = format!(r#"content="{}""#, crate::preview::FILE);
    html.replacen(
        &relative,
        &format!(r#"content="{site}{}""#, crate::preview::FILE),
        1,
    )
    .replacen(
        r#"<meta property="og:type""#,
        &format!(
            r#"<meta property="og:url" content="{site}">
  <meta property="og:type""#
        ),
        1,
    )
}

/// `--site-url`: an absolute http(s) address, ending in `/`.
fn normalize_site_url(url: &str) -> Result<String> {
    let url = url.trim();
    if !(url.starts_with("https://") || url.starts_with("http://"))
        || url.contains(['"', '<', '>', ' '])
    {
        bail!(
            "--site-url must be an absolute http(s) address, such as https://example.org/lce/: {url}"
        );
    }
    Ok(if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    })
}

/// Where `static/sw.js` takes the build's manifest.
const SW_MARKER: &str = "/* lce-build */ null";

/// Writes the build's manifest into the service worker (`sw.js`, see
/// static/sw.js): every other file of `out` relative to it (index.html as
/// `./`, the URL the page is visited at) and a version that changes whenever
/// any file does, so a new deploy is a new service worker.
fn write_precache_manifest(out: &Path) -> Result<()> {
    let sw = out.join("sw.js");
    let text = std::fs::read_to_string(&sw).with_context(|| format!("reading {}", sw.display()))?;
    let Some(manifest) = precache_manifest(out)? else {
        bail!("{} has no build list", out.display());
    };
    if !text.contains(SW_MARKER) {
        bail!(
            "{} has no `{SW_MARKER}` to put the build's file list in",
            sw.display()
        );
    }
    let filled = text.replacen(SW_MARKER, &format!("/* lce-build */ {manifest}"), 1);
    std::fs::write(&sw, filled).with_context(|| format!("writing {}", sw.display()))
}

/// `{"version": <hash of every file's path and bytes>, "files": [...]}` of
/// the files in `dir` but sw.js, or `None` if there is none.
fn precache_manifest(dir: &Path) -> Result<Option<String>> {
    let mut files = Vec::new();
    collect_files(dir, &mut files)?;
    files.sort();
    // FNV-1a, 64 bits: stable across Rust versions, unlike DefaultHasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash = (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    let mut names = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(dir).unwrap_or(file);
        let name = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if name == "sw.js" {
            continue;
        }
        eat(name.as_bytes());
        eat(&[0]);
        eat(&std::fs::read(file).with_context(|| format!("reading {}", file.display()))?);
        names.push(if name == "index.html" {
            "./".to_owned()
        } else {
            name
        });
    }
    if names.is_empty() {
        return Ok(None);
    }
    let manifest = serde_json::json!({ "version": format!("{hash:016x}"), "files": names });
    Ok(Some(manifest.to_string()))
}

/// The cached trunk, offline (never downloads tools), without update check.
fn trunk(ctx: &Ctx) -> std::process::Command {
    let mut cmd = ctx.cmd(ctx.trunk());
    cmd.arg("--offline=true")
        .env("TRUNK_SKIP_VERSION_CHECK", "true");
    cmd
}

/// Ensures a public URL starts and ends with `/` (absolute URLs are kept as given plus `/`).
pub fn normalize_public_url(url: &str) -> Result<String> {
    if url.contains(char::is_whitespace) || url.is_empty() {
        bail!("--public-url: invalid value `{url}`");
    }
    let mut url = url.to_owned();
    if !url.starts_with('/') && !url.contains("://") {
        url.insert(0, '/');
    }
    if !url.ends_with('/') {
        url.push('/');
    }
    Ok(url)
}

/// The `<meta name="lce-dev-reload">` tag of index.html, which only `trunk
/// serve` fills in (static/boot.js), removed.
fn without_dev_reload(html: &str) -> String {
    let Some(start) = html.find(r#"<meta name="lce-dev-reload""#) else {
        return html.to_owned();
    };
    let Some(len) = html[start..].find('>') else {
        return html.to_owned();
    };
    let mut end = start + len + 1;
    // The line's own indentation and newline go too.
    let line_start = html[..start].trim_end_matches([' ', '\t']).len();
    if html[end..].starts_with('\n') && html[line_start..start].trim().is_empty() {
        end += 1;
        return format!("{}{}", &html[..line_start], &html[end..]);
    }
    format!("{}{}", &html[..start], &html[end..])
}

/// What in `html` a `script-src 'self'; style-src 'self'` policy would block:
/// `<script>` elements without `src`, `<style>` elements and `style=`
/// attributes (comments are skipped).
fn inline_scripts_and_styles(html: &str) -> Vec<String> {
    let mut text = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<!--") {
        text.push_str(&rest[..i]);
        rest = rest[i..].find("-->").map_or("", |j| &rest[i + j + 3..]);
    }
    text.push_str(rest);
    let lower = text.to_ascii_lowercase();
    let mut found = Vec::new();
    for (i, _) in lower.match_indices("<script") {
        let tag = &lower[i..i + lower[i..].find('>').unwrap_or(lower.len() - i)];
        if !tag.contains(" src=") {
            found.push("an inline <script>".to_owned());
        }
    }
    if lower.contains("<style") {
        found.push("a <style> element".to_owned());
    }
    if lower.contains(" style=") {
        found.push("a style= attribute".to_owned());
    }
    found
}

/// `src="/..."` / `href="/..."` values in `html` that do not start with `public_url`.
fn absolute_refs_outside(html: &str, public_url: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attr in ["src=", "href="] {
        for (i, _) in html.match_indices(attr) {
            let rest = &html[i + attr.len()..];
            let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
                continue;
            };
            let value = rest[1..].split(quote).next().unwrap_or_default();
            if value.starts_with('/') && !value.starts_with("//") && !value.starts_with(public_url)
            {
                found.push(value.to_owned());
            }
        }
    }
    found
}

/// Prints each file's raw and gzipped size, and the totals.
fn print_sizes(dir: &Path) -> Result<()> {
    let mut files = Vec::new();
    collect_files(dir, &mut files)?;
    files.sort();
    println!("\n{:<48} {:>12} {:>12}", "file", "raw", "gzip -9");
    let (mut raw_total, mut gz_total) = (0, 0);
    for file in &files {
        let data = std::fs::read(file)?;
        let mut gz = GzEncoder::new(Vec::new(), Compression::best());
        gz.write_all(&data)?;
        let gz_len = gz.finish()?.len();
        raw_total += data.len();
        gz_total += gz_len;
        let name = file.strip_prefix(dir).unwrap_or(file).display().to_string();
        println!("{name:<48} {:>12} {:>12}", human(data.len()), human(gz_len));
    }
    println!(
        "{:<48} {:>12} {:>12}",
        format!("total ({} files)", files.len()),
        human(raw_total),
        human(gz_total)
    );
    Ok(())
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn human(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else if bytes < 1024 * 1024 {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    } else {
        format!("{:.2} MiB", bytes as f64 / (1024.0 * 1024.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_public_url() {
        assert_eq!(normalize_public_url("/").unwrap(), "/");
        assert_eq!(normalize_public_url("x").unwrap(), "/x/");
        assert_eq!(normalize_public_url("/a/b").unwrap(), "/a/b/");
        assert!(normalize_public_url("").is_err());
    }

    #[test]
    fn removes_the_dev_reload_tag() {
        let html = "<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"lce-dev-reload\" content=\"{{__TRUNK_WS_BASE__}}\">\n</head>";
        assert_eq!(
            without_dev_reload(html),
            "<head>\n  <meta charset=\"utf-8\">\n</head>"
        );
        assert_eq!(without_dev_reload("<p>"), "<p>");
    }

    #[test]
    fn finds_what_the_csp_refuses() {
        let clean = r#"<!-- <script>x</script> style="" --><script src="/a.js" type="module"></script><p class="x">"#;
        assert!(inline_scripts_and_styles(clean).is_empty());
        let html =
            r#"<script type="module">import x</script><p style="color:red"><STYLE>p{}</style>"#;
        assert_eq!(inline_scripts_and_styles(html).len(), 3);
    }

    #[test]
    fn writes_the_precache_manifest() {
        let dir = std::env::temp_dir().join(format!("xtask-sw-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::write(dir.join("index.html"), "<p>").unwrap();
        std::fs::write(dir.join("app-1.js"), "1").unwrap();
        std::fs::write(dir.join("data/a.json"), "{}").unwrap();
        std::fs::write(dir.join("sw.js"), "const BUILD = /* lce-build */ null;\n").unwrap();
        write_precache_manifest(&dir).unwrap();
        let sw = std::fs::read_to_string(dir.join("sw.js")).unwrap();
        let json = sw
            .strip_prefix("const BUILD = /* lce-build */ ")
            .and_then(|s| s.strip_suffix(";\n"))
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(
            v["files"],
            serde_json::json!(["app-1.js", "data/a.json", "./"])
        );
        let first = v["version"].as_str().unwrap().to_owned();
        assert_eq!(first.len(), 16);
        // Any change to a file is a new version; a filled sw.js is refused.
        assert!(write_precache_manifest(&dir).is_err());
        std::fs::write(dir.join("sw.js"), "const BUILD = /* lce-build */ null;\n").unwrap();
        std::fs::write(dir.join("app-1.js"), "2").unwrap();
        write_precache_manifest(&dir).unwrap();
        let again = std::fs::read_to_string(dir.join("sw.js")).unwrap();
        assert!(!again.contains(&first));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn finds_refs_outside_public_url() {
        let html =
            r#"<link href="/x/a.css"><script src='/b.js'></script><a href="https://e.org/">"#;
        assert_eq!(absolute_refs_outside(html, "/x/"), vec!["/b.js"]);
        assert!(absolute_refs_outside(html, "/").is_empty());
    }
}

//! The code stays readable: no function in `src/` is longer than
//! [`MAX_LINES`] lines (issue 12: `industry::draw` was 486). A function is
//! counted from its `fn` line to the closing brace at the same indentation,
//! which is how `rustfmt` lays every function out.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// The longest a function in `src/` may be, in lines, signature included.
const MAX_LINES: usize = 120;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The name of the function declared on `line`, if it starts one (a
/// declaration ending in `;`, a trait's, has no body and is not counted).
fn declared(line: &str) -> Option<&str> {
    let mut words = line.split_whitespace().peekable();
    while let Some(w) = words.peek() {
        if w.starts_with("pub") || ["const", "async", "unsafe", "extern"].contains(w) {
            words.next();
        } else {
            break;
        }
    }
    if words.next()? != "fn" {
        return None;
    }
    let name = words.next()?;
    Some(name.split(['(', '<']).next().unwrap_or(name))
}

/// Functions of `text` longer than `max` lines: (name, first line, length).
fn too_long(text: &str, max: usize) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = declared(line) else { continue };
        // A declaration without a body, or a body on the same line.
        let (open, close) = (line.matches('{').count(), line.matches('}').count());
        if line.trim_end().ends_with(';') || (open > 0 && open == close) {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let close = format!("{}}}", &line[..indent]);
        let end = lines[i..]
            .iter()
            .position(|l| l.trim_end() == close)
            .map(|n| i + n);
        if let Some(end) = end {
            let len = end - i + 1;
            if len > max {
                found.push((name.to_string(), i + 1, len));
            }
        }
    }
    found
}

#[test]
fn no_function_in_src_is_longer_than_120_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    assert!(files.len() > 50, "found only {} files", files.len());
    let mut long = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        for (name, line, len) in too_long(&text, MAX_LINES) {
            let at = file.strip_prefix(&root).unwrap_or(&file).display();
            long.push(format!("src/{at}:{line} `{name}`: {len} lines"));
        }
    }
    assert!(
        long.is_empty(),
        "longer than {MAX_LINES} lines; split them:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_counter_finds_a_long_function_and_skips_bodiless_ones() {
    let body = "    let x = 1;\n".repeat(5);
    let text = format!(
        "pub(crate) fn long<T>(a: T) {{\n{body}}}\n\nfn short() {{}}\n\ntrait T {{\n    fn declared(&self);\n}}\n\nimpl X {{\n    pub async fn method(&self) {{\n{body}    }}\n}}\n"
    );
    let found = too_long(&text, 4);
    let names: Vec<(&str, usize, usize)> = found
        .iter()
        .map(|(n, l, len)| (n.as_str(), *l, *len))
        .collect();
    assert_eq!(names, vec![("long", 1, 7), ("method", 16, 7)]);
}

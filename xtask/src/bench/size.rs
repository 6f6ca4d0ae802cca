//! The bench's seventh table: where the wasm's bytes go. The largest
//! functions and data segments of the app's module by name, and the same
//! bytes summed by crate, so each change's cost is visible.
//!
//! Issue 14 asked for twiggy. twiggy 0.7.0, the newest on crates.io, cannot
//! read this module: it stops at the bulk-memory opcodes (`0xfc`) and at
//! `table.fill`, and binaryen will not lower the bulk table operations for
//! it. wasmparser (the parser of wasmtime and wasm-tools) reads any module
//! the browsers run.
//!
//! The names come from the module as cargo links it, before wasm-bindgen
//! and wasm-opt: the shipped file has no name section. wasm-opt shrinks
//! every function, so the shares are what to read here; the shipped size is
//! in the transfer table.

use anyhow::{Context, Result};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::Path;
use wasmparser::{KnownCustom, Name, Parser, Payload, TypeRef};

/// How many items and crates the report lists.
pub const TOP: usize = 20;
const TOP_CRATES: usize = 12;

/// One function body or data segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The demangled name without its hash, or `function[i]` / `data[i]`
    /// when the module names none.
    pub name: String,
    pub bytes: usize,
    pub data: bool,
}

/// A module's code and data, largest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    /// Bytes of the whole file.
    pub file_bytes: usize,
    pub code_bytes: usize,
    pub data_bytes: usize,
    pub functions: usize,
    /// Every function body and data segment, largest first.
    pub items: Vec<Item>,
}

/// Reads the module at `path`.
pub fn read(path: &Path) -> Result<Breakdown> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    breakdown(&bytes).with_context(|| format!("parsing {}", path.display()))
}

/// Sizes every function body and data segment of `wasm`, with the names
/// its name section gives.
pub fn breakdown(wasm: &[u8]) -> Result<Breakdown> {
    let mut imported_functions = 0u32;
    let mut bodies: Vec<usize> = Vec::new();
    let mut segments: Vec<usize> = Vec::new();
    let mut function_names: BTreeMap<u32, String> = BTreeMap::new();
    let mut data_names: BTreeMap<u32, String> = BTreeMap::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(import?.ty, TypeRef::Func(_) | TypeRef::FuncExact(_)) {
                        imported_functions += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let range = body.range();
                bodies.push((range.end - range.start) as usize);
            }
            Payload::DataSection(reader) => {
                for data in reader {
                    segments.push(data?.data.len());
                }
            }
            Payload::CustomSection(section) => {
                if let KnownCustom::Name(names) = section.as_known() {
                    for name in names {
                        match name? {
                            Name::Function(map) => read_names(map, &mut function_names)?,
                            Name::Data(map) => read_names(map, &mut data_names)?,
                            _ => {}
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut items: Vec<Item> = Vec::with_capacity(bodies.len() + segments.len());
    for (i, bytes) in bodies.iter().enumerate() {
        let index = imported_functions + i as u32;
        let name = function_names
            .get(&index)
            .map_or_else(|| format!("function[{index}]"), |n| demangled(n));
        items.push(Item {
            name,
            bytes: *bytes,
            data: false,
        });
    }
    for (i, bytes) in segments.iter().enumerate() {
        let name = data_names
            .get(&(i as u32))
            .cloned()
            .unwrap_or_else(|| format!("data[{i}]"));
        items.push(Item {
            name,
            bytes: *bytes,
            data: true,
        });
    }
    items.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.name.cmp(&b.name)));
    Ok(Breakdown {
        file_bytes: wasm.len(),
        code_bytes: bodies.iter().sum(),
        data_bytes: segments.iter().sum(),
        functions: bodies.len(),
        items,
    })
}

fn read_names(map: wasmparser::NameMap<'_>, into: &mut BTreeMap<u32, String>) -> Result<()> {
    for naming in map {
        let naming = naming?;
        into.insert(naming.index, naming.name.to_owned());
    }
    Ok(())
}

/// A Rust symbol demangled without its hash; other names as they are.
fn demangled(name: &str) -> String {
    format!("{:#}", rustc_demangle::demangle(name))
}

/// The crate a demangled name belongs to: its first path segment, looking
/// through `<… as …>` to the implementing type. Data segments and names
/// without a path are "(data)" and "(other)".
pub fn crate_of(item: &Item) -> String {
    if item.data {
        return "(data)".to_owned();
    }
    let name = item.name.trim_start_matches('<').trim_start_matches('&');
    let name = name.trim_start_matches("mut ").trim_start_matches("dyn ");
    match name.split_once("::") {
        Some((krate, _)) if !krate.is_empty() && !krate.contains([' ', '<', '(']) => {
            krate.to_owned()
        }
        _ => "(other)".to_owned(),
    }
}

impl Breakdown {
    /// Bytes summed by [`crate_of`], largest first.
    pub fn by_crate(&self) -> Vec<(String, usize)> {
        let mut sums: BTreeMap<String, usize> = BTreeMap::new();
        for item in &self.items {
            *sums.entry(crate_of(item)).or_default() += item.bytes;
        }
        let mut out: Vec<_> = sums.into_iter().collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }

    fn share(&self, bytes: usize) -> f64 {
        let total = self.code_bytes + self.data_bytes;
        if total == 0 {
            0.0
        } else {
            100.0 * bytes as f64 / total as f64
        }
    }

    /// Prints the largest items and crates.
    pub fn print(&self, title: &str, kib: impl Fn(usize) -> String) {
        println!(
            "\n{title}: {} of code in {} functions, {} of data, {} in all",
            kib(self.code_bytes),
            self.functions,
            kib(self.data_bytes),
            kib(self.file_bytes)
        );
        println!(
            "   {:>11} {:>6}  largest functions and data segments",
            "bytes", "share"
        );
        for item in self.items.iter().take(TOP) {
            println!(
                "   {:>11} {:>5.1}%  {}{}",
                kib(item.bytes),
                self.share(item.bytes),
                if item.data { "[data] " } else { "" },
                shortened(&item.name, 110)
            );
        }
        println!("   {:>11} {:>6}  by crate", "bytes", "share");
        for (krate, bytes) in self.by_crate().into_iter().take(TOP_CRATES) {
            println!("   {:>11} {:>5.1}%  {krate}", kib(bytes), self.share(bytes));
        }
    }

    /// The report's `size` entry.
    pub fn json(&self) -> Value {
        json!({
            "file_bytes": self.file_bytes,
            "code_bytes": self.code_bytes,
            "data_bytes": self.data_bytes,
            "functions": self.functions,
            "top": self.items.iter().take(TOP).map(|i| json!({
                "name": i.name, "bytes": i.bytes, "data": i.data,
            })).collect::<Vec<_>>(),
            "by_crate": self.by_crate().into_iter().map(|(c, b)| json!({
                "crate": c, "bytes": b,
            })).collect::<Vec<_>>(),
        })
    }
}

/// `s` cut to `max` characters, with an ellipsis when cut.
fn shortened(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A section: its id, its size (one LEB128 byte: every test section is
    /// under 128 bytes) and its payload.
    fn section(id: u8, payload: &[u8]) -> Vec<u8> {
        assert!(payload.len() < 128);
        let mut out = vec![id, payload.len() as u8];
        out.extend_from_slice(payload);
        out
    }

    fn name(s: &str) -> Vec<u8> {
        let mut out = vec![s.len() as u8];
        out.extend_from_slice(s.as_bytes());
        out
    }

    /// One imported function, two defined ones (bodies of 2 and 4 bytes), a
    /// passive data segment of 3 bytes, and a name section naming the
    /// defined functions (one a mangled Rust symbol) and the segment.
    fn module() -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        m.extend(section(1, &[1, 0x60, 0, 0]));
        let mut import = vec![1];
        import.extend(name("env"));
        import.extend(name("f"));
        import.extend([0, 0]);
        m.extend(section(2, &import));
        m.extend(section(3, &[2, 0, 0]));
        m.extend(section(10, &[2, 2, 0, 0x0b, 4, 0, 1, 1, 0x0b]));
        m.extend(section(11, &[1, 1, 3, b'a', b'b', b'c']));
        let mut functions = vec![2, 1];
        functions.extend(name("_ZN4core3fmt5write17h0123456789abcdefE"));
        functions.push(2);
        functions.extend(name("app_main"));
        let mut data = vec![1, 0];
        data.extend(name(".rodata"));
        let mut names = name("name");
        names.extend(section(1, &functions));
        names.extend(section(9, &data));
        m.extend(section(0, &names));
        m
    }

    #[test]
    fn sizes_and_names_every_body_and_segment() {
        let b = breakdown(&module()).expect("parses");
        assert_eq!(b.functions, 2);
        assert_eq!(b.code_bytes, 6);
        assert_eq!(b.data_bytes, 3);
        let items: Vec<(&str, usize, bool)> = b
            .items
            .iter()
            .map(|i| (i.name.as_str(), i.bytes, i.data))
            .collect();
        // The imported function is not counted, and indices start after it.
        assert_eq!(
            items,
            [
                ("app_main", 4, false),
                (".rodata", 3, true),
                ("core::fmt::write", 2, false)
            ]
        );
        assert_eq!(
            b.by_crate(),
            [
                ("(other)".to_owned(), 4),
                ("(data)".to_owned(), 3),
                ("core".to_owned(), 2)
            ]
        );
    }

    #[test]
    fn a_module_without_names_is_listed_by_index() {
        let mut m = module();
        // The name section is the last: its id and size come just before
        // its own name, "name".
        let start = m
            .windows(5)
            .rposition(|w| w == b"\x04name")
            .expect("a name section")
            - 2;
        m.truncate(start);
        let b = breakdown(&m).expect("parses");
        let names: Vec<&str> = b.items.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["function[2]", "data[0]", "function[1]"]);
    }

    #[test]
    fn a_crate_is_the_first_segment_of_the_implementing_path() {
        let f = |name: &str| {
            crate_of(&Item {
                name: name.to_owned(),
                bytes: 1,
                data: false,
            })
        };
        assert_eq!(f("serde_json::de::from_str"), "serde_json");
        assert_eq!(
            f("<serde_json::de::Deserializer<R> as serde::de::Deserializer>::deserialize_any"),
            "serde_json"
        );
        assert_eq!(f("<&mut yew::html::Html as core::fmt::Debug>::fmt"), "yew");
        assert_eq!(f("<dyn core::any::Any>::type_id"), "core");
        assert_eq!(f("memcpy"), "(other)");
    }
}

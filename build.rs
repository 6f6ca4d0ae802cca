//! Packs the embedded dataset for the app: `static/data/article.json` and
//! `static/data/later.json` (the source of truth, shipped and tested as
//! they are) become one flat list of fields in `$OUT_DIR/dataset.packed`,
//! which `src/data.rs` (`packed`) decodes at start-up without a JSON parser
//! or serde's generated code for the data model (about 28 KB of wasm, 7 KB
//! brotli, and the parse at every start).
//!
//! The format: every field as text, separated by U+001F; a missing optional
//! field is U+0000; a list is its length, then its items; numbers are
//! Rust's shortest round-trip text. The field order here and in
//! `data::packed` must agree: `data`'s tests check that the decoded dataset
//! equals what serde reads from the JSON files. If the files cannot be
//! packed, the output says why (after U+0000 `error:`) and the app shows
//! that instead of the charts, as it would for a broken file.

use serde_json::{Map, Value};
use std::path::PathBuf;

/// Keep in step with `data::packed`.
const SEP: char = '\u{1f}';
const NONE: &str = "\u{0}";
const ERROR: &str = "\u{0}error:";

const ARTICLE: &str = "static/data/article.json";
const LATER: &str = "static/data/later.json";

fn main() {
    println!("cargo:rerun-if-changed={ARTICLE}");
    println!("cargo:rerun-if-changed={LATER}");
    println!("cargo:rerun-if-changed=build.rs");
    let packed = pack().unwrap_or_else(|e| {
        println!("cargo:warning=the embedded dataset cannot be packed: {e}");
        format!("{ERROR}{e}")
    });
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("dataset.packed"), packed).expect("writing the packed dataset");
}

fn read(path: &str) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))
}

/// The fields in order.
struct Out(Vec<String>);

impl Out {
    fn text(&mut self, v: Option<&Value>, what: &str) -> Result<(), String> {
        match v {
            Some(Value::String(s)) => self.push(s.clone()),
            _ => Err(format!("{what}: expected text")),
        }
    }

    fn opt_text(&mut self, v: Option<&Value>, what: &str) -> Result<(), String> {
        match v {
            None | Some(Value::Null) => self.push(NONE.to_owned()),
            v => self.text(v, what),
        }
    }

    fn num(&mut self, v: Option<&Value>, what: &str) -> Result<(), String> {
        match v.and_then(Value::as_f64) {
            Some(n) => self.push(format!("{n}")),
            None => Err(format!("{what}: expected a number")),
        }
    }

    fn push(&mut self, field: String) -> Result<(), String> {
        if field.contains(SEP) || (field.contains('\0') && field != NONE) {
            return Err(format!("a field holds a separator: {field:?}"));
        }
        self.0.push(field);
        Ok(())
    }
}

fn object<'a>(v: &'a Value, what: &str) -> Result<&'a Map<String, Value>, String> {
    v.as_object()
        .ok_or_else(|| format!("{what}: expected an object"))
}

fn list<'a>(v: Option<&'a Value>, what: &str) -> Result<&'a [Value], String> {
    match v {
        Some(Value::Array(items)) => Ok(items),
        _ => Err(format!("{what}: expected a list")),
    }
}

fn pack() -> Result<String, String> {
    let article = read(ARTICLE)?;
    let later = read(LATER)?;
    let mut out = Out(Vec::new());

    let root = object(&article, ARTICLE)?;
    let source = object(root.get("source").unwrap_or(&Value::Null), "source")?;
    for key in ["title", "publisher", "language", "published"] {
        out.text(source.get(key), key)?;
    }
    out.opt_text(source.get("note"), "source note")?;

    let figures = list(root.get("figures"), "figures")?;
    out.push(figures.len().to_string())?;
    for f in figures {
        let f = object(f, "a figure")?;
        let id = f.get("id").and_then(Value::as_str).unwrap_or("?");
        let what = |k: &str| format!("figure {id}: {k}");
        for key in ["id", "entity", "metric", "period"] {
            out.text(f.get(key), &what(key))?;
        }
        out.num(f.get("low"), &what("low"))?;
        out.num(f.get("high"), &what("high"))?;
        out.text(f.get("unit"), &what("unit"))?;
        out.opt_text(f.get("qualifier"), &what("qualifier"))?;
        out.text(f.get("kind"), &what("kind"))?;
        out.text(f.get("printed"), &what("printed"))?;
        out.text(f.get("quote"), &what("quote"))?;
        out.opt_text(f.get("note"), &what("note"))?;
        out.opt_text(f.get("scope"), &what("scope"))?;
        out.opt_text(f.get("compared_as"), &what("compared_as"))?;
        match f.get("correction") {
            None | Some(Value::Null) => out.push(NONE.to_owned())?,
            Some(c) => {
                let c = object(c, &what("correction"))?;
                out.push("1".to_owned())?;
                out.num(c.get("low"), &what("correction low"))?;
                out.num(c.get("high"), &what("correction high"))?;
                out.text(c.get("kind"), &what("correction kind"))?;
                out.text(c.get("explanation"), &what("correction explanation"))?;
                let sources = list(c.get("sources"), &what("correction sources"))?;
                out.push(sources.len().to_string())?;
                for s in sources {
                    out.text(Some(s), &what("correction source"))?;
                }
            }
        }
    }

    let later = list(Some(&later), LATER)?;
    out.push(later.len().to_string())?;
    for f in later {
        let f = object(f, "a later figure")?;
        let id = f.get("id").and_then(Value::as_str).unwrap_or("?");
        let what = |k: &str| format!("later figure {id}: {k}");
        for key in ["id", "entity", "metric", "period"] {
            out.text(f.get(key), &what(key))?;
        }
        out.num(f.get("low"), &what("low"))?;
        out.num(f.get("high"), &what("high"))?;
        out.text(f.get("unit"), &what("unit"))?;
        out.text(f.get("kind"), &what("kind"))?;
        out.text(f.get("publisher"), &what("publisher"))?;
        out.opt_text(f.get("url"), &what("url"))?;
        out.text(f.get("confidence"), &what("confidence"))?;
        out.opt_text(f.get("note"), &what("note"))?;
        out.opt_text(f.get("scope"), &what("scope"))?;
    }
    Ok(out.0.join(&SEP.to_string()))
}

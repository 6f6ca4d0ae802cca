#![cfg(not(target_arch = "wasm32"))]
//! Checks `static/data/article.json` against itself and, when it is available,
//! against the article it was read from.
//!
//! The article is not shipped in the repository; it is looked for at
//! `../shared/seed/article.txt` relative to the crate. Checks that need it say
//! so on stdout when they are skipped.

use std::collections::BTreeSet;
use std::path::PathBuf;

use live_commerce_explorer::data::{Dataset, Figure, Unit};

/// The ids the model and UI code look figures up by.
const REQUIRED_IDS: &[&str] = &[
    "douyin-dau-2020",
    "bytedance-downloads",
    "livestream-2020-04-01-hours",
    "livestream-2020-04-01-viewers",
    "livestream-2020-04-01-sales",
    "industry-2019",
    "industry-2020-doubling",
    "industry-trillion",
    "beibeitu-618-items",
    "beibeitu-618-sales",
    "douyin-gmv-2019",
    "kuaishou-gmv-2019",
    "douyin-live-gmv-2019",
    "douyin-live-2020-scenario-low",
    "douyin-live-2020-scenario-high",
    "bytedance-revenue-goal",
];

/// Numbers in the article that are not figures. Each must still appear in
/// some figure's `period`, so excluding it cannot hide a missed figure.
const NOT_FIGURES: &[&str] = &[
    // Calendar years: the periods of the 2019 and 2020 figures.
    "2019", "2020",
    // The "618" shopping festival (18 June): a period ("2019-618"), not a value.
    "618",
];

fn dataset() -> &'static Dataset {
    match Dataset::embedded() {
        Ok(d) => d,
        Err(e) => panic!("embedded dataset does not parse: {e}"),
    }
}

/// The article text, or `None` (with a message saying which check is skipped).
fn article(check: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/article.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) => {
            println!(
                "skipped: {check}: cannot read {} ({e}); the article is not shipped in the repo",
                path.display()
            );
            None
        }
    }
}

#[test]
fn embedded_dataset_parses_and_validates() {
    let d = dataset();
    assert!(!d.figures.is_empty());
    let problems = d.validate();
    assert!(
        problems.is_empty(),
        "validation problems:\n{}",
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn required_ids_exist() {
    let d = dataset();
    let missing: Vec<_> = REQUIRED_IDS
        .iter()
        .filter(|id| d.figure(id).is_none())
        .collect();
    assert!(missing.is_empty(), "missing ids: {missing:?}");
}

#[test]
fn every_quote_contains_its_printed_text() {
    for f in &dataset().figures {
        assert!(
            f.quote.contains(&f.printed),
            "{}: quote {:?} does not contain {:?}",
            f.id,
            f.quote,
            f.printed
        );
    }
}

#[test]
fn quotes_are_short() {
    for f in &dataset().figures {
        let q = f.quote.trim_end_matches('.');
        assert!(
            !q.contains(". ") && !q.contains('\n') && q.len() <= 160,
            "{}: quote should be one sentence or less: {:?}",
            f.id,
            f.quote
        );
    }
}

#[test]
fn every_printed_text_matches_its_values() {
    for f in &dataset().figures {
        let parsed = parse_printed(&f.printed)
            .unwrap_or_else(|e| panic!("{}: cannot parse {:?}: {e}", f.id, f.printed));
        let scale = f.unit.scale();
        assert!(
            close(parsed.low, f.low * scale) && close(parsed.high, f.high * scale),
            "{}: {:?} reads as {}..{}, but the entry says {}..{} {:?} = {}..{}",
            f.id,
            f.printed,
            parsed.low,
            parsed.high,
            f.low,
            f.high,
            f.unit,
            f.low * scale,
            f.high * scale
        );
        check_unit_words(f, &parsed.unit_words);
    }
}

#[test]
fn every_quote_is_in_the_article() {
    let Some(text) = article("quotes are exact substrings of the article") else {
        return;
    };
    for f in &dataset().figures {
        assert!(
            text.contains(&f.quote),
            "{}: quote is not in the article: {:?}",
            f.id,
            f.quote
        );
    }
}

#[test]
fn every_number_in_the_article_is_covered() {
    let Some(text) = article("every number in the article is covered") else {
        return;
    };
    let d = dataset();
    let printed: BTreeSet<String> = d.figures.iter().flat_map(|f| numbers(&f.printed)).collect();
    let in_article: BTreeSet<String> = numbers(&text).into_iter().collect();
    let uncovered: Vec<_> = in_article
        .iter()
        .filter(|n| !printed.contains(*n) && !NOT_FIGURES.contains(&n.as_str()))
        .collect();
    assert!(
        uncovered.is_empty(),
        "numbers in the article with no entry: {uncovered:?}"
    );
    for n in NOT_FIGURES {
        assert!(
            in_article.contains(*n),
            "exclusion {n:?} is no longer in the article; drop it"
        );
        assert!(
            d.figures
                .iter()
                .any(|f| numbers(&f.period).contains(&n.to_string())),
            "excluded number {n:?} is not recorded in any figure's period"
        );
    }
}

#[test]
fn word_number_parser_reads_the_article_forms() {
    let cases: &[(&str, f64, f64)] = &[
        ("433.8 billion yuan", 433.8e9, 433.8e9),
        ("1 million 160 thousand items", 1_160_000.0, 1_160_000.0),
        ("five to six times", 5.0, 6.0),
        ("ten to twelve times", 10.0, 12.0),
        ("400-500 billion yuan", 400e9, 500e9),
        ("double", 2.0, 2.0),
        ("trillion level", 1e12, 1e12),
        ("a hundred billion", 1e11, 1e11),
        ("3 hours", 3.0, 3.0),
        ("1.9 billion", 1.9e9, 1.9e9),
    ];
    for &(text, low, high) in cases {
        let p = parse_printed(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert!(close(p.low, low) && close(p.high, high), "{text:?}: {p:?}");
    }
    for bad in [
        "",
        "yuan",
        "five six",
        "1 to 2 to 3",
        "many billion",
        "to 5",
    ] {
        assert!(parse_printed(bad).is_err(), "{bad:?} should not parse");
    }
}

// ---- helpers ----------------------------------------------------------------

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// Numbers in a text: runs of digits with an optional decimal part, so
/// "433.8" is one number, not "433" and "8".
fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i + 1 < chars.len() && chars[i] == '.' && chars[i + 1].is_ascii_digit() {
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
            }
            out.push(chars[start..i].iter().collect());
        } else {
            i += 1;
        }
    }
    out
}

#[derive(Debug)]
struct Parsed {
    /// Value in base units (yuan, items, hours, or a plain factor).
    low: f64,
    high: f64,
    /// Words after the number that say what it counts ("yuan", "items", ...).
    unit_words: Vec<&'static str>,
}

/// Reads the article's ways of printing a number: "433.8 billion yuan",
/// "1 million 160 thousand items", "five to six times", "400-500 billion yuan"
/// (the scale on the right applies to both ends), "double", "trillion level",
/// "a hundred billion". Unknown words are errors, so a typo cannot pass.
fn parse_printed(text: &str) -> Result<Parsed, String> {
    let lower = text.to_lowercase().replace('-', " to ");
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    let sides: Vec<&[&str]> = tokens.split(|t| *t == "to").collect();
    let mut unit_words = Vec::new();
    let (low, high) = match sides.as_slice() {
        [one] => {
            let (v, _) = parse_side(one, &mut unit_words)?;
            (v, v)
        }
        [left, right] => {
            let (mut l, l_scale) = parse_side(left, &mut unit_words)?;
            let (r, r_scale) = parse_side(right, &mut unit_words)?;
            if l_scale.is_none() {
                l *= r_scale.unwrap_or(1.0);
            }
            (l, r)
        }
        _ => return Err("more than one 'to'".into()),
    };
    Ok(Parsed {
        low,
        high,
        unit_words,
    })
}

/// One end of a range: its value and its largest scale word, if any.
fn parse_side(
    tokens: &[&str],
    unit_words: &mut Vec<&'static str>,
) -> Result<(f64, Option<f64>), String> {
    let mut total = 0.0;
    let mut current: Option<f64> = None;
    let mut top_scale: Option<f64> = None;
    let mut seen_number = false;
    for &t in tokens {
        let digits = !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.');
        let small = match t {
            "a" | "one" => Some(1.0),
            "two" => Some(2.0),
            "three" => Some(3.0),
            "four" => Some(4.0),
            "five" => Some(5.0),
            "six" => Some(6.0),
            "seven" => Some(7.0),
            "eight" => Some(8.0),
            "nine" => Some(9.0),
            "ten" => Some(10.0),
            "eleven" => Some(11.0),
            "twelve" => Some(12.0),
            _ => None,
        };
        let scale = match t {
            "thousand" => Some(1e3),
            "million" => Some(1e6),
            "billion" => Some(1e9),
            "trillion" => Some(1e12),
            _ => None,
        };
        if digits || small.is_some() || t == "double" {
            if current.is_some() {
                return Err(format!("two numbers in a row at {t:?}"));
            }
            let v = if digits {
                t.parse::<f64>().map_err(|e| format!("{t:?}: {e}"))?
            } else if t == "double" {
                unit_words.push("times");
                2.0
            } else {
                small.unwrap_or_default()
            };
            current = Some(v);
            seen_number = true;
        } else if t == "hundred" {
            current = Some(current.unwrap_or(1.0) * 100.0);
            seen_number = true;
        } else if let Some(s) = scale {
            // A bare scale word ("trillion level") means one of it.
            total += current.take().unwrap_or(1.0) * s;
            top_scale = Some(top_scale.map_or(s, |x: f64| x.max(s)));
            seen_number = true;
        } else {
            match t {
                "yuan" => unit_words.push("yuan"),
                "items" => unit_words.push("items"),
                "hours" => unit_words.push("hours"),
                "times" => unit_words.push("times"),
                "level" => unit_words.push("level"),
                _ => return Err(format!("unknown word {t:?}")),
            }
        }
    }
    if !seen_number {
        return Err("no number".into());
    }
    Ok((total + current.unwrap_or(0.0), top_scale))
}

/// The words around a number must agree with the entry's unit.
fn check_unit_words(f: &Figure, words: &[&str]) {
    let has = |w: &str| words.contains(&w);
    if has("yuan") {
        assert!(
            f.unit.is_money(),
            "{}: printed in yuan but unit {:?}",
            f.id,
            f.unit
        );
    } else if f.unit.is_money() {
        // "trillion level", "a hundred billion": the currency is our reading,
        // so the entry must explain it.
        assert!(
            f.note.as_deref().is_some_and(|n| n.contains("currency")),
            "{}: money without 'yuan' needs a note on the currency",
            f.id
        );
    }
    for (word, unit) in [
        ("items", Unit::Items),
        ("hours", Unit::Hours),
        ("times", Unit::Multiplier),
    ] {
        assert_eq!(
            has(word),
            f.unit == unit,
            "{}: printed {:?} vs unit {:?}",
            f.id,
            f.printed,
            f.unit
        );
    }
}

//! Words for readers, on the page itself: in English and in Chinese, with
//! every chart's Sources tab open, the visible text names no file
//! (`.json`, `.csv`, `.rs`) and no internal id (a dataset figure's id, a
//! panel's or series' joined link word, any lowercase word of three or more
//! "-"-joined parts one of which has a digit), and every source link's text
//! is words (publisher and title), never an address. `tests/words.rs` holds
//! the same rules for what the core writes.

use super::{Browser, PANELS};
use live_commerce_explorer::data::Dataset;
use live_commerce_explorer::panels::PanelId;
use live_commerce_explorer::scenario::SeriesId;
use serde_json::{Value, json};

/// The app's own joined ids, which a reader should never see.
fn internal_ids() -> Vec<String> {
    let ds = Dataset::embedded().unwrap_or_else(|e| panic!("{e}"));
    let mut ids: Vec<String> = ds.figures.iter().map(|f| f.id.clone()).collect();
    ids.extend(ds.later.iter().map(|f| f.id.clone()));
    ids.extend(PanelId::ALL.map(|p| p.slug().to_string()));
    ids.extend(SeriesId::ALL.map(|s| s.slug().to_string()));
    ids.extend(["article-low", "article-high", "what-happened", "as-printed"].map(String::from));
    ids.retain(|id| id.contains('-') || id.contains('_'));
    ids
}

/// What in `text` breaks the rules (see the module docs).
fn problems(text: &str, ids: &[String]) -> Vec<String> {
    let mut bad = Vec::new();
    let lower = text.to_lowercase();
    for ext in [".json", ".csv", ".rs"] {
        let mut from = 0;
        while let Some(i) = lower[from..].find(ext) {
            let end = from + i + ext.len();
            if !lower[end..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric())
            {
                let start = lower[..from + i]
                    .char_indices()
                    .rev()
                    .nth(30)
                    .map_or(0, |(j, _)| j);
                bad.push(format!("a file name: …{}", &text[start..end]));
            }
            from = end;
        }
    }
    let words = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty());
    for w in words {
        let lowercase = w
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            && w.chars().any(|c| c.is_ascii_lowercase());
        let parts: Vec<&str> = w.split('-').collect();
        let joined = lowercase
            && (w.contains('_')
                || (parts.len() >= 3
                    && parts.iter().any(|p| p.chars().any(|c| c.is_ascii_digit()))));
        if joined || ids.iter().any(|id| id == w) {
            bad.push(format!("an internal id: {w}"));
        }
    }
    bad
}

/// Opens the page with `query`, opens every chart's Sources tab, and checks
/// the source links and the page's visible text.
async fn sources_and_page_read_as_words(query: &str) {
    let ids = internal_ids();
    let b = Browser::start(1200, 900).await;
    b.open_with(query).await;
    let mut links = 0;
    for id in PANELS {
        b.click(&format!("{id}-tab-sources")).await;
        // The tab shows its panel on the next render, not within the click.
        let sources = format!("{id}-sources");
        b.until(&format!("{query}: {id}: sources shown"), || {
            b.visible(&sources)
        })
        .await;
        let found = b
            .js(
                "return [...document.querySelectorAll('#' + arguments[0] + '-sources a')] \
                 .map(a => [a.textContent.trim(), a.getAttribute('href') || ''])",
                vec![json!(id)],
            )
            .await;
        for pair in found.as_array().cloned().unwrap_or_default() {
            let text = pair.get(0).and_then(Value::as_str).unwrap_or_default();
            let href = pair.get(1).and_then(Value::as_str).unwrap_or_default();
            assert!(
                !text.is_empty(),
                "{query}: {id}: a link without words ({href})"
            );
            assert!(
                !text.contains("://") && !text.starts_with("www.") && text != href,
                "{query}: {id}: a link named by its address: {text:?}"
            );
            // "Publisher: Title" (a full-width colon in Chinese).
            assert!(
                text.contains(": ") || text.contains('：'),
                "{query}: {id}: not publisher and title: {text:?}"
            );
            assert!(
                problems(text, &ids).is_empty(),
                "{query}: {id}: {text:?}: {:?}",
                problems(text, &ids)
            );
            links += 1;
        }
        // Every citation says who published what.
        let citations = b
            .js(
                "return [...document.querySelectorAll('#' + arguments[0] + '-sources .citation')] \
                 .map(c => c.textContent.trim())",
                vec![json!(id)],
            )
            .await;
        for c in citations.as_array().cloned().unwrap_or_default() {
            let c = c.as_str().unwrap_or_default();
            assert!(
                c.contains(": ") || c.contains('：'),
                "{query}: {id}: a citation without publisher and title: {c:?}"
            );
        }
    }
    assert!(links >= 5, "{query}: only {links} source links");
    let text = b
        .js("return document.body.innerText", vec![])
        .await
        .as_str()
        .unwrap_or_default()
        .to_string();
    let bad = problems(&text, &ids);
    assert!(bad.is_empty(), "{query}: the page shows {bad:#?}");
    let console = b.console_problems().await;
    assert!(console.is_empty(), "{query}: console: {console:#?}");
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn words_sources_and_page_text_in_english() {
    sources_and_page_read_as_words("").await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn words_sources_and_page_text_in_chinese() {
    sources_and_page_read_as_words("lang=zh").await;
}

/// A link that goes wrong in many ways: the notices name fields in words,
/// not by the link's keys, and name no file or id.
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn words_notices_of_a_bad_link_in_both_languages() {
    let ids = internal_ids();
    for lang in ["en", "zh"] {
        let b = Browser::start(1200, 900).await;
        b.open_with(&format!(
            "lang={lang}&n=abc&preset=best&tab.third-pole=pie&embed=map&douyin-live=1,2&seed=-1"
        ))
        .await;
        let notices = b.text("notices").await;
        assert!(!notices.is_empty(), "{lang}: no notices");
        for line in notices.lines().filter(|l| !l.trim().is_empty()) {
            assert!(!line.contains("n=abc"), "{lang}: {line}");
            assert!(!line.contains("tab."), "{lang}: {line}");
            let bad = problems(line, &ids);
            assert!(bad.is_empty(), "{lang}: {line:?}: {bad:?}");
        }
        b.close().await;
    }
}

//! The page in English and Simplified Chinese, in yuan or US dollars: the
//! link's `?lang=`, the browser's preferred language, the English / 中文
//! switch, the currency and an edited exchange rate.

use super::*;
use serde_json::json;

async fn attr(b: &Browser, selector: &str, name: &str) -> String {
    b.js(
        "const e = document.querySelector(arguments[0]); return e ? (e.getAttribute(arguments[1]) || '') : ''",
        vec![json!(selector), json!(name)],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

/// The browser's preferred languages as the page sees them.
async fn languages(b: &Browser) -> Vec<String> {
    b.js("return [...navigator.languages]", vec![])
        .await
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// The 2019 industry row of the key numbers: "433.8 bn" in yuan.
async fn industry_2019(b: &Browser) -> String {
    b.js(
        "const r = document.querySelector('#key-numbers tbody tr'); return r ? r.cells[1].textContent : ''",
        vec![],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

async fn assert_chinese(b: &Browser) {
    assert_eq!(b.text("gmv-title").await, "2019 年各平台卖了多少");
    assert_eq!(b.text("lab-title").await, "你的情景");
    assert_eq!(b.text("keys-title").await, "关键数字");
    assert_eq!(attr(b, "html", "lang").await, "zh-Hans");
    let title = b.js("return document.title", vec![]).await;
    assert!(
        title.as_str().unwrap_or_default().contains("直播电商"),
        "title: {title}"
    );
    let amount = industry_2019(b).await;
    assert!(amount.contains('亿'), "2019 industry: {amount}");
    let last = b.text("industry-last").await;
    assert!(last.contains('亿'), "#industry-last: {last}");
}

async fn assert_english(b: &Browser) {
    assert_eq!(b.text("gmv-title").await, "Who sold what in 2019");
    assert_eq!(b.text("lab-title").await, "Your scenario");
    assert_eq!(attr(b, "html", "lang").await, "en");
    let amount = industry_2019(b).await;
    assert!(amount.contains("433.8"), "2019 industry: {amount}");
    assert!(!amount.contains('亿'), "2019 industry: {amount}");
}

#[tokio::test]
#[ignore = "end to end: run with `cargo xtask test`"]
async fn lang_zh_shows_chinese_headings_and_yi_amounts() {
    let b = Browser::start(1200, 900).await;
    b.open_with("lang=zh").await;
    assert_chinese(&b).await;
    assert_eq!(attr(&b, "#lang-zh", "aria-pressed").await, "true");
    assert_eq!(attr(&b, "#lang-zh", "lang").await, "zh-Hans");
    assert!(b.console_problems().await.is_empty());
    b.close().await;
}

#[tokio::test]
#[ignore = "end to end: run with `cargo xtask test`"]
async fn a_fresh_browser_here_is_english() {
    // Every other end-to-end test asserts English text without `?lang`.
    let b = Browser::start(1200, 900).await;
    b.open().await;
    let langs = languages(&b).await;
    assert!(
        langs.first().is_some_and(|l| l.starts_with("en")),
        "navigator.languages: {langs:?}"
    );
    assert_english(&b).await;
    assert_eq!(query(&b).await, "");
    b.close().await;
}

#[tokio::test]
#[ignore = "end to end: run with `cargo xtask test`"]
async fn a_chinese_browser_gets_chinese_without_lang() {
    only_in!(Chromium, Firefox; "WebKitGTK takes navigator.languages from the locale the whole driver runs in");
    let b = Browser::with_languages(1200, 900, "zh-CN,zh").await;
    b.open().await;
    let langs = languages(&b).await;
    assert!(
        langs.first().is_some_and(|l| l.starts_with("zh")),
        "navigator.languages: {langs:?}"
    );
    assert_chinese(&b).await;
    // The browser's choice is not written into the link.
    assert!(!query(&b).await.contains("lang="));
    // ?lang=en wins over the browser.
    b.open_with("lang=en").await;
    assert_english(&b).await;
    b.close().await;
}

#[tokio::test]
#[ignore = "end to end: run with `cargo xtask test`"]
async fn the_switch_changes_the_language_and_the_address_bar() {
    let b = Browser::start(1200, 900).await;
    b.open().await;
    assert_english(&b).await;
    b.click("lang-zh").await;
    b.until("the page in Chinese", || async {
        b.text("gmv-title").await == "2019 年各平台卖了多少"
    })
    .await;
    assert_chinese(&b).await;
    b.until("lang=zh in the address bar", || async {
        query(&b).await.contains("lang=zh")
    })
    .await;
    assert!(value(&b, "share-link").await.contains("lang=zh"));
    // Keyboard: focus English and press Enter.
    b.c()
        .find(Locator::Id("lang-en"))
        .await
        .expect("English button")
        .send_keys("\u{E007}")
        .await
        .expect("Enter");
    b.until("the page in English", || async {
        b.text("gmv-title").await == "Who sold what in 2019"
    })
    .await;
    b.until("lang=en in the address bar", || async {
        query(&b).await.contains("lang=en")
    })
    .await;
    // Back returns to Chinese.
    b.c().back().await.expect("back");
    b.until("the page in Chinese again", || async {
        b.text("gmv-title").await == "2019 年各平台卖了多少"
    })
    .await;
    assert!(b.console_problems().await.is_empty());
    b.close().await;
}

#[tokio::test]
#[ignore = "end to end: run with `cargo xtask test`"]
async fn usd_at_a_custom_rate_changes_the_amounts_and_the_link() {
    let b = Browser::start(1200, 900).await;
    b.open().await;
    assert!(industry_2019(&b).await.contains("433.8"));
    b.click("cur-usd").await;
    type_into(&b, "rate", "6.9").await;
    // 433.8 billion yuan at 6.9 yuan per dollar: $62.9 billion.
    b.until("the key numbers in dollars", || async {
        let a = industry_2019(&b).await;
        a.contains("62.9") || a.contains("62.87")
    })
    .await;
    b.until("cur and rate in the address bar", || async {
        let q = query(&b).await;
        q.contains("cur=usd") && q.contains("rate=6.9")
    })
    .await;
    let link = value(&b, "share-link").await;
    assert!(
        link.contains("cur=usd") && link.contains("rate=6.9"),
        "{link}"
    );
    // The link opens the same amounts.
    b.open_with(&query(&b).await).await;
    let a = industry_2019(&b).await;
    assert!(a.contains("62.9") || a.contains("62.87"), "{a}");
    assert_eq!(value(&b, "rate").await, "6.9");
    b.close().await;
}

#[tokio::test]
#[ignore = "end to end: run with `cargo xtask test`"]
async fn a_bad_rate_shows_a_message_and_nothing_breaks() {
    let b = Browser::start(1200, 900).await;
    b.open_with("cur=usd&rate=6.9").await;
    let before = industry_2019(&b).await;
    let draws = b.draws("chart-industry").await;
    for bad in ["", "seven", "0", "-6.9", "100000"] {
        type_into(&b, "rate", bad).await;
        b.until("the rate's message", || async {
            !b.text("rate-error").await.is_empty()
        })
        .await;
        let message = b.text("rate-error").await;
        assert!(message.contains("still using 6.9"), "{bad:?}: {message}");
        assert_eq!(attr(&b, "#rate", "aria-invalid").await, "true");
        assert_eq!(industry_2019(&b).await, before, "{bad:?}");
        assert!(query(&b).await.contains("rate=6.9"), "{bad:?}");
    }
    // A good rate clears the message and is used.
    type_into(&b, "rate", "7").await;
    b.until("the message to go", || async {
        b.text("rate-error").await.is_empty()
    })
    .await;
    b.until("the new amounts", || async {
        industry_2019(&b).await != before
    })
    .await;
    // The charts kept drawing and nothing was logged.
    assert!(b.draws("chart-industry").await >= draws);
    assert!(b.ink("chart-industry").await > 0.01);
    assert!(b.console_problems().await.is_empty());
    b.close().await;
}

/// Headings follow the currency: in US dollars, in English and Chinese,
/// the trillion chart's title says dollars beside its yuan, and the claim
/// and every chart's title speak the reader's currency; every chart draws.
#[tokio::test]
#[ignore = "end to end: run with `cargo xtask test`"]
async fn headings_and_charts_follow_the_currency_in_both_languages() {
    let b = Browser::start(1200, 900).await;
    for (query, dollars) in [
        ("v=2&cur=usd", "US dollars"),
        ("v=2&lang=zh&cur=usd", "美元"),
    ] {
        b.open_with(query).await;
        let title = b.text("industry-title").await;
        assert!(title.contains(dollars), "{query}: {title}");
        let claim = b.text("claim").await;
        assert!(
            claim.contains('$') || claim.contains("美元"),
            "{query}: the claim in dollars: {claim}"
        );
        for id in CHARTS.iter() {
            b.in_view(id).await;
            assert!(b.ink(id).await > 0.002, "{query}: {id} is drawn");
        }
    }
    b.close().await;
}

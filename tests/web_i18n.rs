//! The page in Chinese and back (wasm-bindgen-test in headless Chromium):
//! `?lang=zh` writes the headings, buttons and amounts in Chinese (亿), the
//! English / 中文 switch changes the language and the address bar, and a bad
//! exchange rate gives a message while the last good rate stays.
#![cfg(target_arch = "wasm32")]

use live_commerce_explorer::ui::App;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

#[path = "support/dom.rs"]
mod dom;
use dom::{by_id, click, document, fresh_root, input_value, set_query, set_value, text, until};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh App at this page's address with `query` (without `?`)
/// and waits until its headings are there.
async fn mount_with(query: &str) -> Element {
    set_query(query);
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    let doc = document();
    until("the page to render", 300, || {
        // First: it has every section render.
        dom::page_rendered()
            && doc.get_element_by_id("gmv-title").is_some()
            && doc.get_element_by_id("lang-zh").is_some()
    })
    .await;
    root
}

fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

fn html_lang() -> String {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default()
}

fn pressed(id: &str) -> bool {
    by_id(id).get_attribute("aria-pressed").as_deref() == Some("true")
}

/// Commits `value` in a text field as a user does: typed, then left.
fn type_into(id: &str, value: &str) {
    set_value(id, value, "change");
}

#[wasm_bindgen_test]
async fn lang_zh_writes_the_page_in_chinese_and_the_switch_goes_back() {
    let root = mount_with("lang=zh").await;
    assert_eq!(text("gmv-title"), "2019 年各平台卖了多少");
    assert_eq!(text("lab-title"), "你的情景");
    assert_eq!(text("saved-title"), "你保存的情景");
    assert_eq!(text("undo"), "撤销");
    assert_eq!(
        by_id("lang-zh").get_attribute("lang").as_deref(),
        Some("zh-Hans")
    );
    assert!(pressed("lang-zh") && !pressed("lang-en"));
    assert_eq!(html_lang(), "zh-Hans");
    let title = document().title();
    assert!(title.contains("直播电商"), "title: {title}");
    // Amounts in 亿 (433.8 billion yuan is 4,338 亿).
    let last = text("industry-last");
    assert!(last.contains('亿'), "#industry-last: {last}");
    let keys = text("key-numbers");
    assert!(keys.contains('亿'), "#key-numbers: {keys}");
    // Typed amounts are in the units on screen: the trillion level is 10,000 亿.
    assert_eq!(input_value("level"), "10000");
    assert_eq!(input_value("goal-target"), "50000");

    click("lang-en");
    until("the page in English", 100, || {
        text("gmv-title") == "Who sold what in 2019"
    })
    .await;
    assert_eq!(text("lab-title"), "Your scenario");
    assert!(pressed("lang-en") && !pressed("lang-zh"));
    assert_eq!(html_lang(), "en");
    let last = text("industry-last");
    assert!(!last.contains('亿'), "#industry-last: {last}");
    assert_eq!(input_value("level"), "1000");
    assert_eq!(input_value("goal-target"), "5000");
    until("the address bar to say lang=en", 100, || {
        query().contains("lang=en")
    })
    .await;
    root.remove();
}

#[wasm_bindgen_test]
async fn a_bad_rate_gives_a_message_and_keeps_the_last_good_one() {
    let root = mount_with("cur=usd&rate=6.9").await;
    assert_eq!(input_value("rate"), "6.9");
    assert!(pressed("cur-usd"));
    let before = text("industry-last");
    for bad in ["", "abc", "0", "-7", "1e9"] {
        type_into("rate", bad);
        until("the rate's message", 100, || !text("rate-error").is_empty()).await;
        assert!(
            text("rate-error").contains("still using 6.9"),
            "{bad:?}: {}",
            text("rate-error")
        );
        assert_eq!(
            by_id("rate").get_attribute("aria-invalid").as_deref(),
            Some("true")
        );
        assert_eq!(text("industry-last"), before, "{bad:?} changed the amounts");
        assert!(query().contains("rate=6.9"), "{bad:?}: {}", query());
    }
    type_into("rate", "7.2");
    until("the message to go", 100, || text("rate-error").is_empty()).await;
    until("the address bar to say rate=7.2", 100, || {
        query().contains("rate=7.2")
    })
    .await;
    assert_ne!(text("industry-last"), before);
    root.remove();
}

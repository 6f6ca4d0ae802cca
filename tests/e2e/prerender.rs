//! The prerendered page (`cargo xtask dist`, xtask/src/prerender.rs): the
//! article, its numbers and its charts before the wasm has arrived and with
//! JavaScript off; no wrong view on the way (a link's own view, a Chinese
//! reader); and the app taking its place without moving anything.

use crate::{Browser, Engine, HOME, WasmHeld, site_url};
use fantoccini::Locator;
use serde_json::{Value, json};

/// Goes to `query` and waits until the prerendered page shows. The page
/// loads without its wasm: the app's module fetches it and awaits it after
/// the document has loaded (a navigation by script from `about:blank` hung
/// chromedriver's renderer once in CI).
async fn go_while_held(b: &Browser, query: &str) {
    b.c().goto(&site_url(query)).await.expect("page loads");
    b.until("the prerendered page", || async {
        b.js(
            r#"return [...document.querySelectorAll('.prerendered')]
                 .some((p) => getComputedStyle(p).display !== 'none' && p.querySelector('svg'));"#,
            vec![],
        )
        .await
            == json!(true)
    })
    .await;
}

/// What the reader sees before the app: which prerendered language is
/// shown, whether the app has started, the visible text, the charts drawn
/// as SVG on screen, and where the lead card's title and chart are.
async fn before_the_app(b: &Browser) -> Value {
    b.js(
        r#"const shown = [...document.querySelectorAll('.prerendered')]
               .filter((p) => getComputedStyle(p).display !== 'none');
           const page = shown[0];
           const rect = (e) => e && (({top, height}) => [top, height])(e.getBoundingClientRect());
           // A chart in place: the lead's inline SVG, drawn, or another's
           // drawing file (fetched when it comes near).
           const shownIn = (box, css) => [...box.querySelectorAll(css)].find((e) => e.getBoundingClientRect().height > 0);
           const svgs = page ? [...page.querySelectorAll('.pre-box')].filter((box) => {
               const svg = shownIn(box, 'svg');
               const img = shownIn(box, 'img');
               return (svg && svg.querySelectorAll('text').length > 3) || (img && img.getAttribute('src').endsWith('.svg'));
           }) : [];
           const lead = page && page.querySelector('[id$="-chart-industry"]');
           const leadSvg = lead && shownIn(lead, 'svg');
           return {
               shown: shown.map((p) => p.dataset.lang),
               lang: document.documentElement.lang,
               started: !!window.wasmBindings,
               app: document.getElementById('app').childElementCount,
               text: document.body.innerText,
               charts: svgs.length,
               leadOnScreen: !!leadSvg && leadSvg.getBoundingClientRect().top < innerHeight
                   && leadSvg.textContent.includes('433.8'),
               title: rect(page && page.querySelector('[id$="-industry-title"]')),
               chart: rect(page && page.querySelector('[id$="-chart-industry"]')),
               intro: rect(page && page.querySelector('.intro')),
               numbersHidden: page ? getComputedStyle(page.querySelector('main')).visibility === 'hidden' : null,
               loading: page ? getComputedStyle(page.querySelector('.pre-loading')).display !== 'none' : null,
           };"#,
        vec![],
    )
    .await
}

/// The same places once the app has taken over.
async fn after_the_app(b: &Browser) -> Value {
    b.js(
        r#"const rect = (e) => e && (({top, height}) => [top, height])(e.getBoundingClientRect());
           return {
               prerendered: document.querySelectorAll('.prerendered').length,
               title: rect(document.getElementById('industry-title')),
               chart: rect(document.getElementById('chart-industry')),
               intro: rect(document.querySelector('#app .intro')),
               text: document.body.innerText,
           };"#,
        vec![],
    )
    .await
}

fn close(a: &Value, b: &Value) -> bool {
    match (a.as_array(), b.as_array()) {
        (Some(a), Some(b)) => a.iter().zip(b).all(|(x, y)| {
            (x.as_f64().unwrap_or(f64::NAN) - y.as_f64().unwrap_or(0.0)).abs() <= 1.0
        }),
        _ => false,
    }
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn prerender_the_charts_are_in_place_before_the_wasm_and_the_app_takes_their_place() {
    let b = Browser::start(1000, 900).await;
    let held = WasmHeld::hold(&b).await;
    go_while_held(&b, "").await;
    let before = before_the_app(&b).await;
    let text = before["text"].as_str().unwrap_or_default();
    assert_eq!(before["shown"], json!(["en"]), "{before}");
    assert_eq!(
        before["started"],
        json!(false),
        "the app started with its wasm held back"
    );
    assert_eq!(
        before["app"],
        json!(0),
        "the app rendered with its wasm held back"
    );
    // The article's numbers and the charts, drawn, before any wasm.
    assert!(text.contains("433.8 bn yuan"), "{text}");
    assert!(
        text.contains("When does live commerce reach a trillion yuan?"),
        "{text}"
    );
    assert!(before["charts"].as_u64().unwrap_or(0) >= 5, "{before}");
    assert_eq!(
        before["leadOnScreen"],
        json!(true),
        "the lead chart: {before}"
    );
    assert_eq!(
        before["loading"],
        json!(false),
        "the default view said it was loading"
    );
    held.release();
    // Taken over, before anything scrolls (`wait_charts` scrolls through
    // the page, and sections rendering around it would shift what it sees).
    b.taken_over().await;
    let after = after_the_app(&b).await;
    assert_eq!(
        after["prerendered"],
        json!(0),
        "the prerendered page stayed"
    );
    // The app's title, chart and the block under it are where the
    // prerendered ones were: the page kept its layout.
    for place in ["title", "chart", "intro"] {
        assert!(
            close(&before[place], &after[place]),
            "{place} moved when the app took over: {} → {}",
            before[place],
            after[place]
        );
    }
    // Where the engine measures layout shifts (Chromium): within 0.02.
    let shift = b
        .js(
            r#"if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return null;
               return performance.getEntriesByType('layout-shift').reduce((s, e) => s + e.value, 0);"#,
            vec![],
        )
        .await;
    if let Some(shift) = shift.as_f64() {
        assert!(shift <= 0.02, "cumulative layout shift {shift}");
    }
    b.wait_charts().await;
    b.close().await;
}

/// Where each section is: `twin` when its placeholder holds the
/// prerendered twin, `stale` when that twin is hidden, `empty` for a
/// placeholder without one, `app` once it has rendered.
async fn sections(b: &Browser, ids: &[&str]) -> Value {
    b.js(
        r#"return arguments[0].map((id) => {
               const e = document.getElementById(id);
               if (!e) return 'missing';
               if (!e.classList.contains('deferred')) return 'app';
               if (!('adopted' in e.dataset)) return 'empty';
               return e.classList.contains('stale') ? 'stale' : 'twin';
           });"#,
        vec![json!(ids)],
    )
    .await
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn prerender_far_sections_render_as_they_come_near_and_show_their_twin_until_then() {
    let b = Browser::start(1000, 900).await;
    let far = ["lab", "saved", "derived"];
    b.c().goto(&site_url("")).await.expect("page loads");
    b.taken_over().await;
    // The Monte Carlo's first result is in, the page has settled: the far
    // sections have not rendered, and show their prerendered twins.
    b.until("the Monte Carlo's first result", || async {
        b.js("return document.documentElement.dataset.mc", vec![])
            .await
            == json!("done")
    })
    .await;
    assert_eq!(sections(&b, &far).await, json!(["twin", "twin", "twin"]));
    let derived = b.text("derived").await;
    assert!(derived.contains("What the numbers imply"), "{derived}");
    assert!(
        b.js("return !document.getElementById('chart-outcomes')", vec![])
            .await
            == json!(true),
        "a chart far below rendered with the page"
    );
    // Another view than the prerendered one: the twins are hidden,
    // keeping their place, until their section renders.
    b.click("cur-usd").await;
    b.until("the far twins hidden", || async {
        sections(&b, &far).await == json!(["stale", "stale", "stale"])
    })
    .await;
    let shown = b
        .js(
            "return getComputedStyle(document.querySelector('#derived > *')).visibility",
            vec![],
        )
        .await;
    assert_eq!(shown, json!("hidden"));
    // Scrolled to, a section renders.
    b.js(
        "document.getElementById('derived').scrollIntoView({ behavior: 'instant' })",
        vec![],
    )
    .await;
    b.until("the derived numbers to render", || async {
        sections(&b, &["derived"]).await == json!(["app"])
    })
    .await;
    assert!(b.text("derived").await.contains("What the numbers imply"));

    // A twin's control that takes the focus renders its section, and the
    // focus is on the same control there.
    b.c().goto(&site_url("")).await.expect("page loads");
    b.taken_over().await;
    assert_eq!(sections(&b, &["lab"]).await, json!(["twin"]));
    b.js(
        "document.getElementById('pre-en-mc-new-seed').focus()",
        vec![],
    )
    .await;
    b.until(
        "the lab to render with the focus on its New seed",
        || async {
            b.js("return document.activeElement?.id ?? null", vec![])
                .await
                == json!("mc-new-seed")
        },
    )
    .await;
    b.close().await;

    // A link to another view: no twin at all, the placeholders are empty.
    let b = Browser::start(1000, 900).await;
    b.c()
        .goto(&site_url("v=3&cur=usd"))
        .await
        .expect("page loads");
    b.taken_over().await;
    assert_eq!(
        sections(&b, &["saved", "derived"]).await,
        json!(["empty", "empty"])
    );
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn prerender_a_link_with_its_own_view_never_shows_the_default_numbers_as_its_own() {
    // A fresh browser each time: once the app has run, its service worker
    // answers for the wasm and nothing can hold it back. `lang=en` alone is
    // a version-1 link, read as printed.
    for query in ["v=3&cur=usd", "v=3&industry=433.8,3", "lang=en"] {
        let b = Browser::start(1000, 900).await;
        let held = WasmHeld::hold(&b).await;
        go_while_held(&b, query).await;
        let before = before_the_app(&b).await;
        assert_eq!(before["numbersHidden"], json!(true), "?{query}: {before}");
        assert_eq!(before["loading"], json!(true), "?{query}: {before}");
        let text = before["text"].as_str().unwrap_or_default();
        assert!(
            !text.contains("433.8") && !text.contains("trn yuan"),
            "?{query} showed the default view's numbers: {text}"
        );
        held.release();
        b.wait_charts().await;
        b.close().await;
    }
    // And the link's own view once the app runs.
    let b = Browser::start(1000, 900).await;
    b.open_with("v=3&cur=usd").await;
    let title = b.text("industry-title").await;
    assert!(title.contains("dollar"), "{title}");
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn prerender_a_chinese_reader_sees_no_english_on_the_way() {
    // `?lang=zh` alone is a version-1 link (read as printed): Chinese, its
    // numbers hidden until the app shows them; with `v=3`, the default view.
    // A fresh browser each time (see above).
    for (query, stale) in [("v=3&lang=zh", false), ("lang=zh", true)] {
        let b = Browser::start(1000, 900).await;
        let held = WasmHeld::hold(&b).await;
        go_while_held(&b, query).await;
        let before = before_the_app(&b).await;
        assert_chinese_before(&before, query);
        assert_eq!(before["numbersHidden"], json!(stale), "?{query}: {before}");
        held.release();
        b.wait_charts().await;
        let after = after_the_app(&b).await;
        assert!(
            after["text"]
                .as_str()
                .unwrap_or_default()
                .contains("直播电商"),
            "?{query}: {after}"
        );
        b.close().await;
    }
    // A Chinese browser, with no `lang` in the link.
    if Engine::current() != Engine::WebKit {
        let b = Browser::with_languages(1000, 900, "zh-CN,zh").await;
        let held = WasmHeld::hold(&b).await;
        go_while_held(&b, "").await;
        let before = before_the_app(&b).await;
        assert_chinese_before(&before, "(a Chinese browser)");
        assert_eq!(before["numbersHidden"], json!(false), "{before}");
        held.release();
        b.wait_charts().await;
        b.close().await;
    }
}

fn assert_chinese_before(before: &Value, query: &str) {
    assert_eq!(before["shown"], json!(["zh"]), "?{query}: {before}");
    assert_eq!(before["lang"], json!("zh-CN"), "?{query}");
    assert_eq!(before["started"], json!(false), "?{query}");
    let text = before["text"].as_str().unwrap_or_default();
    assert!(text.contains("直播"), "?{query}: {text}");
    for english in [
        "When does live commerce",
        "Who sold what",
        "Skip to",
        "The story",
    ] {
        assert!(
            !text.contains(english),
            "?{query} showed English ({english}): {text}"
        );
    }
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn prerender_the_article_reads_with_javascript_off() {
    let Some(b) = Browser::without_javascript(1000, 900).await else {
        only_in!(Chromium, Firefox; "WebKitWebDriver cannot turn JavaScript off");
        return;
    };
    b.c().goto(&site_url("")).await.expect("page loads");
    let page = ".prerendered[data-lang='en']";
    // The story with its numbers.
    let story = b
        .c()
        .find(Locator::Css(&format!("{page} #pre-en-story")))
        .await
        .expect("the story")
        .text()
        .await
        .expect("its text");
    assert!(story.contains("433.8 bn yuan"), "{story}");
    assert!(story.contains("867.6 bn yuan"), "{story}");
    // Charts drawn as SVG, with the article's numbers in them.
    let mut charts = shown_texts(&b, &format!("{page} .pre-box svg")).await;
    for img in b
        .c()
        .find_all(Locator::Css(&format!("{page} .pre-box img")))
        .await
        .expect("drawing files")
    {
        if img.is_displayed().await.unwrap_or(false) {
            let src = img.prop("currentSrc").await.ok().flatten();
            let src = match src.filter(|s| !s.is_empty()) {
                Some(s) => s,
                None => img.prop("src").await.ok().flatten().unwrap_or_default(),
            };
            charts.push(crate::http_get(&src).unwrap_or_default());
        }
    }
    assert!(
        charts.len() >= 5,
        "{} charts shown: {charts:?}",
        charts.len()
    );
    assert!(charts.iter().any(|c| c.contains("433.8")), "{charts:?}");
    // The 2019 chart: Douyin's 180 bn.
    assert!(charts.iter().any(|c| c.contains("180 bn")), "{charts:?}");
    // Every panel's table, shown without its tabs.
    let tables = shown_texts(&b, &format!("{page} table.panel-table")).await;
    assert!(tables.len() >= 5, "{} tables shown", tables.len());
    assert!(tables.iter().any(|t| t.contains("433.8")), "{tables:?}");
    for tabs in b
        .c()
        .find_all(Locator::Css(&format!("{page} .tabs")))
        .await
        .expect("tabs")
    {
        assert!(
            !tabs.is_displayed().await.unwrap_or(true),
            "tabs that cannot work were shown"
        );
    }
    // Nor controls that only act (a download link here would save the page).
    let dead = b
        .js(
            r#"return [...document.querySelectorAll(arguments[0] + ' :is(button:not([role=tab]):not(.legend-toggle), a.download, input[type=radio], input[type=file])')]
                 .filter((e) => e.getClientRects().length > 0)
                 .map((e) => e.id || e.outerHTML.slice(0, 80));"#,
            vec![json!(page)],
        )
        .await;
    assert_eq!(dead, json!([]), "controls that cannot work were shown");
    // Says what it is.
    let note = b
        .c()
        .find(Locator::Css(".noscript"))
        .await
        .expect("the no-script note")
        .text()
        .await
        .expect("its text");
    assert!(note.contains("JavaScript is off"), "{note}");
    b.close().await;
}

/// The text of every element `css` finds that is shown.
async fn shown_texts(b: &Browser, css: &str) -> Vec<String> {
    let mut shown = Vec::new();
    for e in b.c().find_all(Locator::Css(css)).await.expect(css) {
        if e.is_displayed().await.unwrap_or(false) {
            shown.push(e.text().await.unwrap_or_default());
        }
    }
    shown
}

/// Marks named `name` so far (`lce:mc-worker-started`…).
async fn marks(b: &Browser, name: &str) -> u64 {
    b.js(
        "return performance.getEntriesByName(arguments[0]).length",
        vec![json!(name)],
    )
    .await
    .as_u64()
    .unwrap_or(0)
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn prerender_the_app_takes_the_pages_monte_carlo_run_and_starts_no_worker_for_it() {
    let b = Browser::start(1000, 900).await;
    b.c().goto(&site_url("")).await.expect("page loads");
    b.taken_over().await;
    // The run came with the page: its result is in, the headline chart
    // was drawn once (with its bands, not once before them), and no worker
    // started.
    assert_eq!(
        b.js("return document.documentElement.dataset.mc", vec![])
            .await,
        json!("done")
    );
    assert_eq!(b.draws("chart-industry").await, 1);
    assert_eq!(marks(&b, "lce:mc-worker-started").await, 0);
    // A change runs in the worker, which starts now.
    b.keys("growth-2023", HOME).await;
    b.until("the worker's run of the change", || async {
        marks(&b, "lce:mc-worker-ready").await == 1
            && b.js("return document.documentElement.dataset.mc", vec![])
                .await
                == json!("done")
    })
    .await;
    b.close().await;
}

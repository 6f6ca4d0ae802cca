//! Finding one's way: the sticky section navigation (it marks the part being
//! read, works by keyboard, and its fragment goes into the share link), and
//! cards that never scroll sideways at the widths people read at.

use super::*;

/// The navigation's links, in page order: (link id, section id).
const SECTIONS: [&str; 8] = [
    "industry",
    "story",
    "gmv",
    "douyin",
    "third-pole",
    "lab",
    "platforms",
    "derived",
];

/// Which link is marked as the part being read.
async fn current(b: &Browser) -> Vec<String> {
    let v = b
        .js(
            "return [...document.querySelectorAll('#section-nav a[aria-current=\"location\"]')]\
                 .map(a => a.id)",
            vec![],
        )
        .await;
    serde_json::from_value(v).unwrap_or_default()
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn the_section_navigation_follows_the_reader_and_goes_into_the_link() {
    let b = Browser::start(1280, 900).await;
    b.open().await;
    // One link per part, in page order, each to an element on the page.
    let targets = b
        .js(
            "return [...document.querySelectorAll('#section-nav a')].map(a => \
                 [a.id, a.getAttribute('href'), !!document.getElementById(a.getAttribute('href').slice(1))])",
            vec![],
        )
        .await;
    let expected: Vec<Value> = SECTIONS
        .iter()
        .map(|s| json!([format!("nav-{s}"), format!("#{s}"), true]))
        .collect();
    assert_eq!(targets, json!(expected));

    // The page at rest first. When the Monte Carlo's first result arrives,
    // the industry card's notes gain the chance of reaching a trillion (44
    // px at this width) and the story its chance sentence, above #douyin.
    // Chromium and Firefox anchor the scroll position through that; WebKit
    // has no scroll anchoring, so a jump made while sampling ends 44 px low
    // (seen in 2 of 6 WebKit runs). That layout shift is the app's to fix
    // (reserve the notes' room); this test is about the navigation.
    b.until("the Monte Carlo's first result", || async {
        b.text("mc-status").await.contains("samples, seed")
    })
    .await;
    // A link by keyboard: focus it, press Enter. The section comes to the
    // top, below the sticky bar, and is marked as the part being read.
    b.js("document.getElementById('nav-douyin').focus()", vec![])
        .await;
    // (As a keyboard does, to the focused link: WebDriver's send-keys to an
    // element scrolls it into view first, which in WebKit, under the
    // page's scroll padding, moves a link in the sticky bar.)
    b.press(&['\u{E007}']).await;
    b.until("#douyin in the address", || async {
        b.js("return location.hash", vec![]).await == json!("#douyin")
    })
    .await;
    b.until("Douyin marked as the part being read", || async {
        current(&b).await == ["nav-douyin"]
    })
    .await;
    // Where the bar and the section are once the page has settled (in
    // WebKit the charts near the new place can still be laying out when
    // the mark moves).
    let placement = || async {
        b.js(
            "const nav = document.getElementById('section-nav').getBoundingClientRect(); \
             const card = document.getElementById('douyin').getBoundingClientRect(); \
             return [nav.top, card.top - nav.bottom];",
            vec![],
        )
        .await
    };
    let placed_well = |placed: &Value| {
        let gap = placed[1].as_f64().unwrap_or(f64::NAN);
        placed[0].as_f64() == Some(0.0) && (0.0..40.0).contains(&gap)
    };
    // Each new placement is printed, so a failure shows where it stayed.
    let last = std::cell::RefCell::new(Value::Null);
    b.until(
        "the bar at the top and the section just below it (0-40 px)",
        || async {
            let placed = placement().await;
            if *last.borrow() != placed {
                eprintln!("nav: [bar top, gap to the section] = {placed}");
                *last.borrow_mut() = placed.clone();
            }
            placed_well(&placed)
        },
    )
    .await;
    // The share link carries the section.
    b.until("the share link to end in #douyin", || async {
        b.js("return document.getElementById('share-link').value", vec![])
            .await
            .as_str()
            .is_some_and(|l| l.ends_with("#douyin"))
    })
    .await;

    // Scrolling on: the mark follows.
    b.js(
        "document.getElementById('lab').scrollIntoView({block: 'start'})",
        vec![],
    )
    .await;
    b.until("Scenario marked", || async {
        current(&b).await == ["nav-lab"]
    })
    .await;

    // The link opens at its section.
    let link = b
        .js("return document.getElementById('share-link').value", vec![])
        .await;
    let link = link.as_str().unwrap_or_default().to_string();
    // From another page, so the app starts afresh at the fragment.
    b.c().goto("about:blank").await.expect("about:blank");
    b.open_url(&link).await;
    b.until("the page to open at Douyin", || async {
        let top = b
            .js(
                "return document.getElementById('douyin').getBoundingClientRect().top",
                vec![],
            )
            .await
            .as_f64()
            .unwrap_or(f64::NAN);
        (0.0..120.0).contains(&top)
    })
    .await;
    let problems = b.console_problems().await;
    assert!(problems.is_empty(), "console: {problems:#?}");
    b.close().await;
}

/// Every card whose content is wider than it, or a scrolling box inside a
/// card (a table's frame) that scrolls sideways, and the page itself.
async fn sideways(b: &Browser) -> Vec<String> {
    let v = b
        .js(
            r#"const out = [];
               const root = document.documentElement;
               if (root.scrollWidth > root.clientWidth + 1) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
               for (const e of document.querySelectorAll('.card, .card *')) {
                 if (e.offsetParent === null) continue;
                 const x = getComputedStyle(e).overflowX;
                 const scrolls = e.classList.contains('card') || x === 'auto' || x === 'scroll';
                 if (scrolls && e.scrollWidth > e.clientWidth + 1) {
                   out.push(`${e.id || e.className} in #${(e.closest('.card') || {}).id}: ${e.scrollWidth} > ${e.clientWidth}`);
                 }
               }
               return out;"#,
            vec![],
        )
        .await;
    serde_json::from_value(v).unwrap_or_default()
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn no_card_scrolls_sideways_at_360_768_1280_or_1920_px() {
    for width in [360u32, 768, 1280, 1920] {
        let b = if width < 500 {
            // A plain window cannot be narrower than 500 px: a phone.
            Browser::phone().await
        } else {
            Browser::start(width, 900).await
        };
        b.open().await;
        b.until("the first Monte Carlo run", || async {
            b.text("mc-status").await.contains("samples, seed")
        })
        .await;
        let wide = sideways(&b).await;
        assert!(wide.is_empty(), "at {width} px: {wide:#?}");
        b.close().await;
    }
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn a_slider_announces_its_own_cards_result_once_it_rests() {
    let b = Browser::start(1280, 900).await;
    b.open().await;
    b.until("the first Monte Carlo run", || async {
        b.text("mc-status").await.contains("samples, seed")
    })
    .await;
    // Everything a screen reader would hear: changes inside live regions.
    b.js(
        r#"window.__heard = [];
           const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]';
           new MutationObserver(ms => {
             for (const m of ms) {
               const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
               const region = el && el.closest(live);
               if (region && region.offsetParent !== null || region && region.id === 'announcer') {
                 window.__heard.push([region.id, region.textContent]);
               }
             }
           }).observe(document.body, {subtree: true, childList: true, characterData: true});"#,
        vec![],
    )
    .await;
    // Five arrow presses on one slider.
    for _ in 0..5 {
        b.keys("growth-2021", ARROW_RIGHT).await;
    }
    b.until("an announcement", || async {
        b.js(
            "return window.__heard.some(h => h[0] === 'announcer' && h[1])",
            vec![],
        )
        .await
            == json!(true)
    })
    .await;
    // And the next Monte Carlo run finished, whose timing must stay silent.
    b.until("the Monte Carlo to rest", || async {
        b.text("mc-status").await.contains("samples, seed")
    })
    .await;
    let heard = b
        .js(
            "return window.__heard.filter(h => h[1]).map(h => h[0] + ': ' + h[1])",
            vec![],
        )
        .await;
    let heard: Vec<String> = serde_json::from_value(heard).unwrap_or_default();
    let crossing = b.text("crossing-year").await;
    assert_eq!(
        heard,
        [format!("announcer: {crossing}")],
        "one announcement, the card's own result, no timing"
    );
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn skip_links_lead_past_the_tools_to_the_story_and_the_charts() {
    let b = Browser::start(1280, 900).await;
    b.open().await;
    // The first Tab stop of the page is the skip link to the story.
    let first = b
        .js(
            "return document.querySelector('a[href], button, input, select, textarea, \
             [tabindex]:not([tabindex=\"-1\"])').id",
            vec![],
        )
        .await;
    assert_eq!(first, json!("skip-story"));
    for (link, target) in [("skip-story", "#story"), ("skip-charts", "#industry")] {
        b.js(
            "document.getElementById(arguments[0]).focus()",
            vec![json!(link)],
        )
        .await;
        b.keys(link, "\u{E007}").await;
        b.until(&format!("{target} in the address"), || async {
            b.js("return location.hash", vec![]).await == json!(target)
        })
        .await;
    }
    b.close().await;
}

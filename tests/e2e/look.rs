//! Every screen: dark mode (system preference and the toggle), reduced
//! motion, print, layouts from a 360 px phone to 4K, and embed mode.

use super::*;
use serde_json::json;
use std::time::Duration;

/// Relative luminance (0 black, 1 white) of an element's computed colour property.
async fn luminance(b: &Browser, selector: &str, property: &str) -> f64 {
    b.js(
        r#"const c = getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];
           const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => {
             v /= 255;
             return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
           });
           return 0.2126 * r + 0.7152 * g + 0.0722 * bl;"#,
        vec![json!(selector), json!(property)],
    )
    .await
    .as_f64()
    .unwrap_or(-1.0)
}

/// The contrast ratio of an element's text against its card.
async fn contrast(b: &Browser, text: &str, background: &str) -> f64 {
    let t = luminance(b, text, "color").await;
    let bg = luminance(b, background, "backgroundColor").await;
    let (hi, lo) = if t > bg { (t, bg) } else { (bg, t) };
    (hi + 0.05) / (lo + 0.05)
}

async fn page_is_dark(b: &Browser) -> bool {
    luminance(b, "html", "backgroundColor").await < 0.05
}

async fn pressed(b: &Browser, id: &str) -> bool {
    b.js(
        "return document.getElementById(arguments[0]).getAttribute('aria-pressed') === 'true'",
        vec![json!(id)],
    )
    .await
    .as_bool()
    .unwrap_or(false)
}

/// Opens the site with `query` and waits for `canvas` (an id) to be drawn;
/// for pages that do not show every chart (embed mode).
async fn open_until_drawn(b: &Browser, query: &str, canvas: &str) {
    b.c().goto(&site_url(query)).await.expect("page loads");
    b.wait_drawn(canvas, Duration::from_secs(30)).await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn look_dark_mode_follows_the_system_until_the_toggle_chooses() {
    // Firefox: the system's scheme is set at launch, so the steps where it
    // changes under the page run in Chromium only.
    let chromium = Engine::current() == Engine::Chromium;
    let Some(b) = Browser::with_scheme(1280, 900, true).await else {
        only_in!(Chromium, Firefox; "a dark system needs the driver's GTK theme");
        return;
    };
    b.open().await;
    assert!(page_is_dark(&b).await, "a dark system gives a dark page");
    assert!(
        pressed(&b, "theme-auto").await,
        "Auto is the default choice"
    );
    for (text, bg) in [
        ("#story p", "#story"),
        (".sub", "#gmv"),
        ("#copy-link", "#copy-link"),
    ] {
        let c = contrast(&b, text, bg).await;
        assert!(
            c >= 4.5,
            "{text} on {bg}: contrast {c:.2} in the dark theme"
        );
    }

    // The system turns light at dawn: the page follows while on Auto.
    if chromium {
        b.emulate_media("", &[("prefers-color-scheme", "light")])
            .await;
        b.until("the page to follow the system to light", || async {
            !page_is_dark(&b).await
        })
        .await;
        b.emulate_media("", &[("prefers-color-scheme", "dark")])
            .await;
        b.until("the page to follow the system to dark", || async {
            page_is_dark(&b).await
        })
        .await;
    }

    // The toggle, from the keyboard: Light overrides the dark system.
    let light = b
        .c()
        .find(Locator::Id("theme-light"))
        .await
        .expect("toggle");
    light.send_keys("\u{E007}").await.expect("Enter pressed");
    b.until("the Light choice to apply", || async {
        !page_is_dark(&b).await && pressed(&b, "theme-light").await
    })
    .await;
    assert!(!pressed(&b, "theme-auto").await);
    let focused = b
        .js(
            "const e = document.activeElement; return [e.id, getComputedStyle(e).outlineStyle]",
            vec![],
        )
        .await;
    assert_eq!(focused[0], "theme-light", "focus stays on the toggle");
    assert_ne!(focused[1], "none", "the focused toggle shows its focus");

    // Remembered across a reload.
    b.open().await;
    assert!(pressed(&b, "theme-light").await, "the choice is remembered");
    assert!(!page_is_dark(&b).await, "and applied after a reload");
    let c = contrast(&b, "#story p", "#story").await;
    assert!(c >= 4.5, "story text contrast {c:.2} in the light theme");

    // Dark on a light system, then back to Auto.
    if chromium {
        b.emulate_media("", &[("prefers-color-scheme", "light")])
            .await;
        b.click("theme-dark").await;
        b.until("the Dark choice to apply", || async {
            page_is_dark(&b).await
        })
        .await;
        b.click("theme-auto").await;
        b.until("Auto to follow the light system", || async {
            !page_is_dark(&b).await
        })
        .await;
    } else {
        b.click("theme-auto").await;
        b.until("Auto to follow the dark system", || async {
            page_is_dark(&b).await
        })
        .await;
    }
    b.open().await;
    assert!(pressed(&b, "theme-auto").await);
    assert!(b.console_problems().await.is_empty());
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn look_a_broken_stored_theme_is_ignored() {
    let b = Browser::start(1280, 900).await;
    b.open().await;
    b.js("localStorage.setItem('lce.theme', '{garbage')", vec![])
        .await;
    b.open().await;
    assert!(pressed(&b, "theme-auto").await, "garbage reads as Auto");
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn look_reduced_motion_turns_transitions_off() {
    only_in!(Chromium, Firefox; "WebKitGTK's reduced motion is a GTK setting of the whole driver");
    let duration = |b: &Browser| {
        let b = b.c().clone();
        async move {
            b.execute(
                "return getComputedStyle(document.getElementById('copy-link')).transitionDuration",
                vec![],
            )
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
        }
    };
    let motion = [("prefers-reduced-motion", "no-preference")];
    let Some(b) = Browser::with_media(1280, 900, &motion).await else {
        return;
    };
    b.open().await;
    assert!(
        duration(&b).await.contains("0.15s"),
        "buttons fade without the preference"
    );
    // The preference changes under the page in Chromium; Firefox takes it
    // at launch, so there it is a second browser.
    let reduce = [("prefers-reduced-motion", "reduce")];
    let b = if Engine::current() == Engine::Chromium {
        b.emulate_media("", &reduce).await;
        b
    } else {
        b.close().await;
        let b = Browser::with_media(1280, 900, &reduce)
            .await
            .expect("Firefox takes the preference");
        b.open().await;
        b
    };
    b.until("transitions to stop", || async {
        duration(&b).await.split(',').all(|d| d.trim() == "0s")
    })
    .await;
    let story = b
        .js(
            r#"return [...document.querySelectorAll('.scrub, .tab, button, a')]
                 .map(e => getComputedStyle(e))
                 .every(s => s.transitionDuration.split(',').every(d => d.trim() === '0s')
                          && s.animationDuration.split(',').every(d => d.trim() === '0s'))"#,
            vec![],
        )
        .await;
    assert_eq!(story, json!(true), "no element moves");
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn look_print_shows_the_story_and_charts_without_controls() {
    // Elsewhere: the WebDriver version below, without the redraw for paper.
    only_in!(Chromium; NEEDS_CDP);
    let b = Browser::start(1280, 900).await;
    b.emulate_media("", &[("prefers-color-scheme", "dark")])
        .await;
    b.open().await;
    assert!(
        b.ink("chart-gmv").await > 0.6,
        "on screen, a dark system's charts are dark"
    );
    b.emulate_media("print", &[("prefers-color-scheme", "dark")])
        .await;
    assert_printed(&b, true).await;
    b.close().await;
}

/// What a printed page shows, once the print stylesheet applies: no
/// controls; the story, the chart titles and the legend; black on white;
/// the charts at a readable size, and (`redrawn`, where the print media
/// query itself changed) redrawn light for paper.
async fn assert_printed(b: &Browser, redrawn: bool) {
    b.until("the print stylesheet", || async {
        !b.visible("copy-link").await
    })
    .await;
    for id in [
        "undo",
        "share-link",
        "theme-auto",
        "gmv-tab-chart",
        "growth-2020",
        "reset",
        "saved",
        "copy-embed",
    ] {
        assert!(!b.visible(id).await, "#{id} is not printed");
    }
    for id in ["story", "gmv-title", "industry-title", "douyin-title"] {
        assert!(b.visible(id).await, "#{id} is printed");
    }
    let legend = b
        .js(
            r#"const l = document.querySelector('#industry .legend');
               return !!l && l.offsetParent !== null && l.getBoundingClientRect().height > 0"#,
            vec![],
        )
        .await;
    assert_eq!(
        legend,
        json!(true),
        "the industry chart's legend is printed"
    );
    assert!(
        luminance(b, "#story .story-text", "color").await < 0.01,
        "black text"
    );
    assert!(
        luminance(b, "html", "backgroundColor").await > 0.99,
        "on white"
    );
    for id in [
        "chart-gmv",
        "chart-industry",
        "chart-douyin",
        "chart-platforms",
    ] {
        let size = b
            .js(
                r#"const r = document.getElementById(arguments[0]).getBoundingClientRect();
                   return [r.width, r.height]"#,
                vec![json!(id)],
            )
            .await;
        let (w, h) = (
            size[0].as_f64().unwrap_or(0.0),
            size[1].as_f64().unwrap_or(0.0),
        );
        assert!(w > 100.0 && h > 50.0, "#{id} prints at {w}×{h}");
        assert!(b.visible(id).await, "#{id} is printed");
        if redrawn {
            b.until(&format!("#{id} to be redrawn light for paper"), || async {
                b.ink(id).await < 0.6
            })
            .await;
            assert!(b.ink(id).await > 0.01, "#{id} keeps its drawing");
        }
    }
}

/// The print stylesheet, checked with WebDriver alone (engines without
/// emulated print media): the page's `@media print` rules are switched on
/// for the screen through the CSSOM (which the page's policy allows, unlike
/// a `<style>`), and then the controls are gone and the story, the chart
/// titles, the legend and the charts are there, black on white. (Redrawing
/// the charts light for paper follows the print media query itself, so
/// only the emulated version above checks it.)
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn look_print_stylesheet_by_webdriver_shows_the_story_and_charts_without_controls() {
    let b = Browser::start(1280, 900).await;
    b.open().await;
    let switched = b
        .js(
            r#"let n = 0;
               const walk = rules => { for (const r of rules) {
                 if (r.media && /\bprint\b/.test(r.media.mediaText)) { r.media.mediaText = 'all'; n++; }
                 else if (r.cssRules) walk(r.cssRules);
               } };
               for (const sheet of document.styleSheets) walk(sheet.cssRules);
               return n;"#,
            vec![],
        )
        .await;
    assert!(
        switched.as_u64().unwrap_or(0) >= 1,
        "the print rules: {switched}"
    );
    assert_printed(&b, false).await;
    let problems = b.console_problems().await;
    assert!(problems.is_empty(), "console: {problems:#?}");
    b.close().await;
}

/// No sideways scrolling, every chart drawn at its width; the number of
/// columns the chart cards sit in.
async fn check_layout(b: &Browser, what: &str) -> usize {
    let overflow = b
        .js(
            "return [document.documentElement.scrollWidth, window.innerWidth]",
            vec![],
        )
        .await;
    let (scroll, inner) = (
        overflow[0].as_f64().unwrap_or(f64::MAX),
        overflow[1].as_f64().unwrap_or(0.0),
    );
    assert!(
        scroll <= inner,
        "{what}: the page scrolls sideways ({scroll} > {inner})"
    );
    for id in CHARTS.iter() {
        // The lab's and the outcomes' charts are drawn once visible too.
        let fit = b
            .js(
                r#"const c = document.getElementById(arguments[0]);
                   const w = c.getBoundingClientRect().width;
                   return [c.width, Math.round(w * devicePixelRatio), w]"#,
                vec![json!(id)],
            )
            .await;
        let (backing, wanted) = (
            fit[0].as_f64().unwrap_or(0.0),
            fit[1].as_f64().unwrap_or(-1.0),
        );
        assert!(
            (backing - wanted).abs() <= 2.0,
            "{what}: #{id} is drawn {backing} px wide for {wanted} device px"
        );
        assert!(b.draws(id).await > 0, "{what}: #{id} is drawn");
    }
    let clipped = b
        .js(
            r#"return [...document.querySelectorAll('button, input, select, a, [tabindex="0"]')]
                 .filter(e => e.offsetParent !== null)
                 // Wide tables scroll inside their own box (the lab's editor).
                 .filter(e => { for (let p = e.parentElement; p; p = p.parentElement) {
                                  const o = getComputedStyle(p).overflowX;
                                  if (o === 'auto' || o === 'scroll') return false;
                                }
                                return true; })
                 .filter(e => { const r = e.getBoundingClientRect();
                                return r.right > innerWidth + 1 || r.left < -1; })
                 .map(e => e.id || e.outerHTML.slice(0, 60))"#,
            vec![],
        )
        .await;
    assert_eq!(clipped, json!([]), "{what}: controls outside the screen");
    b.js(
        r#"const lefts = new Set(['gmv', 'industry', 'platforms', 'outcomes', 'keys', 'derived']
             .map(id => document.getElementById(id))
             .filter(e => e)
             .map(e => Math.round(e.getBoundingClientRect().left)));
           return lefts.size"#,
        vec![],
    )
    .await
    .as_u64()
    .unwrap_or(0) as usize
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn look_layouts_from_a_phone_to_4k() {
    let b = Browser::phone().await;
    b.open().await;
    let inner = b.js("return innerWidth", vec![]).await;
    // Elsewhere the engine's narrowest window (see `Browser::phone`).
    let phone = if Engine::current() == Engine::Chromium {
        360
    } else {
        inner.as_u64().unwrap_or(0).min(500)
    };
    assert_eq!(
        inner,
        json!(phone),
        "nothing widens the phone's layout viewport"
    );
    assert_eq!(check_layout(&b, "360 px").await, 1, "one column on a phone");
    b.close().await;

    let mut widths = Vec::new();
    for (w, h) in [(768, 1000), (1280, 900), (1920, 1080), (3840, 2160)] {
        let b = Browser::start(w, h).await;
        b.open().await;
        let inner = b
            .js("return innerWidth", vec![])
            .await
            .as_u64()
            .unwrap_or(0);
        let columns = check_layout(&b, &format!("{w} px")).await;
        let gmv = b
            .js(
                "return document.getElementById('chart-gmv').getBoundingClientRect().width",
                vec![],
            )
            .await
            .as_f64()
            .unwrap_or(0.0);
        if inner >= 1400 {
            assert!(columns > 1, "{w} px: the chart cards sit in columns");
        } else {
            assert_eq!(columns, 1, "{w} px: one column");
        }
        widths.push((inner, gmv));
        b.close().await;
    }
    // Wider screens give (re-laid-out, redrawn) charts of other widths.
    assert!(
        widths.windows(2).any(|p| p[0].1 != p[1].1),
        "the charts re-layout: {widths:?}"
    );
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn look_embed_shows_one_chart_with_a_link_to_the_full_view() {
    let b = Browser::start(1000, 800).await;
    open_until_drawn(&b, "embed=industry", "chart-industry").await;
    assert!(b.ink("chart-industry").await > 0.01, "the chart is drawn");
    let chrome = b
        .js(
            r#"return [document.querySelectorAll('canvas').length,
                      !!document.querySelector('.masthead, .toolbar, #story, #lab, #saved'),
                      document.getElementById('industry-title').textContent]"#,
            vec![],
        )
        .await;
    assert_eq!(chrome[0], json!(1), "one chart");
    assert_eq!(
        chrome[1],
        json!(false),
        "no masthead, toolbar, story, lab or library"
    );
    assert!(
        chrome[2].as_str().unwrap_or_default().contains("trillion"),
        "the chart's title: {}",
        chrome[2]
    );
    // Compact: no row of tabs unless the link asks for it.
    let tablists = b
        .js(
            "return document.querySelectorAll('[role=tablist]').length",
            vec![],
        )
        .await;
    assert_eq!(tablists, json!(0), "no tabs in a plain embed");
    open_until_drawn(&b, "embed=industry&tabs=1", "chart-industry").await;
    // Asked for, its tabs work.
    b.click("industry-tab-table").await;
    assert!(b.visible("industry-table").await);
    b.click("industry-tab-chart").await;

    let link = b
        .js(
            r#"const a = document.getElementById('embed-full');
               return [a.href, a.target, a.rel, a.textContent]"#,
            vec![],
        )
        .await;
    let href = link[0].as_str().unwrap_or_default().to_string();
    assert!(href.starts_with(&env("LCE_SITE")), "{href}");
    assert!(!href.contains("embed"), "the full view: {href}");
    assert_eq!(link[1], json!("_blank"));
    assert!(link[2].as_str().unwrap_or_default().contains("noopener"));
    assert!(
        link[3]
            .as_str()
            .unwrap_or_default()
            .contains("Live Commerce Explorer")
    );

    // The link opens the whole page.
    b.open_with(href.split_once('?').map_or("", |(_, q)| q))
        .await;
    assert!(b.visible("story").await);
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn look_embed_code_gives_an_iframe_that_opens_the_chart() {
    let b = Browser::start(1280, 900).await;
    b.open_with("v=1&preset=article-high&industry=433.8,3,1.5,1.1")
        .await;
    let share = value(&b, "share-link").await;
    assert!(share.contains("industry"), "{share}");
    b.js(
        r#"const s = document.getElementById('embed-chart');
           s.value = 'gmv';
           s.dispatchEvent(new Event('change', {bubbles: true}));"#,
        vec![],
    )
    .await;
    let code = embed_code(&b).await;
    b.until("the copy to finish", || async {
        !b.text("embed-status").await.is_empty()
    })
    .await;
    assert!(code.starts_with("<iframe src=\""), "{code}");
    assert!(
        code.ends_with("embed.js\"></script>"),
        "the script that fits the frame: {code}"
    );
    assert!(code.contains("title=\""), "{code}");
    assert!(!code.contains("style="), "{code}");
    let src = code
        .split('"')
        .nth(1)
        .unwrap_or_default()
        .replace("&amp;", "&");
    assert!(src.starts_with(&env("LCE_SITE")), "an absolute URL: {src}");
    assert!(src.contains("embed=gmv"), "{src}");
    assert_eq!(src, format!("{share}&embed=gmv"), "the same scenario");

    b.c().goto(&src).await.expect("embed view");
    b.wait_drawn("chart-gmv", Duration::from_secs(30)).await;
    let canvases = b
        .js("return document.querySelectorAll('canvas').length", vec![])
        .await;
    assert_eq!(canvases, json!(1), "only that chart");
    let full = b
        .js("return document.getElementById('embed-full').href", vec![])
        .await;
    assert_eq!(
        full,
        json!(share),
        "the link opens the same scenario in full"
    );
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn look_a_bad_embed_value_shows_the_full_page_with_a_notice() {
    let b = Browser::start(1280, 900).await;
    b.open_with("embed=nonsense").await;
    assert!(b.visible("story").await, "the whole page");
    assert!(b.visible("copy-link").await);
    let notices = b.text("notices").await;
    assert!(notices.contains("embed"), "a notice names it: {notices}");
    b.close().await;
}

/// Serves, on a port of its own, another site's page that embeds `code` in
/// a column as wide as the path says (`/480`), for as long as the test
/// runs; returns the port.
fn host_site(code: String) -> u16 {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port for the host page");
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(&stream);
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            // The rest of the request's head.
            let mut line = String::new();
            while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
                line.clear();
            }
            let width: u32 = request
                .split_whitespace()
                .nth(1)
                .and_then(|p| p.trim_start_matches('/').parse().ok())
                .unwrap_or(600);
            let body = format!(
                "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>Host</title>\
                 <body style=\"margin:0\"><div style=\"width:{width}px\">{code}</div></body></html>"
            );
            let _ = write!(
                &stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    port
}

/// Whether the embedded page (the current frame) shows all of itself: the
/// chart drawn, and its legend and credit inside the frame. `null` while
/// the frame is still between documents (no `documentElement` yet, or the
/// script cut off by the navigation): the caller polls.
async fn embed_fits(b: &Browser) -> Value {
    b.c()
        .execute(
        r#"if (!document.documentElement) return null;
           const bottom = id => { const e = document.getElementById(id);
                                 return e ? e.getBoundingClientRect().bottom : -1; };
           const canvas = document.querySelector('canvas');
           return {
             inner: innerHeight,
             scroll: document.documentElement.scrollHeight,
             drawn: !!canvas && canvas.dataset.draws !== '0',
             canvas: canvas ? canvas.getBoundingClientRect().bottom : -1,
             legend: (document.querySelector('.legend') || {getBoundingClientRect: () => ({bottom: -1})})
                       .getBoundingClientRect().bottom,
             credit: bottom('embed-full'),
             tabs: document.querySelectorAll('[role=tablist]').length,
             // Still unseen over the prerendered page (boot.js takeOver).
             pending: !!document.querySelector('#app.app-pending, .prerendered'),
           };"#,
        vec![],
    )
    .await
    .unwrap_or(Value::Null)
}

/// The embed code on another site, in columns from 320 to 1200 px wide:
/// its script fits the iframe to the chart, so the axis, legend and credit
/// are never cut off (a fixed 480 px cut the trillion chart by 424 px).
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn look_embed_code_fits_the_frame_to_the_chart_at_any_width() {
    let b = Browser::start(1280, 900).await;
    b.open().await;
    let code = embed_code(&b).await;
    assert!(code.contains("embed=industry"), "{code}");
    // Another site (another origin: localhost, the app is on 127.0.0.1):
    // a page whose column of `/<width>` px holds the code.
    let host = host_site(code.clone());
    for width in [320, 480, 760, 1200] {
        let url = format!("http://localhost:{host}/{width}");
        b.c().goto(&url).await.expect("the host page");
        // Polled until it fits; the last state is what a failure reports.
        let deadline = std::time::Instant::now() + Duration::from_secs(15);
        let last = loop {
            let height = b
                .js(
                    "return document.querySelector('iframe').getAttribute('height')",
                    vec![],
                )
                .await;
            let fit = if b.c().enter_frame(0).await.is_ok() {
                let fit = embed_fits(&b).await;
                let _ = b.c().enter_parent_frame().await;
                fit
            } else {
                json!(null)
            };
            let f = |k: &str| fit[k].as_f64().unwrap_or(f64::MAX);
            let inner = f("inner");
            let fits = fit["drawn"] == json!(true)
                && fit["pending"] == json!(false)
                && height != json!("640")
                && f("scroll") <= inner + 1.0
                && f("canvas") > 0.0
                && f("canvas") <= inner
                && f("legend") <= inner
                && f("credit") > 0.0
                && f("credit") <= inner
                // Snug, not just fitted: no more than a line left empty.
                && inner - f("credit") < 40.0;
            let state = json!({"height": height, "inside": fit});
            if fits {
                break state;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{width} px: the embed never fit: {state}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        assert_eq!(last["inside"]["tabs"], json!(0), "compact: {last}");
    }
    b.close().await;
}

/// Where the first screen's parts are, scrolled to the top.
async fn first_screen(b: &Browser) -> Value {
    b.js(
        r#"scrollTo(0, 0);
           const top = s => { const e = document.querySelector(s); return e ? e.getBoundingClientRect().top : -1; };
           const bottom = s => { const e = document.querySelector(s); return e ? e.getBoundingClientRect().bottom : -1; };
           return {
             inner: innerHeight,
             title: bottom('h1'),
             claim: bottom('#claim'),
             text: (document.getElementById('claim') || {}).textContent || '',
             chart: top('canvas#chart-industry'),
             toolbar: top('.toolbar'),
             errata: top('#reading'),
             units: top('.units'),
             story: top('#story'),
           };"#,
        vec![],
    )
    .await
}

/// At 1440 × 900 and on a 390 × 844 phone, the first screen holds the
/// title, the article's headline claim (433.8 bn in 2019, "expected to
/// double", the "trillion level") and the start of the trillion chart;
/// the tools, units, errata and story come after.
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn look_the_first_screen_is_the_claim_and_its_chart() {
    // One browser at a time: geckodriver and WebKitWebDriver hold one session.
    for name in ["1440 × 900", "a 390 × 844 phone"] {
        let b = if name == "1440 × 900" {
            Browser::start(1440, 900).await
        } else {
            Browser::launch(
                390,
                844,
                Some(
                    json!({ "deviceMetrics": { "width": 390, "height": 844, "pixelRatio": 3.0 } }),
                ),
            )
            .await
        };
        b.open().await;
        let s = first_screen(&b).await;
        let f = |k: &str| s[k].as_f64().unwrap_or(f64::MAX);
        let inner = f("inner");
        assert!(
            f("title") > 0.0 && f("title") <= inner,
            "{name}: the title: {s}"
        );
        assert!(
            f("claim") > 0.0 && f("claim") <= inner,
            "{name}: the claim: {s}"
        );
        let text = s["text"].as_str().unwrap_or_default();
        for part in ["433.8", "2019", "double", "trillion level"] {
            assert!(text.contains(part), "{name}: {part} in the claim: {text}");
        }
        assert!(
            f("chart") > f("claim") && f("chart") < inner - 60.0,
            "{name}: the trillion chart starts on the first screen: {s}"
        );
        // The headline chart spans the page (on wide screens the other
        // cards sit in columns; it does not leave one empty beside it).
        let wide = b
            .js(
                "return document.getElementById('industry').getBoundingClientRect().width \
                   / document.querySelector('main').clientWidth",
                vec![],
            )
            .await
            .as_f64()
            .unwrap_or(0.0);
        assert!(
            wide > 0.9,
            "{name}: the trillion card is {wide} of the page's width"
        );
        for after in ["toolbar", "errata", "units", "story"] {
            assert!(
                f(after) > f("chart"),
                "{name}: the {after} comes after the chart: {s}"
            );
        }
        b.close().await;
    }
}

/// Every Table view: numbers at the charts' precision (no float noise), a
/// long source on one short line with the rest in a disclosure, and no more
/// than a screen's height per ten rows, on a desktop and on a phone.
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn look_table_views_are_rounded_and_a_row_is_a_line() {
    let tables: Vec<String> = PANELS.iter().map(|p| format!("tab.{p}=table")).collect();
    // One browser at a time: geckodriver and WebKitWebDriver hold one session.
    for phone in [false, true] {
        let b = if phone {
            Browser::phone().await
        } else {
            Browser::start(1440, 900).await
        };
        b.open_with(&format!("v=2&{}", tables.join("&"))).await;
        let found = b
            .js(
                r#"return [...document.querySelectorAll('[role=tabpanel].table-view > table')].map(t => {
                     const cells = [...t.querySelectorAll('td')];
                     return {
                       id: t.closest('[id]').id,
                       rows: t.tBodies[0].rows.length,
                       height: t.getBoundingClientRect().height,
                       noise: cells.map(c => c.textContent).filter(x => /\d\.\d{5,}/.test(x)),
                       summaries: [...t.querySelectorAll('td details summary')].map(s => s.textContent),
                     };
                   }).concat([{inner: innerHeight}])"#,
                vec![],
            )
            .await;
        let all = found.as_array().cloned().unwrap_or_default();
        let inner = all.last().and_then(|v| v["inner"].as_f64()).unwrap_or(0.0);
        let mut disclosures = 0;
        for t in &all[..all.len().saturating_sub(1)] {
            let rows = t["rows"].as_f64().unwrap_or(0.0);
            let height = t["height"].as_f64().unwrap_or(f64::MAX);
            assert!(
                height <= inner * rows.max(10.0) / 10.0,
                "{}: {height} px for {rows} rows on a {inner} px screen",
                t["id"]
            );
            assert_eq!(t["noise"], json!([]), "{}: unrounded numbers", t["id"]);
            for s in t["summaries"].as_array().into_iter().flatten() {
                let s = s.as_str().unwrap_or_default();
                assert!(
                    s.chars().count() <= 37,
                    "{}: a long first line: {s}",
                    t["id"]
                );
                disclosures += 1;
            }
        }
        assert!(all.len() > 3, "the tables: {found}");
        assert!(disclosures > 0, "the industry's sources are disclosures");
        // A disclosure opens to the whole source.
        let opened = b
            .js(
                r#"const d = document.querySelector('#industry-table td details');
                   d.querySelector('summary').click();
                   return [d.open, d.querySelector('.cell-rest').getBoundingClientRect().height > 0]"#,
                vec![],
            )
            .await;
        assert_eq!(opened, json!([true, true]));
        b.close().await;
    }
}

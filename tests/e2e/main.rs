//! End-to-end: the release build, served on loopback under a sub-path,
//! driven through WebDriver in each of three engines: headless Chromium,
//! headless Firefox ESR and WebKitGTK's MiniBrowser (under Xvfb).
//!
//! `cargo xtask test` builds the site, serves it, starts each engine's
//! driver and runs these with `--ignored`, passing `LCE_ENGINE` (chromium,
//! firefox or webkit), `LCE_SITE` (the page URL), `LCE_WEBDRIVER` (the
//! driver's URL), `LCE_BROWSER` (the browser binary) and `LCE_DRIVER_LOG`
//! (where the driver and its browser write).
//!
//! A test that needs what only one engine offers over WebDriver (Chromium's
//! DevTools protocol, its device emulation) starts with [`only_in!`], which
//! says in the run's output why it does not run elsewhere; what it checks
//! is then also checked by a WebDriver-only test where that can be done.
#![cfg(not(target_arch = "wasm32"))]

/// Ends the test early outside `engines`, printing `SKIPPED in <engine>:
/// why` (the xtask lists those lines after each engine's run).
macro_rules! only_in {
    ($($engine:ident),+; $why:expr) => {
        if !matches!($crate::Engine::current(), $($crate::Engine::$engine)|+) {
            println!("SKIPPED in {}: {}", $crate::Engine::current().name(), $why);
            return;
        }
    };
}

mod a11y;
mod charts;
mod chartui;
mod hand;
mod hosting;
mod i18n;
mod look;
mod nav;
mod offline;
mod prerender;
mod share;
mod story;
mod strict;
mod words;

use fantoccini::actions::{
    InputSource, KeyAction, KeyActions, MOUSE_BUTTON_LEFT, MouseActions, PointerAction,
    TouchActions,
};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Map, Value, json};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

/// What a test prints when the browser's page process died under it, not
/// the page: `BROWSER CRASHED in <test>`. The xtask runs such a test once
/// more (only such a test, and only once) and says so; see
/// `xtask/src/test.rs`. WebKitGTK's web process, drawing in software under
/// Xvfb, has crashed about once in 150 tests with no message of ours in
/// the way; a failure of any other kind is never retried.
pub const CRASH_MARK: &str = "BROWSER CRASHED in ";

/// Installs (once) a panic hook that prints [`CRASH_MARK`] with the test's
/// name when a panic's message is the driver saying the page crashed.
fn mark_browser_crashes() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let message = info
                .payload()
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| info.payload().downcast_ref::<&str>().copied())
                .unwrap_or_default();
            // WebKitWebDriver's words, and chromedriver's.
            let crashed = ["page crash", "tab crashed"]
                .iter()
                .any(|w| message.contains(w));
            if crashed {
                let test = std::thread::current().name().unwrap_or("?").to_string();
                println!("{CRASH_MARK}{test}");
            }
            previous(info);
        }));
    });
}

/// Every chart's canvas id (`chart-<slug>`), from the panel registry in
/// page order: a new panel is checked by every test that walks the charts.
pub static CHARTS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    live_commerce_explorer::panels::PanelId::ALL
        .iter()
        .map(|p| format!("chart-{}", p.slug()))
        .collect()
});
/// The chart panels' ids (a share link's `tab.<panel>`), in [`CHARTS`]' order.
pub use live_commerce_explorer::share::PANELS;
pub const HOME: &str = "\u{E011}";
pub const END: &str = "\u{E010}";
pub const ARROW_RIGHT: &str = "\u{E014}";

/// The engine the suite is driving (`LCE_ENGINE`; Chromium when unset).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    pub fn current() -> Engine {
        match std::env::var("LCE_ENGINE").as_deref() {
            Ok("firefox") => Engine::Firefox,
            Ok("webkit") => Engine::WebKit,
            _ => Engine::Chromium,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }
}

/// Why a test needs Chromium: the DevTools protocol, which chromedriver
/// alone exposes over WebDriver.
pub const NEEDS_CDP: &str =
    "needs Chromium's DevTools protocol, which geckodriver and WebKitWebDriver do not expose";
/// Why a test does not run in WebKit: a phone's coarse pointer and touch
/// screen, which chromedriver emulates and Firefox takes as preferences,
/// while MiniBrowser's pointer is the X server's mouse.
pub const NEEDS_PHONE: &str = "needs a phone's coarse pointer and touch screen; MiniBrowser's pointer is the X server's mouse, which WebDriver cannot change";

pub fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set; run `cargo xtask test`"))
}

/// A browser session with its own profile folder, removed on drop.
pub struct Browser {
    client: Option<Client>,
    profile: PathBuf,
    /// How far into `LCE_DRIVER_LOG` the console has been read (Firefox).
    console_read: std::cell::Cell<u64>,
    /// How many of the server's CSP reports have been seen (Firefox, WebKit).
    reports_read: std::cell::Cell<usize>,
    /// The WebDriver session, ended on drop: geckodriver and WebKitWebDriver
    /// hold one session at a time, so a failed test must not leave its own.
    session: Option<String>,
}

impl Browser {
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::launch(width, height, None).await
    }

    /// A phone: 360 CSS px wide at a device pixel ratio of 2 (Chromium's
    /// device emulation; a plain window cannot be narrower than 500 px).
    /// Elsewhere the engine's narrowest window, at a ratio of 2 (Firefox's
    /// `layout.css.devPixelsPerPx`, with a coarse pointer and touch events;
    /// WebKit runs at 2 throughout, see the xtask, with a mouse).
    pub async fn phone() -> Browser {
        Browser::launch(
            360,
            800,
            Some(json!({ "deviceMetrics": { "width": 360, "height": 800, "pixelRatio": 2.0 } })),
        )
        .await
    }

    pub async fn launch(width: u32, height: u32, mobile: Option<Value>) -> Browser {
        let mut options = Map::new();
        if let Some(m) = mobile {
            options.insert("mobileEmulation".to_string(), m);
        }
        Browser::launch_with(width, height, &[], options).await
    }

    /// A desktop browser whose preferred languages are `langs` (as in
    /// "zh-CN,zh"): Chromium's `--lang` switch and its `intl.accept_languages`
    /// preference, which `navigator.languages` reports.
    pub async fn with_languages(width: u32, height: u32, langs: &str) -> Browser {
        let first = langs.split(',').next().unwrap_or(langs);
        let mut options = Map::new();
        options.insert(
            "prefs".to_string(),
            json!({ "intl.accept_languages": langs }),
        );
        Browser::launch_with(width, height, &[format!("--lang={first}")], options).await
    }

    /// A desktop browser with JavaScript turned off (Chromium's content
    /// setting, Firefox's `javascript.enabled`); None in WebKit, whose
    /// driver cannot turn it off.
    pub async fn without_javascript(width: u32, height: u32) -> Option<Browser> {
        let prefs = match Engine::current() {
            Engine::Chromium => json!({ "profile.managed_default_content_settings.javascript": 2 }),
            Engine::Firefox => json!({ "javascript.enabled": false }),
            Engine::WebKit => return None,
        };
        let mut options = Map::new();
        options.insert("prefs".to_string(), prefs);
        Some(Browser::launch_with(width, height, &[], options).await)
    }

    /// A desktop browser whose system prefers a `dark` (or light) colour
    /// scheme (see [`Browser::with_media`]).
    pub async fn with_scheme(width: u32, height: u32, dark: bool) -> Option<Browser> {
        let scheme = if dark { "dark" } else { "light" };
        Browser::with_media(width, height, &[("prefers-color-scheme", scheme)]).await
    }

    /// A desktop browser whose system has the user preferences `features`
    /// (`prefers-color-scheme`: light or dark; `prefers-reduced-motion`:
    /// no-preference or reduce): Chromium's media emulation, or Firefox's
    /// preferences at launch. None in WebKit unless they are its defaults
    /// (light, no preference): there they are GTK settings of the whole driver.
    pub async fn with_media(width: u32, height: u32, features: &[(&str, &str)]) -> Option<Browser> {
        match Engine::current() {
            Engine::Chromium => {
                let b = Browser::start(width, height).await;
                b.emulate_media("", features).await;
                Some(b)
            }
            Engine::Firefox => {
                let mut prefs = Map::new();
                for (name, value) in features {
                    let (pref, v) = match (*name, *value) {
                        ("prefers-color-scheme", v) => (
                            "layout.css.prefers-color-scheme.content-override",
                            json!(if v == "dark" { 0 } else { 1 }),
                        ),
                        ("prefers-reduced-motion", v) => {
                            ("ui.prefersReducedMotion", json!(i32::from(v == "reduce")))
                        }
                        (other, _) => panic!("no Firefox preference for {other}"),
                    };
                    prefs.insert(pref.to_string(), v);
                }
                let mut options = Map::new();
                options.insert("prefs".to_string(), Value::Object(prefs));
                Some(Browser::launch_with(width, height, &[], options).await)
            }
            Engine::WebKit => {
                let defaults = features
                    .iter()
                    .all(|f| matches!(f.1, "light" | "no-preference"));
                if defaults {
                    Some(Browser::start(width, height).await)
                } else {
                    None
                }
            }
        }
    }

    /// Starts the engine's browser in a fresh profile, its viewport
    /// `width`×`height` CSS px. `args` (Chromium switches) and `options`
    /// (added to `goog:chromeOptions`) are Chromium's; the other engines
    /// take from `options` what they can do over WebDriver: `prefs` (Firefox
    /// has `intl.accept_languages` too) and the device pixel ratio of
    /// `mobileEmulation` (Firefox's `layout.css.devPixelsPerPx`).
    async fn launch_with(
        width: u32,
        height: u32,
        args: &[String],
        options: Map<String, Value>,
    ) -> Browser {
        static SESSIONS: AtomicU32 = AtomicU32::new(0);
        mark_browser_crashes();
        let profile = std::env::temp_dir().join(format!(
            "lce-e2e-{}-{}",
            std::process::id(),
            SESSIONS.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&profile).expect("profile folder");
        let caps = match Engine::current() {
            Engine::Chromium => chromium_caps(width, height, args, options, &profile),
            Engine::Firefox => firefox_caps(&options),
            Engine::WebKit => webkit_caps(),
        };
        let log = std::env::var("LCE_DRIVER_LOG").ok();
        let console_read = log
            .and_then(|l| std::fs::metadata(l).ok())
            .map_or(0, |m| m.len());
        // Bounded: a driver whose browser failed to start can wait for it
        // for ever (WebKitWebDriver does).
        let client = tokio::time::timeout(
            Duration::from_secs(60),
            ClientBuilder::rustls()
                .expect("TLS roots")
                .capabilities(caps)
                .connect(&env("LCE_WEBDRIVER")),
        )
        .await
        .expect("a WebDriver session within 60 s (see the driver's log)")
        .expect("a WebDriver session");
        let session = client.session_id().await.ok().flatten();
        let b = Browser {
            client: Some(client),
            profile,
            console_read: std::cell::Cell::new(console_read),
            reports_read: std::cell::Cell::new(match Engine::current() {
                Engine::Chromium => 0,
                _ => csp_reports().len(),
            }),
            session,
        };
        if Engine::current() != Engine::Chromium {
            b.size_viewport(width, height).await;
        }
        b
    }

    /// Sizes the window so that its viewport is `width`×`height` (WebKit:
    /// MiniBrowser's window has a frame around the page, and is at least
    /// 447 px wide).
    async fn size_viewport(&self, width: u32, height: u32) {
        self.c()
            .set_window_size(width, height)
            .await
            .expect("window sized");
        let inner = self.js("return [innerWidth, innerHeight]", vec![]).await;
        let (w, h) = (
            inner[0].as_u64().unwrap_or(width.into()) as u32,
            inner[1].as_u64().unwrap_or(height.into()) as u32,
        );
        if (w, h) != (width, height) {
            self.c()
                .set_window_size(
                    width + width.saturating_sub(w),
                    height + height.saturating_sub(h),
                )
                .await
                .expect("window sized");
        }
    }

    pub fn c(&self) -> &Client {
        self.client.as_ref().expect("an open session")
    }

    /// Opens the site and waits until every chart has been drawn.
    pub async fn open(&self) {
        self.open_with("").await;
    }

    /// Opens the site with `query` (a share link's part after `?`, or
    /// empty) and waits until every chart has been drawn.
    pub async fn open_with(&self, query: &str) {
        self.open_url(&site_url(query)).await;
    }

    /// Opens `url` and waits until every chart has been drawn.
    pub async fn open_url(&self, url: &str) {
        self.c().goto(url).await.expect("page loads");
        if Engine::current() == Engine::WebKit {
            self.watch_console().await;
        }
        self.wait_charts().await;
    }

    /// Waits until every chart has been drawn: once the app has taken
    /// over, scrolls through the page as a reader would, so every section
    /// renders (`ui::defer` renders one as it comes near), then back.
    pub async fn wait_charts(&self) {
        self.taken_over().await;
        self.render_sections().await;
        for id in CHARTS.iter() {
            let drawn = self
                .c()
                .wait()
                .at_most(Duration::from_secs(30))
                // A chart whose panel shows its Table or Sources draws once shown.
                .for_element(Locator::Css(&format!(
                    "canvas#{id}:not([data-draws='0']), [hidden] canvas#{id}"
                )))
                .await;
            if let Err(e) = drawn {
                let state = self.page_state(id).await;
                panic!("{id} was never drawn: {e}\npage: {state}");
            }
        }
    }

    /// Scrolls each section still waiting to render (`.deferred`, see
    /// `ui::defer`) into view in turn, waiting for it to render
    /// (`lce-section-rendered`), then goes back: to the link's fragment if
    /// it has one (where the app keeps it), else to where the page was.
    /// Nothing when every section is in.
    pub async fn render_sections(&self) {
        let script = r#"
            const done = arguments[arguments.length - 1];
            const from = scrollY;
            let scrolled = false;
            const back = () => {
                if (!scrolled) return;
                const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
                if (target) target.scrollIntoView({ behavior: 'instant' });
                else scrollTo({ top: from, behavior: 'instant' });
            };
            const next = () => {
                const waiting = document.querySelector('#app .deferred');
                if (!waiting) { back(); done(null); return; }
                const timer = setTimeout(() => done(`#${waiting.id} did not render within 10 s of being scrolled to`), 10000);
                addEventListener('lce-section-rendered', () => { clearTimeout(timer); next(); }, { once: true });
                scrolled = true;
                waiting.scrollIntoView({ block: 'center', behavior: 'instant' });
            };
            next();
        "#;
        match self.c().execute_async(script, vec![]).await {
            Ok(Value::Null) => {}
            Ok(problem) => {
                let state = self.page_state("chart-industry").await;
                panic!("the page's sections did not all render: {problem}\npage: {state}");
            }
            Err(e) => panic!("could not scroll through the page: {e}"),
        }
    }

    /// Waits until the app has taken the prerendered page's place (boot.js
    /// `takeOver`): until then it is laid out but unseen, and WebDriver
    /// neither reads its text nor clicks it.
    pub async fn taken_over(&self) {
        let shown = self
            .c()
            .wait()
            .at_most(Duration::from_secs(30))
            .for_element(Locator::Css("#app:not(.app-pending)"))
            .await;
        if let Err(e) = shown {
            let state = self.page_state("chart-industry").await;
            panic!("the app never took the prerendered page's place: {e}\npage: {state}");
        }
    }

    /// What the page was doing when a wait ran out: enough to tell a page
    /// that never started from one the browser stopped painting.
    pub async fn page_state(&self, id: &str) -> String {
        let script = r#"
            const done = arguments[arguments.length - 1];
            const c = document.getElementById(arguments[0]);
            const probe = c && c.parentElement.querySelector('.chart-width');
            const state = {
                url: location.href,
                readyState: document.readyState,
                visibility: document.visibilityState,
                focus: document.hasFocus(),
                window: [innerWidth, innerHeight, devicePixelRatio],
                appChildren: document.body.childElementCount,
                canvas: c ? { draws: c.dataset.draws, width: c.width, probe: probe && probe.clientWidth,
                    // The probe's width at mount, how often its observer
                    // reported, and what the near observer said last.
                    atMount: probe && probe.dataset.atMount, reports: probe && probe.dataset.reports,
                    near: c.dataset.near, wait: c.dataset.wait,
                    // Where it is against the viewport: a chart far off
                    // screen waits to draw until it comes near.
                    rect: (({top, bottom, height}) => [Math.round(top), Math.round(bottom), Math.round(height)])(c.getBoundingClientRect()),
                    hidden: !!c.closest('[hidden]') } : null,
                // Every canvas's draws: one chart left blank, or the app stalled.
                canvases: [...document.querySelectorAll('canvas')].map((e) => `${e.id} ${e.dataset.draws} ${e.dataset.wait ?? ''}`),
                // What the page's main column holds: cards missing from it
                // mean the rendering stopped, not one chart.
                main: [...(document.querySelector('main')?.children ?? [])].map((e) => e.id || e.className || e.tagName),
                // What the WebKit console watcher saw (an error thrown
                // through the app's code, which a panic screen misses).
                problems: (window.__lceProblems || []).slice(),
                // Uncaught errors since the page started (static/boot.js),
                // in every engine, including before the watcher.
                errors: (window.__lceErrors || []).slice(),
                scrollY: Math.round(scrollY),
                fatal: !!document.querySelector('#fatal:not([hidden])'),
                started: !!window.wasmBindings,
                // The app still unseen over the prerendered page (boot.js `takeOver`).
                pending: !!document.querySelector('#app.app-pending'),
                // The Monte Carlo: its state (`<html data-mc>`), the lab's
                // status line, and the app's marks (the worker started,
                // ready, replaced; the takeover).
                mc: document.documentElement.dataset.mc ?? null,
                mcStatus: (document.getElementById('mc-status')?.textContent ?? '').slice(0, 80),
                marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('lce:'))
                    .map((m) => `${m.name} ${Math.round(m.startTime)}`),
                app: (document.getElementById('app')?.innerText ?? '').slice(0, 120),
                // Files fetched so far, with start and end (ms): a file
                // missing here was requested and never arrived.
                files: performance.getEntriesByType('resource').map(
                    (e) => `${e.name.split('/').pop()} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`),
                now: Math.round(performance.now()),
            };
            let frame = false;
            requestAnimationFrame(() => { frame = true; });
            setTimeout(() => { state.animationFrameWithin1s = frame; done(JSON.stringify(state)); }, 1000);
        "#;
        match self.c().execute_async(script, vec![Value::from(id)]).await {
            Ok(v) => v.as_str().map_or_else(|| v.to_string(), str::to_string),
            Err(e) => format!("(could not read it: {e})"),
        }
    }

    /// Waits, for at most `within`, until the canvas `id` has been drawn
    /// (with every section rendered, as [`Browser::wait_charts`] does).
    pub async fn wait_drawn(&self, id: &str, within: Duration) {
        self.taken_over().await;
        self.render_sections().await;
        let drawn = self
            .c()
            .wait()
            .at_most(within)
            .for_element(Locator::Css(&format!("canvas#{id}:not([data-draws='0'])")))
            .await;
        if let Err(e) = drawn {
            let state = self.page_state(id).await;
            panic!("{id} was never drawn: {e}\npage: {state}");
        }
    }

    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.c()
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    pub async fn text(&self, id: &str) -> String {
        self.c()
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|e| panic!("#{id}: {e}"))
            .text()
            .await
            .expect("text")
    }

    /// Scrolls `#id` into view (if it is not) and lets two frames pass: a
    /// chart far off screen draws a change only once it comes near
    /// (`src/ui/near.rs`), as a reader scrolling to it would see.
    pub async fn in_view(&self, id: &str) {
        self.c()
            .execute_async(
                r#"const [id, done] = arguments;
                   const e = document.getElementById(id);
                   if (e) e.scrollIntoView({block: 'nearest'});
                   requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));"#,
                vec![json!(id)],
            )
            .await
            .unwrap_or_else(|e| panic!("scrolling to #{id}: {e}"));
    }

    /// How often the canvas has drawn, once it is in view (see [`Self::in_view`]).
    pub async fn draws(&self, id: &str) -> u64 {
        self.in_view(id).await;
        self.js(
            "return Number(document.getElementById(arguments[0]).dataset.draws)",
            vec![json!(id)],
        )
        .await
        .as_u64()
        .unwrap_or(0)
    }

    /// Share of the canvas's pixels that are not white background.
    pub async fn ink(&self, id: &str) -> f64 {
        self.in_view(id).await;
        self.js(
            r#"const c = document.getElementById(arguments[0]);
               const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
               let inked = 0;
               for (let i = 0; i < d.length; i += 4) {
                 if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) inked++;
               }
               return inked / (d.length / 4);"#,
            vec![json!(id)],
        )
        .await
        .as_f64()
        .unwrap_or(0.0)
    }

    pub async fn pixels(&self, id: &str) -> String {
        self.in_view(id).await;
        self.js(
            "return document.getElementById(arguments[0]).toDataURL()",
            vec![json!(id)],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Clicks `#id` as a reader would, with it in the middle of the screen
    /// first: chromedriver scrolls an element to the very top, under the
    /// sticky section bar, and then refuses the click as intercepted.
    pub async fn click(&self, id: &str) {
        // Scrolled to the middle, then two frames for the layout to settle:
        // the driver clicks at the element's centre as it is then, and a
        // click that lands on something else is reported, not lost.
        let hit = self
            .c()
            .execute_async(
                r#"const [id, done] = arguments;
                   const e = document.getElementById(id);
                   if (!e) return done(null);
                   e.scrollIntoView({block: 'center', inline: 'nearest'});
                   requestAnimationFrame(() => requestAnimationFrame(() => {
                     const r = e.getBoundingClientRect();
                     const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                     done(!at || e.contains(at) ? null
                       : `${at.tagName.toLowerCase()}#${at.id}.${at.className} covers it at ${Math.round(r.left)},${Math.round(r.top)}`);
                   }));"#,
                vec![json!(id)],
            )
            .await
            .unwrap_or_else(|e| panic!("scroll to #{id}: {e}"));
        if let Some(cover) = hit.as_str() {
            println!("click #{id}: {cover}");
        }
        self.c()
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|e| panic!("#{id}: {e}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("click #{id}: {e}"));
    }

    pub async fn visible(&self, id: &str) -> bool {
        self.js(
            "const e = document.getElementById(arguments[0]); return !!e && e.offsetParent !== null",
            vec![json!(id)],
        )
        .await
        .as_bool()
        .unwrap_or(false)
    }

    /// The text behind a download link (a blob URL), fetched in the page.
    pub async fn download(&self, link_id: &str) -> (String, String) {
        let got = self
            .js(
                // A click makes the blob (the link is "#" until used); the
                // browser's own download is stopped after the page's handler.
                r#"const a = document.getElementById(arguments[0]);
                   const stop = e => e.preventDefault();
                   window.addEventListener('click', stop);
                   a.click();
                   window.removeEventListener('click', stop);
                   return fetch(a.href).then(r => r.text()).then(t => [a.download, t]);"#,
                vec![json!(link_id)],
            )
            .await;
        (
            got[0].as_str().unwrap_or_default().to_string(),
            got[1].as_str().unwrap_or_default().to_string(),
        )
    }

    /// Points at the first pixel of `rgb` in the canvas (scanning rows from
    /// the top): moves the mouse there, or taps it with a finger on a phone.
    pub async fn point_at_colour(&self, canvas: &str, rgb: [u8; 3], touch: bool) {
        // Drawn with the latest state before its pixels are read.
        self.in_view(canvas).await;
        let at = self
            .js(
                r#"const c = document.getElementById(arguments[0]);
                   c.scrollIntoView({block: 'center'});
                   const [r, g, b] = arguments[1];
                   const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                   const box = c.getBoundingClientRect();
                   const k = c.width / box.width;
                   for (let i = 0; i < d.length; i += 4) {
                     if (d[i] === r && d[i + 1] === g && d[i + 2] === b) {
                       const px = (i / 4) % c.width, py = Math.floor(i / 4 / c.width);
                       // A few pixels into the mark, away from its edge.
                       return [box.left + (px + 4 * k) / k, box.top + (py + 4 * k) / k];
                     }
                   }
                   return null;"#,
                vec![json!(canvas), json!(rgb)],
            )
            .await;
        let (Some(x), Some(y)) = (at[0].as_f64(), at[1].as_f64()) else {
            panic!("no pixel of {rgb:?} in #{canvas}");
        };
        self.point(x, y, touch).await;
    }

    /// Points at (`x`, `y`) in the viewport, rounded to whole pixels: moves
    /// the mouse there, or taps it with a finger on a phone.
    pub async fn point(&self, x: f64, y: f64, touch: bool) {
        let to = PointerAction::MoveTo {
            duration: None,
            x: x.round(),
            y: y.round(),
        };
        if touch {
            let tap = TouchActions::new("finger".to_string())
                .then(to)
                .then(PointerAction::Down {
                    button: MOUSE_BUTTON_LEFT,
                })
                .then(PointerAction::Up {
                    button: MOUSE_BUTTON_LEFT,
                });
            self.c().perform_actions(tap).await.expect("tapped");
        } else {
            let mouse = MouseActions::new("mouse".to_string()).then(to);
            self.c().perform_actions(mouse).await.expect("mouse moved");
        }
    }

    /// The industry's projected 2030 size as the page states it, without the
    /// Monte Carlo's band note, which arrives later from the worker.
    pub async fn projected(&self) -> String {
        let text = self.text("industry-last").await;
        text.split(';')
            .next()
            .unwrap_or_default()
            .trim_end_matches('.')
            .to_string()
    }

    /// Presses `keys` together (a chord, as Shift+Tab) on whatever has the
    /// focus, as a keyboard does: unlike [`Browser::keys`], nothing is
    /// focused first and a field's caret stays where it is.
    pub async fn press(&self, keys: &[char]) {
        let mut actions = KeyActions::new("keyboard".to_string());
        for k in keys {
            actions = actions.then(KeyAction::Down { value: *k });
        }
        for k in keys.iter().rev() {
            actions = actions.then(KeyAction::Up { value: *k });
        }
        self.c()
            .perform_actions(actions)
            .await
            .expect("keys pressed");
    }

    /// Presses keys on a slider, as a keyboard user would.
    pub async fn keys(&self, id: &str, keys: &str) {
        let el = self.c().find(Locator::Id(id)).await.expect("slider");
        el.send_keys(keys).await.expect("keys sent");
    }

    /// Polls `cond` until it holds, for at most 10 s.
    pub async fn until<F, Fut>(&self, what: &str, mut cond: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !cond().await {
            if Instant::now() >= deadline {
                let state = self.page_state("chart-gmv").await;
                panic!("timed out waiting for {what}\npage: {state}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Console entries at warning level or above since the last call.
    ///
    /// Chromium: chromedriver's browser log. Firefox: its console as it
    /// writes it to the driver's log (`devtools.console.stdout.content`),
    /// errors and warnings alike. WebKit: WebKitWebDriver has no log
    /// command and MiniBrowser keeps its console to itself, so the page is
    /// watched from inside (see [`Browser::watch_console`]), plus the
    /// error screen a panic shows. In both, the policy violations the
    /// browser reported to the suite's server too.
    pub async fn console_problems(&self) -> Vec<String> {
        let mut problems = match Engine::current() {
            Engine::Chromium => return self.chromium_console().await,
            Engine::Firefox => self.firefox_console(),
            Engine::WebKit => self.watched_console().await,
        };
        problems.extend(self.new_csp_reports());
        problems
    }

    /// The server's CSP reports since the last call (Firefox and WebKit
    /// report the page's violations there; their consoles do not show them
    /// over WebDriver, nor the ones made while the page loads).
    pub fn new_csp_reports(&self) -> Vec<String> {
        let all = csp_reports();
        let new = all
            .get(self.reports_read.get()..)
            .unwrap_or_default()
            .to_vec();
        self.reports_read
            .set(all.len().max(self.reports_read.get()));
        new
    }

    async fn chromium_console(&self) -> Vec<String> {
        let log = self
            .c()
            .issue_cmd(Chromedriver {
                path: "se/log",
                body: json!({ "type": "browser" }),
            })
            .await
            .expect("chromedriver's browser log");
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|e| matches!(e["level"].as_str(), Some("SEVERE" | "WARNING")))
            .map(|e| format!("{}: {}", e["level"], e["message"]))
            .collect()
    }

    /// Firefox's errors and warnings written to the driver's log since the
    /// last read.
    fn firefox_console(&self) -> Vec<String> {
        use std::io::{Read, Seek, SeekFrom};
        let Ok(mut file) = std::fs::File::open(env("LCE_DRIVER_LOG")) else {
            return vec!["the driver's log cannot be read".to_string()];
        };
        let mut text = String::new();
        let from = self.console_read.get();
        if file.seek(SeekFrom::Start(from)).is_err() || file.read_to_string(&mut text).is_err() {
            return vec!["the driver's log cannot be read".to_string()];
        }
        self.console_read.set(from + text.len() as u64);
        text.lines()
            .filter(|l| firefox_page_problem(l))
            .map(str::to_string)
            .collect()
    }

    /// Starts recording, inside the page, what its console would show as an
    /// error or a warning: `console.error`/`warn`, uncaught errors and
    /// rejections, Content-Security-Policy violation events, and whatever
    /// a buffered `ReportingObserver` still holds (WebKit 2.50 keeps no
    /// CSP reports there: violations while loading come from the server's
    /// reports instead). Used where the engine gives no console over
    /// WebDriver (WebKit), from [`Browser::open_url`] on: a page opened
    /// with a bare `goto` is checked by its error screen and the reports.
    pub async fn watch_console(&self) {
        self.js(
            r#"if (window.__lceProblems) return;
               const seen = window.__lceProblems = [];
               for (const level of ['error', 'warn']) {
                 const orig = console[level].bind(console);
                 console[level] = (...a) => { seen.push(level + ': ' + a.join(' ')); orig(...a); };
               }
               addEventListener('error', e => seen.push('error: ' + e.message));
               addEventListener('unhandledrejection', e => seen.push('rejection: ' + e.reason));
               document.addEventListener('securitypolicyviolation',
                 e => seen.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
               if (window.ReportingObserver) {
                 new ReportingObserver(rs => rs.forEach(r => seen.push(r.type + ': ' + JSON.stringify(r.body))),
                                       {buffered: true}).observe();
               }"#,
            vec![],
        )
        .await;
    }

    /// What [`Browser::watch_console`] recorded since the last call, and
    /// the error screen if a panic showed it.
    async fn watched_console(&self) -> Vec<String> {
        let got = self
            .js(
                r#"const out = (window.__lceProblems || []).splice(0);
                   const f = document.getElementById('fatal');
                   if (f && !f.hidden && f.offsetParent !== null)
                     out.push('error screen: ' + (f.dataset.detail || ''));
                   return out;"#,
                vec![],
            )
            .await;
        got.as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    }

    /// Runs a Chrome DevTools Protocol command (`cmd`, as in
    /// "Emulation.setEmulatedMedia") and returns its result.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.c()
            .issue_cmd(Chromedriver {
                path: "goog/cdp/execute",
                body: json!({ "cmd": cmd, "params": params }),
            })
            .await
            .unwrap_or_else(|e| panic!("{cmd}: {e}"))
    }

    /// Emulates CSS media: `media` ("print", "screen" or "" for none) and
    /// features such as `("prefers-color-scheme", "dark")`.
    pub async fn emulate_media(&self, media: &str, features: &[(&str, &str)]) {
        let features: Vec<Value> = features
            .iter()
            .map(|(n, v)| json!({ "name": n, "value": v }))
            .collect();
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "media": media, "features": features }),
        )
        .await;
    }

    pub async fn close(mut self) {
        if let Some(c) = self.client.take() {
            let _ = c.close().await;
        }
    }
}

/// Headless Chromium's capabilities: quiet switches, `args`, the profile
/// folder, and `options` in `goog:chromeOptions`.
fn chromium_caps(
    width: u32,
    height: u32,
    args: &[String],
    options: Map<String, Value>,
    profile: &std::path::Path,
) -> Map<String, Value> {
    let mut chrome_args: Vec<String> = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    .map(str::to_string)
    .to_vec();
    chrome_args.extend_from_slice(args);
    chrome_args.push(format!("--user-data-dir={}", profile.display()));
    chrome_args.push(format!("--window-size={width},{height}"));
    let mut chrome = Map::new();
    chrome.insert("binary".to_string(), json!(env("LCE_CHROME")));
    chrome.insert("args".to_string(), json!(chrome_args));
    chrome.extend(options);
    let mut caps = Map::new();
    caps.insert("browserName".to_string(), json!("chrome"));
    caps.insert("goog:chromeOptions".to_string(), Value::Object(chrome));
    caps.insert("goog:loggingPrefs".to_string(), json!({ "browser": "ALL" }));
    caps
}

/// Headless Firefox's capabilities. Its console goes to its standard
/// output, which is the driver's log (see [`Browser::console_problems`]);
/// the window is sized over WebDriver once it runs (headless Firefox ignores `--window-size`).
fn firefox_caps(options: &Map<String, Value>) -> Map<String, Value> {
    let ratio = options
        .get("mobileEmulation")
        .and_then(|m| m["deviceMetrics"]["pixelRatio"].as_f64())
        .unwrap_or(1.0);
    let mut prefs = Map::new();
    // The page's console, not the browser's own (which, with no network,
    // complains about its experiments and remote settings).
    prefs.insert("devtools.console.stdout.content".to_string(), json!(true));
    prefs.insert("devtools.console.stdout.chrome".to_string(), json!(false));
    for quiet in [
        "messaging-system.rsexperimentloader.enabled",
        "app.normandy.enabled",
        "browser.backup.enabled",
        "browser.backup.scheduled.enabled",
    ] {
        prefs.insert(quiet.to_string(), json!(false));
    }
    prefs.insert(
        "layout.css.devPixelsPerPx".to_string(),
        json!(format!("{ratio}")),
    );
    if options.contains_key("mobileEmulation") {
        // A phone's coarse pointer and touch events (Firefox's test
        // preferences; 1 is "coarse", with no fine pointer and no hover).
        prefs.insert("ui.primaryPointerCapabilities".to_string(), json!(1));
        prefs.insert("ui.allPointerCapabilities".to_string(), json!(1));
        prefs.insert("dom.w3c_touch_events.enabled".to_string(), json!(1));
    }
    if let Some(Value::Object(p)) = options.get("prefs") {
        prefs.extend(p.clone());
    }
    let mut caps = Map::new();
    caps.insert("browserName".to_string(), json!("firefox"));
    caps.insert(
        "moz:firefoxOptions".to_string(),
        json!({
            "binary": env("LCE_BROWSER"),
            "args": ["-headless"],
            "prefs": prefs,
            // The headless screen, which no window outgrows (1366 × 768
            // unless set): room for the suite's 4K layout.
            "env": { "MOZ_HEADLESS_WIDTH": "3840", "MOZ_HEADLESS_HEIGHT": "2400" },
        }),
    );
    caps
}

/// WebKitGTK's MiniBrowser in automation mode (under the Xvfb display the
/// xtask started the driver in).
fn webkit_caps() -> Map<String, Value> {
    let mut caps = Map::new();
    caps.insert("browserName".to_string(), json!("MiniBrowser"));
    caps.insert(
        "webkitgtk:browserOptions".to_string(),
        json!({ "binary": env("LCE_BROWSER"), "args": ["--automation"] }),
    );
    caps
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let (Some(_), Some(id)) = (self.client.take(), &self.session) {
            end_session(id);
        }
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// Whether a line of Firefox's standard output is the page's console
/// error or warning. The page's console calls print as `console.error:
/// "text" …` (the app logs strings), its uncaught errors as `JavaScript
/// error: http://…`; the browser's own modules, which with no network
/// complain about remote settings, print from `resource://` files or
/// through named consoles (`console.error: RSLoader: …`).
fn firefox_page_problem(line: &str) -> bool {
    let named_console = |rest: &str| {
        rest.split_once(": ").is_some_and(|(name, _)| {
            name.chars().all(|c| c.is_ascii_alphanumeric()) && !name.is_empty()
        }) || rest.trim_end().ends_with(':')
    };
    if let Some(rest) = line
        .strip_prefix("console.error: ")
        .or_else(|| line.strip_prefix("console.warn: "))
    {
        return !named_console(rest);
    }
    ["JavaScript error: http", "JavaScript warning: http"]
        .iter()
        .any(|k| line.starts_with(k))
}

/// Ends WebDriver session `id` with a plain blocking `DELETE` (a drop, as
/// in a failed test's unwinding, cannot wait for the async client).
fn end_session(id: &str) {
    // Waits for the answer: the next test's session must find this one gone.
    let _ = blocking_http(
        "DELETE",
        &format!(
            "{}/session/{id}",
            env("LCE_WEBDRIVER").trim_end_matches('/')
        ),
    );
}

/// A GET of `url` on loopback (a file of the site), blocking: its body.
pub fn http_get(url: &str) -> Option<String> {
    blocking_http("GET", url)
}

/// One plain HTTP/1.1 request on loopback, blocking; the reply's body, or
/// None when there is no answer.
fn blocking_http(method: &str, url: &str) -> Option<String> {
    use std::io::{Read, Write};
    let url = url::Url::parse(url).ok()?;
    let host = format!(
        "{}:{}",
        url.host_str().unwrap_or("127.0.0.1"),
        url.port_or_known_default().unwrap_or(80)
    );
    let mut stream = std::net::TcpStream::connect(&host).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .ok()?;
    write!(
        stream,
        "{method} {} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
        url.path()
    )
    .ok()?;
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).ok()?;
    let reply = String::from_utf8_lossy(&reply).into_owned();
    reply
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_string())
}

/// Holds one browser's wasm back at the suite's server until dropped (the
/// xtask's `WASM_GATE`): its page loads, and the app cannot start. Other
/// tests' browsers, running alongside, are not held.
pub struct WasmHeld(String);

impl WasmHeld {
    /// Gives `b` the gate's cookie (from a page of the site: a cookie is
    /// set for the page's origin) and closes the gate on it. `b` is then
    /// on a blank 404 page of the site.
    pub async fn hold(b: &Browser) -> WasmHeld {
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let token = format!("{}-{n}", std::process::id());
        let site = env("LCE_SITE");
        b.c()
            .goto(&format!("{site}__wasm-gate/here"))
            .await
            .expect("a page of the site");
        // The xtask's `WASM_GATE_COOKIE`. The domain and SameSite are said:
        // chromedriver refuses a cookie without a domain, and Chromium one
        // that is `SameSite=None` (fantoccini's default) but not secure.
        let host = url::Url::parse(&site)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "127.0.0.1".to_owned());
        let cookie = fantoccini::cookies::Cookie::parse(format!(
            "lce-wasm-gate={token}; Path=/; Domain={host}; SameSite=Lax"
        ))
        .expect("a well-formed cookie");
        b.c().add_cookie(cookie).await.expect("the gate's cookie");
        let closed = blocking_http("GET", &format!("{site}__wasm-gate/close/{token}"));
        assert!(
            closed.is_some(),
            "the suite's server did not answer __wasm-gate/close"
        );
        WasmHeld(token)
    }

    /// Lets the wasm through.
    pub fn release(self) {}
}

impl Drop for WasmHeld {
    fn drop(&mut self) {
        // Also when a test fails: a later request with the cookie must come.
        let site = env("LCE_SITE");
        blocking_http("GET", &format!("{site}__wasm-gate/open/{}", self.0));
    }
}

/// Every Content-Security-Policy report the suite's server has received
/// (it collects them in Firefox and WebKit runs; see the xtask's
/// `StaticServer::logging` with reports), each as `directive blocked-uri`.
pub fn csp_reports() -> Vec<String> {
    let body = blocking_http("GET", &format!("{}__csp-reports", env("LCE_SITE")));
    let list: Value = body
        .and_then(|b| serde_json::from_str(&b).ok())
        .unwrap_or(Value::Null);
    list.as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            let r = &r["csp-report"];
            let directive = r["effective-directive"]
                .as_str()
                .or_else(|| r["violated-directive"].as_str())
                .unwrap_or("?");
            format!(
                "CSP report: {directive} {}",
                r["blocked-uri"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

/// A chromedriver command outside W3C WebDriver: a POST of `body` to
/// `session/<id>/<path>` (`se/log` for the browser console,
/// `goog/cdp/execute` for DevTools).
#[derive(Debug)]
pub struct Chromedriver {
    pub path: &'static str,
    pub body: Value,
}

impl WebDriverCompatibleCommand for Chromedriver {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// The site's address with `query` (a share link's part after `?`, or empty).
pub fn site_url(query: &str) -> String {
    let site = env("LCE_SITE");
    if query.is_empty() {
        site
    } else {
        format!("{site}?{query}")
    }
}

/// The query the address bar shows, without `?`.
pub async fn query(b: &Browser) -> String {
    b.js("return location.search.replace(/^\\?/, '')", vec![])
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// An input's value.
/// Copies the embed code of the chart the toolbar's picker holds and
/// returns it, as shown in its field.
pub async fn embed_code(b: &Browser) -> String {
    b.click("copy-embed").await;
    b.c()
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Id("embed-code"))
        .await
        .expect("the embed code is shown");
    value(b, "embed-code").await
}

pub async fn value(b: &Browser, id: &str) -> String {
    b.js(
        "return document.getElementById(arguments[0]).value",
        vec![json!(id)],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

/// Puts `text` into an input and commits it (the `change` event a user's
/// typing and leaving the field fires). WebDriver's clear-then-type fires a
/// change for the empty field first, which is not what a user does.
/// Share of a canvas's pixels inked by a drawn chart: more than its axes
/// and gridlines alone (under 1%); the platforms chart, markers only, inks
/// about 2%.
pub const INKED: f64 = 0.015;

pub async fn type_into(b: &Browser, id: &str, text: &str) {
    b.js(
        r#"const el = document.getElementById(arguments[0]);
           el.focus();
           el.value = arguments[1];
           el.dispatchEvent(new Event('input', {bubbles: true}));
           el.dispatchEvent(new Event('change', {bubbles: true}));
           el.blur();"#,
        vec![json!(id), json!(text)],
    )
    .await;
}

pub async fn checked(b: &Browser, id: &str) -> bool {
    b.js(
        "const e = document.getElementById(arguments[0]); return !!e && e.checked",
        vec![json!(id)],
    )
    .await
    .as_bool()
    .unwrap_or(false)
}

/// Names in the saved list, in order.
pub async fn saved_names(b: &Browser) -> Vec<String> {
    let v = b
        .js(
            "return [...document.querySelectorAll('#saved-list .saved-name')].map(e => e.textContent)",
            vec![],
        )
        .await;
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect()
}

/// Types `name` into the save field and saves.
pub async fn save_as(b: &Browser, name: &str) {
    let before = saved_names(b).await.len();
    b.js(
        "document.getElementById('save-name').value = arguments[0]",
        vec![json!(name)],
    )
    .await;
    b.click("save-scenario").await;
    b.until("the scenario in the list", || async {
        saved_names(b).await.len() == before + 1
    })
    .await;
}

/// Saves the scenario as it is under "Article", then with the Article's
/// high preset as "Article, high", and compares the two: waits until the
/// comparison's chart is drawn.
pub async fn compare_article_with_high(b: &Browser) {
    save_as(b, "Article").await;
    b.click("preset-article-high").await;
    b.until("the preset", || async {
        checked(b, "preset-article-high").await
    })
    .await;
    save_as(b, "Article, high").await;
    b.click("saved-compare-0").await;
    b.click("saved-compare-1").await;
    b.wait_drawn("chart-compare-industry", Duration::from_secs(10))
        .await;
}

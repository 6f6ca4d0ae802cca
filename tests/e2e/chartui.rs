//! Charts people can use: legend toggles (kept in the share link), the
//! log/linear switch on every value axis, the crosshair readout under a
//! pointer, a finger or the arrow keys, the bar highlight, and descriptions
//! written from the data.

use super::*;

/// An attribute of an element, or "" when it has none.
async fn attr(b: &Browser, id: &str, name: &str) -> String {
    b.js(
        "const e = document.getElementById(arguments[0]); return e ? (e.getAttribute(arguments[1]) || '') : '';",
        vec![json!(id), json!(name)],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

/// The text of an element even when it is visually hidden.
async fn text_content(b: &Browser, id: &str) -> String {
    b.js(
        "const e = document.getElementById(arguments[0]); return e ? e.textContent : '';",
        vec![json!(id)],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

async fn exists(b: &Browser, id: &str) -> bool {
    b.js(
        "return !!document.getElementById(arguments[0])",
        vec![json!(id)],
    )
    .await
    .as_bool()
    .unwrap_or(false)
}

/// Waits until the canvas has been drawn more than `before` times.
async fn redrawn(b: &Browser, canvas: &str, before: u64) {
    b.until(&format!("{canvas} to redraw"), || async {
        b.draws(canvas).await > before
    })
    .await;
}

/// Points at the fraction (`fx`, `fy`) of the canvas's box: a mouse move, or
/// a tap with a finger.
async fn point_at(b: &Browser, canvas: &str, (fx, fy): (f64, f64), touch: bool) -> (f64, f64) {
    let at = b
        .js(
            r#"const c = document.getElementById(arguments[0]);
               c.scrollIntoView({block: 'center'});
               const r = c.getBoundingClientRect();
               return [r.left + r.width * arguments[1], r.top + r.height * arguments[2], r.left];"#,
            vec![json!(canvas), json!(fx), json!(fy)],
        )
        .await;
    let (Some(x), Some(y), Some(left)) = (at[0].as_f64(), at[1].as_f64(), at[2].as_f64()) else {
        panic!("no box for #{canvas}: {at}");
    };
    b.point(x, y, touch).await;
    (x.round() - left, y)
}

async fn wait_for(b: &Browser, id: &str) {
    b.c()
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Id(id))
        .await
        .unwrap_or_else(|e| panic!("#{id} never appeared: {e}"));
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn a_legend_entry_hides_and_shows_its_series_by_click_enter_and_space() {
    let b = Browser::start(1200, 900).await;
    b.open().await;
    let canvas = "chart-platforms";
    let entry = "platforms-series-0";
    assert_eq!(attr(&b, entry, "aria-pressed").await, "true");
    let shown = b.pixels(canvas).await;
    let drawn = b.draws(canvas).await;
    b.click(entry).await;
    redrawn(&b, canvas, drawn).await;
    assert_eq!(attr(&b, entry, "aria-pressed").await, "false");
    assert!(attr(&b, entry, "class").await.contains("off"));
    let hidden = b.pixels(canvas).await;
    assert_ne!(hidden, shown, "hiding a series left the chart unchanged");
    // Enter on the focused entry shows it again: the same picture as before.
    let drawn = b.draws(canvas).await;
    b.keys(entry, "\u{E007}").await;
    redrawn(&b, canvas, drawn).await;
    assert_eq!(attr(&b, entry, "aria-pressed").await, "true");
    assert_eq!(b.pixels(canvas).await, shown);

    // Space hides the industry projection: less ink on the chart.
    let canvas = "chart-industry";
    let entry = "industry-series-0";
    let ink = b.ink(canvas).await;
    let drawn = b.draws(canvas).await;
    b.keys(entry, " ").await;
    redrawn(&b, canvas, drawn).await;
    assert_eq!(attr(&b, entry, "aria-pressed").await, "false");
    let less = b.ink(canvas).await;
    assert!(less < ink, "ink {ink} → {less} after hiding the projection");
    // Hidden series are part of the share link, by slug; the platforms
    // entry, shown again, is not.
    b.until("the address bar to hide the projection", || async {
        query(&b).await.contains("hide.industry=projection")
    })
    .await;
    assert!(!query(&b).await.contains("hide.platforms"));
    // Chromium's advice about this test's own repeated pixel reads aside.
    let problems: Vec<String> = b
        .console_problems()
        .await
        .into_iter()
        .filter(|p| !p.contains("willReadFrequently"))
        .collect();
    assert!(problems.is_empty(), "console: {problems:#?}");
    b.close().await;
}

/// The id of `panel`'s legend button for the series `slug` (its
/// `data-series`), or "" when its legend has none.
async fn legend_entry(b: &Browser, panel: &str, slug: &str) -> String {
    b.js(
        r#"const [panel, slug] = arguments;
           const e = [...document.querySelectorAll('button.legend-toggle')]
             .find(e => e.id.startsWith(panel + '-series-') && e.dataset.series === slug);
           return e ? e.id : '';"#,
        vec![json!(panel), json!(slug)],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

/// Every legend button's id and `aria-pressed`.
async fn legend_states(b: &Browser) -> Vec<(String, String)> {
    let v = b
        .js(
            r#"return [...document.querySelectorAll('button.legend-toggle')]
                 .map(e => [e.id, e.getAttribute('aria-pressed') || '']);"#,
            vec![],
        )
        .await;
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|p| {
                    (
                        p[0].as_str().unwrap_or_default().to_string(),
                        p[1].as_str().unwrap_or_default().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Waits for the Monte Carlo run, whose bands redraw the projection charts.
async fn monte_carlo_done(b: &Browser) {
    b.until("the Monte Carlo to finish", || async {
        b.text("mc-status").await.contains("seed")
    })
    .await;
}

/// Issue 16, point 9: a link keeps everything on screen. A legend entry
/// hidden by the reader goes into the address bar, the share link and the
/// embed code (`hide.<panel>=<slug>`); that link, opened in a fresh browser,
/// shows the entry hidden (`aria-pressed="false"`) and the chart drawn
/// without it, in the full page and embedded.
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn a_hidden_legend_entry_travels_in_the_link_and_opens_hidden() {
    let b = Browser::start(1200, 900).await;
    b.open().await;
    let projection = legend_entry(&b, "industry", "projection").await;
    let kuaishou = legend_entry(&b, "platforms", "kuaishou-article").await;
    assert!(
        !projection.is_empty() && !kuaishou.is_empty(),
        "legend entries missing"
    );
    for (entry, canvas) in [
        (&projection, "chart-industry"),
        (&kuaishou, "chart-platforms"),
    ] {
        assert_eq!(attr(&b, entry, "aria-pressed").await, "true", "#{entry}");
        let drawn = b.draws(canvas).await;
        b.click(entry).await;
        redrawn(&b, canvas, drawn).await;
        assert_eq!(attr(&b, entry, "aria-pressed").await, "false", "#{entry}");
    }
    b.until("the address bar to hold the hidden series", || async {
        let q = query(&b).await;
        q.contains("hide.industry=projection") && q.contains("hide.platforms=kuaishou-article")
    })
    .await;
    b.until("the share link to hold them", || async {
        let link = value(&b, "share-link").await;
        link.contains("hide.industry=projection")
            && link.contains("hide.platforms=kuaishou-article")
    })
    .await;
    let link = value(&b, "share-link").await;
    assert!(link.starts_with(&env("LCE_SITE")), "{link}");
    // The embed code (the industry chart by default) carries them too.
    let code = embed_code(&b).await;
    let embed_src = code
        .split('"')
        .nth(1)
        .unwrap_or_default()
        .replace("&amp;", "&");
    assert!(
        embed_src.contains("hide.industry=projection") && embed_src.contains("embed=industry"),
        "{embed_src}"
    );
    b.close().await;

    // A fresh browser opens the link with both entries hidden, and only them.
    let b = Browser::start(1200, 900).await;
    b.open_url(&link).await;
    let projection = legend_entry(&b, "industry", "projection").await;
    let kuaishou = legend_entry(&b, "platforms", "kuaishou-article").await;
    let states = legend_states(&b).await;
    assert!(states.len() > 5, "{states:?}");
    for (id, pressed) in &states {
        let want = if *id == projection || *id == kuaishou {
            "false"
        } else {
            "true"
        };
        assert_eq!(pressed, want, "#{id}: {states:?}");
    }
    assert!(attr(&b, &projection, "class").await.contains("off"));
    // Drawn without the projection: showing it adds ink.
    monte_carlo_done(&b).await;
    let canvas = "chart-industry";
    let without = b.ink(canvas).await;
    assert!(without > 0.0, "the chart is drawn");
    let drawn = b.draws(canvas).await;
    b.click(&projection).await;
    redrawn(&b, canvas, drawn).await;
    assert_eq!(attr(&b, &projection, "aria-pressed").await, "true");
    let with = b.ink(canvas).await;
    assert!(with > without, "ink {without} hidden → {with} shown");
    b.until("the address bar to show the projection again", || async {
        let q = query(&b).await;
        !q.contains("hide.industry") && q.contains("hide.platforms=kuaishou-article")
    })
    .await;

    // The embedded chart opens with the projection hidden too.
    b.c().goto(&embed_src).await.expect("embed view");
    b.wait_drawn(canvas, Duration::from_secs(30)).await;
    let entry = legend_entry(&b, "industry", "projection").await;
    assert!(!entry.is_empty(), "the embedded chart has its legend");
    assert_eq!(attr(&b, &entry, "aria-pressed").await, "false");
    let problems: Vec<String> = b
        .console_problems()
        .await
        .into_iter()
        .filter(|p| !p.contains("willReadFrequently"))
        .collect();
    assert!(problems.is_empty(), "console: {problems:#?}");
    b.close().await;
}

/// Links made before hidden series were kept (no `hide.*`) open with every
/// legend entry shown, and the plain address too.
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn an_old_link_opens_with_every_legend_entry_shown() {
    let b = Browser::start(1200, 900).await;
    for link in [
        "v=1&preset=what-happened&reading=corrected&tab.gmv=table&tab.industry=sources",
        "v=2&preset=article-high&reading=as-printed",
        "",
    ] {
        b.open_with(link).await;
        let states = legend_states(&b).await;
        assert!(states.len() > 5, "{link}: {states:?}");
        for (id, pressed) in &states {
            assert_eq!(pressed, "true", "{link}: #{id}");
            assert!(
                !attr(&b, id, "class").await.contains("off"),
                "{link}: #{id}"
            );
        }
        let q = query(&b).await;
        assert!(!q.contains("hide."), "{link}: {q}");
    }
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn every_value_axis_switches_between_log_and_linear() {
    let b = Browser::start(1200, 900).await;
    b.open().await;
    for id in PANELS {
        let canvas = format!("chart-{id}");
        let switch = format!("{id}-log");
        if !exists(&b, &canvas).await {
            continue;
        }
        assert!(exists(&b, &switch).await, "#{switch} missing");
        let checked_now = || async {
            b.js(
                "return document.getElementById(arguments[0]).checked",
                vec![json!(switch)],
            )
            .await
            .as_bool()
        };
        let was = checked_now().await;
        let before = b.pixels(&canvas).await;
        let drawn = b.draws(&canvas).await;
        b.js(
            "document.getElementById(arguments[0]).scrollIntoView({block: 'center'})",
            vec![json!(switch)],
        )
        .await;
        b.click(&switch).await;
        redrawn(&b, &canvas, drawn).await;
        assert_eq!(
            checked_now().await,
            was.map(|w| !w),
            "#{switch} did not flip"
        );
        assert_ne!(
            b.pixels(&canvas).await,
            before,
            "{id}: the scale changed nothing"
        );
    }
    // The industry chart's scale is part of the share link.
    b.until("the address bar to say scale=linear", || async {
        let url = b.c().current_url().await.expect("url").to_string();
        url.contains("scale=linear")
    })
    .await;
    let problems = b.console_problems().await;
    assert!(problems.is_empty(), "console: {problems:#?}");
    b.close().await;
}

/// The readout's year and rows after pointing at 77% across the industry
/// chart, high above the line.
async fn crosshair_readout(b: &Browser, touch: bool) {
    // A finished Monte Carlo run redraws the fan: let it land first, so the
    // count below measures pointing alone.
    b.until("the Monte Carlo to finish", || async {
        b.text("mc-status").await.contains("seed")
    })
    .await;
    let drawn = b.draws("chart-industry").await;
    let (x, _) = point_at(b, "chart-industry", (0.77, 0.2), touch).await;
    wait_for(b, "chart-industry-tip").await;
    wait_for(b, "chart-industry-crosshair").await;
    let tip = b.text("chart-industry-tip").await;
    assert!(tip.contains("2027") || tip.contains("2028"), "{tip}");
    assert!(tip.contains("Projection: "), "{tip}");
    assert!(tip.contains(" bn") || tip.contains(" trn"), "{tip}");
    // The crosshair stands at the pointer's year, within half a year.
    let left = b
        .js(
            "return document.getElementById('chart-industry-crosshair').offsetLeft",
            vec![],
        )
        .await
        .as_f64()
        .unwrap_or(-1.0);
    let width = b
        .js(
            "return document.getElementById('chart-industry').clientWidth",
            vec![],
        )
        .await
        .as_f64()
        .unwrap_or(1.0);
    assert!(
        (left - x).abs() < width / 12.0 / 2.0 + 2.0,
        "crosshair at {left}, pointer at {x}"
    );
    assert_eq!(
        b.draws("chart-industry").await,
        drawn,
        "pointing redrew the chart"
    );
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn hovering_a_time_chart_shows_a_crosshair_with_each_series_value() {
    let b = Browser::start(1200, 900).await;
    b.open().await;
    crosshair_readout(&b, false).await;
    // On a bar chart the bar under the pointer is outlined. The topmost
    // is Douyin's 180 bn: by default Kuaishou's bar is its corrected 40–50.
    b.point_at_colour("chart-gmv", [0, 114, 178], false).await;
    wait_for(&b, "chart-gmv-highlight").await;
    let tip = b.text("chart-gmv-tip").await;
    assert!(tip.contains("Douyin"), "{tip}");
    let problems = b.console_problems().await;
    assert!(problems.is_empty(), "console: {problems:#?}");
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn a_tap_shows_the_same_readout_as_hovering() {
    let b = Browser::phone().await;
    b.open().await;
    crosshair_readout(&b, true).await;
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn arrow_keys_move_the_crosshair_year_by_year() {
    let b = Browser::start(1200, 900).await;
    b.open().await;
    let canvas = "chart-industry";
    assert_eq!(attr(&b, canvas, "tabindex").await, "0");
    b.keys(canvas, HOME).await;
    wait_for(&b, "chart-industry-tip").await;
    b.until("the readout at 2019", || async {
        b.text("chart-industry-tip").await.starts_with("2019")
    })
    .await;
    b.keys(canvas, ARROW_RIGHT).await;
    b.until("the readout at 2020", || async {
        b.text("chart-industry-tip").await.starts_with("2020")
    })
    .await;
    b.keys(canvas, END).await;
    b.until("the readout at 2030", || async {
        b.text("chart-industry-tip").await.starts_with("2030")
    })
    .await;
    b.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn each_chart_is_described_from_its_data_and_the_description_follows_the_sliders() {
    let b = Browser::start(1200, 900).await;
    b.open().await;
    for id in PANELS {
        let canvas = format!("chart-{id}");
        if !exists(&b, &canvas).await {
            continue;
        }
        let by = attr(&b, &canvas, "aria-describedby").await;
        assert_eq!(by, format!("{id}-description"));
        assert!(
            !attr(&b, &canvas, "aria-label").await.is_empty(),
            "{id} has no name"
        );
        let text = text_content(&b, &by).await;
        assert!(text.len() > 20, "{id}: {text:?}");
    }
    let before = text_content(&b, "industry-description").await;
    assert!(before.contains("433.8 bn"), "{before}");
    b.keys("growth-2020", ARROW_RIGHT).await;
    b.until("the description to change", || async {
        text_content(&b, "industry-description").await != before
    })
    .await;
    b.close().await;
}

//! Usable by hand on a phone: every control is a finger-sized target, and a
//! swipe that starts on a slider scrolls the page without moving it.

use super::*;
use serde_json::json;

/// Every panel showing `tab`.
fn every_panel(tab: &str) -> String {
    let query: Vec<String> = PANELS.iter().map(|p| format!("tab.{p}={tab}")).collect();
    query.join("&")
}

/// Every visible control of the page that is too small for a finger: its
/// hit area (the element, its labels and what grows it, such as the story
/// numbers' `::after`) must cover the 44 × 44 px square around its centre.
/// Links inside running text are excepted, as WCAG 2.5.5 does.
async fn small_targets(b: &Browser) -> Vec<String> {
    let found = b
        .js(
            r#"const controls = [...document.querySelectorAll(
                 'button, a[href], input, select, textarea, summary, [role=tab], [role=slider], [tabindex="0"]')];
               const small = [];
               const inText = a => a.tagName === 'A' && getComputedStyle(a).display === 'inline'
                 && a.parentElement && a.parentElement.textContent.trim().length > a.textContent.trim().length;
               for (const el of controls) {
                 let r = el.getBoundingClientRect();
                 // Not shown (hidden views, closed skip links, off-screen file inputs).
                 if (r.width < 2 || r.height < 2 || el.closest('[hidden]') || inText(el)
                     || getComputedStyle(el).visibility === 'hidden') continue;
                 el.scrollIntoView({block: 'center', inline: 'center'});
                 // The target: the control itself, or with its labels (a
                 // tap on a label is a tap on its control).
                 const labels = [...(el.labels || [])].filter(l => l.getBoundingClientRect().width > 0);
                 const mine = n => n && (el.contains(n) || labels.some(l => l.contains(n)));
                 // 22 px either way is 44 px; 20.5 allows for sub-pixel rounding.
                 const d = 20.5;
                 const around = rects => {
                   const left = Math.min(...rects.map(q => q.left)), right = Math.max(...rects.map(q => q.right));
                   const top = Math.min(...rects.map(q => q.top)), bottom = Math.max(...rects.map(q => q.bottom));
                   const cx = (left + right) / 2, cy = (top + bottom) / 2;
                   const misses = [];
                   for (const [dx, dy] of [[-d, 0], [d, 0], [0, -d], [0, d], [-d, -d], [d, d], [-d, d], [d, -d]]) {
                     const hit = document.elementFromPoint(cx + dx, cy + dy);
                     if (!mine(hit)) misses.push(`${dx},${dy} (${hit ? hit.tagName.toLowerCase() + '#' + hit.id + '.' + hit.className : 'nothing'})`);
                   }
                   return misses;
                 };
                 const own = around([el.getBoundingClientRect()]);
                 const misses = own.length && labels.length
                   ? around([el, ...labels].map(n => n.getBoundingClientRect()))
                   : own;
                 r = el.getBoundingClientRect();
                 if (misses.length) {
                   small.push(`${el.tagName.toLowerCase()}#${el.id || ''}.${el.className || ''} ` +
                     `"${(el.textContent || el.value || '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)} misses ${misses.join(' ')}`);
                 }
               }
               return small;"#,
            vec![],
        )
        .await;
    found
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Under a touch pointer (a phone), every control on every screen of the
/// page is at least 44 × 44 px of hit area: buttons, fields, selects, tabs,
/// checkboxes with their labels, the sliders and the story's numbers.
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn hand_every_control_is_a_finger_sized_target_on_a_phone() {
    only_in!(Chromium, Firefox; NEEDS_PHONE);
    let b = Browser::phone().await;
    b.open().await;
    let coarse = b
        .js("return matchMedia('(pointer: coarse)').matches", vec![])
        .await;
    assert_eq!(coarse, json!(true), "the phone has a touch pointer");
    let mut failures = small_targets(&b).await;
    // The Table and Sources views, and a saved scenario's buttons.
    b.open_with(&every_panel("table")).await;
    failures.extend(small_targets(&b).await);
    b.open_with(&every_panel("sources")).await;
    failures.extend(small_targets(&b).await);
    save_as(&b, "Mine").await;
    failures.extend(small_targets(&b).await);
    failures.sort();
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} controls smaller than 44 × 44 px:\n{}",
        failures.len(),
        failures.join("\n")
    );
    b.close().await;
}

/// Where a slider's thumb and page sit, and what the link says.
async fn slider_state(b: &Browser, id: &str) -> (String, f64, String) {
    let v = b
        .js(
            "return [document.getElementById(arguments[0]).value, scrollY, location.search]",
            vec![json!(id)],
        )
        .await;
    (
        v[0].as_str().unwrap_or_default().to_string(),
        v[1].as_f64().unwrap_or(-1.0),
        v[2].as_str().unwrap_or_default().to_string(),
    )
}

/// A vertical swipe that starts on a slider's track scrolls the page and
/// leaves the value (and the link) alone; a sideways drag still moves it.
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn hand_a_vertical_swipe_on_a_slider_scrolls_and_keeps_its_value() {
    only_in!(Chromium; NEEDS_CDP);
    let b = Browser::phone().await;
    b.open().await;
    let id = "growth-2021";
    b.js(
        "document.getElementById(arguments[0]).scrollIntoView({block: 'center'})",
        vec![json!(id)],
    )
    .await;
    let (value, scroll, link) = slider_state(&b, id).await;
    // A point on the track well away from the thumb: a tap there would
    // jump the value.
    let at = b
        .js(
            r#"const r = document.getElementById(arguments[0]).getBoundingClientRect();
               const el = document.getElementById(arguments[0]);
               const f = (el.value - el.min) / (el.max - el.min);
               return [r.left + r.width * (f > 0.5 ? 0.1 : 0.9), r.top + r.height / 2]"#,
            vec![json!(id)],
        )
        .await;
    let (x, y) = (at[0].as_f64().unwrap_or(0.0), at[1].as_f64().unwrap_or(0.0));
    let finger = |kind: &str, x: f64, y: f64| json!({ "type": kind, "touchPoints": if kind == "touchEnd" { json!([]) } else { json!([{ "x": x, "y": y }]) } });
    b.cdp("Input.dispatchTouchEvent", finger("touchStart", x, y))
        .await;
    for step in 1..=10 {
        b.cdp(
            "Input.dispatchTouchEvent",
            finger("touchMove", x, y - f64::from(step) * 30.0),
        )
        .await;
    }
    b.cdp("Input.dispatchTouchEvent", finger("touchEnd", x, y))
        .await;
    b.until("the page to scroll", || async {
        slider_state(&b, id).await.1 > scroll + 100.0
    })
    .await;
    let (after, _, after_link) = slider_state(&b, id).await;
    assert_eq!(after, value, "the swipe left the slider alone");
    assert_eq!(after_link, link, "and the link");

    // The swipe may fling the page on for a while: let it come to rest,
    // or the drag below would aim at where the slider was.
    let mut still = 0;
    let mut last = -1.0;
    while still < 3 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let y = slider_state(&b, id).await.1;
        still = if y == last { still + 1 } else { 0 };
        last = y;
    }
    // A sideways drag on the same slider moves it.
    b.js(
        "document.getElementById(arguments[0]).scrollIntoView({block: 'center'})",
        vec![json!(id)],
    )
    .await;
    let at = b
        .js(
            r#"const el = document.getElementById(arguments[0]);
               const r = el.getBoundingClientRect();
               const f = (el.value - el.min) / (el.max - el.min);
               return [r.left + 15 + (r.width - 30) * f, r.top + r.height / 2, r.width]"#,
            vec![json!(id)],
        )
        .await;
    let (x, y, w) = (
        at[0].as_f64().unwrap_or(0.0),
        at[1].as_f64().unwrap_or(0.0),
        at[2].as_f64().unwrap_or(0.0),
    );
    let dir = if x > w / 2.0 { -1.0 } else { 1.0 };
    b.cdp("Input.dispatchTouchEvent", finger("touchStart", x, y))
        .await;
    for step in 1..=8 {
        b.cdp(
            "Input.dispatchTouchEvent",
            finger("touchMove", x + dir * f64::from(step) * w / 20.0, y),
        )
        .await;
    }
    b.cdp("Input.dispatchTouchEvent", finger("touchEnd", x, y))
        .await;
    b.until("the drag to move the slider", || async {
        slider_state(&b, id).await.0 != value
    })
    .await;
    b.until("the link to follow", || async {
        slider_state(&b, id).await.2 != link
    })
    .await;

    // A tap on the track (no movement) sets the value there: the touch that
    // starts a swipe would have done the same without the hold.
    let (dragged, _, _) = slider_state(&b, id).await;
    let at = b
        .js(
            r#"const el = document.getElementById(arguments[0]);
               const r = el.getBoundingClientRect();
               const f = (el.value - el.min) / (el.max - el.min);
               return [r.left + r.width * (f > 0.5 ? 0.1 : 0.9), r.top + r.height / 2]"#,
            vec![json!(id)],
        )
        .await;
    let (x, y) = (at[0].as_f64().unwrap_or(0.0), at[1].as_f64().unwrap_or(0.0));
    b.cdp("Input.dispatchTouchEvent", finger("touchStart", x, y))
        .await;
    b.cdp("Input.dispatchTouchEvent", finger("touchEnd", x, y))
        .await;
    b.until("the tap to set the slider", || async {
        slider_state(&b, id).await.0 != dragged
    })
    .await;
    b.close().await;
}

/// The focused element's id and whether it is inside the editor.
async fn focus_in_editor(b: &Browser) -> (String, bool) {
    let v = b
        .js(
            "const e = document.activeElement; \
             return [e.id || e.tagName, !!e.closest('#assumption-editor')]",
            vec![],
        )
        .await;
    (
        v[0].as_str().unwrap_or_default().to_string(),
        v[1].as_bool().unwrap_or(false),
    )
}

/// The ids of the controls of the editor's rows, row by row.
async fn editor_grid(b: &Browser) -> Vec<Vec<String>> {
    let v = b
        .js(
            "return [...document.querySelectorAll('#assumption-editor tbody tr')].map(r => \
               [...r.querySelectorAll('input, select')].map(e => e.id || e.getAttribute('aria-label')))",
            vec![],
        )
        .await;
    serde_json::from_value(v).unwrap_or_default()
}

/// The scenario editor (about fifty fields) is one Tab stop: Tab enters it
/// and the next Tab leaves it, either way; the arrow keys move inside it,
/// and editing a number keeps its arrow keys for the caret.
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn hand_the_editor_is_one_tab_stop_with_arrow_keys_inside() {
    let b = Browser::start(1280, 900).await;
    b.open().await;
    let grid = editor_grid(&b).await;
    assert!(
        grid.len() >= 4 && grid[0].len() >= 4,
        "the editor: {grid:?}"
    );
    // From the control just before the editor, Tab goes in, and the next
    // Tab out to the control just after it.
    b.js(
        r#"const all = [...document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled])')]
             .filter(e => e.getClientRects().length && e.tabIndex >= 0);
           const first = all.findIndex(e => e.closest('#assumption-editor'));
           all[first - 1].focus();"#,
        vec![],
    )
    .await;
    const TAB: char = '\u{E004}';
    const SHIFT: char = '\u{E008}';
    b.press(&[TAB]).await;
    let (entered, inside) = focus_in_editor(&b).await;
    assert!(inside, "Tab enters the editor: {entered}");
    assert_eq!(entered, grid[0][0], "at its first field");
    b.press(&[TAB]).await;
    let (after, inside) = focus_in_editor(&b).await;
    assert!(!inside, "the next Tab leaves it: {after}");
    b.press(&[SHIFT, TAB]).await;
    let (back, inside) = focus_in_editor(&b).await;
    assert!(inside, "Shift+Tab comes back in: {back}");
    b.press(&[SHIFT, TAB]).await;
    let (before, inside) = focus_in_editor(&b).await;
    assert!(!inside, "and Shift+Tab again leaves: {before}");

    // Arrow keys: down a row, right along it, up again.
    const LEFT: char = '\u{E012}';
    const UP: char = '\u{E013}';
    const RIGHT: char = '\u{E014}';
    const DOWN: char = '\u{E015}';
    b.js(
        "document.getElementById(arguments[0]).focus(); document.getElementById(arguments[0]).select()",
        vec![json!(grid[0][0])],
    )
    .await;
    b.press(&[DOWN]).await;
    assert_eq!(focus_in_editor(&b).await.0, grid[1][0]);
    b.press(&[RIGHT]).await; // the text is selected on arriving
    assert_eq!(focus_in_editor(&b).await.0, grid[1][1]);
    b.press(&[UP]).await;
    assert_eq!(focus_in_editor(&b).await.0, grid[0][1]);
    // Editing: with the caret inside a number, Left moves the caret.
    b.js(
        "document.getElementById(arguments[0]).setSelectionRange(1, 1)",
        vec![json!(grid[0][1])],
    )
    .await;
    b.press(&[LEFT]).await;
    assert_eq!(
        focus_in_editor(&b).await.0,
        grid[0][1],
        "the caret moved, not the focus"
    );
    b.press(&[LEFT]).await; // at the start now: on to the left
    assert_eq!(focus_in_editor(&b).await.0, grid[0][0]);
    b.close().await;
}

/// The same finger on a slider through WebDriver's own touch actions, for
/// the engines without the DevTools protocol (Firefox, with touch events
/// on; MiniBrowser has no touch screen): a vertical swipe from the track
/// leaves the value and the link alone, a sideways drag moves it, a tap on
/// the track sets it. (Whether the page scrolls under a synthesized touch
/// is the browser's business, so only Chromium's version asserts it.)
#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn hand_a_finger_on_a_slider_by_webdriver_touch() {
    only_in!(Firefox; "Chromium runs the DevTools version above, which also checks the page scrolls; MiniBrowser has no touch screen");
    let b = Browser::phone().await;
    b.open().await;
    let id = "growth-2021";
    let track = |b: &Browser| {
        let c = b.c().clone();
        async move {
            let at = c
                .execute(
                    r#"const el = document.getElementById(arguments[0]);
                       el.scrollIntoView({block: 'center'});
                       const r = el.getBoundingClientRect();
                       const f = (el.value - el.min) / (el.max - el.min);
                       return [r.left + r.width * (f > 0.5 ? 0.1 : 0.9), r.top + r.height / 2,
                               r.left + 15 + (r.width - 30) * f, r.width]"#,
                    vec![json!("growth-2021")],
                )
                .await
                .expect("the slider's place");
            let n = |i: usize| at[i].as_f64().unwrap_or(0.0).round();
            (n(0), n(1), n(2), n(3))
        }
    };
    let finger = |path: Vec<(f64, f64)>| {
        let mut t = TouchActions::new("finger".to_string());
        let (x, y) = path[0];
        t = t
            .then(PointerAction::MoveTo {
                duration: None,
                x,
                y,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            });
        for (x, y) in path.into_iter().skip(1) {
            t = t.then(PointerAction::MoveTo {
                duration: Some(Duration::from_millis(20)),
                x,
                y,
            });
        }
        t.then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        })
    };
    let (value, _, link) = slider_state(&b, id).await;
    let (x, y, _, _) = track(&b).await;
    let up: Vec<(f64, f64)> = (0..=10)
        .map(|s| (x, (y - f64::from(s) * 30.0).max(1.0)))
        .collect();
    b.c().perform_actions(finger(up)).await.expect("swiped");
    let (after, _, after_link) = slider_state(&b, id).await;
    assert_eq!(after, value, "the swipe left the slider alone");
    assert_eq!(after_link, link, "and the link");

    let (_, y, thumb, w) = track(&b).await;
    let dir = if thumb > w / 2.0 { -1.0 } else { 1.0 };
    let side: Vec<(f64, f64)> = (0..=8)
        .map(|s| ((thumb + dir * f64::from(s) * w / 20.0).round(), y))
        .collect();
    b.c().perform_actions(finger(side)).await.expect("dragged");
    b.until("the drag to move the slider", || async {
        slider_state(&b, id).await.0 != value
    })
    .await;
    b.until("the link to follow", || async {
        slider_state(&b, id).await.2 != link
    })
    .await;

    let (dragged, _, _) = slider_state(&b, id).await;
    let (x, y, _, _) = track(&b).await;
    b.c()
        .perform_actions(finger(vec![(x, y)]))
        .await
        .expect("tapped");
    b.until("the tap to set the slider", || async {
        slider_state(&b, id).await.0 != dragged
    })
    .await;
    b.close().await;
}

//! The story view: the article retold with live numbers.

use super::*;

const ARROW_UP: &str = "\u{E013}";
const ARROW_DOWN: &str = "\u{E015}";
const SHIFT: &str = "\u{E008}";
/// Releases the modifier keys held down in a `send_keys` sequence.
const RELEASE: &str = "\u{E000}";
const DOUYIN: &str = "story-douyin-multiplier";

async fn now(b: &Browser, id: &str) -> f64 {
    b.js(
        "return Number(document.getElementById(arguments[0]).getAttribute('aria-valuenow'))",
        vec![json!(id)],
    )
    .await
    .as_f64()
    .unwrap_or(f64::NAN)
}

/// The story's Douyin sentence agrees with the one under the Douyin chart:
/// "Your ×20 gives 200 bn yuan in 2020: above both of the article's forecasts."
async fn assert_douyin_agrees(b: &Browser) {
    let result = b.text("douyin-result").await;
    let value = b.text("story-douyin-2020").await;
    let position = b.text("story-douyin-position").await;
    let (amount, year) = value
        .rsplit_once(" in ")
        .unwrap_or_else(|| panic!("{value:?}"));
    assert!(
        result.ends_with(&format!(" gives {amount} in {year}: {position}.")),
        "story {value:?} / {position:?} against {result:?}"
    );
    let knob = b.text(DOUYIN).await;
    assert!(
        result.starts_with(&format!("Your {knob} gives")),
        "{knob:?} against {result:?}"
    );
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn story_keys_redraw_the_charts_and_the_sentences_agree() {
    let b = Browser::start(1200, 900).await;
    b.open().await;
    assert_eq!(b.text(DOUYIN).await, "×5.48");
    assert_douyin_agrees(&b).await;
    assert_eq!(
        b.text("story-crossing").await,
        "the industry passes 1 trillion yuan in 2021"
    );

    // End: the slider's maximum, ×20.
    let drawn = b.draws("chart-douyin").await;
    b.keys(DOUYIN, END).await;
    b.until("the Douyin chart to redraw at ×20", || async {
        b.draws("chart-douyin").await > drawn && b.text("douyin-result").await.contains("×20")
    })
    .await;
    assert_eq!(
        b.text("douyin-result").await,
        "Your ×20 gives 200 bn yuan in 2020: above both of the article's forecasts."
    );
    assert_eq!(b.text("story-douyin-2020").await, "200 bn yuan in 2020");
    assert_douyin_agrees(&b).await;
    // The chart's own slider follows the story.
    assert_eq!(b.text("douyin-multiplier-value").await, "×20");

    // Shift+ArrowDown: a coarse step of 5, to ×15; then ArrowDown twice: ×14.
    let drawn = b.draws("chart-douyin").await;
    b.keys(DOUYIN, &format!("{SHIFT}{ARROW_DOWN}{RELEASE}"))
        .await;
    b.until("×15", || async { b.text(DOUYIN).await == "×15" })
        .await;
    b.keys(DOUYIN, &format!("{ARROW_DOWN}{ARROW_DOWN}")).await;
    b.until("×14", || async {
        b.text(DOUYIN).await == "×14" && b.draws("chart-douyin").await > drawn
    })
    .await;
    assert!((now(&b, DOUYIN).await - 14.0).abs() < 1e-3);
    assert_douyin_agrees(&b).await;
    assert_eq!(
        b.text("story-douyin-position").await,
        "above both of the article's forecasts"
    );
    // Down into the high forecast.
    b.keys(
        DOUYIN,
        &format!("{ARROW_DOWN}{ARROW_DOWN}{ARROW_DOWN}{ARROW_DOWN}"),
    )
    .await;
    b.until("×12", || async { b.text(DOUYIN).await == "×12" })
        .await;
    assert_eq!(
        b.text("story-douyin-position").await,
        "within the article's 10–12× forecast"
    );
    assert_douyin_agrees(&b).await;

    // The industry: slowest growth after 2020 and the trillion is not reached;
    // the story, the sentence under the chart and the chart all follow.
    let drawn = b.draws("chart-industry").await;
    b.keys("story-growth-2021", HOME).await;
    b.keys("story-growth-2023", HOME).await;
    b.until("the crossing sentences to change", || async {
        b.text("crossing-year").await == "The industry does not reach 1 trillion yuan by 2030."
            && b.text("story-crossing").await
                == "the industry does not reach 1 trillion yuan by 2030"
    })
    .await;
    b.until("the industry chart to redraw", || async {
        b.draws("chart-industry").await > drawn
    })
    .await;
    // Arrow up on the 2020 growth: ×2.05, 889.3 bn.
    b.keys("story-growth-2020", ARROW_UP).await;
    b.until("889.3 bn in 2020", || async {
        b.text("story-industry-2020").await == "889.3 bn yuan"
    })
    .await;
    assert!(
        b.text("growth-2020-value").await.starts_with("×2.05"),
        "{}",
        b.text("growth-2020-value").await
    );

    let problems = b.console_problems().await;
    assert!(problems.is_empty(), "console: {problems:#?}");
    b.close().await;
}

/// The centre of `#id` in the viewport, after scrolling it into view.
async fn centre(b: &Browser, id: &str) -> (f64, f64) {
    let at = b
        .js(
            r#"const e = document.getElementById(arguments[0]);
               e.scrollIntoView({block: 'center'});
               const r = e.getBoundingClientRect();
               return [r.left + r.width / 2, r.top + r.height / 2];"#,
            vec![json!(id)],
        )
        .await;
    (
        at[0].as_f64().unwrap_or(0.0).round(),
        at[1].as_f64().unwrap_or(0.0).round(),
    )
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn story_numbers_drag_with_a_mouse_and_a_finger() {
    let b = Browser::start(1200, 900).await;
    b.open().await;
    let drawn = b.draws("chart-douyin").await;
    let (x, y) = centre(&b, DOUYIN).await;
    // 150 px to the right doubles ×5.48: ×11 on the 0.5 grid.
    let mouse = MouseActions::new("mouse".to_string())
        .then(PointerAction::MoveTo {
            duration: None,
            x,
            y,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveTo {
            duration: Some(Duration::from_millis(300)),
            x: x + 150.0,
            y,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    b.c().perform_actions(mouse).await.expect("dragged");
    b.until("×11 after the drag", || async {
        b.text(DOUYIN).await == "×11" && b.draws("chart-douyin").await > drawn
    })
    .await;
    assert_douyin_agrees(&b).await;
    assert_eq!(
        b.text("douyin-result").await,
        "Your ×11 gives 110 bn yuan in 2020: within the article's 10–12× forecast."
    );
    // A drag is not a click: no text field opened.
    assert!(!b.visible(&format!("{DOUYIN}-input")).await);
    // The number kept the focus.
    let focused = b
        .js("return document.activeElement.id", vec![])
        .await
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(focused, DOUYIN);

    // A finger, up and down: 150 px down halves ×11 to ×5.5; the page
    // does not scroll meanwhile (touch-action: none).
    let (x, y) = centre(&b, DOUYIN).await;
    let scroll = b.js("return window.scrollY", vec![]).await.as_f64();
    let finger = TouchActions::new("finger".to_string())
        .then(PointerAction::MoveTo {
            duration: None,
            x,
            y,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveTo {
            duration: Some(Duration::from_millis(300)),
            x,
            y: y + 150.0,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    b.c().perform_actions(finger).await.expect("dragged");
    b.until("×5.5 after the finger's drag", || async {
        b.text(DOUYIN).await == "×5.5"
    })
    .await;
    assert_douyin_agrees(&b).await;
    let after = b.js("return window.scrollY", vec![]).await.as_f64();
    assert_eq!(after, scroll, "the page scrolled under the drag");

    // A tap opens the text field; typing and Enter apply.
    let (x, y) = centre(&b, DOUYIN).await;
    let tap = MouseActions::new("mouse".to_string())
        .then(PointerAction::MoveTo {
            duration: None,
            x,
            y,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    b.c().perform_actions(tap).await.expect("clicked");
    let input = format!("{DOUYIN}-input");
    b.until("the text field", || async { b.visible(&input).await })
        .await;
    b.js(
        "const i = document.getElementById(arguments[0]); i.value = '8';",
        vec![json!(input)],
    )
    .await;
    b.keys(&input, "\u{E007}").await;
    b.until("×8", || async { b.text(DOUYIN).await == "×8" })
        .await;
    assert_eq!(
        b.text("story-douyin-position").await,
        "between the article's two forecasts"
    );
    assert_douyin_agrees(&b).await;

    let problems = b.console_problems().await;
    assert!(problems.is_empty(), "console: {problems:#?}");
    b.close().await;
}

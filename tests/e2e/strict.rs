//! The strict page: CSP in force, a soak test over every control.

use super::*;
use fantoccini::wd::TimeoutConfiguration;
use serde_json::json;
use std::time::{Duration, Instant};

/// The policy index.html declares, directive by directive.
const POLICY: &[&str] = &[
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "connect-src 'self' blob:",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
];

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn the_page_runs_under_a_strict_content_security_policy() {
    let b = Browser::start(1200, 900).await;
    b.open().await;

    // The policy is in the page as served, and the page has no inline code.
    let served = b
        .js("return fetch(location.href).then(r => r.text())", vec![])
        .await
        .as_str()
        .unwrap_or_default()
        .to_string();
    let meta = b
        .js(
            r#"const m = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
               return m ? m.content : null;"#,
            vec![],
        )
        .await;
    let policy = meta.as_str().unwrap_or_default();
    let directives: Vec<&str> = policy.split(';').map(str::trim).collect();
    assert_eq!(directives, POLICY, "{policy}");
    assert!(
        served.contains("http-equiv=\"Content-Security-Policy\""),
        "{served}"
    );
    assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
    let code = served
        .split("<!--")
        .map(|part| part.split_once("-->").map_or(part, |(_, rest)| rest));
    for part in code {
        for tag in part.split("<script").skip(1) {
            let open = tag.split('>').next().unwrap_or_default();
            assert!(open.contains(" src="), "inline script: <script{open}>");
        }
        assert!(!part.contains(" style="), "style attribute in {part}");
        assert!(!part.contains("<style"), "style element in {part}");
    }
    assert!(
        !served.contains("lce-dev-reload"),
        "the dev server's hook is in the release build"
    );
    // The loader kept Trunk's global: the benchmark calls the app through it.
    let exported = b
        .js(
            "return typeof (window.wasmBindings && window.wasmBindings.lce_run_monte_carlo)",
            vec![],
        )
        .await;
    assert_eq!(exported, json!("function"));
    // Loading, drawing, the worker: nothing the policy refused.
    let problems = b.console_problems().await;
    assert!(problems.is_empty(), "console: {problems:#?}");

    // What the policy is for: none of these may run or load.
    let got = b
        .js(
            r#"return (async () => {
               const seen = [];
               const listen = e => seen.push(e.effectiveDirective + ' ' + e.blockedURI);
               document.addEventListener('securitypolicyviolation', listen);
               const out = {};
               const script = document.createElement('script');
               script.textContent = 'window.lceInlineRan = true;';
               document.head.appendChild(script);
               script.remove();
               out.inlineScript = window.lceInlineRan === true;
               // WebDriver's own script may eval (DevTools allows it while it
               // runs), so try from a later task, as page code would.
               await new Promise(done => setTimeout(() => {
                 try { eval('window.lceEvalRan = true'); } catch (e) { out.evalError = e.name; }
                 try { new Function('return 1')(); out.functionRan = true; } catch (e) { out.functionError = e.name; }
                 done();
               }, 0));
               out.eval = window.lceEvalRan === true;
               // The same from the page's own realm (a string timer): Firefox
               // runs WebDriver's scripts in a sandbox the page's policy does
               // not govern, so only this one counts there.
               setTimeout('window.lceTimerRan = true', 0);
               await new Promise(r => setTimeout(r, 0));
               out.stringTimer = window.lceTimerRan === true;
               const p = document.createElement('p');
               p.textContent = 'probe';
               document.body.appendChild(p);
               p.setAttribute('style', 'color: rgb(1, 2, 3)');
               out.styleAttribute = getComputedStyle(p).color === 'rgb(1, 2, 3)';
               p.removeAttribute('style');
               const button = document.createElement('button');
               button.setAttribute('onclick', 'window.lceHandlerRan = true');
               p.appendChild(button);
               button.click();
               p.remove();
               out.handler = window.lceHandlerRan === true;
               // Refused as it loads: no message ever comes, an error event does.
               out.blobWorker = await new Promise(done => {
                 try {
                   const w = new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], {type: 'text/javascript'})));
                   w.onmessage = () => done(true);
                   w.onerror = e => { e.preventDefault(); done(false); };
                 } catch (e) { done(false); }
               });
               // Another origin: a closed port on loopback, so nothing is sent
               // anywhere even if the policy failed.
               out.fetch = await fetch('http://127.0.0.1:9/lce-csp-probe').then(() => 'fetched', e => e.name);
               // Violation events are queued as tasks: wait for them.
               const until = performance.now() + 5000;
               // (Each kind once: where the suite's server collects reports,
               // the report-only copy of the policy fires its own events.)
               while (new Set(seen).size < 6 && performance.now() < until) {
                 await new Promise(r => setTimeout(r, 10));
               }
               document.removeEventListener('securitypolicyviolation', listen);
               out.seen = seen;
               return out;
               })();"#,
            vec![],
        )
        .await;
    for ran in [
        "inlineScript",
        "stringTimer",
        "styleAttribute",
        "handler",
        "blobWorker",
    ] {
        assert_ne!(got[ran], json!(true), "{ran} was allowed: {got:#}");
    }
    if Engine::current() != Engine::Firefox {
        for ran in ["eval", "functionRan"] {
            assert_ne!(got[ran], json!(true), "{ran} was allowed: {got:#}");
        }
        assert_eq!(got["evalError"], json!("EvalError"), "{got:#}");
    }
    assert_eq!(got["fetch"], json!("TypeError"), "{got:#}");
    let seen: Vec<String> = got["seen"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    for directive in [
        "script-src-elem inline",
        "script-src eval",
        "style-src-attr inline",
        "script-src-attr inline",
        "worker-src blob",
        "connect-src http://127.0.0.1:9/lce-csp-probe",
    ] {
        assert!(
            seen.iter().any(|s| s.starts_with(directive)),
            "no {directive} violation: {seen:#?}"
        );
    }
    // Each refusal is logged; nothing else went wrong, and the log is
    // empty again for what follows. (Only Chromium's console log shows
    // refusals over WebDriver: Firefox does not print them to its output,
    // and WebKit's watched console holds the events counted above.)
    let refused = b.console_problems().await;
    if Engine::current() == Engine::Chromium {
        assert!(!refused.is_empty(), "the violations were not logged");
        for line in &refused {
            assert!(
                line.contains("Content Security Policy") || line.contains("lce-csp-probe"),
                "not a CSP refusal: {line}"
            );
        }
    } else {
        // Firefox and WebKit report them to the suite's server (which is
        // how a violation while the page loads is seen there too): wait for
        // the reports, which the browser sends when it gets to it.
        let mut reported = refused;
        // Every kind provoked above, the string timer's `eval` included: a
        // report left out here may come after the wait, and the last check
        // below would take it for the app's own.
        let want = [
            "script-src eval",
            "script-src-elem",
            "style-src-attr",
            "script-src-attr",
            "connect-src",
        ];
        let has =
            |r: &[String], d: &str| r.iter().any(|l| l.starts_with(&format!("CSP report: {d}")));
        let deadline = Instant::now() + Duration::from_secs(10);
        while !want.iter().all(|d| has(&reported, d)) && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
            reported.extend(b.new_csp_reports());
        }
        for d in want {
            assert!(has(&reported, d), "no {d} report: {reported:#?}");
        }
        for line in &reported {
            assert!(line.starts_with("CSP"), "not a CSP refusal: {line}");
        }
    }

    // The app still works: a slider redraws.
    let drawn = b.draws("chart-industry").await;
    b.keys("growth-2023", HOME).await;
    b.until("a redraw", || async {
        b.draws("chart-industry").await > drawn
    })
    .await;
    let problems = b.console_problems().await;
    assert!(problems.is_empty(), "console: {problems:#?}");
    b.close().await;
}

/// How many interactions the soak test makes, and how many per script call.
const SOAK_STEPS: u64 = 10_000;
const SOAK_BATCH: u64 = 500;
/// In WebKit: MiniBrowser under Xvfb draws in software and takes about
/// 50 ms an interaction, so 10,000 would be 8 of the CI's 90 minutes. What
/// the soak exercises is the app's own logic, which the other two engines
/// run 10,000 times; WebKit runs a quarter of it.
const SOAK_STEPS_WEBKIT: u64 = 2_500;

/// `LCE_SOAK_STEPS` overrides [`SOAK_STEPS`] (to try a change quickly).
fn soak_steps() -> u64 {
    std::env::var("LCE_SOAK_STEPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(match Engine::current() {
            Engine::WebKit => SOAK_STEPS_WEBKIT,
            _ => SOAK_STEPS,
        })
}

/// The soak test's page script: `arguments` are the seed and how many
/// interactions to make. It finds every enabled, visible control on the page
/// anew (inputs, selects, buttons, tabs; not file inputs or links) whenever
/// the page may have changed, so controls added later are covered without
/// touching this test; picks one at random with a seeded generator
/// (`LCE_SOAK_SEED`; what the page does between interactions depends on
/// timing too, so a rerun is close to, not exactly, the same); and operates it
/// the way a person's browser would: a slider dragged (several `input`
/// events, then `change`) or stepped, a number or text typed (nonsense
/// too) and committed, a box ticked, an option chosen, a button or tab
/// clicked, arrow keys on tabs, the undo and redo shortcuts. Between bursts
/// of one to eight interactions (a person's quick succession of events
/// within a frame or two) it yields a task, so Yew renders, timers run and
/// the worker answers as they would between a person's actions; every 25th
/// time it waits for a frame. Downloads the page starts with a detached
/// link (the PNG) are counted instead of saved. It returns what it did,
/// by kind of control with the time spent acting and yielding, and the last
/// 40 steps for the failure message.
const SOAK_SCRIPT: &str = r#"
return (async (seed, count) => {
const S = window.lceSoak || (window.lceSoak = (() => {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const s = { rand, done: 0, log: [], kinds: {}, kindsSeen: {}, touched: new Set(), seen: new Set(), downloads: 0, ms: {} };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.hasAttribute('download')) { s.downloads++; return; }
    return click.call(this);
  };
  return s;
})());
const rand = S.rand;
const pick = list => list[Math.floor(rand() * list.length)];
const chance = p => rand() < p;

const CONTROLS = 'input, select, textarea, button, [role="tab"], [role="button"], [role="switch"], [role="checkbox"], [contenteditable="true"]';
const usable = el =>
  !el.disabled && !el.closest('fieldset:disabled') && !el.closest('a') &&
  el.type !== 'file' && el.type !== 'hidden' && el.getClientRects().length > 0;
const name = el => {
  const id = el.id ? '#' + el.id : el.tagName.toLowerCase() + (el.name ? `[name=${el.name}]` : '');
  const text = (el.textContent || '').trim().slice(0, 24);
  return el.id || !text ? id : `${id} "${text}"`;
};
const kind = el => {
  if (el.tagName === 'SELECT') return 'select';
  if (el.tagName === 'TEXTAREA' || el.isContentEditable) return 'text';
  if (el.tagName !== 'INPUT') return el.getAttribute('role') === 'tab' ? 'tab' : 'button';
  const t = (el.getAttribute('type') || 'text').toLowerCase();
  if (t === 'range' || t === 'number' || t === 'checkbox' || t === 'radio') return t;
  if (t === 'submit' || t === 'button' || t === 'reset' || t === 'image') return 'button';
  return 'text';
};

const input = (el, value) => {
  el.value = String(value);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: String(value) }));
};
const change = el => el.dispatchEvent(new Event('change', { bubbles: true }));
const key = (el, k, mods = {}) => {
  const init = { key: k, code: k.length === 1 ? 'Key' + k.toUpperCase() : k, bubbles: true, cancelable: true, ...mods };
  el.dispatchEvent(new KeyboardEvent('keydown', init));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
};
const texts = ['', ' ', 'My scenario', 'a', 'Ünïcødé ✓ 直播', '<b>bold</b>', '"quoted" & <tags>',
  '1e309', 'NaN', '-1', '12.5%', 'x'.repeat(300), '   padded   ', '😀😀', 'null', '0'];
const numbers = el => {
  const min = Number(el.min), max = Number(el.max);
  const lo = Number.isFinite(min) && el.min !== '' ? min : -1000;
  const hi = Number.isFinite(max) && el.max !== '' ? max : 1000;
  return [lo, hi, lo + (hi - lo) * rand(), (lo + (hi - lo) * rand()).toFixed(2), lo - 1, hi + 1,
    '', '-0', '0', '1e400', '-1e-9', '999999999999', '0.5', '3'];
};

function act(el) {
  const k = kind(el);
  S.kinds[k] = (S.kinds[k] || 0) + 1;
  S.touched.add(name(el));
  if (el.focus) el.focus({ preventScroll: true });
  switch (k) {
    case 'range': {
      const min = Number(el.min || 0), max = Number(el.max || 100);
      const step = el.step === 'any' || !Number(el.step) ? (max - min) / 100 : Number(el.step);
      const n = Math.max(1, Math.round((max - min) / step));
      if (chance(0.2)) {
        // Keyboard: arrows, Home, End move it one step or to an end.
        const k2 = pick(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp']);
        key(el, k2);
        const v = Number(el.value);
        const next = { ArrowLeft: v - step, ArrowDown: v - step, ArrowRight: v + step, ArrowUp: v + step,
          Home: min, End: max, PageUp: v + 10 * step }[k2];
        input(el, Math.min(max, Math.max(min, next)));
        change(el);
        return `${name(el)} ${k2} → ${el.value}`;
      }
      const moves = 1 + Math.floor(rand() * 4);
      for (let i = 0; i < moves; i++) input(el, min + step * Math.floor(rand() * (n + 1)));
      change(el);
      return `${name(el)} drag ×${moves} → ${el.value}`;
    }
    case 'number': {
      const v = pick(numbers(el));
      input(el, v);
      if (chance(0.85)) change(el);
      if (chance(0.2)) key(el, 'Enter');
      if (chance(0.5)) el.blur();
      return `${name(el)} = ${JSON.stringify(String(v))}`;
    }
    case 'text': {
      if (el.readOnly) { el.blur(); return `${name(el)} focused`; }
      const v = chance(0.7) ? pick(texts) : Array.from({ length: 1 + Math.floor(rand() * 40) },
        () => String.fromCharCode(32 + Math.floor(rand() * 95))).join('');
      if (el.isContentEditable) el.textContent = v; else input(el, v);
      if (chance(0.8)) change(el);
      if (chance(0.3)) {
        key(el, 'Enter');
        // Enter in a field submits its form, as a browser's implicit submission does.
        if (el.form && chance(0.5)) el.form.requestSubmit();
      }
      if (chance(0.5)) el.blur();
      return `${name(el)} = ${JSON.stringify(v.slice(0, 40))}`;
    }
    case 'checkbox':
    case 'radio':
      el.click();
      return `${name(el)} click → ${el.checked}`;
    case 'select': {
      const options = [...el.options].filter(o => !o.disabled);
      if (options.length) {
        el.selectedIndex = pick(options).index;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        change(el);
      }
      return `${name(el)} = ${el.value}`;
    }
    default:
      if (chance(0.15)) {
        const k2 = pick(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter', ' ', 'Escape', 'Tab']);
        key(el, k2);
        return `${name(el)} key ${JSON.stringify(k2)}`;
      }
      el.click();
      return `${name(el)} click`;
  }
}

function shortcut() {
  const target = document.activeElement || document.body;
  const [k, mods, label] = pick([
    ['z', { ctrlKey: true }, 'Ctrl+Z'],
    ['Z', { ctrlKey: true, shiftKey: true }, 'Ctrl+Shift+Z'],
    ['y', { ctrlKey: true }, 'Ctrl+Y'],
  ]);
  key(target, k, mods);
  return `${label} on ${name(target)}`;
}

const channel = new MessageChannel();
const nextTask = () => new Promise(r => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
const frame = () => new Promise(r => requestAnimationFrame(() => r()));

let errors = [];
const onError = e => errors.push(String(e.message || e.reason || e));
window.addEventListener('error', onError);
window.addEventListener('unhandledrejection', onError);
try {
  let burst = 0, burstLength = 1, yields = 0;
  // The page only changes when Yew renders, at a yield: find the controls
  // once per burst.
  let controls = null;
  for (let i = 0; i < count; i++) {
    if (!controls) {
      controls = [...document.querySelectorAll(CONTROLS)].filter(usable);
      controls.forEach(el => { S.seen.add(name(el)); S.kindsSeen[kind(el)] = true; });
    }
    const t0 = performance.now();
    const el = chance(0.04) || !controls.length ? null : pick(controls);
    const what = el ? act(el) : shortcut();
    const kk = el ? (/png/.test(el.id) ? 'png' : kind(el)) : 'shortcut';
    const t1 = performance.now();
    S.log.push(`${S.done + 1}: ${what}`);
    if (S.log.length > 40) S.log.shift();
    S.done++;
    let t2 = t1;
    if (++burst >= burstLength) {
      burst = 0;
      burstLength = 1 + Math.floor(rand() * 8);
      controls = null;
      await nextTask();
      t2 = performance.now();
      if (++yields % 25 === 0) await frame();
    }
    const m = S.ms[kk] || (S.ms[kk] = [0, 0, 0]);
    m[0] += 1; m[1] += t1 - t0; m[2] += t2 - t1;
  }
  await nextTask();
} finally {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onError);
}
const fatal = document.getElementById('fatal');
return {
  done: S.done, kinds: S.kinds, kindsSeen: Object.keys(S.kindsSeen), ms: S.ms, touched: S.touched.size, seen: S.seen.size,
  untouched: [...S.seen].filter(n => !S.touched.has(n)),
  downloads: S.downloads, errors, fatal: !!fatal && !fatal.hidden, log: S.log,
};
})(...arguments);
"#;

/// Moves `growth-2023` to the other end of its range (a change that always
/// changes the industry projection) and waits for #chart-industry to redraw,
/// its Chart view shown (the random steps may have left its Table open, and
/// a hidden chart draws when shown).
async fn redraws_after_a_slider_move(b: &Browser, after: u64) {
    b.js(
        "document.getElementById('industry-tab-chart')?.click()",
        vec![],
    )
    .await;
    let drawn = b.draws("chart-industry").await;
    let moved = b
        .js(
            r#"const s = document.getElementById('growth-2023');
               if (!s || s.disabled) return false;
               s.focus();
               s.value = Number(s.value) === Number(s.min) ? s.max : s.min;
               s.dispatchEvent(new Event('input', {bubbles: true}));
               s.dispatchEvent(new Event('change', {bubbles: true}));
               s.blur();
               return true;"#,
            vec![],
        )
        .await;
    assert_eq!(
        moved,
        json!(true),
        "after {after} steps: no usable #growth-2023"
    );
    b.until(
        &format!("#chart-industry to redraw after {after} steps"),
        || async { b.draws("chart-industry").await > drawn },
    )
    .await;
}

#[tokio::test]
#[ignore = "end-to-end: run by `cargo xtask test`"]
async fn ten_thousand_random_interactions_leave_the_page_working_and_the_console_clean() {
    let seed: u64 = std::env::var("LCE_SOAK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_201_127);
    let started = Instant::now();
    let b = Browser::start(1200, 900).await;
    b.c()
        .update_timeouts(TimeoutConfiguration::new(
            Some(Duration::from_secs(120)),
            None,
            None,
        ))
        .await
        .expect("script timeout");
    b.open().await;
    assert!(b.console_problems().await.is_empty());

    let mut last = Value::Null;
    let mut done = 0;
    let steps = soak_steps();
    while done < steps {
        let n = SOAK_BATCH.min(steps - done);
        let batch = Instant::now();
        let got = b.js(SOAK_SCRIPT, vec![json!(seed), json!(n)]).await;
        done += n;
        let log = got["log"].as_array().cloned().unwrap_or_default();
        let context = || {
            format!(
                "seed {seed} (rerun with LCE_SOAK_SEED={seed}), after {done} steps; the last ones:\n{}",
                log.iter()
                    .filter_map(|l| l.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        };
        assert_eq!(got["done"], json!(done), "{}", context());
        assert_eq!(got["fatal"], json!(false), "#fatal shown; {}", context());
        assert_eq!(got["errors"], json!([]), "uncaught errors; {}", context());
        let problems = b.console_problems().await;
        assert!(problems.is_empty(), "console: {problems:#?}\n{}", context());
        redraws_after_a_slider_move(&b, done).await;
        println!(
            "soak: {done} steps, batch {:.1} s, {} controls touched",
            batch.elapsed().as_secs_f64(),
            got["touched"]
        );
        last = got;
    }

    println!(
        "soak: [count, ms acting, ms yielding] by kind: {}",
        last["ms"]
    );
    // The page has every kind of control, and each kind found was used.
    let found: Vec<&str> = last["kindsSeen"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|k| k.as_str())
        .collect();
    for kind in [
        "range", "text", "checkbox", "radio", "select", "button", "tab",
    ] {
        assert!(
            found.contains(&kind),
            "no {kind} found on the page: {last:#}"
        );
    }
    for kind in found {
        assert!(
            last["kinds"][kind].as_u64().unwrap_or(0) > 0,
            "no {kind} was operated: {last:#}"
        );
    }
    assert!(
        last["touched"].as_u64().unwrap_or(0) >= 40,
        "few controls touched: {last:#}"
    );
    let fatal_shown = b.visible("fatal").await;
    assert!(!fatal_shown, "#fatal is shown");
    let problems = b.console_problems().await;
    assert!(problems.is_empty(), "console: {problems:#?}");
    println!(
        "soak: {steps} interactions (seed {seed}) in {:.1} s: {} controls touched of {} seen, by kind {}, {} downloads counted; never touched: {}",
        started.elapsed().as_secs_f64(),
        last["touched"],
        last["seen"],
        last["kinds"],
        last["downloads"],
        last["untouched"]
    );
    b.close().await;
}

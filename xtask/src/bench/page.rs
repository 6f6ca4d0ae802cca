//! The benchmark's measurements inside the page: time to all charts
//! painted, input-to-redraw latency (with a CPU profile of what it is spent
//! on) and memory after many slider changes. All of them read the User
//! Timing entries the app records (`src/ui/timing.rs`); the bench never
//! sleeps, it waits for the entry an input or a load produces.

use crate::webdriver::Session;
use anyhow::{Context, Result, bail};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::time::Duration;

/// The sliders the bench moves, round-robin, one step each: the article's
/// growth and multiplier sliders. Missing ones are skipped.
pub const SLIDERS: [&str; 4] = [
    "growth-2020",
    "growth-2021",
    "growth-2023",
    "douyin-multiplier",
];

/// Installed in the page after each load: moves sliders like a user (an
/// `input` event per step, the slider scrolled into view first) and waits
/// for the app's `lce:input-to-redraw` measure of that input. `steps(ids, n, {frames, record})` waits for an
/// animation frame before each step when `frames` (input arrives aligned
/// to frames, as Chrome delivers a drag), else for the next task.
const HELPERS: &str = r#"
window.__lceBench = (() => {
  const dirs = {};
  const tick = () => new Promise(r => {
    const c = new MessageChannel();
    c.port1.onmessage = () => r();
    c.port2.postMessage(0);
  });
  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
  function move(id) {
    const el = document.getElementById(id);
    if (!el) throw new Error('no slider #' + id);
    const min = +el.min, max = +el.max;
    const step = +el.step > 0 ? +el.step : (max - min) / 100;
    let dir = dirs[id] || 1;
    let v = +el.value + dir * step;
    if (v > max + step / 2 || v < min - step / 2) { dir = -dir; v = +el.value + dir * step; }
    dirs[id] = dir;
    el.value = String(v);
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }
  async function settled(after) {
    for (let i = 0; i < 20000; i++) {
      const e = performance.getEntriesByName('lce:input-to-redraw').filter(e => e.startTime >= after);
      if (e.length) return e[e.length - 1];
      await tick();
    }
    throw new Error('the app recorded no lce:input-to-redraw after an input');
  }
  async function steps(ids, n, opts) {
    const o = opts || {};
    const out = [];
    for (let i = 0; i < n; i++) {
      const id = ids[i % ids.length];
      const el = document.getElementById(id);
      const box = el ? el.getBoundingClientRect() : null;
      if (box && (box.top < 0 || box.bottom > innerHeight)) {
        // A reader sees the slider they move (and the charts around it,
        // the ones a step redraws: see src/ui/near.rs); the charts that
        // come near catch up here, outside the measured step.
        el.scrollIntoView({ block: 'center' });
        await frame(); await frame(); await tick();
      }
      if (o.frames) await frame(); else await tick();
      const before = performance.now();
      move(id);
      const e = await settled(before);
      if (o.record) {
        // The frame that shows the step: its paint follows the animation
        // frame callbacks, and a message posted from one comes after it.
        await frame();
        await tick();
        const painted = performance.now() - e.startTime;
        const d = e.detail || {};
        out.push({ slider: id, ms: e.duration, painted, charts: d.charts || [],
                   renderMs: d.renderMs, drawMs: d.drawMs || {}, piecesMs: d.piecesMs || {} });
      }
    }
    return out;
  }
  return { steps, tick };
})();
"#;

/// The sliders of [`SLIDERS`] the page has.
pub fn install(s: &Session) -> Result<Vec<String>> {
    s.execute(HELPERS, vec![])?;
    let found = s.execute(
        "return arguments[0].filter(id => { const e = document.getElementById(id); \
         return e && e.type === 'range'; })",
        vec![json!(SLIDERS)],
    )?;
    let ids: Vec<String> = found
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    if ids.is_empty() {
        bail!("the page has none of the sliders {SLIDERS:?}");
    }
    Ok(ids)
}

/// Runs `n` slider steps in the page; returns each step's record when
/// `record`.
pub fn steps(s: &Session, ids: &[String], n: usize, frames: bool, record: bool) -> Result<Value> {
    let r = s.execute_async(
        r#"const [ids, n, opts, done] = arguments;
           window.__lceBench.steps(ids, n, opts).then(
             out => done({ ok: true, out }),
             e => done({ ok: false, error: String(e && e.stack || e) }));"#,
        vec![
            json!(ids),
            json!(n),
            json!({ "frames": frames, "record": record }),
        ],
    )?;
    if r["ok"] != json!(true) {
        bail!("slider steps failed in the page: {}", r["error"]);
    }
    Ok(r["out"].clone())
}

// ---------------------------------------------------------------------------
// First load.

/// One load of the page: milliseconds from navigation start.
#[derive(Clone, Debug, Default)]
pub struct Load {
    pub charts_drawn: f64,
    /// When the app took the prerendered page's place (boot.js `takeOver`).
    pub took_over: f64,
    /// The main thread's long tasks (over 50 ms, the Long Tasks API, this
    /// machine's own CPU) from navigation until the app has taken over and
    /// its Monte Carlo's first result is in: their durations, longest first.
    pub long_tasks: Vec<f64>,
    pub charts_painted: f64,
    pub first_contentful_paint: f64,
    pub dom_content_loaded: f64,
    /// When the app's wasm finished downloading.
    pub wasm_loaded: f64,
    /// Each canvas's first draw: when it ended and how long it took.
    pub charts: BTreeMap<String, (f64, f64)>,
}

/// The long tasks of the load so far, once the app has taken over and its
/// Monte Carlo's first result is in, longest first. (Sections far below
/// render as they come near, `ui::defer`: not on the load path.)
fn load_long_tasks(s: &Session) -> Result<Vec<f64>> {
    s.wait_for(
        "the app taken over and the Monte Carlo's first result in",
        "return !document.querySelector('.prerendered')
           && ['done', 'failed'].includes(document.documentElement.dataset.mc)",
        Duration::from_secs(30),
    )?;
    let r = s.execute_async(
        r#"const done = arguments[arguments.length - 1];
           let seen = [];
           new PerformanceObserver((list) => { seen = seen.concat(list.getEntries()); })
             .observe({ type: 'longtask', buffered: true });
           // The buffered entries come in the observer's first callback.
           setTimeout(() => done(seen.map((e) => e.duration)), 300);"#,
        vec![],
    )?;
    let mut tasks: Vec<f64> = r
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_f64)
        .collect();
    tasks.sort_by(|a, b| b.total_cmp(a));
    Ok(tasks)
}

/// Loads `site` afresh and waits for the app's `lce:charts-painted` mark.
pub fn load(s: &Session, site: &str) -> Result<Load> {
    s.goto(site)?;
    s.wait_for(
        "the app's lce:charts-painted mark (every chart drawn and painted) and boot.js's lce:took-over",
        "return performance.getEntriesByName('lce:charts-painted').length > 0
           && performance.getEntriesByName('lce:took-over').length > 0",
        Duration::from_secs(60),
    )?;
    let r = s.execute(
        r#"const marks = performance.getEntriesByType('mark').filter(m => m.name.startsWith('lce:'));
           const nav = performance.getEntriesByType('navigation')[0] || {};
           const fcp = performance.getEntriesByName('first-contentful-paint')[0];
           const wasm = performance.getEntriesByType('resource')
             .filter(e => e.name.endsWith('_bg.wasm') && !e.name.includes('worker'))[0];
           return {
             marks: marks.map(m => ({ name: m.name, t: m.startTime, detail: m.detail })),
             canvases: [...document.querySelectorAll('canvas')].map(c => c.id),
             fcp: fcp ? fcp.startTime : null,
             dcl: nav.domContentLoadedEventEnd,
             wasm: wasm ? wasm.responseEnd : null,
           };"#,
        vec![],
    )?;
    let long_tasks = load_long_tasks(s)?;
    let mark = |name: &str| {
        r["marks"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|m| m["name"] == name)
            .and_then(|m| m["t"].as_f64())
    };
    let mut load = Load {
        charts_drawn: mark("lce:charts-drawn").unwrap_or(f64::NAN),
        took_over: mark("lce:took-over").unwrap_or(f64::NAN),
        long_tasks,
        charts_painted: mark("lce:charts-painted").unwrap_or(f64::NAN),
        first_contentful_paint: r["fcp"].as_f64().unwrap_or(f64::NAN),
        dom_content_loaded: r["dcl"].as_f64().unwrap_or(f64::NAN),
        wasm_loaded: r["wasm"].as_f64().unwrap_or(f64::NAN),
        charts: BTreeMap::new(),
    };
    for m in r["marks"].as_array().into_iter().flatten() {
        if let Some(id) = m["name"]
            .as_str()
            .and_then(|n| n.strip_prefix("lce:drawn:"))
        {
            load.charts.insert(
                id.to_owned(),
                (
                    m["t"].as_f64().unwrap_or(f64::NAN),
                    m["detail"]["drawMs"].as_f64().unwrap_or(f64::NAN),
                ),
            );
        }
    }
    // The app's mark must cover every canvas on the page.
    let missing: Vec<&str> = r["canvases"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(|id| !load.charts.contains_key(*id))
        .collect();
    if !missing.is_empty() {
        bail!("lce:charts-painted came before these canvases drew: {missing:?}");
    }
    if load.charts.is_empty() {
        bail!("the page drew no chart");
    }
    Ok(load)
}

// ---------------------------------------------------------------------------
// Input to redraw.

/// One slider step as the app measured it.
#[derive(Clone, Debug)]
pub struct Step {
    pub slider: String,
    /// From the input event to the last chart redrawn.
    pub ms: f64,
    /// From the input event to the next frame painted (the bench's own
    /// measure, not the app's).
    pub painted_ms: f64,
    /// Charts the step redrew.
    pub charts: Vec<String>,
    /// Input to the first redraw's start (Yew's render, `views::build`, …).
    pub render_ms: f64,
    /// Each chart's own drawing time.
    pub draw_ms: BTreeMap<String, f64>,
    /// Time in the pieces of work the app names (`timing::piece`).
    pub pieces_ms: BTreeMap<String, f64>,
}

pub fn parse_steps(v: &Value) -> Vec<Step> {
    v.as_array()
        .into_iter()
        .flatten()
        .map(|s| Step {
            slider: s["slider"].as_str().unwrap_or_default().to_owned(),
            ms: s["ms"].as_f64().unwrap_or(f64::NAN),
            painted_ms: s["painted"].as_f64().unwrap_or(f64::NAN),
            charts: s["charts"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|c| c.as_str().map(str::to_owned))
                .collect(),
            render_ms: s["renderMs"].as_f64().unwrap_or(f64::NAN),
            draw_ms: numbers(&s["drawMs"]),
            pieces_ms: numbers(&s["piecesMs"]),
        })
        .collect()
}

/// A JSON object of numbers as a map.
fn numbers(v: &Value) -> BTreeMap<String, f64> {
    v.as_object()
        .into_iter()
        .flatten()
        .map(|(k, v)| (k.clone(), v.as_f64().unwrap_or(f64::NAN)))
        .collect()
}

/// Self time of the page's main thread while it ran slider steps, by
/// function, from a CPU profile (DevTools protocol `Profiler`).
#[derive(Clone, Debug, Default)]
pub struct Profile {
    /// Milliseconds sampled, idle excluded.
    pub busy_ms: f64,
    /// (function, where, self ms), the largest first.
    pub top: Vec<(String, String, f64)>,
    /// Self ms by kind: wasm, the app's JavaScript glue, GC, other.
    pub kinds: BTreeMap<String, f64>,
}

/// Profiles `n` more slider steps (not counted in the latency figures),
/// and writes the whole profile to `out`.
pub fn profile(s: &Session, ids: &[String], n: usize, out: &std::path::Path) -> Result<Profile> {
    s.cdp("Profiler.enable", json!({}))?;
    s.cdp("Profiler.setSamplingInterval", json!({ "interval": 100 }))?;
    s.cdp("Profiler.start", json!({}))?;
    let ran = steps(s, ids, n, true, false);
    let profile = s.cdp("Profiler.stop", json!({}))?;
    s.cdp("Profiler.disable", json!({})).ok();
    ran?;
    // Kept for a closer look (DevTools' Performance panel loads it; the
    // README says how to see Rust's function names in it). Best effort: the
    // figures stand without it.
    if let Some(dir) = out.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(out, profile["profile"].to_string());
    Ok(summarise(&profile["profile"]))
}

fn summarise(p: &Value) -> Profile {
    let mut frames: BTreeMap<u64, (String, String)> = BTreeMap::new();
    for n in p["nodes"].as_array().into_iter().flatten() {
        let f = &n["callFrame"];
        let name = f["functionName"].as_str().unwrap_or_default();
        let url = f["url"].as_str().unwrap_or_default();
        let name = if name.is_empty() {
            "(anonymous)".to_owned()
        } else {
            name.to_owned()
        };
        let file = url.rsplit('/').next().unwrap_or_default().to_owned();
        let at = if url.starts_with("wasm://") || url.ends_with(".wasm") {
            "wasm".to_owned()
        } else {
            file
        };
        frames.insert(n["id"].as_u64().unwrap_or(0), (name, at));
    }
    let samples = p["samples"].as_array().cloned().unwrap_or_default();
    let deltas = p["timeDeltas"].as_array().cloned().unwrap_or_default();
    let mut by_fn: BTreeMap<(String, String), f64> = BTreeMap::new();
    // Each sample stands for the time until the next one.
    for (i, sample) in samples.iter().enumerate() {
        let us = deltas.get(i + 1).and_then(Value::as_f64).unwrap_or(0.0);
        let key = frames
            .get(&sample.as_u64().unwrap_or(0))
            .cloned()
            .unwrap_or_default();
        *by_fn.entry(key).or_default() += us / 1000.0;
    }
    let mut out = Profile::default();
    for ((name, at), ms) in &by_fn {
        if name == "(idle)" {
            continue;
        }
        out.busy_ms += ms;
        let kind = if at == "wasm" {
            "wasm (the app's Rust)"
        } else if name == "(garbage collector)" {
            "garbage collector"
        } else if name == "(program)" {
            "browser outside script (style, layout, paint)"
        } else if !at.is_empty() {
            "JavaScript glue (with the DOM getters it calls)"
        } else {
            "Web API calls (canvas, DOM, Blob, TextDecoder…)"
        };
        *out.kinds.entry(kind.to_owned()).or_default() += ms;
        out.top.push((name.clone(), at.clone(), *ms));
    }
    out.top.sort_by(|a, b| b.2.total_cmp(&a.2));
    out.top.truncate(15);
    out
}

// ---------------------------------------------------------------------------
// Memory.

/// Memory after a number of slider changes, after a full garbage collection.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    pub changes: usize,
    /// The app's WebAssembly memory (it only grows).
    pub wasm_bytes: f64,
    /// V8's used JavaScript heap (`Runtime.getHeapUsage`).
    pub js_heap_bytes: f64,
    pub dom_nodes: f64,
    pub timeline_entries: f64,
}

/// Waits until the Monte Carlo run the last input started has finished
/// (its `monte-carlo` measure), so the memory is read at rest.
fn wait_for_rest(s: &Session) -> Result<()> {
    s.wait_for(
        "the Monte Carlo run of the last slider change",
        r#"const i = performance.getEntriesByName('lce:input')[0];
           const t = i ? i.startTime : 0;
           return performance.getEntriesByName('monte-carlo').some(e => e.startTime >= t);"#,
        Duration::from_secs(30),
    )
}

pub fn memory(s: &Session, changes: usize) -> Result<Memory> {
    wait_for_rest(s)?;
    s.cdp("HeapProfiler.collectGarbage", json!({}))?;
    let heap = s.cdp("Runtime.getHeapUsage", json!({}))?;
    let r = s.execute(
        r#"const b = window.wasmBindings;
           return {
             wasm: b && b.lce_wasm_memory_bytes ? b.lce_wasm_memory_bytes() : null,
             nodes: document.getElementsByTagName('*').length,
             entries: performance.getEntries().length,
           };"#,
        vec![],
    )?;
    let wasm_bytes = r["wasm"]
        .as_f64()
        .context("the app does not export lce_wasm_memory_bytes on window.wasmBindings")?;
    Ok(Memory {
        changes,
        wasm_bytes,
        js_heap_bytes: heap["usedSize"].as_f64().unwrap_or(f64::NAN),
        dom_nodes: r["nodes"].as_f64().unwrap_or(f64::NAN),
        timeline_entries: r["entries"].as_f64().unwrap_or(f64::NAN),
    })
}

/// Mean milliseconds of one `views::build` in the page's wasm.
pub fn views_build_ms(s: &Session) -> Result<f64> {
    let r = s.execute(
        r#"const b = window.wasmBindings;
           if (!b || !b.lce_time_views_build) return null;
           b.lce_time_views_build(5);
           return b.lce_time_views_build(100);"#,
        vec![],
    )?;
    r.as_f64()
        .context("the app does not export lce_time_views_build on window.wasmBindings")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_self_time_by_function() {
        let p = json!({
            "nodes": [
                { "id": 1, "callFrame": { "functionName": "(root)", "url": "" } },
                { "id": 2, "callFrame": { "functionName": "(idle)", "url": "" } },
                { "id": 3, "callFrame": { "functionName": "$f12", "url": "wasm://wasm/abc" } },
                { "id": 4, "callFrame": { "functionName": "__wbg_offsetWidth_1", "url": "http://h/lce/app-1.js" } },
            ],
            "samples": [2, 3, 3, 4, 2],
            "timeDeltas": [0, 1000, 500, 500, 2000],
        });
        let s = summarise(&p);
        // A sample stands for the time until the next one; idle is left out.
        assert_eq!(
            s.top[0],
            ("__wbg_offsetWidth_1".to_owned(), "app-1.js".to_owned(), 2.0)
        );
        assert_eq!(s.top[1], ("$f12".to_owned(), "wasm".to_owned(), 1.0));
        assert_eq!(s.busy_ms, 3.0);
        assert_eq!(s.kinds.len(), 2);
    }
}

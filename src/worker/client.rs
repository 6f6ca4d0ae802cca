//! The page's side: one Monte Carlo worker per page, shared by every
//! component through the [`use_monte_carlo`] hook, plus a JavaScript entry
//! point for benchmarks and end-to-end tests ([`lce_run_monte_carlo`]).
//!
//! [`Hub`] holds the bookkeeping without the browser (job ids, requests held
//! until the worker is ready, which listener gets which answer), so it is
//! tested with a fake [`Transport`]; the rest wires it to a real `Worker`.

use super::protocol::{PROTOCOL_VERSION, Request, Response};
use crate::data::{Dataset, Reading};
use crate::scenario::{McResult, Preset, Scenario, SeriesId};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// The worker's script, relative to the page's base URL: Trunk copies it
/// from `src/worker/mc_worker_loader.js` (a `copy-file` link in
/// `index.html`). The worker runs the page's own wasm: the page sends the
/// script the URL of its wasm-bindgen module and its compiled
/// `WebAssembly.Module`, the script instantiates them, and the app's `main`
/// (`src/main.rs`), finding no window, serves the Monte Carlo
/// ([`super::host::serve_worker_scope`]). Nothing is fetched or compiled
/// twice, and every URL is absolute or relative to the page, so the site
/// works under any sub-path.
pub const WORKER_LOADER: &str = "mc_worker_loader.js";

/// What a component sees of its Monte Carlo runs.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum McState {
    /// Nothing asked yet (or cancelled).
    #[default]
    Idle,
    /// The latest run is on its way: `done` of `total` samples drawn.
    Running { job: u64, done: u32, total: u32 },
    /// The latest run's result; `millis` is the worker's own time for it.
    Done { result: Rc<McResult>, millis: f64 },
    /// The latest run failed (bad input, no worker, or another component's
    /// run took the worker over).
    Failed(String),
}

/// The state a component should show after `response`, when its latest
/// job is `latest`; `None` when the response is about another job.
pub fn next_state(latest: Option<u64>, response: Response) -> Option<McState> {
    if response.job().is_none() || response.job() != latest {
        return None;
    }
    Some(match response {
        Response::Progress { job, done, total } => McState::Running { job, done, total },
        Response::Done { result, millis, .. } => McState::Done {
            result: Rc::new(result),
            millis,
        },
        Response::Failed { message, .. } => McState::Failed(message),
        Response::Ready { .. } => return None,
    })
}

/// Median of `series` in `year`, if the result has them.
pub fn median(result: &McResult, series: SeriesId, year: i32) -> Option<f64> {
    let i = result.years.iter().position(|y| *y == year)?;
    let bands = result.series.iter().find(|s| s.id == series)?;
    bands.quantiles.get(i).map(|q| q[2])
}

/// Sends text to the worker.
pub trait Transport {
    fn post(&self, text: &str);
}

/// Called with every response about one job, the last being `Done` or `Failed`.
pub type Listener = Rc<dyn Fn(Response)>;

/// A response to hand to its listener.
pub struct Delivery {
    pub listener: Listener,
    pub response: Response,
    /// The caller's clock when the job was asked for.
    pub started: f64,
}

struct Pending {
    listener: Listener,
    started: f64,
}

/// Job bookkeeping for one worker.
pub struct Hub<T> {
    transport: T,
    /// The worker said `Ready` (requests before that would be lost).
    ready: bool,
    /// Requests held until then.
    queue: Vec<String>,
    /// Why the worker cannot be used, once that is known.
    broken: Option<String>,
    /// The worker ran and then stopped: replace it before the next run.
    crashed: bool,
    last_job: u64,
    pending: BTreeMap<u64, Pending>,
}

impl<T: Transport> Hub<T> {
    pub fn new(transport: T) -> Hub<T> {
        Hub {
            transport,
            ready: false,
            queue: Vec::new(),
            broken: None,
            crashed: false,
            last_job: 0,
            pending: BTreeMap::new(),
        }
    }

    pub fn transport(&self) -> &T {
        &self.transport
    }

    /// Jobs still waiting for their last response.
    pub fn pending(&self) -> impl Iterator<Item = u64> + '_ {
        self.pending.keys().copied()
    }

    /// Why the worker is unusable, if it is.
    pub fn broken(&self) -> Option<&str> {
        self.broken.as_deref()
    }

    /// Whether the worker stopped after it had started (see [`Hub::stopped`]).
    pub fn crashed(&self) -> bool {
        self.crashed
    }

    /// Whether the worker has said `Ready`.
    pub fn is_ready(&self) -> bool {
        self.ready
    }

    /// Puts `transport` in place of a worker that has not said `Ready` (and
    /// may never): the held requests go to the new one once it is ready,
    /// and their listeners hear from it. Returns the old transport, for the
    /// caller to drop (a web worker is terminated then).
    pub fn restart(&mut self, transport: T) -> T {
        self.ready = false;
        std::mem::replace(&mut self.transport, transport)
    }

    fn send(&mut self, request: &Request) {
        let text = request.encode();
        if self.ready {
            self.transport.post(&text);
        } else {
            self.queue.push(text);
        }
    }

    /// Asks for a run with a fresh job id; the worker drops the job it was
    /// on (whose listener then hears `Failed`). `now` is the caller's clock.
    pub fn run(&mut self, scenario: Scenario, listener: Listener, now: f64) -> Result<u64, String> {
        if let Some(why) = &self.broken {
            return Err(why.clone());
        }
        if self.crashed {
            return Err("the Monte Carlo worker stopped".to_owned());
        }
        self.last_job += 1;
        let job = self.last_job;
        self.pending.insert(
            job,
            Pending {
                listener,
                started: now,
            },
        );
        self.send(&Request::Run { job, scenario });
        Ok(job)
    }

    /// Stops `job` if it is still pending; its listener hears nothing more.
    pub fn cancel(&mut self, job: u64) {
        if self.pending.remove(&job).is_some() && self.broken.is_none() {
            self.send(&Request::Cancel { job });
        }
    }

    /// Reads a message from the worker; returns what to hand to whom. Call
    /// the listeners after releasing any borrow of the hub: they may run again.
    pub fn receive(&mut self, text: &str) -> Vec<Delivery> {
        let response = match Response::decode(text) {
            Ok(r) => r,
            Err(e) => {
                let failed = |job| Response::Failed {
                    job,
                    message: e.message.clone(),
                };
                return match e.job {
                    Some(job) => self.deliver(failed(job)).into_iter().collect(),
                    // Which job it was about is unknown: none can be trusted.
                    None => self.fail_all(&e.message),
                };
            }
        };
        match response {
            Response::Ready { version } if version == PROTOCOL_VERSION => {
                self.ready = true;
                for text in std::mem::take(&mut self.queue) {
                    self.transport.post(&text);
                }
                Vec::new()
            }
            Response::Ready { version } => self.break_down(&format!(
                "the Monte Carlo worker is from another version of the app \
                 (protocol {version}, page {PROTOCOL_VERSION}); reload the page"
            )),
            r => self.deliver(r).into_iter().collect(),
        }
    }

    fn deliver(&mut self, response: Response) -> Option<Delivery> {
        let job = response.job()?;
        let pending = if response.is_final() {
            self.pending.remove(&job)?
        } else {
            let p = self.pending.get(&job)?;
            Pending {
                listener: p.listener.clone(),
                started: p.started,
            }
        };
        Some(Delivery {
            listener: pending.listener,
            response,
            started: pending.started,
        })
    }

    /// Every pending job fails with `message`.
    pub fn fail_all(&mut self, message: &str) -> Vec<Delivery> {
        std::mem::take(&mut self.pending)
            .into_iter()
            .map(|(job, p)| Delivery {
                listener: p.listener,
                response: Response::Failed {
                    job,
                    message: message.to_owned(),
                },
                started: p.started,
            })
            .collect()
    }

    /// The worker stopped (an error event). If it had said `Ready`, it ran and
    /// crashed: pending jobs fail and [`Hub::crashed`] asks for a new worker.
    /// If it never started, it cannot be loaded: new runs fail too.
    pub fn stopped(&mut self, message: &str) -> Vec<Delivery> {
        if self.ready {
            self.crashed = true;
            self.fail_all(message)
        } else {
            self.break_down(message)
        }
    }

    /// The worker cannot be used: pending jobs fail, and so will new ones.
    pub fn break_down(&mut self, message: &str) -> Vec<Delivery> {
        self.broken = Some(message.to_owned());
        self.queue.clear();
        self.fail_all(message)
    }
}

// ---------------------------------------------------------------------------
// The page's one worker.

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;

    /// `performance.measure(name, options)` (User Timing 3; web-sys has it
    /// only behind its unstable-API flag).
    #[wasm_bindgen(catch, js_namespace = performance, js_name = measure)]
    fn performance_measure(name: &str, options: &JsValue) -> Result<JsValue, JsValue>;

    /// The URL of the app's wasm-bindgen module (its `import.meta.url`),
    /// which the worker imports too.
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static APP_MODULE_URL: JsValue;
}

/// The real worker behind a [`Hub`].
pub struct WebTransport {
    worker: web_sys::Worker,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Transport for WebTransport {
    fn post(&self, text: &str) {
        let _ = self.worker.post_message(&JsValue::from_str(text));
    }
}

impl Drop for WebTransport {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

thread_local! {
    /// `None` until the first run; a worker that crashed is dropped here and
    /// respawned by the next run.
    static HUB: RefCell<Option<Hub<WebTransport>>> = const { RefCell::new(None) };
    /// Which [`HUB`] is current: each new one counts up, so a start watch
    /// left from a replaced hub ([`watch_start`]) leaves the new one alone.
    static HUB_NUMBER: Cell<u32> = const { Cell::new(0) };
}

/// The worker script's URL: [`WORKER_LOADER`] against `document.baseURI`.
fn worker_url() -> Result<String, String> {
    let base = crate::ui::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .ok_or("no document to load the Monte Carlo worker from")?;
    web_sys::Url::new_with_base(WORKER_LOADER, &base)
        .map(|u| u.href())
        .map_err(|e| format!("bad worker URL: {e:?}"))
}

fn spawn() -> Result<WebTransport, String> {
    let url = worker_url()?;
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    options.set_name("monte-carlo");
    let worker = web_sys::Worker::new_with_options(&url, &options)
        .map_err(|e| format!("cannot start the Monte Carlo worker: {e:?}"))?;
    // The worker script starts the page's own wasm from these (see
    // `WORKER_LOADER`); it reads this before any request, which the hub
    // holds until the worker says `Ready`.
    let app = APP_MODULE_URL
        .with(JsValue::as_string)
        .ok_or("the app's module URL is unknown, so the Monte Carlo worker cannot load it")?;
    let start = js_sys::Object::new();
    set(&start, "lceWorkerApp", &JsValue::from_str(&app));
    set(&start, "module", &wasm_bindgen::module());
    worker
        .post_message(&start)
        .map_err(|e| format!("cannot start the Monte Carlo worker: {e:?}"))?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
            let text = e.data().as_string().unwrap_or_default();
            let deliveries = HUB.with(|hub| match hub.borrow_mut().as_mut() {
                Some(hub) => {
                    let was_ready = hub.is_ready();
                    let deliveries = hub.receive(&text);
                    if !was_ready && hub.is_ready() {
                        mark("lce:mc-worker-ready");
                    }
                    deliveries
                }
                None => Vec::new(),
            });
            hand_out(deliveries);
        });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        e.prevent_default();
        let what = e
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "it could not be loaded".to_owned());
        let message = format!("the Monte Carlo worker stopped: {what}");
        let deliveries = HUB.with(|hub| match hub.borrow_mut().as_mut() {
            Some(hub) => hub.stopped(&message),
            None => Vec::new(),
        });
        hand_out(deliveries);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(WebTransport {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// Records the latest finished run as the `monte-carlo` performance measure, then calls
/// the listeners.
fn hand_out(deliveries: Vec<Delivery>) {
    for d in deliveries {
        if let Response::Done {
            job,
            result,
            millis,
        } = &d.response
        {
            let detail = js_sys::Object::new();
            set(&detail, "job", &JsValue::from_f64(*job as f64));
            set(&detail, "samples", &JsValue::from(result.samples));
            set(&detail, "workerMillis", &JsValue::from_f64(*millis));
            let options = js_sys::Object::new();
            set(&options, "start", &JsValue::from_f64(d.started));
            set(&options, "end", &JsValue::from_f64(performance_now()));
            set(&options, "detail", &detail);
            // Only the latest run's measure is kept: one per run would grow
            // the timeline for as long as the page is open.
            if let Some(p) = crate::ui::window().and_then(|w| w.performance()) {
                p.clear_measures_with_measure_name("monte-carlo");
            }
            let _ = performance_measure("monte-carlo", &options);
        }
        (d.listener)(d.response);
    }
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}

/// How long a worker may take to say `Ready` before it is replaced.
const START_WAIT_MS: u32 = 5_000;

/// How many workers are tried before the Monte Carlo says it cannot start.
const STARTS: u32 = 3;

/// A `performance` mark (`lce:mc-worker-…`): when the worker started, was
/// ready, was replaced. Cheap, and a test's report of a page whose Monte
/// Carlo never finished reads them.
fn mark(name: &str) {
    if let Some(p) = crate::ui::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// After [`START_WAIT_MS`], replaces the worker of start number `start` of
/// hub number `hub` if it has not said `Ready`, or after [`STARTS`] tries
/// fails its runs with a message. A worker that neither says `Ready` nor reports an error would
/// otherwise leave the reader at "Running" for ever, with no word (a test
/// once waited 12 s for a first result that takes 30 ms; why is not known).
fn watch_start(hub: u32, start: u32) {
    gloo::timers::callback::Timeout::new(START_WAIT_MS, move || {
        if HUB_NUMBER.get() != hub {
            return;
        }
        let deliveries = HUB.with(|cell| {
            let mut cell = cell.borrow_mut();
            let Some(current) = cell.as_mut() else {
                return Vec::new();
            };
            if current.is_ready() || current.broken().is_some() || current.crashed() {
                return Vec::new();
            }
            if start >= STARTS {
                return current.break_down(&format!(
                    "the Monte Carlo worker did not start ({STARTS} tries of {} s)",
                    START_WAIT_MS / 1000
                ));
            }
            match spawn() {
                Ok(transport) => {
                    drop(current.restart(transport));
                    mark("lce:mc-worker-restarted");
                    watch_start(hub, start + 1);
                    Vec::new()
                }
                Err(message) => current.break_down(&message),
            }
        });
        hand_out(deliveries);
    })
    .forget();
}

/// Runs `scenario` on the page's worker (started on first use); the
/// worker drops whatever job it was on.
pub fn run(scenario: Scenario, listener: Listener) -> Result<u64, String> {
    HUB.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.as_ref().is_none_or(Hub::crashed) {
            // Replacing a crashed hub terminates its worker.
            *cell = Some(Hub::new(spawn()?));
            let number = HUB_NUMBER.get().wrapping_add(1);
            HUB_NUMBER.set(number);
            mark("lce:mc-worker-started");
            watch_start(number, 1);
        }
        let hub = cell.as_mut().ok_or("no worker")?;
        hub.run(scenario, listener, performance_now())
    })
}

/// Cancels `job` if it is still pending.
pub fn cancel(job: u64) {
    HUB.with(|cell| {
        if let Some(hub) = cell.borrow_mut().as_mut() {
            hub.cancel(job);
        }
    });
}

// ---------------------------------------------------------------------------
// The hook.

/// A component's Monte Carlo: [`McHandle::run`] starts a run that supersedes
/// the component's previous one; [`McHandle::state`] follows the latest.
#[derive(Clone)]
pub struct McHandle {
    pub state: UseStateHandle<McState>,
    /// The component's latest job while it is pending.
    latest: Rc<Cell<Option<u64>>>,
}

impl PartialEq for McHandle {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state && Rc::ptr_eq(&self.latest, &other.latest)
    }
}

impl McHandle {
    /// Runs `scenario` (its samples and seed included) in the worker.
    pub fn run(&self, scenario: Scenario) {
        let total = scenario.samples;
        let latest = self.latest.clone();
        let state = self.state.clone();
        let listener: Listener = Rc::new(move |response: Response| {
            let is_final = response.is_final();
            if let Some(next) = next_state(latest.get(), response) {
                if is_final {
                    latest.set(None);
                }
                state.set(next);
            }
        });
        match run(scenario, listener) {
            Ok(job) => {
                self.latest.set(Some(job));
                self.state.set(McState::Running {
                    job,
                    done: 0,
                    total,
                });
            }
            Err(message) => {
                self.latest.set(None);
                self.state.set(McState::Failed(message));
            }
        }
    }

    /// Whether the latest run's result is in.
    pub fn is_done(&self) -> bool {
        matches!(*self.state, McState::Done { .. })
    }

    /// Stops the latest run, if any, and goes back to `Idle`.
    pub fn cancel(&self) {
        if let Some(job) = self.latest.take() {
            cancel(job);
            self.state.set(McState::Idle);
        }
    }
}

/// The Monte Carlo worker for a component. The worker is shared by the
/// page; a component's pending run is cancelled when it unmounts.
#[hook]
pub fn use_monte_carlo() -> McHandle {
    use_monte_carlo_from(McState::default())
}

/// [`use_monte_carlo`] starting from `initial` (a result that came with the
/// page, see `ui::prerender::first_run`), read at the first render only.
#[hook]
pub fn use_monte_carlo_from(initial: McState) -> McHandle {
    let state = use_state(move || initial);
    let latest: Rc<Cell<Option<u64>>> = use_memo((), |_| Cell::new(None));
    {
        let latest = latest.clone();
        use_effect_with((), move |_| {
            move || {
                if let Some(job) = latest.take() {
                    cancel(job);
                }
            }
        });
    }
    McHandle { state, latest }
}

// ---------------------------------------------------------------------------
// For benchmarks and end-to-end tests.

/// The article's low preset (as printed) with `samples` samples: what the
/// benchmark and the end-to-end test run.
pub fn article_low(samples: u32) -> Result<Scenario, String> {
    let ds = Dataset::embedded().map_err(|e| e.to_string())?;
    let mut scenario = Scenario::preset(ds, Preset::ArticleLow, Reading::AsPrinted);
    scenario.samples = samples;
    Ok(scenario)
}

/// Runs the article's low preset with `samples` samples in the worker.
/// Resolves with `{ millis, roundtripMillis, samples, p50_industry_2025 }`
/// (`millis`: the worker's own time; `roundtripMillis`: from the call to the
/// answer, on the page), rejects with an `Error` if the run fails. The
/// page's loader puts it on `window.wasmBindings`.
#[wasm_bindgen]
pub fn lce_run_monte_carlo(samples: u32) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, reject| {
        let fail = {
            let reject = reject.clone();
            move |message: &str| {
                let _ = reject.call1(&JsValue::NULL, &js_sys::Error::new(message));
            }
        };
        let scenario = match article_low(samples) {
            Ok(s) => s,
            Err(e) => return fail(&e),
        };
        let asked = performance_now();
        let listener: Listener = Rc::new(move |response: Response| match response {
            Response::Done { result, millis, .. } => {
                let out = js_sys::Object::new();
                set(&out, "millis", &JsValue::from_f64(millis));
                set(
                    &out,
                    "roundtripMillis",
                    &JsValue::from_f64(performance_now() - asked),
                );
                set(&out, "samples", &JsValue::from(result.samples));
                let p50 = median(&result, SeriesId::Industry, 2025).unwrap_or(f64::NAN);
                set(&out, "p50_industry_2025", &JsValue::from_f64(p50));
                let _ = resolve.call1(&JsValue::NULL, &out);
            }
            Response::Failed { message, .. } => fail(&message),
            Response::Progress { .. } | Response::Ready { .. } => {}
        });
        if let Err(message) = run(scenario, listener) {
            let _ = reject.call1(&JsValue::NULL, &js_sys::Error::new(&message));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::SeriesBands;

    #[derive(Default)]
    struct Fake(RefCell<Vec<String>>);

    impl Transport for Rc<Fake> {
        fn post(&self, text: &str) {
            self.0.borrow_mut().push(text.to_owned());
        }
    }

    fn sent(hub: &Hub<Rc<Fake>>) -> Vec<Request> {
        hub.transport()
            .0
            .borrow()
            .iter()
            .map(|t| Request::decode(t).expect("a request"))
            .collect()
    }

    fn scenario() -> Scenario {
        let ds = Dataset::embedded().expect("dataset");
        Scenario::preset(ds, Preset::ArticleLow, Reading::AsPrinted)
    }

    fn result() -> McResult {
        McResult {
            samples: 10,
            seed: 1,
            level: 1000.0,
            years: vec![2024, 2025],
            series: vec![SeriesBands {
                id: SeriesId::Industry,
                quantiles: vec![[1.0; 5], [1.0, 2.0, 3.0, 4.0, 5.0]],
                p_cross: vec![0.0, 1.0],
            }],
            shares: Vec::new(),
        }
    }

    /// A listener that records what it hears.
    fn ear() -> (Listener, Rc<RefCell<Vec<Response>>>) {
        let heard = Rc::new(RefCell::new(Vec::new()));
        let h = heard.clone();
        (Rc::new(move |r| h.borrow_mut().push(r)), heard)
    }

    fn hand(deliveries: Vec<Delivery>) {
        for d in deliveries {
            (d.listener)(d.response);
        }
    }

    #[test]
    fn requests_wait_for_ready() {
        let mut hub = Hub::new(Rc::new(Fake::default()));
        let (l, _) = ear();
        let job = hub.run(scenario(), l, 0.0).unwrap();
        assert!(sent(&hub).is_empty());
        hand(
            hub.receive(
                &Response::Ready {
                    version: PROTOCOL_VERSION,
                }
                .encode(),
            ),
        );
        assert!(matches!(&sent(&hub)[..], [Request::Run { job: j, .. }] if *j == job));
    }

    #[test]
    fn answers_reach_their_job_and_superseded_ones_are_dropped() {
        let mut hub = Hub::new(Rc::new(Fake::default()));
        hub.receive(
            &Response::Ready {
                version: PROTOCOL_VERSION,
            }
            .encode(),
        );
        let (a, heard_a) = ear();
        let (b, heard_b) = ear();
        let ja = hub.run(scenario(), a, 0.0).unwrap();
        let jb = hub.run(scenario(), b, 5.0).unwrap();
        assert!(jb > ja);
        let failed = Response::Failed {
            job: ja,
            message: "superseded".into(),
        };
        hand(hub.receive(&failed.encode()));
        let done = Response::Done {
            job: jb,
            result: result(),
            millis: 3.0,
        };
        let d = hub.receive(&done.encode());
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].started, 5.0);
        hand(d);
        // A second answer for a finished job goes nowhere.
        assert!(hub.receive(&done.encode()).is_empty());
        assert_eq!(*heard_a.borrow(), vec![failed]);
        assert_eq!(*heard_b.borrow(), vec![done]);
        assert_eq!(hub.pending().count(), 0);
    }

    #[test]
    fn the_component_ignores_answers_for_its_older_jobs() {
        let progress = Response::Progress {
            job: 1,
            done: 5,
            total: 10,
        };
        assert_eq!(next_state(Some(2), progress.clone()), None);
        assert_eq!(
            next_state(Some(1), progress),
            Some(McState::Running {
                job: 1,
                done: 5,
                total: 10
            })
        );
        let done = Response::Done {
            job: 2,
            result: result(),
            millis: 1.5,
        };
        assert_eq!(next_state(None, done.clone()), None);
        assert!(matches!(
            next_state(Some(2), done),
            Some(McState::Done { millis, .. }) if millis == 1.5
        ));
        assert_eq!(median(&result(), SeriesId::Industry, 2025), Some(3.0));
        assert_eq!(median(&result(), SeriesId::Industry, 2031), None);
    }

    #[test]
    fn cancel_sends_cancel_and_silences_the_listener() {
        let mut hub = Hub::new(Rc::new(Fake::default()));
        hub.receive(
            &Response::Ready {
                version: PROTOCOL_VERSION,
            }
            .encode(),
        );
        let (l, heard) = ear();
        let job = hub.run(scenario(), l, 0.0).unwrap();
        hub.cancel(job);
        assert_eq!(sent(&hub)[1], Request::Cancel { job });
        hand(
            hub.receive(
                &Response::Failed {
                    job,
                    message: "cancelled".into(),
                }
                .encode(),
            ),
        );
        assert!(heard.borrow().is_empty());
    }

    #[test]
    fn a_worker_of_another_version_fails_everything() {
        let mut hub = Hub::new(Rc::new(Fake::default()));
        let (l, heard) = ear();
        hub.run(scenario(), l.clone(), 0.0).unwrap();
        hand(hub.receive(&Response::Ready { version: 0 }.encode()));
        assert!(matches!(&heard.borrow()[..], [Response::Failed { .. }]));
        assert!(hub.run(scenario(), l, 0.0).is_err());
        assert!(sent(&hub).is_empty());
    }

    #[test]
    fn a_worker_that_never_loads_breaks_one_that_crashes_is_replaced() {
        let mut hub = Hub::new(Rc::new(Fake::default()));
        let (l, heard) = ear();
        hub.run(scenario(), l.clone(), 0.0).unwrap();
        hand(hub.stopped("404"));
        assert!(matches!(&heard.borrow()[..], [Response::Failed { .. }]));
        assert_eq!(hub.broken(), Some("404"));
        assert!(!hub.crashed());

        let mut hub = Hub::new(Rc::new(Fake::default()));
        hub.receive(
            &Response::Ready {
                version: PROTOCOL_VERSION,
            }
            .encode(),
        );
        hub.run(scenario(), l.clone(), 0.0).unwrap();
        hand(hub.stopped("unreachable"));
        assert_eq!(heard.borrow().len(), 2);
        assert!(hub.crashed() && hub.broken().is_none());
        assert!(hub.run(scenario(), l, 0.0).is_err());
    }

    #[test]
    fn a_worker_replaced_before_it_was_ready_gets_the_held_runs() {
        let mut hub = Hub::new(Rc::new(Fake::default()));
        let (l, heard) = ear();
        let job = hub.run(scenario(), l, 0.0).unwrap();
        let old = hub.restart(Rc::new(Fake::default()));
        assert!(!hub.is_ready());
        hub.receive(
            &Response::Ready {
                version: PROTOCOL_VERSION,
            }
            .encode(),
        );
        assert!(hub.is_ready());
        assert!(old.0.borrow().is_empty(), "the old worker got a request");
        assert!(matches!(&sent(&hub)[..], [Request::Run { job: j, .. }] if *j == job));
        hand(
            hub.receive(
                &Response::Done {
                    job,
                    result: result(),
                    millis: 1.0,
                }
                .encode(),
            ),
        );
        assert!(matches!(&heard.borrow()[..], [Response::Done { .. }]));
    }

    #[test]
    fn unreadable_answers_fail_their_job_or_all() {
        let mut hub = Hub::new(Rc::new(Fake::default()));
        hub.receive(
            &Response::Ready {
                version: PROTOCOL_VERSION,
            }
            .encode(),
        );
        let (l, heard) = ear();
        let j1 = hub.run(scenario(), l.clone(), 0.0).unwrap();
        let j2 = hub.run(scenario(), l, 0.0).unwrap();
        hand(hub.receive(&format!(r#"{{"Done":{{"job":{j1},"result":null}}}}"#)));
        assert_eq!(heard.borrow().len(), 1);
        hand(hub.receive("garbage"));
        assert!(matches!(&heard.borrow()[1], Response::Failed { job, .. } if *job == j2));
    }
}

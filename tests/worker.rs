//! The Monte Carlo worker's protocol in headless Chromium: the worker's host
//! (`worker::host`, what the worker runs) serves one end of a
//! `MessageChannel` in the test page and the page's `Hub` talks to the other,
//! so the real message plumbing and the yielding between chunks run in a
//! real event loop. The worker binary itself, loaded from the built site
//! under a sub-path, is covered by the end-to-end test in `tests/e2e.rs`.
#![cfg(target_arch = "wasm32")]

use live_commerce_explorer::scenario::SeriesId;
use live_commerce_explorer::worker::client::{Hub, Listener, Transport, article_low, median};
use live_commerce_explorer::worker::host::{self, Endpoint, Served};
use live_commerce_explorer::worker::protocol::{PROGRESS_FROM, Response};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{MessageChannel, MessageEvent, MessagePort};

wasm_bindgen_test_configure!(run_in_browser);

struct Port(MessagePort);

impl Transport for Port {
    fn post(&self, text: &str) {
        self.0
            .post_message(&JsValue::from_str(text))
            .expect("posted");
    }
}

/// A worker host in the page and a hub talking to it; every response any
/// job gets is recorded in `heard`, in order.
struct Rig {
    hub: Rc<RefCell<Hub<Port>>>,
    heard: Rc<RefCell<Vec<Response>>>,
    _served: Served,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

impl Rig {
    fn new(chunk: u32) -> Rig {
        let channel = MessageChannel::new().expect("a channel");
        let served = host::serve(channel.port1().unchecked_into::<Endpoint>(), chunk)
            .expect("the host starts");
        let hub = Rc::new(RefCell::new(Hub::new(Port(channel.port2()))));
        let on_message = {
            let hub = hub.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                let text = e.data().as_string().expect("text");
                let deliveries = hub.borrow_mut().receive(&text);
                for d in deliveries {
                    (d.listener)(d.response);
                }
            })
        };
        channel
            .port2()
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Rig {
            hub,
            heard: Rc::new(RefCell::new(Vec::new())),
            _served: served,
            _on_message: on_message,
        }
    }

    fn run(&self, samples: u32) -> u64 {
        let heard = self.heard.clone();
        let listener: Listener = Rc::new(move |r| heard.borrow_mut().push(r));
        let scenario = article_low(samples).expect("the preset");
        self.hub
            .borrow_mut()
            .run(scenario, listener, 0.0)
            .expect("a job")
    }

    fn of(&self, job: u64) -> Vec<Response> {
        self.heard
            .borrow()
            .iter()
            .filter(|r| r.job() == Some(job))
            .cloned()
            .collect()
    }

    fn ended(&self, job: u64) -> bool {
        self.of(job).iter().any(Response::is_final)
    }
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(promise).await;
}

async fn until(what: &str, mut cond: impl FnMut() -> bool) {
    for _ in 0..3000 {
        if cond() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for {what}");
}

#[wasm_bindgen_test]
async fn a_run_ends_with_its_result() {
    let rig = Rig::new(1000);
    let job = rig.run(3000);
    until("the result", || rig.ended(job)).await;
    let heard = rig.of(job);
    let [Response::Done { result, millis, .. }] = &heard[..] else {
        panic!("{heard:?}");
    };
    assert_eq!(result.samples, 3000);
    assert!(*millis >= 0.0 && millis.is_finite(), "{millis}");
    let p50 = median(result, SeriesId::Industry, 2025).expect("2025");
    assert!(p50.is_finite() && p50 > 433.8, "{p50}");
}

#[wasm_bindgen_test]
async fn a_newer_run_is_read_between_chunks_and_supersedes_the_current_one() {
    // Small chunks: a debug build is slow, and the big run must not end
    // before the newer one arrives.
    let rig = Rig::new(200);
    let big = rig.run(PROGRESS_FROM);
    until("progress on the big run", || !rig.of(big).is_empty()).await;
    let Response::Progress { done, total, .. } = rig.of(big)[0] else {
        panic!("{:?}", rig.of(big));
    };
    assert_eq!((done, total), (200, PROGRESS_FROM));
    let heard_before = rig.of(big).len();

    let small = rig.run(1000);
    until("the small run's result", || rig.ended(small)).await;
    let big_heard = rig.of(big);
    assert!(
        matches!(big_heard.last(), Some(Response::Failed { message, .. }) if message.contains("superseded")),
        "{big_heard:?}"
    );
    // The request was read within two chunks (one progress message may be
    // on its way, one tick already queued), far from the big run's end.
    let late = big_heard.len() - heard_before - 1;
    assert!(late <= 2, "{late} chunks ran after the newer request");
    assert!(
        matches!(&rig.of(small)[..], [Response::Done { result, .. }] if result.samples == 1000),
        "{:?}",
        rig.of(small)
    );
}

#[wasm_bindgen_test]
async fn a_cancelled_run_goes_quiet_and_the_worker_takes_the_next() {
    let rig = Rig::new(200);
    let big = rig.run(PROGRESS_FROM);
    until("progress on the big run", || !rig.of(big).is_empty()).await;
    rig.hub.borrow_mut().cancel(big);
    let next = rig.run(500);
    until("the next run's result", || rig.ended(next)).await;
    assert!(
        rig.of(big)
            .iter()
            .all(|r| matches!(r, Response::Progress { .. })),
        "a cancelled job's listener heard its end: {:?}",
        rig.of(big)
    );
    assert_eq!(rig.hub.borrow().pending().count(), 0);
}

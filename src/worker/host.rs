//! The worker's side in the browser: reads requests from an [`Endpoint`],
//! feeds them to a [`Runner`] and draws one chunk per turn of the event loop.
//!
//! Between two chunks the host posts itself a message on a private
//! `MessageChannel` and returns to the event loop, so requests that arrived
//! meanwhile (a newer `Run`, a `Cancel`) are handled before the next chunk. A
//! resolved promise would not do (microtasks run before any message), and a
//! zero `setTimeout` is clamped to 4 ms once nested, which would cost 200 ms
//! over a million samples.

use super::protocol::{PROTOCOL_VERSION, Request, Response};
use super::runner::Runner;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageChannel, MessageEvent, MessagePort};

#[wasm_bindgen]
extern "C" {
    /// Anything that posts and receives messages: a worker's global scope,
    /// a `Worker` seen from the page, or a `MessagePort`.
    #[wasm_bindgen(extends = js_sys::Object)]
    #[derive(Clone, Debug)]
    pub type Endpoint;

    #[wasm_bindgen(method, catch, js_name = postMessage)]
    pub fn post_message(this: &Endpoint, message: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method, setter = onmessage)]
    pub fn set_onmessage(this: &Endpoint, handler: Option<&js_sys::Function>);

    /// `performance.now()` of the current global (window or worker).
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    pub fn performance_now() -> f64;
}

/// A host at work. Dropping it stops it: the endpoint is no longer read.
pub struct Served {
    endpoint: Endpoint,
    tick_in: MessagePort,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_tick: Closure<dyn FnMut(MessageEvent)>,
}

impl Served {
    /// Keeps the host running for the life of the page or worker.
    pub fn forever(self) {
        std::mem::forget(self);
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        self.endpoint.set_onmessage(None);
        self.tick_in.set_onmessage(None);
        self.tick_in.close();
    }
}

struct State {
    runner: Runner,
    /// A tick message is on its way.
    scheduled: bool,
}

fn post(endpoint: &Endpoint, response: &Response) {
    // Strings always clone; a closed endpoint just drops the message.
    let _ = endpoint.post_message(&JsValue::from_str(&response.encode()));
}

/// Serves requests arriving at `endpoint` (in a worker: its global scope),
/// drawing `chunk` samples per turn, and announces itself with `Ready`.
pub fn serve(endpoint: Endpoint, chunk: u32) -> Result<Served, JsValue> {
    let channel = MessageChannel::new()?;
    let (tick_in, tick_out) = (channel.port1(), channel.port2());
    let state = Rc::new(RefCell::new(State {
        runner: Runner::with_chunk(chunk),
        scheduled: false,
    }));

    // Asks for a tick unless one is on its way.
    let schedule = {
        let state = state.clone();
        move || {
            let mut s = state.borrow_mut();
            if s.runner.busy() && !s.scheduled {
                s.scheduled = true;
                drop(s);
                let _ = tick_out.post_message(&JsValue::NULL);
            }
        }
    };
    let schedule = Rc::new(schedule);

    let on_message = {
        let state = state.clone();
        let endpoint = endpoint.clone();
        let schedule = schedule.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let decoded = match e.data().as_string() {
                Some(text) => Request::decode(&text).map_err(|e| (e.job, e.message)),
                None => Err((None, "a worker message that is not text".to_owned())),
            };
            let out = match decoded {
                Ok(request) => state.borrow_mut().runner.handle(request, performance_now()),
                Err((job, message)) => vec![Response::Failed {
                    job: job.unwrap_or(0),
                    message,
                }],
            };
            for r in &out {
                post(&endpoint, r);
            }
            schedule();
        })
    };

    let on_tick = {
        let endpoint = endpoint.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |_: MessageEvent| {
            let out = {
                let mut s = state.borrow_mut();
                s.scheduled = false;
                s.runner.tick(performance_now)
            };
            if let Some(r) = out {
                post(&endpoint, &r);
            }
            schedule();
        })
    };

    // Setting `onmessage` starts a port.
    tick_in.set_onmessage(Some(on_tick.as_ref().unchecked_ref()));
    endpoint.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    post(
        &endpoint,
        &Response::Ready {
            version: PROTOCOL_VERSION,
        },
    );
    Ok(Served {
        endpoint,
        tick_in,
        _on_message: on_message,
        _on_tick: on_tick,
    })
}

/// What the app's `main` does in a worker (`src/main.rs`): serves the worker's own scope.
pub fn serve_worker_scope() -> Result<(), JsValue> {
    let scope: Endpoint = js_sys::global().unchecked_into();
    serve(scope, super::protocol::CHUNK)?.forever();
    Ok(())
}

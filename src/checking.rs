//! The page's side of the checker's worker (`src/bin/checker_worker.rs`): started the first time
//! a text needs checking, never before, so a page opened to write fetches none of it; answers
//! arrive a few milliseconds later and typing never waits for them.
//!
//! If the worker cannot start (its files blocked or missing, no Worker in this browser) or stops,
//! every request is answered [`Answer::Unavailable`] and the pages say so: writing and saving
//! do not depend on it. Each answer's time, from the request (so the first one includes the
//! worker's start) to the answer, is recorded as the User Timing measure `mend:check` (the
//! benchmark reads it).

use std::cell::RefCell;
use std::collections::BTreeMap;

use gloo_timers::callback::Timeout;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

use crate::browser;
use crate::checker::{wire, Finding, Scope};

/// The `<meta>` naming the worker's loader: its file name carries a hash of its content
/// (written by `scripts/post-build.mjs`), so a cache never pairs a page with another build's
/// worker.
const LOADER_META: &str = "meta[name=\"mend-checker\"]";

/// How long the worker may take to say it is running (its two files come over the network the
/// first time) before the page stops waiting and says notes are unavailable.
const START_LIMIT_MS: u32 = 20_000;

/// What the checker said about a text.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Found(Vec<Finding>),
    Unavailable,
}

type Reply = Box<dyn FnOnce(Answer)>;

struct Request {
    scope: Scope,
    text: String,
    reply: Reply,
}

enum Phase {
    NotStarted,
    Starting {
        worker: Worker,
        /// Sent once the worker is ready, in order.
        queued: Vec<(u32, Request)>,
        _give_up: Timeout,
    },
    Running {
        worker: Worker,
    },
    Unavailable,
}

struct Bridge {
    phase: Phase,
    next_seq: u32,
    /// Sent and not yet answered: the text an answer is read against, and who asked.
    sent: BTreeMap<u32, (String, Reply)>,
    /// The worker's handlers, alive as long as it is.
    _handlers: Vec<Closure<dyn Fn(JsValue)>>,
}

thread_local! {
    static BRIDGE: RefCell<Bridge> = const {
        RefCell::new(Bridge {
            phase: Phase::NotStarted,
            next_seq: 0,
            sent: BTreeMap::new(),
            _handlers: Vec::new(),
        })
    };
}

/// Asks for the findings on `text` in `scope`; `reply` is called once, later, never during
/// this call's own task, with the findings or with [`Answer::Unavailable`].
pub fn check(scope: Scope, text: String, reply: impl FnOnce(Answer) + 'static) {
    let request = Request {
        scope,
        text,
        reply: Box::new(reply),
    };
    let unavailable = BRIDGE.with(|bridge| {
        let mut bridge = bridge.borrow_mut();
        if matches!(bridge.phase, Phase::NotStarted) {
            start(&mut bridge);
        }
        let seq = bridge.next_seq;
        bridge.next_seq = bridge.next_seq.wrapping_add(1);
        // Timed from here: the first answer's time includes the worker's start.
        mark(seq);
        match &mut bridge.phase {
            Phase::Starting { queued, .. } => queued.push((seq, request)),
            Phase::Running { worker } => {
                let worker = worker.clone();
                send(&mut bridge, &worker, seq, request);
            }
            Phase::NotStarted | Phase::Unavailable => return Some(request.reply),
        }
        None
    });
    if let Some(reply) = unavailable {
        unavailable_later(reply);
    }
}

/// Answers "unavailable" in a task of its own, never within the caller's: it may be in the
/// middle of rendering.
fn unavailable_later(reply: Reply) {
    Timeout::new(0, move || reply(Answer::Unavailable)).forget();
}

fn start(bridge: &mut Bridge) {
    let Some(worker) = loader_url().and_then(|url| new_worker(&url)) else {
        bridge.phase = Phase::Unavailable;
        return;
    };
    let on_message = Closure::<dyn Fn(JsValue)>::new(|event: JsValue| {
        if let Ok(event) = event.dyn_into::<MessageEvent>() {
            on_answer(event.data());
        }
    });
    // A script that cannot be fetched or run, or a worker that stops with an error.
    let on_error = Closure::<dyn Fn(JsValue)>::new(|_| give_up());
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    bridge._handlers = vec![on_message, on_error];
    bridge.phase = Phase::Starting {
        worker,
        queued: Vec::new(),
        _give_up: Timeout::new(START_LIMIT_MS, give_up),
    };
}

/// A worker from `url`, which the page's Trusted Types rule lets through only as the one
/// policy's `TrustedScriptURL` (`browser::trusted_script_url`), so the constructor is reached
/// through `Reflect`: web-sys's `Worker::new` takes a plain string.
fn new_worker(url: &str) -> Option<Worker> {
    let address = browser::trusted_script_url(url)?;
    let constructor: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"Worker".into())
        .ok()?
        .dyn_into()
        .ok()?;
    js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(&address))
        .ok()?
        .dyn_into()
        .ok()
}

fn loader_url() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document.query_selector(LOADER_META).ok()??;
    meta.get_attribute("content").filter(|url| !url.is_empty())
}

fn send(bridge: &mut Bridge, worker: &Worker, seq: u32, request: Request) {
    let message = js_sys::Array::of3(
        &JsValue::from(seq),
        &JsValue::from_str(request.scope.id()),
        &JsValue::from_str(&request.text),
    );
    if worker.post_message(&message).is_err() {
        unavailable_later(request.reply);
        return;
    }
    bridge.sent.insert(seq, (request.text, request.reply));
}

fn on_answer(data: JsValue) {
    if data.as_string().as_deref() == Some("ready") {
        ready();
        return;
    }
    let answer = js_sys::Array::from(&data);
    let Some(seq) = answer.get(0).as_f64().map(|n| n as u32) else {
        return;
    };
    let Some((text, reply)) = BRIDGE.with(|b| b.borrow_mut().sent.remove(&seq)) else {
        return;
    };
    measure(seq);
    let numbers = answer
        .get(1)
        .dyn_into::<js_sys::Uint32Array>()
        .ok()
        .map(|array| array.to_vec());
    let found = numbers.and_then(|numbers| wire::decode(&numbers, &text));
    // An answer that does not fit its text is a fault in the worker: no notes rather than wrong.
    reply(Answer::Found(found.unwrap_or_default()));
}

/// The worker runs: send what was waiting for it.
fn ready() {
    BRIDGE.with(|bridge| {
        let mut bridge = bridge.borrow_mut();
        let Phase::Starting { worker, queued, .. } = &mut bridge.phase else {
            return;
        };
        let (worker, queued) = (worker.clone(), std::mem::take(queued));
        bridge.phase = Phase::Running {
            worker: worker.clone(),
        };
        for (seq, request) in queued {
            send(&mut bridge, &worker, seq, request);
        }
    });
}

/// The worker could not start or stopped: every request waiting for it, and every later one,
/// is answered "unavailable".
fn give_up() {
    let replies: Vec<Reply> = BRIDGE.with(|bridge| {
        let mut bridge = bridge.borrow_mut();
        let phase = std::mem::replace(&mut bridge.phase, Phase::Unavailable);
        let mut replies: Vec<Reply> = std::mem::take(&mut bridge.sent)
            .into_values()
            .map(|(_, reply)| reply)
            .collect();
        match phase {
            Phase::Starting { worker, queued, .. } => {
                worker.terminate();
                replies.extend(queued.into_iter().map(|(_, r)| r.reply));
            }
            Phase::Running { worker } => worker.terminate(),
            Phase::NotStarted | Phase::Unavailable => {}
        }
        replies
    });
    for reply in replies {
        reply(Answer::Unavailable);
    }
}

fn mark_name(seq: u32) -> String {
    format!("mend:check:{seq}")
}

fn mark(seq: u32) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(&mark_name(seq));
    }
}

fn measure(seq: u32) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let name = mark_name(seq);
        let _ = p.measure_with_start_mark("mend:check", &name);
        p.clear_marks_with_mark_name(&name);
    }
}

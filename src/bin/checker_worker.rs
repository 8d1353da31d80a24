//! The checker in a Web Worker (built by Trunk as `data-type="worker"`): the page starts it the
//! first time text needs checking, so neither the checker's tables nor its code are part of the
//! first load, and a check never runs on the thread that handles typing.
//!
//! The conversation (`src/checking.rs` is the page's side):
//! - once running, the worker posts `"ready"`; messages sent before then would have had no one
//!   to hear them, so the page waits for it;
//! - the page posts `[seq, scope id, text]`; the worker answers `[seq, Uint32Array]`, the
//!   findings in `mend::checker::wire`'s four numbers each. A request it cannot read is answered
//!   with `[seq]` alone, which the page takes as "no answer" for that text.

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Array, Uint32Array};
    use mend::checker::{check_all_in, wire};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let worker: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer_to = worker.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let request = Array::from(&event.data());
        let seq = request.get(0);
        let scope = request
            .get(1)
            .as_string()
            .and_then(|id| wire::scope_from_id(&id));
        let answer = Array::of1(&seq);
        if let (Some(scope), Some(text)) = (scope, request.get(2).as_string()) {
            let found = wire::encode(&check_all_in(scope, &text));
            answer.push(&Uint32Array::from(found.as_slice()));
        }
        // Only a closed page makes this fail, and then no one is waiting for the answer.
        let _ = answer_to.post_message(&answer);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page keeps it: so does its one handler.
    on_message.forget();
    let _ = worker.post_message(&JsValue::from_str("ready"));
}

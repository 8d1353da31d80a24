//! The service worker adapter: registers `sw.js`, reports a new version waiting to take over,
//! and switches to it only when asked. Never panics: without service workers (an old browser,
//! plain http) Mend simply runs online only.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;

use crate::browser;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};
use yew::Callback;

/// A new version, installed and waiting for the person to accept it.
#[derive(Clone, PartialEq)]
pub struct Update(ServiceWorker);

/// Keeps the listeners alive; dropping it stops watching.
#[derive(Default)]
pub struct Watch {
    listeners: Rc<RefCell<Vec<EventListener>>>,
}

/// Registers the service worker and calls `on_update` when a new version is waiting.
pub fn watch(on_update: Callback<Update>) -> Watch {
    let watch = Watch::default();
    if let Some(container) = container() {
        let listeners = Rc::clone(&watch.listeners);
        spawn_local(async move {
            if let Some(registration) = register(&container).await {
                listen(container, registration, on_update, listeners);
            }
        });
    }
    watch
}

/// Asks the waiting version to take over, then reloads into it. Save before calling this.
pub fn apply(update: &Update) {
    let worker = &update.0;
    let Some(container) = container() else {
        return reload();
    };
    // Another tab may have accepted it already (or a newer one replaced it): this page's
    // controller has changed, so a reload is all that is left.
    if !matches!(worker.state(), ServiceWorkerState::Installed) {
        return reload();
    }
    // One reload, when the new worker controls this page; the listener lives until then.
    EventListener::once(&container, "controllerchange", |_| reload()).forget();
    let message = js_sys::Object::new();
    let sent = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into())
        .and_then(|_| worker.post_message(&message));
    if sent.is_err() {
        reload();
    }
}

/// `navigator.serviceWorker`, when this browser and this page (https or localhost) have it.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &"serviceWorker".into()).ok()?;
    value.dyn_into::<ServiceWorkerContainer>().ok()
}

/// Registers `sw.js` beside index.html, for the whole app: both from the document's base, which
/// Trunk's `--public-url` sets, so the app works at a site's root and under a sub-path.
async fn register(container: &ServiceWorkerContainer) -> Option<ServiceWorkerRegistration> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    let script = web_sys::Url::new_with_base("sw.js", &base).ok()?.href();
    let scope = web_sys::Url::new_with_base("./", &base).ok()?.href();
    let options = RegistrationOptions::new();
    options.set_scope(&scope);
    // Through the Trusted Types policy: the page's CSP refuses a bare string here.
    let script = browser::trusted_script_url(&script)?;
    let register: js_sys::Function = js_sys::Reflect::get(container, &"register".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = register
        .call2(container, &script, &options)
        .ok()?
        .dyn_into()
        .ok()?;
    match JsFuture::from(promise).await {
        Ok(registration) => registration.dyn_into().ok(),
        Err(err) => {
            // Offline use is lost, nothing else: the app goes on.
            web_sys::console::warn_2(
                &"Mend: no offline copy (service worker refused)".into(),
                &err,
            );
            None
        }
    }
}

fn listen(
    container: ServiceWorkerContainer,
    registration: ServiceWorkerRegistration,
    on_update: Callback<Update>,
    listeners: Rc<RefCell<Vec<EventListener>>>,
) {
    // A version left waiting by an earlier visit.
    if let Some(waiting) = registration.waiting() {
        offer(&container, waiting, &on_update);
    }
    if let Some(installing) = registration.installing() {
        track(&container, installing, &on_update, &listeners);
    }
    let on_found = {
        let container = container.clone();
        let registration = registration.clone();
        let listeners = Rc::clone(&listeners);
        EventListener::new(&registration.clone(), "updatefound", move |_| {
            if let Some(installing) = registration.installing() {
                track(&container, installing, &on_update, &listeners);
            }
        })
    };
    // The browser looks for a new sw.js on each page load; a phone keeps one page open for
    // days, so also look when it comes back to the screen or back online.
    let mut checks = Vec::new();
    if let Some(window) = web_sys::window() {
        let on_online = {
            let registration = registration.clone();
            EventListener::new(&window, "online", move |_| check(&registration))
        };
        checks.push(on_online);
        if let Some(document) = window.document() {
            let on_visible = {
                let registration = registration.clone();
                EventListener::new(&document, "visibilitychange", move |_| {
                    if !crate::browser::page_hidden() {
                        check(&registration);
                    }
                })
            };
            checks.push(on_visible);
        }
    }
    let mut kept = listeners.borrow_mut();
    kept.push(on_found);
    kept.extend(checks);
}

/// Follows a new worker until it is installed and waiting.
fn track(
    container: &ServiceWorkerContainer,
    worker: ServiceWorker,
    on_update: &Callback<Update>,
    listeners: &Rc<RefCell<Vec<EventListener>>>,
) {
    let on_state = {
        let container = container.clone();
        let worker_ = worker.clone();
        let on_update = on_update.clone();
        EventListener::new(&worker, "statechange", move |_| {
            if worker_.state() == ServiceWorkerState::Installed {
                offer(&container, worker_.clone(), &on_update);
            }
        })
    };
    listeners.borrow_mut().push(on_state);
}

/// Offers a waiting worker as an update, unless it is the first install: with no worker in
/// control yet there is no older version to replace (it takes over by itself).
fn offer(container: &ServiceWorkerContainer, worker: ServiceWorker, on_update: &Callback<Update>) {
    if container.controller().is_some() {
        on_update.emit(Update(worker));
    }
}

/// Looks for a new sw.js; offline the check fails, quietly.
fn check(registration: &ServiceWorkerRegistration) {
    if let Ok(promise) = registration.update() {
        spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

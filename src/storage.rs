//! The only code that touches localStorage: the browser's `Store`, through gloo-storage.
//!
//! gloo's calls throw when storage is blocked, so every use first checks that storage can be
//! reached, and every browser error comes back as a typed `StoreError`.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use crate::persist::{Store, StoreError};

/// localStorage, once it is known to be reachable.
pub struct LocalStore;

impl LocalStore {
    /// `Ok` only when localStorage exists and can be read; a write is tried by the first save.
    pub fn open() -> Result<LocalStore, StoreError> {
        let window =
            web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => {
                // Reading proves access: some browsers hand out an object that throws on use.
                storage.length().map_err(unavailable)?;
                Ok(LocalStore)
            }
            Ok(None) => Err(StoreError::Unavailable("no localStorage".into())),
            Err(err) => Err(unavailable(err)),
        }
    }
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        LocalStorage::raw().get_item(key).map_err(failed)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        LocalStorage::raw().set_item(key, value).map_err(failed)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        LocalStorage::raw().remove_item(key).map_err(failed)
    }

    fn is_exact(&self, key: &str) -> Result<bool, StoreError> {
        Ok(raw_item(key)?.is_none_or(|value| value.is_valid_utf16()))
    }

    fn copy(&self, from: &str, to: &str) -> Result<(), StoreError> {
        // Through JavaScript strings, never a Rust `String`, so lone surrogates survive.
        let value: wasm_bindgen::JsValue = raw_item(from)?.unwrap_or_default().into();
        let storage = LocalStorage::raw();
        let set_item: js_sys::Function = js_sys::Reflect::get(&storage, &"setItem".into())
            .map_err(failed)?
            .dyn_into()
            .map_err(failed)?;
        set_item
            .call2(&storage, &to.into(), &value)
            .map(|_| ())
            .map_err(failed)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = LocalStorage::raw();
        let count = storage.length().map_err(failed)?;
        let mut keys = Vec::with_capacity(count as usize);
        for index in 0..count {
            if let Some(key) = storage.key(index).map_err(failed)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// The value under `key` as the browser holds it, as a JavaScript string.
fn raw_item(key: &str) -> Result<Option<js_sys::JsString>, StoreError> {
    let storage = LocalStorage::raw();
    let get_item: js_sys::Function = js_sys::Reflect::get(&storage, &"getItem".into())
        .map_err(failed)?
        .dyn_into()
        .map_err(failed)?;
    let value = get_item.call1(&storage, &key.into()).map_err(failed)?;
    Ok(value.dyn_into::<js_sys::JsString>().ok())
}

/// The sessionStorage key that keeps a private session on across a reload of this tab. It holds
/// only "on", never any words; the browser forgets it when the tab closes.
const PRIVATE_SESSION_KEY: &str = "mend:private-session";
/// The sessionStorage key that keeps the id of the apology this tab is editing across a reload,
/// so another tab opening another apology never switches this one. An id, never any words.
const EDITING_KEY: &str = "mend:editing";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn session_get(key: &str) -> Option<String> {
    session_storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Best effort: where session storage is blocked, a reload forgets it, as the notices say.
fn session_set(key: &str, value: Option<&str>) {
    if let Some(storage) = session_storage() {
        let _ = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
    }
}

/// Whether this tab was in a private session before it was reloaded.
pub fn private_session_remembered() -> bool {
    session_get(PRIVATE_SESSION_KEY).is_some()
}

/// Remembers, for this tab only, whether a private session is on.
pub fn remember_private_session(on: bool) {
    session_set(PRIVATE_SESSION_KEY, on.then_some("on"));
}

/// The apology this tab was editing before it was reloaded.
pub fn editing_remembered() -> Option<String> {
    session_get(EDITING_KEY)
}

/// Remembers, for this tab only, which apology it is editing.
pub fn remember_editing(id: Option<&str>) {
    session_set(EDITING_KEY, id);
}

fn exception_name(err: &JsValue) -> Option<String> {
    err.dyn_ref::<web_sys::DomException>().map(|e| e.name())
}

fn describe(err: &JsValue) -> String {
    err.dyn_ref::<web_sys::DomException>()
        .map(|e| format!("{}: {}", e.name(), e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

fn unavailable(err: JsValue) -> StoreError {
    StoreError::Unavailable(describe(&err))
}

fn failed(err: JsValue) -> StoreError {
    match exception_name(&err).as_deref() {
        Some("QuotaExceededError") | Some("NS_ERROR_DOM_QUOTA_REACHED") => StoreError::Full,
        Some("SecurityError") => StoreError::Unavailable(describe(&err)),
        _ => StoreError::Failed(describe(&err)),
    }
}

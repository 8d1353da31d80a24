//! Small adapters over browser APIs, each returning a plain value or a typed error, never panicking.

use std::cell::Cell;

use wasm_bindgen::{JsCast, JsValue};

/// Whether the app itself added the current history entry: the router stamps each entry it adds
/// with a state object, which the browser keeps across a reload; an address opened directly has
/// none.
pub fn history_entry_added_by_app() -> bool {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .is_some_and(|state| !state.is_null() && !state.is_undefined())
}

/// Milliseconds since the Unix epoch (0 in the build's native render, which shows no times).
pub fn now() -> f64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::now()
    } else {
        0.0
    }
}

/// Marks the document as the running app (`<html data-app="running">`): until then a page is as
/// prerendered. Styles and the end-to-end tests wait on it.
pub fn mark_app_running() {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-app", "running");
    }
}

/// The window, or none in the build's native render: what runs while rendering asks here, so
/// the same components render at build time.
fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

thread_local! {
    static ID_COUNTER: Cell<u32> = const { Cell::new(0) };
}

/// A short id unique within this device: time, a counter and a little randomness.
pub fn new_id(prefix: &str) -> String {
    let count = ID_COUNTER.with(|c| {
        let next = c.get().wrapping_add(1);
        c.set(next);
        next
    });
    let random = (js_sys::Math::random() * 1_679_616.0) as u32; // 36^4
    format!(
        "{prefix}{}{}{}",
        base36(now() as u64),
        base36(u64::from(count)),
        base36(u64::from(random))
    )
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Moves focus to the page's heading, so keyboard and screen reader users start at the new content.
pub fn focus_heading() {
    let Some(doc) = document() else { return };
    if let Ok(Some(heading)) = doc.query_selector("main h1") {
        if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
            let _ = heading.focus();
        }
    }
}

/// Whether the page is being hidden (tab switched, phone locked, app closed).
pub fn page_hidden() -> bool {
    document().is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
}

/// Copies text to the clipboard; `Err` when the browser refuses.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// Moves focus to the element with this id, if it exists.
pub fn focus_element(id: &str) {
    try_focus_element(id);
}

/// Focuses the element with this id; false when there is no such element (yet).
pub fn try_focus_element(id: &str) -> bool {
    let Some(doc) = document() else { return false };
    let Some(element) = doc.get_element_by_id(id) else {
        return false;
    };
    match element.dyn_into::<web_sys::HtmlElement>() {
        Ok(element) => element.focus().is_ok(),
        Err(_) => false,
    }
}

/// Offers `text` as a downloaded file; `Err` when the browser refuses.
pub fn download_text(file_name: &str, text: &str) -> Result<(), ()> {
    let doc = document().ok_or(())?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let anchor: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Some browsers start the download after this tick: release the file a little later.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The Web Share API's `navigator.share`, where the browser has it (mostly phones).
fn share_function() -> Option<js_sys::Function> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &"share".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

pub fn can_share() -> bool {
    share_function().is_some()
}

/// Opens the system share sheet. `Ok(false)` when the person closed it without sharing.
pub async fn share_text(title: &str, text: &str) -> Result<bool, ()> {
    let navigator = web_sys::window().ok_or(())?.navigator();
    let share = share_function().ok_or(())?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"title".into(), &title.into()).map_err(|_| ())?;
    js_sys::Reflect::set(&data, &"text".into(), &text.into()).map_err(|_| ())?;
    let promise: js_sys::Promise = share
        .call1(&navigator, &data)
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Ok(true),
        Err(err) => {
            let aborted = err
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|e| e.name() == "AbortError");
            if aborted {
                Ok(false)
            } else {
                Err(())
            }
        }
    }
}

/// Today's date as YYYY-MM-DD in local time, for file names.
pub fn today() -> String {
    crate::content::dates::iso_local_date(now(), utc_offset_minutes())
}

/// Minutes to add to local time to get UTC (`Date.getTimezoneOffset()`): the one place the time
/// zone is read.
pub fn utc_offset_minutes() -> f64 {
    // Read while rendering, so the build's native render gets UTC: nothing it renders shows a date.
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::new_0().get_timezone_offset()
    } else {
        0.0
    }
}

/// `navigator.storage`, where the browser has it.
fn storage_manager() -> Option<wasm_bindgen::JsValue> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &"storage".into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Calls a method of `navigator.storage` that returns a promise, and awaits it.
async fn storage_call(method: &str) -> Option<wasm_bindgen::JsValue> {
    let manager = storage_manager()?;
    let function: js_sys::Function = js_sys::Reflect::get(&manager, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = function.call0(&manager).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// Runs `f` while holding the Web Lock `name` (`navigator.locks`), shared by every tab of this
/// site, so no two tabs run it at once. `f` runs later, once the lock is granted; returns false,
/// without running it, where the browser has no Web Locks.
pub fn with_lock(name: &str, f: impl FnOnce() + 'static) -> bool {
    let callback =
        wasm_bindgen::closure::Closure::once_into_js(move |_lock: wasm_bindgen::JsValue| f());
    request_lock(name, None, &callback)
}

/// Holds the Web Lock `name` for as long as this page lives: the browser lets it go when the
/// page closes or crashes, so another tab can tell that this one is gone. False without Web Locks.
pub fn hold_lock(name: &str) -> bool {
    let callback = wasm_bindgen::closure::Closure::once_into_js(|_lock: wasm_bindgen::JsValue| {
        js_sys::Promise::new(&mut |_, _| {})
    });
    request_lock(name, None, &callback)
}

/// Calls `f(true)` if the Web Lock `name` is free (no page holds it), else `f(false)`; later,
/// once the browser has looked. False, without calling `f`, where the browser has no Web Locks.
pub fn if_lock_free(name: &str, f: impl FnOnce(bool) + 'static) -> bool {
    let callback =
        wasm_bindgen::closure::Closure::once_into_js(move |lock: wasm_bindgen::JsValue| {
            f(!lock.is_null())
        });
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"ifAvailable".into(), &true.into());
    request_lock(name, Some(&options), &callback)
}

fn request_lock(
    name: &str,
    options: Option<&js_sys::Object>,
    callback: &wasm_bindgen::JsValue,
) -> bool {
    let Some(locks) = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"locks".into()).ok())
        .filter(|l| l.is_object())
    else {
        return false;
    };
    let Some(request) = js_sys::Reflect::get(&locks, &"request".into())
        .ok()
        .and_then(|r| r.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    match options {
        Some(options) => request.call3(&locks, &name.into(), options, callback),
        None => request.call2(&locks, &name.into(), callback),
    }
    .is_ok()
}

thread_local! {
    /// The one Trusted Types policy (see `trusted_script_url`), made once per page.
    static SCRIPT_POLICY: Option<JsValue> = make_script_policy();
}

/// The page's policy (`require-trusted-types-for 'script'`) lets a script's address reach the
/// browser only as a `TrustedScriptURL`. The one policy, "mend", makes them, for addresses of this
/// site only (the service worker, a worker); anything else is refused.
fn make_script_policy() -> Option<JsValue> {
    let window = web_sys::window()?;
    let factory = js_sys::Reflect::get(&window, &"trustedTypes".into())
        .ok()
        .filter(|f| f.is_object())?;
    let create: js_sys::Function = js_sys::Reflect::get(&factory, &"createPolicy".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let own_origin = window.location().origin().ok()?;
    let check = wasm_bindgen::closure::Closure::<dyn Fn(String) -> Result<JsValue, JsValue>>::new(
        move |url: String| {
            let base = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.base_uri().ok().flatten())
                .unwrap_or_default();
            match web_sys::Url::new_with_base(&url, &base) {
                Ok(parsed) if parsed.origin() == own_origin => Ok(parsed.href().into()),
                _ => Err(JsValue::from_str(
                    "Mend: a script from another site was refused",
                )),
            }
        },
    );
    let rules = js_sys::Object::new();
    js_sys::Reflect::set(&rules, &"createScriptURL".into(), check.as_ref()).ok()?;
    // Lives as long as the page, as the policy does.
    check.forget();
    create.call2(&factory, &"mend".into(), &rules).ok()
}

/// `url` as a `TrustedScriptURL` where the browser has Trusted Types, else as it is; for the
/// service worker's registration and a worker's script. `None` for another site's address.
pub fn trusted_script_url(url: &str) -> Option<JsValue> {
    SCRIPT_POLICY.with(|policy| match policy {
        Some(policy) => {
            let create: js_sys::Function = js_sys::Reflect::get(policy, &"createScriptURL".into())
                .ok()?
                .dyn_into()
                .ok()?;
            create.call1(policy, &url.into()).ok()
        }
        None => Some(url.into()),
    })
}

/// Bytes this site uses and may use, where the browser says.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    let estimate = storage_call("estimate").await?;
    let read = |key: &str| {
        js_sys::Reflect::get(&estimate, &key.into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    Some((read("usage")?, read("quota")?))
}

/// Whether the browser has agreed to keep this site's data; `None` where it can't say.
pub async fn storage_persisted() -> Option<bool> {
    storage_call("persisted").await?.as_bool()
}

/// Asks the browser to keep this site's data; returns whether it agreed.
pub async fn request_persistence() -> Option<bool> {
    storage_call("persist").await?.as_bool()
}

/// The text of the first file chosen in a file input.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Result<String, ()> {
    let file = input.files().and_then(|files| files.get(0)).ok_or(())?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| ())?;
    text.as_string().ok_or(())
}

/// Leaves Mend at once for `url`, replacing this page's history entry, so Back does not return
/// to it ("Leave this page quickly").
pub fn leave_for(url: &str) {
    if let Some(window) = web_sys::window() {
        if window.location().replace(url).is_err() {
            // Replacing failed (it shouldn't): going there is still better than staying.
            let _ = window.location().set_href(url);
        }
    }
}

/// Counts Shift presses for the quick-exit shortcut, as GOV.UK's "Exit this page" does: three in
/// a row, within `SHIFT_WINDOW_MS` of the first, with no other key between them.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct ShiftCount {
    presses: u8,
    first_at: f64,
}

pub const SHIFT_WINDOW_MS: f64 = 5_000.0;

impl ShiftCount {
    /// Counts one key press at `at` (milliseconds); whether it makes the third Shift in a row.
    pub fn press(&mut self, is_shift: bool, at: f64) -> bool {
        if !is_shift {
            self.presses = 0;
            return false;
        }
        if self.presses == 0 || at - self.first_at > SHIFT_WINDOW_MS {
            self.presses = 1;
            self.first_at = at;
        } else {
            self.presses += 1;
        }
        if self.presses >= 3 {
            self.presses = 0;
            return true;
        }
        false
    }
}

/// Calls `then` when Shift is pressed three times in a row, anywhere on the page, for as long as
/// the returned listener is kept. A held key's repeats don't count.
pub fn on_shift_three_times(then: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let document = document()?;
    let count = Cell::new(ShiftCount::default());
    Some(gloo_events::EventListener::new(
        &document,
        "keydown",
        move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if key.repeat() {
                return;
            }
            let mut counted = count.get();
            let third = counted.press(key.key() == "Shift", now());
            count.set(counted);
            if third {
                then();
            }
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_shifts_in_a_row_within_the_window_and_no_other_key_between() {
        let mut c = ShiftCount::default();
        assert!(!c.press(true, 0.0));
        assert!(!c.press(true, 100.0));
        assert!(c.press(true, 200.0));
        // Typing capitals ("I Am Sam") never gets there: every other key starts again.
        for at in [1_000.0, 1_100.0, 1_200.0, 1_300.0, 1_400.0, 1_500.0] {
            assert!(!c.press(true, at));
            assert!(!c.press(false, at + 50.0));
        }
        // Too slow: the count starts again from the late press.
        assert!(!c.press(true, 10_000.0));
        assert!(!c.press(true, 11_000.0));
        assert!(!c.press(true, 16_000.0));
        assert!(!c.press(true, 16_100.0));
        assert!(c.press(true, 16_200.0));
    }
}

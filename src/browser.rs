//! Small adapters over browser APIs, each returning a plain value or a typed error, never panicking.

use std::cell::Cell;

use wasm_bindgen::JsCast;

/// Milliseconds since the Unix epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
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

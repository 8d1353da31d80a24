//! Starts the app in the browser; everything else lives in the library. (Natively, where the
//! same components are rendered to HTML by `src/bin/prerender.rs`, there is nothing to start.)

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

#[cfg(target_arch = "wasm32")]
fn main() {
    // In a task of its own, after the one that compiled and instantiated the wasm: a slow phone's
    // main thread gets a break between the two (input, a frame), instead of one long task. The
    // prerendered page stays as it is meanwhile; its fields take no typing until the app runs.
    gloo_timers::callback::Timeout::new(0, start).forget();
}

#[cfg(target_arch = "wasm32")]
fn start() {
    use mend::app::App;

    if prerendered_here() {
        // The page was rendered at build time for this very address: adopt it in place.
        yew::Renderer::<App>::new().hydrate();
    } else {
        // Another page's HTML (a host answering an unknown address with index.html, a query or a
        // fragment the build could not know) or none at all: build the page afresh, in the same
        // task as clearing the old one, so no blank frame is painted between the two.
        clear_body();
        yew::Renderer::<App>::new().render();
    }
}

#[cfg(target_arch = "wasm32")]
use {mend::route::Route, yew_router::Routable};

#[cfg(target_arch = "wasm32")]
/// Whether the body holds the page prerendered for this address (`<body data-route=…>`), so
/// the app's first render will match it node for node. Hydrating any other HTML would fail.
fn prerendered_here() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(rendered) = document.body().and_then(|b| b.get_attribute("data-route")) else {
        return false;
    };
    let Some(location) = document.location() else {
        return false;
    };
    let (Ok(path), Ok(search), Ok(hash)) =
        (location.pathname(), location.search(), location.hash())
    else {
        return false;
    };
    if !search.is_empty() || !hash.is_empty() {
        return false;
    }
    let base = base_path(&document);
    let Some(within) = path.strip_prefix(base.trim_end_matches('/')) else {
        return false;
    };
    Route::recognize(within).is_some_and(|route| route.path() == rendered)
}

#[cfg(target_arch = "wasm32")]
/// The path of the document's `<base href>` ("/" or "/mend/").
fn base_path(document: &web_sys::Document) -> String {
    document
        .base_uri()
        .ok()
        .flatten()
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_else(|| "/".to_owned())
}

#[cfg(target_arch = "wasm32")]
fn clear_body() {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    while let Some(child) = body.first_child() {
        let _ = body.remove_child(&child);
    }
}

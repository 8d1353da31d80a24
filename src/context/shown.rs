//! The page shown most recently, for "Back" links that return to wherever the reader came from.

use std::cell::Cell;

use crate::route::Route;

thread_local! {
    static SHOWN: Cell<Option<Route>> = const { Cell::new(None) };
}

/// The page shown before the one now being built: read when a page is first built, before the
/// root's route effect records the new page. `None` after a reload or a deep link.
pub fn page_before() -> Option<Route> {
    SHOWN.with(|shown| shown.get())
}

/// Called by the root once a page is shown.
pub fn record_shown(route: Route) {
    SHOWN.with(|shown| shown.set(Some(route)));
}

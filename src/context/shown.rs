//! The pages shown most recently, for "Back" links that return to wherever the reader came from.

use std::cell::Cell;

use crate::route::Route;

thread_local! {
    /// The page shown now, and the one shown before it.
    static SHOWN: Cell<(Option<Route>, Option<Route>)> = const { Cell::new((None, None)) };
}

/// The page shown before `here`, the page asking. A page is usually built before the root's
/// route effect records it, but one built later (a page of stored words, once they are read)
/// finds itself already recorded: either way the answer is the page the reader came from.
/// `None` after a reload or a deep link.
pub fn page_before(here: Route) -> Option<Route> {
    SHOWN.with(|shown| match shown.get() {
        (Some(now), before) if now == here => before,
        (now, _) => now,
    })
}

/// Called by the root once a page is shown.
pub fn record_shown(route: Route) {
    SHOWN.with(|shown| {
        let (now, _) = shown.get();
        if now != Some(route) {
            shown.set((Some(route), now));
        }
    });
}

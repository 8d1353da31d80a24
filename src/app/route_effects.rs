//! What happens on every change of page: the title, the scroll position, focus on the heading,
//! and a polite announcement (skipped on first load, when the browser already reads the page).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::content::shell;
use crate::context;
use crate::route::Route;

#[component]
pub fn RouteEffects() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let announcement = use_state(String::new);
    let first_load = use_mut_ref(|| true);
    {
        let announcement = announcement.clone();
        use_effect_with(route, move |route| {
            context::record_shown(*route);
            browser::set_title(&route.document_title());
            if std::mem::replace(&mut *first_load.borrow_mut(), false) {
                return;
            }
            browser::scroll_to_top();
            browser::focus_heading();
            let meta = route.meta();
            announcement.set(shell::page_announcement(meta.title, meta.step));
        });
    }
    html! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="route-announcer">
            { (*announcement).clone() }
        </div>
    }
}

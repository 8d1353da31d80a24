//! One page per route.

mod home;
mod not_found;
mod placeholder;

use yew::prelude::*;

use crate::route::Route;

/// The router's switch: which page each route shows.
pub fn render(route: Route) -> Html {
    match route {
        Route::Home => html! { <home::Home /> },
        Route::NotFound => html! { <not_found::NotFound /> },
        other => html! { <placeholder::Placeholder route={other} /> },
    }
}

//! One page per route.

mod apology;
mod data;
mod forward;
mod home;
mod not_found;
mod receive;

use yew::prelude::*;

use crate::model::Part;
use crate::route::Route;

/// The router's switch: which page each route shows.
pub fn render(route: Route) -> Html {
    match route {
        Route::Home => html! { <home::Home /> },
        Route::Prepare => html! { <apology::Prepare /> },
        Route::Acknowledge => html! { <apology::PartStep part={Part::Acknowledge} /> },
        Route::Responsibility => html! { <apology::PartStep part={Part::Responsibility} /> },
        Route::Remorse => html! { <apology::PartStep part={Part::Remorse} /> },
        Route::Change => html! { <apology::PartStep part={Part::Change} /> },
        Route::Review => html! { <apology::Review /> },
        Route::Receive => html! { <receive::Intro /> },
        Route::ReceiveNeeds => html! { <receive::Needs /> },
        Route::ReceiveWeigh => html! { <receive::Weigh /> },
        Route::ReceiveRespond => html! { <receive::Respond /> },
        Route::ReceiveBoundaries => html! { <receive::Boundaries /> },
        Route::ReceiveForgiveness => html! { <receive::Forgiveness /> },
        Route::Safety => html! { <receive::Safety /> },
        Route::Forward => html! { <forward::Forward /> },
        Route::Data => html! { <data::Data /> },
        Route::NotFound => html! { <not_found::NotFound /> },
    }
}

//! One page per route.

pub(crate) mod apology;
pub(crate) mod data;
pub(crate) mod forward;
pub(crate) mod home;
mod not_found;
pub(crate) mod open;
mod opening;
pub(crate) mod receive;

use yew::prelude::*;
use yew_router::Routable;

use crate::model::Part;
use crate::route::Route;

/// The router's switch: which page each route shows. Keyed by route, so that a new page is always
/// built afresh (a folded-open section or a half-typed field never carries over to the next step).
pub fn render(route: Route) -> Html {
    let page = match route {
        Route::Home => html! { <home::Home /> },
        Route::Prepare => html! { <apology::Prepare /> },
        Route::Acknowledge => html! { <apology::PartStep part={Part::Acknowledge} /> },
        Route::Responsibility => html! { <apology::PartStep part={Part::Responsibility} /> },
        Route::Remorse => html! { <apology::PartStep part={Part::Remorse} /> },
        Route::Change => html! { <apology::PartStep part={Part::Change} /> },
        Route::Review => html! { <apology::Review /> },
        Route::Deliver => html! { <apology::Deliver /> },
        Route::Open => html! { <open::Open /> },
        Route::Receive => receive::intro(),
        Route::ReceiveNeeds => html! { <receive::Needs /> },
        Route::ReceiveWeigh => html! { <receive::Weigh /> },
        Route::ReceiveRespond => html! { <receive::Respond /> },
        Route::ReceiveBoundaries => html! { <receive::Boundaries /> },
        Route::ReceiveForgiveness => receive::forgiveness(),
        Route::Safety => receive::safety(),
        Route::Forward => html! { <forward::Forward /> },
        Route::Data => data::data_page(),
        Route::NotFound => not_found::not_found(),
    };
    let page = if opening::shows_stored_words(route) {
        html! { <opening::WhenRead {route}>{ page }</opening::WhenRead> }
    } else {
        page
    };
    html! { <><key={route.to_path()}>{ page }</></> }
}

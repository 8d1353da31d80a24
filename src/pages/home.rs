//! The start page: what Mend is, and the three ways in.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::content::home;
use crate::route::Route;

#[component]
pub fn Home() -> Html {
    html! {
        <>
            <PageHeading route={Route::Home} />
            <p class="lead">{ home::INTRO }</p>
            <ul class="choices">
                <li><Link<Route> to={Route::Prepare} classes="choice choice--primary">{ home::WRITE_APOLOGY }</Link<Route>></li>
                <li><Link<Route> to={Route::Receive} classes="choice">{ home::RECEIVED_APOLOGY }</Link<Route>></li>
                <li><Link<Route> to={Route::Forward} classes="choice">{ home::MOVING_FORWARD }</Link<Route>></li>
            </ul>
            <p class="safety-link"><Link<Route> to={Route::Safety}>{ home::SAFETY_LINK }</Link<Route>></p>
        </>
    }
}

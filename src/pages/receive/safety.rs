//! The safety note (`/receive/safety`): when an apology is part of harm, plainly, and where to turn.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::back_link::ReturnLink;
use crate::components::page_heading::page_heading;
use crate::components::quick_exit::QuickExit;
use crate::content::receive;
use crate::route::Route;

fn list(items: &'static [&'static str]) -> Html {
    html! { <ul class="receive-points">{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul> }
}

pub fn safety() -> Html {
    html! {
        <>
            <ReturnLink fallback={Route::Receive} label={receive::BACK} />
            { page_heading(Route::Safety) }
            <div class="receive safety">
                <QuickExit prominent=true />
                <p class="lead">{ receive::SAFETY_LEAD }</p>
                <h2>{ receive::SIGNS_TITLE }</h2>
                { list(receive::SIGNS) }
                <p class="safety__plain">{ receive::SIGNS_PLAIN }</p>
                <p>{ receive::SIGNS_APOLOGIZER }</p>
                <h2>{ receive::HELP_TITLE }</h2>
                { list(receive::HELP) }
                <h2>{ receive::FIND_TITLE }</h2>
                { list(receive::FIND) }
                <h2>{ receive::DEVICE_TITLE }</h2>
                <p>{ receive::DEVICE }</p>
                <p>{ receive::QUICK_EXIT_LIMITS }</p>
                <p class="standalone-link"><Link<Route> to={Route::Data}>{ receive::DEVICE_LINK }</Link<Route>></p>
                <details class="disclosure receive-why">
                    <summary>{ receive::SAFETY_WHY_TITLE }</summary>
                    { for receive::SAFETY_WHY.iter().map(|p| html! { <p>{ *p }</p> }) }
                </details>
            </div>
            <nav class="safety__next" aria-label={receive::SAFETY_NAV_LABEL}>
                <ul class="plain-links">
                    <li><Link<Route> to={Route::Receive}>{ receive::SAFETY_TO_GUIDE }</Link<Route>></li>
                    <li><Link<Route> to={Route::Home}>{ receive::SAFETY_TO_START }</Link<Route>></li>
                </ul>
            </nav>
        </>
    }
}

//! Shown for any address Mend does not know.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::page_heading::page_heading;
use crate::content::shell;
use crate::route::Route;

pub fn not_found() -> Html {
    html! {
        <>
            { page_heading(Route::NotFound) }
            <p>{ shell::NOT_FOUND_BODY }</p>
            <p class="standalone-link"><Link<Route> to={Route::Home}>{ shell::NOT_FOUND_HOME }</Link<Route>></p>
        </>
    }
}

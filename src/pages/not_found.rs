//! Shown for any address Mend does not know.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::content::shell;
use crate::route::Route;

#[component]
pub fn NotFound() -> Html {
    html! {
        <>
            <PageHeading route={Route::NotFound} />
            <p>{ shell::NOT_FOUND_BODY }</p>
            <p><Link<Route> to={Route::Home}>{ shell::NOT_FOUND_HOME }</Link<Route>></p>
        </>
    }
}

//! The plain link to the safety note, on every page of the receiver's guide and of the plan.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::receive;
use crate::route::Route;

/// A plain function rather than a component: it has no state (see `page_heading`).
pub fn safety_link() -> Html {
    html! {
        <p class="safety-link receive-safety standalone-link">
            <Link<Route> to={Route::Safety}>{ receive::SAFETY_LINK }</Link<Route>>
        </p>
    }
}

//! Step 1 of the guide (`/receive`): it's okay to need time, and the steps ahead.

use yew::prelude::*;
use yew_router::prelude::*;

use super::{GuidePage, GUIDE};
use crate::components::sheet::Sheet;
use crate::content::receive;
use crate::route::Route;
use crate::sheet;

pub fn intro() -> Html {
    let steps = GUIDE.iter().skip(1).map(|route| {
        html! {
            <li><Link<Route> to={*route}>{ route.title() }</Link<Route>></li>
        }
    });
    html! {
        <GuidePage route={Route::Receive}>
            <p class="lead">{ receive::ARTICLE_LEAD }</p>
            <h2>{ receive::TIME_TITLE }</h2>
            <ul class="receive-points">
                { for receive::TIME_POINTS.iter().map(|p| html! { <li>{ *p }</li> }) }
            </ul>
            <details class="disclosure receive-why">
                <summary>{ receive::TIME_WHY_TITLE }</summary>
                { for receive::TIME_WHY.iter().map(|p| html! { <p>{ *p }</p> }) }
            </details>
            <h2>{ receive::GUIDE_TITLE }</h2>
            <p>{ receive::GUIDE_INTRO }</p>
            <ol class="guide-steps stylist-guide-steps" start="2">{ for steps }</ol>
        </GuidePage>
    }
}

/// The steps ahead, each a link a finger can hit.
pub const SHEET: Sheet = sheet!(
    "stylist-guide-steps",
    r#"
    li {
        margin-bottom: var(--space-2);
    }
    a {
        display: inline-flex;
        align-items: center;
        min-height: var(--tap);
    }
    "#
);

//! The safety note (`/receive/safety`): when an apology is part of harm, plainly, and where to turn.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::back_link::ReturnLink;
use crate::components::page_heading::page_heading;
use crate::components::quick_exit::QuickExit;
use crate::components::sheet::Sheet;
use crate::content::receive;
use crate::route::Route;
use crate::sheet;

fn list(items: &'static [&'static str]) -> Html {
    html! { <ul class="receive-points">{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul> }
}

pub fn safety() -> Html {
    html! {
        <>
            <ReturnLink fallback={Route::Receive} label={receive::BACK} />
            { page_heading(Route::Safety) }
            <div class="receive safety stylist-safety">
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
            <nav class="safety__next stylist-safety" aria-label={receive::SAFETY_NAV_LABEL}>
                <ul class="plain-links">
                    <li><Link<Route> to={Route::Receive}>{ receive::SAFETY_TO_GUIDE }</Link<Route>></li>
                    <li><Link<Route> to={Route::Home}>{ receive::SAFETY_TO_START }</Link<Route>></li>
                </ul>
            </nav>
        </>
    }
}

/// The safety page's own look: the plain words in the notes' colours, and the ways on ruled off
/// below, as a row of links each a full tap high.
pub const SHEET: Sheet = sheet!(
    "stylist-safety",
    r#"
    .safety__plain {
        padding: var(--space-4) var(--gutter);
        border-left: 4px solid var(--color-note-border);
        border-radius: 0 var(--radius) var(--radius) 0;
        background: var(--color-note-bg);
        font-weight: 600;
    }
    &.safety__next {
        margin-top: var(--space-6);
        padding-top: var(--space-4);
        border-top: 1px solid var(--color-border-soft);
    }
    .plain-links {
        list-style: none;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2) var(--space-5);
    }
    .plain-links a {
        display: inline-flex;
        align-items: center;
        min-height: var(--tap);
    }
    "#
);

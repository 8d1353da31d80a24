//! The "Back" link at the top of a page: to the previous step, or back to wherever the reader
//! came from, saving first.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::sheet::Sheet;
use crate::context::use_mend;
use crate::route::Route;
use crate::sheet;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub to: Route,
    pub label: AttrValue,
}

#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let mend = use_mend();
    let save_first = mend.save_on_click();
    html! {
        <p class="back-link stylist-back-link" onclick={save_first}>
            <Link<Route> to={props.to}>{ props.label.clone() }</Link<Route>>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReturnLinkProps {
    /// Where "Back" goes when Mend did not open this page from another one (after a reload, or
    /// from a link outside the app).
    pub fallback: Route,
    pub label: AttrValue,
}

/// "Back" for pages reached from many places (the safety note, the plan): a step back in the
/// browser's history, like its own Back button, so going back and forth never loops.
#[component]
pub fn ReturnLink(props: &ReturnLinkProps) -> Html {
    let mend = use_mend();
    let navigator = use_navigator();
    // Read once, when the page opens.
    let here = use_route::<Route>().unwrap_or(Route::NotFound);
    let came_from =
        *use_state(|| crate::context::page_before(here).filter(|route| *route != Route::NotFound));
    let to = came_from.unwrap_or(props.fallback);
    let href = format!(
        "{}{}",
        navigator.as_ref().and_then(|n| n.basename()).unwrap_or(""),
        to.path()
    );
    let onclick = Callback::from(move |event: MouseEvent| {
        if event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key() {
            return;
        }
        event.prevent_default();
        mend.save_now();
        match (&navigator, came_from) {
            (Some(navigator), Some(_)) => navigator.back(),
            (Some(navigator), None) => navigator.push(&to),
            (None, _) => {}
        }
    });
    html! {
        <p class="back-link stylist-back-link">
            <a {href} {onclick}>{ props.label.clone() }</a>
        </p>
    }
}

/// "Back" above a page's heading: a full-height target with a drawn chevron.
pub const SHEET: Sheet = sheet!(
    "stylist-back-link",
    r#"
    margin: 0 0 var(--space-3);
    a {
        display: inline-flex;
        align-items: center;
        min-height: var(--tap);
        gap: var(--space-1);
    }
    a::before {
        content: "";
        width: 0.5rem;
        height: 0.5rem;
        border-left: 2px solid currentColor;
        border-bottom: 2px solid currentColor;
        transform: rotate(45deg);
    }
    "#
);

//! The plain link to the safety note, on every page of the receiver's guide and of the plan.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::sheet::Sheet;
use crate::content::receive;
use crate::route::Route;
use crate::sheet;

/// A plain function rather than a component: it has no state (see `page_heading`).
pub fn safety_link() -> Html {
    html! {
        <p class="safety-link receive-safety standalone-link stylist-safety-link">
            <Link<Route> to={Route::Safety}>{ receive::SAFETY_LINK }</Link<Route>>
        </p>
    }
}

/// The link closes its page as a ruled section of its own (its target is a full tap high through
/// `standalone-link`); at the end of the guide's pages it sits on the page's last line.
pub const SHEET: Sheet = sheet!(
    "stylist-safety-link",
    r#"
    margin-top: var(--space-6);
    padding-top: var(--space-4);
    border-top: 1px solid var(--color-border-soft);
    .guide-safety & {
        margin-bottom: 0;
    }
    "#
);

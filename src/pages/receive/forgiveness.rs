//! Step 6 (`/receive/forgiveness`): receiving genuine effort with grace, and forgiveness as a process.

use yew::prelude::*;

use super::GuidePage;
use crate::components::sheet::Sheet;
use crate::content::receive;
use crate::route::Route;
use crate::sheet;

fn list(items: &'static [&'static str]) -> Html {
    html! { <ul class="receive-points">{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul> }
}

pub fn forgiveness() -> Html {
    html! {
        <GuidePage route={Route::ReceiveForgiveness}>
            <p class="lead">{ receive::GRACE_LEAD }</p>
            <h2>{ receive::GRACE_TITLE }</h2>
            { for receive::GRACE.iter().map(|p| html! { <p>{ *p }</p> }) }
            <h2>{ receive::PROCESS_TITLE }</h2>
            <p>{ receive::PROCESS }</p>
            <p class="receive-subhead stylist-forgiveness">{ receive::NOT_TITLE }</p>
            { list(receive::NOT) }
            <h2>{ receive::PROMISES_TITLE }</h2>
            <p>{ receive::PROMISES_INTRO }</p>
            <ol class="promises stylist-forgiveness">{ for receive::PROMISES.iter().map(|p| html! { <li>{ *p }</li> }) }</ol>
            <p>{ receive::PROMISES_AFTER }</p>
            <p class="reminder">{ receive::CLOSING_QUESTION }</p>
        </GuidePage>
    }
}

/// The page's one small heading (what forgiveness is not) and its numbered promises.
pub const SHEET: Sheet = sheet!(
    "stylist-forgiveness",
    r#"
    &.receive-subhead {
        font-weight: 700;
        margin-bottom: var(--space-2);
    }
    &.promises li {
        margin-bottom: var(--space-2);
    }
    "#
);

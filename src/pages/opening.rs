//! A page made mostly of stored words (the review, the delivery page, the plan, "Your data", a
//! private link),
//! while those words are still being read: its heading and what it is for, and nothing that
//! would be wrong a moment later ("nothing written yet" to someone who has written it all).
//! This is also what such a page's prerendered HTML holds.

use yew::prelude::*;

use crate::components::page_heading::page_heading;
use crate::content::shell;
use crate::context::use_mend;
use crate::route::Route;

/// The routes whose page is mostly stored words, or (a private link) words the page reads
/// from its own address once it runs.
pub fn shows_stored_words(route: Route) -> bool {
    matches!(
        route,
        Route::Review | Route::Deliver | Route::Forward | Route::Data | Route::Open
    )
}

#[derive(Properties, PartialEq)]
pub struct WhenReadProps {
    pub route: Route,
    pub children: Html,
}

/// The page itself once what is stored has been read; until then its neutral opening.
#[component]
pub fn WhenRead(props: &WhenReadProps) -> Html {
    if use_mend().ready() {
        return props.children.clone();
    }
    html! {
        <>
            { page_heading(props.route) }
            if let Some(purpose) = props.route.description() {
                <p class="lead">{ purpose }</p>
            }
            <p class="opening-note" role="status">{ shell::PAGE_OPENING }</p>
        </>
    }
}

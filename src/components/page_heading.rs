//! A page's one `<h1>`, with its optional "Step N of 4" caption; focus lands here on every page change.

use yew::prelude::*;

use crate::content::shell;
use crate::route::Route;

/// A plain function rather than a component: it has no state, and each component adds its own
/// copy of Yew's lifecycle code to the download.
pub fn page_heading(route: Route) -> Html {
    let meta = route.meta();
    html! {
        <div class="page-heading">
            if let Some(step) = meta.step {
                <p class="caption" id="step-caption">{ shell::step_caption(step) }</p>
            }
            <h1 tabindex="-1">{ meta.title }</h1>
        </div>
    }
}

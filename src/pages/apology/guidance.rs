//! The article's guidance for one part, its example, further examples and the research behind it.

use yew::prelude::*;

use crate::content::steps;
use crate::model::{Part, Relationship};

// Plain functions, not components: they hold no state, and every component brings its own copy
// of Yew's lifecycle code into the download.

pub fn guidance(part: Part) -> Html {
    let text = steps::step(part);
    html! {
        <>
            <p class="lead">{ text.guidance }</p>
            <figure class="example">
                <figcaption class="example__caption">{ steps::ARTICLE_EXAMPLE_TITLE }</figcaption>
                <blockquote class="example__quote"><p>{ text.article_example }</p></blockquote>
            </figure>
        </>
    }
}

/// Further examples, the research, and what to avoid, folded away so the field stays near the top.
pub fn more_help(part: Part, relationship: Relationship) -> Html {
    let text = steps::step(part);
    let examples = steps::examples(part, relationship);
    html! {
        <div class="more-help">
            <details class="disclosure">
                <summary>{ steps::MORE_EXAMPLES_TITLE }</summary>
                <ul class="example-list">
                    { for examples.iter().map(|e| html! { <li>{ *e }</li> }) }
                </ul>
            </details>
            <details class="disclosure">
                <summary>{ steps::AVOID_TITLE }</summary>
                <ul>
                    { for text.avoid.iter().map(|e| html! { <li>{ *e }</li> }) }
                </ul>
            </details>
            <details class="disclosure">
                <summary>{ steps::WHY_TITLE }</summary>
                { for text.why.iter().map(|p| html! { <p>{ *p }</p> }) }
            </details>
        </div>
    }
}

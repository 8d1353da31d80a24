//! The article's guidance for one part, its example, further examples and the research behind it.

use yew::prelude::*;

use crate::components::sheet::Sheet;
use crate::content::steps;
use crate::model::{Part, Relationship};
use crate::sheet;

// Plain functions, not components: they hold no state, and every component brings its own copy
// of Yew's lifecycle code into the download.

pub fn guidance(part: Part) -> Html {
    let text = steps::step(part);
    html! {
        <>
            <p class="lead">{ text.guidance }</p>
            <figure class="example stylist-guidance">
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
        <div class="more-help stylist-guidance">
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

/// The article's example, set apart in the accent's soft tint with a bar at its side; the folds
/// of further help below the field.
pub const SHEET: Sheet = sheet!(
    "stylist-guidance",
    r#"
    &.example {
        margin: 0 0 var(--space-5);
        padding: var(--space-3) var(--gutter);
        border-left: 4px solid var(--color-accent);
        background: var(--color-accent-soft);
        border-radius: 0 var(--radius) var(--radius) 0;
        max-width: var(--measure);
    }
    .example__caption {
        font-size: var(--text-s);
        font-weight: 700;
        color: var(--color-text-muted);
    }
    .example__quote {
        margin: var(--space-1) 0 0;
        font-family: var(--font-serif);
        font-size: var(--text-l);
    }
    .example__quote p {
        margin: 0;
    }
    &.more-help {
        margin: var(--space-5) 0;
        max-width: var(--measure);
    }
    .example-list li {
        margin-bottom: var(--space-2);
    }
    "#
);

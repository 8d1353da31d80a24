//! The article's guidance for one part, its example, further examples and the research behind it.

use yew::prelude::*;

use crate::content::steps;
use crate::model::{Part, Relationship};

#[derive(Properties, PartialEq)]
pub struct GuidanceProps {
    pub part: Part,
    pub relationship: Relationship,
}

#[component]
pub fn Guidance(props: &GuidanceProps) -> Html {
    let text = steps::step(props.part);
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
#[component]
pub fn MoreHelp(props: &GuidanceProps) -> Html {
    let text = steps::step(props.part);
    let examples = steps::examples(props.part, props.relationship);
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

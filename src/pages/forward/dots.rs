//! The row's picture of its latest check-ins: one dot each, oldest to newest, filled when kept
//! and hollow when slipped, drawn as inline SVG and heard as one sentence.

use yew::prelude::*;

use crate::components::sheet::Sheet;
use crate::content::forward;
use crate::model::plan::Recent;
use crate::model::Outcome;
use crate::sheet;

/// Space from one dot's centre to the next, and the dot's radius, in SVG units (px at 100%).
const STEP: usize = 12;
const RADIUS: &str = "4";

pub fn recent_dots(recent: &Recent) -> Html {
    if recent.is_empty() {
        return Html::default();
    }
    let sentence = forward::recent_sentence(recent.kept(), recent.len());
    let width = (recent.len() * STEP).to_string();
    let dots = recent.outcomes.iter().enumerate().map(|(at, outcome)| {
        let class = match outcome {
            Outcome::Kept => "dots__dot dots__dot--kept",
            _ => "dots__dot dots__dot--slipped",
        };
        html! {
            <circle class={class} cx={(at * STEP + STEP / 2).to_string()} cy="7" r={RADIUS} />
        }
    });
    html! {
        <svg class="dots stylist-dots" data-testid="dots" role="img" aria-label={sentence.clone()}
            width={width.clone()} height="14" viewBox={format!("0 0 {width} 14")} focusable="false">
            <title>{ sentence }</title>
            { for dots }
        </svg>
    }
}

/// The dots: kept filled in the accent, a slip hollow (not red: it is part of the record, not a
/// failure); in forced colours both in the text's colour, still filled and hollow.
pub const SHEET: Sheet = sheet!(
    "stylist-dots",
    r#"
    flex: none;
    overflow: visible;
    .dots__dot {
        stroke-width: 2;
    }
    .dots__dot--kept {
        fill: var(--color-accent);
        stroke: var(--color-accent);
    }
    .dots__dot--slipped {
        fill: none;
        stroke: var(--color-warning-border);
    }
    @media (forced-colors: active) {
        .dots__dot--kept {
            fill: CanvasText;
            stroke: CanvasText;
        }
        .dots__dot--slipped {
            stroke: CanvasText;
        }
    }
    "#
);

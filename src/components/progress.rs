//! Where a person is in a numbered sequence: one mark per page, the ones before it shaded and the
//! current one emphasised, with the visible "Step N of M" caption; a screen reader hears it as
//! one line, "Step 3 of 6, Weighing the apology".
//!
//! Used by the receiver's guide (six pages); made for the apology's four steps too. It draws
//! its own caption (`#step-caption`), so a page uses it in place of `page_heading`'s caption:
//! `heading_with_progress(route)` is `page_heading` with the progress in it.

use yew::prelude::*;

use crate::components::sheet::Sheet;
use crate::content::shell;
use crate::route::Route;
use crate::sheet;

/// A plain function rather than a component: it has no state (see `page_heading`).
/// `number` counts from 1; marks before it are passed, marks after it are still to come. Passed
/// marks keep their number rather than a tick: a person who came in through a link (straight to
/// step 3) has not done steps 1 and 2, and the guide's pages are for reading, not for finishing.
pub fn progress(number: u8, of: u8, title: &str) -> Html {
    let step = crate::model::StepOf { number, of };
    let marks = (1..=of).map(|n| {
        let state = match n.cmp(&number) {
            std::cmp::Ordering::Less => "progress__mark--passed",
            std::cmp::Ordering::Equal => "progress__mark--current",
            std::cmp::Ordering::Greater => "progress__mark--todo",
        };
        html! { <li class={classes!("progress__mark", state)}>{ n }</li> }
    });
    html! {
        <div class="progress stylist-progress" data-testid="progress">
            <p class="visually-hidden" data-testid="progress-label">{ shell::progress_label(step, title) }</p>
            // What the line above says, drawn: hidden from screen readers so it is heard once.
            <ol class="progress__marks" aria-hidden="true">{ for marks }</ol>
            <p class="caption" id="step-caption" aria-hidden="true">{ shell::step_caption(step) }</p>
        </div>
    }
}

/// The page's `<h1>` with the progress above it (or no progress, for a page with no number).
pub fn heading_with_progress(route: Route) -> Html {
    let meta = route.meta();
    html! {
        <div class="page-heading">
            if let Some(step) = meta.step {
                { progress(step.number, step.of, meta.title) }
            }
            <h1 tabindex="-1">{ meta.title }</h1>
        </div>
    }
}

/// One mark a page: passed ones filled, the current one larger with a ring, the rest
/// outlined. The marks are drawn only; the line before them is what a screen reader hears. They
/// are sized by the screen as well as the text, so six marks fit a 320 px screen at 200% text;
/// they wrap rather than scroll if they ever can't.
pub const SHEET: Sheet = sheet!(
    "stylist-progress",
    r#"
    margin-bottom: var(--space-1);
    .progress__marks {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: min(var(--space-2), 2vw);
        list-style: none;
        margin: 0 0 var(--space-2);
        padding: 0;
    }
    .progress__mark {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        flex: none;
        width: min(1.75rem, 9vw);
        height: min(1.75rem, 9vw);
        border-radius: 50%;
        border: 2px solid var(--color-border);
        color: var(--color-text-muted);
        font-size: min(0.8125rem, 4vw);
        font-weight: 700;
        line-height: 1;
    }
    .progress__mark--passed {
        background: var(--color-accent-soft);
        border-color: var(--color-accent);
        color: var(--color-accent);
    }
    .progress__mark--current {
        width: min(2.25rem, 11vw);
        height: min(2.25rem, 11vw);
        background: var(--color-accent);
        border-color: var(--color-accent);
        color: var(--color-accent-text);
        font-size: min(var(--text-s), 5vw);
        box-shadow: 0 0 0 3px var(--color-accent-soft);
    }
    "#
);

//! Four marks above a step of the apology: where the person is (the current one emphasised) and
//! which parts hold words, read by a screen reader as "Step 2 of 4, Take responsibility".

use yew::prelude::*;

use crate::components::sheet::Sheet;
use crate::content::{shell, steps, titles};
use crate::model::{Part, Parts, Step};
use crate::sheet;

/// A plain function: no state of its own (see `page_heading`).
/// `parts` is `None` until what is stored has been read: the marks then say nothing of it.
pub fn step_marks(current: Part, parts: Option<&Parts>) -> Html {
    let Some(step) = Step::Part(current).numbered() else {
        return html! {};
    };
    let title = titles::of_step(Step::Part(current));
    let label = steps::step_progress(&shell::step_caption(step), title);
    let marks = Part::ALL
        .iter()
        .map(|part| mark(*part, *part == current, parts.map(|p| p.is_written(*part))));
    html! {
        <ol class="step-marks stylist-step-marks" aria-label={label} data-testid="step-marks">{ for marks }</ol>
    }
}

fn mark(part: Part, current: bool, written: Option<bool>) -> Html {
    let title = titles::of_step(Step::Part(part));
    html! {
        <li class={classes!(
                "step-mark",
                current.then_some("step-mark--current"),
                (written == Some(true)).then_some("step-mark--done"),
            )}
            aria-current={current.then_some("step")}>
            <span class="step-mark__bar" aria-hidden="true"></span>
            <span class="visually-hidden">{ steps::step_mark(title, current, written) }</span>
        </li>
    }
}

/// Four marks above the caption: done ones filled, the current one taller and outlined; the
/// current one not yet written is half filled, "in progress" without being a done mark.
pub const SHEET: Sheet = sheet!(
    "stylist-step-marks",
    r#"
    list-style: none;
    display: grid;
    grid-template-columns: repeat(4, 1fr);
    gap: var(--space-2);
    max-width: 16rem;
    padding: 0;
    margin: 0 0 var(--space-3);
    .step-mark {
        display: flex;
        align-items: flex-end;
        height: 0.75rem;
    }
    .step-mark__bar {
        display: block;
        width: 100%;
        height: 0.375rem;
        border: 2px solid var(--color-border);
        border-radius: 999px;
        background: transparent;
    }
    .step-mark--done .step-mark__bar {
        border-color: var(--color-accent);
        background: var(--color-accent);
    }
    .step-mark--current .step-mark__bar {
        height: 0.75rem;
        border-color: var(--color-accent);
        box-shadow: 0 0 0 2px var(--color-accent-soft);
    }
    .step-mark--current:not(.step-mark--done) .step-mark__bar {
        background: linear-gradient(to right, var(--color-accent) 50%, transparent 50%);
    }
    "#
);

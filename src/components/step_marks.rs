//! Four marks above a step of the apology: where the person is (the current one emphasised) and
//! which parts hold words, read by a screen reader as "Step 2 of 4, Take responsibility".

use yew::prelude::*;

use crate::content::{shell, steps, titles};
use crate::model::{Part, Parts, Step};

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
        <ol class="step-marks" aria-label={label} data-testid="step-marks">{ for marks }</ol>
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

//! The apology journey: before you begin, the four parts, and the review.

pub(crate) mod change_fields;
pub(crate) mod deliver;
pub(crate) mod guidance;
pub(crate) mod own_notes;
pub(crate) mod prepare;
pub(crate) mod rehearse;
pub(crate) mod review;
pub(crate) mod said;
mod send_buttons;
mod step;

pub use deliver::Deliver;
pub use prepare::Prepare;
pub use review::Review;
pub use step::PartStep;

use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser;
use crate::checker::Scope;
use crate::components::checker_notes::{CheckerNotes, Show};
use crate::context::Mend;
use crate::model::{Apology, ApologyChange, ApologyField, Part, Step};
use crate::route::Route;
use crate::state::Action;

/// `?from=review` on a step: Continue goes back to the review instead of the next step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FromReview {
    pub from: String,
}

impl FromReview {
    pub fn query() -> FromReview {
        FromReview {
            from: "review".into(),
        }
    }
}

/// Whether the page was opened from a review "Change" link.
#[hook]
pub fn use_from_review() -> bool {
    use_location()
        .and_then(|l| l.query::<FromReview>().ok())
        .is_some_and(|q| q.from == "review")
}

/// Sends one change to the open apology, stamped with the time; on a first visit with none open
/// (a deep link), the same action starts one at `step`.
pub fn change_current(mend: &Mend, step: Step, change: ApologyChange) {
    mend.dispatch(Action::WriteCurrent {
        now: browser::now(),
        step,
        new_id: browser::new_id("a"),
        change,
    });
}

/// Sends one change to apology `id`, stamped with the time.
pub fn change(mend: &Mend, id: String, change: ApologyChange) {
    mend.dispatch(Action::Apology {
        id,
        now: browser::now(),
        change,
    });
}

/// A callback that stores a field's new text in the current apology.
pub fn edit_callback(mend: &Mend, step: Step, field: ApologyField) -> Callback<String> {
    let mend = mend.clone();
    Callback::from(move |text: String| {
        let field = field.clone();
        change_current(&mend, step, ApologyChange::Edit { field, text });
    })
}

/// Remembers the step as "where you left off" when a page of the journey opens.
#[hook]
pub fn use_visit(step: Step) {
    let mend = crate::context::use_mend();
    // Again once the stored words are read: on a page opened straight from its address, the
    // apology being visited is only known then.
    use_effect_with((step, mend.ready()), move |(step, _)| {
        if let Some(id) = mend.state.current().map(|a| a.id.clone()) {
            mend.dispatch(Action::Visit { id, step: *step });
        }
    });
}

/// Continue: save, then go to the next step, or back to the review when the person came from there.
pub fn continue_callback(
    mend: &Mend,
    navigator: Option<Navigator>,
    step: Step,
    from_review: bool,
) -> Callback<MouseEvent> {
    let mend = mend.clone();
    Callback::from(move |_| {
        mend.save_now();
        let next = if from_review {
            Step::Review
        } else {
            step.next().unwrap_or(Step::Review)
        };
        if let Some(navigator) = &navigator {
            navigator.push(&Route::for_step(next));
        }
    })
}

/// "Keep my wording", and its Undo: remembers (or forgets) a dismissed checker note for the
/// current apology.
pub fn dismiss_callback(mend: &Mend) -> Callback<(String, bool)> {
    let mend = mend.clone();
    Callback::from(move |(key, dismissed): (String, bool)| {
        let Some(id) = mend.state.current().map(|a| a.id.clone()) else {
            return;
        };
        change(&mend, id, ApologyChange::DismissNote { key, dismissed });
    })
}

/// The Continue button at the foot of each step ("Continue to review" when the person came from there).
pub fn continue_button(on_continue: Callback<MouseEvent>, from_review: bool) -> Html {
    let label = if from_review {
        crate::content::steps::CONTINUE_TO_REVIEW
    } else {
        crate::content::steps::CONTINUE
    };
    html! {
        <div class="button-row button-row--end">
            <button type="button" class="button" onclick={on_continue}>{ label }</button>
        </div>
    }
}

/// The checker's notes on one part, or on one of its fields (`show`), under id `id`.
pub fn part_notes(mend: &Mend, apology: &Apology, part: Part, show: Show, id: String) -> Html {
    let parts = &apology.parts;
    let fields: Vec<AttrValue> = parts
        .fields_of(part)
        .into_iter()
        .map(|f| AttrValue::from(f.to_owned()))
        .collect();
    html! {
        <CheckerNotes
            scope={Scope::Part(part)}
            text={parts.text_of(part)}
            {fields}
            {show}
            dismissed={apology.dismissed_notes.clone()}
            on_dismiss={dismiss_callback(mend)}
            {id}
        />
    }
}

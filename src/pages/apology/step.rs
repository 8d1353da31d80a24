//! One of the four parts: guidance, the person's own words, and Back / Continue.

use yew::prelude::*;
use yew_router::prelude::*;

use super::change_fields::ChangeFields;
use super::guidance::{guidance, more_help};
use super::own_notes::{note_id, own_note};
use super::{
    continue_button, continue_callback, edit_callback, part_notes, use_from_review, use_visit,
};
use crate::components::back_link::BackLink;
use crate::components::checker_notes::Show;
use crate::components::page_heading::page_heading;
use crate::components::step_marks::step_marks;
use crate::components::text_field::TextField;
use crate::content::steps;
use crate::context::use_mend;
use crate::model::compose::reads_as_fragment;
use crate::model::ApologyField as Field;
use crate::model::{Part, Step};
use crate::route::Route;

/// The card with "what they told me", which the feelings field names as describing it.
const LISTENED_ID: &str = "own-listened";

#[derive(Properties, PartialEq)]
pub struct PartStepProps {
    pub part: Part,
}

#[component]
pub fn PartStep(props: &PartStepProps) -> Html {
    let mend = use_mend();
    let navigator = use_navigator();
    let from_review = use_from_review();
    let step = Step::Part(props.part);
    use_visit(step);

    let apology = mend.state.current().cloned().unwrap_or_default();
    let route = Route::for_step(step);
    let back = if from_review {
        Route::Review
    } else {
        Route::for_step(step.previous().unwrap_or(Step::Prepare))
    };
    // Each field carries the notes on its own words (`show`); the part's whole-text notes, and
    // the count a screen reader hears, come after the fields.
    let field = |id: &'static str, text: &steps::Field, value: &str, which: Field, show: Show| {
        html! {
            <TextField
                id={id}
                label={text.label}
                hint={text.hint}
                value={value.to_owned()}
                on_input={edit_callback(&mend, step, which)}
            >
                { part_notes(&mend, &apology, props.part, show, format!("notes-{id}")) }
            </TextField>
        }
    };
    let parts = &apology.parts;
    let listened = &apology.preparation.listened;
    let fields = match props.part {
        Part::Acknowledge => {
            let feelings_tip = reads_as_fragment(&parts.feelings);
            html! {
                <>
                    { field("what-happened", &steps::WHAT_HAPPENED, &parts.what_happened, Field::WhatHappened, Show::Field(0)) }
                    <TextField
                        id="feelings"
                        label={steps::FEELINGS.label}
                        hint={steps::FEELINGS.hint}
                        value={parts.feelings.clone()}
                        on_input={edit_callback(&mend, step, Field::Feelings)}
                        reference={own_note(LISTENED_ID, steps::OWN_LISTENED_TITLE, listened)}
                        described_by={feelings_described_by(listened, feelings_tip)}
                    >
                        { part_notes(&mend, &apology, props.part, Show::Field(1), "notes-feelings".into()) }
                        // Under the field, so appearing at a keystroke never moves the words typed.
                        if feelings_tip {
                            <p class="hint" id={FEELINGS_TIP_ID} data-testid="feelings-tip">{ steps::FEELINGS_SENTENCE_TIP }</p>
                        }
                    </TextField>
                    { part_notes(&mend, &apology, props.part, Show::Rest, "notes-acknowledge".into()) }
                </>
            }
        }
        Part::Responsibility => field(
            "responsibility",
            &steps::RESPONSIBILITY,
            &parts.responsibility,
            Field::Responsibility,
            Show::All,
        ),
        Part::Remorse => field(
            "remorse",
            &steps::REMORSE,
            &parts.remorse,
            Field::Remorse,
            Show::All,
        ),
        Part::Change => html! { <ChangeFields apology={apology.clone()} /> },
    };
    let on_continue = continue_callback(&mend, navigator, step, from_review);
    html! {
        <>
            <BackLink to={back} label={steps::BACK} />
            { step_marks(props.part, mend.ready().then_some(&apology.parts)) }
            { page_heading(route) }
            { guidance(props.part) }
            if apology.edited_text.is_some() {
                <div class="notice" data-testid="edited-elsewhere">
                    <p>{ steps::EDITED_ELSEWHERE }</p>
                    <p class="standalone-link"><Link<Route> to={Route::Review}>{ steps::EDITED_ELSEWHERE_LINK }</Link<Route>></p>
                </div>
            }
            <div class="fields">{ fields }</div>
            { more_help(props.part, apology.relationship) }
            { continue_button(on_continue, from_review) }
        </>
    }
}

const FEELINGS_TIP_ID: &str = "feelings-tip";

/// What the feelings field's `aria-describedby` names besides its hint: the person's own note,
/// and the tip once it shows, so a screen reader coming back to the field hears it.
fn feelings_described_by(listened: &str, tip_shown: bool) -> Option<AttrValue> {
    let ids: Vec<&str> = [
        note_id(LISTENED_ID, listened).map(|_| LISTENED_ID),
        tip_shown.then_some(FEELINGS_TIP_ID),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!ids.is_empty()).then(|| ids.join(" ").into())
}

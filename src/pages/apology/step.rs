//! One of the four parts: guidance, the person's own words, and Back / Continue.

use yew::prelude::*;
use yew_router::prelude::*;

use super::change_fields::ChangeFields;
use super::guidance::{guidance, more_help};
use super::{
    continue_button, continue_callback, dismiss_callback, edit_callback, use_from_review, use_visit,
};
use crate::checker::Scope;
use crate::components::back_link::BackLink;
use crate::components::checker_notes::CheckerNotes;
use crate::components::page_heading::page_heading;
use crate::components::text_field::TextField;
use crate::content::steps;
use crate::context::use_mend;
use crate::model::ApologyField as Field;
use crate::model::{Part, Step};
use crate::route::Route;

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
    let field = |id: &'static str, text: &steps::Field, value: &str, which: Field| {
        html! {
            <TextField
                id={id}
                label={text.label}
                hint={text.hint}
                value={value.to_owned()}
                on_input={edit_callback(&mend, step, which)}
            />
        }
    };
    let parts = &apology.parts;
    let fields = match props.part {
        Part::Acknowledge => html! {
            <>
                { field("what-happened", &steps::WHAT_HAPPENED, &parts.what_happened, Field::WhatHappened) }
                { field("feelings", &steps::FEELINGS, &parts.feelings, Field::Feelings) }
            </>
        },
        Part::Responsibility => field(
            "responsibility",
            &steps::RESPONSIBILITY,
            &parts.responsibility,
            Field::Responsibility,
        ),
        Part::Remorse => field("remorse", &steps::REMORSE, &parts.remorse, Field::Remorse),
        Part::Change => html! { <ChangeFields apology={apology.clone()} /> },
    };
    let on_dismiss = dismiss_callback(&mend);
    let on_continue = continue_callback(&mend, navigator, step, from_review);
    html! {
        <>
            <BackLink to={back} label={steps::BACK} />
            { page_heading(route) }
            { guidance(props.part) }
            if apology.edited_text.is_some() {
                <div class="notice" data-testid="edited-elsewhere">
                    <p>{ steps::EDITED_ELSEWHERE }</p>
                    <p class="standalone-link"><Link<Route> to={Route::Review}>{ steps::EDITED_ELSEWHERE_LINK }</Link<Route>></p>
                </div>
            }
            <div class="fields">{ fields }</div>
            <CheckerNotes
                scope={Scope::Part(props.part)}
                text={apology.parts.text_of(props.part)}
                dismissed={apology.dismissed_notes.clone()}
                {on_dismiss}
                id={format!("notes-{}", props.part.id())}
            />
            { more_help(props.part, apology.relationship) }
            { continue_button(on_continue, from_review) }
        </>
    }
}

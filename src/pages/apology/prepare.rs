//! "Before you begin": optional — who it is for, and three short reflections that make apologies
//! fuller. The way past it comes first; the relationship is one compact row of choices.

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{
    change_current, continue_button, continue_callback, edit_callback, use_from_review, use_visit,
};
use crate::components::back_link::BackLink;
use crate::components::page_heading::page_heading;
use crate::components::sheet::Sheet;
use crate::components::text_field::TextField;
use crate::content::steps;
use crate::context::use_mend;
use crate::model::{ApologyChange, ApologyField as Field};
use crate::model::{Part, Relationship, Step};
use crate::route::Route;
use crate::sheet;

#[component]
pub fn Prepare() -> Html {
    let mend = use_mend();
    let navigator = use_navigator();
    let from_review = use_from_review();
    let step = Step::Prepare;
    use_visit(step);
    let apology = mend.state.current().cloned().unwrap_or_default();

    let on_name = {
        let edit = edit_callback(&mend, step, Field::Recipient);
        Callback::from(move |e: InputEvent| {
            edit.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let radios = Relationship::ALL.into_iter().map(|relationship| {
        let id = format!("relationship-{}", relationship.id());
        let onchange = {
            let mend = mend.clone();
            Callback::from(move |_: Event| {
                change_current(&mend, step, ApologyChange::SetRelationship(relationship));
            })
        };
        // Still a real radio group (arrow keys move through it), drawn as chips.
        html! {
            <div class="chip">
                <input type="radio" class="chip__input" name="relationship" id={id.clone()}
                    value={relationship.id()} checked={apology.relationship == relationship} {onchange} />
                <label class="chip__label" for={id}>{ steps::relationship_name(relationship) }</label>
            </div>
        }
    });
    let reflection = |id: &'static str, text: &steps::Field, value: &str, which: Field| {
        html! {
            <TextField id={id} label={text.label} hint={text.hint} value={value.to_owned()}
                rows={2} on_input={edit_callback(&mend, step, which)} />
        }
    };
    let prep = &apology.preparation;
    let on_continue = continue_callback(&mend, navigator, step, from_review);
    let skip_first = mend.save_on_click();
    html! {
        <>
            <BackLink to={Route::Home} label={steps::BACK} />
            { page_heading(Route::Prepare) }
            <p class="lead">{ steps::PREPARE_INTRO }</p>
            // Where someone who wants to get on with it looks first.
            <p class="standalone-link prepare__skip stylist-prepare" onclick={skip_first}>
                <Link<Route> to={Route::for_step(Step::Part(Part::Acknowledge))}>{ steps::SKIP_PREPARE }</Link<Route>>
            </p>
            <div class="field">
                <label class="label" for="recipient">{ steps::RECIPIENT.label }</label>
                <p class="hint" id="recipient-hint">{ steps::RECIPIENT.hint }</p>
                <input id="recipient" class="input input--short" type="text" autocomplete="off"
                    autocapitalize="words" aria-describedby="recipient-hint"
                    value={apology.recipient.clone()} readonly={!mend.ready()} oninput={on_name} />
            </div>
            <fieldset class="fieldset">
                <legend class="label">{ steps::RELATIONSHIP_LABEL }</legend>
                <div class="chips stylist-prepare">{ for radios }</div>
            </fieldset>
            { reflection("calm", &steps::CALM, &prep.calm, Field::Calm) }
            { reflection("listened", &steps::LISTENED, &prep.listened, Field::Listened) }
            { reflection("values", &steps::VALUES, &prep.values, Field::Values) }
            { continue_button(on_continue, from_review) }
            <p class="page-safety stylist-prepare">
                { steps::PREPARE_SAFETY }{ " " }
                <Link<Route> to={Route::Safety}>{ steps::PREPARE_SAFETY_LINK }</Link<Route>>
            </p>
        </>
    }
}

/// "Before you begin": the way past it near the top, where people look for it; the relationship
/// as real radio buttons drawn as a row of chips that wraps (the input covers its chip, so a tap
/// anywhere on it chooses; a tick as well as the fill, so the choice doesn't rest on colour); a
/// plain safety line at the foot, set apart from the buttons.
pub const SHEET: Sheet = sheet!(
    "stylist-prepare",
    r#"
    &.prepare__skip {
        margin-top: calc(-1 * var(--space-2));
    }
    &.chips {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
    }
    .chip {
        position: relative;
    }
    .chip__input {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        margin: 0;
        opacity: 0;
        cursor: pointer;
    }
    .chip__label {
        display: inline-flex;
        align-items: center;
        gap: var(--space-1);
        min-height: var(--tap);
        padding: var(--space-1) var(--space-3);
        border: 2px solid var(--color-border);
        border-radius: 999px;
        background: var(--color-surface);
        font-size: var(--text-s);
        cursor: pointer;
    }
    .chip__input:checked + .chip__label {
        border-color: var(--color-accent);
        background: var(--color-accent);
        color: var(--color-accent-text);
        font-weight: 600;
    }
    .chip__input:checked + .chip__label::before {
        content: "✓";
    }
    .chip__input:hover + .chip__label {
        border-color: var(--color-accent);
    }
    .chip__input:focus-visible {
        outline: none;
        box-shadow: none;
    }
    .chip__input:focus-visible + .chip__label {
        outline: var(--focus-ring);
        outline-offset: var(--focus-ring-offset);
        box-shadow: var(--focus-ring-gap);
    }
    &.page-safety {
        margin-top: var(--space-6);
        padding-top: var(--space-4);
        border-top: 1px solid var(--color-border-soft);
    }
    "#
);

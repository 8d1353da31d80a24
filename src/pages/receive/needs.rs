//! Step 2 (`/receive/needs`): a private self-check of what would help, and free notes.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{dispatch, GuidePage};
use crate::components::sheet::Sheet;
use crate::components::text_field::TextField;
use crate::content::receive;
use crate::context::use_mend;
use crate::model::ReceiverAction;
use crate::route::Route;
use crate::sheet;

#[component]
pub fn Needs() -> Html {
    let mend = use_mend();
    let notes = &mend.state.doc.receiver;
    let checks = receive::NEEDS.iter().map(|need| {
        let id = format!("need-{}", need.id);
        let checked = notes.needs.contains(need.id);
        let onchange = {
            let mend = mend.clone();
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                dispatch(
                    &mend,
                    ReceiverAction::SetNeed {
                        need: need.id.to_owned(),
                        on,
                    },
                )
            })
        };
        html! {
            <div class="check">
                <input type="checkbox" class="check__input" id={id.clone()} name="needs"
                    value={need.id} {checked} {onchange} />
                <label class="check__label" for={id}>{ need.label }</label>
            </div>
        }
    });
    let on_notes = {
        let mend = mend.clone();
        Callback::from(move |text: String| dispatch(&mend, ReceiverAction::SetNotes { text }))
    };
    html! {
        <GuidePage route={Route::ReceiveNeeds}>
            <p class="lead">{ receive::NEEDS_INTRO }</p>
            <fieldset class="fieldset" aria-describedby="needs-hint">
                <legend class="label">{ receive::NEEDS_LEGEND }</legend>
                <p class="hint" id="needs-hint">{ receive::NEEDS_HINT }</p>
                <div class="checks stylist-checks">{ for checks }</div>
            </fieldset>
            <TextField
                id="receiver-notes"
                label={receive::NOTES.label}
                hint={receive::NOTES.hint}
                value={notes.notes.clone()}
                rows={5}
                on_input={on_notes}
            />
            <details class="disclosure receive-why">
                <summary>{ receive::NEEDS_WHY_TITLE }</summary>
                { for receive::NEEDS_WHY.iter().map(|p| html! { <p>{ *p }</p> }) }
            </details>
        </GuidePage>
    }
}

/// The needs' tick boxes, drawn like the radios of "Before you begin": each row a 44 px target.
pub const SHEET: Sheet = sheet!(
    "stylist-checks",
    r#"
    display: grid;
    gap: var(--space-1);
    .check {
        display: flex;
        align-items: flex-start;
        gap: var(--space-3);
        min-height: var(--tap);
    }
    .check__input {
        width: 1.5rem;
        height: 1.5rem;
        margin: 0.6rem 0 0;
        flex: none;
        accent-color: var(--color-accent);
    }
    .check__label {
        flex: 1;
        padding: var(--space-2) 0;
        cursor: pointer;
    }
    "#
);

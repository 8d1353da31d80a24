//! The person's own notes from "Before you begin", as a quiet card beside the field they help
//! with: what they told me (step 1), what I value (step 4), both folded away on the review.

use yew::prelude::*;

use crate::components::sheet::Sheet;
use crate::content::steps;
use crate::model::Preparation;
use crate::sheet;

/// A card with one note, or nothing when the note is empty. `id` lets a field name it in its
/// `aria-describedby`.
pub fn own_note(id: &'static str, title: &'static str, text: &str) -> Html {
    if text.trim().is_empty() {
        return html! {};
    }
    html! {
        <div class="own-note stylist-own-notes" id={id} data-testid="own-note">
            <p class="own-note__title">{ title }<span class="own-note__source">{ steps::OWN_NOTES_SOURCE }</span></p>
            <p class="own-note__text prose">{ text.trim().to_owned() }</p>
        </div>
    }
}

/// On the review page: both notes, folded, so the apology stays first.
pub fn own_notes_folded(prep: &Preparation) -> Html {
    let (listened, values) = (prep.listened.trim(), prep.values.trim());
    if listened.is_empty() && values.is_empty() {
        return html! {};
    }
    let item = |title: &'static str, text: &str| {
        (!text.is_empty()).then(|| {
            html! {
                <>
                    <dt class="own-note__title">{ title }</dt>
                    <dd class="own-note__text prose">{ text.to_owned() }</dd>
                </>
            }
        })
    };
    html! {
        <details class="disclosure own-notes stylist-own-notes" data-testid="own-notes">
            <summary>{ steps::OWN_NOTES_REVIEW }</summary>
            <dl class="own-notes__list">
                { item(steps::OWN_LISTENED_TITLE, listened).unwrap_or_default() }
                { item(steps::OWN_VALUES_TITLE, values).unwrap_or_default() }
            </dl>
        </details>
    }
}

/// Whether a field's `aria-describedby` should name the card.
pub fn note_id(id: &'static str, text: &str) -> Option<AttrValue> {
    (!text.trim().is_empty()).then_some(AttrValue::Static(id))
}

/// The card beside a step's field: quiet, set apart, not a form control; on the review, the
/// folded list.
pub const SHEET: Sheet = sheet!(
    "stylist-own-notes",
    r#"
    &.own-note {
        max-width: var(--measure);
        margin: 0 0 var(--space-3);
        padding: var(--space-2) var(--gutter);
        border: 1px solid var(--color-border-soft);
        border-radius: var(--radius);
        background: var(--color-surface-muted);
    }
    .own-note__title {
        margin: 0;
        font-size: var(--text-s);
        font-weight: 700;
    }
    .own-note__source {
        display: block;
        font-weight: 400;
        color: var(--color-text-muted);
    }
    .own-note__text {
        margin: var(--space-1) 0 0;
        font-family: var(--font-serif);
    }
    &.own-notes {
        margin-top: var(--space-4);
    }
    .own-notes__list {
        margin: 0 0 var(--space-3);
    }
    .own-notes__list dd {
        margin: 0 0 var(--space-3);
    }
    "#
);

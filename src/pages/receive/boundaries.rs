//! Step 5 (`/receive/boundaries`): the boundary template, what it reads as, and the saved boundaries.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{dispatch, GuidePage};
use crate::browser;
use crate::components::sheet::Sheet;
use crate::content::{dates, receive};
use crate::context::use_mend;
use crate::hooks::use_clock;
use crate::hooks::use_status;
use crate::hooks::{remove_button_id, use_focus_later};
use crate::model::ics::CalendarDate;
use crate::model::{BoundaryField, Entry, ReceiverAction};
use crate::route::Route;
use crate::sheet;

fn field_text(field: BoundaryField) -> &'static crate::content::steps::Field {
    match field {
        BoundaryField::Willing => &receive::WILLING,
        BoundaryField::Need => &receive::NEED,
        BoundaryField::IfAgain => &receive::IF_AGAIN,
        BoundaryField::Then => &receive::THEN,
    }
}

#[component]
pub fn Boundaries() -> Html {
    let mend = use_mend();
    let clock = use_clock();
    let status = use_status();
    let removed = use_state(|| None::<(Entry, usize)>);
    let focus_later = use_focus_later();
    let notes = &mend.state.doc.receiver;
    let draft = &notes.boundary_draft;
    let ready = mend.ready();
    let sentence = receive::boundary_sentence(draft);

    let fields = BoundaryField::ALL.into_iter().map(|field| {
        let text = field_text(field);
        let id = format!("boundary-{}", field.id());
        let hint_id = format!("{id}-hint");
        let oninput = {
            let (mend, status) = (mend.clone(), status.clone());
            Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlInputElement>().value();
                status.clear();
                dispatch(&mend, ReceiverAction::SetBoundaryField { field, text })
            })
        };
        html! {
            <div class="field">
                <label class="label" for={id.clone()}>{ text.label }</label>
                <p class="hint" id={hint_id.clone()}>{ text.hint }</p>
                <input type="text" class="input" id={id} autocomplete="off" autocapitalize="off"
                    aria-describedby={hint_id} value={field.of(draft).clone()} readonly={!ready} {oninput} />
            </div>
        }
    });

    let on_save = {
        let (mend, status, removed) = (mend.clone(), status.clone(), removed.clone());
        let sentence = sentence.clone();
        Callback::from(move |_: MouseEvent| {
            if sentence.is_empty() {
                status.say(receive::BOUNDARY_EMPTY);
                return;
            }
            let id = browser::new_id("b");
            let text = sentence.clone();
            dispatch(&mend, ReceiverAction::SaveBoundary { id, text });
            removed.set(None);
            status.say(receive::BOUNDARY_SAVED);
        })
    };

    let offset = clock.map(|c| c.offset).unwrap_or(0.0);
    let items = notes.boundaries.iter().enumerate().map(|(index, entry)| {
        let date = dates::day(CalendarDate::local(entry.date, offset));
        let on_remove = {
            let (mend, status, removed) = (mend.clone(), status.clone(), removed.clone());
            let focus_later = focus_later.clone();
            let entry = entry.clone();
            Callback::from(move |_: MouseEvent| {
                removed.set(Some((entry.clone(), index)));
                status.say(receive::BOUNDARY_REMOVED);
                let id = entry.id.clone();
                dispatch(&mend, ReceiverAction::RemoveBoundary { id });
                // The button is gone with its boundary: focus goes to Undo once it is drawn.
                focus_later.set(Some("boundary-undo".into()));
            })
        };
        html! {
            <li class="entry" key={entry.id.clone()}>
                <p class="entry__text">{ entry.text.clone() }</p>
                <p class="entry__meta">
                    <time datetime={CalendarDate::local(entry.date, offset).iso()}>{ receive::saved_on(&date) }</time>
                </p>
                <button type="button" id={remove_button_id(&entry.id)} class="button button--link entry__remove" onclick={on_remove}>
                    { receive::REMOVE }<span class="visually-hidden">{ receive::boundary_suffix(index + 1) }</span>
                </button>
            </li>
        }
    });
    let on_undo = {
        let (mend, status, removed) = (mend.clone(), status.clone(), removed.clone());
        let focus_later = focus_later.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some((entry, index)) = (*removed).clone() {
                // Undo goes away; focus lands on the restored boundary.
                focus_later.set(Some(remove_button_id(&entry.id)));
                dispatch(&mend, ReceiverAction::RestoreBoundary { entry, index });
            }
            removed.set(None);
            status.clear();
        })
    };

    html! {
        <GuidePage route={Route::ReceiveBoundaries}>
            <p class="lead">{ receive::BOUNDARIES_LEAD }</p>
            <p>{ receive::BOUNDARIES_INTRO }</p>
            <fieldset class="fieldset boundary-builder stylist-boundaries" aria-describedby="boundary-builder-hint">
                <legend class="boundary-builder__legend">{ receive::BUILDER_LEGEND }</legend>
                <p class="hint" id="boundary-builder-hint">{ receive::BUILDER_HINT }</p>
                { for fields }
            </fieldset>
            <section class="boundary-preview stylist-boundaries" aria-labelledby="boundary-preview-title">
                <p class="boundary-preview__title" id="boundary-preview-title">{ receive::PREVIEW_TITLE }</p>
                if sentence.is_empty() {
                    <p class="boundary-preview__empty">{ receive::PREVIEW_EMPTY }</p>
                } else {
                    <p class="boundary-preview__text" data-testid="boundary-preview">{ sentence.clone() }</p>
                }
            </section>
            <div class="button-row">
                <button type="button" class="button" onclick={on_save}>{ receive::SAVE_BOUNDARY }</button>
            </div>
            <p class="inline-status" role="status" data-testid="boundary-status">
                { status.text() }
                if removed.is_some() {
                    { " " }
                    <button type="button" id="boundary-undo" class="button button--link" onclick={on_undo}>{ receive::UNDO }</button>
                }
            </p>
            <h2>{ receive::BOUNDARIES_TITLE }</h2>
            if !ready {
                // Still reading what is stored: say nothing rather than "none yet".
            } else if notes.boundaries.is_empty() {
                <p class="entries__empty">{ receive::BOUNDARIES_EMPTY }</p>
            } else {
                <ul class="entries" data-testid="boundaries">{ for items }</ul>
            }
            <p class="hint">{ receive::BOUNDARIES_FORWARD }</p>
        </GuidePage>
    }
}

/// The builder's own look: its legend as a heading, and the sentence it makes shown as it will
/// read, in a box of the accent's soft colour.
pub const SHEET: Sheet = sheet!(
    "stylist-boundaries",
    r#"
    .boundary-builder__legend {
        font-size: var(--text-l);
        font-weight: 700;
    }
    &.boundary-builder .input {
        max-width: var(--measure);
    }
    &.boundary-preview {
        margin: 0 0 var(--space-4);
        padding: var(--space-3) var(--gutter);
        border-left: 4px solid var(--color-accent);
        border-radius: 0 var(--radius) var(--radius) 0;
        background: var(--color-accent-soft);
        max-width: var(--measure);
    }
    &.boundary-preview .boundary-preview__title {
        margin: 0 0 var(--space-1);
        font-size: var(--text-s);
        font-weight: 700;
        color: var(--color-text-muted);
    }
    &.boundary-preview p {
        margin: 0;
    }
    .boundary-preview__text {
        font-family: var(--font-serif);
        font-size: var(--text-l);
    }
    .boundary-preview__empty {
        color: var(--color-text-muted);
    }
    "#
);

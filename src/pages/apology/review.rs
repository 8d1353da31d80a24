//! Check your apology: every part with a Change link, the whole text, and the ways to deliver it.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;
use yew_router::prelude::*;

use super::own_notes::own_notes_folded;
use super::{change, use_visit, FromReview};
use crate::browser;
use crate::checker::Scope;
use crate::components::back_link::BackLink;
use crate::components::checker_notes::{apology_checks, open_counts, CheckerNotes};
use crate::components::page_heading::page_heading;
use crate::components::sheet::Sheet;
use crate::content::{review, steps};
use crate::context::use_mend;
use crate::hooks::{use_checks, use_focus_later};
use crate::model::{compose, final_text, Apology, ApologyChange, Part, Step};
use crate::route::Route;
use crate::sheet;

#[component]
pub fn Review() -> Html {
    let mend = use_mend();
    use_visit(Step::Review);
    let apology = mend.state.current().cloned().unwrap_or_default();
    let text = final_text(&apology);
    let nothing = text.trim().is_empty() && apology.edited_text.is_none();
    let parts = Part::ALL.iter().map(|part| part_row(*part, &apology));
    let all_written = apology.parts.written_count() == Part::ALL.len();
    html! {
        <>
            <div class="no-print stylist-review">
                <BackLink to={Route::Change} label={steps::BACK} />
                { page_heading(Route::Review) }
                if all_written {
                    <p class="acknowledgement" data-testid="all-written">{ review::ALL_WRITTEN }</p>
                }
            </div>
            // The apology first, as it will be said or sent.
            <section class="whole stylist-review" aria-labelledby={WHOLE_TITLE_ID}>
                <h2 id={WHOLE_TITLE_ID} class="no-print" tabindex="-1">{ review::WHOLE_TITLE }</h2>
                // A hand edit, even an emptied one, keeps its editor: clearing the text to rewrite it
                // must not take the editor (and the way back to the parts) away.
                if nothing {
                    <p>{ review::NOTHING_YET }</p>
                    <p class="standalone-link"><Link<Route> to={Route::Acknowledge}>{ review::START_STEP_ONE }</Link<Route>></p>
                } else {
                    <WholeText apology={apology.clone()} />
                }
            </section>
            <div class="no-print">
                <OpenNotes apology={apology.clone()} />
                <h2>{ review::PARTS_TITLE }</h2>
                <ul class="checklist stylist-checklist">{ for parts }</ul>
                { own_notes_folded(&apology.preparation) }
                if !text.trim().is_empty() {
                    <div class="button-row">
                        <Link<Route> to={Route::Deliver} classes="button">{ review::READY }</Link<Route>>
                    </div>
                }
            </div>
        </>
    }
}

/// A link to a part's step that comes back here on Continue.
fn change_link(part: Part, label: Html) -> Html {
    let route = Route::for_step(Step::Part(part));
    html! {
        <Link<Route, FromReview> to={route} query={Some(FromReview::query())}>{ label }</Link<Route, FromReview>>
    }
}

/// One compact row: the part, its first words (or that it is not written), and "Change".
fn part_row(part: Part, apology: &Apology) -> Html {
    let title = Route::for_step(Step::Part(part)).title();
    let text = apology.parts.text_of(part);
    let written = !text.trim().is_empty();
    let change = html! {
        <>{ review::CHANGE }<span class="visually-hidden">{ format!(" {}", title.to_ascii_lowercase()) }</span></>
    };
    html! {
        <li class={classes!("checklist__row", written.then_some("checklist__row--done"))} id={format!("summary-{}", part.id())}>
            <span class="checklist__mark" aria-hidden="true">{ if written { "✓" } else { "" } }</span>
            <div class="checklist__body">
                <p class="checklist__title">{ format!("{}. {title}", part.number()) }</p>
                if written {
                    <p class="checklist__words prose">{ review::first_words(&text) }</p>
                } else {
                    <p class="summary__empty">{ steps::EMPTY_PART_NOTE }</p>
                }
            </div>
            <p class="checklist__action">{ change_link(part, change) }</p>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct OpenNotesProps {
    apology: Apology,
}

/// Checker notes still open, in one line, with a link to each part that has them, once the
/// checker has read every part. Once the whole text is edited by hand, its notes show in the
/// editor instead.
#[component]
fn OpenNotes(props: &OpenNotesProps) -> Html {
    let apology = &props.apology;
    let checks = apology_checks(apology);
    let notes = use_checks(checks.clone());
    if apology.edited_text.is_some() {
        return html! {};
    }
    let with_notes = open_counts(&notes, &checks, &apology.dismissed_notes).unwrap_or_default();
    if with_notes.is_empty() {
        return html! {};
    }
    let total = with_notes.iter().map(|(_, n)| n).sum();
    let links = with_notes.iter().filter_map(|(scope, _)| match scope {
        Scope::Part(part) => Some(*part),
        Scope::Whole => None,
    });
    let links = links.enumerate().map(|(i, part)| {
        let title = Route::for_step(Step::Part(part)).title();
        html! {
            <>
                if i > 0 { { ", " } }
                { change_link(part, html! { { title } }) }
            </>
        }
    });
    html! {
        <p class="open-notes" data-testid="open-notes">{ review::open_notes(total) }{ " " }{ for links }</p>
    }
}

const RECOMPOSE_UNDO_ID: &str = "recompose-undo";
/// The heading over the whole apology, where focus goes when its editor closes.
const WHOLE_TITLE_ID: &str = "whole-title";
const WHOLE_TEXT_ID: &str = "whole-text";

#[derive(Properties, PartialEq)]
struct WholeTextProps {
    apology: Apology,
}

/// The composed apology, or the person's own edit of it.
#[component]
fn WholeText(props: &WholeTextProps) -> Html {
    let mend = use_mend();
    let editing = use_state(|| false);
    let confirm_recompose = use_state(|| false);
    let undo = use_state(|| None::<String>);
    let focus_later = use_focus_later();
    {
        let editing_now = *editing;
        use_effect_with(editing_now, |editing| {
            if *editing {
                browser::focus_element(WHOLE_TEXT_ID);
            }
        });
    }
    let apology = &props.apology;
    let id = apology.id.clone();

    let set_text = {
        let mend = mend.clone();
        let id = id.clone();
        Callback::from(move |text: Option<String>| {
            change(&mend, id.clone(), ApologyChange::SetEditedText(text))
        })
    };

    if *editing || apology.edited_text.is_some() {
        let composed = compose(apology);
        let value = apology
            .edited_text
            .clone()
            .unwrap_or_else(|| composed.clone());
        let edited = apology.edited_text.as_ref().is_some_and(|t| *t != composed);
        let oninput = set_text
            .reform(|e: InputEvent| Some(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
        let on_recompose = {
            let confirm_recompose = confirm_recompose.clone();
            Callback::from(move |_| confirm_recompose.set(true))
        };
        let on_confirm = {
            let (set_text, confirm, editing, undo, focus_later) = (
                set_text.clone(),
                confirm_recompose.clone(),
                editing.clone(),
                undo.clone(),
                focus_later.clone(),
            );
            let previous = apology.edited_text.clone();
            Callback::from(move |_| {
                undo.set(previous.clone());
                set_text.emit(None);
                confirm.set(false);
                editing.set(false);
                // The editor goes; "Undo" is where the person may want to be next.
                focus_later.set(Some(RECOMPOSE_UNDO_ID.into()));
            })
        };
        let on_cancel = {
            let confirm_recompose = confirm_recompose.clone();
            Callback::from(move |_| confirm_recompose.set(false))
        };
        let on_done = {
            let editing = editing.clone();
            Callback::from(move |_| {
                // The Done button goes away: focus moves to the heading of what was edited.
                browser::focus_element(WHOLE_TITLE_ID);
                editing.set(false);
            })
        };
        return html! {
            <div class="field whole__edit">
                <label class="label no-print" for={WHOLE_TEXT_ID}>{ review::EDITED_LABEL }</label>
                <p class="hint no-print" id="whole-text-hint">{ if edited { review::EDITED_NOTE } else { review::EDITING_HINT } }</p>
                <textarea id={WHOLE_TEXT_ID} class="textarea textarea--tall no-print" rows="12" value={value.clone()} {oninput}
                    aria-describedby="whole-text-hint" />
                // What will be sent is this text, so the notes read it whole.
                <div class="no-print">
                    <CheckerNotes
                        scope={Scope::Whole}
                        text={value.clone()}
                        dismissed={apology.dismissed_notes.clone()}
                        on_dismiss={super::dismiss_callback(&mend)}
                        id="notes-whole"
                    />
                </div>
                <div class="print-only prose apology-text">{ value }</div>
                <div class="button-row no-print">
                    if *editing {
                        <button type="button" class="button button--secondary" onclick={on_done}>{ review::DONE_EDITING }</button>
                    }
                    if *confirm_recompose {
                        <p class="confirm" role="alert">{ review::RECOMPOSE_CONFIRM }</p>
                        <button type="button" class="button" onclick={on_confirm}>{ review::RECOMPOSE_YES }</button>
                        <button type="button" class="button button--secondary" onclick={on_cancel}>{ review::CANCEL }</button>
                    } else if apology.edited_text.is_some() {
                        <button type="button" class="button button--link" onclick={on_recompose}>{ review::RECOMPOSE }</button>
                    }
                </div>
            </div>
        };
    }

    // Opening the editor changes nothing: only a changed word makes it a hand edit.
    let on_edit = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(true))
    };
    let on_undo = {
        let (undo, set_text) = (undo.clone(), set_text.clone());
        Callback::from(move |_| {
            set_text.emit((*undo).clone());
            undo.set(None);
            // The hand edit and its editor come back: focus goes into it.
            focus_later.set(Some(WHOLE_TEXT_ID.into()));
        })
    };
    html! {
        <>
            <p class="hint no-print">{ review::WHOLE_HINT }</p>
            <div class="apology-text prose" id="apology-text" data-testid="apology-text">{ compose(apology) }</div>
            <div class="button-row no-print">
                <button type="button" class="button button--link" onclick={on_edit}>{ review::EDIT_WORDING }</button>
                // Always drawn, so the message is announced when it appears.
                <span role="status" id="recompose-status">{ if undo.is_some() { review::RECOMPOSED } else { "" } }</span>
                if undo.is_some() {
                    <button type="button" id={RECOMPOSE_UNDO_ID} class="button button--link" onclick={on_undo}
                        aria-describedby="recompose-status">{ review::RECOMPOSE_UNDO }</button>
                }
            </div>
        </>
    }
}

/// The review's checklist: the four parts, compact, under the finished apology, each ticked when
/// written. (The second `margin` is for browsers that know the `lh` unit: the link's tap target
/// centred on the first line.)
pub const CHECKLIST_SHEET: Sheet = sheet!(
    "stylist-checklist",
    r#"
    list-style: none;
    margin: 0 0 var(--space-5);
    padding: 0;
    max-width: var(--measure);
    .checklist__row {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: var(--space-1) var(--space-3);
        padding: var(--space-2) 0;
        border-bottom: 1px solid var(--color-border-soft);
    }
    .checklist__mark {
        flex: none;
        width: 1.5rem;
        height: 1.5rem;
        margin-top: 0.1rem;
        border: 2px solid var(--color-border);
        border-radius: 50%;
        color: var(--color-accent-text);
        font-size: 0.875rem;
        font-weight: 700;
        line-height: 1.25rem;
        text-align: center;
    }
    .checklist__row--done .checklist__mark {
        border-color: var(--color-accent);
        background: var(--color-accent);
    }
    .checklist__body {
        flex: 1 1 12em;
        min-width: 0;
    }
    .checklist__title {
        margin: 0;
        font-weight: 700;
    }
    .checklist__words {
        margin: 0;
        color: var(--color-text-muted);
        white-space: normal;
    }
    .checklist__body .summary__empty {
        margin: 0;
        color: var(--color-text-muted);
        font-style: italic;
    }
    .checklist__action {
        flex: none;
        margin: 0;
        margin: calc(0.5lh - var(--tap) / 2) 0 0;
    }
    .checklist__action a {
        display: inline-flex;
        min-height: var(--tap);
        align-items: center;
    }
    "#
);

/// The review's own lines: "all four written", a quiet acknowledgement in the app's own voice
/// (no colour burst, just a line set apart), and the question before recomposing, on a line of
/// its own above its buttons.
pub const SHEET: Sheet = sheet!(
    "stylist-review",
    r#"
    .acknowledgement {
        margin: 0 0 var(--space-3);
        padding-left: var(--space-3);
        border-left: 4px solid var(--color-accent);
        max-width: var(--measure);
    }
    .confirm {
        flex-basis: 100%;
        margin: 0;
    }
    "#
);

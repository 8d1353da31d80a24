//! Check your apology: every part with a Change link, the whole text, and the ways to deliver it.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;
use yew_router::prelude::*;

use serde::{Deserialize, Serialize};

use super::deliver::{Deliver, REHEARSE_BUTTON_ID};
use super::rehearse::Rehearse;
use super::{change, use_visit, FromReview};
use crate::browser;
use crate::checker::Scope;
use crate::components::back_link::BackLink;
use crate::components::checker_notes::CheckerNotes;
use crate::components::page_heading::page_heading;
use crate::content::{review, steps};
use crate::context::use_mend;
use crate::hooks::use_focus_later;
use crate::model::{compose, final_text, Apology, ApologyChange, Part, Step};
use crate::route::Route;

/// `?mode=rehearse`: rehearsing is a history entry, so the phone's Back button ends it rather
/// than leaving the review.
#[derive(Serialize, Deserialize)]
struct ReviewMode {
    mode: String,
}

const REHEARSE_MODE: &str = "rehearse";

#[component]
pub fn Review() -> Html {
    let mend = use_mend();
    use_visit(Step::Review);
    let navigator = use_navigator();
    let rehearsing = use_location()
        .and_then(|l| l.query::<ReviewMode>().ok())
        .is_some_and(|q| q.mode == REHEARSE_MODE);
    // Whether the rehearsal's history entry was added from the review (else it was opened
    // directly): known across a reload mid-rehearsal too, so Done goes back rather than adding
    // a second review entry.
    let pushed_rehearsal = use_mut_ref(|| rehearsing && browser::history_entry_added_by_app());
    {
        // Back from rehearsing, by Done or by the Back button: focus returns to "Rehearse".
        let was_rehearsing = use_mut_ref(|| rehearsing);
        use_effect_with(rehearsing, move |now| {
            if std::mem::replace(&mut *was_rehearsing.borrow_mut(), *now) && !*now {
                browser::focus_element(REHEARSE_BUTTON_ID);
            }
        });
    }
    let apology = mend.state.current().cloned().unwrap_or_default();
    let text = final_text(&apology);

    // An address with ?mode=rehearse but nothing written shows the review, which says so.
    if rehearsing && !text.trim().is_empty() {
        let on_done = {
            let (navigator, pushed) = (navigator.clone(), pushed_rehearsal.clone());
            Callback::from(move |_| {
                let Some(navigator) = &navigator else { return };
                // Cleared first: a second tap before the page changes must not go back twice.
                if std::mem::replace(&mut *pushed.borrow_mut(), false) {
                    navigator.back();
                } else {
                    navigator.replace(&Route::Review);
                }
            })
        };
        return html! { <Rehearse text={text} {on_done} /> };
    }

    let on_dismiss = super::dismiss_callback(&mend);
    let parts = Part::ALL
        .iter()
        .map(|part| part_summary(*part, &apology, &on_dismiss));
    let on_rehearse = Callback::from(move |_| {
        let Some(navigator) = &navigator else { return };
        let mode = ReviewMode {
            mode: REHEARSE_MODE.into(),
        };
        if navigator.push_with_query(&Route::Review, &mode).is_ok() {
            *pushed_rehearsal.borrow_mut() = true;
        }
    });
    html! {
        <>
            <div class="no-print">
                <BackLink to={Route::Change} label={steps::BACK} />
                { page_heading(Route::Review) }
                <p class="lead">{ review::INTRO }</p>
                <h2>{ review::PARTS_TITLE }</h2>
                <dl class="summary">{ for parts }</dl>
            </div>
            <section class="whole" aria-labelledby="whole-title">
                <h2 id={WHOLE_TITLE_ID} class="no-print" tabindex="-1">{ review::WHOLE_TITLE }</h2>
                // A hand edit, even an emptied one, keeps its editor: clearing the text to rewrite it
                // must not take the editor (and the way back to the parts) away.
                if text.trim().is_empty() && apology.edited_text.is_none() {
                    <p>{ review::NOTHING_YET }</p>
                    <p class="standalone-link"><Link<Route> to={Route::Acknowledge}>{ review::START_STEP_ONE }</Link<Route>></p>
                } else {
                    <WholeText apology={apology.clone()} />
                    // Read before the buttons that send it, not after.
                    <aside class="reminder no-print" aria-labelledby="reminder-title">
                        <h3 id="reminder-title">{ review::REMINDER_TITLE }</h3>
                        <p>{ review::REMINDER }</p>
                        <p>{ review::REMINDER_RECEIVER }</p>
                    </aside>
                    <Deliver text={text.clone()} {on_rehearse} />
                }
            </section>
        </>
    }
}

fn part_summary(part: Part, apology: &Apology, on_dismiss: &Callback<(String, bool)>) -> Html {
    let route = Route::for_step(Step::Part(part));
    let title = route.title();
    let text = apology.parts.text_of(part);
    html! {
        <div class="summary__row" id={format!("summary-{}", part.id())}>
            <dt class="summary__key">{ format!("{}. {title}", part.number()) }</dt>
            <dd class="summary__value">
                if text.is_empty() {
                    <p class="summary__empty">{ steps::EMPTY_PART_NOTE }</p>
                } else {
                    if part == Part::Change {
                        { change_summary(apology) }
                    } else {
                        <p class="prose">{ text.clone() }</p>
                    }
                    // Once the whole text is edited by hand, the notes follow that text instead.
                    if apology.edited_text.is_none() {
                        <CheckerNotes
                            scope={Scope::Part(part)}
                            text={text}
                            dismissed={apology.dismissed_notes.clone()}
                            on_dismiss={on_dismiss.clone()}
                            after_pause={false}
                            with_heading={false}
                            id={format!("review-notes-{}", part.id())}
                        />
                    }
                }
            </dd>
            <dd class="summary__action">
                <Link<Route, FromReview> to={route} query={Some(FromReview::query())}>
                    { review::CHANGE }<span class="visually-hidden">{ format!(" {}", title.to_ascii_lowercase()) }</span>
                </Link<Route, FromReview>>
            </dd>
        </div>
    }
}

/// Part 4 as what it is: a list of commitments, then the offer to make it right, labelled.
fn change_summary(apology: &Apology) -> Html {
    let commitments: Vec<&str> = apology
        .parts
        .commitments
        .iter()
        .map(|c| c.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let repair = apology.parts.repair.trim();
    html! {
        <>
            if !commitments.is_empty() {
                <ul class="summary__list">{ for commitments.iter().map(|c| html! { <li class="prose">{ *c }</li> }) }</ul>
            }
            if !repair.is_empty() {
                <p class="prose"><span class="summary__label">{ review::REPAIR_LABEL }</span>{ " " }{ repair }</p>
            }
        </>
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
        let value = apology
            .edited_text
            .clone()
            .unwrap_or_else(|| compose(apology));
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
                <p class="hint no-print" id="whole-text-hint">{ review::EDITED_NOTE }</p>
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
                    } else {
                        <button type="button" class="button button--link" onclick={on_recompose}>{ review::RECOMPOSE }</button>
                    }
                </div>
            </div>
        };
    }

    let on_edit = {
        let editing = editing.clone();
        let set_text = set_text.clone();
        let composed = compose(apology);
        Callback::from(move |_| {
            set_text.emit(Some(composed.clone()));
            editing.set(true);
        })
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

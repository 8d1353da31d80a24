//! Step 3 (`/receive/weigh`): the questions that matter, with the apology pasted in to look at.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::received_notes::{noted, question_notes, ReceivedNotes};
use super::{dispatch, GuidePage};
use crate::browser;
use crate::checker::Scope;
use crate::components::sheet::Sheet;
use crate::components::text_field::TextField;
use crate::content::weighing::{self, reflect};
use crate::content::{dates, deliver, receive};
use crate::context::use_mend;
use crate::hooks::{use_checks, use_focus_later, Notes};
use crate::model::{Answer, ReceivedLink, ReceiverAction, ReceiverNotes};
use crate::route::Route;
use crate::sheet;
use yew_router::prelude::*;

const KEPT_ID: &str = "weigh-kept";

#[component]
pub fn Weigh() -> Html {
    let mend = use_mend();
    let focus_later = use_focus_later();
    let notes = &mend.state.doc.receiver;
    let on_text = {
        let mend = mend.clone();
        Callback::from(move |text: String| {
            dispatch(&mend, ReceiverAction::SetReceivedText { text })
        })
    };
    let by_link = mend.state.received_by_link();
    // The notes on the apology being weighed, from the link and from what was pasted.
    let link_text = by_link.as_ref().map(|(link, _)| link.text.clone());
    let checks = use_checks(vec![
        (Scope::Whole, link_text.unwrap_or_default().into()),
        (Scope::Whole, notes.received_text.clone().into()),
    ]);
    let (link_notes, pasted_notes) = (checks[0].clone(), checks[1].clone());
    let notes_found = noted(&[&link_notes, &pasted_notes]);
    let questions = receive::QUESTIONS.iter().map(|question| {
        let chosen = notes.answers.get(question.id).copied();
        let hint_id = format!("question-{}-hint", question.id);
        let first_radio = format!("question-{}-{}", question.id, Answer::ALL[0].id());
        let clear = {
            let mend = mend.clone();
            Callback::from(move |_: MouseEvent| {
                dispatch(&mend, ReceiverAction::SetAnswer {
                    question: question.id.to_owned(),
                    answer: None,
                });
                // This button goes with the answer: focus stays in the question.
                browser::focus_element(&first_radio);
            })
        };
        let radios = Answer::ALL.into_iter().map(|answer| {
            let id = format!("question-{}-{}", question.id, answer.id());
            let onchange = {
                let mend = mend.clone();
                Callback::from(move |e: Event| {
                    if e.target_unchecked_into::<HtmlInputElement>().checked() {
                        dispatch(&mend, ReceiverAction::SetAnswer {
                            question: question.id.to_owned(),
                            answer: Some(answer),
                        });
                    }
                })
            };
            html! {
                <div class="radio">
                    <input type="radio" class="radio__input" id={id.clone()}
                        name={format!("question-{}", question.id)} value={answer.id()}
                        checked={chosen == Some(answer)} {onchange} />
                    <label class="radio__label" for={id}>{ receive::answer_label(answer) }</label>
                </div>
            }
        });
        html! {
            <fieldset class="fieldset question stylist-weigh" aria-describedby={hint_id.clone()}>
                <legend class="label question__legend">{ question.question }</legend>
                <p class="hint" id={hint_id}>{ question.hint }</p>
                { question_notes(&notes_found, question.id) }
                <div class="radios radios--row">{ for radios }</div>
                if chosen.is_some() {
                    <button type="button" class="button button--link" onclick={clear}>
                        { receive::CLEAR_ANSWER }<span class="visually-hidden">{ format!(" – {}", question.question) }</span>
                    </button>
                }
            </fieldset>
        }
    });
    let pasted = html! {
        <>
            <TextField
                id="received-text"
                label={receive::RECEIVED.label}
                hint={receive::RECEIVED.hint}
                value={notes.received_text.clone()}
                rows={6}
                on_input={on_text}
            />
            <ReceivedNotes text={notes.received_text.clone()} notes={pasted_notes} />
        </>
    };
    html! {
        <GuidePage route={Route::ReceiveWeigh}>
            <p class="lead">{ receive::WEIGH_INTRO }</p>
            if let Some((link, kept)) = by_link {
                { link_card(&mend, link, link_notes, kept, &focus_later) }
                // What was pasted before stays in view; an empty field folds away.
                if notes.received_text.trim().is_empty() {
                    <details class="disclosure">
                        <summary>{ deliver::PASTE_INSTEAD }</summary>
                        { pasted }
                    </details>
                } else {
                    { pasted }
                }
            } else {
                { pasted }
            }
            <h2>{ receive::QUESTIONS_TITLE }</h2>
            { for questions }
            { reflection(notes) }
        </GuidePage>
    }
}

/// The apology that came through a private link, read-only, with the checker's notes on it.
fn link_card(
    mend: &crate::context::Mend,
    link: ReceivedLink,
    notes: Notes,
    kept: bool,
    focus_later: &UseStateHandle<Option<String>>,
) -> Html {
    let date = dates::short_local_date(link.sent_at, mend.utc_offset_minutes);
    let text = link.text.clone();
    let keep = {
        let (mend, focus_later) = (mend.clone(), focus_later.clone());
        Callback::from(move |_: MouseEvent| {
            // The button goes: focus moves to the line that says it was kept.
            focus_later.set(Some(KEPT_ID.into()));
            let link = link.clone();
            dispatch(&mend, ReceiverAction::KeepReceivedLink { link });
            mend.save_now();
        })
    };
    html! {
        <section class="opened-card stylist-weigh" aria-labelledby="opened-title" data-testid="link-apology">
            <h2 id="opened-title">{ deliver::OPENED_TITLE }</h2>
            <p class="opened__meta">{ deliver::sent_on(&date) }</p>
            <blockquote class="apology-text prose">{ text.clone() }</blockquote>
            <ReceivedNotes {text} {notes} />
            if kept {
                <p class="inline-status" id={KEPT_ID} tabindex="-1">{ deliver::KEPT_HERE }</p>
            } else {
                <p class="hint">{ deliver::ONLY_ON_PAGE }</p>
                <div class="button-row">
                    <button type="button" class="button button--secondary" onclick={keep}>{ deliver::KEEP_IT }</button>
                </div>
            }
        </section>
    }
}

/// What the answers say, once every question has one, and the next step that fits. The region is
/// always drawn, so a screen reader hears the summary when the last answer brings it.
fn reflection(notes: &ReceiverNotes) -> Html {
    let summary = reflect(|id| notes.answers.get(id).copied());
    let body = match summary {
        None => html! {
            <>
                <p class="hint">{ weighing::REFLECTION_WAITING }</p>
                <p>{ receive::AFTER_QUESTIONS }</p>
            </>
        },
        Some(summary) => {
            let (sentence, link) = summary.next.words();
            html! {
                <>
                    <p class="reflection__summary" data-testid="reflection-summary">{ summary.sentences.join(" ") }</p>
                    <p>{ sentence }</p>
                    <p class="standalone-link">
                        <Link<Route> to={Route::ReceiveRespond}>{ link }</Link<Route>>
                    </p>
                    if summary.offer_safety {
                        <p>{ weighing::REFLECTION_SAFETY }</p>
                        <p class="standalone-link">
                            <Link<Route> to={Route::Safety}>{ weighing::REFLECTION_SAFETY_LINK }</Link<Route>>
                        </p>
                    }
                    <p class="hint">{ weighing::REFLECTION_OWN }</p>
                </>
            }
        }
    };
    html! {
        <section class="reflection stylist-weigh" aria-labelledby="reflection-title" data-testid="reflection">
            <h2 id="reflection-title">{ weighing::REFLECTION_TITLE }</h2>
            <div aria-live="polite">{ body }</div>
        </section>
    }
}

/// The weighing page's own look: each question apart from the next with its answers in a row
/// that wraps, the apology a link brought, and what the answers say in the accent's soft colour.
pub const SHEET: Sheet = sheet!(
    "stylist-weigh",
    r#"
    &.question {
        margin-bottom: var(--space-5);
    }
    .question__legend {
        font-size: var(--text-m);
    }
    .radios--row {
        grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr));
        gap: 0 var(--space-4);
        max-width: var(--measure);
    }
    &.opened-card {
        max-width: var(--measure);
        margin: var(--space-5) 0;
    }
    &.reflection {
        margin: var(--space-6) 0 var(--space-4);
        padding: var(--space-4) var(--gutter);
        border-radius: var(--radius);
        background: var(--color-accent-soft);
        max-width: var(--measure);
    }
    &.reflection h2 {
        margin-top: 0;
    }
    .reflection__summary {
        font-family: var(--font-serif);
        font-size: var(--text-l);
        line-height: 1.45;
    }
    &.reflection p:last-child {
        margin-bottom: 0;
    }
    "#
);

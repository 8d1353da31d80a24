//! Step 3 (`/receive/weigh`): the questions that matter, with the apology pasted in to look at.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::received_notes::ReceivedNotes;
use super::{dispatch, GuidePage};
use crate::browser;
use crate::components::text_field::TextField;
use crate::content::receive;
use crate::context::use_mend;
use crate::model::{Answer, ReceiverAction};
use crate::route::Route;

#[component]
pub fn Weigh() -> Html {
    let mend = use_mend();
    let notes = &mend.state.doc.receiver;
    let on_text = {
        let mend = mend.clone();
        Callback::from(move |text: String| {
            dispatch(&mend, ReceiverAction::SetReceivedText { text })
        })
    };
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
            <fieldset class="fieldset question" aria-describedby={hint_id.clone()}>
                <legend class="label question__legend">{ question.question }</legend>
                <p class="hint" id={hint_id}>{ question.hint }</p>
                <div class="radios radios--row">{ for radios }</div>
                if chosen.is_some() {
                    <button type="button" class="button button--link" onclick={clear}>
                        { receive::CLEAR_ANSWER }<span class="visually-hidden">{ format!(" – {}", question.question) }</span>
                    </button>
                }
            </fieldset>
        }
    });
    html! {
        <GuidePage route={Route::ReceiveWeigh}>
            <p class="lead">{ receive::WEIGH_INTRO }</p>
            <TextField
                id="received-text"
                label={receive::RECEIVED.label}
                hint={receive::RECEIVED.hint}
                value={notes.received_text.clone()}
                rows={6}
                on_input={on_text}
            />
            <ReceivedNotes text={notes.received_text.clone()} />
            <h2>{ receive::QUESTIONS_TITLE }</h2>
            { for questions }
            <p>{ receive::AFTER_QUESTIONS }</p>
        </GuidePage>
    }
}

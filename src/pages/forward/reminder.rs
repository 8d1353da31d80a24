//! A commitment's next check-in date and a calendar file for it, folded away: it's optional.
//! The file keeps the secret: its title is "Mend check-in" unless the person asks for the words.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::dispatch;
use crate::browser;
use crate::content::forward;
use crate::context::use_mend;
use crate::hooks::use_status;
use crate::hooks::Clock;
use crate::model::ics::{reminder_ics, reminder_uid, CalendarDate, Reminder, Repeat};
use crate::model::{ForwardAction, Tracked};

#[derive(Properties, PartialEq)]
pub struct ReminderPanelProps {
    pub tracked: Tracked,
    /// Makes the ids of this row's fields unique.
    pub base: AttrValue,
    /// The chosen next check-in, "YYYY-MM-DD".
    pub next: Option<String>,
    pub clock: Option<Clock>,
}

#[component]
pub fn ReminderPanel(props: &ReminderPanelProps) -> Html {
    let mend = use_mend();
    let status = use_status();
    let include_words = use_state(|| false);
    let repeat = use_state(Repeat::default);
    let t = &props.tracked;
    let id = format!("{}-next", props.base);
    // A week from today until the person picks a day.
    let shown = props.next.clone().unwrap_or_else(|| {
        props
            .clock
            .map(|c| CalendarDate::local(c.now, c.offset).add_days(7).iso())
            .unwrap_or_default()
    });
    let onchange = {
        let (mend, status, t) = (mend.clone(), status.clone(), t.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            status.clear();
            let date = CalendarDate::parse(&value).map(|d| d.iso());
            let t = t.clone();
            dispatch(
                &mend,
                ForwardAction::SetNextCheckIn {
                    apology_id: t.apology_id,
                    commitment_id: t.commitment_id,
                    date,
                },
            )
        })
    };
    let on_calendar = {
        let (mend, status, t) = (mend.clone(), status.clone(), t.clone());
        let (shown, stored) = (shown.clone(), props.next.is_some());
        let (include_words, repeat) = (*include_words, *repeat);
        Callback::from(move |_: MouseEvent| {
            let Some(date) = CalendarDate::parse(&shown) else {
                status.say(forward::CALENDAR_NO_DATE);
                return;
            };
            // The suggested date becomes the chosen one once it is in a calendar.
            if !stored {
                let (apology_id, commitment_id) = (t.apology_id.clone(), t.commitment_id.clone());
                dispatch(
                    &mend,
                    ForwardAction::SetNextCheckIn {
                        apology_id,
                        commitment_id,
                        date: Some(date.iso()),
                    },
                );
            }
            let words = include_words.then_some(t.text.as_str());
            let uid = reminder_uid(&t.apology_id, &t.commitment_id, date);
            let summary = forward::reminder_summary(words);
            let description = forward::reminder_description(words);
            let text = reminder_ics(&Reminder {
                uid: &uid,
                stamp: browser::now(),
                date,
                summary: &summary,
                description: &description,
                repeat,
            });
            let name = format!("{}-{}.ics", forward::CALENDAR_FILE_PREFIX, date.iso());
            let ok = browser::download_text(&name, &text).is_ok();
            status.say(if ok {
                forward::CALENDAR_DONE
            } else {
                forward::CALENDAR_FAILED
            });
        })
    };
    let on_words = {
        let include_words = include_words.clone();
        Callback::from(move |e: Event| {
            include_words.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let choice = |value: Repeat, label: &'static str, suffix: &str| {
        let repeat_state = repeat.clone();
        let onchange = Callback::from(move |_: Event| repeat_state.set(value));
        let choice_id = format!("{id}-{suffix}");
        html! {
            <div class="radio">
                <input type="radio" class="radio__input" id={choice_id.clone()} name={format!("{id}-repeat")}
                    checked={*repeat == value} {onchange} />
                <label class="radio__label" for={choice_id}>{ label }</label>
            </div>
        }
    };
    html! {
        <details class="disclosure forward-disclosure">
            <summary>{ forward::REMINDER_TITLE }</summary>
            <div class="field">
                <label class="label" for={id.clone()}>{ forward::NEXT_CHECK_IN.label }</label>
                <p class="hint" id={format!("{id}-hint")}>{ forward::NEXT_CHECK_IN.hint }</p>
                <input type="date" class="input input--short" id={id.clone()} value={shown}
                    aria-describedby={format!("{id}-hint")} {onchange} />
            </div>
            <fieldset class="fieldset reminder__repeat">
                <legend class="label">{ forward::REPEAT_LEGEND }</legend>
                <div class="radios">
                    { choice(Repeat::Once, forward::REPEAT_ONCE, "once") }
                    { choice(Repeat::WeeklyThenMonthly, forward::REPEAT_RECURRING, "recurring") }
                </div>
            </fieldset>
            <div class="checkbox reminder__words">
                <input type="checkbox" class="checkbox__input" id={format!("{id}-words")}
                    checked={*include_words} onchange={on_words} aria-describedby={format!("{id}-words-hint")} />
                <label class="checkbox__label" for={format!("{id}-words")}>{ forward::INCLUDE_WORDS }</label>
            </div>
            <p class="hint" id={format!("{id}-words-hint")}>{ forward::INCLUDE_WORDS_HINT }</p>
            <p class="hint" id={format!("{id}-calendar-hint")}>{ forward::CALENDAR_HINT }</p>
            <button type="button" class="button button--secondary" onclick={on_calendar}
                aria-describedby={format!("{id}-calendar-hint")}>
                { forward::ADD_TO_CALENDAR }
            </button>
            <p class="inline-status" role="status">{ status.text() }</p>
        </details>
    }
}

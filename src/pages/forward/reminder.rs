//! A commitment's next check-in date and a calendar file for it, folded away: it's optional.
//! The file keeps the secret: its title is "Mend check-in" unless the person asks for the words.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::dispatch;
use crate::browser;
use crate::components::sheet::Sheet;
use crate::content::forward;
use crate::context::use_mend;
use crate::hooks::use_status;
use crate::hooks::Clock;
use crate::model::ics::{reminder_ics, reminder_uid, CalendarDate, Reminder, Repeat};
use crate::model::{ForwardAction, ReminderChoice, Tracked};
use crate::sheet;

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
    let t = &props.tracked;
    // Remembered per commitment, in the stored document: the next file is made the same way.
    let choice = mend
        .state
        .doc
        .forward
        .reminder_choice(&t.apology_id, &t.commitment_id);
    let set_choice = {
        let mend = mend.clone();
        Callback::from(move |choice: ReminderChoice| {
            dispatch(&mend, ForwardAction::SetReminderChoice { choice })
        })
    };
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
        let (include_words, repeat) = (choice.include_words, choice.repeat);
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
        let (set_choice, choice) = (set_choice.clone(), choice.clone());
        Callback::from(move |e: Event| {
            let include_words = e.target_unchecked_into::<HtmlInputElement>().checked();
            set_choice.emit(ReminderChoice {
                include_words,
                ..choice.clone()
            })
        })
    };
    let repeat_choice = |value: Repeat, label: &'static str, suffix: &str| {
        let (set_choice, choice) = (set_choice.clone(), choice.clone());
        let checked = choice.repeat == value;
        let onchange = Callback::from(move |_: Event| {
            set_choice.emit(ReminderChoice {
                repeat: value,
                ..choice.clone()
            })
        });
        let choice_id = format!("{id}-{suffix}");
        html! {
            <div class="radio">
                <input type="radio" class="radio__input" id={choice_id.clone()} name={format!("{id}-repeat")}
                    {checked} {onchange} />
                <label class="radio__label" for={choice_id}>{ label }</label>
            </div>
        }
    };
    html! {
        <details class="disclosure forward-disclosure stylist-reminder">
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
                    { repeat_choice(Repeat::Once, forward::REPEAT_ONCE, "once") }
                    { repeat_choice(Repeat::WeeklyThenMonthly, forward::REPEAT_RECURRING, "recurring") }
                </div>
            </fieldset>
            <div class="checkbox reminder__words">
                <input type="checkbox" class="checkbox__input" id={format!("{id}-words")}
                    checked={choice.include_words} onchange={on_words} aria-describedby={format!("{id}-words-hint")} />
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

/// The next check-in's fold: its repeat choices spaced from the date above and the box below.
pub const SHEET: Sheet = sheet!(
    "stylist-reminder",
    r#"
    .reminder__repeat {
        margin: var(--space-2) 0;
    }
    "#
);

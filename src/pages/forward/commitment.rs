//! One commitment to follow: its words, its check-in history, a new check-in, and a calendar reminder.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{date_html, dispatch, dispatch_at};
use crate::browser;
use crate::content::{dates, forward};
use crate::context::use_mend;
use crate::hooks::use_status;
use crate::hooks::Clock;
use crate::hooks::{remove_button_id, use_focus_later};
use crate::model::forward::check_in_key;
use crate::model::ics::{reminder_ics, reminder_uid, CalendarDate, Reminder};
use crate::model::{CheckIn, ForwardAction, Outcome, Tracked};

#[derive(Properties, PartialEq)]
pub struct CommitmentItemProps {
    pub number: usize,
    pub tracked: Tracked,
    /// Newest first.
    pub check_ins: Vec<CheckIn>,
    /// The check-in note typed so far.
    pub note: String,
    /// The chosen next check-in, "YYYY-MM-DD".
    pub next: Option<String>,
    pub clock: Option<Clock>,
    /// Present for promises added on the plan, which can be removed here.
    pub on_remove: Option<Callback<MouseEvent>>,
}

#[component]
pub fn CommitmentItem(props: &CommitmentItemProps) -> Html {
    let mend = use_mend();
    let status = use_status();
    let removed = use_state(|| None::<(CheckIn, usize)>);
    let focus_later = use_focus_later();
    let t = &props.tracked;
    let base = format!("tracked-{}", props.number);
    let suffix = forward::commitment_suffix(props.number);
    let key = check_in_key(&t.apology_id, &t.commitment_id);

    let on_note = {
        let (mend, status, key) = (mend.clone(), status.clone(), key.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            status.clear();
            let key = key.clone();
            dispatch(&mend, ForwardAction::SetDraft { key, text })
        })
    };
    let check_in = |outcome: Outcome| {
        let (mend, status, removed) = (mend.clone(), status.clone(), removed.clone());
        let (t, note_id, note) = (t.clone(), format!("{base}-note"), props.note.clone());
        Callback::from(move |_: MouseEvent| {
            if outcome == Outcome::NoteOnly && note.trim().is_empty() {
                status.say(forward::CHECK_IN_NEEDS_NOTE);
                browser::focus_element(&note_id);
                return;
            }
            let check_in = CheckIn {
                id: browser::new_id("k"),
                apology_id: t.apology_id.clone(),
                commitment_id: t.commitment_id.clone(),
                commitment_text: t.text.clone(),
                outcome,
                note: note.clone(),
                date: 0.0,
            };
            let now = browser::now();
            dispatch_at(
                &mend,
                now,
                ForwardAction::AddCheckIn {
                    check_in: CheckIn {
                        date: now,
                        ..check_in
                    },
                },
            );
            removed.set(None);
            status.say(match outcome {
                Outcome::Slipped => format!("{} {}", forward::CHECK_IN_SAVED, forward::SLIP_NOTE),
                _ => forward::CHECK_IN_SAVED.to_owned(),
            });
        })
    };
    let buttons = Outcome::ALL.into_iter().map(|outcome| {
        // Equal weight: neither answer is the expected one.
        html! {
            <button type="button" class="button button--secondary" onclick={check_in(outcome)}>
                { forward::outcome_button(outcome) }<span class="visually-hidden">{ suffix.clone() }</span>
            </button>
        }
    });

    let history = props.check_ins.iter().enumerate().map(|(at, c)| {
        let on_remove = {
            let (mend, status, removed, focus_later) =
                (mend.clone(), status.clone(), removed.clone(), focus_later.clone());
            let c = c.clone();
            let index = mend.state.doc.forward.check_ins.iter().position(|x| x.id == c.id).unwrap_or(0);
            let undo_id = format!("{base}-undo");
            Callback::from(move |_: MouseEvent| {
                removed.set(Some((c.clone(), index)));
                status.say(forward::CHECK_IN_REMOVED);
                let id = c.id.clone();
                dispatch(&mend, ForwardAction::RemoveCheckIn { id });
                focus_later.set(Some(undo_id.clone()));
            })
        };
        let date = dates::day(Clock::date_of(props.clock, c.date));
        html! {
            <li class={classes!("check-in", format!("check-in--{}", c.outcome.id()))} key={c.id.clone()}>
                <p class="check-in__line">
                    { date_html(props.clock, c.date) }{ " · " }
                    <strong class="check-in__outcome">{ forward::outcome_label(c.outcome) }</strong>
                </p>
                if !c.note.is_empty() {
                    <p class="check-in__note">{ c.note.clone() }</p>
                }
                <button type="button" id={remove_button_id(&c.id)} class="button button--link entry__remove" onclick={on_remove}>
                    { forward::REMOVE }<span class="visually-hidden">{ forward::entry_suffix(&forward::check_in_kind(at + 1), Some(&date), if c.note.trim().is_empty() { forward::outcome_label(c.outcome) } else { &c.note }) }</span>
                </button>
            </li>
        }
    });
    let on_undo = {
        let (mend, status, removed) = (mend.clone(), status.clone(), removed.clone());
        let focus_later = focus_later.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some((check_in, index)) = (*removed).clone() {
                // Undo goes away; focus lands on the restored check-in.
                focus_later.set(Some(remove_button_id(&check_in.id)));
                dispatch(&mend, ForwardAction::RestoreCheckIn { check_in, index });
            }
            removed.set(None);
            status.clear();
        })
    };

    html! {
        <li class="tracked" data-testid="commitment">
            <h3 class="tracked__title">{ forward::commitment_heading(props.number) }</h3>
            <p class="tracked__from">{ from_line(t) }</p>
            <blockquote class="tracked__text"><p>{ t.text.clone() }</p></blockquote>

            <h4 class="tracked__subtitle">{ forward::HISTORY_TITLE }</h4>
            if props.check_ins.is_empty() {
                <p class="entries__empty">{ forward::HISTORY_EMPTY }</p>
            } else {
                <ul class="check-ins" data-testid="check-ins">{ for history }</ul>
            }

            <div class="field">
                <label class="label" for={format!("{base}-note")}>
                    { forward::CHECK_IN_NOTE.label }<span class="visually-hidden">{ suffix.clone() }</span>
                </label>
                <p class="hint" id={format!("{base}-note-hint")}>{ forward::CHECK_IN_NOTE.hint }</p>
                <textarea id={format!("{base}-note")} class="textarea" rows="2" value={props.note.clone()}
                    aria-describedby={format!("{base}-note-hint")} oninput={on_note}
                    spellcheck="true" autocapitalize="sentences" />
            </div>
            <div class="button-row button-row--tight check-in__buttons" role="group"
                aria-label={format!("{}{suffix}", forward::CHECK_IN_LEGEND)}>
                { for buttons }
            </div>
            <p class="inline-status" role="status" data-testid="check-in-status">
                { status.text() }
                if removed.is_some() {
                    { " " }
                    <button type="button" id={format!("{base}-undo")} class="button button--link" onclick={on_undo}>{ forward::UNDO }</button>
                }
            </p>
            <ReminderPanel tracked={t.clone()} number={props.number} next={props.next.clone()} clock={props.clock} />
            if let Some(on_remove) = props.on_remove.clone() {
                <p>
                    <button type="button" id={remove_button_id(&t.commitment_id)} class="button button--link" onclick={on_remove}>
                        { forward::REMOVE }<span class="visually-hidden">{ forward::entry_suffix(forward::PROMISE_KIND, None, &t.text) }</span>
                    </button>
                </p>
            }
        </li>
    }
}

fn from_line(t: &Tracked) -> String {
    let from = match (t.apology_id.is_empty(), t.recipient.as_str()) {
        (true, _) => return forward::FROM_PROMISE.to_owned(),
        (false, "") => forward::FROM_APOLOGY.to_owned(),
        (false, name) => forward::from_apology_to(name),
    };
    if t.is_repair() {
        forward::repair_from(&from)
    } else {
        from
    }
}

#[derive(Properties, PartialEq)]
struct ReminderPanelProps {
    tracked: Tracked,
    number: usize,
    next: Option<String>,
    clock: Option<Clock>,
}

/// The next check-in date and a calendar file for it, folded away: it's optional.
#[component]
fn ReminderPanel(props: &ReminderPanelProps) -> Html {
    let mend = use_mend();
    let status = use_status();
    let t = &props.tracked;
    let id = format!("tracked-{}-next", props.number);
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
            let uid = reminder_uid(&t.apology_id, &t.commitment_id, date);
            let summary = forward::reminder_summary(&t.text);
            let description = forward::reminder_description(&t.text);
            let text = reminder_ics(&Reminder {
                uid: &uid,
                stamp: browser::now(),
                date,
                summary: &summary,
                description: &description,
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
    let suffix = forward::commitment_suffix(props.number);
    html! {
        <details class="disclosure forward-disclosure">
            <summary>{ forward::REMINDER_TITLE }<span class="visually-hidden">{ suffix.clone() }</span></summary>
            <div class="field">
                <label class="label" for={id.clone()}>{ forward::NEXT_CHECK_IN.label }</label>
                <p class="hint" id={format!("{id}-hint")}>{ forward::NEXT_CHECK_IN.hint }</p>
                <input type="date" class="input input--short" id={id.clone()} value={shown}
                    aria-describedby={format!("{id}-hint")} {onchange} />
            </div>
            <p class="hint" id={format!("{id}-calendar-hint")}>{ forward::CALENDAR_HINT }</p>
            <button type="button" class="button button--secondary" onclick={on_calendar}
                aria-describedby={format!("{id}-calendar-hint")}>
                { forward::ADD_TO_CALENDAR }<span class="visually-hidden">{ suffix }</span>
            </button>
            <p class="inline-status" role="status">{ status.text() }</p>
        </details>
    }
}

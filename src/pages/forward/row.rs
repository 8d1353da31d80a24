//! One line of the plan: what kind of promise it is, its words (two lines, then "more"), how the
//! latest check-ins went, and one "Check in" that opens the focused check-in beneath it.

use yew::prelude::*;

use super::check_in::CheckInPanel;
use super::dots::recent_dots;
use super::glance_date_html;
use crate::components::sheet::Sheet;
use crate::content::forward;
use crate::hooks::Clock;
use crate::hooks::{use_focus_later, use_status};
use crate::model::plan::PlanRow;
use crate::model::{Outcome, Tracked};
use crate::sheet;

/// The row's "Check in", by what it follows rather than where it sits, so focus finds it again
/// after the rows above it change.
pub fn check_in_button_id(t: &Tracked) -> String {
    format!("check-in-{}-{}", t.apology_id, t.commitment_id)
}

#[derive(Properties, PartialEq)]
pub struct PlanRowProps {
    /// The row's place on the page, for unique ids.
    pub number: usize,
    pub row: PlanRow,
    /// The check-in note typed so far.
    pub note: String,
    /// The chosen next check-in, "YYYY-MM-DD".
    pub next: Option<String>,
    pub clock: Option<Clock>,
    /// Present for promises added on the plan, which can be removed here.
    pub on_remove: Option<Callback<MouseEvent>>,
}

#[component]
pub fn PlanRowItem(props: &PlanRowProps) -> Html {
    // Open when a note was left half-typed, so it is found where it was left.
    let open = use_state(|| !props.note.trim().is_empty());
    let expanded = use_state(|| false);
    let status = use_status();
    let focus_later = use_focus_later();
    let row = &props.row;
    let t = &row.tracked;
    let base = format!("row-{}", props.number);
    let button_id = check_in_button_id(t);
    let words = forward::on_words(&t.text);

    // Commitments are the plan's usual line; the other kinds say what they are.
    let kind = if t.apology_id.is_empty() {
        Some(forward::KIND_PROMISE)
    } else if t.is_repair() {
        Some(forward::KIND_REPAIR)
    } else {
        None
    };
    let long = t.text.chars().count() > forward::FOLD_AFTER;
    let folded = long && !*expanded;
    let on_more = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let on_toggle = {
        let (open, status, focus_later) = (open.clone(), status.clone(), focus_later.clone());
        let note_id = format!("{base}-note");
        Callback::from(move |_: MouseEvent| {
            status.clear();
            if !*open {
                focus_later.set(Some(note_id.clone()));
            }
            open.set(!*open);
        })
    };
    let on_close = {
        let (open, focus_later, button_id) = (open.clone(), focus_later.clone(), button_id.clone());
        Callback::from(move |()| {
            open.set(false);
            focus_later.set(Some(button_id.clone()));
        })
    };
    let on_saved = {
        let (open, status, focus_later, button_id) = (
            open.clone(),
            status.clone(),
            focus_later.clone(),
            button_id.clone(),
        );
        Callback::from(move |outcome: Outcome| match outcome {
            // A kept promise: done, back to the plan, said warmly.
            Outcome::Kept => {
                status.say(forward::KEPT_SAVED);
                open.set(false);
                focus_later.set(Some(button_id.clone()));
            }
            // A slip: the panel stays, with the gentle word and the plan for a slip.
            Outcome::Slipped => status.say(forward::SLIP_SAVED),
            Outcome::NoteOnly => status.say(forward::CHECK_IN_SAVED),
        })
    };

    html! {
        <li class="plan-row stylist-plan-row" data-testid="commitment">
            if let Some(kind) = kind {
                <p class="plan-row__kind">{ kind }</p>
            }
            <p class={classes!("plan-row__text", folded.then_some("plan-row__text--folded"))} id={format!("{base}-text")}>
                { t.text.clone() }
            </p>
            <div class="plan-row__footer">
                // "more" shares the footer's line rather than taking one of its own: the plan
                // stays a glance.
                if long {
                    <button type="button" class="button button--link plan-row__more" onclick={on_more}
                        aria-expanded={(*expanded).to_string()} aria-controls={format!("{base}-text")}>
                        { if *expanded { forward::LESS } else { forward::MORE } }
                        <span class="visually-hidden">{ words.clone() }</span>
                    </button>
                }
                <div class="plan-row__status" data-testid="row-status">
                    { recent_dots(&row.recent) }
                    <p class="plan-row__last">
                        if let Some(last) = &row.last {
                            { forward::LAST_PREFIX }{ glance_date_html(props.clock, last.date) }{ forward::last_outcome(last.outcome) }
                        } else {
                            { forward::NOT_YET }
                        }
                        if let Some(streak) = forward::streak(row.recent.streak()) {
                            { " · " }{ streak }
                        }
                    </p>
                </div>
                <button type="button" id={button_id} class="button button--secondary plan-row__check-in"
                    aria-expanded={(*open).to_string()} aria-controls={format!("{base}-panel")} onclick={on_toggle}>
                    { forward::CHECK_IN }<span class="visually-hidden">{ words }</span>
                </button>
            </div>
            <p class="inline-status plan-row__said" role="status" data-testid="check-in-status">{ status.text() }</p>
            if *open {
                <CheckInPanel tracked={t.clone()} base={AttrValue::from(base.clone())} note={props.note.clone()}
                    check_ins={row.check_ins.clone()} next={props.next.clone()} clock={props.clock}
                    {on_saved} {on_close} on_remove={props.on_remove.clone()} />
            }
        </li>
    }
}

/// A row's own look: kind, words folded to two lines, the latest check-ins and "Check in"
/// held to its words beside them; rows ruled off from each other.
pub const SHEET: Sheet = sheet!(
    "stylist-plan-row",
    r#"
    padding: var(--space-3) var(--gutter);
    & + & {
        border-top: 1px solid var(--color-border-soft);
    }
    .plan-row__kind {
        margin: 0;
        font-size: var(--text-s);
        color: var(--color-text-muted);
    }
    .plan-row__text {
        margin: 0;
        font-family: var(--font-serif);
        font-size: var(--text-m);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
    }
    .plan-row__text--folded {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        line-clamp: 2;
        overflow: hidden;
    }
    .plan-row__more {
        font-size: var(--text-s);
    }
    .plan-row__footer {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--space-1) var(--space-3);
        margin-top: var(--space-1);
    }
    .plan-row__status {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-1) var(--space-2);
        min-width: 0;
        /* After "more" when there is one; "Check in" keeps the line's end. */
        margin-right: auto;
    }
    .plan-row__last {
        margin: 0;
        font-size: var(--text-s);
        color: var(--color-text-muted);
    }
    .plan-row__check-in {
        flex: none;
        width: auto;
        padding-inline: var(--space-3);
    }
    .plan-row__said:empty {
        display: none;
    }
    .plan-row__said {
        margin: var(--space-1) 0 0;
        font-size: var(--text-s);
    }
    "#
);

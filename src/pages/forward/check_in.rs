//! The focused check-in under a row: an optional note, then "Kept it" or "Slipped", either of
//! which saves (one save, two taps from the plan). After a slip, the gentle word and the
//! commitment's own plan for a slip. Below, folded: the check-ins so far and a reminder.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::more::{show_more, use_shown, PAGE};
use yew_router::prelude::*;

use super::reminder::ReminderPanel;
use super::{date_html, dispatch, dispatch_at};
use crate::browser;
use crate::components::sheet::Sheet;
use crate::content::{dates, forward};
use crate::context::use_mend;
use crate::hooks::Clock;
use crate::hooks::{remove_button_id, use_focus_later, use_status};
use crate::model::forward::check_in_key;
use crate::model::{CheckIn, ForwardAction, Outcome, Tracked};
use crate::route::Route;
use crate::sheet;

#[derive(Properties, PartialEq)]
pub struct CheckInPanelProps {
    pub tracked: Tracked,
    /// Makes this row's ids unique: "row-2".
    pub base: AttrValue,
    /// The note typed so far (kept across reloads).
    pub note: String,
    /// Newest first.
    pub check_ins: Vec<CheckIn>,
    pub next: Option<String>,
    pub clock: Option<Clock>,
    /// Told once a check-in is saved, with how it went.
    pub on_saved: Callback<Outcome>,
    pub on_close: Callback<()>,
    /// Present for promises added on the plan, which can be removed here.
    pub on_remove: Option<Callback<MouseEvent>>,
}

#[component]
pub fn CheckInPanel(props: &CheckInPanelProps) -> Html {
    let mend = use_mend();
    let slipped = use_state(|| false);
    let focus_later = use_focus_later();
    let t = &props.tracked;
    let base = props.base.to_string();
    let note_id = format!("{base}-note");
    let key = check_in_key(&t.apology_id, &t.commitment_id);

    let on_note = {
        let mend = mend.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            let key = key.clone();
            dispatch(&mend, ForwardAction::SetDraft { key, text })
        })
    };
    let save = |outcome: Outcome| {
        let (mend, slipped, focus_later) = (mend.clone(), slipped.clone(), focus_later.clone());
        let (t, note, on_saved) = (t.clone(), props.note.clone(), props.on_saved.clone());
        let slip_id = format!("{base}-slip");
        Callback::from(move |_: MouseEvent| {
            let now = browser::now();
            let check_in = CheckIn {
                id: browser::new_id("k"),
                apology_id: t.apology_id.clone(),
                commitment_id: t.commitment_id.clone(),
                commitment_text: t.text.clone(),
                outcome,
                note: note.clone(),
                date: now,
            };
            dispatch_at(&mend, now, ForwardAction::AddCheckIn { check_in });
            if outcome == Outcome::Slipped {
                slipped.set(true);
                focus_later.set(Some(slip_id.clone()));
            }
            on_saved.emit(outcome);
        })
    };
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    let on_key = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_close.emit(());
            }
        })
    };
    let words = forward::on_words(&t.text);

    let body = if *slipped {
        html! {
            <div class="slip" data-testid="slip">
                <h4 class="slip__title" id={format!("{base}-slip")} tabindex="-1">{ forward::SLIP_TITLE }</h4>
                <p>{ forward::SLIP_NOTE }</p>
                if t.if_slip.is_empty() {
                    <p class="hint">{ forward::SLIP_PLAN_NONE }</p>
                    if !t.apology_id.is_empty() && !t.is_repair() {
                        <p class="standalone-link"><Link<Route> to={Route::Change}>{ forward::SLIP_PLAN_LINK }</Link<Route>></p>
                    }
                } else {
                    <p class="slip__plan-title">{ forward::SLIP_PLAN_TITLE }</p>
                    <blockquote class="slip__plan" data-testid="slip-plan"><p>{ t.if_slip.clone() }</p></blockquote>
                }
                <div class="button-row button-row--tight">
                    <button type="button" class="button button--secondary" onclick={on_close.clone()}>{ forward::DONE }</button>
                </div>
            </div>
        }
    } else {
        // Equal weight: neither answer is the expected one.
        let buttons = [Outcome::Kept, Outcome::Slipped]
            .into_iter()
            .map(|outcome| {
                html! {
                    <button type="button" class="button button--secondary" onclick={save(outcome)}>
                        { forward::outcome_button(outcome) }
                    </button>
                }
            });
        html! {
            <>
                <div class="field">
                    <label class="label" for={note_id.clone()}>{ forward::CHECK_IN_NOTE.label }</label>
                    <p class="hint" id={format!("{note_id}-hint")}>{ forward::CHECK_IN_NOTE.hint }</p>
                    <textarea id={note_id.clone()} class="textarea" rows="2" value={props.note.clone()}
                        aria-describedby={format!("{note_id}-hint")} oninput={on_note}
                        spellcheck="true" autocapitalize="sentences" />
                </div>
                <div class="button-row button-row--tight check-in__buttons">
                    { for buttons }
                </div>
                <p>
                    <button type="button" class="button button--link" onclick={on_close}>{ forward::CLOSE }</button>
                </p>
            </>
        }
    };

    html! {
        <div class="check-in-panel stylist-check-in-panel stylist-compact-form" id={format!("{base}-panel")} role="group" data-testid="check-in-panel"
            aria-labelledby={format!("{base}-panel-title")} onkeydown={on_key}>
            <h4 class="check-in-panel__title" id={format!("{base}-panel-title")}>
                { forward::PANEL_TITLE }<span class="visually-hidden">{ words }</span>
            </h4>
            { body }
            <History base={props.base.clone()} check_ins={props.check_ins.clone()} clock={props.clock} />
            <ReminderPanel tracked={t.clone()} base={props.base.clone()} next={props.next.clone()} clock={props.clock} />
            if let Some(on_remove) = props.on_remove.clone() {
                <p>
                    <button type="button" id={remove_button_id(&t.commitment_id)} class="button button--link" onclick={on_remove}>
                        { forward::REMOVE }<span class="visually-hidden">{ forward::entry_suffix(forward::PROMISE_KIND, None, &t.text) }</span>
                    </button>
                </p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct HistoryProps {
    base: AttrValue,
    /// Newest first.
    check_ins: Vec<CheckIn>,
    clock: Option<Clock>,
}

/// Every check-in so far, folded, each with a Remove that can be undone.
#[component]
fn History(props: &HistoryProps) -> Html {
    let mend = use_mend();
    let status = use_status();
    let removed = use_state(|| None::<(CheckIn, usize)>);
    let focus_later = use_focus_later();
    let undo_id = format!("{}-undo", props.base);
    let shown = use_shown(PAGE);
    if props.check_ins.is_empty() && removed.is_none() {
        return Html::default();
    }
    let items = props.check_ins.iter().take(*shown).enumerate().map(|(at, c)| {
        let on_remove = {
            let (mend, status, removed, focus_later) =
                (mend.clone(), status.clone(), removed.clone(), focus_later.clone());
            let c = c.clone();
            let index = mend.state.doc.forward.check_ins.iter().position(|x| x.id == c.id).unwrap_or(0);
            let undo_id = undo_id.clone();
            Callback::from(move |_: MouseEvent| {
                removed.set(Some((c.clone(), index)));
                status.say(forward::CHECK_IN_REMOVED);
                let id = c.id.clone();
                dispatch(&mend, ForwardAction::RemoveCheckIn { id });
                focus_later.set(Some(undo_id.clone()));
            })
        };
        let date = dates::day(Clock::date_of(props.clock, c.date));
        let words = if c.note.trim().is_empty() { forward::outcome_label(c.outcome) } else { &c.note };
        html! {
            <li class={classes!("entry", "check-in", format!("check-in--{}", c.outcome.id()))} key={c.id.clone()}>
                <p class="check-in__line">
                    { date_html(props.clock, c.date) }{ " · " }
                    <strong class="check-in__outcome">{ forward::outcome_label(c.outcome) }</strong>
                </p>
                if !c.note.is_empty() {
                    <p class="check-in__note">{ c.note.clone() }</p>
                }
                <button type="button" id={remove_button_id(&c.id)} class="button button--link entry__remove" onclick={on_remove}>
                    { forward::REMOVE }<span class="visually-hidden">{ forward::entry_suffix(&forward::check_in_kind(at + 1), Some(&date), words) }</span>
                </button>
            </li>
        }
    });
    let items: Vec<Html> = items.collect();
    let on_undo = {
        let (mend, status, removed) = (mend.clone(), status.clone(), removed.clone());
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
        <details class="disclosure forward-disclosure">
            <summary>{ forward::history_title(props.check_ins.len()) }</summary>
            if !props.check_ins.is_empty() {
                <ul class="entries check-ins" data-testid="check-ins">{ for items }</ul>
                { show_more(&shown, props.check_ins.len(), &format!("{}-history", props.base)) }
            }
            <p class="inline-status" role="status">
                { status.text() }
                if removed.is_some() {
                    { " " }
                    <button type="button" id={undo_id.clone()} class="button button--link" onclick={on_undo}>{ forward::UNDO }</button>
                }
            </p>
        </details>
    }
}

/// The panel beneath a row (its form spaced as the plan's others, `entries::COMPACT_FORM_SHEET`),
/// its slip section and its history (a dated list, `.entries`, whose
/// outcomes carry a dot in the plan's colours).
pub const SHEET: Sheet = sheet!(
    "stylist-check-in-panel",
    r#"
    margin-top: var(--space-3);
    padding-top: var(--space-3);
    border-top: 1px dashed var(--color-border-soft);
    .check-in-panel__title {
        margin: 0 0 var(--space-2);
        font-size: var(--text-m);
    }
    /* After the page's flush folds (its sheet is listed before this one). */
    .forward-disclosure {
        margin: var(--space-2) 0 0;
    }
    .slip {
        padding: var(--space-3) var(--gutter);
        border-left: 4px solid var(--color-warning-border);
        border-radius: 0 var(--radius) var(--radius) 0;
        background: var(--color-warning-bg);
    }
    .slip__title {
        margin: 0 0 var(--space-1);
        font-size: var(--text-m);
    }
    .slip > p {
        margin: 0 0 var(--space-2);
    }
    .slip__plan-title {
        font-weight: 700;
    }
    .slip__plan {
        margin: 0 0 var(--space-3);
        font-family: var(--font-serif);
        font-size: var(--text-l);
    }
    .slip__plan p {
        margin: 0;
    }
    .check-in__outcome {
        color: var(--color-text);
    }
    .check-in--kept .check-in__outcome::before,
    .check-in--slipped .check-in__outcome::before {
        display: inline-block;
        width: 0.6rem;
        height: 0.6rem;
        margin-right: var(--space-1);
        border-radius: 50%;
        content: "";
        vertical-align: 0.05em;
    }
    .check-in--kept .check-in__outcome::before {
        background: var(--color-accent);
    }
    .check-in--slipped .check-in__outcome::before {
        background: var(--color-warning-border);
    }
    .check-in__line {
        font-size: var(--text-s);
        color: var(--color-text-muted);
    }
    .check-in__note {
        white-space: pre-wrap;
    }
    .check-in__buttons {
        gap: var(--space-2);
    }
    @media (forced-colors: active) {
        .check-in--kept .check-in__outcome::before,
        .check-in--slipped .check-in__outcome::before {
            forced-color-adjust: none;
            background: CanvasText;
        }
    }
    "#
);

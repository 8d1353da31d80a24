//! A dated log of the plan (wins, boundaries, "talked it through"): its "add" field and its list.

use yew::prelude::*;

use crate::components::more::{show_more, use_shown, PAGE};

use super::{date_html, dispatch};
use crate::browser;
use crate::components::sheet::Sheet;
use crate::components::text_field::TextField;
use crate::components::undo_status::undo_status;
use crate::content::steps::Field;
use crate::content::{dates, forward};
use crate::context::use_mend;
use crate::hooks::use_status;
use crate::hooks::Clock;
use crate::hooks::{remove_button_id, use_focus_later};
use crate::model::plan::{timeline, TimelineItem};
use crate::model::{Entry, ForwardAction, List};
use crate::sheet;

#[derive(Properties, PartialEq)]
pub struct AddEntryProps {
    pub list: List,
    pub field: Field,
    pub button: &'static str,
    /// Said politely once the entry is added.
    pub added: &'static str,
}

/// The field (kept as typed, across reloads) and the button that adds it to the list, dated today.
#[component]
pub fn AddEntry(props: &AddEntryProps) -> Html {
    let mend = use_mend();
    let status = use_status();
    let list = props.list;
    let key = list.key();
    let text = mend.state.doc.forward.draft(key).to_owned();
    let field_id = format!("{key}-text");
    let on_input = {
        let (mend, status) = (mend.clone(), status.clone());
        Callback::from(move |text: String| {
            status.clear();
            dispatch(
                &mend,
                ForwardAction::SetDraft {
                    key: key.to_owned(),
                    text,
                },
            )
        })
    };
    let on_add = {
        let (mend, status, added) = (mend.clone(), status.clone(), props.added);
        let field_id = field_id.clone();
        Callback::from(move |_: MouseEvent| {
            let text = mend.state.doc.forward.draft(key).to_owned();
            if text.trim().is_empty() && list != List::TalkedThrough {
                status.say(forward::WRITE_FIRST);
                browser::focus_element(&field_id);
                return;
            }
            let id = browser::new_id("e");
            dispatch(&mend, ForwardAction::AddEntry { list, id, text });
            status.say(added);
        })
    };
    html! {
        <div class="add-entry stylist-add-entry stylist-compact-form">
            <TextField id={field_id} label={props.field.label} hint={props.field.hint}
                value={text} rows={2} {on_input} />
            <div class="button-row button-row--tight">
                <button type="button" class="button button--secondary" onclick={on_add}>{ props.button }</button>
            </div>
            <p class="inline-status" role="status" data-testid={format!("{key}-status")}>{ status.text() }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct EntryLogProps {
    /// One list, or several merged into one timeline (wins and talks).
    pub lists: Vec<List>,
    /// Names the element for tests: "timeline", "boundary-log".
    pub name: &'static str,
    /// Shown when there is nothing; nothing when blank.
    pub empty: &'static str,
    pub clock: Option<Clock>,
}

/// The entries, newest first, each with its date and a Remove that can be undone; the latest
/// few, and the rest behind "Show all".
#[component]
pub fn EntryLog(props: &EntryLogProps) -> Html {
    let mend = use_mend();
    let removed = use_state(|| None::<(List, Entry, usize)>);
    let show_all = use_state(|| false);
    let focus_later = use_focus_later();
    let items = timeline(&mend.state.doc.forward, &props.lists);
    let count = items.len();
    let undo_id = format!("{}-undo", props.name);
    // "Show all" opens the list a page at a time: thousands of rows would freeze the page.
    let paged = use_shown(PAGE);
    let shown = if *show_all {
        *paged
    } else {
        forward::TIMELINE_SHOWN
    };
    let rows = items.into_iter().take(shown).map(|TimelineItem { list, index, entry }| {
        let date = dates::day(Clock::date_of(props.clock, entry.date));
        let on_remove = {
            let (mend, removed, focus_later) = (mend.clone(), removed.clone(), focus_later.clone());
            let (entry, undo_id) = (entry.clone(), undo_id.clone());
            Callback::from(move |_: MouseEvent| {
                removed.set(Some((list, entry.clone(), index)));
                let id = entry.id.clone();
                dispatch(&mend, ForwardAction::RemoveEntry { list, id });
                focus_later.set(Some(undo_id.clone()));
            })
        };
        let text = match (entry.text.is_empty(), list) {
            (false, _) => Some(entry.text.clone()),
            (true, List::TalkedThrough) => Some(forward::TALKED_ENTRY.to_owned()),
            (true, _) => None,
        };
        html! {
            <li class={classes!("entry", format!("entry--{}", list.key()))} key={entry.id.clone()}>
                if let Some(text) = text {
                    <p class="entry__text">{ text }</p>
                }
                <p class="entry__meta">
                    if let Some(meta) = forward::entry_meta(list) { { meta }{ " · " } }
                    { date_html(props.clock, entry.date) }
                </p>
                <button type="button" id={remove_button_id(&entry.id)} class="button button--link entry__remove" onclick={on_remove}>
                    { forward::REMOVE }<span class="visually-hidden">{ forward::entry_suffix(forward::entry_kind(list), Some(&date), &entry.text) }</span>
                </button>
            </li>
        }
    });
    let rows: Vec<Html> = rows.collect();
    let on_undo = {
        let (mend, removed) = (mend.clone(), removed.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some((list, entry, index)) = (*removed).clone() {
                // Undo goes away; focus lands on the restored item.
                focus_later.set(Some(remove_button_id(&entry.id)));
                dispatch(&mend, ForwardAction::RestoreEntry { list, entry, index });
            }
            removed.set(None);
        })
    };
    let on_show_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(!*show_all))
    };
    let timeline = props.lists.len() > 1;
    html! {
        <>
            if count == 0 {
                if !props.empty.is_empty() {
                    <p class="entries__empty">{ props.empty }</p>
                }
            } else {
                if timeline {
                    <ul class="entries timeline stylist-timeline" data-testid={props.name}>{ for rows }</ul>
                } else {
                    <ul class="entries" data-testid={props.name}>{ for rows }</ul>
                }
                if *show_all {
                    { show_more(&paged, count, props.name) }
                }
                if count > forward::TIMELINE_SHOWN {
                    <p class="timeline__more stylist-more">
                        <button type="button" class="button button--link" onclick={on_show_all}
                            aria-expanded={(*show_all).to_string()}>
                            { if *show_all { forward::SHOW_FEWER.to_owned() } else { forward::show_all(count) } }
                        </button>
                    </p>
                }
            }
            { undo_status(removed.is_some(), forward::REMOVED, forward::UNDO, undo_id.into(), on_undo) }
        </>
    }
}

/// The plan's small forms (adding a win, a talk or a boundary; a check-in): fields close
/// together, each text area two lines high to start with.
pub const COMPACT_FORM_SHEET: Sheet = sheet!(
    "stylist-compact-form",
    r#"
    .field {
        margin-bottom: var(--space-2);
    }
    .textarea {
        min-height: 3.5rem;
    }
    "#
);

/// The form that adds a win, a talk or a boundary, inside its fold.
pub const ADD_ENTRY_SHEET: Sheet = sheet!(
    "stylist-add-entry",
    r#"
    margin: var(--space-4) 0;
    .inline-status {
        margin: var(--space-2) 0 0;
    }
    .inline-status:empty {
        display: none;
    }
    "#
);

/// The short timeline of wins and talks: a dot by each date and a line down them, newest on top.
pub const TIMELINE_SHEET: Sheet = sheet!(
    "stylist-timeline",
    r#"
    .entry {
        position: relative;
        padding-left: var(--space-4);
        border-bottom: 0;
    }
    .entry::before {
        position: absolute;
        top: calc(var(--text-m) * var(--line) / 2 + var(--space-2) - 0.3rem);
        left: 0;
        width: 0.6rem;
        height: 0.6rem;
        border-radius: 50%;
        background: var(--color-accent);
        content: "";
    }
    .entry:not(:last-child)::after {
        position: absolute;
        top: calc(var(--text-m) * var(--line) / 2 + var(--space-2) + 0.4rem);
        bottom: calc(-1 * var(--text-m) * var(--line) / 2 + 0.4rem);
        left: calc(0.3rem - 1px);
        border-left: 2px solid var(--color-border-soft);
        content: "";
    }
    @media (forced-colors: active) {
        .entry::before {
            forced-color-adjust: none;
            background: CanvasText;
        }
    }
    "#
);

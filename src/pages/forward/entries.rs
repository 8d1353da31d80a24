//! A dated log of the plan (wins, boundaries, "talked it through"): its "add" field and its list.

use yew::prelude::*;

use super::{date_html, dispatch};
use crate::browser;
use crate::components::text_field::TextField;
use crate::components::undo_status::undo_status;
use crate::content::steps::Field;
use crate::content::{dates, forward};
use crate::context::use_mend;
use crate::hooks::use_status;
use crate::hooks::Clock;
use crate::hooks::{remove_button_id, use_focus_later};
use crate::model::{Entry, ForwardAction, List};

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
        <div class="add-entry">
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
    pub list: List,
    /// Names an entry for screen readers after "Remove": "win", "boundary".
    pub kind: &'static str,
    /// Shown when the list is empty; nothing when blank.
    pub empty: &'static str,
    /// A word before each entry's date, such as "Added here".
    #[prop_or_default]
    pub meta: Option<&'static str>,
    pub clock: Option<Clock>,
}

/// The list, newest first, each with its date and a Remove that can be undone.
#[component]
pub fn EntryLog(props: &EntryLogProps) -> Html {
    let mend = use_mend();
    let removed = use_state(|| None::<(Entry, usize)>);
    let focus_later = use_focus_later();
    let list = props.list;
    let entries = mend.state.doc.forward.list(list);
    let undo_id = format!("{}-undo", list.key());
    let items = entries.iter().enumerate().rev().map(|(index, entry)| {
        let date = dates::day(Clock::date_of(props.clock, entry.date));
        let on_remove = {
            let (mend, removed, focus_later) = (mend.clone(), removed.clone(), focus_later.clone());
            let (entry, undo_id) = (entry.clone(), undo_id.clone());
            Callback::from(move |_: MouseEvent| {
                removed.set(Some((entry.clone(), index)));
                let id = entry.id.clone();
                dispatch(&mend, ForwardAction::RemoveEntry { list, id });
                focus_later.set(Some(undo_id.clone()));
            })
        };
        html! {
            <li class="entry" key={entry.id.clone()}>
                if !entry.text.is_empty() {
                    <p class="entry__text">{ entry.text.clone() }</p>
                } else if list == List::TalkedThrough {
                    <p class="entry__text">{ forward::TALKED_ENTRY }</p>
                }
                <p class="entry__meta">
                    if let Some(meta) = props.meta { { meta }{ " · " } }
                    { date_html(props.clock, entry.date) }
                </p>
                <button type="button" id={remove_button_id(&entry.id)} class="button button--link entry__remove" onclick={on_remove}>
                    { forward::REMOVE }<span class="visually-hidden">{ forward::entry_suffix(props.kind, Some(&date), &entry.text) }</span>
                </button>
            </li>
        }
    });
    let on_undo = {
        let (mend, removed, focus_later) = (mend.clone(), removed.clone(), focus_later.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some((entry, index)) = (*removed).clone() {
                // Undo goes away; focus lands on the restored item.
                focus_later.set(Some(remove_button_id(&entry.id)));
                dispatch(&mend, ForwardAction::RestoreEntry { list, entry, index });
            }
            removed.set(None);
        })
    };
    html! {
        <>
            if entries.is_empty() {
                if !props.empty.is_empty() {
                    <p class="entries__empty">{ props.empty }</p>
                }
            } else {
                <ul class="entries" data-testid={format!("{}-log", list.key())}>{ for items }</ul>
            }
            { undo_status(removed.is_some(), forward::REMOVED, forward::UNDO, undo_id.into(), on_undo) }
        </>
    }
}

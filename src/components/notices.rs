//! Persistent notices about saving: storage refused, a failed save, unreadable or newer data,
//! and another tab's changes. Each stays until the situation changes; none hides text.

use yew::prelude::*;

use crate::components::raw_text::RawText;
use crate::content::shell;
use crate::context::use_mend;
use crate::persist::{LoadNotice, Persistence, DOCUMENT_KEY};
use crate::state::{Action, LastSave};

#[component]
pub fn Notices() -> Html {
    let mend = use_mend();
    let state = &*mend.state;
    let mut notices: Vec<Html> = Vec::new();

    if let Some(theirs) = state.conflict.clone() {
        let keep_mine = {
            let mend = mend.clone();
            let theirs = theirs.clone();
            Callback::from(move |_| mend.keep_mine(&theirs))
        };
        let take_theirs = {
            let mend = mend.clone();
            Callback::from(move |_| mend.take_theirs())
        };
        notices.push(html! {
            <section class="notice notice--warning" role="alert" aria-labelledby="notice-conflict">
                <h2 id="notice-conflict" class="notice__title">{ shell::CONFLICT_TITLE }</h2>
                <p>{ shell::CONFLICT_BODY }</p>
                <div class="button-row">
                    <button type="button" class="button" onclick={keep_mine}>{ shell::CONFLICT_KEEP_MINE }</button>
                    <button type="button" class="button button--secondary" onclick={take_theirs}>{ shell::CONFLICT_TAKE_THEIRS }</button>
                </div>
            </section>
        });
    }

    if let LastSave::Failed { full, .. } = &state.last_save {
        if state.persistence.is_on() {
            let body = if *full {
                shell::SAVE_FAILED_FULL
            } else {
                shell::SAVE_FAILED_OTHER
            };
            let retry = mend.save_on_click();
            notices.push(html! {
                <section class="notice notice--error" role="alert" aria-labelledby="notice-save-failed" data-testid="save-failed">
                    <h2 id="notice-save-failed" class="notice__title">{ shell::SAVE_FAILED_TITLE }</h2>
                    <p>{ body }</p>
                    <button type="button" class="button button--secondary" onclick={retry}>{ shell::SAVE_RETRY }</button>
                </section>
            });
        }
    }

    match &state.persistence {
        Persistence::On => {}
        Persistence::Private => {
            let resume = Callback::from(mend.state.dispatcher()).reform(|_: MouseEvent| Action::SetPrivate(false));
            notices.push(html! {
                <section class="notice" role="status" aria-labelledby="notice-private" data-testid="private-session">
                    <h2 id="notice-private" class="notice__title">{ shell::PRIVATE_TITLE }</h2>
                    <p>{ shell::PRIVATE_BODY }</p>
                    <button type="button" class="button button--secondary" onclick={resume}>{ shell::PRIVATE_RESUME }</button>
                </section>
            });
        }
        Persistence::Unavailable { .. } => notices.push(html! {
            <section class="notice notice--warning" role="status" aria-labelledby="notice-unavailable" data-testid="storage-unavailable">
                <h2 id="notice-unavailable" class="notice__title">{ shell::UNAVAILABLE_TITLE }</h2>
                <p>{ shell::UNAVAILABLE_BODY }</p>
            </section>
        }),
        Persistence::ReadOnly { .. } => notices.push(html! {
            <section class="notice notice--warning" role="status" aria-labelledby="notice-read-only" data-testid="read-only">
                <h2 id="notice-read-only" class="notice__title">{ shell::READ_ONLY_TITLE }</h2>
                <p>{ shell::READ_ONLY_BODY }</p>
            </section>
        }),
        Persistence::Protecting { .. } => notices.push(html! {
            <section class="notice notice--warning" role="status" aria-labelledby="notice-protecting" data-testid="unreadable">
                <h2 id="notice-protecting" class="notice__title">{ shell::UNREADABLE_TITLE }</h2>
                <p>{ shell::UNREADABLE_NOT_COPIED_BODY }</p>
                <RawText storage_key={DOCUMENT_KEY} />
            </section>
        }),
    }

    let dismiss =
        Callback::from(mend.state.dispatcher()).reform(|_: MouseEvent| Action::DismissNotice);
    match &state.notice {
        Some(LoadNotice::Unreadable { backup_key, .. }) => notices.push(html! {
            <section class="notice notice--warning" role="status" aria-labelledby="notice-unreadable" data-testid="unreadable">
                <h2 id="notice-unreadable" class="notice__title">{ shell::UNREADABLE_TITLE }</h2>
                <p>{ shell::UNREADABLE_BODY }</p>
                <RawText storage_key={backup_key.clone()} />
                <button type="button" class="button button--link" onclick={dismiss}>{ shell::DISMISS }</button>
            </section>
        }),
        Some(LoadNotice::JournalKeptAside { backup_key }) => notices.push(html! {
            <section class="notice notice--warning" role="status" aria-labelledby="notice-journal" data-testid="journal-kept">
                <h2 id="notice-journal" class="notice__title">{ shell::JOURNAL_KEPT_TITLE }</h2>
                <p>{ shell::JOURNAL_KEPT_BODY }</p>
                <RawText storage_key={backup_key.clone()} />
                <button type="button" class="button button--link" onclick={dismiss}>{ shell::DISMISS }</button>
            </section>
        }),
        Some(LoadNotice::Migrated { .. }) => notices.push(html! {
            <section class="notice" role="status">
                <p>{ shell::MIGRATED_BODY }</p>
                <button type="button" class="button button--link" onclick={dismiss}>{ shell::DISMISS }</button>
            </section>
        }),
        Some(LoadNotice::DuplicateIds { .. }) => notices.push(html! {
            <section class="notice" role="status" data-testid="duplicate-ids">
                <p>{ shell::DUPLICATE_IDS_BODY }</p>
                <button type="button" class="button button--link" onclick={dismiss}>{ shell::DISMISS }</button>
            </section>
        }),
        // Shown through `persistence` above.
        Some(LoadNotice::Newer { .. }) | Some(LoadNotice::UnreadableNotCopied { .. }) | None => {}
    }

    if notices.is_empty() {
        return Html::default();
    }
    html! { <div class="notices">{ for notices }</div> }
}

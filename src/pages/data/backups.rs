//! The backups kept on this device: what each is, when it was made and its size; each can be
//! read (as text), downloaded and deleted (after a confirmation: a copy deleted is gone).

use yew::prelude::*;

use crate::browser;
use crate::components::raw_text::RawText;
use crate::components::sheet::Sheet;
use crate::content::{data, dates};
use crate::context::use_mend;
use crate::hooks::use_status;
use crate::persist::backups::{Backup, BackupKind};
use crate::sheet;

#[component]
pub fn Backups() -> Html {
    let mend = use_mend();
    let status = use_status();
    // Raised by each delete, so the list is read again.
    let deletions = use_state(|| 0u32);
    let confirming = use_state(|| None::<String>);
    let list = {
        let mend = mend.clone();
        use_memo((*deletions, mend.state.doc.revision), move |_| {
            mend.backups()
        })
    };
    let offset = mend.utc_offset_minutes;
    let items = list.iter().enumerate().map(|(at, backup)| {
        let Backup {
            key,
            kind,
            made_at,
            chars,
        } = backup;
        let what = match kind {
            BackupKind::Document { apologies } => data::backup_of_document(*apologies),
            BackupKind::Journal => data::BACKUP_OF_JOURNAL.to_owned(),
            BackupKind::Unreadable => data::BACKUP_UNREADABLE.to_owned(),
        };
        let when = made_at.map(|m| (dates::short_local_date(m, offset), dates::local_time(m, offset)));
        let on_download = {
            let (mend, key, status) = (mend.clone(), key.clone(), status.clone());
            let name = format!(
                "{}-{}.txt",
                data::BACKUP_FILE_PREFIX,
                key.trim_start_matches(crate::persist::BACKUP_PREFIX)
            );
            Callback::from(move |_: MouseEvent| {
                let ok = browser::download_text(&name, &mend.stored_text(&key)).is_ok();
                status.say(if ok { data::EXPORTED } else { data::EXPORT_FAILED });
            })
        };
        let on_delete = {
            let (confirming, key) = (confirming.clone(), key.clone());
            Callback::from(move |_: MouseEvent| confirming.set(Some(key.clone())))
        };
        let asking = confirming.as_deref() == Some(key.as_str());
        let on_yes = {
            let (mend, key, status) = (mend.clone(), key.clone(), status.clone());
            let (confirming, deletions) = (confirming.clone(), deletions.clone());
            Callback::from(move |_: MouseEvent| {
                let gone = mend.delete_backup(&key);
                status.say(if gone { data::BACKUP_DELETED } else { data::BACKUP_DELETE_FAILED });
                confirming.set(None);
                deletions.set(*deletions + 1);
                browser::focus_element("backups-title");
            })
        };
        let on_no = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(None))
        };
        let number = at + 1;
        html! {
            <li class="backup stylist-backup" key={key.clone()} data-testid="backup">
                <p class="backup__what"><strong>{ what }</strong></p>
                <p class="hint">{ data::backup_made(when, *chars) }</p>
                <RawText storage_key={key.clone()} />
                if asking {
                    <div class="notice notice--warning" role="alert">
                        <p>{ data::BACKUP_CONFIRM }</p>
                        <div class="button-row">
                            <button type="button" class="button" onclick={on_yes}>{ data::BACKUP_CONFIRM_YES }</button>
                            <button type="button" class="button button--secondary" onclick={on_no}>{ data::BACKUP_CONFIRM_NO }</button>
                        </div>
                    </div>
                } else {
                    <div class="button-row">
                        <button type="button" class="button button--secondary" onclick={on_download}>
                            { data::BACKUP_DOWNLOAD }<span class="visually-hidden">{ data::backup_label(number) }</span>
                        </button>
                        <button type="button" class="button button--secondary" onclick={on_delete}>
                            { data::BACKUP_DELETE }<span class="visually-hidden">{ data::backup_label(number) }</span>
                        </button>
                    </div>
                }
            </li>
        }
    });
    html! {
        <section aria-labelledby="backups-title">
            <h2 id="backups-title" tabindex="-1">{ data::BACKUPS_TITLE }</h2>
            if list.is_empty() {
                <p>{ data::BACKUPS_NONE }</p>
            } else {
                <p class="hint">{ data::BACKUPS_INTRO }</p>
                <ul class="entries" data-testid="backups">{ for items }</ul>
            }
            <p class="inline-status" role="status">{ status.text() }</p>
        </section>
    }
}

/// A backup copy: what it is, when, then its text and buttons, stacked, ruled off from the next.
pub const SHEET: Sheet = sheet!(
    "stylist-backup",
    r#"
    padding: var(--space-3) 0;
    border-bottom: 1px solid var(--color-border-soft);
    .backup__what,
    & > .hint {
        margin: 0 0 var(--space-2);
    }
    "#
);

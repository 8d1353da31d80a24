//! The backups kept on the device, as "Your data" lists them: what each is, when it was made,
//! how big it is. Pure: the text is read through any `Store`.

use super::journal::Journal;
use super::{Store, StoreError, BACKUP_PREFIX};
use crate::model::{decode, Decoded, Millis};

/// What a backup holds, judged from its text.
#[derive(Debug, Clone, PartialEq)]
pub enum BackupKind {
    /// A whole Mend document (another tab's words, or this tab's, kept before a choice).
    Document { apologies: usize },
    /// The last words of a tab that closed, kept because Mend was saved again since.
    Journal,
    /// Text this version could not read.
    Unreadable,
}

/// One backup, as listed.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    pub key: String,
    pub kind: BackupKind,
    /// When it was made, from its key (`None` for a key not made by Mend).
    pub made_at: Option<Millis>,
    /// Its size in UTF-16 code units, as the browser counts it.
    pub chars: usize,
}

pub fn kind_of(text: &str) -> BackupKind {
    match decode(Some(text)) {
        Decoded::Current(doc) | Decoded::Migrated { doc, .. } => BackupKind::Document {
            apologies: doc.apologies.len(),
        },
        Decoded::Newer { .. } => BackupKind::Unreadable,
        _ if serde_json::from_str::<Journal>(text).is_ok() => BackupKind::Journal,
        _ => BackupKind::Unreadable,
    }
}

/// When the backup under `key` was made: its key is stamped with the time (`mend:backup:<ms>`,
/// or `-<n>` after it when two were made in the same millisecond).
pub fn made_at(key: &str) -> Option<Millis> {
    let stamp = key.strip_prefix(BACKUP_PREFIX)?;
    let millis = stamp.split('-').next()?;
    millis.parse::<u64>().ok().map(|m| m as Millis)
}

/// Every backup, newest first.
pub fn list(store: &dyn Store) -> Vec<Backup> {
    let mut found: Vec<Backup> = super::backups(store)
        .into_iter()
        .map(|(key, text)| Backup {
            made_at: made_at(&key),
            kind: kind_of(&text),
            chars: text.encode_utf16().count(),
            key,
        })
        .collect();
    crate::sorting::sort_by(&mut found, |a, b| {
        b.made_at
            .unwrap_or(0.0)
            .total_cmp(&a.made_at.unwrap_or(0.0))
            .then_with(|| b.key.cmp(&a.key))
    });
    found
}

/// Deletes one backup (only a backup: any other key is refused).
pub fn delete(store: &dyn Store, key: &str) -> Result<(), StoreError> {
    if !key.starts_with(BACKUP_PREFIX) {
        return Err(StoreError::Failed("not a backup".into()));
    }
    store.remove(key)
}

//! How the document is loaded and saved, over any `Store`: the rules that keep every word safe.
//!
//! Pure logic, so each way storage can fail is a native unit test; `storage.rs` supplies the
//! browser's localStorage as a `Store`.

pub mod backups;
pub mod journal;
mod store;

pub use store::{MemoryStore, Store, StoreError};

use crate::model::{decode, encode, Decoded, Document, Millis, SCHEMA_VERSION};

/// Where the document lives.
pub const DOCUMENT_KEY: &str = "mend:document";
/// Copies of stored text this build could not read; never overwritten, never deleted by the app on its own.
pub const BACKUP_PREFIX: &str = "mend:backup:";
/// Every key the app writes starts with this, so "delete everything" can find them all.
pub const KEY_PREFIX: &str = "mend:";

/// Whether changes are being written to the device.
#[derive(Debug, Clone, PartialEq)]
pub enum Persistence {
    /// Saving to this device.
    On,
    /// The browser refuses storage: everything lives in memory until the page closes.
    Unavailable { reason: String },
    /// A newer version of Mend saved the stored data: this build never writes over it.
    ReadOnly { version: u32 },
    /// Stored data could not be read nor copied aside, so nothing is written over it.
    Protecting { reason: String },
    /// The person chose not to save on this device for now.
    Private,
}

impl Persistence {
    pub fn is_on(&self) -> bool {
        matches!(self, Persistence::On)
    }
}

/// What the person is told about what was found when the app started.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadNotice {
    /// Stored text could not be read; it was kept under `backup_key`.
    Unreadable { backup_key: String, reason: String },
    /// Stored text could not be read and there was no room to copy it aside.
    UnreadableNotCopied { reason: String },
    /// Saved by a newer version; opened without saving.
    Newer { version: u32 },
    /// Saved by an older version and brought up to date.
    Migrated { from: u32 },
    /// A closed tab's last words could not go into the document (it was saved since, or they
    /// could not be read): they were kept under `backup_key`.
    JournalKeptAside { backup_key: String },
    /// `count` apologies shared an id with an earlier one and were given their own.
    DuplicateIds { count: usize },
}

/// The outcome of starting up.
#[derive(Debug, Clone, PartialEq)]
pub struct Boot {
    pub doc: Document,
    /// The stored revision this tab's document builds on.
    pub base_revision: u64,
    pub persistence: Persistence,
    pub notice: Option<LoadNotice>,
}

/// Reads the stored document; never writes over anything it cannot read.
pub fn boot(store: &dyn Store, now: Millis) -> Boot {
    let fresh = |persistence, notice| Boot {
        doc: Document::default(),
        base_revision: 0,
        persistence,
        notice,
    };
    let raw = match store.get(DOCUMENT_KEY) {
        Ok(raw) => raw,
        Err(err) => {
            return fresh(
                Persistence::Unavailable {
                    reason: err.to_string(),
                },
                None,
            )
        }
    };
    // Text that the browser holds but a Rust string can't (lone surrogates) is read with
    // U+FFFD in their place; the original is first copied aside exactly, or else protected.
    let mut exact_copy = None;
    if raw.is_some() && !store.is_exact(DOCUMENT_KEY).unwrap_or(true) {
        match keep_exact_backup(store, DOCUMENT_KEY, raw.as_deref().unwrap_or_default(), now) {
            Ok(key) => exact_copy = Some(key),
            Err(err) => {
                return fresh(
                    Persistence::Protecting {
                        reason: err.to_string(),
                    },
                    Some(LoadNotice::UnreadableNotCopied {
                        reason: NOT_EXACT.into(),
                    }),
                )
            }
        }
    }
    let mut booted = boot_decoded(store, raw, exact_copy.clone(), now, fresh);
    if let Some(backup_key) = exact_copy {
        booted.notice = Some(LoadNotice::Unreadable {
            backup_key,
            reason: NOT_EXACT.into(),
        });
    }
    if booted.persistence.is_on() {
        let count = booted.doc.give_duplicates_fresh_ids();
        if count > 0 {
            booted.notice = Some(LoadNotice::DuplicateIds { count });
        }
    }
    booted
}

fn boot_decoded(
    store: &dyn Store,
    raw: Option<String>,
    exact_copy: Option<String>,
    now: Millis,
    fresh: impl Fn(Persistence, Option<LoadNotice>) -> Boot,
) -> Boot {
    match decode(raw.as_deref()) {
        Decoded::Empty => fresh(Persistence::On, None),
        Decoded::Current(doc) => Boot {
            base_revision: doc.revision,
            doc,
            persistence: Persistence::On,
            notice: None,
        },
        Decoded::Migrated { doc, from } => Boot {
            base_revision: doc.revision,
            doc,
            persistence: Persistence::On,
            notice: Some(LoadNotice::Migrated { from }),
        },
        Decoded::Newer { version, doc } => {
            let doc = doc.unwrap_or_default();
            Boot {
                base_revision: doc.revision,
                doc,
                persistence: Persistence::ReadOnly { version },
                notice: Some(LoadNotice::Newer { version }),
            }
        }
        Decoded::Unreadable { reason } => {
            let raw = raw.unwrap_or_default();
            let kept = match exact_copy {
                Some(key) => Ok(key),
                None => keep_backup(store, &raw, now),
            };
            match kept {
                Ok(backup_key) => fresh(
                    Persistence::On,
                    Some(LoadNotice::Unreadable { backup_key, reason }),
                ),
                Err(err) => fresh(
                    Persistence::Protecting {
                        reason: err.to_string(),
                    },
                    Some(LoadNotice::UnreadableNotCopied { reason }),
                ),
            }
        }
    }
}

/// Makes sure `raw` is kept under a backup key, and returns that key. Idempotent.
pub fn keep_backup(store: &dyn Store, raw: &str, now: Millis) -> Result<String, StoreError> {
    let keys = store.keys()?;
    for key in keys.iter().filter(|k| k.starts_with(BACKUP_PREFIX)) {
        if store.get(key)?.as_deref() == Some(raw) {
            return Ok(key.clone());
        }
    }
    let key = unused_backup_key(&keys, now);
    store.set(&key, raw)?;
    Ok(key)
}

/// Why text with lone surrogates counts as unreadable.
const NOT_EXACT: &str = "characters that are not valid text (lone surrogates)";

/// Makes sure the value under `key`, which `get` can't return exactly (its `lossy` reading), is
/// copied aside exactly; returns the backup's key. Idempotent, like `keep_backup`.
pub fn keep_exact_backup(
    store: &dyn Store,
    key: &str,
    lossy: &str,
    now: Millis,
) -> Result<String, StoreError> {
    let keys = store.keys()?;
    for backup in keys.iter().filter(|k| k.starts_with(BACKUP_PREFIX)) {
        if !store.is_exact(backup)? && store.get(backup)?.as_deref() == Some(lossy) {
            return Ok(backup.clone());
        }
    }
    let backup = unused_backup_key(&keys, now);
    store.copy(key, &backup)?;
    Ok(backup)
}

/// A backup key no other key uses, stamped with `now`.
fn unused_backup_key(keys: &[String], now: Millis) -> String {
    let stamp = now.max(0.0) as u64;
    let mut key = format!("{BACKUP_PREFIX}{stamp}");
    let mut n = 1;
    while keys.contains(&key) {
        n += 1;
        key = format!("{BACKUP_PREFIX}{stamp}-{n}");
    }
    key
}

/// Keeps this tab's document as a backup while a conflict is open, so nothing typed while the
/// question waits depends on the answer. The first copy gets a key of its own (never one another
/// backup uses); later copies write over that same key, which holds only this tab's words.
pub fn keep_copy(
    store: &dyn Store,
    key: Option<&str>,
    doc: &Document,
    now: Millis,
) -> Result<String, StoreError> {
    let text = encode(doc).map_err(StoreError::Failed)?;
    let key = match key {
        Some(key) => key.to_owned(),
        None => unused_backup_key(&store.keys()?, now),
    };
    store.set(&key, &text)?;
    Ok(key)
}

/// The backups kept so far, oldest first, with their text.
pub fn backups(store: &dyn Store) -> Vec<(String, String)> {
    let Ok(keys) = store.keys() else {
        return Vec::new();
    };
    let mut found: Vec<(String, String)> = keys
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .filter_map(|k| store.get(&k).ok().flatten().map(|v| (k, v)))
        .collect();
    crate::sorting::sort_by(&mut found, |a, b| a.cmp(b));
    found
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// Another tab saved a newer revision after this tab loaded; it is returned so the person can choose.
    Conflict(Box<Document>),
    /// A newer version of Mend wrote the stored data since this tab started.
    NewerVersionStored { version: u32 },
    /// The store refused (full, blocked, or otherwise).
    Store(StoreError),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Conflict(_) => write!(f, "changed in another tab"),
            SaveError::NewerVersionStored { version } => {
                write!(f, "saved by a newer version of Mend (schema {version})")
            }
            SaveError::Store(err) => err.fmt(f),
        }
    }
}

impl From<StoreError> for SaveError {
    fn from(err: StoreError) -> Self {
        SaveError::Store(err)
    }
}

/// Writes `doc` as the revision after `base_revision`, unless that would overwrite something newer
/// or unreadable. Returns the revision written.
pub fn save(
    store: &dyn Store,
    doc: &Document,
    base_revision: u64,
    now: Millis,
) -> Result<u64, SaveError> {
    save_as(store, doc, base_revision, now, "")
}

/// `save`, stamping the revision with the tab that writes it (`Document::saved_by`).
pub fn save_as(
    store: &dyn Store,
    doc: &Document,
    base_revision: u64,
    now: Millis,
    writer: &str,
) -> Result<u64, SaveError> {
    let stored = store.get(DOCUMENT_KEY)?;
    let exact = stored.is_none() || store.is_exact(DOCUMENT_KEY)?;
    if !exact {
        keep_exact_backup(
            store,
            DOCUMENT_KEY,
            stored.as_deref().unwrap_or_default(),
            now,
        )?;
    }
    match decode(stored.as_deref()) {
        Decoded::Empty => {}
        Decoded::Current(theirs) | Decoded::Migrated { doc: theirs, .. } => {
            if theirs.revision > base_revision {
                return Err(SaveError::Conflict(Box::new(theirs)));
            }
        }
        Decoded::Newer { version, .. } => return Err(SaveError::NewerVersionStored { version }),
        Decoded::Unreadable { .. } if exact => {
            keep_backup(store, stored.as_deref().unwrap_or_default(), now)?;
        }
        // Copied aside exactly above.
        Decoded::Unreadable { .. } => {}
    }
    let mut out = doc.clone();
    out.schema_version = SCHEMA_VERSION;
    out.revision = base_revision + 1;
    out.saved_at = now;
    writer.clone_into(&mut out.saved_by);
    let text = encode(&out).map_err(StoreError::Failed)?;
    store.set(DOCUMENT_KEY, &text)?;
    Ok(out.revision)
}

/// What another tab's change to the stored document means for this tab.
#[derive(Debug, Clone, PartialEq)]
pub enum External {
    /// A readable document, possibly newer than ours.
    Changed(Box<Document>),
    /// The document was removed (for example "delete everything" in another tab).
    Removed,
    /// Something this build cannot use; ignore it, the next save will protect it.
    Ignore,
}

pub fn external_change(new_value: Option<&str>) -> External {
    match decode(new_value) {
        Decoded::Empty => External::Removed,
        Decoded::Current(doc) | Decoded::Migrated { doc, .. } => External::Changed(Box::new(doc)),
        Decoded::Newer { .. } | Decoded::Unreadable { .. } => External::Ignore,
    }
}

/// Removes every key Mend wrote (the document and every backup). Returns how many were removed.
pub fn erase_all(store: &dyn Store) -> Result<usize, StoreError> {
    let keys: Vec<String> = store
        .keys()?
        .into_iter()
        .filter(|k| k.starts_with(KEY_PREFIX))
        .collect();
    for key in &keys {
        store.remove(key)?;
    }
    Ok(keys.len())
}

/// Characters Mend keeps in the store (keys and values), as the browser counts them against its quota.
pub fn stored_size(store: &dyn Store) -> usize {
    let Ok(keys) = store.keys() else { return 0 };
    keys.into_iter()
        .filter(|k| k.starts_with(KEY_PREFIX))
        .map(|k| {
            let value = store
                .get(&k)
                .ok()
                .flatten()
                .map_or(0, |v| v.encode_utf16().count());
            k.encode_utf16().count() + value
        })
        .sum()
}

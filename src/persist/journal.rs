//! The keystroke journal: the apology being typed in, written on every input under a key of the
//! tab's own, so a word typed in the save pause survives the browser closing.
//!
//! Small on purpose: one apology, never the whole document, so a keystroke stays cheap however
//! many apologies are stored. The document's save clears it; a tab that starts later folds a
//! closed tab's journal into the document, unless the document was saved after the journal's
//! base (then the journal is kept as a backup: newer words are never written over).

use serde::{Deserialize, Serialize};

use super::{keep_backup, keep_exact_backup, Store, StoreError};
use crate::model::{Apology, Document, Millis};

/// Every tab's journal key starts with this; the tab's id follows.
pub const JOURNAL_PREFIX: &str = "mend:journal:";

/// The latest words of the apology a tab is typing in, not yet in the saved document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    /// The stored revision the tab's words build on.
    pub base_revision: u64,
    pub at: Millis,
    pub apology: Apology,
}

pub fn journal_key(tab: &str) -> String {
    format!("{JOURNAL_PREFIX}{tab}")
}

/// Writes this tab's journal: one apology's text, whatever the size of the document.
pub fn write(
    store: &dyn Store,
    tab: &str,
    base_revision: u64,
    at: Millis,
    apology: &Apology,
) -> Result<(), StoreError> {
    #[derive(Serialize)]
    struct Out<'a> {
        base_revision: u64,
        at: Millis,
        apology: &'a Apology,
    }
    let text = serde_json::to_string(&Out {
        base_revision,
        at,
        apology,
    })
    .map_err(|e| StoreError::Failed(e.to_string()))?;
    store.set(&journal_key(tab), &text)
}

/// The journal keys of tabs other than `own_tab`.
pub fn others(store: &dyn Store, own_tab: &str) -> Vec<String> {
    let own = journal_key(own_tab);
    store
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with(JOURNAL_PREFIX) && *k != own)
        .collect()
}

/// What a closed tab's journal means for the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Fold {
    /// Its words are newer than the document's: put its apology in (`Document::fold`).
    Apply(Box<Apology>),
    /// The document already holds exactly these words: the journal can go.
    AlreadyIn,
    /// The document was saved after the journal's base, so its words may be older than what is
    /// stored: never written over the document; the journal is kept as a backup.
    Newer,
}

/// Judges a journal against the stored document, without changing it.
pub fn judge(doc: &Document, journal: Journal) -> Fold {
    match doc.apology(&journal.apology.id) {
        Some(stored) if *stored == journal.apology => Fold::AlreadyIn,
        _ if doc.revision != journal.base_revision => Fold::Newer,
        _ => Fold::Apply(Box::new(journal.apology)),
    }
}

/// Puts a journal's apology into `doc`, in place of the one with its id, or at the end when
/// it was started after the last save. Returns whether anything changed.
pub fn fold_into(doc: &mut Document, apology: Apology) -> bool {
    match doc.apology_mut(&apology.id) {
        Some(stored) if *stored == apology => false,
        Some(stored) => {
            *stored = apology;
            true
        }
        None => {
            doc.apologies.push(apology.into());
            true
        }
    }
}

/// What was done with another tab's journal found under `key`.
#[derive(Debug, Clone, PartialEq)]
pub enum Recovered {
    /// Fold this apology into the document; remove the journal once that is saved.
    Fold(Box<Apology>),
    /// Nothing to fold; the journal was removed (its words are stored, or kept in `backup`).
    Done { backup: Option<String> },
    /// Nothing could be done safely (no room for a backup, say): the journal stays as it is.
    Kept,
}

/// Deals with another (closed) tab's journal: folds what is newer than `doc`, keeps as a backup
/// what may be older or can't be read, and never removes a journal before its words are safe.
/// `unsaved_here`: the tab looking has words of its own not yet saved, which are newer than
/// any closed tab's, so nothing is folded over them.
pub fn recover(
    store: &dyn Store,
    key: &str,
    doc: &Document,
    unsaved_here: bool,
    now: Millis,
) -> Recovered {
    let Ok(Some(raw)) = store.get(key) else {
        return Recovered::Done { backup: None };
    };
    let exact = store.is_exact(key).unwrap_or(false);
    let journal = if exact {
        serde_json::from_str::<Journal>(&raw).ok()
    } else {
        None
    };
    let backup = match journal.map(|j| judge(doc, j)) {
        Some(Fold::Apply(apology)) if !unsaved_here => return Recovered::Fold(apology),
        Some(Fold::AlreadyIn) => None,
        Some(_) | None => {
            let kept = if exact {
                keep_backup(store, &raw, now)
            } else {
                keep_exact_backup(store, key, &raw, now)
            };
            match kept {
                Ok(backup) => Some(backup),
                Err(_) => return Recovered::Kept,
            }
        }
    };
    match store.remove(key) {
        Ok(()) => Recovered::Done { backup },
        Err(_) => Recovered::Kept,
    }
}

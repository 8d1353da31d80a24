//! Export and import: the whole document as a file, a readable text of every apology, and the
//! checks that a file must pass before anything here changes.

use super::codec::{decode, encode, Decoded};
use super::compose::final_text;
use super::document::Document;
use super::merge::{merge_forward, merge_receiver};
use super::Apology;

/// Why a file cannot be imported. Each names what is wrong in words a person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    /// Valid JSON up to where the file stops.
    Truncated,
    NotJson,
    /// JSON, but not something Mend wrote.
    NotMend,
    /// A Mend file from a newer version than this one.
    Newer {
        version: u32,
    },
    /// A Mend file whose contents are damaged.
    Damaged,
}

/// What a valid file holds, shown before the person chooses to add or replace.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    pub doc: Document,
    pub apologies: usize,
}

/// The export file: the stored document exactly as saved, re-importable here or elsewhere.
pub fn export_json(doc: &Document) -> Result<String, String> {
    encode(doc)
}

/// Where an export the person chose to include backups in holds them: `[{key, text}]`.
pub const BACKUPS_FIELD: &str = "mend_backups";

/// The export file with the device's backups (key and text) beside the document.
pub fn export_json_with_backups(
    doc: &Document,
    backups: &[(String, String)],
) -> Result<String, String> {
    let mut doc = doc.clone();
    let list = backups
        .iter()
        .map(|(key, text)| serde_json::json!({ "key": key, "text": text }))
        .collect();
    doc.unknown
        .insert(BACKUPS_FIELD.to_owned(), serde_json::Value::Array(list));
    encode(&doc)
}

/// Checks a file's text without changing anything.
pub fn preview_import(text: &str) -> Result<ImportPreview, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    match serde_json::from_str::<serde::de::IgnoredAny>(text) {
        Err(err) if err.is_eof() => return Err(ImportError::Truncated),
        Err(_) => return Err(ImportError::NotJson),
        Ok(_) => {}
    }
    let mut doc = match decode(Some(text)) {
        Decoded::Current(doc) | Decoded::Migrated { doc, .. } => doc,
        Decoded::Newer { version, .. } => return Err(ImportError::Newer { version }),
        Decoded::Empty => return Err(ImportError::Empty),
        Decoded::Unreadable { reason } => {
            return Err(if reason.contains("not a Mend document") {
                ImportError::NotMend
            } else {
                ImportError::Damaged
            })
        }
    };
    // Backups in a file stay in the file: they are copies, not part of what Mend uses.
    doc.unknown.remove(BACKUPS_FIELD);
    // A file with two apologies under one id imports both, each with its own.
    doc.give_duplicates_fresh_ids();
    Ok(ImportPreview {
        apologies: doc.written_apologies(),
        doc,
    })
}

/// Adds the imported apologies to what is here. An apology whose words are already here (under
/// any id, left off at any step) is not doubled, so adding a file twice changes nothing the
/// second time; one with the same id but other words is added under a new id.
/// The receiver's notes and the plan are joined item by item (see `merge`).
pub fn merge(
    mut here: Document,
    incoming: Document,
    fresh_id: &mut dyn FnMut() -> String,
) -> Document {
    for mut apology in incoming.apologies {
        if here.apologies.iter().any(|a| a.same_words(&apology)) {
            continue;
        }
        if here.apology(&apology.id).is_some() {
            apology.id = fresh_id();
        }
        here.apologies.push(apology);
    }
    merge_receiver(&mut here.receiver, incoming.receiver);
    merge_forward(&mut here.forward, incoming.forward);
    here
}

/// Every apology as plain text, for reading or printing outside Mend.
pub fn export_text(doc: &Document, title_of: impl Fn(&Apology) -> String) -> String {
    doc.apologies_by_recency()
        .into_iter()
        .filter(|a| !a.is_blank())
        .map(|a| format!("{}\n\n{}\n", title_of(a), final_text(a)))
        .collect::<Vec<_>>()
        .join("\n----------------------------------------\n\n")
}

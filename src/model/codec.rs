//! Reading and writing the stored document: every way stored text can turn out, named.

use super::document::{Document, SCHEMA_VERSION};

/// What a stored value turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    /// Nothing was stored: a first visit.
    Empty,
    /// A document of this build's schema.
    Current(Document),
    /// A document of an older schema, brought up to date in memory (the stored bytes are untouched).
    Migrated { doc: Document, from: u32 },
    /// Stored by a newer build. `doc` holds what this build could read of it, if anything.
    Newer { version: u32, doc: Option<Document> },
    /// Not a Mend document at all: the raw text must be kept, never overwritten.
    Unreadable { reason: String },
}

pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else {
        return Decoded::Empty;
    };
    let value: serde_json::Value = match serde_json::from_str(raw) {
        Ok(value) => value,
        Err(err) => {
            return Decoded::Unreadable {
                reason: format!("not valid JSON ({err})"),
            }
        }
    };
    let Some(object) = value.as_object() else {
        return Decoded::Unreadable {
            reason: "not a Mend document (not a JSON object)".into(),
        };
    };
    let version = match object.get("schema_version").map(|v| v.as_u64()) {
        Some(Some(v)) if v >= 1 && v <= u64::from(u32::MAX) => v as u32,
        _ => {
            return Decoded::Unreadable {
                reason: "not a Mend document (no schema version)".into(),
            }
        }
    };
    if version > SCHEMA_VERSION {
        let doc = serde_json::from_value::<Document>(value).ok();
        return Decoded::Newer { version, doc };
    }
    let value = match migrate(value, version) {
        Ok(value) => value,
        Err(reason) => return Decoded::Unreadable { reason },
    };
    match serde_json::from_value::<Document>(value) {
        Ok(mut doc) => {
            doc.schema_version = SCHEMA_VERSION;
            repair(&mut doc);
            if version == SCHEMA_VERSION {
                Decoded::Current(doc)
            } else {
                Decoded::Migrated { doc, from: version }
            }
        }
        Err(err) => Decoded::Unreadable {
            reason: format!("a Mend document of the wrong shape ({err})"),
        },
    }
}

/// Brings a stored document of schema `from` up to `SCHEMA_VERSION`, one version at a time.
/// Each future schema change adds one arm here and one fixture in `tests/fixtures/`.
fn migrate(value: serde_json::Value, from: u32) -> Result<serde_json::Value, String> {
    match from {
        SCHEMA_VERSION => Ok(value),
        // No schema older than 1 has ever been written.
        other => Err(format!("schema {other} has no migration")),
    }
}

/// Fixes what a well-formed document can still get wrong, such as a `current` id that names no apology.
fn repair(doc: &mut Document) {
    if let Some(id) = &doc.current {
        if doc.apology(id).is_none() {
            doc.current = None;
        }
    }
}

pub fn encode(doc: &Document) -> Result<String, String> {
    serde_json::to_string(doc).map_err(|err| err.to_string())
}

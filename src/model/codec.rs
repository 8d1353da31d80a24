//! Reading and writing the stored document: every way stored text can turn out, named.

use serde::de::IgnoredAny;
use serde::Deserialize;

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

/// Just enough of a stored document to learn its schema, whatever else it holds.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    schema_version: Option<u64>,
}

pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else {
        return Decoded::Empty;
    };
    // Parsed in passes over the text rather than through a generic JSON value, which would
    // add much code to the download; documents are small, so the extra passes cost little.
    if let Err(err) = serde_json::from_str::<IgnoredAny>(raw) {
        return Decoded::Unreadable {
            reason: format!("not valid JSON ({err})"),
        };
    }
    if !raw.trim_start().starts_with('{') {
        return Decoded::Unreadable {
            reason: "not a Mend document (not a JSON object)".into(),
        };
    }
    let version = match serde_json::from_str::<Probe>(raw).map(|p| p.schema_version) {
        Ok(Some(v)) if v >= 1 && v <= u64::from(u32::MAX) => v as u32,
        _ => {
            return Decoded::Unreadable {
                reason: "not a Mend document (no schema version)".into(),
            }
        }
    };
    if version > SCHEMA_VERSION {
        let doc = serde_json::from_str::<Document>(raw).ok();
        return Decoded::Newer { version, doc };
    }
    if version < SCHEMA_VERSION {
        // Each future schema change adds its migration step here, with a fixture in tests/fixtures/.
        return Decoded::Unreadable {
            reason: format!("schema {version} has no migration"),
        };
    }
    match serde_json::from_str::<Document>(raw) {
        Ok(mut doc) => {
            repair(&mut doc);
            Decoded::Current(doc)
        }
        Err(err) => Decoded::Unreadable {
            reason: format!("a Mend document of the wrong shape ({err})"),
        },
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

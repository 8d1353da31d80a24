//! Fields a newer version of Mend wrote that this version does not know.
//!
//! Kept as read and written back unchanged, so opening Mend's data in an older build and typing a
//! word never destroys what a newer build stored beside it (issue 18, rule 4). Flattened into the
//! document, each apology, its parts, the receiver's notes and the plan; not into the items of
//! their lists (commitments, check-ins, replies and the like), where such a field is still dropped.

/// The unknown fields of one JSON object, by name.
pub type Unknown = serde_json::Map<String, serde_json::Value>;

//! What the person receiving an apology keeps: their needs, notes, responses and boundaries.

use serde::{Deserialize, Serialize};

use super::apology::Millis;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReceiverNotes {
    /// Free notes, in the person's own words.
    pub notes: String,
}

/// A change to the receiver's notes.
#[derive(Debug, Clone, PartialEq)]
pub enum ReceiverAction {
    SetNotes { text: String, now: Millis },
}

impl ReceiverNotes {
    /// Applies one action; returns whether anything changed.
    pub fn apply(&mut self, action: ReceiverAction) -> bool {
        match action {
            ReceiverAction::SetNotes { text, .. } => {
                if self.notes == text {
                    return false;
                }
                self.notes = text;
                true
            }
        }
    }

    pub fn has_content(&self) -> bool {
        !self.notes.trim().is_empty()
    }
}

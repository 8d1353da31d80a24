//! Moving forward together: check-ins on commitments, small wins, boundaries.

use serde::{Deserialize, Serialize};

use super::apology::Millis;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ForwardPlan {
    pub notes: String,
}

/// A change to the moving-forward plan.
#[derive(Debug, Clone, PartialEq)]
pub enum ForwardAction {
    SetNotes { text: String, now: Millis },
}

impl ForwardPlan {
    /// Applies one action; returns whether anything changed.
    pub fn apply(&mut self, action: ForwardAction) -> bool {
        match action {
            ForwardAction::SetNotes { text, .. } => {
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

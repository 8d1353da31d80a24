//! Changes to one apology, as the person makes them, applied by `Apology::apply`: the apology's
//! own counterpart of `ReceiverAction` and `ForwardAction`.

use super::apology::{Apology, Commitment, Millis, Relationship};
use super::delivery::{self, DeliveryChange};
use super::lists::put_back;

/// A text field of an apology that the person types into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApologyField {
    Recipient,
    Calm,
    Listened,
    Values,
    WhatHappened,
    Feelings,
    Responsibility,
    Remorse,
    Repair,
    Commitment(String),
    /// A commitment's "If I slip, I will…", by the commitment's id.
    CommitmentIfSlip(String),
    /// "Sign it as" on a private link.
    SenderName,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ApologyChange {
    Edit {
        field: ApologyField,
        text: String,
    },
    SetRelationship(Relationship),
    /// New commitments at the end of the list, with their first text: typing in the empty first
    /// field makes it one, and "Add another" makes that placeholder real as well as adding one.
    AddCommitments(Vec<Commitment>),
    RemoveCommitment {
        commitment_id: String,
    },
    /// Puts a removed commitment back where it was ("Undo").
    RestoreCommitment {
        commitment: Commitment,
        index: usize,
    },
    /// The composed apology edited by hand; `None` goes back to composing it from the parts.
    SetEditedText(Option<String>),
    /// A checker note set aside with "Keep my wording" (`dismissed`), or put back by Undo.
    DismissNote {
        key: String,
        dismissed: bool,
    },
    /// "I've said it", how it went, a reply kept.
    Delivery(DeliveryChange),
}

impl Apology {
    /// Applies one change made at `now`; returns whether anything changed (and only then stamps
    /// `updated_at`).
    pub fn apply(&mut self, change: ApologyChange, now: Millis) -> bool {
        let changed = match change {
            ApologyChange::Edit { field, text } => match self.text_mut(&field) {
                Some(slot) if *slot != text => {
                    *slot = text;
                    true
                }
                _ => false,
            },
            ApologyChange::SetRelationship(relationship) => {
                let changed = self.relationship != relationship;
                self.relationship = relationship;
                changed
            }
            ApologyChange::AddCommitments(added) => {
                let changed = !added.is_empty();
                self.parts.commitments.extend(added);
                changed
            }
            ApologyChange::RemoveCommitment { commitment_id } => {
                let commitments = &mut self.parts.commitments;
                let before = commitments.len();
                commitments.retain(|c| c.id != commitment_id);
                commitments.len() != before
            }
            ApologyChange::RestoreCommitment { commitment, index } => {
                put_back(&mut self.parts.commitments, index, commitment, |c| &c.id)
            }
            ApologyChange::SetEditedText(text) => {
                let changed = self.edited_text != text;
                self.edited_text = text;
                changed
            }
            ApologyChange::Delivery(change) => {
                delivery::apply(&mut self.delivery, &mut self.replies, change, now)
            }
            ApologyChange::DismissNote { key, dismissed } => {
                let held = self.dismissed_notes.iter().position(|k| *k == key);
                match (dismissed, held) {
                    (true, None) => {
                        self.dismissed_notes.push(key);
                        true
                    }
                    (false, Some(at)) => {
                        self.dismissed_notes.remove(at);
                        true
                    }
                    _ => false,
                }
            }
        };
        if changed {
            self.updated_at = now;
        }
        changed
    }

    fn text_mut(&mut self, field: &ApologyField) -> Option<&mut String> {
        let parts = &mut self.parts;
        let prep = &mut self.preparation;
        Some(match field {
            ApologyField::Recipient => &mut self.recipient,
            ApologyField::Calm => &mut prep.calm,
            ApologyField::Listened => &mut prep.listened,
            ApologyField::Values => &mut prep.values,
            ApologyField::WhatHappened => &mut parts.what_happened,
            ApologyField::Feelings => &mut parts.feelings,
            ApologyField::Responsibility => &mut parts.responsibility,
            ApologyField::Remorse => &mut parts.remorse,
            ApologyField::Repair => &mut parts.repair,
            ApologyField::SenderName => &mut self.sender_name,
            ApologyField::Commitment(id) => {
                &mut parts.commitments.iter_mut().find(|c| &c.id == id)?.text
            }
            ApologyField::CommitmentIfSlip(id) => {
                &mut parts.commitments.iter_mut().find(|c| &c.id == id)?.if_slip
            }
        })
    }
}

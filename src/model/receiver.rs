//! What the person receiving an apology keeps: their needs, notes, responses and boundaries.
//!
//! Every field has a default, so documents saved before a field existed still load. Ids and
//! times come in with the actions; `apply` stays pure.

use serde::{Deserialize, Serialize};

use super::apology::Millis;
use super::forward::Entry;
use super::lists::put_back;
use super::text_map::{TextMap, TextSet};

/// How well the received apology did one of the things a real apology does, as the person sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    Partly,
    No,
    NotSure,
}

impl Answer {
    pub const ALL: [Answer; 4] = [Answer::Yes, Answer::Partly, Answer::No, Answer::NotSure];

    /// A stable identifier, used in element ids.
    pub fn id(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::Partly => "partly",
            Answer::No => "no",
            Answer::NotSure => "not-sure",
        }
    }
}

/// The boundary template: "I'm willing to …, and I need …. If … happens again, I will …".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BoundaryDraft {
    pub willing: String,
    pub need: String,
    pub if_again: String,
    pub then: String,
}

impl BoundaryDraft {
    pub fn is_blank(&self) -> bool {
        [&self.willing, &self.need, &self.if_again, &self.then]
            .iter()
            .all(|s| s.trim().is_empty())
    }
}

/// One blank of the boundary template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoundaryField {
    Willing,
    Need,
    IfAgain,
    Then,
}

impl BoundaryField {
    pub const ALL: [BoundaryField; 4] = [
        BoundaryField::Willing,
        BoundaryField::Need,
        BoundaryField::IfAgain,
        BoundaryField::Then,
    ];

    /// A stable identifier, used in element ids.
    pub fn id(self) -> &'static str {
        match self {
            BoundaryField::Willing => "willing",
            BoundaryField::Need => "need",
            BoundaryField::IfAgain => "if-again",
            BoundaryField::Then => "then",
        }
    }

    pub fn of(self, draft: &BoundaryDraft) -> &String {
        match self {
            BoundaryField::Willing => &draft.willing,
            BoundaryField::Need => &draft.need,
            BoundaryField::IfAgain => &draft.if_again,
            BoundaryField::Then => &draft.then,
        }
    }

    fn of_mut(self, draft: &mut BoundaryDraft) -> &mut String {
        match self {
            BoundaryField::Willing => &mut draft.willing,
            BoundaryField::Need => &mut draft.need,
            BoundaryField::IfAgain => &mut draft.if_again,
            BoundaryField::Then => &mut draft.then,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReceiverNotes {
    /// Free notes, in the person's own words ("What do I need?").
    pub notes: String,
    /// The needs the person ticked, by stable id (see `content::receive::NEEDS`).
    pub needs: TextSet,
    /// The apology they received, pasted or typed, to weigh it.
    pub received_text: String,
    /// Their answer to each weighing question, by question id.
    pub answers: TextMap<Answer>,
    /// Response scripts the person reworded, by script id; a script not here reads as suggested.
    pub responses: TextMap<String>,
    /// The boundary being written.
    pub boundary_draft: BoundaryDraft,
    /// Boundaries the person saved, oldest first.
    pub boundaries: Vec<Entry>,
    /// Apologies that came through a private link and that the person chose to keep, oldest first.
    pub received_links: Vec<ReceivedLink>,
    pub updated_at: Millis,
    /// Fields a newer version wrote that this one doesn't know: written back as they were.
    #[serde(flatten)]
    pub unknown: crate::model::unknown::Unknown,
}

/// An apology that arrived through a private link, kept on this device by choice.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReceivedLink {
    pub text: String,
    /// The name the sender signed with, if any.
    pub from: String,
    /// The name it was addressed to (this reader), if the sender gave one.
    pub to: String,
    /// The apology's id on the sender's device, so a reply finds its way back.
    pub thread: String,
    pub sent_at: Millis,
}

impl ReceivedLink {
    fn same_as(&self, other: &ReceivedLink) -> bool {
        self.text == other.text && self.thread == other.thread && self.sent_at == other.sent_at
    }
}

/// A change to the receiver's notes.
#[derive(Debug, Clone, PartialEq)]
pub enum ReceiverAction {
    SetNotes {
        text: String,
    },
    SetNeed {
        need: String,
        on: bool,
    },
    SetReceivedText {
        text: String,
    },
    /// `None` clears the answer.
    SetAnswer {
        question: String,
        answer: Option<Answer>,
    },
    SetResponse {
        script: String,
        text: String,
    },
    /// Back to the suggested wording.
    ResetResponse {
        script: String,
    },
    SetBoundaryField {
        field: BoundaryField,
        text: String,
    },
    /// Keeps `text` (the template put together) as a boundary and clears the template.
    SaveBoundary {
        id: String,
        text: String,
    },
    RemoveBoundary {
        id: String,
    },
    /// Puts a removed boundary back where it was ("Undo").
    RestoreBoundary {
        entry: Entry,
        index: usize,
    },
    /// "Keep it on this device" for an apology opened from a private link.
    KeepReceivedLink {
        link: ReceivedLink,
    },
}

impl ReceiverNotes {
    /// Applies one action made at `now`; returns whether anything changed (and only then stamps
    /// `updated_at`).
    pub fn apply(&mut self, action: ReceiverAction, now: Millis) -> bool {
        let changed = match action {
            ReceiverAction::SetNotes { text, .. } => replace(&mut self.notes, text),
            ReceiverAction::SetNeed { need, on, .. } => {
                if on {
                    self.needs.insert(need)
                } else {
                    self.needs.remove(&need)
                }
            }
            ReceiverAction::SetReceivedText { text, .. } => replace(&mut self.received_text, text),
            ReceiverAction::SetAnswer {
                question, answer, ..
            } => match answer {
                Some(answer) => self.answers.insert(question, answer) != Some(answer),
                None => self.answers.remove(&question).is_some(),
            },
            ReceiverAction::SetResponse { script, text, .. } => {
                if self.responses.get(&script) == Some(&text) {
                    false
                } else {
                    self.responses.insert(script, text);
                    true
                }
            }
            ReceiverAction::ResetResponse { script, .. } => {
                self.responses.remove(&script).is_some()
            }
            ReceiverAction::SetBoundaryField { field, text, .. } => {
                replace(field.of_mut(&mut self.boundary_draft), text)
            }
            ReceiverAction::SaveBoundary { id, text } => {
                if text.trim().is_empty() || self.boundaries.iter().any(|b| b.id == id) {
                    return false;
                }
                self.boundaries.push(Entry {
                    id,
                    date: now,
                    text: text.trim().to_owned(),
                });
                self.boundary_draft = BoundaryDraft::default();
                true
            }
            ReceiverAction::RemoveBoundary { id, .. } => {
                let before = self.boundaries.len();
                self.boundaries.retain(|b| b.id != id);
                self.boundaries.len() != before
            }
            ReceiverAction::RestoreBoundary { entry, index, .. } => {
                put_back(&mut self.boundaries, index, entry, |b| &b.id)
            }
            ReceiverAction::KeepReceivedLink { link, .. } => {
                if self.received_links.iter().any(|l| l.same_as(&link)) {
                    return false;
                }
                self.received_links.push(link);
                true
            }
        };
        if changed {
            self.updated_at = now;
        }
        changed
    }

    /// The script's text as the person last left it, if they reworded it.
    pub fn response(&self, script: &str) -> Option<&str> {
        self.responses.get(script).map(String::as_str)
    }

    pub fn has_content(&self) -> bool {
        !self.notes.trim().is_empty()
            || !self.needs.is_empty()
            || !self.received_text.trim().is_empty()
            || !self.answers.is_empty()
            || !self.responses.is_empty()
            || !self.boundary_draft.is_blank()
            || !self.boundaries.is_empty()
            || !self.received_links.is_empty()
    }

    /// Whether this exact apology from a link is already kept.
    pub fn has_kept(&self, link: &ReceivedLink) -> bool {
        self.received_links.iter().any(|l| l.same_as(link))
    }
}

/// Sets `slot` to `text`; whether it changed.
fn replace(slot: &mut String, text: String) -> bool {
    if *slot == text {
        return false;
    }
    *slot = text;
    true
}

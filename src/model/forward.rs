//! Moving forward together: check-ins on commitments, small wins, boundaries, "we talked it through".
//!
//! Commitments themselves live in the apologies (step 4); the plan keeps what happened since,
//! keyed by apology id and commitment id, with the commitment's words copied in so the history
//! still reads if the commitment is later removed. Ids and times come in with the actions.

use std::borrow::Borrow;

use serde::{Deserialize, Serialize};

use super::apology::{Apology, Millis};
use super::ics::Repeat;
use super::lists::put_back;
use super::text_map::TextMap;

/// A dated line the person wrote: a small win, a boundary, a "we talked it through" marker.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Entry {
    pub id: String,
    pub date: Millis,
    pub text: String,
}

/// How a commitment went since the last check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Kept,
    Slipped,
    /// Just a note, no verdict.
    #[default]
    NoteOnly,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Kept, Outcome::Slipped, Outcome::NoteOnly];

    pub fn id(self) -> &'static str {
        match self {
            Outcome::Kept => "kept",
            Outcome::Slipped => "slipped",
            Outcome::NoteOnly => "note",
        }
    }
}

/// One dated check-in on one commitment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckIn {
    pub id: String,
    /// The apology the commitment belongs to; empty for a promise added on the plan itself.
    pub apology_id: String,
    pub commitment_id: String,
    /// The commitment's words when the check-in was made.
    pub commitment_text: String,
    pub date: Millis,
    pub outcome: Outcome,
    pub note: String,
}

/// The date ("YYYY-MM-DD") the person chose for a commitment's next check-in.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct NextCheckIn {
    pub apology_id: String,
    pub commitment_id: String,
    pub date: String,
}

/// How a commitment's calendar file is made, as the person last chose it. Kept only while it
/// differs from the defaults (a neutral title, once), so documents without it read unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReminderChoice {
    pub apology_id: String,
    pub commitment_id: String,
    /// "Include the promise's words in the reminder".
    pub include_words: bool,
    pub repeat: Repeat,
}

impl ReminderChoice {
    fn is_default(&self) -> bool {
        !self.include_words && self.repeat == Repeat::default()
    }
}

/// One key per commitment, for records kept per commitment (next dates, reminder choices). The
/// first id's length keeps the pair unambiguous, whatever characters an id holds.
pub fn commitment_key(apology_id: &str, commitment_id: &str) -> String {
    format!("{}:{apology_id}{commitment_id}", apology_id.len())
}

/// The plan's lists of dated entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum List {
    /// Promises the person added here (for someone tracking promises made to them).
    Promises,
    Wins,
    Boundaries,
    TalkedThrough,
}

impl List {
    pub const ALL: [List; 4] = [
        List::Promises,
        List::Wins,
        List::Boundaries,
        List::TalkedThrough,
    ];

    /// The key of this list's "add" field in `ForwardPlan::drafts`, and a stable id for elements.
    pub fn key(self) -> &'static str {
        match self {
            List::Promises => "promise",
            List::Wins => "win",
            List::Boundaries => "boundary",
            List::TalkedThrough => "talked",
        }
    }

    /// Whether an entry may be added without any text.
    fn allows_blank(self) -> bool {
        self == List::TalkedThrough
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ForwardPlan {
    /// Free notes (kept from the first version of the plan).
    pub notes: String,
    pub check_ins: Vec<CheckIn>,
    pub next_check_ins: Vec<NextCheckIn>,
    /// Came after `next_check_ins`: absent from older documents, and not written while empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reminders: Vec<ReminderChoice>,
    pub promises: Vec<Entry>,
    pub wins: Vec<Entry>,
    pub boundaries: Vec<Entry>,
    pub talked_through: Vec<Entry>,
    /// Text typed into the plan's "add" fields and check-in notes, by field key, so nothing
    /// typed is lost before it is added.
    pub drafts: TextMap<String>,
    pub updated_at: Millis,
    /// Fields a newer version wrote that this one doesn't know: written back as they were.
    #[serde(flatten)]
    pub unknown: crate::model::unknown::Unknown,
}

/// A change to the moving-forward plan.
#[derive(Debug, Clone, PartialEq)]
pub enum ForwardAction {
    SetNotes {
        text: String,
    },
    /// Text typed into a field, before it is added.
    SetDraft {
        key: String,
        text: String,
    },
    /// Records a check-in and clears the commitment's note field.
    AddCheckIn {
        check_in: CheckIn,
    },
    RemoveCheckIn {
        id: String,
    },
    RestoreCheckIn {
        check_in: CheckIn,
        index: usize,
    },
    /// `None` forgets the date.
    SetNextCheckIn {
        apology_id: String,
        commitment_id: String,
        date: Option<String>,
    },
    /// The reminder options of one commitment (the ids are in `choice`).
    SetReminderChoice {
        choice: ReminderChoice,
    },
    /// Adds an entry dated when it is applied, and clears the list's field.
    AddEntry {
        list: List,
        id: String,
        text: String,
    },
    RemoveEntry {
        list: List,
        id: String,
    },
    RestoreEntry {
        list: List,
        entry: Entry,
        index: usize,
    },
}

/// The key of a commitment's check-in note in `ForwardPlan::drafts`.
pub fn check_in_key(apology_id: &str, commitment_id: &str) -> String {
    format!("check-in:{apology_id}:{commitment_id}")
}

impl ForwardPlan {
    /// Applies one action made at `now`; returns whether anything changed (and only then stamps
    /// `updated_at`).
    pub fn apply(&mut self, action: ForwardAction, now: Millis) -> bool {
        let changed = match action {
            ForwardAction::SetNotes { text, .. } => {
                if self.notes == text {
                    return false;
                }
                self.notes = text;
                true
            }
            ForwardAction::SetDraft { key, text, .. } => self.set_draft(key, text),
            ForwardAction::AddCheckIn { check_in, .. } => {
                let blank_note = check_in.note.trim().is_empty();
                if (check_in.outcome == Outcome::NoteOnly && blank_note)
                    || self.check_ins.iter().any(|c| c.id == check_in.id)
                {
                    return false;
                }
                self.drafts
                    .remove(&check_in_key(&check_in.apology_id, &check_in.commitment_id));
                self.check_ins.push(CheckIn {
                    note: check_in.note.trim().to_owned(),
                    ..check_in
                });
                true
            }
            ForwardAction::RemoveCheckIn { id, .. } => {
                let before = self.check_ins.len();
                self.check_ins.retain(|c| c.id != id);
                self.check_ins.len() != before
            }
            ForwardAction::RestoreCheckIn {
                check_in, index, ..
            } => put_back(&mut self.check_ins, index, check_in, |c| &c.id),
            ForwardAction::SetNextCheckIn {
                apology_id,
                commitment_id,
                date,
                ..
            } => {
                let at = self
                    .next_check_ins
                    .iter()
                    .position(|n| n.apology_id == apology_id && n.commitment_id == commitment_id);
                match (at, date) {
                    (Some(i), Some(date)) if self.next_check_ins[i].date == date => false,
                    (Some(i), Some(date)) => {
                        self.next_check_ins[i].date = date;
                        true
                    }
                    (Some(i), None) => {
                        self.next_check_ins.remove(i);
                        true
                    }
                    (None, Some(date)) => {
                        self.next_check_ins.push(NextCheckIn {
                            apology_id,
                            commitment_id,
                            date,
                        });
                        true
                    }
                    (None, None) => false,
                }
            }
            ForwardAction::SetReminderChoice { choice } => self.set_reminder_choice(choice),
            ForwardAction::AddEntry { list, id, text } => {
                let text = text.trim().to_owned();
                if (text.is_empty() && !list.allows_blank())
                    || self.list(list).iter().any(|e| e.id == id)
                {
                    return false;
                }
                self.drafts.remove(list.key());
                self.list_mut(list).push(Entry {
                    id,
                    date: now,
                    text,
                });
                true
            }
            ForwardAction::RemoveEntry { list, id, .. } => {
                let entries = self.list_mut(list);
                let before = entries.len();
                entries.retain(|e| e.id != id);
                entries.len() != before
            }
            ForwardAction::RestoreEntry {
                list, entry, index, ..
            } => put_back(self.list_mut(list), index, entry, |e| &e.id),
        };
        if changed {
            self.updated_at = now;
        }
        changed
    }

    fn set_draft(&mut self, key: String, text: String) -> bool {
        if text.is_empty() {
            return self.drafts.remove(&key).is_some();
        }
        if self.drafts.get(&key) == Some(&text) {
            return false;
        }
        self.drafts.insert(key, text);
        true
    }

    fn set_reminder_choice(&mut self, choice: ReminderChoice) -> bool {
        let key = commitment_key(&choice.apology_id, &choice.commitment_id);
        let at = self
            .reminders
            .iter()
            .position(|r| commitment_key(&r.apology_id, &r.commitment_id) == key);
        match at {
            Some(i) if self.reminders[i] == choice => false,
            Some(i) if choice.is_default() => {
                self.reminders.remove(i);
                true
            }
            Some(i) => {
                self.reminders[i] = choice;
                true
            }
            None if choice.is_default() => false,
            None => {
                self.reminders.push(choice);
                true
            }
        }
    }

    /// One commitment's reminder options: the defaults until the person changes them.
    pub fn reminder_choice(&self, apology_id: &str, commitment_id: &str) -> ReminderChoice {
        self.reminders
            .iter()
            .find(|r| r.apology_id == apology_id && r.commitment_id == commitment_id)
            .cloned()
            .unwrap_or_else(|| ReminderChoice {
                apology_id: apology_id.to_owned(),
                commitment_id: commitment_id.to_owned(),
                ..ReminderChoice::default()
            })
    }

    pub fn draft(&self, key: &str) -> &str {
        self.drafts.get(key).map(String::as_str).unwrap_or("")
    }

    pub fn list(&self, list: List) -> &Vec<Entry> {
        match list {
            List::Promises => &self.promises,
            List::Wins => &self.wins,
            List::Boundaries => &self.boundaries,
            List::TalkedThrough => &self.talked_through,
        }
    }

    fn list_mut(&mut self, list: List) -> &mut Vec<Entry> {
        match list {
            List::Promises => &mut self.promises,
            List::Wins => &mut self.wins,
            List::Boundaries => &mut self.boundaries,
            List::TalkedThrough => &mut self.talked_through,
        }
    }

    /// One commitment's check-ins, newest first.
    pub fn check_ins_for(&self, apology_id: &str, commitment_id: &str) -> Vec<&CheckIn> {
        let mut list: Vec<&CheckIn> = self
            .check_ins
            .iter()
            .filter(|c| c.apology_id == apology_id && c.commitment_id == commitment_id)
            .collect();
        crate::sorting::sort_by(&mut list, |a, b| b.date.total_cmp(&a.date));
        list
    }

    /// The chosen next check-in date of one commitment, as "YYYY-MM-DD".
    pub fn next_check_in(&self, apology_id: &str, commitment_id: &str) -> Option<&str> {
        self.next_check_ins
            .iter()
            .find(|n| n.apology_id == apology_id && n.commitment_id == commitment_id)
            .map(|n| n.date.as_str())
    }

    /// Check-ins whose commitment is no longer tracked (removed from its apology, or the
    /// apology deleted), newest first, so their history is never hidden for good.
    pub fn earlier_check_ins(&self, tracked: &[Tracked]) -> Vec<&CheckIn> {
        let mut list: Vec<&CheckIn> = self
            .check_ins
            .iter()
            .filter(|c| {
                !tracked
                    .iter()
                    .any(|t| t.apology_id == c.apology_id && t.commitment_id == c.commitment_id)
            })
            .collect();
        crate::sorting::sort_by(&mut list, |a, b| b.date.total_cmp(&a.date));
        list
    }

    pub fn has_content(&self) -> bool {
        !self.notes.trim().is_empty()
            || !self.check_ins.is_empty()
            || !self.next_check_ins.is_empty()
            || !self.reminders.is_empty()
            || List::ALL.iter().any(|l| !self.list(*l).is_empty())
            || self.drafts.values().any(|d| !d.trim().is_empty())
    }
}

/// A commitment the plan follows: one from an apology's step 4, or a promise added on the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Tracked {
    /// Empty for a promise added on the plan.
    pub apology_id: String,
    /// A commitment's id, or [`REPAIR_ID`] for the apology's offer to make it right.
    pub commitment_id: String,
    pub text: String,
    /// The commitment's "If I slip, I will…", when written (never for offers or promises).
    pub if_slip: String,
    /// Who the apology was for, when the person named them.
    pub recipient: String,
}

/// Where check-ins on an apology's offer to make it right are kept, in place of a commitment id
/// (commitment ids are made by `new_id` and never take this form).
pub const REPAIR_ID: &str = "make-it-right";

impl Tracked {
    /// The apology's offer to make it right, rather than a commitment or a promise.
    pub fn is_repair(&self) -> bool {
        !self.apology_id.is_empty() && self.commitment_id == REPAIR_ID
    }
}

/// Every commitment to follow: those written in apologies (oldest apology first, in their
/// order, each followed by its offer to make it right), then the promises added on the plan.
/// Blank ones are left out.
/// Takes apologies as stored (`Shared`) or plain.
pub fn tracked_commitments<A: Borrow<Apology>>(
    apologies: &[A],
    plan: &ForwardPlan,
) -> Vec<Tracked> {
    let mut apologies: Vec<&Apology> = apologies.iter().map(Borrow::borrow).collect();
    crate::sorting::sort_by(&mut apologies, |a, b| a.created_at.total_cmp(&b.created_at));
    let from_apologies = apologies.into_iter().flat_map(|apology| {
        let commitments = apology
            .parts
            .commitments
            .iter()
            .map(|c| (c.id.as_str(), c.text.as_str(), c.if_slip.as_str()));
        let repair = std::iter::once((REPAIR_ID, apology.parts.repair.as_str(), ""));
        commitments
            .chain(repair)
            .filter(|(_, text, _)| !text.trim().is_empty())
            .map(|(id, text, if_slip)| Tracked {
                apology_id: apology.id.clone(),
                commitment_id: id.to_owned(),
                text: text.trim().to_owned(),
                if_slip: if_slip.trim().to_owned(),
                recipient: apology.recipient.trim().to_owned(),
            })
    });
    let added = plan.promises.iter().map(|p| Tracked {
        apology_id: String::new(),
        commitment_id: p.id.clone(),
        text: p.text.clone(),
        if_slip: String::new(),
        recipient: String::new(),
    });
    from_apologies.chain(added).collect()
}

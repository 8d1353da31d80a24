//! The app's one reducer: every change to what the person wrote, and to its saving, goes through `reduce`.
//!
//! Pure: no browser calls. Time and new ids come in with the actions, from the edge.

use std::rc::Rc;

use crate::model::{
    Apology, Commitment, Document, ForwardAction, Millis, ReceiverAction, Relationship, Step,
};
use crate::persist::{Boot, LoadNotice, Persistence};

/// A text field the person types into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextField {
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
}

/// The last save, as the quiet status line shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Nothing saved in this visit yet.
    Idle,
    Saved {
        at: Millis,
    },
    Failed {
        /// The browser said storage is full (worth telling the person how to free space).
        full: bool,
        reason: String,
    },
}

/// An apology deleted a moment ago, kept so "Undo" can put it back where it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub apology: Apology,
    pub index: usize,
    pub was_current: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub doc: Document,
    /// Raised by every change to `doc`.
    pub edits: u64,
    /// The value of `edits` at the last change to what the person wrote (not just where they are).
    pub word_edits: u64,
    /// The value of `edits` that was last written to the device.
    pub saved_edits: u64,
    /// The stored revision `doc` builds on.
    pub base_revision: u64,
    pub persistence: Persistence,
    pub save_status: SaveStatus,
    pub notice: Option<LoadNotice>,
    /// Another tab saved while this one had unsaved changes: the person chooses which to keep.
    pub conflict: Option<Rc<Document>>,
    /// Apologies deleted in this visit, newest last: Undo puts back the newest, then the one
    /// before, so a second delete never silently makes the first one final.
    pub deleted: Vec<Deleted>,
    /// The document as it was before an import, so the import can be undone.
    pub before_import: Option<Rc<Document>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    StartApology {
        id: String,
        now: Millis,
    },
    OpenApology {
        id: String,
    },
    DeleteApology {
        id: String,
    },
    UndoDelete,
    Edit {
        id: String,
        field: TextField,
        text: String,
        now: Millis,
    },
    SetRelationship {
        id: String,
        relationship: Relationship,
        now: Millis,
    },
    AddCommitment {
        id: String,
        commitment_id: String,
        now: Millis,
    },
    RemoveCommitment {
        id: String,
        commitment_id: String,
        now: Millis,
    },
    /// Puts a removed commitment back where it was ("Undo").
    RestoreCommitment {
        id: String,
        commitment: Commitment,
        index: usize,
        now: Millis,
    },
    /// The composed apology edited by hand; `None` goes back to composing it from the parts.
    SetEditedText {
        id: String,
        text: Option<String>,
        now: Millis,
    },
    /// A checker note marked "fine here" (`dismissed`), or put back by Undo.
    DismissNote {
        id: String,
        key: String,
        dismissed: bool,
        now: Millis,
    },
    Visit {
        id: String,
        step: Step,
    },
    /// A change to the receiver's guide notes.
    Receiver(ReceiverAction),
    /// A change to the moving-forward plan.
    Forward(ForwardAction),
    /// The document as of edit `edits` was written as `revision`.
    Saved {
        edits: u64,
        revision: u64,
        at: Millis,
    },
    SaveFailed {
        full: bool,
        reason: String,
    },
    /// Another tab saved this document.
    ExternalChange {
        doc: Rc<Document>,
    },
    /// Another tab removed the stored document.
    ExternalRemoval,
    /// Keep this tab's text and let it replace the other tab's on the next save.
    KeepMine,
    /// Take the other tab's text (the caller has already copied this tab's aside).
    TakeTheirs,
    /// A newer stored document appeared while this tab thought it was current.
    SaveConflict {
        doc: Rc<Document>,
    },
    StopSaving {
        persistence: Persistence,
    },
    /// An imported file (already checked, and merged if the person chose to add it).
    Import {
        doc: Rc<Document>,
    },
    UndoImport,
    /// Everything was erased from the device: start empty, with nothing to save.
    Erased,
    /// Stop saving on this device for now, or go back to saving.
    SetPrivate(bool),
    DismissNotice,
}

impl State {
    pub fn from_boot(boot: Boot) -> State {
        State {
            doc: boot.doc,
            edits: 0,
            word_edits: 0,
            saved_edits: 0,
            base_revision: boot.base_revision,
            persistence: boot.persistence,
            save_status: SaveStatus::Idle,
            notice: boot.notice,
            conflict: None,
            deleted: Vec::new(),
            before_import: None,
        }
    }

    /// Changes not yet written to the device.
    pub fn is_dirty(&self) -> bool {
        self.edits > self.saved_edits
    }

    /// Unsaved changes to what the person wrote; a mere change of page does not count, so it never
    /// stands in the way of another tab's newer save.
    pub fn has_unsaved_words(&self) -> bool {
        self.word_edits > self.saved_edits
    }

    /// Whether the persist effect should write now.
    pub fn wants_save(&self) -> bool {
        self.is_dirty() && self.persistence.is_on() && self.conflict.is_none()
    }

    pub fn current(&self) -> Option<&Apology> {
        self.doc.current_apology()
    }

    /// Applies one action. Returns whether anything changed, so the caller can skip a re-render.
    pub fn reduce(&mut self, action: Action) -> bool {
        match action {
            Action::StartApology { id, now } => {
                self.doc.apologies.push(Apology::new(id.clone(), now));
                self.doc.current = Some(id);
                self.touch();
            }
            Action::OpenApology { id } => {
                if self.doc.apology(&id).is_none() || self.doc.current.as_deref() == Some(&id) {
                    return false;
                }
                // A new apology left blank is dropped when another is opened: nothing was written
                // in it (at most a relationship was chosen), and kept it would only pile up unseen.
                let left = self.doc.current.take();
                self.doc
                    .apologies
                    .retain(|a| Some(&a.id) != left.as_ref() || !a.is_blank());
                self.doc.current = Some(id);
                self.touch();
            }
            Action::DeleteApology { id } => {
                let Some(index) = self.doc.apologies.iter().position(|a| a.id == id) else {
                    return false;
                };
                let apology = self.doc.apologies.remove(index);
                let was_current = self.doc.current.as_deref() == Some(&id);
                if was_current {
                    self.doc.current = None;
                }
                self.deleted.push(Deleted {
                    apology,
                    index,
                    was_current,
                });
                self.touch();
            }
            Action::UndoDelete => {
                let Some(deleted) = self.deleted.pop() else {
                    return false;
                };
                let index = deleted.index.min(self.doc.apologies.len());
                if deleted.was_current {
                    self.doc.current = Some(deleted.apology.id.clone());
                }
                self.doc.apologies.insert(index, deleted.apology);
                self.touch();
            }
            Action::Edit {
                id,
                field,
                text,
                now,
            } => {
                let Some(apology) = self.doc.apology_mut(&id) else {
                    return false;
                };
                let Some(slot) = text_slot(apology, &field) else {
                    return false;
                };
                if *slot == text {
                    return false;
                }
                *slot = text;
                apology.updated_at = now;
                self.touch();
            }
            Action::SetRelationship {
                id,
                relationship,
                now,
            } => {
                let Some(apology) = self.doc.apology_mut(&id) else {
                    return false;
                };
                if apology.relationship == relationship {
                    return false;
                }
                apology.relationship = relationship;
                apology.updated_at = now;
                self.touch();
            }
            Action::AddCommitment {
                id,
                commitment_id,
                now,
            } => {
                let Some(apology) = self.doc.apology_mut(&id) else {
                    return false;
                };
                apology.parts.commitments.push(Commitment {
                    id: commitment_id,
                    text: String::new(),
                });
                apology.updated_at = now;
                self.touch();
            }
            Action::RemoveCommitment {
                id,
                commitment_id,
                now,
            } => {
                let Some(apology) = self.doc.apology_mut(&id) else {
                    return false;
                };
                let before = apology.parts.commitments.len();
                apology.parts.commitments.retain(|c| c.id != commitment_id);
                if apology.parts.commitments.len() == before {
                    return false;
                }
                apology.updated_at = now;
                self.touch();
            }
            Action::RestoreCommitment {
                id,
                commitment,
                index,
                now,
            } => {
                let Some(apology) = self.doc.apology_mut(&id) else {
                    return false;
                };
                let commitments = &mut apology.parts.commitments;
                if commitments.iter().any(|c| c.id == commitment.id) {
                    return false;
                }
                commitments.insert(index.min(commitments.len()), commitment);
                apology.updated_at = now;
                self.touch();
            }
            Action::SetEditedText { id, text, now } => {
                let Some(apology) = self.doc.apology_mut(&id) else {
                    return false;
                };
                if apology.edited_text == text {
                    return false;
                }
                apology.edited_text = text;
                apology.updated_at = now;
                self.touch();
            }
            Action::DismissNote {
                id,
                key,
                dismissed,
                now,
            } => {
                let Some(apology) = self.doc.apology_mut(&id) else {
                    return false;
                };
                let held = apology.dismissed_notes.iter().position(|k| *k == key);
                match (dismissed, held) {
                    (true, None) => apology.dismissed_notes.push(key),
                    (false, Some(at)) => {
                        apology.dismissed_notes.remove(at);
                    }
                    _ => return false,
                }
                apology.updated_at = now;
                self.touch();
            }
            Action::Visit { id, step } => {
                let mut changed = self.doc.current.as_deref() != Some(&id);
                let Some(apology) = self.doc.apology_mut(&id) else {
                    return false;
                };
                changed |= apology.last_step != step;
                if !changed {
                    return false;
                }
                apology.last_step = step;
                self.doc.current = Some(id);
                // Saved like any change, but only a place, not words: see `has_unsaved_words`.
                self.edits += 1;
            }
            Action::Receiver(action) => {
                if !self.doc.receiver.apply(action) {
                    return false;
                }
                self.touch();
            }
            Action::Forward(action) => {
                if !self.doc.forward.apply(action) {
                    return false;
                }
                self.touch();
            }
            Action::Saved {
                edits,
                revision,
                at,
            } => {
                self.saved_edits = self.saved_edits.max(edits);
                self.base_revision = revision;
                self.doc.revision = revision;
                self.doc.saved_at = at;
                self.save_status = SaveStatus::Saved { at };
            }
            Action::SaveFailed { full, reason } => {
                self.save_status = SaveStatus::Failed { full, reason };
            }
            Action::ExternalChange { doc } => {
                if doc.revision <= self.base_revision {
                    return false;
                }
                if !self.has_unsaved_words() {
                    self.adopt(&doc);
                } else if self.persistence.is_on() {
                    self.conflict = Some(doc);
                } else {
                    // Not saving here (a private session, say): this tab never writes, so there is
                    // nothing to choose between; its words stay on screen, the other tab's stay stored.
                    return false;
                }
            }
            Action::SaveConflict { doc } => {
                self.conflict = Some(doc);
            }
            Action::ExternalRemoval => {
                // Another tab erased the data: follow it, unless this tab holds unsaved words,
                // which are then saved anew rather than lost.
                self.base_revision = 0;
                self.before_import = None;
                if !self.has_unsaved_words() {
                    self.doc = Document::default();
                    self.deleted.clear();
                    // Nothing to write back: the erased data must stay erased.
                    self.saved_edits = self.edits;
                }
            }
            Action::KeepMine => {
                let Some(theirs) = self.conflict.take() else {
                    return false;
                };
                self.base_revision = theirs.revision;
                self.touch();
            }
            Action::TakeTheirs => {
                let Some(theirs) = self.conflict.take() else {
                    return false;
                };
                self.adopt(&theirs);
            }
            Action::StopSaving { persistence } => {
                self.persistence = persistence;
            }
            Action::Import { doc } => {
                let mut doc = (*doc).clone();
                // What was here before is what the next save builds on.
                doc.revision = self.doc.revision;
                self.before_import = Some(Rc::new(std::mem::replace(&mut self.doc, doc)));
                self.deleted.clear();
                self.touch();
            }
            Action::UndoImport => {
                let Some(before) = self.before_import.take() else {
                    return false;
                };
                self.doc = (*before).clone();
                self.touch();
            }
            Action::Erased => {
                let persistence = match &self.persistence {
                    // Nothing stored is left to protect.
                    Persistence::Protecting { .. } | Persistence::ReadOnly { .. } => {
                        Persistence::On
                    }
                    other => other.clone(),
                };
                *self = State::from_boot(Boot {
                    doc: Document::default(),
                    base_revision: 0,
                    persistence,
                    notice: None,
                });
            }
            Action::SetPrivate(private) => {
                self.persistence = match (&self.persistence, private) {
                    (Persistence::On, true) => Persistence::Private,
                    (Persistence::Private, false) => Persistence::On,
                    _ => return false,
                };
            }
            Action::DismissNotice => {
                if self.notice.take().is_none() {
                    return false;
                }
            }
        }
        true
    }

    fn touch(&mut self) {
        self.edits += 1;
        self.word_edits = self.edits;
    }

    fn adopt(&mut self, doc: &Document) {
        self.doc = doc.clone();
        self.base_revision = doc.revision;
        self.saved_edits = self.edits;
        // Undo offers were about the document this tab had; they must not act on another's.
        self.deleted.clear();
        self.before_import = None;
    }
}

fn text_slot<'a>(apology: &'a mut Apology, field: &TextField) -> Option<&'a mut String> {
    let parts = &mut apology.parts;
    let prep = &mut apology.preparation;
    Some(match field {
        TextField::Recipient => &mut apology.recipient,
        TextField::Calm => &mut prep.calm,
        TextField::Listened => &mut prep.listened,
        TextField::Values => &mut prep.values,
        TextField::WhatHappened => &mut parts.what_happened,
        TextField::Feelings => &mut parts.feelings,
        TextField::Responsibility => &mut parts.responsibility,
        TextField::Remorse => &mut parts.remorse,
        TextField::Repair => &mut parts.repair,
        TextField::Commitment(cid) => {
            &mut parts.commitments.iter_mut().find(|c| &c.id == cid)?.text
        }
    })
}

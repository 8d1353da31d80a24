//! The save lifecycle: what the saving effect reports back, and what another tab did to the
//! stored document (with the person's choice when both tabs hold words).

use std::rc::Rc;

use super::{ImportSave, LastSave, State};
use crate::model::{Document, Millis};
use crate::persist::Persistence;

#[derive(Debug, Clone, PartialEq)]
pub enum SaveEvent {
    /// The document as of edit `edits` was written as `revision`.
    Saved {
        edits: u64,
        revision: u64,
        at: Millis,
    },
    Failed {
        full: bool,
        reason: String,
    },
    /// A newer stored document appeared while this tab thought it was current.
    Conflict {
        doc: Rc<Document>,
    },
    /// Saving cannot go on (newer data is stored, say).
    Stopped {
        persistence: Persistence,
    },
    /// Another tab saved this document.
    ExternalChange {
        doc: Rc<Document>,
    },
    /// Another tab removed the stored document.
    ExternalRemoval,
    /// This tab's words, as of edit `edits`, were copied to the backup `key` while a conflict is open.
    CopyKept {
        key: String,
        edits: u64,
    },
    /// Keep this tab's text and let it replace the other tab's on the next save.
    KeepMine,
    /// Take the other tab's text (the caller has already copied this tab's aside).
    TakeTheirs,
}

impl State {
    pub(super) fn on_save(&mut self, event: SaveEvent) -> bool {
        match event {
            SaveEvent::Saved {
                edits,
                revision,
                at,
            } => {
                self.saved_edits = self.saved_edits.max(edits);
                self.folded_journals.retain(|(_, at)| *at > edits);
                self.base_revision = revision;
                self.doc.revision = revision;
                self.doc.saved_at = at;
                self.doc.saved_by.clone_from(&self.tab);
                self.base_writer.clone_from(&self.tab);
                self.last_save = LastSave::Saved { at };
                if matches!(self.import, Some(ImportSave::Pending { edits: e }) if edits >= e) {
                    self.import = Some(ImportSave::Saved);
                }
            }
            SaveEvent::Failed { full, reason } => {
                self.last_save = LastSave::Failed { full, reason };
                // An import that can't be saved is not kept half-done: what was here comes back
                // (and is what the next save writes), and the person is told.
                if matches!(self.import, Some(ImportSave::Pending { .. })) {
                    if let Some(before) = self.before_import.take() {
                        self.doc = (*before).clone();
                        self.keep_editing();
                        self.touch();
                    }
                    self.import = Some(ImportSave::Failed { full });
                }
            }
            SaveEvent::Conflict { doc } => self.conflict = Some(doc),
            SaveEvent::CopyKept { key, edits } => {
                if self.conflict.is_none() {
                    return false;
                }
                self.conflict_copy = Some((key, edits));
            }
            SaveEvent::Stopped { persistence } => self.persistence = persistence,
            SaveEvent::ExternalChange { doc } => {
                // The same revision by another tab: both saved a moment apart from the same base,
                // and theirs landed over ours. Unless ours held the same words, they are unsaved again.
                let written_over =
                    doc.revision == self.base_revision && doc.saved_by != self.base_writer;
                if doc.revision < self.base_revision
                    || (doc.revision == self.base_revision && !written_over)
                {
                    return false;
                }
                if written_over && self.word_edits > 0 && !doc.same_words(&self.doc) {
                    self.saved_edits = 0;
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
            SaveEvent::ExternalRemoval => {
                // Another tab erased the data: follow it, unless this tab holds unsaved words,
                // which are then saved anew rather than lost.
                self.base_revision = 0;
                self.base_writer.clear();
                self.before_import = None;
                if !self.has_unsaved_words() {
                    self.doc = Document::default();
                    self.editing = None;
                    self.deleted.clear();
                    // Nothing to write back: the erased data must stay erased.
                    self.saved_edits = self.edits;
                }
            }
            SaveEvent::KeepMine => {
                let Some(theirs) = self.conflict.take() else {
                    return false;
                };
                self.base_revision = theirs.revision;
                self.base_writer.clone_from(&theirs.saved_by);
                self.conflict_copy = None;
                self.touch();
            }
            SaveEvent::TakeTheirs => {
                let Some(theirs) = self.conflict.take() else {
                    return false;
                };
                self.adopt(&theirs);
            }
        }
        true
    }

    fn adopt(&mut self, doc: &Document) {
        self.doc = doc.clone();
        self.keep_editing();
        self.base_revision = doc.revision;
        self.base_writer.clone_from(&doc.saved_by);
        self.saved_edits = self.edits;
        self.conflict_copy = None;
        // Undo offers were about the document this tab had; they must not act on another's.
        self.deleted.clear();
        self.before_import = None;
    }
}

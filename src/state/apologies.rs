//! The list of apologies: starting, opening, deleting (with Undo) and where the person left off.

use super::State;
use crate::model::{put_back, Apology, ApologyChange, Millis, Shared, Step};

/// An apology deleted a moment ago, kept so "Undo" can put it back where it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub apology: Shared<Apology>,
    pub index: usize,
    pub was_current: bool,
}

impl State {
    pub(super) fn start(&mut self, id: String, now: Millis, step: Step) -> bool {
        let mut apology = Apology::new(id.clone(), now);
        apology.last_step = step;
        self.doc.apologies.push(apology.into());
        self.set_editing(Some(id));
        true
    }

    pub(super) fn start_new(&mut self, id: String, now: Millis) -> bool {
        // A blank current draft is reused rather than piling up empty ones; with nothing written
        // anywhere yet, the first keystroke starts the apology.
        let reuse = self.current().is_some_and(Apology::is_blank);
        let anything_written = self.doc.apologies.iter().any(|a| !a.is_blank());
        if reuse || !anything_written {
            return false;
        }
        self.start(id, now, Step::Prepare)
    }

    pub(super) fn write_current(
        &mut self,
        now: Millis,
        step: Step,
        new_id: String,
        change: ApologyChange,
    ) -> bool {
        let started = self.current().is_none() && self.start(new_id, now, step);
        let changed = self
            .editing
            .clone()
            .and_then(|id| self.doc.apology_mut(&id))
            .is_some_and(|apology| apology.apply(change, now));
        if changed {
            // The apology written in last is the one a new tab opens.
            self.doc.current.clone_from(&self.editing);
        }
        started || changed
    }

    pub(super) fn open(&mut self, id: &str) -> bool {
        let here = Some(id);
        if self.doc.apology(id).is_none()
            || (self.editing.as_deref() == here && self.doc.current.as_deref() == here)
        {
            return false;
        }
        // A new apology left blank is dropped when another is opened: nothing was written in it
        // (at most a relationship was chosen), and kept it would only pile up unseen.
        let left = self.editing.take().filter(|left| left != id);
        self.doc
            .apologies
            .retain(|a| Some(&a.id) != left.as_ref() || !a.is_blank());
        self.set_editing(Some(id.to_owned()));
        true
    }

    pub(super) fn delete(&mut self, id: &str) -> bool {
        let Some(index) = self.doc.apologies.iter().position(|a| a.id == id) else {
            return false;
        };
        let apology = self.doc.apologies.remove(index);
        let was_current = self.editing.as_deref() == Some(id);
        if was_current {
            self.editing = None;
        }
        if self.doc.current.as_deref() == Some(id) {
            self.doc.current = None;
        }
        self.deleted.push(Deleted {
            apology,
            index,
            was_current,
        });
        true
    }

    pub(super) fn undo_delete(&mut self) -> bool {
        let Some(deleted) = self.deleted.pop() else {
            return false;
        };
        let id = deleted.apology.id.clone();
        if !put_back(
            &mut self.doc.apologies,
            deleted.index,
            deleted.apology,
            |a| &a.id,
        ) {
            return false;
        }
        if deleted.was_current {
            self.set_editing(Some(id));
        }
        true
    }

    /// Saved like any change, but only a place, not words: see `has_unsaved_words`.
    pub(super) fn visit(&mut self, id: String, step: Step) -> bool {
        let here = Some(id.as_str());
        let mut changed = self.editing.as_deref() != here || self.doc.current.as_deref() != here;
        let Some(apology) = self.doc.apology_mut(&id) else {
            return false;
        };
        changed |= apology.last_step != step;
        if !changed {
            return false;
        }
        apology.last_step = step;
        self.set_editing(Some(id));
        self.edits += 1;
        true
    }

    /// This tab now edits `id`, and it becomes what a new tab opens (the stored `current`).
    fn set_editing(&mut self, id: Option<String>) {
        self.doc.current.clone_from(&id);
        self.editing = id;
    }

    /// After the document was replaced (another tab's, an import, an undo): this tab keeps
    /// editing its apology while the new document has it, and otherwise takes the new `current`.
    pub(super) fn keep_editing(&mut self) {
        let kept = self
            .editing
            .as_deref()
            .is_some_and(|id| self.doc.apology(id).is_some());
        if !kept {
            self.editing.clone_from(&self.doc.current);
        }
    }

    /// Continues apology `id` in this tab (remembered by the tab across a reload), if it exists.
    pub fn resume_editing(&mut self, id: &str) {
        if self.doc.apology(id).is_some() {
            self.editing = Some(id.to_owned());
        }
    }
}

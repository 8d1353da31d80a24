//! The app's one reducer: every change to what the person wrote, and to its saving, goes through `reduce`.
//!
//! Pure: no browser calls. Time and new ids come in with the actions, from the edge. The
//! apology list (`apologies`) and the save lifecycle (`saving`) are handled in their own files;
//! changes inside one apology, the receiver's notes or the plan are applied by the model.

mod apologies;
mod saving;

pub use apologies::Deleted;
pub use saving::SaveEvent;

use std::rc::Rc;

use crate::model::{
    Apology, ApologyChange, Document, ForwardAction, LinkKind, LinkMessage, Millis, ReceivedLink,
    ReceiverAction, Step,
};
use crate::persist::{Boot, LoadNotice, Persistence};

/// Where the save of an import stands.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportSave {
    /// Imported as of edit `edits`, not yet saved.
    Pending {
        edits: u64,
    },
    Saved,
    /// The save failed, so the document from before the import was put back.
    Failed {
        full: bool,
    },
}

/// The last save, as the quiet status line shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum LastSave {
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
    /// The tab that wrote that revision (`Document::saved_by`).
    pub base_writer: String,
    pub persistence: Persistence,
    pub last_save: LastSave,
    pub notice: Option<LoadNotice>,
    /// The apology this tab is editing: this tab's own, never switched by another tab (the
    /// document's `current` only says what a new tab opens).
    pub editing: Option<String>,
    /// Another tab saved while this one had unsaved changes: the person chooses which to keep.
    pub conflict: Option<Rc<Document>>,
    /// While a conflict is open, the backup key this tab's words are kept under, and the edit
    /// they were kept as of: nothing typed while the question waits depends on an answer.
    pub conflict_copy: Option<(String, u64)>,
    /// Apologies deleted in this visit, newest last: Undo puts back the newest, then the one
    /// before, so a second delete never silently makes the first one final.
    pub deleted: Vec<Deleted>,
    /// The document as it was before an import, so the import can be undone.
    pub before_import: Option<Rc<Document>>,
    /// How saving the last import went: "Imported" is said only once it is saved.
    pub import: Option<ImportSave>,
    /// A private link read in this tab: held in memory only, never saved unless the person
    /// chooses to keep it.
    pub opened: Option<Rc<LinkMessage>>,
    /// This tab's id, stamped on every revision it saves (`Document::saved_by`); set by the edge.
    pub tab: String,
    /// Journals of closed tabs folded into `doc`, with the edit they were folded as of: each is
    /// removed once a save holds its words.
    pub folded_journals: Vec<(String, u64)>,
    /// What is stored has been read. Until then (the prerendered page and the client's first
    /// render, which must match it) the document is empty and pages show their neutral state.
    pub loaded: bool,
    /// Actions that came before the stored document was read, applied to it once it is.
    waiting: Vec<Action>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A new apology, opened at `step` (the page it is started from).
    StartApology {
        id: String,
        now: Millis,
        step: Step,
    },
    /// "Start a new apology": reuses the open one while it is still blank, and starts none
    /// while nothing at all is written (the first keystroke starts one); else starts `id`.
    StartNew {
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
    /// The person was on `step` of apology `id`: "where you left off".
    Visit {
        id: String,
        step: Step,
    },
    /// A change to the open apology, made at `now`. With none open (a deep link on a first
    /// visit), one is started first under `new_id` at `step`, so the first keystroke keeps its words.
    WriteCurrent {
        now: Millis,
        step: Step,
        new_id: String,
        change: ApologyChange,
    },
    /// A change inside apology `id`, made at `now`.
    Apology {
        id: String,
        now: Millis,
        change: ApologyChange,
    },
    /// A change to the receiver's guide notes, made at `now`.
    Receiver {
        now: Millis,
        change: ReceiverAction,
    },
    /// A change to the moving-forward plan, made at `now`.
    Forward {
        now: Millis,
        change: ForwardAction,
    },
    /// How a save went, or what another tab did to the stored document.
    Save(SaveEvent),
    /// A closed tab's journal (stored under `key`) held words newer than the document: its
    /// apology goes in.
    FoldJournal {
        key: String,
        apology: Box<Apology>,
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
    /// Something found on the device the person should hear about.
    Notify(LoadNotice),
    /// A private link read in this tab (`None` forgets it).
    SetOpened(Option<Rc<LinkMessage>>),
    /// What is stored, read once the page is live: replaces the opening state.
    Loaded(Box<State>),
}

impl State {
    /// Before anything stored is read: the page as prerendered, nothing to save.
    pub fn opening() -> State {
        State {
            loaded: false,
            ..State::from_boot(Boot {
                doc: Document::default(),
                base_revision: 0,
                persistence: Persistence::On,
                notice: None,
            })
        }
    }

    pub fn from_boot(boot: Boot) -> State {
        State {
            base_writer: boot.doc.saved_by.clone(),
            editing: boot.doc.current.clone(),
            doc: boot.doc,
            edits: 0,
            word_edits: 0,
            saved_edits: 0,
            base_revision: boot.base_revision,
            persistence: boot.persistence,
            last_save: LastSave::Idle,
            notice: boot.notice,
            conflict: None,
            conflict_copy: None,
            deleted: Vec::new(),
            before_import: None,
            import: None,
            opened: None,
            tab: String::new(),
            folded_journals: Vec::new(),
            loaded: true,
            waiting: Vec::new(),
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

    /// Whether this tab's words must be copied to a backup now: a conflict is open (so nothing
    /// is saved to the document) and the copy is older than the latest change.
    pub fn wants_copy(&self) -> bool {
        self.conflict.is_some()
            && self.persistence.is_on()
            && self
                .conflict_copy
                .as_ref()
                .is_none_or(|(_, edits)| *edits < self.edits)
    }

    /// Whether this tab's words are all kept in a backup while the conflict is open.
    pub fn words_in_copy(&self) -> bool {
        self.conflict.is_some() && !self.wants_copy() && self.conflict_copy.is_some()
    }

    /// Whether closing this tab now would lose words: they are in neither the document nor,
    /// during a conflict, a backup the person has chosen. The page asks the browser to confirm.
    pub fn closing_loses_words(&self) -> bool {
        self.persistence.is_on() && self.has_unsaved_words()
    }

    pub fn current(&self) -> Option<&Apology> {
        self.editing.as_deref().and_then(|id| self.doc.apology(id))
    }

    /// The apology that came through a private link, for the receiver's guide: the one read in
    /// this tab, else the last one kept; and whether it is kept on this device.
    pub fn received_by_link(&self) -> Option<(ReceivedLink, bool)> {
        let receiver = &self.doc.receiver;
        if let Some(opened) = self.opened.as_ref().filter(|m| m.kind == LinkKind::Apology) {
            let link = ReceivedLink {
                text: opened.text.clone(),
                from: opened.from.clone(),
                to: opened.to.clone(),
                thread: opened.thread.clone(),
                sent_at: opened.sent_at,
            };
            let kept = receiver.has_kept(&link);
            return Some((link, kept));
        }
        receiver.received_links.last().map(|l| (l.clone(), true))
    }

    /// Applies one action. Returns whether anything changed, so the caller can skip a re-render.
    pub fn reduce(&mut self, action: Action) -> bool {
        if !self.loaded {
            return self.before_loading(action);
        }
        let changed = match action {
            Action::StartApology { id, now, step } => self.start(id, now, step),
            Action::StartNew { id, now } => self.start_new(id, now),
            Action::OpenApology { id } => self.open(&id),
            Action::DeleteApology { id } => self.delete(&id),
            Action::UndoDelete => self.undo_delete(),
            Action::Visit { id, step } => return self.visit(id, step),
            Action::WriteCurrent {
                now,
                step,
                new_id,
                change,
            } => self.write_current(now, step, new_id, change),
            Action::Apology { id, now, change } => self
                .doc
                .apology_mut(&id)
                .is_some_and(|apology| apology.apply(change, now)),
            Action::Receiver { now, change } => self.doc.receiver.apply(change, now),
            Action::Forward { now, change } => self.doc.forward.apply(change, now),
            Action::Save(event) => return self.on_save(event),
            Action::FoldJournal { key, apology } => self.fold_journal(key, *apology),
            Action::Import { doc } => {
                let mut doc = (*doc).clone();
                // What was here before is what the next save builds on.
                doc.revision = self.doc.revision;
                self.before_import = Some(Rc::new(std::mem::replace(&mut self.doc, doc)));
                self.deleted.clear();
                self.keep_editing();
                self.import = Some(ImportSave::Pending {
                    edits: self.edits + 1,
                });
                true
            }
            Action::UndoImport => match self.before_import.take() {
                Some(before) => {
                    self.import = None;
                    self.doc = (*before).clone();
                    self.keep_editing();
                    true
                }
                None => false,
            },
            Action::Erased => {
                let persistence = match &self.persistence {
                    // Nothing stored is left to protect.
                    Persistence::Protecting { .. } | Persistence::ReadOnly { .. } => {
                        Persistence::On
                    }
                    other => other.clone(),
                };
                let tab = std::mem::take(&mut self.tab);
                *self = State::from_boot(Boot {
                    doc: Document::default(),
                    base_revision: 0,
                    persistence,
                    notice: None,
                });
                self.tab = tab;
                return true;
            }
            Action::SetPrivate(private) => {
                self.persistence = match (&self.persistence, private) {
                    (Persistence::On, true) => Persistence::Private,
                    (Persistence::Private, false) => Persistence::On,
                    _ => return false,
                };
                return true;
            }
            Action::DismissNotice => return self.notice.take().is_some(),
            Action::Notify(notice) => {
                self.notice = Some(notice);
                return true;
            }
            Action::SetOpened(opened) => {
                if self.opened == opened {
                    return false;
                }
                self.opened = opened;
                // Not the person's words: nothing to save.
                return true;
            }
            // Read once per page; a second reading would throw away this visit's changes.
            Action::Loaded(_) => return false,
        };
        if changed {
            self.touch();
        }
        changed
    }

    /// Before the stored document is read, actions wait for it, so nothing that happens while
    /// the page comes to life is applied to the empty document and then lost.
    fn before_loading(&mut self, action: Action) -> bool {
        let Action::Loaded(stored) = action else {
            self.waiting.push(action);
            return false;
        };
        let waiting = std::mem::take(&mut self.waiting);
        *self = *stored;
        self.loaded = true;
        for action in waiting {
            self.reduce(action);
        }
        true
    }

    fn fold_journal(&mut self, key: String, apology: Apology) -> bool {
        // Words typed in this tab since it started are newer than any closed tab's: the journal
        // stays stored for the edge to keep aside, never folded over them.
        if self.has_unsaved_words() {
            return false;
        }
        let id = apology.id.clone();
        crate::persist::journal::fold_into(&mut self.doc, apology);
        // The tab that wrote it had just started this apology: a new tab opens it.
        if self.doc.current.is_none() {
            self.doc.current = Some(id.clone());
        }
        if self.editing.is_none() {
            self.editing = Some(id);
        }
        // Its words are saved with the next save, which then removes the journal.
        self.folded_journals.push((key, self.edits + 1));
        true
    }

    /// A change to what the person wrote: to be saved, and to stand against another tab's save.
    fn touch(&mut self) {
        self.edits += 1;
        self.word_edits = self.edits;
    }
}

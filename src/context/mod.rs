//! What every page and component reaches through `use_mend`: the state, and the few things that
//! go to the device (save now, choose between two tabs, read or erase what is stored).
//!
//! Pages and components never touch storage themselves: they ask here, so browser I/O stays at
//! the root, wired once by `app`.

pub mod persistence;
mod shown;

pub use shown::{page_before, record_shown};

use std::rc::Rc;

use yew::prelude::*;

use crate::model::Document;
use crate::persist::{self, Persistence, Store};
use crate::state::{Action, SaveEvent, State};
use crate::storage::LocalStore;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.reduce(action) {
            Rc::new(next)
        } else {
            self
        }
    }
}

/// What every page can reach: the state and a way to save at once.
#[derive(Clone, PartialEq)]
pub struct Mend {
    pub state: UseReducerHandle<State>,
    /// Writes pending changes at once: see `save_now`.
    saver: Callback<()>,
    /// Minutes to add to local time to get UTC (`getTimezoneOffset()`), read once at start so
    /// pages can show local dates without calling the browser while rendering. Not stored.
    pub utc_offset_minutes: f64,
}

/// How "Delete everything" went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Erasure {
    /// Storage cannot be reached (or was never used): there was nothing on the device to delete.
    NothingStored,
    Erased,
    Failed,
}

impl Mend {
    /// The context the root provides: its reducer, the saver `persistence::use_persistence`
    /// returned, and the time zone read at start.
    pub fn new(
        state: UseReducerHandle<State>,
        saver: Callback<()>,
        utc_offset_minutes: f64,
    ) -> Mend {
        Mend {
            state,
            saver,
            utc_offset_minutes,
        }
    }

    /// What is stored has been read. Before that the page is as prerendered: fields can't be
    /// typed in yet, and whatever depends on stored words shows its neutral state.
    pub fn ready(&self) -> bool {
        self.state.loaded
    }

    /// Writes pending changes now (on Continue and Back), instead of after the usual pause.
    /// Synchronous: the state read right after says whether it went through.
    pub fn save_now(&self) {
        self.saver.emit(());
    }

    /// `save_now` for a click, such as a link that leaves the page.
    pub fn save_on_click(&self) -> Callback<MouseEvent> {
        self.saver.reform(|_: MouseEvent| ())
    }

    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }

    /// The person keeps this tab's text; the other tab's is copied aside first.
    pub fn keep_mine(&self, theirs: &Document) {
        let event = match persistence::keep_aside(theirs) {
            Ok(()) => SaveEvent::KeepMine,
            Err(err) => persistence::failed(&err),
        };
        self.dispatch(Action::Save(event));
    }

    /// The person takes the other tab's text; this tab's is copied aside first.
    pub fn take_theirs(&self) {
        let event = match persistence::keep_aside(&self.state.doc) {
            Ok(()) => SaveEvent::TakeTheirs,
            Err(err) => persistence::failed(&err),
        };
        self.dispatch(Action::Save(event));
    }

    /// The text stored under `key`, exactly as found (empty when there is none or it cannot be read).
    pub fn stored_text(&self, key: &str) -> String {
        LocalStore.get(key).ok().flatten().unwrap_or_default()
    }

    /// How many backup copies are kept on the device.
    pub fn backup_count(&self) -> usize {
        LocalStore::open()
            .map(|s| persist::backups(&s).len())
            .unwrap_or(0)
    }

    /// Every backup kept on the device, newest first.
    pub fn backups(&self) -> Vec<persist::backups::Backup> {
        LocalStore::open()
            .map(|s| persist::backups::list(&s))
            .unwrap_or_default()
    }

    /// Every backup's key and text, oldest first, for an export that includes them.
    pub fn backup_texts(&self) -> Vec<(String, String)> {
        LocalStore::open()
            .map(|s| persist::backups(&s))
            .unwrap_or_default()
    }

    /// Deletes one backup; returns whether it went.
    pub fn delete_backup(&self, key: &str) -> bool {
        LocalStore::open().is_ok_and(|s| persist::backups::delete(&s, key).is_ok())
    }

    /// The stored document's size in characters, and how many backups are kept.
    pub fn stored_size(&self) -> (usize, usize) {
        LocalStore::open()
            .map(|s| (persist::stored_size(&s), persist::backups(&s).len()))
            .unwrap_or((0, 0))
    }

    /// Deletes everything Mend kept on this device, and starts empty.
    pub fn erase_all(&self) -> Erasure {
        let outcome = match (&self.state.persistence, LocalStore::open()) {
            (Persistence::Unavailable { .. }, _) | (_, Err(_)) => Ok(Erasure::NothingStored),
            (_, Ok(store)) => persist::erase_all(&store).map(|_| Erasure::Erased),
        };
        match outcome {
            Ok(erasure) => {
                self.dispatch(Action::Erased);
                erasure
            }
            Err(_) => Erasure::Failed,
        }
    }
}

/// The app's state and actions, from any component under `App`.
#[hook]
pub fn use_mend() -> Mend {
    use_context::<Mend>().expect("use_mend is called under App")
}

//! Saving, wired once at the root: about 300 ms after the last change, at once when the page is
//! hidden or closed, and picking up another tab's newer save.

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::model::encode;
use crate::persist::{
    self, journal, External, LoadNotice, Persistence, SaveError, Store, StoreError, DOCUMENT_KEY,
};
use crate::state::{Action, SaveEvent, State};
use crate::storage::{self, LocalStore};

/// How long typing must pause before a save.
const SAVE_DELAY_MS: u32 = 300;

/// Reads what is stored, or starts in memory when the browser refuses storage.
pub fn boot_state() -> State {
    let boot = match LocalStore::open() {
        Ok(store) => persist::boot(&store, browser::now()),
        Err(err) => persist::Boot {
            doc: Default::default(),
            base_revision: 0,
            persistence: Persistence::Unavailable {
                reason: err.to_string(),
            },
            notice: None,
        },
    };
    let mut state = State::from_boot(boot);
    state.tab = browser::new_id("tab-");
    // A reload keeps this tab on the apology it was editing, whatever another tab opened since.
    if let Some(id) = storage::editing_remembered() {
        state.resume_editing(&id);
    }
    // A private session outlives a reload of its tab: someone who chose not to be saved must
    // not start being saved because the page reloaded.
    if storage::private_session_remembered() {
        state.reduce(Action::SetPrivate(true));
    }
    state
}

/// Reads what is stored once the page is live (never while rendering: the first render must
/// match the prerendered page, which knows nothing stored).
#[hook]
pub fn use_loading(state: UseReducerHandle<State>) {
    let loaded = state.loaded;
    let handle = state.clone();
    use_effect_with((), move |_| {
        // In a task of its own, after the one that adopted the page: two shorter tasks keep a
        // slow phone's main thread free in between, instead of one long one.
        let timer = Timeout::new(0, move || {
            handle.dispatch(Action::Loaded(Box::new(boot_state())))
        });
        move || drop(timer)
    });
    // After the render that shows the stored words: from here on the page is the live app.
    use_effect_with(loaded, move |loaded| {
        if *loaded {
            recover_journals(&state);
            browser::mark_app_running();
        }
    });
}

/// Writes the latest state if it has unsaved changes, and reports the outcome to the reducer.
/// While a conflict is open, the words go to a backup instead.
pub fn save(state: &UseReducerHandle<State>) {
    keep_copy(state);
    if !state.wants_save() {
        return;
    }
    let edits = state.edits;
    let now = browser::now();
    let event = match persist::save_as(
        &LocalStore,
        &state.doc,
        state.base_revision,
        now,
        &state.tab,
    ) {
        Ok(revision) => {
            clear_journals(state, edits);
            SaveEvent::Saved {
                edits,
                revision,
                at: now,
            }
        }
        Err(SaveError::Conflict(theirs)) => SaveEvent::Conflict {
            doc: std::rc::Rc::new(*theirs),
        },
        Err(SaveError::NewerVersionStored { version }) => SaveEvent::Stopped {
            persistence: Persistence::ReadOnly { version },
        },
        Err(SaveError::Store(err)) => failed(&err),
    };
    state.dispatch(Action::Save(event));
}

/// Once the document holds them, this tab's journal and the closed tabs' journals folded in
/// as of edit `edits` are no longer needed.
fn clear_journals(state: &State, edits: u64) {
    let _ = LocalStore.remove(&journal::journal_key(&state.tab));
    for (key, _) in state.folded_journals.iter().filter(|(_, at)| *at <= edits) {
        let _ = LocalStore.remove(key);
    }
}

/// Writes the apology just typed in to this tab's journal, so the keystroke is on the device
/// before the next frame, not only after the save pause (a closing browser may not wait).
/// One apology, never the whole document: cheap however much is stored.
fn write_journal(state: &State) {
    if !state.wants_save() || state.word_edits != state.edits {
        return;
    }
    if let Some(apology) = state.current() {
        // Best effort: if even this fails, the save after the pause reports why.
        let _ = journal::write(
            &LocalStore,
            &state.tab,
            state.base_revision,
            browser::now(),
            apology,
        );
    }
}

/// The Web Lock a tab holds while it is open, so others can tell its journal is still its own.
fn tab_lock(tab: &str) -> String {
    format!("mend:tab:{tab}")
}

/// Once the stored words are in: claims this tab's lock, then folds in (or keeps aside) the
/// journals of tabs that closed without saving their last words. A tab still open keeps its own.
fn recover_journals(state: &UseReducerHandle<State>) {
    // Storage that can't be reached holds no journal (and must not be touched).
    if !state.persistence.is_on() {
        return;
    }
    let has_locks = browser::hold_lock(&tab_lock(&state.tab));
    for key in journal::others(&LocalStore, &state.tab) {
        let tab = key.trim_start_matches(journal::JOURNAL_PREFIX).to_owned();
        let handle = state.clone();
        let recover = move || recover_journal(&handle, &key);
        if !has_locks {
            // Without Web Locks no tab can tell; an open tab's journal is its latest words anyway.
            recover();
        } else {
            browser::if_lock_free(&tab_lock(&tab), move |free| {
                if free {
                    recover()
                }
            });
        }
    }
}

fn recover_journal(state: &UseReducerHandle<State>, key: &str) {
    if !state.persistence.is_on() {
        return;
    }
    let unsaved = state.has_unsaved_words();
    match journal::recover(&LocalStore, key, &state.doc, unsaved, browser::now()) {
        journal::Recovered::Fold(apology) => state.dispatch(Action::FoldJournal {
            key: key.to_owned(),
            apology,
        }),
        journal::Recovered::Done {
            backup: Some(backup_key),
        } => state.dispatch(Action::Notify(LoadNotice::JournalKeptAside { backup_key })),
        journal::Recovered::Done { backup: None } | journal::Recovered::Kept => {}
    }
}

/// The Web Lock every tab's paused save holds, so the read, compare and write of one tab's save
/// never interleaves with another's.
const SAVE_LOCK: &str = "mend:document";

/// `save` under the Web Lock where the browser has Web Locks, else at once. Saves that must end
/// before the page goes (page hide, Continue) can't wait for a lock and call `save` itself; a
/// save another tab writes over anyway is caught when its storage event arrives (see `SaveEvent::ExternalChange`).
fn save_locked(state: UseReducerHandle<State>) {
    let locked = state.clone();
    if !browser::with_lock(SAVE_LOCK, move || save(&locked)) {
        save(&state);
    }
}

/// While a conflict is open, copies this tab's words to their backup at once.
fn keep_copy(state: &UseReducerHandle<State>) {
    if !state.wants_copy() {
        return;
    }
    let edits = state.edits;
    let key = state.conflict_copy.as_ref().map(|(key, _)| key.as_str());
    let event = match persist::keep_copy(&LocalStore, key, &state.doc, browser::now()) {
        Ok(key) => SaveEvent::CopyKept { key, edits },
        Err(err) => failed(&err),
    };
    state.dispatch(Action::Save(event));
}

pub(super) fn failed(err: &StoreError) -> SaveEvent {
    SaveEvent::Failed {
        full: *err == StoreError::Full,
        reason: err.to_string(),
    }
}

/// Keeps a copy of a whole document aside before the person chooses another version over it.
pub(super) fn keep_aside(doc: &crate::model::Document) -> Result<(), StoreError> {
    let text = encode(doc).map_err(StoreError::Failed)?;
    persist::keep_backup(&LocalStore, &text, browser::now()).map(|_| ())
}

/// Wires the save effects; returns a callback that saves at once.
#[hook]
pub fn use_persistence(state: UseReducerHandle<State>) -> Callback<()> {
    // The handle reads the latest state when dereferenced, so timers and listeners see current text.
    {
        let state = state.clone();
        use_effect_with((state.edits, state.wants_save()), move |(_, wants)| {
            let timer = wants.then(|| Timeout::new(SAVE_DELAY_MS, move || save_locked(state)));
            move || drop(timer)
        });
    }
    {
        let state = state.clone();
        use_effect_with(state.edits, move |_| write_journal(&state));
    }
    {
        // During a conflict every change is copied at once, not after the pause.
        let state = state.clone();
        use_effect_with((state.edits, state.wants_copy()), move |(_, wants)| {
            if *wants {
                keep_copy(&state);
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listeners = page_listeners(state);
            move || drop(listeners)
        });
    }
    {
        // Once the person has written something worth keeping in this visit, ask the browser not
        // to clear it when space runs low. Never on a first, empty load.
        let asked = use_mut_ref(|| false);
        let worth_keeping = state.persistence.is_on() && state.edits > 0 && state.doc.has_content();
        use_effect_with(worth_keeping, move |worth| {
            if *worth && !std::mem::replace(&mut *asked.borrow_mut(), true) {
                wasm_bindgen_futures::spawn_local(async {
                    let _ = browser::request_persistence().await;
                });
            }
        });
    }
    // What this tab remembers across a reload is written only once it has been read back: the
    // opening state (before the stored words are read) knows nothing of either.
    {
        let private = state.persistence == Persistence::Private;
        use_effect_with((state.loaded, private), |(loaded, private)| {
            if *loaded {
                storage::remember_private_session(*private)
            }
        });
    }
    use_effect_with(
        (state.loaded, state.editing.clone()),
        |(loaded, editing)| {
            if *loaded {
                storage::remember_editing(editing.as_deref())
            }
        },
    );
    use_callback(state, |(), state| save(state))
}

fn page_listeners(state: UseReducerHandle<State>) -> Vec<EventListener> {
    let (Some(window), Some(document)) = (
        web_sys::window(),
        web_sys::window().and_then(|w| w.document()),
    ) else {
        return Vec::new();
    };
    let on_hidden = {
        let state = state.clone();
        EventListener::new(&document, "visibilitychange", move |_| {
            if browser::page_hidden() {
                save(&state);
            }
        })
    };
    let on_pagehide = {
        let state = state.clone();
        EventListener::new(&window, "pagehide", move |_| save(&state))
    };
    // Closing or reloading with words that could not be saved asks the browser to confirm.
    let on_beforeunload = {
        let state = state.clone();
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(&window, "beforeunload", options, move |event| {
            save(&state);
            if state.closing_loses_words() {
                event.prevent_default();
                // Older browsers ask only when `returnValue` is set.
                let _ = js_sys::Reflect::set(event, &"returnValue".into(), &" ".into());
            }
        })
    };
    let on_storage = EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        // `key` is None when another tab cleared all storage.
        let key = event.key();
        if key.as_deref().is_some_and(|k| k != DOCUMENT_KEY) {
            return;
        }
        // What is stored now, not what the event carries: of two saves a moment apart, the one
        // stored last is the one that counts, and the tab that wrote it must not doubt its own.
        let new_value = LocalStore.get(DOCUMENT_KEY).ok().flatten();
        match persist::external_change(new_value.as_deref()) {
            External::Changed(doc) => state.dispatch(Action::Save(SaveEvent::ExternalChange {
                doc: std::rc::Rc::new(*doc),
            })),
            External::Removed => state.dispatch(Action::Save(SaveEvent::ExternalRemoval)),
            External::Ignore => {}
        }
    });
    vec![on_hidden, on_pagehide, on_beforeunload, on_storage]
}

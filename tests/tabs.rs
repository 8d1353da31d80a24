//! Two tabs on one device: a stale tab never overwrites a newer save, another tab's change or
//! erase is followed when this tab holds no unsaved words, and asked about when it does.

use mend::model::{decode, Decoded, Document, Step};
use mend::model::{ApologyChange, ApologyField};
use mend::persist::{self, boot, save, MemoryStore, SaveError, Store, DOCUMENT_KEY};
use mend::state::{Action, SaveEvent, State};

const NOW: f64 = 1_795_000_500_000.0;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture exists")
}

#[test]
fn a_stale_tab_never_overwrites_a_newer_revision() {
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &fixture("v1-document.json"));
    let mut tab_a = State::from_boot(boot(&store, NOW));
    let mut tab_b = State::from_boot(boot(&store, NOW));

    edit_remorse(&mut tab_a, "Tab A's words.");
    let revision = save(&store, &tab_a.doc, tab_a.base_revision, NOW).unwrap();
    assert_eq!(revision, 13);

    edit_remorse(&mut tab_b, "Tab B's words.");
    let err = save(&store, &tab_b.doc, tab_b.base_revision, NOW).unwrap_err();
    let SaveError::Conflict(theirs) = err else {
        panic!("expected a conflict, got {err:?}");
    };
    assert_eq!(theirs.revision, 13);
    assert_eq!(remorse_stored(&store), "Tab A's words.");

    // The person chooses this tab's words: only then are they written, after the other revision.
    tab_b.reduce(Action::Save(SaveEvent::Conflict {
        doc: std::rc::Rc::new(*theirs),
    }));
    assert!(!tab_b.wants_save());
    tab_b.reduce(Action::Save(SaveEvent::KeepMine));
    assert!(tab_b.wants_save());
    assert_eq!(
        save(&store, &tab_b.doc, tab_b.base_revision, NOW).unwrap(),
        14
    );
    assert_eq!(remorse_stored(&store), "Tab B's words.");
}
fn edit_remorse(state: &mut State, text: &str) {
    state.reduce(Action::Apology {
        id: "a1".into(),
        now: NOW,
        change: ApologyChange::Edit {
            field: ApologyField::Remorse,
            text: text.into(),
        },
    });
}
fn remorse_stored(store: &MemoryStore) -> String {
    match decode(store.get(DOCUMENT_KEY).unwrap().as_deref()) {
        Decoded::Current(doc) => doc.apologies[0].parts.remorse.clone(),
        other => panic!("unexpected {other:?}"),
    }
}
#[test]
fn another_tabs_change_is_adopted_when_clean_and_held_when_dirty() {
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &fixture("v1-document.json"));
    let booted = boot(&store, NOW);
    let mut newer = booted.doc.clone();
    newer.revision = 20;
    newer.apologies[0].parts.remorse = "From the other tab.".into();
    let newer = std::rc::Rc::new(newer);

    let mut clean = State::from_boot(booted.clone());
    clean.reduce(Action::Save(SaveEvent::ExternalChange {
        doc: newer.clone(),
    }));
    assert_eq!(clean.doc.apologies[0].parts.remorse, "From the other tab.");
    assert_eq!(clean.base_revision, 20);
    assert!(!clean.is_dirty());

    let mut dirty = State::from_boot(booted);
    edit_remorse(&mut dirty, "Typed here.");
    dirty.reduce(Action::Save(SaveEvent::ExternalChange { doc: newer }));
    assert_eq!(dirty.doc.apologies[0].parts.remorse, "Typed here.");
    assert!(dirty.conflict.is_some());
    assert!(!dirty.wants_save());
    dirty.reduce(Action::Save(SaveEvent::TakeTheirs));
    assert_eq!(dirty.doc.apologies[0].parts.remorse, "From the other tab.");
    assert!(!dirty.is_dirty());
}
#[test]
fn external_change_reads_what_another_tab_wrote() {
    assert_eq!(persist::external_change(None), persist::External::Removed);
    assert_eq!(
        persist::external_change(Some("{garbage")),
        persist::External::Ignore
    );
    assert!(matches!(
        persist::external_change(Some(&fixture("v1-document.json"))),
        persist::External::Changed(_)
    ));
}
#[test]
fn a_private_session_never_raises_a_conflict_nor_copies_its_words_anywhere() {
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &fixture("v1-document.json"));
    let mut state = State::from_boot(boot(&store, NOW));
    state.reduce(Action::SetPrivate(true));
    edit_remorse(&mut state, "Private words.");
    let mut newer = state.doc.clone();
    newer.revision = 99;
    state.reduce(Action::Save(SaveEvent::ExternalChange {
        doc: std::rc::Rc::new(newer),
    }));
    assert!(state.conflict.is_none());
    assert_eq!(state.doc.apologies[0].parts.remorse, "Private words.");
    assert!(!state.wants_save());
}
#[test]
fn taking_another_tabs_document_drops_undo_offers_about_the_old_one() {
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &fixture("v1-document.json"));
    let booted = boot(&store, NOW);
    let mut state = State::from_boot(booted.clone());
    state.reduce(Action::Import {
        doc: std::rc::Rc::new(Document::default()),
    });
    state.reduce(Action::Save(SaveEvent::Saved {
        edits: state.edits,
        revision: 13,
        at: NOW,
    }));
    assert!(state.before_import.is_some());
    let mut theirs = booted.doc.clone();
    theirs.revision = 14;
    state.reduce(Action::Save(SaveEvent::ExternalChange {
        doc: std::rc::Rc::new(theirs),
    }));
    assert!(
        state.before_import.is_none(),
        "undo import must not restore over their data"
    );
    assert!(!state.reduce(Action::UndoImport));
}
#[test]
fn opening_a_page_is_saved_but_never_raises_a_conflict() {
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &fixture("v1-document.json"));
    let booted = boot(&store, NOW);
    let mut state = State::from_boot(booted.clone());
    state.reduce(Action::Visit {
        id: "a1".into(),
        step: Step::Review,
    });
    assert!(state.wants_save(), "where the person is, is kept");
    let mut theirs = booted.doc.clone();
    theirs.revision = 20;
    theirs.apologies[0].parts.remorse = "From the other tab.".into();
    state.reduce(Action::Save(SaveEvent::ExternalChange {
        doc: std::rc::Rc::new(theirs),
    }));
    assert!(state.conflict.is_none());
    assert_eq!(state.doc.apologies[0].parts.remorse, "From the other tab.");
}
#[test]
fn another_tabs_erase_is_followed_and_nothing_is_written_back() {
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &fixture("v1-document.json"));
    let mut state = State::from_boot(boot(&store, NOW));
    state.reduce(Action::Visit {
        id: "a1".into(),
        step: Step::Review,
    });
    state.reduce(Action::Save(SaveEvent::ExternalRemoval));
    assert!(state.doc.apologies.is_empty());
    assert!(!state.wants_save());

    // Words typed here and not yet saved are kept (and saved anew) rather than lost.
    let mut typing = State::from_boot(boot(&MemoryStore::default(), NOW));
    typing.reduce(Action::StartApology {
        id: "a9".into(),
        now: NOW,
        step: Step::Prepare,
    });
    typing.reduce(Action::Save(SaveEvent::ExternalRemoval));
    assert_eq!(typing.doc.apologies.len(), 1);
    assert!(typing.wants_save());
}

/// The backups' texts, oldest key first.
fn backup_texts(store: &MemoryStore) -> Vec<String> {
    persist::backups(store)
        .into_iter()
        .map(|(_, v)| v)
        .collect()
}

#[test]
fn words_typed_while_a_conflict_is_open_are_copied_to_one_backup_at_once() {
    let store = MemoryStore::default();
    store.seed(DOCUMENT_KEY, &fixture("v1-document.json"));
    let booted = boot(&store, NOW);
    let mut theirs = booted.doc.clone();
    theirs.revision = 20;
    theirs.apologies[0].parts.remorse = "From the other tab.".into();
    store.seed(DOCUMENT_KEY, &mend::model::encode(&theirs).unwrap());

    let mut tab = State::from_boot(booted);
    assert!(!tab.closing_loses_words());
    edit_remorse(&mut tab, "Typed here.");
    assert!(
        tab.closing_loses_words(),
        "unsaved words ask before closing"
    );
    tab.reduce(Action::Save(SaveEvent::ExternalChange {
        doc: std::rc::Rc::new(theirs.clone()),
    }));
    assert!(tab.conflict.is_some());
    assert!(tab.wants_copy() && !tab.wants_save());

    // The edge copies the words and reports where; the copy is then up to date.
    let key = persist::keep_copy(&store, None, &tab.doc, NOW).unwrap();
    tab.reduce(Action::Save(SaveEvent::CopyKept {
        key: key.clone(),
        edits: tab.edits,
    }));
    assert!(!tab.wants_copy());
    assert!(tab.words_in_copy());
    assert!(tab.closing_loses_words(), "still not in the document: ask");

    // Each later word is copied again, to the same key: one backup, holding the latest words.
    edit_remorse(&mut tab, "Typed here. And more.");
    assert!(tab.wants_copy() && !tab.words_in_copy());
    let again = persist::keep_copy(
        &store,
        tab.conflict_copy.as_ref().map(|(k, _)| k.as_str()),
        &tab.doc,
        NOW + 5.0,
    )
    .unwrap();
    assert_eq!(again, key);
    assert_eq!(backup_texts(&store).len(), 1);
    assert!(backup_texts(&store)[0].contains("Typed here. And more."));
    // Nothing was chosen: the document is the other tab's.
    assert_eq!(remorse_stored(&store), "From the other tab.");

    // Taking theirs copies this tab's words aside: the copy already holds them, so no second one.
    let aside = persist::keep_backup(&store, &mend::model::encode(&tab.doc).unwrap(), NOW).unwrap();
    assert_eq!(aside, key);
    tab.reduce(Action::Save(SaveEvent::TakeTheirs));
    assert!(tab.conflict_copy.is_none() && !tab.wants_copy());
    assert!(!tab.closing_loses_words());
}

#[test]
fn a_conflict_copy_never_writes_over_another_backup() {
    let store = MemoryStore::default();
    let stamp = NOW as u64;
    store.seed(&format!("mend:backup:{stamp}"), "an older backup");
    let doc = Document::default();
    let key = persist::keep_copy(&store, None, &doc, NOW).unwrap();
    assert_ne!(key, format!("mend:backup:{stamp}"));
    assert_eq!(
        store
            .get(&format!("mend:backup:{stamp}"))
            .unwrap()
            .as_deref(),
        Some("an older backup")
    );
}

/// Two tabs on the same stored revision, each with its own id, as the edge makes them.
fn two_tabs(store: &MemoryStore) -> (State, State) {
    store.seed(DOCUMENT_KEY, &fixture("v1-document.json"));
    let mut a = State::from_boot(boot(store, NOW));
    let mut b = State::from_boot(boot(store, NOW));
    a.tab = "tab-a".into();
    b.tab = "tab-b".into();
    (a, b)
}

/// What another tab's storage event brings: the document stored now.
fn stored_doc(store: &MemoryStore) -> std::rc::Rc<Document> {
    match persist::external_change(store.get(DOCUMENT_KEY).unwrap().as_deref()) {
        persist::External::Changed(doc) => std::rc::Rc::new(*doc),
        other => panic!("unexpected {other:?}"),
    }
}

fn saved(state: &mut State, store: &MemoryStore) {
    let revision =
        persist::save_as(store, &state.doc, state.base_revision, NOW, &state.tab).unwrap();
    state.reduce(Action::Save(SaveEvent::Saved {
        edits: state.edits,
        revision,
        at: NOW,
    }));
}

#[test]
fn a_save_written_over_by_another_tab_at_the_same_revision_is_asked_about_not_lost() {
    // In a browser two tabs can each read revision 12 and each write 13 a few milliseconds
    // apart (each tab's view of localStorage lags the other's); here the second write lands last.
    let store = MemoryStore::default();
    let (mut a, mut b) = two_tabs(&store);
    edit_remorse(&mut a, "Tab A's words.");
    edit_remorse(&mut b, "Tab B's words.");
    saved(&mut a, &store);
    let b_base = b.base_revision;
    let a_text = store.get(DOCUMENT_KEY).unwrap().unwrap();
    // B's view had not seen A's write yet: B writes the same revision over it.
    store.seed(DOCUMENT_KEY, &fixture("v1-document.json"));
    let revision = persist::save_as(&store, &b.doc, b_base, NOW, &b.tab).unwrap();
    assert_eq!(revision, 13);
    assert!(a_text.contains("\"revision\":13"));
    b.reduce(Action::Save(SaveEvent::Saved {
        edits: b.edits,
        revision,
        at: NOW,
    }));

    // Each tab hears of the other's write; what is stored now is B's.
    let now_stored = stored_doc(&store);
    b.reduce(Action::Save(SaveEvent::ExternalChange {
        doc: now_stored.clone(),
    }));
    assert!(b.conflict.is_none(), "the tab stored last keeps its words");
    assert!(!b.has_unsaved_words());

    a.reduce(Action::Save(SaveEvent::ExternalChange { doc: now_stored }));
    assert!(a.conflict.is_some(), "the tab written over is asked");
    assert_eq!(a.doc.apologies[0].parts.remorse, "Tab A's words.");
    assert!(a.has_unsaved_words() && a.wants_copy() && !a.wants_save());
    assert!(a.closing_loses_words());
}

#[test]
fn the_same_revision_with_the_same_words_or_by_the_same_tab_changes_nothing() {
    let store = MemoryStore::default();
    let (mut a, mut b) = two_tabs(&store);
    edit_remorse(&mut a, "Same words.");
    saved(&mut a, &store);
    // A hears its own save (a storage event for another key, say): nothing happens.
    assert!(!a.reduce(Action::Save(SaveEvent::ExternalChange {
        doc: stored_doc(&store),
    })));
    // B wrote the very same words over it: nothing of A's is lost, so A just follows.
    edit_remorse(&mut b, "Same words.");
    store.seed(DOCUMENT_KEY, &fixture("v1-document.json"));
    saved(&mut b, &store);
    a.reduce(Action::Save(SaveEvent::ExternalChange {
        doc: stored_doc(&store),
    }));
    assert!(a.conflict.is_none());
    assert!(!a.has_unsaved_words());
    assert_eq!(a.base_writer, "tab-b");
}

fn write_current(state: &mut State, text: &str) {
    state.reduce(Action::WriteCurrent {
        now: NOW,
        step: Step::Part(mend::model::Part::Remorse),
        new_id: "unused".into(),
        change: ApologyChange::Edit {
            field: ApologyField::Remorse,
            text: text.into(),
        },
    });
}

#[test]
fn which_apology_a_tab_edits_is_the_tabs_own_and_the_stored_current_only_picks_for_a_new_tab() {
    let store = MemoryStore::default();
    let (mut a, mut b) = two_tabs(&store);
    a.reduce(Action::StartApology {
        id: "two".into(),
        now: NOW,
        step: Step::Prepare,
    });
    write_current(&mut a, "Words for two.");
    saved(&mut a, &store);
    b.reduce(Action::Save(SaveEvent::ExternalChange {
        doc: stored_doc(&store),
    }));
    assert_eq!(b.editing.as_deref(), Some("a1"), "B was on a1 and stays");

    // B opens a1 again from the list and saves: A, with nothing unsaved, follows the document
    // but keeps editing "two".
    b.reduce(Action::OpenApology { id: "a1".into() });
    b.reduce(Action::Visit {
        id: "a1".into(),
        step: Step::Review,
    });
    saved(&mut b, &store);
    assert_eq!(stored_doc(&store).current.as_deref(), Some("a1"));
    a.reduce(Action::Save(SaveEvent::ExternalChange {
        doc: stored_doc(&store),
    }));
    assert_eq!(a.doc.current.as_deref(), Some("a1"));
    assert_eq!(a.current().map(|x| x.id.as_str()), Some("two"));
    write_current(&mut a, "Words for two, and more.");
    assert_eq!(
        a.doc.apology("two").unwrap().parts.remorse,
        "Words for two, and more."
    );
    assert_eq!(
        a.doc.apology("a1").unwrap().parts.remorse,
        b.doc.apology("a1").unwrap().parts.remorse
    );
    // What A wrote in last is what a new tab opens.
    assert_eq!(a.doc.current.as_deref(), Some("two"));

    // A tab reloaded resumes its own apology; one that no longer exists is not resumed.
    let mut reloaded = State::from_boot(boot(&store, NOW));
    assert_eq!(reloaded.editing.as_deref(), Some("a1"));
    reloaded.resume_editing("two");
    assert_eq!(reloaded.current().map(|x| x.id.as_str()), Some("two"));
    reloaded.resume_editing("gone");
    assert_eq!(reloaded.editing.as_deref(), Some("two"));
}

#[test]
fn an_apology_deleted_in_another_tab_is_not_kept_open_here() {
    let store = MemoryStore::default();
    let (mut a, mut b) = two_tabs(&store);
    b.reduce(Action::DeleteApology { id: "a1".into() });
    saved(&mut b, &store);
    a.reduce(Action::Save(SaveEvent::ExternalChange {
        doc: stored_doc(&store),
    }));
    assert!(a.current().is_none());
    assert!(a.editing.is_none());
}

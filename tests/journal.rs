//! The keystroke journal (issue 18, rule 7): a closed tab's last words are folded into the
//! document when nothing was saved since, kept aside when something was, and never destroyed.

use mend::model::{decode, Apology, Decoded, Document};
use mend::model::{ApologyChange, ApologyField};
use mend::persist::journal::{self, judge, recover, Fold, Journal, Recovered};
use mend::persist::{self, MemoryStore, Store, DOCUMENT_KEY};
use mend::state::{Action, State};

const NOW: f64 = 1_795_000_500_000.0;

fn apology(id: &str, remorse: &str) -> Apology {
    let mut apology = Apology {
        id: id.into(),
        ..Apology::default()
    };
    apology.parts.remorse = remorse.into();
    apology
}

fn doc(revision: u64, apologies: Vec<Apology>) -> Document {
    Document {
        revision,
        apologies: apologies.into_iter().map(Into::into).collect(),
        ..Document::default()
    }
}

fn journal_of(store: &MemoryStore, tab: &str, base: u64, apology: &Apology) -> String {
    journal::write(store, tab, base, NOW, apology).unwrap();
    store.get(&journal::journal_key(tab)).unwrap().unwrap()
}

#[test]
fn a_journal_on_the_stored_revision_is_folded_in_whole_or_added() {
    let stored = doc(4, vec![apology("a1", "Saved.")]);
    let typed = apology("a1", "Saved. And the last word");
    let entry = Journal {
        base_revision: 4,
        at: NOW,
        apology: typed.clone(),
    };
    assert_eq!(judge(&stored, entry), Fold::Apply(Box::new(typed.clone())));

    let mut folded = stored.clone();
    assert!(journal::fold_into(&mut folded, typed.clone()));
    assert_eq!(folded.apologies, vec![typed.clone()]);
    assert!(!journal::fold_into(&mut folded, typed));

    // Started after the last save: it is added, not lost.
    let mut fresh = doc(0, Vec::new());
    assert!(journal::fold_into(&mut fresh, apology("new", "Only typed")));
    assert_eq!(fresh.apologies.len(), 1);
}

#[test]
fn a_journal_older_than_the_stored_document_never_writes_over_it() {
    let stored = doc(6, vec![apology("a1", "Newer words from another tab.")]);
    let entry = Journal {
        base_revision: 5,
        at: NOW,
        apology: apology("a1", "Older words."),
    };
    assert_eq!(judge(&stored, entry), Fold::Newer);
    // Words the document already holds need nothing, whatever the revision.
    let same = Journal {
        base_revision: 2,
        at: NOW,
        apology: apology("a1", "Newer words from another tab."),
    };
    assert_eq!(judge(&stored, same), Fold::AlreadyIn);
}

#[test]
fn recovering_keeps_older_or_unreadable_journals_as_backups_before_removing_them() {
    let store = MemoryStore::default();
    let stored = doc(6, vec![apology("a1", "Newer.")]);
    let older = journal_of(&store, "tab-old", 5, &apology("a1", "Older."));
    let key = journal::journal_key("tab-old");
    let Recovered::Done {
        backup: Some(backup),
    } = recover(&store, &key, &stored, false, NOW)
    else {
        panic!("kept aside");
    };
    assert_eq!(store.get(&backup).unwrap().as_deref(), Some(older.as_str()));
    assert_eq!(store.get(&key).unwrap(), None);

    store.seed("mend:journal:tab-broken", "{not a journal");
    let outcome = recover(&store, "mend:journal:tab-broken", &stored, false, NOW);
    assert!(matches!(outcome, Recovered::Done { backup: Some(_) }));
    assert!(persist::backups(&store)
        .iter()
        .any(|(_, text)| text == "{not a journal"));

    // Text a Rust string can't hold exactly is copied aside exactly.
    store.seed("mend:journal:tab-odd", "{\"odd\":\"\u{FFFD}\"}");
    store.mark_inexact("mend:journal:tab-odd");
    assert!(matches!(
        recover(&store, "mend:journal:tab-odd", &stored, false, NOW),
        Recovered::Done { backup: Some(_) }
    ));
}

#[test]
fn a_journal_is_never_removed_when_there_is_no_room_to_keep_it() {
    let full = MemoryStore::with_quota(10);
    full.seed("mend:journal:tab-old", "{not a journal");
    let stored = doc(6, Vec::new());
    assert_eq!(
        recover(&full, "mend:journal:tab-old", &stored, false, NOW),
        Recovered::Kept
    );
    assert!(full.get("mend:journal:tab-old").unwrap().is_some());
}

#[test]
fn words_typed_here_are_never_replaced_by_another_tabs_journal() {
    let store = MemoryStore::default();
    let stored = doc(3, vec![apology("a1", "Saved.")]);
    journal_of(&store, "tab-old", 3, &apology("a1", "Theirs."));
    let key = journal::journal_key("tab-old");
    // This tab has unsaved words: the journal is kept aside instead of folded.
    assert!(matches!(
        recover(&store, &key, &stored, true, NOW),
        Recovered::Done { backup: Some(_) }
    ));

    // And the reducer refuses to fold over unsaved words, should one arrive anyway.
    let mut state = State::from_boot(persist::Boot {
        doc: stored,
        base_revision: 3,
        persistence: persist::Persistence::On,
        notice: None,
    });
    state.reduce(Action::Apology {
        id: "a1".into(),
        now: NOW,
        change: ApologyChange::Edit {
            field: ApologyField::Remorse,
            text: "Mine, just typed.".into(),
        },
    });
    assert!(!state.reduce(Action::FoldJournal {
        key,
        apology: Box::new(apology("a1", "Theirs.")),
    }));
    assert_eq!(state.doc.apologies[0].parts.remorse, "Mine, just typed.");
}

#[test]
fn a_folded_journal_is_saved_and_then_forgotten() {
    let store = MemoryStore::default();
    let stored = doc(3, vec![apology("a1", "Saved.")]);
    let mut state = State::from_boot(persist::Boot {
        doc: stored,
        base_revision: 3,
        persistence: persist::Persistence::On,
        notice: None,
    });
    assert!(state.reduce(Action::FoldJournal {
        key: "mend:journal:tab-old".into(),
        apology: Box::new(apology("a1", "Saved. Last word")),
    }));
    assert!(state.wants_save());
    let revision = persist::save(&store, &state.doc, state.base_revision, NOW).unwrap();
    match decode(store.get(DOCUMENT_KEY).unwrap().as_deref()) {
        Decoded::Current(doc) => assert_eq!(doc.apologies[0].parts.remorse, "Saved. Last word"),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(state.folded_journals.len(), 1);
    let edits = state.edits;
    state.reduce(Action::Save(mend::state::SaveEvent::Saved {
        edits,
        revision,
        at: NOW,
    }));
    assert!(state.folded_journals.is_empty());
}

#[test]
fn a_journal_holds_one_apology_not_the_whole_document() {
    let store = MemoryStore::default();
    let many: Vec<Apology> = (0..200)
        .map(|i| apology(&format!("a{i}"), &"words ".repeat(200)))
        .collect();
    let text = journal_of(&store, "tab-1", 1, &many[0]);
    let whole = mend::model::encode(&doc(1, many)).unwrap();
    assert!(
        text.len() * 100 < whole.len(),
        "{} vs {}",
        text.len(),
        whole.len()
    );
}
